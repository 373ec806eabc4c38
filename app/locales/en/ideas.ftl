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
