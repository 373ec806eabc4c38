# Geiriau sy'n gyffredin i lawer o dudalennau.

loading = Wrthi'n llwytho…
back = Yn ôl
back-to = Yn ôl i { $place }
cancel = Canslo
important = Pwysig:
information = Gwybodaeth:
error-prefix = Gwall:
error-summary-title = Mae problem wedi codi
