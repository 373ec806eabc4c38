# Y tudalennau statudol, fel y mae'r troedyn a theitlau'r tudalennau yn eu henwi.

site-page-accessibility = Datganiad hygyrchedd
site-page-privacy = Hysbysiad preifatrwydd
site-page-cookies = Cwcis
site-page-rules = Rheolau cymryd rhan
site-page-contact = Cysylltu â ni
