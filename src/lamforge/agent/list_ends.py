"""A new item at the end of the document's list: "add 'Bring gloves' as a new bullet at the end of the list".

The model is trained to add a paragraph after a named one ("add a new paragraph saying X after Y"); at the end of a
list, Writer continues the list in the new paragraph. So a quoted new item put at the end of "the list" (or "as a
new bullet", "to the list") is said that way, after the list's last item, when the document holds one list.
"""

from __future__ import annotations

import re
from typing import Any

from lamforge.agent.word_overlap import same_word, singular_words
from lamforge.text.explicit import quote
from lamforge.text.quotes import QUOTED_RE
from lamforge.text.vocab import FUNCTION_WORDS, INSTRUCTION_WORDS

_NEW_ITEM = re.compile(
    r"\b(?P<verb>add|insert|put|append)\s+(?P<x>'[^']+'|\"[^\"]+\")\s+(?:as\s+)?(?:a\s+|an\s+)?(?:new\s+|extra\s+)?"
    r"(?:(?:bullet|item|point|line|entry)(?:\s+point)?\s*)?(?:(?:at|to)\s+the\s+(?:end|bottom)\s+of|to|on)\s+"
    r"the\s+(?:bulleted\s+|numbered\s+)?(?:list|bullets|bullet\s+points|items)\b"
    # "add a bullet at the end of the house list saying spare blankets are in the cupboard"
    r"|\b(?P<verb2>add|insert|put|append)\s+(?:a\s+|an\s+|one\s+|another\s+)?(?:new\s+|extra\s+|more\s+)?"
    r"(?:(?:bullet|item|point|line|entry)(?:\s+point)?\s+|(?<=more\s))(?:(?:at|to)\s+the\s+(?:end|bottom)\s+of|to|on)\s+"
    r"the\s+(?P<name>(?:[\w'\u2019-]+\s+){0,3}?)(?:list|bullets|bullet\s+points|items)(?:\s*:|\s+(?:saying|that\s+says|which\s+says|reading|"
    r"with\s+the\s+text))\s+(?P<y>[^'\"]+?)\s*[.!?]?$", re.IGNORECASE)


def last_item(request: str, view: Any) -> str:
    """"Add 'X' as a new bullet at the end of the list" as "add a new paragraph saying 'X' after 'LAST ITEM'".

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "body", "Hi all,"), ViewParagraph(2, "bullet", "Wear shoes"),
    ...              ViewParagraph(3, "bullet", "Bring water"), ViewParagraph(4, "body", "Cheers,")), ())
    >>> last_item("can you add 'Bring gloves' as a new bullet at the end of the list?", v)
    "can you add a new paragraph saying 'Bring gloves' after 'Bring water'?"
    >>> last_item("add a bullet at the end of the kit list saying gloves are in the shed", v)
    "add a new paragraph saying 'Gloves are in the shed' after 'Bring water'"
    >>> last_item("add one more bullet at the end of the kit list: Gloves, for the brambles", v)
    "add a new paragraph saying 'Gloves, for the brambles' after 'Bring water'"
    >>> last_item("add one more to the kit list: Gloves", v)
    "add a new paragraph saying 'Gloves' after 'Bring water'"
    >>> last_item("add 'Bring gloves' after the title", v)
    "add 'Bring gloves' after the title"
    >>> w = DocView((ViewParagraph(1, "heading 2", "What to bring"), *v.paragraphs[1:3],
    ...              ViewParagraph(4, "heading 2", "What to wear"), ViewParagraph(5, "bullet", "Boots")), ())
    >>> last_item("add black socks or tights to what to wear", w)
    "add a new paragraph saying 'Black socks or tights' after 'Boots'"
    >>> last_item("add a page break to what to wear", w), last_item("can you put this on our facebook page", w)
    ('add a page break to what to wear', 'can you put this on our facebook page')
    >>> last_item("add gloves to our facebook page", DocView(v.paragraphs, ()))  # a name that is no heading
    'add gloves to our facebook page'
    >>> last_item("add another bullet to the end of the wears list: Gloves", w)
    "add a new paragraph saying 'Gloves' after 'Boots'"
    >>> last_item("one more for the what to wear list \u2013 a warm hat", w)
    "add a new paragraph saying 'A warm hat' after 'Boots'"
    >>> last_item("black socks need to go on the what to wear list", w)
    "add a new paragraph saying 'Black socks' after 'Boots'"
    >>> last_item("add one more to the bring list: Gloves", w), last_item("add gloves to the list", w)
    ("add a new paragraph saying 'Gloves' after 'Bring water'", 'add gloves to the list')
    >>> menu = DocView((ViewParagraph(1, "heading 2", "Breakfast"),
    ...                 ViewParagraph(2, "bullet", "Bacon roll \u2013 \u00a34.20"),
    ...                 ViewParagraph(3, "bullet", "Porridge \u2013 \u00a34.50")), ())
    >>> last_item("add smashed avocado on sourdough to the breakfasts, 7.95", menu)
    "add a new paragraph saying 'Smashed avocado on sourdough \u2013 \u00a37.95' after 'Porridge \u2013 \u00a34.50'"
    """
    priced = _TRAILING_PRICE.search(request)  # "..., 7.95": the new item's price, written as the items write theirs
    if priced is not None:
        with_price = _priced_item(last_item(request[:priced.start()], view), priced.group("p"), view)
        if with_price is not None:
            return with_price
    m = _NEW_ITEM.search(request) or _TO_HEADING.search(request) or _GOES_ON.search(request) or \
        _ONE_MORE.search(request)
    if m is None or "heading" in m.groupdict() and (INSTRUCTION_WORDS | _PRONOUNS) & set(m.group("y").lower().split()):
        return request  # "add a page break to what to wear", "put this on our facebook page": no new item
    groups = m.groupdict()
    items = _list_under(groups.get("name") or "", view, named="heading" in groups)
    if not items and m.re is _TO_HEADING:  # "add smashed avocado on sourdough to the breakfasts": a later "to"
        for y, name in _later_splits(request):
            items = _list_under(name, view, named=True)
            if items:
                groups = {**groups, "y": y}
                break
    if not items:
        return request
    verb, new = (m.group("verb"), m.group("x")) if groups.get("x") else (groups.get("verb2") or
                                                                         groups.get("verb") or "add", groups["y"])
    if not groups.get("x"):  # said in the request's own sentence: capitalised as the list's items are
        capitals = all(p.text[:1].isupper() for p in items if p.text[:1].isalpha())
        new = quote(new[:1].upper() + new[1:] if capitals else new)
    return f"{request[:m.start()]}{verb.lower()} a new paragraph saying {new} after " \
           f"{quote(items[-1].text)}{request[m.end():]}"


_TRAILING_PRICE = re.compile(r"\s*,\s*(?:at\s+|for\s+)?(?P<p>\u00a3?\d+(?:\.\d\d)?)\s*[.!]?\s*$")
_PRICED = re.compile(r"^(?P<name>.*\S)\s+(?P<dash>[\u2013\u2014-])\s+\u00a3(?P<price>\d+(?:\.\d\d)?)$")


def _priced_item(said: str, price: str, view: Any) -> str | None:
    """A new item read from ``said`` with ``price`` written as the list's items write theirs ("X – £7.95")."""
    m = re.search(r"saying (?P<q>'[^']+'|\"[^\"]+\") after (?P<a>'[^']+'|\"[^\"]+\")", said)
    if m is None:
        return None
    last = m.group("a")[1:-1]
    items = [p.text for p in view.paragraphs if p.role in ("bullet", "numbered")]
    run = [t for t in items if _PRICED.match(t)]
    shape = _PRICED.match(last)
    if shape is None or len(run) < 2:
        return None
    amount = price.lstrip("\u00a3")
    item = f"{m.group('q')[1:-1]} {shape.group('dash')} \u00a3{amount}"
    return f"{said[:m.start('q')]}{quote(item)}{said[m.end('q'):]}"


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1}
# words that name a unit, not a list: "the last two bullets" and "the second paragraph" are read elsewhere
_UNIT_WORDS = {"bullet", "bullets", "item", "items", "point", "points", "paragraph", "paragraphs", "line", "lines",
               "row", "rows", "column", "columns", "cell", "cells", "word", "words", "sentence", "sentences",
               "heading", "headings", "page", "pages", "list", "lists", "letter", "letters", "entry", "entries",
               "one", "ones", "bit", "bits", "part", "parts", "section", "sections", "table", "tables"}
# "the middle one of the mechanic's notes", "the last item on the keys list"
_ONE_OF = re.compile(
    r"\bthe\s+(?P<ord>first|second|third|fourth|fifth|last|final|middle)\s+(?:(?:one|item|bit|line|entry|point|bullet)\s+)?"
    r"(?:of|in|on|from)\s+(?:the\s+)?(?P<name>[\w'\u2019 -]+?)"
    r"(?:\s+(?:list|section|bit|part|bullets|items|points|lines))?"
    r"(?=\s*(?:$|[,;.!?]|\s+(?:can|should|needs?|is|has|to|in|bold|italic|red|please)\b))", re.IGNORECASE)
# "the second of the what to bring list": the name runs to the list's own word when one follows
_ONE_OF_LIST = re.compile(
    r"\bthe\s+(?P<ord>first|second|third|fourth|fifth|last|final|middle)\s+(?:(?:one|item|bit|line|entry|point|bullet)"
    r"\s+)?(?:of|in|on|from)\s+(?:the\s+)?(?P<name>[\w'\u2019 -]+?)\s+(?:list|bullets|items|points|steps)\b",
    re.IGNORECASE)
_ITEMS_OF = re.compile(
    r"\bthe\s+(?:(?P<end>first|last|top|bottom)\s+(?P<n>two|three|four|five|[2-5])|(?P<ord>first|second|third|"
    r"fourth|fifth|last|final))\s+(?:(?:numbered|bulleted|listed)\s+)?(?P<name>[a-z][\w'\u2019-]*)"
    r"(?P<more>\s+[a-z][\w'\u2019-]*)?\b", re.IGNORECASE)


def items_of_named_list(request: str, view: Any) -> str:
    """"Underline the last two rules": items of the list under the heading that names them ("Show rules").

    "the second rule", "the first three tips": the items by position, said as the paragraphs the model selects.
    Only a word that a heading over a list holds is read; "the last two bullets" is read elsewhere.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "heading 1", "Show rules"), ViewParagraph(2, "numbered", "Grow it"),
    ...              ViewParagraph(3, "numbered", "Jam jars"), ViewParagraph(4, "numbered", "Judges rule"),
    ...              ViewParagraph(5, "body", "Good luck")), ())
    >>> items_of_named_list("underline the last two rules", v), items_of_named_list("bold the second rule", v)
    ('underline paragraphs 3 to 4', "bold the paragraph 'Jam jars'")
    >>> items_of_named_list("the middle one of the show rules can go", v)
    "the paragraph 'Jam jars' can go"
    >>> items_of_named_list("the first show rule can go", v), items_of_named_list("bold the second numbered rule", v)
    ("the paragraph 'Grow it' can go", "bold the paragraph 'Jam jars'")
    >>> w = DocView((ViewParagraph(1, "heading 2", "What to bring"), ViewParagraph(2, "bullet", "Boots"),
    ...              ViewParagraph(3, "bullet", "A pen")), ())
    >>> items_of_named_list("highlight the second of the what to bring list", w)
    "highlight the paragraph 'A pen'"
    >>> items_of_named_list("bold the last two bullets", v), items_of_named_list("bold the first two tips", v)
    ('bold the last two bullets', 'bold the first two tips')
    """
    listed = _ONE_OF_LIST.search(request)
    one = listed if listed and _list_under(listed.group("name"), view, named=True) else _ONE_OF.search(request)
    if one is not None:
        items = _list_under(one.group("name"), view, named=True)
        said_ord = one.group("ord").lower()
        k = ((len(items) + 1) // 2 if len(items) % 2 else 0) if said_ord == "middle" else _ORDINALS.get(said_ord, 0)
        if items and k and (k < 0 or k <= len(items)):
            said = f"the paragraph {quote(items[k - 1 if k > 0 else k].text)}"
            return f"{request[:one.start()]}{said}{request[one.end():]}"
    for m in _ITEMS_OF.finditer(request):
        name, end = m.group("name").lower(), m.end("name")
        if name in _UNIT_WORDS:
            continue
        items: list[Any] = []
        if m.group("more"):  # "the first house rule": a list named in two words ("House rules")
            items = _list_under(f"{name}{m.group('more').lower()}", view, named=True)
            end = m.end("more") if items else end
        items = items or _list_under(name, view, named=True)
        if not items:
            continue
        if m.group("n"):
            n = _COUNTS[m.group("n").lower()]
            if n >= len(items):
                continue
            chosen = items[:n] if m.group("end").lower() in ("first", "top") else items[-n:]
            said = f"paragraphs {chosen[0].number} to {chosen[-1].number}"
        else:
            k = _ORDINALS[m.group("ord").lower()]
            if k > len(items):
                continue
            said = f"the paragraph {quote(items[k - 1 if k > 0 else k].text)}"
        return f"{request[:m.start()]}{said}{request[end:]}"
    return request


# "the three steps under reporting a repair", "all four of the pb lines": a whole list named by its heading and count
_WHOLE_UNDER = re.compile(
    r"\b(?:all\s+)?the\s+(?P<n>two|three|four|five|six|[2-6])\s+(?P<unit>[a-z]+)\s+(?:under|below|beneath|in)\s+"
    r"(?:the\s+)?(?P<name>[a-z][\w'\u2019 -]*?)(?:\s+(?:heading|section|bit|part|list))?"
    r"(?=\s*(?:$|[,;.!?\u2013\u2014]|\s+(?:in|to|into|bold|italic|italics|red|please)\b))", re.IGNORECASE)
_ALL_OF = re.compile(
    r"\ball\s+(?:(?P<n>two|three|four|five|six|[2-6])\s+)?(?:of\s+)?the\s+(?P<name>[a-z][\w'\u2019-]*"
    r"(?:\s+[a-z][\w'\u2019-]*)?)\s+(?P<unit>lines|bullets|items|points|steps|rules|tips)\b", re.IGNORECASE)
_COUNT_WORDS = {**_COUNTS, "six": 6, "6": 6}


def whole_named_list(request: str, view: Any) -> str:
    """"Bold the three steps under reporting a repair": every item of the list under that heading, by number.

    The list is the one under a heading holding the request's words (or whose initials they are: "the pb lines"
    under "Personal bests"); a count said must be the list's length.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "heading 1", "Reporting a repair"), ViewParagraph(2, "numbered", "Ring"),
    ...              ViewParagraph(3, "numbered", "Email"), ViewParagraph(4, "numbered", "Wait"),
    ...              ViewParagraph(5, "heading 1", "Personal bests"), ViewParagraph(6, "bullet", "Ffion 37:02"),
    ...              ViewParagraph(7, "bullet", "Jas 48:40")), ())
    >>> whole_named_list("bold the three steps under reporting a repair", v)
    'bold paragraphs 2 to 4'
    >>> whole_named_list("put all two of the pb lines in italics", v)
    'put paragraphs 6 to 7 in italics'
    >>> whole_named_list("put all the pb lines in italics", v)
    'put paragraphs 6 to 7 in italics'
    >>> whole_named_list("bold the two steps under reporting a repair", v)  # three steps there
    'bold the two steps under reporting a repair'
    """
    for m in (*_WHOLE_UNDER.finditer(request), *_ALL_OF.finditer(request)):
        items = _list_under(m.group("name"), view, named=True) or _list_by_initials(m.group("name"), view)
        n = _COUNT_WORDS.get((m.group("n") or "").lower())
        if items and (n is None or n == len(items)):
            return f"{request[:m.start()]}paragraphs {items[0].number} to {items[-1].number}{request[m.end():]}"
    return request


def _list_by_initials(name: str, view: Any) -> list[Any]:
    """The list under the one heading whose words' initials ``name`` is ("pb" for "Personal bests")."""
    said = name.strip().lower()
    if not re.fullmatch(r"[a-z]{2,4}", said):
        return []
    found = []
    for p in view.paragraphs:
        if p.role.startswith("heading") and "".join(w[0] for w in re.findall(r"[a-z]+", p.text.lower())) == said:
            run = [q for q in view.paragraphs[p.number:] if q.role in ("bullet", "numbered")]
            run = [q for k, q in enumerate(run) if q.number == p.number + 1 + k]
            found.append(run)
    return found[0] if len(found) == 1 and found[0] else []


_NOT_OWNED = {"got", "put", "not", "off", "out", "in", "on", "going", "coming", "doing", "taking", "running", "left",
              "gone", "been", "done", "now", "also", "still", "just", "away", "back", "had", "set", "cut", "the", "a"}
_WHOSE = re.compile(r"\b(?P<name>[a-z][a-z-]+)['\u2019]s\s+(?P<what>[a-z]+)\b", re.IGNORECASE)


def named_item(request: str, view: Any) -> str:
    """"Bold graham's pb": the one list item that opens with that name ("Graham Pettit \u2013 51:15 ..."), quoted.

    >>> from lamforge.app.observation import DocView, ViewParagraph
    >>> v = DocView((ViewParagraph(1, "heading 1", "Personal bests"),
    ...              ViewParagraph(2, "bullet", "Jas Bhamra \u2013 48:40"),
    ...              ViewParagraph(3, "bullet", "Graham Pettit \u2013 51:15"),
    ...              ViewParagraph(4, "body", "Well done Jas")), ())
    >>> named_item("bold graham's pb, 71 and still flying", v)
    "bold the paragraph 'Graham Pettit \u2013 51:15', 71 and still flying"
    >>> named_item("bold jas's time", v)  # Jas opens an item and is named in another line too
    "bold jas's time"
    >>> named_item("graham's pulled out", v)  # "'s" is "has"
    "graham's pulled out"
    """
    if QUOTED_RE.search(request):
        return request
    for m in _WHOSE.finditer(request):
        name = m.group("name").lower()
        opens = [p for p in view.paragraphs if p.role in ("bullet", "numbered")
                 and re.match(rf"{re.escape(name)}\b", p.text.strip(), re.IGNORECASE) and p.text.strip()[:1].isupper()]
        if re.search(r"(?:ed|en)$", m.group("what")) or m.group("what").lower() in _NOT_OWNED:
            continue  # "nell's pulled out", "jo's not coming": "'s" is "has" or "is"
        headers = {w for t in view.tables if t.rows for c in t.rows[0] for w in re.findall(r"[a-z]+", c.lower())}
        if m.group("what").lower().rstrip("s") in {h.rstrip("s") for h in headers}:
            continue  # "graham's size": a cell of his row in a table
        named = [p for p in view.paragraphs if re.search(rf"\b{re.escape(name)}\b", p.text, re.IGNORECASE)]
        if len(opens) == 1 and len(named) == 1:
            return f"{request[:m.start()]}the paragraph {quote(opens[0].text.strip())}{request[m.end():]}"
    return request


_PRONOUNS = {"this", "it", "that", "them", "these", "those"}
_TRIVIAL = {"the", "a", "an", "you", "your", "our", "my", "of", "to", "and", "for", "in", "on"}
# "add black socks or tights to what to wear": a new item for the list under that heading
_TO_HEADING = re.compile(
    r"^(?:(?:can|could)\s+you\s+|please\s+)?(?P<verb>add|put)\s+(?P<y>[^'\"]+?)\s+(?:to|under|on)\s+(?:the\s+)?"
    r"(?P<heading>['\"]?)(?P<name>[^'\"]+?)(?P=heading)(?:\s+(?:list|section|bit|part))?\s*[.!?]?$",
    re.IGNORECASE)

# "one more for the keys list – a key for the bike shed"
_ONE_MORE = re.compile(
    r"^(?:(?:oh|also|and),?\s+)?(?:(?:can\s+you\s+|could\s+you\s+|please\s+)?(?:add|put)\s+)?one\s+more\s+"
    r"(?:(?:item|line|bullet)\s+)?(?:for|on|to|in)\s+(?:the\s+)?(?P<heading>['\"]?)(?P<name>[^'\"]+?)(?P=heading)"
    r"(?:\s+(?:list|section|bit|part))?\s*(?:[:\u2013\u2014]|\s-|,)\s*(?P<y>[^'\"]+?)\s*[.!?]?$", re.IGNORECASE)
# "sun cream needs to go on the what to bring list": the same, said of the item
_GOES_ON = re.compile(
    r"^(?:(?:oh|also|and),?\s+)?(?P<y>[^'\"]+?)\s+(?:needs?\s+to|should|must|has\s+to|can|could)\s+(?:go|be\s+added|be\s+put)"
    r"\s+(?:on|in|onto|into|under|to)\s+(?:the\s+)?(?P<heading>['\"]?)(?P<name>[^'\"]+?)(?P=heading)"
    r"(?:\s+(?:list|section|bit|part))?(?:\s+(?:please|too|as\s+well))?\s*[.!?]?$", re.IGNORECASE)


def _later_splits(request: str) -> list[tuple[str, str]]:
    """(item, list name) for each later "to", "under" or "on" of "add X to NAME" (the first split is tried first)."""
    head = re.match(r"^(?:(?:can|could)\s+you\s+|please\s+)?(?:add|put)\s+", request, re.IGNORECASE)
    if head is None:
        return []
    rest = request[head.end():].strip().rstrip(".!?")
    out = []
    for sep in list(re.finditer(r"\s+(?:to|under|on)\s+", rest))[1:]:
        name = re.sub(r"^the\s+|\s+(?:list|section|bit|part)$", "", rest[sep.end():], flags=re.IGNORECASE)
        out.append((rest[:sep.start()], name))
    return out


def _list_under(name: str, view: Any, *, named: bool) -> list[Any]:
    """The items of the list a request names: the one under a heading sharing its words, else the only list.

    ``named`` (the request's words must be a heading's): "add black socks to what to wear".
    """
    items = [p for p in view.paragraphs if p.role in ("bullet", "numbered")]
    runs: list[list[Any]] = []
    for p in items:
        if runs and p.number == runs[-1][-1].number + 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    said = singular_words(name)
    words = said - FUNCTION_WORDS or said - _TRIVIAL  # "the thank you list": "thank" counts here
    if words:
        headed = [run for run in runs if _heading_words(run[0].number, view) >= words]
        # "the safety points" under "Keeping safe": every word said as one of the heading's, in another form
        headed = headed or [run for run in runs if all(any(same_word(w, h) for h in _heading_words(run[0].number, view))
                                                       for w in words)]
        if len(headed) == 1:
            return headed[0]
    return runs[0] if len(runs) == 1 and not named else []


def _heading_words(number: int, view: Any) -> set[str]:
    """The words of the heading nearest above paragraph ``number`` (nothing but body text between)."""
    for p in reversed(view.paragraphs[:number - 1]):
        if p.role.startswith("heading") or p.role in ("title", "subtitle"):
            return singular_words(p.text)
        if p.role not in ("body", "empty"):
            return set()
    return set()

