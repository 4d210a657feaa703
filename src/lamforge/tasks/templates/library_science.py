"""Science templates: a practical write-up and field notes with chemical formulas and units (H2O, CO2, m2, cm3).

Requests such as "make the 2 in H2O subscript" need words with a character inside them to format; these documents
also carry a subtitle and real bulleted and numbered lists, which "the second bullet" and "the numbered list" name.
"""

from __future__ import annotations

from lamforge.tasks.templates.spec import TemplateSpec, bullets, heading, numbered, p, subtitle, table, title

POND_PRACTICAL = TemplateSpec(
    name="pond_practical",
    description="A school chemistry practical write-up on testing pond water, with a subtitle, a bulleted "
    "equipment list, numbered method steps, a results table and formulas and units such as H2O, CO2 and cm3.",
    split="train",
    blocks=(
        title("Water Quality Practical: Testing the School Pond"),
        subtitle("Year 10 Chemistry, Group B"),
        heading("Purpose"),
        p("We measured how much dissolved CO2 the pond water holds at different times of day. Pond water is "
          "mostly H2O, but it also carries salts, gases and tiny floating plants."),
        heading("Equipment"),
        *bullets("A 250 cm3 glass beaker", "Universal indicator paper", "A digital thermometer",
                 "Sample bottles with screw caps"),
        heading("Method"),
        *numbered("Collect a sample from the north bank", "Measure the temperature straight away",
                  "Dip the indicator paper into the sample", "Record the colour after thirty seconds"),
        heading("Results"),
        table(("Time", "Acidity", "Temperature"), ("Dawn", "6.8", "9 C"), ("Noon", "7.4", "14 C"),
              ("Dusk", "", "12 C")),
        p("The pond covers about 120 m2 and is less than a metre deep. Readings taken at dawn were more acidic "
          "than readings taken in the early afternoon."),
        heading("Conclusion", 2),
        p("Plants remove carbon dioxide while the sun is up, so the water becomes less acidic by noon. A rough "
          "model of the daily change is y = x2 + 3, where x counts the hours after dawn."),
        p("Our teacher checked every reading before we packed the equipment away."),
    ),
)

MARSH_FIELD_NOTES = TemplateSpec(
    name="marsh_field_notes",
    description="Environmental science field notes from a salt marsh survey, with a subtitle, a bulleted kit "
    "list, a numbered procedure, a readings table and formulas and units such as CH4, N2O, km2 and mm3.",
    split="test",
    blocks=(
        title("Field Notes: Soil Gases on the Marsh Transect"),
        subtitle("Environmental Science Fieldwork, Site 4"),
        heading("Overview"),
        p("Marsh soils release CH4 when they stay waterlogged, and they take up oxygen near the surface when the "
          "tide is out. We sampled five points across a study area of about 3 km2 of salt marsh."),
        heading("Kit List"),
        *bullets("A stainless soil corer", "Gas sampling syringes", "A handheld satellite receiver"),
        heading("Procedure"),
        *numbered("Push the corer down to a depth of thirty centimetres", "Seal the core in a labelled bag",
                  "Draw a gas sample within five minutes"),
        heading("Readings"),
        table(("Point", "Depth", "Methane"), ("P1", "30 cm", "High"), ("P2", "30 cm", "Low"), ("P3", "", "Medium")),
        p("Each core held roughly 500 mm3 of pore water. Levels of N2O were too low to measure with our kit."),
        heading("Next Steps", 2),
        p("A second visit in spring will repeat the transect and compare the readings with the weather station's "
          "own records."),
    ),
)

ALL = (POND_PRACTICAL, MARSH_FIELD_NOTES)
