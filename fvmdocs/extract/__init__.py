"""Extraction of facts from clean text: time expressions (``timex``), and later roles and events.

Kept free of imports so that importing one extractor does not load the others.
"""
