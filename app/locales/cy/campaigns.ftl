# Yr hafan a thudalennau'r ymgyrchoedd.

home-title = Hafan
home-description = Cynigiwch syniadau ar gyfer apiau iechyd ac adnoddau ar-lein, argymhellwch y rhai sydd eisoes yn eich helpu, a chefnogwch y syniadau sydd bwysicaf yn eich barn chi.
home-heading = Syniadau ac apiau er gwell iechyd
home-account-deleted = Mae eich cyfrif wedi'i ddileu, ac rydych wedi cael eich allgofnodi.
home-loading = Wrthi'n llwytho'r ymgyrchoedd…
home-current = Ymgyrchoedd presennol
home-none-current = Does dim ymgyrchoedd ar agor ar hyn o bryd.
home-coming-soon = Yn dod cyn hir
home-past = Ymgyrchoedd blaenorol
campaign-span = ({ $opens } i { $closes })
campaign-most-supported = Y syniadau sydd â'r mwyaf o gefnogaeth
campaign-no-ideas = Dim syniadau eto. Byddwch y cyntaf i gynnig un.
campaign-see-all = { $count ->
    [one] Gweld y syniad
   *[other] Gweld pob un o'r { $count } syniad
}
campaign-opens = Derbynnir syniadau o
campaign-closes = Derbynnir syniadau tan
campaign-voting-closes = Pleidleisio'n cau
campaign-support = Cefnogaeth
campaign-support-budget = Gall pob person gefnogi hyd at { $budget } syniad ar y tro. Mae tynnu cefnogaeth yn ôl oddi wrth un yn ei rhyddhau ar gyfer un arall.

phase-upcoming = Yn agor cyn hir
phase-open = Ar agor i syniadau
phase-voting-only = Pleidleisio yn unig
phase-closed = Ar gau

campaign-submitted-pending = Diolch. Mae eich syniad wedi'i anfon, a bydd yn ymddangos yma unwaith y bydd cymedrolwr wedi'i wirio.
campaign-submitted-held = Diolch. Bydd cymedrolwr yn darllen eich syniad cyn iddo ymddangos yma, a gallai dynnu manylion personol ohono.
campaign-submitted-held-help = Diolch. Bydd cymedrolwr yn darllen eich syniad cyn iddo ymddangos yma. { safeguarding-help-now }
campaign-loading = Wrthi'n llwytho'r ymgyrch…
campaign-found = { $count ->
    [zero] Heb ddod o hyd i unrhyw syniad
   *[other] Wedi dod o hyd i { $count } syniad
}
campaign-ideas-heading = Syniadau ({ $count })
campaign-title-matching = Syniadau sy'n cyfateb i “{ $q }” – { $campaign }
campaign-title-more = Rhagor o syniadau – { $campaign }
campaign-feed-title = { $campaign }: syniadau newydd a newidiadau statws
campaign-caption = Ymgyrch
campaign-put-forward = Cynnig syniad
campaign-put-forward-own = Cynigiwch eich syniad eich hun
campaign-sort-label = Trefnu syniadau
campaign-sort-by = Trefnu yn ôl:
campaign-no-match = Does dim syniadau'n cyfateb. Rhowch gynnig ar lai o eiriau neu lai o hidlwyr.
campaign-empty = Dim syniadau eto.
pagination-label = Rhagor o syniadau
pagination-first = Tudalen gyntaf
pagination-next = Tudalen nesaf

filters-label = Dod o hyd i syniadau
filters-search = Chwilio syniadau
filters-category = Categori
filters-all-categories = Pob categori
filters-kind = Math
filters-all-kinds = Pob math
filters-status = Statws
filters-any-status = Unrhyw statws
filters-submit = Dod o hyd i syniadau
filters-clear = Clirio'r chwilio a'r hidlwyr

# Ffrwd Atom ymgyrch.
feed-subtitle = Syniadau newydd a newidiadau statws: { $summary }
feed-merged = Wedi'i gyfuno: { $idea }
feed-new-status = Statws newydd: { $idea }

# Tudalennau ymgyrchoedd y gweinyddwyr.
admin-campaigns-title = Ymgyrchoedd
admin-campaigns-description = Pob ymgyrch, i'w hagor, ei newid neu ei chau.
admin-campaigns-saved = Mae'r ymgyrch wedi'i chadw: { $path }
admin-campaigns-create = Creu ymgyrch
admin-campaigns-caption = Pob ymgyrch, y diweddaraf yn gyntaf
admin-campaigns-campaign = Ymgyrch
admin-campaigns-state = Cyflwr
admin-campaigns-accepted = Derbynnir syniadau
admin-campaigns-ideas = Syniadau
admin-campaigns-actions = Camau
admin-campaigns-span = { $opens } i { $closes }
admin-campaigns-edit = Golygu
admin-campaign-edit-title = Golygu'r ymgyrch
admin-campaign-description = Beth mae ymgyrch yn ei ofyn, pryd mae'n rhedeg a sut mae syniadau'n cael eu cymedroli.
admin-campaign-back = Yn ôl i'r ymgyrchoedd
admin-campaign-title = Teitl
admin-campaign-slug = Enw yn y cyfeiriad gwe (dewisol)
admin-campaign-slug-hint = Llythrennau bach, rhifau a chysylltnodau, a ddefnyddir yng nghyfeiriad yr ymgyrch. Caiff ei wneud o'r teitl os caiff ei adael yn wag.
admin-campaign-summary = Crynodeb
admin-campaign-summary-hint = Brawddeg neu ddwy, hyd at { $max } nod.
admin-campaign-text = Disgrifiad
admin-campaign-text-hint = Beth mae'r ymgyrch yn gofyn amdano, a beth sy'n digwydd i'r syniadau. Gallwch ddefnyddio Markdown.
admin-campaign-welsh = Yn Gymraeg
admin-campaign-welsh-hint = Yn cael ei ddangos i bobl sy'n darllen yn Gymraeg. Mae unrhyw beth a adewir yn wag yn dangos y Saesneg, gyda hysbysiad nad yw wedi'i ysgrifennu yn Gymraeg eto.
admin-campaign-title-cy = Teitl yn Gymraeg
admin-campaign-summary-cy = Crynodeb yn Gymraeg
admin-campaign-text-cy = Disgrifiad yn Gymraeg
admin-campaign-opens = Derbynnir syniadau o
admin-campaign-closes = Derbynnir syniadau tan
admin-campaign-voting = Pleidleisio'n cau
admin-campaign-uk-time = Amser y DU.
admin-campaign-voting-hint = Amser y DU. Ar yr un pryd â chau syniadau neu ar ôl hynny.
admin-campaign-moderation = Sut mae syniadau newydd yn cael eu gwirio
admin-campaign-post = Cyhoeddi syniadau newydd ar unwaith, a'u hadolygu wedyn
admin-campaign-pre = Dal syniadau newydd nes bydd cymedrolwr yn eu cymeradwyo
admin-campaign-fair = Dangos syniadau mewn trefn deg tra bo pobl yn eu cefnogi
admin-campaign-fair-hint = Mae rhestrau'n dechrau mewn trefn a gaiff ei chymysgu o'r newydd bob dydd, fel nad yw syniadau a gyflwynir yn gynnar yn casglu cefnogaeth dim ond drwy gael eu gweld gyntaf. Gall pobl ddal i drefnu yn ôl y mwyaf o gefnogaeth.
admin-campaign-budget = Faint o syniadau y caiff pob person eu cefnogi (dewisol)
admin-campaign-budget-hint = Gadewch yn wag os nad oes terfyn. Gyda therfyn, mae pobl yn dewis beth sydd bwysicaf iddyn nhw; mae tynnu cefnogaeth yn ôl o un syniad yn ei rhyddhau ar gyfer un arall.
admin-campaign-categories = Categorïau mae pobl yn dewis ohonynt
admin-campaign-new-categories = Categorïau newydd (dewisol)
admin-campaign-new-categories-hint = Un enw ar bob llinell, gyda'i enw Cymraeg ar ôl bar: Young carers | Gofalwyr ifanc. Maen nhw'n cael eu hychwanegu at restr yr ymgyrch hon; mae enwi un sy'n bodoli gydag enw Cymraeg yn rhoi'r enw hwnnw iddo.
admin-campaign-save = Cadw'r ymgyrch
admin-campaign-error-slug = Dim ond llythrennau bach, rhifau a chysylltnodau y gall yr enw yn y cyfeiriad gwe eu defnyddio, fel apiau-i-ofalwyr
admin-campaign-error-slug-long = Rhaid i'r enw yn y cyfeiriad gwe fod yn { $max } nod neu lai
admin-campaign-error-order = Rhaid i syniadau gau ar ôl iddyn nhw agor
admin-campaign-error-voting = Ni all y pleidleisio gau cyn i syniadau gau
admin-campaign-error-budget = Rhowch rif cyfan o 1 i { $max }, neu gadewch yn wag os nad oes terfyn
admin-campaign-error-moderation = Dewiswch sut mae syniadau newydd yn cael eu gwirio
admin-campaign-error-categories = Dewiswch gategorïau o'r rhestr
admin-campaign-error-taken = Mae ymgyrch arall eisoes yn defnyddio'r enw hwn yn y cyfeiriad gwe: dewiswch un arall
admin-campaign-error-no-such-time = Dydy'r amser hwnnw ddim yn bodoli yn y DU: mae'r clociau'n mynd ymlaen bryd hynny. Dewiswch un arall
