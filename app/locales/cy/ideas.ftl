# Syniadau: cardiau, tudalennau, cynnig un.

idea-supporters = { $count ->
    [zero] Dim cefnogwyr
    [one] { $count } cefnogwr
    [two] { $count } gefnogwr
    [few] { $count } chefnogwr
    [many] { $count } chefnogwr
   *[other] { $count } cefnogwr
}
idea-comments = { $count ->
    [zero] Dim sylwadau
    [one] { $count } sylw
    [two] { $count } sylw
    [few] { $count } sylw
    [many] { $count } sylw
   *[other] { $count } sylw
}

kind-new-tool = Syniad am ap neu adnodd newydd
kind-existing = Ap neu adnodd sy'n bodoli eisoes, wedi'i argymell

status-new = Newydd
status-under-review = Wrthi'n cael ei adolygu
status-shortlisted = Ar y rhestr fer
status-in-development = Wrthi'n cael ei ddatblygu
status-implemented = Wedi'i roi ar waith
status-declined = Wedi'i wrthod
status-duplicate = Dyblyg

sort-top = Y mwyaf o gefnogaeth
sort-trending = Poblogaidd nawr
sort-newest = Y diweddaraf
sort-most-discussed = Y mwyaf o drafod
sort-shuffled = Trefn deg (yn newid bob dydd)

idea-loading = Wrthi'n llwytho'r syniad…
idea-not-public = Ddim yn gyhoeddus
idea-held-after-check = Anfonodd yr awdur y syniad ymlaen ar ôl i'r gwiriad diogelwch ganfod:
idea-go-to-queue = Mynd i'r ciw cymedroli
idea-status = Statws
idea-duplicate-of-before = Yr un syniad â
idea-duplicate-of-after = , lle mae ei gefnogaeth yn cyfrif bellach.
idea-put-forward-by = Cynigiwyd gan
idea-submitted = Cyflwynwyd
idea-category = Categori
idea-visit = Ewch i'r ap neu'r adnodd
idea-description = Disgrifiad
idea-links = Dolenni
idea-answered-by = Apiau ac adnoddau sy'n ateb y syniad hwn
idea-report = Rhoi gwybod am y syniad hwn
idea-report-if = os yw'n torri'r
idea-report-rules = rheolau
idea-report-end = .
idea-earlier-versions = Fersiynau cynharach ({ $count })
idea-discussion-withdrawn = Tynnwyd y syniad hwn yn ôl; cedwir ei drafodaeth fel yr oedd.
idea-discussion-not-public = Dydy'r syniad hwn ddim yn gyhoeddus, felly nid yw'n derbyn sylwadau.
idea-yours = Eich syniad
idea-change = Newid eich syniad
idea-withdraw = Tynnu eich syniad yn ôl
idea-moderate = Cymedroli'r syniad hwn
idea-moderate-edit = Golygu ei eiriau
idea-moderate-edit-kept = (cedwir y geiriau fel y maent nawr).
idea-discussion-reopen = Ailagor y drafodaeth i sylwadau
idea-discussion-close = Cau'r drafodaeth i sylwadau newydd
status-form-reason = Ymateb i'w ddangos gyda'r statws
status-form-reason-hint = Eglurwch pam, mewn geiriau clir. Gall pawb ei ddarllen.
status-form-duplicate-of = Dyblyg o (rhif y syniad)
status-form-duplicate-of-hint = Ar gyfer y statws Dyblyg yn unig: y rhif ar ddechrau cyfeiriad y syniad arall.
status-form-save = Cadw'r statws

idea-notice-submitted = Mae eich syniad wedi'i gyhoeddi. Diolch.
idea-notice-voted = Rydych bellach yn cefnogi'r syniad hwn.
idea-notice-withdrawn = Mae eich cefnogaeth wedi'i thynnu'n ôl.
idea-notice-changed = Mae eich syniad wedi'i newid. Cedwir ei eiriau cynharach ar y dudalen hon.
idea-notice-idea-withdrawn = Mae eich syniad wedi'i dynnu'n ôl, a rhoddwyd gwybod i'r bobl a'i cefnogodd.
idea-notice-commented = Mae eich sylw wedi'i bostio.
idea-notice-comment-held = Diolch. Bydd cymedrolwr yn darllen eich sylw cyn iddo ymddangos yma.
idea-notice-comment-held-help = Diolch. Bydd cymedrolwr yn darllen eich sylw cyn iddo ymddangos yma. { safeguarding-help-now }
idea-notice-comment-edited = Mae eich sylw wedi'i newid.
idea-notice-comment-deleted = Mae'r sylw wedi'i ddileu.
idea-notice-status = Mae'r statws wedi'i newid a rhoddwyd gwybod i'r awdur.
idea-notice-moderated = Wedi'i wneud. Mae'r cofnod cymedroli yn ei gofnodi.
idea-notice-edited = Mae'r syniad wedi'i newid, cedwir y geiriau cynharach, a rhoddwyd gwybod i'r awdur.
idea-notice-reported = Diolch am roi gwybod. Bydd cymedrolwr yn edrych arno.
idea-notice-supports-spent = Rydych wedi defnyddio eich holl gefnogaeth yn yr ymgyrch hon. Tynnwch eich cefnogaeth yn ôl oddi wrth syniad arall i gefnogi'r un hwn.
idea-notice-voting-closed = Mae'r pleidleisio wedi cau ar gyfer yr ymgyrch hon, felly ni all cefnogaeth newid.
idea-notice-edit-closed = Dim ond yn y 15 munud ar ôl eu postio y gellir newid sylwadau.

support-count = { $count ->
    [zero] Does neb yn cefnogi'r syniad hwn
    [one] Mae { $count } person yn cefnogi'r syniad hwn
    [two] Mae { $count } berson yn cefnogi'r syniad hwn
    [few] Mae { $count } pherson yn cefnogi'r syniad hwn
    [many] Mae { $count } pherson yn cefnogi'r syniad hwn
   *[other] Mae { $count } person yn cefnogi'r syniad hwn
}
support-closed = Mae'r pleidleisio wedi cau.
support-sign-in = Mewngofnodwch i gefnogi'r syniad hwn
support-you-support = Rydych yn cefnogi'r syniad hwn.
support-withdraw = Tynnu eich cefnogaeth yn ôl
support-support = Cefnogi'r syniad hwn
support-not-changed = Ni newidiwyd eich cefnogaeth.
supports-spent-hint = Tynnwch eich cefnogaeth yn ôl oddi wrth syniad arall i gefnogi'r un hwn.
supports-left = { $left ->
    [0] Rydych wedi defnyddio pob un o'ch { $budget } cefnogaeth yn yr ymgyrch hon.
   *[other] Mae gennych { $left } o { $budget } cefnogaeth ar ôl yn yr ymgyrch hon.
}

new-idea-closed-title = Dydy'r ymgyrch hon ddim yn derbyn syniadau
new-idea-closed-description = Dydy'r ymgyrch hon ddim yn derbyn syniadau newydd ar hyn o bryd.
new-idea-closed-body = Statws { $campaign }: { $phase }. Derbyniwyd syniadau o { $opens } tan { $closes }.
new-idea-read-ideas = Darllen y syniadau yn yr ymgyrch hon
new-idea-title = Cynnig syniad
new-idea-title-checking = Gwiriwch eich syniad cyn iddo gael ei bostio
new-idea-title-confirming = Ydy eich syniad yma'n barod?
new-idea-description = Cynigiwch syniad am ap iechyd neu adnodd ar-lein, neu argymhellwch un sydd eisoes yn eich helpu.
new-idea-similar-intro = Mae'r syniadau hyn yn edrych yn debyg i'ch un chi. Os yw un ohonyn nhw'n dweud yr hyn rydych ei eisiau, cefnogwch hwnnw yn lle hynny: mae syniadau sydd â mwy o gefnogwyr yn fwy tebygol o gael eu datblygu.
new-idea-not-the-same = Ddim yr un fath? Gwiriwch eich syniad a'i gyflwyno
new-idea-field-title = Teitl
new-idea-field-title-hint = Enw byr ar gyfer yr ap neu'r adnodd, rhwng { $min } a { $max } nod.
new-idea-field-summary = Crynodeb
new-idea-field-summary-hint = Mewn brawddeg neu ddwy, beth fyddai'n ei wneud ac i bwy? Hyd at { $max } nod.
new-idea-field-description = Disgrifiad (dewisol)
new-idea-field-description-hint = Rhagor o fanylion: y broblem, pwy sy'n ei hwynebu, sut byddai'r ap neu'r adnodd yn helpu. Gallwch ddefnyddio Markdown. Hyd at { $max } nod.
new-idea-field-category = Categori
new-idea-field-kind = Beth rydych chi'n ei gynnig?
new-idea-field-link = Cyfeiriad gwe yr ap neu'r adnodd
new-idea-field-link-hint = Mae angen hwn os ydych yn argymell ap neu adnodd sy'n bodoli eisoes. Er enghraifft, https://www.example.org
new-idea-field-other-links = Dolenni eraill (dewisol)
new-idea-field-other-links-hint = Hyd at 5 cyfeiriad gwe, un ar bob llinell: ymchwil, gwasanaethau tebyg, enghreifftiau.
new-idea-submit = Cyflwyno eich syniad
new-idea-submit-mine = Cyflwyno fy syniad
new-idea-limits = Terfynau: teitl { $title } nod, crynodeb { $summary }, disgrifiad { $description }.
new-idea-what-you-wrote = Yr hyn a ysgrifennoch
similar-support-instead = Cefnogi'r syniad hwn yn lle hynny
similar-support-for-them = Cefnogi'r syniad hwn ar eu rhan yn lle hynny
new-idea-field-language = Ym mha iaith mae eich syniad wedi'i ysgrifennu?
new-idea-field-language-hint = Fe'i dangosir yn yr iaith rydych yn ei hysgrifennu ynddi, ac fe'i marcir felly ar gyfer darllenwyr sgrin.

# Pam na ellir newid geiriau syniad nawr, na'i dynnu'n ôl.
authoring-gone = Does dim modd newid y syniad hwn bellach.
authoring-campaign-closed = Mae'r ymgyrch wedi cau, felly does dim modd newid y syniad hwn bellach.
authoring-decided = Mae cymedrolwr wedi edrych ar y syniad hwn a rhoi statws iddo, felly mae ei eiriau'n aros fel yr oedden nhw. Gallwch ychwanegu sylw yn lle hynny.
authoring-supported = Gellir newid syniad tra bo ganddo { $supporters } o gefnogwyr neu lai, neu yn y { $minutes } munud ar ôl ei gyflwyno. Mae pobl wedi cefnogi'r syniad hwn fel y mae, felly ychwanegwch sylw yn lle hynny.
authoring-copy-words = { $why } Copïwch eich geiriau os ydych am eu cadw.

# Tudalennau'r awdur: newid syniad a'i dynnu'n ôl.
change-idea-title = Newid eich syniad
change-idea-description = Newid geiriau syniad a gyflwynoch chi.
change-idea-rule = Gallwch newid eich syniad tra bo ganddo { $supporters } o gefnogwyr neu lai, neu yn y { $minutes } munud ar ôl i chi ei gyflwyno. Bydd y geiriau fel y maen nhw nawr yn aros ar ei dudalen fel fersiwn gynharach, fel bod pawb yn gallu gweld beth newidiodd.
change-idea-closed-title = Does dim modd newid y syniad hwn bellach
change-idea-closed-description = Gellir newid syniadau am gyfnod ar ôl eu cyflwyno.
change-idea-back = Yn ôl i'ch syniad
change-idea-summary-hint = Hyd at { $max } nod.
change-idea-description-hint = Hyd at { $max } nod. Gallwch ddefnyddio *pwyslais*, **print trwm**, dolenni a rhestrau.
change-idea-save = Cadw eich newidiadau
withdraw-closed-title = Does dim modd tynnu'r syniad hwn yn ôl
withdraw-closed-description = Gellir tynnu syniadau yn ôl tra bo'u hymgyrch yn rhedeg.
withdraw-title = Tynnu eich syniad yn ôl
withdraw-description = Tynnu'n ôl syniad a gyflwynoch chi.
withdraw-heading = Tynnu “{ $title }” yn ôl
withdraw-cannot-undo = Does dim modd dadwneud hyn
withdraw-what-happens = Bydd eich syniad yn gadael rhestrau'r ymgyrch ac ni fydd yn cael rhagor o gefnogaeth na sylwadau. Bydd ei dudalen yn aros, yn dweud eich bod wedi'i dynnu'n ôl.
withdraw-supporters = { $count ->
    [0] Does neb yn ei gefnogi eto.
    [one] Bydd yr 1 person sy'n ei gefnogi yn cael gwybod.
    [two] Bydd y 2 berson sy'n ei gefnogi yn cael gwybod.
   *[other] Bydd y { $count } o bobl sy'n ei gefnogi yn cael gwybod.
}
withdraw-keep = Cadw eich syniad

# Negeseuon wrth feysydd ffurflen y syniad.
idea-error-category = Dewiswch y categori sy'n gweddu orau i'ch syniad
idea-error-kind = Dewiswch a yw hwn yn syniad ar gyfer ap neu declyn newydd, neu'n un rydych yn ei argymell
idea-error-link = Rhowch gyfeiriad gwe'r ap neu'r teclyn rydych yn ei argymell
links-error-too-many = Rhowch { $max } dolen neu lai, un ar bob llinell
links-error-link-n = Dolen { $n }: { $problem }

# Ar dudalen syniad.
idea-moderator-edited = Golygwyd gan gymedrolwr ar { $date }: { $reason }
idea-withdrawn-on = Tynnwyd yn ôl ar { $date } gan y person a'i cyflwynodd. Nid yw'n cael cefnogaeth na sylwadau bellach.

# An idea's earlier versions.
history-before-author = Cyn i'r person a'i cyflwynodd ei newid ar { $when }
history-before-edit = Cyn y golygiad ar { $when } gan { $editor }
# Putting an idea forward for someone who took part with help.
with-help = Cyflwynwyd gyda help
on-behalf-before = Rydych yn cyflwyno'r syniad hwn ar ran
on-behalf-after = ({ $segment }, { $channel }). Bydd yn ymddangos fel “{ $tag }”.
channel-in-person = Wyneb yn wyneb
channel-phone = Dros y ffôn
channel-paper = Ar ffurflen bapur
# Messages when an idea, its status or a comment cannot be saved.
idea-not-saved-closed = Ni chadwyd eich syniad: mae'r ymgyrch hon yn { $phase } a dydy hi ddim yn derbyn syniadau. Dyma beth ysgrifennoch chi, er mwyn i chi ei gadw.
idea-error-status = Dewiswch statws
idea-error-duplicate-of = Rhowch rif y syniad y mae hwn yn ei ddyblygu
idea-error-number = Rhowch rif y syniad, fel 42
idea-error-bad-original = Rhowch rif syniad arall yn yr un ymgyrch nad yw ei hun yn ddyblygiad
comment-error-bad-parent = Nid oedd modd dod o hyd i'r sylw rydych yn ymateb iddo
comment-error-closed = Mae'r ymgyrch hon wedi cau, felly does dim modd ychwanegu sylwadau. Copïwch eich testun os ydych am ei gadw.
comment-error-locked = Mae cymedrolwr wedi cau'r drafodaeth hon i sylwadau newydd. Copïwch eich testun os ydych am ei gadw.
history-why = Pam: { $reason }
