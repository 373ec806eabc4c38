# Pam mae pobl yn rhoi gwybod am rywbeth, fel mae'r ffurflen yn eu cynnig.
report-reason-spam = Sbam neu hysbysebu
report-reason-offensive = Sarhaus, difrïol neu atgas
report-reason-personal-information = Mae'n rhannu manylion personol neu feddygol rhywun
report-reason-misleading = Gwybodaeth iechyd gamarweiniol neu anniogel
report-reason-off-topic = Dim yn ymwneud â'r ymgyrch hon

# Y rheol mae pob un yn ei thorri, fel templedi rhesymau'r cymedrolwyr.
report-rule-spam = Mae'n sbam neu'n hysbysebu.
report-rule-offensive = Mae'n sarhaus, yn ddifrïol neu'n atgas.
report-rule-personal-information = Mae'n rhannu manylion personol neu feddygol rhywun.
report-rule-misleading = Mae'n rhoi gwybodaeth iechyd gamarweiniol neu anniogel.
report-rule-off-topic = Dydy e ddim yn ymwneud â'r ymgyrch hon.
