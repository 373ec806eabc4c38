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
