# Dates and times, in UK time. The month is a number from 1 to 12.

uk-date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
# $pm is 1 after noon, 0 before; $minute has its leading zero.
uk-date-time = { uk-date }, { uk-time }
# A time of day on the 12-hour clock: "2:30pm".
uk-time = { $hour }:{ $minute }{ $pm ->
    [1] pm
   *[0] am
}
