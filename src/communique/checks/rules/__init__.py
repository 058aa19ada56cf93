"""The ordered rule catalogue."""

from .fields import FIELD_RULES
from .reading import READING_RULES
from .templates import TEMPLATE_RULES
from .text_safety import SAFETY_RULES

ALL_RULES = [*READING_RULES, *FIELD_RULES, *TEMPLATE_RULES, *SAFETY_RULES]
