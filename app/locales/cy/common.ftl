# Geiriau sy'n gyffredin i lawer o dudalennau.

loading = Wrthi'n llwytho…
back = Yn ôl
back-to = Yn ôl i { $place }
cancel = Canslo
important = Pwysig:
information = Gwybodaeth:
error-prefix = Gwall:
error-summary-title = Mae problem wedi codi
go-home = Mynd i'r hafan

not-found-title = Heb ddod o hyd i'r dudalen
not-found-description = Does dim tudalen yn y cyfeiriad hwn.
not-found-typed = Os gwnaethoch deipio'r cyfeiriad gwe, gwiriwch ei fod yn gywir.
not-found-pasted = Os gwnaethoch ludo'r cyfeiriad gwe, gwiriwch eich bod wedi copïo'r cyfeiriad cyfan.
problem-title = Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth
problem-description = Aeth rhywbeth o'i le ar ein hochr ni; rhowch gynnig arall arni yn nes ymlaen.
forbidden-title = Does gennych chi ddim caniatâd i weld y dudalen hon
forbidden-description = Mae'r dudalen hon ar gyfer pobl sydd â rôl arall.
forbidden-body = Mae'r dudalen hon ar gyfer pobl sydd â rôl arall. Os ydych chi'n credu y dylai fod gennych chi hi, gofynnwch i weinyddwr.
too-many-title = Gormod o ymdrechion
too-many-description = Gormod o ymdrechion mewn amser byr; arhoswch, yna rhowch gynnig arall arni.
too-many-body = Rydych wedi gwneud hyn lawer gwaith mewn amser byr, felly rydym wedi'i oedi er mwyn cadw'r wefan yn deg i bawb.
too-many-wait-seconds = { $seconds ->
    [one] Arhoswch eiliad, yna ewch yn ôl a rhoi cynnig arall arni. Mae unrhyw beth a deipiwyd gennych yn dal yn y ffurflen pan ewch yn ôl.
   *[other] Arhoswch { $seconds } eiliad, yna ewch yn ôl a rhoi cynnig arall arni. Mae unrhyw beth a deipiwyd gennych yn dal yn y ffurflen pan ewch yn ôl.
}
too-many-wait-minutes = Arhoswch { $minutes } munud, yna ewch yn ôl a rhoi cynnig arall arni. Mae unrhyw beth a deipiwyd gennych yn dal yn y ffurflen pan ewch yn ôl.
suspended-description = Pam mae eich cyfrif wedi'i atal, a beth y gallwch ei wneud o hyd.
suspended-mistake = Os ydych chi'n credu bod hyn yn gamgymeriad, atebwch y cymedrolwyr drwy'r sefydliad sy'n rhedeg yr ymgyrch.
suspended-account-link = Eich cyfrif, eich data a'i ddileu
suspended-rules-link = Y rheolau a'r cofnod cymedroli cyhoeddus
form-problem-title = Mae problem gyda'r ffurflen
form-problem-description = Doedd dim modd anfon y ffurflen; ewch yn ôl a rhowch gynnig arall arni.

# Lle bynnag y byddai rhywun sydd wedi'i atal yn cymryd rhan.
suspended-message = Mae eich cyfrif wedi'i atal tan ddiwedd { $until }. Y rheswm: { $reason } Gallwch barhau i ddarllen popeth, a lawrlwytho neu ddileu eich data.

# Cyfeiriadau gwe mae pobl yn eu rhoi.
link-too-long = Mae'r cyfeiriad yn rhy hir
link-not-web = Rhowch gyfeiriad gwe sy'n dechrau gyda https://
link-spaces = Ni all cyfeiriad gwe gynnwys bylchau
link-no-site = Rhowch gyfeiriad gwe gydag enw gwefan, fel https://www.example.org

# Cyfeiriadau e-bost mae pobl yn eu rhoi.
email-enter = Rhowch eich cyfeiriad e-bost
email-too-long = Rhaid i'r cyfeiriad e-bost fod yn 254 nod neu lai
email-format = Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com

# Uwchben geiriau nad yw gweinyddwr wedi'u hysgrifennu yn iaith y darllenydd eto.
written-in-other-language = Nid yw hwn wedi'i ysgrifennu yn Gymraeg eto, felly mae i'w weld yn Saesneg.

yes = Ydy
no = Nac ydy
# After a link that opens in a new tab, for screen readers.
opens-in-new-tab = (yn agor mewn tab newydd)

# What a person is told when a request cannot be done (pages and JSON alike).
error-sign-in = Mewngofnodwch i wneud hynny.
error-need-sign-in = Mae angen i chi fewngofnodi i wneud hynny.
error-forbidden = Does gennych chi ddim caniatâd i wneud hynny.
error-not-found = Heb ei ganfod.
error-too-many-requests = { $seconds ->
    [one] Gormod o geisiadau. Rhowch gynnig arall arni ymhen eiliad.
   *[other] Gormod o geisiadau. Rhowch gynnig arall arni ymhen { $seconds } eiliad.
}
error-too-many = { $seconds ->
    [one] Rydych wedi gwneud hyn lawer gwaith mewn byr amser. Arhoswch eiliad a rhowch gynnig arall arni.
   *[other] Rydych wedi gwneud hyn lawer gwaith mewn byr amser. Arhoswch { $seconds } eiliad a rhowch gynnig arall arni.
}
error-check-form = Gwiriwch y ffurflen: ni chafodd ei chadw.
error-internal = Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth. Rhowch gynnig arall arni yn nes ymlaen.
cross-site-refused = Daeth y cais hwn o wefan arall, felly cafodd ei wrthod. Ewch yn ôl i'r dudalen ar y wefan hon a rhowch gynnig arall arni.
# A form no page of the site sends.
form-not-web-form = Ni chafodd y ffurflen ei hanfon fel ffurflen we.
form-unreadable = Nid oedd modd darllen y ffurflen, felly ni chadwyd dim.
form-too-large = Roedd y ffurflen yn rhy fawr. Byrhewch y maes hiraf a rhowch gynnig arall arni.
form-not-utf8 = Roedd nodau yn y ffurflen nad oedd modd eu darllen, felly ni chadwyd dim. Ewch yn ôl, gwiriwch y testun (rhowch gynnig ar ei deipio eto yn hytrach na'i ludo) a'i anfon eto.
follow-bad-form = Dywedwch a ydych am ddilyn (true) neu roi'r gorau i ddilyn (false).
support-bad-form = Dywedwch a ydych yn cefnogi'r syniad (yes) neu'n tynnu eich cefnogaeth yn ôl (no).
preferences-bad-form = Dewiswch un o'r opsiynau a gynigir ar gyfer pob math o neges.
draft-reaction-bad-form = Dewiswch gefnogi neu gwestiwn o'r dudalen.
demo-role-bad-form = Dewiswch un o'r rolau a gynigir ar y dudalen fewngofnodi.
import-unreadable = Nid oedd modd darllen y ffeil. Cadwch hi o'ch taenlen fel “CSV UTF-8” a rhowch gynnig arall arni.
import-too-large = Mae'r ffeil yn fwy na 2 MB: rhannwch hi'n ffeiliau llai.
import-not-utf8 = Nid yw'r ffeil yn UTF-8. Cadwch hi o'ch taenlen fel “CSV UTF-8” a rhowch gynnig arall arni.
# In place of the name of someone who deleted their account.
deleted-account = Cyfrif wedi'i ddileu
# The title of a notification banner.
banner-success = Llwyddiant
banner-important = Pwysig
