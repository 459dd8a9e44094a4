"""On-demand benchmarks of Source Viewer (``python bench/run.py``); never run as timed tests in CI."""
