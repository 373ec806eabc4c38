# The statutory pages, as the footer and the page titles name them.

site-page-accessibility = Accessibility statement
site-page-privacy = Privacy notice
site-page-cookies = Cookies
site-page-rules = Rules for taking part
site-page-contact = Contact us

site-page-accessibility-description = How accessible this service is, what to do if you cannot use part of it, and how to report a problem.
site-page-privacy-description = Who is responsible for your data, what is collected and why, how long it is kept, and your rights.
site-page-cookies-description = The cookies this service may set, and why they need no consent banner.
site-page-rules-description = The rules everyone agrees to when they put forward ideas, comment, vote or list an app.
site-page-contact-description = How to get in touch with the team that runs this service.
site-page-updated = Last updated { $date }
site-page-rules-heading = What moderators hide
site-page-rules-intro = These are the reasons you can give when you report something, and the reasons moderators give when they hide it.
