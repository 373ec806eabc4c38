# Ffrâm y dudalen sy'n gyffredin i bob tudalen: pennyn, llywio, troedyn, newid iaith.

service-name = Syniadau ac Apiau
page-title = { $page } – { service-name }
skip-link = Neidio i'r prif gynnwys
header-home = Hafan { service-name }
header-menu = Dewislen
nav-campaigns = Ymgyrchoedd
nav-directory = Apiau ac adnoddau
nav-drafts = Drafftiau i roi sylwadau arnynt
nav-list-your-app = Rhestru eich ap
account-menu = Cyfrif
account-suspended = Mae eich cyfrif wedi'i atal
account-signed-in-as = Wedi mewngofnodi fel
account-notifications = { $unread ->
    [0] Hysbysiadau
   *[other] Hysbysiadau ({ $unread } heb eu darllen)
}
account-sign-out = Allgofnodi
account-sign-in = Mewngofnodi
language-menu = Iaith
footer-support-links = Dolenni cymorth
footer-moderation-log = Cofnod cymedroli
footer-open = Meddalwedd cod agored yw { service-name }. Mae popeth cyhoeddus yma yn ddata agored.
