"""What we know about the relays that send mail on an employer's behalf.

Sender domains are usually applicant-tracking systems (ATS), job boards or e-signature services,
not the employer, so none of these may ever become the company of an application.
"""

from __future__ import annotations

from functools import lru_cache

# Registrable domains (and well-known mail subdomains) of applicant-tracking systems.
ATS_DOMAINS: frozenset[str] = frozenset(
    {
        "greenhouse.io",
        "greenhouse-mail.io",
        "lever.co",
        "hire.lever.co",
        "myworkday.com",
        "myworkdayjobs.com",
        "myworkdaysite.com",
        "ashbyhq.com",
        "ashbymail.com",
        "smartrecruiters.com",
        "smartrecruitersmail.com",
        "icims.com",
        "workablemail.com",
        "workable.com",
        "jobvite.com",
        "jobvite-inc.com",
        "taleo.net",
        "oraclecloud.com",
        "successfactors.com",
        "successfactors.eu",
        "sapsf.com",
        "sapsf.eu",
        "bamboohr.com",
        "recruitee.com",
        "teamtailor.com",
        "teamtailor-mail.com",
        "breezy.hr",
        "breezyhr.com",
        "jazzhr.com",
        "applytojob.com",
        "jazz.co",
        "personio.com",
        "personio.de",
        "pinpointhq.com",
        "rippling.com",
        "rippling-ats.com",
        "dover.com",
        "dover.io",
        "gem.com",
        "hireez.com",
        "paradox.ai",
        "phenom.com",
        "phenompeople.com",
        "avature.net",
        "cornerstoneondemand.com",
        "csod.com",
        "ultipro.com",
        "ukg.com",
        "paylocity.com",
        "paycomonline.net",
        "paycor.com",
        "dayforcehcm.com",
        "ceridian.com",
        "kenexa.com",
        "brassring.com",
        "hirebridge.com",
        "clearcompany.com",
        "comeet.co",
        "comeet.com",
        "freshteam.com",
        "zohorecruit.com",
        "manatal.com",
        "homerun.co",
        "join.com",
        "recruiterflow.com",
        "hiringthing.com",
        "trakstar.com",
        "hireology.com",
        "apploi.com",
        "fountain.com",
        "workstream.us",
        "harver.com",
        "eightfold.ai",
        "beamery.com",
        "jobdiva.com",
        "bullhorn.com",
        "bullhornstaffing.com",
        "crelate.com",
        "loxo.co",
        "odoo.com",
        "emplo.com",
        "mightyrecruiter.com",
        "hirehive.com",
        "hrmdirect.com",
        "isolvedhire.com",
        "applicantpro.com",
        "applicantstack.com",
        "ciphr.com",
        "tribepad.com",
        "eploy.net",
        "networx.com",
        "pageuppeople.com",
        "pageup.com.au",
        "livehire.com",
        "jobadder.com",
        "hackerrankforwork.com",
        # Europe: Germany, France, Spain, Italy
        "softgarden.io",
        "softgarden.de",
        "flatchr.io",
        "taleez.com",
        "factorialhr.com",
        "inrecruiting.com",
        "welcomekit.co",
        "concludis.de",
        "dvinci.de",
        "rexx-systems.com",
    }
)

# Job boards and professional networks: they relay and advertise, they never employ.
JOB_BOARD_DOMAINS: frozenset[str] = frozenset(
    {
        "linkedin.com",
        "indeed.com",
        "indeedemail.com",
        "glassdoor.com",
        "ziprecruiter.com",
        "monster.com",
        "dice.com",
        "wellfound.com",
        "angel.co",
        "otta.com",
        "welcometothejungle.com",
        "joinhandshake.com",
        "handshake.com",
        "hired.com",
        "builtin.com",
        "simplyhired.com",
        "careerbuilder.com",
        "stepstone.com",
        "stepstone.de",
        "reed.co.uk",
        "totaljobs.com",
        "seek.com.au",
        "jobstreet.com",
        "naukri.com",
        "xing.com",
        "hiringcafe.com",
        "jobs.nhs.uk",
        "healthjobsuk.com",
        # Europe: the boards of the countries whose mail is read in its language
        "infojobs.net",
        "infojobs.it",
        "net-empregos.com",
        "stepstone.be",
        "indeed.fr",
        "apec.fr",
        "francetravail.fr",
        "nationalevacaturebank.nl",
        "werk.nl",
        "itjobs.pt",
        "sapo.pt",
    }
)

# Services that carry signatures, assessments and bulk mail for the employer. Companies that also
# employ people (Google, Microsoft, Adobe, Dropbox, Oracle, Workday) are left out on purpose.
SERVICE_DOMAINS: frozenset[str] = frozenset(
    {
        "docusign.net",
        "docusign.com",
        "echosign.com",
        "adobesign.com",
        "hellosign.com",
        "dropboxsign.com",
        "pandadoc.com",
        "signnow.com",
        "boldsign.com",
        "signwell.com",
        "oneflow.com",
        "signeasy.com",
        "scrive.com",
        "zohosign.com",
        "yousign.com",
        "yousign.fr",
        "signrequest.com",
        "eversign.com",
        "signable.co.uk",
        "skribble.com",
        "signaturit.com",
        "validsign.eu",
        "signhost.com",
        "airslate.com",
        "hackerrank.com",
        "codility.com",
        "testgorilla.com",
        "codesignal.com",
        "coderbyte.com",
        "hirevue.com",
        "calendly.com",
        "goodtime.io",
        "modernloop.io",
        "zoom.us",
        "checkr.com",
        "sterlingcheck.com",
        "hireright.com",
        "fadv.com",
        "referoo.com",
        "goodhire.com",
        "certn.co",
        "accurate.com",
        "firstadvantage.com",
        "referoo.com.au",
        "xref.com",
        "crosschq.com",
        "skillsurvey.com",
        "sendgrid.net",
        "mailgun.org",
        "amazonses.com",
        "mandrillapp.com",
        "mailchimp.com",
        "hubspotemail.net",
        # European e-signature services
        "yousign.app",
        "validsign.nl",
        "infocert.it",
        "namirial.com",
        "docaposte.fr",
        "universign.com",
    }
)

FREE_MAIL_DOMAINS: frozenset[str] = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "hotmail.co.uk",
        "live.com",
        "msn.com",
        "yahoo.com",
        "yahoo.co.uk",
        "ymail.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "pm.me",
        "gmx.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "mail.com",
        "yandex.com",
        "yandex.ru",
        "zoho.in",
        "fastmail.com",
        "hey.com",
        "tutanota.com",
        "qq.com",
        "163.com",
    }
)

# Names of relays (applicant-tracking systems, job boards, e-signature, assessment and screening services) as
# they appear in display names, text and host labels ("Acme via Greenhouse", "acme.wd5.myworkdayjobs.com").
RELAY_NAMES: frozenset[str] = frozenset(
    {
        "greenhouse",
        "lever",
        "workday",
        "ashby",
        "smartrecruiters",
        "icims",
        "workable",
        "jobvite",
        "taleo",
        "successfactors",
        "sap successfactors",
        "bamboohr",
        "bamboo hr",
        "recruitee",
        "teamtailor",
        "breezy",
        "breezy hr",
        "jazzhr",
        "jazz hr",
        "personio",
        "pinpoint",
        "rippling",
        "dover",
        "gem",
        "linkedin",
        "indeed",
        "glassdoor",
        "ziprecruiter",
        "handshake",
        "wellfound",
        "docusign",
        "adobe sign",
        "dropbox sign",
        "hellosign",
        "pandadoc",
        "signnow",
        "boldsign",
        "signwell",
        "oneflow",
        "signeasy",
        "scrive",
        "zoho sign",
        "zohosign",
        "yousign",
        "signrequest",
        "eversign",
        "signable",
        "skribble",
        "signaturit",
        "validsign",
        "signhost",
        "airslate",
        "sign now",
        "hackerrank",
        "codility",
        "testgorilla",
        "codesignal",
        "hirevue",
        "calendly",
        "goodtime",
        "checkr",
        "hireright",
        "sterling",
        "referoo",
        "goodhire",
        "certn",
        "first advantage",
        "xref",
        "crosschq",
        "skillsurvey",
        "adobe acrobat sign",
        "acrobat sign",
        "odoo",
        "emplo",
        "paradox",
        "phenom",
        "avature",
        "bullhorn",
        "nhs jobs",
        "calendar",
        "google calendar",
        "outlook calendar",
        "adp",
        "applytojob",
        "ashbyhq",
        "brassring",
        "breezyhr",
        "comeet",
        "eightfold",
        "hirebridge",
        "jobdiva",
        "myworkday",
        "myworkdayjobs",
        "oraclecloud",
        "paylocity",
        "phenompeople",
        "pinpointhq",
        "ukg",
        "ultipro",
        "welcometothejungle",
        # European services and boards
        "softgarden",
        "flatchr",
        "taleez",
        "factorial",
        "inrecruiting",
        "infojobs",
        "netempregos",
        "stepstone",
        "xing",
        "gosign",
        "infocert",
        "namirial",
        "universign",
    }
)

_MULTI_PART_SUFFIXES: frozenset[str] = frozenset(
    {
        "co.uk",
        "org.uk",
        "ac.uk",
        "gov.uk",
        "com.au",
        "net.au",
        "org.au",
        "edu.au",
        "co.nz",
        "co.jp",
        "com.br",
        "co.in",
        "com.sg",
        "com.vn",
        "co.id",
        "co.za",
        "com.mx",
        "com.tr",
        "com.cn",
        "com.hk",
        "co.kr",
    }
)


def registrable_domain(domain: str) -> str:
    """The part of a host name a company registers: "mail.careers.acme.co.uk" -> "acme.co.uk"."""
    labels = [label for label in domain.lower().strip().strip(".").split(".") if label]
    if len(labels) <= 2:
        return ".".join(labels)
    if ".".join(labels[-2:]) in _MULTI_PART_SUFFIXES:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


# Reserved test top-level domains (RFC 2606): "greenhouse-mail.example" stands for the real relay on any TLD.
_RESERVED_TLDS = frozenset({"example", "test", "invalid", "localhost"})


@lru_cache(maxsize=8)
def _stems(known: frozenset[str]) -> frozenset[str]:
    """The listed domains without their public suffix: "greenhouse-mail.io" -> "greenhouse-mail"."""
    stems = set()
    for entry in known:
        labels = entry.split(".")
        cut = 2 if ".".join(labels[-2:]) in _MULTI_PART_SUFFIXES else 1
        if len(labels) > cut:
            stems.add(".".join(labels[:-cut]))
    return frozenset(stems)


def _matches(domain: str, known: frozenset[str]) -> bool:
    """True when the domain or a parent of it is listed ("us.greenhouse-mail.io" -> "greenhouse-mail.io")."""
    labels = domain.lower().strip().strip(".").split(".")
    if len(labels) > 1 and labels[-1] in _RESERVED_TLDS:
        stems = _stems(known)
        stem = labels[:-1]
        return any(".".join(stem[start:]) in stems for start in range(len(stem)) if stem[start])
    # every label suffix is looked up once: a few set lookups instead of a scan of the whole list
    return any(".".join(labels[start:]) in known for start in range(len(labels)) if labels[start])


def is_ats_domain(domain: str) -> bool:
    """True for applicant-tracking relays (greenhouse.io, hire.lever.co, acme.myworkday.com, ...)."""
    return _matches(domain, ATS_DOMAINS)


def is_job_board_domain(domain: str) -> bool:
    return _matches(domain, JOB_BOARD_DOMAINS)


def is_service_domain(domain: str) -> bool:
    """True for signature, assessment, scheduling and screening services (docusign.net, hirevue.com, ...)."""
    return _matches(domain, SERVICE_DOMAINS)


def is_relay_domain(domain: str) -> bool:
    """True when the domain can never name the employer: ATS, job board, service or free mail."""
    return (
        is_ats_domain(domain)
        or is_job_board_domain(domain)
        or _matches(domain, SERVICE_DOMAINS)
        or _matches(domain, FREE_MAIL_DOMAINS)
    )


def is_relay_name(name: str) -> bool:
    """True when a display-name fragment names a relay rather than an employer ("Greenhouse")."""
    return name.strip().lower() in RELAY_NAMES
