# What notifications say, on the notifications page and in emails. $idea is the title of
# what it is about (an idea, a listing or a campaign); $detail who did it, what it became,
# or a moderator's reason.
notice-waiting-comment = A comment on “{ $idea }” is waiting for review
notice-waiting-listing = A listing is waiting for review: “{ $idea }”
notice-waiting-idea = An idea is waiting for review: “{ $idea }”
notice-milestone-opened = “{ $idea }” is open for ideas
notice-milestone-submissions-closed = “{ $idea }” is no longer taking new ideas: you can still support ideas until voting closes
notice-milestone-closing-soon = Voting in “{ $idea }” closes in { $days } days
notice-milestone-closed = “{ $idea }” has closed
notice-milestone-changed = “{ $idea }” has changed
notice-listing-update-approved = The update to your listing “{ $idea }” was approved and is in the directory
notice-listing-approved = Your listing “{ $idea }” was approved and is in the directory
notice-listing-changes-requested = A moderator asked for changes to your listing “{ $idea }”: { $detail }
notice-listing-rejected = Your listing “{ $idea }” was not approved. The reason: { $detail }
notice-listing-reported = Someone reported your listing “{ $idea }” ({ $detail }). A moderator will look at it; it stays in the directory meanwhile
notice-listing-hidden = Your listing “{ $idea }” was hidden from the directory by a moderator. The reason: { $detail }
notice-listing-restored = Your listing “{ $idea }” is back in the directory
notice-new-idea = { $detail } put forward a new idea: “{ $idea }”
notice-new-report = “{ $idea }”, or a comment on it, was reported: { $detail }
notice-new-listing-report = The listing “{ $idea }” was reported: { $detail }
notice-status-changed = Your idea “{ $idea }” is now { $detail }
notice-commented = { $detail } commented on your idea “{ $idea }”
notice-replied = { $detail } replied to your comment on “{ $idea }”
notice-merged = Your idea “{ $idea }” was merged into “{ $detail }”, which says the same
notice-merged-into-yours = “{ $detail }”, which said the same, was merged into your idea “{ $idea }” with its supporters and comments
notice-rejected = Your idea “{ $idea }” was not published. The reason: { $detail }
notice-hidden = Your idea “{ $idea }” was hidden by a moderator. The reason: { $detail }
notice-comment-hidden = Your comment on “{ $idea }” was hidden by a moderator. The reason: { $detail }
notice-edited = A moderator edited your idea “{ $idea }”. The reason: { $detail }
notice-comment-rejected = Your comment on “{ $idea }” was not published. The reason: { $detail }
notice-comment-approved = A moderator has published your comment on “{ $idea }”
notice-approved = A moderator has published your idea “{ $idea }”
notice-withdrawn = “{ $idea }”, which you support, was withdrawn by the person who put it forward
# For someone who follows an idea they did not put forward.
notice-follow-status-changed = “{ $idea }”, which you follow, is now { $detail }
notice-follow-commented = { $detail } commented on “{ $idea }”, which you follow
notice-follow-merged-into = “{ $detail }”, which said the same, was merged into “{ $idea }”, which you follow
# Several unread comments or replies on one idea, as one.
notice-group-replies = { $count } new replies to your comments on “{ $idea }”
notice-group-comments = { $count } new comments on “{ $idea }”
# Where a notification leads.
notice-link-review-listing = Review the listing
notice-link-queue = Go to the moderation queue
notice-link-listing = See your listing
notice-link-campaign = See the campaign
notice-link-idea = See the idea

# The notifications page.
notifications-title = Notifications
notifications-description = What has happened to your ideas, your comments and the ideas you support.
notifications-choose = Choose what we tell you about, and how
notifications-none = Nothing yet. You will be told here when your idea changes status, gets a comment or is merged, and when someone replies to you.
notifications-unread = { $count ->
    [0] You have read them all.
   *[other] { $count } unread.
}
notifications-mark-read = Mark all as read
notifications-new = New
