"""The statements the front-matter patterns were written against: those of the test documents
(tests/docx_builder.py, tests/fixtures/import/complaints.html) and a few more of the same kind."""

CASES = [
    (["Safeguarding and Child Protection Policy", "Riverside Primary School",
      "Policy owner: Designated Safeguarding Lead", "Approved by: Full Governing Body on 14 September 2025",
      "This policy is reviewed every year.", "This policy applies to all staff, volunteers and governors."],
     {"organisation": "Riverside Primary School", "owner": "Designated Safeguarding Lead",
      "approved_by": "Full Governing Body", "approved_on": "2025-09-14", "review_every": "1 year",
      "applies_to": "governors, staff, volunteers"}),
    (["Complaints Policy", "Hillside Academy", "Policy owner: Business Manager",
      "Approved by: Local Governing Body on 3 March 2025", "This policy is reviewed every two years."],
     {"organisation": "Hillside Academy", "owner": "Business Manager", "approved_by": "Local Governing Body",
      "approved_on": "2025-03-03", "review_every": "2 years"}),
    (["Version: 2.0", "Effective from: 2025-09-01", "Review cycle: 2 years", "Owner: Headteacher"],
     {"version": "2.0", "effective_from": "2025-09-01", "owner": "Headteacher", "review_every": "2 years"}),
    # What issue 18 found guessed from sentences that only mention approval, a college or visitors:
    (["Remote access must be approved by the system Accreditor in advance.",
      "Changes were approved by City Council in open session at a council meeting, and signed by both officers.",
      "Purpose St Leonard's College students visit each spring.",
      "Visitors to our offices must be escorted; the rules apply to visitors too."], {}),
    (["Employee Handbook", "Effective November 15, 2007"], {"effective_from": "2007-11-15"}),
    (["This guidance is issued by the Ministry of Justice (MoJ) to all its employees."],
     {"organisation": "Ministry of Justice"}),
]
