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
