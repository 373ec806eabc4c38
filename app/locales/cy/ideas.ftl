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
