"""Rules on the rendered outputs. They are reported by the build's read-back
(`checks/readback.py`, run on the bytes in memory before anything is written), not by
`inv check`; they are documented here beside the other rules."""

from __future__ import annotations

from communique.checks.rule import Rule


class _OutputRule(Rule):
    """Output rules run on rendered bytes (`verify_outputs`), not on the release file."""

    reported_by = "build verification"


class FieldMissingFromOutput(_OutputRule):
    """O001 field-missing-from-output: A required field's value is missing from the rendered PDF or
    DOCX.

    Why: A template edit can drop a field (`{{ venue.city }}` deleted) while the release file is
    complete: the check passes and the document goes out without its venue.

    Example: release.html.j2 without {{ venue.city }} → the PDF has no « Glasgow » in the facts

    Fix: Show the field in the template (or the DOCX writer); see `inv templates`.
    """


class OutputsDiffer(_OutputRule):
    """O002 outputs-differ: The PDF and the DOCX do not carry the same text.

    Why: Colleagues edit the DOCX and journalists read the PDF: they must say the same.

    Example: a body paragraph present in the DOCX but not in the PDF

    Fix: Make the template and the DOCX writer show the same fields.
    """


class UnresolvedPlaceholder(_OutputRule):
    """O003 unresolved-placeholder: A rendered output contains a placeholder, 'None', or a label
    with no value.

    Why: « Lieu : , () » or « {{ venue.city }} » in print is a release that went out broken.

    Example: Lieu : Assemblée générale d’Interpol, ()

    Fix: Correct the template, or fill the field the label shows.
    """


class FontNotEmbedded(_OutputRule):
    """O004 font-not-embedded: A font used by the PDF is not embedded in it.

    Why: A reader without that font sees another one, or missing glyphs (Arabic, « ’ »).

    Example: /BaseFont /Helvetica with no /FontFile

    Fix: Use fonts installed for WeasyPrint (@font-face with a local file) so they embed.
    """


class OutputUnreadable(_OutputRule):
    """O005 output-unreadable: A rendered PDF or DOCX cannot be read back.

    Why: An output that cannot be opened by a reader library will not open for a journalist.

    Example: a truncated PDF

    Fix: Report it with the release: the writer produced a broken file.
    """



OUTPUT_RULES = [FieldMissingFromOutput, OutputsDiffer, UnresolvedPlaceholder, FontNotEmbedded,
                OutputUnreadable]
