"""The report's PNG plots (matplotlib, Agg backend, no display needed): TSR per phase, per family, latency.

A plot with nothing to show still gets written, saying so, so the report's image links never break.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lamforge.eval.report import order_models
from lamforge.io.atomic import atomic_open


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError as exc:
        raise ImportError("the report's plots need matplotlib: pip install -e '.[report]', or build the report "
                          "without plots (--no-plots)") from exc

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _save(plt: Any, fig: Any, path: Path) -> Path:
    """Write the figure atomically (temp file, then rename) and free it."""
    fig.tight_layout()
    try:
        with atomic_open(path, "wb") as fh:
            fig.savefig(fh, format="png", dpi=110)
    finally:
        plt.close(fig)
    return path


def _empty(ax: Any, text: str) -> None:
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()


def plot_tsr_per_phase(data: dict[str, Any], path: Path) -> Path:
    """Grouped bars: TSR of each model offline, online (seen phrasings) and online (unseen phrasings)."""
    plt = _pyplot()
    series = [("offline", data["offline"]), ("online", data["online"]),
              ("online, unseen phrasing", data["online_unseen_phrasing"])]
    series = [(label, {m: v for m, v in d.items() if v.get("n_tasks")}) for label, d in series]
    series = [(label, d) for label, d in series if d]
    models = order_models({m for _, d in series for m in d})
    fig, ax = plt.subplots(figsize=(max(5.0, 1.2 * len(models) + 2), 3.6))
    if not models:
        _empty(ax, "no offline or online results")
    else:
        width = 0.8 / len(series)
        for k, (label, d) in enumerate(series):
            xs = [i + (k - (len(series) - 1) / 2) * width for i in range(len(models))]
            bars = ax.bar(xs, [100 * d[m]["tsr"] if m in d else 0 for m in models], width, label=label)
            ax.bar_label(bars, labels=[f"{100 * d[m]['tsr']:.0f}" if m in d else "" for m in models], fontsize=7)
        ax.set_xticks(range(len(models)), models)
        ax.set_ylabel("task success rate (%)")
        ax.set_ylim(0, 108)
        ax.legend(fontsize=8)
        ax.set_title("Task success per model / training phase")
    return _save(plt, fig, path)


def plot_tsr_per_family(data: dict[str, Any], path: Path) -> Path:
    """Heat map: online TSR (seen phrasings) of each family for each model."""
    plt = _pyplot()
    fams = data.get("online_per_family", {})
    models = order_models(m for m, v in fams.items() if v.get("seen"))
    families = sorted({f for m in models for f in fams[m]["seen"]})
    fig, ax = plt.subplots(figsize=(max(4.0, 1.1 * len(models) + 2.5), max(3.0, 0.28 * len(families) + 1.2)))
    if not families:
        _empty(ax, "no online results")
    else:
        grid = [[100 * fams[m]["seen"][f]["tsr"] if f in fams[m]["seen"] else float("nan") for m in models]
                for f in families]
        im = ax.imshow(grid, aspect="auto", cmap="RdYlGn", vmin=0, vmax=100)
        ax.set_xticks(range(len(models)), models)
        ax.set_yticks(range(len(families)), families, fontsize=7)
        for i, row in enumerate(grid):
            for j, v in enumerate(row):
                if v == v:  # not NaN
                    ax.text(j, i, f"{v:.0f}", ha="center", va="center", fontsize=6)
        fig.colorbar(im, ax=ax, label="TSR (%)")
        ax.set_title("Online task success per family")
    return _save(plt, fig, path)


def plot_latency(online_rows: dict[str, list[Any]], path: Path) -> Path:
    """Box plots of per-step latency per model: model (generation) part and app (LibreOffice) part."""
    plt = _pyplot()
    models = order_models(m for m, rows in online_rows.items() if any(r.step_ms for r in rows))
    fig, axes = plt.subplots(1, 2, figsize=(max(6.0, 1.4 * len(models) + 3), 3.6))
    if not models:
        for ax in axes:
            _empty(ax, "no online steps")
    else:
        for ax, attr, title in ((axes[0], "model_ms", "model part"), (axes[1], "app_ms", "app part")):
            values = [[max(x, 1e-3) / 1000 for r in online_rows[m] for x in getattr(r, attr)] or [1e-6] for m in models]
            ax.boxplot(values, showfliers=True)
            ax.set_xticks(range(1, len(models) + 1), models)
            ax.set_yscale("log")
            ax.set_ylabel("seconds per step")
            ax.set_title(f"Step latency: {title}")
    return _save(plt, fig, path)


def write_plots(data: dict[str, Any], online_rows: dict[str, list[Any]], out_dir: Path) -> list[Path]:
    """All three plots into ``out_dir``."""
    return [
        plot_tsr_per_phase(data, out_dir / "tsr_per_phase.png"),
        plot_tsr_per_family(data, out_dir / "tsr_per_family.png"),
        plot_latency(online_rows, out_dir / "latency.png"),
    ]
