"""The command line: ``source-viewer [FILES|DIRS...]`` opens the window, ``compare`` analyses without one.

Exit status of ``compare``:

==  ==========================================================================================
0   every input was read, every decision applied and every output written
1   no input could be read (each is named on stderr with the reason)
2   usage error, including an output path that is one of the inputs or cannot be written at all,
    and a ``--decisions`` file that cannot be used at all
3   some inputs were skipped, or some decisions left out or not applied (each named on stderr);
    the outputs hold the rest
4   an output could not be written (named on stderr); inputs are never touched
==  ==========================================================================================

Paths and reasons printed on stderr are quoted when they hold control characters (a file name with a
newline cannot forge an extra line).
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

EXIT_OK, EXIT_NONE_READ, EXIT_USAGE, EXIT_SKIPPED, EXIT_WRITE_FAILED = 0, 1, 2, 3, 4

# Qt's own command-line options (QGuiApplication and QApplication): passed on to Qt, not refused
QT_OPTIONS_WITH_VALUE = frozenset(
    "-platform -platformpluginpath -platformtheme -plugin -qwindowgeometry -qwindowicon -qwindowtitle "
    "-style -stylesheet -session -display -geometry -title -name -visual -fontengine".split()
)
QT_FLAGS = frozenset("-reverse -widgetcount -nograb -dograb -sync".split())


def split_qt_options(args: Sequence[str]) -> tuple[list[str], list[str]]:
    """Our arguments and Qt's (``-platform offscreen``, ``-style=fusion``, ``-reverse``…), in order."""
    ours: list[str] = []
    qt: list[str] = []
    it = iter(args)
    for a in it:
        name = a.split("=", 1)[0]
        if name in QT_OPTIONS_WITH_VALUE:
            qt.append(a)
            if "=" not in a:
                value = next(it, None)
                if value is not None:
                    qt.append(value)
        elif a in QT_FLAGS or a.startswith("-qmljsdebugger="):
            qt.append(a)
        else:
            ours.append(a)
    return ours, qt


def _qt_platform(qt: Sequence[str]) -> str | None:
    """The platform chosen with ``-platform`` among Qt's options, if any."""
    for i, a in enumerate(qt):
        if a == "-platform" and i + 1 < len(qt):
            return qt[i + 1]
        if a.startswith("-platform="):
            return a.split("=", 1)[1]
    return None


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
    args, qt_args = split_qt_options(args)
    opts = _app_parser().parse_args(args)
    from viewer.platform_check import check_qt_platform, explain_qt_failure

    # Qt aborts the process when its platform plugin cannot load: say what to install before that
    platform = _qt_platform(qt_args)
    advice = check_qt_platform(env={**os.environ, "QT_QPA_PLATFORM": platform} if platform else None)
    if advice:
        print(advice, file=sys.stderr)
        return EXIT_NONE_READ
    try:
        from viewer.ui.app import run_app

        return run_app(opts.inputs, screenshot=opts.screenshot, qt_args=qt_args)
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
    from viewer.core.read.ingest import expand_inputs
    from viewer.core.report.export import to_json
    from viewer.core.report.writeout import OutputError, check_outputs, write_text

    outputs = {f"--{k}": v for k in ("json", "html", "csv", "pdf") if (v := getattr(opts, k))}
    files, _ = expand_inputs(opts.inputs)
    try:  # before anything is read or written: an output must never be one of the inputs
        check_outputs(outputs, [*opts.inputs, *files, *([opts.decisions] if opts.decisions else [])])
    except OutputError as exc:
        print(f"source-viewer compare: error: {printable(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    review = _read_review(opts.decisions)
    if review is None:
        return EXIT_USAGE
    comparison = compare(opts.inputs, decisions=review.decisions, edits=review.edits)
    for problem in comparison.problems:
        print(
            f"source-viewer: skipped {printable(problem.path)}: {printable(problem.reason)}", file=sys.stderr
        )
    for article in comparison.articles:
        for note in article.notes:
            print(
                f"source-viewer: note: {printable(article.path or article.id)}: {printable(note)}",
                file=sys.stderr,
            )
    if not comparison.articles:
        print("source-viewer: no article could be read", file=sys.stderr)
        return EXIT_NONE_READ
    left_out = bool(review.problems)
    for n, applied in zip(review.numbers, comparison.decisions, strict=True):
        if applied.why_not:
            what = f"decision {n} ({applied.decision.action})"
            done = " not applied:" if not applied.applied else ":"
            print(
                f"source-viewer: {printable(opts.decisions)}: {what}{done} {printable(applied.why_not)}",
                file=sys.stderr,
            )
        if not applied.applied or "" in applied.claims:  # left out, or some of its passages were
            left_out = True
    try:
        if opts.json:
            write_text(opts.json, json.dumps(to_json(comparison), ensure_ascii=False, indent=1) + "\n")
        if opts.html or opts.csv or opts.pdf:
            _write_sheets(comparison, opts)
    except OSError as exc:  # OutputError names the requested path
        message = str(exc) if isinstance(exc, OutputError) else f"cannot write {exc.filename}: {exc.strerror}"
        print(f"source-viewer: {printable(message)}", file=sys.stderr)
        return EXIT_WRITE_FAILED
    return EXIT_SKIPPED if comparison.problems or left_out else EXIT_OK


def _read_review(path: str | None) -> DecisionsFile | None:
    """The decisions file's content (problems printed), an empty one without ``--decisions``, or None
    when the file cannot be used at all."""
    from viewer.core.review.decfile import DecisionsFile, read_decisions

    if path is None:
        return DecisionsFile((), (), [])
    found = read_decisions(path)
    for problem in found.problems:
        print(f"source-viewer: {printable(str(problem))}", file=sys.stderr)
    return found if found.readable else None


def printable(text: str) -> str:
    """``text`` for one line of a terminal: as it is when every character prints, else quoted with
    escapes (newlines, escape sequences, undecodable bytes of a file name)."""
    return text if text.isprintable() else repr(text)


def _write_sheets(comparison: object, opts: argparse.Namespace) -> None:
    from viewer.core.report import sheet as report
    from viewer.core.report.writeout import write_text

    options = report.SheetOptions(title=opts.title, show_dismissed=opts.show_dismissed)
    if opts.html:
        write_text(opts.html, report.to_html(comparison, options))  # type: ignore[arg-type]
    if opts.csv:
        write_text(opts.csv, report.to_csv(comparison))  # type: ignore[arg-type]
    if opts.pdf:
        from viewer.ui.printing import write_pdf

        write_pdf(comparison, opts.pdf, options)  # type: ignore[arg-type]
