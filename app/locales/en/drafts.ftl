# Drafts published for comment, paragraph by paragraph.
drafts-title = Drafts for comment
drafts-description = Documents published for comment: comment on, support or question each paragraph.
drafts-intro = Documents we are writing, published so that you can comment on them paragraph by paragraph, and say which parts you support or question, before they are final.
drafts-none = There are no drafts for comment at the moment.
drafts-versions = { $count ->
    [one] 1 version
   *[other] { $count } versions
}
drafts-comments = { $count ->
    [one] 1 comment
   *[other] { $count } comments
}
draft-phase-upcoming = Opening soon
draft-phase-open = Open for comments
draft-phase-closed = Closed for comments
draft-done-published = The draft has been published for comment.
draft-done-updated = The draft has been saved. New words are published as a new version.
draft-done-commented = Your comment has been posted.
draft-done-reacted = Thank you: what you think of this paragraph has been saved.
draft-done-hidden = The comment has been hidden.
draft-done-closed = This draft is not taking comments now.
draft-caption = Draft for comment
draft-window = Comments from { $window }.
draft-version-of = Version { $version } of { $latest }
draft-published-on = , published { $on }.
draft-what-changed = What changed: { $note }
draft-earlier = This is an earlier version. Comments on it are kept here.
draft-read-newest = Read the newest version and comment on it
draft-versions-label = Versions
draft-other-versions = Other versions:
draft-version-link = version { $version } ({ $on })
draft-download = Download every comment with its paragraph (CSV)
draft-change = Change this draft
draft-sign-in = Sign in to comment
draft-sign-in-after = on a paragraph, or to say whether you support or question it.
draft-document = The document
draft-changes = What changed from version { $version }: { $added ->
    [one] 1 paragraph
   *[other] { $added } paragraphs
} added or changed, { $removed ->
    [one] 1 paragraph
   *[other] { $removed } paragraphs
} removed or changed
draft-added = Added:
draft-removed = Removed:
draft-supports-it = { $count ->
    [one] 1 supports it
   *[other] { $count } support it
}
draft-questions-it = { $count ->
    [one] 1 questions it
   *[other] { $count } question it
}
draft-paragraph = Paragraph { $paragraph }
draft-paragraph-counts = Paragraph { $paragraph }: { $counts }
draft-support = Support
draft-support-undo = Take back your support for
draft-question = Question
draft-question-undo = Take back your question on
# A reaction button's full name for screen readers: "Support paragraph 3".
draft-reaction-label = { $action } paragraph { $paragraph }
draft-hide-reason = Reason for hiding (optional)
draft-hide = Hide this comment
draft-comment-on = Comment on paragraph { $paragraph }
draft-your-comment = Your comment on paragraph { $paragraph }
draft-post = Post your comment
# Administrators' form to publish or change a draft.
draft-form-change = Change a draft
draft-form-publish = Publish a draft for comment
draft-form-description = Publish a document for comment, paragraph by paragraph.
draft-form-newest = The newest version is version { $latest }. If you change the words, they are published as version { $next }, and the comments on earlier versions stay with them.
draft-form-title = Title
draft-form-summary = Summary
draft-form-summary-hint = One or two sentences: what the document is and what you want to know. Up to 280 characters.
draft-form-body-hint = Markdown. Each block of text separated by a blank line is a paragraph people can comment on.
draft-form-opens = Comments open
draft-form-closes = Comments close
draft-form-uk-time = UK time.
draft-form-note = What changed (optional)
draft-form-note-hint = Shown with the new version.
draft-form-save = Save the draft
draft-form-submit = Publish the draft
# Messages when a draft or a comment on it cannot be saved.
draft-error-slug-taken = Another draft has this title: choose a different one
draft-error-no-such-time = That time does not exist in the UK (the clocks go forward): choose another
draft-error-close-after-open = Comments must close after they open
draft-error-closed = This draft is not taking comments now. Copy your words if you want to keep them.
draft-error-old-version = A newer version of this draft has been published: comment on it instead. Copy your words if you want to keep them.
draft-error-paragraph = Choose the paragraph to comment on from the page
draft-error-at-risk = { $help } We found: { $found }. Comments on a draft are about the document: change your words to post it.
draft-error-personal = Remove personal details before posting. We found: { $found }.
draft-window-range = { $from } to { $to }
draft-form-language = Which language is the draft written in?
draft-form-language-hint = It is shown in the language it is written in, and marked as such for screen readers.
