# Emails. Each is in its reader's language: the one they signed in in, or chose.
email-greeting = Hello { $name },
email-button-fallback = If the button does not work, copy this address into your browser:
email-manage = Choose what we email you, or stop
email-reason-moderate = You are receiving this because you moderate this site.
email-reason-campaign = You are receiving this because you follow this campaign.
email-reason-listing = You are receiving this because it is about your listing in the directory.
email-reason-wrote = You are receiving this because it is about something you wrote.
email-reason-own-idea = You are receiving this because you put this idea forward.
email-reason-follow = You are receiving this because you follow this idea: you supported it, commented on it or chose to follow it.
# $response is the moderators' words.
email-response = The response: { $response }
email-digest-intro = Here is what happened on { service-name } since your last summary.
email-digest-reason = You are receiving this daily summary because these are things you follow, or yours, and you chose a daily email.
email-digest-subject = Your daily summary for { $day }: { $count ->
    [one] 1 update
   *[other] { $count } updates
}
email-more-comments = { $count ->
    [one] and 1 more comment
   *[other] and { $count } more comments
}
email-confirm-intro = You asked for this address to be used for emails from { service-name }. Confirm that it is yours, and we will use it.
email-confirm-action = Confirm your email address
email-confirm-expiry = The link works for 24 hours.
email-confirm-ignore = If you did not ask for this, ignore this email: we will not send anything else to this address.
email-confirm-reason = You are receiving this because this address was entered on an account.

# What we tell you about: the preferences page.
prefs-title = What we tell you about
prefs-description = Choose what you are told about, by email and in the site.
prefs-intro = You follow the ideas you put forward, support or comment on, and any idea or campaign you choose to follow. Choose how you hear about each kind of thing. Nobody is told about what they did themselves.
prefs-emails-go-to = Emails go to { $address }.
prefs-change-address = Change your email address
prefs-no-address = You have not given an email address, so we only tell you in the site.
prefs-add-address = Add an email address
prefs-language = Which language should we email you in?
prefs-language-hint = It starts as the language you signed in in.
prefs-by-email = By email
prefs-daily-explained = A daily summary is one email a day, only on days when something happened.
prefs-mode-now = At once, one email each time
prefs-mode-daily = In a daily summary, at { $time } UK time
prefs-mode-off = Not by email
prefs-in-site = In the site
prefs-show-these = Show these in your notifications
prefs-save = Save your choices
prefs-back = Back to your account
prefs-refused = Choose one of the options offered for each kind of message.
# The hour digests go, UK time.
time-midnight = midnight
time-midday = midday
time-am = { $hour }am
time-pm = { $hour }pm
# After a change to email.
email-notice-confirmed = Your email address has been confirmed.
email-notice-removed = Your email address has been removed. We will not email you.
email-notice-same = That is already your email address.
email-notice-preferences = Your choices have been saved.
# Each kind of thing people are told about.
topic-replies = Replies to your comments
topic-comments = Comments on ideas you follow
topic-status = Status changes and official responses
topic-merges = Ideas merged as duplicates
topic-new-ideas = New ideas in campaigns you follow
topic-moderation = What moderators decide about what you wrote
topic-phases = Campaigns you follow opening and closing
topic-listings = Decisions about your listings in the directory
topic-reports = New reports to review
topic-waiting = Ideas, comments and listings waiting for review

# Your email address.
address-title = Your email address
address-description = The address we email, and how to change or remove it.
address-intro = Giving an email address is up to you. We only use it to send what you choose, and never show it to anyone.
address-stopped = We have stopped emailing you
address-stopped-explained = Emails to this address could not be delivered several times, so we stopped sending them. Check the address, or enter another one below.
address-confirmed-on = { $address } (confirmed { $date })
address-pending = We have sent a link to { $address }. Follow it to confirm the address is yours. It works for 24 hours. Not arrived? Check your spam folder, or enter the address again to send another.
address-new = New email address
address-hint = We will send a link to this address to check it is yours.
address-send = Send a confirmation link
address-stop-all = Stop all emails
address-remove = Remove your email address
# Following a confirmation link.
confirm-done-title = Email address confirmed
confirm-done-description = Your email address is confirmed.
confirm-done-body = We will use { $address } for the emails you choose.
confirm-title = Confirm your email address
confirm-description = Confirm the address is yours.
confirm-body = Confirm that { $address } is yours, and we will use it for the emails you choose.
confirm-expired-title = This link has expired
confirm-again-description = Ask for another confirmation link.
confirm-expired-body = Confirmation links work for 24 hours. Enter your address again to get a new one.
confirm-enter-again = Enter your email address again
link-broken-title = This link does not work
confirm-broken-body = It may have been copied wrongly, or another address was entered since it was sent. Only the latest link works.
# Following the link at the foot of an email.
unsubscribe-done-title = You will not get any more emails
unsubscribe-done-description = Emails stopped.
unsubscribe-done-body = You can still see what happens in the site, under Notifications. To get emails again, choose what you want from your account.
unsubscribe-choose = Choose what we email you
unsubscribe-title = Stop emails
unsubscribe-description = Stop the emails we send you.
unsubscribe-to = We will stop sending any emails to { $address }.
unsubscribe-to-you = We will stop sending you any emails.
unsubscribe-some-before = To stop only some of them,
unsubscribe-some-link = choose what we email you
unsubscribe-some-after = instead.
unsubscribe-broken-description = Choose what we email you from your account.
unsubscribe-broken-body = It may have been copied wrongly. You can choose what we email you from your account.
unsubscribe-link-broken = This unsubscribe link does not work.
unsubscribe-done-plain = You will not get any more emails from us.

# Administrators' view of what the site has emailed.
outbox-title = Email
outbox-description = What the site has emailed, and what is waiting.
outbox-files-before = No mail server is set up, so emails are not sent: each is written as a file in
outbox-files-set = . Set
outbox-files-after = to send them.
outbox-smtp = Emails are sent through the mail server in the settings.
outbox-counts = { $waiting } waiting to be sent, { $failed } failed.
outbox-none = Nothing has been emailed yet.
outbox-caption = Emails, newest first
outbox-subject = Subject
outbox-to = To
outbox-queued = Queued
outbox-status = Status
outbox-sent = Sent { $at }
outbox-failed = Failed { $at }
outbox-retrying = Trying again { $at }
outbox-waiting = Waiting
outbox-message-description = One email, as sent.
outbox-what-it-says = What it says
outbox-download = Download it to open in a mail program (.eml)
outbox-back = Back to all emails
