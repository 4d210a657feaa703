"""Writer task families on generated template documents (android_world-style task classes).

Layout: ``templates/`` (the document library), ``base.py`` (the :class:`~lamforge.tasks.base.Task`
contract), one file per feature group (``formatting``, ``fonts``, ``case``, ``alignment``,
``paragraphs``, ``lists``, ``tables``, ``editing``, ``find_replace``, ``page``, ``composite``,
``whole`` (the whole document), ``ranges`` (runs of paragraphs), ``within`` (a character inside a
word), ``infeasible`` (requests Writer cannot do)), ``targets.py`` and ``structural.py`` (what a
request names and how: quoted text, or a role or position such as "the title" or "the header row"),
``phrasing/`` (train and held-out request pools), ``checks/`` (reading a saved .docx and comparing
it with the expected document), ``registry.py``, ``generate.py`` (JSONL records) and
``solution.py`` (command-form reference steps resolved to live controls).
"""
