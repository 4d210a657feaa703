"""Every bound the Writer environment puts on a document or an action, in one place.

Each limit has a default and an environment variable that overrides it (read when it is used, so a
test or a deployment can change it without code):

=========================  ===================================  =======
limit                      variable                             default
=========================  ===================================  =======
repeat count of one key    ``LAMFORGE_MAX_KEY_REPEAT``          1000
key presses per action     ``LAMFORGE_MAX_KEY_PRESSES``         5000
typed characters / action  ``LAMFORGE_MAX_TYPED_CHARS``         100000
seconds per action         ``LAMFORGE_ACTION_TIMEOUT``          20
seconds per episode        ``LAMFORGE_EPISODE_TIMEOUT``         600
MB inside a .docx/.odt     ``LAMFORGE_MAX_PACKAGE_MB``          256
MB of XML inside it        ``LAMFORGE_MAX_XML_MB``              32
compression ratio          ``LAMFORGE_MAX_RATIO``               100
MB of any other document   ``LAMFORGE_MAX_FILE_MB``             256
=========================  ===================================  =======

>>> limit("MAX_KEY_REPEAT")
1000
"""

from __future__ import annotations

import os

DEFAULTS: dict[str, float] = {
    "MAX_KEY_REPEAT": 1000,
    "MAX_KEY_PRESSES": 5000,
    "MAX_TYPED_CHARS": 100_000,
    "ACTION_TIMEOUT": 20.0,
    "EPISODE_TIMEOUT": 600.0,
    "MAX_PACKAGE_MB": 256,
    "MAX_XML_MB": 32,
    "MAX_RATIO": 100,
    "MAX_FILE_MB": 256,
}
MB = 1024 * 1024


def limit(name: str) -> float:
    """The limit ``name`` (a key of :data:`DEFAULTS`): ``$LAMFORGE_<name>`` when set to a positive number."""
    default = float(DEFAULTS[name])
    raw = os.environ.get(f"LAMFORGE_{name}", "").strip()
    try:
        value = float(raw) if raw else default
    except ValueError:
        value = default
    if value <= 0:
        value = default
    return int(value) if value.is_integer() else value
