# The discussion under an idea.

comments-heading = { $count ->
    [0] Comments
    [one] { $count } comment
   *[other] { $count } comments
}
comments-none = No comments yet.
comments-reply = Reply
comments-your-reply = Your reply
comments-post-reply = Post your reply
comments-campaign-closed = This campaign has closed; its discussion is kept as it was.
comments-locked = A moderator has closed this discussion to new comments; it is kept as it was.
comments-sign-in = Sign in to comment
comments-add = Add a comment
comments-your-comment = Your comment
comments-post = Post your comment
comments-edited = edited
comments-deleted = Comment deleted
comments-report = Report
comments-edit = Edit
comments-delete = Delete
# After "Delete" and "Report", for screen readers (Welsh words them differently).
comments-this-comment = this comment
comments-report-this = this comment
# After "Edit", for screen readers.
comments-your-comment-hidden = your comment
comments-hint = Be kind and stay on topic. You can use *emphasis*, **bold**, links and lists. Up to { $max } characters.
comment-edit-closed-title = This comment can no longer be changed
comment-edit-closed-description = Comments can be changed for a short time after they are written.
comment-edit-closed-body = Comments can be changed in the 15 minutes after they are posted. You can still delete it.
comment-edit-title = Change your comment
comment-edit-description = Change what you wrote in a discussion.
comment-edit-on = On “{ $idea }”
comment-edit-save = Save your comment

# Following ideas and campaigns.
follow-idea-following = You follow this idea: we tell you when something happens to it.
follow-idea-not-following = Follow this idea to be told when something happens to it.
follow-campaign-following = You follow this campaign: we tell you when something happens to it.
follow-campaign-not-following = Follow this campaign to be told when something happens to it.
follow-stop = Stop following
follow-start = Follow
follow-this-idea = this idea
follow-this-campaign = this campaign
follow-campaign-sign-in = Sign in to follow this campaign
follow-campaign-sign-in-why = and be told of new ideas and when voting closes.
comments-error-no-parent = The comment you are replying to could not be found
