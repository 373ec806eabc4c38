# The page frame every page shares: header, navigation, footer, language switcher.

service-name = Ideas and Apps
# The title of every page: the page's own title, then the service's name.
page-title = { $page } – { service-name }
skip-link = Skip to main content
header-home = { service-name } homepage
header-menu = Menu
nav-campaigns = Campaigns
nav-directory = Apps and tools
nav-drafts = Drafts for comment
nav-list-your-app = List your app
account-menu = Account
account-suspended = Your account is suspended
account-signed-in-as = Signed in as
account-notifications = { $unread ->
    [0] Notifications
   *[other] Notifications ({ $unread } unread)
}
account-sign-out = Sign out
account-sign-in = Sign in
language-menu = Language
footer-support-links = Support links
footer-moderation-log = Moderation log
footer-open = { service-name } is open-source software. Everything public here is open data.
