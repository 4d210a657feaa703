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



# ---- batch 7: two more genres as people keep them in Word: a village hall's booking confirmation (a plain bold
# title, bold labels, an ordinal date, an en-dash time, a priced table with a Total row, a misspelt word) and a
# holiday cottage's welcome sheet (a Title, curly quotes and apostrophes, a "Note:" line, a places table)


def hall_booking() -> Doc:
    """A village hall booking confirmation: a plain bold title, bold-labelled lines, a charges table with a Total row,
    numbered conditions, a bold "Important:" label and a three-line sign-off."""
    d = docx.Document()
    _normal(d, font="Tahoma", size=10)
    _big(d, "Ashcombe Village Hall", 20)
    d.add_paragraph("Church Lane, Ashcombe, Devon EX6 7QH")
    d.add_heading("Booking confirmation", 1)
    d.add_paragraph(HALL_INTRO)
    _labelled(d, "Hirer: ", "Mrs Helene Marsh")
    _labelled(d, "Event: ", "Ruby wedding anniversary party")
    _labelled(d, "Date: ", "Saturday 8th November 2025")
    _labelled(d, "Time: ", "14:00\u201323:00")
    d.add_heading("Charges", 1)
    _table(d, HALL_CHARGES, bold_header=True)
    d.add_paragraph("Deposit: \u00a3100, returned within 14 days if the hall is left clean and undamaged.")
    d.add_heading("Conditions of hire", 1)
    for t in HALL_CONDITIONS:
        d.add_paragraph(t, style="List Number")
    _labelled(d, "Important: ", "the fire exits must be kept clear at all times.")
    d.add_paragraph("Please pay the balance by bank transfer by 25 October, quoting reference AVH-1180.")
    for t in ("With best wishes,", "Margaret Pryce", "Bookings Secretary"):
        d.add_paragraph(t)
    return d


HALL_INTRO = ("Thank you for booking the main hall, which can accomodate up to 120 people seated. Your booking "
              "details are below.")
HALL_CHARGES = [["Item", "Rate", "Hours", "Cost"], ["Main hall", "\u00a318.00 an hour", "9", "\u00a3162.00"],
                ["Kitchen", "\u00a38.00 an hour", "9", "\u00a372.00"],
                ["Stage lighting", "\u00a325.00 flat fee", "\u2013", "\u00a325.00"], ["Total", "", "", "\u00a3259.00"]]
HALL_CONDITIONS = ("The hirer must be over 21 and stay for the whole booking.",
                   "No confetti, glitter or candles anywhere in the building.",
                   "All rubbish must be taken home \u2013 the hall\u2019s bins are for the playgroup only.",
                   "The car park gate is locked at midnight.")


def cottage_guide() -> Doc:
    """A holiday cottage welcome sheet: Title, Heading 2 sections, label lines, curly quotes, bullets with a "m2" and an
    en-dash time range, a "Note:" line, a places table with a plain header, a sign-off with an accented name."""
    d = docx.Document()
    _normal(d, font="Century Gothic", size=10.5)
    d.add_heading("Welcome to Gull Cottage", 0)
    d.add_paragraph(COTTAGE_INTRO)
    d.add_heading("Arriving and leaving", 2)
    d.add_paragraph("Check-in: from 16:00")
    d.add_paragraph("Check-out: by 10:00 on the day you leave")
    d.add_paragraph("The key safe is to the left of the front door. The code is 4471.")
    d.add_heading("Wi-Fi", 2)
    d.add_paragraph("Network: \u201cGullCottage_Guest\u201d, password: seashell22")
    d.add_heading("Around the house", 2)
    for t in COTTAGE_BULLETS:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Note: the stairs are steep, so please keep an eye on small children.")
    d.add_heading("Places nearby", 2)
    _table(d, COTTAGE_PLACES, bold_header=False)
    d.add_paragraph("Bins go out on Tuesday night: black bags in the grey bin, recycling in the blue box.")
    for t in ("Enjoy your stay!", "Ana\u00efs and Rob Trelawney", "Phone: 07700 900482"):
        d.add_paragraph(t)
    return d


COTTAGE_INTRO = ("We\u2019re so glad you\u2019ve chosen to stay with us. Everything you need for your stay is below "
                 "\u2013 and if anything\u2019s missing, just give us a ring.")
COTTAGE_BULLETS = ("Towels and bed linen are provided", "The washing machine is in the utility room",
                   "The garden is about 300 m2 and fully fenced, so dogs are welcome",
                   "Please don\u2019t put anything but loo paper down the toilet",
                   "Quiet hours are 22:00\u201308:00, as the neighbours have young children")
COTTAGE_PLACES = [["Place", "What it is", "Distance"], ["The Ship Inn", "Pub with food", "5 min walk"],
                  ["Porthcurl Stores", "Shop and post office", "10 min walk"],
                  ["Treen Beach", "Sandy beach, dogs allowed", "15 min walk"],
                  ["St Ives", "Harbour town with galleries", "25 min drive"]]


# ---- batch 8: a junior football club's match report (a Title, a date line with an en dash, a bold "Final score:"
# label, a misspelt word, an accented name, a results table with a bold header and en-dash scores, a tally under it,
# bullets with a pound sign and a time range, a "Note:" line with ordinals, a three-line sign-off) and a wedding
# information sheet for guests (a big bold coloured centred name line, centred lines, an order-of-the-day table with a
# plain header, bullets, a "Dress code:" line, a bold "RSVP:" label with an accented name, curly quotes, a PS line)


def match_report() -> Doc:
    """A junior football match report: Title, label lines, Heading 1 sections, a results table with a bold header and
    a tally line under it, bullets, a "Note:" line with ordinals and a coach's sign-off."""
    d = docx.Document()
    _normal(d, font="Arial", size=11, after=6)
    d.add_heading("Match Report: U14s v Kingsmead Colts", 0)
    d.add_paragraph("Sunday 12 October 2025, Manor Park \u2013 kick-off 10am")
    _labelled(d, "Final score: ", "Hartfield Rovers 3\u20132 Kingsmead Colts")
    d.add_paragraph("Goals: Okoro, Brennan, Clark")
    d.add_heading("How it went", 1)
    for t in MATCH_STORY:
        d.add_paragraph(t)
    d.add_heading("Player of the match", 1)
    d.add_paragraph(MATCH_POTM)
    d.add_heading("Results round the club", 1)
    _table(d, MATCH_RESULTS, bold_header=True)
    d.add_paragraph(MATCH_TALLY)
    d.add_heading("Reminders", 1)
    for t in MATCH_REMINDERS:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(MATCH_NOTE)
    for t in ("Well done, everyone!", "Dave Ellis", "U14s Coach"):
        d.add_paragraph(t)
    return d


MATCH_STORY = ("We started slowly and were 2\u20130 down at half-time after conceding twice from corners. Whatever "
               "Dave said at the break worked: Jamie Okoro pulled one back five minutes into the second half, and Leo "
               "Brennan equalised with a header on the hour.",
               "The winner came in the last minute, when Maisie Clark curled a free kick into the top corner. We "
               "definately deserved it after the way we played in the second half.")
MATCH_POTM = ("Our keeper, Tom\u00e1s Whelan, made three brilliant saves while we were behind and kept us in the "
              "game.")
MATCH_RESULTS = [["Team", "Opponent", "Venue", "Score"], ["U10s", "Ware Juniors", "Home", "4\u20131"],
                 ["U12s", "Bishop\u2019s Stortford", "Away", "1\u20132"],
                 ["U14s", "Kingsmead Colts", "Home", "3\u20132"], ["U16s", "Harlow Town", "Away", "0\u20130"]]
MATCH_TALLY = "That\u2019s two wins, a draw and a defeat for the club this weekend."
MATCH_REMINDERS = ("Training moves to Thursdays, 6:00\u20137:30pm, from next week",
                   "Subs of \u00a315 for October are due by the end of the month",
                   "Please bring your own water bottle \u2013 we can\u2019t share them any more",
                   "Parents on the refreshments rota: the list is on the clubhouse noticeboard")
MATCH_NOTE = "Note: our away game at Stansted on the 19th has moved to Sunday 26th October."


def wedding_info() -> Doc:
    """A wedding information sheet for guests: a big bold coloured centred names line, centred lines (one italic), an
    order-of-the-day table with a plain header, Heading 2 sections, bullets, a bold "RSVP:" label, a sign-off, a PS."""
    d = docx.Document()
    _normal(d, font="Garamond", size=12, after=6)
    _big(d, "Sophie & Daniel", 28, center=True, color="7B2D43")
    p = d.add_paragraph()
    p.add_run("are getting married").italic = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for t in ("Saturday 20 June 2026 at 1:30pm",
              "St Aidan\u2019s Church, Lower Bramley, and afterwards at Hollins Barn"):
        d.add_paragraph(t).alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("We\u2019d love you to be there for the whole day, from the ceremony right through to the "
                    "ceilidh.")
    d.add_heading("The day", 2)
    _table(d, WEDDING_DAY, bold_header=False)
    d.add_heading("Getting there", 2)
    for t in WEDDING_TRAVEL:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(WEDDING_DRESS)
    d.add_heading("RSVP", 2)
    _labelled(d, "RSVP: ", WEDDING_RSVP)
    d.add_paragraph(WEDDING_DIET)
    d.add_paragraph(WEDDING_GIFTS)
    for t in ("With love,", "Sophie and Daniel", WEDDING_PS):
        d.add_paragraph(t)
    return d


WEDDING_DAY = [["Time", "What", "Where"], ["1:30pm", "Ceremony", "St Aidan\u2019s Church"],
               ["3:00\u20135:00pm", "Drinks, canap\u00e9s and photos", "Hollins Barn garden"],
               ["5:30pm", "Wedding breakfast", "Hollins Barn"],
               ["8:00pm", "Evening reception and ceilidh", "Hollins Barn"]]
WEDDING_TRAVEL = ("There\u2019s free parking at the church and at the barn",
                  "A coach will take guests from the church to the barn at 2:45pm",
                  "Rooms are held at the Bramley Arms until 1 April \u2013 mention the wedding when you book",
                  "Taxis: Bramley Cars, 01632 960442")
WEDDING_DRESS = "Dress code: smart, but bring a warm layer \u2013 the barn gets chilly after dark."
WEDDING_RSVP = "by 1 May 2026 to Zo\u00eb (Sophie\u2019s sister) on 07700 900617 or at sophieanddan@example.com"
WEDDING_DIET = "Please tell us about any dietary requirements when you reply, and whether you need a high chair."
WEDDING_GIFTS = ("Gifts: having you there is present enough, but if you\u2019d like to, there\u2019s a small honeymoon "
                 "fund \u2013 details are on the \u201cOur Wedding\u201d page of our website.")
WEDDING_PS = "PS Bring your dancing shoes \u2013 the ceilidh band is brilliant!"



# ---- batch 9: a GP surgery's notice to patients (a Title, an italic line under it, Heading 1 sections, an
# opening-hours table with a bold header and en-dash times, a bold "Who can have one:" label with "kg/m2" in it, a
# misspelt word, bullets with a phone number, a bold "Important:" label, an accented name, a three-line sign-off) and a
# library book group's reading list (a plain bold coloured title, bold "When:" and "Where:" labels with "2nd" and a
# time range, a schedule table with a plain header and a curly apostrophe, an accented author, a "Note:" line, a
# numbered list, a pound sign, a misspelt word, a sign-off with a phone number, a PS line)


def gp_notice() -> Doc:
    """A GP surgery's patient notice: Title, an italic line, Heading 1 sections, an hours table with a bold header,
    a bold-labelled line, bullets, a bold "Important:" label, a welcome with an accented name and a sign-off."""
    d = docx.Document()
    _normal(d, font="Calibri", size=11, after=6)
    d.add_heading("Elmfield Surgery", 0)
    d.add_paragraph().add_run("Patient notice \u2013 winter 2025/26").italic = True
    d.add_heading("New opening hours", 1)
    d.add_paragraph(GP_HOURS_INTRO)
    _table(d, GP_HOURS, bold_header=True)
    d.add_paragraph("When we are closed, call NHS 111 or, in an emergency, 999.")
    d.add_heading("Flu and COVID vaccinations", 1)
    d.add_paragraph(GP_FLU)
    _labelled(d, "Who can have one: ", GP_WHO)
    d.add_paragraph(GP_COVID)
    d.add_heading("Booking an appointment", 1)
    for t in GP_BOOKING:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(GP_PRESCRIPTIONS)
    _labelled(d, "Important: ", GP_IMPORTANT)
    d.add_heading("New faces", 1)
    d.add_paragraph(GP_WELCOME)
    for t in ("Thank you for your patience and support.", "Joanne Hartley", "Practice Manager"):
        d.add_paragraph(t)
    return d


GP_HOURS_INTRO = ("From Monday 3 November we will open earlier on weekdays, so that more of you can be seen before "
                  "work. The phone lines open half an hour after the doors.")
GP_HOURS = [["Day", "Doors open", "Phone lines"], ["Monday to Thursday", "7:30\u201318:30", "8:00\u201318:30"],
            ["Friday", "7:30\u201317:00", "8:00\u201317:00"],
            ["Saturday", "9:00\u201312:00 (booked appointments only)", "Closed"]]
GP_FLU = ("Walk-in flu clinics will run on Saturday 18 October and Saturday 1 November, 9:00\u201312:00, in the Cedar "
          "Room. You don\u2019t need an appointment.")
GP_WHO = ("everyone aged 65 or over, pregnant women, carers, and anyone with asthma, diabetes, heart disease or a BMI "
          "of 40 kg/m2 or more.")
GP_COVID = ("COVID boosters are given at the same clinics to everyone aged 75 or over and to anyone whose immune "
            "system is weakened.")
GP_BOOKING = ("Online, through the NHS App or our website, at any time", "By phone on 01632 960215 from 8:00",
              "In person at reception \u2013 please be patient if there\u2019s a queue")
GP_PRESCRIPTIONS = ("Repeat prescriptions take two full working days. It isn\u2019t neccessary to phone us to check "
                    "\u2013 the pharmacy will text you when it\u2019s ready.")
GP_IMPORTANT = ("if you can\u2019t make your appointment, please tell us at least 24 hours before so we can offer it "
                "to someone else. Last month 143 appointments were missed.")
GP_WELCOME = ("We\u2019re pleased to welcome Dr In\u00e9s Casta\u00f1o, who joined us in September, and Tom Fairley, "
              "our new nurse practitioner.")


def book_club() -> Doc:
    """A library book group's reading list in Georgia: a plain bold coloured title, bold "When:" and "Where:" labels, a
    schedule table with a plain header, a "Note:" line, Heading 2 sections, a numbered list, a sign-off and a PS."""
    d = docx.Document()
    _normal(d, font="Georgia", size=11, after=6)
    _big(d, "Thornbury Library Book Group", 18, color="1F5F5B")
    d.add_paragraph("Reading list for January\u2013June 2026")
    _labelled(d, "When: ", BOOK_WHEN)
    _labelled(d, "Where: ", BOOK_WHERE)
    d.add_paragraph(BOOK_HELLO)
    d.add_heading("The books", 2)
    _table(d, BOOK_LIST, bold_header=False)
    d.add_paragraph(BOOK_NOTE)
    d.add_heading("How it works", 2)
    for t in BOOK_STEPS:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph(BOOK_TEA)
    d.add_paragraph(BOOK_SUGGEST)
    for t in ("Happy reading!", "Margaret Ellison", "Group organiser \u2013 07700 900284", BOOK_PS):
        d.add_paragraph(t)
    return d


BOOK_WHEN = "the 2nd Tuesday of each month, 7:00\u20138:30pm"
BOOK_WHERE = "the Garden Room at Thornbury Library (use the side door after 6pm)"
BOOK_HELLO = ("Hello everyone, and happy new year! Here\u2019s what we\u2019ll be reading over the next six months. "
              "Thank you to all who voted in December \u2013 we had 31 suggestions, which is a record.")
BOOK_LIST = [["Date", "Book", "Author", "Who\u2019s leading"],
             ["13 January", "Small Things Like These", "Claire Keegan", "Margaret"],
             ["10 February", "The Remains of the Day", "Kazuo Ishiguro", "Tunde"],
             ["10 March", "Love in the Time of Cholera", "Gabriel Garc\u00eda M\u00e1rquez", "Priya"],
             ["14 April", "Olive Kitteridge", "Elizabeth Stroud", "Ben"],
             ["12 May", "Demon Copperhead", "Barbara Kingsolver", "Margaret"],
             ["9 June", "The Bee Sting", "Paul Murray", "Agnieszka"]]
BOOK_NOTE = ("Note: the Garden Room is being redecorated in March, so that month we\u2019ll meet in the Reading "
             "Caf\u00e9 next door.")
BOOK_STEPS = ("Pick up your copy from the library desk \u2013 we keep 12 copies back for the group each month.",
              "Read as much as you can. Nobody minds if you haven\u2019t finished!",
              "Bring along one question, or a passage you\u2019d like to read out.")
BOOK_TEA = ("Tea and biscuits are \u00a31.50 a session, and anything left over goes to the library\u2019s summer "
            "reading challenge.")
BOOK_SUGGEST = ("If you\u2019d like to recomend a book for the autumn list, write it on the sheet by the door or "
                "email me.")
BOOK_PS = "PS Large-print and audiobook copies are available for most of the books \u2013 just ask at the desk."


# ---- batch 10: a village café's menu (a plain bold coloured centred title, a centred address line with en-dash
# opening hours, Heading 2 sections, a bulleted breakfast list with prices, a lunch table with a bold header, a misspelt
# word, a bold "Drinks:" label, "CO2", a bold "Note:" label, an accented name in the sign-off and a PS) and a charity
# support group's autumn fundraising round-up (a Title, Heading 1 sections, a takings table with a bold header, an
# ordinal in a cell and a total row that the intro repeats, a bold "Gift Aid:" label, a misspelt word, bullets with an
# accented name, a numbered list of dates, a bold "Important:" label and a three-line sign-off)


def cafe_menu() -> Doc:
    """A village café's menu in Trebuchet MS: a plain bold brown centred title, a centred address line, Heading 2
    sections, bulleted breakfasts with prices, a lunch table with a bold header, labelled lines, a sign-off and a PS."""
    d = docx.Document()
    _normal(d, font="Trebuchet MS", size=10.5, after=4)
    _big(d, "The Old Forge Caf\u00e9", 22, center=True, color="7A3E1D")
    d.add_paragraph(CAFE_WHERE).alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(CAFE_INTRO)
    d.add_heading("Breakfast (until 11:30)", 2)
    for t in CAFE_BREAKFAST:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Lunch (12:00\u201315:00)", 2)
    d.add_paragraph(CAFE_LUNCH_INTRO)
    _table(d, CAFE_LUNCH, bold_header=True)
    d.add_heading("Cakes and drinks", 2)
    d.add_paragraph(CAFE_CAKES)
    _labelled(d, "Drinks: ", CAFE_DRINKS)
    d.add_paragraph(CAFE_COFFEE)
    _labelled(d, "Note: ", CAFE_NOTE)
    for t in ("See you soon!", "Br\u00edd and Tom Kavanagh", CAFE_PS):
        d.add_paragraph(t)
    return d


CAFE_WHERE = "Church Street, Ashby Parva \u2013 open Tuesday to Sunday, 8:30\u201316:00"
CAFE_INTRO = ("Everything on this menu is made here in our kitchen, from the bread to the jam. If you\u2019d like "
              "something that isn\u2019t listed, just ask \u2013 we\u2019ll do our best.")
CAFE_BREAKFAST = ("Bacon or sausage roll \u2013 \u00a34.20", "Full Forge breakfast \u2013 \u00a39.50",
                  "Veggie breakfast with halloumi \u2013 \u00a39.00",
                  "Porridge with honey and banana \u2013 \u00a34.50",
                  "Toasted teacake and butter \u2013 \u00a32.80")
CAFE_LUNCH_INTRO = ("All sandwhiches come on white or granary bread with a side salad and crisps. Gluten-free bread "
                    "is 50p extra.")
CAFE_LUNCH = [["Dish", "Description", "Price"], ["Soup of the day", "With a crusty roll and butter", "\u00a35.75"],
              ["Welsh rarebit", "Mature cheddar, ale and mustard on sourdough", "\u00a37.50"],
              ["Forge club sandwich", "Chicken, bacon, lettuce and tomato", "\u00a38.95"],
              ["Jacket potato", "Cheese and beans, tuna mayo or chilli", "\u00a37.25"],
              ["Quiche of the day", "With new potatoes and salad", "\u00a38.50"]]
CAFE_CAKES = ("Our cakes change every day \u2013 see the board by the counter. A slice is \u00a33.40, or \u00a35.50 "
              "with a pot of tea or any coffee.")
CAFE_DRINKS = "tea \u00a32.40, filter coffee \u00a32.60, latte or cappuccino \u00a33.20, hot chocolate \u00a33.30"
CAFE_COFFEE = "Our coffee is roasted in Frome by Hatch & Kiln, who plant trees to offset the CO2 from their roaster."
CAFE_NOTE = ("please tell us about any allergies when you order. Our kitchen handles nuts, gluten, milk and eggs, so "
             "we can\u2019t promise that any dish is completely free of them.")
CAFE_PS = "PS We now do takeaway \u2013 ring 01632 960418 and it\u2019ll be ready in 15 minutes."


def fundraising() -> Doc:
    """A hospice support group's autumn fundraising round-up in Calibri: Title, a subtitle line, Heading 1 sections, a
    takings table with a bold header and a total row, a bold "Gift Aid:" label, bullets, a numbered list, a bold
    "Important:" label and a three-line sign-off."""
    d = docx.Document()
    _normal(d, font="Calibri", size=11, after=6)
    d.add_heading("Autumn Fundraising Round-up 2025", 0)
    d.add_paragraph("Friends of St Clare\u2019s Hospice \u2013 report to members, November 2025")
    d.add_paragraph(FUND_INTRO)
    d.add_heading("Where the money came from", 1)
    _table(d, FUND_TABLE, bold_header=True)
    _labelled(d, "Gift Aid: ", FUND_GIFT_AID)
    d.add_heading("What it pays for", 1)
    d.add_paragraph(FUND_PAYS)
    d.add_heading("Our thanks", 1)
    d.add_paragraph("A special thank you to:")
    for t in FUND_THANKS:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Coming up", 1)
    for t in FUND_COMING:
        d.add_paragraph(t, style="List Number")
    _labelled(d, "Important: ", FUND_IMPORTANT)
    for t in ("With warm thanks,", "Carol Pemberton", "Chair, Friends of St Clare\u2019s"):
        d.add_paragraph(t)
    return d


FUND_INTRO = ("Thank you to everyone who gave their time, baked, walked and shook a bucket for us this autumn. "
              "Together we raised \u00a318,640, our best autumn total since the group started in 2009.")
FUND_TABLE = [["Event", "Date", "Raised"], ["10th Lantern Walk", "4 October", "\u00a310,415"],
              ["Quiz night at the Red Lion", "18 October", "\u00a31,260"],
              ["Cake and plant sale", "25 October", "\u00a3385"],
              ["Bucket collection at Fernside Co-op", "1\u20132 November", "\u00a32,175"],
              ["Online auction", "6\u201320 October", "\u00a34,405"], ["Total", "", "\u00a318,640"]]
FUND_GIFT_AID = "we expect to claim about \u00a32,300 more on the walk sponsorship once all the forms are in."
FUND_PAYS = ("It costs \u00a31,150 to keep one of our hospice-at-home nurses on the road for a week, so this "
             "autumn\u2019s total pays for more than sixteen weeks of care in people\u2019s own homes. Every penny "
             "we recieve stays local.")
FUND_THANKS = ("The Red Lion, for the room and the quiz prizes", "Hallam\u2019s Garden Centre, for donating 60 plants",
               "Fernside Co-op, for letting us collect two days running",
               "Dr Ma\u0142gorzata Nowak, who set the walkers off from the start line",
               "Our 212 walkers, and everyone who sponsored them")
FUND_COMING = ("Christmas card stall in the hospice shop, 1\u201320 December",
               "Carols by candlelight at St Mary\u2019s, Friday 12 December, 7:00pm",
               "New Year\u2019s Day swim at Kelham Quay \u2013 sign up by 15 December")
FUND_IMPORTANT = ("if you collected sponsorship for the walk and haven\u2019t handed it in yet, please bring it to "
                  "hospice reception by Friday 28 November.")



# ---- batch 11: a swimming club's gala programme (a Title, a plain line under it, a bold "Warm-up:" label with en-dash
# times, Heading 1 sections, an order-of-events table with a bold header, ordinals and a misspelt word under it, a
# bulleted list, a numbered list, bold "Spectators:" and "Important:" labels with a pound amount, curly quotes, an
# accented name in a three-line sign-off and a PS) and a letting agent's tenancy inventory (a plain bold title, bold
# "Label: value" lines with an accented name and a date, Heading 2 sections, curly quotes, a pound amount, a
# room-by-room table with a plain header, bullets with "m3", a numbered list, a bold "Note:" label, a misspelt word and
# a sign-off)


def swim_gala() -> Doc:
    """A swimming club's gala programme in Tahoma: Title, a plain line, a bold "Warm-up:" label, Heading 1 sections,
    an events table with a bold header, bullets, a numbered list, bold labels, a sign-off and a PS."""
    d = docx.Document()
    _normal(d, font="Tahoma", size=10, after=6)
    d.add_heading("Spring Open Gala 2026", 0)
    d.add_paragraph("Riverside Otters Swimming Club \u2013 Sunday 22 March 2026, Halston Leisure Centre")
    _labelled(d, "Warm-up: ", GALA_WARMUP)
    d.add_paragraph(GALA_INTRO)
    d.add_heading("Order of events", 1)
    _table(d, GALA_EVENTS, bold_header=True)
    d.add_paragraph(GALA_HEATS)
    d.add_heading("What to bring", 1)
    for t in GALA_BRING:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("On the day", 1)
    for t in GALA_STEPS:
        d.add_paragraph(t, style="List Number")
    _labelled(d, "Spectators: ", GALA_SPECTATORS)
    _labelled(d, "Important: ", GALA_IMPORTANT)
    d.add_paragraph(GALA_THANKS)
    for t in ("See you on poolside,", "Ren\u00e9e Whitfield", "Gala Secretary \u2013 07700 900536", GALA_PS):
        d.add_paragraph(t)
    return d


GALA_WARMUP = "8:00\u20138:45am in the main pool; the first race starts at 9:00am"
GALA_INTRO = ("Welcome to our spring gala! We\u2019re expecting more than 180 swimmers from six clubs, so please read "
              "this programme before the day \u2013 it answers most of the questions we get asked.")
GALA_EVENTS = [["Event", "Race", "Age group", "Start"], ["1", "50m freestyle", "9 and under", "9:00"],
               ["2", "100m breaststroke", "10\u201312", "9:25"], ["3", "50m backstroke", "9 and under", "9:55"],
               ["4", "100m individual medley", "13 and over", "10:20"], ["5", "50m butterfly", "10\u201312", "10:50"],
               ["6", "4 \u00d7 50m freestyle relay", "Open", "11:15"]]
GALA_HEATS = ("Boys and girls swim in seperate heats. Medals go to the 1st, 2nd and 3rd fastest in each age group, and "
              "every swimmer aged 9 and under gets a certificate.")
GALA_BRING = ("Club hat and costume (a spare costume if you\u2019re in the relay)",
              "Two towels \u2013 there\u2019s a long wait between races", "Goggles, plus a spare pair",
              "A packed lunch and a water bottle", "A warm top for sitting in the gallery")
GALA_STEPS = ("Sign in at the club table in the foyer by 7:30am.",
              "Give your event card to the marshal when your race is called.",
              "Stay in the marshalling area until your heat is on the blocks.")
GALA_SPECTATORS = "\u00a32.50 at the door, under-5s free. Seats in the gallery are first come, first served."
GALA_IMPORTANT = ("no flash photography from the poolside or the gallery \u2013 it can startle swimmers on the "
                  "blocks.")
GALA_THANKS = ("Many thanks to Halston Leisure Centre, and to our timekeepers, judges and the \u201cOtters\u2019 "
               "Den\u201d tuck shop team, who make the day possible.")
GALA_PS = ("PS We still need two more timekeepers for the morning session \u2013 no experience needed, just a steady "
           "thumb!")


def tenancy_inventory() -> Doc:
    """A letting agent's inventory and check-in report in Cambria: a plain bold title, bold labels, Heading 2 sections,
    a room-by-room table with a plain header, bullets, a numbered list, a bold "Note:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Cambria", size=11, after=6)
    _big(d, "Inventory and Check-in Report", 16)
    _labelled(d, "Property: ", "Flat 3, 27 Linden Road, Darlington DL3 0PX")
    _labelled(d, "Tenant: ", "Joaqu\u00edn Ferreira")
    _labelled(d, "Check-in: ", "Monday 2 February 2026, 10:00am")
    _labelled(d, "Agent: ", "Calder & Wray Lettings, 01632 960733")
    d.add_heading("About this report", 2)
    d.add_paragraph(INV_ABOUT)
    d.add_heading("Room by room", 2)
    _table(d, INV_ROOMS, bold_header=False)
    d.add_paragraph(INV_KEY)
    d.add_heading("Meter readings", 2)
    for t in INV_METERS:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Keys handed over", 2)
    for t in INV_KEYS:
        d.add_paragraph(t, style="List Number")
    _labelled(d, "Note: ", INV_NOTE)
    d.add_paragraph(INV_DAMAGE)
    for t in ("Signed for Calder & Wray Lettings:", "Gemma Thornton, Property Manager", "Tenant\u2019s signature:"):
        d.add_paragraph(t)
    return d


INV_ABOUT = ("This inventory records what is in the flat and the condition it was in at the start of the tenancy. "
             "Where an item is marked \u201cFair\u201d or \u201cPoor\u201d, there\u2019s a note in the last column. "
             "Please check everything and tell us within seven days if you disagree with anything \u2013 after that "
             "we\u2019ll take the report as accurate. It will be used at check-out to decide any deductions from the "
             "\u00a3950 deposit.")
INV_ROOMS = [["Room", "Item", "Condition", "Notes"],
             ["Hallway", "Carpet (grey)", "Good", "Slight wear by the front door"],
             ["Living room", "Two-seater sofa (blue)", "Fair", "Small stain on the left cushion"],
             ["Living room", "Curtains and pole", "Good", "Lined, cream"],
             ["Kitchen", "Fridge freezer", "Good", "Cleaned and defrosted"],
             ["Kitchen", "Oven and hob", "Fair", "Front left ring slow to heat"],
             ["Bedroom", "Double bed and mattress", "Good", "Mattress protector supplied"],
             ["Bathroom", "Shower screen", "Poor", "Crack in the bottom corner"]]
INV_KEY = ("Good \u2013 clean, working and undamaged; Fair \u2013 some wear for its age; Poor \u2013 damaged or needs "
           "replacing.")
INV_METERS = ("Electricity: 04518 kWh (meter in the hall cupboard)", "Gas: 11273 m3 (meter box by the back door)",
              "Water: not metered")
INV_KEYS = ("Two front door keys (Yale)", "One window key for the living room", "One fob for the bin store")
INV_NOTE = ("the smoke alarms in the hall and the kitchen were tested at check-in and both worked. Please test them "
            "once a month.")
INV_DAMAGE = ("Anything that breaks or gets damaged during the tenancy should be reported to us in writing as soon as "
              "posible, with photos if you can.")


# ---- batch 12: a bike shop's workshop job sheet (a plain bold title, a shop line with en dashes, bold "Label: value"
# lines with an accented name, a weekday date and a time, Heading 2 sections, a misspelt word, a numbered list of work
# with an en-dash range and a per cent, a parts table with a bold header and a Total row, "CO2" and a pound amount
# under it, bullets, a bold "Note:" label, curly apostrophes and a three-line sign-off) and a community choir's
# rehearsal schedule (a Title, a Subtitle with an accented name, bold "Where:" and "When:" labels with an en-dash time
# range, an ordinal, a plan table with a plain header and an empty cell, a misspelt word, a numbered list, bullets, a
# bold "Subs:" label with pound amounts, a sign-off and a PS)


def bike_job() -> Doc:
    """A bike shop's workshop job sheet in Segoe UI: a plain bold title, a shop line, bold labels, Heading 2 sections,
    a numbered list of work, a parts table with a bold header and a Total row, bullets, a bold "Note:" label and a
    sign-off."""
    d = docx.Document()
    _normal(d, font="Segoe UI", size=10, after=4)
    _big(d, "Workshop Job Sheet", 18)
    d.add_paragraph(BIKE_SHOP)
    _labelled(d, "Job no: ", "2417")
    _labelled(d, "Customer: ", "Si\u00e2n Pritchard, 07700 900318")
    _labelled(d, "Bike: ", "Trek FX 2 hybrid, grey, 2021")
    _labelled(d, "Booked in: ", "Thursday 5 March 2026, 9:15am")
    _labelled(d, "Ready by: ", "Saturday 7 March 2026, after 2:00pm")
    d.add_heading("What the customer reported", 2)
    d.add_paragraph(BIKE_REPORTED)
    d.add_heading("Work carried out", 2)
    for t in BIKE_WORK:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Parts and labour", 2)
    _table(d, BIKE_PARTS, bold_header=True)
    d.add_paragraph(BIKE_VAT)
    d.add_heading("Mechanic\u2019s notes", 2)
    for t in BIKE_NOTES:
        d.add_paragraph(t, style="List Bullet")
    _labelled(d, "Note: ", BIKE_NOTE)
    d.add_paragraph(BIKE_PAY)
    for t in ("Thanks for choosing Ride On,", "Kofi Mensah", "Workshop Manager"):
        d.add_paragraph(t)
    return d


BIKE_SHOP = "Ride On Cycles \u2013 42 Harbour Street, Whitstable CT5 1AG \u2013 01632 960274"
BIKE_REPORTED = ("Gears jump under load, mostly on the smaller sprockets, and the back brake squeals when "
                 "it\u2019s wet. There\u2019s also a noticable wobble in the front wheel. Si\u00e2n rides it to work "
                 "every day (about 12 miles there and back) and it hasn\u2019t been serviced since she bought it.")
BIKE_WORK = ("Full service: cleaned and degreased the drivetrain, checked all bolts",
             "Replaced the chain and the 11\u201332 cassette (chain worn past 0.75%)",
             "Fitted new rear brake pads and bedded them in", "Trued the front wheel \u2013 it was about 2 mm out",
             "Adjusted the rear derailleur and re-indexed the gears")
BIKE_PARTS = [["Item", "Qty", "Price"], ["Chain (KMC X11)", "1", "\u00a324.99"],
              ["Cassette 11\u201332", "1", "\u00a342.00"], ["Rear brake pads", "1 pair", "\u00a39.50"],
              ["Service labour", "1", "\u00a365.00"], ["Wheel truing", "1", "\u00a315.00"],
              ["Total", "", "\u00a3156.49"]]
BIKE_VAT = ("All prices include VAT. The CO2 inflator Si\u00e2n bought at the counter (\u00a318.00) was paid for "
            "separately and isn\u2019t on this sheet.")
BIKE_NOTES = ("Tyres are OK for now, but the rear has a few cuts \u2013 replace within 3 months",
              "Headset was slightly loose \u2013 tightened, no play now",
              "Saddle is about 2 cm too low for her height; worth a quick bike fit")
BIKE_NOTE = "we keep finished bikes for 14 days free of charge. After that it\u2019s \u00a32 a day."
BIKE_PAY = "Payment by card or cash on collection \u2013 we don\u2019t take cheques."


def choir_schedule() -> Doc:
    """A community choir's spring term schedule in Garamond: Title and Subtitle, bold "Where:" and "When:" labels,
    Heading 1 and 2 sections, a plan table with a plain header, a numbered list, bullets, a bold "Subs:" label, a
    sign-off and a PS."""
    d = docx.Document()
    _normal(d, font="Garamond", size=11.5, after=6)
    d.add_heading("Spring Term Rehearsals 2026", 0)
    d.add_paragraph("Harbourside Community Choir \u2013 Musical Director: \u00c9lodie Marchetti", style="Subtitle")
    _labelled(d, "Where: ", CHOIR_WHERE)
    _labelled(d, "When: ", CHOIR_WHEN)
    d.add_paragraph(CHOIR_WELCOME)
    d.add_heading("Rehearsal plan", 1)
    _table(d, CHOIR_PLAN, bold_header=False)
    d.add_paragraph(CHOIR_WORDS)
    d.add_heading("Concert day", 1)
    d.add_paragraph(CHOIR_CONCERT)
    for t in CHOIR_DAY:
        d.add_paragraph(t, style="List Number")
    d.add_heading("What to wear", 2)
    for t in CHOIR_WEAR:
        d.add_paragraph(t, style="List Bullet")
    _labelled(d, "Subs: ", CHOIR_SUBS)
    for t in ("Happy singing!", "\u00c9lodie", "Musical Director", CHOIR_PS):
        d.add_paragraph(t)
    return d


CHOIR_WHERE = "St Bride\u2019s Church Hall, Quay Lane (use the side door \u2013 the front is locked after 7pm)"
CHOIR_WHEN = "Wednesdays, 7:30\u20139:30pm, 14 January to 25 February"
CHOIR_WELCOME = ("Welcome back, everyone! This term we\u2019re working towards our 25th spring concert, so please come "
                 "to as many rehearsals as you can. If you can\u2019t make one, let your section leader know by "
                 "Tuesday evening.")
CHOIR_PLAN = [["Date", "Pieces", "Sections"], ["14 January", "Bring Me Little Water, Silvy; Shenandoah", "Full choir"],
              ["21 January", "The Parting Glass", "Sopranos and altos"],
              ["28 January", "The Parting Glass", "Tenors and basses"],
              ["4 February", "Hallelujah (Cohen)", "Full choir"], ["11 February", "No rehearsal \u2013 half term", ""],
              ["18 February", "Bridge Over Troubled Water", "Full choir"],
              ["25 February", "Run-through of the whole programme", "Full choir"]]
CHOIR_WORDS = ("Please learn the words of Shenandoah and The Parting Glass by heart. You can keep your folder for "
               "everything else, but don\u2019t mark your copy untill we\u2019ve agreed the breathing places.")
CHOIR_CONCERT = ("The concert is at St Bride\u2019s on Saturday 7 March at 7:00pm. Tickets are \u00a38 (\u00a35 for "
                 "under-16s) from any choir member or on the door.")
CHOIR_DAY = ("Arrive by 5:30pm for the sound check in the church",
             "Sopranos and altos warm up in the vestry, tenors and basses in the hall",
             "Doors open to the audience at 6:30pm, so be in your places by then")
CHOIR_WEAR = ("Black trousers or a long black skirt", "A plain black top with sleeves (no logos)",
              "The choir scarf \u2013 Gwen has spares on the night",
              "Comfortable black shoes \u2013 we stand for most of the hour")
CHOIR_SUBS = "\u00a345 for the term, or \u00a34 a week. Pay Gwen at the break, in cash or by bank transfer."
CHOIR_PS = "PS Tea and biscuits at the break are 50p \u2013 the tin\u2019s on the piano."


# ---- batch 13: a dog groomer's price list (a plain bold purple title, an address line with an en dash, a bold "Open:"
# label with an en-dash time range, a Heading 1 and Heading 2 sections, an intro with an ordinal and curly
# apostrophes, a price table with a bold header and pound signs, a misspelt word under it, bullets with prices, a
# numbered list, a bold "Note:" label and a sign-off with an accented name) and a local museum's volunteer briefing for
# half-term (a Title, a plain line under it, bold "Dates:", "Shifts:" and "Meet:" labels, Heading 1 sections, "m2", a
# rota table with a plain header, bullets with a phone number, a misspelt word, a numbered list, a bold "Important:"
# label, a sign-off with an accented name and a PS)


def groomer_prices() -> Doc:
    """A dog groomer's price list in Candara: a plain bold purple title, an address line, a bold "Open:" label,
    Heading 1 and 2 sections, a price table with a bold header, bullets, a numbered list, a bold "Note:" label and a
    sign-off."""
    d = docx.Document()
    _normal(d, font="Candara", size=11, after=6)
    _big(d, "Muddy Paws Dog Grooming", 22, color="6B3FA0")
    d.add_paragraph(GROOM_ADDRESS)
    _labelled(d, "Open: ", GROOM_OPEN)
    d.add_heading("Prices from 1 April 2026", 1)
    d.add_paragraph(GROOM_INTRO)
    _table(d, GROOM_PRICES, bold_header=True)
    d.add_paragraph(GROOM_SIZES)
    d.add_heading("Extras", 2)
    for t in GROOM_EXTRAS:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Booking and cancellations", 2)
    for t in GROOM_BOOKING:
        d.add_paragraph(t, style="List Number")
    _labelled(d, "Note: ", GROOM_NOTE)
    d.add_paragraph(GROOM_VACCS)
    for t in ("Looking forward to meeting your dog,", "Chlo\u00e9 Barnes", "Owner and head groomer"):
        d.add_paragraph(t)
    return d


GROOM_ADDRESS = "Unit 4, Mill Yard, Hebden Bridge HX7 8AD \u2013 01632 960519"
GROOM_OPEN = "Tuesday to Saturday, 8:30am\u20135:00pm (last dog in at 3:00pm)"
GROOM_INTRO = ("Our prices have gone up a little this spring \u2013 the first rise since 2023 \u2013 because shampoo, "
               "towels and insurance all cost more than they did. Every groom still includes a bath, a blow-dry, a "
               "nail clip and a check of ears and eyes, and every 6th groom is free with our loyalty card.")
GROOM_PRICES = [["Service", "Small", "Medium", "Large"], ["Full groom", "\u00a332", "\u00a340", "\u00a352"],
                ["Bath and brush", "\u00a320", "\u00a326", "\u00a334"],
                ["Puppy introduction (under 6 months)", "\u00a318", "\u00a318", "\u00a318"],
                ["De-shedding treatment", "\u00a325", "\u00a331", "\u00a339"],
                ["Nail clip only", "\u00a38", "\u00a38", "\u00a310"]]
GROOM_SIZES = ("Small dogs are up to 10 kg, medium 10\u201325 kg and large over 25 kg. For giant breeds, and for "
               "dogs who occassionally need two groomers, we\u2019ll give you a price when you book.")
GROOM_EXTRAS = ("Teeth cleaning \u2013 \u00a36", "Ear cleaning \u2013 \u00a35", "Flea bath \u2013 \u00a38",
                "Nail painting (pet-safe polish) \u2013 \u00a37")
GROOM_BOOKING = ("Book by phone or on our website \u2013 we don\u2019t take walk-ins.",
                 "Give us at least 48 hours\u2019 notice if you need to cancel.",
                 "Missed appointments are charged at half the price of the groom.")
GROOM_NOTE = ("if your dog\u2019s coat is badly matted we may have to clip it short rather than brush it out. "
              "We\u2019ll always ring you before we do.")
GROOM_VACCS = ("All dogs must be up to date with their vaccinations, including kennel cough. Please bring your "
               "dog\u2019s vaccination card on the first visit.")


def museum_briefing() -> Doc:
    """A museum's half-term volunteer briefing in Palatino Linotype: Title, a plain line, bold "Dates:", "Shifts:" and
    "Meet:" labels, Heading 1 sections, a rota table with a plain header, bullets, a numbered list, a bold "Important:"
    label, a sign-off and a PS."""
    d = docx.Document()
    _normal(d, font="Palatino Linotype", size=10.5, after=6)
    d.add_heading("Volunteer Briefing: Half-Term Family Week", 0)
    d.add_paragraph("Whitby Harbour Museum \u2013 for front-of-house and gallery volunteers")
    _labelled(d, "Dates: ", "Monday 16 to Friday 20 February 2026")
    _labelled(d, "Shifts: ", "10:00am\u20131:00pm and 1:00\u20134:30pm")
    _labelled(d, "Meet: ", "in the volunteers\u2019 room behind the shop, 15 minutes before your shift")
    d.add_heading("What\u2019s on", 1)
    d.add_paragraph(MUSEUM_ON)
    d.add_heading("Who\u2019s where", 1)
    _table(d, MUSEUM_ROTA, bold_header=False)
    d.add_paragraph(MUSEUM_SWAPS)
    d.add_heading("In the galleries", 1)
    for t in MUSEUM_GALLERIES:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(MUSEUM_LIGHTS)
    d.add_heading("If the fire alarm goes off", 1)
    for t in MUSEUM_ALARM:
        d.add_paragraph(t, style="List Number")
    _labelled(d, "Important: ", MUSEUM_IMPORTANT)
    d.add_paragraph(MUSEUM_THANKS)
    for t in ("Best wishes,", "Agn\u00e8s Whitlock", "Volunteer Coordinator", MUSEUM_PS):
        d.add_paragraph(t)
    return d


MUSEUM_ON = ("Half-term is our busiest week of the winter: last year we had 3,200 visitors in five days, most of them "
             "families. This year the new Shipwrecks gallery (about 180 m2 on the first floor) opens on the Monday, "
             "and there are drop-in craft sessions for children every day at 11:00 and 2:30.")
MUSEUM_ROTA = [["Post", "Morning", "Afternoon"], ["Welcome desk", "Graham Pike", "Aoife Brennan"],
               ["Shipwrecks gallery", "Sunita Rao", "Graham Pike"], ["Activity room", "Lena Fischer", "Marcus Hall"],
               ["Whaling gallery", "Peter Oduya", "Sunita Rao"], ["Shop", "Staff", "Staff"]]
MUSEUM_SWAPS = ("The rota is the same every day unless I tell you otherwise. If you can\u2019t make a shift, please "
                "swap with someone on the list and let me know.")
MUSEUM_GALLERIES = ("Say hello to everyone who comes in \u2013 a smile goes a long way",
                    "Keep food and drink out of the galleries, including your own",
                    "Don\u2019t let children handle the objects in the open displays",
                    "Report anything broken or out of place to the duty manager on 07700 900742")
MUSEUM_LIGHTS = ("The lights upstairs are kept low to protect the paintings, and the cases are kept at 18 \u00b0C. "
                 "Please don\u2019t open any windows, as the enviroment in the galleries is carefully controlled.")
MUSEUM_ALARM = ("Stay calm and ask visitors to leave by the nearest exit.",
                "Check that your gallery and the toilets next to it are empty.",
                "Close the doors behind you, but don\u2019t lock them.",
                "Go to the assembly point by the lifeboat station on Pier Road.")
MUSEUM_IMPORTANT = "never go back into the building until the duty manager says it\u2019s safe."
MUSEUM_THANKS = ("Thank you all for giving up your half-term \u2013 we couldn\u2019t open the new gallery without "
                 "you.")
MUSEUM_PS = "PS There\u2019s a new kettle in the volunteers\u2019 room, and tea and coffee are free all week."


# ---- batch 14: a tennis club's summer league fixtures (a Title, a plain club line with an en dash, bold "Captain:",
# "Vice-captain:" and "Home courts:" labels with an accented name and an en-dash range, Heading 1 sections, an intro
# with an ordinal and curly apostrophes, a fixtures table with a bold header, a misspelt word, bullets with a pound
# sign, a numbered list, a bold "Note:" label and a three-line sign-off) and a village flower and produce show's entry
# rules (a plain bold green centred title, a centred date line with an en dash, bold "Entries close:" and "Staging:"
# labels with an en-dash time range, an ordinal, a classes table with a plain header and curly quotes in a cell, a
# misspelt word, a numbered list of rules, bullets, bold "Prizes:" and "Please note:" labels, a sign-off with an
# accented name and a PS)


def tennis_league() -> Doc:
    """A tennis club's summer league fixtures in Gill Sans MT: Title, a plain club line, bold labels, Heading 1 and 2
    sections, a fixtures table with a bold header, bullets, a numbered list, a bold "Note:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Gill Sans MT", size=10.5, after=6)
    d.add_heading("Mixed Doubles Summer League 2026", 0)
    d.add_paragraph(TENNIS_CLUB)
    _labelled(d, "Captain: ", "Rhiannon Price, 07700 900611")
    _labelled(d, "Vice-captain: ", "Jo\u00ebl Marchand, 07700 900274")
    _labelled(d, "Home courts: ", "Courts 1\u20133, Abbeyfield Road (gate code 2719)")
    d.add_heading("About the league", 1)
    d.add_paragraph(TENNIS_INTRO)
    d.add_heading("Fixtures", 1)
    _table(d, TENNIS_FIXTURES, bold_header=True)
    d.add_paragraph(TENNIS_RAIN)
    d.add_heading("Pairs and availability", 1)
    d.add_paragraph(TENNIS_AVAIL)
    d.add_heading("What to bring", 2)
    for t in TENNIS_BRING:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("On match day", 2)
    for t in TENNIS_DAY:
        d.add_paragraph(t, style="List Number")
    _labelled(d, "Note: ", TENNIS_NOTE)
    d.add_paragraph(TENNIS_TEA)
    for t in ("See you on court,", "Rhiannon Price", "Team Captain"):
        d.add_paragraph(t)
    return d


TENNIS_CLUB = "Abbeyfield Lawn Tennis Club \u2013 fixtures, pairs and match-day notes"
TENNIS_INTRO = ("We\u2019ve entered two mixed teams in the Mid-Wessex League again this summer. Last year the first "
                "team finished 4th out of 8, so we\u2019re hoping for a top-three place. Every match is three pairs "
                "against three, nine rubbers in all, and each rubber is one full set with a tie-break at 6\u20136.")
TENNIS_FIXTURES = [["Date", "Opponent", "Venue", "Start"], ["Sun 3 May", "Westbury Park", "Home", "2:00pm"],
                   ["Sun 17 May", "Hollins Cross", "Away", "10:30am"], ["Sat 6 June", "Marlow Vale", "Home", "2:00pm"],
                   ["Sun 21 June", "Westbury Park", "Away", "2:30pm"],
                   ["Sun 5 July", "Hollins Cross", "Home", "2:00pm"], ["Sat 18 July", "Marlow Vale", "Away", "10:00am"]]
TENNIS_RAIN = ("Home matches start at 2:00pm; away start times are set by the other club. If rain stops play, the two "
               "captains agree a new date within 14 days, and any rubbers already finished still count.")
TENNIS_AVAIL = ("Please put your availabilty on the sheet on the clubhouse noticeboard by the Wednesday before each "
                "match. Rhiannon picks the pairs on Thursday evening and posts them in the WhatsApp group.")
TENNIS_BRING = ("Your racket, and a spare if you have one",
                "Whites or club kit \u2013 Marlow Vale still insist on whites", "A water bottle and a towel",
                "\u00a36 match fee (covers the new balls and the tea)")
TENNIS_DAY = ("Arrive 20 minutes before the start so there\u2019s time to warm up.",
              "Find Rhiannon or Jo\u00ebl to check which pair you\u2019re in.",
              "Write the score of every rubber on the match card, and both captains sign it at the end.")
TENNIS_NOTE = ("if you can\u2019t play after all, tell the captain at least 48 hours before the match so we can bring "
               "in a reserve.")
TENNIS_TEA = ("Home teams provide tea afterwards \u2013 sandwiches and cake for twelve. There\u2019s a rota for that "
              "on the noticeboard too.")


def village_show() -> Doc:
    """A village flower and produce show's entry rules in Constantia: a plain bold green centred title, a centred date
    line, bold labels, Heading 1 and 2 sections, a classes table with a plain header, a numbered list of rules,
    bullets, bold "Prizes:" and "Please note:" labels, a sign-off and a PS."""
    d = docx.Document()
    _normal(d, font="Constantia", size=11, after=6)
    _big(d, "Little Haddon Flower and Produce Show", 20, center=True, color="2F5E1E")
    p = d.add_paragraph(SHOW_DATE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _labelled(d, "Entries close: ", SHOW_CLOSE)
    _labelled(d, "Staging: ", SHOW_STAGING)
    d.add_heading("Welcome", 1)
    d.add_paragraph(SHOW_WELCOME)
    d.add_heading("Classes and entry fees", 1)
    _table(d, SHOW_CLASSES, bold_header=False)
    d.add_paragraph(SHOW_ENTRIES)
    d.add_heading("Show rules", 1)
    for t in SHOW_RULES:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Victoria sandwich recipe", 2)
    for t in SHOW_RECIPE:
        d.add_paragraph(t, style="List Bullet")
    _labelled(d, "Prizes: ", SHOW_PRIZES)
    _labelled(d, "Please note: ", SHOW_NOTE)
    for t in ("Good luck, and happy growing!", "Ren\u00e9e Fairbrother", "Show Secretary \u2013 01632 960845",
              SHOW_PS):
        d.add_paragraph(t)
    return d


SHOW_DATE = "Saturday 22 August 2026 \u2013 Village Hall and Marquee, Church Green"
SHOW_CLOSE = "Thursday 20 August, 8:00pm (forms in the box at the post office)"
SHOW_STAGING = "7:30\u201310:00am on show day \u2013 judging starts at 10:30am sharp"
SHOW_WELCOME = ("This is our 75th show, and we\u2019d love it to be the biggest yet. Anyone who lives in the parish "
                "can enter, whatever their age, and you don\u2019t need to be a member of the Horticultural Society. "
                "Last year 64 people entered 312 exhibits between them.")
SHOW_CLASSES = [["Class", "What to show", "Fee"], ["1", "Three onions, dressed", "50p"],
                ["2", "Five runner beans of equal length", "50p"], ["3", "Heaviest marrow", "50p"],
                ["4", "A jar of strawberry jam", "50p"], ["5", "Victoria sandwich (see the recipe below)", "\u00a31"],
                ["6", "A vase of mixed garden flowers", "50p"],
                ["7", "Photograph: \u201cA Haddon Summer\u201d", "\u00a31"],
                ["8", "Decorated wooden spoon (under-11s)", "Free"]]
SHOW_ENTRIES = ("Enter as many classes as you like, but only one entry in each. Exhibits that don\u2019t match the "
                "description for their catagory will be marked NAS (not according to schedule) and won\u2019t be "
                "judged.")
SHOW_RULES = ("Everything shown must have been grown or made by the exhibitor.",
              "Jam must be in a plain 1 lb jar with a wax disc and a cellophane cover \u2013 no shop lids.",
              "Flowers and vegetables must be staged by 10:00am; late entries can\u2019t be accepted.",
              "The judges\u2019 decision is final.",
              "Exhibits stay on the tables until 4:00pm, when the prizes are given out.")
SHOW_RECIPE = ("175 g each of butter, caster sugar and self-raising flour, and 3 eggs", "Two 18 cm sandwich tins",
               "Raspberry jam in the middle \u2013 no cream", "A dusting of caster sugar on top, not icing sugar")
SHOW_PRIZES = ("1st \u00a33, 2nd \u00a32 and 3rd \u00a31 in every class. The Haddon Cup goes to the exhibitor with the "
               "most points overall.")
SHOW_NOTE = "the marquee isn\u2019t open to visitors until judging is finished, at about 1:30pm."
SHOW_PS = "PS Teas, the tombola and the plant stall run all afternoon in the hall."


# ---- batch 15: a secondary school's Year 8 parents' evening letter (a Title, a plain line with an en-dash time range,
# bold "Form tutor:" and "Booking:" labels, Heading 1 and Heading 2 sections, an appointments table with a bold header,
# curly apostrophes, bullets, a numbered list, a bold "Parking:" label, a misspelt word and a three-line sign-off) and
# a vet's vaccination reminder letter (a plain bold teal centred practice name, a centred address line, a date,
# address lines in No Spacing, a bold subject line, bullets, a bold "Prices" line over a table with a merged title row
# and a plain header, ordinals, a misspelt word, a bold "Please note:" label, a sign-off and a PS)


def parents_evening() -> Doc:
    """A school's parents' evening letter in Tahoma: Title, a plain line, bold labels, Heading 1 and 2 sections, an
    appointments table with a bold header, bullets, a numbered list, a bold "Parking:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Tahoma", size=10.5, after=6)
    d.add_heading("Year 8 Parents\u2019 Evening", 0)
    d.add_paragraph(PE_WHEN)
    _labelled(d, "Form tutor: ", "Mr Dariusz Nowak (8N)")
    _labelled(d, "Booking: ", PE_BOOKING)
    d.add_heading("About the evening", 1)
    d.add_paragraph(PE_ABOUT)
    d.add_heading("Your appointments", 1)
    _table(d, PE_SLOTS, bold_header=True)
    d.add_paragraph(PE_TABLES)
    d.add_heading("Before you come", 2)
    for t in PE_BEFORE:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("On the night", 2)
    for t in PE_NIGHT:
        d.add_paragraph(t, style="List Number")
    _labelled(d, "Parking: ", PE_PARKING)
    d.add_paragraph(PE_CANT)
    for t in ("Kind regards,", "Dariusz Nowak", "Year 8 Form Tutor"):
        d.add_paragraph(t)
    return d


PE_WHEN = "Ashcombe Academy \u2013 Thursday 12 March 2026, 4:00\u20137:30pm, Main Hall"
PE_BOOKING = "online through SchoolCloud until 5:00pm on Tuesday 10 March"
PE_ABOUT = ("Parents\u2019 evening is your chance to hear how your child has settled into Year 8 and what they need to "
            "work on before the summer exams. Each appointment lasts 5 minutes, so please keep to time \u2013 a bell "
            "rings at the end of every slot. Students are very welcome to come with you.")
PE_SLOTS = [["Time", "Subject", "Teacher", "Table"], ["4:10pm", "English", "Ms Harriet Cole", "3"],
            ["4:20pm", "Maths", "Mr Tomasz Baptiste", "7"], ["4:35pm", "Science", "Dr Ingrid Lindqvist", "12"],
            ["4:50pm", "French", "Mme Sylvie Girard", "5"], ["5:05pm", "History", "Mr Arjun Sandhu", "9"],
            ["5:20pm", "PE", "Miss Laura Fairley", "14"]]
PE_TABLES = ("The table numbers are on the floor plan by the hall entrance. If a teacher is running late, please "
             "wait rather than moving on \u2013 they\u2019ll see you as soon as they can.")
PE_BEFORE = ("Look through your child\u2019s latest report (sent home on 20 February)",
             "Write down anything you want to ask",
             "Bring your child\u2019s planner so teachers can write targets in it",
             "Check which teachers you\u2019ve booked \u2013 the confirmation email lists them all")
PE_NIGHT = ("Sign in at the reception desk and pick up a floor plan.",
            "Go to your first table a couple of minutes early.",
            "Fill in the feedback form on your way out \u2013 it takes less than a minute.")
PE_PARKING = ("the staff car park is open to parents from 3:45pm. Please don\u2019t park on Beech Road, as it blocks "
              "the school buses.")
PE_CANT = ("If you can\u2019t come, ring the school office on 01632 960447 and we\u2019ll try to accomodate a phone "
           "call with your child\u2019s tutor instead.")


def vet_reminder() -> Doc:
    """A vet's vaccination reminder letter in Cambria: a plain bold teal centred practice name, a centred address
    line, No Spacing address lines, a bold subject line, bullets, a bold "Prices" line over a table with a merged
    title row and a plain header, a bold "Please note:" label, a sign-off and a PS."""
    d = docx.Document()
    _normal(d, font="Cambria", size=11, after=8)
    _big(d, "Fernhill Veterinary Surgery", 20, center=True, color="00796B")
    p = d.add_paragraph(VET_ADDRESS)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("Monday 2 March 2026")
    for t in ("Mrs Adaeze Okonkwo", "17 Gorse Close", "Kettlewell BD23 5RT"):
        d.add_paragraph(t, style="No Spacing")
    _big(d, "Vaccination reminder: Pepper", 13)
    d.add_paragraph("Dear Mrs Okonkwo,")
    d.add_paragraph(VET_DUE)
    d.add_paragraph("This year Pepper is due the following:")
    for t in VET_DUE_LIST:
        d.add_paragraph(t, style="List Bullet")
    _big(d, "Prices", 12)
    t = d.add_table(rows=len(VET_PRICES) + 1, cols=2)
    t.style = "Table Grid"
    for i, row in enumerate(VET_PRICES, start=1):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    head = t.cell(0, 0).merge(t.cell(0, 1))
    head.text = VET_PRICES_TITLE
    d.add_paragraph(VET_LAPSE)
    d.add_paragraph(VET_BOOK)
    _labelled(d, "Please note: ", VET_NOTE)
    for t in ("We look forward to seeing you both.", "Yours sincerely,", "Megan Ashworth BVSc MRCVS",
              "Veterinary Surgeon", VET_PS):
        d.add_paragraph(t)
    return d


VET_ADDRESS = "8 Station Parade, Kettlewell BD23 5QR \u2013 01632 960182 \u2013 open Monday to Saturday"
VET_DUE = ("Our records show that Pepper, your 3-year-old springer spaniel, is due her annual booster on or before 28 "
           "March 2026. Keeping her boosters up to date protects her against distemper, parvovirus and "
           "leptospirosis, and you\u2019ll need a valid vaccination record for kennels, groomers and travel.")
VET_DUE_LIST = ("Annual booster (DHP and leptospirosis)",
                "Kennel cough vaccine \u2013 given up the nose, it only takes a few seconds",
                "A health check with the vet, including her weight and teeth")
VET_PRICES_TITLE = "Booster prices from 1 January 2026"
VET_PRICES = [["Treatment", "Price"], ["Annual booster", "\u00a356.00"], ["Kennel cough vaccine", "\u00a338.00"],
              ["Booster and kennel cough together", "\u00a382.00"], ["Pet Health Club members", "Free"]]
VET_LAPSE = ("If Pepper\u2019s booster lapses by more than 3 months she will have to restart the primary course: a 1st "
             "and a 2nd injection, 2 to 4 weeks apart, which costs \u00a394 in all.")
VET_BOOK = ("To book, call us on 01632 960182 or use the Fernhill app. Appointments are availible Monday to Saturday, "
            "with late surgeries until 7:30pm on Tuesdays and Thursdays.")
VET_NOTE = ("if Pepper has been unwell or is on any medication, tell us when you book so the vet can decide whether to "
            "go ahead.")
VET_PS = ("PS Our Pet Health Club is \u00a314.50 a month and covers her booster, flea and worm treatment, with 10% off "
          "food.")


# ---- batch 16: a pub quiz answer sheet (a Title, a plain pub line with an en dash, bold "Quizmaster:" and "Entry:"
# labels with a pound sign, Heading 1 rounds with numbered answers holding H2O and CO2, a scores table with a bold
# header and a Total column, Heading 2 sections, curly apostrophes, bullets, a bold "Prizes:" label with an ordinal, a
# misspelt word and a short sign-off) and a piano teacher's invoice (a plain bold navy name over a bold "INVOICE" line,
# a contact line with en dashes, bold labels, Heading 2 sections, a charges table with a bold header and a Total row,
# bullets, a numbered list of terms, a bold "Summer term:" label, a misspelt word and a three-line sign-off)


def pub_quiz() -> Doc:
    """A pub quiz answer sheet in Franklin Gothic Book: Title, a plain line, bold labels, Heading 1 rounds with numbered
    answers, a scores table with a bold header, Heading 2 sections, bullets, a bold "Prizes:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Franklin Gothic Book", size=11, after=4)
    d.add_heading("Quiz Night Answer Sheet", 0)
    d.add_paragraph(QUIZ_PUB)
    _labelled(d, "Quizmaster: ", "Bernie Walsh")
    _labelled(d, "Entry: ", "\u00a32 a head, teams of up to six")
    for title, answers in (("Round 1: General knowledge", QUIZ_R1), ("Round 2: Science and nature", QUIZ_R2),
                           ("Round 3: Music", QUIZ_R3)):
        d.add_heading(title, 1)
        for t in answers:
            d.add_paragraph(t, style="List Number")
    d.add_heading("Scores", 1)
    _table(d, QUIZ_SCORES, bold_header=True)
    d.add_heading("Tiebreaker", 2)
    d.add_paragraph(QUIZ_TIE)
    d.add_heading("House rules", 2)
    for t in QUIZ_RULES:
        d.add_paragraph(t, style="List Bullet")
    _labelled(d, "Prizes: ", QUIZ_PRIZES)
    d.add_paragraph(QUIZ_NEXT)
    for t in ("Cheers,", "Bernie"):
        d.add_paragraph(t)
    return d


QUIZ_PUB = "The Plough, Lower Ashby \u2013 Wednesday 15 April 2026, 8:00pm"
QUIZ_R1 = ("Canberra", "Seven", "Leonardo da Vinci", "The Severn", "1966")
QUIZ_R2 = ("H2O (water)", "Mercury", "A joey", "Photosynthesis", "CO2 (carbon dioxide)")
QUIZ_R3 = ("Waterloo", "Freddie Mercury", "Bohemian Rhapsody", "The Beatles", "Adele")
QUIZ_SCORES = [["Team", "Round 1", "Round 2", "Round 3", "Total"], ["Quizzy Rascals", "8", "7", "9", "24"],
               ["The Plough Boys", "6", "9", "8", "23"], ["Les Quizerables", "9", "6", "7", "22"],
               ["Sheep Happens", "5", "8", "6", "19"], ["Agatha Quiztie", "7", "5", "5", "17"]]
QUIZ_TIE = ("How tall is the spire of Salisbury Cathedral, in metres? Answer: 123 m. Nearest team wins; if two teams "
            "are equally close, it goes to a sudden-death question from Bernie.")
QUIZ_RULES = ("No phones at the table \u2013 anyone caught googling loses the round",
              "Answers are final once the sheet is handed in",
              "The quizmaster\u2019s decision is final (even when he\u2019s wrong)")
QUIZ_PRIZES = ("\u00a340 bar tab for the winners, a box of chocolates for 2nd place and the wooden spoon for whoever "
               "comes last.")
QUIZ_NEXT = ("Next quiz is Wednesday 13 May. Half the entry money goes to the Ashby Air Ambulance apeal \u2013 last "
             "month we raised \u00a386.")


def piano_invoice() -> Doc:
    """A piano teacher's invoice in Georgia: a plain bold navy name, a bold "INVOICE" line, a contact line, bold
    labels, Heading 2 sections, a charges table with a bold header and a Total row, bullets, a numbered list, a bold
    "Summer term:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Georgia", size=10.5, after=6)
    _big(d, "Harriet Lomax Piano Tuition", 18, color="1F3864")
    d.add_paragraph(PIANO_CONTACT)
    _big(d, "INVOICE", 14)
    _labelled(d, "Invoice no: ", "HL-2026-031")
    _labelled(d, "Date: ", "Friday 27 March 2026")
    _labelled(d, "To: ", "Mr and Mrs Whitaker, for Isla Whitaker (Grade 4)")
    _labelled(d, "Term: ", "Spring 2026 (12 January \u2013 27 March)")
    d.add_heading("Lessons and charges", 2)
    _table(d, PIANO_CHARGES, bold_header=True)
    d.add_paragraph(PIANO_LESSONS)
    d.add_heading("How to pay", 2)
    for t in PIANO_PAY:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Terms", 2)
    for t in PIANO_TERMS:
        d.add_paragraph(t, style="List Number")
    _labelled(d, "Summer term: ", PIANO_SUMMER)
    d.add_paragraph(PIANO_THANKS)
    for t in ("Best wishes,", "Harriet Lomax", "LRSM \u2013 ABRSM registered teacher"):
        d.add_paragraph(t)
    return d


PIANO_CONTACT = "12 Wellesley Terrace, Cheltenham GL50 1QA \u2013 07700 900563 \u2013 harriet.lomax@example.com"
PIANO_CHARGES = [["Item", "Qty", "Rate", "Amount"],
                 ["30-minute lesson (Mondays, 4:30pm)", "11", "\u00a321.00", "\u00a3231.00"],
                 ["Extra lesson before the exam (Sat 14 March)", "1", "\u00a321.00", "\u00a321.00"],
                 ["Grade 4 exam entry fee (ABRSM)", "1", "\u00a355.00", "\u00a355.00"],
                 ["Book: Piano Exam Pieces 2025\u20132026, Grade 4", "1", "\u00a39.95", "\u00a39.95"],
                 ["Total", "", "", "\u00a3316.95"]]
PIANO_LESSONS = ("Isla had 11 lessons this term; there was no lesson on 16 February (half-term). Her Grade 4 exam is "
                 "on Thursday 2 April at 10:40am at Pittville Music Centre, and she\u2019s ready for it \u2013 her "
                 "scales have never been better.")
PIANO_PAY = ("Bank transfer to H. Lomax, sort code 20-45-77, account 31926480",
             "Please use the invoice number as the reference", "Cash or a cheque at a lesson is fine too")
PIANO_TERMS = ("Payment is due within 14 days of the invoice date.",
               "Lessons missed without 24 hours\u2019 notice are charged in full.",
               "Lessons I have to cancel are always made up or refunded.",
               "Please give a term\u2019s notice if Isla is going to stop lessons.")
PIANO_SUMMER = ("lessons start again on Monday 20 April. Fees go up to \u00a322 a lesson from the summer \u2013 the "
                "first rise in two years.")
PIANO_THANKS = ("Thank you for your continued suport, and well done to Isla for all her hard work on the exam "
                "pieces.")


# ---- batch 17: a dental practice's treatment plan and estimate (a plain bold blue practice name, a contact line with
# en dashes, a plain bold "Treatment Plan and Estimate" line, bold "Patient:", "Dentist:" and "Examined on:" labels,
# Heading 1 sections, a numbered treatment list, a fees table with a bold header and a Total row, Heading 2 sections,
# bullets, a bold "Cancellations:" label, two misspelt words and a three-line sign-off) and a scout troop's summer camp
# letter (a Title, a plain line with an en dash, bold labels with a pound sign, Heading 1 sections, a programme table
# with a plain header, a bulleted kit list, a Heading 2 with a numbered list, a bold "Phones:" label, "1st" twice, two
# misspelt words and a three-line sign-off)


def dental_plan() -> Doc:
    """A dental practice's treatment plan in Century Gothic: a plain bold blue name, a contact line, a bold plain title
    line, bold labels, Heading 1 and 2 sections, a numbered list, a fees table with a bold header and a Total row,
    bullets, a bold "Cancellations:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Century Gothic", size=10, after=6)
    _big(d, "Brookside Dental Care", 20, color="1565C0")
    d.add_paragraph(DENT_CONTACT)
    _big(d, "Treatment Plan and Estimate", 14)
    _labelled(d, "Patient: ", "Mr Graham Whitlock (date of birth 14/08/1961)")
    _labelled(d, "Dentist: ", "Dr Priyanka Raman BDS")
    _labelled(d, "Examined on: ", "Tuesday 3 February 2026")
    d.add_heading("What we found", 1)
    d.add_paragraph(DENT_FOUND)
    d.add_heading("Your treatment", 1)
    d.add_paragraph("We recommend the following treatment, in this order:")
    for t in DENT_STEPS:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Estimate", 1)
    _table(d, DENT_FEES, bold_header=True)
    d.add_paragraph(DENT_VALID)
    d.add_heading("Paying for your treatment", 2)
    for t in DENT_PAY:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("After your appointments", 2)
    d.add_paragraph(DENT_AFTER)
    _labelled(d, "Cancellations: ", DENT_CANCEL)
    d.add_paragraph(DENT_QUESTIONS)
    for t in ("Yours sincerely,", "Dr Priyanka Raman", "Associate Dentist"):
        d.add_paragraph(t)
    return d


DENT_CONTACT = "41 Market Street, Pelham PE12 7HX \u2013 01632 960215 \u2013 reception@brooksidedental.example"
DENT_FOUND = ("At your check-up we found decay under the old filling in your lower left molar (tooth 36) and a crack "
              "in your upper right premolar (tooth 14). Your gums are healthy, but there is some tartar behind the "
              "lower front teeth. The x-rays show no infection at the root of either tooth.")
DENT_STEPS = ("Scale and polish with the hygienist to remove the tartar.",
              "Replace the filling in tooth 36 with a white (composite) filling.",
              "Prepare tooth 14 for a crown and fit a temporary one.",
              "Fit the permanent porcelain crown about two weeks later.")
DENT_FEES = [["Treatment", "Tooth", "Visits", "Fee"], ["Scale and polish (hygienist)", "\u2013", "1", "\u00a365.00"],
             ["White filling", "36", "1", "\u00a3145.00"],
             ["Porcelain crown, including temporary", "14", "2", "\u00a3620.00"], ["Total", "", "4", "\u00a3830.00"]]
DENT_VALID = ("This estimate is valid for 3 months. If we find anything else once treatment starts, we\u2019ll talk it "
              "through with you before going ahead.")
DENT_PAY = ("A deposit of \u00a3200 is due when you book the first appointment",
            "The rest is paid at each visit for the work done that day",
            "We take cards and cash \u2013 ask at reception about spreading the cost")
DENT_AFTER = ("After the filling your lip and tongue may be numb for two to three hours, so avoid hot drinks and be "
              "carefull not to bite your cheek. A temporary crown can feel a little rough; avoid sticky foods like "
              "toffee until the permanent one is fitted.")
DENT_CANCEL = ("please give us at least 48 hours\u2019 notice, or we may charge a missed-appointment fee of \u00a325.")
DENT_QUESTIONS = ("If you have any questions about this plan, please call us. We reccomend booking the hygienist visit "
                  "first, as soon as you can.")


def scout_camp() -> Doc:
    """A scout troop's summer camp letter in Calibri: Title, a plain line, bold labels, Heading 1 sections, a programme
    table with a plain header, a bulleted kit list, a Heading 2 with a numbered list, a bold "Phones:" label and a
    sign-off."""
    d = docx.Document()
    _normal(d, font="Calibri", size=11, after=6)
    d.add_heading("Summer Camp 2026", 0)
    d.add_paragraph(CAMP_WHERE)
    _labelled(d, "Leader in charge: ", "Gareth Pryce-Jones (Skip)")
    _labelled(d, "Cost: ", CAMP_COST)
    d.add_heading("About the camp", 1)
    d.add_paragraph(CAMP_ABOUT)
    d.add_heading("Travel", 1)
    d.add_paragraph(CAMP_TRAVEL)
    d.add_heading("Programme", 1)
    _table(d, CAMP_PROG, bold_header=False)
    d.add_paragraph(CAMP_PROG_NOTE)
    d.add_heading("Kit list", 1)
    d.add_paragraph(CAMP_KIT_INTRO)
    for t in CAMP_KIT:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Before camp", 2)
    for t in CAMP_BEFORE:
        d.add_paragraph(t, style="List Number")
    _labelled(d, "Phones: ", CAMP_PHONES)
    d.add_paragraph(CAMP_MEDS)
    for t in ("Yours in Scouting,", "Gareth Pryce-Jones", "Scout Leader, 1st Hollybrook"):
        d.add_paragraph(t)
    return d


CAMP_WHERE = "1st Hollybrook Scouts \u2013 Kingswood Campsite, Forest of Dean \u2013 Friday 24 to Monday 27 July"
CAMP_COST = "\u00a385 per scout, including food, coach travel and all activities"
CAMP_ABOUT = ("This year\u2019s summer camp is four nights under canvas in the Forest of Dean. Scouts will cook on "
              "open fires, go canoeing and work towards their Camper and Navigator badges. There are 24 places and "
              "they usually go quickly, so please return the consent form by Friday 19 June.")
CAMP_TRAVEL = ("We travel by coach from the scout hut on Mill Road. Please arrive by 8:15am on the Friday; the coach "
               "leaves at 8:30am sharp. We expect to be back at about 4:00pm on the Monday \u2013 we\u2019ll send a "
               "text from the services if we\u2019re running late.")
CAMP_PROG = [["Day", "Morning", "Afternoon", "Evening"],
             ["Friday", "Coach to Kingswood, pitch tents", "Camp games", "Campfire"],
             ["Saturday", "Canoeing on the Wye", "Orienteering", "Night hike"],
             ["Sunday", "Scouts\u2019 Own service", "Raft building", "Backwoods cooking"],
             ["Monday", "Strike camp", "Coach home", "\u2013"]]
CAMP_PROG_NOTE = ("The programme may change with the weather. Canoeing is run by qualified instructers from Wyedean "
                  "Canoe Centre, and every scout wears a buoyancy aid.")
CAMP_KIT_INTRO = ("Everything should be labelled and packed in one rucksack or holdall that your child can carry "
                  "themselves.")
CAMP_KIT = ("Sleeping bag, roll mat and pillow", "Warm clothes for the evenings, including a fleece",
            "Waterproof jacket and trousers", "Two pairs of shoes (one pair that can get wet)",
            "Torch with spare batteries", "Mess tin, plate, mug, knife, fork and spoon", "Full uniform for Sunday")
CAMP_BEFORE = ("Return the consent and health form by Friday 19 June.",
               "Pay the balance of \u00a360 online by Friday 3 July.",
               "Come to the parents\u2019 briefing at the hut on Wednesday 15 July at 7:00pm.")
CAMP_PHONES = ("scouts may bring a phone for the journey, but it stays in the leaders\u2019 tent until Monday. In an "
               "emergency, ring the camp mobile on 07700 900614.")
CAMP_MEDS = ("Medicines must be handed to a leader on the coach, in there original packaging with the dose written "
             "on it.")


# ---- batch 18: a family's house-sitting notes for a relative (a plain bold purple title, an italic thank-you line,
# bold "We\u2019re away:" and "Mobiles:" labels with "8th" and "15th", Heading 2 sections, a feeding table with a bold
# header, a numbered list of hen jobs, a bulleted garden list, a bold "Emergencies:" label, two misspelt words and an
# informal two-line sign-off) and a church craft fair's stallholder pack (a Title, a plain line with en dashes, bold
# labels, Heading 1 and Heading 2 sections, a pitch fees table with a bold header, a timings table with a plain
# header, a numbered list, bullets, a bold "Insurance:" label, a lower-case society name, two misspelt words and a
# three-line sign-off)


def house_sit() -> Doc:
    """House-sitting notes in Comic Sans MS: a plain bold purple title, an italic line, bold labels, Heading 2 sections,
    a feeding table with a bold header, a numbered list, bullets, a bold "Emergencies:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Comic Sans MS", size=11, after=6)
    _big(d, "House-sitting notes for Jo", 18, color="6A1B9A")
    d.add_paragraph().add_run(SIT_THANKS).italic = True
    _labelled(d, "We\u2019re away: ", SIT_AWAY)
    _labelled(d, "Mobiles: ", "Kate 07700 900217, Dom 07700 900844")
    d.add_heading("Keys and alarm", 2)
    d.add_paragraph(SIT_KEYS)
    d.add_heading("Feeding times", 2)
    _table(d, SIT_FEED, bold_header=True)
    d.add_paragraph(SIT_FOOD)
    d.add_heading("The hens", 2)
    for t in SIT_HENS:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Plants and garden", 2)
    for t in SIT_PLANTS:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Bins and post", 2)
    d.add_paragraph(SIT_BINS)
    _labelled(d, "Emergencies: ", SIT_EMERGENCY)
    d.add_paragraph(SIT_FRIDGE)
    for t in ("Love,", "Kate, Dom, Ellie and Rosa xx"):
        d.add_paragraph(t)
    return d


SIT_THANKS = "Thank you SO much for doing this \u2013 we owe you big time!"
SIT_AWAY = "Saturday 8th August (early flight) until Saturday 15th August, back about 6pm"
SIT_KEYS = ("The spare front door key is in the key safe by the garage (code 2580). The alarm panel is in the hall "
            "cupboard: key in 1974 and press OFF within 30 seconds. To set it when you leave, key in the same code, "
            "press AWAY and shut the door behind you.")
SIT_FEED = [["Who", "What", "Morning", "Evening"],
            ["Pickle (cat)", "Half a pouch and some biscuits", "7:30am", "6:00pm"],
            ["Marmite (cat)", "Half a pouch, NO biscuits", "7:30am", "6:00pm"],
            ["Hens", "One scoop of layers pellets", "8:00am", "Shut in at dusk"],
            ["Nemo (goldfish)", "A pinch of flakes", "\u2013", "6:00pm"]]
SIT_FOOD = ("Marmite is on a diet so please don\u2019t give her any biscuits, however much she complains. The cat food "
            "is in the tall cupboard next to the fridge and the pellets are in the metal bin in the shed.")
SIT_HENS = ("Let them out of the coop in the morning and top up their water.",
            "Collect the eggs \u2013 they\u2019re yours, enjoy!", "Scatter a handful of corn in the afternoon.",
            "Shut the pop-hole at dusk so the fox can\u2019t get in.")
SIT_PLANTS = ("Water the tomatos in the greenhouse every evening (two cans)",
              "Pots on the patio only need watering if it hasn\u2019t rained",
              "The houseplants will be fine for a week \u2013 don\u2019t worry about them",
              "Leave the greenhouse door open on hot days")
SIT_BINS = ("Black bin goes out on Tuesday night, recycling on Thursday night. Post can just go on the kitchen table; "
            "if anything looks urgent, send us a photo.")
SIT_EMERGENCY = ("the vet is Priory Vets on 01632 960358. Alan at number 12 has a spare key and knows where everything "
                 "is.")
SIT_FRIDGE = ("Help yourself to anything in the fridge and the wine rack (just not the champagne!). We definately owe "
              "you one.")


def craft_fair() -> Doc:
    """A church craft fair's stallholder pack in Bookman Old Style: Title, a plain line, bold labels, Heading 1 and 2
    sections, a fees table with a bold header, a timings table with a plain header, a numbered list, bullets, a bold
    "Insurance:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Bookman Old Style", size=10.5, after=6)
    d.add_heading("Christmas Craft Fair 2026", 0)
    d.add_paragraph(CRAFT_WHERE)
    _labelled(d, "Organiser: ", "Pauline Greaves (07700 900731)")
    _labelled(d, "Bookings close: ", "Friday 30 October")
    d.add_heading("Welcome", 1)
    d.add_paragraph(CRAFT_WELCOME)
    d.add_heading("Pitch fees", 1)
    _table(d, CRAFT_PITCHES, bold_header=True)
    d.add_paragraph(CRAFT_FEES)
    d.add_heading("On the day", 1)
    d.add_heading("Timings", 2)
    _table(d, CRAFT_TIMES, bold_header=False)
    d.add_heading("Setting up", 2)
    for t in CRAFT_SETUP:
        d.add_paragraph(t, style="List Number")
    d.add_heading("What to bring", 2)
    for t in CRAFT_BRING:
        d.add_paragraph(t, style="List Bullet")
    _labelled(d, "Insurance: ", CRAFT_INSURANCE)
    d.add_paragraph(CRAFT_CAFE)
    for t in ("Many thanks,", "Pauline Greaves", "Craft Fair Organiser"):
        d.add_paragraph(t)
    return d


CRAFT_WHERE = ("St Michael\u2019s Church Hall, Elmbridge \u2013 Saturday 28 November 2026, 10:00am\u20133:00pm")
CRAFT_WELCOME = ("Thank you for your interest in this year\u2019s fair. We expect around 400 visitors and have room "
                 "for 32 stalls across the main hall and the side room. All the pitch fees go to the church roof fund. "
                 "We only accept handmade items \u2013 no resale or bought-in stock, please.")
CRAFT_PITCHES = [["Pitch", "Size", "Fee", "Table provided?"], ["Standard", "One 6ft table", "\u00a320", "Yes"],
                 ["Double", "Two 6ft tables", "\u00a335", "Yes"],
                 ["Corner", "One 6ft table and wall space", "\u00a325", "Yes"],
                 ["Gazebo (car park)", "3m x 3m", "\u00a318", "No"]]
CRAFT_FEES = ("Electricity is \u00a35 extra and only available on the wall pitches. Fees are paid when you book and "
              "are non-refundable unless we have to cancel the fair.")
CRAFT_TIMES = [["Time", "What happens"], ["7:30am", "Hall opens for setting up"],
               ["9:45am", "All cars out of the front car park"], ["10:00am", "Doors open"], ["3:00pm", "Fair closes"],
               ["4:30pm", "Hall must be empty"]]
CRAFT_SETUP = ("Report to the welcome desk and collect your pitch number.",
               "Unload at the side door, then move your car to the overflow car park on Vicarage Lane.",
               "Have your stall ready by 9:50am \u2013 the doors open on time whatever happens.",
               "Please don\u2019t pack away before 3:00pm, even if it goes quiet.")
CRAFT_BRING = ("A tablecloth that reaches the floor", "Your own float and card reader", "Price labels on every item",
               "An extension lead with a PAT test sticker, if you\u2019ve booked electricity")
CRAFT_INSURANCE = ("every stallholder needs public liability insurance of at least \u00a31 million. Please bring a "
                   "copy of your certficate on the day.")
CRAFT_CAFE = ("Refreshments are served all day by the mothers\u2019 union, and there will be a raffle \u2013 we\u2019d "
              "be greatful for a donated prize from each stall.")


# ---- batch 19: a primary school's after-school clubs letter (a plain bold green centred school name, a centred
# address line with en dashes, a Heading 1 title, a greeting, a timetable table with a bold header and en-dash time
# ranges, a costs table with a plain header and pound signs, Heading 2 sections, a bold "Payment:" label, a numbered
# list, bullets, a bold "Please note:" label, two misspelt words and a three-line sign-off) and a removal firm's
# quotation (a plain bold dark red firm name, a contact line with en dashes, a plain bold "Removal Quotation" line,
# five bold labels, Heading 1 and Heading 2 sections, a price table with a bold header and Subtotal, VAT and Total
# rows, a moving-day table with a plain header, bullets, a numbered list, a bold "Payment terms:" label, two misspelt
# words and a three-line sign-off)


def after_school_clubs() -> Doc:
    """A primary school's after-school clubs letter in Corbel: a plain bold green centred school name, a centred
    address line, a Heading 1 title, a greeting, a timetable table with a bold header, a costs table with a plain
    header, Heading 2 sections, a bold "Payment:" label, a numbered list, bullets, a bold "Please note:" label and a
    sign-off."""
    d = docx.Document()
    _normal(d, font="Corbel", size=11, after=6)
    _big(d, "Meadowbank Primary School", 18, center=True, color="2E7D32")
    d.add_paragraph(CLUBS_ADDRESS).alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_heading("After-School Clubs: Spring Term 2027", 1)
    d.add_paragraph("Dear Parents and Carers,")
    d.add_paragraph(CLUBS_INTRO)
    d.add_paragraph(CLUBS_BOOKING)
    d.add_heading("Club timetable", 2)
    _table(d, CLUBS_TIMETABLE, bold_header=True)
    d.add_paragraph(CLUBS_TIMES_NOTE)
    d.add_heading("Costs", 2)
    _table(d, CLUBS_COSTS, bold_header=False)
    _labelled(d, "Payment: ", CLUBS_PAY)
    d.add_heading("Collecting your child", 2)
    for t in CLUBS_COLLECT:
        d.add_paragraph(t, style="List Number")
    d.add_heading("What to bring", 2)
    for t in CLUBS_BRING:
        d.add_paragraph(t, style="List Bullet")
    _labelled(d, "Please note: ", CLUBS_NOTE)
    d.add_paragraph(CLUBS_THANKS)
    for t in ("Yours sincerely,", "Mrs Claire Whitmore", "Extended Schools Coordinator"):
        d.add_paragraph(t)
    return d


CLUBS_ADDRESS = "Hollow Lane, Meadowbank, Derby DE22 4RN \u2013 01632 960388 \u2013 office@meadowbank.example"
CLUBS_INTRO = ("We\u2019re pleased to share this term\u2019s after-school clubs, which start in the week beginning 11 "
               "January and run for ten weeks. All the clubs are run by our own staff, who are really enthusiatic "
               "about this term\u2019s line-up, and we hope your child finds something they love.")
CLUBS_BOOKING = ("Places are booked through the school office, first come, first served. Each club has 16 places, "
                 "apart from Coding Club, which has 12 because that\u2019s how many laptops we have.")
CLUBS_TIMETABLE = [["Day", "Club", "Year groups", "Time", "Run by"],
                   ["Monday", "Football", "Years 3\u20136", "3:20\u20134:30pm", "Mr Okafor"],
                   ["Monday", "Art Attack", "Years 1\u20132", "3:20\u20134:20pm", "Miss Lindqvist"],
                   ["Tuesday", "Choir", "Years 2\u20136", "3:20\u20134:15pm", "Mrs Haddad"],
                   ["Wednesday", "Coding Club", "Years 4\u20136", "3:20\u20134:30pm", "Mr Brennan"],
                   ["Thursday", "Netball", "Years 4\u20136", "3:20\u20134:30pm", "Miss Achterberg"],
                   ["Thursday", "Lego Builders", "Reception\u2013Year 2", "3:20\u20134:15pm", "Mrs Patel"],
                   ["Friday", "Gardening", "Years 1\u20134", "3:20\u20134:20pm", "Mr Dunne"]]
CLUBS_TIMES_NOTE = ("All clubs meet in the main hall at 3:15pm to register, then go to their own room. Children who "
                    "haven\u2019t been collected by 4:45pm go to Wraparound Care, at the usual charge of \u00a36.50.")
CLUBS_COSTS = [["Club", "Per session", "Spring term (10 weeks)"], ["Football", "\u00a33.00", "\u00a330.00"],
               ["Art Attack", "\u00a33.50", "\u00a335.00"], ["Choir", "Free", "Free"],
               ["Coding Club", "\u00a34.00", "\u00a340.00"], ["Netball", "\u00a33.00", "\u00a330.00"],
               ["Lego Builders", "\u00a32.50", "\u00a325.00"], ["Gardening", "\u00a32.00", "\u00a320.00"]]
CLUBS_PAY = ("please pay for the whole term on ParentPay by Friday 8 January. If the cost is a problem, have a quiet "
             "word with Mrs Whitmore \u2013 no child will miss out.")
CLUBS_COLLECT = ("Clubs finish at the times shown \u2013 please be on time, as staff have their own families to get "
                 "home to.",
                 "Collect your child from the hall doors on the playground side, not from the main office.",
                 "If someone else is collecting, tell the office by 2:00pm that day.",
                 "Children in Years 5 and 6 may walk home alone only if we have your written permission.")
CLUBS_BRING = ("PE kit and trainers for Football and Netball", "An old shirt or apron for Art Attack",
               "Wellies and a coat for Gardening \u2013 we go out whatever the weather",
               "A named water bottle for every club")
CLUBS_NOTE = ("if the school closes because of snow, clubs are cancelled too. We\u2019ll text you by 12 noon if a club "
              "can\u2019t run because a member of staff is off, and any missed sessions are carried over as credit "
              "for next term.")
CLUBS_THANKS = "Thank you for your support. Places go quickly, so please book early to avoid dissapointment."


def removals_quote() -> Doc:
    """A removal firm's quotation in Arial: a plain bold dark red firm name, a contact line, a plain bold title line,
    bold labels, Heading 1 and 2 sections, a price table with a bold header and total rows, a moving-day table with a
    plain header, bullets, a numbered list, a bold "Payment terms:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Arial", size=10, after=4)
    _big(d, "Hartley & Sons Removals", 20, color="8B1A1A")
    d.add_paragraph(MOVE_CONTACT)
    _big(d, "Removal Quotation", 14)
    _labelled(d, "Quote no: ", "Q-2291")
    _labelled(d, "Prepared for: ", "Mr and Mrs Oyelaran")
    _labelled(d, "Moving from: ", "14 Birch Grove, Heaton Moor, Stockport SK4 3BT")
    _labelled(d, "Moving to: ", "The Old Forge, Mill Lane, Hayfield SK22 2HS")
    _labelled(d, "Moving date: ", "Friday 26 March 2027")
    d.add_heading("Your move", 1)
    d.add_paragraph(MOVE_SURVEY)
    d.add_heading("The quotation", 1)
    _table(d, MOVE_COSTS, bold_header=True)
    d.add_paragraph(MOVE_FIXED)
    d.add_heading("Moving day", 2)
    _table(d, MOVE_DAY, bold_header=False)
    d.add_heading("What\u2019s included", 1)
    for t in MOVE_INCLUDED:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Before moving day", 1)
    for t in MOVE_BEFORE:
        d.add_paragraph(t, style="List Number")
    _labelled(d, "Payment terms: ", MOVE_PAY)
    d.add_paragraph(MOVE_ACCEPT)
    for t in ("Kind regards,", "Darren Hartley", "Surveyor, Hartley & Sons Removals"):
        d.add_paragraph(t)
    return d


MOVE_CONTACT = "Unit 7, Canal Wharf, Stockport SK4 1LP \u2013 0161 496 0732 \u2013 quotes@hartleyremovals.example"
MOVE_SURVEY = ("Thank you for showing us round on Tuesday 2 February. From our survey, your move is about 1,100 cubic "
               "feet: a three-bedroom house plus the garage and the garden shed. We will bring one 7.5-tonne lorry and "
               "a Luton van with a crew of four, and expect to finish unloading by late afternoon.")
MOVE_COSTS = [["Item", "Details", "Price"], ["Packing service", "The day before the move, crew of two", "\u00a3380.00"],
              ["Removal", "Lorry, Luton van and crew of four, one day", "\u00a31,150.00"],
              ["Packing materials", "40 boxes, tape, paper and 4 wardrobe cartons", "\u00a395.00"],
              ["Piano", "Upright piano, ground floor to ground floor", "\u00a3180.00"],
              ["Beds", "Take down and put up three beds", "\u00a390.00"], ["Subtotal", "", "\u00a31,895.00"],
              ["VAT at 20%", "", "\u00a3379.00"], ["Total", "", "\u00a32,274.00"]]
MOVE_FIXED = ("This price is fixed for moves before 30 April 2027. If the lorry can\u2019t get down Mill Lane on the "
              "day, we will need to shuttle your things in the van, which costs \u00a3160 extra.")
MOVE_DAY = [["Time", "What happens"], ["8:00am", "Crew arrives at Birch Grove and starts loading"],
            ["12:30pm", "Lorry and van leave for Hayfield"], ["1:30pm", "Crew lunch break"],
            ["2:00pm", "Unloading starts at The Old Forge"], ["5:30pm", "Beds put up, crew leaves"]]
MOVE_INCLUDED = ("Furniture wrapped in blankets, and covers for every mattress",
                 "Goods in transit insurance up to \u00a350,000",
                 "Disconnecting the washing machine (but not plumbing it back in)",
                 "Up to 14 days\u2019 free storage if your completion is delayed")
MOVE_BEFORE = ("Confirm your moving date with us at least 14 days ahead.",
               "Pay the deposit of \u00a3200 to hold the date.",
               "Defrost the freezer the night before and leave the door open.",
               "Put anything you\u2019re taking yourselves, like passports and jewellery, in one room and label it NOT "
               "GOING.")
MOVE_PAY = ("the balance is due by bank transfer three working days before the move. Cancelations less than 7 days "
            "before the move are charged at half the quoted price.")
MOVE_ACCEPT = ("To accept this quote, just reply to this email or give us a ring. Once we recieve your deposit the "
               "date is yours \u2013 we look forward to helping you move.")


# ---- batch 20: a seaside B&B's room prices and house rules (a Title, a plain address line with en dashes, Heading 1
# and Heading 2 sections, a room price table with a bold header, pound signs and en-dash month ranges, a breakfast
# table with a plain header, a numbered list of house rules with curly apostrophes, a bold "Car park:" label, two
# misspelt words and a two-line sign-off) and a knitting group's pattern swap list (a plain bold teal name, a Heading 1
# title with an en dash, bold "Meets:" and "Contact:" labels, Heading 2 sections, a pattern table with a bold header
# and empty cells, a needle table with a plain header, bullets with en dashes, a bold "Subs:" label, a misspelt word
# and an informal sign-off)


def bnb_prices() -> Doc:
    """A B&B's price list and house rules in Lucida Bright: Title, a plain address line, Heading 1 and 2 sections, a
    room price table with a bold header, a breakfast table with a plain header, a numbered list, a bold "Car park:"
    label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Lucida Bright", size=10.5, after=6)
    d.add_heading("Fernlea Bed & Breakfast", 0)
    d.add_paragraph(BNB_ADDRESS)
    d.add_heading("Room prices 2027", 1)
    d.add_paragraph(BNB_INTRO)
    _table(d, BNB_ROOMS, bold_header=True)
    d.add_paragraph(BNB_OFFERS)
    d.add_heading("Breakfast", 1)
    _table(d, BNB_BREAKFAST, bold_header=False)
    d.add_paragraph(BNB_BREAKFAST_NOTE)
    d.add_heading("House rules", 1)
    for t in BNB_RULES:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Cancellations", 2)
    d.add_paragraph(BNB_CANCEL)
    d.add_heading("Parking", 2)
    _labelled(d, "Car park: ", BNB_PARKING)
    d.add_paragraph(BNB_CLOSE)
    for t in ("Best wishes,", "Lorna and Mick Stainthorpe"):
        d.add_paragraph(t)
    return d


BNB_ADDRESS = "22 Esplanade, Whitby YO21 3HH \u2013 01632 960905 \u2013 stay@fernlea.example"
BNB_INTRO = ("All prices are per room per night and include a full Yorkshire breakfast. Every room is en suite, and "
             "there\u2019s a minimum stay of two nights at weekends from May to September.")
BNB_ROOMS = [["Room", "Beds", "Low season (Nov\u2013Mar)", "High season (Apr\u2013Oct)"],
             ["Harbour (sea view)", "King", "\u00a395", "\u00a3125"], ["Abbey", "Double", "\u00a385", "\u00a3110"],
             ["Captain Cook", "Twin", "\u00a380", "\u00a3105"],
             ["Crow\u2019s Nest (top floor)", "Double", "\u00a375", "\u00a399"],
             ["Garden", "Double and bunk beds", "\u00a3110", "\u00a3140"], ["Single", "Single", "\u00a355", "\u00a370"]]
BNB_OFFERS = ("Stay seven nights and the seventh is free. Dogs are welcome in the Garden room only, at \u00a315 per "
              "stay.")
BNB_BREAKFAST = [["Day", "Breakfast served"], ["Monday to Friday", "8:00\u20139:30am"],
                 ["Saturday", "8:30\u201310:00am"], ["Sunday", "8:30\u201310:00am"]]
BNB_BREAKFAST_NOTE = ("Please fill in the breakfast card in your room and leave it on the hall table by 9pm the night "
                      "before. We can do vegetarian, vegan and gluten-free \u2013 just tell us. The kippers come from "
                      "Fortune\u2019s smokehouse round the corner.")
BNB_RULES = ("Check-in is from 3:00pm to 8:00pm, and check-out is by 10:30am.",
             "No smoking or vaping anywhere in the house or the garden, please.",
             "Quiet after 10:30pm \u2013 it\u2019s an old house and sound travels.",
             "The front door is locked at 11:00pm; your room key opens it.",
             "Wet coats and boots stay in the porch, not the bedrooms.",
             "Sandy dogs need towelling off at the door (the towels are in the porch).")
BNB_CANCEL = ("We take one night\u2019s deposit when you book. If you cancel more than 14 days before you arrive "
              "we\u2019ll refund it in full; after that, we can only refund it if we manage to re-let the room.")
BNB_PARKING = ("there are three spaces behind the house, first come first served. Otherwise there\u2019s a pay and "
               "display on West Cliff (\u00a38 a day), and we have discount permits availble at reception for \u00a35.")
BNB_CLOSE = "We look forward to welcomming you to Whitby."


def knit_swap() -> Doc:
    """A knitting group's pattern swap list in Tw Cen MT: a plain bold teal name, a Heading 1 title, bold labels,
    Heading 2 sections, a pattern table with a bold header, a needle table with a plain header, bullets, a bold "Subs:"
    label and an informal sign-off."""
    d = docx.Document()
    _normal(d, font="Tw Cen MT", size=11, after=6)
    _big(d, "Purl Jam Knitting Group", 20, color="00796B")
    d.add_heading("Pattern Swap List \u2013 Autumn 2026", 1)
    _labelled(d, "Meets: ", KNIT_MEETS)
    _labelled(d, "Contact: ", "Bev Ollerenshaw, 07700 900457")
    d.add_paragraph(KNIT_INTRO)
    d.add_heading("Patterns on offer", 2)
    _table(d, KNIT_PATTERNS, bold_header=True)
    d.add_paragraph(KNIT_RETURN)
    d.add_heading("Needle sizes", 2)
    d.add_paragraph(KNIT_NEEDLES_INTRO)
    _table(d, KNIT_NEEDLES, bold_header=False)
    d.add_heading("Coming up", 2)
    for t in KNIT_COMING:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Charity knitting", 2)
    d.add_paragraph(KNIT_CHARITY)
    _labelled(d, "Subs: ", KNIT_SUBS)
    for t in ("Happy knitting!", "Bev x"):
        d.add_paragraph(t)
    return d


KNIT_MEETS = "Thursdays, 10:00am\u201312 noon, in the Long Room at Ashworth Community Centre"
KNIT_INTRO = ("Here\u2019s this term\u2019s list of patterns that members have brought in to swap. If you\u2019d "
              "like to borrow one, write your name in the Wanted by column on the copy next to the tea urn, or just "
              "tell me on a Thursday. We ocasionally lose one, so please be careful with them \u2013 they\u2019re "
              "people\u2019s own copies.")
KNIT_PATTERNS = [["Pattern", "Type", "Yarn", "Brought by", "Wanted by"],
                 ["Fisherman\u2019s Rib Beanie", "Hat", "Aran", "Maureen", "Pat"],
                 ["Lopi Yoke Jumper", "Jumper", "Chunky", "Siobhan", ""],
                 ["Baby Surprise Jacket", "Baby cardigan", "DK", "Eileen", "Joyce, Nadia"],
                 ["Hitchhiker Shawl", "Shawl", "4 ply", "Nadia", ""],
                 ["Cabled Tea Cosy", "Tea cosy", "DK", "Pat", "Maureen"],
                 ["Fair Isle Mittens", "Mittens", "4 ply", "Joyce", ""]]
KNIT_RETURN = ("Please give patterns back within four weeks so that everyone gets a go, and don\u2019t write on them "
               "\u2013 use a sticky note.")
KNIT_NEEDLES_INTRO = ("A rough guide for anyone just starting out. Always check the ball band, and knit a tension "
                      "square first!")
KNIT_NEEDLES = [["Yarn", "Needles", "Good for"], ["4 ply", "3mm", "Socks, shawls and baby things"],
                ["DK", "4mm", "Jumpers, cardigans and hats"], ["Aran", "5mm", "Cosy jumpers and blankets"],
                ["Chunky", "6mm", "Quick hats and scarves"]]
KNIT_COMING = ("Saturday 10 October \u2013 our stall at the Ashworth autumn fair (blanket squares wanted!)",
               "Thursday 22 October \u2013 Nadia shows us a tubular cast-on",
               "Thursday 5 November \u2013 bring your unfinished projects for our UFO amnesty")
KNIT_CHARITY = ("We\u2019re knitting blanket squares (15cm x 15cm, any colour, DK) for Linden House care home, and "
                "tiny hats for the baby unit at Stepping Hill. The hats need to be in pure wool or a wool blend, never "
                "acrylic, because acrylic can melt if it gets too hot. Pattern sheets for both are in the green "
                "folder.")
KNIT_SUBS = ("\u00a32 a week, which covers the room, tea and coffee. Biscuits come from whoever\u2019s turn it is on "
             "the rota.")


# ---- batch 21: a running club's race results round-up (a Title, a plain club line with en dashes, bold "Race
# director:" and "Finishers:" labels, Heading 1 sections, a results table with a bold header and chip times, bullets
# with en dashes, a kit order table with a plain header, pound signs, Yes/No and a Total row, Heading 2 sections, a bold
# "Date:" label, a numbered list, two misspelt words and a three-line sign-off) and a landlord's repairs log for a
# block of flats (a plain bold indigo title, an address line with a lower-case word, bold "From:" and "Updated:"
# labels, a greeting, Heading 1 sections, a repairs table with a bold header and statuses, a costs table with a plain
# header and a Total row, bullets, a Heading 2 with a numbered list, a bold "Bins:" label, an ordinal, two misspelt
# words and a three-line sign-off)


def race_results() -> Doc:
    """A running club's race results round-up in Lucida Sans: Title, a plain club line, bold labels, Heading 1 and 2
    sections, a results table with a bold header, bullets, a kit order table with a plain header and a Total row, a
    numbered list and a sign-off."""
    d = docx.Document()
    _normal(d, font="Lucida Sans", size=10, after=6)
    d.add_heading("Canal 10K Results", 0)
    d.add_paragraph(RACE_LINE)
    _labelled(d, "Race director: ", "Lorraine Fairbrother")
    _labelled(d, "Finishers: ", "212 runners, 38 of them Harriers")
    d.add_paragraph(RACE_INTRO)
    d.add_heading("Harriers in the top ten", 1)
    _table(d, RACE_TOP, bold_header=True)
    d.add_paragraph(RACE_NOTE)
    d.add_heading("Personal bests", 1)
    for t in RACE_PBS:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Club vests and hoodies", 1)
    d.add_paragraph(RACE_KIT_INTRO)
    _table(d, RACE_KIT, bold_header=False)
    d.add_heading("Next race: Greenham Common 5K", 2)
    _labelled(d, "Date: ", "Saturday 3 April 2027, 9:30am start")
    d.add_paragraph(RACE_NEXT)
    d.add_heading("Reminders", 2)
    for t in RACE_REMINDERS:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph(RACE_THANKS)
    for t in ("Run happy,", "Lorraine", "Race Director, Riverside Harriers"):
        d.add_paragraph(t)
    return d


RACE_LINE = "Riverside Harriers \u2013 Sunday 7 March 2027 \u2013 Kennet and Avon towpath, Newbury"
RACE_INTRO = ("What a morning! It was cold and blowy along the canal, but the rain held off until the last runners "
              "were in. Well done to everyone who ran, and a huge thank you to the 24 marshalls who stood out in the "
              "wind for nearly two hours.")
RACE_TOP = [["Pos", "Runner", "Category", "Chip time"], ["2", "Callum Reid", "Senior men", "34:18"],
            ["5", "Ffion Pritchard", "Senior women", "37:02"], ["6", "Dev Chauhan", "V40 men", "37:45"],
            ["8", "Bridget O\u2019Shea", "V50 women", "39:11"], ["9", "Tom Ashdown", "Senior men", "39:30"],
            ["10", "Marek Nowak", "V45 men", "39:58"]]
RACE_NOTE = ("Full results for all 212 finishers are on the race website. Chip times are taken from the mat at the "
             "start, so they may be a few seconds quicker than your gun time.")
RACE_PBS = ("Ffion Pritchard \u2013 37:02, her first time under 38 minutes",
            "Jas Bhamra \u2013 48:40 in only her second 10K",
            "Graham Pettit \u2013 51:15, at the age of 71!",
            "Nell Okafor \u2013 55:03, after coming back from a broken ankle")
RACE_KIT_INTRO = ("The new kit order has gone in to Stride Sportswear. Please pay Aled at training if you haven\u2019t "
                  "already \u2013 we can\u2019t collect the order until everyone has paid.")
RACE_KIT = [["Name", "Item", "Size", "Cost", "Paid"], ["Aled Morgan", "Hoodie", "M", "\u00a332.00", "Yes"],
            ["Ffion Pritchard", "Vest", "S", "\u00a318.00", "Yes"], ["Dev Chauhan", "Hoodie", "L", "\u00a332.00", "No"],
            ["Sue Hennessy", "Vest", "M", "\u00a318.00", "Yes"], ["Graham Pettit", "Vest", "XL", "\u00a318.00", "No"],
            ["Nell Okafor", "Hoodie", "S", "\u00a332.00", "No"], ["Total", "", "", "\u00a3150.00", ""]]
RACE_NEXT = ("Entry is \u00a38 for club members (\u00a312 on the day). The course is two laps of the common and "
             "completely flat, so it\u2019s a good one for a PB. We need 10 marshals \u2013 please put your name on "
             "the sheet in the clubhouse.")
RACE_REMINDERS = ("Training is on Tuesdays and Thursdays at 6:30pm from the leisure centre car park.",
                  "Wear something bright, or a head torch, on dark evenings.",
                  "Club subs for 2027 (\u00a325) are due by the end of March.")
RACE_THANKS = ("Thanks again to everyone who helped out. We couldn\u2019t put the race on without our volunteers, and "
               "the feedback has been brilliant \u2013 lots of runners said it was the freindliest race they\u2019d "
               "done all winter.")


def repair_log() -> Doc:
    """A landlord's repairs log for a block of flats in Bookman Old Style: a plain bold indigo title, an address line,
    bold labels, a greeting, Heading 1 sections, a repairs table with a bold header, a costs table with a plain header
    and a Total row, bullets, a Heading 2 with a numbered list, a bold "Bins:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Bookman Old Style", size=10.5, after=6)
    _big(d, "Albion House Repairs Log", 18, color="283593")
    d.add_paragraph(LOG_ADDRESS)
    _labelled(d, "From: ", "Richard Oduya (landlord), 07700 900631")
    _labelled(d, "Updated: ", "Monday 14 June 2027")
    d.add_paragraph("Dear all,")
    d.add_paragraph(LOG_INTRO)
    d.add_heading("Repairs", 1)
    _table(d, LOG_REPAIRS, bold_header=True)
    d.add_paragraph(LOG_NOTE)
    d.add_heading("What it\u2019s cost so far", 1)
    _table(d, LOG_COSTS, bold_header=False)
    d.add_paragraph(LOG_FUND)
    d.add_heading("Access", 1)
    d.add_paragraph(LOG_ACCESS_INTRO)
    for t in LOG_ACCESS:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Reporting a repair", 2)
    for t in LOG_REPORT:
        d.add_paragraph(t, style="List Number")
    _labelled(d, "Bins: ", LOG_BINS)
    d.add_paragraph(LOG_THANKS)
    for t in ("Best wishes,", "Richard Oduya", "Landlord, Albion House"):
        d.add_paragraph(t)
    return d


LOG_ADDRESS = "Flats 1\u20136, 27 Albion Road, Leamington spa CV32 4QE"
LOG_INTRO = ("Here\u2019s where we are with the repairs you\u2019ve reported since the spring. I\u2019ve put "
             "everything in one table so you can see what\u2019s been done and what\u2019s still waiting. If "
             "something of yours is missing, please tell me \u2013 it may have got lost in my inbox.")
LOG_REPAIRS = [["Flat", "Problem", "Reported", "Contractor", "Status"],
               ["1", "Dripping bath tap", "12 April", "Sam Lowry", "Done"],
               ["2", "Bedroom window won\u2019t shut", "19 April", "Sam Lowry", "Waiting for parts"],
               ["3", "Extractor fan not working", "3 May", "Brightwire Electrical", "Booked for 21 June"],
               ["4", "Damp patch on the bathroom ceiling", "10 May", "Kevin Marsh (plumber)", "Not started"],
               ["5", "Loose stair carpet", "24 May", "Sam Lowry", "Done"],
               ["6", "Intercom buzzer dead", "2 June", "Brightwire Electrical", "Booked for 18 June"]]
LOG_DAMP = ("Kevin thinks the damp in Flat 4 is coming from the shower seal in Flat 6, so he\u2019ll need to get into "
            "both flats on the same day.")
LOG_NOTE = ("Sam has ordered a new hinge for the window in Flat 2, and it should arrive within a fortnight. "
            + LOG_DAMP + " Brightwire will do the extractor fan on the 21st, first thing in the morning.")
LOG_COSTS = [["Job", "Contractor", "Cost"], ["Bath tap washers and labour", "Sam Lowry", "\u00a385.00"],
             ["Stair carpet re-fitted", "Sam Lowry", "\u00a360.00"],
             ["Gutter clearing (front and back)", "Clear Flow", "\u00a3120.00"],
             ["Communal hall light fittings", "Brightwire Electrical", "\u00a3145.00"], ["Total", "", "\u00a3410.00"]]
LOG_FUND = ("All of these come out of the maintenance fund, so nothing extra is due from anyone. The fund had "
            "\u00a31,250 in it at the start of April.")
LOG_ACCESS_INTRO = ("The contractors will need to get into some of the flats. I\u2019ll always give you at least 24 "
                    "hours\u2019 notice, as the tenancy says, and:")
LOG_ACCESS = ("They\u2019ll knock and wait \u2013 they won\u2019t let themselves in if you\u2019re at home",
              "If you\u2019re out, I\u2019ll let them in myself and stay while they work",
              "Please keep pets in another room while they\u2019re there")
LOG_REPORT = ("Text or email me with your flat number, and a photo if you can.",
              "I\u2019ll reply within two working days to say who\u2019s coming.",
              "For emergencies \u2013 no heating, no water, a leak \u2013 ring me straight away, day or night.")
LOG_BINS = ("the council is collecting on Thursdays now, not Wednesdays. Please don\u2019t put bags out before "
            "Wednesday evening \u2013 the foxes have been at them agian.")
LOG_THANKS = ("Thank you for your patience, espesially in Flat 4 \u2013 I know the damp has been going on for a "
              "while.")


# ---- batch 23: a bakery's wholesale standing order for a café (a Title, a plain address line with en dashes, bold
# "Customer:", "Account no:" and "Week starting:" labels, Heading 1 and 2 sections, an order table with a bold header,
# pound signs, quantities and a Total row, a van table with a plain header and times, a numbered list, bullets, a bold
# "Payment:" label, a lower-case word in a place name, a misspelt word and a three-line sign-off)
# ---- batch 24: a charity shop's donation guidelines and volunteer notes (a plain bold pink name, an address line
# with opening hours, bold "Shop manager:" and "Donations door:" labels, Heading 1 and 2 sections, two bulleted lists,
# a volunteer rota table with a bold header and a "Needed" gap, a takings table with a plain header and a Total row,
# a numbered list, a bold "Please note:" label, a capital inside a name and a three-line sign-off)


def bakery_order() -> Doc:
    """A bakery's wholesale standing order for a café in Rockwell: Title, a plain address line, bold labels, Heading 1
    and 2 sections, an order table with a bold header and a Total row, a van table with a plain header, a numbered
    list, bullets, a bold "Payment:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Rockwell", size=10, after=6)
    d.add_heading("Top Mill Bakery", 0)
    d.add_paragraph(BAKE_ADDRESS)
    _labelled(d, "Customer: ", "The Daisy Chain Caf\u00e9, 9 Market Street, Todmorden")
    _labelled(d, "Account no: ", "TMB-0147")
    _labelled(d, "Week starting: ", "Monday 8 February 2027")
    d.add_paragraph(BAKE_INTRO)
    d.add_heading("Standing order", 1)
    _table(d, BAKE_ORDER, bold_header=True)
    d.add_paragraph(BAKE_VAT)
    d.add_heading("Deliveries", 1)
    d.add_paragraph(BAKE_DELIVERY)
    _table(d, BAKE_VAN, bold_header=False)
    d.add_heading("Before you order", 2)
    for t in BAKE_STEPS:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Allergens", 2)
    for t in BAKE_ALLERGENS:
        d.add_paragraph(t, style="List Bullet")
    _labelled(d, "Payment: ", BAKE_PAYMENT)
    d.add_paragraph(BAKE_THANKS)
    for t in ("Many thanks,", "Ruth Sagar", "Top Mill Bakery"):
        d.add_paragraph(t)
    return d


BAKE_ADDRESS = "Unit 4, Tanners Yard, Hebden Bridge HX7 8AD \u2013 01632 960418 \u2013 orders@topmill.example"
BAKE_INTRO = ("Thanks for ordering with us again. Below is your standing order for the week and what it comes to at "
              "our current wholesale prices. Any changes for the following week need to reach us by 2pm on Thursday "
              "\u2013 we plan the night bake on Thursday afternoon, so after that we can\u2019t promise anything.")
BAKE_ORDER = [["Item", "Day", "Qty", "Unit price", "Cost"],
              ["Large white sourdough", "Monday", "12", "\u00a33.20", "\u00a338.40"],
              ["Seeded rye loaf", "Monday", "6", "\u00a33.60", "\u00a321.60"],
              ["Butter croissants", "Wednesday", "30", "\u00a30.95", "\u00a328.50"],
              ["Cinnamon buns", "Wednesday", "24", "\u00a31.10", "\u00a326.40"],
              ["Rosemary focaccia (tray)", "Friday", "2", "\u00a314.00", "\u00a328.00"],
              ["Brownie slab (20 pieces)", "Friday", "1", "\u00a318.50", "\u00a318.50"],
              ["Total", "", "", "", "\u00a3161.40"]]
BAKE_VAT = ("Bread is zero-rated for VAT. The cinnamon buns and the brownie slab are standard-rated, so the VAT on "
            "those is added to your monthly invoice rather than shown here.")
BAKE_LOCK_BOX = ("If nobody\u2019s in, the driver will leave your order in the lock box by the back door, so please "
                 "make sure it\u2019s unlocked the night before.")
BAKE_DELIVERY = ("Our van does the Calder valley round four mornings a week in summer and three in winter. "
                 + BAKE_LOCK_BOX + " If you don\u2019t recieve your delivery by 7:30am, ring the bakery and we\u2019ll "
                 "send it straight out.")
BAKE_VAN = [["Day", "Van leaves", "Driver", "Arrives by"], ["Monday", "5:45am", "Stuart", "7:00am"],
            ["Wednesday", "5:45am", "Stuart", "7:00am"], ["Friday", "6:00am", "Kerry-Ann", "7:15am"],
            ["Saturday (May\u2013September)", "6:30am", "Kerry-Ann", "7:45am"]]
BAKE_STEPS = ("Count what you\u2019ve got left on Wednesday, so that any change reaches us by 2pm on Thursday.",
              "Email orders@topmill.example or ring 01632 960418 \u2013 please don\u2019t send orders by text, as "
              "they get missed.",
              "Give us a week\u2019s notice for anything that isn\u2019t on your usual order, such as celebration "
              "cakes or extra trays for an event.")
BAKE_ALLERGENS = ("Everything is baked in a kitchen that handles wheat, nuts, sesame, milk and eggs",
                  "The seeded rye contains sesame and sunflower seeds",
                  "Croissants and cinnamon buns contain butter, milk and eggs",
                  "The brownie slab is made without gluten, but not in a gluten-free kitchen")
BAKE_PAYMENT = ("invoices go out on the last working day of the month and are due within 14 days. Bank details are "
                "at the bottom of the invoice. We add a late fee of \u00a35 to anything more than 30 days overdue.")
BAKE_THANKS = ("Thanks again for your custom \u2013 the Daisy Chain is one of our favourite stops on the round, and "
               "the drivers say your bacon butties are the best in the valley. If anything\u2019s wrong with an "
               "order, let us know the same day and we\u2019ll put it right on the next delivery.")


def charity_shop() -> Doc:
    """A charity shop's donation guidelines and volunteer notes in Century Schoolbook: a plain bold pink name, an
    address line, bold labels, Heading 1 and 2 sections, two bulleted lists, a rota table with a bold header, a
    takings table with a plain header and a Total row, a numbered list, a bold "Please note:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Century Schoolbook", size=10.5, after=6)
    _big(d, "Meadowbank Rescue Charity Shop", 20, color="C2185B")
    d.add_paragraph(SHOP_ADDRESS)
    _labelled(d, "Shop manager: ", "Teresa Ankrah (01632 960772)")
    _labelled(d, "Donations door: ", "round the back in Mill Lane, 10:00am\u20133:00pm")
    d.add_paragraph(SHOP_INTRO)
    d.add_heading("What we can take", 1)
    for t in SHOP_TAKE:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("What we can\u2019t take", 1)
    d.add_paragraph(SHOP_CANT_INTRO)
    for t in SHOP_CANT:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Volunteer rota", 1)
    d.add_paragraph(SHOP_ROTA_INTRO)
    _table(d, SHOP_ROTA, bold_header=True)
    d.add_paragraph(SHOP_ROTA_NOTE)
    d.add_heading("Takings since Christmas", 1)
    _table(d, SHOP_TAKINGS, bold_header=False)
    d.add_paragraph(SHOP_TAKINGS_NOTE)
    d.add_heading("Gift Aid", 2)
    d.add_paragraph(SHOP_GIFT_AID)
    d.add_heading("Reminders for volunteers", 2)
    for t in SHOP_REMIND:
        d.add_paragraph(t, style="List Number")
    _labelled(d, "Please note: ", SHOP_CLOSED)
    d.add_paragraph(SHOP_THANKS)
    for t in ("With thanks,", "Teresa Ankrah", "Shop Manager, Meadowbank Rescue Charity Shop"):
        d.add_paragraph(t)
    return d


SHOP_ADDRESS = "14 Bridge Street, Ludlow SY8 1BP \u2013 open Monday to Saturday, 9:30am\u20134:30pm"
SHOP_INTRO = ("Every penny we make goes to Meadowbank Animal Rescue, which took in 312 dogs, cats and rabbits last "
              "year. This sheet is for our volunteers and for anyone dropping off donations, so there\u2019s a copy at "
              "the till and another in the back room.")
SHOP_TAKE = ("Clean clothes, shoes and handbags in good condition",
             "Books, DVDs, vinyl records and jigsaws (with all the pieces, please!)",
             "Kitchenware, ornaments and picture frames",
             "Bedding and towels \u2013 these go to the rescue kennels if we can\u2019t sell them")
SHOP_CANT_INTRO = ("We\u2019re not allowed to sell some things, and others cost us money to get rid of. Please take "
                   "these to the tip on Coder Road instead:")
SHOP_CANT = ("Electrical items that haven\u2019t been safety tested",
             "Sofas and armchairs without a fire safety label",
             "Car seats, cycle helmets and anything else made to keep people safe",
             "Anything wet, mouldy or smelling of smoke")
SHOP_ROTA_INTRO = ("Shifts are 9:15am to 1:00pm and 1:00pm to 4:45pm. If you can\u2019t make your shift, please ring "
                   "Teresa as early as you can \u2013 we can\u2019t open with fewer than two people on the floor.")
SHOP_ROTA = [["Day", "Morning", "Afternoon", "Key holder"], ["Monday", "Pam", "Derek", "Teresa"],
             ["Tuesday", "Ollie and Grace", "Pam", "Teresa"], ["Wednesday", "Hilary", "Needed", "Marcus"],
             ["Thursday", "Derek", "Hilary", "Marcus"], ["Friday", "Grace", "Ollie", "Teresa"],
             ["Saturday", "Marcus and Bea", "Bea", "Marcus"]]
SHOP_ROTA_NOTE = ("Gaps are marked as needed. Even one shift a month helps, so put your name on the list in the back "
                  "room if you can spare the time.")
SHOP_TAKINGS = [["Week ending", "Takings", "Bags in"], ["Saturday 9 January", "\u00a31,142.50", "86"],
                ["Saturday 16 January", "\u00a3968.20", "71"], ["Saturday 23 January", "\u00a31,305.75", "94"],
                ["Saturday 30 January", "\u00a31,210.00", "88"], ["Total", "\u00a34,626.45", "339"]]
SHOP_TAKINGS_NOTE = ("Our best start to a year since the shop opened, thanks mostly to the winter coat appeal. The "
                     "money is paying for the new isolation kennels at Meadowbank.")
SHOP_FORMS = "The forms are in the blue tray by the till, and it only takes a minute."
SHOP_GIFT_AID = ("If you pay UK tax, please sign a Gift Aid form when you drop things off. It lets MeadowBank claim an "
                 "extra 25p on every pound your items sell for, and it costs you nothing. " + SHOP_FORMS)
SHOP_REMIND = ("Sign in and out in the book behind the till, every shift.",
               "Never price anything that hasn\u2019t been checked by Teresa or Marcus first.",
               "Steam the clothes before they go on the rails, and bag anything that isn\u2019t good enough to sell "
               "for the rag collection on Fridays.")
SHOP_CLOSED = ("the shop will be closed on Monday 15 February for a deep clean, and donations can\u2019t be left "
               "outside while we\u2019re closed.")
SHOP_THANKS = ("Thank you all for your time, your bags and your patience with our temperamental card machine. We "
               "couldn\u2019t do it without you.")



# ---- batch 25: a cycling club's sportive entry info (a Title, a plain date and HQ line, bold "Organiser:", "Entries
# close:" and "Registration:" labels, Heading 1 and 2 sections, a routes table with a bold header, distances, climbing,
# start times and fees, a feed stations table with a plain header, times and names, a lower-case place name, a £5 that
# comes up twice, a numbered list, bullets, a bold "Important:" label and a three-line sign-off)
# ---- batch 26: a wedding florist's quotation (a plain bold green name, a contact line, bold "Quote no:", "For:",
# "Wedding:" and "Venue:" labels, a greeting, Heading 1 and 2 sections, a flowers table with a bold header, quantities,
# prices and a Total row, an on-the-day table with a plain header, times and statuses, a misspelt flower, a £200 that
# comes up twice, bullets, a numbered list, a bold "Please note:" label and a three-line sign-off)


def sportive() -> Doc:
    """A cycling club's sportive entry information in Arial Narrow: Title, a plain date line, bold labels, Heading 1
    and 2 sections, a routes table with a bold header, a feed stations table with a plain header, a numbered list,
    bullets, a bold "Important:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Arial Narrow", size=11, after=6)
    d.add_heading("Wolds Wheelers Spring Sportive 2027", 0)
    d.add_paragraph(SPORT_WHEN)
    _labelled(d, "Organiser: ", "Phil Hartigan, 07700 900458")
    _labelled(d, "Entries close: ", "Wednesday 14 April at midnight")
    _labelled(d, "Registration: ", "from 6:45am in the village hall")
    d.add_paragraph(SPORT_INTRO)
    d.add_heading("Routes and start times", 1)
    _table(d, SPORT_ROUTES, bold_header=True)
    d.add_paragraph(SPORT_ROUTES_NOTE)
    d.add_heading("Feed stations", 1)
    _table(d, SPORT_FEEDS, bold_header=False)
    d.add_paragraph(SPORT_FEEDS_NOTE)
    d.add_heading("On the day", 1)
    d.add_heading("At registration", 2)
    for t in SPORT_STEPS:
        d.add_paragraph(t, style="List Number")
    d.add_heading("What to bring", 2)
    for t in SPORT_BRING:
        d.add_paragraph(t, style="List Bullet")
    _labelled(d, "Important: ", SPORT_IMPORTANT)
    d.add_paragraph(SPORT_RESULTS)
    for t in ("See you at the start,", "Phil Hartigan", "Event Organiser, Wolds Wheelers"):
        d.add_paragraph(t)
    return d


SPORT_WHEN = "Sunday 18 April 2027 \u2013 HQ: Thixendale Village Hall, Malton YO17 9TG"
SPORT_INTRO = ("Thanks for entering this year\u2019s Spring Sportive. Everything you need for the day is on this "
               "sheet: the routes, the start times, the feed stations and what to do when you arrive. Please read it "
               "all before Sunday \u2013 most of the questions we got at the start line last year are answered here.")
SPORT_ROUTES = [["Route", "Distance", "Climbing", "First start", "Entry fee"],
                ["Short", "52 km", "610 m", "9:30am", "\u00a318"],
                ["Medium", "94 km", "1,250 m", "8:30am", "\u00a324"],
                ["Long", "148 km", "2,100 m", "7:30am", "\u00a330"],
                ["Family ride", "20 km", "150 m", "10:30am", "\u00a38"]]
SPORT_ROUTES_NOTE = ("All routes start and finish at the village hall and are signed with yellow arrows. You can enter "
                     "on the day if there are places left, but it costs \u00a35 extra. British Cycling members get "
                     "\u00a32 off any route.")
SPORT_FEEDS = [["Feed station", "Where", "Open", "Run by"],
               ["1", "Fridaythorpe village green", "9:00am\u201312:30pm", "Anne Pollard"],
               ["2", "Huggate crossroads", "9:45am\u20132:30pm", "Tariq Hussain"],
               ["3", "Millington Wood car park", "10:30am\u20134:00pm", "Gwen Lacey"],
               ["Finish", "Thixendale Village Hall", "until 5:30pm", "Hall committee"]]
SPORT_FEEDS_NOTE = ("Feed 2 at huggate is the only one with hot drinks, so make the most of it on a cold morning. "
                    "Every feed has water, bananas, flapjack and a track pump, and the long route passes feed 1 twice.")
SPORT_STEPS = ("Collect your rider number and timing chip from the hall \u2013 bring photo ID.",
               "Fix the number to your handlebars and the chip to your left ankle.",
               "Wait in the start pen for your route until the marshal sends your group off.",
               "Hand the chip back at the finish to get your \u00a35 deposit back.")
SPORT_BRING = ("A helmet \u2013 you won\u2019t be allowed to start without one",
               "Two spare inner tubes, tyre levers and a mini pump",
               "Lights, if you\u2019re on the long route",
               "A waterproof, whatever the forecast says",
               "Cash or a card for the cake stall at the finish")
SPORT_SINGLE_FILE = "Ride on the left, in single file on the narrow lanes, and obey the Highway Code at all times."
SPORT_IMPORTANT = "the roads are not closed for the sportive. " + SPORT_SINGLE_FILE
SPORT_RESULTS = ("Results will be on the club website by Monday evening. Photos from the top of Huggate Dykes are "
                 "free to download this year, thanks to Wold Cycles in Pocklington.")


def florist_quote() -> Doc:
    """A wedding florist's quotation in Book Antiqua: a plain bold green name, a contact line, bold labels, a greeting,
    Heading 1 and 2 sections, a flowers table with a bold header and a Total row, an on-the-day table with a plain
    header, bullets, a numbered list, a bold "Please note:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Book Antiqua", size=10.5, after=6)
    _big(d, "Petal & Stem Flowers", 20, color="4E7D5B")
    d.add_paragraph(FLOR_CONTACT)
    _labelled(d, "Quote no: ", "PS-2214")
    _labelled(d, "For: ", "Imogen Achterberg and Callum Reid")
    _labelled(d, "Wedding: ", "Saturday 11 September 2027, 1:30pm")
    _labelled(d, "Venue: ", "St Michael\u2019s Church, Coxwold, then Shandy Hall Barn")
    d.add_paragraph("Dear Imogen and Callum,")
    d.add_paragraph(FLOR_INTRO)
    d.add_heading("Your flowers", 1)
    _table(d, FLOR_ITEMS, bold_header=True)
    d.add_paragraph(FLOR_BOUQUET)
    d.add_heading("On the day", 1)
    _table(d, FLOR_DAY, bold_header=False)
    d.add_paragraph(FLOR_DRIVER)
    d.add_heading("What\u2019s included", 2)
    for t in FLOR_INCLUDED:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("To book", 2)
    for t in FLOR_STEPS:
        d.add_paragraph(t, style="List Number")
    _labelled(d, "Please note: ", FLOR_NOTE)
    d.add_paragraph(FLOR_THANKS)
    for t in ("Warmest wishes,", "Rosalind Mbeki", "Petal & Stem Flowers"):
        d.add_paragraph(t)
    return d


FLOR_CONTACT = "The Old Dairy, Coxwold YO61 4AD \u2013 01632 960915 \u2013 hello@petalandstem.example"
FLOR_INTRO = ("Thank you for coming to see us last week. It was lovely to hear your plans, and below are the flowers "
              "we talked about, with what they come to. Everything is seasonal and British-grown where we can manage "
              "it \u2013 in September that means dahlias, late roses, cosmos and plenty of foliage.")
FLOR_ITEMS = [["Item", "Qty", "Each", "Cost"],
              ["Bridal bouquet (dahlias, roses and eucalyptus)", "1", "\u00a3165.00", "\u00a3165.00"],
              ["Bridesmaids\u2019 bouquets", "3", "\u00a365.00", "\u00a3195.00"],
              ["Buttonholes", "6", "\u00a312.50", "\u00a375.00"],
              ["Corsages for the mothers", "2", "\u00a318.00", "\u00a336.00"],
              ["Pew ends", "8", "\u00a322.00", "\u00a3176.00"],
              ["Table centrepieces (jam jars)", "12", "\u00a328.00", "\u00a3336.00"],
              ["Total", "", "", "\u00a3983.00"]]
FLOR_BOUQUET = ("The bridal bouquet will be hand-tied in soft peach and cream, with a little gypsophilla to lighten "
                "it, and the bridesmaids\u2019 bouquets will be smaller versions of the same. We\u2019ll wrap all the "
                "stems in the ivory ribbon you chose.")
FLOR_DAY = [["Time", "What", "Where", "Status"],
            ["10:00am", "Bouquets, buttonholes and corsages delivered", "The bride\u2019s house, Husthwaite",
             "Confirmed"],
            ["11:30am", "Pew ends in place", "St Michael\u2019s Church", "Confirmed"],
            ["12:30pm", "Centrepieces set out", "Shandy Hall Barn", "To confirm"],
            ["Sunday, 10:00am", "Jars and stands collected", "Shandy Hall Barn", "To confirm"]]
FLOR_RING = ("If anything\u2019s running late, ring her rather than the shop \u2013 the shop phone will be on "
             "answerphone while we\u2019re out.")
FLOR_DRIVER = "Our driver on the day is Marta (07700 900377). " + FLOR_RING
FLOR_INCLUDED = ("Delivery and setting up at both venues",
                 "A visit to the barn in August to plan the tables",
                 "Collecting our jars and stands the day after",
                 "Pressing one flower from the bridal bouquet as a keepsake")
FLOR_STEPS = ("Sign and return the booking form by Friday 30 April.",
              "Pay the deposit of \u00a3200 to secure the date.",
              "Confirm final numbers for buttonholes and centrepieces four weeks before the wedding.",
              "Pay the balance by bank transfer two weeks before the wedding.")
FLOR_NOTE = ("the deposit of \u00a3200 is not refundable. Flowers are natural things, so colours and sizes may vary a "
             "little from the pictures; if something isn\u2019t available that week, we\u2019ll swap in the closest "
             "match and tell you first.")
FLOR_THANKS = ("We\u2019d love to do your flowers, and this quote holds until 31 May 2027. Any questions at all, just "
               "give me a ring.")


# ---- batch 27: a student house's bills and cleaning rota (a Title, a plain address line with an en dash, bold
# "Bills person:" and "Landlord:" labels with phone numbers, Heading 1 and 2 sections, a bills table with a bold header,
# pound signs, ordinal due dates and a Total row, a cleaning rota table with a plain header and dates, a numbered list,
# bullets, a bold "Recycling:" label, a misspelt word and a three-line sign-off)
# ---- batch 28: a driving instructor's prices and lesson plan for a pupil (a plain bold teal name, a contact line with
# en dashes, bold "Pupil:", "Car:" and "Test booked:" labels, a greeting, Heading 1 and 2 sections, a prices table with
# a bold header and pound signs, a lesson plan table with a plain header, days, times and lengths, bullets, a numbered
# list, a bold "Payment:" label, a misspelt word and a three-line sign-off)


def house_bills() -> Doc:
    """A student house's bills and cleaning rota in Tahoma: Title, a plain address line, bold labels, Heading 1 and 2
    sections, a bills table with a bold header and a Total row, a rota table with a plain header, a numbered list,
    bullets, a bold "Recycling:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Tahoma", size=10, after=6)
    d.add_heading("Cranbrook Road House Bills", 0)
    d.add_paragraph(HOUSE_LINE)
    _labelled(d, "Bills person: ", "Ollie Brennan (07700 900264)")
    _labelled(d, "Landlord: ", "Mrs Dorothy Akande (01632 960731)")
    d.add_paragraph(HOUSE_INTRO)
    d.add_heading("Monthly bills", 1)
    _table(d, HOUSE_BILLS, bold_header=True)
    d.add_paragraph(HOUSE_BILLS_NOTE)
    d.add_heading("Paying in", 1)
    d.add_paragraph(HOUSE_PAY)
    d.add_heading("If you can\u2019t pay on time", 2)
    for t in HOUSE_STEPS:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Cleaning rota", 1)
    _table(d, HOUSE_ROTA, bold_header=False)
    d.add_paragraph(HOUSE_ROTA_NOTE)
    d.add_heading("House rules", 2)
    for t in HOUSE_RULES:
        d.add_paragraph(t, style="List Bullet")
    _labelled(d, "Recycling: ", HOUSE_RECYCLE)
    d.add_paragraph(HOUSE_THANKS)
    for t in ("Cheers,", "Ollie", "Bills person, 43 Cranbrook Road"):
        d.add_paragraph(t)
    return d


HOUSE_LINE = "43 Cranbrook Road, Headingley, Leeds LS6 3BN \u2013 five of us, September 2027 to June 2028"
HOUSE_INTRO = ("Right, here\u2019s how the bills work this year. I\u2019ve put everything on one sheet so nobody has "
               "to scroll back through the group chat. Every bill is split five ways and I pay them all from the house "
               "account, so the only thing you need to do is pay your share in at the start of each month.")
HOUSE_BILLS = [["Bill", "Supplier", "Per month", "Each", "Due"],
               ["Gas and electric", "Octopus Energy", "\u00a3185.00", "\u00a337.00", "5th"],
               ["Broadband", "Virgin Media", "\u00a342.50", "\u00a38.50", "12th"],
               ["Water", "Yorkshire Water", "\u00a348.00", "\u00a39.60", "20th"],
               ["TV licence", "TV Licensing", "\u00a314.25", "\u00a32.85", "1st"],
               ["Cleaner (fortnightly)", "Sparkle & Co", "\u00a360.00", "\u00a312.00", "28th"],
               ["Total", "", "\u00a3349.75", "\u00a369.95", ""]]
HOUSE_EXEMPT = ("Council tax is zero because we\u2019re all full-time students \u2013 keep your excemption letter "
                "safe, as the council sometimes asks for it again in January.")
HOUSE_BILLS_NOTE = ("The energy bill is an estimate until the smart meter is fitted, so it may well go up in the "
                    "winter. " + HOUSE_EXEMPT)
HOUSE_PAY = ("Pay \u00a370 a month into the house account by standing order on the 1st. The extra 5p each goes into a "
             "float for bin bags, loo roll and washing-up liquid. Account name: Cranbrook House, sort code 04-00-04, "
             "account number 61728394.")
HOUSE_STEPS = ("Message me before the 1st, not after.",
               "Pay what you can now and the rest within a week.",
               "If it\u2019s going to be longer than a week, we\u2019ll sort it out at the next house meeting.")
HOUSE_ROTA = [["Week of", "Kitchen", "Bathroom", "Bins out (Tuesday night)"], ["4 Oct", "Ollie", "Priya", "Sam"],
              ["11 Oct", "Priya", "Sam", "Jess"], ["18 Oct", "Sam", "Jess", "Kwame"],
              ["25 Oct", "Jess", "Kwame", "Ollie"], ["1 Nov", "Kwame", "Ollie", "Priya"]]
HOUSE_ROTA_NOTE = ("Swap weeks between yourselves if you need to, but put it in the group chat. Kitchen means the "
                   "surfaces, the hob and the floor, not just your own washing-up.")
HOUSE_RULES = ("Quiet after 11pm on weeknights \u2013 Jess and Kwame have 9am lectures",
               "Label your food in the fridge, or it\u2019s fair game after three days",
               "Guests staying more than two nights need a heads-up in the group chat",
               "No drying clothes on the radiators \u2013 the landlord found mould in the back bedroom last year")
HOUSE_RECYCLE = ("blue bin for paper, cans and plastic bottles, green box for glass. The council won\u2019t empty the "
                 "blue bin if there\u2019s food in it, so give things a rinse first.")
HOUSE_THANKS = ("Shout if anything on here looks wrong. Here\u2019s to a good year, and a warmer house than last "
                "winter\u2019s!")


def driving_lessons() -> Doc:
    """A driving instructor's prices and lesson plan for a pupil in Candara: a plain bold teal name, a contact line,
    bold labels, a greeting, Heading 1 and 2 sections, a prices table with a bold header, a lesson plan table with a
    plain header, bullets, a numbered list, a bold "Payment:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Candara", size=11, after=6)
    _big(d, "Clearway Driving School", 20, color="1F6F8B")
    d.add_paragraph(DRIVE_CONTACT)
    _labelled(d, "Pupil: ", "Maisie Holroyd")
    _labelled(d, "Car: ", "Manual Ford Fiesta with dual controls")
    _labelled(d, "Test booked: ", "Thursday 9 September 2027, 10:42am, Harrogate test centre")
    d.add_paragraph("Hi Maisie,")
    d.add_paragraph(DRIVE_INTRO)
    d.add_heading("Prices", 1)
    _table(d, DRIVE_PRICES, bold_header=True)
    d.add_paragraph(DRIVE_PRICES_NOTE)
    d.add_heading("Your lesson plan", 1)
    _table(d, DRIVE_PLAN, bold_header=False)
    d.add_paragraph(DRIVE_PLAN_NOTE)
    d.add_heading("Before each lesson", 2)
    for t in DRIVE_BRING:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Cancelling a lesson", 2)
    for t in DRIVE_CANCEL:
        d.add_paragraph(t, style="List Number")
    _labelled(d, "Payment: ", DRIVE_PAY)
    d.add_paragraph(DRIVE_THEORY)
    for t in ("Safe driving,", "Ravi Sandhu", "Approved Driving Instructor"):
        d.add_paragraph(t)
    return d


DRIVE_CONTACT = "Harrogate, Knaresborough and Ripon \u2013 07700 900582 \u2013 ravi@clearway.example"
DRIVE_INTRO = ("Great first lesson on Saturday \u2013 you\u2019re a natural on roundabouts already! As promised, here "
               "are my prices, your lessons up to the end of term and a few things that make lessons go smoothly. Keep "
               "this somewhere handy, as I\u2019ll update it as we go.")
DRIVE_PRICES = [["Lesson", "Length", "Price"], ["Single lesson", "1 hour", "\u00a338.00"],
                ["Double lesson", "2 hours", "\u00a372.00"], ["Block of ten", "10 x 1 hour", "\u00a3350.00"],
                ["Motorway lesson", "2 hours", "\u00a380.00"],
                ["Test day (car hire and warm-up)", "2 hours", "\u00a390.00"]]
DRIVE_PRICES_NOTE = ("Blocks must be paid for up front and used within four months. If you passed your theory test "
                     "first time, you get \u00a310 off your first block \u2013 just show me the certificate.")
DRIVE_PLAN = [["Date", "Time", "Length", "What we\u2019ll cover"],
              ["Sat 12 June", "9:00am", "2 hours", "Junctions and roundabouts"],
              ["Sat 19 June", "9:00am", "2 hours", "Parallel and bay parking"],
              ["Wed 23 June", "5:30pm", "1 hour", "Dual carriageways"],
              ["Sat 26 June", "9:00am", "2 hours", "Town centre driving in Ripon"],
              ["Sat 3 July", "9:00am", "2 hours", "Mock test"]]
DRIVE_PICKUP = "I\u2019ll pick you up from home unless you tell me otherwise."
DRIVE_PLAN_NOTE = (DRIVE_PICKUP + " If you\u2019d rather be collected from college, text me the day before. Lessons "
                   "in July and August will be on the same days and times, and I\u2019ll add them here once we\u2019ve "
                   "seen how the mock test goes.")
DRIVE_BRING = ("Your provisional licence (the photocard)",
               "Comfortable flat shoes \u2013 no flip-flops or heels",
               "Glasses or contact lenses, if you need them to drive",
               "A bottle of water on hot days")
DRIVE_CANCEL = ("Give me at least 48 hours\u2019 notice by text or phone.",
                "With less notice than that the lesson is charged in full, unless you\u2019re ill.",
                "If I have to cancel, your next lesson is on me.")
DRIVE_PAY = ("cash or bank transfer at the start of each lesson. I can\u2019t take cards in the car, sorry, and blocks "
             "are paid before the first lesson of the block.")
DRIVE_THEORY = ("Keep going with the Highway Code app between lessons \u2013 ten minutes a day makes a real "
                "difference. On test day, parking is free on the street outside the test centre, which is on Station "
                "Parade next to the libary.")


# ---- batch 29: a garden centre's plant order and care sheet for a customer (a Title, a plain centre line with en
# dashes, bold "Order no:", "Customer:" and "Delivery:" labels with an en-dash time range, Heading 1 and 2 sections, an
# order table with a bold header, curly quotes in plant names, pound signs, a Delivery row and a Total row, a
# care-through-the-year table with a plain header and an en-dash month range, a numbered list, bullets, a misspelt
# word, a bold "Guarantee:" label and a three-line sign-off)
# ---- batch 30: a small gym's class timetable and membership prices (a plain bold orange name, an address line with en
# dashes and opening hours, a Heading 1 title, bold "Manager:" and "Timetable starts:" labels, Heading 2 sections, a
# class timetable with a bold header, days, times and a time that comes up twice, a prices table with a plain header
# and pound signs, a numbered list, bullets, a misspelt word, a bold "Lockers:" label and a three-line sign-off)


def garden_order() -> Doc:
    """A garden centre's plant order and care sheet in Perpetua: Title, a plain centre line, bold labels, Heading 1 and
    2 sections, an order table with a bold header and a Total row, a care table with a plain header, a numbered list,
    bullets, a bold "Guarantee:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Perpetua", size=11.5, after=6)
    d.add_heading("Plant Order and Care Sheet", 0)
    d.add_paragraph(GARDEN_CENTRE)
    _labelled(d, "Order no: ", "HL-3318")
    _labelled(d, "Customer: ", "Mr and Mrs Okafor, 9 Quarry Close, Bourton-on-the-Hill")
    _labelled(d, "Delivery: ", "Friday 17 April 2026, 8:00am\u201312:00pm")
    d.add_paragraph(GARDEN_INTRO)
    d.add_heading("Your order", 1)
    _table(d, GARDEN_ORDER, bold_header=True)
    d.add_paragraph(GARDEN_ORDER_NOTE)
    d.add_heading("Planting", 1)
    d.add_paragraph(GARDEN_SPACING)
    for t in GARDEN_STEPS:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Aftercare", 1)
    d.add_paragraph(GARDEN_WATER)
    d.add_heading("Through the year", 2)
    _table(d, GARDEN_CARE, bold_header=False)
    d.add_heading("Good to know", 2)
    for t in GARDEN_TIPS:
        d.add_paragraph(t, style="List Bullet")
    _labelled(d, "Guarantee: ", GARDEN_GUARANTEE)
    d.add_paragraph(GARDEN_THANKS)
    for t in ("Happy gardening,", "Bethan Lloyd", "Plant Area Manager"):
        d.add_paragraph(t)
    return d


GARDEN_CENTRE = "Hollyhock Lane Garden Centre \u2013 Stow Road, Moreton-in-Marsh GL56 0PL \u2013 01632 960387"
GARDEN_SIGN = ("Please make sure someone is in when the van comes \u2013 the driver can\u2019t leave plants unless "
               "they\u2019re signed for.")
GARDEN_INTRO = ("Thanks for choosing us to fill the new border along your south-facing fence. Everything below was "
                "picked and checked by our plant team on Tuesday, and it will all be watered the morning it leaves "
                "us. " + GARDEN_SIGN)
GARDEN_ORDER = [["Plant", "Pot size", "Qty", "Price each", "Cost"],
                ["Lavender \u2018Hidcote\u2019", "2 litre", "12", "\u00a36.50", "\u00a378.00"],
                ["Geranium \u2018Rozanne\u2019", "3 litre", "6", "\u00a39.99", "\u00a359.94"],
                ["Salvia \u2018Caradonna\u2019", "2 litre", "8", "\u00a37.25", "\u00a358.00"],
                ["Japanese anemone", "3 litre", "4", "\u00a310.50", "\u00a342.00"],
                ["Rose \u2018Gertrude Jekyll\u2019 (climbing)", "6 litre", "1", "\u00a332.00", "\u00a332.00"],
                ["Delivery", "", "", "", "\u00a312.00"],
                ["Total", "", "", "", "\u00a3281.94"]]
GARDEN_ORDER_NOTE = ("Prices include VAT. The salvias are coming from our nursery in Evesham and may be a day behind "
                     "the rest \u2013 if so, we\u2019ll bring them over separately at no extra charge.")
GARDEN_SPACING = ("Your soil is heavy clay, so a little work now will save you losses later. Space the perenials about "
                  "45 cm apart and leave a metre either side of the rose; the border will look sparse for the first "
                  "few weeks, but by July it will have filled out.")
GARDEN_STEPS = ("Water the plants in their pots the evening before you plant them.",
                "Dig each hole twice as wide as the pot and just as deep.",
                "Mix a handful of grit into the soil for the lavender and the salvias.",
                "Firm the soil around the roots with your hands and water well.")
GARDEN_WATER = ("For the first month, water twice a week unless it rains. After that the lavender and salvias are "
                "happy to be left alone, but the geraniums and anemones will want a good soak in a dry spell.")
GARDEN_CARE = [["When", "Job", "Plants"], ["May", "Feed with a general fertiliser", "Everything"],
               ["June\u2013July", "Deadhead faded flowers", "Salvias and rose"],
               ["August", "Trim after flowering, but not into old wood", "Lavender"],
               ["October", "Cut back to the ground", "Geraniums and anemones"],
               ["February", "Prune and tie in new shoots", "Rose"]]
GARDEN_TIPS = ("Slugs love young geraniums \u2013 a ring of grit around each plant helps",
               "The rose needs wires or a trellis on the fence before it goes in",
               "Keep the labels, as they have the full care instructions on the back")
GARDEN_GUARANTEE = ("all our hardy plants are guaranteed for 12 months. If anything dies, bring the label and your "
                    "receipt back to us and we\u2019ll replace it.")
GARDEN_THANKS = ("Thanks again for shopping with us \u2013 we\u2019d love to see a photo once the border is in "
                 "flower.")


def gym_timetable() -> Doc:
    """A small gym's class timetable and membership prices in Aptos: a plain bold orange name, an address line, a
    Heading 1 title, bold labels, Heading 2 sections, a class table with a bold header, a prices table with a plain
    header, a numbered list, bullets, a bold "Lockers:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Aptos", size=10.5, after=6)
    _big(d, "IronWorks Community Gym", 22, color="D35400")
    d.add_paragraph(GYM_ADDRESS)
    d.add_heading("Spring Class Timetable and Prices", 1)
    _labelled(d, "Manager: ", "Kofi Mensah (kofi@ironworks.example)")
    _labelled(d, "Timetable starts: ", "Monday 2 March 2026")
    d.add_paragraph(GYM_INTRO)
    d.add_heading("Classes", 2)
    _table(d, GYM_CLASSES, bold_header=True)
    d.add_paragraph(GYM_CLASSES_NOTE)
    d.add_heading("Membership prices", 2)
    _table(d, GYM_PRICES, bold_header=False)
    d.add_paragraph(GYM_PRICES_NOTE)
    d.add_heading("Before your first visit", 2)
    for t in GYM_STEPS:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph(GYM_INDUCTION)
    d.add_heading("Gym etiquette", 2)
    for t in GYM_RULES:
        d.add_paragraph(t, style="List Bullet")
    _labelled(d, "Lockers: ", GYM_LOCKERS)
    d.add_paragraph(GYM_THANKS)
    for t in ("Train hard,", "Kofi Mensah", "Gym Manager"):
        d.add_paragraph(t)
    return d


GYM_ADDRESS = "Unit 7, Canal Wharf, Stourbridge DY8 4LU \u2013 01632 960552 \u2013 open 6:00am\u201310:00pm every day"
GYM_INTRO = ("We\u2019ve added two new classes this term after your feedback \u2013 Boxfit on Thursday evenings and an "
             "extra Spin session on Mondays. Every class is included in Standard membership, and the studio has new "
             "mats and a proper sound system at last.")
GYM_CLASSES = [["Day", "Time", "Class", "Instructor", "Spaces"], ["Monday", "6:30am", "HIIT", "Dani", "16"],
               ["Monday", "7:00pm", "Spin", "Marcus", "20"], ["Tuesday", "12:15pm", "Pilates", "Yuki", "12"],
               ["Wednesday", "6:30pm", "Kettlebells", "Dani", "14"], ["Thursday", "7:00pm", "Boxfit", "Lewis", "18"],
               ["Saturday", "9:00am", "Yoga", "Yuki", "20"]]
GYM_CANCEL = ("If you can\u2019t make it, cancel at least 2 hours before so someone on the waiting list can have your "
              "place.")
GYM_CLASSES_NOTE = ("Classes last 45 minutes, apart from Yoga, which is an hour. Book through the app up to 7 days "
                    "ahead. " + GYM_CANCEL)
GYM_PRICES = [["Membership", "Per month", "Classes"], ["Off-peak (before 4pm)", "\u00a319.99", "Two a week"],
              ["Standard", "\u00a329.99", "Unlimited"], ["Student or over-65", "\u00a322.50", "Unlimited"],
              ["Couples", "\u00a352.00", "Unlimited"], ["Pay as you go", "\u00a36.00 a visit", "\u00a35.00 a class"]]
GYM_PRICES_NOTE = ("There\u2019s no joining fee if you sign up in March. Memberships run month to month with 30 "
                   "days\u2019 notice to cancel, and you can freeze yours for up to three months a year for \u00a35 a "
                   "month.")
GYM_STEPS = ("Download the IronWorks app and set up your account.",
             "Book a free 30-minute induction in the app or at reception.",
             "Bring photo ID on your first visit so we can print your key fob.")
GYM_INDUCTION = ("Nobody can use the free weights or the rowing machines until they\u2019ve had an induction \u2013 "
                 "it\u2019s for your safety as much as for the equipement.")
GYM_RULES = ("Wipe down each machine after you use it \u2013 spray and paper towels are by the water fountain",
             "Put the weights back on the rack when you\u2019ve finished", "No outdoor shoes on the studio floor",
             "Headphones on, please \u2013 the speakers are for classes only")
GYM_LOCKERS = ("bring a \u00a31 coin or lock them through the app. Anything left overnight goes to lost property "
               "behind reception.")
GYM_THANKS = ("See you on the gym floor! If you\u2019ve got an idea for a new class, tell us at reception or drop Kofi "
              "an email.")


# ---- batch 31: a caravan and camping park's pitch prices and site rules (a Title, a plain season line with an en dash,
# bold "Wardens:" and "Reception:" labels with an en-dash time range, Heading 1 and 2 sections, a pitch prices table
# with a bold header and pound signs, an extras table with a plain header, a numbered list of rules, bullets, curly
# apostrophes, a misspelt word, a bold "Please note:" label and a three-line sign-off)
# ---- batch 32: a local history society's talk programme (a plain bold plum name, an italic line under it, bold
# "Chair:", "Programme secretary:" and "Meetings:" labels, Heading 1 and 2 sections, a talks table with a plain header,
# dates and speakers, a membership fees table with a bold header and pound signs, a numbered list, bullets, a bold
# "Refreshments:" label, a misspelt word and a three-line sign-off)


def caravan_site() -> Doc:
    """A caravan and camping park's pitch prices and site rules in Verdana: Title, a plain season line, bold labels,
    Heading 1 and 2 sections, a prices table with a bold header, an extras table with a plain header, a numbered list,
    bullets, a bold "Please note:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Verdana", size=10, after=6)
    d.add_heading("Bramblecombe Farm Caravan Park", 0)
    d.add_paragraph(CARAVAN_LINE)
    _labelled(d, "Wardens: ", "Gwen and Alan Treharne, 07700 900538")
    _labelled(d, "Reception: ", CARAVAN_RECEPTION)
    d.add_heading("Welcome", 1)
    d.add_paragraph(CARAVAN_WELCOME)
    d.add_heading("Pitch prices", 1)
    _table(d, CARAVAN_PRICES, bold_header=True)
    d.add_paragraph(CARAVAN_PRICES_NOTE)
    d.add_heading("Extras", 2)
    _table(d, CARAVAN_EXTRAS, bold_header=False)
    d.add_paragraph(CARAVAN_EXTRAS_NOTE)
    d.add_heading("Site rules", 1)
    for t in CARAVAN_RULES:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Around the park", 2)
    for t in CARAVAN_PARK:
        d.add_paragraph(t, style="List Bullet")
    _labelled(d, "Please note: ", CARAVAN_NOTE)
    d.add_paragraph(CARAVAN_THANKS)
    for t in ("Best wishes,", "Gwen and Alan Treharne", "Wardens"):
        d.add_paragraph(t)
    return d


CARAVAN_LINE = "Prices, rules and local information for the 2026 season \u2013 open 1 April to 31 October"
CARAVAN_RECEPTION = "8:30am\u20136:00pm every day (arriving later? the barrier code is in your booking email)"
CARAVAN_WELCOME = ("Bramblecombe is a working sheep farm on the edge of Dartmoor, and the park takes up the two "
                   "lower fields beside the river. We have 42 pitches, so it never feels crowded, and we want to keep "
                   "it a quiet, family-friendly place. Please help us look after the enviroment by using the "
                   "recycling bins and keeping to the paths across the fields.")
CARAVAN_PRICES = [["Pitch", "Per night", "Per week", "Hook-up"],
                  ["Grass pitch, tent", "\u00a318.00", "\u00a3110.00", "No"],
                  ["Grass pitch, caravan or motorhome", "\u00a324.00", "\u00a3150.00", "Yes"],
                  ["Hardstanding pitch", "\u00a329.00", "\u00a3180.00", "Yes"],
                  ["Riverside pitch", "\u00a334.00", "\u00a3215.00", "Yes"],
                  ["Bell tent (sleeps 4)", "\u00a365.00", "\u00a3395.00", "No"]]
CARAVAN_HOOKUP = "Hook-ups are 16 amp, so please don\u2019t run a kettle and a heater at the same time."
CARAVAN_PRICES_NOTE = ("Prices are for two adults and include hot showers. A deposit of \u00a340 holds your pitch, and "
                       "the rest is paid when you arrive. " + CARAVAN_HOOKUP)
CARAVAN_EXTRAS = [["Extra", "Price"], ["Extra adult", "\u00a36.00 a night"],
                  ["Child (3\u201315)", "\u00a33.00 a night"],
                  ["Dog", "\u00a32.00 a night"], ["Awning or gazebo", "\u00a34.00 a night"],
                  ["Day visitor\u2019s car", "\u00a35.00"]]
CARAVAN_EXTRAS_NOTE = "Extras are paid at reception on arrival, in cash or by card."
CARAVAN_RULES = ("Keep to 5 mph on the site roads \u2013 children play here.",
                 "Quiet time is 10:30pm to 7:30am, and generators aren\u2019t allowed at any time.",
                 "Dogs must be on a lead and walked in the lane field, not around the pitches.",
                 "Barbecues must be off the grass, on the stands you can borrow from reception.",
                 "Leave your pitch as you found it by 11:00am on the day you go.")
CARAVAN_PARK = ("The shower block is next to the big barn and is cleaned twice a day",
                "Bins and recycling are at the top gate \u2013 glass goes in the green bin",
                "Fresh eggs and milk are in the honesty fridge outside reception",
                "The nearest shop is the Spar in Lydford, two miles up the road")
CARAVAN_NOTE = ("the river rises very quickly after heavy rain. If we ask you to move to higher ground, please do it "
                "straight away.")
CARAVAN_THANKS = ("Thank you for choosing Bramblecombe. We hope you have a peaceful stay \u2013 and if you enjoy it, "
                  "please tell your friends about us.")


def history_talks() -> Doc:
    """A local history society's talk programme in Goudy Old Style: a plain bold plum name, an italic line, bold
    labels, Heading 1 and 2 sections, a talks table with a plain header, a fees table with a bold header, a numbered
    list, bullets, a bold "Refreshments:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Goudy Old Style", size=11, after=6)
    _big(d, "Thornleigh Local History Society", 20, color="6D2E46")
    p = d.add_paragraph()
    p.add_run(HIST_LINE).italic = True
    _labelled(d, "Chair: ", "Dr Malcolm Ferris")
    _labelled(d, "Programme secretary: ", "Jean Whitlock, 01632 960718")
    _labelled(d, "Meetings: ", HIST_MEETINGS)
    d.add_heading("Welcome back", 1)
    d.add_paragraph(HIST_WELCOME)
    d.add_heading("This season\u2019s talks", 1)
    _table(d, HIST_TALKS, bold_header=False)
    d.add_paragraph(HIST_TALKS_NOTE)
    d.add_heading("Membership", 1)
    d.add_paragraph(HIST_MEMBERS)
    _table(d, HIST_FEES, bold_header=True)
    d.add_heading("How to join", 2)
    for t in HIST_JOIN:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Also this season", 2)
    for t in HIST_EVENTS:
        d.add_paragraph(t, style="List Bullet")
    _labelled(d, "Refreshments: ", HIST_TEA)
    d.add_paragraph(HIST_ARCHIVE)
    for t in ("With best wishes,", "Jean Whitlock", "Programme Secretary"):
        d.add_paragraph(t)
    return d


HIST_LINE = "Talk programme, October 2026 to March 2027 \u2013 Methodist Hall, Church Street, Thornleigh"
HIST_MEETINGS = "second Wednesday of the month, 7:30pm (doors open at 7:00pm)"
HIST_WELCOME = ("Welcome to our 41st season. Last year we had our best attendance ever, with over 60 people at the "
                "mill fire talk, so we\u2019ve booked the bigger room at the back of the hall for every meeting this "
                "year. Members old and new are very welcome, and so is anyone who just wants to come along and "
                "listen.")
HIST_TALKS = [["Date", "Talk", "Speaker"], ["14 October", "The Thornleigh Mill Fire of 1887", "Dr Eleanor Pryce"],
              ["11 November", "Letters Home: Thornleigh Men in the Great War", "Harold Mensah"],
              ["9 December", "Christmas Social and Old Photos Quiz", "The committee"],
              ["13 January", "Turnpikes and Tollhouses of the Vale", "Margaret Ashdown"],
              ["10 February", "The Lost Railway to Kelbrook", "Ian McAllister"],
              ["10 March", "Reading Workhouse Records", "Sunita Raval"]]
HIST_WEATHER = ("If the weather is bad, check our website after 4:00pm on the day, as that\u2019s where we\u2019ll say "
                "if a talk is called off.")
HIST_TALKS_NOTE = ("Each talk lasts about 45 minutes, with time for questions and a cup of tea afterwards. "
                   + HIST_WEATHER)
HIST_MEMBERS = ("Membership runs from 1 September to 31 August. Members get into every talk free, receive the "
                "newsletter by post or email, and get a 10% discount on the society\u2019s books.")
HIST_FEES = [["Membership", "Per year", "Talks"], ["Single", "\u00a315.00", "Free"],
             ["Joint (same address)", "\u00a325.00", "Free"], ["Student", "\u00a35.00", "Free"],
             ["Visitor", "\u2013", "\u00a34.00 a talk"]]
HIST_JOIN = ("Fill in a membership form \u2013 there are copies on the table by the door.",
             "Pay Jean at any meeting, in cash or by cheque to \u201cThornleigh LHS\u201d.",
             "Collect your membership card at the next talk.")
HIST_EVENTS = ("A guided walk round the old mill village on Saturday 15 May, 10:00am from the war memorial",
               "Archive open mornings at the library on the first Saturday of each month",
               "A coach trip to the Black Country Living Museum in June (\u00a332, book with Jean)",
               "The spring newsletter, The Thornleigh Chronicle, out in March")
HIST_TEA = ("tea, coffee and biscuits are 50p. We\u2019re always glad of help with the tea rota \u2013 put your name "
            "on the list by the urn.")
HIST_ARCHIVE = ("If you have old photographs, deeds or letters about Thornleigh, we\u2019d love to copy them for the "
                "archive. Bring them to an open morning at the libary and we\u2019ll scan them while you wait, so "
                "nothing ever leaves your hands.")


# ---- batch 35: a small theatre group's audition notice (a plain bold teal name, a Heading 1 title, an italic line
# under it, bold "Director:", "Auditions:" and "Contact:" labels, Heading 2 sections, a parts table with a bold header,
# an audition schedule table with a plain header and repeated days, times and rooms, bullets with a pound sign, a
# numbered list, a misspelt word, a bold "Access:" label and a three-line sign-off)
# ---- batch 36: a church hall cleaning rota (a Title, a plain line with an en dash, bold "Rota organiser:" and "Keys:"
# labels, Heading 1 and 2 sections, a rota table with a bold header and the same pairs twice, a numbered list of jobs,
# a supplies table with a plain header and pound signs, bullets, a bold "Safety:" label, a misspelt word and a
# three-line sign-off)


def audition_notice() -> Doc:
    """A small theatre group's audition notice in Century Gothic: a plain bold teal name, a Heading 1 title, an
    italic line, bold labels, Heading 2 sections, a parts table with a bold header, a schedule table with a plain
    header, bullets, a numbered list, a bold "Access:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Century Gothic", size=10.5, after=6)
    _big(d, "The Limelight Players", 22, color="1B6F6A")
    d.add_heading("Open Auditions: Blithe Spirit", 1)
    p = d.add_paragraph()
    p.add_run(AUD_LINE).italic = True
    _labelled(d, "Director: ", "Fiona Garside")
    _labelled(d, "Auditions: ", AUD_WHEN)
    _labelled(d, "Contact: ", AUD_CONTACT)
    d.add_heading("About the play", 2)
    d.add_paragraph(AUD_ABOUT)
    d.add_heading("Parts available", 2)
    _table(d, AUD_PARTS, bold_header=True)
    d.add_paragraph(AUD_PARTS_NOTE)
    d.add_heading("Audition schedule", 2)
    _table(d, AUD_SCHEDULE, bold_header=False)
    d.add_paragraph(AUD_SCHEDULE_NOTE)
    d.add_heading("What to bring", 2)
    for t in AUD_BRING:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("If you are cast", 2)
    for t in AUD_CAST:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph(AUD_REHEARSALS)
    _labelled(d, "Access: ", AUD_ACCESS)
    d.add_paragraph(AUD_THANKS)
    for t in ("Break a leg,", "Ruth Okonedo", "Audition Secretary"):
        d.add_paragraph(t)
    return d


AUD_LINE = ("A comedy by No\u00ebl Coward \u2013 performances 18 to 21 November 2026 at the Corn Exchange Studio, "
            "Harrowden")
AUD_WHEN = "Saturday 12 and Sunday 13 September, St Aidan\u2019s Church Hall, Mill Lane"
AUD_CONTACT = "Ruth Okonedo, 07700 900614 or auditions@limelightplayers.example"
AUD_ABOUT = ("Charles Condomine, a novelist researching a book on the occult, invites the eccentric Madame Arcati to "
             "hold a s\u00e9ance at his house. It goes wrong: the ghost of his first wife, Elvira, turns up and "
             "refuses to leave, much to the annoyance of his second wife, Ruth. It\u2019s one of the funniest plays "
             "of the last century, and we think it\u2019s perfect for the Corn Exchange\u2019s small stage.")
AUD_PARTS = [["Part", "Playing age", "Notes"],
             ["Charles Condomine", "40s to 50s", "A novelist; on stage almost all the time"],
             ["Ruth Condomine", "40s to 50s", "His second wife, sharp and sensible"],
             ["Elvira", "30s to 40s", "His first wife, now a mischievous ghost"],
             ["Madame Arcati", "50 plus", "A dotty medium and a gift of a comic part"],
             ["Dr Bradman", "50s to 60s", "The local doctor, a sceptic"],
             ["Mrs Bradman", "50s to 60s", "His chatty wife"],
             ["Edith", "18 to 25", "The maid; small but very funny"]]
AUD_PARTS_NOTE = ("Playing ages are a guide, not a rule. All parts are open, and nobody has been cast in advance "
                  "\u2013 not even the committee.")
AUD_SCHEDULE = [["Day", "Time", "Who", "Room"],
                ["Saturday 12 September", "10:00am", "Read-through, everyone welcome", "Main hall"],
                ["Saturday 12 September", "2:00pm", "Charles, Ruth and Elvira", "Main hall"],
                ["Saturday 12 September", "4:00pm", "Edith", "Side room"],
                ["Sunday 13 September", "11:00am", "Madame Arcati", "Main hall"],
                ["Sunday 13 September", "2:00pm", "Dr and Mrs Bradman", "Side room"],
                ["Sunday 13 September", "4:30pm", "Recalls (by invitation only)", "Main hall"]]
AUD_LEARN = ("You don\u2019t need to learn anything beforehand \u2013 we\u2019ll give you pages from the script on "
             "the day.")
AUD_SCHEDULE_NOTE = (AUD_LEARN + " If you can\u2019t make your slot, let Ruth know by 5 September and we\u2019ll find "
                     "you another time.")
AUD_BRING = ("A pen and a bottle of water", "Your diary, so you can tell us about any dates you can\u2019t do",
             "Comfortable shoes \u2013 there will be some moving about",
             "The \u00a35 audition fee (free for paid-up members)")
AUD_CAST = ("Pay the season membership of \u00a330 before the first read-through.",
            "Come to rehearsals on Tuesday and Thursday evenings, 7:30pm to 9:30pm, from 22 September.",
            "Help with one backstage job in show week \u2013 set building, props or front of house.")
AUD_COMMIT = ("We know life gets busy, but please don\u2019t audition unless you can make at least three quarters of "
              "the rehearsals.")
AUD_REHEARSALS = ("Every rehersal is at St Aidan\u2019s apart from the last week, when we move into the Corn Exchange "
                  "for the technical and dress rehearsals. " + AUD_COMMIT)
AUD_ACCESS = ("the side room is up a short flight of stairs. If that\u2019s a problem, tell Ruth and we\u2019ll move "
              "your audition into the main hall.")
AUD_THANKS = ("We\u2019re a friendly bunch and we love new faces, whether you\u2019ve been acting for years or have "
              "never set foot on a stage. Come along and have a go!")


def cleaning_rota() -> Doc:
    """A church hall cleaning rota in Cambria: Title, a plain line, bold labels, Heading 1 and 2 sections, a rota
    table with a bold header, a numbered list, a supplies table with a plain header, bullets, a bold "Safety:" label
    and a sign-off."""
    d = docx.Document()
    _normal(d, font="Cambria", size=11, after=6)
    d.add_heading("Church Hall Cleaning Rota", 0)
    d.add_paragraph(ROTA_LINE)
    _labelled(d, "Rota organiser: ", "Pat Hennessy, 01632 960274")
    _labelled(d, "Keys: ", ROTA_KEYS)
    d.add_heading("Thank you", 1)
    d.add_paragraph(ROTA_THANKS)
    d.add_heading("The rota", 1)
    _table(d, ROTA_DATES, bold_header=True)
    d.add_paragraph(ROTA_SWAP)
    d.add_heading("Every clean", 1)
    for t in ROTA_JOBS:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph(ROTA_TIME)
    d.add_heading("Supplies", 2)
    _table(d, ROTA_SUPPLIES, bold_header=False)
    d.add_paragraph(ROTA_SHOP)
    d.add_heading("Good to know", 2)
    for t in ROTA_TIPS:
        d.add_paragraph(t, style="List Bullet")
    _labelled(d, "Safety: ", ROTA_SAFETY)
    d.add_paragraph(ROTA_PARTY)
    for t in ("With thanks,", "Pat Hennessy", "Rota Organiser"):
        d.add_paragraph(t)
    return d


ROTA_LINE = "St Barnabas, Kingsmead \u2013 Saturday mornings, September to December 2026"
ROTA_KEYS = "from the parish office, Monday to Friday 9:30am\u201312:30pm, or from Pat on Friday evening"
ROTA_THANKS = ("Thank you to everyone who has put their name down this term. The hall is used by eleven groups every "
               "week, from the toddler group on Monday mornings to the Tuesday night badminton club, and it only stays "
               "clean because of you. Each clean takes two people about two hours, starting at 9:00am.")
ROTA_DATES = [["Date", "Cleaners", "Extra job"], ["5 September", "Pat Hennessy and June Lowe", "Kitchen fridge"],
              ["19 September", "Derek and Sandra Bright", "Windows"],
              ["3 October", "Amir Haddad and Tom Quigley", "Kitchen fridge"],
              ["17 October", "Margaret Oduya and Lily Chen", "Toilets deep clean"],
              ["31 October", "Pat Hennessy and June Lowe", "Windows"],
              ["14 November", "Colin and Bev Frost", "Wipe down chairs and tables"],
              ["28 November", "Derek and Sandra Bright", "Kitchen fridge"],
              ["12 December", "Everyone \u2013 Christmas clean", "Decorations up"]]
ROTA_SWAP = ("If you can\u2019t make your date, swap with another pair and let Pat know, so the copy on the "
             "noticeboard stays right. Anyone who can do an extra Saturday now and again, please tell her \u2013 "
             "we\u2019re always short in November.")
ROTA_JOBS = ("Sweep and mop the main hall floor, moving the stacked chairs to one side.",
             "Clean the kitchen surfaces, the hob and the sink, and empty the dishwasher.",
             "Clean both toilets and refill the soap and paper towels.",
             "Empty all the bins and take the bags to the big bins by the vestry door.",
             "Check the first aid box and write anything that\u2019s run low in the book.")
ROTA_TIME = ("It should take about two hours. If it takes a lot longer, something\u2019s wrong \u2013 tell Pat and "
             "we\u2019ll look at the list again.")
ROTA_SUPPLIES = [["Item", "Where it is", "Cost"],
                 ["Floor cleaner (5 litres)", "Cupboard under the stage", "\u00a34.50"],
                 ["Bin bags (roll of 50)", "Kitchen, top shelf", "\u00a36.00"],
                 ["Paper towels (box of 12)", "Toilet cupboard", "\u00a312.75"],
                 ["Washing-up liquid", "Under the kitchen sink", "\u00a32.20"],
                 ["Rubber gloves (3 pairs)", "Under the kitchen sink", "\u00a33.40"]]
ROTA_REFUND = ("Pat does the shopping every other Monday and the church pays, so please don\u2019t buy supplies "
               "yourself \u2013 we can only refund receipts up to \u00a310.")
ROTA_SHOP = "When something runs low, write it in the book on the kitchen windowsill. " + ROTA_REFUND
ROTA_TIPS = ("The heating is on a timer \u2013 please don\u2019t change it, even if the hall feels cold",
             "The hoover bag needs changing once a month, and the spare bags are in the stage cupboard",
             "Lost property goes in the blue box by the front door",
             "The alarm code is on the back of your key fob \u2013 never write it down anywhere else")
ROTA_SAFETY = "wear the rubber gloves for the toilets, and never mix bleach with any other cleaner."
ROTA_PARTY = ("We really couldn\u2019t manage without you. There will be mince pies and mulled wine in the vestry "
              "after the Christmas clean on 12 December \u2013 a small thank you from the Parochial Church Council for "
              "all your hard work and committment.")


# ---- batch 33: a primary school's sports day programme (a Title, a plain date and place line with en dashes, bold
# "Organiser:" and "Reserve date:" labels, a greeting, Heading 1 and 2 sections, a morning events table with a bold
# header, an afternoon events table with a plain header, repeated times and year groups, bullets, a numbered list, a
# bold "Refreshments:" label, a misspelt word and a three-line sign-off)
# ---- batch 34: a day nursery's summer newsletter (a plain bold teal centred name, an address line, a Heading 1 title,
# a greeting, Heading 2 sections, a diary dates table with a bold header and two equal times, a fees table with a
# plain header and pound signs, bullets, a numbered list, a bold "Parking:" label and a three-line sign-off)


def sports_day() -> Doc:
    """A primary school's sports day programme in Gill Sans MT: Title, a plain date line, bold labels, a greeting,
    Heading 1 and 2 sections, a morning events table with a bold header, an afternoon table with a plain header,
    bullets, a numbered list, a bold "Refreshments:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Gill Sans MT", size=10.5, after=6)
    d.add_paragraph("Ashfield Primary Sports Day 2026", style="Title")
    d.add_paragraph(SPORTS_LINE)
    _labelled(d, "Organiser: ", SPORTS_ORGANISER)
    _labelled(d, "Reserve date: ", SPORTS_RESERVE)
    d.add_paragraph("Dear parents and carers,")
    d.add_paragraph(SPORTS_INTRO)
    d.add_heading("Morning events", 1)
    _table(d, SPORTS_MORNING, bold_header=True)
    d.add_paragraph(SPORTS_MORNING_NOTE)
    d.add_heading("Afternoon events", 1)
    _table(d, SPORTS_AFTERNOON, bold_header=False)
    d.add_paragraph(SPORTS_LUNCH)
    d.add_heading("Houses and points", 2)
    d.add_paragraph(SPORTS_HOUSES)
    d.add_heading("What to bring", 2)
    for t in SPORTS_BRING:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Watching on the day", 2)
    for t in SPORTS_WATCHING:
        d.add_paragraph(t, style="List Number")
    _labelled(d, "Refreshments: ", SPORTS_TEA)
    d.add_paragraph(SPORTS_PHOTOS)
    for t in ("Many thanks,", "Tom Okafor", "PE Lead"):
        d.add_paragraph(t)
    return d


SPORTS_LINE = "Friday 19 June 2026 \u2013 Ashfield Recreation Ground, Mill Lane \u2013 9:30am to 3:00pm"
SPORTS_ORGANISER = "Mr Tom Okafor (PE lead), t.okafor@ashfield.example"
SPORTS_RESERVE = "Friday 26 June 2026, if it rains"
SPORTS_INTRO = ("Sports day is back on the rec this year now that the school field is being drained. Every child "
                "takes part in at least two events, and we\u2019d love as many families as possible to come and cheer "
                "them on. The programme below is a guide \u2013 races sometimes run a few minutes late, so please "
                "bear with us.")
SPORTS_MORNING = [["Time", "Event", "Year groups", "Where"],
                  ["9:45am", "Egg and spoon race", "Reception", "Track A"],
                  ["10:00am", "Sack race", "Years 1 and 2", "Track A"],
                  ["10:15am", "Obstacle course", "Years 3 and 4", "Field"],
                  ["10:45am", "80m sprint", "Years 5 and 6", "Track B"],
                  ["11:15am", "Beanbag relay", "Years 1 and 2", "Track B"],
                  ["11:30am", "Long jump", "Years 5 and 6", "Sandpit"]]
SPORTS_MORNING_NOTE = ("Each race has heats for every class, and the first three in each final earn points for their "
                       "house. Children should be in PE kit in their house colour by 9:15am.")
SPORTS_AFTERNOON = [["Time", "Event", "Who"], ["1:15pm", "House relays", "Years 3 to 6"],
                    ["1:45pm", "Tug of war", "Year 6 v staff"],
                    ["2:15pm", "Parents\u2019 race", "Grown-ups (flat shoes, please!)"],
                    ["2:30pm", "Prize giving", "Everyone"]]
SPORTS_PACKED = ("Please send your child with a packed lunch and a named water bottle, even if they usually have "
                 "school dinners \u2013 the kitchen is closed that day.")
SPORTS_LUNCH = "Lunch is a picnic on the field from 12:00 to 1:00pm. " + SPORTS_PACKED
SPORTS_HOUSES = ("Every child is in one of four houses: Oak (green), Ash (red), Birch (yellow) and Rowan (blue). "
                 "First, second and third places earn 5, 3 and 1 points, and the house with the most points at the "
                 "end of the day will recieve the Ashfield Shield.")
SPORTS_BRING = ("A named water bottle \u2013 there are refill taps by the pavilion",
                "Sun cream, put on before school, and a sun hat",
                "A packed lunch in a named bag",
                "A waterproof, just in case",
                "Trainers, not plimsolls \u2013 the grass can be slippery")
SPORTS_WATCHING = ("Come in through the Mill Lane gate; the car park is for staff and blue badge holders only.",
                   "Stay behind the rope along the track so the children have room to run.",
                   "Sign your child out with their class teacher if you take them home after prize giving.")
SPORTS_TEA = ("the PTA will run a tea and cake stall by the pavilion all day, with ice lollies at 50p. All the money "
              "raised goes towards new playground equipment.")
SPORTS_PHOTOS = ("We will take photos during the day for the school newsletter. If you would rather your child was "
                 "not photographed, please tell the office by Wednesday 17 June.")


def nursery_news() -> Doc:
    """A day nursery's summer newsletter in Century Gothic: a plain bold teal centred name, an address line, a Heading
    1 title, a greeting, Heading 2 sections, a dates table with a bold header, a fees table with a plain header,
    bullets, a numbered list, a bold "Parking:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Century Gothic", size=10.5, after=6)
    _big(d, "Little Acorns Day Nursery", 22, center=True, color="1A7F7A")
    d.add_paragraph(NURSERY_ADDRESS)
    d.add_heading("Summer Term Newsletter \u2013 June 2026", 1)
    d.add_paragraph("Dear families,")
    d.add_paragraph(NURSERY_INTRO)
    d.add_heading("Staff news", 2)
    d.add_paragraph(NURSERY_STAFF)
    d.add_heading("Dates for your diary", 2)
    _table(d, NURSERY_DATES, bold_header=True)
    d.add_paragraph(NURSERY_DATES_NOTE)
    d.add_heading("Fees from September", 2)
    d.add_paragraph(NURSERY_FEES_INTRO)
    _table(d, NURSERY_FEES, bold_header=False)
    d.add_paragraph(NURSERY_FUNDED)
    d.add_heading("Sun safety", 2)
    for t in NURSERY_SUN:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("For our leavers", 2)
    for t in NURSERY_LEAVERS:
        d.add_paragraph(t, style="List Number")
    _labelled(d, "Parking: ", NURSERY_PARKING)
    d.add_paragraph(NURSERY_THANKS)
    for t in ("Warm wishes,", "Claire Dempsey", "Nursery Manager"):
        d.add_paragraph(t)
    return d


NURSERY_ADDRESS = ("12 Orchard Road, Kenilworth CV8 1BH \u2013 01632 960415 \u2013 open 7:30am to 6:00pm, Monday to "
                   "Friday")
NURSERY_CATERPILLARS = ("The caterpillars in the Hedgehogs room turned into butterflies last week and we let them go "
                        "in the garden, which the children loved.")
NURSERY_INTRO = ("What a busy spring it has been! " + NURSERY_CATERPILLARS + " This newsletter has our summer dates, "
                 "news about next year\u2019s fees and a few reminders for the hot weather.")
NURSERY_STAFF = ("We say a sad goodbye to Hannah, who leaves us on Friday 3 July after six years in the Squirrels "
                 "room. Priya Chauhan joins as room leader in her place, and Ben is back from paternity leave on "
                 "Monday 15 June.")
NURSERY_DATES = [["Date", "Event", "Time"], ["Friday 12 June", "Teddy bears\u2019 picnic", "10:30am"],
                 ["Wednesday 17 June", "Nursery photographer", "9:00am\u201312:00pm"],
                 ["Friday 26 June", "Sports morning", "10:00am"],
                 ["Thursday 9 July", "Leavers\u2019 graduation", "2:00pm"],
                 ["Friday 17 July", "Summer fair", "2:00pm"]]
NURSERY_DATES_NOTE = ("Parents are welcome at the picnic, the sports morning and the graduation. There is room for "
                      "two grown-ups per child at the graduation, so please tell your key person who is coming by "
                      "Friday 26 June.")
NURSERY_FEES_INTRO = ("Our fees will go up slightly from 1 September 2026 to cover the rise in the minimum wage. The "
                      "new rates are below.")
NURSERY_FEES = [["Session", "Hours", "Fee"], ["Morning", "7:30am\u20131:00pm", "\u00a338.50"],
                ["Afternoon", "1:00pm\u20136:00pm", "\u00a336.00"], ["Full day", "7:30am\u20136:00pm", "\u00a364.00"],
                ["Full week", "Monday to Friday", "\u00a3295.00"]]
NURSERY_FUNDED = ("Funded hours are still free for eligible two, three and four year olds, and we charge a "
                  "consumables fee of \u00a34.50 a day for meals, nappies and sun cream. Fees are paid monthly in "
                  "advance by direct debit.")
NURSERY_SUN = ("Please put sun cream on your child before they arrive \u2013 we top it up after lunch",
               "Send a named sun hat every day, ideally one with a neck flap",
               "Pack a spare set of clothes, as we play with water most afternoons",
               "Label everything! Our lost property box is full of unnamed hats")
NURSERY_LEAVERS = ("Return the graduation slip to your key person by Friday 26 June.",
                   "Bring your child\u2019s school uniform on Wednesday 8 July for their leavers\u2019 photo.",
                   "Book a handover chat with their key person before the end of term.")
NURSERY_NO_PARKING = "please don\u2019t park across the driveway of number 14 at drop-off."
NURSERY_PARKING = (NURSERY_NO_PARKING + " Our neighbours have been very patient, and there is plenty of space in the "
                   "Abbey Fields car park two minutes away.")
NURSERY_THANKS = ("Thank you as always for your support. If you have any questions, or ideas for the summer fair, "
                  "please speak to any member of staff or email us at hello@littleacorns.example.")


# ---- batch 37: a river clean-up volunteer briefing (a Title, a plain date and place line with en dashes, bold
# "Organiser:" and "Meeting point:" labels, a greeting, Heading 1 and 2 sections, a stretches table with a bold header
# and a leader named twice, a numbered list, bullets, a kit table with a plain header, a bold "Safety:" label, an
# ordinal typed flat and a three-line sign-off)
# ---- batch 38: a walking group's spring walks programme (a plain bold green name, a plain line with an en dash, a
# Heading 1 title, bold "Walks secretary:" and "Membership:" labels with pound signs, a greeting, Heading 2 sections, a
# walks table with a bold header and repeated leaders and grades, a grades table with a plain header, a numbered list,
# bullets, a bold "Dogs:" label and a three-line sign-off)


def river_clean() -> Doc:
    """A river clean-up volunteer briefing in Trebuchet MS: Title, a plain date line, bold labels, a greeting, Heading
    1 and 2 sections, a stretches table with a bold header, a numbered list, bullets, a kit table with a plain header,
    a bold "Safety:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Trebuchet MS", size=10.5, after=6)
    d.add_heading("Great Wend Spring Clean 2027", 0)
    d.add_paragraph(RIVER_LINE)
    _labelled(d, "Organiser: ", RIVER_ORGANISER)
    _labelled(d, "Meeting point: ", RIVER_MEET)
    d.add_paragraph("Hello everyone,")
    d.add_paragraph(RIVER_INTRO)
    d.add_heading("Stretches and leaders", 1)
    _table(d, RIVER_STRETCHES, bold_header=True)
    d.add_paragraph(RIVER_STRETCH_NOTE)
    d.add_heading("On the day", 1)
    for t in RIVER_STEPS:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph(RIVER_WADERS)
    d.add_heading("What to bring", 2)
    for t in RIVER_BRING:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Kit on loan", 2)
    _table(d, RIVER_KIT, bold_header=False)
    d.add_paragraph(RIVER_KIT_NOTE)
    _labelled(d, "Safety: ", RIVER_SAFETY)
    d.add_heading("Afterwards", 2)
    d.add_paragraph(RIVER_SOUP)
    for t in ("See you by the river,", "Gwen Pritchard", "Volunteer Coordinator"):
        d.add_paragraph(t)
    return d


RIVER_LINE = "Saturday 13 March 2027 \u2013 Old Mill car park, Wendbridge \u2013 10:00am to 1:00pm"
RIVER_ORGANISER = "Gwen Pritchard, Friends of the River Wend \u2013 07700 900538"
RIVER_MEET = "the green gazebo by the noticeboard, from 9:45am"
RIVER_INTRO = ("This will be our 21st spring clean, and the river needs us as much as ever. Last year 74 volunteers "
               "turned out and between us we filled 212 bags, as well as pulling out three shopping trolleys, a "
               "traffic cone and half a motorbike. The Environment Agency has asked us to look out for Himalayan "
               "balsam shoots this year, too.")
RIVER_STRETCHES = [["Stretch", "Group leader", "Meet at", "Bags last year"],
                   ["Old Mill to the footbridge", "Gwen Pritchard", "Gazebo", "38"],
                   ["Footbridge to Kingfisher Weir", "Dev Anand", "Footbridge", "46"],
                   ["Kingfisher Weir to the allotments", "Maureen Tate", "Weir steps", "31"],
                   ["Allotments to Station Road bridge", "Kwame Asante", "Allotment gate", "52"],
                   ["Station Road bridge to Wend Meadows", "Lucy Fairbairn", "Station Road", "27"],
                   ["Riverside playing fields (litter only)", "Tom Ridley", "Pavilion", "18"]]
RIVER_STRETCH_NOTE = ("The bag numbers are a rough guide to how messy each stretch was last year. If your group "
                      "finishes early, tell your leader before you move down to help the next one.")
RIVER_STEPS = ("Sign in at the gazebo and tell us if you\u2019re under 16 \u2013 under-16s must come with an adult.",
               "Pick up gloves, a litter picker, a hi-vis vest and a roll of bags.",
               "Walk down to your stretch with your group leader, who carries the first aid kit.",
               "Tie full bags shut and leave them by the yellow flags on the path for the council van.",
               "Bring your kit back to the gazebo by 1:00pm and sign out, so we know everyone is off the bank.")
RIVER_WADERS_RULE = ("Only volunteers who have done the Canal and River Trust bank safety course may wear waders and "
                     "go into the shallows.")
RIVER_WADERS = (RIVER_WADERS_RULE + " Everyone else stays on the path or the grass, however tempting that trolley "
                "looks. If you\u2019d like to do the course, Dev runs it at the Scout Hut twice a year.")
RIVER_BRING = ("Wellies or sturdy boots \u2013 the path by the weir is always muddy",
               "Old clothes you don\u2019t mind ruining, and a waterproof",
               "A drink and a snack, as it\u2019s a long morning",
               "Sun cream and a sun hat",
               "Your own gardening gloves if you prefer them, though we have plenty")
RIVER_KIT = [["Item", "How many", "Lent by"], ["Litter pickers", "60", "Wendbridge Town Council"],
             ["Heavy-duty gloves (pairs)", "80", "Keep Britain Tidy"], ["Hi-vis vests", "50", "Wendbridge Scouts"],
             ["Grab hooks for trolleys", "4", "Canal and River Trust"],
             ["Rolls of bags", "30", "Wendbridge Town Council"]]
RIVER_KIT_NOTE = ("Please hand everything back at the end \u2013 last year we lost eleven pickers, and they cost "
                  "\u00a39 each to replace.")
RIVER_SAFETY = ("never touch needles, broken glass, gas canisters or anything that looks like chemicals. Mark it with "
                "a yellow flag and tell your leader, who will ring the council.")
RIVER_SOUP = ("Soup and rolls will be waiting at the Scout Hut on Mill Lane from 1:00pm, made by the Tuesday Lunch "
              "Club. There\u2019s a collection tin for the river fund, but nobody has to pay.")


def walks_programme() -> Doc:
    """A walking group's spring walks programme in Garamond: a plain bold green name, a plain line, a Heading 1 title,
    bold labels, a greeting, Heading 2 sections, a walks table with a bold header, a grades table with a plain header,
    a numbered list, bullets, a bold "Dogs:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Garamond", size=11.5, after=6)
    _big(d, "Hollins Valley Walking Group", 20, color="3B6E2F")
    d.add_paragraph(WALKS_LINE)
    d.add_heading("Spring Walks Programme 2027", 1)
    _labelled(d, "Walks secretary: ", WALKS_SECRETARY)
    _labelled(d, "Membership: ", WALKS_MEMBERSHIP)
    d.add_paragraph("Dear walkers,")
    d.add_paragraph(WALKS_INTRO)
    d.add_heading("The walks", 2)
    _table(d, WALKS, bold_header=True)
    d.add_paragraph(WALKS_NOTE)
    d.add_heading("Grades", 2)
    _table(d, WALKS_GRADES, bold_header=False)
    d.add_paragraph(WALKS_GRADES_NOTE)
    d.add_heading("Before you come", 2)
    for t in WALKS_STEPS:
        d.add_paragraph(t, style="List Number")
    d.add_heading("What to wear and carry", 2)
    for t in WALKS_KIT:
        d.add_paragraph(t, style="List Bullet")
    _labelled(d, "Dogs: ", WALKS_DOGS)
    d.add_paragraph(WALKS_SOCIAL)
    for t in ("Happy walking,", "Alan Greaves", "Walks Secretary"):
        d.add_paragraph(t)
    return d


WALKS_LINE = "Sunday walks, March to June 2027 \u2013 everyone welcome, members or not"
WALKS_SECRETARY = "Alan Greaves, 01632 960847"
WALKS_MEMBERSHIP = "\u00a312 a year (\u00a318 for two at the same address); non-members pay \u00a32 a walk"
WALKS_FIRST_AID = "Two of our leaders have also just passed their outdoor first aid certificates."
WALKS_INTRO = ("Here is the spring programme. After the feedback from last autumn we\u2019ve kept most walks under ten "
               "miles, and there\u2019s a new short walk on the last Sunday of each month for anyone getting back into "
               "walking after an injury or a long winter. " + WALKS_FIRST_AID)
WALKS = [["Date", "Walk", "Miles", "Grade", "Leader"],
         ["7 March", "Hollins Reservoir circuit", "6", "Easy", "Alan Greaves"],
         ["21 March", "Cragg Vale and Stoodley Pike", "9", "Moderate", "Bev Nuttall"],
         ["28 March", "Short walk: canal towpath to Mytholm", "3", "Easy", "Sunita Rao"],
         ["11 April", "Widdop and the Pennine Way", "11", "Hard", "Ian McAllister"],
         ["25 April", "Short walk: Hardcastle Crags", "4", "Easy", "Sunita Rao"],
         ["9 May", "Heptonstall and Colden Clough", "8", "Moderate", "Bev Nuttall"],
         ["23 May", "Blackstone Edge Roman road", "10", "Hard", "Alan Greaves"],
         ["6 June", "Bluebell woods at Jumble Hole", "5", "Easy", "Ian McAllister"]]
WALKS_PETROL = "Please give your driver \u00a32 towards petrol."
WALKS_NOTE = ("All walks start at 9:30am from the Hollins Community Centre car park unless the leader says "
              "otherwise, and we share lifts to the start. " + WALKS_PETROL)
WALKS_GRADES = [["Grade", "What to expect", "Pace"],
                ["Easy", "Good paths and a few gentle climbs, usually back by lunchtime", "About 2 miles an hour"],
                ["Moderate", "Some rough ground and one or two steep climbs", "About 2.5 miles an hour"],
                ["Hard", "Open moorland, boggy in places, with long climbs", "About 2.5 miles an hour"]]
WALKS_ASK = ("If you\u2019re not sure whether a walk is right for you, ring the leader the week before \u2013 "
             "they\u2019d much rather you asked than struggled.")
WALKS_GRADES_NOTE = "Grades are only a guide, as bad weather can turn an easy walk into a hard one. " + WALKS_ASK
WALKS_STEPS = ("Check the website or the group WhatsApp by 8:00am on the day, in case the walk is called off.",
               "Let the leader know you\u2019re coming, so they can sort out lifts.",
               "Bring your membership card, or \u00a32 in cash if you\u2019re not a member.",
               "Tell the leader about any medical condition they should know about \u2013 it stays between you.")
WALKS_KIT = ("Walking boots with a good grip \u2013 trainers are fine on the short walks only",
             "A waterproof jacket and trousers, whatever the forecast says",
             "A packed lunch and at least a litre of water",
             "A warm hat and gloves, even in May on the tops",
             "A whistle and a small torch for the longer walks")
WALKS_DOGS = ("well-behaved dogs are welcome on the easy walks if they stay on a lead, but please leave them at home "
              "for the hard walks, as there are sheep on most of the moors.")
WALKS_SOCIAL = ("After most walks we stop for a drink at the White Lion in Heptonstall. In June we\u2019ll finish the "
                "season with a barbecue at Bev\u2019s \u2013 details nearer the time.")


# ---- batch 39: a tool and plant hire shop's hire rates and terms (a plain bold burnt orange name, an address and
# opening hours line with en dashes, a Heading 1 title, bold "Branch manager:" and "Account enquiries:" labels,
# Heading 2 sections, a rates table with a bold header and pound signs, a delivery table with a plain header, a
# square metres figure, a numbered list, bullets with prices, a bold "Damage waiver:" label and a three-line sign-off)
# ---- batch 40: a small bookkeeping practice's self assessment checklist for clients (a plain bold dark green name,
# an address line, a Title, a date line, a greeting, Heading 1 and 2 sections, a key dates table with a bold header
# and two rows on the same date, bullets, a numbered list, a fees table with a plain header and pound signs, a bold
# "Payments on account:" label and a three-line sign-off)


def tool_hire() -> Doc:
    """A tool and plant hire shop's rates and terms in Tahoma: a plain bold burnt orange name, an address line, a
    Heading 1 title, bold labels, Heading 2 sections, a rates table with a bold header, a delivery table with a plain
    header, a numbered list, bullets, a bold "Damage waiver:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Tahoma", size=10, after=6)
    _big(d, "Hollins Tool & Plant Hire", 20, color="C55A11")
    d.add_paragraph(HIRE_ADDRESS)
    d.add_heading("Hire Rates and Terms 2026", 1)
    _labelled(d, "Branch manager: ", "Dean Mottram")
    _labelled(d, "Account enquiries: ", HIRE_ACCOUNTS)
    d.add_heading("How hire works", 2)
    d.add_paragraph(HIRE_INTRO)
    d.add_heading("Hire rates", 2)
    _table(d, HIRE_RATES, bold_header=True)
    d.add_paragraph(HIRE_RATES_NOTE)
    d.add_heading("Delivery and collection", 2)
    _table(d, HIRE_DELIVERY, bold_header=False)
    d.add_paragraph(HIRE_DELIVERY_NOTE)
    d.add_heading("Opening an account", 2)
    for t in HIRE_ACCOUNT_STEPS:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Looking after the kit", 2)
    for t in HIRE_CARE:
        d.add_paragraph(t, style="List Bullet")
    _labelled(d, "Damage waiver: ", HIRE_WAIVER)
    d.add_paragraph(HIRE_LATE)
    for t in ("Thanks for hiring with us,", "Dean Mottram", "Branch Manager"):
        d.add_paragraph(t)
    return d


HIRE_ADDRESS = ("Unit 4, Canal Wharf Trading Estate, Stourbridge DY8 1QJ \u2013 01632 960352 \u2013 open 7:00am to "
                "5:00pm weekdays, 8:00am to 12:00pm Saturdays")
HIRE_ACCOUNTS = "Sue Bickley, 01632 960353 or accounts@hollinshire.example"
HIRE_INTRO = ("We hire by the half day, the day and the week. A day runs from when you collect to the same time the "
              "next working day, so kit picked up on a Friday afternoon doesn\u2019t need to be back until Monday "
              "afternoon \u2013 Sundays are on us. Everything is tested and cleaned before it goes out, and comes with "
              "its instructions and the right safety gear.")
HIRE_RATES = [["Tool", "Half day", "Day", "Week", "Deposit"],
              ["Breaker (Kango 950)", "\u00a328.00", "\u00a338.00", "\u00a395.00", "\u00a350"],
              ["Floor sander (belt)", "\u00a332.00", "\u00a345.00", "\u00a3120.00", "\u00a375"],
              ["Mini digger (1.5 tonne)", "\u2013", "\u00a3135.00", "\u00a3380.00", "\u00a3250"],
              ["Cement mixer (110V)", "\u00a315.00", "\u00a322.00", "\u00a355.00", "\u00a330"],
              ["Tile cutter (wet, 230mm)", "\u00a316.00", "\u00a324.00", "\u00a360.00", "\u00a330"],
              ["Carpet cleaner", "\u00a320.00", "\u00a330.00", "\u00a375.00", "\u00a340"],
              ["Pressure washer", "\u00a318.00", "\u00a326.00", "\u00a365.00", "\u00a340"]]
HIRE_SANDER = "A floor sander will do about 40m2 a day in an ordinary room."
HIRE_RATES_NOTE = ("All prices include VAT. Sanding sheets, blades and cleaning fluid are extra, and you only pay for "
                   "what you use. " + HIRE_SANDER + " The mini digger must be booked at least 48 hours ahead and "
                   "comes on a trailer, so you\u2019ll need a tow bar rated for 2.7 tonnes.")
HIRE_DELIVERY = [["Area", "Each way", "Earliest drop"], ["Stourbridge and Lye", "\u00a315.00", "7:30am"],
                 ["Kingswinford and Wordsley", "\u00a320.00", "8:00am"],
                 ["Halesowen and Dudley", "\u00a325.00", "8:30am"], ["Kidderminster", "\u00a335.00", "9:00am"],
                 ["Bromsgrove", "\u00a340.00", "9:30am"]]
HIRE_SIGN = ("Please make sure someone is on site to sign for the machine, or tell us where you\u2019d like it left "
             "\u2013 we can\u2019t leave a digger on the pavement.")
HIRE_DELIVERY_NOTE = "Our vans go out from 7:30am, Monday to Saturday. " + HIRE_SIGN
HIRE_ACCOUNT_STEPS = ("Bring photo ID \u2013 a driving licence or passport.",
                      "Bring two proofs of address from the last three months, such as a utility bill or bank "
                      "statement.",
                      "Pay the deposit with a debit or credit card in the same name.")
HIRE_CARE = ("Keep petrol and diesel tools topped up \u2013 we charge \u00a33.00 a litre for any fuel we have to add",
             "Wear the goggles, ear defenders and dust masks we give you, and ask for more if you run out",
             "Never lend hired kit to anyone else, even on the same job",
             "Bring everything back clean, or we\u2019ll add a cleaning charge of \u00a325")
HIRE_WAIVER = ("an extra 10% on the hire price covers accidental damage, but not loss, theft or misuse. Without it, "
               "you pay the full cost of any repair.")
HIRE_LATE = ("Running late? Ring the counter before 10:00am and we\u2019ll extend the hire if the kit isn\u2019t "
             "booked out. Kit brought back late without a call is charged at the day rate, and deposits go back on "
             "your card within five working days of the return.")


def tax_checklist() -> Doc:
    """A small bookkeeping practice's self assessment checklist in Palatino Linotype: a plain bold dark green name, an
    address line, a Title, a date line, a greeting, Heading 1 and 2 sections, a key dates table with a bold header,
    bullets, a numbered list, a fees table with a plain header, a bold "Payments on account:" label and a
    sign-off."""
    d = docx.Document()
    _normal(d, font="Palatino Linotype", size=10.5, after=6)
    _big(d, "Marsh Lane Bookkeeping", 18, color="2E5E4E")
    d.add_paragraph(TAXC_ADDRESS)
    d.add_paragraph("Self Assessment Checklist 2025\u201326", style="Title")
    d.add_paragraph("14 April 2026")
    d.add_paragraph("Dear client,")
    d.add_paragraph(TAXC_INTRO)
    d.add_heading("Key dates", 1)
    _table(d, TAXC_DATES, bold_header=True)
    d.add_paragraph(TAXC_DATES_NOTE)
    d.add_heading("What we need from you", 1)
    for t in TAXC_NEED:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Sending your records", 2)
    for t in TAXC_SEND:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Our fees", 1)
    _table(d, TAXC_FEES, bold_header=False)
    d.add_paragraph(TAXC_FEES_NOTE)
    _labelled(d, "Payments on account: ", TAXC_POA)
    d.add_paragraph(TAXC_THANKS)
    for t in ("Kind regards,", "Hazel Rhodes", "Senior Bookkeeper"):
        d.add_paragraph(t)
    return d


TAXC_ADDRESS = "2 Marsh Lane, Hebden Bridge HX7 8AD \u2013 01632 960587 \u2013 hello@marshlanebooks.example"
TAXC_INTRO = ("The 2025\u201326 tax year ended on 5 April, so it\u2019s time to start on your return. If you get "
              "everything to us by 31 July, we\u2019ll send your figures back by the end of September and you\u2019ll "
              "know what you owe well before January. Records that arrive after November pay our rush fee, and "
              "we\u2019d much rather not charge it.")
TAXC_DATES = [["Date", "What\u2019s due", "Who does it"],
              ["31 July 2026", "Second payment on account for 2025\u201326", "You pay HMRC"],
              ["31 July 2026", "Your records and receipts to us", "You"],
              ["30 September 2026", "Draft return sent to you to check", "Us"],
              ["31 October 2026", "Deadline for paper returns (we file online)", "\u2013"],
              ["30 December 2026", "Last day to file if you want tax collected through your PAYE code", "Us"],
              ["31 January 2027", "Online filing deadline and balancing payment", "Us and you"]]
TAXC_FINE = ("Miss the January deadline and HMRC fine you \u00a3100 straight away, even if you don\u2019t owe any "
             "tax.")
TAXC_DATES_NOTE = TAXC_FINE + " After three months the fine goes up by \u00a310 a day."
TAXC_NEED = ("Your sales invoices, or a total of your takings for the year",
             "Receipts for everything you\u2019ve bought for the business, sorted by month if you can",
             "Bank statements for every account you use for work, 6 April 2025 to 5 April 2026",
             "Your mileage log, if you use your own car for work",
             "P60s and P11Ds from any job you also had",
             "Details of any rent, pension or savings interest")
TAXC_SEND = ("Scan or photograph your receipts and upload them to your folder on our portal.",
             "Email bank statements as PDFs, not screenshots \u2013 screenshots often cut off the dates.",
             "If you prefer paper, drop a labelled envelope through our letterbox and we\u2019ll scan it for you.")
TAXC_FEES = [["Service", "Fee", "When paid"], ["Sole trader return", "\u00a3295.00", "On filing"],
             ["Landlord return (one property)", "\u00a3245.00", "On filing"],
             ["Each extra property", "\u00a360.00", "On filing"],
             ["Employed, with other income", "\u00a3180.00", "On filing"],
             ["Rush fee (records after 30 November)", "\u00a3150.00", "Up front"]]
TAXC_FEES_NOTE = ("All our fees include VAT. If your records come in a carrier bag of loose receipts, we\u2019ll tell "
                  "you before we charge for the extra time.")
TAXC_POA = ("if your bill is over \u00a31,000, HMRC will usually ask for two advance payments towards next year\u2019s "
            "tax, on 31 January and 31 July. We\u2019ll show them on your draft so they don\u2019t come as a shock.")
TAXC_THANKS = ("Thank you for trusting us with your tax again this year. The office is closed from 22 December to "
               "2 January, so please don\u2019t leave your questions until Christmas week \u2013 it\u2019s always "
               "better to ask than to guess.")

# ---- batch 43: a beekeepers' association's beginners' course joining letter (a plain bold honey-brown name, an
# apiary address line with an en dash, a Title, bold "Course tutor:" and "Course fee:" labels with a pound sign, a
# greeting, Heading 1 and 2 sections, a sessions table with a bold header and repeated places and tutors, a numbered
# list, bullets, an equipment table with a plain header and pound signs, a bold "Allergies:" label and a three-line
# sign-off)
# ---- batch 44: a film society's autumn season programme (a plain bold dark red name, a venue and times line with an
# en dash, a Heading 1 title, bold "Membership secretary:" and "Season ticket:" labels, a greeting, Heading 2
# sections, a films table with a bold header and a French title typed without its accent, a tickets table with a
# plain header and pound signs, a numbered list, bullets, a bold "Subtitles:" label and a three-line sign-off)


def beekeeping_course() -> Doc:
    """A beekeepers' association's beginners' course joining letter in Baskerville Old Face: a plain bold honey-brown
    name, an apiary address line, a Title, bold labels, a greeting, Heading 1 and 2 sections, a sessions table with a
    bold header, a numbered list, bullets, an equipment table with a plain header, a bold "Allergies:" label and a
    sign-off."""
    d = docx.Document()
    _normal(d, font="Baskerville Old Face", size=11, after=6)
    _big(d, "Severn Vale Beekeepers\u2019 Association", 18, color="9C6500")
    d.add_paragraph(BEE_ADDRESS)
    d.add_paragraph("Beginners\u2019 Beekeeping Course 2027", style="Title")
    _labelled(d, "Course tutor: ", "Ralph Keane, BBKA Master Beekeeper")
    _labelled(d, "Course fee: ", BEE_FEE)
    d.add_paragraph("Dear course member,")
    d.add_paragraph(BEE_INTRO)
    d.add_heading("Course dates", 1)
    _table(d, BEE_SESSIONS, bold_header=True)
    d.add_paragraph(BEE_DATES_NOTE)
    d.add_heading("Visiting the apiary", 1)
    for t in BEE_STEPS:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph(BEE_STINGS)
    d.add_heading("What to bring", 2)
    for t in BEE_BRING:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Equipment to buy", 2)
    _table(d, BEE_KIT, bold_header=False)
    d.add_paragraph(BEE_KIT_NOTE)
    _labelled(d, "Allergies: ", BEE_ALLERGY)
    d.add_heading("After the course", 2)
    d.add_paragraph(BEE_MENTOR)
    for t in ("Happy beekeeping,", "Margaret Oduya", "Education Secretary"):
        d.add_paragraph(t)
    return d


BEE_ADDRESS = ("Hill Farm apiary, Upton Lane, Ripple, Tewkesbury GL20 6DX \u2013 "
               "education@severnvalebees.example")
BEE_FEE = "\u00a3145, which includes a year\u2019s membership, BBKA insurance and the course book"
BEE_INTRO = ("Thank you for booking a place on this year\u2019s course. There are 14 of you, the most we\u2019ve ever "
             "had, so the evening talks will be in the main hall rather than the committee room. The first five "
             "sessions are talks on Tuesday evenings from 7:00pm to 9:00pm, and the last two are hands-on Saturday "
             "mornings at the apiary, weather permitting.")
BEE_SESSIONS = [["Date", "Session", "Where", "Led by"],
                ["Tue 9 March", "Why keep bees? The colony and its year", "Ripple Village Hall", "Ralph Keane"],
                ["Tue 16 March", "Hives, frames and equipment", "Ripple Village Hall", "Ralph Keane"],
                ["Tue 23 March", "Handling bees and using a smoker", "Ripple Village Hall", "Ruth Pennington"],
                ["Tue 30 March", "Swarms and how to prevent them", "Ripple Village Hall", "Ralph Keane"],
                ["Tue 6 April", "Pests and diseases, including varroa", "Ripple Village Hall", "Ifan Morgan"],
                ["Sat 17 April", "First hive inspection", "Hill Farm apiary", "Ruth Pennington"],
                ["Sat 1 May", "Second hive inspection", "Hill Farm apiary", "Ifan Morgan"]]
BEE_DATES_NOTE = ("If a Saturday session is rained off, we\u2019ll move it to the Sunday morning and text you by "
                  "8:00am. There\u2019s tea and cake at the break in every evening talk, baked by a different member "
                  "each week.")
BEE_STEPS = ("Park in the yard by the big barn, never on the lane \u2013 the farmer needs to get his tractor past.",
             "Put your suit on at the cars and check your veil is zipped all the way round before you walk up.",
             "Light your smoker at the shed with the fuel we provide, and keep it well away from the dry grass.",
             "Stand behind your tutor at the hive, not in front of the entrance, and keep every movement slow.",
             "Wash your gloves and hive tool in the soda bucket before you leave, so we don\u2019t carry disease "
             "between hives.")
BEE_STING_RULE = ("If you are stung, scrape the sting out sideways with a fingernail rather than pulling it, as "
                  "squeezing it pumps in more venom.")
BEE_STINGS = ("You will almost certainly be stung at some point, and it\u2019s nothing to worry about. "
              + BEE_STING_RULE + " There are antihistamine tablets and a cold pack in the shed.")
BEE_BRING = ("Wellies or boots that your trousers tuck into \u2013 bees always crawl upwards",
             "A notebook and pen for the evening talks",
             "Light-coloured clothes to wear under your suit, as bees dislike dark colours",
             "A flask of something hot, because April on the hill is never warm",
             "Your own suit if you already have one (we lend them otherwise)")
BEE_KIT = [["Item", "Rough price", "Notes"], ["Bee suit with veil", "\u00a365", "Buy one a size too big"],
           ["Nitrile gloves (box of 100)", "\u00a39", "Not leather \u2013 it holds the smell of stings"],
           ["Hive tool", "\u00a37", "The J-shaped sort is easiest"],
           ["Smoker", "\u00a335", "Stainless steel lasts longest"],
           ["National hive, flat-packed", "\u00a3210", "Wait until the course has ended"]]
BEE_KIT_NOTE = ("Please don\u2019t buy a hive or any bees until the course has finished. Second-hand kit can carry "
                "American foulbrood, so ask Ifan to look it over first. Members get 10% off at Abbey Bee Supplies in "
                "Tewkesbury if they show their card.")
BEE_ALLERGY = ("if you have ever had a bad reaction to a sting, or carry an adrenaline pen, tell Ralph before the "
               "first apiary session, and bring the pen every time.")
BEE_MENTOR = ("Everyone who finishes the course is paired with a mentor for their first season, and the association "
              "sells nucleus colonies to members in June for \u00a3180. Our monthly meetings are at Ripple Village "
              "Hall on the second Thursday at 7:30pm, and you\u2019ll be very welcome.")


def film_society_season() -> Doc:
    """A film society's autumn season programme in Segoe UI: a plain bold dark red name, a venue line, a Heading 1
    title, bold labels, a greeting, Heading 2 sections, a films table with a bold header, a tickets table with a plain
    header, a numbered list, bullets, a bold "Subtitles:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Segoe UI", size=10, after=6)
    _big(d, "Ledbury Film Society", 20, color="8B1A1A")
    d.add_paragraph(FILM_LINE)
    d.add_heading("Autumn Season 2026: World Cinema", 1)
    _labelled(d, "Membership secretary: ", FILM_SECRETARY)
    _labelled(d, "Season ticket: ", FILM_SEASON)
    d.add_paragraph("Dear members,")
    d.add_paragraph(FILM_INTRO)
    d.add_heading("This season\u2019s films", 2)
    _table(d, FILMS, bold_header=True)
    d.add_paragraph(FILM_NOTE)
    d.add_heading("Tickets and prices", 2)
    _table(d, FILM_TICKETS, bold_header=False)
    d.add_paragraph(FILM_TICKETS_NOTE)
    d.add_heading("On the night", 2)
    for t in FILM_STEPS:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph(FILM_LATE)
    d.add_heading("Helping out", 2)
    for t in FILM_HELP:
        d.add_paragraph(t, style="List Bullet")
    _labelled(d, "Subtitles: ", FILM_SUBTITLES)
    d.add_paragraph(FILM_AGM)
    for t in ("See you at the pictures,", "Gareth Pryce", "Programme Secretary"):
        d.add_paragraph(t)
    return d


FILM_LINE = "Screenings at the Burgage Hall, Ledbury HR8 1DH \u2013 doors 7:00pm, film 7:30pm"
FILM_SECRETARY = "Anne Whitlock (ring or text the society mobile, 07700 900614)"
FILM_SEASON = "\u00a336 for all six films, or \u00a330 if you renew before 31 August"
FILM_INTRO = ("Welcome to our 41st season. This autumn we\u2019re going round the world in six films, from Paris to "
              "Dublin by way of Tokyo and Mexico City, and every one of them was picked by you in the members\u2019 "
              "vote in June. Numbers were up by a third last season, so please come in good time if you want your "
              "usual seat.")
FILMS = [["Date", "Film", "Country", "Year", "Cert"],
         ["Fri 2 October", "Amelie", "France", "2001", "15"],
         ["Fri 16 October", "The Lives of Others", "Germany", "2006", "15"],
         ["Fri 30 October", "Spirited Away", "Japan", "2001", "PG"],
         ["Fri 13 November", "Roma", "Mexico", "2018", "15"],
         ["Fri 27 November", "The Quiet Girl", "Ireland", "2022", "12A"],
         ["Fri 11 December", "Cinema Paradiso", "Italy", "1988", "PG"]]
FILM_NOTE = ("After each film there\u2019s an optional ten-minute chat in the side room, led by whoever picked it. "
             "Spirited Away is our first animated film in years, so do bring the grandchildren \u2013 under 18s are "
             "only \u00a34.")
FILM_TICKETS = [["Ticket", "Price", "Where to buy"], ["Season ticket (six films)", "\u00a336", "Membership secretary"],
                ["Single film, member", "\u00a37", "On the door"],
                ["Single film, guest", "\u00a39", "On the door or Ledbury Books"],
                ["Under 18s and students", "\u00a34", "On the door"]]
FILM_TICKETS_NOTE = ("We take cash and cards on the door. Season tickets can\u2019t be passed on, but you can bring a "
                     "guest to any film at the guest price.")
FILM_STEPS = ("Show your season ticket, or buy a ticket at the table by the main door.",
              "Pick up a programme note from the rack \u2013 members write them and they\u2019re well worth a read.",
              "Switch your phone off, not just to silent, as the screen shows up every glow from the back rows.",
              "Take cups and glasses back to the bar at the end, so the caretaker can lock up by 10:30pm.")
FILM_LATE_RULE = ("The doors close when the lights go down, and anyone arriving late will be shown to a seat by a "
                  "steward at a quiet moment.")
FILM_LATE = (FILM_LATE_RULE + " The hearing loop covers the first six rows, and there are two wheelchair spaces at the "
             "end of row C.")
FILM_HELP = ("Setting out and stacking the 120 chairs, from 6:15pm",
             "Serving at the bar \u2013 you\u2019ll need to have done the licence briefing",
             "Running the raffle in the interval",
             "Writing a programme note for a film you love")
FILM_SUBTITLES = ("if you find subtitles hard to follow, sit in the first five rows, where the screen is easiest to "
                  "read. Large-print programme notes are available if you ask.")
FILM_AGM = ("Our AGM is on Friday 22 January 2027 at 7:00pm, before the first film of the spring season. We\u2019re "
            "looking for a new treasurer, so if you\u2019re handy with a spreadsheet, please have a word with any of "
            "the committee.")



# ---- batch 41: a district council's residents' parking zone consultation letter (a plain bold navy council name, an
# address line with an en dash, a Title, bold "Our ref:" and "Consultation closes:" labels, a greeting, Heading 1 and
# 2 sections, bulleted streets, a permits table with a bold header and pound signs, a bold "Blue Badge holders:"
# label, a numbered list of ways to reply, a drop-in table with a plain header and a three-line sign-off)
# ---- batch 42: a community repair café's information sheet (a Title, a plain line with en dashes, bold "Organiser:"
# and "Email:" labels, Heading 1 and 2 sections, a fixers table with a bold header and a fixer named twice, a numbered
# list, bullets, a sessions table with a plain header, CO2 typed flat, a bold "Safety:" label and a three-line
# sign-off that repeats the title)


def parking_consultation() -> Doc:
    """A district council's residents' parking zone consultation letter in Arial: a plain bold navy council name, an
    address line, a Title, bold labels, a greeting, Heading 1 and 2 sections, bulleted streets, a permits table with a
    bold header, a bold "Blue Badge holders:" label, a numbered list, a drop-in table with a plain header and a
    sign-off."""
    d = docx.Document()
    _normal(d, font="Arial", size=11, after=6)
    _big(d, "Marlow Vale District Council", 18, color="1F3864")
    d.add_paragraph(PARK_ADDRESS)
    d.add_paragraph(PARK_TITLE, style="Title")
    _labelled(d, "Our ref: ", "PK/2027/031")
    _labelled(d, "Consultation closes: ", "Friday 19 March 2027")
    d.add_paragraph("Dear resident,")
    d.add_paragraph(PARK_INTRO)
    d.add_heading("What we are proposing", 1)
    d.add_paragraph(PARK_PROPOSAL)
    d.add_heading("Streets in the zone", 2)
    for t in PARK_STREETS:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("What a permit would cost", 1)
    _table(d, PARK_PERMITS, bold_header=True)
    d.add_paragraph(PARK_PERMITS_NOTE)
    _labelled(d, "Blue Badge holders: ", PARK_BLUE)
    d.add_heading("Have your say", 1)
    d.add_paragraph(PARK_SAY)
    for t in PARK_STEPS:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Drop-in sessions", 2)
    _table(d, PARK_DROPINS, bold_header=False)
    d.add_paragraph(PARK_DROPIN_NOTE)
    d.add_paragraph(PARK_NEXT)
    for t in ("Yours faithfully,", "Rachel Okonjo", "Parking Services Manager"):
        d.add_paragraph(t)
    return d


PARK_ADDRESS = "Highways and Parking, Civic Offices, Bridge Street, Marlow Vale MV2 4RT \u2013 01632 960718"
PARK_TITLE = "Proposed Residents\u2019 Parking Zone K \u2013 Abbey Road Area"
PARK_INTRO = ("We are writing to every household and business in the Abbey Road area about a proposal to bring in "
              "permit parking. Since January 2025 we have had 146 complaints from people who cannot park anywhere near "
              "their own homes on weekdays, mostly because commuters leave their cars in these streets all day and "
              "walk to the station. When we counted in October, 7 out of every 10 cars parked on Abbey Road between "
              "9am and 4pm did not belong to anyone living there.")
PARK_PROPOSAL = ("Parking in the streets below would be for permit holders only from 8:00am to 6:30pm, Monday to "
                 "Saturday. In the evenings, and all day on Sundays and bank holidays, anyone could park as they do "
                 "now. We would also mark out six pay and display bays on Station Approach, for up to two hours, so "
                 "that people can still pop to the shops and the pharmacy.")
PARK_STREETS = ("Abbey Road, from the station to the Kings Arms roundabout",
                "Cloister Walk and Priory Close",
                "Mill Street, east side only (the west side already has double yellow lines)",
                "Tanners Lane",
                "St Hilda\u2019s Terrace and the service road behind it")
PARK_PERMITS = [["Permit", "Cost", "Lasts"], ["First car", "\u00a355.00", "12 months"],
                ["Second car", "\u00a390.00", "12 months"],
                ["Visitor cards (book of 10)", "\u00a312.00", "One day per card"],
                ["Carer permit", "Free", "12 months"], ["Business permit", "\u00a3320.00", "12 months"],
                ["Electric car (first car only)", "\u00a327.50", "12 months"]]
PARK_PLATES = "Permits would be linked to your number plate, so there would be nothing to stick in the windscreen."
PARK_PERMITS_NOTE = (PARK_PLATES + " You could apply online or by phone, and each household could buy up to five "
                     "books of visitor cards a year. The prices are the same as in our other eleven zones.")
PARK_BLUE = ("you could park in any permit bay for free and for as long as you need, as long as your badge is on show. "
             "You would not need a permit as well.")
PARK_SAY = ("We want to hear from everyone, whether you are for the scheme, against it or not sure yet. You can reply "
            "in any of these ways:")
PARK_STEPS = ("Fill in the online survey at marlowvale.example/zonek \u2013 it takes about five minutes.",
              "Email parking@marlowvale.example with your name, address and views.",
              "Fill in the paper form we have enclosed and post it back in the freepost envelope.",
              "Come to one of our drop-in sessions and talk to the parking team in person.")
PARK_DROPINS = [["Date", "Time", "Where"],
                ["Tuesday 23 February", "2:00pm to 7:00pm", "Abbey Road Methodist Church hall"],
                ["Saturday 27 February", "10:00am to 1:00pm", "Marlow Vale Library, meeting room 2"],
                ["Wednesday 3 March", "4:00pm to 8:00pm", "St Hilda\u2019s Primary School"],
                ["Thursday 11 March", "10:00am to 2:00pm", "Abbey Road Methodist Church hall"]]
PARK_DROPIN_NOTE = ("Councillor Joan Whitlock will be at the sessions on 23 February and 11 March. There is no need to "
                    "book, and both halls have step-free access.")
PARK_NEXT = ("When the consultation closes we will read every reply and publish the results on our website by the end "
             "of April. If most households are in favour, the zone could start on 1 July 2027. If they are not, the "
             "scheme will not go ahead and we will look at other ways to ease the pressure, such as talking to the "
             "owners of the station car park about their prices.")


def repair_cafe() -> Doc:
    """A community repair café's information sheet in Calibri: Title, a plain line, bold labels, Heading 1 and 2
    sections, a fixers table with a bold header, a numbered list, bullets, a sessions table with a plain header, a
    bold "Safety:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Calibri", size=11, after=6)
    d.add_paragraph(REPAIR_NAME, style="Title")
    d.add_paragraph(REPAIR_LINE)
    _labelled(d, "Organiser: ", "Fiona Achebe, 07700 900274")
    _labelled(d, "Email: ", "fixit@brockleyrepair.example")
    d.add_heading("What is a repair caf\u00e9?", 1)
    d.add_paragraph(REPAIR_INTRO)
    d.add_heading("Our fixers", 1)
    _table(d, REPAIR_FIXERS, bold_header=True)
    d.add_paragraph(REPAIR_FIXERS_NOTE)
    d.add_heading("How it works", 1)
    for t in REPAIR_STEPS:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Please don\u2019t bring", 2)
    for t in REPAIR_NO:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Sessions this year", 2)
    _table(d, REPAIR_DATES, bold_header=False)
    d.add_paragraph(REPAIR_DATES_NOTE)
    _labelled(d, "Safety: ", REPAIR_SAFETY)
    d.add_heading("Volunteer with us", 1)
    d.add_paragraph(REPAIR_VOLUNTEER)
    for t in ("Happy mending,", "Fiona Achebe", REPAIR_NAME):
        d.add_paragraph(t)
    return d


REPAIR_NAME = "Brockley Repair Caf\u00e9"
REPAIR_LINE = ("Second Saturday of every month \u2013 St Saviour\u2019s Church Hall, Elm Grove, London SE4 1QR \u2013 "
               "10:00am to 1:00pm")
REPAIR_INTRO = ("Bring us your broken things and our volunteer fixers will try to mend them with you, free of charge. "
                "Since we started in September 2023 we have looked at 1,318 items and fixed 812 of them, which has "
                "kept about 4 tonnes of stuff out of the tip and saved roughly 9 tonnes of CO2. You sit with the fixer "
                "while they work, so you\u2019ll go home knowing a bit more about your toaster than you did.")
REPAIR_FIXERS = [["Table", "What we fix", "Fixers"],
                 ["1", "Small electricals (lamps, kettles, toasters, hairdryers)", "Ray Obi and Malcolm Finch"],
                 ["2", "Clothes and textiles (zips, hems, holes, buttons)", "Bernadette Kay"],
                 ["3", "Bikes (brakes, gears, punctures, chains)", "Luis Ortega"],
                 ["4", "Laptops and phones (slow computers, batteries, cracked screens)", "Anjali Mehta"],
                 ["5", "Furniture and wooden things (wobbly chairs, sticking drawers)", "Colin Pryce"],
                 ["6", "Jewellery and watches (clasps, chains, batteries)", "Sheila Dunmore"],
                 ["7", "Knife and scissor sharpening", "Malcolm Finch"]]
REPAIR_FIXERS_NOTE = ("Tables 1 and 4 are always the busiest, so come early if you\u2019re bringing a kettle or a "
                      "laptop. Luis has a bike stand and most tools, but please bring your own inner tubes and brake "
                      "pads if you know you need them.")
REPAIR_STEPS = ("Sign in at the door and fill in a repair card \u2013 one card for each item.",
                "Wait for your table to be called. There\u2019s tea, coffee and cake while you wait.",
                "Sit with your fixer while they take a look, and they\u2019ll tell you whether it can be mended.",
                "If it needs a new part, we\u2019ll write down what to buy and you can bring it back next month.",
                "Put something in the donations tin if you can \u2013 it all goes on tools and spare parts.")
REPAIR_NO = ("Microwaves \u2013 they can give you a nasty shock even when they\u2019re unplugged",
             "Anything with petrol in it, like lawnmowers, strimmers or chainsaws",
             "Gas appliances of any kind",
             "Anything too heavy for one person to carry in from the car")
REPAIR_DATES = [["Date", "Extra table", "Notes"], ["Saturday 9 January", "\u2013", "New year, new toaster"],
                ["Saturday 13 February", "Sewing machines", "Bring the manual if you still have it"],
                ["Saturday 13 March", "\u2013", "Repair caf\u00e9 AGM at 1:15pm"],
                ["Saturday 10 April", "Garden tools", "Out in the car park if it\u2019s dry"],
                ["Saturday 8 May", "\u2013", "Brockley Festival weekend"],
                ["Saturday 12 June", "Children\u2019s toys", "With the Brockley Toy Library"]]
REPAIR_DATES_NOTE = ("All sessions run from 10:00am to 1:00pm. We stop taking new items at 12:30pm so the fixers can "
                     "finish what\u2019s already on their tables.")
REPAIR_STICKER = "If it fails, it goes home with a red sticker on it and must not be plugged in again."
REPAIR_SAFETY = "every electrical item we mend is PAT tested by Ray before it leaves the hall. " + REPAIR_STICKER
REPAIR_VOLUNTEER = ("We are always looking for more fixers, especially anyone who can mend sewing machines or clocks, "
                    "and for people to make tea, welcome visitors and keep the repair log up to date. You don\u2019t "
                    "have to come every month. Just find Fiona on any second Saturday and have a chat.")


# ---- batch 45: a care home's visiting and activities letter to families (a Title, a plain line with en dashes, a
# Heading 1 title, bold "Home manager:" and "Activities coordinator:" labels, a greeting, Heading 2 sections, bulleted
# visiting rules, an activities table with a bold header and a leader named twice, a numbered list, a bold "Please
# note:" label, an extras table with a plain header and a three-line sign-off)
# ---- batch 46: a chimney sweep's price list and customer notes (a plain bold brick-red name, a contact line with en
# dashes, a Title, bold "Valid from:" and "Call-out area:" labels, Heading 1 sections, a prices table with a bold
# header, a numbered list, bullets, a bold "Nesting birds:" label, an areas table with a plain header, a place name
# misspelt once and a three-line sign-off that repeats the name)


def care_home_visiting() -> Doc:
    """A care home's visiting and activities letter to families in Open Sans: Title, a plain address line, a Heading 1
    title, bold labels, a greeting, Heading 2 sections, bulleted visiting rules, an activities table with a bold header,
    a numbered list, a bold "Please note:" label, an extras table with a plain header and a sign-off."""
    d = docx.Document()
    _normal(d, font="Open Sans", size=10.5, after=6)
    d.add_paragraph("Willowbank House", style="Title")
    d.add_paragraph(CARE_ADDRESS)
    d.add_heading(CARE_TITLE, 1)
    _labelled(d, "Home manager: ", "Gillian Marsh")
    _labelled(d, "Activities coordinator: ", CARE_COORDINATOR)
    d.add_paragraph("Dear families and friends,")
    d.add_paragraph(CARE_INTRO)
    d.add_heading("Visiting times", 2)
    d.add_paragraph(CARE_VISIT)
    for t in CARE_RULES:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Activities programme", 2)
    _table(d, CARE_ACTIVITIES, bold_header=True)
    d.add_paragraph(CARE_ACT_NOTE)
    d.add_heading("Booking a family meal", 2)
    for t in CARE_MEAL_STEPS:
        d.add_paragraph(t, style="List Number")
    _labelled(d, "Please note: ", CARE_NOTE)
    d.add_heading("Costs for extras", 2)
    _table(d, CARE_EXTRAS, bold_header=False)
    d.add_paragraph(CARE_EXTRAS_NOTE)
    d.add_paragraph(CARE_MEETING)
    for t in ("With warm wishes,", "Gillian Marsh", "Home Manager"):
        d.add_paragraph(t)
    return d


CARE_ADDRESS = "Residential and nursing care \u2013 42 Fernhill Road, Harrogate HG1 4LP \u2013 01423 960382"
CARE_TITLE = "Visiting and Activities: May and June 2027"
CARE_COORDINATOR = "Kwame Asante (ask at reception or ring extension 214)"
CARE_INTRO = ("Spring has finally reached Fernhill Road, and the new garden room has been in use every day since it "
              "opened at Easter. Here is what\u2019s on for our 38 residents over the next two months, with a reminder "
              "of how visiting works and the new prices for extras. As always, if anything here doesn\u2019t suit your "
              "relative, have a word with Kwame or with me.")
CARE_VISIT = ("You\u2019re welcome to visit any day between 10:00am and 8:00pm, and you don\u2019t need to book. "
              "Mealtimes are protected, from 12:15pm to 1:15pm and from 5:00pm to 6:00pm, so that residents can eat "
              "without distractions, but you can join your relative for a meal if you book it (see below).")
CARE_RULES = ("Sign in and out in the visitors\u2019 book at reception, so we know who is in the building if the fire "
              "alarm goes off",
              "Use the hand gel by the front door when you arrive and again when you leave",
              "Please stay away if you\u2019ve had sickness or diarrhoea in the last 48 hours, even if you feel fine "
              "now",
              "Children are very welcome, but please keep an eye on them in the corridors and the lift",
              "Well-behaved dogs on a lead can come into the lounge and the garden, but not the dining room")
CARE_ACTIVITIES = [["Day", "Time", "Activity", "Where", "Led by"],
                   ["Monday", "10:30am", "Chair exercises", "Lounge", "Kwame Asante"],
                   ["Tuesday", "2:30pm", "Music for the Mind", "Garden room", "Nidd Valley Singers"],
                   ["Wednesday", "10:30am", "Baking club", "Activity kitchen", "Sue Pickering"],
                   ["Wednesday", "2:30pm", "Pets as Therapy visit", "Lounge", "Maggie and her dog Biscuit"],
                   ["Thursday", "2:00pm", "Reminiscence group", "Library corner", "Kwame Asante"],
                   ["Friday", "11:00am", "Holy Communion", "Quiet room", "Rev. Alan Dobson"],
                   ["Saturday", "3:00pm", "Film afternoon", "Garden room", "Volunteers"]]
CARE_MINIBUS = "The minibus trips to Valley Gardens are on hold until we find a new volunteer driver."
CARE_ACT_NOTE = ("Families are welcome to join in with any activity \u2013 residents often enjoy it more with someone "
                 "they know beside them. " + CARE_MINIBUS + " If you\u2019d like to suggest a film for Saturday, write "
                 "it on the board outside the garden room.")
CARE_MEAL_STEPS = ("Ring reception on 01423 960382 at least 48 hours before the meal you\u2019d like to join.",
                   "Tell us whether it\u2019s lunch or tea and how many of you are coming \u2013 we can seat up to "
                   "four guests with one resident.",
                   "Pay at reception on the day, by card or cash.",
                   "Let us know about any allergies when you book, as the kitchen makes everything fresh each "
                   "morning.")
CARE_NOTE = ("the garden room can be booked for family birthdays on Sunday afternoons. We\u2019ll put the kettle on, "
             "but please bring your own cake.")
CARE_EXTRAS = [["Extra", "Price", "How to pay"],
               ["Hairdresser (wash and set)", "\u00a316.00", "Added to the monthly invoice"],
               ["Chiropodist", "\u00a328.00", "Added to the monthly invoice"],
               ["Guest lunch", "\u00a37.50", "At reception"],
               ["Guest tea", "\u00a35.00", "At reception"],
               ["Daily newspaper", "\u00a31.80", "Added to the monthly invoice"]]
CARE_EXTRAS_NOTE = ("Lorraine the hairdresser comes every Tuesday morning, and the chiropodist visits every six weeks; "
                    "the next visit is on Thursday 20 May. These prices apply from 1 May and are the first rise since "
                    "2025.")
CARE_MEETING = ("Our next residents\u2019 and relatives\u2019 meeting is on Wednesday 9 June at 6:30pm in the garden "
                "room. It\u2019s a chance to tell us what\u2019s going well and what isn\u2019t, and to meet our new "
                "deputy manager, Femi Adebayo.")


def chimney_sweep_prices() -> Doc:
    """A chimney sweep's price list and customer notes in Rockwell: a plain bold brick-red name, a contact line, a
    Title, bold labels, Heading 1 sections, a prices table with a bold header, a numbered list, bullets, a bold
    "Nesting birds:" label, an areas table with a plain header and a sign-off."""
    d = docx.Document()
    _normal(d, font="Rockwell", size=10.5, after=6)
    _big(d, SWEEP_NAME, 20, color="8B2500")
    d.add_paragraph(SWEEP_CONTACT)
    d.add_paragraph(SWEEP_TITLE, style="Title")
    _labelled(d, "Valid from: ", "1 March 2027 until further notice")
    _labelled(d, "Call-out area: ", "15 miles around Ilkley, with no mileage charge")
    d.add_paragraph(SWEEP_INTRO)
    d.add_heading("Prices", 1)
    _table(d, SWEEP_PRICES, bold_header=True)
    d.add_paragraph(SWEEP_PRICES_NOTE)
    d.add_heading("Before I arrive", 1)
    for t in SWEEP_STEPS:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph(SWEEP_ARRIVE)
    d.add_heading("What you get", 1)
    for t in SWEEP_GET:
        d.add_paragraph(t, style="List Bullet")
    _labelled(d, "Nesting birds: ", SWEEP_BIRDS)
    d.add_heading("Booking and payment", 1)
    _table(d, SWEEP_AREAS, bold_header=False)
    d.add_paragraph(SWEEP_PAY)
    d.add_paragraph(SWEEP_BUSY)
    for t in ("Thanks again,", "Nick Hartley", SWEEP_NAME):
        d.add_paragraph(t)
    return d


SWEEP_NAME = "Hartley Chimney Sweeps"
SWEEP_CONTACT = "Nick Hartley \u2013 HETAS registered, member of the Guild of Master Sweeps \u2013 07700 900847"
SWEEP_TITLE = "Price List and Customer Notes 2027"
SWEEP_INTRO = ("Thanks for getting in touch. I\u2019ve been sweeping chimneys round Wharfdale since 2009 and did 640 "
               "of them last year, from tiny Victorian bedroom fireplaces to the big inglenooks in the farmhouses up "
               "the dale. Everything you need to know before I come is below, and if it isn\u2019t, just ring.")
SWEEP_PRICES = [["Service", "Time on site", "Price"],
                ["Open fire sweep", "About 1 hour", "\u00a365"],
                ["Wood burner or multi-fuel stove", "About 1 hour", "\u00a370"],
                ["Second flue on the same visit", "About 45 minutes", "\u00a335"],
                ["Aga or range cooker", "About 2 hours", "\u00a385"],
                ["Bird\u2019s nest removal", "1 to 3 hours", "From \u00a390"],
                ["CCTV chimney survey", "About 1 hour", "\u00a3120"],
                ["Cowl or bird guard fitted", "About 1 hour", "From \u00a375"]]
SWEEP_VAT = "I\u2019m not VAT registered, so there\u2019s nothing extra to add on."
SWEEP_PRICES_NOTE = ("Every sweep comes with a certificate. " + SWEEP_VAT + " The cowl price includes the cowl itself, "
                     "and I\u2019ll bring a few for you to choose from.")
SWEEP_STEPS = ("Let the fire go out the night before \u2013 I can\u2019t sweep a warm flue, and stove glass needs to "
               "be cold.",
               "Clear about two metres in front of the fireplace so I can lay my dust sheets.",
               "Take ornaments, photos and clocks off the mantelpiece.",
               "Shut any pets in another room, as the vacuum is noisy and some dogs take against the brushes.")
SWEEP_ARRIVE = ("I\u2019ll ring about half an hour before I arrive. Most jobs take about an hour, and I leave the room "
                "as clean as I found it \u2013 in all these years I\u2019ve had one complaint about soot, and that was "
                "from a cat.")
SWEEP_GET = ("A full sweep with rods and brushes, and a sealed vacuum so no soot gets into the room",
             "A smoke test afterwards to check the flue is drawing properly",
             "A certificate to keep for your home insurance or your landlord",
             "A look at the pot and cowl through binoculars")
SWEEP_BIRDS = ("jackdaws love a chimney. By law I can\u2019t remove a nest while birds are using it, so between 1 "
               "March and 31 August I can only fit a guard once the chicks have flown.")
SWEEP_AREAS = [["Area", "Usual day", "Earliest start"],
               ["Ilkley and Ben Rhydding", "Monday and Thursday", "8:00am"],
               ["Otley", "Tuesday", "8:30am"],
               ["Burley-in-Wharfedale", "Wednesday", "8:30am"],
               ["Addingham and Silsden", "Friday", "9:00am"],
               ["Skipton", "Saturday (mornings only)", "9:00am"]]
SWEEP_CANCEL = ("If you cancel with less than 24 hours\u2019 notice there\u2019s a \u00a325 charge, as I\u2019ll "
                "usually have turned other jobs away.")
SWEEP_PAY = "You can pay by cash, card or bank transfer on the day. " + SWEEP_CANCEL
SWEEP_BUSY = ("September to November is my busiest time, when everybody remembers the fire at once. Book before the "
              "end of July and you\u2019ll get 10% off any sweep.")


# ---- batch 47: a model railway club's annual exhibition programme (a plain bold dark green club name, a venue and
# dates line with an en dash, a Title, bold "Opening times:" and "Admission:" labels, Heading 1 and 2 sections, a
# layouts table with a bold header and a layout's name misspelt, a traders table with a plain header, bullets, a
# numbered list of house rules, a bold "Refreshments:" label and a three-line sign-off)
# ---- batch 48: a village Round Table's bonfire and fireworks night information sheet (a Title, a plain line with an
# en dash, bold "Gates open:" and "Organiser:" labels, a greeting, Heading 1 and 2 sections, a programme table with a
# bold header, a tickets table with a plain header and pound signs, a numbered list, bullets, a bold "Parking:"
# label and a three-line sign-off)


def model_railway_exhibition() -> Doc:
    """A model railway club's annual exhibition programme in Trebuchet MS: a plain bold dark green club name, a venue
    line, a Title, bold labels, Heading 1 and 2 sections, a layouts table with a bold header, a traders table with a
    plain header, bullets, a numbered list, a bold "Refreshments:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Trebuchet MS", size=10.5, after=6)
    _big(d, "Wensleydale Model Railway Club", 20, color="1E5631")
    d.add_paragraph(RAIL_LINE)
    d.add_paragraph("Annual Exhibition 2026", style="Title")
    _labelled(d, "Opening times: ", RAIL_TIMES)
    _labelled(d, "Admission: ", RAIL_ADMISSION)
    d.add_heading("Welcome", 1)
    d.add_paragraph(RAIL_WELCOME)
    d.add_heading("Layouts on show", 1)
    _table(d, RAIL_LAYOUTS, bold_header=True)
    d.add_paragraph(RAIL_LAYOUTS_NOTE)
    d.add_heading("Traders", 1)
    _table(d, RAIL_TRADERS, bold_header=False)
    d.add_paragraph(RAIL_TRADERS_NOTE)
    d.add_heading("For younger visitors", 2)
    for t in RAIL_KIDS:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Please remember", 2)
    for t in RAIL_RULES:
        d.add_paragraph(t, style="List Number")
    _labelled(d, "Refreshments: ", RAIL_CAFE)
    d.add_heading("Join the club", 1)
    d.add_paragraph(RAIL_JOIN)
    for t in ("Enjoy the show,", "Malcolm Thwaite", "Exhibition Manager"):
        d.add_paragraph(t)
    return d


RAIL_LINE = ("Leyburn Community Centre, Railway Street, Leyburn DL8 5AY \u2013 Saturday 10 and Sunday 11 October "
             "2026")
RAIL_TIMES = "Saturday 10:00am to 5:00pm, Sunday 10:00am to 4:00pm (last entry an hour before closing)"
RAIL_ADMISSION = ("\u00a37 for adults, \u00a33 for children aged 5 to 15, under 5s free, or \u00a316 for a family of "
                  "two adults and up to three children")
RAIL_WELCOME = ("Welcome to our 38th exhibition. Eight layouts are here this year, from a tiny narrow gauge line "
                "on a coffee table to a forty-foot model of the Settle and Carlisle, and there\u2019s a good mix of "
                "scales. Last year 1,140 people came through the doors over the weekend and we raised \u00a32,380 for "
                "the Great North Air Ambulance, which is our charity again this year.")
RAIL_LAYOUTS = [["Stand", "Layout", "Scale", "Exhibitor"],
                ["1", "Hawes Junction", "OO", "Wensleydale MRC"],
                ["2", "Port Kennack", "O", "Trevor Pascoe"],
                ["3", "Little Snoring Light Railway", "OO9", "Anne and Dave Mortimer"],
                ["4", "Skipton Goods", "N", "Craven Railway Modellers"],
                ["5", "Brick Lane Sidings", "OO", "Wensleydale MRC Juniors"],
                ["6", "Glen Ardoch", "EM", "Hamish Baird"],
                ["7", "Ribbelhead Viaduct", "N", "Settle & Carlisle Modellers"],
                ["8", "Tinplate Corner", "O (tinplate)", "Geoff Harland"]]
RAIL_LAYOUTS_NOTE = ("Stands 1 to 4 are in the main hall and stands 5 to 8 are upstairs in the Dales Room. There is a "
                     "lift by the kitchen for anyone who can\u2019t manage the stairs, and a spare pushchair park at "
                     "the bottom.")
RAIL_TRADERS = [["Trader", "What they sell", "Where"],
                ["Dales Model Supplies", "New locomotives, coaches and wagons", "Main hall"],
                ["Pennine Transfers", "Transfers, decals and etched nameplates", "Dales Room"],
                ["Jim\u2019s Second-Hand Stock", "Pre-owned locos, wagons and track", "Main hall"],
                ["Swaledale Scenics", "Trees, grass, ballast and scenery kits", "Dales Room"],
                ["Railway Book Stall", "Books, magazines and old timetables", "Foyer"]]
RAIL_CASH = "Jim only takes cash, so bring some notes if you\u2019re after a bargain from his boxes."
RAIL_TRADERS_NOTE = ("Most of our traders take cards. " + RAIL_CASH + " There\u2019s a cashpoint outside the Co-op "
                     "on Market Place, two minutes\u2019 walk away.")
RAIL_KIDS = ("A free I-spy sheet at the door \u2013 find all twelve hidden figures and win a badge",
             "Have-a-go drivers\u2019 corner on the junior layout, Saturday 11:00am to 3:00pm",
             "A Lego railway built by the 1st Leyburn Scouts",
             "Baby changing in the ground floor toilets")
RAIL_RULES = ("Look with your eyes, not your hands \u2013 some of these layouts have taken twenty years to build.",
              "Keep pushchairs to the side aisles so everyone can get close to the barriers.",
              "Ask the exhibitor before taking photographs with a flash.",
              "Put your rubbish in the bins by the caf\u00e9 rather than on the window ledges.")
RAIL_CAFE = ("the WI are running the caf\u00e9 in the small hall, with bacon rolls from 10:00am, soup at lunchtime "
             "and homemade cakes all day.")
RAIL_JOIN = ("We meet every Tuesday at 7:30pm in the old goods shed at Leyburn station. Membership is \u00a335 a "
             "year, or \u00a310 for under 18s, and you don\u2019t need a layout of your own \u2013 just ask anyone "
             "in a green club polo shirt.")


def bonfire_fireworks_night() -> Doc:
    """A village Round Table's bonfire and fireworks night information sheet in Century Gothic: a Title, a plain line,
    bold labels, a greeting, Heading 1 and 2 sections, a programme table with a bold header, a tickets table with a
    plain header, a numbered list, bullets, a bold "Parking:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Century Gothic", size=10, after=6)
    d.add_paragraph(BONF_TITLE, style="Title")
    d.add_paragraph(BONF_LINE)
    _labelled(d, "Gates open: ", BONF_GATES)
    _labelled(d, "Organiser: ", BONF_ORGANISER)
    d.add_paragraph("Hello everyone,")
    d.add_paragraph(BONF_INTRO)
    d.add_heading("What\u2019s on", 1)
    _table(d, BONF_PROGRAMME, bold_header=True)
    d.add_paragraph(BONF_PROGRAMME_NOTE)
    d.add_heading("Tickets", 1)
    _table(d, BONF_TICKETS, bold_header=False)
    d.add_paragraph(BONF_TICKETS_NOTE)
    d.add_heading("Keeping safe", 2)
    for t in BONF_SAFETY:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Food and drink", 2)
    for t in BONF_FOOD:
        d.add_paragraph(t, style="List Bullet")
    _labelled(d, "Parking: ", BONF_PARKING)
    d.add_heading("Can you help?", 2)
    d.add_paragraph(BONF_HELP)
    for t in ("See you by the bonfire,", "Dev Malhotra", "Bonfire Chair, Thornfield Round Table"):
        d.add_paragraph(t)
    return d


BONF_TITLE = "Bonfire and Fireworks Night 2026"
BONF_LINE = "Thornfield Round Table \u2013 Saturday 7 November, Thornfield Recreation Ground, Mill Lane"
BONF_GATES = "5:00pm, with the bonfire lit at 6:30pm and the fireworks at 7:15pm"
BONF_ORGANISER = "Dev Malhotra, 07700 900842"
BONF_INTRO = ("After last year\u2019s washout we\u2019re back, with a bigger bonfire and our best display yet. The "
              "fireworks are fired by Starburst Pyrotechnics of Harrogate and last about 20 minutes, set to music "
              "picked by the pupils of Thornfield Primary. Every penny of profit goes to good causes in the village "
              "\u2013 the 2024 night paid for the new defibrillator outside the village hall.")
BONF_PROGRAMME = [["Time", "What\u2019s happening", "Where"],
                  ["5:00pm", "Gates open, food stalls and funfair", "Whole field"],
                  ["5:45pm", "Lantern parade from the primary school", "Mill Lane"],
                  ["6:30pm", "Bonfire lit by the Mayor", "Bonfire enclosure"],
                  ["6:45pm", "Sparkler zone opens (under 12s with an adult)", "By the scout hut"],
                  ["7:15pm", "Fireworks display", "Viewing area"],
                  ["8:30pm", "Funfair closes", "Whole field"]]
BONF_WIND = "If the wind gets up, the display will be put back rather than called off, so please be patient."
BONF_PROGRAMME_NOTE = "Times are a rough guide and depend on the weather. " + BONF_WIND
BONF_TICKETS = [["Ticket", "Online (until 4 November)", "On the gate"],
                ["Adult", "\u00a36.00", "\u00a38.00"], ["Child (4 to 15)", "\u00a33.00", "\u00a34.00"],
                ["Under 4s", "Free", "Free"], ["Family (2 adults, 2 children)", "\u00a316.00", "\u00a320.00"]]
BONF_TICKETS_NOTE = ("Buy online at thornfieldroundtable.example/bonfire and show the e-ticket on your phone. The "
                     "gate is cash only, and the queue gets long after 6:00pm.")
BONF_SAFETY = ("Stay behind the rope barriers at all times \u2013 the marshals in orange bibs are in charge.",
               "Don\u2019t bring your own fireworks or sparklers; you\u2019ll be given sparklers in the sparkler zone.",
               "Keep children close, and agree a meeting point by the big oak tree in case anyone gets lost.",
               "Leave dogs at home \u2013 the bangs terrify them, and a crowded field is no place for a frightened "
               "dog.",
               "If you need first aid, look for the St John Ambulance tent next to the main gate.")
BONF_FOOD = ("Hog roast rolls from Ellerby Farm, \u00a36.50",
             "Veggie chilli and jacket potatoes from the Scouts",
             "Hot chocolate, mulled wine and soup from the Round Table bar",
             "Toffee apples and candyfloss \u2013 and no glass on the field, please")
BONF_PARKING = ("there is no parking on the field this year. Use the long-stay car park at the station (\u00a32 after "
                "4:00pm) and walk down Mill Lane, which will be closed to traffic from 4:30pm.")
BONF_HELP = ("We still need a dozen marshals for the night, and helpers to clear the field on Sunday morning from "
             "9:00am. Marshals get a free hot drink, a bacon roll and the best view in the village. Give Dev a ring "
             "or find any of us at the bar.")

# ---- batch 49: a secondary school uniform shop's price list and ordering guide (a plain bold purple shop name, a
# room and phone line with en dashes, a Title, bold "Shop hours:" and "Shop manager:" labels with the manager's name
# misspelt, a greeting, Heading 1 and 2 sections, a prices table with a bold header, a numbered list, bullets, a
# second-hand table with a plain header, a bold "Donations:" label and a three-line sign-off)
# ---- batch 50: a running club's winter training plan (a Title, a plain line with en dashes, bold "Head coach:" and
# "Meeting point:" labels, a greeting, Heading 1 and 2 sections, a weekly sessions table with a bold header, a
# mileage blocks table with a plain header, bullets, a numbered list, a bold "Kit check:" label and a three-line
# sign-off)


def school_uniform_prices() -> Doc:
    """A secondary school uniform shop's price list and ordering guide in Tahoma: a plain bold purple shop name, a
    room line, a Title, bold labels, a greeting, Heading 1 and 2 sections, a prices table with a bold header, a
    numbered list, bullets, a second-hand table with a plain header, a bold "Donations:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Tahoma", size=10, after=6)
    _big(d, UNIF_NAME, 18, color="5B2A86")
    d.add_paragraph(UNIF_LINE)
    d.add_paragraph(UNIF_TITLE, style="Title")
    _labelled(d, "Shop hours: ", UNIF_HOURS)
    _labelled(d, "Shop manager: ", UNIF_MANAGER)
    d.add_paragraph("Dear parents and carers,")
    d.add_paragraph(UNIF_INTRO)
    d.add_heading("Prices", 1)
    _table(d, UNIF_PRICES, bold_header=True)
    d.add_paragraph(UNIF_PRICES_NOTE)
    d.add_heading("How to order", 1)
    for t in UNIF_STEPS:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph(UNIF_AUGUST)
    d.add_heading("Exchanges and refunds", 2)
    for t in UNIF_EXCHANGES:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Second-hand rail", 2)
    _table(d, UNIF_RAIL, bold_header=False)
    _labelled(d, "Donations: ", UNIF_DONATIONS)
    d.add_heading("Help with costs", 1)
    d.add_paragraph(UNIF_HELP)
    for t in UNIF_SIGN_OFF:
        d.add_paragraph(t)
    return d


UNIF_NAME = "Hollins Park Academy Uniform Shop"
UNIF_LINE = ("Run by volunteers from the Parents\u2019 Association \u2013 Room G14, next to the sports hall \u2013 "
             "01257 480617")
UNIF_TITLE = "Price List and Ordering Guide 2027\u201328"
UNIF_HOURS = ("Tuesday and Thursday 3:15pm to 5:00pm in term time, plus Saturday 21 and Saturday 28 August, 9:30am "
              "to 12:30pm")
UNIF_MANAGER = "Lorna Fairclogh (uniform@hollinsparkpa.example)"
UNIF_LOST = "The lost property cupboard had 212 unnamed jumpers in it by Easter, so please put names in everything."
UNIF_INTRO = ("Every penny the shop makes goes back into the school \u2013 last year it paid for new seats in the "
              "minibus and 40 graphic calculators for the maths department. Our badged items are cheaper than the "
              "same things on the high street, and there\u2019s a rail of nearly-new uniform at pocket-money prices. "
              + UNIF_LOST)
UNIF_PRICES = [["Item", "Sizes", "Price"],
               ["Blazer with badge", "28\u201d to 34\u201d chest", "\u00a326.50"],
               ["Blazer with badge", "36\u201d to 44\u201d chest", "\u00a331.00"],
               ["V-neck jumper with logo", "Age 9\u201310 to adult XL", "\u00a314.00"],
               ["White shirts (pack of two)", "Collar 12\u201d to 16\u201d", "\u00a39.50"],
               ["Clip-on tie in house colours", "One size", "\u00a35.00"],
               ["PE polo shirt", "XS to XL", "\u00a311.00"],
               ["PE shorts or skort", "XS to XL", "\u00a39.00"],
               ["Reversible rugby top", "28\u201d to 44\u201d chest", "\u00a322.00"],
               ["Rucksack with logo", "One size", "\u00a313.50"]]
UNIF_PRICES_NOTE = ("We don\u2019t sell trousers, skirts or shoes. Plain black tailored trousers, or a black pleated "
                    "skirt that comes to the knee, from any supermarket are fine, with plain black leather shoes "
                    "(no trainers or boots). Ties come in the four house colours, so check which house your child is "
                    "in before you buy.")
UNIF_STEPS = ("Measure your child \u2013 chest for blazers and rugby tops, collar for shirts. There\u2019s a size "
              "guide on the school website.",
              "Fill in an order form, from the school office or hollinspark.example/uniform.",
              "Hand the form in at the shop with your payment, or pay on ParentPay and write the receipt number on "
              "it.",
              "Collect your order within two weeks, or tick the box and we\u2019ll send it home in your child\u2019s "
              "bag.")
UNIF_AUGUST = ("Orders handed in before Friday 16 July will be ready at the August Saturday openings. After that "
               "it\u2019s first come, first served, and the bigger blazers always run out in the first week of term.")
UNIF_EXCHANGES = ("Unworn items with the labels still on can be exchanged within 28 days",
                  "We can\u2019t take back anything that has been named, washed or worn",
                  "Blazers that have had the sleeves taken up can\u2019t be returned",
                  "Keep your receipt \u2013 without it we can only give you a credit note")
UNIF_RAIL = [["Second-hand item", "Price"], ["Blazer", "\u00a33.00"], ["Jumper", "\u00a31.50"],
             ["Shirt", "\u00a30.50"], ["PE kit (any item)", "\u00a31.00"], ["Rugby top", "\u00a32.00"]]
UNIF_DONATIONS = ("we\u2019re always glad of outgrown uniform in good condition. Leave it, washed please, in the blue "
                  "bin outside the school office and we\u2019ll sort it for the rail.")
UNIF_HELP = ("If your child gets free school meals, you can claim a \u00a3150 uniform grant from Lancashire County "
             "Council when they start in Year 7. Have a quiet word with Mrs Okonjo in the school office \u2013 she "
             "can also arrange a free starter pack of a jumper, two shirts and a tie, and nobody else needs to know.")
UNIF_SIGN_OFF = ("Thank you for your support,", "Lorna Fairclough", "Uniform Shop Manager, Hollins Park PA")


def winter_training_plan() -> Doc:
    """A running club's winter training plan in Segoe UI: a Title, a plain line, bold labels, a greeting, Heading 1
    and 2 sections, a weekly sessions table with a bold header, a mileage blocks table with a plain header, bullets,
    a numbered list, a bold "Kit check:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Segoe UI", size=10, after=6)
    d.add_paragraph(WINT_TITLE, style="Title")
    d.add_paragraph(WINT_LINE)
    _labelled(d, "Head coach: ", WINT_COACH)
    _labelled(d, "Meeting point: ", WINT_MEET)
    d.add_paragraph("Hi all,")
    d.add_paragraph(WINT_INTRO)
    d.add_heading("Weekly sessions", 1)
    _table(d, WINT_SESSIONS, bold_header=True)
    d.add_paragraph(WINT_SESSIONS_NOTE)
    d.add_heading("Building up", 1)
    _table(d, WINT_BLOCKS, bold_header=False)
    d.add_paragraph(WINT_BLOCKS_NOTE)
    d.add_heading("Running in the dark", 2)
    for t in WINT_DARK:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("If the weather turns", 2)
    for t in WINT_WEATHER:
        d.add_paragraph(t, style="List Number")
    _labelled(d, "Kit check: ", WINT_KIT)
    d.add_heading("Winter social", 1)
    d.add_paragraph(WINT_SOCIAL)
    for t in WINT_SIGN_OFF:
        d.add_paragraph(t)
    return d


WINT_TITLE = "Winter Training Plan 2026\u201327"
WINT_LINE = "Calder Valley Harriers \u2013 November to February \u2013 every group, from beginners to the ultra lot"
WINT_COACH = "Sandra Holroyd (England Athletics Level 3), 07700 900561"
WINT_MEET = "the car park behind Hebden Bridge Leisure Centre, unless the table says otherwise"
WINT_INTRO = ("The clocks have gone back, so it\u2019s head torches on and out into the dark for the next four months. "
              "This plan builds everyone up steadily for the spring races, starting with the Calderdale Way Relay "
              "trial on 28 February. We had 64 members training through last winter, and not one of the eleven who "
              "did all sixteen weeks picked up an injury \u2013 so stick with it and try not to race every Tuesday.")
WINT_SESSIONS = [["Day", "Session", "Time", "Meet at", "Led by"],
                 ["Monday", "Easy recovery run, 5 to 8km", "6:30pm", "Leisure centre car park", "Tom Greenwood"],
                 ["Tuesday", "Hill reps on Birchcliffe Road", "6:30pm", "Bottom of Birchcliffe Road",
                  "Sandra Holroyd"],
                 ["Wednesday", "Strength and conditioning", "7:00pm", "Riverside School gym", "Priya Nair"],
                 ["Thursday", "Track intervals", "7:00pm", "Spring Hall track, Halifax", "Dave Sutcliffe"],
                 ["Saturday", "parkrun (optional)", "9:00am", "Shibden Park", "\u2013"],
                 ["Sunday", "Long run on the trails", "9:00am", "Leisure centre car park", "Rotating leaders"]]
WINT_HILLS = "The hill reps are the hardest session of the week, but they\u2019re the one that will do you most good."
WINT_SESSIONS_NOTE = ("Track nights cost \u00a33 on the gate, which pays for the floodlights. Priya\u2019s class takes "
                      "18 at most, so message her on the club WhatsApp to save a place. " + WINT_HILLS)
WINT_BLOCKS = [["Block", "Weeks", "Longest run"],
               ["Block 1", "2 to 29 November", "Up to 10km"],
               ["Block 2", "30 November to 3 January", "Up to 14km, with an easy week over Christmas"],
               ["Block 3", "4 to 31 January", "Up to 18km"],
               ["Block 4", "1 to 28 February", "Up to 21km, then a taper before the relay trial"]]
WINT_BLOCKS_NOTE = ("Don\u2019t add more than about ten per cent to your weekly total from one week to the next. If "
                    "you miss a week through illness, drop back a block rather than trying to catch up.")
WINT_DARK = ("Wear a head torch on every trail run \u2013 at least 300 lumens \u2013 and carry a spare battery",
             "Put on something bright or reflective, even on the roads through town",
             "Run in threes or more on the tops, and never leave anyone at the back on their own",
             "Carry your phone, with the session leader\u2019s number saved in it",
             "Tell someone at home which route you\u2019re on and when you expect to be back")
WINT_WEATHER = ("Check the club WhatsApp by 4:00pm \u2013 if a session is off, that\u2019s where we\u2019ll say so "
                "first.",
                "If there\u2019s ice on the roads, Tuesday\u2019s hills move onto the treadmills at the leisure "
                "centre.",
                "If the Calder is in flood, the riverside path is closed, so Monday\u2019s run goes up Heptonstall "
                "Road instead.")
WINT_KIT = ("from December every trail run needs a waterproof jacket with taped seams, a hat, gloves, a whistle and "
            "a foil blanket. Leaders will send you home without them \u2013 it\u2019s a fell running rule, not ours.")
WINT_SOCIAL = ("Our Christmas do is on Saturday 12 December at the White Lion in Hebden Bridge, from 7:30pm. Tickets "
               "are \u00a318 for two courses, and Sarah Pickles is taking money at training until 1 December. "
               "Partners are very welcome.")
WINT_SIGN_OFF = ("Keep warm and keep running,", "Sandra Holroyd", "Head Coach, Calder Valley Harriers")


# ---- batch 51: a church tower's bell ringers' autumn newsletter and Sunday rota (a plain bold plum-coloured tower
# name, a line with an en dash, a Heading 1 title, bold "Tower captain:" and "Practice night:" labels, a greeting,
# Heading 2 sections, a Sunday rota table with a bold header, a special ringing table with a plain header, a numbered
# list of safety rules, bullets for learners, a bold "Outing:" label and a three-line sign-off)
# ---- batch 52: a secondary school's Year 11 leavers' prom letter to parents (a Title, a plain line with an en dash,
# bold "Tickets on sale:" and "Prom coordinator:" labels, a greeting, Heading 1 and 2 sections, a tickets table with a
# bold header and pound signs, a running order table with a plain header, bullets, a numbered list, a bold "Please
# note:" label, a word misspelt once and a three-line sign-off)


def bell_ringers() -> Doc:
    """A church tower's bell ringers' autumn newsletter in Cambria: a plain bold plum-coloured tower name, a line under
    it, a Heading 1 title, bold labels, a greeting, Heading 2 sections, a rota table with a bold header, a special
    ringing table with a plain header, a numbered list, bullets, a bold "Outing:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Cambria", size=11, after=6)
    _big(d, BELL_NAME, 20, color="6B2D5C")
    d.add_paragraph(BELL_LINE)
    d.add_heading(BELL_TITLE, 1)
    _labelled(d, "Tower captain: ", BELL_CAPTAIN)
    _labelled(d, "Practice night: ", BELL_PRACTICE)
    d.add_paragraph("Dear ringers,")
    d.add_paragraph(BELL_INTRO)
    d.add_heading("Sunday service ringing", 2)
    _table(d, BELL_ROTA, bold_header=True)
    d.add_paragraph(BELL_ROTA_NOTE)
    d.add_heading("Quarter peals and special ringing", 2)
    _table(d, BELL_PEALS, bold_header=False)
    d.add_paragraph(BELL_MUFFLED)
    d.add_heading("Safety in the tower", 2)
    for t in BELL_SAFETY:
        d.add_paragraph(t, style="List Number")
    d.add_heading("For our learners", 2)
    for t in BELL_LEARN:
        d.add_paragraph(t, style="List Bullet")
    _labelled(d, "Outing: ", BELL_OUTING)
    d.add_paragraph(BELL_SUBS)
    for t in ("Happy ringing,", "Eleanor Whitby", "Tower Captain"):
        d.add_paragraph(t)
    return d


BELL_NAME = "St Wilfrid\u2019s Tower Bell Ringers"
BELL_LINE = "St Wilfrid\u2019s Church, Church Lane, Brompton-on-Swale DL10 7HP \u2013 eight bells, tenor 14 cwt in F"
BELL_TITLE = "Autumn Newsletter and Sunday Rota 2026"
BELL_CAPTAIN = "Eleanor Whitby, 07700 900615"
BELL_PRACTICE = "Thursdays, 7:30pm to 9:00pm, with learners from 7:00pm"
BELL_INTRO = ("What a summer it\u2019s been. We rang for 11 weddings between May and September, welcomed three new "
              "learners and at last got the fourth bell\u2019s clapper rebushed after two years of clanking. Thank you "
              "to everyone who climbed the 63 steps on a hot Saturday afternoon when you\u2019d much rather have been "
              "in the garden.")
BELL_ROTA = [["Sunday", "Service", "Ring from", "Steeple keeper"],
             ["6 September", "Parish Communion", "9:30am", "Dave Pell"],
             ["13 September", "Parish Communion", "9:30am", "Rob Hartley"],
             ["20 September", "Back to Church Sunday", "9:15am", "Dave Pell"],
             ["27 September", "Evensong", "5:30pm", "Margaret Ince"],
             ["4 October", "Harvest Festival", "9:15am", "Rob Hartley"],
             ["11 October", "Parish Communion", "9:30am", "Dave Pell"],
             ["18 October", "Evensong", "5:30pm", "Margaret Ince"]]
BELL_SIX = ("We need at least six ringers to ring the back six properly, so please don\u2019t assume someone else will "
            "turn up.")
BELL_ROTA_NOTE = ("If you can\u2019t make your Sunday, swap with someone and let Eleanor know by the Thursday before. "
                  + BELL_SIX)
BELL_PEALS = [["Date", "Occasion", "Method", "Band"],
              ["Saturday 19 September", "Harvest supper", "Grandsire Triples", "Sunday band"],
              ["Saturday 10 October", "Ruby wedding of Pat and Colin Earnshaw", "Plain Bob Major", "Invited band"],
              ["Sunday 8 November", "Remembrance Sunday (half-muffled)", "Rounds and call changes", "Everyone"],
              ["Saturday 12 December", "Christmas tree festival", "Plain Bob Doubles", "Learners and helpers"],
              ["Thursday 24 December", "Midnight Mass", "Stedman Triples", "Sunday band"]]
BELL_MUFFLED = ("The half-muffled ringing on Remembrance Sunday starts at 10:15am, and we stop at 10:50am sharp for "
                "the two minutes\u2019 silence. The muffles go on after practice on Thursday 5 November, so stay "
                "behind if you can lend a hand.")
BELL_SAFETY = ("Never ring a bell you haven\u2019t been shown how to handle, however easy it looks.",
               "Keep off the ladder to the bell chamber unless Eleanor or the steeple keeper is with you.",
               "If a rope gets away from you, let go and step back \u2013 never try to grab the sally as it flies up.",
               "Keep children and visitors on the bench by the door while the bells are up.",
               "Tell Dave Pell straight away about any frayed rope or cracked stay.")
BELL_LEARN = ("Handling lessons on Thursdays at 7:00pm, before the main practice",
              "A copy of the Tower Handbook from the Central Council, yours to keep",
              "Simulator sessions at Richmond on the first Saturday of each month",
              "A badge and a certificate once you can ring rounds on your own")
BELL_OUTING = ("Saturday 24 October, five towers around Ripon with lunch at the Water Rat. The coach leaves the "
               "lychgate at 8:30am and costs \u00a318 a head; lunch is extra.")
BELL_SUBS = ("Subs for 2027 are \u00a312, or \u00a36 for under 18s and students, and they\u2019re due at the AGM on "
             "Thursday 14 January at 7:00pm in the vestry. There will be mince pies, whatever\u2019s left over from "
             "Christmas.")


def leavers_prom() -> Doc:
    """A secondary school's Year 11 leavers' prom letter to parents in Segoe UI: a Title, a plain line, bold labels, a
    greeting, Heading 1 and 2 sections, a tickets table with a bold header, a running order table with a plain header,
    bullets, a numbered list, a bold "Please note:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Segoe UI", size=10, after=6)
    d.add_paragraph(PROM_TITLE, style="Title")
    d.add_paragraph(PROM_LINE)
    _labelled(d, "Tickets on sale: ", PROM_ON_SALE)
    _labelled(d, "Prom coordinator: ", PROM_COORDINATOR)
    d.add_paragraph("Dear parents and carers,")
    d.add_paragraph(PROM_INTRO)
    d.add_heading("Ticket prices", 1)
    _table(d, PROM_TICKETS, bold_header=True)
    d.add_paragraph(PROM_TICKETS_NOTE)
    d.add_heading("Running order", 1)
    _table(d, PROM_ORDER, bold_header=False)
    d.add_paragraph(PROM_ORDER_NOTE)
    d.add_heading("Rules for the night", 2)
    for t in PROM_RULES:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("How to book", 2)
    for t in PROM_STEPS:
        d.add_paragraph(t, style="List Number")
    _labelled(d, "Please note: ", PROM_NOTE)
    d.add_paragraph(PROM_HELP)
    for t in ("Best wishes,", "Farah Qureshi", "Head of Year 11"):
        d.add_paragraph(t)
    return d


PROM_TITLE = "Year 11 Leavers\u2019 Prom 2027"
PROM_LINE = "Castlegate Academy \u2013 Friday 2 July 2027, the Grand Hall, Sefton Park Hotel, Liverpool"
PROM_ON_SALE = "Monday 8 March to Friday 26 March, through ParentPay only"
PROM_COORDINATOR = "Mrs Farah Qureshi, Head of Year 11 (fqureshi@castlegate.example)"
PROM_INTRO = ("After all their hard work this year, our Year 11s deserve a proper send-off, and the prom committee of "
              "14 students has been meeting every Wednesday lunchtime since October to plan it. This letter has "
              "everything you need to know about tickets, the evening itself and what we expect from everyone.")
PROM_TICKETS = [["Ticket", "Price", "What it includes"],
                ["Standard", "\u00a338", "Three-course dinner, DJ and photo booth"],
                ["Standard with coach", "\u00a346", "As standard, plus the coach from school and back"],
                ["Supported place", "\u00a310", "As standard \u2013 speak to Mrs Qureshi in confidence"],
                ["Guest from another school", "\u00a342", "As standard, by application only"]]
PROM_MONEY = ("No one should miss prom because of money \u2013 the PTA fund will pay for any student who needs help, "
              "and nobody else will ever know.")
PROM_TICKETS_NOTE = "You can pay in full or in two instalments, with the second due by Friday 23 April. " + PROM_MONEY
PROM_ORDER = [["Time", "What\u2019s happening"],
              ["6:15pm", "Coaches leave the school car park"],
              ["6:45pm", "Red carpet arrivals and photographs"],
              ["7:30pm", "Dinner is served"],
              ["8:45pm", "Awards and the Year 11 slideshow"],
              ["9:15pm", "DJ and dancing"],
              ["11:00pm", "Carriages \u2013 prom finishes"]]
PROM_ORDER_NOTE = ("Students who aren\u2019t on the coach must arrive at the hotel by 7:00pm and will need a seperate "
                   "lift home, collected from the front entrance. Nobody may leave before 10:30pm unless a parent "
                   "signs them out at the front desk.")
PROM_RULES = ("Every student must bring their school ID card to get in",
              "No alcohol, vapes or energy drinks \u2013 bags will be checked at the door",
              "Prom wear is formal, but trainers are fine with a suit as long as they\u2019re clean",
              "Students arriving by limousine or hired car must give us the company\u2019s name by 18 June",
              "Anyone who leaves the hotel during the evening cannot come back in")
PROM_STEPS = ("Log in to ParentPay and choose \u201cYear 11 Prom 2027\u201d under Trips and Activities.",
              "Pick the ticket type and tell us about any allergies or dietary needs in the notes box.",
              "Fill in the consent form we text you on 8 March, with an emergency contact for the night.")
PROM_NOTE = ("a student with an unresolved behaviour sanction after 1 May will lose their place, and the ticket money "
             "will be refunded in full.")
PROM_HELP = ("We need four parent volunteers on the night to run the cloakroom and the photo booth \u2013 you\u2019ll "
             "get dinner too. If you can help, email Mrs Qureshi by Friday 30 April.")

# ---- batch 53: a community orchard's winter pruning day and wassail notice (a plain bold green orchard name, a line
# under it with an en dash, a Title, bold "When:" and "Orchard warden:" labels, a greeting, Heading 1 and 2 sections, a
# plan for the day table with a bold header, a numbered list of pruning rules, bullets, a scion wood table with a plain
# header, a bold "Grafting workshop:" label, a variety's name misspelt once and a three-line sign-off)
# ---- batch 54: a county mobile library's spring timetable (a Title, a Subtitle line with en dashes, bold "On the
# van:" and "Ring us:" labels, a greeting, Heading 1 and 2 sections, a stops table with a bold header, bullets, a
# numbered list, a charges table with a plain header and pound signs, a bold "Bad weather:" label and a three-line
# sign-off)


def orchard_pruning_day() -> Doc:
    """A community orchard's winter pruning day and wassail notice in Corbel: a plain bold green orchard name, a line
    under it, a Title, bold labels, a greeting, Heading 1 and 2 sections, a plan table with a bold header, a numbered
    list, bullets, a scion wood table with a plain header, a bold "Grafting workshop:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Corbel", size=11, after=6)
    _big(d, ORCH_NAME, 20, color="3A6B35")
    d.add_paragraph(ORCH_LINE)
    d.add_paragraph(ORCH_TITLE, style="Title")
    _labelled(d, "When: ", ORCH_WHEN)
    _labelled(d, "Orchard warden: ", ORCH_WARDEN)
    d.add_paragraph("Dear friends of the orchard,")
    d.add_paragraph(ORCH_INTRO)
    d.add_heading("Plan for the day", 1)
    _table(d, ORCH_PLAN, bold_header=True)
    d.add_paragraph(ORCH_PLAN_NOTE)
    d.add_heading("How we prune", 1)
    for t in ORCH_RULES:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph(ORCH_OLD)
    d.add_heading("What to bring", 2)
    for t in ORCH_BRING:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Scion wood and grafting", 2)
    _table(d, ORCH_SCIONS, bold_header=False)
    _labelled(d, "Grafting workshop: ", ORCH_GRAFT)
    d.add_heading("The wassail", 1)
    d.add_paragraph(ORCH_WASSAIL)
    for t in ORCH_SIGN_OFF:
        d.add_paragraph(t)
    return d


ORCH_NAME = "Hebble Brook Community Orchard"
ORCH_LINE = ("Back Lane, Luddenden, behind the Methodist chapel \u2013 64 fruit trees, planted by volunteers in 2011 "
             "and 2014")
ORCH_TITLE = "Winter Pruning Day and Wassail 2027"
ORCH_WHEN = "Saturday 16 January, 10:00am to 3:30pm, with wassailing from 4:00pm"
ORCH_WARDEN = "Gwen Ashworth, 07700 900374"
ORCH_INTRO = ("It\u2019s that time again. The leaves are off, the sap is down and the trees are crying out for a tidy "
              "before spring. Last January 23 of you turned up and between us we pruned 41 trees, cleared the brambles "
              "off the top wall and still had time for soup. This year we want to get round the old Ashmead\u2019s "
              "Kernal by the gate as well, which hasn\u2019t been touched since the storm took its top off.")
ORCH_PLAN = [["Time", "Job", "Led by", "Where"],
             ["10:00am", "Tea, tools out and a safety talk", "Gwen Ashworth", "Tool shed"],
             ["10:30am", "Formative pruning of the young trees", "Mark Sowerby", "Top terrace"],
             ["10:30am", "Clearing brambles and checking tree guards", "Hannah Priestley", "Bottom wall"],
             ["12:30pm", "Soup and bread", "Luddenden WI", "Chapel schoolroom"],
             ["1:15pm", "Renovation pruning of the old trees", "Mark Sowerby", "Lower orchard"],
             ["2:30pm", "Grafting demonstration", "Ray Crabtree", "Tool shed"],
             ["3:30pm", "Tools away and a bonfire of the prunings", "Everyone", "Bottom corner"]]
ORCH_DOGS = "Dogs are welcome on a lead, but please keep them well away from the bonfire."
ORCH_PLAN_NOTE = ("You don\u2019t have to stay all day \u2013 come for an hour if that\u2019s all you can spare, and "
                  "find Gwen at the tool shed when you arrive so she can sign you in. " + ORCH_DOGS)
ORCH_RULES = ("Start with the three Ds: anything dead, diseased or damaged comes off first.",
              "Take out branches that cross or rub against each other, keeping the stronger one.",
              "Open up the middle of the tree so that a pigeon could fly straight through it.",
              "Never take more than a quarter of the canopy off an old tree in one winter.",
              "Leave the plums and cherries alone \u2013 they get silver leaf if they\u2019re cut in winter, so we do "
              "them in July.")
ORCH_OLD = ("The trees in the lower orchard were planted long before our time, and some of them are nearly eighty "
            "years old. Mark will put a chalk mark on every branch that needs cutting before anyone picks up a saw, "
            "so if there\u2019s no chalk on it, leave it be.")
ORCH_BRING = ("Wellies or walking boots \u2013 the bottom path turns to soup by January",
              "Warm gloves, plus tough gardening gloves for the brambles",
              "Your own secateurs if you have them, sharpened and cleaned",
              "A flask, though there\u2019ll be tea on the go all morning",
              "A mug for the mulled cider, as we\u2019re doing without plastic cups this year")
ORCH_SCIONS = [["Variety", "Good for", "Price per bundle of five"],
               ["Ashmead\u2019s Kernel", "Eating, keeps till March", "\u00a34.00"],
               ["Bramley\u2019s Seedling", "Cooking", "\u00a33.00"],
               ["Ribston Pippin", "Eating and juice", "\u00a34.00"],
               ["Yorkshire Greening", "Cooking, an old local variety", "\u00a34.00"],
               ["Kingston Black", "Cider", "\u00a33.50"],
               ["Victoria plum", "Eating and jam", "\u00a33.50"]]
ORCH_GRAFT = ("Ray will show you how to do a whip and tongue graft at 2:30pm, and you can take home a grafted tree of "
              "your own for \u00a312, rootstock, tape and label included. There are only 15 places, so put your name "
              "down with Gwen.")
ORCH_WASSAIL = ("As it gets dark we\u2019ll gather round the oldest Bramley, pour cider on its roots, hang toast in "
                "its branches and make as much noise as we can to wake the trees up and scare off the bad spirits. The "
                "Calder Valley Morris will lead the singing, there\u2019s hot spiced apple juice for the children, and "
                "the lantern procession sets off from the chapel gate.")
ORCH_SIGN_OFF = ("Cheers, and wrap up warm,", "Gwen Ashworth", "Orchard Warden, Hebble Brook Community Orchard")


def mobile_library_timetable() -> Doc:
    """A county mobile library's spring timetable in Arial: a Title, a Subtitle line, bold labels, a greeting, Heading
    1 and 2 sections, a stops table with a bold header, bullets, a numbered list, a charges table with a plain header,
    a bold "Bad weather:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Arial", size=10, after=6)
    d.add_paragraph(MOB_TITLE, style="Title")
    d.add_paragraph(MOB_LINE, style="Subtitle")
    _labelled(d, "On the van: ", MOB_STAFF)
    _labelled(d, "Ring us: ", MOB_PHONE)
    d.add_paragraph("Hello readers,")
    d.add_paragraph(MOB_INTRO)
    d.add_heading("Where we stop", 1)
    _table(d, MOB_STOPS, bold_header=True)
    d.add_paragraph(MOB_STOPS_NOTE)
    d.add_heading("What you can borrow", 1)
    for t in MOB_BORROW:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Ordering a book we don\u2019t carry", 2)
    for t in MOB_ORDER:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Charges", 2)
    _table(d, MOB_CHARGES, bold_header=False)
    d.add_paragraph(MOB_CHARGES_NOTE)
    _labelled(d, "Bad weather: ", MOB_WEATHER)
    d.add_heading("Events on the van", 1)
    d.add_paragraph(MOB_EVENTS)
    for t in MOB_SIGN_OFF:
        d.add_paragraph(t)
    return d


MOB_TITLE = "Mobile Library Timetable: Spring 2027"
MOB_LINE = ("North Yorkshire Libraries \u2013 Route 4, Upper Wensleydale and Swaledale \u2013 every other Tuesday and "
            "Wednesday, 2 March to 23 June")
MOB_STAFF = "Aisha Rahman (librarian) and Colin Metcalfe (driver)"
MOB_PHONE = "01609 536612, Monday to Friday, 9:00am to 5:00pm"
MOB_INTRO = ("The van is back on the road after three weeks at the garage in Leyburn having a new clutch fitted, and "
             "we\u2019re sorry for the stops we missed in January. We carry around 2,500 books at a time and swap a "
             "third of them every month with the big library at Northallerton, so there\u2019s always something new "
             "on the shelves. Last year 412 of you borrowed from the van, which is more than some of our branch "
             "libraries manage.")
MOB_STOPS = [["Village", "Stop", "Day", "Time"],
             ["Hawes", "Market place, by the Board Hotel", "Tuesday", "9:30am to 10:30am"],
             ["Gayle", "Village green", "Tuesday", "10:45am to 11:15am"],
             ["Askrigg", "Outside the Kings Arms", "Tuesday", "11:45am to 12:30pm"],
             ["Bainbridge", "The green, by the bus shelter", "Tuesday", "1:30pm to 2:30pm"],
             ["Muker", "Car park by the Literary Institute", "Wednesday", "10:00am to 11:00am"],
             ["Thwaite", "Bridge end", "Wednesday", "11:15am to 11:45am"],
             ["Gunnerside", "Outside the Ghyllfoot tea room", "Wednesday", "12:15pm to 1:00pm"],
             ["Reeth", "The green, by the Buck", "Wednesday", "1:45pm to 3:00pm"]]
MOB_STOPS_NOTE = ("Times are as close as the roads allow \u2013 if we\u2019re stuck behind a tractor on the Buttertubs "
                  "Pass, we\u2019ll stay a bit longer at the next stop to make up for it. The van has a lift at the "
                  "back for wheelchairs and pushchairs, so just ask the driver to lower it.")
MOB_BORROW = ("Up to 15 books at a time on an adult card, and 10 on a children\u2019s card",
              "Large print books and audiobooks on CD, kept on the low shelf by the door",
              "Jigsaws, swapped with the Hawes branch every month",
              "Local history books and walking maps of the Dales",
              "Sets of books for the reading groups in Askrigg and Reeth, kept behind the counter")
MOB_ORDER = ("Give us the title and author at any stop, or ring the number at the top.",
             "We\u2019ll order it from any library in the county, or from the British Library if we have to.",
             "We bring it on the next visit after it arrives and keep it for two visits before it goes back.")
MOB_CHARGES = [["Item", "Adults", "Children and over 60s"],
               ["Overdue books, per day", "20p", "Free"],
               ["Audiobooks on CD, per loan", "\u00a31.00", "50p"],
               ["Reserving a book from another library", "\u00a31.20", "Free"],
               ["Lost or damaged book", "Full price", "Full price"],
               ["Replacement library card", "\u00a32.50", "\u00a31.00"]]
MOB_CASH = "We can\u2019t take cards on the van, so please bring the right money if you can."
MOB_CHARGES_NOTE = ("Books are lent for four weeks, which takes you to the next visit but one, and you can renew them "
                    "up to three times online or at any stop. " + MOB_CASH)
MOB_WEATHER = ("if the tops are snowed up or the roads aren\u2019t gritted, we won\u2019t risk the Buttertubs and the "
               "Swaledale stops are cancelled. We\u2019ll put a message on the North Yorkshire Libraries Facebook page "
               "by 8:00am, and any books due back that day are renewed for you.")
MOB_EVENTS = ("Rhyme Time for under 5s is back at Hawes on the first Tuesday of every month, and Aisha reads a story "
              "at the Gunnerside school gate at 12:30pm on Wednesdays in term time. In April the Dales author Jenny "
              "Alderson is coming along to sign copies of her new walking guide at Reeth.")
MOB_SIGN_OFF = ("Happy reading,", "Aisha Rahman", "Mobile Librarian, North Yorkshire Libraries")


# ---- batch 55: a holiday coding camp's joining letter to parents (a Title, a plain line with an en dash, bold "Camp
# leader:" and "Drop-off and pick-up:" labels, a greeting, Heading 1 and 2 sections, a week-at-a-glance table with a
# bold header, a costs table with a plain header, bullets, a numbered list, a bold "Screen time:" label, a word
# misspelt once and a three-line sign-off)
# ---- batch 56: a wildlife group's garden hedgehog survey notes for volunteers (a plain bold green group name, a line
# with an en dash, a Title, bold "Survey coordinator:" and "Records to:" labels, a greeting, Heading 1 and 2 sections,
# a numbered list of survey steps, a results table with a bold header, a kit pick-up table with a plain header,
# bullets, a bold "Found a hurt hedgehog?" label and a three-line sign-off)


def coding_camp() -> Doc:
    """A holiday coding camp's joining letter to parents in Verdana: a Title, a plain line, bold labels, a greeting,
    Heading 1 and 2 sections, a week table with a bold header, a costs table with a plain header, bullets, a numbered
    list, a bold "Screen time:" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Verdana", size=10, after=6)
    d.add_paragraph(CODE_TITLE, style="Title")
    d.add_paragraph(CODE_LINE)
    _labelled(d, "Camp leader: ", CODE_LEADER)
    _labelled(d, "Drop-off and pick-up: ", CODE_DROP_OFF)
    d.add_paragraph("Dear parents and carers,")
    d.add_paragraph(CODE_INTRO)
    d.add_heading("The week at a glance", 1)
    _table(d, CODE_WEEK, bold_header=True)
    d.add_paragraph(CODE_WEEK_NOTE)
    d.add_heading("Costs", 1)
    _table(d, CODE_COSTS, bold_header=False)
    d.add_paragraph(CODE_PAYMENT)
    d.add_heading("What to bring", 2)
    for t in CODE_BRING:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Before the first day", 2)
    for t in CODE_STEPS:
        d.add_paragraph(t, style="List Number")
    _labelled(d, "Screen time: ", CODE_SCREENS)
    d.add_heading("The Friday show-and-tell", 1)
    d.add_paragraph(CODE_SHOW)
    for t in CODE_SIGN_OFF:
        d.add_paragraph(t)
    return d


CODE_TITLE = "Byte Size Coders Summer Camp 2026"
CODE_LINE = "Ages 8 to 13 \u2013 Monday 27 to Friday 31 July, the Makerspace, Kendal College, Milnthorpe Road"
CODE_LEADER = "Nadia Oyelaran, 07700 900374"
CODE_DROP_OFF = "8:45am to 9:00am and 3:30pm, at the side entrance by the bike shelter"
CODE_INTRO = ("Thank you for booking a place on this summer\u2019s camp. We\u2019ve got 36 children coming across the "
              "three age groups, and for the first time we\u2019ll be building games on the BBC micro:bit as well as "
              "in Scratch. Everyone goes home on Friday with a game they made themselves and, we hope, a fair bit "
              "more confidence than they arrived with.")
CODE_WEEK = [["Day", "Morning", "Afternoon"],
             ["Monday", "Scratch basics and the camp quiz", "Make a maze game"],
             ["Tuesday", "Sprites, sounds and keeping score", "Micro:bit step counters"],
             ["Wednesday", "Coding unplugged: robots and treasure maps", "Team games in Abbot Hall Park"],
             ["Thursday", "Python turtle drawing", "Game jam begins"],
             ["Friday", "Finishing and testing the games", "Show-and-tell for families at 2:30pm"]]
CODE_NEWBIES = "Nobody needs to have done any coding before \u2013 about half of last year\u2019s campers hadn\u2019t."
CODE_WEEK_NOTE = ("Children are split by age into Pixels (8 and 9), Sprites (10 and 11) and Hackers (12 and 13). "
                  + CODE_NEWBIES + " The park afternoon depends on the weather, and we\u2019ll swap it with "
                  "Thursday\u2019s if it\u2019s raining.")
CODE_COSTS = [["Option", "Price", "Notes"],
              ["Full week", "\u00a3165", "Includes a camp T-shirt"],
              ["Single day", "\u00a338", "Not available on the Friday"],
              ["Sibling discount", "\u00a315 off", "For each brother or sister after the first"],
              ["Early drop-off club from 8:00am", "\u00a34 a day", "Book by 17 July"]]
CODE_PAYMENT = ("Payment is due by Friday 10 July, by bank transfer to Byte Size Coders CIC, sort code 30-94-57, "
                "account 61128490. Please use your child\u2019s name as the reference so we can match it up.")
CODE_BRING = ("A packed lunch and a named water bottle \u2013 we\u2019re a nut-free site",
              "A labelled USB stick if they\u2019d like to take their games home",
              "Trainers and a waterproof for the park on Wednesday afternoon",
              "Any medicines, handed to Nadia at drop-off in a named bag",
              "Their own laptop only if they really want to \u2013 we have 40 Chromebooks")
CODE_STEPS = ("Fill in the online consent form at bytesizecoders.example/consent by Friday 17 July.",
              "Tell us on the form about any allergies, medical needs or extra support, however small.",
              "Make a free Scratch account with your child at home and write down the username for Monday.")
CODE_SCREENS = ("nobody spends more than 40 minutes at a time at a screen without a break away from the desks, and "
                "lunch is always outside unless it\u2019s pouring down.")
CODE_SHOW = ("Families are warmly invited to the show-and-tell on Friday 31 July at 2:30pm, when each group shows "
             "off the games they\u2019ve made. There\u2019s tea, squash and biscuits, and the Pyhton turtle drawings "
             "will be up on the wall for you to take home.")
CODE_SIGN_OFF = ("Happy coding,", "Nadia Oyelaran", "Camp Leader, Byte Size Coders")


def hedgehog_survey() -> Doc:
    """A wildlife group's garden hedgehog survey notes for volunteers in Georgia: a plain bold green group name, a line
    under it, a Title, bold labels, a greeting, Heading 1 and 2 sections, a numbered list, a results table with a bold
    header, a kit pick-up table with a plain header, bullets, a bold "Found a hurt hedgehog?" label and a sign-off."""
    d = docx.Document()
    _normal(d, font="Georgia", size=10.5, after=6)
    _big(d, HOG_NAME, 18, color="3B6E22")
    d.add_paragraph(HOG_LINE)
    d.add_paragraph(HOG_TITLE, style="Title")
    _labelled(d, "Survey coordinator: ", HOG_COORDINATOR)
    _labelled(d, "Records to: ", HOG_RECORDS)
    d.add_paragraph("Dear volunteers,")
    d.add_paragraph(HOG_INTRO)
    d.add_heading("How to survey", 1)
    for t in HOG_STEPS:
        d.add_paragraph(t, style="List Number")
    d.add_heading("Last year\u2019s results", 1)
    _table(d, HOG_RESULTS, bold_header=True)
    d.add_paragraph(HOG_RESULTS_NOTE)
    d.add_heading("Picking up your kit", 2)
    _table(d, HOG_PICKUP, bold_header=False)
    d.add_paragraph(HOG_KIT)
    d.add_heading("Making your garden hedgehog friendly", 2)
    for t in HOG_GARDEN:
        d.add_paragraph(t, style="List Bullet")
    _labelled(d, "Found a hurt hedgehog? ", HOG_HURT)
    for t in HOG_SIGN_OFF:
        d.add_paragraph(t)
    return d


HOG_NAME = "Wharfedale Wildlife Group"
HOG_LINE = "Garden hedgehog survey \u2013 Ilkley, Ben Rhydding, Burley, Menston and Addingham, 1 May to 31 July 2026"
HOG_TITLE = "Garden Hedgehog Survey 2026"
HOG_COORDINATOR = "Dr Helen Ashworth, 07700 900186"
HOG_RECORDS = "hedgehogs@wharfedalewildlife.example, by the first Sunday of each month"
HOG_INTRO = ("Thank you for signing up again. This is our fourth summer of counting hedgehogs, and with 64 gardens "
             "taking part we\u2019ll have the best picture yet of where they\u2019re living in the valley. The "
             "national figures are still worrying \u2013 rural hedgehogs have roughly halved since 2000 \u2013 so "
             "every record really does count, even a week of blank papers.")
HOG_STEPS = ("Put the footprint tunnel on a flat spot along a fence or hedge, with both ends clear.",
             "Bait the middle with a teaspoon of meaty cat food \u2013 never milk or bread, which make them ill.",
             "Tape a fresh sheet of paper either side of the ink pad and leave the tunnel out for five nights.",
             "Check the papers every morning and note any prints, and which night they appeared.",
             "Post or scan the papers to Helen after the fifth night, labelled with your garden number.")
HOG_RESULTS = [["Area", "Gardens", "Sightings", "Nests found"],
               ["Ilkley town", "21", "87", "4"],
               ["Ben Rhydding", "12", "52", "3"],
               ["Burley-in-Wharfedale", "15", "48", "2"],
               ["Menston", "6", "19", "1"],
               ["Addingham", "4", "8", "1"]]
HOG_NESTS = ("Most of the nests were under sheds or in compost heaps, and two were in piles of leaves that the owners "
             "had kindly left alone.")
HOG_RESULTS_NOTE = ("Ilkley had the most sightings, but it also had the most gardens, and Addingham only joined in "
                    "July. " + HOG_NESTS)
HOG_PICKUP = [["Where", "When", "Ask for"],
              ["Ilkley Library", "Saturday 25 April, 10:00am to 12:00pm", "Helen Ashworth"],
              ["Burley Methodist Church", "Tuesday 28 April, 6:30pm to 8:00pm", "Graham Pickard"],
              ["Ben Rhydding Sports Club", "Thursday 30 April, 6:00pm to 7:30pm", "Moira Lund"]]
HOG_KIT = ("Each kit has a tunnel, an ink pad, 20 sheets of paper, masking tape and a pencil. If you can\u2019t get to "
           "any of these, Helen will drop one round.")
HOG_GARDEN = ("Cut a 13cm hole at the bottom of your fence so hedgehogs can travel from garden to garden",
              "Leave a wild corner with long grass, fallen leaves and a log pile",
              "Put out a shallow dish of water, especially in dry spells",
              "Check long grass before you strim or mow, and check bonfire heaps before you light them",
              "Cover drains, and put a ramp or a few bricks in your pond so nothing gets trapped")
HOG_HURT = ("put it in a high-sided box with a towel in a quiet, warm room, offer water and meaty cat food, and ring "
            "Ilkley Hedgehog Rescue on 01943 600417 straight away. A hedgehog out in the daytime is usually in "
            "trouble.")
HOG_SIGN_OFF = ("With thanks and happy hedgehog spotting,", "Helen Ashworth",
                "Survey Coordinator, Wharfedale Wildlife Group")


DEV_DOCS: dict[str, Callable[[], Doc]] = {
    "memo": memo, "letter": letter, "roster": roster, "packing": packing, "lab_note": lab_note, "recipe": recipe,
    "minutes": minutes, "syllabus": syllabus, "spec_sheet": spec_sheet, "flyer": flyer, "timesheet": timesheet,
    "cv": cv, "lesson": lesson, "order": order, "residents": residents, "notice": notice, "homework": homework,
    "sales": sales, "allotment": allotment, "advert": advert, "trip_letter": trip_letter, "club_fees": club_fees,
    "meal_plan": meal_plan, "returns_policy": returns_policy, "programme": programme, "handbook": handbook,
    "bake_sale": bake_sale, "council_minutes": council_minutes, "posset": posset, "data_day": data_day,
    "rent_notice": rent_notice, "beach_email": beach_email, "plumber_quote": plumber_quote,
    "allotment_news": allotment_news, "lab_protocol": lab_protocol, "hall_booking": hall_booking,
    "cottage_guide": cottage_guide, "match_report": match_report, "wedding_info": wedding_info,
    "gp_notice": gp_notice, "book_club": book_club, "cafe_menu": cafe_menu, "fundraising": fundraising,
    "swim_gala": swim_gala, "tenancy_inventory": tenancy_inventory, "bike_job": bike_job,
    "choir_schedule": choir_schedule, "groomer_prices": groomer_prices, "museum_briefing": museum_briefing,
    "tennis_league": tennis_league, "village_show": village_show, "parents_evening": parents_evening,
    "vet_reminder": vet_reminder, "pub_quiz": pub_quiz, "piano_invoice": piano_invoice,
    "dental_plan": dental_plan, "scout_camp": scout_camp, "house_sit": house_sit, "craft_fair": craft_fair,
    "after_school_clubs": after_school_clubs, "removals_quote": removals_quote, "bnb_prices": bnb_prices,
    "knit_swap": knit_swap, "race_results": race_results, "repair_log": repair_log,
    "bakery_order": bakery_order, "charity_shop": charity_shop, "sportive": sportive,
    "florist_quote": florist_quote, "house_bills": house_bills, "driving_lessons": driving_lessons,
    "garden_order": garden_order, "gym_timetable": gym_timetable, "caravan_site": caravan_site,
    "history_talks": history_talks, "sports_day": sports_day, "nursery_news": nursery_news,
    "audition_notice": audition_notice, "cleaning_rota": cleaning_rota, "river_clean": river_clean,
    "walks_programme": walks_programme,
    "tool_hire": tool_hire, "tax_checklist": tax_checklist,
    "parking_consultation": parking_consultation, "repair_cafe": repair_cafe,
    "beekeeping_course": beekeeping_course, "film_society_season": film_society_season,
    "care_home_visiting": care_home_visiting, "chimney_sweep_prices": chimney_sweep_prices,
    "model_railway_exhibition": model_railway_exhibition, "bonfire_fireworks_night": bonfire_fireworks_night,
    "school_uniform_prices": school_uniform_prices, "winter_training_plan": winter_training_plan,
    "bell_ringers": bell_ringers, "leavers_prom": leavers_prom,
    "orchard_pruning_day": orchard_pruning_day, "mobile_library_timetable": mobile_library_timetable,
    "coding_camp": coding_camp,
    "hedgehog_survey": hedgehog_survey,
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
