# Words many pages share.

loading = Loading…
back = Back
back-to = Back to { $place }
cancel = Cancel
important = Important:
information = Information:
# Before an error message, for screen readers.
error-prefix = Error:
error-summary-title = There is a problem
