# Words many pages share.

loading = Loading…
back = Back
back-to = Back to { $place }
cancel = Cancel
important = Important:
information = Information:
# Before an error message, for screen readers.
error-prefix = Error:
error-summary-title = There is a problem
go-home = Go to the home page

# Pages that say why something could not be done.
not-found-title = Page not found
not-found-description = There is no page at this address.
not-found-typed = If you typed the web address, check it is correct.
not-found-pasted = If you pasted the web address, check you copied the entire address.
problem-title = Sorry, there is a problem with the service
problem-description = Something went wrong on our side; try again later.
forbidden-title = You do not have permission to see this page
forbidden-description = This page is for people with another role.
forbidden-body = This page is for people with another role. If you think you should have it, ask an administrator.
too-many-title = Too many attempts
too-many-description = Too many attempts in a short time; wait, then try again.
too-many-body = You have done this many times in a short while, so we have paused it to keep the site fair for everyone.
too-many-wait-seconds = { $seconds ->
    [one] Wait a second, then go back and try again. Anything you typed is still in the form when you go back.
   *[other] Wait { $seconds } seconds, then go back and try again. Anything you typed is still in the form when you go back.
}
too-many-wait-minutes = Wait { $minutes } minutes, then go back and try again. Anything you typed is still in the form when you go back.
suspended-description = Why your account is suspended, and what you can still do.
suspended-mistake = If you think this is a mistake, reply to the moderators through the organisation running the campaign.
suspended-account-link = Your account, your data and deleting it
suspended-rules-link = The rules and the public moderation log
form-problem-title = There is a problem with the form
form-problem-description = The form could not be sent; go back and try again.

# Wherever a suspended person would take part. $until is a date, $reason the moderator's words.
suspended-message = Your account is suspended until the end of { $until }. The reason: { $reason } You can still read everything, and download or delete your data.

# Web addresses people give.
link-too-long = The address is too long
link-not-web = Enter a web address starting with https://
link-spaces = A web address cannot contain spaces
link-no-site = Enter a web address with a site name, like https://www.example.org

# Email addresses people give.
email-enter = Enter your email address
email-too-long = Email address must be 254 characters or fewer
email-format = Enter an email address in the correct format, like name@example.com

# Above words an administrator has not yet written in the reader's language.
written-in-other-language = This has not been written in English yet, so it is shown in Welsh.

yes = Yes
no = No
# After a link that opens in a new tab, for screen readers.
opens-in-new-tab = (opens in a new tab)

# What a person is told when a request cannot be done (pages and JSON alike).
error-sign-in = Sign in to do that.
error-need-sign-in = You need to sign in to do that.
error-forbidden = You do not have permission to do that.
error-not-found = Not found.
error-too-many-requests = { $seconds ->
    [one] Too many requests. Try again in 1 second.
   *[other] Too many requests. Try again in { $seconds } seconds.
}
error-too-many = { $seconds ->
    [one] You have done this many times in a short while. Wait 1 second and try again.
   *[other] You have done this many times in a short while. Wait { $seconds } seconds and try again.
}
error-check-form = Check the form: it was not saved.
error-internal = Sorry, there is a problem with the service. Try again later.
cross-site-refused = This request came from another website, so it was refused. Go back to the page on this site and try again.
# A form no page of the site sends.
form-not-web-form = The form was not sent as a web form.
form-unreadable = The form could not be read, so nothing was saved.
form-too-large = The form was too large. Shorten the longest field and try again.
form-not-utf8 = The form contained characters that could not be read, so nothing was saved. Go back, check the text (try typing it again rather than pasting it) and send it again.
follow-bad-form = Say whether to follow (true) or stop following (false).
support-bad-form = Say whether you support the idea (yes) or withdraw your support (no).
preferences-bad-form = Choose one of the options offered for each kind of message.
draft-reaction-bad-form = Choose support or question from the page.
demo-role-bad-form = Choose one of the roles offered on the sign-in page.
import-unreadable = The file could not be read. Save it from your spreadsheet as “CSV UTF-8” and try again.
import-too-large = The file is larger than 2 MB: split it into smaller files.
import-not-utf8 = The file is not in UTF-8. Save it from your spreadsheet as “CSV UTF-8” and try again.
# In place of the name of someone who deleted their account.
deleted-account = Deleted account
# The title of a notification banner.
banner-success = Success
banner-important = Important
