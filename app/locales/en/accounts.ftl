# Signing in, and how a person appears.

sign-in-title = Sign in
sign-in-description = Sign in to put forward ideas, support them and join the discussion.
sign-in-not-signed-in = You are not signed in
sign-in-intro = Sign in to put forward ideas, vote and comment. You can read everything without signing in.
sign-in-with = Sign in with { $provider }
sign-in-unavailable = Signing in is not available at the moment.
sign-in-error-cancelled = You cancelled signing in.
sign-in-error-state = Signing in took too long or was started in another window. Try again.
sign-in-error-rejected = We could not confirm who you are with the sign-in service. Try again.
sign-in-error-unavailable = The sign-in service is not available at the moment. Try again later.

# The demo sign-in, offered only on the computer the platform runs on.
demo-heading = Demo sign-in
demo-explained = This copy of the platform is running for a demonstration on this computer. Anyone can sign in as anyone, in any role. It is never offered on a public website.
demo-who = Who do you want to be?
demo-who-hint = Each role can do everything the ones above it can.
demo-role-public = Member of the public
demo-role-public-hint = Put forward ideas, vote and comment.
demo-role-developer = Developer or supplier
demo-role-developer-hint = Also list apps and tools in the directory.
demo-role-helper = Helper (assisted digital)
demo-role-helper-hint = Also put forward and support ideas for people taking part in person, by phone or on paper.
demo-role-moderator = Moderator
demo-role-moderator-hint = Also curate ideas, listings and reports.
demo-role-admin = Administrator
demo-role-admin-hint = Also run campaigns and grant roles.

profile-name = Name shown with your ideas
profile-name-hint = Your name, or the name of your organisation. Everyone can see it.
profile-segment = I am a…
profile-segment-hint = This helps to compare what different groups of people want. It is shown with your ideas.
welcome-title = Choose how you appear
welcome-description = Choose the name shown beside what you write.
welcome-intro = You have signed in with { $provider }. Before we make your account, choose the name everyone will see with your ideas, votes and comments, and tell us which group you belong to.
welcome-create = Create your account
welcome-change-later = You can change both later, from your account.
welcome-again-title = Sign in again
welcome-again-description = Signing in took too long: start again.
welcome-again-body = Signing in took too long, or was started in another window.

# The group a person belongs to, shown beside their name.
segment-public = Member of the public
segment-professional = Health or care professional
segment-developer = Developer or supplier
segment-organisation = Organisation
profile-error-segment = Select what describes you best

# Your account.
account-title = Your account
account-description = Your account: how you appear, your data and your ideas.
account-loading = Loading your account…
account-linked = You can now sign in with either way.
account-link-taken = That sign-in is already used by another account here, so it was not added. Sign in with it and delete that account first if you want to move it.
account-link-last = You cannot remove your only way of signing in.
account-updated-profile = Your profile has been updated.
account-updated-unlinked = That way of signing in has been removed from your account.
account-helping = Helping people take part
account-assisted-people = Taking part with help
account-assisted-import = Import paper forms
account-staff = Moderation and administration
account-staff-queue = Moderation queue
account-staff-listings = Listings to review
account-staff-analysis = Analysis
account-staff-campaigns = Campaigns
account-staff-accounts = Accounts and roles
account-staff-webhooks = Webhooks
account-staff-email = Email
account-staff-pages = Site pages
account-staff-draft = Publish a draft for comment
account-change = Change
account-change-name = name shown with your ideas
account-change-segment = what describes you
account-change-email = email address
account-email = Email address
account-email-none = Not given
account-role = Role
account-member-since = Member since
account-supporting = Ideas you support
account-your-ideas = Your ideas
account-no-ideas = You have not put forward any ideas yet.
account-sign-in-ways = How you sign in
# $provider is the sign-in service's name, $date when it was added.
account-identity = { $provider }, added { $date }
account-remove = Remove
account-also = You can also sign in to this account with:
account-add-provider = Add { $provider }
account-data = Your data
account-data-explained = Download everything this site holds about you: your account, how you sign in, your ideas and your votes.
account-data-download = Download your data (JSON)
account-delete-link = Delete your account
profile-title = Your profile
profile-description = How you appear to others beside what you write.
profile-save = Save your profile
profile-back = Back to your account
delete-title = Delete your account
delete-description = Delete your account and what is kept about you.
delete-if = If you delete your account:
delete-votes = your votes are removed, and the ideas you supported are counted again without them
delete-name = your name and the ways you sign in are removed
delete-words = the ideas and comments you wrote stay on the site, shown as written by a "Deleted account", because other people have voted for them and discussed them
delete-listings = if you list apps or tools, your developer profile and contact email are removed, and your listings are archived: they leave the directory and the services that copy it
delete-reports = the words you wrote in any reports are removed (the reports themselves stay in the moderation record)
delete-first = You may want to download your data first, from your account page. This cannot be undone.
delete-keep = Keep your account
# Roles, as the account page names them.
role-public = Member of the public
role-developer = Developer
role-helper = Helper (assisted digital)
role-moderator = Moderator
role-admin = Administrator

# Administrators' accounts and roles.
roles-title = Accounts and roles
roles-description = Who moderates and who administers the site.
roles-done-changed = The role has been changed.
roles-error-own = You cannot change your own role: ask another administrator.
roles-error-role = Choose one of the roles offered.
roles-error-account = That account no longer exists.
roles-search = Search by name
roles-search-button = Search
roles-none = No accounts match.
roles-caption = Accounts, newest first
roles-name = Name
roles-segment = I am a…
roles-since = Member since
roles-role = Role
roles-role-of = Role of { $name }
roles-change = Change role
roles-change-of = of { $name }
# A note in the audit log, which keeps its record in English.
audit-role-change = { $from } to { $to }
