"""The benchmark's documents, written with python-docx, each in its own style; none comes from lamforge.

Titles are made with the Title style in some and with plain bold large text in others; lists use List Bullet
and List Number; tables have header rows (bold in some, plain in others). The DEV documents and the BLIND
documents share nothing: a blind case only ever runs on a blind document.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

Doc = docx.document.Document


def _normal(d: Doc, font: str | None = None, size: float | None = None, after: float | None = None) -> None:
    st = d.styles["Normal"]
    if font:
        st.font.name = font
    if size:
        st.font.size = Pt(size)
    if after is not None:
        st.paragraph_format.space_after = Pt(after)


def _labelled(d: Doc, label: str, rest: str, style: str | None = None) -> None:
    p = d.add_paragraph(style=style)
    p.add_run(label).bold = True
    p.add_run(rest)


def _big(d: Doc, text: str, size: float, *, center: bool = False, color: str | None = None) -> None:
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _table(d: Doc, rows: list[list[str]], *, bold_header: bool, grid: bool = True) -> None:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if grid:
        t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = t.cell(i, j)
            cell.text = text
            if i == 0 and bold_header:
                for r in cell.paragraphs[0].runs:
                    r.bold = True


# ---------------------------------------------------------------------------------------------------- DEV


def memo() -> Doc:
    """An office memo: Title style, bold labels, Heading 1 sections, a bulleted list."""
    d = docx.Document()
    d.add_paragraph("Office Move", style="Title")
    _labelled(d, "To: ", "All staff")
    _labelled(d, "From: ", "Facilities team")
    _labelled(d, "Date: ", "3 March 2026")
    d.add_heading("Summary", level=1)
    d.add_paragraph("We are moving to the third floor of Aldgate House on 28 March. Packing crates arrive the "
                    "week before the move.")
    d.add_paragraph("The budget for the move is 18,500 pounds, which covers the removal firm, new desks and two "
                    "weeks of storage.")
    d.add_heading("What you need to do", level=1)
    for s in ("Label your crates with your name and desk number", "Clear your desk of personal items by 26 March",
              "Hand your old key card back at reception"):
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph("Questions about the move go to the facilities desk on extension 4410.")
    return d


def letter() -> Doc:
    """A personal letter in Georgia 12: right-aligned address, greeting, three paragraphs, sign-off, name."""
    d = docx.Document()
    _normal(d, "Georgia", 12, after=8)
    for line in ("14 Orchard Lane", "Bristol BS3 4QT"):
        p = d.add_paragraph(line, style="No Spacing")
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("12 May 2026")
    d.add_paragraph("Dear Ms Patel,")
    d.add_paragraph("Thank you for inviting me to speak at the regional librarians' meeting in June. I was "
                    "delighted to hear from you.")
    d.add_paragraph("I would be glad to give a twenty-minute talk on running reading groups for teenagers, "
                    "followed by questions.")
    d.add_paragraph("Could you let me know whether a projector will be available in the hall? I will bring my "
                    "own laptop.")
    d.add_paragraph("Kind regards,")
    d.add_paragraph("Tom Baker")
    return d


def roster() -> Doc:
    """A volunteer roster in Arial 10: a plain bold 16 pt title, a table whose header row is not bold."""
    d = docx.Document()
    _normal(d, "Arial", 10)
    _big(d, "Food Bank Volunteer Roster", 16)
    d.add_paragraph("Saturday shifts for April. Please arrive ten minutes early.")
    _table(d, [["Name", "Shift", "Phone"],
               ["Priya Shah", "9:00 to 12:00", "07700 900123"],
               ["Marcus Lee", "12:00 to 15:00", "07700 900456"],
               ["Hannah Cole", "9:00 to 12:00", "07700 900789"],
               ["Joe Adeyemi", "15:00 to 18:00", "07700 900321"]], bold_header=False)
    d.add_paragraph("Swap shifts only with the coordinator's approval.")
    d.add_paragraph("Coordinator: Ruth Evans")
    return d


def packing() -> Doc:
    """A packing list: Heading 1 title, a bulleted list, a Heading 2 and a short numbered list."""
    d = docx.Document()
    d.add_heading("Packing List for Lisbon", level=1)
    d.add_paragraph("Flight on Friday at 7:40, so pack the night before.")
    for s in ("Passport and boarding passes", "Phone charger and travel adapter", "Sun cream",
              "Two pairs of walking shoes", "Light rain jacket"):
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("Before we leave", level=2)
    for s in ("Water the plants", "Lock the back door and set the alarm"):
        d.add_paragraph(s, style="List Number")
    d.add_paragraph("Anything that does not fit goes in the hand luggage.")
    return d


def lab_note() -> Doc:
    """A lab note in Calibri 11 with chemical formulas and units typed flat (H2O, O2, m2, m3, CO2)."""
    d = docx.Document()
    _normal(d, "Calibri", 11, after=6)
    _big(d, "Lab Note 7: Electrolysis of Water", 14)
    d.add_paragraph("Date: 9 April. Bench 3. Supervisor: Dr Okafor.")
    d.add_paragraph("We split H2O into hydrogen and oxygen with a 9 V battery and two pencil leads.")
    d.add_paragraph("The gas at the anode relit a glowing splint, so it was O2.")
    d.add_paragraph("With salt added to the water, a faint smell of Cl2 appeared near the anode.")
    d.add_paragraph("The bench covers 2 m2 and the tank holds 0.02 m3 of water.")
    d.add_paragraph("Next time we will measure how much CO2 dissolves in the tank overnight.")
    return d


def recipe() -> Doc:
    """A recipe: Title and Subtitle styles, Heading 2 sections, bulleted ingredients, numbered steps."""
    d = docx.Document()
    d.add_paragraph("Lemon Drizzle Cake", style="Title")
    d.add_paragraph("Serves 8, ready in about an hour", style="Subtitle")
    d.add_heading("Ingredients", level=2)
    for s in ("225 g butter, softened", "225 g caster sugar", "4 eggs", "275 g self-raising flour",
              "2 unwaxed lemons"):
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("Method", level=2)
    for s in ("Heat the oven to 180 C and line a loaf tin.",
              "Beat the butter and sugar until pale, then add the eggs one at a time.",
              "Fold in the flour and the zest of one lemon.",
              "Bake for 45 minutes, then pour the lemon syrup over the warm cake."):
        d.add_paragraph(s, style="List Number")
    d.add_paragraph("Keeps for three days in an airtight tin.")
    return d


# ---------------------------------------------------------------------------------------------------- BLIND


def report() -> Doc:
    """A short report in Liberation Serif: Title, Heading 1 and 2 sections, Body Text, a numbered list."""
    d = docx.Document()
    _normal(d, "Liberation Serif", 11)
    d.add_paragraph("Library Footfall Report 2025", style="Title")
    d.add_paragraph("Prepared by the Community Services Team, January 2026")
    d.add_heading("Introduction", level=1)
    d.add_paragraph("This report counts visits to the four branch libraries over the twelve months to "
                    "December 2025.", style="Body Text")
    d.add_paragraph("Door counters were checked against staff tallies in March and September.", style="Body Text")
    d.add_heading("Findings", level=1)
    d.add_heading("Weekdays", level=2)
    d.add_paragraph("Weekday visits rose by 8 percent, driven by the new homework club at Eastfield.",
                    style="Body Text")
    d.add_heading("Weekends", level=2)
    d.add_paragraph("Saturday visits fell at every branch except Millbrook, where the cafe reopened in May.",
                    style="Body Text")
    d.add_heading("Recommendations", level=1)
    for s in ("Extend Saturday opening at Eastfield until 5 pm", "Repair the door counter at Hill Road",
              "Repeat the staff tallies every quarter"):
        d.add_paragraph(s, style="List Number")
    d.add_paragraph("The full figures are in the appendix held by the team.")
    return d


def agenda() -> Doc:
    """A meeting agenda in Verdana: centred plain bold title, numbered items, a timing table, bold header."""
    d = docx.Document()
    _normal(d, "Verdana", 10)
    _big(d, "Residents' Association Meeting", 18, center=True)
    p = d.add_paragraph("Tuesday 7 October, 7 pm, St Mark's Church Hall")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    p.add_run("Agenda").bold = True
    for s in ("Welcome and apologies", "Minutes of the last meeting", "Parking on Elm Street",
              "Summer fair accounts", "Any other business"):
        d.add_paragraph(s, style="List Number")
    _table(d, [["Time", "Item", "Lead"], ["7:00", "Welcome", "Chair"], ["7:10", "Parking", "Dev Malik"],
               ["7:40", "Fair accounts", "Treasurer"]], bold_header=True)
    d.add_paragraph("Send apologies to the secretary by Monday evening.")
    return d


def cover_letter() -> Doc:
    """A cover letter in Calibri: the applicant's name on top (bold 18) and again as the signature."""
    d = docx.Document()
    _normal(d, "Calibri", 11, after=10)
    _big(d, "Amira Hassan", 18)
    d.add_paragraph("amira.hassan@example.com | 07700 900555 | Leeds")
    d.add_paragraph("3 November 2026")
    d.add_paragraph("Dear Hiring Manager,")
    d.add_paragraph("I am writing to apply for the post of Junior Data Analyst advertised on your website.")
    d.add_paragraph("In my final year at university I built a dashboard that tracked bus punctuality across the "
                    "city, using Python and SQL.")
    d.add_paragraph("I would welcome the chance to discuss how I could help your team. Thank you for considering "
                    "my application.")
    d.add_paragraph("Yours faithfully,")
    d.add_paragraph("Amira Hassan")
    return d


def field_notes() -> Doc:
    """Field notes: Heading 1 title, formulas and units typed flat (H2S, CH4, NO3, km2, cm3)."""
    d = docx.Document()
    d.add_heading("Field Notes: Saltmarsh Survey", level=1)
    d.add_paragraph("Site B, low tide, 11:20. Weather dry, light wind from the west.")
    d.add_paragraph("Bubbles rising from the mud smelt of H2S, and the gas we trapped burned like CH4.")
    d.add_paragraph("Nitrate (NO3) in the creek water read 4 mg per litre.")
    d.add_paragraph("The survey area is about 1.5 km2, and each sediment core was 50 cm3.")
    d.add_paragraph("Next visit: repeat the cores at site C and bring spare sample jars.")
    return d


def invoice() -> Doc:
    """An invoice: Title style, a four-column table with a bold header row, a right-aligned total."""
    d = docx.Document()
    _normal(d, "Liberation Sans", 10)
    d.add_paragraph("Invoice 0042", style="Title")
    d.add_paragraph("Billed to: Greenway Garden Centre, 5 Mill Road, Norwich")
    d.add_paragraph("Date issued: 1 December 2026")
    _table(d, [["Item", "Qty", "Unit price", "Total"], ["Hedge trimming", "3", "40.00", "120.00"],
               ["Lawn edging", "1", "65.00", "65.00"], ["Green waste removal", "2", "25.00", "50.00"]],
           bold_header=True)
    p = d.add_paragraph("Amount due: 235.00")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Payment is due within 30 days by bank transfer.")
    d.add_paragraph("Thank you for your business.")
    return d


def newsletter() -> Doc:
    """A club newsletter in Trebuchet MS: a centred bold blue title, an italic issue line, bullets."""
    d = docx.Document()
    _normal(d, "Trebuchet MS", 10.5)
    _big(d, "Riverside Rowing Club News", 20, center=True, color="1F4E79")
    p = d.add_paragraph()
    p.add_run("Autumn issue").italic = True
    d.add_paragraph("Our crews won three medals at the Henley Town Regatta, including gold in the women's double "
                    "sculls.")
    d.add_paragraph("The boathouse roof will be repaired in November, so the gym will close for two weekends.")
    d.add_paragraph("Membership fees rise to 180 pounds a year from January, the first increase since 2021.")
    p = d.add_paragraph()
    p.add_run("Dates for your diary").bold = True
    for s in ("Christmas dinner: 12 December", "Winter head race: 18 January", "Annual general meeting: 2 March"):
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph("Send news and photos to the editor, Sam Price.")
    return d


def itinerary() -> Doc:
    """A trip itinerary: Title style, a flights table with a plain header, Heading 2 days, a custom style."""
    d = docx.Document()
    _normal(d, "Cambria", 11)
    note = d.styles.add_style("Travel Note", WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = d.styles["Normal"]
    note.font.italic = True
    note.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    d.add_paragraph("Trip to Kyoto", style="Title")
    d.add_paragraph("Travellers: Ines and Paul Roux")
    _table(d, [["Date", "Flight", "From", "To"], ["14 April", "JL 44", "London", "Tokyo"],
               ["22 April", "JL 43", "Tokyo", "London"]], bold_header=False)
    d.add_heading("Day 1: Arrival", level=2)
    d.add_paragraph("Take the Haruka express from Kansai airport and check in at the ryokan near Gion.")
    d.add_heading("Day 2: Temples", level=2)
    d.add_paragraph("Visit Kiyomizu-dera early, then walk down to Yasaka Shrine for lunch.")
    d.add_heading("Day 3: Arashiyama", level=2)
    d.add_paragraph("Rent bikes to see the bamboo grove and the monkey park.")
    d.add_paragraph("Remember to buy rail passes before leaving London.", style="Travel Note")
    return d


def minutes() -> Doc:
    """Minutes in Cambria: Title style, Heading 1 sections, an action table with a plain header row."""
    d = docx.Document()
    _normal(d, "Cambria", 11)
    d.add_heading("Parents' Association Minutes", 0)
    d.add_paragraph("Meeting held on 12 March in the school library.")
    d.add_heading("Discussion", 1)
    d.add_paragraph("The summer fair will move to the sports field this year. Volunteers are needed for the cake "
                    "stall and the raffle.")
    d.add_paragraph("The treasurer reported a balance of 1,240 pounds after the winter disco.")
    d.add_heading("Action points", 1)
    _table(d, [["Action", "Owner", "Due"], ["Book the bouncy castle", "Priya", "1 May"],
               ["Print raffle tickets", "Tom", "20 April"], ["Ask local shops for prizes", "Grace", "15 April"]],
           bold_header=False)
    d.add_paragraph("Next meeting: 9 April at 7 pm.")
    return d


def syllabus() -> Doc:
    """A course outline: Title style, Heading 1 sections, a bulleted outline, a labelled instructor line."""
    d = docx.Document()
    d.add_heading("Introduction to Astronomy", 0)
    d.add_paragraph("Tuesdays 6-8 pm, Community College Room 12")
    d.add_heading("Course outline", 1)
    for s in ("The night sky and constellations", "The solar system", "Stars and their life cycles",
              "Galaxies and the universe"):
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("Assessment", 1)
    d.add_paragraph("There is no exam. Students keep an observing log and give one short talk.")
    d.add_paragraph("Instructor: Dr. Elena Voss")
    return d


def spec_sheet() -> Doc:
    """A product sheet: a plain bold 20 pt name, a two-column feature table, two closing lines."""
    d = docx.Document()
    _big(d, "TrailLite 2 Tent", 20)
    d.add_paragraph("A two-person tent for backpackers who count every gram.")
    _table(d, [["Feature", "Value"], ["Weight", "1.4 kg"], ["Packed size", "45 x 15 cm"], ["Poles", "Aluminium"],
               ["Price", "189 euros"]], bold_header=False)
    d.add_paragraph("Warranty: two years against manufacturing defects.")
    d.add_paragraph("Available in green and orange.")
    return d


def flyer() -> Doc:
    """An event flyer: Title style, short plain lines, a "Contact:" line at the end."""
    d = docx.Document()
    d.add_heading("Community Garden Open Day", 0)
    d.add_paragraph("Saturday 14 June, 10 am to 4 pm")
    d.add_paragraph("Join us for seed swaps, a composting workshop and free lemonade for the kids.")
    d.add_paragraph("Bring your own gloves if you want to help with planting.")
    d.add_paragraph("Entry is free. Donations welcome.")
    d.add_paragraph("Contact: Sam Reed, gardens@example.org")
    return d


def timesheet() -> Doc:
    """A timesheet in Arial 10: Heading 1, a labelled line, a bold-headed hours table, two labelled lines."""
    d = docx.Document()
    _normal(d, "Arial", 10)
    d.add_heading("Weekly Timesheet", 1)
    d.add_paragraph("Employee: Chris Walsh")
    _table(d, [["Day", "Hours", "Project"], ["Monday", "7.5", "Website"], ["Tuesday", "8", "Support"],
               ["Wednesday", "6", "Website"]], bold_header=True)
    d.add_paragraph("Total hours: 21.5")
    d.add_paragraph("Approved by: Dana Kim")
    return d


def cv() -> Doc:
    """A CV: a plain bold 22 pt name, a contact line with an address and a number, Heading 2 sections."""
    d = docx.Document()
    _big(d, "Maya Fernandes", 22)
    d.add_paragraph("maya.fernandes@example.org | 07700 900555 | Leeds")
    d.add_heading("Profile", 2)
    d.add_paragraph("Data analyst with five years of experience in retail forecasting and reporting.")
    d.add_heading("Skills", 2)
    for s in ("SQL and Python", "Power BI dashboards", "Demand forecasting"):
        d.add_paragraph(s, style="List Bullet")
    return d


def lesson() -> Doc:
    """A lesson plan: Heading 1 and Heading 2 sections, a labelled goal line, a numbered list of three steps."""
    d = docx.Document()
    d.add_heading("Year 7 Science: Plant Cells", 1)
    d.add_paragraph("Lesson goal: name the parts of a plant cell and say what each does.")
    d.add_heading("Starter", 2)
    d.add_paragraph("Show a photo of onion skin under the microscope and ask what pupils notice.")
    d.add_heading("Main activity", 2)
    for s in ("Pupils label a diagram of the cell wall, membrane, nucleus and chloroplasts.",
              "In pairs, they match each part to its job.", "Each pair explains one part to the class."):
        d.add_paragraph(s, style="List Number")
    d.add_heading("Plenary", 2)
    d.add_paragraph("Exit ticket: which part makes food for the plant?")
    return d


def order() -> Doc:
    """An order confirmation: a plain bold 16 pt title, labelled lines, an item table with short headers."""
    d = docx.Document()
    _big(d, "Order Confirmation", 16)
    d.add_paragraph("Order number: 55123")
    d.add_paragraph("Thank you for shopping with Pebble Books.")
    _table(d, [["Item", "Qty", "Price"], ["The Silent Coast", "1", "12.99"], ["Maps of Home", "2", "17.50"],
               ["Bookmark set", "1", "3.00"]], bold_header=False)
    d.add_paragraph("Delivery: 3 to 5 working days")
    d.add_paragraph("Questions? Email orders@pebblebooks.example")
    return d


def residents() -> Doc:
    """A residents' newsletter: Title style, Heading 1 sections, a real bulleted list, a bin-day table."""
    d = docx.Document()
    d.add_heading("Elm Street Residents' Newsletter", 0)
    d.add_paragraph("Spring issue, April 2025")
    d.add_heading("From the Committee", 1)
    d.add_paragraph("Thank you to everyone who came to the March clean-up. We filled forty bags of litter and planted "
                    "two new cherry trees by the bus stop.")
    d.add_paragraph("Our next goal is a safer crossing outside the primary school. A petition is available at the "
                    "corner shop.")
    d.add_heading("Upcoming Events", 1)
    for t in ("Plant swap on Saturday 12 April", "Street party on Sunday 25 May", "Quiz night at the Anchor on 6 June"):
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Bin Collections", 1)
    _table(d, [["Bin", "Day", "Colour"], ["Recycling", "Monday", "Blue"], ["Garden waste", "Wednesday", "Green"],
               ["General", "Friday", "Black"]], bold_header=False)
    d.add_paragraph("Bins should be out by 7 am and taken back in the same evening.")
    return d


def notice() -> Doc:
    """A letting agent's notice letter: address lines, a greeting, three body paragraphs, a two-line signature."""
    d = docx.Document()
    for t in ("Harbour View Lettings", "3 Quay Road, Falmouth", "2 May 2025",
              "Ms Priya Natarajan, Flat 6, 21 Chapel Street", "Dear Ms Natarajan,"):
        d.add_paragraph(t)
    d.add_paragraph("We are writing to let you know that the annual gas safety inspection of your flat is due. An "
                    "engineer will visit on Tuesday 13 May between 9 am and 1 pm.")
    d.add_paragraph("If this time is not convenient, please call the office on 01326 555 014 so that we can arrange "
                    "another visit before the end of the month.")
    d.add_paragraph("The inspection usually takes about forty minutes and there is no charge to you.")
    for t in ("Yours sincerely,", "Tom Carew", "Property Manager"):
        d.add_paragraph(t)
    return d


def homework() -> Doc:
    """A chemistry homework sheet: Title style, formulas (H2O, CO2, CH4) in the text, a real numbered question list."""
    d = docx.Document()
    d.add_heading("Chemistry Homework: Compounds and Formulas", 0)
    d.add_paragraph("Year 9, due Friday")
    d.add_heading("Background", 1)
    d.add_paragraph("Water has the formula H2O and carbon dioxide has the formula CO2. Table salt is NaCl. When "
                    "methane (CH4) burns, it reacts with O2 to make CO2 and H2O.")
    d.add_heading("Questions", 1)
    for q in ("Name the elements in CO2", "How many atoms are in one molecule of H2O",
              "Balance the equation for burning CH4", "Explain why NaCl dissolves in water"):
        d.add_paragraph(q, style="List Number")
    d.add_heading("Marking", 1)
    d.add_paragraph("Each question is worth five marks. Show your working for question three.")
    return d


def sales() -> Doc:
    """A sales summary: Title style, Heading 1 sections, a region-by-quarter table with a note under it."""
    d = docx.Document()
    d.add_heading("Regional Sales Summary", 0)
    d.add_paragraph("Prepared by the Sales Operations team")
    d.add_heading("Highlights", 1)
    d.add_paragraph("Total sales rose by 8 percent on the previous quarter, led by the South region.")
    d.add_heading("Figures", 1)
    _table(d, [["Region", "Q1", "Q2"], ["North", "410", "395"], ["South", "380", "455"], ["East", "290", "310"],
               ["West", "305", "320"]], bold_header=False)
    d.add_paragraph("All figures are in thousands of pounds.")
    d.add_heading("Next Quarter", 1)
    d.add_paragraph("We will hire two account managers for the North region and review the discount policy.")
    return d


def allotment() -> Doc:
    """Committee minutes: Title style, Heading 1 sections, decision lines, an action table, a next-meeting line."""
    d = docx.Document()
    d.add_heading("Allotment Committee Meeting", 0)
    d.add_paragraph("Attendees: Sam, Leila, Gordon, Priti")
    d.add_heading("Decisions", 1)
    d.add_paragraph("Agreed: the water tap by plot 12 will be replaced before May.")
    d.add_paragraph("The compost delivery has been cancelled.")
    d.add_heading("Actions", 1)
    _table(d, [["Person", "Task", "Deadline"], ["Sam", "Order the new tap", "15 April"],
               ["Leila", "Email plot holders", "20 April"]], bold_header=False)
    d.add_paragraph("Next meeting: Thursday 8 May, 7 pm, in the hut.")
    return d


def advert() -> Doc:
    """A job advert: Title style, a location line, Heading 1 sections, a bulleted duty list, a labelled closing date."""
    d = docx.Document()
    _normal(d, font="Calibri", size=11)
    d.add_heading("Junior Gardener (Part-Time)", 0)
    d.add_paragraph("Greenhill Community Garden, Leeds")
    d.add_heading("About the role", 1)
    d.add_paragraph("We are looking for a cheerful junior gardener to work three mornings a week. No formal "
                    "qualifications are needed, but you must enjoy working outdoors in all weathers.")
    d.add_heading("What you will do", 1)
    for t in ("Water and weed the raised beds", "Look after the tool shed", "Help run Saturday volunteer sessions",
              "Keep the compost bays turned"):
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("How to apply", 1)
    d.add_paragraph("Send a short letter about yourself to jobs@greenhill.example. The pay is 12.60 pounds an hour.")
    _labelled(d, "Closing date: ", "30 June 2025")
    return d


def trip_letter() -> Doc:
    """A school trip letter: a plain bold centred school name, a greeting, three paragraphs, a sign-off, a table."""
    d = docx.Document()
    _normal(d, font="Arial", size=11)
    _big(d, "Oakfield Primary School", 14, center=True)
    d.add_paragraph("12 May 2025")
    d.add_paragraph("Dear Parents and Carers,")
    d.add_paragraph("Year 5 will visit the Science Museum on Friday 20 June. The coach leaves school at 8:45 and "
                    "returns by 3:30.")
    d.add_paragraph("The trip costs 12 pounds per child, payable at the school office by 6 June.")
    d.add_paragraph("Please pack a labelled lunch, a drink and a waterproof coat.")
    d.add_paragraph("Kind regards,")
    d.add_paragraph("Mrs J. Okafor")
    d.add_paragraph("Year 5 Teacher")
    d.add_paragraph("Reply slip")
    _table(d, [["Child's name", ""], ["Class", ""], ["Signed", ""]], bold_header=False)
    d.add_paragraph("Please return this slip by 6 June.")
    return d


def club_fees() -> Doc:
    """A rowing club's fees sheet: Heading 1 name, a fee table with a bold header, Heading 2 notes, a numbered list."""
    d = docx.Document()
    _normal(d, font="Georgia", size=11)
    d.add_heading("Riverside Rowing Club", 1)
    d.add_paragraph("Membership fees for the 2025 season. Boat rack space is 4 m2 per member.")
    _table(d, [["Membership", "Annual fee", "Monthly"], ["Adult", "240 pounds", "22 pounds"],
               ["Junior", "90 pounds", "8 pounds"], ["Family", "420 pounds", "38 pounds"]], bold_header=True)
    d.add_heading("Notes", 2)
    for t in ("Fees are due by 1 April", "Juniors must be under 18 on 1 April", "Family membership covers two adults "
              "and their children"):
        d.add_paragraph(t, style="List Number")
    d.add_paragraph("Treasurer: Owen Price")
    return d


def meal_plan() -> Doc:
    """A family meal plan: Title style, a week line, a day-by-meal table with a bold header, bullets, a budget line."""
    d = docx.Document()
    d.add_heading("Family Meal Plan", 0)
    d.add_paragraph("Week of 3 March")
    _table(d, [["Day", "Lunch", "Dinner"], ["Monday", "Soup and bread", "Chicken curry"],
               ["Tuesday", "Cheese sandwiches", "Fish pie"], ["Wednesday", "Leftover curry", "Pasta bake"],
               ["Thursday", "Jacket potatoes", "Stir fry"], ["Friday", "Wraps", "Pizza night"]], bold_header=True)
    d.add_heading("Shopping", 1)
    for t in ("Rice and pasta", "Frozen peas", "Cheddar", "Tinned tomatoes"):
        d.add_paragraph(t, style="List Bullet")
    _labelled(d, "Budget: ", "85 pounds")
    return d


def returns_policy() -> Doc:
    """A shop's returns policy in Cambria: a plain bold 18 pt title, an intro, Heading 2 sections, a contact line."""
    d = docx.Document()
    _normal(d, font="Cambria", size=11)
    _big(d, "Returns Policy", 18)
    d.add_paragraph("We want you to love what you bought. If you do not, you can return most items within 14 days "
                    "of delivery.")
    d.add_heading("Refunds", 2)
    d.add_paragraph("Refunds go back to the card you paid with. Please allow five working days for the money to "
                    "arrive.")
    d.add_paragraph("Sale items can be returned for a refund only if they are faulty.")
    d.add_heading("Exchanges", 2)
    d.add_paragraph("We are happy to exchange an item for a different size or colour while stock lasts.")
    d.add_heading("Contact us", 2)
    d.add_paragraph("Email returns@shop.example or call 0161 496 0000.")
    return d


def programme() -> Doc:
    """A concert programme: Title and Subtitle styles, Heading 2 parts with bulleted pieces, plain lines between."""
    d = docx.Document()
    d.add_heading("Spring Concert", 0)
    d.add_paragraph("St Mary's Church, 7 pm", style="Subtitle")
    d.add_heading("Part One", 2)
    for t in ("Mozart: Eine kleine Nachtmusik", "Elgar: Salut d'Amour", "Vivaldi: Spring"):
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Interval: 20 minutes")
    d.add_heading("Part Two", 2)
    for t in ("Holst: St Paul's Suite", "Grieg: Holberg Suite"):
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Tickets: 10 pounds, children free")
    return d


# ---- written 2026-12-06 (fifteenth session): documents with what Word users' files hold and ours did not:
# headers and footers, curly quotes and apostrophes, a line break inside a paragraph, accented words, a pound
# sign, a tab, a picture, a merged table cell, and a long (three-page) document


def _picture(d: Doc) -> None:
    """A small plain picture in its own paragraph (a one-colour PNG written here with the standard library)."""
    import io
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    w, h = 60, 40
    rows = b"".join(b"\x00" + bytes((200, 120, 40)) * w for _ in range(h))
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
    d.add_picture(io.BytesIO(png), width=Pt(90))


def handbook() -> Doc:
    """A staff handbook: header and footer, Title, Heading 1 sections, curly quotes, a line break, bullets."""
    d = docx.Document()
    _normal(d, font="Calibri", size=11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Harbour Dental Practice \u2013 Staff Handbook"
    sec.footer.paragraphs[0].text = "Version 3, March 2025"
    d.add_heading("Staff Handbook", 0)
    d.add_paragraph("Welcome to Harbour Dental Practice. This handbook explains how we work and what we expect "
                    "from everyone on the team.")
    d.add_heading("Opening hours", 1)
    d.add_paragraph("The practice is open Monday to Friday, 8:00 to 18:00, and on Saturday mornings.")
    p = d.add_paragraph("Reception: 0117 496 0321")
    p.add_run().add_break()
    p.add_run("Out of hours: 0117 496 0999")
    d.add_heading("Dress code", 1)
    d.add_paragraph("Wear your practice tunic and closed shoes. Jewellery should be kept to a minimum.")
    d.add_heading("Sickness", 1)
    d.add_paragraph("If you\u2019re ill, call the practice manager before 7:30 \u2013 don\u2019t just send a text.")
    for t in ("Tell us how long you expect to be off", "Send a fit note after seven days"):
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Holidays", 1)
    d.add_paragraph("Each member of staff gets 28 days\u2019 holiday a year, including bank holidays. Book leave at "
                    "least four weeks ahead using the \u201cLeave request\u201d form.")
    d.add_paragraph("Practice manager: Siobhan O\u2019Neill")
    return d


def bake_sale() -> Doc:
    """A bake sale flyer: a bold centred title, a picture, a price table under a merged title row, a tab line."""
    d = docx.Document()
    _normal(d, font="Verdana", size=10)
    _big(d, "Bake Sale!", 20, center=True)
    _picture(d)
    d.add_paragraph("Saturday 14 June, 10:00 to 13:00, in the church caf\u00e9")
    d.add_paragraph("All money raised goes to the roof fund.")
    rows = [["Today\u2019s cakes", ""], ["Victoria sponge", "\u00a31.50"],
            ["Cr\u00e8me br\u00fbl\u00e9e tart", "\u00a32.00"], ["Lemon drizzle", "\u00a31.20"],
            ["Gluten-free brownie", "\u00a31.80"]]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, row in enumerate(rows[1:], start=1):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    head = t.cell(0, 0).merge(t.cell(0, 1))
    head.text = rows[0][0]
    head.paragraphs[0].runs[0].bold = True
    d.add_paragraph("Drinks\t\u00a31.00")
    d.add_paragraph("Tea, coffee and squash available all morning.")
    d.add_paragraph("Organiser: Zo\u00eb Mart\u00edn")
    return d


COUNCIL_ITEMS = (
    ("1. Apologies", ["Apologies were received from Cllr P. Hart."]),
    ("2. Minutes of the last meeting", ["The minutes of the meeting on 3 February were agreed and signed."]),
    ("3. Planning", ["Application 25/0114 for a garage at 4 Mill Lane: no objection.",
                     "Application 25/0131 for two houses on Church Field: the council objects because of the "
                     "flooding on the lane every winter."]),
    ("4. Finance", ["The clerk reported a balance of 18,240 pounds.",
                    "Payments of 420 pounds for grass cutting and 96 pounds for the hall were approved."]),
    ("5. Highways", ["The pothole outside the school has been reported again.",
                     "Cllr Singh will ask the county for a 20 mph limit on the main road."]),
    ("6. Playground", ["The new swings have been installed. The safety inspection is due in May.",
                       "A sign asking dog owners to keep dogs out of the playground will be put up."]),
    ("7. Village hall", ["The hall committee has recieved a grant of 2,000 pounds for a new kitchen."]),
    ("8. Footpaths", ["The stile on footpath 12 is broken. Cllr Evans will contact the landowner."]),
    ("9. Correspondence", ["A letter from the county about the summer bus timetable was noted.",
                           "A resident wrote to thank the council for the new bench by the pond."]),
    ("10. Any other business", ["Cllr Doyle asked about the broken bench on the green. The clerk will get quotes."]),
)


def council_minutes() -> Doc:
    """Three pages of parish council minutes: Title, ten numbered Heading 2 items with body text, closing lines."""
    d = docx.Document()
    _normal(d, font="Times New Roman", size=12, after=10)
    d.add_heading("Parish Council Meeting", 0)
    d.add_paragraph("Minutes of the meeting held on 3 March 2025 at the village hall.")
    d.add_heading("Present", 2)
    d.add_paragraph("Cllr A. Booth (chair), Cllr R. Singh, Cllr M. Evans, Cllr T. Doyle and the clerk.")
    for head, body in COUNCIL_ITEMS:
        d.add_heading(head, 2)
        for text in body:
            d.add_paragraph(text)
    d.add_paragraph("The meeting closed at 21:10.")
    d.add_paragraph("Date of next meeting: 7 April 2025")
    return d


# ---- written 2026-12-06 (fifteenth session, second batch): more of what Word users' files hold: a degree sign, an en
# dash in times, accented names, a table of four columns, a pound sign in numbered points, an ordinal date


def posset() -> Doc:
    """A recipe card: Title, a bold-header ingredient table, a numbered method, a tip with a curly apostrophe."""
    d = docx.Document()
    _normal(d, font="Calibri", size=11)
    d.add_heading("Lemon Posset", 0)
    d.add_paragraph("Serves 4 \u00b7 20 minutes plus chilling")
    d.add_heading("Ingredients", 1)
    _table(d, [["Ingredient", "Amount"], ["Double cream", "600 ml"], ["Caster sugar", "150 g"],
               ["Lemons", "2 (juice and zest)"]], bold_header=True)
    d.add_heading("Method", 1)
    for t in POSSET_STEPS:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph("Oven: not needed. Chill at 4\u00b0C.")
    d.add_paragraph("Tip: serve with shortbread \u2013 it\u2019s traditional.")
    return d


POSSET_STEPS = ("Heat the cream and sugar until just boiling.", "Simmer for 3 minutes, then take off the heat.",
                "Stir in the lemon juice and zest.", "Pour into 4 glasses and chill for at least 3 hours.")


def data_day() -> Doc:
    """An event programme: Heading 1 and Heading 3, a four-column timetable with en-dash times and accented names."""
    d = docx.Document()
    d.add_heading("Open Data Day 2025", 1)
    d.add_paragraph("Thursday 6 March \u2013 Kings Building, Edinburgh")
    d.add_heading("Programme", 3)
    _table(d, DATA_DAY, bold_header=False)
    d.add_heading("Getting there", 3)
    d.add_paragraph("The nearest bus stop is \u201cKings Buildings\u201d on Mayfield Road.")
    d.add_paragraph("Questions? Email opendata@ed.example or call 0131 496 0000.")
    d.add_paragraph("Organised by the Data Lab")
    return d


DATA_DAY = [["Time", "Session", "Room", "Speaker"],
            ["09:00\u201309:30", "Welcome and coffee", "Foyer", "\u2014"],
            ["09:30\u201310:15", "Publishing open data", "Room 1", "Jos\u00e9 N\u00fa\u00f1ez"],
            ["10:15\u201311:00", "Maps for everyone", "Room 2", "Si\u00e2n Evans"],
            ["11:00\u201311:30", "Break", "Foyer", "\u2014"]]


def rent_notice() -> Doc:
    """A landlord's notice: a bold centred capitals title, labelled To/From/Date lines, numbered points with pounds."""
    d = docx.Document()
    _normal(d, font="Arial", size=11)
    _big(d, "NOTICE OF RENT INCREASE", 14, center=True)
    d.add_paragraph("To: Ms A. Okonkwo, Flat 3, 12 Elm Street")
    d.add_paragraph("From: Harbour Lettings Ltd")
    d.add_paragraph("Date: 1st April 2025")
    d.add_paragraph("We are writing to tell you that the rent for your flat will change from 1st May 2025.")
    for t in RENT_POINTS:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph("If you have any questions, please contact us on 020 7946 0123.")
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph("Tom Reilly")
    d.add_paragraph("Lettings Manager")
    return d


RENT_POINTS = ("The current rent is \u00a3850 per month.", "The new rent will be \u00a3895 per month.",
               "The deposit stays the same.")


# ---- written 2026-12-06 (fifteenth session, third batch): an e-mail printed as a document and a tradesman's quote,
# for requests typed the way people write to a colleague (greetings, thanks, reasons, "pls")


def beach_email() -> Doc:
    """An e-mail kept as a document: a Subject line, a greeting, bullets, an informal sign-off and a first name."""
    d = docx.Document()
    _normal(d, font="Calibri", size=11)
    d.add_paragraph("Subject: Beach clean on Saturday")
    d.add_paragraph("Hi all,")
    d.add_paragraph("Thanks for signing up for the beach clean on Saturday. Meet at the pier at 9:30.")
    for t in BEACH_BULLETS:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Parking is free on the seafront before 10.")
    d.add_paragraph("If it rains we will move it to Saturday afternoon.")
    d.add_paragraph("Cheers,")
    d.add_paragraph("Maya")
    return d


BEACH_BULLETS = ("Wear sturdy shoes", "Bring a water bottle", "Bags and pickers are provided")


def plumber_quote() -> Doc:
    """A plumber's quotation: a bold title, labelled lines, a four-column priced table with VAT and Total rows."""
    d = docx.Document()
    _normal(d, font="Arial", size=10)
    _big(d, "Quotation", 20)
    d.add_paragraph("Quote no. Q-2025-041")
    d.add_paragraph("Customer: Mr D. Patel, 8 Ash Grove")
    _table(d, QUOTE_ROWS, bold_header=True)
    d.add_paragraph("This quote is valid for 30 days.")
    d.add_paragraph("Payment is due within 14 days of completion.")
    d.add_paragraph("Signed: ______________")
    return d


QUOTE_ROWS = [["Item", "Qty", "Unit price", "Total"], ["Replace kitchen tap", "1", "\u00a385.00", "\u00a385.00"],
              ["Fit new radiator valve", "2", "\u00a340.00", "\u00a380.00"],
              ["Labour (hours)", "3", "\u00a345.00", "\u00a3135.00"], ["VAT (20%)", "", "", "\u00a360.00"],
              ["Total", "", "", "\u00a3360.00"]]


# ---- written 2026-12-06 (fifteenth session, sixth batch): measured once on the session's last runtime, no rule
# written after it (a fresh figure for the whole session's fixes)


def allotment_news() -> Doc:
    """A spring newsletter: an en-dash Title, a dates table with a bold header, curly quotes, bullets, a sign-off."""
    d = docx.Document()
    _normal(d, font="Georgia", size=11)
    d.add_heading("Allotment News \u2013 Spring 2025", 0)
    d.add_paragraph("Welcome back to the growing season. Here is what is coming up on the site.")
    d.add_heading("Dates for your diary", 2)
    _table(d, NEWS_DATES, bold_header=True)
    d.add_heading("From the committee", 2)
    d.add_paragraph("This year we are trying \u201cNo-dig\u201d beds on plots 4 and 5. Come and see how they work.")
    for t in NEWS_REMINDERS:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("The Committee")
    return d


NEWS_DATES = [["Date", "Event", "Where"], ["5 April", "Seed swap", "Allotment hut"],
              ["26 April", "Plant sale", "Allotment hut"], ["17 May", "Open day", "Whole site"]]
NEWS_REMINDERS = ("Keep paths clear of tools", "Water butts must have lids", "Bonfires only after 6 pm")


def lab_protocol() -> Doc:
    """A lab protocol: Title, a reagents table, numbered steps with formulas and "37 °C", a bold-labelled warning."""
    d = docx.Document()
    _normal(d, font="Calibri", size=11)
    d.add_heading("Yeast Fermentation Test", 0)
    d.add_heading("Reagents", 1)
    _table(d, LAB_REAGENTS, bold_header=True)
    d.add_heading("Method", 1)
    for t in LAB_STEPS:
        d.add_paragraph(t, style="List Number")
    _labelled(d, "Warning: ", "H2SO4 is corrosive. Wear gloves and goggles.")
    d.add_paragraph("Dispose of all waste in the labelled container by the sink.")
    return d


LAB_REAGENTS = [["Reagent", "Amount"], ["Dried yeast", "5 g"], ["Glucose solution", "50 ml"], ["Limewater", "20 ml"]]
LAB_STEPS = ("Mix the yeast with the glucose solution in a flask.", "Fit the bung and delivery tube.",
             "Keep the flask in a water bath at 37 \u00b0C.", "Bubble the CO2 through limewater for 30 minutes.",
             "Record how cloudy the limewater becomes.")


DEV_DOCS: dict[str, Callable[[], Doc]] = {
    "memo": memo, "letter": letter, "roster": roster, "packing": packing, "lab_note": lab_note, "recipe": recipe,
    "minutes": minutes, "syllabus": syllabus, "spec_sheet": spec_sheet, "flyer": flyer, "timesheet": timesheet,
    "cv": cv, "lesson": lesson, "order": order, "residents": residents, "notice": notice, "homework": homework,
    "sales": sales, "allotment": allotment, "advert": advert, "trip_letter": trip_letter, "club_fees": club_fees,
    "meal_plan": meal_plan, "returns_policy": returns_policy, "programme": programme, "handbook": handbook,
    "bake_sale": bake_sale, "council_minutes": council_minutes, "posset": posset, "data_day": data_day,
    "rent_notice": rent_notice, "beach_email": beach_email, "plumber_quote": plumber_quote,
    "allotment_news": allotment_news, "lab_protocol": lab_protocol,
}
BLIND_DOCS: dict[str, Callable[[], Doc]] = {
    "report": report, "agenda": agenda, "cover_letter": cover_letter, "field_notes": field_notes,
    "invoice": invoice, "newsletter": newsletter, "itinerary": itinerary,
}
assert not set(DEV_DOCS) & set(BLIND_DOCS)


def build(directory: Path, names: list[str] | None = None) -> dict[str, Path]:
    """Write the documents (all, or those named) as ``directory/NAME.docx``."""
    directory.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, make in {**DEV_DOCS, **BLIND_DOCS}.items():
        if names is None or name in names:
            out[name] = directory / f"{name}.docx"
            make().save(out[name])
    return out
