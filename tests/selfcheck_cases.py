"""Profile texts and what the self-check should find in them, for the real checklist
(policy_src/social-media/checklist.yml). The unit tests check CPython against this table; the
browser test and the command-line test check that Pyodide in Chromium and ``handbook selfcheck``
find exactly what CPython finds, on this table and on every labelled text in tests/data/.

Each case: the text, the kinds of findings expected (in order), and the words expected to be
quoted for the school and the role ("" when that finding is not expected).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import yaml

DATA = Path(__file__).resolve().parent / "data"


class Case(NamedTuple):
    text: str
    kinds: tuple[str, ...]
    school: str = ""
    role: str = ""


NOTHING = ("identifies-nothing", "disclaimer-not-needed")
SCHOOL_NO_DISCLAIMER = ("identifies-school", "disclaimer-missing")
SCHOOL_ROLE_NO_DISCLAIMER = ("identifies-school", "identifies-role", "disclaimer-missing")
ROLE = ("identifies-role", "disclaimer-not-needed")

CASES = [
    # Nothing to check, or nothing found.
    Case("", ()),
    Case("   \n\t ", ()),
    Case("Dad of two. Runner. Coffee.", NOTHING),
    Case("I teach at a school in Lincoln", NOTHING),  # "teach" is not a role name
    Case("First Hughes family reunion", NOTHING),  # "st hughes" spans two words: not the school
    Case("Latest Hughs news", NOTHING),  # "st" inside "latest" is not "St"
    Case("Hughstone Road bakery", NOTHING),
    Case("Feast of St Hugh today", NOTHING),  # the saint, not the school
    Case("Views are my own", ("identifies-nothing", "disclaimer-not-needed-present")),  # reported all the same
    # The school, in the forms people write.
    Case("Proud to work at St Hugh's!", SCHOOL_NO_DISCLAIMER, "St Hugh's"),
    Case("Proud to work at St. Hughs!", SCHOOL_NO_DISCLAIMER, "St. Hughs"),
    Case("Saint Hugh's School alumni", SCHOOL_NO_DISCLAIMER, "Saint Hugh's"),
    Case("ST HUGH\u2019S sports day", SCHOOL_NO_DISCLAIMER, "ST HUGH\u2019S"),
    Case("follow @sthughs for news", SCHOOL_NO_DISCLAIMER, "sthughs"),
    Case("Maths teacher @ SHS", SCHOOL_ROLE_NO_DISCLAIMER, "SHS", "teacher"),
    Case("#StHughsFamily #TeamStHughs", SCHOOL_NO_DISCLAIMER, "#StHughsFamily"),
    Case("St Hugh&#39;s school governor", ("identifies-school", "identifies-role", "disclaimer-missing"),
         "St Hugh's school", "school governor"),  # an HTML entity pasted from a web page
    Case("#SHSpride", SCHOOL_NO_DISCLAIMER, "#SHSpride"),
    Case("j.smith@sthughs.co.uk", SCHOOL_NO_DISCLAIMER, "sthughs"),
    # Other institutions with similar names are not the school.
    Case("Art teacher at St Hugh's College, Bicester", ("identifies-role", "disclaimer-not-needed"), role="teacher"),
    Case("Alumnus of @StHughsCollege and St Hughes Hall", NOTHING),
    Case("fishshop and sthughscollege.org", NOTHING),
    Case("#StHughsSchool", SCHOOL_NO_DISCLAIMER, "StHughsSchool"),
    Case("see sthughs.org.uk", SCHOOL_NO_DISCLAIMER, "sthughs"),
    Case("STHUGHS", SCHOOL_NO_DISCLAIMER, "STHUGHS"),
    Case("st-hughs and st_hughs", SCHOOL_NO_DISCLAIMER, "st-hughs"),
    Case("St\u00a0Hugh\u2018s", SCHOOL_NO_DISCLAIMER, "St\u00a0Hugh\u2018s"),  # no-break space, left quote
    # Invisible and right-to-left characters inside the name.
    Case("St Hu\u200bgh's", SCHOOL_NO_DISCLAIMER, "St Hugh's"),
    Case("St\u00adHughs", SCHOOL_NO_DISCLAIMER, "StHughs"),
    Case("S\u200dt H\ufeffughs", SCHOOL_NO_DISCLAIMER, "St Hughs"),
    Case("\u202eSt Hugh's\u202c", SCHOOL_NO_DISCLAIMER, "St Hugh's"),
    Case("\u05de\u05d5\u05e8\u05d4 \u05d1-St Hugh's \u200f", SCHOOL_NO_DISCLAIMER, "St Hugh's"),  # Hebrew around it
    # Roles, with or without the school.
    Case("Teacher at St Hugh's", SCHOOL_ROLE_NO_DISCLAIMER, "St Hugh's", "Teacher"),
    Case("Teaching assistant. Views my own.", ("identifies-role", "disclaimer-not-needed-present"),
         role="Teaching assistant"),
    Case("Headteacher and runner", ROLE, role="Headteacher"),
    Case("Maths teachers unite", ROLE, role="teachers"),
    Case("SENCo and form tutor", ROLE, role="SENCo"),
    Case("School governor since 2019", ROLE, role="School governor"),
    # Disclaimers: adequate, or lacking a part.
    Case(
        "Teacher at St Hugh's. Views are my own and do not represent St Hugh's.",
        ("identifies-school", "identifies-role", "disclaimer-adequate"),
        "St Hugh's",
        "Teacher",
    ),
    Case(
        "St Hugh\u2019s \u2014 these views are my own and do not necessarily represent the views of St Hugh\u2019s",
        ("identifies-school", "disclaimer-adequate"),
        "St Hugh\u2019s",
    ),
    Case("Teacher at St Hugh's. Views my own.", ("identifies-school", "identifies-role", "disclaimer-personal-only"),
         "St Hugh's", "Teacher"),
    Case("St Hugh's. This account doesn't represent the school.",
         ("identifies-school", "disclaimer-dissociation-only"), "St Hugh's"),
    Case("Thoughts my own. Not speaking for St Hugh's", ("identifies-school", "disclaimer-adequate"), "St Hugh's"),
    Case("St Hughs. Views are my\u200b own and do not repre\u200bsent the school",
         ("identifies-school", "disclaimer-adequate"), "St Hughs"),
    # Hostile input is only text.
    Case("<script>alert(\"St Hugh's\")</script>", SCHOOL_NO_DISCLAIMER, "St Hugh's"),
    Case('<img src=x onerror="alert(1)"> <b>St Hughs</b> views are my own, not the views of my employer',
         ("identifies-school", "disclaimer-adequate"), "St Hughs"),
    Case("\U0001f3eb St Hugh's \U0001f393 teacher \U0001f600 views my own, do not represent St Hugh's",
         ("identifies-school", "identifies-role", "disclaimer-adequate"), "St Hugh's", "teacher"),
]


def labelled_texts() -> list[str]:
    """Every labelled profile text and post (tuning and held-out parts), for comparing CPython with
    Pyodide and the command line. Their labels are for benchmarks/selfcheck_agreement.py, not tests."""
    texts = []
    for name in ("selfcheck_tuning.yml", "selfcheck_heldout.yml"):
        texts += [item["text"] for item in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))]
    return texts
