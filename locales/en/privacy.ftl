### Personal data (issue [7/8]): the privacy notice, the consent to publish a member's
### profile, the profile itself, the download of one's data, the erasure of an account,
### the retention period of a call, and what the audit log says of them.

## The consent, a question of the form's commitment section.
field-publish_consent = Once the application is accepted, UIL may publish the city's profile on the GNLC website: city, country, population, area, motivation, implementation and website (optional)
field-publish_consent-hint = The official form says that the information provided will be displayed on the UNESCO GNLC website. No name, address, phone number or email address of a person is ever published. The city may withdraw its consent at any time.

## Under every form that takes personal data.
privacy-form-note = What you give here is personal data in part: the privacy notice says what is kept, who sees it and for how long.
privacy-notice-link = Privacy notice

## The privacy notice (/privacy).
privacy-notice-title = Privacy notice
privacy-notice-intro = The UNESCO Institute for Lifelong Learning (UIL) runs this site for the calls for membership of the UNESCO Global Network of Learning Cities (GNLC). This page says which personal data it keeps, why, who sees it, for how long, and how you can have it or have it erased.
privacy-what-heading = What is kept
privacy-what-accounts = For each account: the name, the email address, the language chosen, a hash of the password (never the password itself), the second factor of staff accounts, and the sign-ins of the last days.
privacy-what-applications = For each application: the names and titles of the mayor and of the contact person, the contact person's organisation, postal address, phone number and email address, with the answers about the city and the documents the city uploads.
privacy-what-endorsements = For each endorsement: the name and title of the officer of the National Commission who signs it, and the signed endorsement.
privacy-what-reviews = For each review: the assessments and scores of UIL staff and jurors, and the conflicts of interest jurors declare.
privacy-what-records = A record of what was done and by whom (the account's number, never a copy of the data), and a copy of each mail sent.
privacy-why-heading = Why
privacy-why-text = To run the call: to let a city apply, its National Commission endorse it, and UIL and the jury review it and decide; to write to the people concerned about it; and, for accepted cities, to keep in touch with the members of the network.
privacy-who-heading = Who sees it
privacy-who-city = The city's own team sees its application, at every stage.
privacy-who-natcom = The National Commission of the city's Member State sees the application once submitted, never a draft, and never another country's.
privacy-who-uil = UIL staff see the applications that reached UIL; UIL's coordinators see everything, to run the call.
privacy-who-jury = A juror sees only the applications assigned to them, without the contact person's phone number, email or postal address, and never one they are in conflict with.
privacy-who-public = The public sees an accepted city's profile only if the city consented to it, and never any person's name or details.
privacy-how-long-heading = How long
privacy-how-long-text = Each call has a retention period, set by UIL (usually 24 months after the call's last decision). Once it has passed, the personal data of the applications that were not accepted, withdrawn or never submitted is erased, with the documents of all but accepted applications; the records of what happened keep only numbers. An accepted city's data stays while it is a member.
privacy-rights-heading = Your rights
privacy-rights-download = Download all the data held about you and your applications
privacy-rights-delete = Delete your account
privacy-rights-consent = Withdraw a city's consent to publish its profile, on the application's page or by asking UIL.
privacy-contact-heading = Whom to ask
privacy-contact-text = For any question about your data, or to have it erased when you cannot sign in, write to the UIL team:
privacy-contact-text-no-address = For any question about your data, or to have it erased when you cannot sign in, write to the UIL team at the address given in the call.

## The consent on the application's pages.
privacy-consent-given = The city consents to the publication of its profile once accepted.
privacy-consent-withdraw = Withdraw the consent to publish
privacy-uil-consent-yes = The city consents to the publication of its profile once accepted.
privacy-uil-consent-no = The city has not consented to the publication of its profile.
privacy-uil-consent-withdraw = Withdraw the consent, at the city's request
privacy-event-consent-withdrawn = Withdrew the consent to publish the city's profile

## The public profile of a member (/members/{ id }).
privacy-profile-title = { $city }: a member of the Global Network of Learning Cities
privacy-profile-back = All members
privacy-profile-member-since = Member since
privacy-profile-figure-year = { $value } ({ $year })

## One's account.
privacy-account-heading = Your data
privacy-account-download = Download your data
privacy-account-delete = Delete your account
privacy-erased-person = (deleted account)

## The download (/account/data).
privacy-data-title = Download your data
privacy-data-text = You get one ZIP file: a JSON file with everything held about you and your applications (your account, the answers, the stages and events, the mail sent to you, your sign-ins), and the documents you or your team uploaded.
privacy-data-recorded = The download is recorded, with its time, in UIL's audit log.
privacy-data-download = Download the ZIP file

## Deleting one's account (/account/delete).
privacy-delete-title = Delete your account
privacy-delete-text = Your name, email address and password are erased at once, and you are signed out. What you did stays recorded under an account number only.
privacy-delete-drafts = Your drafts lose their answers and documents.
privacy-delete-submitted = Your submitted applications stay, without the names and details of the mayor and the contact person, so that the National Commission and UIL can finish with them.
privacy-delete-kept = Messages you wrote (a note, a reason) stay with the application they concern.
privacy-delete-download-first = Download your data first
privacy-delete-password = Your password, to confirm
privacy-delete-submit = Delete my account
privacy-deleted-title = Your account is deleted
privacy-deleted-text = Your name, email address and password are erased. Thank you for your interest in the Global Network of Learning Cities.
privacy-deleted-link = Go to the call

## UIL erases an account on request (/uil/erasure).
privacy-erasure-link = Erase a person's data on request
privacy-erasure-title = Erase a person's data on request
privacy-erasure-text = When a person asks UIL to erase their account (they cannot sign in, say), their account is pseudonymised as if they had deleted it themselves. The erasure and its reason are recorded in the audit log.
privacy-erasure-email = The email address of the account
privacy-erasure-reason = Reason
privacy-erasure-reason-hint = For instance: request by email of 3 March, reference 2025-17.
privacy-erasure-submit = Erase the account
privacy-erasure-done = The account is erased: { $applications ->
    [one] one application
   *[other] { $applications } applications
} redacted, { $documents ->
    [one] one document
   *[other] { $documents } documents
} deleted.
privacy-erasure-audit-link = See the audit log
privacy-no-such-account = No account uses this email address
refusal-erasure-not-yours = Only a UIL coordinator can erase another person's account.
refusal-last-administrator = This is the last UIL coordinator's account: invite another coordinator before erasing it.

## The retention period, on a call's form.
privacy-call-retention = Retention period, in months after the call's last decision
privacy-call-retention-hint = Then the personal data of the applications the call did not accept is erased, with the documents of all but accepted applications. Usually 24.

## The audit log.
privacy-audit-heading = Personal data
privacy-audit-col-reason = Reason
privacy-audit-account = Account { $id }
privacy-audit-downloaded = Downloaded their data
privacy-audit-erased = Erased the account: { $applications ->
    [one] one application
   *[other] { $applications } applications
} redacted, { $documents ->
    [one] one document
   *[other] { $documents } documents
} deleted
privacy-audit-retention = Retention period passed: { $applications ->
    [one] one application
   *[other] { $applications } applications
} redacted, { $documents ->
    [one] one document
   *[other] { $documents } documents
} deleted
privacy-audit-retention-job = The daily retention job
privacy-audit-self = The account's owner
