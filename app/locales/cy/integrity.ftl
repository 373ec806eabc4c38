# Moderators' review of how support was given in a campaign.
integrity-title = Uniondeb pleidleisiau
integrity-description = Arwyddion nad oedd cefnogaeth yn dod gan dorf, ar gyfer cymedrolwyr.
integrity-back = Yn ôl i gymedroli
integrity-done-set-aside = Mae cefnogaeth y grŵp wedi'i rhoi o'r neilltu. Dydy'r cyfrifon, y safleoedd a'r dadansoddiad ddim yn ei chynnwys mwyach.
integrity-done-restored = Mae'r gefnogaeth wedi'i hadfer ac mae'n cyfrif eto.
integrity-done-already = Roedd y gefnogaeth honno wedi'i hadfer yn barod.
integrity-error-changed = Mae'r grŵp wedi newid ers i'r dudalen gael ei dangos (daeth neu aeth cefnogaeth): edrychwch arno eto cyn ei roi o'r neilltu. Mae eich rheswm yma o hyd.
integrity-counted = { $count ->
    [zero] Does dim cefnogaeth yn cyfrif yn yr ymgyrch hon.
    [one] Mae 1 gefnogaeth yn cyfrif yn yr ymgyrch hon.
   *[other] Mae { $count } o gefnogaethau yn cyfrif yn yr ymgyrch hon.
}
integrity-intro = Mae'r arwyddion isod yn cael eu darllen ohonynt: ffrwydradau o gefnogaeth ymhell uwchlaw cyfradd arferol syniad, cyfrifon yn cefnogi'r un syniadau yn amlach nag y byddai siawns yn ei roi, llawer o gyfrifon o un rhwydwaith yn cefnogi un syniad, a chyfrifon yn cefnogi syniadau un awdur yn unig. Mae pob un yn dangos ffigurau am grŵp a sut mae pob cyfrif yn sefyll, byth pwy yw'r cyfrifon nac unrhyw beth arall a gefnogwyd ganddynt.
integrity-caution = Mae arwydd yn rheswm i edrych, nid yn brawf: mae swyddfeydd yn rhannu rhwydwaith ac mae ffrindiau'n cefnogi syniadau ei gilydd. Mae rhoi cefnogaeth grŵp o'r neilltu yn ei chadw, yn ei gadael allan o bob cyfrif, a gellir ei dadwneud.
integrity-signals = Arwyddion
integrity-no-signals = Dim arwyddion: mae'r gefnogaeth sy'n cyfrif yn yr ymgyrch hon yn edrych fel cefnogaeth torf.
integrity-set-aside = Wedi'i rhoi o'r neilltu
integrity-none-set-aside = Does dim wedi'i roi o'r neilltu yn yr ymgyrch hon.
integrity-when = Pryd: { $window }
integrity-the-idea = Y syniad
integrity-the-ideas = Y syniadau
integrity-the-group = Y grŵp
integrity-accounts = Sut mae pob cyfrif yn sefyll ({ $count })
integrity-more = Mae'r { $shown } cyntaf wedi'u rhestru; mae { $more } arall yn cael eu cyfrif yn y ffigurau.
integrity-why-set-aside = Pam rhoi cefnogaeth y grŵp hwn o'r neilltu?
integrity-why-set-aside-hint = Caiff ei gadw yn y log cymedroli gyda'ch enw. Mae'r cefnogaethau'n cael eu cadw, dydyn nhw ddim yn cyfrif yn unman, a gellir eu hadfer.
integrity-set-aside-button = Rhoi { $supports } o gefnogaethau gan { $accounts } o gyfrifon o'r neilltu
integrity-supports-from = { $supports } o gefnogaethau gan { $accounts } o gyfrifon
integrity-who-when = Pwy a phryd
integrity-why-restore = Pam adfer y gefnogaeth hon?
integrity-why-restore-hint = Caiff ei gadw yn y log cymedroli gyda'ch enw. Mae'r cefnogaethau'n cyfrif eto.
integrity-restore = Adfer y gefnogaeth hon

# The signals, as the domain reads them from the supports.
signal = Arwydd
signal-burst = Ffrwydrad o gefnogaeth
signal-same-set = Cyfrifon yn cefnogi'r un syniadau
signal-one-network = Llawer o gyfrifon o un rhwydwaith
signal-one-author = Cyfrifon yn cefnogi un awdur yn unig
signal-burst-quiet = { $best } o gefnogaethau i'r syniad hwn o fewn awr, a bron dim weddill yr amser.
signal-burst-rate = { $best } o gefnogaethau i'r syniad hwn o fewn awr, o'i gymharu â thua { $rate } yr awr weddill yr amser.
signal-same-set-summary = Mae { $accounts } o gyfrifon yn cefnogi'r un { $ideas } syniad yn union a dim byd arall; byddai poblogrwydd y syniadau'n rhoi tua { $expected }.
signal-one-network-summary = Mae { $count } o'r { $members } cyfrif o un rhwydwaith yn cefnogi'r un syniad ({ $share }%), o'i gymharu â { $everyone }% o bawb sy'n cefnogi syniadau yn yr ymgyrch.
signal-one-author-summary = Mae { $accounts } o gyfrifon yn cefnogi dau syniad neu fwy, pob un gan un awdur; byddai poblogrwydd y syniadau'n rhoi tua { $expected }.
signal-expected-none = dim
signal-window = { $from } i { $to }
signal-share = Daw { $group } o'i { $all } cefnogaeth o'r grŵp hwn
signal-of = { $count } o { $all }
signal-days = { $days ->
    [zero] 0 diwrnod
    [one] 1 diwrnod
    [two] 2 ddiwrnod
   *[other] { $days } diwrnod
}
signal-not-known = Anhysbys
signal-figure-accounts = Cyfrifon
signal-figure-new = Wedi'u gwneud lai na diwrnod cyn eu cefnogaeth gyntaf yma
signal-figure-median-age = Oedran canolrif adeg eu cefnogaeth gyntaf yma
signal-figure-quiet = Heb gyflwyno syniad na sylw erioed
signal-figure-networks = Rhwydweithiau y daeth eu cefnogaeth ohonynt
signal-figure-supports = Cefnogaeth a roddant yn yr ymgyrch hon
# How each account in a group stands, without who it is.
standing-made-minutes = Wedi'i wneud lai nag awr cyn ei gefnogaeth gyntaf yma
standing-made-hours = { $hours ->
    [one] Wedi'i wneud 1 awr cyn ei gefnogaeth gyntaf yma
   *[other] Wedi'i wneud { $hours } awr cyn ei gefnogaeth gyntaf yma
}
standing-made-days = { $days ->
    [one] Wedi'i wneud 1 diwrnod cyn ei gefnogaeth gyntaf yma
    [two] Wedi'i wneud 2 ddiwrnod cyn ei gefnogaeth gyntaf yma
   *[other] Wedi'i wneud { $days } diwrnod cyn ei gefnogaeth gyntaf yma
}
standing-deleted = Cyfrif wedi'i ddileu
standing-supports-here = { $count ->
    [zero] yn cefnogi dim syniadau yma
    [one] yn cefnogi 1 syniad yma
   *[other] yn cefnogi { $count } syniad yma
}
standing-contributed = { $count ->
    [0] dim syniadau na sylwadau
    [one] 1 syniad neu sylw
   *[other] { $count } o syniadau a sylwadau
}
standing-suspended = wedi'i atal
# Support set aside, and restored.
set-aside-by = Wedi'i rhoi o'r neilltu ar { $on } gan { $by }
set-aside-restored = Wedi'i hadfer ar { $on } gan { $by }: { $reason }
set-aside-former-moderator = cyn-gymedrolwr
set-aside-note = Rhoddodd cymedrolwyr { $supports ->
    [one] 1 gefnogaeth
   *[other] { $supports } o gefnogaethau
} gan { $accounts ->
    [one] 1 cyfrif
   *[other] { $accounts } o gyfrifon
} o'r neilltu ar ôl adolygu sut y rhoddwyd cefnogaeth. Maen nhw'n cael eu cadw, a does dim ffigur yma yn eu cyfrif.
# A note in the audit log, which keeps its record in English.
audit-set-aside = { $summary } ({ $accounts } cyfrif, { $supports } cefnogaeth). { $reason }
