"""The chat page without third-party hosts: Chainlit's stock index.html preconnects to Google Fonts and loads
KaTeX's stylesheet from a CDN. The app uses system fonts and renders no LaTeX, so both are dropped."""

from __future__ import annotations

import re

_THIRD_PARTY = re.compile(r"<link[^>]+href=\"https?://(?!127\.0\.0\.1|localhost)[^\"]*\"[^>]*>\s*", re.IGNORECASE)
_META_URL = re.compile(r"(<meta property=\"og:(?:url|image)\" content=\")https?://[^\"]*(\")")


def local_only_html(html: str) -> str:
    html = _THIRD_PARTY.sub("", html)
    html = html.replace('<html lang="en">', '<html lang="fr">')
    return _META_URL.sub(r"\1/\2", html)
