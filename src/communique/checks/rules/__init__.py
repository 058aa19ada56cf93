"""The ordered rule catalogue."""

from communique.checks.rules.assets import ASSET_RULES
from communique.checks.rules.dates import DATE_RULES
from communique.checks.rules.facts import FACT_RULES
from communique.checks.rules.fields import FIELD_RULES
from communique.checks.rules.outputs import OUTPUT_RULES
from communique.checks.rules.pack_data import PACK_DATA_RULES
from communique.checks.rules.pack_typography import PACK_TYPOGRAPHY_RULES
from communique.checks.rules.people import PEOPLE_RULES
from communique.checks.rules.protocol import PROTOCOL_RULES
from communique.checks.rules.provenance import PROVENANCE_RULES
from communique.checks.rules.reading import READING_RULES
from communique.checks.rules.styles import STYLE_RULES
from communique.checks.rules.templates import TEMPLATE_RULES
from communique.checks.rules.text_safety import SAFETY_RULES
from communique.checks.rules.typography import TYPOGRAPHY_RULES
from communique.checks.rules.versions import VERSION_RULES
from communique.checks.rules.workflow import WORKFLOW_RULES

ALL_RULES = [*READING_RULES, *FIELD_RULES, *TEMPLATE_RULES, *PACK_DATA_RULES,
             *STYLE_RULES, *ASSET_RULES, *SAFETY_RULES,
             *DATE_RULES, *PROTOCOL_RULES, *FACT_RULES, *PEOPLE_RULES, *PROVENANCE_RULES,
             *TYPOGRAPHY_RULES, *PACK_TYPOGRAPHY_RULES, *VERSION_RULES,
             *OUTPUT_RULES, *WORKFLOW_RULES]
