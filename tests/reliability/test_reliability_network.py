"""No network from documents: linked images and links never make LibreOffice fetch anything.

A local HTTP server on 127.0.0.1 stands in for a tracking pixel (or a host inside the network lamforge
runs in); it must receive zero requests through load, edit and save, and a slow one must not slow loading.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from reliability_helpers import cli, http_server, linked_image_docx, linked_image_odt

from lamforge.app.action import Action


def test_linked_images_are_never_fetched(env, tmp_path: Path) -> None:
    with http_server() as (url, hits):
        docs = [linked_image_docx(tmp_path / "pixel.docx", url, n=3), linked_image_odt(tmp_path / "pixel.odt", url)]
        for doc in docs:
            env.reset(options={"doc": str(doc)})
            assert env.step(Action("select_text", {"text": "After the picture"})).result.ok
            assert env.step(Action("click_input", control_name="Bold")).result.ok
            assert env.step(Action("keyboard_input", {"keys": "^{END} Edited."})).result.ok
            env.save(tmp_path / f"out-{doc.stem}.docx")
            env.reset(options={"doc": str(tmp_path / f"out-{doc.stem}.docx")})  # the saved copy, loaded again
        time.sleep(0.5)  # anything in flight would have arrived
        assert hits == []


def test_a_slow_linked_server_does_not_slow_the_cli(tmp_path: Path) -> None:
    with http_server(delay=10.0) as (url, hits):
        doc = linked_image_docx(tmp_path / "six.docx", url, n=6)  # six slow links used to time the load out
        t0 = time.monotonic()
        p = cli("app", "exec", str(doc), "--out", str(tmp_path / "o.docx"),
                json.dumps({"function": "keyboard_input", "args": {"keys": "^{END} Edited."}}))
        took = time.monotonic() - t0
        assert p.returncode == 0, p.stderr
        assert hits == [] and took < 20, (hits, took)
