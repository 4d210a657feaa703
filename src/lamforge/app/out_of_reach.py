"""What a request may ask that no action of this environment can do, each as the reason a LAM gives for ``FAIL``.

The grounding expert answers such a request with one of these reasons (``lamforge.data.expert.infeasible`` decides
which), the model learns to give it, and the document guard keeps a ``summary``'s text to one of them, so the user
reads a reason and never a half-remembered string.
"""

from __future__ import annotations

SEND = "Writer cannot send or share documents"
PRINT = "printing is not available here"
TRANSLATE = "Writer cannot translate text"
OTHER_FILES = "only this document is open: other files cannot be opened"
WEB = "there is no web access from Writer here"
MEDIA = "there is no picture, chart or media source here"
SCHEDULE = "Writer cannot schedule, remind or call"
SAVE_AS = "saving, exporting and protecting files is not available here"
OUTSIDE_ACTIONS = "that is outside what lamforge's actions can do in this document"

REASONS: tuple[str, ...] = (SEND, PRINT, TRANSLATE, OTHER_FILES, WEB, MEDIA, SCHEDULE, SAVE_AS, OUTSIDE_ACTIONS)
