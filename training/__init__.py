"""Rebuild the shipped Swedish pipeline from the corpora: ``make model`` (``python -m training.train``)."""
