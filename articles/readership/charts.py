"""Plots as server-rendered SVG: no script, no external library.

Each chart has a ``<title>`` and ``<desc>`` (``role="img"``), and the page
shows the same figures in a table beside it, for screen readers and for
anyone who wants the numbers.
"""

from html import escape

from django.utils.safestring import SafeString, mark_safe


def bar_chart(
    values: list[int],
    *,
    labels: list[str],
    title: str,
    description: str,
    width: int = 720,
    height: int = 200,
    label_every: int = 6,
) -> SafeString:
    """Vertical bars for ``values`` with ``labels`` under every ``label_every``-th bar."""
    top = max(values, default=0) or 1
    left, bottom, right, head = 36, 22, 8, 10
    plot_w, plot_h = width - left - right, height - bottom - head
    step = plot_w / max(len(values), 1)
    bar = max(step * 0.75, 1)
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{_id(title)}-t {_id(title)}-d" preserveAspectRatio="none">',
        f'<title id="{_id(title)}-t">{escape(title)}</title>',
        f'<desc id="{_id(title)}-d">{escape(description)}</desc>',
        f'<line class="chart__axis" x1="{left}" y1="{head + plot_h}" x2="{width - right}" '
        f'y2="{head + plot_h}"/>',
        f'<text class="chart__tick" x="{left - 4}" y="{head + 4}" text-anchor="end">{top}</text>',
        f'<text class="chart__tick" x="{left - 4}" y="{head + plot_h}" text-anchor="end">0</text>',
    ]
    for index, value in enumerate(values):
        h = plot_h * value / top
        x = left + index * step + (step - bar) / 2
        parts.append(
            f'<rect class="chart__bar" x="{x:.1f}" y="{head + plot_h - h:.1f}" '
            f'width="{bar:.1f}" height="{h:.1f}"><title>{escape(labels[index])}: {value}</title>'
            "</rect>"
        )
        if index % label_every == 0:
            parts.append(
                f'<text class="chart__tick" x="{x + bar / 2:.1f}" y="{height - 6}" '
                f'text-anchor="middle">{escape(labels[index])}</text>'
            )
    parts.append("</svg>")
    return mark_safe("".join(parts))


def _id(title: str) -> str:
    return "chart-" + "".join(c if c.isalnum() else "-" for c in title.lower())[:40]
