"""The Word styles the DOCX writer uses, by name.

Kept apart from the writer so that `inv check` (rule T004) can compare a style source
with them without importing python-docx.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..packs.manifest import Institution, Pack

PARAGRAPH_STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Quote",
                    "List Bullet", "Lead", "Kicker", "Dateline", "Embargo", "Facts",
                    "Attribution", "EndMark", "Notes Heading", "People", "About", "Contact",
                    "Event Detail", "Programme", "Signature")
# The paragraph styles each layout section writes with; a style source needs only those
# of the sections its pack lists.
SECTION_STYLES = {
    "kicker": ("Kicker",), "dateline": ("Dateline",), "embargo": ("Embargo",),
    "headline": ("Title",), "subheadline": ("Subtitle",), "facts": ("Facts",),
    "event": ("Event Detail",), "lead": ("Lead",),
    "body": ("Normal", "Heading 1", "Heading 2", "List Bullet", "Quote"),
    "quotes": ("Quote", "Attribution"), "programme": ("Notes Heading", "Programme"),
    "accreditation": ("Notes Heading", "Event Detail"), "signature": ("Signature",),
    "end": ("EndMark",), "people": ("Notes Heading", "People"),
    "about": ("Notes Heading", "About"), "contacts": ("Notes Heading", "Contact"),
}
CHARACTER_STYLES = ("Hyperlink", "Dateline Char")


def style_source(pack: Pack, institution: Institution) -> Path:
    """The institution's own style source when it has one (its colours and fonts), else
    the pack's."""
    own = institution.folder / pack.docx_styles
    return own if own.is_file() else pack.folder / pack.docx_styles
