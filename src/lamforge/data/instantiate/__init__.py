"""Instantiation (the paper's §3.2.1): task-plan pairs → concrete task records on template documents.

``families`` finds the task family a pair asks for (help-page link, then MiniLM or TF-IDF
similarity, with a reject class for features outside the action space), ``templates`` chooses the
template by description similarity and samples the family's parameters on it, ``llm`` optionally
rephrases the request and writes an action plan with an OpenAI-compatible model, ``record`` keeps
the ``tasks generate`` schema, and ``instantiate`` runs it all (``run(config) -> Path``).
"""
