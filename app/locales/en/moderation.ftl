# Why people report something, as the report form offers it.
report-reason-spam = Spam or advertising
report-reason-offensive = Offensive, abusive or hateful
report-reason-personal-information = It shares someone's personal or medical details
report-reason-misleading = Misleading or unsafe health information
report-reason-off-topic = Not about this campaign

# The rule each breaks, as moderators' reason templates: the author is told it and the
# public moderation log shows it.
report-rule-spam = It is spam or advertising.
report-rule-offensive = It is offensive, abusive or hateful.
report-rule-personal-information = It shares someone's personal or medical details.
report-rule-misleading = It gives misleading or unsafe health information.
report-rule-off-topic = It is not about this campaign.

# Reporting something.
report-heading = { $what ->
    [comment] Report this comment
    [listing] Report this listing
   *[idea] Report this idea
}
report-description = Tell the moderators what is wrong, and they will look at it.
report-reporting = Reporting:
report-intro = A moderator will look at it. If several people report it, it is hidden until they do. Nobody is told who reported it.
report-why = Why are you reporting it?
report-detail = Anything a moderator should know (optional)
report-send = Send the report
report-error-reason = Select why you are reporting it

# The public moderation log.
log-title = Moderation log
log-description = Every moderation decision and its reason: what was hidden, restored, merged or declined, and why.
log-intro = Everything moderators remove, restore or decide is listed here with the reason they gave, so that moderation happens in the open. Names and removed words are not shown.
log-rules = The rules
log-rules-body = Ideas, comments and listings are removed when they are spam or advertising; offensive, abusive or hateful; share someone's personal or medical details; give misleading or unsafe health information; or are not about the campaign.
log-latest = Latest actions
log-empty = Nothing has been moderated yet.
log-caption = Moderation actions, newest first
log-date = Date
log-what = What happened
log-why = Why
# What was acted on: $title is an idea's or listing's title.
log-subject-idea = The idea “{ $title }”
log-subject-listing = The listing “{ $title }”
log-subject-an-idea = An idea
log-subject-a-comment = A comment
log-subject-a-listing = A directory listing
log-subject-an-account = An account
# What happened to it; $subject is one of the above.
log-approved = { $subject } was approved and published
log-rejected = { $subject } was rejected
log-status = { $subject } was given a new status
log-merged = { $subject } was merged into the idea it repeats
log-edited = { $subject } was edited by a moderator
log-comments-locked = { $subject } was closed to new comments
log-comments-unlocked = { $subject } was opened to comments again
log-hidden = { $subject } was hidden by a moderator
log-restored = { $subject } was restored by a moderator
log-auto-hidden = { $subject } was hidden until reviewed, after reports from several people
log-dismissed = { $subject } was reviewed after reports, and kept
log-changes-requested = { $subject } was sent back to its developer for changes
log-archived = { $subject } was archived

# Suspended.
suspended-title = Your account is suspended
suspended-not = Your account is not suspended

# The moderators' queue.
queue-title = Moderation
queue-description = Reports and new ideas waiting for a moderator.
queue-done = { $count ->
    [one] 1 item has been dealt with.
   *[other] { $count } items have been dealt with.
}
queue-listings-link = Directory listings to review ({ $count })
queue-log-link = The public moderation log
queue-analysis-link = Analysis of the responses
queue-integrity-link = Vote integrity: signs that support did not come from a crowd
queue-listings-caption = Directory listings waiting for review, oldest first
queue-listing = Listing
queue-what = What
queue-sent = Sent
queue-by = By { $name }
queue-listing-update = Changes to a published listing
queue-listing-new = New listing
queue-empty = No ideas to approve and no open reports.
queue-pending-caption = Waiting for a moderator: held by the safety check (words of risk first), then oldest first
queue-reported-caption = Reported ideas, comments and listings, most reported first
queue-action = What to do with the ticked items
queue-action-approve = Approve and publish (ideas and comments waiting)
queue-action-reject = Reject (ideas and comments waiting)
queue-action-hide = Hide
queue-action-restore = Restore (hidden items)
queue-action-dismiss = Keep as it is, and close its reports
queue-action-lock = Lock comments (ideas)
queue-action-unlock = Unlock comments (ideas)
queue-rule = The rule it breaks
queue-rule-hint = A rule, your own words below, or both are needed to reject or hide. The author is told the reason, and it appears in the public moderation log (without names).
queue-own-words = Reason in your own words (optional with a rule)
queue-apply = Apply to the ticked items
queue-select = Select
queue-item = Item
queue-state = State
queue-since = Since
queue-select-item = Select { $kind }: { $title }
queue-by-prefix = By
queue-reporters = { $count ->
    [one] Who reported it
   *[other] Who reported it ({ $count } people)
}
queue-counts = Counts towards hiding
queue-new-reporter = New to the site: does not count towards hiding
rule-none = None: my own words only
queue-kind-idea = Idea
queue-kind-comment = Comment
queue-kind-listing = Directory listing
queue-on = On “{ $title }”
queue-hidden-after = Hidden after reports from { $count } established members
queue-reported-by = { $count ->
    [one] Reported by 1 person
   *[other] Reported by { $count } people
}
queue-waiting = Waiting for approval
queue-held-at-risk = Held: words suggest someone may be at risk. Read it first, and consider reaching out with where to get help.
queue-held-personal = Held: it may contain personal details. Approve it only if they are safe to publish; otherwise reject it (the author is told why) or, for an idea, edit its words first.

# A person's account, as moderators see it.
person-description = A person's contributions and account, for moderators.
person-back = Back to moderation
person-caption = Account
person-joined = Joined
person-contributions = Ideas and comments
person-counts = { $ideas } ideas, { $comments } comments
person-suspension = Suspension
person-suspended = Suspended until the end of { $until }. { $reason }
person-not-suspended = Not suspended
person-cannot = You cannot suspend this account: it is yours, or its role is the same as yours or above.
person-reinstate = Reinstate
person-reinstate-explained = They can take part again at once.
person-reinstate-button = Reinstate the account
person-suspend = Suspend
person-suspend-explained = While suspended they can read, and download or delete their data, but not put forward ideas, support, comment, report or list apps. They are told until when and why.
person-until = Last day of the suspension
person-until-hint = The suspension ends at midnight UK time at the end of this day.
person-rule = The rule broken
person-suspend-button = Suspend the account
person-record = Record
person-no-record = No suspensions.
person-record-caption = Suspensions and reinstatements, newest first
person-when = When
person-what = What
person-by = By
person-why = Why
person-done-suspended = The account is suspended.
person-done-reinstated = The account is reinstated.

# A moderator's edit of an idea.
edit-title = Edit an idea
edit-description = A moderator's edit of an idea, kept with the reason for it.
edit-back = Back to the idea
edit-intro = Change only what breaks the rules. The words as they are now are kept below, the author is told why, and the public log says that a moderator edited it.
edit-description-hint = Up to { $max } characters. Markdown.
edit-rule = The rule the words broke
edit-why = Why you are changing them (optional with a rule)
edit-save = Save the changes
edit-earlier = Earlier versions
edit-none = Its words have not been changed.

# Messages by the moderators' fields.
queue-error-from-queue = Select items from the queue
queue-error-none = Select at least one item
queue-error-too-many = Select { $max } items or fewer at once
queue-error-action = Select what to do
queue-error-reason = Select the rule it breaks, or write a reason: the author is told it, and it appears in the public log
queue-error-rule = Select a rule from the list
queue-error-not-applicable = That action does not apply to the ticked items (approve and reject are for ideas waiting for approval; restore is for hidden items; locking comments is for ideas)
person-error-past = The last day of the suspension must be today or later
person-error-too-long = Suspend for two years or less; an administrator can delete the account instead
person-error-enter = Enter the last day of the suspension
person-error-date = The last day of the suspension must be a real date, like 2027-01-12
person-error-reason = Select the rule broken, or write a reason: the person is told it
edit-error-reason = Select the rule the words broke, or write why you are changing them: the author is told
person-record-suspended = Suspended
person-record-reinstated = Reinstated

# A reporter's or author's standing, beside a report.
standing-age = { $days ->
    [0] Account made today
    [one] Account 1 day old
   *[other] Account { $days } days old
}
standing-contributions = { $count ->
    [one] 1 contribution
   *[other] { $count } contributions
}
standing-no-reports = no earlier reports
standing-reports = { $count ->
    [one] 1 earlier report, { $upheld } upheld
   *[other] { $count } earlier reports, { $upheld } upheld
}

# What a person is told when a moderator acts without giving a reason.
moderation-default-reason = It breaks the rules.
suspension-default-reason = It broke the rules.
# Notes in the audit log, which keeps its record in English.
audit-auto-hidden = Reported by { $count } established members
audit-suspended = Until the end of { $until }: { $reason }
# An idea's page, for moderators, when the public cannot see it.
idea-not-public-pending = Waiting for a moderator: only moderators can see this page. Approve or reject it in the moderation queue.
idea-not-public-rejected = Rejected by a moderator: only moderators can see this page.
idea-not-public-hidden = Hidden by a moderator: only moderators can see this page. It can be restored from the moderation queue.
