"""Reading input: bytes to text, repairs, limits, and telling HTML from plain text.

Every entry point (``clean``, ``clean_html``, ``clean_text``) is wrapped by ``guarded``, which
runs ``prepare`` on the input first and records what it did in ``Article.warnings``:

- bytes are decoded by byte-order mark, then the declared charset, then UTF-8, then
  detection (charset-normalizer); bytes that are not text raise ``BinaryInputError``;
- NUL and other control characters are removed and lone surrogates replaced, because
  lxml refuses strings holding them;
- mojibake (UTF-8 read as Latin-1 or Windows-1252: "CafÃ©") is repaired by ftfy, only
  when ftfy is sure;
- input over ``Limits`` is cut (or refused), and nesting too deep for lxml is flattened.

>>> looks_like_html("<p>Hello</p>"), looks_like_html("Plain text, 3 < 4.")
(True, False)
>>> decode_bytes("Café".encode("latin-1") + b' <meta charset="latin-1">')
'Café <meta charset="latin-1">'
>>> prepare("Caf\\x00Ã© crÃ¨me").warnings
('removed 1 NUL or control character(s)', 'repaired mojibake: encode latin-1, decode utf-8')
"""

from __future__ import annotations

import codecs
import functools
import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, TypeVar

import regex

from newsclean.article import Article
from newsclean.errors import InputError, InputTooLargeError
from newsclean.limits import DEFAULT_LIMITS, Limits, deadline, in_call
from newsclean.normalize import INVISIBLE, drop_invisible

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{2,40})"""
                       rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:\-]{2,40})""", re.I)
_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body|div|p|article|section|main|span|br|a\s|"
                  r"h[1-6]|meta|title|script|table|ul|li|figure|img)\b", re.I)
_SNIFF = 4096

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
# One tag: linear, since [^<>] cannot run past the end of the tag.
# Only the start of a tag: what the quick depth bound needs, found faster than a whole tag.
_TAG_NAME = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})")
_ANY_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})[^<>]{0,4000}?(/?)>")
# Elements that never nest (void) or that the parser closes implicitly when a sibling opens.
_FLAT = frozenset(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr", "p", "li", "td", "th", "tr", "dt", "dd",
                   "option"])


class BinaryInputError(InputError):
    """The bytes are not text in any encoding (an image or archive served as a page)."""


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, with what a user should know about how."""

    text: str
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Prepared:
    """An input made safe to clean, with the warnings that tell what was done to it."""

    source: Any
    warnings: tuple[str, ...] = ()


def looks_like_html(text: str) -> bool:
    """True when ``text`` is markup: it opens with a tag, or has several HTML tags early on."""
    head = text[:_SNIFF].lstrip("\ufeff \t\r\n")
    if head[:1] == "<" and _TAG.match(head):
        return True
    return len(_TAG.findall(head)) >= 3


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a meta tag or XML prolog, if Python knows it."""
    match = _DECLARED.search(data[:_SNIFF * 4])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes) -> str:
    """Bytes to text: byte-order mark, then declared charset, then UTF-8, then detection."""
    return decode_bytes_explained(data).text


def decode_bytes_explained(data: bytes) -> Decoded:
    """``decode_bytes`` with notes on guesses: detection used, a declared charset ignored.

    >>> decoded = decode_bytes_explained("Grüße aus Köln, schöne Grüße".encode("cp1252"))
    >>> decoded.text, decoded.notes[0].startswith("no usable charset declared; decoded as")
    ('Grüße aus Köln, schöne Grüße', True)
    >>> decode_bytes_explained(bytes(range(256)) * 4)
    Traceback (most recent call last):
    ...
    newsclean.read.BinaryInputError: the input bytes are not text in any encoding (binary data?)
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(encoding, errors="replace"))
    notes: list[str] = []
    declared = declared_charset(data)
    if declared:
        try:
            return Decoded(data.decode(declared))
        except UnicodeDecodeError:
            notes.append(f"the declared charset {declared} does not fit the bytes")
    reason = "; ".join(notes) if notes else "no usable charset declared"
    if b"\x1b$" in data[:_SNIFF * 4]:
        # ISO-2022 (Japanese, Korean mail and old pages) is 7-bit, so it is also valid
        # UTF-8; its escape sequences give it away.
        for encoding in ("iso2022_jp", "iso2022_kr"):
            try:
                return Decoded(data.decode(encoding), (f"{reason}; decoded as {encoding}",))
            except UnicodeDecodeError:
                continue
    try:
        return Decoded(data.decode("utf-8"), tuple(notes))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    wide = best is not None and best.encoding.startswith(("utf_16", "utf_32"))
    if best is None or (_looks_binary(data) and not wide):
        raise BinaryInputError("the input bytes are not text in any encoding (binary data?)")
    return Decoded(str(best), (f"{reason}; decoded as {best.encoding} by detection",))


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 0x09 or 0x0E <= b < 0x20)
    return controls * 20 > len(sample)


def prepare(source: Any, limits: Limits = DEFAULT_LIMITS, *, decode: bool = True) -> Prepared:
    """Make ``source`` safe to clean within ``limits``: decode, sanitize, repair, bound.

    Types it does not handle (lxml trees, and anything wrong) pass through unchanged, for
    the entry point to accept or refuse. With ``decode=False`` bytes pass through too.

    >>> p = prepare("word " * 10, Limits(max_chars=12))
    >>> p.source, p.warnings
    ('word word', ('input cut to 12 of 50 characters (Limits.max_chars)',))
    """
    notes: list[str] = []
    if decode and isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if len(data) > limits.max_bytes:
            notes.append(_over(limits, "max_bytes", len(data), "bytes"))
            data = data[:limits.max_bytes]
        decoded = decode_bytes_explained(data)
        source = decoded.text
        notes.extend(decoded.notes)
    elif type(source).__module__.startswith("bs4"):
        source = str(source)
    if not isinstance(source, str):
        return Prepared(source, tuple(notes))
    text = _sanitize(source, notes)
    html = looks_like_html(text)
    if html and len(text) > limits.max_chars:
        text = _drop_scripts(text, notes)
    if len(text) > limits.max_chars:
        notes.append(_over(limits, "max_chars", len(text), "characters"))
        text = _cut(text, limits.max_chars)
    text = _bound_markup(text, limits, notes) if html else _bound_lines(text, limits, notes)
    text = _repair_mojibake(text, notes)
    return Prepared(text, tuple(notes))


def _over(limits: Limits, name: str, size: int, unit: str) -> str:
    limit = getattr(limits, name)
    if limits.on_exceed == "error":
        raise InputTooLargeError(f"the input has {size:,} {unit}, over the limit of "
                                 f"{limit:,} (Limits.{name})")
    return f"input cut to {limit:,} of {size:,} {unit} (Limits.{name})"


def _cut(text: str, size: int) -> str:
    """The first ``size`` characters, backed off to a space if one is near, so no word splits."""
    head = text[:size]
    space = head.rfind(" ", max(0, size - 200))
    return head[:space].rstrip() if space > 0 else head


def _drop_scripts(html: str, notes: list[str]) -> str:
    """Empty the script and style elements (not JSON-LD): code is no article text, and
    inline app state can be megabytes ahead of the article. Linear: plain ``find`` calls.

    >>> _drop_scripts("<p>a</p><SCRIPT>x=1</script><p>b</p><style>p{}</style>", [])
    '<p>a</p><SCRIPT></script><p>b</p><style></style>'
    """
    lower = html.lower()
    pieces: list[str] = []
    pos = emptied = 0
    while True:
        starts = [i for i in (lower.find("<script", pos), lower.find("<style", pos)) if i >= 0]
        if not starts:
            break
        start = min(starts)
        name = "script" if lower.startswith("<script", start) else "style"
        body = lower.find(">", start)
        end = lower.find(f"</{name}", body) if body >= 0 else -1
        if end < 0:
            break
        if "ld+json" not in lower[start:body]:
            pieces.append(html[pos:body + 1])
            pos = end
            emptied += 1
        else:
            pieces.append(html[pos:end])
            pos = end
        pos_next = lower.find(">", end)
        if pos_next < 0:
            break
        pieces.append(html[pos:pos_next + 1])
        pos = pos_next + 1
    pieces.append(html[pos:])
    if emptied:
        notes.append(f"emptied {emptied} script/style element(s) to fit the page in "
                     "Limits.max_chars")
    return "".join(pieces)


def _sanitize(text: str, notes: list[str]) -> str:
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


def _repair_mojibake(original: str, notes: list[str]) -> str:
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
        text = fixed.text
    if not steps:
        return original
    notes.append(f"repaired mojibake: {', '.join(steps)}")
    return text


def _depth_bound(html: str) -> int:
    """An upper bound of the nesting depth, from tag names alone (a self-closing tag counts
    as opened, so the bound can only be too high): cheap, and exact for most pages.

    >>> _depth_bound("<div><p>a<div><br><b>b</b></div></div>")
    3
    """
    depth = deepest = 0
    flat = _FLAT
    for closing, name in _TAG_NAME.findall(html):
        if name.lower() in flat:
            continue
        if closing:
            if depth:
                depth -= 1
        else:
            depth += 1
            if depth > deepest:
                deepest = depth
    return deepest


def _bound_markup(html: str, limits: Limits, notes: list[str]) -> str:
    """Unwrap elements nested past ``max_depth``, then cut after ``max_elements`` elements."""
    if _depth_bound(html) <= limits.max_depth and html.count("<") <= limits.max_elements:
        return html  # the usual page: a quick upper bound shows both limits are far
    # Near a limit: one exact pass over whole tags (self-closing ones do not nest).
    depth = deepest = elements = 0
    for closing, name, selfclosing in _ANY_TAG.findall(html):
        if closing:
            if depth and name.lower() not in _FLAT:
                depth -= 1
            continue
        elements += 1
        if selfclosing or name.lower() in _FLAT:
            continue
        depth += 1
        if depth > deepest:
            deepest = depth
    if deepest > limits.max_depth:
        notes.append(f"flattened nesting {deepest} deep to {limits.max_depth} levels "
                     "(Limits.max_depth); the text of the deeper elements is kept")
        html = _flatten(html, limits.max_depth)
    elif elements <= limits.max_elements:
        return html
    opened = (m for m in _ANY_TAG.finditer(html) if not m.group(1))
    for count, match in enumerate(opened, start=1):
        if count > limits.max_elements:
            total = sum(1 for m in _ANY_TAG.finditer(html) if not m.group(1))
            notes.append(_over(limits, "max_elements", total, "elements"))
            return html[:match.start()]
    return html


def _bound_lines(text: str, limits: Limits, notes: list[str]) -> str:
    """Cut plain text after ``max_lines`` non-blank lines; break lines over ``max_line_chars``."""
    lines = text.split("\n")
    if len(lines) > limits.max_lines:
        filled = [i for i, line in enumerate(lines) if line.strip()]
        if len(filled) > limits.max_lines:
            notes.append(_over(limits, "max_lines", len(filled), "lines"))
            lines = lines[:filled[limits.max_lines]]
    long = [i for i, line in enumerate(lines) if len(line) > limits.max_line_chars]
    for i in long:
        lines[i] = "\n\n".join(_chunks(lines[i], limits.max_line_chars))
    if long:
        notes.append(f"broke {len(long)} line(s) longer than {limits.max_line_chars:,} "
                     "characters into paragraphs (Limits.max_line_chars)")
    return "\n".join(lines)


def _chunks(line: str, size: int) -> list[str]:
    chunks: list[str] = []
    while len(line) > size:
        head = _cut(line, size)
        chunks.append(head)
        line = line[len(head):].lstrip()
    return [*chunks, line]


def _flatten(html: str, max_depth: int) -> str:
    """Drop the open and close tags of elements deeper than ``max_depth``, keeping text."""
    pieces: list[str] = []
    pos = depth = 0
    dropped: dict[str, int] = {}
    for match in _ANY_TAG.finditer(html):
        closing, name, selfclosing = match.groups()
        name = name.lower()
        if name in _FLAT or selfclosing:
            continue
        keep = True
        if closing:
            if dropped.get(name):
                dropped[name] -= 1
                keep = False
            depth = max(0, depth - 1)
        elif depth >= max_depth:
            dropped[name] = dropped.get(name, 0) + 1
            keep = False
            depth += 1
        else:
            depth += 1
        if not keep:
            pieces.append(html[pos:match.start()])
            pos = match.end()
    pieces.append(html[pos:])
    return "".join(pieces)


Entry = TypeVar("Entry", bound=Callable[..., Article])


def guarded(entry: Entry) -> Entry:
    """Wrap an entry point: prepare its input, enforce the time limit, add the warnings.

    The entry point takes ``limits=`` (a Limits, default ``DEFAULT_LIMITS``) as a keyword.
    A call made from inside another (``clean`` calling ``clean_html``) is passed through:
    the outer call already prepared the input and holds the deadline.
    """
    return _guard(entry, decode=True)


def guarded_text(entry: Entry) -> Entry:
    """``guarded`` for an entry point that takes text only: bytes are left for it to refuse."""
    return _guard(entry, decode=False)


def _guard(entry: Entry, *, decode: bool) -> Entry:
    first = next(iter(inspect.signature(entry).parameters))

    @functools.wraps(entry)
    def run(*args: Any, **kwargs: Any) -> Article:
        if in_call():
            return entry(*args, **kwargs)
        limits = kwargs.get("limits") or DEFAULT_LIMITS
        if not isinstance(limits, Limits):
            raise TypeError(f"limits must be a newsclean.limits.Limits, not "
                            f"{type(limits).__name__}")
        if args:
            prepared = prepare(args[0], limits, decode=decode)
            args = (prepared.source, *args[1:])
        elif first in kwargs:
            prepared = prepare(kwargs[first], limits, decode=decode)
            kwargs[first] = prepared.source
        else:
            return entry(*args, **kwargs)  # let Python report the missing argument
        with deadline(limits.seconds_per_document):
            article = entry(*args, **kwargs)
        if prepared.warnings:
            article = replace(article, warnings=(*prepared.warnings, *article.warnings))
        return article

    return run  # type: ignore[return-value]


__all__ = ["BinaryInputError", "Decoded", "Prepared", "decode_bytes", "decode_bytes_explained",
           "declared_charset", "guarded", "guarded_text", "looks_like_html", "prepare"]
