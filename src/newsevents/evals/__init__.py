"""Evaluation against public gold sets (`newsevents eval NAME --data DIR`)."""
