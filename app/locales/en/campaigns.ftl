# The home page and the campaign pages.

home-title = Home
home-description = Put forward ideas for health apps and online tools, recommend the ones that already help you, and support the ideas you think matter most.
home-heading = Ideas and apps for better health
home-account-deleted = Your account has been deleted, and you have been signed out.
home-loading = Loading campaigns…
home-current = Current campaigns
home-none-current = There are no campaigns open at the moment.
home-coming-soon = Coming soon
home-past = Past campaigns
# A campaign in a short list: when it takes ideas.
campaign-span = ({ $opens } to { $closes })
campaign-most-supported = Most supported ideas
campaign-no-ideas = No ideas yet. Be the first to put one forward.
campaign-see-all = { $count ->
    [one] See the idea
   *[other] See all { $count } ideas
}
campaign-opens = Ideas accepted from
campaign-closes = Ideas accepted until
campaign-voting-closes = Voting closes
campaign-support = Support
campaign-support-budget = Each person can support up to { $budget } ideas at a time. Withdrawing support from one frees it for another.

# A campaign's phase, in its tag.
phase-upcoming = Opening soon
phase-open = Open for ideas
phase-voting-only = Voting only
phase-closed = Closed

campaign-submitted-pending = Thank you. Your idea has been sent, and will appear here once a moderator has checked it.
campaign-submitted-held = Thank you. A moderator will read your idea before it appears here, and may take personal details out.
campaign-submitted-held-help = Thank you. A moderator will read your idea before it appears here. { safeguarding-help-now }
campaign-loading = Loading the campaign…
campaign-found = { $count ->
    [one] { $count } idea found
   *[other] { $count } ideas found
}
campaign-ideas-heading = Ideas ({ $count })
campaign-title-matching = Ideas matching “{ $q }” – { $campaign }
campaign-title-more = More ideas – { $campaign }
# The title of a campaign's Atom feed.
campaign-feed-title = { $campaign }: new ideas and changes of status
campaign-caption = Campaign
campaign-put-forward = Put forward an idea
campaign-put-forward-own = Put forward your own idea
campaign-sort-label = Sort ideas
campaign-sort-by = Sort by:
campaign-no-match = No ideas match. Try fewer words or filters.
campaign-empty = No ideas yet.
pagination-label = More ideas
pagination-first = First page
pagination-next = Next page

# The search and filter form above a campaign's ideas.
filters-label = Find ideas
filters-search = Search ideas
filters-category = Category
filters-all-categories = All categories
filters-kind = Kind
filters-all-kinds = All kinds
filters-status = Status
filters-any-status = Any status
filters-submit = Find ideas
filters-clear = Clear search and filters

# A campaign's Atom feed.
feed-subtitle = New ideas and changes of status: { $summary }
feed-merged = Merged: { $idea }
feed-new-status = New status: { $idea }

# Administrators' campaign pages.
admin-campaigns-title = Campaigns
admin-campaigns-description = Every campaign, to open, change or close.
admin-campaigns-saved = The campaign has been saved: { $path }
admin-campaigns-create = Create a campaign
admin-campaigns-caption = All campaigns, newest first
admin-campaigns-campaign = Campaign
admin-campaigns-state = State
admin-campaigns-accepted = Ideas accepted
admin-campaigns-ideas = Ideas
admin-campaigns-actions = Actions
admin-campaigns-span = { $opens } to { $closes }
admin-campaigns-edit = Edit
admin-campaign-edit-title = Edit the campaign
admin-campaign-description = What a campaign asks, when it runs and how ideas are moderated.
admin-campaign-back = Back to campaigns
admin-campaign-title = Title
admin-campaign-slug = Web address name (optional)
admin-campaign-slug-hint = Lower-case letters, numbers and hyphens, used in the campaign's address. Made from the title if left empty.
admin-campaign-summary = Summary
admin-campaign-summary-hint = One or two sentences, up to { $max } characters.
admin-campaign-text = Description
admin-campaign-text-hint = What the campaign asks for, and what happens to the ideas. You can use Markdown.
admin-campaign-welsh = In Welsh (Cymraeg)
admin-campaign-welsh-hint = Shown to people reading in Welsh. Anything left empty shows the English, with a notice that it is not yet written in Welsh.
admin-campaign-title-cy = Title in Welsh
admin-campaign-summary-cy = Summary in Welsh
admin-campaign-text-cy = Description in Welsh
admin-campaign-opens = Ideas accepted from
admin-campaign-closes = Ideas accepted until
admin-campaign-voting = Voting closes
admin-campaign-uk-time = UK time.
admin-campaign-voting-hint = UK time. On or after the close for ideas.
admin-campaign-moderation = How new ideas are checked
admin-campaign-post = Publish new ideas at once, and review them afterwards
admin-campaign-pre = Hold new ideas until a moderator approves them
admin-campaign-fair = Show ideas in a fair order while people support them
admin-campaign-fair-hint = Lists start in an order shuffled afresh each day, so ideas put forward early do not gather support just by being seen first. People can still sort by most supported.
admin-campaign-budget = How many ideas each person may support (optional)
admin-campaign-budget-hint = Leave empty for no limit. With a limit, people choose what matters most to them; withdrawing support from one idea frees it for another.
admin-campaign-categories = Categories people choose from
admin-campaign-new-categories = New categories (optional)
admin-campaign-new-categories-hint = One name on each line, with its Welsh name after a bar: Young carers | Gofalwyr ifanc. They are added to this campaign's list; naming one that exists with a Welsh name gives it that name.
admin-campaign-save = Save the campaign
# Messages by the campaign form's fields.
admin-campaign-error-slug = The web address name can only use lower-case letters, numbers and hyphens, like apps-for-carers
admin-campaign-error-slug-long = The web address name must be { $max } characters or fewer
admin-campaign-error-order = Ideas must close after they open
admin-campaign-error-voting = Voting cannot close before ideas close
admin-campaign-error-budget = Enter a whole number from 1 to { $max }, or leave it empty for no limit
admin-campaign-error-moderation = Select how new ideas are checked
admin-campaign-error-categories = Select categories from the list
admin-campaign-error-taken = Another campaign already uses this web address name: choose another
admin-campaign-error-no-such-time = That time does not exist in the UK: the clocks go forward then. Choose another
