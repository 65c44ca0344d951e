"""The brief's PDF, rendered from its HTML page by WeasyPrint (measured against xhtml2pdf in docs/brief-pdf.md:
WeasyPrint draws the SVG chart, embeds its fonts, hyphenates French and follows the page's print CSS)."""

from __future__ import annotations


def pdf_bytes(html: str) -> bytes:
    from weasyprint import HTML  # 0.8 s to import: on the first brief, not at start-up

    return HTML(string=html).write_pdf()
