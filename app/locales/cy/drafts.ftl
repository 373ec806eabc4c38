# Drafts published for comment, paragraph by paragraph.
drafts-title = Drafftiau i roi sylwadau arnynt
drafts-description = Dogfennau wedi'u cyhoeddi i gael sylwadau: rhowch sylwadau ar bob paragraff, ei gefnogi neu ei gwestiynu.
drafts-intro = Dogfennau rydyn ni'n eu hysgrifennu, wedi'u cyhoeddi er mwyn i chi allu rhoi sylwadau arnynt fesul paragraff, a dweud pa rannau rydych yn eu cefnogi neu'n eu cwestiynu, cyn iddynt fod yn derfynol.
drafts-none = Does dim drafftiau i roi sylwadau arnynt ar hyn o bryd.
drafts-versions = { $count ->
    [zero] Dim fersiynau
    [one] 1 fersiwn
    [two] 2 fersiwn
   *[other] { $count } fersiwn
}
drafts-comments = { $count ->
    [zero] Dim sylwadau
    [one] 1 sylw
    [two] 2 sylw
   *[other] { $count } sylw
}
draft-phase-upcoming = Yn agor cyn hir
draft-phase-open = Ar agor i sylwadau
draft-phase-closed = Ar gau i sylwadau
draft-done-published = Mae'r drafft wedi'i gyhoeddi i gael sylwadau.
draft-done-updated = Mae'r drafft wedi'i gadw. Mae geiriau newydd yn cael eu cyhoeddi fel fersiwn newydd.
draft-done-commented = Mae eich sylw wedi'i bostio.
draft-done-reacted = Diolch: mae'r hyn rydych yn ei feddwl am y paragraff hwn wedi'i gadw.
draft-done-hidden = Mae'r sylw wedi'i guddio.
draft-done-closed = Dydy'r drafft hwn ddim yn derbyn sylwadau nawr.
draft-caption = Drafft i roi sylwadau arno
draft-window = Sylwadau { $window }.
draft-version-of = Fersiwn { $version } o { $latest }
draft-published-on = , cyhoeddwyd { $on }.
draft-what-changed = Beth newidiodd: { $note }
draft-earlier = Fersiwn gynharach yw hon. Mae'r sylwadau arni yn cael eu cadw yma.
draft-read-newest = Darllen y fersiwn ddiweddaraf a rhoi sylwadau arni
draft-versions-label = Fersiynau
draft-other-versions = Fersiynau eraill:
draft-version-link = fersiwn { $version } ({ $on })
draft-download = Lawrlwytho pob sylw gyda'i baragraff (CSV)
draft-change = Newid y drafft hwn
draft-sign-in = Mewngofnodwch i roi sylw
draft-sign-in-after = ar baragraff, neu i ddweud a ydych yn ei gefnogi neu'n ei gwestiynu.
draft-document = Y ddogfen
draft-changes = Beth newidiodd ers fersiwn { $version }: { $added ->
    [zero] dim paragraffau
    [one] 1 paragraff
    [two] 2 baragraff
   *[other] { $added } paragraff
} wedi'u hychwanegu neu eu newid, { $removed ->
    [zero] dim paragraffau
    [one] 1 paragraff
    [two] 2 baragraff
   *[other] { $removed } paragraff
} wedi'u tynnu neu eu newid
draft-added = Wedi'i ychwanegu:
draft-removed = Wedi'i dynnu:
draft-supports-it = { $count ->
    [zero] Does neb yn ei gefnogi
    [one] 1 yn ei gefnogi
   *[other] { $count } yn ei gefnogi
}
draft-questions-it = { $count ->
    [zero] does neb yn ei gwestiynu
    [one] 1 yn ei gwestiynu
   *[other] { $count } yn ei gwestiynu
}
draft-paragraph = Paragraff { $paragraph }
draft-paragraph-counts = Paragraff { $paragraph }: { $counts }
draft-support = Cefnogi
draft-support-undo = Tynnu eich cefnogaeth yn ôl i
draft-question = Cwestiynu
draft-question-undo = Tynnu eich cwestiwn yn ôl ar
# A reaction button's full name for screen readers: "Support paragraph 3".
draft-reaction-label = { $action } paragraff { $paragraph }
draft-hide-reason = Rheswm dros guddio (dewisol)
draft-hide = Cuddio'r sylw hwn
draft-comment-on = Rhoi sylw ar baragraff { $paragraph }
draft-your-comment = Eich sylw ar baragraff { $paragraph }
draft-post = Postio eich sylw
# Administrators' form to publish or change a draft.
draft-form-change = Newid drafft
draft-form-publish = Cyhoeddi drafft i gael sylwadau
draft-form-description = Cyhoeddi dogfen i gael sylwadau, fesul paragraff.
draft-form-newest = Y fersiwn ddiweddaraf yw fersiwn { $latest }. Os byddwch yn newid y geiriau, byddant yn cael eu cyhoeddi fel fersiwn { $next }, a bydd y sylwadau ar fersiynau cynharach yn aros gyda nhw.
draft-form-title = Teitl
draft-form-summary = Crynodeb
draft-form-summary-hint = Un neu ddwy frawddeg: beth yw'r ddogfen a beth rydych chi eisiau ei wybod. Hyd at 280 nod.
draft-form-body-hint = Markdown. Mae pob bloc o destun wedi'i wahanu gan linell wag yn baragraff y gall pobl roi sylwadau arno.
draft-form-opens = Sylwadau'n agor
draft-form-closes = Sylwadau'n cau
draft-form-uk-time = Amser y DU.
draft-form-note = Beth newidiodd (dewisol)
draft-form-note-hint = Caiff ei ddangos gyda'r fersiwn newydd.
draft-form-save = Cadw'r drafft
draft-form-submit = Cyhoeddi'r drafft
# Messages when a draft or a comment on it cannot be saved.
draft-error-slug-taken = Mae gan ddrafft arall y teitl hwn: dewiswch un gwahanol
draft-error-no-such-time = Dydy'r amser hwnnw ddim yn bodoli yn y DU (mae'r clociau'n mynd ymlaen): dewiswch un arall
draft-error-close-after-open = Rhaid i sylwadau gau ar ôl iddynt agor
draft-error-closed = Dydy'r drafft hwn ddim yn derbyn sylwadau nawr. Copïwch eich geiriau os ydych am eu cadw.
draft-error-old-version = Mae fersiwn mwy newydd o'r drafft hwn wedi'i gyhoeddi: rhowch sylw ar hwnnw yn lle. Copïwch eich geiriau os ydych am eu cadw.
draft-error-paragraph = Dewiswch y paragraff i roi sylw arno o'r dudalen
draft-error-at-risk = { $help } Daethom o hyd i: { $found }. Mae sylwadau ar ddrafft yn ymwneud â'r ddogfen: newidiwch eich geiriau i'w bostio.
draft-error-personal = Tynnwch fanylion personol cyn postio. Daethom o hyd i: { $found }.
draft-window-range = { $from } i { $to }
draft-form-language = Ym mha iaith mae'r drafft wedi'i ysgrifennu?
draft-form-language-hint = Fe'i dangosir yn yr iaith y mae wedi'i ysgrifennu ynddi, ac fe'i marcir felly ar gyfer darllenwyr sgrin.
