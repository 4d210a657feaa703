"""Technical and public templates: lab reports, manuals, notices, syllabi, policies (content only)."""

from __future__ import annotations

from lamforge.tasks.templates.spec import TemplateSpec, heading, items, meta, note, p, quote, section, table, title

LAB_REPORT = TemplateSpec(
    name="lab_report",
    description="A school chemistry lab report with aim, materials as plain lines, method, a results table "
    "of measurements, discussion paragraphs and references.",
    split="train",
    blocks=(
        title("Lab Report: Rate of Reaction and Temperature"),
        meta("Student: Felix Amundsen, Class 11C", align="right"),
        heading("Aim"),
        p("To measure how the temperature of hydrochloric acid changes the time taken for a magnesium ribbon "
          "to dissolve completely."),
        heading("Materials"),
        *items("Magnesium ribbon cut into two centimetre strips", "Dilute hydrochloric acid",
               "A thermometer and a stopwatch", "Five boiling tubes in a rack"),
        heading("Results"),
        table(("Temperature", "Time in seconds"), ("20 C", "96"), ("30 C", "51"), ("40 C", "27"),
              ("50 C", "")),
        heading("Discussion"),
        p("The ribbon dissolved faster at every higher temperature. Warmer acid particles move more quickly "
          "and collide with the metal surface more often, so more collisions have enough energy to react.",
          align="justify"),
        p("The fifty degree trial was abandoned because the acid began to evaporate and sting our eyes."),
        heading("References", 2),
        note("Science Department Practical Handbook, page 44."),
    ),
)

USER_MANUAL = TemplateSpec(
    name="user_manual",
    description="An excerpt of a user manual for a kitchen appliance: safety warnings, setup steps as "
    "paragraphs, a troubleshooting table and care instructions, spread over two sections.",
    split="train",
    blocks=(
        title("Aurora 3000 Bread Maker User Guide"),
        heading("Important Safety Warnings"),
        p("Never immerse the base of the Aurora 3000 in water. Unplug the machine before removing the baking "
          "pan, and let it cool for at least thirty minutes after each cycle."),
        p("KEEP THE LID CLOSED WHILE THE HEATING ELEMENT IS ON.", align="center"),
        heading("Getting Started"),
        p("Place the kneading paddle on the shaft inside the baking pan. Add liquids first, then flour, and "
          "put the yeast in a small dip on top of the flour so that it stays dry."),
        p("Choose a program with the menu button and press start. The display counts down the remaining time."),
        section(),
        heading("Troubleshooting"),
        table(("Problem", "Likely cause"), ("Loaf collapsed", "Too much yeast or water"),
              ("Paddle stuck in loaf", "Normal after baking"), ("Display shows E01", "")),
        heading("Care and Cleaning", 2),
        p("Wipe the pan with a soft damp cloth. Do not use scouring pads, which scratch the non-stick coating "
          "of the Aurora 3000 baking pan.", spacing=1.5),
        note("Warranty claims require the original receipt."),
    ),
)

INCIDENT_REPORT = TemplateSpec(
    name="incident_report",
    description="An IT incident report about a website outage: summary, timeline as plain lines, root cause "
    "analysis, impact table and follow-up actions.",
    split="train",
    blocks=(
        title("Incident Report: Checkout Outage on February 8"),
        meta("Severity: High", align="right"),
        heading("Summary"),
        p("Customers could not complete purchases on the Fernway Outfitters website for forty-seven minutes. "
          "The payment page returned an error after the card details were submitted."),
        heading("Timeline"),
        *items("14:02 Alerts fire for failed payment requests", "14:09 The on-call engineer starts investigating",
               "14:31 A faulty configuration change is identified", "14:49 The change is rolled back"),
        heading("Root Cause"),
        p("A routine update replaced the payment gateway address with the address of a test server. The "
          "review checklist did not include a step to compare gateway settings between environments.",
          align="justify"),
        table(("Impact", "Value"), ("Failed checkouts", "1,312"), ("Estimated lost sales", "58,000 dollars"),
              ("Support tickets", "")),
        heading("Follow-up Actions", 2),
        p("Fernway Outfitters will add an automated check that blocks test addresses from production settings."),
    ),
)

COURSE_SYLLABUS = TemplateSpec(
    name="course_syllabus",
    description="A university course syllabus with course description, weekly schedule table, grading "
    "policy, required readings as plain lines and an academic honesty statement.",
    split="train",
    blocks=(
        title("HIST 214: Maps, Power and Empire"),
        meta("Dr. Rosalind Achebe, Autumn Semester", align="center"),
        heading("Course Description"),
        p("This seminar examines how maps were drawn, traded and used to claim territory between 1500 and "
          "1900. Students will handle facsimiles of historic charts in the university map room."),
        heading("Weekly Schedule"),
        table(("Week", "Topic"), ("1", "What is a map"), ("2", "Portolan charts and sailors"),
              ("3", "Surveying the colonies"), ("4", "")),
        heading("Grading"),
        p("Participation counts for twenty percent of the final grade, two short essays for forty percent, "
          "and the final map analysis project for the remaining forty percent.", spacing=2.0),
        heading("Required Readings"),
        *items("The Power of Maps by Denis Wood", "Mapping the Nation by Susan Schulten",
               "Selected articles on the course website"),
        heading("Academic Honesty", 2),
        quote("All submitted work must be your own, and every borrowed idea must be cited."),
    ),
)

COUNCIL_NOTICE = TemplateSpec(
    name="council_notice",
    description="A city council public notice about a zoning hearing with an all-caps heading, centered "
    "meeting details, background paragraphs and instructions for submitting comments.",
    split="train",
    blocks=(
        title("NOTICE OF PUBLIC HEARING", align="center"),
        meta("Cedar Falls City Council", align="center"),
        p("The Cedar Falls City Council will hold a public hearing on a proposal to rezone the former rail "
          "yard on Mill Road from industrial use to mixed residential and commercial use."),
        meta("Tuesday, October 8, 2024 at 7:00 pm, Council Chambers, City Hall", align="center"),
        heading("Background"),
        p("The rail yard has been vacant since 2011. A developer has proposed two hundred apartments, a grocery "
          "store and a public square on the site.", align="justify"),
        p("Supporters say the plan would bring new housing near the town centre. Opponents worry about "
          "traffic on Mill Road and the loss of industrial land."),
        heading("How to Comment"),
        p("Written comments may be sent to the City Clerk before October 1. Residents may also speak for up to "
          "three minutes at the hearing after signing in at the door."),
        note("Documents about the proposal are available at the Cedar Falls public library."),
    ),
)

MUSEUM_GUIDE = TemplateSpec(
    name="museum_guide",
    description="A self-guided museum exhibition guide with room-by-room headings, descriptive paragraphs "
    "about artefacts, an opening hours table and visitor rules.",
    split="test",
    blocks=(
        title("Voices of the Salt Road: Exhibition Guide"),
        p("Welcome to the Eastgate Museum. This guide leads you through four rooms about the caravans that "
          "carried salt across the desert for more than a thousand years."),
        heading("Room One: The Caravan"),
        p("The saddle displayed here belonged to a guide named Ibrahim ag Ahmed, who crossed the desert "
          "forty times. Notice the worn leather where his knees rested.", spacing=1.5),
        heading("Room Two: The Salt Mines"),
        p("Miners cut slabs of salt weighing thirty kilograms each. The slab in the glass case still shows "
          "the owner's mark scratched into its surface.", align="justify"),
        heading("Visiting Information"),
        table(("Day", "Opening hours"), ("Tuesday to Friday", "10 to 17"), ("Saturday", "9 to 19"),
              ("Sunday", "")),
        *items("Photography without flash is welcome", "Please do not touch the textiles",
               "Large bags must be left in the cloakroom"),
        note("The Eastgate Museum thanks the Salt Road Heritage Trust for lending many objects."),
    ),
)

RESEARCH_ABSTRACT = TemplateSpec(
    name="research_abstract",
    description="A conference paper abstract and extended summary with authors, keywords, method and "
    "findings sections, a results table and numbered references in two sections.",
    split="test",
    blocks=(
        title("Urban Heat Islands and Street Tree Density in Mid-Sized Cities"),
        meta("Tomasz Wrobel and Adaeze Nwosu, Institute for Urban Climate", align="center"),
        heading("Abstract"),
        p("We compared summer surface temperatures with street tree density in twelve mid-sized cities. "
          "Blocks with more than forty trees per kilometre were on average three degrees cooler at noon.",
          align="justify"),
        meta("Keywords: urban climate, street trees, surface temperature"),
        heading("Method"),
        p("Surface temperatures came from satellite images taken on cloudless afternoons between 2018 and "
          "2022. Tree counts were drawn from municipal inventories and checked against aerial photographs."),
        section(),
        heading("Findings"),
        table(("Tree density", "Mean temperature"), ("Below 10 per km", "41.2 C"), ("10 to 40 per km", "39.6 C"),
              ("Above 40 per km", "")),
        p("The cooling effect was strongest on wide streets running east to west, where canopies shade the "
          "pavement for most of the afternoon.", spacing=2.0),
        heading("References", 2),
        note("[1] Oke, The energetic basis of the urban heat island, 1982."),
        note("[2] Ziter and colleagues, Scale-dependent interactions in urban heat, 2019."),
    ),
)

ONBOARDING_CHECKLIST = TemplateSpec(
    name="onboarding_checklist",
    description="A new employee onboarding guide with a welcome paragraph, first-week tasks as plain lines, "
    "a contacts table and an indented note from the team lead.",
    split="test",
    blocks=(
        title("Welcome to the Northstar Design Studio"),
        p("We are glad you are here. This guide covers everything you need during your first week at "
          "Northstar Design Studio, from building access to the Friday critique session."),
        heading("First Week Tasks"),
        *items("Collect your access badge from reception", "Set up your laptop with the IT desk",
               "Book a coffee with your onboarding buddy", "Read the studio style handbook"),
        heading("Who to Ask"),
        table(("Topic", "Contact"), ("Payroll and leave", "Ines Carvalho"), ("Laptops and accounts", "Raj Mehta"),
              ("Studio keys", "")),
        heading("A Word from Your Team Lead", 2),
        quote("Ask questions early and often; nobody here expects you to know our tools on day one."),
        p("The Friday critique starts at four in the afternoon in the large meeting room with the green sofa.",
          spacing=1.5),
    ),
)

ALL = (
    LAB_REPORT,
    USER_MANUAL,
    INCIDENT_REPORT,
    COURSE_SYLLABUS,
    COUNCIL_NOTICE,
    MUSEUM_GUIDE,
    RESEARCH_ABSTRACT,
    ONBOARDING_CHECKLIST,
)
