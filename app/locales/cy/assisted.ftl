# Helpers' pages: taking part with help, in person, by phone or on paper.
assisted-title = Cymryd rhan gyda help
assisted-description = Cyflwyno a chefnogi syniadau ar ran pobl sy'n cymryd rhan wyneb yn wyneb, dros y ffôn neu ar bapur.
assisted-intro = Ar gyfer pobl sy'n cymryd rhan wyneb yn wyneb, dros y ffôn neu ar ffurflen bapur. Cofnodwch bob person unwaith, gyda'u caniatâd; yna cyflwynwch a chefnogwch syniadau ar eu rhan. Dydyn nhw ddim yn cael ffordd o fewngofnodi, ac mae'r hyn rydych yn ei gyflwyno ar eu rhan yn ymddangos fel “{ $tag }”.
assisted-import-link = Mewnforio ffurflenni papur o daenlen (ffeil CSV)
assisted-done-removed = Maen nhw wedi cael eu tynnu: mae eu cefnogaeth wedi'i thynnu'n ôl a dydy eu henw ddim yn ymddangos gyda'u syniadau mwyach.
assisted-imported = Wedi mewnforio { $forms ->
    [one] 1 ffurflen bapur
    [two] 2 ffurflen bapur
   *[other] { $forms } ffurflen bapur
}: { $ideas ->
    [zero] dim syniadau
    [one] 1 syniad
    [two] 2 syniad
   *[other] { $ideas } syniad
} wedi'u cyflwyno ({ $held } yn aros am gymedrolwr) a { $supports ->
    [zero] dim cefnogaeth
    [one] 1 gefnogaeth
   *[other] { $supports } o gefnogaethau
}.
assisted-imported-again = { $count ->
    [one] Roedd 1 rhes wedi'i mewnforio o'r blaen a chafodd ei gadael fel yr oedd.
   *[other] Roedd { $count } rhes wedi'u mewnforio o'r blaen a chawsant eu gadael fel yr oeddent.
}
assisted-none = Dydych chi ddim wedi cofnodi neb eto.
assisted-people = Pobl rydych yn gweithredu ar eu rhan
assisted-name-shown = Enw a ddangosir
assisted-took-part = Wedi cymryd rhan
assisted-your-reference = Eich cyfeirnod
assisted-ideas = Syniadau
assisted-supports = Cefnogaeth
assisted-record = Cofnodi rhywun
assisted-name-label = Enw i'w ddangos gyda'u syniadau (dewisol)
assisted-name-hint = Yr enw maen nhw eisiau i bawb ei weld, fel enw cyntaf. Gadewch yn wag i ddangos “{ $unnamed }”.
assisted-segment = Maen nhw'n…
assisted-channel = Sut wnaethon nhw gymryd rhan?
assisted-reference-label = Eich cyfeirnod (dewisol)
assisted-reference-hint = I chi ddod o hyd iddynt eto, fel rhif y ffurflen bapur. Dim ond cynorthwywyr a chymedrolwyr sy'n ei weld.
assisted-their-consent = Eu caniatâd
assisted-consent = Maen nhw wedi cytuno ein bod yn cyflwyno eu syniadau ac yn cefnogi syniadau ar eu rhan ar y wefan hon, o dan yr enw a ddewiswyd ganddynt, a chawsant wybod sut mae eu gwybodaeth yn cael ei defnyddio (yr hysbysiad preifatrwydd).
assisted-record-them = Eu cofnodi
assisted-done-added = Maen nhw wedi'u cofnodi. Gallwch nawr gyflwyno a chefnogi syniadau ar eu rhan.
assisted-done-idea = Mae eu syniad wedi'i gyhoeddi.
assisted-done-idea-pending = Bydd eu syniad yn cael ei gyhoeddi pan fydd cymedrolwr wedi'i wirio.
assisted-done-idea-held = Bydd eu syniad yn aros am gymedrolwr, a fydd yn gwirio'r hyn a ganfu'r gwiriad diogelwch.
assisted-done-idea-held-help = Bydd eu syniad yn aros am gymedrolwr. Mae ei eiriau'n awgrymu y gallai rhywun fod mewn perygl: gwnewch yn siŵr eu bod yn gwybod ble i gael help.
assisted-done-supported = Mae eu cefnogaeth wedi'i chyfrif.
assisted-done-withdrawn = Mae eu cefnogaeth wedi'i thynnu'n ôl.
assisted-done-partly = Nid oedd modd gwneud rhywfaint ohono: newidiodd ymgyrch yn y cyfamser. Gwiriwch y syniadau maen nhw'n eu cefnogi isod.
assisted-person-description = Cyflwyno a chefnogi syniadau ar ran rhywun sy'n cymryd rhan gyda help.
assisted-urgent = Cyngor brys:
assisted-help-now = Ble gallant gael help nawr
assisted-back = Yn ôl i'r bobl rydych yn gweithredu ar eu rhan
assisted-they-are = Maen nhw'n
assisted-consent-key = Caniatâd
assisted-recorded = Cofnodwyd ar { $on }
assisted-recorded-by = Cofnodwyd ar { $on } gan { $helper }
assisted-put-forward = Cyflwyno syniad ar eu rhan
assisted-no-campaign = Does dim ymgyrch yn derbyn syniadau ar hyn o bryd.
assisted-put-forward-in = Cyflwyno syniad yn { $campaign }
assisted-support = Cefnogi syniadau ar eu rhan
assisted-idea-numbers = Rhifau'r syniadau
assisted-idea-numbers-hint = Rhifau'r syniadau maen nhw'n eu cefnogi, wedi'u gwahanu gan atalnodau, fel 12, 45. Mae rhif syniad yn dechrau ei gyfeiriad: syniad 12 yw /ideas/12-….
assisted-support-button = Cefnogi'r syniadau hyn ar eu rhan
assisted-no-supports = Dydyn nhw ddim yn cefnogi unrhyw syniadau eto.
assisted-they-support = Syniadau maen nhw'n eu cefnogi
assisted-withdraw = Tynnu eu cefnogaeth yn ôl
assisted-withdraw-label = Tynnu eu cefnogaeth i syniad { $idea } yn ôl
assisted-their-ideas = Syniadau a gyflwynwyd ar eu rhan
assisted-none-yet = Dim eto.
assisted-remove-title = Os byddant yn gofyn i gael eu tynnu
assisted-remove-body = Caiff eu cyfrif ei ddileu fel cyfrif unrhyw un sy'n ei ddileu: caiff eu cefnogaeth ei thynnu'n ôl a fydd eu henw ddim yn ymddangos gyda'u syniadau mwyach, a fydd yn aros fel “{ $deleted }”. Does dim modd dadwneud hyn.
assisted-asked = Maen nhw wedi gofyn i gael eu tynnu
assisted-remove = Eu tynnu
# Importing paper forms from a CSV file.
import-title = Mewnforio ffurflenni papur
import-check-title = Gwirio'r ffurflenni papur cyn eu mewnforio
import-description = Mewnforio ffurflenni papur o ffeil CSV: syniadau a chefnogaeth ar gyfer pobl sy'n cymryd rhan gyda help.
import-rows-with-problems = { $count ->
    [one] Mae problemau gydag 1 rhes o'r ffeil, wedi'u rhestru isod. Does dim wedi'i fewnforio: cywirwch y ffeil a'i llwytho i fyny eto
   *[other] Mae problemau gyda { $count } rhes o'r ffeil, wedi'u rhestru isod. Does dim wedi'i fewnforio: cywirwch y ffeil a'i llwytho i fyny eto
}
import-button = { $count ->
    [one] Mewnforio 1 ffurflen bapur
    [two] Mewnforio 2 ffurflen bapur
   *[other] Mewnforio { $count } ffurflen bapur
}
import-different-file = Dewis ffeil wahanol
import-intro = Teipiwch bob ffurflen bapur yn un rhes o daenlen, cadwch hi fel ffeil CSV (“CSV UTF-8”), a'i llwytho i fyny yma. Byddwch yn gweld pob rhes cyn i unrhyw beth gael ei fewnforio, a does dim yn cael ei fewnforio nes bod pob rhes yn gywir.
import-file = Ffeil CSV o ffurflenni papur
import-file-hint = Rhaid bod pob person wedi cytuno, ar eu ffurflen, bod eu syniadau a'u cefnogaeth yn cael eu cyflwyno ar eu rhan.
import-check = Gwirio'r ffeil
import-rows = Rhesi'r ffeil
import-line = Llinell
import-person = Person
import-idea = Syniad
import-check-column = Gwiriad
import-ready = Yn barod
import-needs = Beth sydd ei angen ar y ffeil
import-header-before = Rhes pennawd gyda'r colofnau hyn (dechreuwch o'r
import-template = templed
import-header-after = ):
import-column-name = yr enw i'w ddangos (dewisol)
import-column-group = public, professional, developer neu organisation
import-column-channel = in-person, phone neu paper
import-column-consent = yes, dim ond pan fyddant wedi cytuno
import-column-reference = eich cyfeirnod eich hun, fel rhif y ffurflen (dewisol)
import-column-idea = eu syniad, os gwnaethant gyflwyno un (kind: new neu existing)
import-column-supports = rhifau'r syniadau maen nhw'n eu cefnogi, wedi'u gwahanu gan atalnodau
import-no-campaign = Does dim ymgyrch yn derbyn syniadau na chefnogaeth ar hyn o bryd.
import-campaigns = Ymgyrchoedd nawr, yn ôl yr enw byr y mae'r golofn campaign yn ei ddefnyddio:
import-categories = Categorïau: { $categories }
import-choose-file = Dewiswch ffeil CSV o ffurflenni papur i'w mewnforio
import-row-empty = Does dim syniad na chefnogaeth yn y rhes hon: llenwch deitl a chrynodeb, neu rifau'r syniadau maen nhw'n eu cefnogi
import-no-rows = Does dim rhesi o dan bennawd y ffeil: llenwch un rhes ar gyfer pob ffurflen
import-not-csv = Nid oedd modd darllen y ffeil fel CSV. Cadwch hi o'ch taenlen fel “CSV UTF-8” a rhowch gynnig arall arni
import-unknown-column = Mae gan y ffeil golofn nad yw'r mewnforio hwn yn ei hadnabod: “{ $column }”. Defnyddiwch enwau colofnau'r templed
import-missing-column = Does dim colofn “{ $column }” yn y ffeil. Dechreuwch o'r templed
import-too-many-rows = Mae gan y ffeil fwy na { $max } rhes: rhannwch hi'n ffeiliau llai
import-row-unreadable = Nid oedd modd darllen y rhes hon: { $error }
import-enter-campaign = Rhowch yr ymgyrch y mae'r syniad ar ei chyfer: rhan olaf ei chyfeiriad, fel maps-and-apps
import-no-campaign-called = Does dim ymgyrch o'r enw “{ $slug }”
import-not-taking-ideas = Mae { $campaign } yn { $phase } a dydy hi ddim yn derbyn syniadau
import-enter-category = Rhowch un o gategorïau'r ymgyrch: { $categories }
import-enter-kind = Rhowch “new” neu “existing” fel y math, neu gadewch yn wag
import-held = Bydd y syniad yn aros am gymedrolwr: { $found }
# What a helper is told about the ideas of someone they act for.
helped-idea-published = Wedi'i gyhoeddi
helped-idea-pending = Yn aros am gymedrolwr
helped-idea-rejected = Heb ei gyhoeddi
helped-idea-hidden = Wedi'i guddio gan gymedrolwr
helped-idea-withdrawn = Wedi'i dynnu'n ôl
helped-no-idea = Does dim syniad cyhoeddedig â'r rhif { $number }
helped-not-taking-support = Syniad { $number }: dydy { $campaign } ddim yn derbyn cefnogaeth nawr
helped-over-budget = Mae { $campaign } yn gadael i bob person gefnogi { $budget } o syniadau: byddai ganddynt { $would }
helped-nothing-supported = { $problems }. Ni chefnogwyd dim.
helped-suspended = Mae cyfrif { $name } wedi'i atal gan gymedrolwr, felly does dim modd cyflwyno na chefnogi dim ar eu rhan nes i'r ataliad ddod i ben.
helped-not-a-number = Dydy “{ $part }” ddim yn rhif syniad: rhowch y rhifau a ddangosir ar y syniadau, fel 12, 45
helped-too-many = Rhowch { $max } o rifau syniadau neu lai
helped-error-segment = Dewiswch beth sy'n eu disgrifio orau
helped-error-channel = Dewiswch sut y gwnaethant gymryd rhan
helped-error-consent = Cadarnhewch eu bod wedi cytuno, neu peidiwch â'u cofnodi: does dim yn cael ei gyflwyno ar ran neb heb eu caniatâd
helped-error-ideas = Rhowch rifau'r syniadau maen nhw'n eu cefnogi
helped-error-asked = Cadarnhewch eu bod wedi gofyn am hyn: does dim modd dadwneud eu tynnu
# A note in the audit log, which keeps its record in English.
audit-helped-ideas = Syniadau { $ideas }
