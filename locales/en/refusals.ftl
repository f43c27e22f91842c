# What the domain's values say: stages, roles, actions, refusals, problems with what was
# typed. Used by src/web/words.rs on every page and in mail.

## Stages of an application. `.in-sentence` is the stage inside "It is …".
stage-draft = Draft
    .in-sentence = a draft
stage-submitted = Submitted to the National Commission
    .in-sentence = submitted to the National Commission
stage-endorsed = Endorsed by the National Commission
    .in-sentence = endorsed by the National Commission
stage-declined = Declined by the National Commission
    .in-sentence = declined by the National Commission
stage-forwarded = Submitted to UIL
    .in-sentence = submitted to UIL
stage-under_review = Under review at UIL
    .in-sentence = under review at UIL
stage-accepted = Accepted
    .in-sentence = accepted
stage-not_accepted = Not accepted
    .in-sentence = not accepted
stage-withdrawn = Withdrawn
    .in-sentence = withdrawn

## Roles of accounts.
role-applicant = City applicant
role-natcom = National Commission
role-uil_reviewer = UIL reviewer
role-uil_admin = UIL coordinator

## What an action does, inside "Your account cannot … applications."
action-submit = submit
action-return = return to the city
action-endorse = endorse
action-decline = decline
action-take-back = take back the decision on
action-forward = submit to UIL
action-start-review = start the review of
action-accept = accept
action-not-accept = not accept
action-withdraw = withdraw

progress-not-started = Not started
progress-in-progress = In progress
progress-completed = Completed
progress-optional = Optional

document-pledge = Commitment signed by the mayor
document-supporting = Supporting document
document-endorsement = Signed endorsement of the National Commission

time-left-days = { $days ->
    [one] { $days } day left
   *[other] { $days } days left
}
time-left-last-day = last day
time-left-closed = closed

## Refusals: why something may not be done.
refusal-not-your-action = Your account cannot { $action } applications.
refusal-not-from-stage = An application that is “{ $stage }” cannot be changed this way ({ $action }).
refusal-not-yet-open = The call is not open yet: it opens on { $opens }.
refusal-city-deadline-passed = The call closed for cities on { $closed }. Only UIL can extend the deadline for an application: write to the UIL team if you need more time.
refusal-natcom-deadline-passed = The deadline for National Commissions passed on { $closed }.
refusal-quota-reached = Your Member State has used all { $quota } of its endorsements in this call. To endorse this city, first take back one of the endorsements you gave.
refusal-not-editable = It is { $stage }. A city can change its application only while it is a draft: before it is submitted, or after the National Commission returns it.
refusal-email-not-confirmed = Confirm your email address before you submit: open the link we sent you, or ask for a new one on your account page.
refusal-incomplete = { $count ->
    [one] One answer or document is still missing: see below.
   *[other] { $count } answers or documents are still missing: see below.
}
refusal-too-many-documents = An application has at most { $max } supporting documents. Remove one first.
refusal-part2-both-missing = The signing officer and the signed endorsement are missing.
refusal-part2-officer-missing = The name and title of the signing officer are missing.
refusal-part2-signed-missing = The signed endorsement is missing.
refusal-no-open-call = There is no call for applications at the moment.
refusal-city-already-applying = This city already has an application in this call.
refusal-nothing-chosen = Choose at least one application to endorse and send.
refusal-not-to-start-again-from = A new application starts only from one of an earlier call that was not accepted or was withdrawn; this one is { $stage }.
refusal-review-not-started = Start the review before assessing the application.
refusal-assessments-closed = The application is { $stage }: assessments are closed.

## A needed field left empty.
missing-email = Enter your email address and your password
missing-name = Enter your full name
missing-officer_name = Enter the name of the officer who signs the endorsement
missing-officer_title = Enter the title of the officer who signs the endorsement
missing-reason = Enter the reason for declining: the city reads it
missing-message = Enter a message for the city
missing-decision = Choose whether the city is accepted
missing-title = Enter a title of at most 300 characters
missing-role = Choose what the person will do
missing-kind = Choose what to extend
missing-country = Choose a Member State from the list
missing-value = Enter a value

## How a field is named in a message about it ("{ $label } must be …").
label-officer_name = The name
label-officer_title = The title
label-note = The note
label-reason = The reason
label-message = The message
label-comment = The comment
label-body = The call text
label-title = The title
label-field = This field

## Problems with what was typed.
problem-too-long = { $label } must be { $max } characters or fewer
problem-control-characters = { $label } must not contain control characters
problem-too-many-words = { $label }: { $max } words or fewer, please: this has { $words }
problem-not-an-email = Enter an email address in the correct format, like name@example.org
problem-not-a-phone-number = Enter a phone number with its country code, like +49 40 123456
problem-not-a-web-address = Enter a web address, like https://www.city.gov
problem-not-a-language = Choose English or French
problem-not-a-country = Choose a country from the list
problem-not-an-application-number = Enter the number of the application
problem-not-a-whole-number = Population must be a whole number, like 250000
problem-population-out-of-range = Population must be a number between { $min } and { $max }
problem-not-an-area = Enter the area in km² as a number above 0, like 891.8
problem-not-an-amount = Enter an amount in US dollars, like 45000
problem-not-schooling-years = Enter a number of years from 0 to 25, like 11.5
problem-rank-out-of-range = Give each place in your order as a whole number from 1 to 999, or leave it empty
problem-not-a-year = Enter the year of the figure as 4 digits, like 2022
problem-not-a-score = Give this criterion a score from 1 to 5
problem-not-a-priority = Choose a rating from 1 to 5


## Problems with an account's details.
problem-account-email-missing = Enter an email address
problem-account-email-too-long = Email address must be 254 characters or fewer
problem-account-name-too-long = Name must be 200 characters or fewer
problem-account-name-control-characters = Name must not contain control characters
problem-account-password-missing = Enter a password
problem-account-password-too-short = Password must be at least 10 characters long
problem-account-password-too-long = Password must be 200 characters or fewer
problem-account-password-too-easy = This password is too easy to guess: choose another, for example three unrelated words

## Problems with a file.
upload-too-large = The selected file must be 10 MB or smaller
upload-not-a-pdf = The selected file must be a PDF
upload-no-page = The selected file is a PDF without any page: scan the signed page again
upload-needs-password = The selected PDF needs a password to be opened: save it again without a password to open it, then upload it
upload-active-content = The selected PDF contains a script or an action that starts a program: save it again as a plain PDF (for example by printing it to PDF), then upload it

## The filters of lists, in "{ $filter }: choose one of the options in the list".
filter-call = Call
filter-region = Region
filter-country = Country
filter-stage = Stage
filter-reviewed = Assessed
filter-sort = Order
filter-state = State
filter-other = Filter

## Other problems.
issue-file-problem = { $file }: { $problem }
issue-no-file = Choose a PDF file to upload
issue-not-a-choice = { $filter }: choose one of the options in the list
issue-form-too-large = { $file }: the form was too large to be read to its end. Each file may be at most 10 MB, and a form with all its files at most 64 MB: send fewer or smaller files at a time.
issue-choose-city-country = Choose the country of the city
issue-choose-natcom-country = Choose the Member State of the National Commission
issue-city-taken = { $city } already has an application in this call. Ask the colleague who started it to share the work, or contact UIL.
issue-no-such-application = There is no application { $id }
issue-not-a-draft = Application { $id } is { $stage }: only a draft waits for the city deadline
issue-deadline-not-later = The new deadline must be after the present one, { $current }
issue-natcom-before-city = The National Commission deadline must be on or after the city deadline
issue-city-before-opening = The city deadline must be on or after the opening day
issue-not-a-date = Enter a date like 2025-05-31
issue-quota-out-of-range = Enter a number of endorsements from { $min } to { $max }
issue-page-out-of-range = Pages are numbered from { $min } to { $max }
issue-out-of-range = Enter a number from { $min } to { $max }
issue-unknown-zone = Enter "AoE" or the name of a time zone, such as "Europe/Paris"
issue-title-taken = Another call already has this title
issue-email-taken = An account already uses this email address
issue-wrong-credentials = The email address or the password is not right
issue-too-many-attempts = Too many attempts to sign in. For your security, try again after { $until } UTC ({ $minutes ->
    [one] in { $minutes } minute
   *[other] in { $minutes } minutes
}), or reset your password.

missing-call-text = Enter the text of the call in this language, or leave its title empty too

## A member list imported by UIL (CSV): why it cannot be read, why a line is left out.
members-list-not-csv = The file is not a CSV file
members-list-no-city-column = The first line must name a column “city”
members-list-no-country-column = The first line must name a column “country”
members-line-unreadable = the line cannot be read
members-line-city-missing = the city name is missing or longer than { $max } characters
members-line-city-not-text = the city name holds a character that is not text
members-line-not-a-member-state = “{ $code }” is not the ISO code of a UNESCO Member State
members-line-year-out-of-range = the year “{ $year }” is not between { $first } and { $last }
members-line-listed-twice = { $city } ({ $country }) is listed twice
issue-code-wrong = This code is not right. Type the six digits your app shows now, or a recovery code.
issue-code-replayed = This code was already used. Wait for your app to show the next one.
issue-already-colleague = This person already works on the application.
