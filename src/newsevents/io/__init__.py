"""Readers of raw input and the JSON shape (serialize)."""
