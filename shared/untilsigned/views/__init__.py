"""Presentation: HTML rendered from Jinja2 templates kept as files in this package.

Shared by the digest mail and the board pages, so both say the same thing the same way.
"""
