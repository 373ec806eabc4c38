# Words for people who may be at risk, shown when what they wrote suggests it.

safeguarding-help-now = If you need to talk to someone now, call Samaritans free on 116 123, text SHOUT to 85258, or call NHS 111. In an emergency, call 999.
