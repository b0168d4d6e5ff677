"""untilsigned: you don't have an offer until you have a signed offer."""

__version__ = "0.1.0"
