"""Helpers that tests and benchmarks share (serving an app, driving the browser, measuring the explorer).

Not part of the kg package: pytest finds it from the repository root (``pythonpath``), and a bench
puts the root on ``sys.path`` itself.
"""
