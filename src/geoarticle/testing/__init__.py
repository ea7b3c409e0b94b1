"""Helpers for testing code that parses articles (factories, diffs, golden files)."""
