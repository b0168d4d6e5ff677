"""Reading raw mail: MIME, forwarded blocks, calendar invites, HTML to text, and SES's own stamps.

The lowest wing: it knows nothing of what a mail means.
"""
