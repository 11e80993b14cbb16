# Shared components (components/) and the form checks every form uses (lib/validation.ts, lib/feedback.ts).

## LoadMore, LazyPart, DownloadLink

ui-loading = Loading…
ui-load-more = Load more
ui-lazy-map-loading = Loading the map…
ui-lazy-map-failed = The map could not be loaded; reload the page to try again.
ui-download-preparing = Preparing…

## fields, FormAlert

# Read out before a field's error by screen readers.
form-error-prefix = Error:
# A line of the error summary: the field's label, then its message.
form-error-with-label = { $label }: { $message }
form-check-fields = There is a problem. Check the fields marked below.

## lib/validation.ts

form-email-missing = Enter your email address.
form-email-invalid = Enter an email address like name@example.org.
form-invite-email-missing = Enter the email address to invite.
form-display-name-missing = Enter the name neighbours will see.
form-password-missing = Enter your password.
form-at-most-characters = { $max ->
    [one] Use at most { NUMBER($max, useGrouping: 0) } character.
   *[other] Use at most { NUMBER($max, useGrouping: 0) } characters.
}
form-at-least-characters = { $min ->
    [one] Use at least { NUMBER($min, useGrouping: 0) } character.
   *[other] Use at least { NUMBER($min, useGrouping: 0) } characters.
}
form-between-characters = Use between { NUMBER($min, useGrouping: 0) } and { NUMBER($max, useGrouping: 0) } characters.
form-at-most-characters-now = { $max ->
    [one] Use at most { NUMBER($max, useGrouping: 0) } character (now { NUMBER($now, useGrouping: 0) }).
   *[other] Use at most { NUMBER($max, useGrouping: 0) } characters (now { NUMBER($now, useGrouping: 0) }).
}
form-latitude-not-number = Enter the latitude as a number.
form-latitude-range = The latitude must be between { NUMBER($min, useGrouping: 0) } and { NUMBER($max, useGrouping: 0) }.
form-longitude-not-number = Enter the longitude as a number.
form-longitude-range = The longitude must be between { NUMBER($min, useGrouping: 0) } and { NUMBER($max, useGrouping: 0) }.
form-radius-not-number = Enter the radius as a number.
form-radius-range = The radius must be between { NUMBER($min, useGrouping: 0) } and { NUMBER($max, useGrouping: 0) }.
form-radius-whole-metres = Enter the radius in whole metres.
