"""Everyday templates: recipes, itineraries, invitations, newsletters, reviews (content only)."""

from __future__ import annotations

from lamforge.tasks.templates.spec import TemplateSpec, heading, items, meta, note, p, quote, table, title

RECIPE_CARD = TemplateSpec(
    name="recipe_card",
    description="A recipe for a vegetable soup with an introduction, ingredients written as plain lines, "
    "numbered-style steps as paragraphs and a serving tip.",
    split="train",
    blocks=(
        title("Grandma Ilse's Autumn Squash Soup", align="center"),
        p("This soup has opened every family dinner in October since 1987. It freezes well and tastes even "
          "better on the second day."),
        heading("Ingredients"),
        *items("One large butternut squash, peeled and cubed", "Two yellow onions, chopped",
               "Three cloves of garlic", "A litre of vegetable stock", "A pinch of smoked paprika"),
        heading("Method"),
        p("Soften the onions and garlic in olive oil over a low flame for ten minutes."),
        p("Add the squash and the stock, then simmer until the squash falls apart under a fork."),
        p("Blend the soup until smooth and season it with salt, pepper and the smoked paprika."),
        heading("Serving Tip", 2),
        p("Swirl a spoonful of yoghurt on top and scatter toasted pumpkin seeds over each bowl.",
          align="justify"),
        note("Serves six hungry people or eight polite ones."),
    ),
)

TRAVEL_ITINERARY = TemplateSpec(
    name="travel_itinerary",
    description="A four-day travel itinerary for a trip to Lisbon with daily headings, activity paragraphs, "
    "a table of hotel bookings and packing reminders.",
    split="train",
    blocks=(
        title("Lisbon Long Weekend Itinerary"),
        meta("Travellers: Noor and Daniel Haddad", align="right"),
        heading("Day One: Arrival"),
        p("The flight lands at eleven in the morning. Take the metro red line to Saldanha and walk six minutes "
          "to the guesthouse on Rua Tomas Ribeiro."),
        heading("Day Two: Belem"),
        p("Catch tram 15 to Belem and queue early for the custard tarts. Visit the monastery before lunch and "
          "the riverside monument in the afternoon."),
        heading("Day Three: Sintra"),
        p("Spend the whole day in Sintra. Buy the combined palace ticket online to skip the longest line, and "
          "bring a light jacket because the hills are cooler than the city.", spacing=1.5),
        heading("Day Four: Departure"),
        p("Check out by ten and store the suitcases at the front desk before a last walk through Alfama."),
        table(("Night", "Hotel", "Confirmation"), ("Friday", "Casa Saldanha", "LX4471"),
              ("Saturday", "Casa Saldanha", "LX4471"), ("Sunday", "Sintra Garden Lodge", "")),
        heading("Packing Reminders", 2),
        *items("Comfortable walking shoes", "A refillable water bottle", "Travel adapter for type F sockets"),
    ),
)

EVENT_INVITATION = TemplateSpec(
    name="event_invitation",
    description="An invitation to a retirement party with centered event details, an RSVP request and "
    "directions to the venue.",
    split="train",
    blocks=(
        title("You Are Invited", align="center"),
        p("Please join us to celebrate the retirement of Professor Helen Marsh", align="center"),
        p("after thirty-one years of teaching marine biology at Westbrook College.", align="center"),
        meta("Saturday, September 14, 2024 at 6:30 pm", align="center"),
        meta("The Boathouse Restaurant, 9 Quay Street", align="center"),
        heading("RSVP", 2),
        p("Kindly reply to Samuel Ito by August 30 so that the kitchen can plan the buffet. Vegetarian and "
          "gluten-free dishes will be available."),
        heading("Directions", 2),
        p("The Boathouse is a short walk from the harbour bus stop. Free parking is available behind the "
          "lifeboat station after six in the evening."),
        p("Gifts are not expected, but contributions to the Helen Marsh scholarship fund are welcome.",
          align="justify"),
    ),
)

SCHOOL_NEWSLETTER = TemplateSpec(
    name="school_newsletter",
    description="A primary school newsletter with several short news sections, upcoming dates as plain lines, "
    "a lunch menu table and a note from the head teacher.",
    split="train",
    blocks=(
        title("Oakridge Primary Weekly News"),
        meta("Issue 12, Spring Term", align="right"),
        heading("A Note from the Head Teacher"),
        p("What a week it has been at Oakridge Primary. Year Four won the regional spelling bee, and the new "
          "climbing frame finally opened after months of waiting."),
        p("Please remember that the school gates now close at 8:50 sharp so that lessons can start on time."),
        heading("Science Fair Winners"),
        p("Congratulations to Mia Castellanos for her volcano that really smoked and to Jonah Price for his "
          "study of which paper towel absorbs the most juice."),
        heading("Upcoming Dates"),
        *items("March 18: Year Two trip to the aquarium", "March 22: Parents evening",
               "March 28: Easter bonnet parade", "April 2: School closes for the holidays"),
        heading("Lunch Menu", 2),
        table(("Day", "Main", "Dessert"), ("Monday", "Vegetable lasagne", "Apple crumble"),
              ("Tuesday", "Fish fingers", ""), ("Wednesday", "Chickpea curry", "Fruit salad")),
        note("Oakridge Primary is a nut-free school."),
    ),
)

BOOK_REVIEW = TemplateSpec(
    name="book_review",
    description="A book review of a novel with the reviewer's verdict, several long critical paragraphs, "
    "an indented quotation from the book and a star rating.",
    split="train",
    blocks=(
        title("Review: The Cartographer of Lost Rivers"),
        meta("Reviewed by Agnes Falk for the Hollowbrook Reading Circle", align="center"),
        p("The Cartographer of Lost Rivers follows a surveyor who maps streams that were buried beneath a "
          "growing city. It is a patient novel that rewards readers who enjoy slow discoveries.", spacing=1.5),
        p("The early chapters move slowly, with long passages about surveying instruments and old property "
          "deeds. Some members of our circle admitted that they nearly gave up before the flood scene.",
          align="justify"),
        quote("Every street remembers the water it replaced, and on wet nights it tries to give it back."),
        p("That sentence captures the book's gentle sadness. The author never explains too much, which left "
          "our discussion lively and unresolved."),
        heading("Verdict", 2),
        p("Recommended for patient readers and anyone who has wondered what lies under their own street."),
        meta("Rating: four stars out of five", align="right"),
    ),
)

GARDEN_GUIDE = TemplateSpec(
    name="garden_guide",
    description="A seasonal gardening guide with headings per month, advice paragraphs, a planting table "
    "and a list of tools written as plain lines.",
    split="train",
    blocks=(
        title("A Beginner's Guide to the Spring Vegetable Patch"),
        heading("March"),
        p("Clear the beds of old stems and spread a layer of compost. Sow broad beans and early peas directly "
          "into the soil once it no longer sticks to your boots."),
        heading("April"),
        p("Start tomatoes and peppers on a sunny windowsill. Harden seedlings off by leaving them outdoors for "
          "a few hours each day before planting them out.", spacing=2.0),
        heading("May"),
        p("Plant out courgettes after the last frost and water them deeply twice a week. Keep an eye out for "
          "slugs after rain, especially around young lettuce."),
        table(("Crop", "Sow", "Harvest"), ("Broad beans", "March", "June"), ("Lettuce", "April", "May"),
              ("Courgettes", "May", "")),
        heading("Essential Tools", 2),
        *items("A sturdy hand trowel", "A watering can with a fine rose", "Garden twine and bamboo canes"),
        note("Frost dates vary by region, so check your local forecast before planting out."),
    ),
)

RESTAURANT_MENU = TemplateSpec(
    name="restaurant_menu",
    description="A bistro dinner menu with centered course headings, dish descriptions, a wine table and "
    "allergy information.",
    split="test",
    blocks=(
        title("Bistro Marguerite Evening Menu", align="center"),
        meta("Served from six until ten, Wednesday to Sunday", align="center"),
        heading("Starters"),
        p("Chilled beetroot soup with dill cream and rye crumbs."),
        p("Grilled halloumi on a salad of blood orange and fennel."),
        heading("Main Courses"),
        p("Slow-roasted lamb shoulder with white beans, rosemary and a glass of the house red."),
        p("Wild mushroom risotto finished with aged parmesan and crispy sage leaves."),
        heading("Desserts"),
        p("Dark chocolate tart with salted caramel and creme fraiche.", align="center"),
        table(("Wine", "Glass", "Bottle"), ("Picpoul de Pinet", "7", "28"), ("Cotes du Rhone", "8", ""),
              ("Prosecco", "9", "34")),
        note("Please tell your server about any allergies before ordering."),
    ),
)

LEASE_SUMMARY = TemplateSpec(
    name="lease_summary",
    description="A plain-language summary of an apartment lease: parties, rent and deposit table, house "
    "rules as plain lines, termination terms and a signature line.",
    split="test",
    blocks=(
        title("Summary of Lease Agreement"),
        meta("Apartment 3B, 117 Juniper Street", align="right"),
        heading("Parties"),
        p("The landlord is Birchwood Property Holdings. The tenants are Carla Mendes and Yusuf Adeyemi, who "
          "share equal responsibility for the rent."),
        heading("Rent and Deposit"),
        table(("Item", "Amount", "Due"), ("Monthly rent", "1,450 dollars", "First of the month"),
              ("Security deposit", "1,450 dollars", "At signing"), ("Pet fee", "", "")),
        heading("House Rules"),
        *items("No smoking anywhere in the building", "Quiet hours run from ten at night to seven",
               "Bicycles must be stored in the basement room"),
        p("Either party may end the lease after the first year by giving sixty days of written notice. "
          "Birchwood Property Holdings will return the deposit within thirty days of move-out.",
          spacing=1.5),
        meta("Signed on July 1, 2024"),
    ),
)

ALL = (
    RECIPE_CARD,
    TRAVEL_ITINERARY,
    EVENT_INVITATION,
    SCHOOL_NEWSLETTER,
    BOOK_REVIEW,
    GARDEN_GUIDE,
    RESTAURANT_MENU,
    LEASE_SUMMARY,
)
