# Organisations (features/organisations): the directory, one organisation's page, and the tools
# its staff use there (categories, Open311 API keys). Terms: docs/glossary.md (organisation,
# service manager, neighbourhood, report).

## Organisations (the directory)

org-list-title = Organisations
org-list-intro = The public-service bodies working with neighbourhoods here. Their staff manage the categories residents report in and the API keys of the apps that file reports for them.
org-list-loading = Loading organisations…
org-list-empty = No organisations yet.
org-list-showing = { $count ->
    [one] Showing { $count } organisation.
   *[other] Showing { $count } organisations.
}
org-list-showing-more = { $count ->
    [one] Showing { $count } organisation. There are more.
   *[other] Showing { $count } organisations. There are more.
}
org-serves = { $count ->
    [one] Serves { $count } neighbourhood
   *[other] Serves { $count } neighbourhoods
}
org-loading-more = Loading…
org-load-more = Load more

## OrganisationPage

org-loading = Loading organisation…
org-title = Organisation
org-not-found-title = Organisation not found
org-not-found-body = There is no such organisation. <link>See all organisations</link>.
org-all = All organisations
org-no-description = No description yet.
org-since = On Commonground since { $date }
org-service-nav-label = Service management
org-dashboard-link = Live dashboard
org-triage-link = Triage queue
org-checking-access = Checking what you can manage here…
org-served-heading = Neighbourhoods served
org-served-none = It does not serve any neighbourhood on Commonground yet.
org-served-intro = Its staff are service managers in each of them.
org-manage-heading = Managing this organisation
org-manage-sign-in = Its staff can manage its categories and API keys here. <link>Sign in</link> if you work for { $name }.
org-manage-not-staff = You are not on the staff of { $name }.
org-manage-only-staff = Only its staff and platform admins can see its staff, change its categories and issue its API keys.
org-manage-ask-admin = If you work there, ask a platform admin to add you to its staff.

## StaffList

staff-heading = Staff
staff-intro = They manage its categories and API keys, and act as service managers where it works.
staff-loading = Loading staff…
staff-empty = No staff yet.
staff-name-you = { $name } (you)
staff-added = Added { $date }
staff-loading-more = Loading…
staff-load-more = Load more staff

## CategoryManager

category-heading = Categories
category-intro = What residents can report to { $name }. Apps see them as Open311 services, the code being the service code.
category-loading = Loading categories…
category-empty = No categories yet.
category-saved = Saved the changes to “{ $name }”.
category-added = Added the category “{ $name }”.
category-edit = Edit
# The button's name for screen readers: the visible word, then the category.
category-edit-named = Edit ({ $name })
category-add = Add a category
category-code = Code <code>{ $code }</code>
category-group = Group: { $group }
category-no-target = No target time
category-target = { $count ->
    [one] Aims to resolve within { $count } day
   *[other] Aims to resolve within { $count } days
}
category-keywords = Keywords: { $keywords }
category-extra-questions = Extra questions:
category-no-questions = No extra questions.
# $type is an answer type (category-datatype-…); $required is "yes" or "no".
category-question-details = ({ $type }, { $required ->
    [yes] required
   *[no] optional
})
category-question-choices = : { $choices }

## CategoryForm

category-form-new-heading = New category
category-form-edit-heading = Edit “{ $name }”
category-form-code-fixed = (apps use it as the Open311 service code, so it cannot change)
category-form-code-hint = The Open311 service code apps use, e.g. pothole: 1 to { $count } characters of a to z, 0 to 9, _ and -. It cannot be changed later.
category-form-name-hint = What residents choose when they report, e.g. Pothole. { $min } to { $count } characters.
category-form-description-hint = What belongs in this category.
category-form-group-hint = Categories are listed by group, e.g. Roads.
category-form-target-hint = Whole days, 1 to { $count }.
category-form-target-hint-edit = Whole days, 1 to { $count }. Leave empty for no target.
category-form-keywords-hint = Words that help find it, separated by commas. At most { $count }.
category-form-saving = Saving…
category-form-save = Save changes
category-form-add = Add category
category-form-cancel = Cancel

## QuestionEditor

category-questions-legend = Extra questions (optional)
category-questions-hint = Asked when someone reports a problem in this category; apps see them as Open311 attributes. At most { $count }.
category-add-question = Add a question
category-question-legend = Question { $number }
category-question-description-hint = As reporters will see it, e.g. “How deep is it, in centimetres?”
category-question-code-hint = Letters, digits, _ or -, e.g. depth.
category-question-order-hint = Lower numbers are asked first.
category-question-help-hint = Shown with the question, e.g. “Measure at the deepest point.”
# An option of the answer type list: the type in words, then its Open311 name.
category-datatype-option = { $label } ({ $datatype })
category-remove-question = Remove question<hidden> (question { $number })</hidden>
# Words in <hidden>…</hidden> are read only by screen readers.
category-choices-legend = Choices<hidden> for question { $number }</hidden>
category-choices-hint = The key is what apps send (the Open311 key); the name is what reporters see.
category-choice-key = Choice { $choice } key
category-choice-name = Choice { $choice } name
category-remove-choice = Remove choice<hidden> (choice { $choice } of question { $question })</hidden>
category-add-choice = Add a choice<hidden> to question { $number }</hidden>
category-field-error-prefix = Error:

## Category fields: labels, answer types and the checks made before sending

category-label-code = Code
category-label-name = Name
category-label-description = Description (optional)
category-label-group = Group (optional)
category-label-keywords = Keywords (optional)
category-label-target-days = Target days to resolve (optional)
category-label-attributes = Extra questions
category-question-label-description = Question
category-question-label-datatype = Answer type
category-question-label-required = Reporters must answer it
category-question-label-help = Help with answering (optional)
category-question-label-order = Order
category-question-label-values = Choices
category-datatype-string = Short text
category-datatype-text = Long text
category-datatype-number = Number
category-datatype-datetime = Date and time
category-datatype-singlevaluelist = One choice from a list
category-datatype-multivaluelist = Any choices from a list
# The error summary names a question's fields: "Question 2: Code".
category-summary-question-field = Question { $question }: { $label }
category-summary-choice-key = Question { $question }: Choice { $choice } key
category-summary-choice-name = Question { $question }: Choice { $choice } name
category-error-too-many-questions = Ask at most { $count } questions.
category-error-question-code-missing = Enter a code for the question.
category-error-question-code-format = Use 1 to { $count } letters, digits, _ or -.
category-error-question-code-taken = Another question already has this code.
category-error-question-missing = Enter the question reporters will see.
category-error-at-most-characters = { $count ->
    [one] Use at most { $count } character.
   *[other] Use at most { $count } characters.
}
category-error-order = Enter the order as a whole number.
category-error-no-choices = Add at least one choice.
category-error-choice-key-missing = Enter a key for this choice.
category-error-choice-key-taken = Another choice already has this key.
category-error-choice-name-missing = Enter the name reporters will see.
category-error-code-missing = Enter a code, such as pothole.
category-error-code-format = Use 1 to { $count } characters: a to z, 0 to 9, _ and -.
category-error-name-length = Use { $min } to { $count } characters.
category-error-keywords = Use at most { $count } keywords of at most { $characters } characters each.
category-error-target-days = Enter a whole number of days from 1 to { $count }.

## ApiKeyManager

apikey-heading = Open311 API keys
apikey-intro = Apps such as FixMyStreet file reports for { $name } through the Open311 GeoReport v2 API, each with a key of its own. Revoke a key as soon as an app should stop.
apikey-issue-heading = Issue a key
apikey-name-label = What the key is for
apikey-name-hint = The app or partner using it, e.g. FixMyStreet. { $min } to { $count } characters.
apikey-error-name-length = Use { $min } to { $count } characters.
apikey-issuing = Issuing…
apikey-issue = Issue key
apikey-new-heading = New API key for “{ $name }”
apikey-new-warning = <strong>Copy this key now: it will not be shown again.</strong> Commonground keeps only a fingerprint of it. If it is lost, revoke it and issue a new one.
apikey-new-label = API key for “{ $name }”
apikey-copy = Copy key
apikey-copied = Copied the key to the clipboard.
apikey-copy-failed = Could not copy automatically: the key is selected, press Ctrl+C (⌘C on a Mac).
apikey-hide = I have copied it: hide the key
apikey-list-heading = Keys
apikey-loading = Loading keys…
apikey-empty = No keys yet.
apikey-status-active = Active
apikey-status-revoked = Revoked
apikey-starts-with = Starts with
apikey-created = Created
apikey-last-used = Last used
apikey-never-used = Never
apikey-revoked-on = Revoked
apikey-revoke = Revoke
# The buttons' names for screen readers: the visible words, then the key's name.
apikey-revoke-named = Revoke ({ $name })
apikey-revoke-confirm = Revoke “{ $name }”? Apps using it are refused at once. This cannot be undone.
apikey-revoke-yes = Yes, revoke it
apikey-revoke-yes-named = Yes, revoke it ({ $name })
apikey-revoking = Revoking…
apikey-revoking-named = Revoking… ({ $name })
apikey-keep = Keep it
apikey-keep-named = Keep it ({ $name })
apikey-revoked = Revoked the key “{ $name }”: requests using it are refused from now on.
