# Ideas: cards, pages, putting one forward.

idea-supporters = { $count ->
    [one] { $count } supporter
   *[other] { $count } supporters
}
idea-comments = { $count ->
    [one] { $count } comment
   *[other] { $count } comments
}

# What kind of idea it is.
kind-new-tool = Idea for a new app or tool
kind-existing = Recommended existing app or tool

# An idea's public status, in its tag.
status-new = New
status-under-review = Under review
status-shortlisted = Shortlisted
status-in-development = In development
status-implemented = Implemented
status-declined = Declined
status-duplicate = Duplicate

# The orders a campaign's ideas can be listed in.
sort-top = Most supported
sort-trending = Trending
sort-newest = Newest
sort-most-discussed = Most discussed
sort-shuffled = Fair order (changes daily)

# An idea's page.
idea-loading = Loading the idea…
idea-not-public = Not public
idea-held-after-check = Its author sent it on after the safety check found:
idea-go-to-queue = Go to the moderation queue
idea-status = Status
# "The same idea as <a>other idea</a>, where its support now counts."
idea-duplicate-of-before = The same idea as
idea-duplicate-of-after = , where its support now counts.
idea-put-forward-by = Put forward by
idea-submitted = Submitted
idea-category = Category
idea-visit = Visit the app or tool
idea-description = Description
idea-links = Links
idea-answered-by = Apps and tools that answer this idea
# "<a>Report this idea</a> if it breaks the <a>rules</a>."
idea-report = Report this idea
idea-report-if = if it breaks the
idea-report-rules = rules
idea-report-end = .
idea-earlier-versions = Earlier versions ({ $count })
idea-discussion-withdrawn = This idea was withdrawn; its discussion is kept as it was.
idea-discussion-not-public = This idea is not public, so it takes no comments.
idea-yours = Your idea
idea-change = Change your idea
idea-withdraw = Withdraw your idea
idea-moderate = Moderate this idea
idea-moderate-edit = Edit its words
idea-moderate-edit-kept = (the words as they are now are kept).
idea-discussion-reopen = Reopen the discussion to comments
idea-discussion-close = Close the discussion to new comments
status-form-reason = Response to show with the status
status-form-reason-hint = Say why, in plain words. Everyone can read it.
status-form-duplicate-of = Duplicate of (idea number)
status-form-duplicate-of-hint = Only for the status Duplicate: the number at the start of the other idea's address.
status-form-save = Save the status

# What a page says after something was done on it.
idea-notice-submitted = Your idea has been published. Thank you.
idea-notice-voted = You now support this idea.
idea-notice-withdrawn = Your support has been withdrawn.
idea-notice-changed = Your idea has been changed. Its earlier words are kept on this page.
idea-notice-idea-withdrawn = Your idea has been withdrawn, and the people who supported it told.
idea-notice-commented = Your comment has been posted.
idea-notice-comment-held = Thank you. A moderator will read your comment before it appears here.
idea-notice-comment-held-help = Thank you. A moderator will read your comment before it appears here. { safeguarding-help-now }
idea-notice-comment-edited = Your comment has been changed.
idea-notice-comment-deleted = The comment has been deleted.
idea-notice-status = The status has been changed and the author told.
idea-notice-moderated = Done. The moderation log records it.
idea-notice-edited = The idea has been changed, the earlier words kept, and the author told.
idea-notice-reported = Thank you for your report. A moderator will look at it.
idea-notice-supports-spent = You have used all your supports in this campaign. Withdraw your support from another idea to support this one.
idea-notice-voting-closed = Voting has closed for this campaign, so support cannot change.
idea-notice-edit-closed = Comments can only be changed in the 15 minutes after posting.

# The support panel.
support-count = { $count ->
    [one] { $count } person supports this idea
   *[other] { $count } people support this idea
}
support-closed = Voting has closed.
support-sign-in = Sign in to support this idea
support-you-support = You support this idea.
support-withdraw = Withdraw your support
support-support = Support this idea
support-not-changed = Your support was not changed.
supports-spent-hint = Withdraw your support from another idea to support this one.
supports-left = { $left ->
    [0] You have used all { $budget } of your supports in this campaign.
   *[other] You have { $left } of { $budget } supports left in this campaign.
}

# Putting an idea forward.
new-idea-closed-title = This campaign is not taking ideas
new-idea-closed-description = This campaign is not taking new ideas at the moment.
# $phase is the campaign's phase in lower case, such as "closed".
new-idea-closed-body = { $campaign } is { $phase }: ideas were accepted from { $opens } until { $closes }.
new-idea-read-ideas = Read the ideas in this campaign
new-idea-title = Put forward an idea
new-idea-title-checking = Check your idea before it is posted
new-idea-title-confirming = Is your idea already here?
new-idea-description = Put forward an idea for a health app or online tool, or recommend one that already helps you.
new-idea-similar-intro = These ideas look like yours. If one of them says what you want, support it instead: ideas with more supporters are more likely to be taken forward.
new-idea-not-the-same = Not the same? Check your idea and submit it
new-idea-field-title = Title
new-idea-field-title-hint = A short name for the app or tool, between { $min } and { $max } characters.
new-idea-field-summary = Summary
new-idea-field-summary-hint = In one or two sentences, what would it do and for whom? Up to { $max } characters.
new-idea-field-description = Description (optional)
new-idea-field-description-hint = More detail: the problem, who has it, how the app or tool would help. You can use Markdown. Up to { $max } characters.
new-idea-field-category = Category
new-idea-field-kind = What are you putting forward?
new-idea-field-link = Web address of the app or tool
new-idea-field-link-hint = Needed if you recommend an existing app or tool. For example, https://www.example.org
new-idea-field-other-links = Other links (optional)
new-idea-field-other-links-hint = Up to 5 web addresses, one on each line: research, similar services, examples.
new-idea-submit = Submit your idea
new-idea-submit-mine = Submit my idea
new-idea-limits = Limits: title { $title } characters, summary { $summary }, description { $description }.
new-idea-what-you-wrote = What you wrote
similar-support-instead = Support this idea instead
similar-support-for-them = Support this idea for them instead
new-idea-field-language = Which language is your idea written in?
new-idea-field-language-hint = It is shown in the language you write it in, and marked as such for screen readers.

# Why an idea's words cannot be changed now, or it cannot be withdrawn.
authoring-gone = This idea can no longer be changed.
authoring-campaign-closed = The campaign has closed, so this idea can no longer be changed.
authoring-decided = A moderator has looked at this idea and given it a status, so its words stay as they were. You can add a comment instead.
authoring-supported = Ideas can be changed while they have { $supporters } supporters or fewer, or in the { $minutes } minutes after they are put forward. People have supported this idea as it is, so add a comment instead.
authoring-copy-words = { $why } Copy your words if you want to keep them.

# The author's pages: changing and withdrawing an idea.
change-idea-title = Change your idea
change-idea-description = Change the words of an idea you put forward.
change-idea-rule = You can change your idea while it has { $supporters } supporters or fewer, or in the { $minutes } minutes after you put it forward. The words as they are now stay on its page as an earlier version, so everyone can see what changed.
change-idea-closed-title = This idea can no longer be changed
change-idea-closed-description = Ideas can be changed for a while after they are put forward.
change-idea-back = Back to your idea
change-idea-summary-hint = Up to { $max } characters.
change-idea-description-hint = Up to { $max } characters. You can use *emphasis*, **bold**, links and lists.
change-idea-save = Save your changes
withdraw-closed-title = This idea cannot be withdrawn
withdraw-closed-description = Ideas can be withdrawn while their campaign runs.
withdraw-title = Withdraw your idea
withdraw-description = Take back an idea you put forward.
withdraw-heading = Withdraw “{ $title }”
withdraw-cannot-undo = This cannot be undone
withdraw-what-happens = Your idea will leave the campaign's lists and take no more support or comments. Its page will stay, saying you withdrew it.
withdraw-supporters = { $count ->
    [0] Nobody supports it yet.
    [one] The 1 person who supports it will be told.
   *[other] The { $count } people who support it will be told.
}
withdraw-keep = Keep your idea

# Messages by the fields of the idea form.
idea-error-category = Select the category that fits your idea best
idea-error-kind = Select whether this is an idea for a new app or tool, or one you recommend
idea-error-link = Enter the web address of the app or tool you recommend
links-error-too-many = Enter { $max } links or fewer, one on each line
links-error-link-n = Link { $n }: { $problem }

# On an idea's page. $reason is the moderator's own words.
idea-moderator-edited = Edited by a moderator on { $date }: { $reason }
idea-withdrawn-on = Withdrawn on { $date } by the person who put it forward. It no longer takes support or comments.

# An idea's earlier versions.
history-before-author = Before the person who put it forward changed it on { $when }
history-before-edit = Before the edit on { $when } by { $editor }
# Putting an idea forward for someone who took part with help.
with-help = Submitted with help
on-behalf-before = You are putting this idea forward for
on-behalf-after = ({ $segment }, { $channel }). It will show as “{ $tag }”.
channel-in-person = In person
channel-phone = By phone
channel-paper = On a paper form
# Messages when an idea, its status or a comment cannot be saved.
idea-not-saved-closed = Your idea was not saved: this campaign is { $phase } and not taking ideas. Here is what you wrote, so you can keep it.
idea-error-status = Select a status
idea-error-duplicate-of = Enter the number of the idea this one duplicates
idea-error-number = Enter the idea's number, like 42
idea-error-bad-original = Enter the number of another idea in the same campaign that is not itself a duplicate
comment-error-bad-parent = The comment you are replying to could not be found
comment-error-closed = This campaign has closed, so comments cannot be added. Copy your text if you want to keep it.
comment-error-locked = A moderator has closed this discussion to new comments. Copy your text if you want to keep it.
history-why = Why: { $reason }
