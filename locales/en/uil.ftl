# UIL's pages: the applications that reached UIL and their review, calls, deadline
# extensions, the audit trail, the mail outbox, staff accounts and the member directory.
# Also the mail log shown on every application's page (templates/partials/mail_log.html).
# UIL is the UNESCO Institute for Lifelong Learning; keep "UIL" as it is.

## Small pieces. Keep the spaces inside the quotes.
# Lists of names in a sentence: "Africa 2, Arab States 1 and Europe and North America 3".
uil-list-separator = {", "}
uil-list-last = {" and "}
# Between a label and what follows: "Signed endorsement: scan.pdf".
uil-colon = {": "}

## The menu of UIL's pages.
uil-nav-label = UIL
uil-nav-applications = Applications
uil-nav-calls = Calls
uil-nav-extensions = Extensions
uil-nav-audit = Audit
uil-nav-mail = Mail
uil-nav-staff = Staff
uil-nav-members = Member directory

## Lists: filters and pages.
uil-filter-show = Show
uil-filter-any = Any
uil-filter-all-calls = All calls
uil-filter-all-regions = All regions
uil-filter-all-countries = All countries
uil-filter-all-stages = All stages
# The choices of the filter "Assessed".
uil-filter-reviewed-either = Either
uil-filter-reviewed-yes = At least once
uil-filter-reviewed-no = Not yet
# The choices of the filter "Order".
uil-sort-newest = Newest first
uil-sort-country = By country
uil-sort-city = By city
# The name of the page navigation, for screen readers.
uil-pages = Pages
uil-previous-page = Previous page
uil-next-page = Next page
uil-page-of = Page { $page } of { $pages }

## The dashboard: the applications that reached UIL.
uil-dashboard-title = Applications at UIL
uil-failed-mail = { $count ->
    [one] { $count } mail could not be sent
   *[other] { $count } mails could not be sent
}
# A link, followed by uil-failed-mail-resend.
uil-failed-mail-see = See the failed mail
uil-failed-mail-resend = and resend it.
uil-failed-mail-coordinator = A UIL coordinator can resend it.
uil-by-region = By region
uil-by-region-caption = Applications by region
uil-by-stage = By stage
uil-by-stage-caption = Applications by stage
# The chart in words, for screen readers: $counts is a list of uil-chart-item.
uil-chart-title = Applications by region: { $counts }
uil-chart-item = { $region } { $count }
uil-col-region = Region
uil-col-applications = Applications
uil-col-stage = Stage
uil-col-city = City
uil-col-country = Country
uil-col-reached = Reached UIL
uil-col-assessments = Assessments
uil-col-average = Average
uil-applications-count = { $count ->
    [one] { $count } application
   *[other] { $count } applications
}
uil-export-link = Download these as a spreadsheet (CSV)
uil-no-match = No application matches these filters.

## One application.
# The page's title: $city is the city's name.
uil-application-title = { $city } – UIL
uil-back-to-applications = Back to the applications
uil-application-heading = Application of { $city }
# $when is a date and time in UTC.
uil-reached-on = Reached UIL { $when }.
uil-printable = Printable version
# In bold, before UIL's message to the city.
uil-decision-message-shown = UIL's message to the city:
uil-endorsement-heading = Endorsement by the National Commission
uil-signing-officer = Signing officer
# The signing officer's name and title.
uil-officer = { $name }, { $title }
uil-endorsement-note = Note
uil-none = None
uil-signed-endorsement = Signed endorsement
uil-missing = Missing
# A file's size, after its name: "(1.2 MB)".
uil-file-size = ({ $size })
uil-start-review = Start the review
uil-assessments = Assessments
# $when is a date and time in UTC.
uil-your-assessment = Your assessment, { $when }
uil-admin-sees-all = As a UIL coordinator you see every assessment.
uil-hidden-until-own = Other reviewers' assessments appear here once you have written yours.
uil-other-assessments = Other assessments
uil-all-assessments = All assessments
uil-col-reviewer = Reviewer
uil-col-comment = Comment
# In bold, before the average of each criterion.
uil-averages = Averages:
# $averages is the list of uil-criterion-average, separated by uil-averages-separator.
uil-averages-list = { $averages }.
uil-averages-separator = {"; "}
uil-criterion-average = { $criterion } { $average }
# The average of all assessments, in bold.
uil-overall = Overall { $average }.
uil-change-assessment = Change your assessment
uil-write-assessment = Write your assessment
uil-comment = Comment
uil-save-assessment = Save my assessment
uil-decision = Decision
uil-decision-legend = Is { $city } accepted as a member?
uil-decision-accepted = Accepted: { $city } joins the network
uil-decision-not-accepted = Not accepted
uil-decision-message-label = Message to the city and its National Commission
uil-record-decision = Record the decision
uil-documents = Documents
uil-progress = Progress
# One event of the timeline: who did it, and what.
uil-timeline-entry = { $who }: { $what }
# An answer the city left empty.
uil-not-given = Not given

## The mail log of an application (on the city's, the National Commission's and UIL's pages).
uil-mail-log-heading = Mail about this application
uil-mail-log-none = No mail yet.
uil-mail-log-when = When
uil-mail-log-to = To
uil-mail-log-subject = Subject
uil-mail-log-state = State

## Calls.
uil-calls-title = Calls
uil-calls-heading = Calls for applications
uil-calls-col-title = Title
uil-calls-col-opens = Opens
uil-calls-col-city = Cities by
uil-calls-col-natcom = National Commissions by
uil-calls-col-quota = Endorsements
# A tag beside the call the public page shows.
uil-calls-current = On the public page
uil-call-new-heading = Create a call
uil-call-edit-heading = Change the call
uil-back-to-calls = Back to the calls
uil-call-title = Title
uil-call-title-hint = As the public page shows it, for example: Join the UNESCO Global Network of Learning Cities! (2025)
uil-call-opens-on = Applications open on
uil-call-city-deadline = Cities submit to their National Commission by
uil-call-natcom-deadline = National Commissions submit to UIL by
uil-call-quota = Endorsements per National Commission
uil-call-zone = Time zone of the dates
# Keep "AoE" and "Europe/Paris" as they are: they are what is typed.
uil-call-zone-hint = AoE (Anywhere on Earth, UTC−12: a date holds while it is that date somewhere on Earth) or a zone name such as Europe/Paris
uil-call-body = The call text
# Keep "## " and "- " as they are: they are what is typed.
uil-call-body-hint = Markdown: a blank line between paragraphs, “## ” before a heading, “- ” before each item of a list.
uil-call-save = Save the call

## Deadline extensions.
uil-extensions-title = Deadline extensions
uil-extensions-intro = A later deadline for one city's application, or for one National Commission. It is recorded with its reason and shown wherever that deadline is shown.
uil-extensions-kind = What is extended?
uil-extensions-kind-application = The city deadline of one application (give its number)
uil-extensions-kind-country = The deadline of one National Commission (choose its Member State)
uil-extensions-application = Application number
# Keep "/applications/123" as it is: it is a web address.
uil-extensions-application-hint = The city finds it at the top of its application's address: /applications/123
uil-extensions-country = Member State
uil-choose-member-state = Choose a Member State
uil-extensions-new-deadline = New deadline
uil-extensions-new-deadline-hint = A whole day in the call's time zone
uil-extensions-reason = Reason
uil-extensions-grant = Grant the extension
uil-extensions-granted = Extensions granted
uil-extensions-none = None yet.
uil-extensions-col-what = Deadline of
uil-extensions-col-call = Call
uil-extensions-col-until = Until
uil-extensions-col-reason = Reason
uil-extensions-col-by = Granted by
# Who granted it, and when (a date and time in UTC).
uil-extensions-granted-by = { $name }, { $when }
# $id is the application's number.
uil-extensions-of-application = City deadline of application { $id }: { $city }, { $country }
uil-extensions-of-draft = City deadline of application { $id } (not submitted yet)
uil-extensions-of-natcom = National Commission of { $country }

## The audit trail.
uil-audit-title = Audit
uil-audit-heading = Everything that happened to applications
uil-audit-application = Application number
uil-audit-actor = Person (name or email)
uil-audit-from = From
uil-audit-to = To
uil-audit-accounts-heading = Changes to accounts
uil-audit-col-account = Account
uil-audit-two-factor-enrolled = Second factor set up
uil-audit-two-factor-reset = Second factor reset
# Who did it, when it was done with `gnlc user reset-2fa`.
uil-audit-command-line = the command line
uil-events-count = { $count ->
    [one] { $count } event
   *[other] { $count } events
}
uil-col-when = When
uil-col-application = Application
uil-col-who = Who
uil-col-what = What
uil-col-note = Note
# The application's number and its city.
uil-audit-application-cell = { $id }: { $city }
# An application was started: $stage is the name of its first stage ("Draft").
uil-audit-created = created ({ $stage })
# A change of stage: from one to the other. Point the arrow the way the language reads.
uil-audit-transition = { $from } → { $to }

## The mail outbox.
uil-outbox-title = Mail
# $id is the number of the new mail.
uil-outbox-resent = A copy was queued (mail { $id }); it is sent within a minute.
uil-outbox-kind = Kind
uil-outbox-text = Recipient or subject
uil-mails-count = { $count ->
    [one] { $count } mail
   *[other] { $count } mails
}
uil-outbox-col-queued = Queued
uil-outbox-col-to = To
uil-outbox-col-subject = Subject
uil-outbox-col-kind = Kind
uil-outbox-col-state = State
uil-outbox-col-attempts = Attempts
uil-outbox-col-error = Last error
# The column of the buttons, for screen readers.
uil-outbox-col-action = Action
# A link to the audit trail of the application the mail is about.
uil-outbox-application = (application { $id })
uil-outbox-resend = Resend
# After "Resend", for screen readers only: the address.
uil-outbox-resend-to = to { $to }
# The kinds of mail.
uil-mail-kind-verify_email = Email address confirmation
uil-mail-kind-account_exists = Account already exists
uil-mail-kind-password_reset = Password reset
uil-mail-kind-invitation = Invitation
uil-mail-kind-submission_receipt = Receipt of a submission
uil-mail-kind-natcom_new_application = New application, to the National Commission
uil-mail-kind-natcom_endorsed = Endorsed, to the city
uil-mail-kind-natcom_declined = Declined, to the city
uil-mail-kind-natcom_returned = Returned, to the city
uil-mail-kind-natcom_reopened = Decision taken back, to the city
uil-mail-kind-natcom_forwarded = Submitted to UIL, to the city
uil-mail-kind-uil_submissions = Submissions, to UIL
uil-mail-kind-uil_decision = UIL decision, to the city
uil-mail-kind-uil_decision_natcom = UIL decision, to the National Commission
uil-mail-kind-reminder_city_day = Reminder to the city, one day before
uil-mail-kind-reminder_city_week = Reminder to the city, one week before
uil-mail-kind-reminder_natcom_day = Reminder to the National Commission, one day before
uil-mail-kind-reminder_natcom_fortnight = Reminder to the National Commission, two weeks before
uil-mail-kind-reminder_natcom_two_days = Reminder to the National Commission, two days before
uil-mail-kind-colleague_invitation = Invitation to work on an application
uil-mail-kind-reminder_natcom_week = Reminder to the National Commission, one week before

## Staff accounts.
uil-users-title = Staff accounts
uil-users-invited = Invitation sent to { $email }. The link works for 7 days.
uil-users-caption = National Commission and UIL accounts
uil-users-col-name = Name
uil-users-col-email = Email
uil-users-col-role = Role
uil-users-col-country = Member State
uil-users-col-status = Status
uil-users-invited-status = Invited
uil-users-active = Active
uil-users-col-two-factor = Two-factor sign-in
uil-users-two-factor-on = On
uil-users-two-factor-off = Not set up
# A button in the row of a staff member; their name follows for screen readers.
uil-users-reset-two-factor = Reset second factor
uil-users-two-factor-reset-done = The second factor of { $name } is reset and their sessions ended: they set up a new one at their next sign-in.
uil-invite-heading = Invite someone
uil-invite-name = Full name
uil-invite-email = Email address
uil-invite-role = Role
uil-invite-role-natcom = National Commission (choose its Member State below)
uil-invite-role-reviewer = UIL reviewer: assesses applications that reached UIL
uil-invite-role-admin = UIL coordinator: manages calls, users and decisions
uil-invite-country = Member State (National Commissions and jurors)
uil-invite-send = Send invitation

## The member directory import.
uil-members-title = Member directory
# After an import.
uil-members-done = The member directory was updated: { $added } added, { $updated } updated, { $removed } removed, { $unchanged } unchanged.
uil-members-see-it = See it
uil-members-preview-heading = What the import will change
uil-members-count-add = { $count } to add
uil-members-count-update = { $count } to update (year joined)
uil-members-count-remove = { $count } to remove
uil-members-count-unchanged = { $count } already listed as they are
uil-members-bad-heading = Some lines cannot be read
uil-members-bad-text = Correct them in the file and upload it again; nothing has changed.
# $line is the line's number in the file; $problem says what is wrong with it.
uil-members-bad-line = Line { $line }: { $problem }
uil-members-to-add = To add
uil-members-to-update = To update
uil-members-to-remove = To remove
# A member of the file: its city, its Member State and the year it joined.
uil-members-row = { $city } ({ $country })
uil-members-row-year = { $city } ({ $country }), { $year }
uil-members-row-joined = { $city } ({ $country }): joined { $year }
uil-members-apply = Apply these changes
uil-members-cancel = Cancel
# Followed by the list of the file's columns (their names stay in English: they are what
# the file says).
uil-members-intro = Upload the official list of members as a CSV file. Its first line names the columns:
uil-members-column-city = the city's name
uil-members-column-country = the Member State's ISO code, like DE
uil-members-column-year = the year the city joined (may be empty)
uil-members-preview-first = You will see what changes before anything does.
uil-members-file = CSV file of members
uil-members-file-too-large = The file must be 10 MB or smaller
uil-members-file-not-utf8 = The file must be a CSV file in UTF-8
uil-members-file-missing = Choose a CSV file of members
uil-members-mode = What to do with it
uil-members-mode-add = Add its members to the directory (and update the year of those already listed)
uil-members-mode-replace = Replace the directory with it
uil-members-preview-button = Preview the changes

## The call's text in other languages (call form).
uil-call-translations-heading = The call in other languages
uil-call-translations-hint = The public page shows the call in the reader's language where it has a title and a text in it, and in English otherwise, saying so. Leave both empty to have none; give both to have one.
uil-call-title-in = Title in { $language }
uil-call-body-in = Text in { $language } (Markdown)
uil-applied-before = The city applied before; this application started from that one:
uil-applied-before-link = application { $id }
uil-nav-pipeline = Pipeline
uil-pipeline-title = What the National Commissions hold
uil-pipeline-lead = Applications of the current call with their National Commissions, by region and Member State: counts only, from submission on. Drafts are the cities' own and never count.
uil-pipeline-col-state = Member State
uil-pipeline-col-submitted = Submitted
uil-pipeline-col-endorsed = Endorsed
uil-pipeline-col-forwarded = Sent to UIL
uil-pipeline-total = The region
uil-pipeline-none = No application yet:
