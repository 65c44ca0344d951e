"""The shell of the HTML pages the app serves beside the chat (a cited source, the exposure table rows, a brief):
one self-contained page, no third-party host, readable on a phone, in dark or light mode, and printable."""

from __future__ import annotations

import re
from html import escape

STYLE = """
:root { color-scheme: light dark; --fg: #111827; --muted: #4b5563; --bg: #ffffff; --line: #d1d5db;
        --accent: #2563eb; --soft: #f3f4f6; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #f3f4f6; --muted: #9ca3af; --bg: #111318; --line: #374151; --accent: #93c5fd; --soft: #1f2430; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
       font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 1.25rem 1rem 3rem; overflow-wrap: anywhere; hyphens: auto; }
h1 { font-size: 1.45rem; line-height: 1.25; margin: 0 0 .4rem; }
h2 { font-size: 1.1rem; margin: 1.6rem 0 .5rem; padding-bottom: .2rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
p, li { margin: .35rem 0; }
a { color: var(--accent); }
.meta { color: var(--muted); font-size: .9rem; margin: 0 0 .8rem; }
.note { background: var(--soft); border-left: 3px solid var(--accent); padding: .6rem .8rem; margin: .8rem 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
dl.row { display: grid; grid-template-columns: minmax(7rem, 38%) 1fr; gap: .15rem .8rem; margin: .4rem 0 .6rem; }
dl.row dt { color: var(--muted); }
dl.row dd { margin: 0; font-weight: 500; }
details { margin: .3rem 0 1rem; color: var(--muted); font-size: .88rem; }
details code { display: block; white-space: pre-wrap; background: var(--soft); padding: .4rem; margin-top: .3rem; }
sup.ref { font-size: .75em; color: var(--muted); }
figure { margin: .8rem 0; overflow-x: auto; }
figure svg, figure img { width: 100%; min-width: 30rem; height: auto; }
table, table * { overflow-wrap: normal; word-break: normal; }
.wide { overflow-x: auto; }
.actions { margin: 1rem 0; display: flex; gap: .6rem; flex-wrap: wrap; }
.actions a { border: 1px solid var(--line); border-radius: .4rem; padding: .35rem .7rem; text-decoration: none; }
@media print {
  :root { --fg: #000; --muted: #333; --bg: #fff; --line: #999; --accent: #000; --soft: #f2f2f2; }
  .actions { display: none; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  tr, dl.row, figure, li { break-inside: avoid; }
  a { text-decoration: none; }
  figure svg { min-width: 0; }
}
@page { size: A4; margin: 16mm 15mm; }
"""

_URL = re.compile(r"https?://[^\s<>\"')\]]+[^\s<>\"')\].,;:!?»]")


def text(value: str) -> str:
    """Plain study text as HTML: escaped, its web addresses made into links."""
    out, last = [], 0
    for match in _URL.finditer(value):
        out.append(escape(value[last : match.start()]))
        url = match.group(0)
        out.append(f'<a href="{escape(url)}" rel="noopener noreferrer" target="_blank">{escape(url)}</a>')
        last = match.end()
    out.append(escape(value[last:]))
    return "".join(out)


_TEXT = re.compile(r">([^<]+)<")
_SPACED = re.compile(r" ([:;?!»])|(«) ")


def french_spaces(html: str) -> str:
    """No line break before « : ; ? ! » nor after «, as French typography wants (the text between tags only)."""

    def text(match: re.Match) -> str:
        return ">" + _SPACED.sub(lambda m: f"\u00a0{m[1]}" if m[1] else f"{m[2]}\u00a0", match[1]) + "<"

    return _TEXT.sub(text, html)


def page(title: str, body: str, extra_style: str = "") -> str:
    """A whole page; ``body`` is HTML already escaped by the caller, placed inside ``<main>``."""
    body = french_spaces(body)
    return (
        '<!doctype html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}{extra_style}</style>\n</head>\n"
        f"<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )
