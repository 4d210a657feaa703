"""Text as the guard compares it: one character per UTF-8 byte beyond ASCII, so byte tokens can spell it.

A byte-level tokenizer writes a character it has no token for ("£", "ë", the curly apostrophe "’") as two or
three byte tokens, and each of them alone decodes to nothing readable. The guard compares token strings with
the texts an argument may copy, so those characters had no token that spelled them: the guard allowed nothing,
stood aside, and the model wrote whatever it remembered ("change '£1.20' to '£1.40'" selected "fifteen
during"). In the guard's own alphabet every byte of a non-ASCII character is one private-use character, the
byte tokens are their bytes, and a copy of "£1.20" is a sequence of tokens like any other. ASCII, which is
everything else, is unchanged.
"""

from __future__ import annotations

_BASE = 0xF700  # private-use characters U+F780..U+F7FF stand for the bytes 0x80..0xFF


def bytewise(text: str) -> str:
    """``text`` in the guard's alphabet: each byte of a non-ASCII character as its own character.

    >>> [hex(ord(c)) for c in bytewise("£1")]
    ['0xf7c2', '0xf7a3', '0x31']
    >>> bytewise("plain text") == "plain text"
    True
    """
    if text.isascii():
        return text
    return "".join(c if c.isascii() else "".join(chr(_BASE + b) for b in c.encode("utf-8")) for c in text)


def from_bytes(data: bytes) -> str:
    """Raw bytes (a byte token's, maybe part of a character) in the guard's alphabet."""
    return "".join(chr(b) if b < 0x80 else chr(_BASE + b) for b in data)


def readable(text: str) -> str | None:
    """Guard-alphabet text back as ordinary text; ``None`` when it ends inside a character.

    >>> readable(bytewise("Zoë £5")), readable(bytewise("£")[:1])
    ('Zoë £5', None)
    """
    data = bytearray()
    for c in text:
        o = ord(c)
        if o < 0x80:
            data.append(o)
        elif _BASE + 0x80 <= o <= _BASE + 0xFF:
            data.append(o - _BASE)
        else:  # a character outside both alphabets: the text was not the guard's
            return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None
