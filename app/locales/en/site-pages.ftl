# The statutory pages, as the footer and the page titles name them.

site-page-accessibility = Accessibility statement
site-page-privacy = Privacy notice
site-page-cookies = Cookies
site-page-rules = Rules for taking part
site-page-contact = Contact us
