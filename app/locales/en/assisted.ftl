# Helpers' pages: taking part with help, in person, by phone or on paper.
assisted-title = Taking part with help
assisted-description = Put forward and support ideas for people who take part in person, by phone or on paper.
assisted-intro = For people who take part in person, by phone or on a paper form. Record each person once, with their consent; then put forward and support ideas for them. They do not get a way to sign in, and what you put forward for them shows as “{ $tag }”.
assisted-import-link = Import paper forms from a spreadsheet (CSV file)
assisted-done-removed = They have been removed: their supports are withdrawn and their name no longer shows with their ideas.
assisted-imported = Imported { $forms ->
    [one] 1 paper form
   *[other] { $forms } paper forms
}: { $ideas ->
    [one] 1 idea
   *[other] { $ideas } ideas
} put forward ({ $held } waiting for a moderator) and { $supports ->
    [one] 1 support
   *[other] { $supports } supports
}.
assisted-imported-again = { $count ->
    [one] 1 row had been imported before and was left as it was.
   *[other] { $count } rows had been imported before and were left as they were.
}
assisted-none = You have not recorded anyone yet.
assisted-people = People you act for
assisted-name-shown = Name shown
assisted-took-part = Took part
assisted-your-reference = Your reference
assisted-ideas = Ideas
assisted-supports = Supports
assisted-record = Record someone
assisted-name-label = Name shown with their ideas (optional)
assisted-name-hint = The name they want everyone to see, such as a first name. Leave it empty to show “{ $unnamed }”.
assisted-segment = They are a…
assisted-channel = How did they take part?
assisted-reference-label = Your reference (optional)
assisted-reference-hint = For you to find them again, such as the paper form's number. Only helpers and moderators see it.
assisted-their-consent = Their consent
assisted-consent = They agreed that we put forward their ideas and support ideas on their behalf on this site, under the name they chose, and they were told how their information is used (the privacy notice).
assisted-record-them = Record them
assisted-done-added = They have been recorded. You can now put forward and support ideas for them.
assisted-done-idea = Their idea has been published.
assisted-done-idea-pending = Their idea will be published once a moderator has checked it.
assisted-done-idea-held = Their idea will wait for a moderator, who will check what the safety check found.
assisted-done-idea-held-help = Their idea will wait for a moderator. Its words suggest someone may be at risk: make sure they know where to get help.
assisted-done-supported = Their support has been counted.
assisted-done-withdrawn = Their support has been withdrawn.
assisted-done-partly = Some of it could not be done: a campaign changed meanwhile. Check the ideas they support below.
assisted-person-description = Put forward and support ideas for someone taking part with help.
assisted-urgent = Urgent advice:
assisted-help-now = Where they can get help now
assisted-back = Back to the people you act for
assisted-they-are = They are a
assisted-consent-key = Consent
assisted-recorded = Recorded on { $on }
assisted-recorded-by = Recorded on { $on } by { $helper }
assisted-put-forward = Put forward an idea for them
assisted-no-campaign = No campaign is taking ideas at the moment.
assisted-put-forward-in = Put forward an idea in { $campaign }
assisted-support = Support ideas for them
assisted-idea-numbers = Idea numbers
assisted-idea-numbers-hint = The numbers of the ideas they support, separated by commas, such as 12, 45. An idea's number starts its address: /ideas/12-… is idea 12.
assisted-support-button = Support these ideas for them
assisted-no-supports = They do not support any ideas yet.
assisted-they-support = Ideas they support
assisted-withdraw = Withdraw their support
assisted-withdraw-label = Withdraw their support for idea { $idea }
assisted-their-ideas = Ideas put forward for them
assisted-none-yet = None yet.
assisted-remove-title = If they ask to be removed
assisted-remove-body = Their account is deleted as anyone's is when they delete it: their supports are withdrawn and their name no longer shows with their ideas, which stay as “{ $deleted }”. This cannot be undone.
assisted-asked = They asked to be removed
assisted-remove = Remove them
# Importing paper forms from a CSV file.
import-title = Import paper forms
import-check-title = Check the paper forms before importing them
import-description = Import paper forms from a CSV file: ideas and supports for people taking part with help.
import-rows-with-problems = { $count ->
    [one] 1 row of the file has problems, listed below. Nothing has been imported: correct the file and upload it again
   *[other] { $count } rows of the file have problems, listed below. Nothing has been imported: correct the file and upload it again
}
import-button = { $count ->
    [one] Import 1 paper form
   *[other] Import { $count } paper forms
}
import-different-file = Choose a different file
import-intro = Type each paper form into one row of a spreadsheet, save it as a CSV file (“CSV UTF-8”), and upload it here. You will see every row before anything is imported, and nothing is imported until every row is right.
import-file = CSV file of paper forms
import-file-hint = Each person must have agreed, on their form, that their ideas and support are put forward for them.
import-check = Check the file
import-rows = The rows of the file
import-line = Line
import-person = Person
import-idea = Idea
import-check-column = Check
import-ready = Ready
import-needs = What the file needs
import-header-before = A header row with these columns (start from
import-template = the template
import-header-after = ):
import-column-name = the name to show (optional)
import-column-group = public, professional, developer or organisation
import-column-channel = in-person, phone or paper
import-column-consent = yes, only when they agreed
import-column-reference = your own reference, such as the form's number (optional)
import-column-idea = their idea, if they put one forward (kind: new or existing)
import-column-supports = the numbers of the ideas they support, separated by commas
import-no-campaign = No campaign is taking ideas or support at the moment.
import-campaigns = Campaigns now, by the short name the campaign column uses:
import-categories = Categories: { $categories }
import-choose-file = Choose a CSV file of paper forms to import
import-row-empty = This row has no idea and no supports: fill in a title and summary, or the numbers of the ideas they support
import-no-rows = The file has no rows under its header: fill in one row per form
import-not-csv = The file could not be read as CSV. Save it from your spreadsheet as “CSV UTF-8” and try again
import-unknown-column = The file has a column this import does not know: “{ $column }”. Use the column names of the template
import-missing-column = The file has no “{ $column }” column. Start from the template
import-too-many-rows = The file has more than { $max } rows: split it into smaller files
import-row-unreadable = This row could not be read: { $error }
import-enter-campaign = Enter the campaign the idea is for: the last part of its address, such as maps-and-apps
import-no-campaign-called = There is no campaign called “{ $slug }”
import-not-taking-ideas = { $campaign } is { $phase } and not taking ideas
import-enter-category = Enter one of the campaign's categories: { $categories }
import-enter-kind = Enter “new” or “existing” as the kind, or leave it empty
import-held = The idea will wait for a moderator: { $found }
# What a helper is told about the ideas of someone they act for.
helped-idea-published = Published
helped-idea-pending = Waiting for a moderator
helped-idea-rejected = Not published
helped-idea-hidden = Hidden by a moderator
helped-idea-withdrawn = Withdrawn
helped-no-idea = There is no published idea number { $number }
helped-not-taking-support = Idea { $number }: { $campaign } is not taking support now
helped-over-budget = { $campaign } lets each person support { $budget } ideas: they would have { $would }
helped-nothing-supported = { $problems }. Nothing was supported.
helped-suspended = { $name }’s account is suspended by a moderator, so nothing can be put forward or supported for them until the suspension ends.
helped-not-a-number = “{ $part }” is not an idea number: enter the numbers shown on the ideas, such as 12, 45
helped-too-many = Enter { $max } idea numbers or fewer
helped-error-segment = Select what describes them best
helped-error-channel = Select how they took part
helped-error-consent = Confirm that they agreed, or do not record them: nothing is put forward for anyone without their consent
helped-error-ideas = Enter the numbers of the ideas they support
helped-error-asked = Confirm that they asked for this: removing them cannot be undone
# A note in the audit log, which keeps its record in English.
audit-helped-ideas = Ideas { $ideas }
