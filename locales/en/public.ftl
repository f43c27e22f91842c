# The public pages: the call and the member directory.

## UNESCO's regions, as the member directory groups the Member States.

region-africa = Africa
region-arab-states = Arab States
region-asia-pacific = Asia and the Pacific
region-europe-north-america = Europe and North America
region-latin-america-caribbean = Latin America and the Caribbean

## The call page

# The page's title when no call is published.
public-no-call-title = No call published
public-no-call-heading = No call is published yet
# Followed by a link "See the member cities".
public-no-call-text = The next call for membership will be announced here.

# Where the call stands, at the top of the page.
public-phase-not-open = Not open yet
# $opens: the opening day and time, in the call's zone and in UTC.
public-phase-not-open-detail = Applications open on { $opens }. You can register and prepare your application now.
# $left: how long is left, e.g. "16 days left", "last day".
public-phase-open-cities = Open for cities: { $left }
# $deadline: the cities' deadline, in the call's zone and in UTC.
public-phase-open-cities-detail = Submit your application to your National Commission by { $deadline }.
public-phase-open-natcoms = Closed for cities; open for National Commissions
# $city, $natcom: the two deadlines; $left: how long National Commissions have left.
public-phase-open-natcoms-detail = Cities could submit until { $city }. National Commissions endorse and submit to UIL until { $natcom } ({ $left }).
public-phase-closed = This call is closed
public-phase-closed-detail = Cities submitted until { $city }; National Commissions until { $natcom }.

# A button.
public-register-to-apply = Register to apply
# Followed by the link "Sign in to continue your application".
public-already-registered = Already registered?
public-sign-in-to-continue = Sign in to continue your application
public-sign-in-to-see = Sign in to see your applications

public-dates-heading = Key dates
public-dates-opens = Applications open
public-dates-city = Cities submit to their National Commission by
public-dates-natcom = National Commissions submit to UIL by
# AoE stays "AoE" in every language.
public-zone-aoe = Each date is a whole day Anywhere on Earth (AoE, UTC−12): a deadline holds while that day is still running somewhere on Earth.
# $zone: the name of a time zone, such as "Europe/Paris".
public-zone-named = Each date is a whole day in the { $zone } time zone.

public-steps-heading = How to apply
# Each step is shown as its subject in bold, then the rest of the sentence.
public-step-city-who = The city
# $date: the cities' deadline, e.g. "31 May 2023".
public-step-city = registers, fills in the application form, uploads the commitment signed and stamped by the mayor, and submits it to the National Commission for UNESCO of its country by { $date }.
public-step-natcom-who = The National Commission
# $quota: how many cities a National Commission may endorse; $date: its deadline.
public-step-natcom = endorses at most { $quota ->
        [one] { $quota } city
       *[other] { $quota } cities
    } of its country and submits them to the UNESCO Institute for Lifelong Learning (UIL) by { $date }.
public-step-uil-who = UIL
public-step-uil = reviews the endorsed applications and decides which cities join the network.

# The heading above the call's own text.
public-call-text-heading = The call

## The member directory

public-members-title = Member cities
public-members-lead = Cities that have joined the UNESCO Global Network of Learning Cities.
public-members-partial-title = This list is partial.
# $total: the number of cities in the list.
public-members-partial = { $total ->
        [one] It names the { $total } member city found in public announcements, with the year it joined where it is known, and the cities accepted through this service. UIL keeps the official list.
       *[other] It names the { $total } member cities found in public announcements, with the year they joined where it is known, and the cities accepted through this service. UIL keeps the official list.
    }
public-members-region = Region
public-members-all-regions = All regions
public-members-country = Country
public-members-all-countries = All countries
# A Member State in the filter, with its number of member cities: "Algeria (3)".
public-members-country-option = { $country } ({ $count })
public-members-show = Show members
public-members-clear = Clear filters
public-members-by-region = Members by region
public-members-counts-caption = Number of member cities in each region
# The heading of the column of counts.
public-members-col-members = Members
# The heading of the list when it is filtered.
public-members-matching = { $count ->
        [one] { $count } matching member
       *[other] { $count } matching members
    }
# The heading of the whole list.
public-members-all = { $count ->
        [one] { $count } member
       *[other] All { $count } members
    }
# Followed by the link "Show all members".
public-members-none = No member city matches these filters.
public-members-show-all = Show all members
public-members-col-city = City
# The heading of the column of the year a city joined the network.
public-members-col-joined = Joined
# In the column "Joined", when the year is not known.
public-members-unknown-year = unknown

# Shown above the call's text where UIL has not given it in the reader's language yet.
public-call-text-in-english = The text of this call is not available in English yet; it is shown in English.
