# Mewngofnodi, a sut mae rhywun yn ymddangos.

sign-in-title = Mewngofnodi
sign-in-description = Mewngofnodwch i gynnig syniadau, eu cefnogi ac ymuno â'r drafodaeth.
sign-in-not-signed-in = Dydych chi ddim wedi mewngofnodi
sign-in-intro = Mewngofnodwch i gynnig syniadau, pleidleisio a rhoi sylwadau. Gallwch ddarllen popeth heb fewngofnodi.
sign-in-with = Mewngofnodi gyda { $provider }
sign-in-unavailable = Dydy mewngofnodi ddim ar gael ar hyn o bryd.
sign-in-error-cancelled = Fe wnaethoch ganslo mewngofnodi.
sign-in-error-state = Roedd mewngofnodi wedi cymryd gormod o amser neu wedi'i ddechrau mewn ffenestr arall. Rhowch gynnig arall arni.
sign-in-error-rejected = Doedden ni ddim yn gallu cadarnhau pwy ydych chi gyda'r gwasanaeth mewngofnodi. Rhowch gynnig arall arni.
sign-in-error-unavailable = Dydy'r gwasanaeth mewngofnodi ddim ar gael ar hyn o bryd. Rhowch gynnig arall arni yn nes ymlaen.

demo-heading = Mewngofnodi arddangos
demo-explained = Mae'r copi hwn o'r platfform yn rhedeg ar gyfer arddangosiad ar y cyfrifiadur hwn. Gall unrhyw un fewngofnodi fel unrhyw un, mewn unrhyw rôl. Nid yw byth yn cael ei gynnig ar wefan gyhoeddus.
demo-who = Pwy ydych chi eisiau bod?
demo-who-hint = Gall pob rôl wneud popeth y gall y rhai uwch ei phen ei wneud.
demo-role-public = Aelod o'r cyhoedd
demo-role-public-hint = Cynnig syniadau, pleidleisio a rhoi sylwadau.
demo-role-developer = Datblygwr neu gyflenwr
demo-role-developer-hint = Hefyd rhestru apiau ac adnoddau yn y cyfeiriadur.
demo-role-helper = Cynorthwyydd (digidol â chymorth)
demo-role-helper-hint = Hefyd cynnig a chefnogi syniadau ar ran pobl sy'n cymryd rhan wyneb yn wyneb, dros y ffôn neu ar bapur.
demo-role-moderator = Cymedrolwr
demo-role-moderator-hint = Hefyd curadu syniadau, rhestriadau ac adroddiadau.
demo-role-admin = Gweinyddwr
demo-role-admin-hint = Hefyd rhedeg ymgyrchoedd a rhoi rolau.

profile-name = Yr enw a ddangosir gyda'ch syniadau
profile-name-hint = Eich enw, neu enw eich sefydliad. Gall pawb ei weld.
profile-segment = Rydw i'n…
profile-segment-hint = Mae hyn yn helpu i gymharu'r hyn y mae gwahanol grwpiau o bobl ei eisiau. Fe'i dangosir gyda'ch syniadau.
welcome-title = Dewiswch sut rydych yn ymddangos
welcome-description = Dewiswch yr enw a ddangosir wrth ymyl yr hyn rydych yn ei ysgrifennu.
welcome-intro = Rydych wedi mewngofnodi gyda { $provider }. Cyn i ni greu eich cyfrif, dewiswch yr enw y bydd pawb yn ei weld gyda'ch syniadau, eich pleidleisiau a'ch sylwadau, a dywedwch wrthym i ba grŵp rydych yn perthyn.
welcome-create = Creu eich cyfrif
welcome-change-later = Gallwch newid y ddau yn nes ymlaen, o'ch cyfrif.
welcome-again-title = Mewngofnodwch eto
welcome-again-description = Roedd mewngofnodi wedi cymryd gormod o amser: dechreuwch eto.
welcome-again-body = Roedd mewngofnodi wedi cymryd gormod o amser, neu wedi'i ddechrau mewn ffenestr arall.

segment-public = Aelod o'r cyhoedd
segment-professional = Gweithiwr iechyd neu ofal proffesiynol
segment-developer = Datblygwr neu gyflenwr
segment-organisation = Sefydliad
profile-error-segment = Dewiswch beth sy'n eich disgrifio orau
