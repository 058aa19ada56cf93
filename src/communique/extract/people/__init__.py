"""People named in the article, one entry per person, with titles and honorifics apart.

Names come from spaCy NER for French, and from capitalised runs (English) or given-name
look-ups (Arabic) elsewhere. Titles come from appositions next to a name, read with the
title heads in ``data/titles_*.txt``. ``candidates.find_candidates`` and
``attach.attach_titles`` are what the pipeline calls; extract/README.md lists the modules
from the bottom up (an architecture test, test_people_layers, holds their order).
"""
