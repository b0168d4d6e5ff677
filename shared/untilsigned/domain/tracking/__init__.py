"""Tracking applications: matching a mail to an application, the timeline and its status, ghosting,
the owner's commands and the trust gate.
"""
