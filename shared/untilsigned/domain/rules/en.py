"""English: the classifier's cues and guards, and the words that place a mail inside a hiring process.

Plain data read by the engine in `understanding/classify.py`: each cue is a kind, a weight, a regex
(compiled case-insensitively on first use), the guards that cancel it in a sentence, and tags. Guards are
named sentence-level facts; every name a cue uses must be defined in GUARDS (checked when the table loads).
"""

from __future__ import annotations

from untilsigned.domain.model import Kind
from untilsigned.domain.rules.schema import Cue, LanguageRules, cue
from untilsigned.domain.rules.words import DateWords, ExtractionWords, NameCue

# --- guards: sentence-level facts that cancel cues ---------------------------------------------

GUARDS: dict[str, str] = {
    # The sentence talks about selection only as a possibility: ATS boilerplate.
    "conditional": (
        # at most 250 characters from "if" to what it conditions: an "if" storm costs linear time
        r"\b(?:if|unless|should|once|in case|in the event|whether)\b[^.;!?]{0,250}?"
        r"\b(?:select\w*|shortlist\w*|"
        r"short[- ]list\w*|match\w*|fit|suitable|qualif\w*|successful|unsuccessful|progress\w*|move forward|"
        r"moving forward|move ahead|proceed\w*|advance\w*|decide\w*|decision|interested in (?:your|you|"
        r"moving|"
        r"speaking|learning|taking)|requirements?|chosen|invited|aligns?|meets?|considered|next steps?|"
        r"good match|strong match|right fit|(?:we'd|we\s+would)\s+like\s+to|lines?\s+up|corresponds?|"
        r"what\s+(?:we|the\s+team|they)\s+(?:need|are\s+looking\s+for))\b"
        r"|\bonly (?:the )?(?:successful|shortlisted|short-listed|selected|qualified) (?:candidates|"
        r"applicants)\b"
        r"|\b(?:candidates|applicants) (?:who are |that are |who have )?not (?:been )?(?:selected|"
        r"shortlisted|"
        r"successful)\b"
        r"|\b(?:shortlisted|short-listed|successful|selected)\s+(?:candidates|applicants)\s+will\b"
        r"|\b(?:candidates|applicants)\s+(?:who|that)\b[^.;!?]{0,80}\bwill\s+(?:be|then|receive|need)\b"
        r"|\bwhether or not\b|\bunless\b"
        r"|\b(?:if|should)\b[^.;!?]{0,80}\b(?:would\s+like|wish|want)\s+to\s+(?:schedule|arrange|invite|meet|"
        r"interview|speak|move|proceed)\b"
        r"|\bif\s+(?:they|we|the\s+(?:\w+\s+)?(?:team|manager|panel))\s+(?:would\s+like|want|wish|decide|"
        r"choose|are\s+interested|think)"
    ),
    # Expectations about the process, not events: "we expect to schedule interviews in the coming weeks".
    "expectation": (
        r"\b(?:expect|anticipate|plan|hope|aim|intend|look)\w*\s+(?:to|on)\s+(?:begin\s+|start\s+)?"
        r"(?:schedul\w+|begin|start|conduct\w*|hold\w*|arrang\w+|reach\w*|contact\w*|invit\w+|mak\w+|"
        r"extend\w*|"
        r"interview\w*)\b"
        r"|\b(?:typically|usually|generally|normally|may|might|can)\b[^.;!?]{0,40}\b(?:interview|assessment|"
        r"offer|schedule)\w*"
    ),
    # Apologies that announce a delay or a reschedule, not a decision.
    "delay": (
        r"\b(?:delay\w*|reschedul\w*|postpon\w*|push(?:ed)? back|running (?:late|behind)|taking (?:a bit )?"
        r"longer|longer than|this week|next week|until|temporar\w*|for now|another time|new time|"
        r"a different (?:time|date|day)|move (?:our|the|your|this) (?:\w+ )?(?:call|interview|meeting|chat)|"
        r"out sick|unavailable)\b"
    ),
    # "We cannot respond to every applicant individually."
    "respond_all": (
        r"\b(?:respond|reply|get back|answer|provide (?:individual )?feedback)\w*\s+(?:to\s+)?(?:every|each|"
        r"all|"
        r"individual)\b|\bindividually\b|\bpersonally to each\b"
    ),
    # An offer mentioned as a condition or a future step: "before we can extend an offer".
    "offer_condition": (
        r"\b(?:if|once|before|prior to|in order to|until|unless|should|pending|ahead of|whether|may|might|"
        r"could|would be happy to|hope to|expect to|plan to|aim to|intend to|looking to|towards?|move to)\b"
        r"[^.;!?]{0,80}?\boffer"
    ),
    "offer_negated": (
        r"\b(?:not|unable|cannot|can't|won't|no longer|isn't|aren't|never|nor)\b(?! hesitate| wait)"
        r"[^.;!?]{0,40}?\boffer(?:ing|ed)?\b"
    ),
    # The offer is only postponed: "we need to push back the offer until the budget is approved".
    "offer_delay": (r"\b(?:delay\w*|postpon\w*|push(?:ed|ing)?\s+back|reschedul\w*|until)\b"),
    # The offer is being taken back: "we have had to withdraw the offer we extended to you".
    "offer_withdrawn": (r"\b(?:rescind\w*|revok\w*|withdr[ae]w\w*|retract\w*)\b"),
    # Marketing and job-ad language where "offer" means something else.
    "commerce": (
        # a "staff discount" is a benefit in an offer, not a promotion
        r"%\s*off|(?<!staff\s)(?<!employee\s)(?<!colleague\s)\bdiscount|\bspecial offer|\blimited[- ]time|"
        r"\bfree\b|\bwhat we offer|\bwe offer\b|"
        r"\bbenefits? (?:include|package)|\bcoupon|\bpromo|\bwebinar|\bmasterclass|\bcourse\b|\bregister\b|"
        r"\bsign up\b|\bsubscri|\bnegotiat\w*\s+(?:your|a|an|the)\s+(?:\w+\s+)?offer"
    ),
    # Signature mentioned as a future step: "once you have signed", "when the offer is accepted".
    "signed_condition": (
        r"\b(?:once|if|when|after|before|until|upon)\s+(?:you(?:'ve| have)?|we(?:'ve| have)?|it(?:'s| is|"
        r" has been)?|"
        r"the (?:offer|contract|agreement|letter)(?: letter)?(?: has been| is| has)?|both parties have|"
        r"all parties have|everyone has)\s+(?:been\s+)?(?:signed|accepted|received|returned|countersigned|"
        r"sign|accept|return|receive)\b"
        r"|\b(?:to|please|kindly)\s+(?:review,?\s+(?:and\s+)?)?(?:sign|accept|countersign|e-?sign)\b"
        r"|\b(?:once|if|when|until|upon|after)\b[^.;!?]{0,60}\b(?:have|has)\s+(?:both\s+|all\s+)?signed\b"
    ),
    # An offer described generically: "successful candidates receive an offer letter within a week".
    "generic_offer": (
        r"\b(?:candidates|applicants|successful\s+(?:candidate|applicant)s?|all\s+offers|offers\s+are|"
        r"(?:an?|the)\s+offer\s+(?:stage|process)|dream\s+job|land(?:ing)?\s+(?:a|your|the|more)|how\s+to|"
        r"tips|"
        r"get\s+more)\b"
    ),
    # Non-disclosure paperwork signed before an interview is not an employment contract.
    "nda": (r"\bnda\b|\bnon-?disclosure\b|\bconfidentiality\s+agreement\b"),
    # The employer paying or reimbursing is not a candidate paying a fee.
    "employer_pays": (
        r"\bwe(?:'ll|\s+will|\s+can|\s+would)?\s+(?:pay|cover|reimburse)|\breimburs\w*|\bat\s+no\s+cost\b|"
        r"\bfree\s+of\s+charge\b|\bno\s+fees?\b|\bnever\s+(?:ask|charge)"
    ),
    # The candidate accepted somewhere else: not a signature with this employer.
    "elsewhere": (
        r"\belsewhere\b|\banother\s+(?:offer|company|role|position|opportunity)\b|\bother\s+offer\b|"
        r"\bdifferent\s+(?:company|offer|opportunity)\b"
    ),
    # The sentence describes the terms an offer depends on, not a request for references.
    "contingency": (r"\b(?:subject to|contingent (?:up)?on|conditional (?:up)?on|dependent on|pending)\b"),
    # A past rescission is a decision; "we reserve the right to rescind" is fine print.
    "fine_print": (
        r"\b(?:reserve the right|may be|could be|might be|will be|if|unless|should|in the event)\b"
    ),
    # Nobody on the other side: "an async technical screen", "a one-way video interview".
    "asynchronous": (
        r"\b(?:async(?:hronous)?|one-way|on-demand|self-paced|pre-recorded)\b"
        r"|\brecorded\s+(?:video\s+)?(?:interview|answers?|responses?)\b"
    ),
    # A stage already behind the candidate: "congratulations on passing the online tests".
    "past_stage": (
        r"\b(?:congratulations\s+on|well\s+done\s+on|thanks?(?:\s+you)?\s+for)\s+(?:passing|completing|submitting|"
        r"finishing|doing|getting|sending|returning|turning)\b"
    ),
    # Advice for any reader's interview, not an appointment: "whether your interview is tomorrow or later".
    "hypothetical": (r"\bwhether\s+(?:your|the|an?)\s+(?:[\w-]+\s+){0,2}?interviews?\b"),
    # Interview practice sold as a product: "book a mock interview with our AI coach".
    "practice": (
        r"\b(?:mock|practi[cs]e|sample|simulated)\s+(?:video\s+)?interviews?\b|\bai\s+(?:coach|interviewer)\b"
    ),
    # A step the employer has not arranged yet, only named as what comes after a request: "before we set up
    # the final conversation, could you share your salary expectations?"
    "prerequisite": (
        r"\bbefore\s+(?:we|i)\s+(?:can\s+|go\s+ahead\s+and\s+)?(?:set\s+up|setup|schedule|arrange|book|organi[sz]e|"
        r"line\s+up|move\s+(?:on\s+)?to|invite\s+you)\b"
    ),
    # "for future reference", "reference number": not references about the candidate.
    "reference_noise": (
        r"\bfor (?:your )?(?:future )?reference\b|\breference (?:number|no\.?|code|id)\b|"
        r"\bwith reference to\b|\bin reference to\b"
    ),
}


K = Kind
_REJECT_GUARDS = ("conditional", "delay", "respond_all", "expectation")
_OFFER_GUARDS = ("offer_condition", "offer_negated", "offer_withdrawn", "commerce", "generic_offer", "nda")
# What an offer or its signature is about: the offer itself or the employment contract.
_OFFER_WORD = r"(?:offer\b(?!s)|employment\b|contract\b)"
# "offer" as the thing extended, not a stage of the process ("the offer stage", "offer decisions").
_OFFER_END = (
    r"offer\b(?!s)(?!\s+(?:stage|process|decisions?|call|timeline|round|phase|discussions?|conversation|"
    r"guide|template))"
)
# Up to six words between "offer you the" and "position" that are not about interviews or shortlists.
_ROLE_GAP = (
    r"(?:(?!(?:interview\w*|chance|call|meeting|conversation|chat|finalist|shortlist\w*|candidate|round|"
    r"stage|step|phase|assessment|test)\b)[\w&/,'-]+\s+){0,6}?"
)
_POSITION = r"(?:position|role|job|vacancy|opening|requisition|req|post|search|opportunity|internship|gig)"
_CANDIDATES = r"(?:candidates?|applicants?|individuals?|profiles?|people|person|someone)"

CUES: tuple[Cue, ...] = (
    # --- rejected --------------------------------------------------------------------------------
    cue(
        K.REJECTED,
        4,
        r"\b(?:decided|decision|chosen|elected|opted|choose)\s+(?:not\s+to|to\s+not)\s+(?:move|"
        r"proceed|progress|pursue|advance|continue|go|select|take|invite|offer|recruit|fill|hire|appoint)\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        4,
        r"\b(?:won't|will not|will no longer|are not|aren't|not be|unable to|cannot|can't|not able "
        r"to|are no longer|have decided not to|not going to)\s+(?:be\s+)?(?:moving|move|proceed(?:ing)?|"
        r"progress(?:ing)?|advanc(?:e|ing)|tak(?:e|ing)|go(?:ing)?|continu(?:e|ing)|pursu(?:e|ing))\s+"
        r"(?:forward\s+|ahead\s+|further\s+)?(?:the\s+(?:procedure|process|recruitment|selection|application)"
        r"(?:\s+process)?\s+)?(?:with\s+)?(?:your|you)\b"
        # "we won't be progressing it further": the application referred to as "it"
        r"|\b(?:won't|will not|are not|aren't|not be|unable to|cannot|can't|not able to)\s+(?:be\s+)?"
        r"(?:moving|proceed(?:ing)?|progress(?:ing)?|advanc(?:e|ing)|tak(?:e|ing))\s+(?:it|this)\s+"
        r"(?:any\s+)?(?:further|forward)\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        3.5,
        r"\b(?:move|moving|moved|proceed|proceeding|go|going|gone|continue|continuing|progress|"
        rf"progressing)\s+(?:forward\s+|ahead\s+|on\s+)?with\s+"
        rf"(?:(?:an)?other|a different|different|the other|"
        rf"(?:a|the|another)\s+(?:\w+\s+)?candidate|{_CANDIDATES}\b|(?:an?\s+)?(?:internal|external|more|"
        rf"stronger|other|selected|successful)\s+)",
        *_REJECT_GUARDS,
    ),
    cue(K.REJECTED, 4, rf"\bpursu(?:e|ing)\s+(?:other|another|different)\s+{_CANDIDATES}", *_REJECT_GUARDS),
    # Non-native phrasing: "we have choosen other candidate for this position".
    cue(
        K.REJECTED,
        4,
        rf"\b(?:selected|chosen|choosen|chose|choosed|hired|decided\s+for|gone\s+with|went\s+with)\s+(?:the\s+)?"
        rf"other\s+(?:{_CANDIDATES}|talent)\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        3.5,
        r"\b(?:decided|chosen|opted|elected|going|need|have)\s+to\s+(?:focus|concentrate|prioriti[sz]e|move\s+ahead|"
        r"advance|progress|invite|shortlist|interview|"
        rf"proceed|continue|go\s+ahead)\s+(?:on|with)?\s*(?:other\s+|the\s+other\s+|a\s+few\s+other\s+)?{_CANDIDATES}\b"
        r"|\b(?:going\s+to|gonna|have\s+to|decided\s+to|we'll|we\s+will|we're|we\s+are|i'm|i\s+am)\s+"
        r"(?:going\s+to\s+|have\s+to\s+)?pass(?:ing)?\s+on\s+(?:this\s+one|your\s+application|your\s+candidacy|you|"
        r"moving\s+forward)\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        4,
        rf"\bfill(?:ed|ing)?\s+(?:the|this|that|our)\s+(?:\w+\s+){{0,2}}?{_POSITION}\s+with\s+(?:a|an|another|"
        r"someone|somebody|the\s+other|other)\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        4,
        r"\b(?:selected|selecting|chosen|chose|choosing|hired|hiring|identified|gone with|went with|"
        rf"going with|appointed|offered the {_POSITION} to|extend(?:ed|ing)? (?:an|the|our) offer to|"
        r"made an offer "
        rf"to|filled the {_POSITION} with)\s+(?:an?other|a different|a more|the other|a stronger|someone|an "
        r"internal|somebody)\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        4,
        rf"\boffer(?:ed|ing)?\s+(?:the|this|that)\s+(?:\w+\s+){{0,3}}?(?:{_POSITION}|shifts?|spot|place)\s+to\s+"
        r"(?:a|an|another|"
        r"someone|somebody|the\s+other|one\s+of|other|a\s+different)\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        4,
        r"\bnot\s+(?:among|one of)\s+(?:those|the)\s+(?:\w+\s+)?(?:selected|chosen|shortlisted|"
        r"invited|progressed)\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        3.5,
        r"\b(?:won't|will not|are not|aren't|not)\s+(?:be\s+|going\s+to\s+|gonna\s+)?(?:moving|move|"
        r"proceeding|proceed|progressing|progress)\s+(?:forward|ahead|further)\b(?!\s+(?:this|next|until|before|"
        r"yet|today|for now|right now|"
        r"with (?:the|our) (?:interview|call|meeting)))",
        *_REJECT_GUARDS,
    ),
    cue(K.REJECTED, 1, r"\bclose the loop\b|\bclosing the loop\b"),
    cue(
        K.REJECTED,
        3.5,
        r"\b(?:is|are|was|were)\s+not\s+(?:quite\s+|exactly\s+)?what\s+we(?:'re|\s+are|\s+were)\s+(?:currently\s+)?"
        r"looking\s+for\b"
        r"|\b(?:do|does|did)\s+not\s+(?:quite\s+|fully\s+)?(?:meet|match|align\s+with)\s+(?:the|our)\s+(?:\w+\s+)?"
        r"(?:requirements|criteria|needs)\b"
        r"|\bclos(?:e|ed|ing)\s+all\s+(?:\w+\s+)?applications\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        3.5,
        rf"\b(?:closed|cancel+ed|withdrawn)\s+(?:the|this|our)\s+(?:[\w-]+\s+){{0,3}}?(?:search|{_POSITION}|"
        r"process|requisition)\b[^.;!?]{0,60}\b(?:won't|will\s+not|not)\s+be\s+(?:scheduling|holding|"
        r"arranging|conducting)\s+(?:any\s+)?(?:further|more)\s+interviews\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.REJECTED,
        4,
        r"\b(?:cannot|can't|unable to|not able to|won't be able to)\s+(?:give|provide|offer|"
        r"send)\s+(?:you\s+)?"
        r"(?:a\s+)?positive\s+(?:answer|response|reply|outcome|decision)\b|\bnegative\s+(?:answer|response|"
        r"decision|outcome)\b|\b(?:unfortunately|regret(?:fully)?|sadly),?\s+(?:we\s+)?(?:have|must|"
        r"need)\s+(?:to\s+)?"
        r"inform\s+you\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        3.5,
        rf"\b(?:other|another)\s+{_CANDIDATES}\b[^.;!?]{{0,80}}?\b(?:better|more\s+closely|more\s+suitable|"
        r"more\s+aligned|closer|stronger)\b|\bfound\s+(?:a|another|other)\s+(?:\w+\s+)?candidates?\s+"
        r"(?:who|whose|that)\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        4,
        r"\b(?:unable|not able|cannot|can't|won't|will not|not)\s+(?:be\s+able\s+)?(?:to\s+)?(?:progress|"
        r"take|consider|"
        r"move)\s+"
        r"(?:it|this|your\s+application|your\s+candidacy|your\s+profile)\s+(?:any\s+)?(?:further|forward)\b"
        r"|\b(?:not|no longer)\s+(?:be\s+)?(?:proceeding|progressing|moving forward)\s+with\s+(?:any|all|"
        r"the)\s+"
        r"(?:\w+\s+)?(?:applications|applicants|candidates)\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        4,
        r"\b(?:put|putting|placed|placing)\s+(?:the|this|our)\s+(?:\w+\s+){0,5}?on\s+hold\s+(?:indefinitely|"
        r"for\s+the\s+foreseeable\s+future)\b|\b(?:status|outcome)\b[^.;!?]{0,60}\b(?:not\s+selected|"
        r"unsuccessful|declined|rejected|not\s+in\s+consideration|no\s+longer\s+(?:under\s+)?consider\w*|"
        r"disqualified|archived)\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        3,
        r"\b(?:selected|chosen|hired|found|appointed)\s+(?:(?:a|the)\s+(?:\w+\s+){0,2}candidate|(?:other\s+)?"
        r"(?:candidates|applicants))\s+(?:who|whose|that|for|with)\b"
        r"|\b(?:won't|will\s+not|not)\s+be\s+(?:moving|going|progressing)\s+(?:on|through|forward)\s+to\s+the\s+next\s+"
        r"(?:round|stage|step)\b"
        r"|\b(?:decided|decision)\s+(?:for|in\s+favou?r\s+of|on)\s+(?:a\s+different|another|an?\s+other|other)\s+"
        r"(?:candidate|applicant|person|profile)s?\b"
        # "the team has settled on someone whose experience sits closer to the brief"
        r"|\b(?:settled|landed)\s+on\s+(?:someone|somebody|(?:another|a\s+different|an?\s+other)\s+"
        r"(?:candidate|applicant|person))\b"
        r"|\bnot\s+the\s+(?:answer|news|outcome|result)\s+(?:that\s+)?you\s+(?:were|had\s+been|'d\s+been)\s+hoping\s+for\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        4,
        r"\b(?:haven't|have not|weren't|were not|has not|hasn't|was not|wasn't|not)\s+(?:been\s+)?"
        r"(?:selected|chosen|shortlisted|short-listed|successful|progressed|invited\s+to\s+(?:an?\s+)?interview)\b",
        # a decision already made: "the panel met this week" is no delay ("not yet selected" never matches)
        "conditional",
        "respond_all",
        "expectation",
    ),
    cue(
        K.REJECTED,
        3.5,
        r"\b(?:regret|sorry|unfortunate|sad|disappointed)\s+to\s+(?:inform|tell|let you know|"
        r"say|share|advise|notify)\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        4,
        r"\b(?:not|no longer)\s+(?:be\s+)?(?:progressing|proceeding|considering|moving forward "
        r"with|taking forward|taking further|pursuing|advancing)\s+(?:with\s+)?(?:your|you)\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        4,
        r"\b(?:did not|didn't|not to|decided not to|will not|won't)\s+select\b|\bnot\s+"
        r"select(?:ed|ing)?\s+(?:your|it)\b|\bdeclin(?:e|ed|ing)\s+(?:your|to (?:move|proceed|progress))\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        4,
        r"\b(?:unable|not able|cannot|can't|won't be able|are not in a position)\s+to\s+(?:offer|"
        rf"extend)\s+(?:you\s+)?(?:a|an|the)\s+(?:\w+\s+){{0,4}}?(?:offer|{_POSITION}|place)\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        3,
        r"\bdeclination\b|\b(?:not|won't|will\s+not|cannot|can't)\s+(?:be )?(?:able to )?(?:offer(?:ing)?|"
        r"invit(?:e|ing)|extend(?:ing)?) you\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        3,
        r"\bnot\s+(?:be\s+)?(?:the\s+|a\s+)?(?:best|right|good|strong|ideal|suitable|close)\s+"
        r"(?:\w+\s+)?(?:match|fit)\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        4,
        rf"\b{_POSITION}s?\b[^.;!?]{{0,60}}?\b(?:has|have|had|was|were|is|are)\s+(?:now\s+|since\s+"
        r"|already\s+|recently\s+|unfortunately\s+)?(?:been\s+)?(?:filled|cancel+ed|closed|withdrawn|"
        r"eliminated|"
        r"frozen|put on hold|placed on hold|on hold|paused indefinitely|no longer (?:available|open|"
        r"needed))\b",
        "conditional",
        "respond_all",
        "expectation",
    ),
    cue(
        K.REJECTED,
        4,
        r"\bfilled internally\b|\b(?:hiring|recruitment) freeze\b|\bfreeze on (?:all )?hiring\b|"
        rf"\bfill(?:ed|ing)\s+(?:the|this|that|our)\s+(?:[\w-]+\s+){{0,3}}?{_POSITION}\s+(?:internally|from\s+"
        r"(?:inside|within))\b|\b(?:won't|will\s+not)\s+be\s+(?:continuing|proceeding)\s+with\s+(?:any\s+)?"
        r"(?:outside|external)\s+(?:candidates|applicants)\b|"
        r"\bfro(?:zen|ze)\s+(?:all\s+)?(?:new\s+)?(?:hires|hiring|recruitment|headcount)\b|"
        rf"\b(?:cancel+(?:ed|ing)?|clos(?:e|ed|ing)|withdr[ae]w\w*)\s+(?:the|this|our)\s+(?:\w+\s+)?"
        rf"(?:{_POSITION}|hiring|recruitment|recruiting)\b(?![^.;!?]{{0,30}}\binterview)"
        # a longer title, never "close the advert for this role": "withdraw the studio assistant vacancy"
        rf"|\b(?:cancel+(?:ed|ing)?|withdr[ae]w\w*)\s+(?:the|this|our)\s+(?:(?!(?:for|of|to|on|at|in|with)\b)"
        rf"[\w-]+\s+){{2,3}}?{_POSITION}\b(?![^.;!?]{{0,30}}\binterview)",
        "conditional",
        "respond_all",
        "expectation",
    ),
    cue(
        K.REJECTED,
        3,
        rf"\bno longer\s+(?:hiring|recruiting|filling|moving forward with (?:the|this) {_POSITION})"
        rf"|\b{_POSITION} (?:is|has been) (?:no longer|not) (?:available|open|being filled)",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        4,
        r"\b(?:rescind\w*|revok\w*|withdr[ae]w\w*|retract\w*|pull\w*)\s+(?:the\s+|our\s+|your\s+|"
        r"this\s+)?(?:\w+\s+)?offer\b|\boffer\b[^.;!?]{0,40}\b(?:has been|was|is being|"
        r"have been)\s+(?:rescinded|"
        r"withdrawn|revoked|retracted|cancel+ed)\b",
        "fine_print",
        "offer_delay",
    ),
    cue(K.REJECTED, 3, r"\b(?:unsuccessful|not successful)\b", *_REJECT_GUARDS),
    cue(
        K.REJECTED,
        4,
        rf"\b(?:we(?:'ve|\s+have)?|they(?:'ve|\s+have)?|the\s+(?:\w+\s+)?team\s+(?:has|have))\s+(?:now\s+|already\s+)?"
        rf"filled\s+(?:the|this|that|our)\s+(?:\w+\s+){{0,3}}?{_POSITION}\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        3.5,
        r"\b(?:don't|do\s+not|doesn't|does\s+not|didn't|did\s+not)\s+(?:feel|think|believe|consider)\s+(?:that\s+)?"
        r"(?:your|you|there)\b[^.;!?]{0,60}?\b(?:right|good|strong|best|close|suitable)\s+(?:enough\s+)?"
        r"(?:fit|match)\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        3.5,
        r"\b(?:your\s+)?application\b(?:\s+for\b[^.;!?]{0,80}?)?\s+(?:was|has been|is)\s+(?:unsuccessful|"
        r"declined|rejected|not successful|not selected|closed)\b"
        r"|\b(?:offered|given|awarded)\s+to\s+(?:and\s+accepted\s+by\s+)?(?:another|a\s+different|an\s+internal|"
        r"an\s+external|other)\s+(?:candidate|applicant|person|colleague)\b"
        r"|\baccepted\s+by\s+(?:another|a\s+different|an\s+internal|other)\s+(?:candidate|applicant|person)\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        3.5,
        r"\b(?:go|going|went|gone|move|moving|moved|head|heading|headed|take|taking|took)\s+(?:in\s+)?(?:a|another)\s+"
        r"different\s+direction\b"
        # "we've decided to go another way on this one": the same decision in fewer words
        r"|\b(?:decided|chose|chosen|opted|elected)\s+to\s+(?:go|head)\s+(?:(?:in\s+)?another|a\s+different)\s+"
        r"(?:way|route)\b(?![^.;!?]{0,40}\b(?:interview|format|schedule|process|timeline|call|meeting|stage)s?\b)",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        3,
        r"\b(?:not|no longer|aren't|are not|won't be)\s+(?:taking|moving)\s+(?:things|this|it|your "
        r"application|your candidacy)\s+(?:any\s+)?further\b"
        # looking back on it: "I'm sorry we couldn't take it further"
        r"|\b(?:couldn't|could\s+not|weren't\s+able\s+to|were\s+not\s+able\s+to)\s+take\s+(?:things|this|it|your\s+"
        r"application|your\s+candidacy)\s+(?:any\s+)?further\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        2.5,
        rf"\b(?:other|another)\s+{_CANDIDATES}\s+(?:who|whose|that)\s+(?:more\s+closely|better|"
        r"were\s+more|was\s+more|are\s+more|is\s+more|had\s+more|have\s+more)",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        2,
        r"\bmore\s+closely\s+(?:match|matches|matched|align|aligns|aligned|fit|fits|meet|meets)\b"
        r"|\bbetter\s+(?:match|matches|fit|fits|suited|aligned)\b",
        *_REJECT_GUARDS,
    ),
    cue(
        K.REJECTED,
        1,
        r"\b(?:keep|retain|hold|keeping)\s+your\s+(?:resume|cv|details|information|application|"
        r"profile)\s+(?:on file|on record|in our (?:database|system|talent (?:pool|network)))",
        "conditional",
    ),
    cue(
        K.REJECTED,
        1,
        r"\bwish(?:ing)?\s+you\s+(?:all\s+the\s+best|the\s+(?:very\s+)?best|every\s+success|"
        r"success|luck|well)\b|\bbest of luck\b|\bgood luck (?:in|with|finding|on)\b|"
        r"\bfuture (?:endeavou?rs|career|job search)\b",
    ),
    cue(
        K.REJECTED,
        1,
        r"\bthis (?:was|wasn't|is) (?:not )?(?:an? )?(?:easy|difficult|hard|tough) decision\b|"
        r"\b(?:difficult|hard|tough) decisions?\b|\bdoes not reflect\b|\bcross paths\b|\bon this occasion\b",
    ),
    cue(K.REJECTED, 2, r"\b(?:rejection|rejected|regret)\b", *_REJECT_GUARDS),
    cue(
        K.REJECTED,
        3,
        r"\b(?:the|this) (?:position|role) (?:might|may|does|did|will) not be (?:the|a) (?:best|"
        r"right|good)\b|\bnot (?:be )?(?:moving|progressing) (?:your|you) (?:forward|further)\b",
        *_REJECT_GUARDS,
    ),
    # --- offer_signed: proof of signature or acceptance ------------------------------------------
    # The object must be the offer or employment contract: accepting an interview invitation or
    # signing an NDA is not a signed offer.
    cue(
        K.OFFER_SIGNED,
        4,
        r"\b(?:all parties|everyone|both parties|all signers|all recipients)\s+(?:have|has)\s+(?:now\s+)?"
        rf"(?:signed|completed)\b(?=[^\n]{{0,160}}\b{_OFFER_WORD})"
        # an HR system's notice: "All signatures on your offer letter for Analyst are now complete."
        rf"|\ball\s+signatures\s+(?:on|for)\s+(?:your|the)\s+(?:\w+\s+){{0,2}}?{_OFFER_WORD}[^.;!?\n]{{0,80}}?"
        r"\b(?:are|have\s+been)\s+(?:now\s+)?(?:complete|completed|collected|received)\b",
        "signed_condition",
        "elsewhere",
        "nda",
    ),
    cue(
        K.OFFER_SIGNED,
        4,
        r"\b(?:now that|since|as)\s+you(?:'ve| have)?\s+(?:officially\s+)?(?:signed|accepted|returned)"
        rf"(?:\s+(?:your|the|our)\s+(?:\w+\s+){{0,2}}?{_OFFER_WORD}|\s*[,.!])"
        r"|\byou(?:'ve| have)\s+(?:officially\s+|now\s+)?(?:signed|accepted|returned)\s+(?:your|the|our)\s+"
        rf"(?:\w+\s+){{0,2}}?{_OFFER_WORD}",
        "signed_condition",
        "elsewhere",
        "nda",
    ),
    cue(
        K.OFFER_SIGNED,
        4,
        r"\bthanks?(?:\s+you)?\s+(?:so\s+much\s+|again\s+)?for\s+(?:signing|returning|accepting|"
        r"sending\s+back|"
        r"countersigning|e-?signing)\s+(?:(?:your|the|our|my)\s+(?:signed\s+)?(?:\w+\s+){0,2}?"
        rf"{_OFFER_WORD}|everything\b|it\s+all\b|all\s+(?:the\s+)?(?:paperwork|forms|documents)\b)"
        r"|\b(?:your|the)\s+offer\b[^.;!?]{0,60}\bhas\s+been\s+(?:accepted|signed)\b"
        r"|\b(?:your|the)\s+signed\s+(?:offer|contract|agreement|paperwork)(?:\s+letter)?\s+(?:has|have)\s+"
        r"(?:come\s+through|arrived|landed|been\s+received)\b",
        "nda",
    ),
    cue(
        K.OFFER_SIGNED,
        4,
        r"\b(?:received|got|have)\s+(?:your|the)\s+(?:signed|countersigned|executed|completed)\s+"
        rf"(?:(?:\w+\s+){{0,2}}?{_OFFER_WORD}|(?:copy|letter|agreement)\b)",
        "signed_condition",
        "elsewhere",
        "nda",
    ),
    cue(
        K.OFFER_SIGNED,
        4,
        r"\b(?:we\s+(?:are\s+)?(?:pleased\s+to\s+|happy\s+to\s+|can\s+)?confirm|confirming|confirmation\s+of|"
        r"we(?:'ve|\s+have)\s+received|this\s+(?:email\s+)?confirms)\s+(?:your|the)\s+acceptance\b"
        r"(?!\s+of\s+(?!(?:our|the|your)\s+(?:\w+\s+){0,2}?offer))"
        r"|\b(?:your\s+)?acceptance\s+(?:of\s+(?:the|our|your)\s+(?:\w+\s+)?offer\s+)?(?:has\s+been|is|was|"
        r"is\s+now)\s+(?:confirmed|received|recorded|complete)\b",
        "signed_condition",
        "elsewhere",
    ),
    cue(
        K.OFFER_SIGNED,
        4,
        r"\b(?:thrilled|delighted|happy|excited|glad|pleased|great to hear|so glad)\s+(?:that\s+)?"
        r"you(?:'ve| have)?\s+(?:officially\s+)?(?:accepted|signed|said yes|decided to join)"
        rf"(?:\s+(?:our|the|your)\s+(?:\w+\s+){{0,2}}?{_OFFER_WORD}|\s*[,.!]|\s+and\b)"
        rf"|\bcongratulations on (?:accepting|signing)\s+(?:our|the|your)\s+(?:\w+\s+){{0,2}}?{_OFFER_WORD}"
        rf"|\bcongratulations on your acceptance\b|\bthank(?:s| you)\s+(?:so much\s+)?for\s+(?:accepting|"
        rf"saying yes to)\s+(?:our|the|my|this)\s+(?:\w+\s+){{0,2}}?{_OFFER_WORD}",
        "signed_condition",
        "elsewhere",
        "nda",
    ),
    cue(
        K.OFFER_SIGNED,
        4,
        rf"\bcompleted:\s*[^\n]{{0,120}}?\b{_OFFER_WORD}|\b{_OFFER_WORD}[^\n]{{0,120}}?\b(?:signed and filed|"
        r"fully executed|has been executed)\b",
        "signed_condition",
        "elsewhere",
        "nda",
    ),
    # E-signature completion notices: "Maya Chen and Sam Rivera have signed "Offer Letter - Sam Rivera"",
    # "You've signed "Acme - Employment Contract"" (the document's title names the offer or contract).
    cue(
        K.OFFER_SIGNED,
        4,
        r"\byou(?:'ve|\s+have)\s+(?:now\s+|successfully\s+|just\s+)?signed\s*(?:the\s+(?:document|file)\s*)?[\"']"
        r"(?=[^\n\"]{0,120}?\b"
        rf"{_OFFER_WORD})"
        # named signers and a document title: "Maya Chen and Sam Rivera have signed Acme - Offer Letter",
        # never "our CEO and I have signed your offer letter" (the candidate still has to sign)
        r"|\b(?-i:[A-Z])[\w.'-]{0,40}\s+and\s+(?!(?:i|we|me)\b)(?:(?-i:[A-Z])[\w.'-]{0,40}\s+){1,3}have\s+"
        r"(?:both\s+|all\s+)?"
        r"signed\s*[\"']?(?-i:[A-Z0-9])"
        rf"(?=[^\n]{{0,160}}\b{_OFFER_WORD})",
        "signed_condition",
        "elsewhere",
        "nda",
    ),
    cue(
        K.OFFER_SIGNED,
        3.5,
        r"\byour\s+signed\s+(?:\w+\s+){0,2}?(?:offer|contract|employment\s+agreement)\b[^.;!?]{0,40}\b(?:has|"
        r"have)\s+been\s+received\b|\bcongrat\w*\s+on\s+officially\s+joining\b|"
        rf"\b{_OFFER_WORD}[^.;!?\n]{{0,80}}?\b(?:has|have|is|are)\s+(?:now\s+)?(?:been\s+)?(?:fully\s+)?(?:signed|"
        r"completed|countersigned|executed)\s+by\s+"
        r"(?:all|everyone|both|you|all parties|each)\b|\bcopy of (?:the|your) (?:fully )?signed\s+"
        rf"(?:\w+\s+){{0,2}}?{_OFFER_WORD}",
        "signed_condition",
        "elsewhere",
        "nda",
    ),
    # Any e-signature tool's completion notice: the document, titled as the offer or contract, is complete
    # ("The document "Offer Letter - Sam Rivera - Analyst" is completed", "Acme - Offer of Employment -
    # Signing complete"). A document sent for signature is never "completed".
    cue(
        K.OFFER_SIGNED,
        4,
        r"\b(?:the\s+)?(?:document|contract|agreement|envelope|file)\s*[\"'][^\"\n]{0,120}?\b"
        rf"{_OFFER_WORD}[^\"\n]{{0,120}}?[\"']\s+(?:(?:sent|created)\s+by\s+[^.;!?\n]{{1,60}}?\s+)?"
        r"(?:is|has\s+been|was)\s+(?:now\s+)?(?:fully\s+)?(?:completed|signed|executed)\b"
        r"(?!\s+(?:and\s+)?(?:sent|delivered)\s+(?:to\s+you\s+)?for\b)"
        rf"|\b{_OFFER_WORD}[^\n]{{0,120}}?(?:[-–:|]|\s-)\s*(?:signing\s+|signature\s+)?(?:complete|completed|"
        r"fully\s+signed|signed\s+by\s+all(?:\s+parties)?)\s*$",
        "signed_condition",
        "elsewhere",
        "nda",
    ),
    # Acceptance referred to as a fact the mail builds on: "Following your acceptance of our offer and the
    # return of your signed contract, ...", "Since your paperwork is signed, we've created your accounts".
    cue(
        K.OFFER_SIGNED,
        4,
        r"\b(?:following|after|since|now\s+that|with|given)\s+(?:your\s+)?(?:acceptance\s+of\s+(?:our|the|your)\s+"
        rf"(?:\w+\s+){{0,2}}?{_OFFER_WORD}|(?:the\s+)?return\s+of\s+(?:your|the)\s+signed\s+(?:\w+\s+){{0,2}}?"
        r"(?:offer|contract|agreement|paperwork|documents?))"
        r"|\b(?:now\s+that|since|as|with)\s+(?:your|the|all\s+(?:your|the))\s+(?:\w+\s+){0,2}?(?:paperwork|contract|"
        r"offer(?:\s+letter)?|agreement|documents)\s+(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:all\s+)?"
        r"(?:signed|countersigned|returned|back\s+with\s+us)\b",
        "signed_condition",
        "elsewhere",
        "nda",
    ),
    # Onboarding after the signature: payroll set-up, accounts and equipment, the first week, the team chat.
    # Logistics only (implicit): an offer still open blocks them, and they need several to decide.
    cue(
        K.OFFER_SIGNED,
        1.5,
        r"\bnew\s+(?:starter|joiner)s?\b(?!\s+(?:scheme|programme|program)\s+(?:applications|vacanc))"
        r"|\b(?:your|the)\s+first\s+week\s+(?:looks\s+like|will\s+be|at|with\s+us|schedule|plan|agenda)\b"
        r"|\b(?:until|before)\s+you\s+(?:join\s+us|start\s+with\s+us|start\s+on)\b|\bahead\s+of\s+(?:your\s+)?day\s+one\b",
        "signed_condition",
        "elsewhere",
        tags=("implicit",),
    ),
    # Each family of logistics counts once: payroll set up in a portal, accounts created, equipment on its
    # way, the induction and the team chat.
    cue(
        K.OFFER_SIGNED,
        1.5,
        r"\b(?:payroll|bank|tax)\s+(?:details|set\s*-?up|information|declaration|forms?)\b(?=[^.;!?]{0,120}\b(?:portal|"
        r"log\s+in|hr\s+system|before\s+you\s+start|first\s+(?:month|pay))\b)"
        r"|\b(?:log\s+in|sign\s+in)\s+to\s+(?:the\s+|our\s+)?(?:new\s+(?:starter|hire|joiner)|onboarding)\s+portal\b",
        "signed_condition",
        "elsewhere",
        tags=("implicit",),
    ),
    cue(
        K.OFFER_SIGNED,
        1.5,
        r"\b(?:created|set\s+up|activated)\s+your\s+(?:\w+\s+)?(?:accounts?|logins?|email\s+address)\b"
        r"|\b(?:your\s+)?(?:laptop|macbook|work\s+phone|equipment)\s+(?:will\s+be\s+|is\s+being\s+)?"
        r"(?:ships?|shipped|couriered|delivered|posted|ready\s+(?:for|on))\b",
        "signed_condition",
        "elsewhere",
        tags=("implicit",),
    ),
    cue(
        K.OFFER_SIGNED,
        1.5,
        r"\b(?:hr|company)\s+induction\b|\byour\s+(?:onboarding\s+)?buddy\b"
        r"|\b(?:add|invite)\s+you\s+to\s+(?:our|the)\s+(?:\w+\s+)?(?:slack|teams|chat)\b|\bslack:\s",
        "signed_condition",
        "elsewhere",
        tags=("implicit",),
    ),
    cue(
        K.OFFER_SIGNED,
        1.5,
        r"\bwelcome\s+(?:you\s+)?(?:to\s+the\s+team|aboard|on\s*board|to\s+the\s+family)\b"
        r"|\bcongrat\w*\s+on\s+(?:joining|your\s+new\s+(?:role|job|position))\b",
        "signed_condition",
        "elsewhere",
        tags=("implicit",),
    ),
    cue(
        K.OFFER_SIGNED,
        2,
        r"\bofficially\s+welcome\b|\bas\s+(?:our|the)\s+new(?:est)?\s+(?:[A-Za-z]+\s+){0,4}"
        r"(?:member|hire|colleague|engineer|developer|manager|analyst|designer|specialist|scientist|teacher|"
        r"officer|coordinator|associate|intern|lead|director|accountant|technician|consultant|assistant|"
        r"representative|administrator|nurse)\b",
        "signed_condition",
        "elsewhere",
        tags=("implicit",),
    ),
    cue(
        K.OFFER_SIGNED,
        2,
        r"\b(?:your|the)\s+first\s+day\s+(?:will\s+be|is|at|with us|on)\b|\bfirst[- ]day\s+"
        r"(?:logistics|schedule|agenda|details|instructions|information)\b|\bon\s+your\s+first\s+day\b",
        "signed_condition",
        "elsewhere",
        tags=("implicit",),
    ),
    cue(
        K.OFFER_SIGNED,
        1,
        r"\b(?:complete|start|begin)\s+(?:your\s+)?onboarding\b|\bonboarding\s+(?:team|"
        r"paperwork|documents|portal|tasks|checklist)\b|\bI-9\b|\bW-4\b|\bdirect deposit\b|\bnew[- ]hire\s+"
        r"(?:paperwork|forms|orientation|portal)\b|\b(?:badge|laptop|equipment|accounts?)\s+(?:setup|set up|"
        r"will be)|\bwhat to bring\b",
        "signed_condition",
        "elsewhere",
        tags=("implicit",),
    ),
    cue(
        K.OFFER_SIGNED,
        3.5,
        r"\byou(?:'ve|\s+have)\s+(?:now\s+)?been\s+(?:officially\s+)?hired\b|\b(?:status|stage)\b[^.;!?]{0,60}\b"
        r"(?:changed|moved|updated)\s+to:?\s*(?:hired|placed)\b",
        "conditional",
        "expectation",
    ),
    # --- offer: an actual offer, verbal or written, contingent ones included -----------------------
    # "the chance to interview", "selected as a finalist", "details of the offer stage" and "successful
    # candidates receive an offer letter" are not offers: the gaps and endings below exclude them.
    cue(
        K.OFFER,
        4.5,
        rf"\b(?:offer|offering)\s+you\s+(?:the|a|an|this|our)?\s*{_ROLE_GAP}(?:position|role|job|post|place|"
        r"employment|opportunity to join|contract)\b|\boffer you employment\b",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        4.5,
        r"\b(?:extend|extending|make|making|present|presenting|send|sending|prepare|preparing|put together|"
        r"(?:pleased|delighted|happy|glad|thrilled)\s+to\s+(?:confirm|share)|"
        r"putting together|draft|drafting|finali[sz]e|finali[sz]ing)\s+(?:you\s+)?(?:a|an|the|this|our|"
        rf"your)\s+(?:\w+\s+){{0,2}}?{_OFFER_END}(?!\s+to\s+(?:another|a different|other|someone))",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        4.5,
        r"\b(?:pleased|delighted|happy|excited|thrilled|glad)\s+to\s+(?:formally\s+|officially\s+)?offer\b"
        r"(?![^.;!?]{0,50}\b(?:interview|chance|opportunity to (?!join)|assessment|call|meeting|"
        r"conversation))",
        *_OFFER_GUARDS,
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        3,
        r"\b(?:offer of employment|employment offer|job offer|formal offer|written offer|verbal offer|"
        r"official offer|conditional offer|contingent offer|offer package|offer details|offer letter|"
        r"letter of (?:appointment|offer)|appointment letter)\b"
        r"(?!\s+(?:stage|process|template|timeline|guide))",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        3,
        r"\b(?:attached|enclosed|find|included|sent you|review|download|access)\b[^.;!?]{0,40}?\b"
        rf"(?:your|the|an|our)\s+(?:\w+\s+){{0,2}}?{_OFFER_END}|\boffer\b[^.;!?]{{0,30}}\b(?:is\s+)?"
        r"(?:attached|enclosed)\b",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        3.5,
        rf"\b(?:details|terms|copy)\s+of\s+(?:your|the|this|our)\s+(?:\w+\s+)?{_OFFER_END}|\b(?:your|this|"
        r"the)\s+offer\s+(?:is|will be|remains)\s+(?:contingent|conditional|subject|valid|open|good)\b|"
        rf"\b(?:updated|revised|amended|new)\s+(?:job\s+|employment\s+)?{_OFFER_END}",
        *_OFFER_GUARDS,
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        3,
        r"\b(?:review|accept|sign|consider|countersign|e-?sign|respond to|decision on)\s+(?:and\s+"
        r"(?:sign|accept|return)\s+)?(?:the|your|this|our)\s+(?:\w+\s+){0,2}?(?:offer\b(?!s)(?!\s+(?:stage|"
        r"process|timeline))|contract|employment agreement)\b"
        r"|\bawaiting your (?:signature|acceptance|decision)\b|\bplease docusign\b[^\n]{0,80}?\boffer\b",
        "offer_negated",
        "offer_withdrawn",
        "commerce",
        "generic_offer",
        "nda",
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        4,
        r"\b(?:you\s+have\s+been|you've\s+been|you\s+were|you\s+are|you're)\s+(?:officially\s+)?"
        r"(?:selected|chosen|the successful candidate)\s+(?:as|for)\s+(?:the|our|this|a|an)\s+"
        rf"{_ROLE_GAP}(?:position|role|job|post|vacancy)\b(?![^.;!?]{{0,40}}\b(?:round|stage|interview|step|"
        r"phase|assessment|shortlist))|\b(?:you\s+are|you're)\s+the\s+successful\s+candidate\b",
        "conditional",
        "expectation",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        1.5,
        r"\b(?:base\s+|annual\s+|starting\s+|basic\s+|gross\s+)?(?:salary|compensation|pay)\s*(?:of|will\s+be|"
        r"is|:)\s*(?:£|\$|€|usd|eur|gbp)\s?\d|\bwe\s+can\s+(?:do|offer|pay)\s+(?:£|\$|€)\s?\d",
        "conditional",
        "commerce",
    ),
    cue(
        K.OFFER,
        4,
        r"\b(?:love|like|want|delighted|pleased|happy|excited|thrilled|glad)\s+(?:for\s+)?(?:you\s+to\s+join|to\s+"
        r"have\s+you\s+(?:join|as|on))\b[^.;!?]{0,120}?(?:£|\$|€|₹|\b(?:usd|eur|gbp|inr|ctc)\b)\s?\d"
        r"|\byou(?:'ve|\s+have)\s+got\s+the\s+(?:job|role|position)\b"
        r"|\b(?:the\s+)?(?:job|role|position|post)(?:'s|\s+is)\s+yours\b"
        r"|^\s*(?:(?:your|the|our|my)\s+)?offer\s*(?::|-|–|is)\s*(?:£|\$|€|₹|usd|eur|gbp|inr)\s?\d",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(
        K.OFFER,
        3.5,
        r"\bsent\s+you\b[^\n]{0,100}?\b(?:offer|employment\s+(?:agreement|contract)|contract\s+of\s+"
        r"employment)\b[^\n]{0,100}?\bfor\s+(?:your\s+)?(?:e-?)?signature\b"
        r"|\b(?:review\s+and\s+(?:complete|sign)|complete|sign)\s+(?:the\s+|your\s+)?(?:employment\s+"
        r"(?:agreement|contract)|offer\s+letter|contract\s+of\s+employment)\b"
        r"|\brequested\s+your\s+(?:e-?)?signature\s+on\b[^\n]{0,80}?\boffer"
        # passive: "your employment contract has been sent to you for signature"
        r"|\b(?:offer|contract|employment\s+agreement)\b[^.;!?]{0,60}?\b(?:has\s+been|was|is\s+being)\s+sent\s+"
        r"(?:to\s+you\s+)?for\s+(?:your\s+)?(?:e-?)?signature\b",
        "offer_negated",
        "offer_withdrawn",
        "nda",
        "conditional",
        tags=("extends_offer",),
    ),
    # Joining terms with the pay on a line of its own: "We'd like you to join us as Lead Designer! Salary:
    # £68,000" (the salary cue adds the rest; warmth alone stays below an offer).
    cue(
        K.OFFER,
        2.5,
        r"\b(?:would|'d)\s+(?:like|love)\s+(?:for\s+)?you\s+to\s+join\s+(?:(?:us|the\s+team|our\s+team)\s+as\b|"
        r"(?:[\w&.'-]+\s+){1,3}?as\s+(?:our|a|an|the)\b)"
        r"|\b(?:would|'d)\s+(?:like|love)\s+to\s+welcome\s+you\s+as\s+(?:our|a)\s+new\b",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    cue(K.OFFER, 1, r"\boffer\b", *_OFFER_GUARDS, "conditional"),
    # a verbal offer put in writing: "we'd love you to join us as X, and we're offering £48,000"
    cue(
        K.OFFER,
        4.5,
        r"\b(?:love|like|want)\s+you\s+to\s+join\b[^.!?]{0,80}?\b(?:we(?:'re|\s+are)|i(?:'m|\s+am))\s+offering\s+"
        r"(?:you\s+)?[£$€]\s?\d"
        r"|\b(?:we(?:'re|\s+are)|i(?:'m|\s+am))\s+(?:pleased\s+to\s+be\s+|happy\s+to\s+be\s+)?offering\s+you\s+"
        r"(?:a\s+(?:starting\s+|base\s+)?salary\s+of\s+)?[£$€]\s?\d",
        *_OFFER_GUARDS,
        "conditional",
        tags=("extends_offer",),
    ),
    # --- references_requested --------------------------------------------------------------------
    cue(
        K.REFERENCES_REQUESTED,
        3.5,
        r"\b(?:obtain|take\s+up|seek|follow\s+up(?:\s+on)?)\s+(?:your\s+)?references\b"
        r"|\bcontact\s+(?:the|your)\s+referees\b",
        "conditional",
        "expectation",
        "reference_noise",
    ),
    cue(
        K.REFERENCES_REQUESTED,
        3.5,
        r"\b(?:people|someone|person)\s+(?:we|i)\s+(?:could|can|might)\s+(?:chat|speak|talk)\s+(?:to|with)\s+about\s+"
        r"(?:your|you)\b|\bsomeone\s+who\s+(?:has\s+)?(?:managed|supervised)\s+you\b"
        r"|\b(?:number|contact\s+details?|email\s+address|details)\s+(?:for|of)\s+(?:your|a)\s+(?:last|previous|"
        r"former|current|old|recent)\s+(?:boss|manager|supervisor|employer)\b"
        r"|\bput\s+(?:us|me)\s+in\s+touch\s+with\s+(?:your|a|one\s+of\s+your)\s+(?:[\w-]+\s+){0,3}?(?:manager|"
        r"supervisor|employer|boss)s?\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.REFERENCES_REQUESTED,
        3.5,
        r"\b(?:contact|speak\s+(?:to|with)|hear\s+from|talk\s+to|names?\s+of)\s+(?:two|three|2|3|a\s+few|a\s+couple"
        r"\s+of|some)\s+(?:of\s+your\s+)?(?:former|previous|past|current|recent)?\s*(?:supervisors?|managers?|line\s+"
        r"managers?|employers?|colleagues|people\s+who\s+(?:have\s+)?(?:managed|supervised|worked))\b",
        "conditional",
        "expectation",
        "reference_noise",
    ),
    cue(
        K.REFERENCES_REQUESTED,
        3.5,
        r"\b(?:provide|send|share|submit|forward|supply|list|give|email|nominate|"
        r"add|enter)\s+(?:me\s+|us\s+)?(?:with\s+)?(?:the\s+)?(?:names?\s+(?:and\s+)?)?(?:contact\s+(?:detai"
        r"ls|"
        r"information|info)\s+(?:of|for)\s+)?(?:\w+\s+){0,3}(?:references|referees|refs|reference contacts|"
        r"reference "
        r"details|referee details)\b"
        r"|\b(?:provide|send|share|submit|forward|supply|give|email|nominate|pass)\b[^.;!?]{0,60}?\b(?:contact\s+"
        r"(?:details|information|info)|names?|details)\s+(?:of|for)\s+(?:your\s+)?(?:\w+\s+){0,2}(?:referees|"
        r"references|professional\s+references|former\s+(?:managers|supervisors)|recent\s+managers|"
        r"previous\s+(?:managers|supervisors))\b"
        r"|\bcontact\s+details\s+for\s+(?:two|three|2|3)\s+(?:\w+\s+)?(?:managers|supervisors|referees|"
        r"references)\b"
        r"|\b(?:details|names|contact\s+information)\s+(?:of|for)\s+(?:your\s+)?(?:\w+\s+){0,3}(?:referees|"
        r"references)\b"
        r"|\b(?:people|person|someone|managers?|colleagues?)\s+(?:for\s+us\s+|we\s+(?:could|can|might)\s+)?(?:to\s+)?"
        r"(?:speak|talk)\s+(?:with|to)\s+about\s+(?:your|you)\b",
        "conditional",
        "contingency",
        "reference_noise",
    ),
    cue(
        K.REFERENCES_REQUESTED,
        3,
        r"\breference\s+checks?\b|\breferee\s+(?:details|checks?|reports?|forms?|"
        r"contacts?)\b|\bcheck(?:ing)?\s+(?:your\s+)?references\b|\b(?:contact|speak\s+(?:with|to)|"
        r"talk\s+(?:with|to)|"
        r"reach\s+out\s+to|hear\s+from)\s+your\s+(?:\w+\s+)?(?:references|referees)\b",
        "conditional",
        "contingency",
        "reference_noise",
    ),
    cue(
        K.REFERENCES_REQUESTED,
        3,
        r"\bbackground\s+(?:check|screening|verification|investigation)s?\b|"
        r"\b(?:pre-employment|employment)\s+(?:screening|verification)\b|\bcriminal (?:record|"
        r"history) check\b|"
        r"\bcheckr\b|\bhireright\b|\bsterling\b|\bfirst advantage\b|\bgoodhire\b|\bcertn\b",
        "conditional",
        "contingency",
    ),
    cue(
        K.REFERENCES_REQUESTED,
        2,
        r"\b(?:consent|authori[sz]ation|disclosure)\s+(?:form|document)s?\b",
        "conditional",
        "contingency",
    ),
    cue(
        K.REFERENCES_REQUESTED,
        1.5,
        r"\breferences\b|\breferees?\b",
        "conditional",
        "contingency",
        "reference_noise",
    ),
    # --- assessment --------------------------------------------------------------------------------
    cue(
        K.ASSESSMENT,
        3.5,
        r"\b(?:hackerrank|codility|testgorilla|codesignal|coderbyte|hirevue|devskiller|"
        r"qualified\.io|mettl|pymetrics|criteria corp|harver|vervoe|alooba|canditech|testdome|imocha|"
        r"interviewing\.io|codeinterview|coderpad|karat|shl|thomas international|saville|talent ?q)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.ASSESSMENT,
        3.5,
        r"\b(?:coding|programming|technical|online|skills?|aptitude|cognitive|personality|"
        r"psychometric|numerical|verbal|logical|situational judge?ment|written|language|typing|"
        r"pre-employment|writing|design|analysis|data|excel|sql|presentation)\s+"
        r"(?:reasoning\s+)?(?:challenge|test|exercise|assessment|task|quiz|exam|questionnaire|"
        r"evaluation)s?\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.ASSESSMENT,
        3.5,
        r"\btake[- ]home\b|\bcase study\b|\b(?:written|business)\s+case\b|\bwork sample\b|"
        r"\bhome assignment\b|\b(?:paid\s+)?work\s+trial\b|"
        r"\btrial\s+(?:shift|day)s?\b|\bpractical "
        r"(?:task|exercise|assignment)\b|\bone-way video\b|\bvideo assessment\b|\bpre-assessment\b"
        r"|\b(?:online|psychometric|gamified|game-based|cognitive|neuroscience)\s+games?\b|\bgame-based\s+"
        r"assessment\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.ASSESSMENT,
        3.5,
        r"\b(?:complete|completing|take|taking|attempt|finish|submit|start|do|doing|undertake|sit|work\s+on)\s+"
        r"(?:a|an|the|this|"
        r"our|your|some|these)\s+(?:\w+\s+){0,3}?(?:assessment|test|exercise|challenge|assignment|task|"
        r"questionnaire|case study|quiz|exam)s?\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.ASSESSMENT,
        2.5,
        r"\bsubmit\s+(?:your\s+)?(?:completed\s+|finished\s+)?(?:assignment|solution|"
        r"exercise|test|answers|work|project|code)\b|\bassignment invitation\b|\bassessment invitation\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.ASSESSMENT,
        1.5,
        r"\bassessments?\b(?!\s+(?:of|on)\s+your\s+(?:application|profile|cv|resume))|"
        r"\bassignment\b|\bexercises?\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.ASSESSMENT,
        3.5,
        r"\b(?:(?:ask|asking|require|requiring)\s+(?:all\s+)?(?:[\w-]+\s+)?(?:candidates|applicants|you)|"
        r"(?:candidates|applicants|you)\s+(?:are|will\s+be)\s+(?:asked|required))\s+to\s+"
        r"(?:edit|complete|do|sit|take|write|prepare|produce|translate|draft|design|build|solve)\s+(?:a|an|the|our|"
        r"some)\s+(?:[\w-]+\s+){0,3}?(?:test|exercise|task|chapter|piece|sample|challenge|case\s+study|"
        r"assignment|brief|problem|presentation|teaching\s+session|lesson)s?\b",
        "conditional",
        "expectation",
    ),
    # A stage of the process that is work to hand in: "stage 2 of the process is a written case", "the next
    # step in its hiring process: an online coding test", "send us a short deck by 9am on Tuesday".
    cue(
        K.ASSESSMENT,
        3.5,
        r"\b(?:next|second|third|final|following)\s+(?:step|stage|round)(?:\s+(?:of|in)\s+(?:our|the|its|their|your)\s+"
        r"(?:\w+\s+)?process)?\s*(?:is|will\s+be|would\s+be|:|,|-)\s*(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:test|exercise|"
        r"assessment|case|task|assignment|challenge|questionnaire)\b"
        r"|\bstage\s+(?:\d|two|three)\s+(?:of\s+(?:the|our)\s+process\s+)?(?:is|will\s+be|:)\s+(?:a|an)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:test|exercise|assessment|case|task|assignment|challenge|games?|questionnaire)\b"
        r"|\b(?:send|email|submit)\s+(?:us|me)\s+(?:a|an|your)\s+(?:short\s+|brief\s+)?(?:deck|slides|write-?up|"
        r"presentation|memo|solution)\b(?=[^.;!?]{0,80}\bby\b)",
        "conditional",
        "expectation",
    ),
    # Nobody on the other side: "a one-way video interview", "an async technical screen".
    cue(
        K.ASSESSMENT,
        3.5,
        r"\b(?:async(?:hronous)?|one-way|on-demand|self-paced|pre-recorded)\s+(?:[\w-]+\s+){0,2}?(?:screen|"
        r"interview|video|test|exercise|assessment|challenge)\b",
        "conditional",
        "expectation",
    ),
    # --- interview_scheduled ---------------------------------------------------------------------
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\binvit(?:e|es|ed|ing|ation)\s+(?:you\s+)?(?:to|for)\s+(?!(?:complete|take|record|submit|do|finish|attempt)\b)"
        r"(?:a|an|the|your|our)?\s*(?:[\w-]+,?\s+){0,5}?(?:interview|phone screen|screening call|phone call|"
        r"video call|call|chat|"
        r"conversation with|meeting with|onsite|on-site|assessment day|assessment centre|"
        r"assessment center)\b",
        "conditional",
        "expectation",
    ),
    # A booking tool's confirmation: "A new event has been scheduled. Event Type: Intro call with Acme".
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\bevent\s+(?:type|name)\s*:\s*[^\n]{0,80}?\b(?:interview|intro(?:ductory)?\s+call|screen(?:ing)?"
        r"(?:\s+call)?|phone\s+call|video\s+call|(?:recruiter|hiring\s+manager)\s+(?:call|chat))\b",
        "conditional",
        "expectation",
    ),
    # "the interview will take place on Thursday 5 June": singular, an appointment
    cue(
        K.INTERVIEW_SCHEDULED,
        3,
        r"\b(?:interview|onsite|on-site|phone\s+screen)\b(?!s)[^.;!?]{0,60}\b(?:will\s+take\s+place|will\s+be\s+"
        r"held|takes\s+place|is\s+(?:now\s+)?(?:booked|scheduled|confirmed|set)\s+for|will\s+start|has\s+been\s+"
        r"(?:moved|rescheduled|changed|brought\s+forward|pushed)\s+to)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\b(?:like|love|want)\s+you\s+to\s+(?:attend|join\s+us\s+for|come\s+(?:in\s+)?for)\s+(?:a|an|the|our)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:interview|assessment\s+(?:centre|center|day)|meeting)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\b(?:booked|scheduled|pencil+ed|put)\s+you\s+in\s+(?:with|for)\b"
        r"|\bfancy\s+a\s+(?:[\w-]+\s+){0,3}?(?:call|chat|interview)\b"
        r"|\b(?:hosting|welcoming|seeing|meeting)\s+you\b[^.;!?]{0,60}\bfor\s+(?:your|the|an?)\s+(?:onsite|on-site|"
        r"interview|panel|final\s+round)\b"
        r"|\b(?:would|'d|will)\s+be\s+(?:pleased|happy|delighted|glad)\s+to\s+(?:meet|see|speak\s+(?:to|with))\s+"
        r"you\s+(?:on|at|this|next)\b",
        "conditional",
        "expectation",
    ),
    # Singular on purpose: "schedule your interview" is an event; "we schedule interviews in May" is
    # boilerplate.
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\b(?:schedule|arrange|set\s+up|setup|book|organi[sz]e|coordinate|find)\s+"
        r"(?:(?:a|an|your|the|our|some)\s+[^.;!?]{0,50}?)?\b(?:interview|phone\s+screen|screen|screening|"
        r"call|chat|"
        r"conversation|meeting|time\s+(?:for\s+us\s+)?to\s+(?:meet|talk|chat|speak|connect))\b(?!s)",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        4,
        r"\b(?:confirm|confirms|confirming|confirmation of|confirmed|remind(?:er)?(?: you)?"
        r"(?: of| about)?|reminder for)\s+(?:and\s+confirm\s+)?(?:your|the|our|this|"
        r"an?)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:interview|phone screen|call|meeting)\b|\binterview\s+(?:is\s+|has been\s+)?(?:scheduled|"
        r"confirmed|"
        r"booked|set)\b|\binterview (?:confirmation|schedule|details|invitation|invite|request)\b|"
        r"\binvitation to "
        r"(?:an?\s+)?interview\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3,
        r"\b(?:free|available)\s+(?:for|to\s+do)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:call|chat|interview|"
        r"conversation|phone\s+screen)\b|"
        r"\b(?:are|would|will)\s+you\s+(?:be\s+)?(?:available|free)\b|\bwhen\s+(?:are|"
        r"would)\s+you\s+(?:be\s+)?(?:available|free)\b|"
        # "your availability and preferred location": a screening form's questions, not a meeting
        r"\byour\s+availability\b(?!\s+(?:and|&)\s+(?:preferred|desired|expected|salary|location|notice))|"
        r"\bavailable\s+time\s*slots?\b|"
        r"\b(?:grab|pick|choose|select|book|reserve)\s+(?:a|your|an|whichever|any|one)\s+(?:\w+\s+)?(?:times?|"
        r"slots?)\b|\bslot\s+(?:that\s+)?suits\s+you\b|\b(?:share|send\s+(?:us|me))\s+your\s+availability\b|"
        r"\bcalendly\.com\b|\bcalendly\.\w+/|\b(?:goodtime|modernloop|cal|savvycal|youcanbook)\.\w+/|"
        r"\bscheduling link\b|\bgoodtime\.io\b|\bsend (?:me|us) (?:a few|some) times\b|\bwhat times work\b|"
        r"\b(?:a\s+)?times?\s+(?:that\s+)?(?:suits|suit|works|work)\s+(?:for\s+)?you\b|\bwhen\s+suits\s+you\b|"
        r"\bwhat\s+does\s+your\s+(?:schedule|calendar|availability|week|diary)\s+look\s+like\b|"
        r"\b(?:would|'d)\s+(?:love|like)\s+to\s+(?:hop|jump|get)\s+on\s+a\s+(?:quick\s+|short\s+)?(?:call|zoom|"
        r"video\s+call|phone\s+call)\b|"
        r"\b(?:like|love|want)\s+to\s+have\s+an?\s+(?:[\w-]+\s+){0,2}?(?:chat|call|conversation)\b|"
        # a slot proposed or already pencilled in: "could we instead do Thursday at 2pm?", "I've put us down
        # for Friday at 3pm"
        r"\b(?:could|can|shall)\s+we\s+(?:instead\s+)?(?:do|make\s+it|meet\s+(?:on|at))\s+(?:(?:on|at)\s+)?"
        r"(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|\d)|"
        r"\b(?:put|pencil+ed|booked)\s+(?:us|you|it)\s+(?:down\s+|in\s+)for\s+(?:this\s+|next\s+)?"
        r"(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|\d)|"
        r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm) it is\b|"
        r"\bsee\s+you\s+(?:then|there|on\s+(?:mon|tue|wed|thu|fri)\w*|"
        r"at\s+the\s+(?:office|studio|interview)|next\s+(?:week|mon|tue|wed|thu|fri)\w*)\b|"
        r"\b(?:can|could)\s+you\s+(?:do|make|join)\b|\bwould\b[^.;!?]{0,40}\bwork\s+(?:for\s+you|instead)\b|"
        r"\bdoes\b[^.;!?]{0,40}\bwork\s+for\s+you\b",
        "conditional",
        "expectation",
        tags=("needs_context",),
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3,
        r"\b(?:send|sent|sending|receive|forward)\s+(?:you\s+)?(?:a|an|the)\s+(?:calendar|"
        r"meeting|teams|zoom|google)\s+(?:invite|invitation)\b|\bcalendar\s+(?:invite|invitation)\s+(?:for|"
        r"to)\b",
        "conditional",
        "expectation",
        tags=("needs_context",),
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\breschedul\w*\s+(?:our|your|the|this|my)\s+(?:[\w-]+\s+){0,2}?(?:interview|"
        r"call|meeting|chat|conversation)\b|\b(?:interview|call|meeting)\b[^.;!?]{0,40}\bresched\w*"
        r"|\b(?:would|'d)\s+like\s+(?:you|to\s+have\s+you|to\s+see\s+you)\s+back\s+(?:for|in)\b"
        r"|\b(?:come|pop|drop|stop)\s+(?:in|by|over)\s+for\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:chat|interview|"
        r"conversation|meeting|coffee)\b"
        r"|\b(?:move|moving|shift|push|bring)\s+(?:our|your|the|this|my)\s+(?:[\w-]+\s+){0,2}?(?:interview|call|"
        r"meeting|chat|conversation)\s+(?:from|to|back|forward|up)\b"
        # "we need to move your interview for the Account Manager role": a booked interview being changed
        r"|\b(?:need|have|had|want)\s+to\s+(?:move|change|shift|rearrange)\s+(?:our|your|the|this|my)\s+"
        r"(?:[\w-]+\s+){0,2}?interview\b",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3,
        r"\b(?:would|'d)\s+(?:like|love)\s+to\s+(?:meet|speak|talk|chat|connect)\s+"
        r"(?:with\s+)?you\b|\b(?:wants?|would like|'d like)\s+to\s+interview\s+you\b|\b(?:like|love)\s+to\s+"
        r"(?:invite|have)\s+you\s+(?:in|back|for|to)\b(?![^.;!?]{0,40}\b(?:case\s+study|assessment|test|"
        r"exercise|challenge|assignment|task)s?\b)"
        r"|\b(?:would|'d)\s+(?:love|like)\s+to\s+(?:chat|talk|meet|speak|connect)\s+(?:about|regarding|"
        r"on|this|next|tomorrow|today)\b"
        r"|\b(?:are\s+you\s+)?(?:free|available)\s+(?:tomorrow|today|this\s+(?:week|afternoon|morning)|next\s+week|"
        r"on\s+(?:mon|tue|wed|thu|fri)|(?:mon|tue|wed|thu|fri)\w*\s+(?:at|after|before|morning|afternoon))\b",
        "conditional",
        "expectation",
        tags=("needs_context",),
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3.5,
        r"\bnext\s+(?:step|stage|round)\s*(?:is|will be|would be|:|,|-)\s*(?:a|an)\s+(?:[\w-]+"
        r"\s+){0,3}?(?:interview|call|conversation|screen|chat|meeting|onsite|loop)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        1.5,
        r"\b(?:phone|video|technical|onsite|on-site|in-person|panel|final|first[- ]round|"
        r"second[- ]round|hiring manager|behavioral|behavioural|virtual|face-to-face|teams|"
        r"zoom)\s+(?:interview|"
        r"screen|call|chat)s?\b|\binterview(?:er|ers)?\s*:",
        "conditional",
        "expectation",
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        1,
        # spaces within the line only: "\s*" on both sides of the bullet re-split every blank run
        r"(?m)^[^\S\n]*+[-•*]?[^\S\n]*+(?:date|time|date\s*(?:&|and)\s*time|when|where|location|venue|"
        r"format|duration|interviewers?|meeting link|dial-in|address)\s*[:\-–]",
        tags=("needs_context",),
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        1.5,
        r"\b(?:zoom\.us/j|meet\.google\.com|teams\.microsoft\.com|webex\.com|whereby\.com|"
        r"join (?:the |our )?(?:video )?(?:call|meeting))\b",
        tags=("needs_context",),
    ),
    cue(
        K.INTERVIEW_SCHEDULED,
        3,
        r"\byour\s+(?:[\w-]+\s+){0,2}?interview\s+(?:is\s+|will\s+be\s+)?(?:(?:scheduled\s+)?(?:on|at|for)\s+"
        r"(?:mon|tue|wed|thu|fri|sat|sun|\d|the\s+\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
        r"tomorrow|"
        r"today|this\s+(?:morning|afternoon|evening))",
        "conditional",
        "expectation",
    ),
    # A calendar invitation's own subject: "Invitation: Second interview - Acme @ Tue 14 Apr 2026 16:00"
    cue(
        K.INTERVIEW_SCHEDULED,
        4,
        r"^\s*(?:updated\s+)?invitation\s*:\s*[^@\n]{0,100}?\binterview\w*\b[^@\n]{0,100}?\s@\s+"
        r"(?:mon|tue|wed|thu|fri|sat|sun|\d)",
    ),
    cue(K.INTERVIEW_SCHEDULED, 1, r"\binterview\b", "conditional", "expectation"),
    # --- status_update: still in process ---------------------------------------------------------
    # "thank you for completing the online assessments": a stage done, the result still to come
    cue(
        K.STATUS_UPDATE,
        2.5,
        r"\bthanks?(?:\s+you)?\s+(?:so\s+much\s+)?for\s+(?:completing|taking|sitting|submitting)\s+(?:the|our|your|"
        r"both)\s+(?:[\w-]+\s+){0,2}?(?:assessments?|tests?|exercises?|tasks?|challenges?|case\s+stud(?:y|ies)|"
        r"assignments?)\b",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\b(?:still|remain|remains|continue to be|are)\s+(?:under|in|being)\s+(?:active\s+)?"
        r"(?:consideration|considered|review|the running|the process|contention)\b"
        # Indian English after an interview: "your profile is presently under consideration with the panel"
        r"|\b(?:is|are)\s+(?:presently|currently|now)\s+under\s+(?:active\s+)?consideration\b|"
        r"\bremain(?:s)?\s+(?:a\s+)?"
        r"(?:strong|top|leading|serious|viable)\s+(?:candidate|contender)\b|\b(?:you're|"
        r"you are)\s+(?:being\s+"
        r"considered|still\s+(?:a\s+)?(?:candidate|in the running|being considered))\b",
        "conditional",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\b(?:delay|delays|delayed)\s+(?:in|to|with)\s+(?:our|the|your)\b|\btaking\s+(?:a\s+"
        r"(?:bit|little)\s+)?longer\s+than\b|\blonger\s+than\s+(?:we\s+)?(?:initially\s+|originally\s+)?"
        r"(?:anticipated|expected|planned|hoped)\b|\b(?:regret|apologi[sz]e(?:s)?\s+for|sorry\s+for)\s+the\s+"
        r"(?:delay|wait)\b|\bthank\s+you\s+for\s+your\s+(?:continued\s+)?patience\b|"
        r"\bnotification of delay\b",
    ),
    cue(
        K.STATUS_UPDATE,
        2.5,
        r"\b(?:still|currently|actively)\s+(?:reviewing|interviewing|considering|evaluating|"
        r"assessing|meeting|finishing|finali[sz]ing|wrapping up|completing)\b|\binterviewing\s+(?:additional|"
        r"other|more)\s+(?:candidates|prospects|applicants|"
        r"people)\b|\bin the process of (?:reviewing|interviewing)\b|"
        r"\bhaven't\s+(?:yet\s+)?made\s+a\s+decision\b|"
        r"\bno\s+decision\s+(?:has\s+been|yet)\b",
        "conditional",
    ),
    cue(
        K.STATUS_UPDATE,
        2,
        r"\b(?:reach|make|made|expect)\s+(?:a|our|the)\s+(?:final\s+)?decision\s+by\b|\bdecide\s+"
        r"by\b|\b(?:update|get back to|hear from)\s+(?:you|us)\s+(?:by|within|no later)\b",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\b(?:been\s+|was\s+|were\s+|are\s+)?(?:shortlisted|short[- ]listed)\b|\bfinalists?\b|"
        r"\bpositively\s+reviewed\b|\b(?:caught|grabbed)\s+our\s+attention\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\b(?:selected|chosen|invited|advanced|advancing|move|moved|moving|progressed|"
        r"progressing|proceed(?:ed|ing)?|through|forward)\s+(?:you\s+)?(?:to|for|into|onto)\s+the\s+(?:next|"
        r"final|"
        r"second|third|following)\s+(?:round|stage|step|phase)\b|\bcongratulations on (?:moving|advancing|"
        r"progressing|making it)\b|\b(?:move|moving|advance|advancing)\s+(?:you\s+)?forward\s+in\s+(?:the|"
        r"our)\s+"
        r"(?:process|interview process|hiring process)\b",
        "conditional",
        "expectation",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\b(?:are|is)\s+you\s+still\s+interested\b|\bstill\s+interested\s+in\s+(?:the|this|"
        r"our)\b|\bconfirm\s+(?:your\s+)?(?:continued\s+)?interest\b",
    ),
    cue(
        K.STATUS_UPDATE,
        3,
        r"\b(?:won't|will not|not)\s+be\s+(?:moving\s+forward|making\s+(?:a|any)\s+decisions?|"
        r"able\s+to\s+(?:decide|update\s+you))\s+(?:this|next|until|before|yet)\b",
    ),
    cue(
        K.STATUS_UPDATE,
        1.5,
        r"\b(?:look|looking)\s+forward\s+to\s+working\s+with\s+you\b|\b(?:salary|"
        r"compensation)\s+expectations?\b|\byour\s+desk\b|\bstart\s+dates?\b|\bnotice\s+period\b|"
        r"\bwe\s+(?:were\s+)?"
        r"(?:really\s+)?impressed\b|\bgreat\s+(?:time|conversation|chatting|meeting)\b|\b(?:great|lovely|nice|"
        r"wonderful)\s+(?:to\s+meet|meeting)\s+you\b|\bpossibility\s+of\s+you\s+joining\b",
    ),
    cue(
        K.STATUS_UPDATE,
        2.5,
        r"\b(?:discuss(?:ing)?|review(?:ing)?|debrief(?:ing)?|deliberat\w+)\s+(?:this\s+|it\s+|things\s+)?"
        r"internally\b|\binternal\s+(?:discussions?|debrief|review)\b|\bcompar(?:e|ing)\s+notes\b",
    ),
    cue(
        K.STATUS_UPDATE,
        1.5,
        r"\b(?:update|status)\s+(?:on|of|regarding)\s+(?:your|the)\s+(?:application|"
        r"candidacy|process|search)\b|\bhiring\s+update\b|\bnext\s+steps?\b",
    ),
    cue(
        K.STATUS_UPDATE,
        2,
        r"\byour\s+application\s+(?:is|has been|remains)\s+(?:currently\s+)?(?:being\s+reviewed|"
        r"under\s+review|in\s+review|with\s+the\s+hiring|forwarded|passed|shared)\b|"
        r"\bstatus\s+(?:has\s+)?changed\b",
    ),
    # No decision yet, and when it will come: "we'll have an answer on the onsite for you by Friday", "the
    # panel is now deliberating", "we've completed all final interviews".
    cue(
        K.STATUS_UPDATE,
        2.5,
        r"\b(?:we(?:'ll|\s+will)|i(?:'ll|\s+will))\s+(?:have|get|send|give)\s+(?:you\s+)?(?:an?\s+|the\s+|our\s+)?"
        r"(?:final\s+)?(?:answer|decision|verdict|outcome)\b[^.;!?]{0,60}?\bby\b"
        r"|\b(?:let\s+you\s+know|tell\s+you|inform\s+you\s+of|share)\s+(?:the|our)\s+(?:final\s+)?(?:decision|outcome)\s+"
        r"(?:by|within|early|later|next|on)\b"
        r"|\b(?:panel|team|committee|board|we)\s+(?:is|are|'re)\s+(?:now\s+|still\s+)?deliberating\b"
        r"|\b(?:completed|finished|wrapped\s+up)\s+(?:all\s+)?(?:the\s+|our\s+)?"
        r"(?:final\s+|first[- ]round\s+|remaining\s+)?interviews\b"
        r"|\b(?:syncing|catching\s+up|conferring)\s+with\s+(?:the|his|her|their|our)\s+(?:\w+\s+)?team\b",
        "conditional",
    ),
    # --- application_received --------------------------------------------------------------------
    # an agency sending the candidate's CV to its client: applied, through the agency
    cue(
        K.APPLICATION_RECEIVED,
        3,
        r"\b(?:put|sent|forwarded|submitted|passed|introduced)\s+(?:your\s+(?:cv|resume|profile|application|details)|"
        r"you)\s+(?:forward\s+|across\s+|over\s+|through\s+)?(?:to|with)\s+(?:my|our|the)\s+client\b",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        3.5,
        r"\b(?:we(?:'ve| have)?|has been|have been|was|is)\s+(?:successfully\s+)?"
        r"received\s+(?:your|the)\s+(?:\w+\s+){0,2}application\b|"
        r"\breceived\s+your\s+(?:\w+\s+){0,2}(?:application|"
        r"resume|cv|submission)\b|\b(?:receipt|(?:good\s+)?reception)\s+of\s+your\s+(?:\w+\s+)?(?:application|"
        r"resume|cv|profile|"
        r"candidature|candidacy|documents)\b|\b(?:we(?:'ve|\s+have)?|i(?:'ve|\s+have)?)\s+(?:got|gotten)\s+"
        r"your\s+(?:\w+\s+){0,2}application\b"
        # a recruiter's own short note: "Got your CV and portfolio, thanks!"
        r"|^(?:(?:we|i)(?:'ve|\s+have)?\s+)?(?:just\s+)?(?:got|received)\s+your\s+(?:cv|resume|application|"
        r"portfolio)\b",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        3.5,
        r"\b(?:your\s+)?(?:application|submission|candidacy|candidature)\b[^.;!?]{0,120}?\b(?:has\s+been|was|is|"
        r"we(?:'ve|\s+have))\s+"
        r"(?:now\s+|safely\s+|successfully\s+|duly\s+)?(?:received|submitted|sent|recorded|complete|transmitted|"
        r"delivered|registered|logged|lodged)\b|\b(?:cv|resume|application)\s+has\s+(?:safely\s+)?reached\s+us\b|"
        r"\bapplication\s+(?:successfully\s+)?"
        r"(?:submitted|received|complete|confirmation)\b|\bconfirm(?:s|"
        r"ing)?\s+(?:that\s+)?(?:we\s+have\s+received|"
        r"receipt|your\s+(?:application|cv|resume))\b",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        2,
        r"\bthanks?(?:\s+you)?\s+(?:so\s+much\s+|very\s+much\s+|again\s+)?for\s+"
        r"(?:applying|your\s+(?:recent\s+)?application|submitting|your\s+(?:recent\s+)?submission|"
        r"considering)\b|\bthanks?(?:\s+you)?\s+for\s+(?:sending|forwarding|submitting)\s+(?:over\s+|through\s+|in\s+)?"
        r"your\s+(?:resume|cv|application|portfolio|details)\b",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        1.5,
        r"\b(?:we|our\s+(?:\w+\s+)?team|the\s+(?:\w+\s+)?team)\s+(?:will|'ll|are\s+"
        r"going\s+to|are\s+now)\s+(?:carefully\s+)?(?:review|reviewing|be reviewing|assess|evaluate|look at|"
        r"process|processing)\b|\b(?:we are|we're)\s+(?:processing|reviewing)\s+your\s+(?:application|resume|"
        r"cv)\b",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        1,
        r"\b(?:we(?:'ll| will)|someone will)\s+(?:be\s+in\s+touch|contact\s+you|reach\s+"
        r"out|get\s+in\s+touch|let\s+you\s+know)\b[^.;!?]{0,60}\b(?:if|should|once)\b|\b(?:if|"
        r"should)\b[^.;!?]{0,80}"
        r"\b(?:we(?:'ll| will)|you(?:'ll| will))\s+(?:be\s+in\s+touch|contact\s+you|reach\s+out|hear\s+from|"
        r"be\s+"
        r"contacted)\b|\bthank\s+you\s+for\s+your\s+interest\b|\bapplication\s+(?:dashboard|status|portal)\b",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        2,
        r"\b(?:excited|looking\s+forward|happy|glad|keen|delighted)\s+to\s+(?:review|read|look\s+(?:at|over|"
        r"through)|learn\s+more\s+about)\s+(?:your\s+|the\s+)?(?:application|resume|cv|profile|submission|"
        r"materials)\b",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        3.5,
        r"\b(?:details|application|cv|resume|documents)\b[^.;!?]{0,60}\b(?:have|has)\s+(?:landed|arrived)\s+safely\b"
        r"|\byou(?:'ve|\s+have)\s+successfully\s+(?:submitted|applied|sent)\b"
        r"|\b(?:your\s+)?(?:application|cv|resume)\b[^.;!?]{0,60}\b(?:arrived|came\s+through|landed)\b"
        r"(?!\s+(?:too\s+)?late)",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        2.5,
        r"^thanks?(?:\s+you)?(?:\s+\w+)?,?\s+(?:received|got\s+it)\b"
        r"|\bthanks?(?:\s+you)?\s+(?:\w+\s+)?for\s+(?:your|the)\s+(?:cv|resume|portfolio)\b[^.;!?]{0,40}\b(?:forwarded|"
        r"passed|shared|sent)\b",
    ),
    cue(
        K.APPLICATION_RECEIVED,
        2,
        r"\b(?:we\s+)?appreciate\s+(?:your|you)\s+(?:application|applying|submitting)\b",
    ),
    # Thanks for an application in other words: "thanks for throwing your hat in the ring for our X role".
    cue(
        K.APPLICATION_RECEIVED,
        2,
        r"\bthanks?(?:\s+you)?\s+(?:so\s+much\s+)?for\s+(?:(?!(?:your\s+)?(?:time|meeting|speaking|coming|"
        r"attending|interview\w*|patience|call|chat|conversation|assessments?|tests?|exercises?|tasks?|"
        r"challenges?)\b)[\w'-]+\s+){1,8}?(?:for|to)\s+(?:our|the)\s+"
        rf"(?:[\w&/-]+\s+){{0,4}}?{_POSITION}\b"
        r"|\bin\s+the\s+process\s+of\s+reviewing\s+your\s+(?:application|qualifications|resume|cv|profile)\b",
    ),
    # --- not_job ---------------------------------------------------------------------------------
    # Employers do not charge candidates: a fee, a deposit or gift cards mean a scam, whatever else it says.
    cue(
        K.NOT_JOB,
        6,
        r"\b(?:pay|paying|send|sending|wire|transfer|deposit|purchase|buy)\b[^.;!?]{0,60}?\b(?:fees?|deposit|gift\s*"
        r"cards?|bitcoin|crypto\w*|money\s+order|western\s+union)\b|\b(?:equipment|training|onboarding|"
        r"processing|registration|starter\s+kit)\s+fee\b|\bcheck\b[^.;!?]{0,60}\b(?:purchase|buy)\b[^.;!?]{0,40}"
        r"\b(?:equipment|laptop|software)\b"
        r"|\b(?:purchase|buy)\b[^.;!?]{0,60}\b(?:approved|designated|preferred|certified)\s+(?:vendor|supplier|"
        r"store)\b|\bsend\s+you\s+a\s+(?:check|cheque)\b[^.;!?]{0,60}\b(?:cost|equipment|laptop|software|"
        r"supplies)\b",
        "employer_pays",
        tags=("scam",),
    ),
    cue(
        K.NOT_JOB,
        4,
        # "set up job alerts for similar roles" on an application receipt only suggests an alert
        r"(?<!set up )(?<!create )\bjob\s+alerts?\b(?!\s+for\s+similar)"
        r"|\b(?:new\s+)?jobs?\s+(?:that\s+)?(?:match(?:es|ing)?|for)\s+your\s+"
        r"(?:preferences|profile|search|criteria|skills|saved search)\b|\bjobs?\s+you\s+(?:may|"
        r"might)\s+(?:be\s+"
        r"interested\s+in|like)\b|\brecommended\s+(?:jobs|for\s+you|roles)\b|\btop\s+job\s+picks\b|"
        r"(?<!apply to )(?<!apply for )\bsimilar\s+jobs\b|"
        r"\bjobs\s+(?:digest|newsletter)\b|\bnew\s+jobs?\s+(?:posted|near you|in your area)\b",
    ),
    # Signs of a job scam that add up (tag "scam": two of them, or one strong one, decide): an interview held
    # over a messaging app or by text chat, identity or bank data asked for by mail, "no interview required",
    # a fee for training dressed as a cost of the job, paying "to secure your place".
    cue(
        K.NOT_JOB,
        2.5,
        r"\b(?:telegram|whatsapp|wickr|signal\s+app|wechat|kik)\b[^.;!?]{0,80}\b(?:interview|hiring\s+manager|"
        r"recruiter|hr|onboarding|supervisor)\b|\b(?:add|contact|message|text)\s+(?:our|the|my)\s+(?:\w+\s+){0,2}?"
        r"(?:hiring\s+manager|recruiter|hr\s+(?:manager|officer)|supervisor)\s+on\s+(?:telegram|whatsapp|signal|wechat)\b"
        r"|\binterview\b[^.;!?]{0,40}\b(?:by|via|over|through)\s+(?:text\s+chat|instant\s+messag\w+|chat\s+app|"
        r"telegram|whatsapp|google\s+hangouts?)\b",
        tags=("scam",),
    ),
    cue(
        K.NOT_JOB,
        2.5,
        r"\b(?:send|reply\s+with|email|text|provide|forward)\b[^.;!?]{0,80}?\b(?:social\s+security\s+(?:number|no)|ssn|"
        r"date\s+of\s+birth|(?:a\s+)?(?:copy|photo|scan|picture)\s+of\s+your\s+(?:passport|driver'?s\s+licen[cs]e|id\b)|"
        r"bank\s+(?:account|details|login)|routing\s+number|national\s+insurance\s+number|card\s+number)\b"
        r"(?![^.;!?]{0,60}\b(?:portal|secure\s+(?:form|upload)|on\s+your\s+first\s+day)\b)",
        tags=("scam",),
    ),
    cue(
        K.NOT_JOB,
        2.5,
        r"\bno\s+(?:interview|experience\s+or\s+interview)\s+(?:is\s+)?(?:required|needed|necessary)\b"
        r"|\b(?:dear|hello)\s+(?:candidate|applicant|job\s*seeker)\b(?=[^\n]{0,400}\b(?:pay|fee|check|cheque|bank))",
        tags=("scam",),
    ),
    cue(
        K.NOT_JOB,
        6,
        r"\b(?:training|equipment|kit|course|certification|onboarding|registration|starter\s+pack)\b[^.;!?]{0,60}?"
        r"\b(?:costs?|priced\s+at|fee\s+of|charge\s+of)\s+(?:only\s+|just\s+)?(?:£|\$|€|usd|gbp|eur)\s?\d"
        r"|\bpay\b[^.;!?]{0,60}?\bto\s+(?:secure|reserve|confirm|activate)\s+(?:your|the)\s+(?:place|position|role|"
        r"spot|job|seat|employment)\b",
        "employer_pays",
        tags=("scam",),
    ),
    # An opening broadcast to a company's own staff, about a role the user never applied to.
    cue(
        K.NOT_JOB,
        4,
        r"\binternal\s+(?:opening|opportunit(?:y|ies)|vacanc(?:y|ies)|posting|jobs?\s+board|careers?\s+(?:site|page)|"
        r"mobility)\b|\binternal[- ]only\s+(?:posting|role|vacancy|opening|position)\b"
        r"|\b(?:we(?:'re|\s+are)\s+)?(?:hiring|recruiting)\s+internally\b(?!\s+(?:for\s+)?(?:this|the)\s+(?:role|position))"
        r"|\bapply\s+(?:on|via|through)\s+(?:the|our)\s+intranet\b",
        tags=("cold",),
    ),
    # A newsletter's furniture: "This week in ...", "View in browser", "Upgrade to Premium".
    cue(
        K.NOT_JOB,
        2.5,
        r"\bview\s+(?:this\s+(?:email|message)\s+)?in\s+(?:your\s+)?browser\b|^this\s+(?:week|month)\s+in\b"
        r"|\bupgrade\s+to\s+(?:premium|pro|plus|gold)\b",
        tags=("boilerplate",),
    ),
    # A job board's cross-sell under a receipt for the user's own application is only a footer.
    cue(K.NOT_JOB, 4, r"\bapply\s+(?:to|for)\s+similar\s+jobs\b", tags=("boilerplate",)),
    cue(
        K.NOT_JOB,
        2.5,
        r"\byou(?:'re| are)\s+receiving\s+(?:this|these|job|our)\b|\bmanage\s+(?:your\s+)?(?:job\s+)?"
        r"(?:alerts|preferences|subscriptions?|notifications|email settings)\b|\bemail\s+preferences\b|"
        r"\bthis\s+email\s+was\s+(?:intended|sent)\s+(?:for|to)\b|\bopt[- ]out\b",
        tags=("boilerplate",),
    ),
    cue(
        K.NOT_JOB,
        1.5,
        r"\bunsubscribe\b|\bview\s+job:|\beasy\s+apply\b|\bactively\s+hiring\b|\bschool\s+alumni\b|"
        r"\bsee\s+all\s+jobs\b|\bapply\s+now\b|\bsave\s+(?:this\s+)?job\b|\bpromoted\b",
    ),
    cue(
        K.NOT_JOB,
        2.5,
        r"\bwebinar\b|\binfo(?:rmation(?:al)?|rmative)?\s+session\b|\bsave\s+the\s+date\b|"
        # "the Workshop Manager position" is a job title, not an event
        r"\bworkshop\b(?!\s+(?:manager|supervisor|technician|assistant|coordinator|lead|operative|foreman|"
        r"engineer|staff|team))|"
        r"\brsvp\b|\bmeetup\b|"
        r"\b(?:career|job|virtual)\s+fair\b|\bexclusive\s+(?:conversation|event)\b|\blive\s+(?:event|session|"
        r"stream|q&a)\b",
    ),
    cue(
        K.NOT_JOB,
        2,
        r"\bregister\s+(?:now|here|today|for\s+(?:free|the|our|this))\b|\bseats?\s+(?:are\s+)?limited\b|"
        r"\bnewsletter\b|\bin\s+this\s+(?:issue|edition)\b|\bfree\s+trial\b|\bpremium\b|\bmasterclass\b|\bbootcamp\b|\binterview\s+(?:tips|"
        r"prep|"
        r"preparation|coaching|course|guide|questions to|coach|practice|skills)\b|\bmock\s+interviews?\b|"
        r"\bace\s+(?:your|the|"
        r"any)\s+(?:next\s+)?interview\b|"
        r"\b(?:resume|cv)\s+(?:tips|review\s+service|builder|template)\b|\bcareer\s+(?:advice|tips|questions|"
        r"coaching|event)\b|\bexclusive\s+offer\b|\bnegotiat\w*\s+(?:your|a)\s+(?:\w+\s+)?(?:offer|salary)\b",
    ),
    cue(
        K.NOT_JOB,
        2.5,
        r"\b(?:complete|update|improve)\s+your\s+profile\b|\bviewed\s+your\s+profile\b|\bwho\s+"
        r"viewed\b|\bprofile\s+views\b|\bboost\s+your\s+(?:chances|profile|visibility)\b|"
        r"\bstand\s+out\s+to\s+"
        r"(?:employers|recruiters)\b|\bemployers\s+(?:are\s+)?(?:viewing|looking at)\b|"
        r"\bexplore\s+(?:internships|"
        r"jobs|opportunities)\b",
    ),
    cue(
        K.NOT_JOB,
        3.5,
        r"\b(?:setting|set|signing|sign|created?|creating|registering|register)\s+(?:up\s+)?(?:a|an|"
        r"your)\s+(?:new\s+)?(?:profile|account|candidate\s+account|talent\s+(?:profile|community|"
        r"network))\b|\bverify\s+"
        r"your\s+email\b|\bpassword\s+reset\b|\breset\s+your\s+password\b|"
        r"\blog\s+(?:back\s+)?in(?:to)?\s+your\s+"
        r"account\b",
        "conditional",
    ),
    cue(
        K.NOT_JOB,
        3,
        r"\b(?:came|come)\s+across\s+your\s+(?:profile|background|resume|cv|experience)\b|\b(?:found|"
        r"saw|noticed|reviewed)\s+your\s+(?:linkedin\s+)?profile\b|\b(?:found|saw|spotted)\s+your\s+(?:cv|resume)\s+"
        r"(?:on|via|through)\b|\b(?:role|position|vacancy)\s+with\s+a\s+client\b|\bone\s+of\s+(?:our|my)\s+clients?\b|"
        r"\b(?:a|our)\s+"
        r"client\s+of\s+(?:ours|mine)\b|\b(?:working|partnering)\s+with\s+(?:a|"
        r"an)\s+(?:[\w-]+\s+){0,3}(?:company|"
        r"client|start-?up|scale-?up|firm|business|(?:fin|health|insur|prop|ed|legal|reg|clean|agri)-?tech|saas)\b|"
        r"\bi(?:'m|\s+am)\s+a\s+(?:\w+\s+)?recruiter\s+(?:with|"
        r"at)\s+"
        r"(?:an?\s+)?(?:agency|firm|search)\b|\b(?:open|interested)\s+(?:to|in)\s+(?:new|exploring|"
        r"hearing\s+about)\s+"
        r"(?:\w+\s+)?(?:opportunities|roles|positions)\b|\bwould\s+you\s+be\s+open\s+to\b|"
        # a sourcer's pitch: "are you open to a quick call? ... I'll send over the full spec"
        r"\bare\s+you\s+open\s+to\s+(?:a\s+)?(?:quick\s+|brief\s+|short\s+|confidential\s+)?(?:call|chat)\b|"
        r"\bsend\s+(?:you\s+)?(?:over\s+)?(?:the\s+)?(?:full\s+)?(?:job\s+)?spec\b|"
        r"\byour\s+(?:background|"
        r"profile|experience|work|resume|cv)\b[^.;!?]{0,40}?\b(?:caught|stood\s+out|stands\s+out|piqued)\b|"
        r"\b(?:i'm|i\s+am)\s+(?:currently\s+)?(?:recruiting|hiring|searching)\s+for\s+(?:an?\s+)?(?:[\w-]+\s+){0,4}?"
        r"(?:opportunity|role|position|vacancy)\b|\b(?:a|one\s+of\s+the)\s+(?:leading|well-known|global|fast-"
        r"growing|growing|established|respected|top)\s+(?:[\w-]+\s+)?(?:manufacturer|company|firm|business|"
        r"organi[sz]ation|brand|provider|client|insurer|bank|retailer|start-?up|scale-?up)s?\b|"
        r"\bsend\s+(?:me|us)\s+(?:your\s+|an\s+)?(?:updated\s+|latest\s+|current\s+)?(?:cv|resume)\b|"
        r"\bif\s+(?:this|it)\s+(?:sounds|is)\s+(?:of\s+interest|interesting)\b|\bgreat\s+fit\s+for\s+a\s+(?:role|position)\b",
        tags=("cold",),
    ),
    cue(
        K.NOT_JOB,
        2,
        r"\b(?:your\s+)?(?:order|package|parcel|shipment|delivery|invoice|receipt(?!\s+of\s+your)|subscription|"
        r"payment)\b|\btracking\s+number\b|\bshipped\b|\bsecurity\s+alert\b|\bsign-in\s+attempt\b",
    ),
    # Sold to recruiters, never written to a candidate: strong enough to outweigh the hiring words around it.
    cue(
        K.NOT_JOB,
        4.5,
        r"\b(?:book|request|schedule)\s+a\s+(?:free\s+)?demo\b|\b(?:email\s+)?templates\s+you\s+can\s+(?:adapt|use|copy)\b"
        r"|\bdownload\s+(?:the|our)\s+(?:free\s+)?(?:pack|guide|ebook|e-book|report|toolkit)\b",
    ),
    # A friend's invitation out, not an employer's.
    cue(
        K.NOT_JOB,
        2,
        r"\bfancy\s+a\s+(?:pint|drink|beer|glass)\b|\bdrinks?\s+to\s+celebrate\b|\bto\s+celebrate\?",
    ),
    cue(
        K.NOT_JOB,
        3,
        r"\b(?:rate|review)\s+your\s+(?:application|candidate|interview|hiring)\s+experience\b"
        r"|\b(?:take|complete|fill\s+(?:in|out))\s+(?:a|our|this)\s+(?:short\s+|quick\s+|brief\s+)?"
        r"(?:\d+[- ]minute\s+)?survey\b",
    ),
    cue(
        K.NOT_JOB,
        3,
        r"\b(?:jobs?|careers?|graduate|recruitment|hiring)\s+(?:fair|expo|open\s+day|open\s+house)\b"
        r"|\bmeet\s+(?:over\s+|more\s+than\s+)?\d+\s+(?:employers|companies|recruiters)\b",
    ),
)

# Words that put the email inside a hiring process at all (otherwise unmatched mail is not_job).
APPLICATION_CONTEXT = (
    r"\b(?:your\s+(?:recent\s+)?(?:application|candidacy|interview|resume|cv|profile\s+for)|you\s+applied|"
    r"applied\s+"
    r"(?:for|to)|applying|application\s+(?:for|to)|the\s+(?:\w+\s+){0,3}(?:position|role|vacancy|opening)|"
    r"hiring\s+"
    r"(?:team|manager|process|committee)|recruit\w*|interview\w*|offer|salary|start\s+date|onboarding|"
    r"employment\s+(?:agreement|contract)|got\s+the\s+job|role|your\s+contract|first\s+day|"
    r"(?:great|lovely|nice)\s+(?:to\s+meet|meeting)\s+you|"
    r"your\s+desk|"
    r"panel|candidates?|shortlist\w*|references|referees|vacanc\w+|under\s+consideration|for\s+coming\s+in|"
    r"show(?:ing)?\s+you\s+around|fit\s+right\s+in|(?:one|two|a\s+few)\s+more\s+(?:people|person|candidates?)|"
    r"the\s+(?:exercise|task|assignment)|feedback\s+(?:for|to)\s+you|[\w-]{1,40}\s+application\s*$|next\s+(?:round|"
    r"stage|"
    r"steps?)|final\s+(?:round|stage)|the\s+team\s+(?:loved|enjoyed)\s+meeting)\b"
)
# The user's own application is referenced: cold outreach never says this.
OWN_APPLICATION = (
    r"\b(?:your\s+(?:recent\s+)?(?:application|candidacy)|you\s+applied|applied\s+(?:for|to)|"
    r"thanks?(?:\s+you)?\s+"
    r"for\s+(?:applying|your\s+application)|interest\s+in\s+the\s+[\w\s-]{0,60}(?:position|role)|we\s+(?:saw|"
    r"received|"
    r"reviewed)\s+your\s+application|your\s+interview)\b"
)


RULES = LanguageRules(
    language="en",
    guards=GUARDS,
    cues=CUES,
    application_context=APPLICATION_CONTEXT,
    own_application=OWN_APPLICATION,
)


# --- dates and extraction (read by understanding/dates.py and extract.py) ---------------------------

DATES = DateWords(
    weekdays={
        "monday": 0,
        "mon": 0,
        "tuesday": 1,
        "tue": 1,
        "tues": 1,
        "wednesday": 2,
        "wed": 2,
        "thursday": 3,
        "thu": 3,
        "thur": 3,
        "thurs": 3,
        "friday": 4,
        "fri": 4,
        "saturday": 5,
        "sat": 5,
        "sunday": 6,
        "sun": 6,
    },
    months={
        "january": 1,
        "jan": 1,
        "february": 2,
        "feb": 2,
        "march": 3,
        "mar": 3,
        "april": 4,
        "apr": 4,
        "may": 5,
        "june": 6,
        "jun": 6,
        "july": 7,
        "jul": 7,
        "august": 8,
        "aug": 8,
        "september": 9,
        "sep": 9,
        "sept": 9,
        "october": 10,
        "oct": 10,
        "november": 11,
        "nov": 11,
        "december": 12,
        "dec": 12,
    },
    numbers={
        "a": 1,
        "an": 1,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "fourteen": 14,
        "fifteen": 15,
        "twenty": 20,
        "thirty": 30,
        "couple": 2,
        "a couple": 2,
        "a couple of": 2,
        "couple of": 2,
        "few": 3,
        "a few": 3,
        "several": 5,
    },
    modal_months=frozenset({"may"}),  # "you may 2..." is the verb; the month is written "May"
    twelve_hour_clock=True,
    patterns={
        "wd": (
            r"(?P<wd>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|"
            r"sat(?:urday)?|sun(?:day)?)"
        ),
        "month": (
            r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
            r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
        ),
        "num": (
            r"(?:\d{1,3}|a couple of|a couple|couple of|a few|few|several|an|a|one|two|three|four|five|six|"
            r"seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty)"
        ),
        "month_first": (
            r"\b(?:{WD}\.?,?\s+)?(?:the\s+)?(?P<month>{MONTH})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
            r"(?:,?\s+(?P<year>20\d\d)\b)?"
        ),
        "day_first": (
            r"\b(?:{WD}\.?,?\s+)?(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|-(?={MONTH}-))"
            r"(?P<month>{MONTH})\b\.?(?:(?:,?\s+|-)(?P<year>20\d\d)\b)?"
        ),
        "numeric": r"\b(?:{WD}\.?,?\s+)?(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>20\d\d|[23]\d)\b",
        "end_of_named_month": (
            r"\b(?:the\s+)?(?P<which>end|close|middle|mid|beginning|start|early|late)\s*(?:of\s+|"
            r"-)?(?P<month>{MONTH})\b"
        ),
        "relative_day": (
            r"\b(?P<word>day after tomorrow|tomorrow|today|tonight|end of (?:the )?(?:business )?day|"
            r"close of business|eod|cob)\b"
        ),
        "weekday": r"\b(?:(?P<mod>this|next|coming|following)\s+)?{WD}\b(?!\s*-)",
        "week_month": (
            r"\b(?:(?P<part>early|beginning|start|middle|mid|late|later|end|close)\s*(?:-|of\s+)?(?:the\s+)?)?"
            r"(?P<which>this|next|coming|following|the)\s+(?P<unit>week|month)\b(?P<after>\s+after\s+next)?"
        ),
        "span": (
            r"\b(?:(?:with)?in|up\s+to|allow)\s+(?:the\s+)?(?:next\s+|coming\s+)?(?:up\s+to\s+)?(?P<n1>{NUM})"
            r"(?:\s*(?:-|–|to|or)\s*(?P<n2>{NUM}))?"
            r"\s+(?P<kind>business\s+|working\s+|calendar\s+)?(?P<unit>day|week|fortnight|month|hour)s?\b"
            r"(?:\s+or\s+(?P<nor>{NUM})\b)?"
            r"|\b(?:over|during)\s+the\s+(?:next|coming)\s+(?P<n3>{NUM})\s+(?P<kind2>business\s+|working\s+)?"
            r"(?P<unit2>day|week|fortnight|month)s?\b"
            r"|\bnext\s+(?P<n4>{NUM})\s+(?P<kind3>business\s+|working\s+)?(?P<unit3>day|week)s?\b"
            # "over the coming fortnight": one fortnight
            r"|\b(?:over|during|in|within)\s+the\s+(?:next|coming)\s+(?P<unit5>fortnight)\b"
            # "you have 7 days to complete it": a window the candidate is given, counted from the mail
            r"|\b(?:have|get|given)\s+(?:up\s+to\s+)?(?P<n5>{NUM})\s+(?P<kind4>business\s+|working\s+|calendar\s+)?"
            r"(?P<unit4>day|week|hour)s?\s+(?:to|in\s+which\s+to)\s+(?:complete|finish|submit|take|do|return|"
            r"respond|reply|accept|sign)\b"
        ),
        "within_the_week": r"\b(?:within|during|by the end of|before the end of)\s+the\s+week\b",
        "weekday_range": r"\b{WD}\s*(?:-|–|to|through|thru|until)\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b",
        # "move our chat from Tuesday to Thursday" is a move between two days, not working hours
        "moving": r"\b(?:move|moving|moved|shift\w*|chang\w+|switch\w*|push\w*|bring|reschedul\w*)\b",
        "noon": r"\b(?P<word>noon|midday|midnight)\b",
        # "on the 12th": the next 12th of a month, on or after the reference day
        "ordinal_day": r"\bthe\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Za-z]{3})",
        "time_gap": r"at|@|from|,|-|–|time:?|starting at|begins at",
        "time_gap_before": r"on",
        "time_label": r"time",
    },
)
# Pieces of the patterns below.
_NAME = r"(?P<name>[^\n]{1,90})"
_JOB_WORD = (
    r"(?i:positions?|roles?|jobs?|opportunit(?:y|ies)|openings?|vacanc(?:y|ies)|internships?|careers?|post|"
    r"gig|team|"
    r"interview|employment|work|working|recruiter|hire|program|programme|apprenticeship|placement|here)"
)
_ROLE_CHARS = (
    r"[A-Z0-9][\w&'’/+#.,()-]*(?:[ \t]+(?:[A-Z0-9(][\w&'’/+#.,()-]*|of|and|&|for|in|de|–|-|to|the|with|on))*"
)
_HAS_REQUESTED = NameCue(
    2.5,
    (
        r"(?P<name>(?:(?:[A-Z0-9][\w&'’.-]{0,40}|&)[ \t]+){1,5})"
        r"(?i:(?:has|have)[ \t]+(?:invited|requested|sent|asked|shared)|requests|invites)\b"
    ),
    title_case_stops=False,
    person_weight=1.0,
)
_BETWEEN = NameCue(
    2.5, (r"(?i:\bbetween\s+(?:the\s+)?)(?P<name>(?:(?:[A-Z0-9][\w&'’.,-]*|&)[ \t]+){1,5})(?i:and)\b")
)
_BEFORE_DOCUMENT = NameCue(
    2,
    (
        r"(?:^|[:\"“]\s*|\s[-–—|]\s)(?P<name>[A-Z][^\n|:\"“”–—]{1,60}?)\s+[-–—|]\s+(?P<other>(?i:offer\s+letter|"
        r"offer\s+of\s+employment|employment\s+(?:agreement|contract)|contract\s+of\s+employment))\b"
    ),
    title_case_stops=False,
)

EXTRACTION = ExtractionWords(
    team_words=frozenset(
        {
            "applications",
            "campus",
            "culture",
            "do-not-reply",
            "early",
            "emerging",
            "hiring-team",
            "job",
            "no-reply",
            "noreply",
            "notification",
            "notifications",
            "operations",
            "relations",
            "resourcing",
            "teams",
            "via",
        }
    ),
    connectors=frozenset(
        {
            "&",
            "+",
            "and",
            "da",
            "de",
            "del",
            "der",
            "des",
            "di",
            "du",
            "e",
            "et",
            "la",
            "le",
            "of",
            "the",
            "van",
            "von",
            "y",
        }
    ),
    stop_tokens=frozenset(
        {
            "-",
            "and",
            "application",
            "applications",
            "apprenticeship",
            "are",
            "as",
            "assessment",
            "at",
            "by",
            "can",
            "careers",
            "confirmation",
            "for",
            "from",
            "fwd",
            "graduate",
            "has",
            "have",
            "hiring",
            "hr",
            "i",
            "in",
            "internship",
            "interview",
            "interviews",
            "invitation",
            "invite",
            "invites",
            "is",
            "job",
            "jobs",
            "offer",
            "on",
            "opportunities",
            "opportunity",
            "our",
            "please",
            "position",
            "program",
            "programme",
            "re",
            "recruiting",
            "regarding",
            "role",
            "scheme",
            "status",
            "talent",
            "team",
            "thank",
            "thanks",
            "that",
            "this",
            "to",
            "update",
            "updates",
            "via",
            "wants",
            "was",
            "we",
            "welcome",
            "where",
            "which",
            "who",
            "will",
            "with",
            "would",
            "you",
            "your",
            "|",
            "–",
            "—",
        }
    ),
    generic=frozenset(
        {
            "a",
            "admin",
            "all",
            "am",
            "an",
            "any",
            "applicant",
            "application",
            "apply",
            "april",
            "assessment",
            "assignment",
            "august",
            "automated",
            "best",
            "best regards",
            "candidate",
            "candidate experience",
            "career",
            "careers",
            "ceo",
            "cet",
            "cheers",
            "codility",
            "company",
            "completed",
            "confirmation",
            "congrats",
            "congratulations",
            "ct",
            "date",
            "dear",
            "dear candidate",
            "december",
            "do not reply",
            "docusign",
            "donotreply",
            "email",
            "est",
            "et",
            "everyone",
            "february",
            "following",
            "format",
            "founder",
            "friday",
            "glassdoor",
            "gmt",
            "good",
            "google",
            "google meet",
            "great",
            "greenhouse",
            "greetings",
            "hackerrank",
            "hello",
            "hello there",
            "here",
            "hey",
            "hi",
            "hiring",
            "hiring team",
            "hope",
            "hr",
            "human resources",
            "i",
            "indeed",
            "info",
            "interview",
            "invitation",
            "it",
            "january",
            "job",
            "july",
            "june",
            "kind regards",
            "lever",
            "linkedin",
            "location",
            "mail",
            "mailer",
            "march",
            "may",
            "microsoft teams",
            "monday",
            "new",
            "next",
            "no-reply",
            "noreply",
            "note",
            "notification",
            "notifications",
            "november",
            "october",
            "offer",
            "our",
            "page",
            "people",
            "people team",
            "please",
            "pm",
            "portal",
            "position",
            "pt",
            "recruiting",
            "recruiting team",
            "referee",
            "reference",
            "references",
            "regards",
            "reminder",
            "rescheduling",
            "review",
            "role",
            "saturday",
            "september",
            "sincerely",
            "site",
            "start",
            "status",
            "sunday",
            "support",
            "system",
            "talent",
            "talent acquisition",
            "team",
            "teams",
            "thank",
            "thanks",
            "that",
            "the",
            "the team",
            "them",
            "there",
            "this",
            "thursday",
            "time",
            "today",
            "tomorrow",
            "tuesday",
            "unfortunately",
            "update",
            "us",
            "utc",
            "warm regards",
            "we",
            "website",
            "wednesday",
            "welcome",
            "workday",
            "you",
            "your",
            "yours",
            "zoom",
        }
    ),
    title_words=frozenset(
        {
            "accountant",
            "administrator",
            "adviser",
            "advisor",
            "agent",
            "analyst",
            "apprentice",
            "architect",
            "assistant",
            "associate",
            "attorney",
            "auditor",
            "barista",
            "bartender",
            "buyer",
            "cashier",
            "ceo",
            "cfo",
            "chef",
            "clerk",
            "cofounder",
            "consultant",
            "controller",
            "coo",
            "cook",
            "coordinator",
            "counsel",
            "cto",
            "deputy",
            "designer",
            "developer",
            "devops",
            "director",
            "doctor",
            "driver",
            "economist",
            "editor",
            "electrician",
            "engineer",
            "executive",
            "expert",
            "fellow",
            "founder",
            "generalist",
            "graduate",
            "head",
            "intern",
            "internship",
            "lawyer",
            "lead",
            "lecturer",
            "manager",
            "marketer",
            "mechanic",
            "member",
            "nurse",
            "officer",
            "operations",
            "operator",
            "owner",
            "paralegal",
            "partner",
            "pharmacist",
            "physician",
            "planner",
            "president",
            "principal",
            "product",
            "professor",
            "programme",
            "programmer",
            "receptionist",
            "recruiter",
            "representative",
            "researcher",
            "sales",
            "scientist",
            "secretary",
            "specialist",
            "sre",
            "staff",
            "statistician",
            "strategist",
            "student",
            "success",
            "supervisor",
            "support",
            "teacher",
            "technician",
            "therapist",
            "trainee",
            "tutor",
            "vp",
            "welder",
            "worker",
            "writer",
        }
    ),
    org_words=frozenset(
        {
            "academy",
            "accountants",
            "accounting",
            "aerospace",
            "ag",
            "agency",
            "ai",
            "airlines",
            "analytics",
            "architects",
            "associates",
            "association",
            "automation",
            "bakery",
            "bank",
            "bio",
            "biologics",
            "brewing",
            "bv",
            "cafe",
            "café",
            "capital",
            "center",
            "centre",
            "church",
            "city",
            "clinic",
            "cloud",
            "co.",
            "coffee",
            "college",
            "company",
            "conseil",
            "consultants",
            "consulting",
            "corp",
            "corporation",
            "council",
            "county",
            "d.o.o.",
            "data",
            "dental",
            "department",
            "design",
            "digital",
            "diocese",
            "distribution",
            "district",
            "education",
            "elevators",
            "energie",
            "energy",
            "engineering",
            "engineers",
            "equity",
            "farms",
            "finance",
            "financial",
            "food",
            "foods",
            "foundation",
            "freight",
            "games",
            "gmbh",
            "group",
            "groupe",
            "gruppe",
            "health",
            "healthcare",
            "holdings",
            "hospital",
            "hotel",
            "hotels",
            "housing",
            "inc",
            "inc.",
            "industries",
            "infotech",
            "institute",
            "instruments",
            "insurance",
            "interiors",
            "kg",
            "lab",
            "labs",
            "law",
            "lawyers",
            "learning",
            "legal",
            "llc",
            "logistics",
            "logistik",
            "ltd",
            "ltd.",
            "manufacturing",
            "markets",
            "media",
            "medical",
            "ministry",
            "mobile",
            "motors",
            "networks",
            "nonprofit",
            "office",
            "optik",
            "outfitters",
            "outsourcing",
            "partners",
            "pharma",
            "pharmaceuticals",
            "pharmacy",
            "plc",
            "properties",
            "property",
            "restaurant",
            "retail",
            "robotics",
            "sa",
            "sarl",
            "school",
            "security",
            "services",
            "society",
            "software",
            "solicitors",
            "solutions",
            "srl",
            "store",
            "stores",
            "studio",
            "studios",
            "systems",
            "tech",
            "technik",
            "technologies",
            "technology",
            "telecom",
            "telecoms",
            "therapeutics",
            "trust",
            "university",
            "ventures",
            "werke",
        }
    ),
    department_words=frozenset({"campus", "early", "engineering", "graduate", "graduates", "university"}),
    unit_words=frozenset(
        {"branch", "department", "dept", "directorate", "division", "faculty", "office", "section", "unit"}
    ),
    function_words=frozenset(
        {
            "admin",
            "administration",
            "central",
            "clinical",
            "corporate",
            "engineering",
            "estates",
            "facilities",
            "finance",
            "graduate",
            "head",
            "it",
            "legal",
            "marketing",
            "nursing",
            "our",
            "personal",
            "personalabteilung",
            "personnel",
            "product",
            "regional",
            "research",
            "sales",
            "technology",
            "the",
        }
    ),
    recruiting_words=frozenset(
        {
            "careers",
            "hiring",
            "jobs",
            "recruiting",
            "recruitment",
            "relations",
            "resourcing",
            "talent",
            "team",
        }
    ),
    institution_nouns=frozenset(
        {
            "agency",
            "alliance",
            "association",
            "campaign",
            "center",
            "centre",
            "coalition",
            "commission",
            "council",
            "department",
            "foundation",
            "fund",
            "institute",
            "ministry",
            "office",
            "society",
            "trust",
        }
    ),
    honorifics=frozenset(
        {"dr", "frau", "herr", "madam", "miss", "mlle", "mme", "mr", "mrs", "ms", "mx", "shri", "sir", "smt"}
    ),
    generic_domain_labels=frozenset(
        {
            "apply",
            "career",
            "careers",
            "e-mail",
            "email",
            "example",
            "hire",
            "hiring",
            "hr",
            "job",
            "jobs",
            "localhost",
            "mail",
            "no-reply",
            "noreply",
            "notifications",
            "notify",
            "recruiting",
            "recruitment",
            "talent",
            "test",
        }
    ),
    initials_skip=frozenset({"and", "de", "for", "in", "of", "the"}),
    person_particles=frozenset(
        {"de", "van", "der", "den", "von", "da", "di", "del", "dos", "das", "du", "le", "ten"}
    ),
    non_starters=frozenset(
        {
            "congratulations",
            "dear",
            "greetings",
            "hello",
            "hey",
            "hi",
            "hiya",
            "please",
            "thank",
            "thanks",
            "we",
            "your",
        }
    ),
    title_like=frozenset({"acquisition", "hr", "people", "recruiting", "talent"}),
    signature_titles=frozenset({"hr", "people", "recruiting", "talent"}),
    body_names=(
        _BEFORE_DOCUMENT,
        NameCue(3, (r"(?i:\b(?:my|our)\s+client,?\s+(?:the\s+)?)" + _NAME)),
        NameCue(
            2,
            (
                r"(?m)^[^\S\n]*+(?P<name>(?:[A-Z0-9][\w&'’.-]*[ \t]+){1,6})"
                r"(?i:is\s+an?\s+(?:proud\s+)?(?:equal\s+"
                r"opportunit(?:y|ies)|"
                r"eeo?|affirmative\s+action)\b)"
            ),
        ),
        NameCue(
            3,
            (
                r"(?i:\b(?:applying|applied|apply|application|applications|submission)\s+(?:to|at|"
                rf"with)\s+(?:the\s+)?){_NAME}"
            ),
        ),
        NameCue(
            3,
            (
                rf"(?i:\b(?:application|resume|cv|profile)\s+(?:was\s+|has\s+been\s+)?(?:sent|submitted|forwarded)\s+"
                rf"to\s+(?:the\s+)?){_NAME}"
            ),
        ),
        NameCue(
            3,
            (
                r"(?i:\b(?:items|documents|details|materials)\s+(?:were|have\s+been)\s+(?:sent|submitted|forwarded)\s+"
                rf"to\s+(?:the\s+)?){_NAME}"
            ),
        ),
        NameCue(3, (r"(?i:\bthe\s+(?:employer|hiring\s+company),\s+)" + _NAME)),
        NameCue(2.5, (rf"\b{_JOB_WORD}\s+(?i:at|with)\s+(?:the\s+)?{_NAME}")),
        NameCue(
            2.5,
            (
                r"(?i:\binterest\s+in\s+(?:joining\s+|working\s+(?:at|for|with)\s+|a\s+career\s+(?:at|with)\s+|"
                r"employment\s+(?:at|with)\s+|a\s+(?:position|role)\s+(?:at|with)\s+)?(?:the\s+)?)" + _NAME
            ),
        ),
        NameCue(
            2.5,
            (
                r"(?i:\bjoin(?:ing)?\s+(?:us\s+at\s+)?(?:the\s+)?)(?P<name>(?:[A-Z0-9][\w&'’.-]*\s+){1,5})(?i:team|"
                r"family)\b"
            ),
        ),
        NameCue(
            2.5,
            (
                r"(?i:\bwelcome\s+(?:you\s+)?to\s+(?:the\s+)?)(?!(?i:the\s+)?(?i:team|family|our|your)\b)"
                + _NAME
            ),
        ),
        NameCue(
            2.5,
            (r"(?i:\bjoin(?:ing)?\s+)(?P<name>(?:[A-Z0-9][\w&'’.-]*\s+){1,5})(?i:as\s+(?:a|an|our|the)\s)"),
        ),
        NameCue(2, (r"(?i:\b(?:considering|choosing)\s+)" + _NAME)),
        NameCue(2, (r"(?i:\bon\s+behalf\s+of\s+(?:the\s+)?)" + _NAME)),
        NameCue(
            2.5, (r"(?i:\b(?:at|with|join|joining)\s+the\s+)(?P<name>[A-Z][\w'’-]*\s+of\s+[A-Z][^\n]{1,60})")
        ),
        NameCue(2, (r"(?i:\b(?:team|department|office)\s+(?:of|at)\s+(?:the\s+)?)" + _NAME)),
        NameCue(2.5, (r"(?i:\boffer\s+(?:letter\s+)?from\s+(?:the\s+)?)" + _NAME)),
        _HAS_REQUESTED,
        _BETWEEN,
        # An e-signature notice's envelope lines: "Sender: Marisol Ahn (Acme Freight)", "Sent by Jo Vance,
        # Acme Software", "Signer 2: Dolores Finch (Acme Rail) - Completed", "Sender: Acme Marine AB".
        NameCue(
            2.5,
            # each space run is taken whole (possessive), so no run is re-split
            r"(?m)^[^\S\n]*+(?i:sender|sent[^\S\n]++by|signer(?:[^\S\n]*+\d++)?|requested[^\S\n]++by|from)"
            r"(?:[^\S\n]*+:)?[^\S\n]++[A-Z][\w'’.-]{0,40}+(?:[^\S\n]++[A-Z][\w'’.-]{0,40}+){0,3}+"
            r"(?:[^\S\n]*+\(|,[^\S\n]++)(?P<name>[A-Z][^()\n,]{0,60}?[^\s()\n,])(?:\)|[^\S\n]*+$)",
            title_case_stops=False,
        ),
        NameCue(
            2.5,
            r"(?m)^[^\S\n]*+(?i:sender|sent\s+by)\s*:[^\S\n]*+(?P<name>[A-Z][^\n,()]{1,60}?)[^\S\n]*$",
            person_weight=0.5,
        ),
        # "the contract "Employment contract - Sam Rivera" from Acme Studios has been signed"
        NameCue(
            2.5,
            r"[\"”][^\S\n]+(?i:from|sent\s+by)[^\S\n]+(?P<name>(?:[A-Z0-9][\w&'’.-]{0,40}[^\S\n]+){1,5})"
            r"(?i:has|have|is|was)\b",
            title_case_stops=False,
            person_weight=0.5,
        ),
        NameCue(2, (r"(?i:\b(?:employment|career|future)\s+(?:with|at)\s+)" + _NAME)),
        NameCue(
            1.75,
            (
                r"(?P<name>(?:[A-Z][\w'’.-]{0,40}[ \t]+){1,5}"
                r"(?:NHS[ \t]+(?:Foundation[ \t]+)?Trust|Health[ \t]+Board|"
                r"(?:Borough|District|County|City)[ \t]+Council|University[ \t]+Hospitals?))\b"
            ),
            title_case_stops=False,
        ),
        NameCue(
            2.5,
            (
                r"(?P<name>(?:[A-Z0-9][\w&'’.-]{0,40}\s+){1,5})(?i:recruiting|recruitment|talent\s+acquisition|talent|"
                r"hiring|"
                r"hr|people|careers|university\s+relations|campus|early\s+careers)\s+(?i:team)\b"
            ),
        ),
        NameCue(1.5, (r"(?i:\b(?:the|your)\s+)(?P<name>(?:[A-Z0-9][\w&'’.-]*\s+){1,4})(?i:team|family)\b")),
        NameCue(
            2,
            (
                r"(?m)^[^\S\n]*+(?:[-–—]\s*)?(?:The\s+)?(?P<name>(?:[A-Z0-9][\w&'’.-]*\s+){1,4})(?i:recruiting\s+|hiring\s+|"
                r"talent\s+|hr\s+|people\s+)?Team\s*$"
            ),
        ),
        NameCue(
            2,
            (
                r"(?i:\b(?:offer|position|role|job|post|application|applying|applied|interview|interviewing)\s+(?:of|"
                r"for|"
                r"as)\s+(?:the\s+|a\s+|an\s+)?)[^.\n]{1,70}?"
                r"\s(?i:at|with)\s+" + _NAME
            ),
        ),
    ),
    subject_names=(
        NameCue(3, (rf"(?i:\b(?:application|applying|applied|apply)\s+(?:to|at|with)\s+(?:the\s+)?){_NAME}")),
        NameCue(
            3,
            (
                r"(?i:\b(?:application|resume|cv)\s+(?:was\s+|has\s+been\s+)?(?:sent|submitted|"
                rf"forwarded)\s+to\s+){_NAME}"
            ),
        ),
        NameCue(2.5, (rf"(?i:\b(?:at|with|@)\s+){_NAME}")),
        NameCue(
            2.5,
            (
                r"(?i:\byour\s+)(?P<name>(?:[A-Z0-9][\w&'’.-]*\s+){1,4})(?i:application|interview|offer|candidacy)\b"
            ),
        ),
        NameCue(2.5, (r"(?i:\bwelcome\s+to\s+)(?!(?i:the\s+)?(?i:team|family)\b)" + _NAME)),
        NameCue(2, (r"(?i:\b(?:interest\s+in|thanks?\s+from|message\s+from|news\s+from)\s+)" + _NAME)),
        NameCue(1.5, (r"^\s*+(?P<name>[^\n|:–—-]{2,60}?)\s*(?:\||:|–|—|\s-\s)(?P<other>.*)$")),
        NameCue(1.5, (r"^(?P<other>.*?)(?:\||–|—|\s-\s)\s*(?P<name>[^\n|:–—-]{2,60}?)\s*$")),
        NameCue(1, (r"^\s*(?P<name>(?:[A-Z0-9][\w&'’.-]*\s+){1,4})(?i:wants|would|is|has|invites)\b")),
        NameCue(2.5, (r"(?i:\boffer\s+(?:letter\s+)?from\s+(?:the\s+)?)" + _NAME)),
        _BETWEEN,
        _BEFORE_DOCUMENT,
    ),
    roles=(
        (rf"(?i:\b(?:position|role|post|job)\s+(?:of|as)\s+(?:an?\s+|the\s+)?)(?P<role>{_ROLE_CHARS})"),
        (
            rf"(?i:\b(?:for|to|of|as|in)\s+(?:the|a|an|our|this)\s+(?:open\s+|new\s+)?)(?P<role>{_ROLE_CHARS})\s+"
            r"(?i:position|role|job|opening|vacancy|post|gig|opportunity)\b"
        ),
        (
            rf"(?i:\b(?:application|applying|applied|interview|offer)\s+(?:for|to)\s+(?:the\s+|a\s+|an\s+)?)"
            rf"(?P<role>{_ROLE_CHARS})"
        ),
        (rf"(?i:\bas\s+(?:an?|our)\s+(?:new\s+)?)(?P<role>{_ROLE_CHARS})"),
        (rf"(?i:\bthe\s+)(?P<role>{_ROLE_CHARS})\s+(?i:position|role)\b"),
    ),
    subject_roles=(
        (rf"^(?P<role>{_ROLE_CHARS})\s+(?i:at|@|with)\s+"),
        (r"(?:[:–—|]|\s-\s)\s*(?P<role>[^:–—|\n]+?)\s*$"),
        (rf"^(?P<role>{_ROLE_CHARS})\s*(?:[:–—|]|\s-\s)"),
        (rf"(?i:\b(?:for|as)\s+(?:the\s+|a\s+|an\s+)?)(?P<role>{_ROLE_CHARS})"),
    ),
    patterns={
        "display_via": (
            r"(?i)" r"^(?P<name>.+?)(?<!\s)\s++(?:via|through|on behalf of|powered by)\s+(?P<relay>.+)$"
        ),
        "display_person_at": (r"(?i)" r"^(?P<person>.+?)(?<!\s)\s++(?:at|from|@|\|)\s+(?P<name>.+)$"),
        "display_suffix": (
            r"(?i)"
            r"^(?P<name>.+?)(?<![\s,|-])[\s,|-]++(?:recruiting|recruitment|careers?|talent(?:\s+acquisition)?|hr|"
            r"human\s+resources|"
            r"hiring|jobs|resourcing|people(?:\s+(?:team|ops|operations|(?:&|and)\s+culture))?|talent\s+team|recruiting\s+team|hiring\s+team|"
            r"university\s+recruiting|campus\s+recruiting|early\s+careers|no-?reply|notifications?|team|applications)"
            r"(?:\s+team)?\s*$"
        ),
        "display_prefix": (
            r"^(?:HR|Human\s+Resources|Recruiting|Recruitment|Careers|Talent(?:\s+Acquisition)?)(?:\s*[-|:–—]\s*|\s+(?:at|@)\s+|"
            r"\s+)(?=[A-Z0-9])"
        ),
        "sign_off": (
            r"(?i)"
            r"^(?:best|kind|warm|warmest|many)?\s*(?:regards|wishes|thanks|thank you|cheers|sincerely|best|"
            r"warmly|"
            r"cordially|talk soon|speak soon|"
            r"yours(?: truly| "
            r"sincerely)?|respectfully|all the best|with thanks|thanks again|take care)[,.!]?\s*$"
            r"|^--\s*$|^—\s*$"
        ),
        "boilerplate": (r"(?i)" r"\b(?:unsubscribe|privacy|automated|do\s+not\s+reply|equal\s+opportunit)"),
        "document_title": (
            r"(?i)"
            r"\b(?:offer\s+letter|(?:letter\s+of\s+)?offer\s+of\s+employment|letter\s+of\s+offer|employment\s+"
            r"(?:agreement|contract|offer)|contract)\b"
        ),
        "document_part": (
            r"(?i)(?:(?:signed|completed|final|your|draft)\s+)?(?:offer(?:\s+letter)?|(?:letter\s+of\s+)?offer\s+of\s+"
            r"employment|letter\s+of\s+offer|employment\s+(?:agreement|contract|offer)|contract(?:\s+of\s+employment)?|"
            r"(?:job\s+)?offer\s+(?:letter|agreement))"
        ),
        "calendar_subject": (
            r"(?i)"
            r"^\s*+(?:(?:updated|new\s+event|accepted|tentatively\s+accepted)\s*+:?\s*+)?invitation\s*+:\s*+(?P<title>.+?)"
            r"(?<!\s)\s++@\s+(?:mon|tue|wed|thu|fri|sat|sun|\d)[^@]*$"
        ),
        "role_tail": (
            r"(?i)"
            r"\s+(?:at|with|in|for|to|on|of|and|&|the|-|–)\s*$|\s+(?:position|role|job|opening|vacancy|post|gig)\s*$|"
            r"[\s,.]+$"
        ),
        "role_lead": (
            r"(?i)"
            r"^.{0,300}?\b(?:offer|letter|interview|invitation|application|update|confirmation|assessment|details|"
            r"required|reminder)\b.{0,300}?\b(?:for|as|[-–—:])\s+(?:the\s+|a\s+|an\s+)?"
        ),
        "role_id": (
            r"(?i)"
            r"(?<!\s)\s*[(\[]\s*+(?:job\s*+(?:id|#|no\.?|number)|req(?:uisition)?\.?\s*+(?:id|#|no\.?)?|ref(?:erence)?\.?\s*+"
            r"(?:id|#|no\.?)?|id)\s*+[:#]?\s*+[\w-]+\s*+[)\]]"
        ),
        "requisition": (
            r"(?i:\b(?:req(?:uisition)?\.?\s*+(?:id|#|no\.?|number|code)?|(?:job|position|posting|vacancy|opening|"
            r"ref(?:erence)?)\s*+(?:id|#|no\.?|number|code))"
            r"\s*+[:#]?\s*+)(?P<id>(?=[A-Z0-9-]*\d)[A-Z]{0,6}[-_]?[A-Z0-9][A-Z0-9-_]{2,24})\b"
            r"|\((?:(?i:id|req|ref)\s*[:#]?\s*)?(?P<paren>(?=[A-Z0-9-]*\d)(?:[A-Z]{1,6}[-_]?\d[\w-]{2,20}|"
            r"\d{4}-\d{3,10}|"
            r"\d{5,12}))\)"
            r"|\b(?P<bare>(?:JR|REQ|R|JOB|JID|VAC)[-_]?\d{4,}[\w-]*)\b"
        ),
        "employer_promise": (
            r"(?i)"
            r"\b(?:we|i|our\s+(?:[\w-]+\s+){0,2}(?:team|manager|coordinator|recruiter|panel|committee|board|department|"
            r"hr)s?|the\s+(?:[\w-]+\s+){0,2}(?:team|manager|coordinator|recruiter|panel|committee|board)|they|"
            r"someone)\b[^.;!?]{0,100}?"
            r"\b(?:get\s+back|be\s+back\s+(?:to|in\s+touch\s+with)\s+you|revert|respond|reply|answer|be\s+in\s+touch|update\s+you|"
            r"let\s+you\s+know|inform\s+you|"
            r"contact|wrap\s+up|conclude|send\s+you|write\s+(?:to\s+you|back)|drop\s+you\s+a\s+line|"
            r"reach\s+out|decide|reach\s+a\s+decision|mak(?:e|ing)\s+(?:a|our|the|any)\s+(?:final\s+)?decision|"
            r"provide\s+(?:you\s+"
            r"with\s+)?(?:an?\s+)?(?:update|feedback|answer|decision|response)|review\s+(?:your|all|the|every|each)|"
            r"complete\s+(?:all|the"
            r"|our)\s+(?:interviews|review|process)|come\s+back|follow\s+up|notify|have\s+(?:an?\s+)?(?:update|"
            r"decision|feedback|"
            r"answer)|finali[sz]e|send\s+(?:you\s+)?(?:the|an|your)(?!\s+(?:\w+\s+)?(?:link|invite|invitation|calendar|zoom|"
            r"teams|agenda|directions|address|parking))|be\s+(?:able\s+to\s+)?(?:share|confirm)|hear|"
            r"confirm\s+(?:the|an?|your|our)\s+(?:outcome|decision|result|next\s+steps)|"
            r"give\s+(?:you\s+|me\s+|us\s+)?(?:some\s+)?(?:feedback|an?\s+(?:answer|update|decision))|"
            r"mak(?:e|ing)\s+(?:their|his|her|a|our|the)\s+(?:final\s+)?(?:choice|selection)|"
            r"come\s+(?:straight\s+|right\s+)back|write\s+to\s+(?:all\s+|every\s+|each\s+)?(?:shortlisted|"
            r"successful|candidates|applicants))\w*"
            # "you'll receive an answer", not "you'll receive an invitation from the screening provider"
            r"|\byou(?:'ll|\s+will|\s+should|\s+can\s+expect\s+to)\s+(?:hear\b|(?:receive|get)\s+(?:an?\s+|our\s+|"
            r"the\s+|some\s+)?(?:\w+\s+)?(?:answer|update|decision|response|feedback|news|reply|outcome|offer|call)\b|"
            r"(?:receive|get)\s+(?:an?\s+)?(?:email|message|call)\s+from\s+(?:us|me|our)\b|"
            r"(?:receive|get)\s+(?:an?\s+|our\s+|the\s+)?(?:[\w-]+\s+){0,2}[\w-]+\s+from\s+(?:us|me|our\s+team|the\s+team)\b)"
            # "every finalist will receive an update"
            r"|\b(?:each|every|all)\s+(?:\w+\s+)?(?:candidates?|applicants?|finalists?)\s+will\s+(?:receive|hear|get)\b"
            r"|\b(?:decision|update|feedback|response|answer|outcome)s?\s+(?:is\s+expected\s+|will\s+be\s+(?:made|"
            r"shared|"
            r"sent)\s+)?(?:by|within|no\s+later\s+than|in\s+the\s+next)\b"
            r"|\bexpect\s+to\s+hear\b"
            # "your offer letter will come through on Monday", "the formal paperwork will follow in 48 hours"
            r"|\b(?:(?:written\s+|formal\s+|official\s+|full\s+|signed\s+)?(?:offer(?:\s+letter|\s+pack)?|contract|"
            r"paperwork)|(?:written|formal|official)\s+letter)"
            r"\s+(?:will|should)\s+(?:\w+\s+)?(?:come|follow|arrive|reach\s+you|land|hit\s+your\s+inbox|"
            r"be\s+(?:sent|issued|with\s+you|in\s+your\s+inbox))\b"
        ),
        "candidate_deadline": (
            r"(?i)"
            r"\b(?:please|kindly|if\s+you\s+could|could\s+(?:you|u)|can\s+(?:you|u)|would\s+you)\b[^.;!?]{0,140}?"
            r"\b(?:by|before|"
            r"within|no\s+later\s+than|until|prior\s+to|on\s+or\s+before)\b"
            r"|\b(?:any\s*time|anytime)\s+(?:before|until|up\s+to)\b"
            r"|\b(?:deadline|due\s+(?:date|by)|expires?|expiry|valid\s+until|open\s+until|have\s+until|"
            r"closes?\s+on)\b"
            r"|\byou\s+(?:will\s+)?(?:have|need|are\s+required|must|should)\b[^.;!?]{0,80}?\b(?:within|by|"
            r"before|until)\b"
            r"|\byou(?:'ll|\s+will)?\s+(?:have|get|be\s+given)\s+(?:up\s+to\s+)?\S+\s+(?:\w+\s+)?(?:days?|hours?|weeks?)\s+"
            r"to\b"
            r"|\b(?:complete|submit|return|send|sign|accept|respond|reply|confirm)\w*\b[^.;!?]{0,80}?\b(?:within|by|"
            r"before|"
            r"no\s+later\s+than)\b[^.;!?]{0,40}?\b(?:days?|hours?|week|monday|tuesday|wednesday|thursday|friday|"
            r"saturday|"
            r"sunday|\d)"
            r"|\b(?:let\s+(?:us|me)\s+know|get\s+back\s+to\s+(?:us|me)|respond|reply)\b[^.;!?]{0,60}?\b(?:by|before|"
            r"within)\b"
            r"|\b(?:have|get|receive)\s+your\s+(?:answer|decision|response|reply|acceptance)\s+(?:by|before|within)\b"
            r"|\b(?:have|get)\s+it\s+back\s+(?:by|before|within)\b"
            r"|\b(?:would|'d|will)\s+(?:like|want|need)\s+(?:an?\s+|your\s+)?(?:answer|decision|response|reply)\s+"
            r"(?:from\s+you\s+)?(?:by|before|within|no\s+later\s+than)\b"
        ),
        "past_context": (
            r"(?i)"
            r"\b(?:had\s+(?:arranged|scheduled|planned|booked)|originally|previously|instead\s+of|no\s+longer|"
            r"cancel\w*|"
            r"thank(?:s|\s+you)\s+(?:again\s+)?for\s+(?:taking|meeting|coming|your\s+time|speaking|the\s+time)|"
            r"met\s+with|"
            r"enjoyed|was\s+(?:scheduled|planned)|we\s+(?:met|spoke|talked)|last\s+(?:week|time))\b"
        ),
        "clause_split": (
            r"(?i)"
            r"(?<=[.!?])\s+|\n+|;\s*|:\s+(?=(?:we|i|you|our)\b)"
            r"|,?(?<![^\S\n])\s{1,80}+(?:and|but|so|while)\s+(?=(?:we|i|you|our|please)\b)"
            r"|,?(?<![^\S\n])\s{1,80}+but\s+(?=they\b)"
        ),
        "approximate": (
            r"(?i)" r"\b(?:week|month|within|in\s+(?:a|the|\d)|next\s+\d|days?|hours?|couple|few)\b"
        ),
        "date_hint": (
            r"(?i)"
            r"\d|\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|satur|sun)(?:day)?|today|tomorrow|tonight|weeks?|"
            r"months?|fortnights?|days?|hours?|eod|cob|noon|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
        ),
        "employer_first": (r"(?i)" r"^\W*(?:we|i|our|the\s+(?:[\w-]+\s+)?team|you(?:'ll|\s+will)\s+hear)\b"),
        "employer_will": (
            r"(?i)"
            r"\b(?:we|i)(?:'ll|'d|\s+will|\s+shall|\s+would|\s+expect|\s+aim|\s+hope|\s+plan|\s+usually|\s+typically|"
            r"\s+should)\b"
            r"|\byou(?:'ll|\s+will)\s+(?:hear|receive\s+(?:an?\s+)?(?:answer|update|decision|response))\b"
            r"|\bif\s+you\s+(?:have\s+not|haven't|do\s+not|don't)\s+(?:heard|hear|received?)\b"
        ),
        "not_heard": (r"(?i)" r"\bif\s+you\s+(?:have\s+not|haven't|do\s+not|don't)\s+(?:heard|hear)\b"),
        "asks_candidate": (
            r"(?i)"
            r"\b(?:please|kindly)\b|\byou\s+(?:will\s+)?(?:need|must|have|are\s+required|should)\b|\bdeadline\b"
            r"|\b(?:grateful|appreciate\w*)\s+if\s+you\s+(?:could|would|can)\b"
            r"|\b(?:ask|asking|require|requires|request|invite)\s+(?:you|all\s+candidates|candidates|applicants)\s+to\b"
            r"|\b(?:have|get)\s+it\s+back\b"
            r"|\b(?:would|'d)\s+like\s+you\s+to\b"
        ),
        "after_that": (
            r"(?i)"
            r"\b(?:after|following)\s+(?:that|this|then|those|these|which)\b|\band\s+then\s+(?:we|i)(?:'ll|\s+will)\b"
            # counted from an event the mail does not date: "within four weeks of the closing date"
            r"|\b(?:days?|weeks?)\s+(?:of|after|from|following)\s+(?:the\s+)?(?:closing|close|end\s+of|deadline)"
            # the answer waits on something undated: "a recruiter will reach out once a team is interested"
            r"|\b(?:once|when|if)\s+(?:there(?:'s|\s+is|\s+are)|a\s+(?:suitable\s+)?(?:team|role|position|vacancy)\s+"
            r"(?:is|becomes|opens))\b"
        ),
        "span_then": (
            r"(?i)"
            r"\b(?:within|over\s+the\s+(?:next|coming)|in\s+the\s+(?:next|coming))\s+\S+\s+(?:\w+\s+)?(?:days?|weeks?|"
            r"fortnight)\b[^.;!?]{0,20}?,?\s+(?:after|following)\s+which\b"
        ),
        "allow_for_answer": (
            r"(?i)"
            r"\ballow\s+(?:up\s+to\s+|at\s+least\s+|around\s+|approximately\s+)?\S+\s+(?:\S+\s+)?(?:business\s+|"
            r"working\s+)?(?:days?|weeks?)\s+for\s+(?:a\s+|an\s+|our\s+|the\s+)?(?:response|reply|review|decision|"
            r"feedback|answer|update)"
        ),
        "schedule_time_lead": (
            r"(?i)"
            r"(?:^|\n)[ \t>*•-]*(?:[A-Za-z][\w -]{0,20}:)?[ \t]*$"
            r"|\b(?:at|from|starting|starts|begins?|check\s+in\s+at)\s*$"
        ),
        "moved_from": (r"(?i)" r"\bfrom\s+(?:the\s+)?$"),
        "moved_to": (r"(?i)(?<!\s)" r"\s*(?:to|until|→)\s+(?:the\s+)?\w"),
        "role_company_split": r"(?<!\s)\s+(?:at|with|@)\s+(?=[A-Z])",
        "role_bounded": r"(?i)(?:role|position)$",
        "display_on_behalf": r"(?i)\son\s+behalf\s+of\s",
        "requisition_not": r"(?i)applicant|candidate|phone",
        "and_the_team": r"(?i)(?:and|&)\s+the\s+(?:[\w&'-]+\s+){1,3}team",
    },
)
