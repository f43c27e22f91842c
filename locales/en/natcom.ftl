# The National Commission's pages: its dashboard (the applications of its Member State),
# one application with the decisions on it, and the page after returning one to its city.
# "National Commission" is the National Commission for UNESCO (see the glossary);
# "endorsement" is the National Commission's support of a city's application.

## Lists of names in a sentence: "Lyon, Lille and Nancy". Keep the spaces inside the quotes.
natcom-list-separator = {", "}
natcom-list-last = {" and "}
# Between a document's kind and its file name: "Signed endorsement: scan.pdf".
natcom-colon = {": "}

## The dashboard.
natcom-no-call-title = No call for applications at the moment
natcom-no-call-text = When UIL opens the next call, its applications appear here.
# The page's title and heading; $country is the name of the Member State.
natcom-dashboard-title = National Commission of { $country }
# After submitting to UIL; $cities is the list of the cities' names.
natcom-sent = { $count ->
    [one] { $count } application was submitted to UIL: { $cities }.
   *[other] { $count } applications were submitted to UIL: { $cities }.
}
natcom-held-heading = Not submitted to UIL
natcom-held-text = These endorsed applications have no signed endorsement or no signing officer yet. Complete Part 2 on each application's page, then submit again:
natcom-nothing-sent = There was nothing to submit: no endorsed application was waiting.
natcom-submit-by = Submit to UIL by
# $deadline is a date and time; $left says how long is left ("16 days left").
natcom-deadline-left = { $deadline }: { $left }
natcom-deadline-extended-left = { $deadline } (extended by UIL): { $left }
natcom-endorsements = Endorsements
natcom-endorsements-used = { $quota ->
    [one] { $used } of { $quota } endorsement used
   *[other] { $used } of { $quota } endorsements used
}
natcom-still-to-decide = Still to decide
natcom-to-decide-count = { $count ->
    [one] { $count } application
   *[other] { $count } applications
}
# In bold, followed by natcom-quota-used-text.
natcom-quota-used-heading = { $quota ->
    [one] You have used your { $quota } endorsement.
   *[other] You have used all { $quota } endorsements.
}
natcom-quota-used-text = To endorse another city, first take back one of your endorsements on its page; an application already submitted to UIL cannot be taken back.
natcom-applications-from = Applications from { $country }
natcom-no-applications = No city of { $country } has submitted an application yet.
# The table's caption, for screen readers.
natcom-applications-caption = Applications submitted by cities of { $country }
natcom-col-city = City
natcom-col-stage = Stage
natcom-col-submitted = Submitted
natcom-col-signed = Signed endorsement
# A tag beside a city whose application awaits the National Commission's decision.
natcom-tag-to-decide = To decide
# Whether the signed endorsement (a PDF) was uploaded.
natcom-signed-uploaded = Uploaded
natcom-signed-missing = Missing
natcom-submit-heading = Submit to UIL
natcom-deadline-passed = The deadline for National Commissions has passed: { $deadline }.
natcom-endorse-first = Endorse applications first; then submit them here, with their signed endorsements, by { $deadline }.
natcom-ready = Ready to submit: { $cities }.
natcom-unsigned = Waiting for their signed endorsement, and not sent until it is uploaded: { $cities }.
natcom-submit-button = Submit the endorsed applications to UIL
natcom-submit-hint = You can submit more than once before the deadline. After submission an application can no longer be taken back.
natcom-nothing-submitted-title = Nothing was submitted to UIL
natcom-back-to-applications = Back to your applications

## One application.
# The page's title: $city is the city's name.
natcom-application-title = { $city } – National Commission
natcom-back-to-country = Back to the applications of { $country }
natcom-application-heading = Application of { $city }
# $when is a date and time in UTC.
natcom-submitted-on = Submitted { $when }.
natcom-printable = Printable version
natcom-quota-and-deadline = { $quota ->
    [one] { $used } of { $quota } endorsement used. Decide by { $deadline }.
   *[other] { $used } of { $quota } endorsements used. Decide by { $deadline }.
}
# $stage is the stage inside a sentence: "declined by the National Commission".
natcom-not-in-its-hands = This application is { $stage }: the National Commission has nothing more to decide on it.
natcom-endorsement-heading = Endorsement
# In bold, followed by natcom-signed-missing-text.
natcom-signed-missing-strong = The signed endorsement is missing.
natcom-signed-missing-text = Upload it before submitting to UIL.
natcom-officer-name = Name of the signing officer
natcom-officer-title = Title of the signing officer
natcom-note = Note (optional)
natcom-signed-label = Signed endorsement (PDF)
natcom-signed-label-replace = Signed endorsement (PDF): uploaded; choose a file only to replace it
natcom-save-endorsement = Save the endorsement
natcom-endorse-heading = Endorse
natcom-signed-hint = You may add it later; it is needed before submitting to UIL.
natcom-endorse-button = Endorse { $city }
natcom-decline-heading = Decline
natcom-reason-label = Reason, for the city
natcom-decline-button = Decline { $city }
natcom-return-heading = Return to the city
natcom-return-label = What should the city change?
natcom-return-button = Return to the city
natcom-take-back-heading = Take back the decision
natcom-take-back-text = The application becomes undecided again.
natcom-take-back-text-endorsed = The application becomes undecided again, and its endorsement is free for another city.
natcom-take-back-button = Take back the decision
natcom-documents = Documents
# A file's size, after its name: "(1.2 MB)".
natcom-file-size = ({ $size })
natcom-progress = Progress
# One event of the timeline: who did it, and what.
natcom-timeline-entry = { $who }: { $what }
# An answer the city left empty.
natcom-not-given = Not given

## After returning an application to its city.
natcom-returned-title = Returned to { $city }
natcom-returned-heading = The application of { $city } was returned to the city
natcom-returned-text = The city can change its application and submit it again until the city deadline. It was told why, with your message, by email.
# $recipients: the addresses the mail went to, as a list.
natcom-returned-text-mailed = The city can change its application and submit it again until the city deadline. It was told why, with your message, by email to { $recipients }.
natcom-returned-draft = Until the city submits it again, the application is a draft again: it is not on your list.

## The cockpit: compare, order, choose, endorse and send in one step

# The quota meter: "2 of 3 endorsements used · 11 days left, 30 June 2023, 23:59 AoE".
natcom-meter = { $endorsed } · { $left }, { $deadline }
natcom-compare-link = Compare the applications side by side, put them in order and choose
natcom-compare-title = The applications of { $country } side by side
natcom-compare-caption = The submitted applications of { $country }, one a column
natcom-compare-show = Show
natcom-compare-show-button = Show these
natcom-compare-stage = Stage
natcom-compare-completeness = Answers
natcom-compare-complete = Complete
natcom-compare-lacking = { $count ->
    [one] { $count } answer missing
   *[other] { $count } answers missing
}
natcom-compare-signed = Signed papers
natcom-compare-signatures = Pledge: { $pledge }; Part 2: { $part2 }
natcom-yes = yes
natcom-no = no
natcom-compare-order = Your order (1 first)
natcom-compare-order-of = The place of { $city } in your order
natcom-compare-choose = Choose
natcom-compare-choose-city = Choose { $city }
natcom-compare-save-order = Save the order
natcom-compare-order-saved = Your order is saved; your colleagues see it too.
natcom-compare-review-chosen = Review the chosen applications
natcom-event-ranked = Placed it { $rank } in the National Commission's order
natcom-event-unranked = Took it out of the National Commission's order
natcom-confirm-title = Endorse and send to UIL
natcom-confirm-back = Back to the comparison
natcom-confirm-lead = These applications will be endorsed and sent to UIL together, or none of them: check that each has its Part 2.
natcom-confirm-col-part2 = Part 2
natcom-confirm-part2-ready = The officer's details and the signed Part 2 are there
natcom-confirm-button = { $count ->
    [one] Endorse and send { $count } application to UIL
   *[other] Endorse and send { $count } applications to UIL
}
natcom-confirm-hint = The cities and UIL are told by mail. After this, the applications are UIL's to review.
natcom-save-part2-button = Save Part 2 without deciding
