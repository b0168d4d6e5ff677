"""Tell the language a mail is written in, from its newest text only.

Counts the function words of each language (`rules/detection.py`). The forward wrapper and the quoted
history are not passed in, so an English "Forwarded message" header over a German body reads as German.
English wins short texts and texts mostly in English: its rules are the fallback for everything.
"""

from __future__ import annotations

import re

from untilsigned.domain.rules import FALLBACK, LANGUAGES
from untilsigned.domain.rules.detection import FUNCTION_WORDS

SAMPLE_CHARS = 4_000  # the first paragraphs say it; a long thread costs nothing more
MIN_WORDS = 3  # fewer function words than this is too little to leave English for
# A short body above a long English footer (an ATS's privacy or equal-opportunity text) is still in its own
# language: another language is chosen when it has at least this share of English's count. Reading a mail
# in another language costs little, since English's table is always read with it.
FOREIGN_SHARE = 0.5
_WORD = re.compile(r"[^\W\d_]+")
# An applicant-tracking system's English footer under a short local body ("This message was sent by an
# automated recruiting system ... Please do not reply") outnumbers the body's words: such lines do not count.
_ENGLISH_FOOTER_LINE = re.compile(
    r"(?im)^[^\n]*?\b(?:please\s+do\s+not\s+reply|do\s+not\s+reply\s+to\s+this|this\s+(?:e-?mail|message)\s+was\s+"
    r"sent|privacy\s+(?:policy|statement|notice)|unsubscribe|you\s+are\s+receiving\s+this|sent\s+(?:by|via|on\s+behalf\s+of)"
    r"\s+\w+)\b[^\n]*+"
)


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language `text` is in, among those with rules; English when unsure."""
    known = {language: words for language, words in FUNCTION_WORDS.items() if language in LANGUAGES}
    counts = dict.fromkeys(known, 0)
    sample = _ENGLISH_FOOTER_LINE.sub("", text[:SAMPLE_CHARS])
    for word in _WORD.findall(sample.lower()):
        for language, words in known.items():
            if word in words:
                counts[language] += 1
    best = max(
        (language for language in counts if language != FALLBACK), key=counts.__getitem__, default=FALLBACK
    )
    if best == FALLBACK or counts[best] < MIN_WORDS or counts[best] < counts[FALLBACK] * FOREIGN_SHARE:
        return FALLBACK
    return best
