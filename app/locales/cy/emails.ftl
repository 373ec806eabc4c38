# Negeseuon e-bost. Mae pob un yn iaith ei ddarllenydd: yr un y mewngofnodon nhw ynddi, neu a ddewison nhw.
email-greeting = Helo { $name },
email-button-fallback = Os nad yw'r botwm yn gweithio, copïwch y cyfeiriad hwn i'ch porwr:
email-manage = Dewiswch beth rydyn ni'n ei anfon atoch drwy e-bost, neu stopio
email-reason-moderate = Rydych yn cael hwn oherwydd eich bod yn cymedroli'r wefan hon.
email-reason-campaign = Rydych yn cael hwn oherwydd eich bod yn dilyn yr ymgyrch hon.
email-reason-listing = Rydych yn cael hwn oherwydd ei fod yn ymwneud â'ch rhestriad yn y cyfeiriadur.
email-reason-wrote = Rydych yn cael hwn oherwydd ei fod yn ymwneud â rhywbeth a ysgrifennoch chi.
email-reason-own-idea = Rydych yn cael hwn oherwydd mai chi a gyflwynodd y syniad hwn.
email-reason-follow = Rydych yn cael hwn oherwydd eich bod yn dilyn y syniad hwn: fe wnaethoch ei gefnogi, rhoi sylw arno neu ddewis ei ddilyn.
email-response = Yr ymateb: { $response }
email-digest-intro = Dyma beth ddigwyddodd ar { service-name } ers eich crynodeb diwethaf.
email-digest-reason = Rydych yn cael y crynodeb dyddiol hwn oherwydd mai pethau rydych yn eu dilyn, neu'ch pethau chi, yw'r rhain, a'ch bod wedi dewis e-bost dyddiol.
email-digest-subject = Eich crynodeb dyddiol ar gyfer { $day }: { $count ->
    [one] 1 diweddariad
    [two] 2 ddiweddariad
   *[other] { $count } diweddariad
}
email-more-comments = { $count ->
    [one] ac 1 sylw arall
    [two] a 2 sylw arall
   *[other] a { $count } sylw arall
}
email-confirm-intro = Fe wnaethoch ofyn i'r cyfeiriad hwn gael ei ddefnyddio ar gyfer negeseuon e-bost gan { service-name }. Cadarnhewch mai chi biau'r cyfeiriad, a byddwn yn ei ddefnyddio.
email-confirm-action = Cadarnhau eich cyfeiriad e-bost
email-confirm-expiry = Mae'r ddolen yn gweithio am 24 awr.
email-confirm-ignore = Os na wnaethoch ofyn am hyn, anwybyddwch y neges hon: fyddwn ni ddim yn anfon unrhyw beth arall i'r cyfeiriad hwn.
email-confirm-reason = Rydych yn cael hwn oherwydd bod y cyfeiriad hwn wedi'i roi ar gyfrif.

# Beth rydyn ni'n dweud wrthych amdano: tudalen y dewisiadau.
prefs-title = Beth rydyn ni'n dweud wrthych amdano
prefs-description = Dewiswch beth rydych yn cael gwybod amdano, drwy e-bost ac yn y wefan.
prefs-intro = Rydych yn dilyn y syniadau rydych yn eu cyflwyno, yn eu cefnogi neu'n rhoi sylw arnynt, ac unrhyw syniad neu ymgyrch rydych yn dewis ei dilyn. Dewiswch sut rydych yn clywed am bob math o beth. Does neb yn cael gwybod am yr hyn a wnaethon nhw eu hunain.
prefs-emails-go-to = Mae negeseuon e-bost yn mynd i { $address }.
prefs-change-address = Newid eich cyfeiriad e-bost
prefs-no-address = Dydych chi ddim wedi rhoi cyfeiriad e-bost, felly dim ond yn y wefan rydyn ni'n dweud wrthych.
prefs-add-address = Ychwanegu cyfeiriad e-bost
prefs-language = Ym mha iaith y dylen ni anfon e-bost atoch?
prefs-language-hint = Mae'n dechrau fel yr iaith y gwnaethoch fewngofnodi ynddi.
prefs-by-email = Drwy e-bost
prefs-daily-explained = Un e-bost y dydd yw crynodeb dyddiol, dim ond ar ddiwrnodau pan ddigwyddodd rhywbeth.
prefs-mode-now = Ar unwaith, un e-bost bob tro
prefs-mode-daily = Mewn crynodeb dyddiol, am { $time } amser y DU
prefs-mode-off = Nid drwy e-bost
prefs-in-site = Yn y wefan
prefs-show-these = Dangos y rhain yn eich hysbysiadau
prefs-save = Cadw eich dewisiadau
prefs-back = Yn ôl i'ch cyfrif
prefs-refused = Dewiswch un o'r opsiynau a gynigir ar gyfer pob math o neges.
# Yr awr mae crynodebau'n mynd, amser y DU.
time-midnight = hanner nos
time-midday = hanner dydd
time-am = { $hour }yb
time-pm = { $hour }yh
# Ar ôl newid i e-bost.
email-notice-confirmed = Mae eich cyfeiriad e-bost wedi'i gadarnhau.
email-notice-removed = Mae eich cyfeiriad e-bost wedi'i dynnu. Fyddwn ni ddim yn anfon e-bost atoch.
email-notice-same = Dyna eich cyfeiriad e-bost yn barod.
email-notice-preferences = Mae eich dewisiadau wedi'u cadw.
# Pob math o beth mae pobl yn cael gwybod amdano.
topic-replies = Atebion i'ch sylwadau
topic-comments = Sylwadau ar syniadau rydych yn eu dilyn
topic-status = Newidiadau statws ac ymatebion swyddogol
topic-merges = Syniadau wedi'u cyfuno fel dyblygion
topic-new-ideas = Syniadau newydd mewn ymgyrchoedd rydych yn eu dilyn
topic-moderation = Beth mae cymedrolwyr yn ei benderfynu am yr hyn a ysgrifennoch chi
topic-phases = Ymgyrchoedd rydych yn eu dilyn yn agor ac yn cau
topic-listings = Penderfyniadau am eich rhestriadau yn y cyfeiriadur
topic-reports = Adroddiadau newydd i'w hadolygu
topic-waiting = Syniadau, sylwadau a rhestriadau sy'n aros i gael eu hadolygu

# Eich cyfeiriad e-bost.
address-title = Eich cyfeiriad e-bost
address-description = Y cyfeiriad rydyn ni'n anfon e-bost ato, a sut i'w newid neu ei dynnu.
address-intro = Chi sy'n penderfynu a ydych am roi cyfeiriad e-bost. Dim ond i anfon yr hyn rydych yn ei ddewis rydyn ni'n ei ddefnyddio, a dydyn ni byth yn ei ddangos i neb.
address-stopped = Rydyn ni wedi stopio anfon e-bost atoch
address-stopped-explained = Methwyd â danfon negeseuon e-bost i'r cyfeiriad hwn sawl gwaith, felly rydyn ni wedi stopio eu hanfon. Gwiriwch y cyfeiriad, neu rhowch un arall isod.
address-confirmed-on = { $address } (cadarnhawyd { $date })
address-pending = Rydyn ni wedi anfon dolen i { $address }. Dilynwch hi i gadarnhau mai chi biau'r cyfeiriad. Mae'n gweithio am 24 awr. Heb ei chael? Edrychwch yn eich ffolder sbam, neu rhowch y cyfeiriad eto i anfon un arall.
address-new = Cyfeiriad e-bost newydd
address-hint = Byddwn yn anfon dolen i'r cyfeiriad hwn i wirio mai chi biau ef.
address-send = Anfon dolen gadarnhau
address-stop-all = Stopio pob e-bost
address-remove = Tynnu eich cyfeiriad e-bost
# Dilyn dolen gadarnhau.
confirm-done-title = Cyfeiriad e-bost wedi'i gadarnhau
confirm-done-description = Mae eich cyfeiriad e-bost wedi'i gadarnhau.
confirm-done-body = Byddwn yn defnyddio { $address } ar gyfer y negeseuon e-bost rydych yn eu dewis.
confirm-title = Cadarnhau eich cyfeiriad e-bost
confirm-description = Cadarnhau mai chi biau'r cyfeiriad.
confirm-body = Cadarnhewch mai chi biau { $address }, a byddwn yn ei ddefnyddio ar gyfer y negeseuon e-bost rydych yn eu dewis.
confirm-expired-title = Mae'r ddolen hon wedi dod i ben
confirm-again-description = Gofyn am ddolen gadarnhau arall.
confirm-expired-body = Mae dolenni cadarnhau yn gweithio am 24 awr. Rhowch eich cyfeiriad eto i gael un newydd.
confirm-enter-again = Rhowch eich cyfeiriad e-bost eto
link-broken-title = Dydy'r ddolen hon ddim yn gweithio
confirm-broken-body = Efallai iddi gael ei chopïo'n anghywir, neu fod cyfeiriad arall wedi'i roi ers iddi gael ei hanfon. Dim ond y ddolen ddiweddaraf sy'n gweithio.
# Dilyn y ddolen ar waelod e-bost.
unsubscribe-done-title = Fyddwch chi ddim yn cael rhagor o negeseuon e-bost
unsubscribe-done-description = Negeseuon e-bost wedi'u stopio.
unsubscribe-done-body = Gallwch barhau i weld beth sy'n digwydd yn y wefan, o dan Hysbysiadau. I gael negeseuon e-bost eto, dewiswch beth rydych ei eisiau o'ch cyfrif.
unsubscribe-choose = Dewis beth rydyn ni'n ei anfon atoch drwy e-bost
unsubscribe-title = Stopio negeseuon e-bost
unsubscribe-description = Stopio'r negeseuon e-bost rydyn ni'n eu hanfon atoch.
unsubscribe-to = Byddwn yn stopio anfon unrhyw negeseuon e-bost i { $address }.
unsubscribe-to-you = Byddwn yn stopio anfon unrhyw negeseuon e-bost atoch.
unsubscribe-some-before = I stopio rhai ohonynt yn unig,
unsubscribe-some-link = dewiswch beth rydyn ni'n ei anfon atoch drwy e-bost
unsubscribe-some-after = yn lle hynny.
unsubscribe-broken-description = Dewiswch beth rydyn ni'n ei anfon atoch drwy e-bost o'ch cyfrif.
unsubscribe-broken-body = Efallai iddi gael ei chopïo'n anghywir. Gallwch ddewis beth rydyn ni'n ei anfon atoch drwy e-bost o'ch cyfrif.
unsubscribe-link-broken = Dydy'r ddolen dad-danysgrifio hon ddim yn gweithio.
unsubscribe-done-plain = Fyddwch chi ddim yn cael rhagor o negeseuon e-bost gennym ni.

# Administrators' view of what the site has emailed.
outbox-title = E-bost
outbox-description = Beth mae'r wefan wedi'i anfon drwy e-bost, a beth sy'n aros.
outbox-files-before = Does dim gweinydd post wedi'i osod, felly dydy negeseuon e-bost ddim yn cael eu hanfon: mae pob un yn cael ei ysgrifennu fel ffeil yn
outbox-files-set = . Gosodwch
outbox-files-after = i'w hanfon.
outbox-smtp = Mae negeseuon e-bost yn cael eu hanfon drwy'r gweinydd post yn y gosodiadau.
outbox-counts = { $waiting } yn aros i gael eu hanfon, { $failed } wedi methu.
outbox-none = Does dim byd wedi'i anfon drwy e-bost eto.
outbox-caption = Negeseuon e-bost, y mwyaf newydd yn gyntaf
outbox-subject = Pwnc
outbox-to = At
outbox-queued = Yn y ciw
outbox-status = Statws
outbox-sent = Anfonwyd { $at }
outbox-failed = Methodd { $at }
outbox-retrying = Rhoi cynnig arall arni { $at }
outbox-waiting = Yn aros
outbox-message-description = Un neges e-bost, fel y'i hanfonwyd.
outbox-what-it-says = Beth mae'n ei ddweud
outbox-download = Ei lawrlwytho i'w agor mewn rhaglen bost (.eml)
outbox-back = Yn ôl i bob neges e-bost
