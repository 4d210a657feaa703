"""The document guard: selections copy the document or the request, numbers stay in the view's range."""

from lamforge.app.observation import Control, DocView, ViewParagraph, ViewTable
from lamforge.guidance.args_grammar import args_state
from lamforge.guidance.document_guard import DocumentGuard
from lamforge.prompting.format import build_step_messages

CHARS = [chr(c) for c in range(32, 127)] + ["Harbor", " Lights", "sturdy", " hand", " trowel", '"}', '",', "},"]
VIEW = DocView((ViewParagraph(1, "title", "Harbor Lights Report"), ViewParagraph(2, "body", "Water is H2O."),
                ViewParagraph(3, "body", "Sales grew.")),
               (ViewTable(1, 3, (("Region", "Revenue"), ("North", "1.9"))),), "nothing")


def _cands(request: str):
    messages = build_step_messages(request, [Control("1", "Bold", "Button")], view=VIEW)
    return DocumentGuard.candidates_of(messages)


def _decode(guard, cands, prefix: str, wish: str) -> str:
    """Write ``wish`` character by character where the guard lets it, else the first token it allows."""
    out = prefix
    for ch in wish:
        allowed = guard.allowed(out, cands)
        if allowed is None:
            out += ch
            continue
        toks = {guard.tokens[i] for i in allowed}
        out += ch if ch in toks else sorted(toks)[0]
    return out[len(prefix):]


def test_a_model_cannot_select_text_that_is_in_neither_the_document_nor_the_request():
    guard = DocumentGuard(CHARS)
    cands = _cands("Make the title bold")
    prefix = '{"function": "select_text", "args": {"text": "'
    assert "sturdy" not in {guard.tokens[i] for i in guard.allowed(prefix, cands)}  # remembered template text
    assert "Harbor" in {guard.tokens[i] for i in guard.allowed(prefix, cands)}
    written = _decode(guard, cands, prefix, "A sturdy hand trowel")
    assert "sturdy hand trowel" not in written
    assert _decode(guard, cands, prefix, "Harbor Lights") == "Harbor Lights"
    assert _decode(guard, cands, prefix, "Sales") == "Sales"  # a span of the document
    assert _decode(guard, cands, prefix, "title") == "title"  # a span of the request is allowed too


def test_a_text_inside_a_word_and_its_word_come_from_the_document():
    guard = DocumentGuard(CHARS)
    cands = _cands("make the 2 in H2O subscript")
    head = '{"function": "select_text", "args": {"text": "2", "within": "'
    assert _decode(guard, cands, head, "H2O") == "H2O"
    assert _decode(guard, cands, head, "CO2")[:1] != "C"  # no word of the document starts like that


def test_paragraph_and_cell_numbers_stay_within_the_view():
    guard = DocumentGuard([str(i) for i in range(10)] + ["-", "1}", "12", ",", "}"])
    cands = _cands("make the title bold")
    ok = {guard.tokens[i] for i in guard.allowed('{"function": "select_paragraphs", "args": {"start": ', cands)}
    assert {"1", "2", "3", "-", "1}"} <= ok and not {"4", "9", "12"} & ok
    rows = {guard.tokens[i] for i in guard.allowed('{"function": "select_cells", "args": {"table": 1, "row": ',
                                                   cands)}
    assert {"0", "1", "2"} <= rows and "3" not in rows


def test_a_number_closes_its_args_when_no_other_key_may_follow():
    """select_table takes "number" alone: after it only the brace, never a comma and a made-up key ("status");
    insert_table needs its columns too: no brace after the rows."""
    guard = DocumentGuard([str(i) for i in range(10)] + ["1,", "1}", "3}", ",", "}"])
    cands = _cands("make the table bold")
    ok = {guard.tokens[i] for i in guard.allowed('{"function": "select_table", "args": {"number": ', cands)}
    assert "1}" in ok and "1," not in ok
    more = {guard.tokens[i] for i in guard.allowed('{"function": "select_cells", "args": {"table": ', cands)}
    assert "1," in more  # a row or a column may follow the table's number
    cands = _cands("insert a table with 3 rows and 5 columns")
    rows = {guard.tokens[i] for i in guard.allowed('{"function": "insert_table", "args": {"rows": ', cands)}
    assert "3" in rows and "3}" not in rows  # "columns" is required: no brace after the rows yet


def test_only_the_keys_a_function_takes_come_next():
    guard = DocumentGuard(['"', "within", "paragraph", "colour", ", ", '": ', "}"])
    cands = _cands("make the 2 in H2O subscript")
    nxt = {guard.tokens[i] for i in guard.allowed('{"function": "select_text", "args": {"text": "2", "', cands)}
    assert nxt == {"within", "paragraph"}


def test_the_args_scanner_reads_numbers_strings_and_gaps():
    s = args_state('{"function": "select_cells", "args": {"table": 1, "row": 2, "col')
    assert (s.kind, s.used, s.value) == ("key", ("table", "row"), "col")


def test_a_span_starts_and_ends_on_word_boundaries_and_keys_cannot_sneak_in():
    guard = DocumentGuard([*CHARS, '"^{DOWN}"', '"^', '"Wha'])
    cands = _cands("make everything Arial")
    head = '{"function": "select_text", "args": {"text": "'
    allowed = {guard.tokens[i] for i in guard.allowed(head + "Wa", cands)}
    assert '"}' not in allowed  # "Wa" of "Water" is not a word
    allowed = {guard.tokens[i] for i in guard.allowed(head + "Water", cands)}
    assert '"}' in allowed
    assert "a" not in {guard.tokens[i] for i in guard.allowed(head, cands)}  # "arbor" is not where a word starts
    before_value = '{"function": "select_text", "args": {"text": '
    allowed = {guard.tokens[i] for i in guard.allowed(before_value, cands)}
    assert '"' in allowed and not {'"^{DOWN}"', '"^', '"Wha'} & allowed  # no token runs on into the value


def test_a_new_tables_size_comes_from_the_request():
    guard = DocumentGuard([str(i) for i in range(10)] + [",", "}"])
    cands = _cands("insert a table with 4 rows and two columns")
    rows = {guard.tokens[i] for i in guard.allowed('{"function": "insert_table", "args": {"rows": ', cands)}
    assert rows == {"4"}  # the request says which number is the rows
    columns = {guard.tokens[i] for i in guard.allowed('{"function": "insert_table", "args": {"rows": 4, "columns": ',
                                                     cands)}
    assert columns == {"2"}
    sized = _cands("add a 3x2 table at the end")
    assert {guard.tokens[i] for i in guard.allowed('{"function": "insert_table", "args": {"rows": ', sized)} == {"3"}
    either = _cands("insert a table, 3 and 5 please")  # no word says which: either number for either size
    assert {guard.tokens[i] for i in guard.allowed('{"function": "insert_table", "args": {"rows": ', either)} == {
        "3", "5"}


def test_a_reason_not_to_act_is_one_of_the_environments_and_stays_json():
    from lamforge.app.out_of_reach import REASONS, TRANSLATE

    guard = DocumentGuard([*CHARS, 'ion": "', "Writer"])
    cands = _cands("Translate the report into French")
    prefix = '{"function": "summary", "args": {"text": "'
    assert _decode(guard, cands, prefix, TRANSLATE + '"}') == TRANSLATE + '"}'
    written = _decode(guard, cands, prefix, 'function": "summary"')  # what a tiny model once wrote here
    assert 'ion": "' not in written and written.split('"')[0] in {r[:len(written.split('"')[0])] for r in REASONS}
    free = guard.allowed('{"function": "set_edit_text", "control_name": "Find", "args": {"text": "ab', cands)
    assert free is None or 'ion": "' not in {guard.tokens[i] for i in free}  # a free string closes cleanly


def test_find_and_replace_take_the_requests_words_and_no_style_name():
    guard = DocumentGuard([*CHARS, "Subtitle", "Museum"])
    cands = _cands("Replace museum with Museum everywhere")
    for box in ("Find", "Replace"):
        prefix = f'{{"function": "set_edit_text", "control_name": "{box}", "args": {{"text": "'
        assert "Subtitle" not in {guard.tokens[i] for i in guard.allowed(prefix, cands)}  # a style, not said
        assert _decode(guard, cands, prefix, "Museum") == "Museum"
    style = '{"function": "set_edit_text", "control_name": "Paragraph Style", "args": {"text": "'
    assert "Subtitle" in {guard.tokens[i] for i in guard.allowed(style, cands)}  # a style box still takes styles
