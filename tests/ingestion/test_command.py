"""`manage.py ingest`: folders, JSON/JSONL/CSV, and every kind of bad file."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from places.models import Article

ARABIC = "قصفت طائرات التحالف بلدة هجين في ريف دير الزور الشرقي أمس."
ENGLISH = "Coalition air strikes hit Hajin yesterday, killing five civilians."
PAGE = (
    "<html><head><title>Strikes on Hajin</title><script>alert(1)</script></head>"
    f"<body><nav>Home | News</nav><article><p>{ENGLISH}</p></article></body></html>"
)


def ingest(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("ingest", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def ingest_failing(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("ingest", *args, stdout=out, stderr=err)
    return str(raised.value), err.getvalue()


def test_a_folder_of_text_html_and_json(db, tmp_path):
    (tmp_path / "a.txt").write_text(f"Hajin report\n{ENGLISH}", encoding="utf-8")
    (tmp_path / "b.html").write_text(PAGE, encoding="utf-8")
    sub = tmp_path / "more"
    sub.mkdir()
    records = [
        {"title": "c", "body": ARABIC, "published": "2018-02-08"},
        {"title": "d", "html": f"<p>{ENGLISH} Again.</p>", "language": "en"},
    ]
    (sub / "c.json").write_text(json.dumps(records), encoding="utf-8")
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    out, _err = ingest(str(tmp_path), "--outlet", "Desk")
    assert out.count("queued as article") == 4
    page = Article.objects.get(title="Strikes on Hajin")
    assert page.body == ENGLISH and page.outlet == "Desk"
    assert Article.objects.get(title="Hajin report").language == "en"
    arabic = Article.objects.get(title="c")
    assert (arabic.language, arabic.published.isoformat()) == ("ar", "2018-02-08")


def test_jsonl_and_csv_files_with_a_bad_line_each(db, tmp_path):
    jsonl = tmp_path / "a.jsonl"
    lines = [
        json.dumps({"title": "j1", "body": ENGLISH, "url": "https://e.org/1"}),
        "",
        "{broken",
        json.dumps({"title": "j2", "body": ARABIC}),
    ]
    jsonl.write_text("\n".join(lines), encoding="utf-8")
    table = tmp_path / "b.csv"
    table.write_text(
        "title,body,url,published\n"
        f'c1,"{ENGLISH} Again, in Hajin.",https://e.org/2,2018-03-01\n'
        "c2,,https://e.org/3,\n"
        f'c3,"{ARABIC}",https://e.org/1,\n',
        encoding="utf-8",
    )
    message, err = ingest_failing(str(jsonl), str(table))
    assert "2 of 6" in message
    assert f"{jsonl}:3: not JSON" in err
    assert f"{table}:3: The article has no text." in err
    assert set(Article.objects.values_list("title", flat=True)) == {"j1", "j2", "c1"}


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859_6"])
def test_arabic_in_a_legacy_encoding_is_read(db, tmp_path, encoding):
    path = tmp_path / "legacy.txt"
    path.write_bytes(f"هجين\n{ARABIC}".encode(encoding))
    ingest(str(path))
    article = Article.objects.get()
    assert ARABIC in article.body and article.language == "ar"


def test_latin_1_and_a_forced_encoding(db, tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(
        "Frappes aériennes à Hajin, côté est de l'Euphrate.".encode("latin-1")
    )
    ingest(str(path))
    assert "aériennes à Hajin" in Article.objects.get().body
    other = tmp_path / "forced.txt"
    other.write_bytes("Hajin — déjà vu".encode("cp1252"))
    ingest(str(other), "--encoding", "cp1252")
    assert Article.objects.filter(body__contains="déjà").exists()


def test_bad_files_are_named_with_their_reason(db, tmp_path):
    files = {
        "binary.txt": bytes(range(256)) * 40,
        "blank.txt": b"  \n\t\r\n   ",
        "only-markup.html": b"<html><script>alert(1)</script></html>",
        "symbols.txt": b"%%%% 1234 #### ---- ==== ++++ 5678",
        "broken.json": b'{"title": ',
        "list.json": b'[1, "x"]',
        "unknown.json": json.dumps({"body": ENGLISH, "author": "x"}).encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    message, err = ingest_failing(*(str(tmp_path / n) for n in files))
    assert "8 of 8" in message
    reasons = [
        "binary.txt: not text (binary data)",
        "blank.txt: The article has no text",
        "only-markup.html: The article has no text",
        "symbols.txt: The article does not look like text",
        "broken.json: not JSON",
        "list.json[1]: a record must be a JSON object",
        "unknown.json: Unknown field(s): author",
    ]
    for reason in reasons:
        assert reason in err
    assert not Article.objects.exists()


def test_a_10_mb_file_is_refused_by_the_character_limit(db, tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Hajin " * 1_750_000)  # 10.5 MB
    _message, err = ingest_failing(str(path))
    assert "CONFLICTMAP_MAX_ARTICLE_CHARS" in err


@override_settings(CONFLICTMAP_MAX_UPLOAD_BYTES=1000)
def test_a_file_over_the_byte_limit_is_refused_unread(db, tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(ENGLISH * 40, encoding="utf-8")
    _message, err = ingest_failing(str(path))
    assert "CONFLICTMAP_MAX_UPLOAD_BYTES" in err


def test_html_laden_text_and_mixed_script(db, tmp_path):
    laden = tmp_path / "laden.txt"
    laden.write_text(f"<div><b>Hajin</b></div><p>{ENGLISH}</p><script>x()</script>",
                     encoding="utf-8")  # fmt: skip
    mixed = tmp_path / "mixed.txt"
    mixed.write_text(f"{ARABIC}\nHajin (هجين), Deir ez-Zor.\n{ARABIC} 2018", "utf-8")
    ingest(str(laden), str(mixed))
    body = Article.objects.get(body__contains=ENGLISH).body
    assert "<" not in body and "x()" not in body
    assert Article.objects.get(body__startswith=ARABIC).language == "ar"


def test_a_missing_path_is_reported(db, tmp_path):
    message, err = ingest_failing(str(tmp_path / "nope.txt"))
    assert "No such file" in err and "1 of 1" in message
