"""Writers: pure functions from the document model to an output (HTML text, PDF or DOCX bytes).

Importing this package is cheap on purpose: WeasyPrint is imported only inside
`render_pdf`, so commands that never render (check, list, extract) do not pay for it.
"""

from __future__ import annotations

from ..errors import RenderError  # writers raise it; every layer may catch it

__all__ = ["RenderError"]
