"""Business templates: reports, memos, letters, minutes, proposals (content only)."""

from __future__ import annotations

from lamforge.tasks.templates.spec import TemplateSpec, heading, items, meta, note, p, quote, section, table, title

QUARTERLY_REPORT = TemplateSpec(
    name="quarterly_report",
    description="A quarterly business report for a coffee roaster with a title, section headings, long "
    "analysis paragraphs, a regional revenue table and footnote-style source notes.",
    split="train",
    blocks=(
        title("Harbor Lights Coffee Third Quarter Report", align="center"),
        meta("Prepared by the Finance Office for the Board of Directors", align="center"),
        heading("Executive Summary"),
        p("Harbor Lights Coffee closed the third quarter with net sales of 4.2 million dollars, an increase of "
          "nine percent over the same period last year. The growth came mostly from wholesale accounts in "
          "the northern region. Retail traffic stayed flat while the average ticket rose slightly."),
        p("Gross margin narrowed to 38 percent because green bean prices climbed sharply in July. The roastery "
          "renegotiated two supply contracts in August, which should ease costs during the winter months.",
          align="justify"),
        heading("Regional Performance"),
        p("The northern region led the quarter with three new grocery partners. Sales in the coastal region "
          "slipped after the pier renovation closed our busiest kiosk for six weeks."),
        table(("Region", "Revenue", "Growth"), ("Northern", "1.9 million", "14%"),
              ("Coastal", "1.3 million", "-3%"), ("Inland", "1.0 million", "")),
        heading("Outlook", 2),
        p("Management expects holiday gift boxes to lift fourth quarter revenue. Harbor Lights Coffee will "
          "also pilot a subscription service for office customers in October."),
        p("Hiring remains frozen except for two seasonal roasters at the Pine Street facility."),
        note("[1] Revenue figures are unaudited and rounded to the nearest hundred thousand dollars."),
        note("[2] Growth compares the third quarter with the third quarter of the prior year."),
    ),
)

STAFF_MEMO = TemplateSpec(
    name="staff_memo",
    description="An internal office memo with To/From/Date/Subject lines, a policy announcement in "
    "several paragraphs and a short list of action items for employees.",
    split="train",
    blocks=(
        title("MEMORANDUM"),
        meta("To: All Warehouse Staff"),
        meta("From: Delia Okafor, Operations Manager"),
        meta("Date: March 4, 2024"),
        meta("Subject: New Loading Dock Safety Procedure"),
        p("Starting next Monday, every forklift operator must complete a visual inspection checklist before "
          "the first shift of the day. The checklist hangs beside the charging station near Door 7."),
        p("Last month we recorded two near misses on the loading dock, both involving pallets stacked above "
          "the yellow line. Neither caused an injury, but both could have been serious.", spacing=1.5),
        heading("Action Items", 2),
        *items("Read the revised safety binder by Friday",
               "Sign the acknowledgment sheet at the front desk",
               "Attend the fifteen minute briefing on Tuesday morning",
               "Report damaged pallets to the shift lead immediately"),
        p("Questions about the procedure can go to the Operations Office on extension 214."),
        meta("Thank you for keeping the Riverside warehouse safe.", align="right"),
    ),
)

COVER_LETTER = TemplateSpec(
    name="cover_letter",
    description="A formal job application cover letter with the sender's address block, date, "
    "recipient, salutation, three body paragraphs and a signature.",
    split="train",
    blocks=(
        meta("Priya Raman", align="right"),
        meta("18 Willow Crescent, Dunmore", align="right"),
        meta("priya.raman@example.org", align="right"),
        meta("June 12, 2024"),
        meta("Hiring Committee, Brightwater Public Library"),
        p("Dear Members of the Hiring Committee,"),
        p("I am writing to apply for the position of Digital Services Librarian advertised on your website. "
          "For the past five years I have managed the online catalogue and the e-book lending program at "
          "the Dunmore Community Library."),
        p("In that role I migrated twelve thousand records to a new catalogue system without a single day of "
          "downtime. I also started a weekly technology clinic where older patrons learn to borrow e-books "
          "on their own tablets.", align="justify"),
        p("I would welcome the chance to bring the same patience and curiosity to Brightwater. Thank you for "
          "considering my application, and I look forward to hearing from you."),
        p("Sincerely,"),
        meta("Priya Raman"),
    ),
)

MEETING_MINUTES = TemplateSpec(
    name="meeting_minutes",
    description="Minutes of a neighbourhood association meeting: attendees, agenda items as plain lines, "
    "discussion paragraphs, decisions and a table of follow-up tasks with owners and due dates.",
    split="train",
    blocks=(
        title("Elm Park Neighbourhood Association Minutes"),
        meta("Meeting held on April 9, 2024 at the Elm Park Community Hall", align="center"),
        heading("Attendees"),
        p("Present were Marcus Bell, Hana Sato, Luis Ortega, Grace Whitfield and eleven residents. "
          "Apologies were received from Tom Eriksen."),
        heading("Agenda"),
        *items("Approval of the March minutes", "Report on the spring clean-up day",
               "Proposal for a community vegetable garden", "Traffic calming on Larch Avenue"),
        heading("Discussion"),
        p("Hana Sato reported that forty volunteers collected sixty bags of litter during the spring clean-up "
          "day. The association thanked the hardware store on Cedar Road for donating gloves and grabbers."),
        p("Luis Ortega presented the garden proposal. Residents asked who would water the beds during August, "
          "and the committee agreed to draft a volunteer rota before the next meeting."),
        p("The traffic discussion was postponed because the city engineer could not attend.", spacing=2.0),
        heading("Follow-up Tasks", 2),
        table(("Task", "Owner", "Due"), ("Draft the watering rota", "Luis Ortega", "May 1"),
              ("Invite the city engineer", "Grace Whitfield", ""), ("Order garden soil", "", "May 15")),
        note("Next meeting: May 14, 2024 at 7 pm."),
    ),
)

PROJECT_PROPOSAL = TemplateSpec(
    name="project_proposal",
    description="A project proposal with background, objectives, a numbered-style list of deliverables, "
    "a budget table and a timeline split into two sections on separate pages.",
    split="train",
    blocks=(
        title("Proposal: Solar Canopy for the Maple Grove Parking Lot"),
        heading("Background"),
        p("Maple Grove Middle School spends nearly 30,000 dollars a year on electricity. The staff parking lot "
          "receives full sun from late morning until the end of the school day and has no shade for cars."),
        p("A solar canopy would shade forty parking spaces while producing clean power for the school. "
          "Similar projects in neighbouring districts paid for themselves within eleven years."),
        heading("Objectives"),
        *items("Cut grid electricity use by a third", "Provide shaded parking for staff and visitors",
               "Give science classes live data from a working power plant"),
        heading("Budget"),
        table(("Item", "Cost"), ("Panels and inverters", "182,000"), ("Steel canopy structure", "96,000"),
              ("Installation and permits", "41,000"), ("Contingency", "")),
        section(),
        heading("Timeline"),
        p("Design and permitting would take four months. Construction would happen during the summer break so "
          "that the parking lot stays open while school is in session."),
        p("The canopy would begin producing power in September, just before the autumn term starts.",
          align="justify"),
        note("Cost estimates were provided by two local contractors in February."),
    ),
)

INVOICE_LETTER = TemplateSpec(
    name="invoice_letter",
    description="A short business letter sending an overdue invoice reminder, with a payment details table, "
    "a polite request and a signature block.",
    split="train",
    blocks=(
        meta("Copperfield Print Studio", align="right"),
        meta("42 Foundry Lane, Ashby", align="right"),
        meta("November 3, 2024"),
        meta("Accounts Payable, Greenleaf Organic Market"),
        p("Dear Accounts Team,"),
        p("Our records show that invoice 2291 for the autumn catalogue printing remains unpaid. The invoice was "
          "issued on September 20 with payment terms of thirty days."),
        table(("Invoice", "Issued", "Amount"), ("2291", "September 20", "3,480 dollars"),
              ("Late fee", "", "0 dollars")),
        p("We understand that oversights happen and have not added a late fee. Please arrange payment by "
          "November 17 or let us know if there is a problem with the invoice."),
        p("Kind regards,"),
        meta("Oliver Brandt, Copperfield Print Studio"),
    ),
)

PRESS_RELEASE = TemplateSpec(
    name="press_release",
    description="A press release announcing a product launch: headline, dateline, quotes from the founder, "
    "product details as list lines and a boilerplate paragraph about the company.",
    split="train",
    blocks=(
        meta("FOR IMMEDIATE RELEASE"),
        title("Tidewater Robotics Unveils a Pool Cleaning Robot That Runs on Sunlight"),
        p("PORTLAND, May 20, 2024. Tidewater Robotics today introduced the Skimmer One, a floating robot that "
          "clears leaves and insects from home swimming pools using only solar power."),
        quote("We wanted a pool cleaner that never needs a cord or a charger, said founder Amara Lindqvist. "
              "The Skimmer One simply drifts in the sun and keeps working."),
        heading("Key Features", 2),
        *items("Collects debris in a removable mesh basket", "Avoids walls and ladders with bumper sensors",
               "Sends a phone alert when the basket is full"),
        p("The Skimmer One goes on sale in June for 349 dollars through the Tidewater Robotics online store."),
        heading("About the Company", 2),
        p("Tidewater Robotics designs small household robots in Portland, Oregon. The company was founded in "
          "2019 and employs thirty-five people.", align="justify"),
        meta("Media contact: press@tidewater.example", align="center"),
    ),
)

JOB_DESCRIPTION = TemplateSpec(
    name="job_description",
    description="A job posting with the role summary, responsibilities and qualifications as plain lines, "
    "working conditions and how to apply.",
    split="train",
    blocks=(
        title("Job Opening: Bicycle Mechanic"),
        meta("Spokes and Gears Cooperative, full time", align="center"),
        heading("About the Role"),
        p("Spokes and Gears is looking for a bicycle mechanic who enjoys explaining repairs to customers. You "
          "will service everything from children's bikes to electric cargo bikes."),
        heading("Responsibilities"),
        *items("Diagnose and repair drivetrains and brakes", "Build wheels and true damaged rims",
               "Keep the workshop tidy and the tools calibrated", "Teach the monthly basic repair class"),
        heading("Qualifications"),
        *items("Two years of shop experience", "Comfort with hydraulic disc brakes",
               "A friendly manner with first-time riders"),
        p("The workshop is open Tuesday through Saturday. Staff receive a generous discount on parts and a "
          "free annual service for their own bicycle.", spacing=1.5),
        p("To apply, send a short letter describing your favourite repair to jobs@spokes.example."),
    ),
)

GRANT_APPLICATION = TemplateSpec(
    name="grant_application",
    description="A community arts grant application with applicant details, project narrative in long "
    "paragraphs, a budget table, expected outcomes and an indented quotation from a partner.",
    split="test",
    blocks=(
        title("Community Arts Fund Application"),
        meta("Applicant: The Lantern Street Mural Collective", align="center"),
        heading("Project Narrative"),
        p("The Lantern Street Mural Collective plans to paint a two hundred foot mural along the flood wall "
          "beside the old ferry terminal. The design will show the river's history from fishing camps to "
          "container ships."),
        p("Twenty teenagers from the Eastbank youth centre will assist the lead artists. Each teenager will "
          "earn a stipend and a certificate in public art techniques.", align="justify"),
        quote("A mural on that wall would turn a grey barrier into a landmark, wrote the harbour master in "
              "her letter of support."),
        heading("Budget Summary"),
        table(("Expense", "Amount"), ("Exterior paint and sealant", "8,400"), ("Scaffold rental", "5,900"),
              ("Youth stipends", "12,000"), ("Insurance", "")),
        heading("Expected Outcomes", 2),
        *items("A finished mural by October", "Twenty trained youth assistants",
               "A public unveiling with a walking tour"),
        note("The collective has completed three smaller murals since 2021."),
    ),
)

COMPLAINT_LETTER = TemplateSpec(
    name="complaint_letter",
    description="A tenant's formal letter to a lettings agency about a broken boiler, with the sender's address, "
    "date, recipient, a greeting, two body paragraphs, a thank-you line, a sign-off and a signature.",
    split="test",
    blocks=(
        meta("Marisol Vega", align="right"),
        meta("7 Harbour Row, Penwick", align="right"),
        meta("April 22, 2025"),
        meta("Ms Hannah Okoro, Lettings Manager, Greystone Homes"),
        p("Dear Ms Okoro,"),
        p("I am writing about the boiler in flat 12, which has failed three times since the start of March. Each "
          "time the engineer has reset it, and each time it has stopped again within a week."),
        p("I would be grateful if you could arrange a full repair or a replacement before the end of the month. I "
          "am happy to give access on any weekday morning."),
        p("Thank you for your help with this matter."),
        p("Yours sincerely,"),
        meta("Marisol Vega"),
    ),
)

ALL = (
    QUARTERLY_REPORT,
    STAFF_MEMO,
    COVER_LETTER,
    MEETING_MINUTES,
    PROJECT_PROPOSAL,
    INVOICE_LETTER,
    PRESS_RELEASE,
    JOB_DESCRIPTION,
    GRANT_APPLICATION,
    COMPLAINT_LETTER,
)
