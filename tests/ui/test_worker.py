"""Background analysis: results arrive by signal, stale ones are dropped, cancelling works."""

from __future__ import annotations

from viewer.core.model import Comparison
from viewer.ui.worker import Analyzer


def test_analysis_finishes_with_a_comparison(qtbot, article_files):
    analyzer = Analyzer()
    with qtbot.waitSignal(analyzer.finished, timeout=20000) as blocker:
        analyzer.start(article_files[:2])
    result = blocker.args[0]
    assert isinstance(result, Comparison)
    assert len(result.articles) == 2
    assert not analyzer.busy


def test_a_newer_analysis_replaces_the_older_one(qtbot, article_files):
    analyzer = Analyzer()
    results: list[Comparison] = []
    analyzer.finished.connect(results.append)
    analyzer.start(article_files[:1])
    with qtbot.waitSignal(analyzer.finished, timeout=20000):
        analyzer.start(article_files)
    qtbot.wait(50)  # let a stale result, if any were forwarded, arrive
    assert [len(r.articles) for r in results] == [3]


def test_cancel_reports_cancelled_and_drops_the_result(qtbot, article_files):
    analyzer = Analyzer()
    results: list[Comparison] = []
    analyzer.finished.connect(results.append)
    with qtbot.waitSignal(analyzer.cancelled, timeout=5000):
        analyzer.start(article_files)
        analyzer.cancel()
    qtbot.wait(50)
    assert results == []
    assert not analyzer.busy


def test_the_garbage_collector_is_paused_during_analyses_and_restored_after():
    import gc

    from viewer.ui.worker import collector_paused

    assert gc.isenabled()
    with collector_paused:
        assert not gc.isenabled()
        with collector_paused:  # a second run overlapping the first
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused:
            pass
        assert not gc.isenabled()  # what was off stays off
    finally:
        gc.enable()


def test_collector_is_on_again_after_an_analysis(qtbot, tmp_path):
    import gc

    from viewer.ui.worker import Analyzer

    (tmp_path / "a.txt").write_text("The bridge reopened on Monday after repairs.", encoding="utf-8")
    analyzer = Analyzer()
    with qtbot.waitSignal(analyzer.finished, timeout=30000):
        analyzer.start([str(tmp_path / "a.txt")])
    assert gc.isenabled()


def test_what_an_analysis_built_is_left_out_of_the_collections_that_follow():
    """Else the first allocation after the run walks all of it at once (a stall of the window)."""
    import gc

    from viewer.ui.worker import collector_paused

    with collector_paused:
        built = [[k] for k in range(20_000)]  # tracked containers, as an analysis leaves behind
    assert gc.get_count()[0] < 1_000
    assert gc.get_freeze_count() >= len(built)


def test_the_lock_changes_threads_quickly_during_analyses_and_the_interval_comes_back():
    import sys

    from viewer.ui.worker import quick_handoff

    before = sys.getswitchinterval()
    with quick_handoff:
        assert sys.getswitchinterval() <= 0.001 + 1e-9
        with quick_handoff:  # a second run overlapping the first
            pass
        assert sys.getswitchinterval() <= 0.001 + 1e-9
    assert sys.getswitchinterval() == before


def test_the_interval_is_back_after_a_real_analysis(qtbot, tmp_path):
    import sys

    from viewer.ui.worker import Analyzer

    before = sys.getswitchinterval()
    (tmp_path / "a.txt").write_text("The bridge reopened on Monday after repairs.", encoding="utf-8")
    analyzer = Analyzer()
    with qtbot.waitSignal(analyzer.finished, timeout=30000):
        analyzer.start([str(tmp_path / "a.txt")])
    qtbot.waitUntil(lambda: sys.getswitchinterval() == before, timeout=5000)


def test_cycles_left_by_a_run_are_collected_when_the_window_tidies_up():
    import gc
    import weakref

    from viewer.ui.worker import collector_paused

    class Node:
        pass

    with collector_paused:
        node = Node()
        node.me = node  # a reference cycle, as an analysis might leave
        ref = weakref.ref(node)
        del node
    gc.collect()
    assert ref() is not None  # frozen with the run's work: no collection looks at it
    assert collector_paused.tidy()
    assert ref() is None
    assert not collector_paused.tidy()  # nothing frozen since


def test_the_window_tidies_the_collector_after_showing_a_comparison(qtbot, comparison, monkeypatch):
    from viewer.ui import main_window

    calls = []
    monkeypatch.setattr(main_window.collector_paused, "tidy", lambda: calls.append(1) or True)
    window = main_window.MainWindow()
    qtbot.addWidget(window)
    window._tidy_timer.stop()
    window._tidy_timer.setInterval(10)
    window.show_comparison(comparison)
    assert window._tidy_timer.isActive()
    qtbot.waitUntil(lambda: calls == [1], timeout=5000)
