"""How an organisation's name is written, as a pattern every module reading names shares (NAME): its words, its legal
form ("GitHub, Inc.", "Tuist GmbH"), and the series company a project of the Linux Foundation's is held by."""

from __future__ import annotations

from .organisation_words import COMPANY, DOTTED_LEGAL_FORM

# A name as organisations write their own: "Model Company Inc.", "GitHub, Inc.", "The Carpentries", "W3C", "18F",
# "jQuery Foundation" (a capital after its first letter), "CA/Browser Forum"; never begun inside a word (not "Query"
# of "jQuery", nor "Browser" of "CA/Browser")
# ("B.V." a legal form whole, not "B.V" a word and its dot left to end the sentence; a saint's "St." and the plural
# possessives names hold, "St. Jude Children's Research Hospital", "St Mary's College", never any word's "'s")
_NAME_PART = (rf"(?:(?:Inc|Ltd|Co|Corp)\.|(?<![\w-])St\.(?=\s+[A-Z])|(?<![\w-])(?:{DOTTED_LEGAL_FORM})"
              r"|(?<![\w-])(?:Children|Women|Men|People)['\u2019]s|(?:(?<=St\.\s)|(?<=St\s))[A-Z]\w*['\u2019]s"
              r"|(?<![\w/-])(?:[A-Z]|[a-z]{1,2}[A-Z])[\w&-]*(?:\.\w+)*(?:/[A-Z][\w&-]*)?|\d+[A-Z][\w&-]*)")
# (a place's "upon" and "on the" inside it, "Kingston upon Thames", "Vintage on the River Homeowners Association";
# "of" never last; "Zarf a Series of LF Projects, LLC": a project the Linux Foundation's series company holds, its name
# written as the project writes it, "sigstore a Series of LF Projects, LLC", or with its initials, "Repository Service
# for TUF (RSTUF) a Series of LF Projects, LLC")
_SERIES_PROJECT = r"(?<![\w-])[a-z][\w-]*(?=,?\s+a\s+Series\s+of\s)"
_SERIES = r",?\s+(?:\([A-Z][A-Za-z]{1,9}\)\s+)?a\s+Series\s+of\s+"  # (also "OpenBao, a Series of ...")
# (at most MOST_WORDS words after the first: a name tried at each word of a long run of capitalised words, a garbled
# page's or a caps disclaimer's, would otherwise run to the run's end from each, its time the square of its length)
MOST_WORDS = 12
NAME = (rf"(?:{_NAME_PART}|{_SERIES_PROJECT})(?:(?:{_SERIES}|\s+(?:(?:of|and|for|the|&|upon|on(?=\s+the\s))\s+){{0,3}})"
        rf"{_NAME_PART}){{0,{MOST_WORDS}}}"
        rf"(?:,?\s+{COMPANY})?")
