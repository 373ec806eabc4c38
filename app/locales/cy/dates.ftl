# Dyddiadau ac amseroedd, yn amser y DU. Mae'r mis yn rhif o 1 i 12.

uk-date = { $day } { $month ->
    [1] Ionawr
    [2] Chwefror
    [3] Mawrth
    [4] Ebrill
    [5] Mai
    [6] Mehefin
    [7] Gorffennaf
    [8] Awst
    [9] Medi
    [10] Hydref
    [11] Tachwedd
   *[12] Rhagfyr
} { $year }
uk-date-time = { uk-date }, { uk-time }
# A time of day on the 12-hour clock: "2:30pm".
uk-time = { $hour }:{ $minute }{ $pm ->
    [1] yp
   *[0] yb
}
