"""Dates as policies write them: "12 March 2024", "12th of March, 2024", "March 12, 2024", "2024-03-12",
"12/03/2024", "12.03.2024", "12-03-2024", as deeds and bylaws do, "this 25th day of July, 2013", and as Japanese,
Chinese and Korean documents do, "2024年3月1日". A numeric date
is read the way the document writes its dates: month first where it writes them so ("September 2, 2020",
"08/15/2022") more often than day first, day first where it writes "2 September 2020" or "15/08/2022", or, giving no
date that reads one way only, where it spells the British way ("organisation", "behaviour") or the American. A date
with dots (12.03.2024) is day first. A date that could be either and a document that gives no sign is not read:
10-7-2022 is 10 July or 7 October. Review periods too: "every two years", "annually" -> "2 years", "1 year"."""

from __future__ import annotations

import re
from datetime import date

from .document import Block, Paragraph

_MONTHS = {name: number for number, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_MONTHS.update({name[:3]: number for name, number in list(_MONTHS.items())})
_MONTHS["sept"] = 9
# ... and as Danish, Norwegian, Swedish and German write those that differ: "4. december 2017", "1 maj 2020"
_MONTHS.update({"januar": 1, "januari": 1, "februar": 2, "februari": 2, "marts": 3, "mars": 3, "maj": 5, "mai": 5,
                "juni": 6, "juli": 7, "augusti": 8, "oktober": 10, "dezember": 12, "märz": 3})
MONTH_NAMES = "|".join(sorted((name.capitalize() for name in _MONTHS), key=len, reverse=True))  # "September|..."
DATE = re.compile(
    r"(?P<iso>\d{4}-\d{2}-\d{2})|(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})"
    r"|(?P<day>\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:(?:[Dd]ay\s+)?of\s+)?(?P<month>[A-Za-zä]+)\.?,?\s+(?P<year>\d{4})"
    r"|(?P<us_month>[A-Za-z]+)\.?\s+(?P<us_day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+|/)(?P<us_year>\d{4})"
    # Japanese and Chinese "2024年3月1日", Korean "2024년 3월 1일"
    r"|(?P<cjk_year>\d{4})\s*[年년]\s*(?P<cjk_month>\d{1,2})\s*[月월]\s*(?P<cjk_day>\d{1,2})\s*[日일]",
)
_YEAR = re.compile(r"\d{4}")


# Words spelt one way in British English and another in American: a sign of which way a document writes its dates
_SPELT = r"(?:organi|recogni|authori|prioriti|minimi|reali|utili|apologi|emphasi|summari|categori)"
_BRITISH_SPELLING = re.compile(
    rf"\b(?:{_SPELT}s(?:e|ed|es|ing|ation|ations)|(?:behavi|col|fav|hon|lab|neighb)our(?:s|ed|ing|al)?"
    r"|centres?|licences?|programmes?|defence|offences?|whilst)\b", re.IGNORECASE)
_AMERICAN_SPELLING = re.compile(
    rf"\b(?:{_SPELT}z(?:e|ed|es|ing|ation|ations)|(?:behavi|col|fav|hon|lab|neighb)or(?:s|ed|ing|al)?"
    r"|centers?|defense|offenses?)\b", re.IGNORECASE)


def writes_month_first(blocks: list[Block]) -> bool | None:
    """Whether the text writes its dates month first ("September 2, 2020", "08/15/2022"): an American document, whose
    09/02/2020 is 2 September; a British one's is 9 February. True or False where it writes more dates one way than
    the other, else as its spelling shows ("organization" or "organisation"); None where nothing shows which."""
    counts = {"us_month": 0, "month": 0}
    texts = [block.plain if isinstance(block, Paragraph) else " | ".join(sum(block.rows, ())) for block in blocks]
    for text in texts:  # (every date has a year: a paragraph without four digits in a row has none)
        for match in DATE.finditer(text) if _YEAR.search(text) else ():
            for kind, month in (("us_month", match["us_month"]), ("month", match["month"])):
                counts[kind] += bool(month and month.lower() in _MONTHS)
            if match["y"]:  # a numeric date that reads one way only: 08/15/2022 month first, 15/08/2022 day first
                first, second = int(match["d"]), int(match["m"])
                counts["us_month"] += second > 12 >= first
                counts["month"] += first > 12 >= second
    if counts["us_month"] != counts["month"]:
        return counts["us_month"] > counts["month"]
    text = "\n".join(texts)
    american, british = len(_AMERICAN_SPELLING.findall(text)), len(_BRITISH_SPELLING.findall(text))
    return american > british if american != british else None


def reads_two_ways(text: str) -> bool:
    """Whether the date in ``text`` is numeric and reads as two days: 10-7-2022 (10 July or 7 October)."""
    match = DATE.search(text)
    return bool(match and match["y"] and match["sep"] != "." and match["d"] != match["m"]
                and int(match["d"]) <= 12 and int(match["m"]) <= 12)


def read_date(text: str, month_first: bool | None = False) -> date | None:
    """The date ``text`` states; ``month_first``: the document writes 09/02/2020 for 2 September (None: nothing
    shows which way, and a date that reads two ways is not read)."""
    match = DATE.search(text)
    try:
        if match is None:
            return None
        if match["iso"]:
            return date.fromisoformat(match["iso"])
        if match["y"]:
            if month_first is None and reads_two_ways(match[0]):
                return None
            first, second = int(match["d"]), int(match["m"])
            # month first where the document writes so, or where the date can be read no other way: 08/15/2022
            if (month_first and first <= 12 and match["sep"] != ".") or (second > 12 >= first):
                first, second = second, first
            return date(int(match["y"]), second, first)
        if match["cjk_year"]:
            return date(int(match["cjk_year"]), int(match["cjk_month"]), int(match["cjk_day"]))
        if match["us_month"]:
            month = _MONTHS.get(match["us_month"].lower())
            return date(int(match["us_year"]), month, int(match["us_day"])) if month else None
        month = _MONTHS.get(match["month"].lower())
        return date(int(match["year"]), month, int(match["day"])) if month else None
    except ValueError:
        return None


_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "twelve": 12, "eighteen": 18,
                 "twenty-four": 24}
_WORD_PERIODS = {"annually": "1 year", "every year": "1 year", "yearly": "1 year", "biennially": "2 years",
                 "every other year": "2 years", "triennially": "3 years", "annual": "1 year", "biennial": "2 years",
                 "two-yearly": "2 years", "triennial": "3 years", "three-yearly": "3 years", "once a year": "1 year",
                 "twice a year": "6 months", "once per year": "1 year", "twice per year": "6 months"}


def sentence_period(match: re.Match) -> str | None:
    """A review period as a sentence gives it: groups n and unit ("every two years"), word or basis ("annually"),
    alternate ("every odd numbered fiscal year": every second year)."""
    if match.groupdict().get("alternate"):
        return "2 years"
    if match["n"]:
        amount = int(match["n"]) if match["n"].isdigit() else _NUMBER_WORDS.get(match["n"].lower())
        if match["unit"].lower().startswith("day"):  # "at least every 365 days", as certificate policies say a year
            return "1 year" if amount in (365, 366) else None
        unit = "years" if match["unit"].lower().startswith("year") else "months"
        return f"{amount} {unit}" if amount else None
    return _WORD_PERIODS.get(" ".join((match["word"] or match["basis"]).lower().split()))


def period_words(value: str) -> str | None:
    """A review period as a label's value gives it: "2 years", "every six months", "annually", "on an annual basis"."""
    words = value.lower()
    if match := re.match(r"^(?:every\s+)?(\d+|[a-z]+(?:-[a-z]+)?)\s+(years?|months?)\b", words):
        amount = int(match[1]) if match[1].isdigit() else _NUMBER_WORDS.get(match[1])
        return f"{amount} {'years' if match[2].startswith('year') else 'months'}" if amount else None
    words = re.sub(r"^on\s+an?\s+([\w-]+)\s+basis\b", r"\1", words)  # "on an annual basis"
    return next((period for word, period in _WORD_PERIODS.items() if words.startswith(word)),
                "1 year" if words.startswith("annual") else None)
