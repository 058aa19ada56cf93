"""The ordered rule catalogue."""

from .dates import DATE_RULES
from .facts import FACT_RULES
from .fields import FIELD_RULES
from .outputs import OUTPUT_RULES
from .pack_data import PACK_DATA_RULES
from .protocol import PROTOCOL_RULES
from .reading import READING_RULES
from .styles import STYLE_RULES
from .templates import TEMPLATE_RULES
from .text_safety import SAFETY_RULES
from .typography import TYPOGRAPHY_RULES
from .versions import VERSION_RULES

ALL_RULES = [*READING_RULES, *FIELD_RULES, *TEMPLATE_RULES, *PACK_DATA_RULES,
             *STYLE_RULES, *SAFETY_RULES,
             *DATE_RULES, *PROTOCOL_RULES, *FACT_RULES, *TYPOGRAPHY_RULES, *VERSION_RULES,
             *OUTPUT_RULES]
