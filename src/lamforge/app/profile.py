"""The LibreOffice user profile every session starts with: a cached template, made safe for hostile documents.

A document must never make ``soffice`` reach the network (a tracking pixel linked from a .docx, a
request from wherever lamforge runs into its network, a slow server stalling the load). Every
session's profile therefore gets, in its ``registrymodifications.xcu``:

- ``BlockUntrustedRefererLinks``: linked (external) images and objects are not loaded;
- Writer's link update mode *never* (``UpdateDocMode=NO_UPDATE`` is passed on load as well);
- a manual proxy at 127.0.0.1:9 (nothing listens there) for HTTP, HTTPS and FTP, so whatever still
  tries to fetch fails at once instead of reaching a server.

Macros stay off through the load arguments (``MacroExecutionMode=NEVER_EXECUTE``).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

_SETTINGS: tuple[tuple[str, str, str], ...] = (
    ("/org.openoffice.Office.Common/Security/Scripting", "BlockUntrustedRefererLinks", "true"),
    ("/org.openoffice.Office.Writer/Content/Update", "Link", "0"),  # sw's UpdateLinks: 0 = NEVER
    ("/org.openoffice.Inet/Settings", "ooInetProxyType", "1"),  # manual
    ("/org.openoffice.Inet/Settings", "ooInetHTTPProxyName", "127.0.0.1"),
    ("/org.openoffice.Inet/Settings", "ooInetHTTPProxyPort", "9"),
    ("/org.openoffice.Inet/Settings", "ooInetHTTPSProxyName", "127.0.0.1"),
    ("/org.openoffice.Inet/Settings", "ooInetHTTPSProxyPort", "9"),
    ("/org.openoffice.Inet/Settings", "ooInetFTPProxyName", "127.0.0.1"),
    ("/org.openoffice.Inet/Settings", "ooInetFTPProxyPort", "9"),
    ("/org.openoffice.Inet/Settings", "ooInetNoProxy", ""),
)
_HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
           'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
           '</oor:items>\n')


def profile_template() -> Path:
    """A once-initialised LibreOffice user profile that new sessions copy (first start is slow)."""
    return Path(os.environ.get("LAMFORGE_CACHE", Path.home() / ".cache" / "lamforge")) / "lo-profile"


def harden(profile: Path) -> Path:
    """Write the no-network settings into ``profile``'s user configuration; returns the file."""
    xcu = profile / "user" / "registrymodifications.xcu"
    xcu.parent.mkdir(parents=True, exist_ok=True)
    text = xcu.read_text(encoding="utf-8") if xcu.is_file() else _HEADER
    for path, name, _ in _SETTINGS:  # drop earlier values of these settings (a template already has them)
        text = re.sub(rf'<item oor:path="{re.escape(path)}"><prop oor:name="{name}" [^\n]*?</item>\n?', "", text)
    items = "".join(
        f'<item oor:path="{path}"><prop oor:name="{name}" oor:op="fuse"><value>{value}</value></prop></item>\n'
        for path, name, value in _SETTINGS
    )
    if "</oor:items>" not in text:
        text = _HEADER
    xcu.write_text(text.replace("</oor:items>", items + "</oor:items>", 1), encoding="utf-8")
    return xcu
