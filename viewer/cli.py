"""The command line: ``source-viewer [FILES|DIRS...]`` opens the window, ``compare`` analyses without one.

Exit status of ``compare``: 0 all inputs read, 3 some skipped (named on stderr), 1 none read, 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

EXIT_OK, EXIT_NONE_READ, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3

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
    from viewer.core.report.export import to_json

    comparison = compare(opts.inputs)
    for problem in comparison.problems:
        print(f"source-viewer: skipped {problem.path}: {problem.reason}", file=sys.stderr)
    if not comparison.articles:
        print("source-viewer: no article could be read", file=sys.stderr)
        return EXIT_NONE_READ
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
    return EXIT_SKIPPED if comparison.problems else EXIT_OK


def _write_text(path: str, text: str) -> None:
    """Write atomically: a temporary file beside the target, then replace."""
    tmp = f"{path}.tmp{os.getpid()}"
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    os.replace(tmp, path)


def _write_sheets(comparison: object, opts: argparse.Namespace) -> None:
    from viewer.core.report import sheet as report

    if opts.html:
        _write_text(opts.html, report.to_html(comparison, title=opts.title))  # type: ignore[arg-type]
    if opts.csv:
        _write_text(opts.csv, report.to_csv(comparison))  # type: ignore[arg-type]
    if opts.pdf:
        from viewer.ui.printing import write_pdf

        write_pdf(comparison, opts.pdf, title=opts.title)  # type: ignore[arg-type]
