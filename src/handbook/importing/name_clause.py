"""The clause of a constitution, by-laws or statutes that gives the organisation its name: "The name of the organization
shall be the Ronin Institute for Independent Scholarship", 'The name of the corporation is "OpenJS Foundation"', 'The
association bears the name "oemof"', "The Club shall be called Ashdown Rowing Club", "We are known as the Alphabet
Workers Union", French statutes' "an association ... having as title: « Alakajam! »" and "une association dénommée :
Radio Rhino", Czech statutes' "Spolek s názvem Pyvec, z.s.", Finnish rules' "Yhdistyksen nimi on OpenVAA ry", Danish
and Norwegian statutes' "Foreningens navn er 'Kantineforening ved Datalogisk Institut'" (in curly single quotes), and
the forms German statutes open with in their first article ('Der Verein führt den Namen "..."', 'Die Genossenschaft
heißt "..."', 'Die Genossenschaft führt die Firma "..."', 'Unter der Firma "..." besteht ... eine Genossenschaft'). A
name in quotation marks is taken as quoted, whatever its case ("oemof", "noris.solar eG"); one without is taken as
names are written (handbook.importing.organisation.NAME)."""

from __future__ import annotations

import re

_KINDS = (r"organi[sz]ation|corporation|company|association|society|club|charity|trust|body|co-?operative|foundation|"
          r"group|network|federation|cio|union|council")
_GERMAN_KINDS = r"verein|genossenschaft|gesellschaft|stiftung|verband|körperschaft"
_FRENCH_KINDS = r"association|fondation|société|coopérative|fédération"
_CZECH_KINDS = r"spolek|nadace|ústav|družstvo|společnost|sdružení|nadační\s+fond"
# ("The name of the charitable incorporated organisation is Student Robotics": the kind with words before it)
_CLAUSE = (rf"\b(?i:the\s+name\s+of\s+(?:the|this)\s+(?:[a-z-]+\s+){{0,2}}?(?:{_KINDS})\s+(?:shall\s+be|is|will\s+be)|"
           rf"the\s+(?:{_KINDS})\s+(?:bears\s+the\s+name|shall\s+be\s+(?:called|known\s+as)|is\s+(?:called|named))|"
           r"we\s+(?:are|shall\s+be)\s+(?:known\s+as|called)|"
           # French statutes' "une association ... ayant pour titre", translated: "create an association governed by
           # the law of July 1st 1901, having as title: « Alakajam! »"
           rf"an?\s+(?:{_KINDS})\b[^.;]{{0,120}}?\bhaving\s+as\s+(?:its\s+)?(?:title|name)\s*:?|"
           # ... and in French: "une association dénommée : Radio Rhino", "... ayant pour titre : « ... »"
           rf"une\s+(?:{_FRENCH_KINDS})\b[^.;]{{0,120}}?\b(?:dénommée|ayant\s+pour\s+(?:titre|nom|dénomination))\s*:?|"
           # Czech statutes' "Spolek s názvem Pyvec, z.s." ("the association with the name ..."), "Název spolku zní:"
           rf"(?:{_CZECH_KINDS})\s+(?:s\s+názvem|nese\s+název)\s*:?|"
           r"název\s+(?:spolku|nadace|ústavu|družstva)\s+(?:je|zní)\s*:?|"
           # Finnish, Swedish, Danish and Norwegian rules' "Yhdistyksen nimi on OpenVAA ry", "Föreningens namn är ...",
           # "Foreningens navn er ..."
           r"(?:yhdistyksen|säätiön|osuuskunnan)\s+nimi\s+on|(?:föreningens|stiftelsens)\s+namn\s+är|"
           r"(?:foreningens|fondens|selskabets|selskapets|stiftelsens|lagets)\s+navn\s+er|"
           rf"(?:der|die|das)\s+(?:{_GERMAN_KINDS})\s+(?:führt\s+den\s+namen|führt\s+die\s+firma|trägt\s+den\s+namen|"
           # ... or Swiss ones': 'Unter der Firma "sinndrin genossenschaft" besteht ... eine Genossenschaft'
           r"heißt)|unter\s+(?:dem\s+namen|der\s+firma))\s+(?:the\s+)?")
# ("« Alakajam! »", and in curly single quotes as Danish statutes write them)
_QUOTED = "\\s?(?P<quoted>[^\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\n]{2,60}?)\\s?[\"\u201c\u201d\u00bb\u2019]"


def name_clause(name: str) -> re.Pattern:
    """The clause, with ``name``: a pattern of how names are written (group ``v``) for a name not in quotes."""
    return re.compile(rf"{_CLAUSE}(?:[\"\u201c\u201e\u00ab\u2018]{_QUOTED}|(?P<v>{name}))")
