# The frame of every page, the language menu, the error pages and the words many pages
# share. English is the source: every key here exists in every language.

# The language named in itself, in the language menu.
language-self = English

site-name = UNESCO Global Network of Learning Cities
site-short-name = GNLC Call
site-tagline = Call for membership
skip-to-content = Skip to main content
nav-main = Main
nav-call = The call
nav-members = Members
nav-register = Register
nav-sign-in = Sign in
nav-sign-out = Sign out
nav-languages = Languages
footer-run-by = Run by the UNESCO Institute for Lifelong Learning (UIL) for the UNESCO Global Network of Learning Cities.

# A date and a time of day, both already written in the reader's language.
date-and-time = { $date }, { $time }
# A moment in a zone, then the same moment in UTC: "31 May 2023, 23:59 AoE (1 June 2023, 11:59 UTC)".
moment-in-zone = { $local } { $zone } ({ $utc } UTC)

error-summary-title = There is a problem
error-prefix = Error:

error-not-found-heading = Page not found
error-not-found-text = If you typed the web address, check it is correct. If you followed a link, the page may have moved or you may not have access to it.
error-forbidden-heading = You cannot do this
error-forbidden-text = Your account does not give access to this page, or the form you sent had expired. Go back, reload the page and try again.
error-bad-request-heading = The form could not be read
error-bad-request-text = Go back, reload the page and try again.
error-too-large-heading = What you sent is too large
error-too-large-text = Files can be at most 10 MB each. Go back and choose a smaller file.
error-refused-heading = That was not done
error-too-many-heading = Too many requests
error-too-many-text = Too many requests came from your network in a short time. Please try again later: nothing you sent before this page was lost.
error-busy-heading = Sorry, the service is busy
error-busy-text = Nothing you sent before this page was lost. Please try again in a minute.
error-internal-heading = Sorry, there is a problem with the service
error-internal-text = The problem has been recorded. Please try again later; nothing you saved before this page was lost.
error-go-to-call = Go to the call page
error-see-members = See the member cities
error-status = Error { $status }
moment-utc = { $moment } UTC
