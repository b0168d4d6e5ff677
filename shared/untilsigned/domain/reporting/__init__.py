"""What the user sees: the digest (view, text, HTML), its schedule, the board's view and the exports."""
