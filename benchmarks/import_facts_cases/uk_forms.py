"""Statements in the forms UK schools, charities, councils and companies give their policies' facts:
cover pages, document-control tables ("cell | cell" rows), memo headers, signature blocks, letterheads
and footers, with negative cases that state no fact about the policy.

Written on branch imp-facts2 BEFORE the patterns were changed for these forms, and first run
unchanged. ``CASES`` is used for tuning; ``HELD_OUT`` was written at the same time and is never used
to tune (its figure is the honest one). A fact left out is one the text does not state. Conventions:
an approver named in a memo's FROM or a signature block is written as the document writes them,
"Name, Role"; a memo's TO names whom the policy is for where it names people.
"""

CASES = [
    # a school's cover page
    (["St Mary's Catholic Primary School", "Relationships and Sex Education Policy",
      "Approved by the Board on 12 March 2024", "Date of next review: March 2026",
      "Policy owner: Deputy Headteacher", "Review: every two years"],
     {"organisation": "St Mary's Catholic Primary School", "approved_by": "Board", "approved_on": "2024-03-12",
      "owner": "Deputy Headteacher", "review_every": "2 years"}),
    # a trust's document-control table
    (["Document control", "Document title | Data Protection Policy", "Version | 4.1",
      "Author | Trust Data Protection Officer", "Policy owner | Chief Operating Officer", "Approved by | Trust Board",
      "Date approved | 14/07/2023", "Date of next review | July 2025", "Review cycle | Biennial"],
     {"version": "4.1", "owner": "Chief Operating Officer", "approved_by": "Trust Board", "approved_on": "2023-07-14",
      "review_every": "2 years"}),
    # a charity's memo sending the policy out
    (["MEMORANDUM", "TO: All staff and volunteers", "FROM: Sarah Jones, Chief Executive", "DATE: 4 November 2024",
      "SUBJECT: Lone Working Policy", "The attached policy takes effect from 1 December 2024."],
     {"approved_by": "Sarah Jones, Chief Executive", "applies_to": "staff, volunteers",
      "effective_from": "2024-12-01"}),
    # a signature block at the end of a school policy
    (["This policy will be monitored by the governing body.", "Signed: J. Patel", "Chair of Governors",
      "Date: 21 June 2024"],
     {"approved_by": "J. Patel, Chair of Governors", "approved_on": "2024-06-21"}),
    # words that mention approval, review, an audience or a date, and state no fact about the policy
    (["Staff must obtain approval from their line manager before booking training.",
      "Risk assessments are reviewed by pupils in class as part of PSHE.",
      "This policy applies when using school devices, at home or in school.",
      "Visitors must sign in at reception.", "Governors review the budget every year.",
      "Approved suppliers are listed on the intranet.", "The Data Protection Officer is Mr T. Evans."], {}),
    # a company's policy with its footer
    (["Flexible Working Policy",
      "This policy is issued by Brightwater Housing Ltd (\"the Company\") and applies to all employees.",
      "Page 1 of 6 | Brightwater Housing Ltd | Registered in England and Wales No. 04567812"],
     {"organisation": "Brightwater Housing Ltd", "applies_to": "employees"}),
    # a council's letterhead and cover
    (["Northshire County Council", "County Hall, Market Street, Northshire NS1 2AB",
      "Lone Working Policy and Procedure", "Policy owner: Head of Health and Safety",
      "Approved by: Cabinet Member for Resources", "Date approved: 3rd April 2023",
      "Review frequency: Every 3 years",
      "This policy applies to all council employees, agency workers and volunteers."],
     {"organisation": "Northshire County Council", "owner": "Head of Health and Safety",
      "approved_by": "Cabinet Member for Resources", "approved_on": "2023-04-03", "review_every": "3 years",
      "applies_to": "employees, volunteers, workers"}),
    # a charity's code, with a US-style date
    (["Greenway Trust is a registered charity (no. 1098765).", "Code of Conduct",
      "This code applies to all trustees, staff and members of the community who take part in our activities.",
      "Effective: September 1, 2024", "Next review: September 2025"],
     {"organisation": "Greenway Trust", "applies_to": "members, staff, trustees", "effective_from": "2024-09-01"}),
    # a company's board-approved policy
    (["Anti-Bribery Policy", "Harbour Logistics plc (\"the Company\")",
      "Approved by the Board of Directors on 12 March 2024.",
      "This policy will be reviewed annually by the Audit Committee.", "Policy owner: Company Secretary"],
     {"organisation": "Harbour Logistics plc", "approved_by": "Board of Directors", "approved_on": "2024-03-12",
      "review_every": "1 year", "owner": "Company Secretary"}),
    (["Version 2.3 (March 2024)", "Effective Date: 1st September 2024", "Approval date: 2024-07-10",
      "Review: annually"],
     {"version": "2.3", "effective_from": "2024-09-01", "approved_on": "2024-07-10", "review_every": "1 year"}),
    (["This policy will be reviewed every two years, or sooner if legislation changes.", "Owned by: HR Manager",
      "Ratified: 10 May 2023"],
     {"review_every": "2 years", "owner": "HR Manager", "approved_on": "2023-05-10"}),
    # a document-control block whose lines state no approver, owner, period or date of the policy
    (["Date of next review: September 2026", "Last reviewed: September 2024", "Reviewed by: Finance Committee",
      "Approval: Pending", "Status: Draft for consultation", "Author: Jane Smith"], {}),
    # a council's memo: FROM a role, TO people; the footer's copyright
    (["MEMORANDUM FOR: All Heads of Service", "FROM: Director of Finance", "SUBJECT: Travel and Expenses Policy",
      "\u00a9 Westbury Borough Council 2024"],
     {"approved_by": "Director of Finance", "organisation": "Westbury Borough Council"}),
]

HELD_OUT = [
    (["Oakwood Federation", "Oakwood Infant School and Oakwood Junior School", "Intimate Care Policy",
      "Agreed by governors: Spring Term 2024", "Lead person: SENCo", "To be reviewed: Every two years"],
     {"organisation": "Oakwood Federation", "approved_by": "governors", "owner": "SENCo",
      "review_every": "2 years"}),
    (["Policy approved by:", "Signed: Dr R. Khan", "Chair of Trustees", "Date: 15.01.2025"],
     {"approved_by": "Dr R. Khan, Chair of Trustees", "approved_on": "2025-01-15"}),
    (["INTERNAL MEMO", "To: All Heads of Service", "From: Chief Executive", "Date: 2 February 2025",
      "Re: Revised Expenses Policy",
      "The revised policy applies from 1 April 2025 to all employees and elected members."],
     {"approved_by": "Chief Executive", "effective_from": "2025-04-01", "applies_to": "employees, members"}),
    (["Any changes to this policy must be approved by the Headteacher.",
      "Pupils review their targets every half term.",
      "This policy applies whenever staff use social media, including at home.",
      "Members of the public may request a copy.", "Signed copies are kept in the school office.",
      "From September 2024 all visitors will wear lanyards."], {}),
    (["Ashdown Community Association", "12 Ashdown Road, Brighton BN1 4AA | Registered charity 1012345",
      "Safeguarding Adults Policy",
      "Adopted by the Management Committee at its meeting on 8th January 2024",
      "This policy applies to all staff, volunteers and trustees of Ashdown Community Association."],
     {"organisation": "Ashdown Community Association", "approved_by": "Management Committee",
      "approved_on": "2024-01-08", "applies_to": "staff, trustees, volunteers"}),
    (["Harrow Lane Surgery", "Chaperone Policy", "Document owner: Practice Manager", "Date effective: 01/10/2024",
      "Review date: October 2025", "Frequency of review: Annual"],
     {"organisation": "Harrow Lane Surgery", "owner": "Practice Manager", "effective_from": "2024-10-01",
      "review_every": "1 year"}),
]

# Written later on branch imp-facts2, after the changes for CASES and before any change for these: a second
# held-out measure of the patterns as they then stood. Never used to tune.
HELD_OUT_2 = [
    (["Hollybank Primary School", "E-Safety Policy", "Policy reviewed by: Curriculum Committee",
      "Approved: Summer 2024", "Next review: Summer 2025",
      "This policy applies to all members of the school community, including staff, pupils, volunteers, parents "
      "and carers, visitors and governors."],
     {"organisation": "Hollybank Primary School",
      "applies_to": "carers, governors, parents, pupils, staff, visitors, volunteers"}),
    (["MEMORANDUM FOR ALL DEPARTMENT HEADS", "FROM: Jane Doe, City Manager", "DATE: March 3, 2023",
      "SUBJECT: Remote Work Policy", "This policy is effective immediately and applies to all City employees."],
     {"approved_by": "Jane Doe, City Manager", "applies_to": "employees"}),
    (["Approved by the Board of Trustees on 21 March 2024", "Responsible person: Operations Manager", "Version 1.1"],
     {"approved_by": "Board of Trustees", "approved_on": "2024-03-21", "owner": "Operations Manager",
      "version": "1.1"}),
    (["Signed on behalf of the Governing Body", "Name: Mrs L. Carter", "Position: Chair of Governors",
      "Date: 3rd July 2024"],
     {"approved_by": "Mrs L. Carter, Chair of Governors", "approved_on": "2024-07-03"}),
    (["The Headteacher will approve all trips.", "Pupils' work is reviewed termly.",
      "From time to time we update this page.", "To: the class teacher (via the school office)",
      "Parents sign the home-school agreement annually.",
      "All staff should read this alongside the Staff Code of Conduct."], {}),
    (["Acme Widgets Ltd - Whistleblowing Policy", "Effective from 1 January 2025", "Owner: Head of Legal",
      "This policy applies to all workers, including agency staff and contractors.",
      "We will review this policy every three years."],
     {"organisation": "Acme Widgets Ltd", "effective_from": "2025-01-01", "owner": "Head of Legal",
      "applies_to": "contractors, staff, workers", "review_every": "3 years"}),
]

# Written last on branch imp-facts2, after every change to the patterns, and run once: the clean held-out figure
# of the patterns as the branch leaves them. No change was made for these.
HELD_OUT_3 = [
    (["Little Acorns Pre-School", "Registered Charity No. 1123456", "Safeguarding and Child Protection Policy",
      "This policy was adopted by the Management Committee on 14th October 2024.", "Review date: October 2025"],
     {"organisation": "Little Acorns Pre-School", "approved_by": "Management Committee", "approved_on": "2024-10-14"}),
    (["Policy title | Anti-Fraud and Corruption Policy", "Policy owner | Chief Finance Officer",
      "Approved by | Audit and Governance Committee", "Approval date | 27 September 2023",
      "Effective date | 1 October 2023", "Review frequency | Every 3 years",
      "Applies to | All employees, councillors and contractors"],
     {"owner": "Chief Finance Officer", "approved_by": "Audit and Governance Committee", "approved_on": "2023-09-27",
      "effective_from": "2023-10-01", "review_every": "3 years", "applies_to": "contractors, councillors, employees"}),
    (["Staff Handbook", "Welcome to Brightstar Logistics Limited.",
      "This handbook applies to all employees of Brightstar Logistics Limited. It does not form part of your "
      "contract of employment.", "Last updated: January 2025"],
     {"organisation": "Brightstar Logistics Limited", "applies_to": "employees"}),
    (["To: All Trust Staff", "From: Dr Helen Morris, CEO", "Date: 10 January 2025", "Subject: Updated Code of Conduct",
      "Please find attached the updated Code of Conduct, which comes into force on 1 February 2025."],
     {"approved_by": "Dr Helen Morris, CEO", "applies_to": "staff", "effective_from": "2025-02-01"}),
    (["Staff must have their expenses approved by a budget holder.",
      "Signed consent forms must be returned by parents.", "Pupils' reports are issued every term.",
      "Date: __________", "Signature of parent/carer: __________",
      "Review meetings are held annually with each employee."], {}),
    (["Whitmore Park Academy Trust", "Charging and Remissions Policy", "Ratified by Trustees: 18/06/2024",
      "Review cycle: Annual",
      "Whitmore Park Academy Trust is a charitable company limited by guarantee registered in England and Wales "
      "(Company No. 08123456)."],
     {"organisation": "Whitmore Park Academy Trust", "approved_by": "Trustees", "approved_on": "2024-06-18",
      "review_every": "1 year"}),
    (["Volunteer Policy", "St Luke's Hospice values the contribution of its volunteers.",
      "This policy applies to all volunteers, including trustees, and to staff who supervise volunteers.",
      "It was approved by the Board of Trustees in March 2024 and will be reviewed every two years."],
     {"organisation": "St Luke's Hospice", "applies_to": "staff, trustees, volunteers",
      "approved_by": "Board of Trustees", "review_every": "2 years"}),
    (["Acceptable Use Policy", "Effective Date: 07/01/2024",
      "Approved by: IT Steering Committee on June 15, 2024",
      "This policy applies to all faculty, staff, and students."],
     {"effective_from": "2024-07-01", "approved_by": "IT Steering Committee", "approved_on": "2024-06-15",
      "applies_to": "faculty, staff, students"}),
]
