"""Documents, scripts and processes the reliability probes share."""

from __future__ import annotations

import io
import json
import os
import re
import struct
import subprocess
import sys
import threading
import time
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import docx

LAMFORGE = [sys.executable, "-m", "lamforge.cli"]
PARAS = [f"Paragraph {i} of the report says something worth keeping, in a sentence of ordinary length."
         for i in range(8)]
TABLE_TEXT = "Revenue"


def report_doc(path: Path) -> Path:
    """Eight paragraphs, a table, and a closing paragraph: enough that a wipe is unmistakable."""
    d = docx.Document()
    for p in PARAS[:5]:
        d.add_paragraph(p)
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = TABLE_TEXT, "Costs"
    t.cell(1, 0).text, t.cell(1, 1).text = "120", "80"
    for p in PARAS[5:]:
        d.add_paragraph(p)
    d.save(str(path))
    return path


def texts(path: Path) -> tuple[list[str], int]:
    """(non-empty paragraph texts, number of tables) of a saved .docx."""
    d = docx.Document(str(path))
    return [p.text for p in d.paragraphs if p.text.strip()], len(d.tables)


def reply(function: str, args: dict | None = None, status: str = "CONTINUE", name: str = "Document") -> dict:
    return {"thought": function, "control_label": "", "control_name": name, "function": function,
            "args": args or {}, "status": status, "plan": []}


def script(path: Path, replies: list) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in replies), encoding="utf-8")
    return f"scripted:{path}"


def cli(*args: str, timeout: float = 60, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*LAMFORGE, *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def png(shade: int = 0) -> bytes:
    """A 1x1 PNG (``shade`` makes each one distinct, so a document holds several images, not one shared)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes([0, 255, shade % 256, 0]))) + chunk(b"IEND", b""))


def linked_image_docx(path: Path, url: str, n: int = 1) -> Path:
    """A .docx whose images are relationships with TargetMode="External" pointing at ``url`` (a tracking pixel)."""
    d = docx.Document()
    d.add_paragraph("Before the pictures.")
    for i in range(n):
        d.add_picture(io.BytesIO(png(i)))
    d.add_paragraph("After the pictures.")
    d.save(str(path))
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    parts["word/document.xml"] = parts["word/document.xml"].replace(b"r:embed=", b"r:link=")
    rels = parts["word/_rels/document.xml.rels"].decode()
    count = iter(range(1000))
    rels = re.sub(r'Target="media/[^"]+"', lambda m: f'Target="{url}/pixel{next(count)}.png" TargetMode="External"',
                  rels)
    parts["word/_rels/document.xml.rels"] = rels.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            if not name.startswith("word/media/"):
                z.writestr(name, data)
    return path


def linked_image_odt(path: Path, url: str) -> Path:
    """An .odt with a linked (not embedded) image at ``url``."""
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2"><office:body><office:text>
<text:p>Before the picture.<draw:frame draw:name="img" svg:width="1cm" svg:height="1cm"><draw:image
 xlink:href="{url}/odt-pixel.png" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></text:p>
<text:p>After the picture.</text:p></office:text></office:body></office:document-content>"""
    manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return path


def zip_bomb(path: Path, megabytes: int = 200) -> Path:
    """A small .docx whose word/document.xml unpacks to ``megabytes`` MB."""
    good = path.with_name("good-for-bomb.docx")
    docx.Document().save(str(good))
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                z.writestr(info.filename, src.read(info.filename))
        block = b"<w:p><w:r><w:t>bomb</w:t></w:r></w:p>" * 28_000  # ~1 MB
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                     b'wordprocessingml/2006/main"><w:body>')
            for _ in range(megabytes):
                fh.write(block)
            fh.write(b"</w:body></w:document>")
    good.unlink()
    return path


def encrypted_docx(path: Path) -> Path:
    """What Word writes for a password-protected .docx: an OLE compound file with EncryptionInfo and
    EncryptedPackage streams (only the parts a reader sniffs: the header and a directory sector)."""
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    header[0x18:0x1E] = b"\x3e\x00\x03\x00\xfe\xff"
    directory = bytearray(512)
    for i, name in enumerate(("Root Entry", "EncryptionInfo", "EncryptedPackage")):
        raw = name.encode("utf-16-le") + b"\x00\x00"
        directory[i * 128:i * 128 + len(raw)] = raw
        directory[i * 128 + 64:i * 128 + 66] = struct.pack("<H", len(raw))
    path.write_bytes(bytes(header) + bytes(directory) + os.urandom(4096))
    return path


@contextmanager
def http_server(delay: float = 0.0) -> Iterator[tuple[str, list[str]]]:
    """A local HTTP server on 127.0.0.1 that records every request path (and answers after ``delay`` s)."""
    import http.server

    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def _answer(self) -> None:
            hits.append(f"{self.command} {self.path}")
            time.sleep(delay)
            body = png()
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        do_GET = do_HEAD = do_POST = do_PROPFIND = do_OPTIONS = _answer

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()


def processes_mentioning(marker: str) -> list[int]:
    from lamforge.app.processes import processes_mentioning as find

    return find(marker)


def lamforge_temp_folders(owner_pid: int) -> list[Path]:
    """lamforge-lo-* / lamforge-collect-* folders whose owner record names ``owner_pid``."""
    import tempfile

    from lamforge.app.processes import OWNER_FILE, TEMP_PREFIXES

    found = []
    for prefix in TEMP_PREFIXES:
        for d in Path(tempfile.gettempdir()).glob(f"{prefix}*"):
            try:
                if (d / OWNER_FILE).read_text().split()[0] == str(owner_pid):
                    found.append(d)
            except (OSError, IndexError):
                continue
    return found


def wait_until(predicate, seconds: float = 20.0, step: float = 0.05) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(step)
    return False
