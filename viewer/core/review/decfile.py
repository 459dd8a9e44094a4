"""``viewer.decisions/1`` files: the reviewer's decisions as JSON, read with a clear word for what is wrong.

A file looks like ``{"schema": "viewer.decisions/1", "decisions": [{"action": "same", "passages":
[{"article": "a.txt", "quote": "…"}, …]}, …]}``. Besides what the schema names, a file may carry the
article details the reviewer corrected, as the extension field ``"article_details": [{"article": "a.txt",
"title": …, "outlet": …, "published": …}]`` (the schema allows extra fields; other readers ignore it).

Reading never raises for a bad file: every decision that cannot be used becomes a :class:`Problem` that
names the file and the decision ("decision 3 (same): …"), and the others are kept. Two decisions that say
opposite things about the same passages ("same" and "different", "contradiction" and
"not_contradiction") keep the later one, as the window's history does, and the earlier is reported.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from itertools import combinations
from typing import Any, NamedTuple

from viewer.core.model import ACTIONS, ArticleEdit, Decision, Passage, Problem

DECISIONS_SCHEMA = "viewer.decisions/1"
# decisions are a few hundred short quotes at most; anything this big is not one of ours
MAX_DECISIONS_BYTES = 20 * 1024 * 1024
# how many passages each action reads (at least, at most)
_PASSAGES = {
    "same": (2, None),
    "different": (2, None),
    "contradiction": (2, 2),
    "not_contradiction": (2, 2),
    "note": (1, 2),
}
OPPOSITE = {
    "same": "different",
    "different": "same",
    "contradiction": "not_contradiction",
    "not_contradiction": "contradiction",
}


class DecisionsFile(NamedTuple):
    """What a decisions file holds: the usable decisions, the corrected article details, the problems."""

    decisions: tuple[Decision, ...]
    edits: tuple[ArticleEdit, ...]
    problems: list[Problem]
    numbers: tuple[int, ...] = ()  # each decision's place in the file (1 = the first), for messages
    readable: bool = True  # False: the file as a whole could not be used (not JSON, another schema…)


def describe(decision: Decision, limit: int = 40) -> str:
    """'same: “Fire broke out…” (a.txt) / “At least 30…” (b.txt)' — a decision in a few words."""

    def short(q: str) -> str:
        q = " ".join(q.split())
        return q if len(q) <= limit else q[: limit - 1].rstrip() + "…"

    return f"{decision.action}: " + " / ".join(f"“{short(p.quote)}” ({p.article})" for p in decision.passages)


# -- writing ------------------------------------------------------------------------------------------
def to_json(decisions: Iterable[Decision], edits: Iterable[ArticleEdit] = ()) -> dict[str, Any]:
    """The decisions as the JSON object of ``viewer.decisions/1`` (plus ``article_details`` if any)."""
    doc: dict[str, Any] = {"schema": DECISIONS_SCHEMA, "decisions": [_decision_json(d) for d in decisions]}
    details = [_edit_json(e) for e in edits]
    if details:
        doc["article_details"] = details
    return doc


def _decision_json(d: Decision) -> dict[str, Any]:
    out: dict[str, Any] = {
        "action": d.action,
        "passages": [{"article": p.article, "quote": p.quote} for p in d.passages],
    }
    for key in ("reason", "note", "made"):
        value = getattr(d, key)
        if value:
            out[key] = value
    return out


def _edit_json(e: ArticleEdit) -> dict[str, Any]:
    out: dict[str, Any] = {"article": e.article}
    for key in ("title", "outlet", "published"):
        value = getattr(e, key)
        if value is not None:
            out[key] = value
    return out


def save_decisions(path: str, decisions: Iterable[Decision], edits: Iterable[ArticleEdit] = ()) -> None:
    """Write a decisions file atomically (temporary file beside it, then replace)."""
    data = json.dumps(to_json(decisions, edits), ensure_ascii=False, indent=1) + "\n"
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".decisions-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# -- reading ------------------------------------------------------------------------------------------
def load_decisions(path: str) -> tuple[tuple[Decision, ...], list[Problem]]:
    """The usable decisions of a file and the problems found (naming the file and the decision)."""
    found = read_decisions(path)
    return found.decisions, found.problems


def read_decisions(path: str) -> DecisionsFile:
    """Decisions, corrected article details and problems of a decisions file; never raises for bad input."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_DECISIONS_BYTES + 1)
    except FileNotFoundError:
        return _unreadable(Problem(path, "the decisions file does not exist"))
    except IsADirectoryError:
        return _unreadable(Problem(path, "this is a folder, not a decisions file"))
    except OSError as exc:
        return _unreadable(Problem(path, f"the file cannot be read ({exc.strerror or exc})"))
    if len(raw) > MAX_DECISIONS_BYTES:
        return _unreadable(Problem(path, "the file is too large to be a decisions file"))
    try:
        doc = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return _unreadable(Problem(path, "not a decisions file (it is not UTF-8 text)"))
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}: {exc.msg}"
        return _unreadable(Problem(path, f"not a decisions file (it is not valid JSON: {where})"))
    except RecursionError:
        return _unreadable(Problem(path, "not a decisions file (it is nested too deeply)"))
    return from_json_file(doc, path)


def from_json(doc: Any, path: str = "decisions") -> tuple[tuple[Decision, ...], list[Problem]]:
    """The usable decisions of a parsed JSON document, and the problems (named by ``path``)."""
    found = from_json_file(doc, path)
    return found.decisions, found.problems


def from_json_file(doc: Any, path: str = "decisions") -> DecisionsFile:
    """Like :func:`from_json`, with the ``article_details`` extension field too."""
    if not isinstance(doc, dict):
        return _unreadable(Problem(path, "not a decisions file (it is not a JSON object)"))
    schema = doc.get("schema")
    if schema != DECISIONS_SCHEMA:
        what = "has no 'schema'" if schema is None else f"has the format {schema!r}"
        reason = f"not a decisions file: it {what}; this version reads {DECISIONS_SCHEMA!r}"
        return _unreadable(Problem(path, reason))
    items = doc.get("decisions")
    if not isinstance(items, list):
        return _unreadable(Problem(path, "the file is malformed: 'decisions' must be a list"))
    problems: list[Problem] = []
    numbered: list[tuple[int, Decision]] = []
    for n, item in enumerate(items, start=1):
        decision, reason = _decision(item)
        if decision is None:
            problems.append(Problem(path, f"decision {n}{_action_of(item)}: {reason}; it is left out"))
        else:
            numbered.append((n, decision))
    kept = _drop_overridden(numbered, path, problems)
    edits = _edits(doc.get("article_details"), path, problems)
    return DecisionsFile(tuple(d for _, d in kept), edits, problems, tuple(n for n, _ in kept))


def _unreadable(problem: Problem) -> DecisionsFile:
    return DecisionsFile((), (), [problem], (), readable=False)


def _action_of(item: Any) -> str:
    if isinstance(item, dict) and isinstance(item.get("action"), str) and item["action"] in ACTIONS:
        return f" ({item['action']})"
    return ""


def _decision(item: Any) -> tuple[Decision | None, str]:
    if not isinstance(item, dict):
        return None, "it is not a JSON object"
    action = item.get("action")
    if not isinstance(action, str):
        return None, "it has no 'action'"
    if action not in ACTIONS:
        return None, f"unknown action {action!r} (one of {', '.join(ACTIONS)})"
    texts: dict[str, str] = {}
    for key in ("reason", "note", "made"):
        value = item.get(key, "")
        if not isinstance(value, str):
            return None, f"'{key}' must be text"
        texts[key] = value
    raw = item.get("passages")
    if not isinstance(raw, list) or not raw:
        return None, "it has no 'passages' (a list of {article, quote})"
    passages: list[Passage] = []
    for k, p in enumerate(raw, start=1):
        if not isinstance(p, dict):
            return None, f"passage {k} is not an object with 'article' and 'quote'"
        article, quote = p.get("article"), p.get("quote")
        if not isinstance(article, str) or not article.strip():
            return None, f"passage {k} has no 'article' (the article's file name)"
        if not isinstance(quote, str) or not quote.strip():
            return None, f"passage {k} has no 'quote' (verbatim text of the article)"
        passage = Passage(os.path.basename(article.replace("\\", "/")) or article, quote)
        if passage not in passages:
            passages.append(passage)
    decision = Decision(action, tuple(passages), texts["reason"], texts["note"], texts["made"])
    wrong = check_decision(decision)
    if wrong:
        return None, wrong
    if action == "contradiction" and not texts["reason"].strip():
        return None, "a contradiction needs a 'reason' (what the passages disagree about)"
    if action == "note" and not (texts["note"].strip() or texts["reason"].strip()):
        return None, "a note needs its text ('note')"
    return decision, ""


def check_decision(decision: Decision) -> str:
    """What makes a decision unusable whatever the articles say (unknown action, too few or too many
    passages, a "same" within one article), or ""."""
    action = decision.action
    if action not in _PASSAGES:
        return f"unknown action {action!r} (one of {', '.join(ACTIONS)})"
    passages = list(dict.fromkeys(decision.passages))
    least, most = _PASSAGES[action]
    if len(passages) < least:
        return f"'{action}' needs {least} different passages, it has {len(passages)}"
    if most is not None and len(passages) > most:
        return f"'{action}' takes at most {most} passages, it has {len(passages)}"
    if action == "same":
        arts = [p.article for p in passages]
        twice = sorted({a for a in arts if arts.count(a) > 1})
        if twice:
            return f"two of its passages are of one article ({twice[0]}); one article states a claim once"
    return ""


def _key(p: Passage) -> tuple[str, str]:
    return p.article, " ".join(re.sub(r"[\W_]+", " ", p.quote.casefold()).split())


def pairs_of(decision: Decision) -> set[frozenset[tuple[str, str]]]:
    """The pairs of passages a decision speaks about (each passage as file name and folded quote)."""
    keys = [_key(p) for p in decision.passages]
    if decision.action in ("contradiction", "not_contradiction"):
        keys = keys[:2]
    return {frozenset(pair) for pair in combinations(keys, 2) if pair[0] != pair[1]}


def _drop_overridden(
    numbered: Sequence[tuple[int, Decision]], path: str, problems: list[Problem]
) -> list[tuple[int, Decision]]:
    """Keep the later of two decisions that say opposite things about one pair of passages."""
    said: dict[tuple[str, frozenset[tuple[str, str]]], int] = {}  # (action, pair) -> later decision
    dropped: set[int] = set()
    for n, d in reversed(numbered):
        if d.action not in OPPOSITE:
            continue
        pairs = pairs_of(d)
        clash = next((said[(OPPOSITE[d.action], p)] for p in pairs if (OPPOSITE[d.action], p) in said), None)
        if clash is not None:
            later = next(x for m, x in numbered if m == clash)
            problems.append(
                Problem(
                    path,
                    f"decision {n} ({d.action}) and decision {clash} ({later.action}) say opposite things "
                    f"about the same passages; the later one, decision {clash}, is kept",
                )
            )
            dropped.add(n)
            continue
        for p in pairs:
            said.setdefault((d.action, p), n)
    return [(n, d) for n, d in numbered if n not in dropped]


def _edits(raw: Any, path: str, problems: list[Problem]) -> tuple[ArticleEdit, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        problems.append(Problem(path, "'article_details' must be a list; the details are left out"))
        return ()
    out: dict[str, ArticleEdit] = {}
    for n, item in enumerate(raw, start=1):
        edit = edit_from_json(item)
        if edit is None:
            problems.append(
                Problem(path, f"article details {n} are malformed (an 'article' file name and text values)")
            )
        else:
            out[edit.article] = edit
    return tuple(out.values())


def edit_from_json(item: Any) -> ArticleEdit | None:
    """An :class:`ArticleEdit` from ``{"article": …, "title": …, "outlet": …, "published": …}``, or None."""
    if not isinstance(item, dict):
        return None
    article = item.get("article")
    if not isinstance(article, str) or not article.strip():
        return None
    values: dict[str, str | None] = {}
    for key in ("title", "outlet", "published"):
        value = item.get(key)
        if value is not None and not isinstance(value, str):
            return None
        values[key] = value
    return ArticleEdit(article, values["title"], values["outlet"], values["published"])


def edit_to_json(edit: ArticleEdit) -> dict[str, Any]:
    """The JSON object :func:`edit_from_json` reads."""
    return _edit_json(edit)
