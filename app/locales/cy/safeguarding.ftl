# Geiriau i bobl a allai fod mewn perygl, a ddangosir pan fo'r hyn a ysgrifennwyd yn awgrymu hynny.

safeguarding-help-now = Os oes angen i chi siarad â rhywun nawr, ffoniwch y Samariaid am ddim ar 116 123 (neu eu llinell Gymraeg ar 0808 164 0123), tecstiwch SHOUT i 85258, neu ffoniwch GIG 111 Cymru. Mewn argyfwng, ffoniwch 999.

safeguarding-urgent = Cyngor brys:
safeguarding-help-heading = Os oes angen help arnoch nawr
safeguarding-why-at-risk = Mae'n swnio fel eich bod chi, neu rywun rydych yn ei adnabod, yn mynd drwy gyfnod anodd iawn. Does neb yn gwylio'r wefan hon drwy'r amser, felly ni fydd postio yma yn cael help yn gyflym.
safeguarding-signpost-danger = Os ydych chi neu rywun arall mewn perygl nawr, ffoniwch 999 neu ewch i'r Adran Achosion Brys.
safeguarding-signpost-urgent = I gael help brys gyda'ch iechyd meddwl neu gorfforol, ffoniwch GIG 111 Cymru, neu cysylltwch â'ch meddyg teulu.
safeguarding-signpost-talk = I siarad â rhywun, unrhyw bryd, ddydd neu nos, ffoniwch y Samariaid am ddim ar 116 123, neu eu llinell Gymraeg ar 0808 164 0123.
safeguarding-signpost-text = Os yw'n well gennych anfon neges destun, tecstiwch SHOUT i 85258 am gymorth cyfrinachol am ddim.
safeguarding-found-heading = Beth wnaethon ni ei ganfod
safeguarding-we-found = Fe wnaethon ni ganfod:
safeguarding-why-personal = Mae popeth a bostir yma yn gyhoeddus a gall peiriannau chwilio ddod o hyd iddo. Gallai manylion fel hyn eich adnabod chi neu rywun arall, a does dim eu hangen arnoch i wneud eich pwynt.
safeguarding-change-idea = Gallwch newid eich syniad isod a'i anfon eto: byddwn yn ei wirio eto.
safeguarding-change-comment = Gallwch newid eich sylw isod a'i anfon eto: byddwn yn ei wirio eto.
safeguarding-held-explained = Os byddwch yn bwrw ymlaen, bydd cymedrolwr yn ei ddarllen cyn y gall unrhyw un arall ei weld. Efallai y bydd yn tynnu manylion personol allan.
safeguarding-go-ahead = Ei anfon i gymedrolwr ei wirio

# What the check found, and where: "What looks like a phone number in the title: “07700 900123”".
concern-found = { $concern } { $place }: “{ $text }”
concern-nhs-number = rhywbeth sy'n edrych fel rhif GIG
concern-date-of-birth = rhywbeth sy'n edrych fel dyddiad geni
concern-phone-number = rhywbeth sy'n edrych fel rhif ffôn
concern-email-address = cyfeiriad e-bost
concern-postal-address = rhywbeth sy'n edrych fel cyfeiriad cartref
concern-postcode = cod post
concern-at-risk = geiriau sy'n awgrymu y gallai rhywun fod mewn perygl
in-the-title = yn y teitl
in-the-summary = yn y crynodeb
in-the-description = yn y disgrifiad
in-your-comment = yn eich sylw
