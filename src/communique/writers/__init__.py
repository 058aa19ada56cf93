"""Writers: pure functions from the document model to an output (HTML text, PDF or DOCX bytes).

Importing this package is cheap on purpose: WeasyPrint is imported only inside
`render_pdf`, so commands that never render (check, list, extract) do not pay for it.
"""

from __future__ import annotations


class RenderError(Exception):
    """An output that could not be rendered faithfully; the message says what to fix."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


__all__ = ["RenderError"]
