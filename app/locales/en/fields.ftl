# Messages for a text field that needs fixing, one message per field with one
# attribute per rule: .enter (left empty), .one-line and .too-short (single-line
# fields), .special (text areas), .too-long. { $limit } is the number of characters.

field-title =
    .enter = Enter a title
    .one-line = A title must be on one line, without special characters
    .too-short = A title must be { $limit } characters or more
    .too-long = A title must be { $limit } characters or fewer

field-summary =
    .enter = Enter a summary
    .special = A summary must not contain special characters
    .too-long = A summary must be { $limit } characters or fewer

field-description =
    .enter = Enter a description
    .special = A description must not contain special characters
    .too-long = A description must be { $limit } characters or fewer

field-comment =
    .enter = Enter your comment
    .special = Your comment must not contain special characters
    .too-long = Your comment must be { $limit } characters or fewer

field-reason =
    .enter = Enter a reason
    .special = A reason must not contain special characters
    .too-long = A reason must be { $limit } characters or fewer

field-logged-reason =
    .enter = Enter a reason: it is kept in the moderation log with your name
    .special = A reason: it is kept in the moderation log with your name must not contain special characters
    .too-long = A reason: it is kept in the moderation log with your name must be { $limit } characters or fewer

field-detail =
    .enter = Enter more detail
    .special = More detail must not contain special characters
    .too-long = More detail must be { $limit } characters or fewer

field-response =
    .enter = Enter the response
    .special = The response must not contain special characters
    .too-long = The response must be { $limit } characters or fewer

field-page-text =
    .enter = Enter the page's text
    .special = The page's text must not contain special characters
    .too-long = The page's text must be { $limit } characters or fewer

field-document =
    .enter = Enter the document
    .special = The document must not contain special characters
    .too-long = The document must be { $limit } characters or fewer

field-change-note =
    .enter = Enter what changed
    .special = What changed must not contain special characters
    .too-long = What changed must be { $limit } characters or fewer

field-message =
    .enter = Enter a message
    .special = A message must not contain special characters
    .too-long = A message must be { $limit } characters or fewer

field-your-name =
    .enter = Enter the name to show with your ideas
    .one-line = The name to show with your ideas must be on one line, without special characters
    .too-short = The name to show with your ideas must be { $limit } characters or more
    .too-long = The name to show with your ideas must be { $limit } characters or fewer

field-their-name =
    .enter = Enter the name to show with their ideas
    .one-line = The name to show with their ideas must be on one line, without special characters
    .too-short = The name to show with their ideas must be { $limit } characters or more
    .too-long = The name to show with their ideas must be { $limit } characters or fewer

field-reference =
    .enter = Enter your reference
    .one-line = Your reference must be on one line, without special characters
    .too-short = Your reference must be { $limit } characters or more
    .too-long = Your reference must be { $limit } characters or fewer

field-your-organisation =
    .enter = Enter the name of your organisation
    .one-line = The name of your organisation must be on one line, without special characters
    .too-short = The name of your organisation must be { $limit } characters or more
    .too-long = The name of your organisation must be { $limit } characters or fewer

field-name =
    .enter = Enter a name
    .one-line = A name must be on one line, without special characters
    .too-short = A name must be { $limit } characters or more
    .too-long = A name must be { $limit } characters or fewer

field-tagline =
    .enter = Enter a one-line description
    .one-line = A one-line description must be on one line, without special characters
    .too-short = A one-line description must be { $limit } characters or more
    .too-long = A one-line description must be { $limit } characters or fewer

field-provider =
    .enter = Enter the organisation that provides it
    .one-line = The organisation that provides it must be on one line, without special characters
    .too-short = The organisation that provides it must be { $limit } characters or more
    .too-long = The organisation that provides it must be { $limit } characters or fewer

field-safety-officer =
    .enter = Enter the clinical safety officer's name
    .one-line = The clinical safety officer's name must be on one line, without special characters
    .too-short = The clinical safety officer's name must be { $limit } characters or more
    .too-long = The clinical safety officer's name must be { $limit } characters or fewer

field-webhook =
    .enter = Enter who the webhook is for
    .one-line = Who the webhook is for must be on one line, without special characters
    .too-short = Who the webhook is for must be { $limit } characters or more
    .too-long = Who the webhook is for must be { $limit } characters or fewer

field-category-name =
    .enter = Enter a category name
    .one-line = A category name must be on one line, without special characters
    .too-short = A category name must be { $limit } characters or more
    .too-long = A category name must be { $limit } characters or fewer
field-page-text-welsh =
    .enter = Enter the page's text in Welsh
    .special = The page's text in Welsh must not contain special characters
    .too-long = The page's text in Welsh must be { $limit } characters or fewer
field-title-welsh =
    .enter = Enter the title in Welsh
    .one-line = The title in Welsh must be on one line, without special characters
    .too-short = The title in Welsh must be { $limit } characters or more
    .too-long = The title in Welsh must be { $limit } characters or fewer
field-summary-welsh =
    .enter = Enter the summary in Welsh
    .special = The summary in Welsh must not contain special characters
    .too-long = The summary in Welsh must be { $limit } characters or fewer
field-description-welsh =
    .enter = Enter the description in Welsh
    .special = The description in Welsh must not contain special characters
    .too-long = The description in Welsh must be { $limit } characters or fewer

# Date-and-time fields: .enter (left empty), .invalid (not a date and time).
field-ideas-open =
    .enter = Enter when ideas open
    .invalid = When ideas open must be a real date and time, like 2026-12-01T09:00
field-ideas-close =
    .enter = Enter when ideas close
    .invalid = When ideas close must be a real date and time, like 2026-12-01T09:00
field-voting-closes =
    .enter = Enter when voting closes
    .invalid = When voting closes must be a real date and time, like 2026-12-01T09:00
field-comments-open =
    .enter = Enter when comments open
    .invalid = When comments open must be a real date and time, like 2026-12-01T09:00
field-comments-close =
    .enter = Enter when comments close
    .invalid = When comments close must be a real date and time, like 2026-12-01T09:00
