"""Writer task families on generated template documents (android_world-style task classes).

Layout: ``templates/`` (the document library), ``base.py`` (the :class:`~lamforge.tasks.base.Task`
contract), one file per feature group (``formatting``, ``fonts``, ``case``, ``alignment``,
``paragraphs``, ``lists``, ``tables``, ``editing``, ``find_replace``, ``page``, ``composite``),
``phrasing/`` (train and held-out request pools), ``checks/`` (reading a saved .docx and comparing
it with the expected document), ``registry.py``, ``generate.py`` (JSONL records) and
``solution.py`` (command-form reference steps resolved to live controls).
"""
