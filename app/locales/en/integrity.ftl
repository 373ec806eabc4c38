# Moderators' review of how support was given in a campaign.
integrity-title = Vote integrity
integrity-description = Signs that support did not come from a crowd, for moderators.
integrity-back = Back to moderation
integrity-done-set-aside = The group's support has been set aside. Counts, rankings and the analysis no longer include it.
integrity-done-restored = The support has been restored and counts again.
integrity-done-already = That support had already been restored.
integrity-error-changed = The group has changed since the page was shown (support came or went): look at it again before setting it aside. Your reason is still here.
integrity-counted = { $count ->
    [one] 1 support counts in this campaign.
   *[other] { $count } supports count in this campaign.
}
integrity-intro = The signals below are read from them: bursts of support far above an idea's own rate, accounts supporting the same ideas more often than chance would give, many accounts from one network supporting one idea, and accounts supporting only one author's ideas. Each shows figures about a group and how each account stands, never who the accounts are or anything else they supported.
integrity-caution = A signal is a reason to look, not proof: offices share a network and friends support each other's ideas. Setting a group's support aside keeps it, leaves it out of every count, and can be undone.
integrity-signals = Signals
integrity-no-signals = No signals: the support that counts in this campaign looks like a crowd's.
integrity-set-aside = Set aside
integrity-none-set-aside = Nothing has been set aside in this campaign.
integrity-when = When: { $window }
integrity-the-idea = The idea
integrity-the-ideas = The ideas
integrity-the-group = The group
integrity-accounts = How each account stands ({ $count })
integrity-more = The first { $shown } are listed; { $more } more are counted in the figures.
integrity-why-set-aside = Why set this group's support aside?
integrity-why-set-aside-hint = Kept in the moderation log with your name. The supports are kept, count nowhere, and can be restored.
integrity-set-aside-button = Set aside { $supports } supports from { $accounts } accounts
integrity-supports-from = { $supports } supports from { $accounts } accounts
integrity-who-when = Who and when
integrity-why-restore = Why restore this support?
integrity-why-restore-hint = Kept in the moderation log with your name. The supports count again.
integrity-restore = Restore this support

# The signals, as the domain reads them from the supports.
signal = Signal
signal-burst = Burst of support
signal-same-set = Accounts supporting the same ideas
signal-one-network = Many accounts from one network
signal-one-author = Accounts supporting only one author
signal-burst-quiet = { $best } supports for this idea within one hour, and almost none the rest of the time.
signal-burst-rate = { $best } supports for this idea within one hour, against about { $rate } an hour the rest of the time.
signal-same-set-summary = { $accounts } accounts support exactly the same { $ideas } ideas and nothing else; the ideas' popularity would give about { $expected }.
signal-one-network-summary = { $count } of the { $members } accounts from one network support the same idea ({ $share }%), against { $everyone }% of everyone supporting ideas in the campaign.
signal-one-author-summary = { $accounts } accounts support two or more ideas, all of them by one author; the ideas' popularity would give about { $expected }.
signal-expected-none = none
signal-window = { $from } to { $to }
signal-share = { $group } of its { $all } supports come from this group
signal-of = { $count } of { $all }
signal-days = { $days ->
    [one] 1 day
   *[other] { $days } days
}
signal-not-known = Not known
signal-figure-accounts = Accounts
signal-figure-new = Made less than a day before their first support here
signal-figure-median-age = Median age at their first support here
signal-figure-quiet = Have never put forward an idea or comment
signal-figure-networks = Networks their support came from
signal-figure-supports = Supports they give in this campaign
# How each account in a group stands, without who it is.
standing-made-minutes = Made less than an hour before its first support here
standing-made-hours = { $hours ->
    [one] Made 1 hour before its first support here
   *[other] Made { $hours } hours before its first support here
}
standing-made-days = { $days ->
    [one] Made 1 day before its first support here
   *[other] Made { $days } days before its first support here
}
standing-deleted = Account deleted
standing-supports-here = { $count ->
    [one] supports 1 idea here
   *[other] supports { $count } ideas here
}
standing-contributed = { $count ->
    [0] no ideas or comments
    [one] 1 idea or comment
   *[other] { $count } ideas and comments
}
standing-suspended = suspended
# Support set aside, and restored.
set-aside-by = Set aside on { $on } by { $by }
set-aside-restored = Restored on { $on } by { $by }: { $reason }
set-aside-former-moderator = a former moderator
set-aside-note = Moderators set aside { $supports ->
    [one] 1 support
   *[other] { $supports } supports
} from { $accounts ->
    [one] 1 account
   *[other] { $accounts } accounts
} after a review of how support was given. They are kept, and no figure here counts them.
# A note in the audit log, which keeps its record in English.
audit-set-aside = { $summary } ({ $accounts } accounts, { $supports } supports). { $reason }
