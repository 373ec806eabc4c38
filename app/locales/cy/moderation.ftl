# Pam mae pobl yn rhoi gwybod am rywbeth, fel mae'r ffurflen yn eu cynnig.
report-reason-spam = Sbam neu hysbysebu
report-reason-offensive = Sarhaus, difrïol neu atgas
report-reason-personal-information = Mae'n rhannu manylion personol neu feddygol rhywun
report-reason-misleading = Gwybodaeth iechyd gamarweiniol neu anniogel
report-reason-off-topic = Dim yn ymwneud â'r ymgyrch hon

# Y rheol mae pob un yn ei thorri, fel templedi rhesymau'r cymedrolwyr.
report-rule-spam = Mae'n sbam neu'n hysbysebu.
report-rule-offensive = Mae'n sarhaus, yn ddifrïol neu'n atgas.
report-rule-personal-information = Mae'n rhannu manylion personol neu feddygol rhywun.
report-rule-misleading = Mae'n rhoi gwybodaeth iechyd gamarweiniol neu anniogel.
report-rule-off-topic = Dydy e ddim yn ymwneud â'r ymgyrch hon.

# Rhoi gwybod am rywbeth.
report-heading = { $what ->
    [comment] Rhoi gwybod am y sylw hwn
    [listing] Rhoi gwybod am y rhestriad hwn
   *[idea] Rhoi gwybod am y syniad hwn
}
report-description = Dywedwch wrth y cymedrolwyr beth sydd o'i le, a byddan nhw'n edrych arno.
report-reporting = Rhoi gwybod am:
report-intro = Bydd cymedrolwr yn edrych arno. Os bydd sawl person yn rhoi gwybod amdano, bydd yn cael ei guddio nes iddyn nhw wneud. Does neb yn cael gwybod pwy roddodd wybod amdano.
report-why = Pam rydych yn rhoi gwybod amdano?
report-detail = Unrhyw beth y dylai cymedrolwr ei wybod (dewisol)
report-send = Anfon yr adroddiad
report-error-reason = Dewiswch pam rydych yn rhoi gwybod amdano

# Y log cymedroli cyhoeddus.
log-title = Log cymedroli
log-description = Pob penderfyniad cymedroli a'i reswm: beth gafodd ei guddio, ei adfer, ei gyfuno neu ei wrthod, a pham.
log-intro = Mae popeth mae cymedrolwyr yn ei dynnu, yn ei adfer neu'n ei benderfynu wedi'i restru yma gyda'r rheswm a roddwyd ganddyn nhw, fel bod cymedroli'n digwydd yn agored. Nid yw enwau na geiriau a dynnwyd yn cael eu dangos.
log-rules = Y rheolau
log-rules-body = Mae syniadau, sylwadau a rhestriadau'n cael eu tynnu pan fyddan nhw'n sbam neu'n hysbysebu; yn sarhaus, yn ddifrïol neu'n atgas; yn rhannu manylion personol neu feddygol rhywun; yn rhoi gwybodaeth iechyd gamarweiniol neu anniogel; neu ddim yn ymwneud â'r ymgyrch.
log-latest = Y camau diweddaraf
log-empty = Does dim wedi'i gymedroli eto.
log-caption = Camau cymedroli, y diweddaraf yn gyntaf
log-date = Dyddiad
log-what = Beth ddigwyddodd
log-why = Pam
log-subject-idea = y syniad “{ $title }”
log-subject-listing = y rhestriad “{ $title }”
log-subject-an-idea = syniad
log-subject-a-comment = sylw
log-subject-a-listing = rhestriad yn y cyfeiriadur
log-subject-an-account = cyfrif
log-approved = Cafodd { $subject } ei gymeradwyo a'i gyhoeddi
log-rejected = Cafodd { $subject } ei wrthod
log-status = Cafodd { $subject } statws newydd
log-merged = Cafodd { $subject } ei gyfuno â'r syniad mae'n ei ailadrodd
log-edited = Cafodd { $subject } ei olygu gan gymedrolwr
log-comments-locked = Cafodd { $subject } ei gau i sylwadau newydd
log-comments-unlocked = Cafodd { $subject } ei agor i sylwadau eto
log-hidden = Cafodd { $subject } ei guddio gan gymedrolwr
log-restored = Cafodd { $subject } ei adfer gan gymedrolwr
log-auto-hidden = Cafodd { $subject } ei guddio nes iddo gael ei adolygu, ar ôl adroddiadau gan sawl person
log-dismissed = Cafodd { $subject } ei adolygu ar ôl adroddiadau, a'i gadw
log-changes-requested = Cafodd { $subject } ei anfon yn ôl at ei ddatblygwr i'w newid
log-archived = Cafodd { $subject } ei archifo

# Wedi'i atal.
suspended-title = Mae eich cyfrif wedi'i atal
suspended-not = Nid yw eich cyfrif wedi'i atal

# Ciw'r cymedrolwyr.
queue-title = Cymedroli
queue-description = Adroddiadau a syniadau newydd sy'n aros am gymedrolwr.
queue-done = { $count ->
    [one] Mae 1 eitem wedi'i thrin.
    [two] Mae 2 eitem wedi'u trin.
   *[other] Mae { $count } eitem wedi'u trin.
}
queue-listings-link = Rhestriadau'r cyfeiriadur i'w hadolygu ({ $count })
queue-log-link = Y log cymedroli cyhoeddus
queue-analysis-link = Dadansoddiad o'r ymatebion
queue-integrity-link = Uniondeb pleidleisiau: arwyddion nad oedd cefnogaeth wedi dod gan dorf
queue-listings-caption = Rhestriadau'r cyfeiriadur sy'n aros i gael eu hadolygu, yr hynaf yn gyntaf
queue-listing = Rhestriad
queue-what = Beth
queue-sent = Anfonwyd
queue-by = Gan { $name }
queue-listing-update = Newidiadau i restriad cyhoeddedig
queue-listing-new = Rhestriad newydd
queue-empty = Dim syniadau i'w cymeradwyo a dim adroddiadau agored.
queue-pending-caption = Yn aros am gymedrolwr: wedi'u dal gan y gwiriad diogelwch (geiriau risg yn gyntaf), yna'r hynaf yn gyntaf
queue-reported-caption = Syniadau, sylwadau a rhestriadau yr adroddwyd amdanynt, y rhai â'r mwyaf o adroddiadau yn gyntaf
queue-action = Beth i'w wneud â'r eitemau a diciwyd
queue-action-approve = Cymeradwyo a chyhoeddi (syniadau a sylwadau sy'n aros)
queue-action-reject = Gwrthod (syniadau a sylwadau sy'n aros)
queue-action-hide = Cuddio
queue-action-restore = Adfer (eitemau cudd)
queue-action-dismiss = Ei gadw fel y mae, a chau ei adroddiadau
queue-action-lock = Cloi sylwadau (syniadau)
queue-action-unlock = Datgloi sylwadau (syniadau)
queue-rule = Y rheol mae'n ei thorri
queue-rule-hint = Mae angen rheol, eich geiriau eich hun isod, neu'r ddau i wrthod neu guddio. Mae'r awdur yn cael gwybod y rheswm, ac mae'n ymddangos yn y log cymedroli cyhoeddus (heb enwau).
queue-own-words = Rheswm yn eich geiriau eich hun (dewisol gyda rheol)
queue-apply = Rhoi ar waith ar yr eitemau a diciwyd
queue-select = Dewis
queue-item = Eitem
queue-state = Cyflwr
queue-since = Ers
queue-select-item = Dewis { $kind }: { $title }
queue-by-prefix = Gan
queue-reporters = { $count ->
    [one] Pwy roddodd wybod amdano
   *[other] Pwy roddodd wybod amdano ({ $count } o bobl)
}
queue-counts = Yn cyfrif tuag at guddio
queue-new-reporter = Newydd i'r wefan: nid yw'n cyfrif tuag at guddio
rule-none = Dim: fy ngeiriau fy hun yn unig
queue-kind-idea = Syniad
queue-kind-comment = Sylw
queue-kind-listing = Rhestriad yn y cyfeiriadur
queue-on = Ar “{ $title }”
queue-hidden-after = Wedi'i guddio ar ôl adroddiadau gan { $count } o aelodau sefydledig
queue-reported-by = { $count ->
    [one] 1 person wedi rhoi gwybod
   *[other] { $count } o bobl wedi rhoi gwybod
}
queue-waiting = Yn aros am gymeradwyaeth
queue-held-at-risk = Wedi'i ddal: mae'r geiriau'n awgrymu y gallai rhywun fod mewn perygl. Darllenwch ef yn gyntaf, ac ystyriwch gysylltu â nhw i ddweud ble i gael help.
queue-held-personal = Wedi'i ddal: gallai gynnwys manylion personol. Cymeradwywch ef dim ond os ydyn nhw'n ddiogel i'w cyhoeddi; fel arall gwrthodwch ef (mae'r awdur yn cael gwybod pam) neu, ar gyfer syniad, golygwch ei eiriau yn gyntaf.

# Cyfrif person, fel mae cymedrolwyr yn ei weld.
person-description = Cyfraniadau a chyfrif person, ar gyfer cymedrolwyr.
person-back = Yn ôl i gymedroli
person-caption = Cyfrif
person-joined = Ymunodd
person-contributions = Syniadau a sylwadau
person-counts = { $ideas } syniad, { $comments } sylw
person-suspension = Ataliad
person-suspended = Wedi'i atal tan ddiwedd { $until }. { $reason }
person-not-suspended = Heb ei atal
person-cannot = Allwch chi ddim atal y cyfrif hwn: eich cyfrif chi ydyw, neu mae ei rôl yr un fath â'ch un chi neu'n uwch.
person-reinstate = Adfer
person-reinstate-explained = Gallan nhw gymryd rhan eto ar unwaith.
person-reinstate-button = Adfer y cyfrif
person-suspend = Atal
person-suspend-explained = Tra byddan nhw wedi'u hatal gallan nhw ddarllen, a lawrlwytho neu ddileu eu data, ond nid cyflwyno syniadau, cefnogi, rhoi sylwadau, rhoi gwybod am bethau na rhestru apiau. Maen nhw'n cael gwybod tan pryd a pham.
person-until = Diwrnod olaf yr ataliad
person-until-hint = Mae'r ataliad yn dod i ben am hanner nos amser y DU ar ddiwedd y diwrnod hwn.
person-rule = Y rheol a dorrwyd
person-suspend-button = Atal y cyfrif
person-record = Cofnod
person-no-record = Dim ataliadau.
person-record-caption = Ataliadau ac adferiadau, y diweddaraf yn gyntaf
person-when = Pryd
person-what = Beth
person-by = Gan
person-why = Pam
person-done-suspended = Mae'r cyfrif wedi'i atal.
person-done-reinstated = Mae'r cyfrif wedi'i adfer.

# Golygiad cymedrolwr o syniad.
edit-title = Golygu syniad
edit-description = Golygiad cymedrolwr o syniad, wedi'i gadw gyda'r rheswm drosto.
edit-back = Yn ôl i'r syniad
edit-intro = Newidiwch dim ond yr hyn sy'n torri'r rheolau. Mae'r geiriau fel y maen nhw nawr yn cael eu cadw isod, mae'r awdur yn cael gwybod pam, ac mae'r log cyhoeddus yn dweud bod cymedrolwr wedi'i olygu.
edit-description-hint = Hyd at { $max } nod. Markdown.
edit-rule = Y rheol a dorrodd y geiriau
edit-why = Pam rydych yn eu newid (dewisol gyda rheol)
edit-save = Cadw'r newidiadau
edit-earlier = Fersiynau cynharach
edit-none = Dydy ei eiriau ddim wedi newid.

# Negeseuon wrth feysydd y cymedrolwyr.
queue-error-from-queue = Dewiswch eitemau o'r ciw
queue-error-none = Dewiswch o leiaf un eitem
queue-error-too-many = Dewiswch { $max } eitem neu lai ar y tro
queue-error-action = Dewiswch beth i'w wneud
queue-error-reason = Dewiswch y rheol mae'n ei thorri, neu ysgrifennwch reswm: mae'r awdur yn cael gwybod, ac mae'n ymddangos yn y log cyhoeddus
queue-error-rule = Dewiswch reol o'r rhestr
queue-error-not-applicable = Dydy'r cam hwnnw ddim yn berthnasol i'r eitemau a diciwyd (mae cymeradwyo a gwrthod ar gyfer syniadau sy'n aros am gymeradwyaeth; mae adfer ar gyfer eitemau cudd; mae cloi sylwadau ar gyfer syniadau)
person-error-past = Rhaid i ddiwrnod olaf yr ataliad fod heddiw neu'n hwyrach
person-error-too-long = Ataliwch am ddwy flynedd neu lai; gall gweinyddwr ddileu'r cyfrif yn lle hynny
person-error-enter = Rhowch ddiwrnod olaf yr ataliad
person-error-date = Rhaid i ddiwrnod olaf yr ataliad fod yn ddyddiad go iawn, fel 2027-01-12
person-error-reason = Dewiswch y rheol a dorrwyd, neu ysgrifennwch reswm: mae'r person yn cael gwybod
edit-error-reason = Dewiswch y rheol a dorrodd y geiriau, neu ysgrifennwch pam rydych yn eu newid: mae'r awdur yn cael gwybod
person-record-suspended = Wedi'i atal
person-record-reinstated = Wedi'i adfer

# A reporter's or author's standing, beside a report.
standing-age = { $days ->
    [0] Cyfrif wedi'i wneud heddiw
    [one] Cyfrif 1 diwrnod oed
    [two] Cyfrif 2 ddiwrnod oed
   *[other] Cyfrif { $days } diwrnod oed
}
standing-contributions = { $count ->
    [zero] Dim cyfraniadau
    [one] 1 cyfraniad
    [two] 2 gyfraniad
   *[other] { $count } cyfraniad
}
standing-no-reports = dim adroddiadau cynharach
standing-reports = { $count ->
    [one] 1 adroddiad cynharach, { $upheld } wedi'u cadarnhau
    [two] 2 adroddiad cynharach, { $upheld } wedi'u cadarnhau
   *[other] { $count } adroddiad cynharach, { $upheld } wedi'u cadarnhau
}

# What a person is told when a moderator acts without giving a reason.
moderation-default-reason = Mae'n torri'r rheolau.
suspension-default-reason = Fe wnaethoch dorri'r rheolau.
# Notes in the audit log, which keeps its record in English.
audit-auto-hidden = Wedi'i adrodd gan { $count } aelod sefydledig
audit-suspended = Tan ddiwedd { $until }: { $reason }
# An idea's page, for moderators, when the public cannot see it.
idea-not-public-pending = Yn aros am gymedrolwr: dim ond cymedrolwyr sy'n gallu gweld y dudalen hon. Cymeradwywch neu gwrthodwch ef yn y ciw cymedroli.
idea-not-public-rejected = Wedi'i wrthod gan gymedrolwr: dim ond cymedrolwyr sy'n gallu gweld y dudalen hon.
idea-not-public-hidden = Wedi'i guddio gan gymedrolwr: dim ond cymedrolwyr sy'n gallu gweld y dudalen hon. Gellir ei adfer o'r ciw cymedroli.
