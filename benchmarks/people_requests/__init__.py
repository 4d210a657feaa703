"""Requests as people type them, on documents lamforge never made, judged by checks written here.

``documents`` builds the documents (split into DEV and BLIND ones), ``checks`` holds the checks on the saved
.docx and the "nothing else touched" guard, ``dev`` and ``blind`` hold the cases. The blind cases are frozen:
the main developer never reads ``blind.py``. The runner is ``benchmarks/people_requests.py``.
"""
