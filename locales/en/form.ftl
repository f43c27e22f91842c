# The application form, Part 1 (the official GNLC application form): its sections, its
# questions, its fields and what is said when one is left empty. Keys are made from the
# names in src/domain/form.rs: `section-<slug>`, `question-<key>`, `field-<name>` (the
# label), `field-<name>-hint`, `field-<name>-missing`, `choice-<field>-<value>`.
# A field's label is also how messages about it name it ("{ $label } must be 300
# characters or fewer"): write it so that it can start a sentence.

## Sections, in the order of the form (the task list and the headings of the pages).
section-city = The city
section-mayor = The mayor
section-contact = Contact person
section-profile = City profile
section-motivation = Motivation and social context
section-implementation = The learning city concept in the city
section-priorities = Priorities among the features of a learning city
section-priorities-intro = How important is each of the six features of a learning city for your city, from 1 (least important) to 5 (most important)? This section is optional.
section-commitment = Commitment signed by the mayor
section-commitment-intro = Print the application, have the mayor sign and stamp it, and upload the scan.
section-documents = Supporting documents

## The city.
field-city_name = Name of the city
field-city_name-missing = Enter the name of the city
field-country = Country
field-country-missing = Choose the country of the city
field-website = Official website of the city (optional)
# Keep the address as it is: it is an example of what to type.
field-website-hint = For example, https://www.city.gov
# The official form offers English or French only; the choices are named below.
field-language = Language of communication with UNESCO
field-language-missing = Choose English or French as the language of communication

## The mayor.
field-mayor_salutation = Salutation (optional)
# Salutations as they are written in the reader's language.
field-mayor_salutation-hint = For example, Mr, Ms, Dr, H.E.
field-mayor_name = Full name of the mayor
field-mayor_name-missing = Enter the full name of the mayor
field-mayor_title = Exact official title of the mayor
field-mayor_title-hint = As it should appear in letters, for example Lord Mayor of the City of Cork
field-mayor_title-missing = Enter the exact official title of the mayor

## The contact person.
field-contact_salutation = Salutation (optional)
field-contact_name = Full name of the contact person
field-contact_name-missing = Enter the full name of the contact person
field-contact_title = Title or position
field-contact_title-missing = Enter the title or position of the contact person
field-contact_organisation = Organisation (optional)
# As the official form says: the organisation is asked only if it is not the municipality.
field-contact_organisation-hint = If other than the municipality
field-contact_address = Postal address
field-contact_address-missing = Enter the postal address of the contact person
field-contact_postcode = Postcode (optional)
field-contact_phone = Phone number
field-contact_phone-hint = With the country code, for example +49 40 123456
field-contact_phone-missing = Enter the phone number of the contact person
field-contact_email = Email address
field-contact_email-hint = UNESCO writes to this address about the application
field-contact_email-missing = Enter the email address of the contact person

## The city profile: each figure with the year it describes. The examples of figures
## are written as the language writes numbers (the form reads them so).
question-population = Population
question-population-hint = The number of people living in the city, and the year of that figure.
field-population = Population
field-population-missing = Enter the population of the city
field-population_year = Year of the figure
field-population_year-missing = Enter the year of the population figure
question-area = Area
question-area-hint = In square kilometres, for example 891.8.
field-area_km2 = Area in km²
field-area_km2-missing = Enter the area of the city in km²
field-area_year = Year of the figure
field-area_year-missing = Enter the year of the area figure
question-gdp_city = GDP per capita of the city (optional)
question-gdp_city-hint = In US dollars.
field-gdp_city_usd = GDP per capita of the city, USD
field-gdp_city_year = Year of the figure
field-gdp_city_year-missing = Enter the year of the city's GDP figure
question-gdp_country = GDP per capita of the country (optional)
question-gdp_country-hint = In US dollars.
field-gdp_country_usd = GDP per capita of the country, USD
field-gdp_country_year = Year of the figure
field-gdp_country_year-missing = Enter the year of the country's GDP figure
question-schooling = Average years of schooling (optional)
question-schooling-hint = Of adults in the city, for example 11.5.
field-schooling_women_years = Women, in years
field-schooling_men_years = Men, in years
field-schooling_year = Year of the figures
field-schooling_year-missing = Enter the year of the schooling figures

## The two texts, of at most 200 words each.
field-motivation = Motivation and social context
field-motivation-hint = Why does the city want to join the network, and what is its social context? At most 200 words.
field-motivation-missing = Enter the motivation and social context of the city
field-implementation = Implementing the learning city concept
field-implementation-hint = How does the city implement, or plan to implement, the learning city concept? At most 200 words; you may include links.
field-implementation-missing = Enter how the city implements the learning city concept

## The six features of a learning city, as the call text and the Beijing Declaration on
## Building Learning Cities name them; each is rated from 1 to 5.
field-priority_inclusive = Promoting inclusive learning, from basic to higher education
field-priority_families = Revitalizing learning in families and communities
field-priority_workplace = Facilitating learning for and in the workplace
field-priority_technologies = Extending the use of modern learning technologies
field-priority_quality = Enhancing quality and excellence in learning
field-priority_culture = Fostering a culture of learning throughout life
# The ends of the scale; $rating is the number (1 or 5), written as the language writes it.
choice-priority-1 = { $rating } (least important)
choice-priority-5 = { $rating } (most important)

## The commitment.
field-commitment = The city commits to the Beijing Declaration on Building Learning Cities and the Key Features of Learning Cities
field-commitment-missing = Confirm the city's commitment

## The languages of communication the official form offers, named in the reader's language.
choice-language-en = English
choice-language-fr = French

## Shared by the form's pages.
form-choose-member-state = Choose a UNESCO Member State
# An answer of a checkbox that is ticked, in a summary of the answers.
form-answer-yes = Yes
form-answer-not-given = Not given
# A needed answer not given, on the page that checks the answers before submission.
form-answer-missing = Missing
