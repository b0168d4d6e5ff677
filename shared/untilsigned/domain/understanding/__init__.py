"""Understanding one mail: what it means (classify), who and what it is about (extract), and its dates.

Reads what the mail wing produced; knows nothing of applications or users.
"""
