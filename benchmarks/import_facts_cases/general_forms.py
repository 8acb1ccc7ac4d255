"""Statements in the forms policies of many sectors give their facts, for issue 18's facts on documents
the importer has not seen: UK schools and academy trusts, charities, councils, NHS bodies, universities,
companies, US agencies and open-source foundations; cover pages, document-control tables (as "cell | cell"
text rows, as a PDF's text gives them), version-control tables, headers and footers, closing lines and
first sentences; UK and US date forms; and look-alike sentences that state no fact about the policy.

Written on branch facts-general (2026-12-04) BEFORE the importer was run on them or changed for them,
from the wordings of published policies read for it (stored pages found with the project's search tool):
Woodland Academy Trust's and Southfields', Fulwell Junior's and St Francis' policy lists ("Approval
level | Last Updated | Next Update", "Review every 3 years", "Bi-Annually"), Our Lady Immaculate's SEND
policy ("Approved by the Governing body:", "Date of Next review:"), an NHS foundation trust's document
control policy ("Policy Owner", "Approving Body", "Version No.", "Policy Valid from date"), Bolton NHS FT's
("Ratified by:", "Date ratified:", "Version control | Version | Type of Change | Date"), Telford and Wrekin
PCT's approval framework ("Approval Level: Audit Committee 18/01/11", "Implementation Date"), Yaxham
Parish Charity ("Adopted by ... at its Meeting on 12 March 2015"), the University of Cincinnati's and
USC's policy headers ("Effective Date: 07/01/2012", "Owner: President", "Policy Applicable for:
Faculty/Staff", "Responsible office"), Western University's glossary ("Policy Owner", "Effective Date"),
LF Projects' code of conduct ("Effective: September 14, 2017", 'LF Projects, LLC ("LF Projects")',
"This Code applies to any participant of any Project"), and company privacy notices ("Last Updated:",
'"Tabby," "we," "us"', "Company Name: Spensibly, Inc.", "Privacy Policy version 2 Date: 25 January 2021").
No sentence is copied from them; the organisations named here are made up.

The whole list was split before the first run: every third case (the 3rd, 6th, ...) is HELD_OUT, never
used to tune; the rest are CASES. A fact left out is one the text does not state; the title is not
scored (import_facts.py). Conventions as uk_forms.py: approved_by without a leading "the"; applies_to
the document's own words for who, sorted; dates YYYY-MM-DD; review periods "N years"/"N months".
"""

_ALL = [
    # 1 a primary school's cover page
    (["Brookfield Community Primary School", "Supporting Pupils with Medical Conditions Policy",
      "Date ratified by governors: 14/11/2023", "Next review due: November 2025",
      "Policy owner: Inclusion Lead"],
     {"organisation": "Brookfield Community Primary School", "approved_by": "governors",
      "approved_on": "2023-11-14", "owner": "Inclusion Lead"}),
    # 2 an academy trust's cover
    (["Approved by: Full Governing Body", "Date: 6th February 2024", "Review cycle: 3 years",
      "Last reviewed: January 2024"],
     {"approved_by": "Full Governing Body", "approved_on": "2024-02-06", "review_every": "3 years"}),
    # 3 an NHS trust's document control, label over value
    (["Policy Owner | Director of Nursing", "Policy Author | Lead Nurse for Safeguarding",
      "Approving Body | Quality and Safety Committee", "Date Approved | 19th March 2024",
      "Version No. | 5.0", "Policy Valid from date | 1st April 2024", "Policy Valid to date | 31st March 2027"],
     {"owner": "Director of Nursing", "approved_by": "Quality and Safety Committee", "approved_on": "2024-03-19",
      "version": "5.0", "effective_from": "2024-04-01"}),
    # 4 a charity's closing line
    (["This policy was adopted by the Board of Trustees of Meadowbank Foodbank on 2 May 2023 and will be "
      "reviewed every three years."],
     {"approved_by": "Board of Trustees of Meadowbank Foodbank", "approved_on": "2023-05-02",
      "review_every": "3 years", "organisation": "Meadowbank Foodbank"}),
    # 5 a US university's policy header
    (["Policy Number: 3.2.1", "Effective Date: 07/01/2019", "Responsible Office: Office of Human Resources",
      "Policy Applicable for: Faculty/Staff"],
     {"effective_from": "2019-07-01", "owner": "Office of Human Resources", "applies_to": "faculty, staff"}),
    # 6 a company's privacy notice opening
    (["Privacy Notice", "Last updated: March 3, 2021",
      "Larchmont Analytics Inc. (\"Larchmont\", \"we\", \"us\" or \"our\") respects your privacy."],
     {"organisation": "Larchmont Analytics Inc."}),
    # 7 an open-source foundation's code of conduct
    (["Code of Conduct", "Effective: June 1, 2022",
      "This Code applies to all contributors, maintainers and participants in any Kestrel Foundation project."],
     {"effective_from": "2022-06-01", "applies_to": "contributors, maintainers, participants"}),
    # 8 a council's cover with its footer's copyright
    (["Information Security Policy", "Document owner: Chief Information Officer", "Version 3.1",
      "\u00a9 Eastmoor District Council 2024"],
     {"owner": "Chief Information Officer", "version": "3.1", "organisation": "Eastmoor District Council"}),
    # 9 look-alikes at a school: approval, review and audience in passing
    (["Requests for leave in term time must be approved by the Headteacher.",
      "Pupils' progress is reviewed every six weeks.", "The policy on uniform is available from the office.",
      "Visitors are asked to wear a lanyard at all times.", "Date of birth: 12/05/2015"], {}),
    # 10 a trust's document-control table with a version-control table as text rows
    (["Document title | Exclusions Policy", "Owner | Director of Education", "Approved by | Trust Board",
      "Approval date | 10 July 2024", "Version | Date | Author | Changes",
      "1.0 | 01/09/2022 | A. Morgan | First issue", "2.0 | 10/07/2024 | A. Morgan | Updated for new guidance"],
     {"owner": "Director of Education", "approved_by": "Trust Board", "approved_on": "2024-07-10",
      "version": "2.0"}),
    # 11 a company's handbook first sentence
    (["Thornbury Engineering Limited (\"the Company\") has adopted this policy to set out how it deals with "
      "grievances.", "This policy applies to all employees, agency workers and contractors."],
     {"organisation": "Thornbury Engineering Limited", "applies_to": "contractors, employees, workers"}),
    # 12 a US agency's directive header
    (["U.S. Department of the Interior", "Departmental Manual", "Effective Date: 4/15/2021",
      "Originating Office: Office of the Chief Information Officer"],
     {"organisation": "U.S. Department of the Interior", "effective_from": "2021-04-15",
      "owner": "Office of the Chief Information Officer"}),
    # 13 a sports club's welfare policy
    (["Riverside Rowing Club", "Safeguarding Policy", "Adopted by the Committee: 20 January 2025",
      "This policy is reviewed annually by the Welfare Officer."],
     {"organisation": "Riverside Rowing Club", "approved_by": "Committee", "approved_on": "2025-01-20",
      "review_every": "1 year"}),
    # 14 a GP practice
    (["Date adopted: 3 September 2024", "Reviewed: Annually", "Lead: Practice Manager"],
     {"approved_on": "2024-09-03", "review_every": "1 year", "owner": "Practice Manager"}),
    # 15 a housing association's first sentence and review line
    (["This policy sets out how Fenwick Homes responds to reports of damp and mould.",
      "It will be reviewed every two years or earlier if regulation changes."],
     {"review_every": "2 years", "organisation": "Fenwick Homes"}),
    # 16 a university's policy statement
    (["Scope", "This policy applies to all students, staff and visitors on university premises.",
      "Approved by Senate on 22 June 2023."],
     {"applies_to": "staff, students, visitors", "approved_by": "Senate", "approved_on": "2023-06-22"}),
    # 17 a pre-school's closing signature lines
    (["This policy was adopted at a meeting of Little Wrens Pre-School", "Held on: 9th October 2024",
      "Signed on behalf of the provider: Mrs P. Okafor", "Name of signatory: Mrs P. Okafor",
      "Role of signatory: Chair of the Committee"],
     {"organisation": "Little Wrens Pre-School", "approved_on": "2024-10-09",
      "approved_by": "Mrs P. Okafor, Chair of the Committee"}),
    # 18 look-alikes in a company policy
    (["All expense claims must be authorised by a line manager.",
      "Salaries are reviewed annually in April.", "This form applies to claims over \u00a3500.",
      "Effective communication is essential.", "Owner-occupiers may apply for a grant."], {}),
    # 19 a council's cover, US-style without comma
    (["Westfield Town Council", "Grievance Procedure", "Adopted by Full Council on 14 March 2024",
      "Minute reference: 24/031", "To be reviewed every three years"],
     {"organisation": "Westfield Town Council", "approved_by": "Full Council", "approved_on": "2024-03-14",
      "review_every": "3 years"}),
    # 20 an NHS ICB's front sheet with label lines
    (["Document Owner: Head of Corporate Governance", "Ratified by: Audit Committee",
      "Date ratified: 28/02/2024", "Date of issue: 01/03/2024", "Review date: February 2027",
      "Target audience: All staff, including temporary staff and contractors"],
     {"owner": "Head of Corporate Governance", "approved_by": "Audit Committee", "approved_on": "2024-02-28",
      "applies_to": "contractors, staff"}),
    # 21 a US nonprofit's policy
    (["Whistleblower Policy", "Adopted by the Board of Directors on August 12, 2020",
      "This policy applies to all directors, officers, employees and volunteers of Harbor Light Inc."],
     {"approved_by": "Board of Directors", "approved_on": "2020-08-12",
      "applies_to": "directors, employees, officers, volunteers", "organisation": "Harbor Light Inc."}),
    # 22 a tech company's terms
    (["Terms of Service", "Effective as of January 1, 2024",
      "These terms are between you and Quillpad Ltd (\"Quillpad\", \"we\", \"us\")."],
     {"effective_from": "2024-01-01", "organisation": "Quillpad Ltd"}),
    # 23 a school's policy owner line with role and name
    (["Staff member responsible: Mr D. Hughes (Deputy Headteacher)", "Governor committee: Standards",
      "Frequency of review: Every 2 years"],
     {"owner": "Mr D. Hughes (Deputy Headteacher)", "review_every": "2 years"}),
    # 24 a trust's copyright footer and review period in brackets
    (["Anti-Bullying Policy (reviewed annually)", "\u00a9 2023 Oak Valley Learning Trust"],
     {"organisation": "Oak Valley Learning Trust", "review_every": "1 year"}),
    # 25 an NHS trust's first sentence
    (["Ashby and District NHS Foundation Trust (the Trust) is committed to the safety of patients and staff.",
      "This policy applies to all Trust employees, bank staff, students and volunteers."],
     {"organisation": "Ashby and District NHS Foundation Trust", "applies_to": "employees, staff, students, "
      "volunteers"}),
    # 26 a university's header lines
    (["Responsible Executive: Vice President for Finance", "Issued: 15 August 2022",
      "Last Revised: 3 January 2024", "Applies to: Faculty, staff and students"],
     {"owner": "Vice President for Finance", "applies_to": "faculty, staff, students"}),
    # 27 look-alikes: dates and review of other things
    (["The next Ofsted inspection is expected in 2026.", "Minutes approved on 12 May 2024.",
      "Contracts are reviewed every three years by procurement.", "Effective teaching requires planning.",
      "Version 2 of the form is on the intranet."], {}),
    # 28 a charity's version line on the cover
    (["Kindred Carers Network", "Confidentiality Policy", "Version: 2.2 | Approved: 18/09/2024",
      "Review: September 2026"],
     {"organisation": "Kindred Carers Network", "version": "2.2", "approved_on": "2024-09-18"}),
    # 29 a US city's administrative regulation
    (["Administrative Regulation 2-14", "Effective: March 15, 2022", "Approved: City Manager",
      "This regulation applies to all City employees."],
     {"effective_from": "2022-03-15", "approved_by": "City Manager", "applies_to": "employees"}),
    # 30 an academy's governance line, approval in a sentence with "at its meeting"
    (["The policy was approved by the Local Governing Body at its meeting held on 4th December 2023."],
     {"approved_by": "Local Governing Body", "approved_on": "2023-12-04"}),
    # 31 a company's Word-style table, two facts a row
    (["Owner | Head of People | Approved | 12 May 2025", "Version | 1.4 | Review | Every 12 months"],
     {"owner": "Head of People", "approved_on": "2025-05-12", "version": "1.4", "review_every": "12 months"}),
    # 32 an open-source foundation's policy closing
    (["This policy was approved by the Board of Directors of the Lumen Software Foundation on 9 May 2023."],
     {"approved_by": "Board of Directors of the Lumen Software Foundation", "approved_on": "2023-05-09",
      "organisation": "Lumen Software Foundation"}),
    # 33 a school's document-control with status lines only
    (["Status: Statutory", "Approval level: Governing body or headteacher", "Last updated: 31/05/2024",
      "Next update: 31/05/2025"], {}),
    # 34 a council HR policy cover with "Applies to"
    (["Policy owner: Head of HR and OD", "Applies to: All employees except teachers employed by schools",
      "Effective from: 1 April 2024", "Review: every 3 years"],
     {"owner": "Head of HR and OD", "applies_to": "employees", "effective_from": "2024-04-01",
      "review_every": "3 years"}),
    # 35 a charity's first sentence defining itself
    (["Hopewell Refugee Support (\"Hopewell\", \"we\") is a registered charity in England and Wales.",
      "This policy applies to all our staff, trustees and volunteers."],
     {"organisation": "Hopewell Refugee Support", "applies_to": "staff, trustees, volunteers"}),
    # 36 an American company handbook
    (["Employee Handbook", "Effective January 1, 2023",
      "Welcome to Summit Ridge Logistics, LLC. This handbook applies to all employees of the Company."],
     {"effective_from": "2023-01-01", "applies_to": "employees", "organisation": "Summit Ridge Logistics, LLC"}),
    # 37 version-control table header then rows (latest last)
    (["Version control", "Version | Date | Author | Summary of changes",
      "0.1 | 12/01/2024 | K. Lee | Draft for consultation", "1.0 | 07/03/2024 | K. Lee | Approved by Cabinet"],
     {"version": "1.0", "approved_by": "Cabinet", "approved_on": "2024-03-07"}),
    # 38 an NHS body's review sentence
    (["This document will be reviewed every three years, or sooner if national guidance changes.",
      "Responsible director: Chief Finance Officer"],
     {"review_every": "3 years", "owner": "Chief Finance Officer"}),
    # 39 a university department's privacy notice
    (["Data controller: Northgate University", "Last reviewed: 1 August 2024",
      "This notice applies to applicants and students of the Business School."],
     {"organisation": "Northgate University", "applies_to": "applicants, students"}),
    # 40 look-alikes: "approved by" lists and copyright of someone else's work
    (["Approved by Ofqual: yes", "Images \u00a9 Getty Images 2022, used under licence.",
      "The committee is responsible for reviewing the budget.", "Applies to section 4 only."], {}),
    # 41 a multi-academy trust's cover, two-line label
    (["Policy approved by:", "Board of Trustees", "Date approved:", "17 July 2024", "Next review:", "July 2025"],
     {"approved_by": "Board of Trustees", "approved_on": "2024-07-17"}),
    # 42 a council's "This policy was agreed by" sentence
    (["This policy was agreed by the Staffing Committee on 26 September 2023."],
     {"approved_by": "Staffing Committee", "approved_on": "2023-09-26"}),
    # 43 a foundation's community guidelines "Last updated" and who it is for
    (["Last updated: 2 February 2024",
      "These guidelines apply to everyone who takes part in Open Meadow community spaces, including "
      "contributors, maintainers and event attendees."],
     {"applies_to": "attendees, contributors, maintainers"}),
    # 44 a company's ISO-style document header
    (["Doc ref: ISP-004 | Rev: 7 | Issue date: 2024-05-20", "Document owner: Information Security Manager",
      "Approved by: Managing Director"],
     {"owner": "Information Security Manager", "approved_by": "Managing Director", "version": "7"}),
    # 45 a school's review line with "biennially"
    (["This policy will be reviewed biennially by the Curriculum Committee.", "Policy lead: Maths Lead"],
     {"review_every": "2 years", "owner": "Maths Lead"}),
    # 46 an NHS trust's version line
    (["Version: 7.2", "Ratified by: Trust Board on 29 November 2023", "Date issued: 4 December 2023"],
     {"version": "7.2", "approved_by": "Trust Board", "approved_on": "2023-11-29"}),
    # 47 a church charity's adoption sentence without "policy" as subject
    (["Adopted by the Parochial Church Council of St John's, Elmbridge, at its meeting on 11 April 2024."],
     {"approved_by": "Parochial Church Council of St John's, Elmbridge", "approved_on": "2024-04-11"}),
    # 48 a US state agency's policy
    (["Policy Statement", "Effective Date: September 1, 2021", "Revised: October 5, 2023",
      "Policy Owner: Office of the Comptroller",
      "This policy applies to all state employees and contractors."],
     {"effective_from": "2021-09-01", "owner": "Office of the Comptroller", "applies_to": "contractors, employees"}),
    # 49 a company's closing line naming the board
    (["This policy has been approved by the Board and will be reviewed on an annual basis."],
     {"approved_by": "Board", "review_every": "1 year"}),
    # 50 a university committee's terms, review word "triennially"
    (["To be reviewed triennially.", "Owner: Academic Registrar", "Approved: Academic Board, 15 May 2024"],
     {"review_every": "3 years", "owner": "Academic Registrar", "approved_by": "Academic Board",
      "approved_on": "2024-05-15"}),
    # 51 a small company's copyright footer with company number
    (["Remote Working Policy", "Copyright \u00a9 2024 Birchwood Design Ltd. All rights reserved."],
     {"organisation": "Birchwood Design Ltd"}),
    # 52 a school's "adopted" table row
    (["Date adopted | 24 April 2024", "Adopted by | Resources Committee", "Review frequency | Annual"],
     {"approved_on": "2024-04-24", "approved_by": "Resources Committee", "review_every": "1 year"}),
    # 53 look-alikes: effective and valid of something else
    (["The new timetable is effective from 2 September 2024.", "Passports must be valid from the date of travel.",
      "Staff must review their objectives every year.", "Owner's manuals are kept in the office."], {}),
    # 54 a charity's code for volunteers, audiences in an "is for" sentence
    (["This code of conduct is for all volunteers and sessional workers at Greenhill Youth Project."],
     {"applies_to": "volunteers, workers", "organisation": "Greenhill Youth Project"}),
    # 55 a trust's cover with "Date of approval" and "Implementation"
    (["Date of approval: 05/12/2023", "Date of implementation: 01/01/2024", "Approved by: Trust Executive",
      "Author: HR Business Partner"],
     {"approved_on": "2023-12-05", "effective_from": "2024-01-01", "approved_by": "Trust Executive"}),
    # 56 US university "Responsible Officer"
    (["Responsible Officer: Chief Information Security Officer", "Effective: 08/15/2022",
      "Review Frequency: Every three years"],
     {"owner": "Chief Information Security Officer", "effective_from": "2022-08-15", "review_every": "3 years"}),
    # 57 a company's "the Company" defined later in the first sentence
    (["In this policy, \"the Company\" means Greystone Facilities Management Limited.",
      "It applies to all employees and workers."],
     {"organisation": "Greystone Facilities Management Limited", "applies_to": "employees, workers"}),
    # 58 a council's closing "came into force"
    (["This procedure came into force on 1 October 2023 and replaces all earlier versions."],
     {"effective_from": "2023-10-01"}),
    # 59 an academy's cover with "Policy reviewed by" and "Approved by the Headteacher"
    (["Policy reviewed by: SLT", "Approved by the Headteacher on 8 January 2025", "Next review date: January 2026"],
     {"approved_by": "Headteacher", "approved_on": "2025-01-08"}),
    # 60 a hospice's "applies to" over a list with bullets as lines
    (["This policy applies to:", "- all employees", "- volunteers", "- bank workers"],
     {"applies_to": "employees, volunteers, workers"}),
    # 61 a foundation's trademark policy
    (["Version 1.1, last updated March 2023", "The Quarry Project Foundation (\"the Foundation\") owns the "
      "names and logos of its projects."],
     {"version": "1.1", "organisation": "The Quarry Project Foundation"}),
    # 62 look-alikes: memo-like lines that are not a memo's header
    (["From: the school office", "To: parents of Year 6", "The trip is approved by the local authority.",
      "Signed: ______", "Date: ______"], {}),
    # 63 a council's cabinet approval with a minute
    (["Approved by Cabinet: 16 January 2024 (Minute 112)", "Lead officer: Director of Place"],
     {"approved_by": "Cabinet", "approved_on": "2024-01-16", "owner": "Director of Place"}),
    # 64 an NHS body's audience sentence with "covers"
    (["This policy covers all staff employed by Wellmere Community Health, including bank and agency staff."],
     {"applies_to": "staff", "organisation": "Wellmere Community Health"}),
    # 65 a school trust's "Review period" in words
    (["Review period: Two years", "Policy owner: Chief Finance Officer", "Approved by: Finance and Audit Committee"],
     {"review_every": "2 years", "owner": "Chief Finance Officer", "approved_by": "Finance and Audit Committee"}),
    # 66 a US company's first sentence with a defined name and "Effective Date"
    (["This Code of Business Conduct (the \"Code\") applies to all directors, officers and employees of "
      "Pinecrest Holdings, Inc. (the \"Company\").", "Effective Date: February 1, 2024"],
     {"applies_to": "directors, employees, officers", "organisation": "Pinecrest Holdings, Inc.",
      "effective_from": "2024-02-01"}),
]

CASES = [case for number, case in enumerate(_ALL, start=1) if number % 3]
HELD_OUT = [case for number, case in enumerate(_ALL, start=1) if not number % 3]
