# Negeseuon ar gyfer maes testun sydd angen ei gywiro: un neges i bob maes, gydag un
# priodwedd i bob rheol. { $limit } yw nifer y nodau.

field-title =
    .enter = Rhowch deitl
    .one-line = Rhaid i'r teitl fod ar un llinell, heb nodau arbennig
    .too-short = Rhaid i'r teitl fod yn { $limit } nod neu fwy
    .too-long = Rhaid i'r teitl fod yn { $limit } nod neu lai

field-summary =
    .enter = Rhowch grynodeb
    .special = Rhaid i'r crynodeb beidio â chynnwys nodau arbennig
    .too-long = Rhaid i'r crynodeb fod yn { $limit } nod neu lai

field-description =
    .enter = Rhowch ddisgrifiad
    .special = Rhaid i'r disgrifiad beidio â chynnwys nodau arbennig
    .too-long = Rhaid i'r disgrifiad fod yn { $limit } nod neu lai

field-comment =
    .enter = Rhowch eich sylw
    .special = Rhaid i'ch sylw beidio â chynnwys nodau arbennig
    .too-long = Rhaid i'ch sylw fod yn { $limit } nod neu lai

field-reason =
    .enter = Rhowch reswm
    .special = Rhaid i'r rheswm beidio â chynnwys nodau arbennig
    .too-long = Rhaid i'r rheswm fod yn { $limit } nod neu lai

field-logged-reason =
    .enter = Rhowch reswm: caiff ei gadw yn y log cymedroli gyda'ch enw
    .special = Rhaid i'r rheswm beidio â chynnwys nodau arbennig
    .too-long = Rhaid i'r rheswm fod yn { $limit } nod neu lai

field-detail =
    .enter = Rhowch ragor o fanylion
    .special = Rhaid i'r manylion beidio â chynnwys nodau arbennig
    .too-long = Rhaid i'r manylion fod yn { $limit } nod neu lai

field-response =
    .enter = Rhowch yr ymateb
    .special = Rhaid i'r ymateb beidio â chynnwys nodau arbennig
    .too-long = Rhaid i'r ymateb fod yn { $limit } nod neu lai

field-page-text =
    .enter = Rhowch destun y dudalen
    .special = Rhaid i destun y dudalen beidio â chynnwys nodau arbennig
    .too-long = Rhaid i destun y dudalen fod yn { $limit } nod neu lai

field-document =
    .enter = Rhowch destun y ddogfen
    .special = Rhaid i'r ddogfen beidio â chynnwys nodau arbennig
    .too-long = Rhaid i'r ddogfen fod yn { $limit } nod neu lai

field-change-note =
    .enter = Dywedwch beth sydd wedi newid
    .special = Rhaid i'r nodyn am beth sydd wedi newid beidio â chynnwys nodau arbennig
    .too-long = Rhaid i'r nodyn am beth sydd wedi newid fod yn { $limit } nod neu lai

field-message =
    .enter = Rhowch neges
    .special = Rhaid i'r neges beidio â chynnwys nodau arbennig
    .too-long = Rhaid i'r neges fod yn { $limit } nod neu lai

field-your-name =
    .enter = Rhowch yr enw i'w ddangos gyda'ch syniadau
    .one-line = Rhaid i'r enw fod ar un llinell, heb nodau arbennig
    .too-short = Rhaid i'r enw fod yn { $limit } nod neu fwy
    .too-long = Rhaid i'r enw fod yn { $limit } nod neu lai

field-their-name =
    .enter = Rhowch yr enw i'w ddangos gyda'u syniadau
    .one-line = Rhaid i'r enw fod ar un llinell, heb nodau arbennig
    .too-short = Rhaid i'r enw fod yn { $limit } nod neu fwy
    .too-long = Rhaid i'r enw fod yn { $limit } nod neu lai

field-reference =
    .enter = Rhowch eich cyfeirnod
    .one-line = Rhaid i'ch cyfeirnod fod ar un llinell, heb nodau arbennig
    .too-short = Rhaid i'ch cyfeirnod fod yn { $limit } nod neu fwy
    .too-long = Rhaid i'ch cyfeirnod fod yn { $limit } nod neu lai

field-your-organisation =
    .enter = Rhowch enw eich sefydliad
    .one-line = Rhaid i enw eich sefydliad fod ar un llinell, heb nodau arbennig
    .too-short = Rhaid i enw eich sefydliad fod yn { $limit } nod neu fwy
    .too-long = Rhaid i enw eich sefydliad fod yn { $limit } nod neu lai

field-name =
    .enter = Rhowch enw
    .one-line = Rhaid i'r enw fod ar un llinell, heb nodau arbennig
    .too-short = Rhaid i'r enw fod yn { $limit } nod neu fwy
    .too-long = Rhaid i'r enw fod yn { $limit } nod neu lai

field-tagline =
    .enter = Rhowch ddisgrifiad un llinell
    .one-line = Rhaid i'r disgrifiad un llinell fod ar un llinell, heb nodau arbennig
    .too-short = Rhaid i'r disgrifiad un llinell fod yn { $limit } nod neu fwy
    .too-long = Rhaid i'r disgrifiad un llinell fod yn { $limit } nod neu lai

field-provider =
    .enter = Rhowch enw'r sefydliad sy'n ei ddarparu
    .one-line = Rhaid i enw'r sefydliad fod ar un llinell, heb nodau arbennig
    .too-short = Rhaid i enw'r sefydliad fod yn { $limit } nod neu fwy
    .too-long = Rhaid i enw'r sefydliad fod yn { $limit } nod neu lai

field-safety-officer =
    .enter = Rhowch enw'r swyddog diogelwch clinigol
    .one-line = Rhaid i enw'r swyddog diogelwch clinigol fod ar un llinell, heb nodau arbennig
    .too-short = Rhaid i enw'r swyddog diogelwch clinigol fod yn { $limit } nod neu fwy
    .too-long = Rhaid i enw'r swyddog diogelwch clinigol fod yn { $limit } nod neu lai

field-webhook =
    .enter = Dywedwch ar gyfer pwy mae'r webhook
    .one-line = Rhaid i'r disgrifiad fod ar un llinell, heb nodau arbennig
    .too-short = Rhaid i'r disgrifiad fod yn { $limit } nod neu fwy
    .too-long = Rhaid i'r disgrifiad fod yn { $limit } nod neu lai

field-category-name =
    .enter = Rhowch enw categori
    .one-line = Rhaid i enw'r categori fod ar un llinell, heb nodau arbennig
    .too-short = Rhaid i enw'r categori fod yn { $limit } nod neu fwy
    .too-long = Rhaid i enw'r categori fod yn { $limit } nod neu lai
field-page-text-welsh =
    .enter = Rhowch destun y dudalen yn Gymraeg
    .special = Rhaid i destun Cymraeg y dudalen beidio â chynnwys nodau arbennig
    .too-long = Rhaid i destun Cymraeg y dudalen fod yn { $limit } nod neu lai
field-title-welsh =
    .enter = Rhowch y teitl yn Gymraeg
    .one-line = Rhaid i'r teitl Cymraeg fod ar un llinell, heb nodau arbennig
    .too-short = Rhaid i'r teitl Cymraeg fod yn { $limit } nod neu fwy
    .too-long = Rhaid i'r teitl Cymraeg fod yn { $limit } nod neu lai
field-summary-welsh =
    .enter = Rhowch y crynodeb yn Gymraeg
    .special = Rhaid i'r crynodeb Cymraeg beidio â chynnwys nodau arbennig
    .too-long = Rhaid i'r crynodeb Cymraeg fod yn { $limit } nod neu lai
field-description-welsh =
    .enter = Rhowch y disgrifiad yn Gymraeg
    .special = Rhaid i'r disgrifiad Cymraeg beidio â chynnwys nodau arbennig
    .too-long = Rhaid i'r disgrifiad Cymraeg fod yn { $limit } nod neu lai

# Meysydd dyddiad ac amser.
field-ideas-open =
    .enter = Rhowch pryd mae syniadau'n agor
    .invalid = Rhaid i'r amser mae syniadau'n agor fod yn ddyddiad ac amser go iawn, fel 2026-12-01T09:00
field-ideas-close =
    .enter = Rhowch pryd mae syniadau'n cau
    .invalid = Rhaid i'r amser mae syniadau'n cau fod yn ddyddiad ac amser go iawn, fel 2026-12-01T09:00
field-voting-closes =
    .enter = Rhowch pryd mae'r pleidleisio'n cau
    .invalid = Rhaid i'r amser mae'r pleidleisio'n cau fod yn ddyddiad ac amser go iawn, fel 2026-12-01T09:00
field-comments-open =
    .enter = Rhowch pryd mae sylwadau'n agor
    .invalid = Rhaid i'r amser mae sylwadau'n agor fod yn ddyddiad ac amser go iawn, fel 2026-12-01T09:00
field-comments-close =
    .enter = Rhowch pryd mae sylwadau'n cau
    .invalid = Rhaid i'r amser mae sylwadau'n cau fod yn ddyddiad ac amser go iawn, fel 2026-12-01T09:00
