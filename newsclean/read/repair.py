"""Repairs that make text safe to parse: control characters and lone surrogates (which
lxml refuses) removed, and mojibake (UTF-8 read as Latin-1 or Windows-1252: "CafÃ©")
repaired by ftfy, only when ftfy is sure.

>>> notes: list[str] = []
>>> repair_mojibake(sanitize("Caf\\x00Ã© crÃ¨me", notes), notes)
'Café crème'
>>> notes
['removed 1 NUL or control character(s)', 'repaired mojibake: encode latin-1, decode utf-8']
"""

from __future__ import annotations

import re

import regex

from newsclean.normalize import INVISIBLE, drop_invisible

# lxml refuses NUL and C0 controls other than tab, LF, CR; lone surrogates cannot be encoded.
_CONTROL_CODES = [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)]
_CONTROLS = dict.fromkeys(_CONTROL_CODES, None)
_CONTROL_BYTES = bytes(_CONTROL_CODES)
# A UTF-8 lead byte read as Latin-1/Windows-1252, then a continuation byte read the same
# way: the mark of mojibake. Only text holding such a pair is handed to ftfy (it is slow).
# The regex module finds this pair of classes about ten times faster than re on big pages.
_LEAD = "[\u00c2-\u00f4]"
_CONTINUATION = ("[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                 "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
# Invisible characters (dropped before ftfy sees the text) may stand between the two: the
# raw text is searched for the pair as it reads once they are gone (all of them taken,
# possessively: the soft hyphen is also a continuation), so the copy without them is made
# only for a page that needs it.
_MOJIBAKE_HINT = regex.compile(f"{_LEAD}[{INVISIBLE}]*+{_CONTINUATION}")


def sanitize(text: str, notes: list[str]) -> str:
    """``text`` without the control characters and lone surrogates lxml refuses."""
    if _is_safe(text):
        return text
    if re.search("[\ud800-\udfff]", text):
        # Valid pairs become the character they encode; lone halves become U+FFFD.
        before = text
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        if text != before:
            notes.append("replaced unpaired surrogate code points with U+FFFD")
    size = len(text)
    text = text.translate(_CONTROLS)
    if len(text) < size:
        notes.append(f"removed {size - len(text)} NUL or control character(s)")
    return text


def _is_safe(text: str) -> bool:
    """True when ``text`` has no lone surrogate and no control character lxml refuses.

    Encoding to UTF-8 fails on a lone surrogate, and in UTF-8 a byte below 0x20 is always
    that control character itself: deleting those bytes is several times faster than
    searching the string for them.
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return len(data.translate(None, _CONTROL_BYTES)) == len(data)


def repair_mojibake(original: str, notes: list[str]) -> str:
    """``original`` with its mojibake repaired, when ftfy is sure (else unchanged)."""
    # Invisible characters the normalizer drops anyway could hide mojibake from ftfy
    # ("Ã\u00ad©"), and cleaning the output again would then repair it: drop them first.
    if original.isascii():  # mojibake needs characters beyond ASCII
        return original
    if not _MOJIBAKE_HINT.search(original):
        return original
    text = drop_invisible(original)
    import ftfy

    # Only the encoding fixes: quotes, entities, widths and line breaks stay as they are.
    config = ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, restore_byte_a0=False,
        replace_lossy_sequences=False, fix_latin_ligatures=False, fix_character_width=False,
        uncurl_quotes=False, fix_line_breaks=False, remove_control_chars=False,
        normalization=None, max_decode_length=200_000)
    steps: list[str] = []
    for _ in range(3):  # a fix can uncover another layer ("Ã‚Â€" -> "Â€" -> "€")
        fixed = ftfy.fix_and_explain(text, config)
        if fixed.text == text or not fixed.explanation:
            break
        steps += [f"{action} {arg}" for action, arg in fixed.explanation]
        # A repaired "Â " is a no-break space, which the normalizer makes a space; ftfy
        # judges the rest differently beside one ("Ü®0\xa0" stays, "Ü®0 " is repaired), so
        # it sees the space the output will have, or a second clean would repair more.
        text = fixed.text.replace("\xa0", " ")
    if not steps:
        return original
    notes.append(f"repaired mojibake: {', '.join(steps)}")
    return text
