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

# Administrators' list of the site pages, and the form for one.
site-pages-title = Site pages
site-pages-description = The pages every public service publishes, and their words.
site-pages-intro = The pages every public service must publish, linked from the foot of every page. Each starts with a default text that is true of this software; name your organisation and your own arrangements before the site goes live.
site-pages-caption = The pages in every page's footer
site-pages-page = Page
site-pages-text = Text
site-pages-edited = Edited { $on }
site-pages-default = Default text
site-pages-edit = Edit
site-pages-saved = { $page } has been saved.
site-pages-reset = { $page } is back to its default text.
site-pages-edit-title = Edit: { $page }
site-pages-edit-description = Change the words of one of the site's pages.
site-pages-body = The page's text
site-pages-body-hint = Markdown: ## for a heading, - for a list, [words](address) for a link. Everyone can read this page.
site-pages-body-cy = The page's text in Welsh (Cymraeg)
site-pages-body-cy-hint = Until this is written, Welsh readers see the English text with a notice saying it is not yet in Welsh.
site-pages-save = Save the page
site-pages-to-default = Go back to the default text
site-pages-back = Back to the site pages
