"""``source-viewer compare --decisions`` on the samples: groups, statuses and contradictions follow the
file; its problems go to stderr naming the file and the decision."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from viewer.cli import EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, main

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = ROOT / "samples"
SCHEMA = json.loads((ROOT / "tests" / "data" / "comparison.schema.json").read_text(encoding="utf-8"))
A1, A3, A4, A5 = (
    "000_7d34f9c427cc0b97.txt",
    "002_cc70823455dab6ca.txt",
    "003_d3d56ab8aa9f7a86.txt",
    "004_17a2af514bae8bbb.txt",
)


def p(article: str, quote: str) -> dict[str, str]:
    return {"article": article, "quote": quote}


DECISIONS = [
    # straight apostrophe: the text has "didn’t"
    {"action": "same", "passages": [p(A1, "The call didn't end well."), p(A3, "quickly reached an impasse")]},
    {
        "action": "not_contradiction",
        "passages": [p(A4, "We have a war that"), p(A5, "Senator Dave McCormick stated")],
    },
    {
        "action": "contradiction",
        "passages": [
            p(A1, "The situation is now critical."),
            p(A3, "He has also said he remains open to negotiations"),
        ],
        "reason": "critical vs open to talks",
    },
    {
        "action": "different",
        "passages": [
            p(A1, "President Donald Trump has officially shut down all of Venezuelan airspace"),
            p(A5, "Ordered commercial aircraft to avoid Venezuelan airspace"),
        ],
    },
    {
        "action": "note",
        "passages": [p(A3, "$50 million bounty")],
        "note": "check the State Department figure",
    },
    {
        "action": "same",
        "passages": [p(A1, "A sentence that no sample has in it at all"), p(A3, "$50 million")],
    },
]


def run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], decisions: Any, *extra: str
) -> tuple[int, dict[str, Any], str]:
    dec = tmp_path / "mine.json"
    dec.write_text(json.dumps({"schema": "viewer.decisions/1", "decisions": decisions}), encoding="utf-8")
    out = tmp_path / "c.json"
    code = main(["compare", str(SAMPLES), "--decisions", str(dec), "--json", str(out), *extra])
    _, err = capsys.readouterr()
    return code, json.loads(out.read_text(encoding="utf-8")), err


def claim_of(doc: dict[str, Any], article: str, quote: str) -> dict[str, Any]:
    art = next(a for a in doc["articles"] if a["path"].endswith(article))
    return next(c for c in doc["claims"] if c["article"] == art["id"] and quote in c["text"])


def test_decisions_change_groups_statuses_and_contradictions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, before, _ = run(tmp_path, capsys, [])
    assert code == EXIT_OK and "decisions" not in before
    code, doc, err = run(tmp_path, capsys, DECISIONS)
    jsonschema.validate(doc, SCHEMA)
    assert code == EXIT_SKIPPED  # one decision could not be applied
    assert [d["applied"] for d in doc["decisions"]] == [True, True, True, True, True, False]
    assert "no longer in 000_7d34f9c427cc0b97.txt" in doc["decisions"][5]["why_not"]
    assert "mine.json: decision 6 (same) not applied: the quote" in err
    # same: two unique claims now share a group
    call, impasse = claim_of(doc, A1, "The call didn"), claim_of(doc, A3, "quickly reached an impasse")
    assert claim_of(before, A1, "The call didn")["status"] == "unique"
    assert call["group"] is not None and call["group"] == impasse["group"]
    assert call["status"] == impasse["status"] == "shared" and len(call["sources"]) == 2
    # not_contradiction: the quote pair is gone from contradictions and disagreements, kept as dismissed
    mccormick = claim_of(doc, A5, "Senator Dave McCormick stated")["id"]
    assert any(mccormick in k["claims"] for k in before["contradictions"])
    assert not any(mccormick in k["claims"] for k in doc["contradictions"])
    assert not any(mccormick in s["claims"] for d in doc["disagreements"] for s in d["sides"])
    assert any(mccormick in k["claims"] for k in doc["dismissed"])
    # contradiction: the reviewer's, by user
    critical = claim_of(doc, A1, "The situation is now critical")
    mine = [k for k in doc["contradictions"] if critical["id"] in k["claims"]]
    assert [(k["by"], k["detail"]) for k in mine] == [("user", "critical vs open to talks")]
    assert [d["by"] for d in doc["disagreements"] if critical["id"] in d["sides"][0]["claims"]] == ["user"]
    assert critical["status"] == "contradicted"
    # different: the two airspace claims no longer share a group
    shut = claim_of(doc, A1, "officially shut down all of Venezuelan airspace")
    ordered = claim_of(doc, A5, "Ordered commercial aircraft")
    assert (
        claim_of(before, A1, "officially shut down")["group"]
        == claim_of(before, A5, "Ordered commercial")["group"]
    )
    assert shut["group"] is None or shut["group"] != ordered["group"]


def test_the_sheet_shows_the_review(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    html = tmp_path / "s.html"
    run(tmp_path, capsys, DECISIONS, "--html", str(html), "--show-dismissed")
    text = html.read_text(encoding="utf-8")
    assert "Reviewed: 5 of 6 decisions by the reviewer apply: 1 join, 1 split, 1 disagreement added" in text
    assert "1 could not be applied" in text
    assert "marked by the reviewer" in text and "critical vs open to talks" in text
    assert "check the State Department figure" in text
    assert "Dismissed by the reviewer" in text
    assert "grouped by the reviewer" in text


def test_bad_decisions_are_named_on_stderr_and_the_rest_apply(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = [
        DECISIONS[0],
        {"action": "merge", "passages": []},
        {"action": "same", "passages": [p(A1, "The call"), p(A1, "The situation")]},
    ]
    code, doc, err = run(tmp_path, capsys, bad)
    assert code == EXIT_SKIPPED
    assert "mine.json: decision 2: unknown action 'merge'" in err
    assert "mine.json: decision 3 (same): two of its passages are of one article" in err
    assert [d["applied"] for d in doc["decisions"]] == [True]


@pytest.mark.parametrize("content", ["{oops", '{"schema": "viewer.comparison/1"}'])
def test_an_unusable_decisions_file_stops_with_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    dec = tmp_path / "bad.json"
    dec.write_text(content, encoding="utf-8")
    out = tmp_path / "c.json"
    code = main(["compare", str(SAMPLES), "--decisions", str(dec), "--json", str(out)])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE and "bad.json: not a decisions file" in err
    assert not out.exists()
    assert dec.read_text(encoding="utf-8") == content


def test_article_details_of_the_decisions_file_apply(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dec = tmp_path / "mine.json"
    details = [
        {
            "article": A3,
            "title": "Ultimatum",
            "outlet": "Yahoo News (Miami Herald)",
            "published": "2025-11-30",
        }
    ]
    dec.write_text(
        json.dumps({"schema": "viewer.decisions/1", "decisions": [], "article_details": details}),
        encoding="utf-8",
    )
    out = tmp_path / "c.json"
    assert main(["compare", str(SAMPLES), "--decisions", str(dec), "--json", str(out)]) == EXIT_OK
    doc = json.loads(out.read_text(encoding="utf-8"))
    art = next(a for a in doc["articles"] if a["path"].endswith(A3))
    assert (art["title"], art["outlet"], art["published"]) == (
        "Ultimatum",
        "Yahoo News (Miami Herald)",
        "2025-11-30",
    )
