"""Geoparsing helpers: name keys, toponym recognition, disambiguation (used by stages/geocode)."""
