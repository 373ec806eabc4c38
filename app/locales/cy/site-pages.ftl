# Y tudalennau statudol, fel y mae'r troedyn a theitlau'r tudalennau yn eu henwi.

site-page-accessibility = Datganiad hygyrchedd
site-page-privacy = Hysbysiad preifatrwydd
site-page-cookies = Cwcis
site-page-rules = Rheolau cymryd rhan
site-page-contact = Cysylltu â ni

site-page-accessibility-description = Pa mor hygyrch yw'r gwasanaeth hwn, beth i'w wneud os na allwch ddefnyddio rhan ohono, a sut i roi gwybod am broblem.
site-page-privacy-description = Pwy sy'n gyfrifol am eich data, beth sy'n cael ei gasglu a pham, am faint mae'n cael ei gadw, a'ch hawliau.
site-page-cookies-description = Y cwcis y gall y gwasanaeth hwn eu gosod, a pham nad oes angen baner caniatâd arnynt.
site-page-rules-description = Y rheolau mae pawb yn cytuno iddynt wrth gyflwyno syniadau, rhoi sylwadau, pleidleisio neu restru ap.
site-page-contact-description = Sut i gysylltu â'r tîm sy'n rhedeg y gwasanaeth hwn.
site-page-updated = Diweddarwyd ddiwethaf { $date }
site-page-rules-heading = Beth mae cymedrolwyr yn ei guddio
site-page-rules-intro = Dyma'r rhesymau y gallwch eu rhoi wrth roi gwybod am rywbeth, a'r rhesymau mae cymedrolwyr yn eu rhoi wrth ei guddio.

# Administrators' list of the site pages, and the form for one.
site-pages-title = Tudalennau'r wefan
site-pages-description = Y tudalennau y mae pob gwasanaeth cyhoeddus yn eu cyhoeddi, a'u geiriau.
site-pages-intro = Y tudalennau y mae'n rhaid i bob gwasanaeth cyhoeddus eu cyhoeddi, gyda dolen iddynt ar waelod pob tudalen. Mae pob un yn dechrau gyda thestun diofyn sy'n wir am y feddalwedd hon; enwch eich sefydliad a'ch trefniadau eich hun cyn i'r wefan fynd yn fyw.
site-pages-caption = Y tudalennau yn nhroedyn pob tudalen
site-pages-page = Tudalen
site-pages-text = Testun
site-pages-edited = Golygwyd { $on }
site-pages-default = Testun diofyn
site-pages-edit = Golygu
site-pages-saved = Mae { $page } wedi'i chadw.
site-pages-reset = Mae { $page } yn ôl i'w thestun diofyn.
site-pages-edit-title = Golygu: { $page }
site-pages-edit-description = Newid geiriau un o dudalennau'r wefan.
site-pages-body = Testun y dudalen
site-pages-body-hint = Markdown: ## ar gyfer pennawd, - ar gyfer rhestr, [geiriau](cyfeiriad) ar gyfer dolen. Gall pawb ddarllen y dudalen hon.
site-pages-body-cy = Testun y dudalen yn Gymraeg
site-pages-body-cy-hint = Nes i hwn gael ei ysgrifennu, bydd darllenwyr Cymraeg yn gweld y testun Saesneg gyda hysbysiad yn dweud nad yw yn Gymraeg eto.
site-pages-save = Cadw'r dudalen
site-pages-to-default = Mynd yn ôl i'r testun diofyn
site-pages-back = Yn ôl i dudalennau'r wefan
