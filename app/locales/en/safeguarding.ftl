# Words for people who may be at risk, shown when what they wrote suggests it.

safeguarding-help-now = If you need to talk to someone now, call Samaritans free on 116 123, text SHOUT to 85258, or call NHS 111. In an emergency, call 999.

# What the safety check found, above a form shown again.
safeguarding-urgent = Urgent advice:
safeguarding-help-heading = If you need help now
safeguarding-why-at-risk = It sounds like you, or someone you know, may be going through a very difficult time. This site is not watched all the time, so posting here will not get help quickly.
safeguarding-signpost-danger = If you or someone else is in danger now, call 999 or go to A&E.
safeguarding-signpost-urgent = For urgent help with your mental or physical health, call NHS 111 (in Wales, NHS 111 Wales), or contact your GP.
safeguarding-signpost-talk = To talk to someone, any time, day or night, call Samaritans free on 116 123.
safeguarding-signpost-text = If you would rather text, text SHOUT to 85258 for free, confidential support.
safeguarding-found-heading = What we found
safeguarding-we-found = We found:
safeguarding-why-personal = Everything posted here is public and can be found by search engines. Details like these could identify you or someone else, and you do not need them to put your point across.
safeguarding-change-idea = You can change your idea below and send it again: we will check it again.
safeguarding-change-comment = You can change your comment below and send it again: we will check it again.
safeguarding-held-explained = If you go ahead, a moderator will read it before anyone else can see it. They may take personal details out.
safeguarding-go-ahead = Send it for a moderator to check

# What the check found, and where: "What looks like a phone number in the title: “07700 900123”".
concern-found = { $concern } { $place }: “{ $text }”
concern-nhs-number = what looks like an NHS number
concern-date-of-birth = what looks like a date of birth
concern-phone-number = what looks like a phone number
concern-email-address = an email address
concern-postal-address = what looks like a home address
concern-postcode = a postcode
concern-at-risk = words that suggest someone may be at risk
in-the-title = in the title
in-the-summary = in the summary
in-the-description = in the description
in-your-comment = in your comment
