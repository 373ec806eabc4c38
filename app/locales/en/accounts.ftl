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
