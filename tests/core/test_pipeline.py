"""The pipeline: incremental analysis gives what a fresh one gives; progress and cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.pipeline import Analyzer, Cancelled, compare, compare_articles, read_inputs

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _shape(comp):
    return (
        [(c.id, c.status, c.group, c.sources) for c in comp.claims],
        [(g.id, g.claims, g.status) for g in comp.groups],
        [(k.claims, k.kind, k.detail) for k in comp.contradictions],
    )


def test_adding_one_article_matches_a_fresh_analysis() -> None:
    articles, problems = read_inputs([str(SAMPLES)])
    assert not problems and len(articles) == 5
    analyzer = Analyzer()
    analyzer.add(articles[:4])
    grown = analyzer.add(articles[4:])
    fresh = compare_articles(articles)
    assert [a.id for a in grown.articles] == ["A1", "A2", "A3", "A4", "A5"]
    # the same groups form; rarity weights of old pairs were those of four articles, so allow no drift
    assert len(grown.groups) == len(fresh.groups)
    assert {c.status for c in grown.claims} == {c.status for c in fresh.claims}
    assert sum(c.group is not None for c in grown.claims) == pytest.approx(
        sum(c.group is not None for c in fresh.claims), rel=0.05
    )


def test_removing_an_article_drops_its_claims_and_links() -> None:
    articles, _ = read_inputs([str(SAMPLES)])
    analyzer = Analyzer()
    full = analyzer.add(articles)
    smaller = analyzer.remove(["A2"])
    assert [a.id for a in smaller.articles] == ["A1", "A3", "A4", "A5"]
    assert all(c.article != "A2" for c in smaller.claims)
    assert all("A2" not in c.sources for c in smaller.claims)
    assert len(smaller.claims) == len(full.claims) - len(full.claims_of("A2"))


def test_the_same_article_id_twice_is_refused() -> None:
    articles, _ = read_inputs([str(SAMPLES / "000_7d34f9c427cc0b97.txt")])
    analyzer = Analyzer()
    analyzer.add(articles)
    with pytest.raises(ValueError, match="A1"):
        analyzer.add(articles)


def test_progress_is_reported_and_cancel_stops() -> None:
    seen: list[str] = []
    compare([str(SAMPLES)], progress=lambda i, n, msg: seen.append(msg))
    assert any(m.startswith("Reading") for m in seen) and "Aligning claims" in seen
    with pytest.raises(Cancelled):
        compare([str(SAMPLES)], cancelled=lambda: True)


def test_the_same_file_twice_is_read_once(tmp_path: Path) -> None:
    one = SAMPLES / "003_d3d56ab8aa9f7a86.txt"
    comp = compare([str(one), str(one)])
    assert len(comp.articles) == 1
    assert len(comp.problems) == 1 and "twice" in comp.problems[0].reason


def test_update_reads_only_new_files_and_follows_the_given_order(tmp_path: Path, monkeypatch) -> None:
    import viewer.core.pipeline as pipeline

    files = sorted(str(p) for p in SAMPLES.glob("*.txt"))
    analyzer = Analyzer()
    first = analyzer.update(files[:3])
    assert [a.id for a in first.articles] == ["A1", "A2", "A3"]
    read: list[str] = []
    real = pipeline.read_article
    monkeypatch.setattr(
        pipeline, "read_article", lambda path, aid, **kw: read.append(path) or real(path, aid, **kw)
    )
    order = [files[3], files[0], files[2]]  # one added, one dropped, the rest reordered
    second = analyzer.update(order)
    assert read == [files[3]]
    assert [a.path for a in second.articles] == order
    assert [a.id for a in second.articles] == ["A4", "A1", "A3"]
    assert all(c.article in {"A1", "A3", "A4"} for c in second.claims)
