"""The command line: ``source-viewer [FILES|DIRS...]`` opens the window, ``compare`` analyses without one.

Exit status of ``compare``: 0 all inputs read, 3 some skipped (named on stderr: an article that could not be
read, a decision that was left out or could not be applied), 1 none read, 2 usage error (also a
``--decisions`` file that cannot be used at all).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from viewer.core.review.decfile import DecisionsFile

EXIT_OK, EXIT_NONE_READ, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3


def _compare_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="source-viewer compare",
        description="Compare articles without opening a window.",
    )
    p.add_argument("inputs", nargs="+", metavar="FILE|DIR", help="article files or folders of them")
    p.add_argument("--json", metavar="OUT", help="write the comparison as JSON to OUT ('-' for stdout)")
    p.add_argument("--pdf", metavar="OUT", help="write the comparison sheet as PDF")
    p.add_argument("--html", metavar="OUT", help="write the comparison sheet as HTML")
    p.add_argument("--csv", metavar="OUT", help="write the claims table as CSV")
    p.add_argument("--title", help="the sheet's title (default: the common headline words)")
    p.add_argument(
        "--decisions",
        metavar="FILE.json",
        help="apply a reviewer's decisions (viewer.decisions/1) to the comparison",
    )
    p.add_argument(
        "--show-dismissed",
        action="store_true",
        help="list the contradictions the reviewer dismissed on the sheet",
    )
    return p


def _app_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="source-viewer",
        description="Compare how several outlets tell the same story. "
        "Use 'source-viewer compare --help' for the command-line analysis.",
    )
    p.add_argument("inputs", nargs="*", metavar="FILE|DIR", help="articles to open")
    p.add_argument("--screenshot", metavar="OUT.png", help="render the analysed window to a PNG and exit")
    p.add_argument("--version", action="version", version=_version())
    return p


def _version() -> str:
    from viewer import __version__

    return f"source-viewer {__version__}"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "compare":
        return run_compare(args[1:])
    opts = _app_parser().parse_args(args)
    from viewer.platform_check import check_qt_platform, explain_qt_failure

    # Qt aborts the process when its platform plugin cannot load: say what to install before that
    advice = check_qt_platform()
    if advice:
        print(advice, file=sys.stderr)
        return EXIT_NONE_READ
    try:
        from viewer.ui.app import run_app

        return run_app(opts.inputs, screenshot=opts.screenshot)
    except (ImportError, RuntimeError) as exc:
        message = explain_qt_failure(exc)
        if message is None:
            raise
        print(message, file=sys.stderr)
        return EXIT_NONE_READ


def run_compare(argv: Sequence[str]) -> int:
    try:
        opts = _compare_parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors and 0 for --help
        return int(exc.code or 0)
    from viewer.core.pipeline import compare
    from viewer.core.report.export import to_json

    review = _read_review(opts.decisions)
    if review is None:
        return EXIT_USAGE
    comparison = compare(opts.inputs, decisions=review.decisions, edits=review.edits)
    for problem in comparison.problems:
        print(f"source-viewer: skipped {problem.path}: {problem.reason}", file=sys.stderr)
    if not comparison.articles:
        print("source-viewer: no article could be read", file=sys.stderr)
        return EXIT_NONE_READ
    left_out = bool(review.problems)
    for n, applied in zip(review.numbers, comparison.decisions, strict=True):
        if applied.why_not:
            what = f"decision {n} ({applied.decision.action})"
            done = " not applied:" if not applied.applied else ":"
            print(f"source-viewer: {opts.decisions}: {what}{done} {applied.why_not}", file=sys.stderr)
        if not applied.applied or "" in applied.claims:  # left out, or some of its passages were
            left_out = True
    try:
        if opts.json:
            doc = json.dumps(to_json(comparison), ensure_ascii=False, indent=1)
            if opts.json == "-":
                sys.stdout.write(doc + "\n")
            else:
                _write_text(opts.json, doc + "\n")
        if opts.html or opts.csv or opts.pdf:
            _write_sheets(comparison, opts)
    except OSError as exc:
        print(f"source-viewer: cannot write {exc.filename}: {exc.strerror}", file=sys.stderr)
        return EXIT_NONE_READ
    return EXIT_SKIPPED if comparison.problems or left_out else EXIT_OK


def _read_review(path: str | None) -> DecisionsFile | None:
    """The decisions file's content (problems printed), an empty one without ``--decisions``, or None
    when the file cannot be used at all."""
    from viewer.core.review.decfile import DecisionsFile, read_decisions

    if path is None:
        return DecisionsFile((), (), [])
    found = read_decisions(path)
    for problem in found.problems:
        print(f"source-viewer: {problem}", file=sys.stderr)
    return found if found.readable else None


def _write_text(path: str, text: str) -> None:
    """Write atomically: a temporary file beside the target, then replace."""
    tmp = f"{path}.tmp{os.getpid()}"
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    os.replace(tmp, path)


def _write_sheets(comparison: object, opts: argparse.Namespace) -> None:
    from viewer.core.report import sheet as report

    options = report.SheetOptions(title=opts.title, show_dismissed=opts.show_dismissed)
    if opts.html:
        _write_text(opts.html, report.to_html(comparison, options))  # type: ignore[arg-type]
    if opts.csv:
        _write_text(opts.csv, report.to_csv(comparison))  # type: ignore[arg-type]
    if opts.pdf:
        from viewer.ui.printing import write_pdf

        write_pdf(comparison, opts.pdf, options)  # type: ignore[arg-type]
