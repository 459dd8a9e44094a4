"""Property (issue 12): any bytes under each supported extension give an article or a named problem,
never an exception; the file itself is never changed. Bytes are random, or a small valid file of the
type with some of its bytes (or tokens) changed."""

from __future__ import annotations

import io
import os
import tempfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.core.model import Article
from viewer.core.read.ingest import SUPPORTED_SUFFIXES, IngestError, read_article

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=bool(os.environ.get("CI")),
)


def _pdf() -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=200, height=200)
    stream = DecodedStreamObject()
    stream.set_data(b"BT /F1 11 Tf 20 150 Td (Storm hits the coast) Tj ET")
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("A storm struck the coast on Monday.")
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Wind"
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


VALID = {
    ".pdf": _pdf(),
    ".docx": _docx(),
    ".html": b"<!DOCTYPE html><html><head><title>Storm</title></head><body><p>A storm struck.</p></body>",
    ".txt": b"Storm hits the coast\nA storm struck on Monday.\n",
}


def mutated(base: bytes) -> st.SearchStrategy[bytes]:
    def apply(edits: list[tuple[int, bytes]]) -> bytes:
        data = bytearray(base)
        for pos, new in edits:
            i = pos % max(1, len(data))
            data[i : i + len(new)] = new
        return bytes(data)

    tokens = st.sampled_from(
        [b"0", b"-1", b"99999999999", b"/Encrypt", b"<<", b">>", b"[", b"]", b"obj", b"\x00", b"\xff"]
    )
    return st.lists(
        st.tuples(st.integers(0, 10**6), st.one_of(st.binary(min_size=1, max_size=8), tokens)), max_size=6
    ).map(apply)


def check(suffix: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "f" + suffix)
        with open(path, "wb") as fh:
            fh.write(data)
        os.utime(path, ns=(10**18, 10**18))
        try:
            result = read_article(path, "A1")
        except IngestError as exc:
            assert str(exc)  # a named problem
        else:
            assert isinstance(result, Article) and result.text.strip()
        with open(path, "rb") as fh:
            assert fh.read() == data
        assert os.stat(path).st_mtime_ns == 10**18


@SETTINGS
@given(st.sampled_from(SUPPORTED_SUFFIXES), st.binary(max_size=3000))
def test_any_bytes_give_an_article_or_a_named_problem(suffix: str, data: bytes) -> None:
    check(suffix, data)


@SETTINGS
@given(st.sampled_from(sorted(VALID)), st.data())
def test_damaged_valid_files_give_an_article_or_a_named_problem(suffix: str, data: st.DataObject) -> None:
    check(suffix, data.draw(mutated(VALID[suffix])))
