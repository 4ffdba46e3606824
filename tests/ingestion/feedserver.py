"""A local HTTP server with an RSS feed, an Atom feed and the pages they link to."""

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ENGLISH = "Coalition air strikes hit Hajin yesterday, killing five civilians."
ARABIC = "قصفت طائرات التحالف بلدة هجين في ريف دير الزور الشرقي أمس."


def page(title: str, text: str) -> str:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>"
        "<script>document.title='owned'</script></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/about'>About us</a></nav>"
        f"<article><h1>{title}</h1><p>{text}</p><p>{text} The SDF said so.</p>"
        "</article><footer>Copyright 2018, all rights reserved.</footer></body></html>"
    )


def rss(base: str) -> str:
    items = [
        ("Strikes on Hajin", f"{base}/hajin.html", "Thu, 08 Feb 2018 10:00:00 GMT"),
        (
            "Clashes in al-Shafah",
            f"{base}/shafah.html",
            "Fri, 09 Feb 2018 10:00:00 GMT",
        ),
        ("Page gone", f"{base}/gone.html", "Sat, 10 Feb 2018 10:00:00 GMT"),
    ]
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><pubDate>{d}</pubDate>"
        f"<description>&lt;p&gt;Summary: {ENGLISH} Near al-Susah.&lt;/p&gt;"
        "</description></item>"
        for t, link, d in items
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>Euphrates Monitor</title><link>{base}/</link>{body}"
        "<item><title>No link</title></item></channel></rss>"
    )


def atom(base: str) -> str:
    return (
        "<?xml version='1.0' encoding='utf-8'?>"
        "<feed xmlns='http://www.w3.org/2005/Atom'><title>مرصد الفرات</title>"
        f"<id>{base}/atom</id><updated>2018-02-08T00:00:00Z</updated>"
        f"<entry><title>هجين</title><link href='{base}/hajin-ar.html'/>"
        f"<id>{base}/hajin-ar</id><updated>2018-02-08T09:00:00Z</updated></entry>"
        "</feed>"
    )


def write_site(root: Path, base: str) -> None:
    (root / "feed.xml").write_text(rss(base), encoding="utf-8")
    (root / "atom.xml").write_text(atom(base), encoding="utf-8")
    (root / "hajin.html").write_text(page("Strikes on Hajin", ENGLISH), "utf-8")
    (root / "shafah.html").write_text(
        page("Clashes in al-Shafah", "Clashes between the SDF and ISIS in al-Shafah."),
        encoding="utf-8",
    )
    (root / "hajin-ar.html").write_bytes(page("هجين", ARABIC).encode("utf-8"))
    (root / "not-a-feed.xml").write_text("just some text, no feed", encoding="utf-8")


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:
        pass


@contextmanager
def serve(root: Path) -> Iterator[str]:
    """Serve the folder on a free local port; yield the base URL."""
    handler = functools.partial(QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    write_site(root, base)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()
