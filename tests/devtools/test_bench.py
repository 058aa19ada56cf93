"""`inv bench --only`: the figures asked for, and a clear word for a figure that does not exist."""

from __future__ import annotations

import io
from pathlib import Path

from communique.devtools import bench

ROOT = Path(__file__).parents[2]


def test_an_unknown_figure_is_a_usage_error_naming_the_figures():
    out, err = io.StringIO(), io.StringIO()
    assert bench.run_benchmark(ROOT, only="cold,speed", out=out, err=err) == 2
    assert "no figure 'speed'" in err.getvalue()
    assert "cold, batch, preview, extract" in err.getvalue()
    assert out.getvalue() == ""


def test_only_runs_the_figures_asked_for(monkeypatch):
    ran = []
    monkeypatch.setattr(bench, "_cold_one", lambda *a: ran.append("cold") or
                        ("cold", 1.0, 1.0, [1.0], 1.2))
    monkeypatch.setattr(bench, "_preview", lambda *a: ran.append("preview") or
                        ("preview", 0.3, 0.5, [0.6], None))
    monkeypatch.setattr(bench, "_batch", lambda *a: ran.append("batch") or [])
    monkeypatch.setattr(bench, "extract_figures", lambda *a: ran.append("extract") or [])
    out = io.StringIO()
    assert bench.run_benchmark(ROOT, only="preview, cold", out=out) == 0
    assert ran == ["cold", "preview"]
    assert "cold" in out.getvalue() and "MISSED" not in out.getvalue()
