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
