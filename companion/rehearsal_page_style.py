"""The rehearsal report page's colours and style sheet (inline, so the page is
one file)."""
from __future__ import annotations

# Okabe-Ito colours: distinguishable with every common colour-vision
# deficiency, and both have at least 3:1 contrast on white (WCAG non-text).
# The seeker line is also dashed so the two never depend on colour alone.
WORKER_COLOUR = "#0072B2"
SEEKER_COLOUR = "#D55E00"

# Relative units throughout so the page reflows at 200% zoom; text colours
# are at least 7:1 on their backgrounds.
_CSS = f"""
:root {{ color-scheme: light; }}
body {{ margin: 0; background: #fff; color: #1a1a1a;
  font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }}
main {{ max-width: 48rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }}
h1 {{ font-size: 1.75rem; margin: 0 0 .25rem; }}
h2 {{ font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #767676; }}
p, li, dd {{ overflow-wrap: anywhere; }}
.meta {{ color: #4a4a4a; }}
.about {{ color: #333; }}
table {{ border-collapse: collapse; }}
caption {{ text-align: left; font-weight: 600; padding-bottom: .25rem; }}
th, td {{ border: 1px solid #767676; padding: .25rem .75rem; text-align: left; }}
td {{ text-align: right; font-variant-numeric: tabular-nums; }}
.balance {{ display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }}
#talk-balance-chart {{ flex: 1 1 28rem; max-width: 100%; height: auto; }}
.totals {{ flex: 0 1 14rem; margin: 0; }}
.totals dt {{ font-weight: 600; }}
.totals dd {{ margin: 0 0 .5rem; }}
svg text {{ fill: #1a1a1a; font-size: 17px; }}
svg .tick {{ font-size: 15px; }}
svg .grid {{ stroke: #ddd; stroke-width: 1; }}
svg .axis {{ stroke: #4a4a4a; stroke-width: 1.5; }}
svg .worker, svg .seeker {{ fill: none; stroke-width: 4; stroke-linejoin: round; stroke-linecap: round; }}
svg .worker {{ stroke: {WORKER_COLOUR}; }}
svg .seeker {{ stroke: {SEEKER_COLOUR}; stroke-dasharray: 10 6; stroke-linecap: butt; }}
#transcript {{ padding-left: 2rem; }}
#transcript li {{ margin: 0 0 .75rem; padding: .25rem .75rem; border-left: 4px solid #bbb; }}
#transcript li.worker {{ border-left-color: #1a1a1a; }}
#transcript li.flagged {{ border-left: 6px double #a4001d; background: #fdf0f2; }}
#transcript p {{ margin: 0; }}
#transcript .text {{ white-space: pre-wrap; }}
.flag {{ margin-top: .25rem; color: #5c0010; }}
.change {{ font-weight: 600; }}
.empty {{ font-style: italic; color: #4a4a4a; }}
#moments li {{ margin-bottom: .75rem; }}
#risk li {{ margin-bottom: .75rem; padding: .25rem .75rem; }}
#risk li.missed {{ border-left: 6px double #a4001d; background: #fdf0f2; }}
#risk li.taken-up {{ border-left: 4px solid #1a1a1a; }}
#risk p {{ margin: 0; }}
#moments p {{ margin: 0; }}
"""
