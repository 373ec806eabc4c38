# Y drafodaeth o dan syniad.

comments-heading = { $count ->
    [0] Sylwadau
    [one] { $count } sylw
   *[other] { $count } sylw
}
comments-none = Dim sylwadau eto.
comments-reply = Ateb
comments-your-reply = Eich ateb
comments-post-reply = Postio eich ateb
comments-campaign-closed = Mae'r ymgyrch hon wedi cau; cedwir ei thrafodaeth fel yr oedd.
comments-locked = Mae cymedrolwr wedi cau'r drafodaeth hon i sylwadau newydd; cedwir hi fel yr oedd.
comments-sign-in = Mewngofnodwch i roi sylw
comments-add = Ychwanegu sylw
comments-your-comment = Eich sylw
comments-post = Postio eich sylw
comments-edited = wedi'i olygu
comments-deleted = Sylw wedi'i ddileu
comments-report = Rhoi gwybod
comments-edit = Golygu
comments-delete = Dileu
comments-this-comment = y sylw hwn
comments-report-this = am y sylw hwn
comments-your-comment-hidden = eich sylw
comments-hint = Byddwch yn garedig a chadwch at y pwnc. Gallwch ddefnyddio *pwyslais*, **print trwm**, dolenni a rhestrau. Hyd at { $max } nod.
comment-edit-closed-title = Does dim modd newid y sylw hwn mwyach
comment-edit-closed-description = Gellir newid sylwadau am gyfnod byr ar ôl eu hysgrifennu.
comment-edit-closed-body = Gellir newid sylwadau yn y 15 munud ar ôl eu postio. Gallwch ei ddileu o hyd.
comment-edit-title = Newid eich sylw
comment-edit-description = Newid yr hyn a ysgrifennoch mewn trafodaeth.
comment-edit-on = Ar “{ $idea }”
comment-edit-save = Cadw eich sylw

follow-idea-following = Rydych yn dilyn y syniad hwn: byddwn yn rhoi gwybod i chi pan fydd rhywbeth yn digwydd iddo.
follow-idea-not-following = Dilynwch y syniad hwn i gael gwybod pan fydd rhywbeth yn digwydd iddo.
follow-campaign-following = Rydych yn dilyn yr ymgyrch hon: byddwn yn rhoi gwybod i chi pan fydd rhywbeth yn digwydd iddi.
follow-campaign-not-following = Dilynwch yr ymgyrch hon i gael gwybod pan fydd rhywbeth yn digwydd iddi.
follow-stop = Stopio dilyn
follow-start = Dilyn
follow-this-idea = y syniad hwn
follow-this-campaign = yr ymgyrch hon
follow-campaign-sign-in = Mewngofnodwch i ddilyn yr ymgyrch hon
follow-campaign-sign-in-why = a chael gwybod am syniadau newydd a phryd mae'r pleidleisio'n cau.
comments-error-no-parent = Doedd dim modd dod o hyd i'r sylw rydych yn ei ateb
