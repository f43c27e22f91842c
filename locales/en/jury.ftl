### The jury (issue [6/8]): the juror's pages, UIL's pages of a call's jury, rubric and
### ranking, decisions on many applications, the dossier.

role-jury = Juror
mail-invitation-role-jury = Juror (expert from { $country })
uil-invite-role-jury = Juror: an external expert who scores the applications assigned to them (choose their Member State below)

## The juror's list.
jury-title = Your applications to score
jury-lead = These are the applications UIL assigned to you. Before you open one, say whether you are in conflict of interest with the city.
jury-nothing-yet = No application is assigned to you yet. You will get a mail when UIL publishes the assignments.
jury-col-city = City
jury-col-country = Member State
jury-col-state = Where you are
jury-state-declare = Say whether you are in conflict
jury-state-to-score = To score
jury-state-draft = Draft saved
jury-state-handed-in = Handed in
jury-back = Back to your applications

## Conflicts with whole countries.
jury-conflicts-title = Countries you are in conflict with
jury-conflicts-own = You are never given applications from your own Member State ({ $country }).
jury-conflicts-country = Another Member State you are in conflict with
jury-conflicts-hint = For example where you work, or where you advised a city. Its applications are taken from you and never assigned to you.
jury-conflicts-declare = Declare the conflict
jury-conflicts-withdraw = Withdraw

## The declaration before opening an application.
jury-declare-title = Before you open the application of { $city }
jury-declare-lead = Jurors must not score a city they have ties with: through their work, their family or their advice to it. UIL sees every answer.
jury-declare-legend = Are you in conflict of interest with { $city }?
jury-declare-no-conflict = I have no conflict with { $city }
jury-declare-conflict = I have a conflict: give this application to another juror
jury-declare-reason = Reason (optional)
jury-declare-reason-hint = For UIL only. At most 1,000 characters.
jury-declare-submit = Send my answer
jury-contact-withheld = The contact person's phone, email and postal address are not shown to jurors.

## The assessment form and the assessments.
review-your-draft = Your draft, saved { $when }
review-col-score = Weighted score
review-no-score = –
review-no-spread = none
review-weight = weight { $weight }
review-hand-in = Hand in my assessment
review-save-draft = Save as a draft
# $mean, $median and $spread are figures with one decimal; $count the assessments.
review-summary = Mean { $mean }, median { $median }, spread { $spread }, from { $count ->
    [one] one assessment
   *[other] { $count } assessments
}.
review-disagreement = The reviewers disagree: the spread of their scores ({ $spread }) is at or above the call's threshold ({ $threshold }).

## The mail to a juror when assignments are published.
mail-jury_assignments-subject = { $count ->
    [one] One application to score
   *[other] { $count } applications to score
} for the UNESCO Global Network of Learning Cities
mail-jury_assignments-body = UIL assigned { $count ->
    [one] one application
   *[other] { $count } applications
} to you:
mail-jury_assignments-city = { $city } ({ $country })
mail-jury_assignments-conflicts = Before you open each one, you will be asked whether you are in conflict of interest with the city. Sign in with your second factor to read and score them:

## UIL: the rubric of a call.
uil-rubric-title = Criteria and weights
uil-rubric-lead = The criteria reviewers and jurors score from 1 to 5. Each assessment's score is the mean of its scores, weighted by the criteria's weights. Write each name in English, and in the other languages where you can.
uil-rubric-frozen = Scores exist on these criteria: they can no longer change.
uil-rubric-criterion = Criterion { $number }
uil-rubric-weight = Weight (1 to 10)
uil-rubric-name = Name in { $language }
uil-rubric-description = Description in { $language }
uil-rubric-save = Save the criterion
uil-rubric-remove = Remove the criterion
uil-rubric-add = Add a criterion
uil-rubric-threshold-title = When reviewers disagree
uil-rubric-threshold = Disagreement threshold
uil-rubric-threshold-hint = An application is flagged when the spread (standard deviation) of its assessments' scores is at or above this figure, from 0.1 to 3.0. 1.0 is a usual choice.
uil-rubric-threshold-save = Save the threshold

## UIL: the jury of a call.
uil-jury-title = Jury and assignments
uil-jury-lead = Jurors see only the applications published to them, never one of their own Member State or of a country they declared, and never the contact person's details.
uil-jury-invite = Invite a juror
uil-jury-jurors = Jurors
uil-jury-no-jurors = No juror yet. Invite them from the staff page, as jurors with their Member State.
uil-jury-col-declared = Countries declared in conflict
uil-jury-col-load = Applications
uil-jury-automatic = Automatic assignment
uil-jury-k = Jurors per application
uil-jury-k-hint = Each application still waiting for a decision gets this many jurors, none in conflict, each juror with as many applications as the others, give or take one. You review the result before you publish it.
uil-jury-automatic-submit = Assign automatically
uil-jury-added = { $count ->
    [one] One assignment added.
   *[other] { $count } assignments added.
} Review them, then publish them.
uil-jury-unpublished = { $count ->
    [one] One assignment is not published yet.
   *[other] { $count } assignments are not published yet.
}
uil-jury-publish = Publish the assignments and mail the jurors
uil-jury-published = { $count ->
    [0] No juror had new applications.
    [one] Published: one juror was mailed their list.
   *[other] Published: { $count } jurors were mailed their lists.
}
uil-jury-assignments = Applications and their jurors
uil-jury-no-applications = No application of this call is waiting for the jury.
uil-jury-none-assigned = No juror yet.
uil-jury-handed-in = handed in
uil-jury-published-state = published
uil-jury-draft-state = not published yet
uil-jury-unassign = Remove
uil-jury-assign-label = Add a juror
uil-jury-assign = Assign
uil-jury-declarations = Declarations of conflict
uil-jury-no-declarations = No juror has answered yet.
uil-jury-col-when = When
uil-jury-col-juror = Juror
uil-jury-col-answer = Answer
uil-jury-col-reason = Reason
uil-jury-conflict = Conflict
uil-jury-no-conflict = No conflict

## UIL: the ranking for the jury meeting.
uil-ranking-title = Ranking
uil-ranking-lead = What reached UIL in this call, by what its assessments add up to. Applications whose spread is at or above { $threshold } are flagged.
uil-ranking-csv = Download as CSV
uil-ranking-total = { $count ->
    [one] One application
   *[other] { $count } applications
}
uil-ranking-sort-mean = Highest mean first
uil-ranking-sort-median = Highest median first
uil-ranking-sort-spread = Widest disagreement first
uil-ranking-sort-city = By city
uil-ranking-sort-country = By country
uil-ranking-col-choose = Choose
uil-ranking-choose = Choose { $city }
uil-ranking-col-rank = Rank
uil-ranking-col-region = Region
uil-ranking-col-stage = Stage
uil-ranking-col-mean = Mean
uil-ranking-col-median = Median
uil-ranking-col-spread = Spread
uil-ranking-col-scored = Jurors who scored
uil-ranking-scored = { $scored } of { $assigned }
uil-ranking-disagree = Disagreement

## UIL: decisions on many applications at once.
uil-decisions-title = Decide on the chosen applications
uil-decisions-legend = Decision
uil-decisions-accept = Accepted
uil-decisions-not-accept = Not accepted
uil-decisions-message = Message to each city and its National Commission
uil-decisions-message-hint = The same message goes to every chosen city.
uil-decisions-review = Review the decisions
uil-decisions-confirm-title = Confirm the decisions
uil-decisions-confirm-lead = { $count ->
    [one] One application
   *[other] { $count } applications
} will be decided: { $decision }. Nothing is decided until you confirm, and then all of them or none.
uil-decisions-col-becomes = Decision
uil-decisions-mails = Each city gets a mail in its language of communication, and its National Commission one in the language of its account.
uil-decisions-confirm = { $count ->
    [one] Decide on this application
   *[other] Decide on these { $count } applications
}
uil-decisions-back = Back to the ranking
uil-decisions-done = { $count ->
    [one] One application decided.
   *[other] { $count } applications decided.
} The mails are on their way.

## The dossier.
uil-dossier = Download the dossier (ZIP)
uil-dossier-bulk = Download the dossiers (ZIP)

## Problems and refusals of the jury.
problem-not-a-weight = Give a weight as a whole number from 1 to 10
problem-not-a-threshold = Give a threshold from 0.1 to 3.0, like 1.0
problem-not-a-juror-count = Give a whole number of jurors from 1 to 10
refusal-jurors-per-application = Each application needs at least one juror.
refusal-too-few-jurors = { $count ->
    [one] One application cannot
   *[other] { $count } applications cannot
} get { $k } jurors out of conflict. Invite more jurors, or ask for fewer per application. Nothing was assigned.
refusal-rubric-frozen = Scores exist on this call's criteria: they can no longer change.
refusal-no-rubric = This call has no criteria to score yet. UIL sets them first.
refusal-scores-missing = { $count ->
    [one] One criterion has
   *[other] { $count } criteria have
} no score yet. Score every criterion to hand in your assessment, or save it as a draft.
refusal-rubric-full = A call has at most { $max } criteria.
refusal-juror-in-conflict = This juror is in conflict with the application: their own Member State, a country they declared, or a conflict they declared.
refusal-too-many-chosen = Choose at most { $max } applications at once.
