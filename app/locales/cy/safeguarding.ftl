# Geiriau i bobl a allai fod mewn perygl, a ddangosir pan fo'r hyn a ysgrifennwyd yn awgrymu hynny.

safeguarding-help-now = Os oes angen i chi siarad â rhywun nawr, ffoniwch y Samariaid am ddim ar 116 123 (neu eu llinell Gymraeg ar 0808 164 0123), tecstiwch SHOUT i 85258, neu ffoniwch GIG 111 Cymru. Mewn argyfwng, ffoniwch 999.
