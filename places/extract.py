"""Bytes and markup in, plain text out: decoding, HTML detection, extraction.

Everything that arrives from outside (files, uploads, feeds, web pages) passes
through here before `ingest.submit()` sees it, so the geoparser only reads text.
"""

import codecs
import re

import charset_normalizer
import trafilatura
from lxml import etree, html

# When bytes are not UTF-8, the encodings reports in this region come in.
FALLBACK_ENCODINGS = ["cp1256", "iso8859_6", "cp1252", "latin_1"]
BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
CONTROL_BYTES = set(range(32)) - {9, 10, 12, 13}
MARKUP = re.compile(
    r"</?(?:html|head|body|p|div|br|span|a|b|i|em|strong|script|style|"
    r"iframe|img|table|tr|td|li|ul|ol|h[1-6]|article|section|header|footer|nav|"
    r"meta|link|svg|form|input|title|figure|blockquote)\b[^>]*>",
    re.IGNORECASE,
)
DROPPED = ["script", "style", "noscript", "template", "iframe", "svg", "head", "nav",
           "aside", "footer", "form", "button", "select"]  # fmt: skip
BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
          "article", "section", "blockquote", "header", "footer", "figure"}  # fmt: skip


class NotText(ValueError):
    """The bytes are not text in any encoding we read; the message says why."""


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Return (text, encoding): a BOM, the declared charset, UTF-8, then a guess.

    Raise NotText for binary data or bytes no candidate encoding reads cleanly.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            text = _strict(data, encoding)
            if text is not None:
                return text, encoding
    for encoding in filter(None, [declared, "utf-8"]):
        text = _strict(data, encoding)
        if text is not None:
            return text, encoding
    if looks_binary(data):
        raise NotText("binary data")
    guess = charset_normalizer.from_bytes(
        data[:500_000], cp_isolation=FALLBACK_ENCODINGS
    ).best()
    if guess is None:
        raise NotText("not UTF-8, and no other encoding reads it cleanly")
    return data.decode(guess.encoding, errors="replace"), guess.encoding


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or more than 1% control bytes, in the first 64 KiB."""
    head = data[:65536]
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte in CONTROL_BYTES)
    return controls > len(head) // 100


def looks_like_html(text: str) -> bool:
    """True when the text carries HTML tags (a page, or a fragment with markup)."""
    return MARKUP.search(text[:200_000]) is not None


def html_to_text(markup: str) -> str:
    """The main text of a page (trafilatura), or all its visible text for a fragment.

    Scripts, styles and other invisible parts never reach the result.
    """
    if not markup.strip():
        return ""
    try:
        main = trafilatura.extract(
            markup, include_comments=False, include_tables=True, favor_precision=True
        )
    except (ValueError, etree.ParserError):
        main = None
    return main.strip() if main else visible_text(markup)


def visible_text(markup: str) -> str:
    """Every visible piece of text in the markup, one line per block element."""
    try:
        root = html.fromstring(markup)
    except (ValueError, etree.ParserError):
        return ""
    for element in list(root.iter(*DROPPED)):
        element.drop_tree()
    for element in root.iter(*BLOCKS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def page_title(markup: str) -> str:
    """The page's title from its metadata, or ""."""
    try:
        meta = trafilatura.extract_metadata(markup)
    except (ValueError, etree.ParserError):
        return ""
    return (meta.title or "") if meta else ""


def prepare_text(text: str) -> str:
    """Text as given, or the text of it when it is HTML."""
    return html_to_text(text) if looks_like_html(text) else text
