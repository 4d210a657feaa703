"""Check a document file before LibreOffice sees it: the package its name promises, within bounds, not encrypted.

LibreOffice would import a renamed file as plain text, decompress a zip bomb into gigabytes of memory,
or fail on an encrypted .docx with a vague error. :func:`check_document` reads only the zip directory
and streams the members (never a whole member in memory), so a 750 KB file holding a 200 MB
``document.xml`` is refused in milliseconds. Pure Python: the CLI runs it before a model loads.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from lamforge.app.limits import MB, limit

ZIP_FORMATS = {
    ".docx": "word/document.xml",
    ".docm": "word/document.xml",
    ".dotx": "word/document.xml",
    ".odt": "content.xml",
    ".ott": "content.xml",
}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE compound file: .doc, or an encrypted OOXML package
_ENCRYPTED_OOXML = "EncryptedPackage".encode("utf-16-le")
_XML_SUFFIXES = (".xml", ".rels")
_CHUNK = 1 << 20
_SMALL_MEMBER = MB  # the ratio limit applies to members larger than this


class PackageError(ValueError):
    """The file is not a document lamforge will hand to LibreOffice; the message says why."""


def check_document(path: str | Path) -> None:
    """Raise :class:`PackageError` unless ``path`` is a document LibreOffice may safely open.

    >>> import tempfile, os
    >>> p = Path(tempfile.mkdtemp()) / "a.docx"
    >>> _ = p.write_bytes(OLE_MAGIC + bytes(504) + _ENCRYPTED_OOXML)
    >>> check_document(p)
    Traceback (most recent call last):
    ...
    lamforge.app.package_check.PackageError: cannot open a.docx: the document is password-protected/encrypted; \
remove the password (in Word or Writer: save it without one) and try again
    """
    p = Path(path)
    if p.is_dir():
        raise PackageError(f"cannot open {p.name}: it is a directory, not a document")
    if not p.is_file():
        raise PackageError(f"document not found (no such file): {p}")
    size = p.stat().st_size
    if size == 0:
        raise PackageError(f"cannot open {p.name}: the file is empty")
    member = ZIP_FORMATS.get(p.suffix.lower())
    if member is None:
        most = limit("MAX_FILE_MB")
        if size > most * MB:
            raise PackageError(f"cannot open {p.name}: {size / MB:.0f} MB is over the {most} MB limit")
        return
    with p.open("rb") as fh:
        head = fh.read(8)
    if head == OLE_MAGIC:
        raise PackageError(_ole_message(p))
    try:
        with zipfile.ZipFile(p) as z:
            _check_zip(p, z, member)
    except (zipfile.BadZipFile, zlib.error) as exc:
        raise PackageError(f"cannot open {p.name}: not a valid {p.suffix} file "
                           f"(it is not a zip package, or a damaged one: {exc})") from None
    except (OSError, EOFError, NotImplementedError, RuntimeError) as exc:  # truncated, unknown compression
        raise PackageError(f"cannot open {p.name}: not a valid {p.suffix} file ({type(exc).__name__}: {exc})") from None


def _ole_message(p: Path) -> str:
    """An OLE file with an OOXML name: encrypted (it holds an EncryptedPackage stream) or a renamed .doc."""
    found = False
    with p.open("rb") as fh:
        tail = b""
        read = 0
        while read < limit("MAX_FILE_MB") * MB:
            chunk = fh.read(_CHUNK)
            if not chunk:
                break
            read += len(chunk)
            if _ENCRYPTED_OOXML in tail + chunk:
                found = True
                break
            tail = chunk[-len(_ENCRYPTED_OOXML):]
    if found:
        return (f"cannot open {p.name}: the document is password-protected/encrypted; remove the password "
                "(in Word or Writer: save it without one) and try again")
    return (f"cannot open {p.name}: it is a Word 97-2003 (.doc) file, not a {p.suffix} package; rename it "
            "to .doc (or it is password-protected/encrypted)")


def _check_zip(p: Path, z: zipfile.ZipFile, member: str) -> None:
    infos = z.infolist()
    names = {i.filename for i in infos}
    if member not in names:
        raise PackageError(f"cannot open {p.name}: not a valid {p.suffix} file (no {member} inside)")
    total_max, xml_max, ratio_max = limit("MAX_PACKAGE_MB") * MB, limit("MAX_XML_MB") * MB, limit("MAX_RATIO")
    total = sum(i.file_size for i in infos)
    xml = sum(i.file_size for i in infos if i.filename.lower().endswith(_XML_SUFFIXES))
    if total > total_max:
        raise PackageError(f"cannot open {p.name}: it unpacks to {total / MB:.0f} MB, over the "
                           f"{total_max / MB:.0f} MB limit (a zip bomb, or a document too large to edit here)")
    if xml > xml_max:
        raise PackageError(f"cannot open {p.name}: its XML unpacks to {xml / MB:.0f} MB, over the "
                           f"{xml_max / MB:.0f} MB limit (a zip bomb, or a document too large to edit here)")
    for i in infos:
        ratio = i.file_size / max(i.compress_size, 1)
        if i.file_size > _SMALL_MEMBER and ratio > ratio_max:
            raise PackageError(f"cannot open {p.name}: {i.filename} is compressed {ratio:.0f} to 1, over the limit "
                               f"of {ratio_max} to 1 (a zip bomb)")
    if p.suffix.lower() in (".odt", ".ott") and "META-INF/manifest.xml" in names:
        if b"encryption-data" in z.read("META-INF/manifest.xml")[: 4 * MB]:
            raise PackageError(f"cannot open {p.name}: the document is password-protected/encrypted; remove the "
                               "password (in Writer: save it without one) and try again")
    seen = 0
    for i in infos:  # the sizes above are what the directory claims: unpack as a stream to hold them to it
        with z.open(i) as fh:
            while chunk := fh.read(_CHUNK):
                seen += len(chunk)
                if seen > total_max:
                    raise PackageError(f"cannot open {p.name}: it unpacks to more than {total_max / MB:.0f} MB")
