# Beth mae hysbysiadau'n ei ddweud, ar y dudalen hysbysiadau ac mewn negeseuon e-bost.
notice-waiting-comment = Mae sylw ar “{ $idea }” yn aros i gael ei adolygu
notice-waiting-listing = Mae rhestriad yn aros i gael ei adolygu: “{ $idea }”
notice-waiting-idea = Mae syniad yn aros i gael ei adolygu: “{ $idea }”
notice-milestone-opened = Mae “{ $idea }” ar agor i syniadau
notice-milestone-submissions-closed = Nid yw “{ $idea }” yn derbyn syniadau newydd bellach: gallwch barhau i gefnogi syniadau nes bydd y pleidleisio'n cau
notice-milestone-closing-soon = { $days ->
    [one] Mae'r pleidleisio yn “{ $idea }” yn cau ymhen diwrnod
    [two] Mae'r pleidleisio yn “{ $idea }” yn cau ymhen deuddydd
    [few] Mae'r pleidleisio yn “{ $idea }” yn cau ymhen tri diwrnod
   *[other] Mae'r pleidleisio yn “{ $idea }” yn cau ymhen { $days } diwrnod
}
notice-milestone-closed = Mae “{ $idea }” wedi cau
notice-milestone-changed = Mae “{ $idea }” wedi newid
notice-listing-update-approved = Cafodd y diweddariad i'ch rhestriad “{ $idea }” ei gymeradwyo ac mae yn y cyfeiriadur
notice-listing-approved = Cafodd eich rhestriad “{ $idea }” ei gymeradwyo ac mae yn y cyfeiriadur
notice-listing-changes-requested = Gofynnodd cymedrolwr am newidiadau i'ch rhestriad “{ $idea }”: { $detail }
notice-listing-rejected = Ni chafodd eich rhestriad “{ $idea }” ei gymeradwyo. Y rheswm: { $detail }
notice-listing-reported = Rhoddodd rhywun wybod am eich rhestriad “{ $idea }” ({ $detail }). Bydd cymedrolwr yn edrych arno; mae'n aros yn y cyfeiriadur yn y cyfamser
notice-listing-hidden = Cafodd eich rhestriad “{ $idea }” ei guddio o'r cyfeiriadur gan gymedrolwr. Y rheswm: { $detail }
notice-listing-restored = Mae eich rhestriad “{ $idea }” yn ôl yn y cyfeiriadur
notice-new-idea = Cyflwynodd { $detail } syniad newydd: “{ $idea }”
notice-new-report = Rhoddwyd gwybod am “{ $idea }”, neu sylw arno: { $detail }
notice-new-listing-report = Rhoddwyd gwybod am y rhestriad “{ $idea }”: { $detail }
notice-status-changed = Statws eich syniad “{ $idea }” bellach yw: { $detail }
notice-commented = Rhoddodd { $detail } sylw ar eich syniad “{ $idea }”
notice-replied = Atebodd { $detail } eich sylw ar “{ $idea }”
notice-merged = Cafodd eich syniad “{ $idea }” ei gyfuno â “{ $detail }”, sy'n dweud yr un peth
notice-merged-into-yours = Cafodd “{ $detail }”, a oedd yn dweud yr un peth, ei gyfuno â'ch syniad “{ $idea }” gyda'i gefnogwyr a'i sylwadau
notice-rejected = Ni chafodd eich syniad “{ $idea }” ei gyhoeddi. Y rheswm: { $detail }
notice-hidden = Cafodd eich syniad “{ $idea }” ei guddio gan gymedrolwr. Y rheswm: { $detail }
notice-comment-hidden = Cafodd eich sylw ar “{ $idea }” ei guddio gan gymedrolwr. Y rheswm: { $detail }
notice-edited = Golygodd cymedrolwr eich syniad “{ $idea }”. Y rheswm: { $detail }
notice-comment-rejected = Ni chafodd eich sylw ar “{ $idea }” ei gyhoeddi. Y rheswm: { $detail }
notice-comment-approved = Mae cymedrolwr wedi cyhoeddi eich sylw ar “{ $idea }”
notice-approved = Mae cymedrolwr wedi cyhoeddi eich syniad “{ $idea }”
notice-withdrawn = Cafodd “{ $idea }”, rydych yn ei gefnogi, ei dynnu'n ôl gan y person a'i cyflwynodd
# I rywun sy'n dilyn syniad na wnaethon nhw ei gyflwyno.
notice-follow-status-changed = Statws “{ $idea }”, rydych yn ei ddilyn, bellach yw: { $detail }
notice-follow-commented = Rhoddodd { $detail } sylw ar “{ $idea }”, rydych yn ei ddilyn
notice-follow-merged-into = Cafodd “{ $detail }”, a oedd yn dweud yr un peth, ei gyfuno â “{ $idea }”, rydych yn ei ddilyn
# Sawl sylw neu ateb heb eu darllen ar un syniad, fel un.
notice-group-replies = { $count ->
    [one] 1 ateb newydd i'ch sylwadau ar “{ $idea }”
    [two] 2 ateb newydd i'ch sylwadau ar “{ $idea }”
   *[other] { $count } o atebion newydd i'ch sylwadau ar “{ $idea }”
}
notice-group-comments = { $count ->
    [one] 1 sylw newydd ar “{ $idea }”
    [two] 2 sylw newydd ar “{ $idea }”
   *[other] { $count } o sylwadau newydd ar “{ $idea }”
}
# I ble mae hysbysiad yn arwain.
notice-link-review-listing = Adolygu'r rhestriad
notice-link-queue = Mynd i'r ciw cymedroli
notice-link-listing = Gweld eich rhestriad
notice-link-campaign = Gweld yr ymgyrch
notice-link-idea = Gweld y syniad

# Y dudalen hysbysiadau.
notifications-title = Hysbysiadau
notifications-description = Beth sydd wedi digwydd i'ch syniadau, eich sylwadau a'r syniadau rydych yn eu cefnogi.
notifications-choose = Dewiswch beth rydyn ni'n dweud wrthych amdano, a sut
notifications-none = Dim byd eto. Byddwch yn cael gwybod yma pan fydd statws eich syniad yn newid, pan fydd yn cael sylw neu'n cael ei gyfuno, a phan fydd rhywun yn eich ateb.
notifications-unread = { $count ->
    [0] Rydych wedi'u darllen i gyd.
   *[other] { $count } heb eu darllen.
}
notifications-mark-read = Marcio'r cyfan wedi'u darllen
notifications-new = Newydd
