"""Policy, essay and show-notes templates (content only)."""

from __future__ import annotations

from lamforge.tasks.templates.spec import TemplateSpec, heading, items, meta, note, p, quote, table, title

SHIPPING_POLICY = TemplateSpec(
    name="shipping_policy",
    description="An online shop's shipping and returns policy with numbered-style section headings, rate "
    "table, long rule paragraphs and a contact line.",
    split="train",
    blocks=(
        title("Shipping and Returns Policy"),
        meta("Last updated January 2024", align="right"),
        heading("1. Processing Times"),
        p("Orders placed before noon on a weekday leave the Hollins Pottery workshop the same day. Orders placed "
          "after noon or at the weekend are packed on the next working day."),
        heading("2. Shipping Rates"),
        table(("Destination", "Standard", "Express"), ("Domestic", "6 dollars", "15 dollars"),
              ("Canada", "14 dollars", "30 dollars"), ("Rest of the world", "25 dollars", "")),
        heading("3. Returns"),
        p("Unused items may be returned within thirty days for a full refund. Because every mug is thrown by "
          "hand, small differences in glaze are not considered defects.", align="justify"),
        p("Broken items must be photographed inside the original box before the box is thrown away.",
          spacing=1.5),
        heading("4. Lost Parcels"),
        p("Hollins Pottery will reship or refund any parcel that has not arrived fifteen working days after "
          "dispatch."),
        meta("Questions? Write to care@hollins.example", align="center"),
    ),
)

HISTORY_ESSAY = TemplateSpec(
    name="history_essay",
    description="A long student essay on the history of the lighthouse with an introduction, several long "
    "body paragraphs under headings, an indented quotation and a bibliography.",
    split="train",
    blocks=(
        title("Keepers of the Light: A Short History of Lighthouses"),
        meta("Essay by Ruth Calloway", align="center"),
        heading("Introduction"),
        p("For more than two thousand years people have lit fires on headlands to warn ships away from rocks. "
          "The lighthouse grew from those fires into one of the most trusted machines of the industrial age.",
          spacing=1.5),
        heading("Ancient Beacons"),
        p("The Pharos of Alexandria stood for over a millennium and may have reached a hundred metres in "
          "height. Travellers described a mirror at its summit that reflected sunlight by day and firelight "
          "by night. An earthquake finally toppled it in the fourteenth century.", align="justify"),
        heading("The Age of the Lens"),
        p("In 1822 Augustin Fresnel designed a lens built from rings of glass prisms. His design bent scattered "
          "light into a single beam that sailors could see more than twenty miles away. Within fifty years "
          "nearly every major coast had adopted it."),
        quote("The light must never go out, wrote one keeper in the log of the Longstone lighthouse."),
        heading("Automation"),
        p("Electric lamps and timers slowly replaced the keepers. The last staffed lighthouse in Britain was "
          "automated in 1998, ending a way of life that had lasted for centuries."),
        heading("Bibliography", 2),
        note("Hague and Christie, Lighthouses: Their Architecture, History and Archaeology, 1975."),
    ),
)

PODCAST_NOTES = TemplateSpec(
    name="podcast_notes",
    description="Show notes for a podcast episode about urban beekeeping with a guest biography, chapter "
    "timestamps as plain lines, links mentioned and sponsor text.",
    split="train",
    blocks=(
        title("The Rooftop Hive, Episode 42"),
        meta("Hosted by Camille Duarte", align="right"),
        p("This week Camille talks with Oskar Lindgren, who keeps twelve beehives on the roof of a downtown "
          "hotel. They discuss swarms, neighbours and the surprising taste of city honey."),
        heading("Chapters"),
        *items("00:00 Welcome and introductions", "04:15 How Oskar caught his first swarm",
               "17:40 Convincing the hotel manager", "29:05 Listener questions"),
        heading("About Our Guest"),
        p("Oskar Lindgren trained as a carpenter before he discovered bees. He now builds hives from salvaged "
          "timber and teaches weekend beekeeping courses.", align="justify"),
        heading("Mentioned in This Episode", 2),
        table(("Resource", "Where"), ("Beginner hive plans", "rooftophive.example/plans"),
              ("Local honey map", "rooftophive.example/map"), ("Swarm hotline", "")),
        quote("Bees do not care about postcodes; they care about flowers, said Oskar."),
        note("The Rooftop Hive is supported by listeners like you."),
    ),
)

ALL = (SHIPPING_POLICY, HISTORY_ESSAY, PODCAST_NOTES)
