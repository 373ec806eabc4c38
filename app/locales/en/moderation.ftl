# Why people report something, as the report form offers it.
report-reason-spam = Spam or advertising
report-reason-offensive = Offensive, abusive or hateful
report-reason-personal-information = It shares someone's personal or medical details
report-reason-misleading = Misleading or unsafe health information
report-reason-off-topic = Not about this campaign

# The rule each breaks, as moderators' reason templates: the author is told it and the
# public moderation log shows it.
report-rule-spam = It is spam or advertising.
report-rule-offensive = It is offensive, abusive or hateful.
report-rule-personal-information = It shares someone's personal or medical details.
report-rule-misleading = It gives misleading or unsafe health information.
report-rule-off-topic = It is not about this campaign.
