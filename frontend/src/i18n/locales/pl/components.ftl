# Shared components (components/) and the form checks every form uses (lib/validation.ts, lib/feedback.ts).

## LoadMore, LazyPart, DownloadLink

ui-loading = Ładowanie…
ui-load-more = Pokaż więcej
ui-lazy-map-loading = Ładowanie mapy…
ui-lazy-map-failed = Nie udało się załadować mapy. Odśwież stronę, aby spróbować jeszcze raz.
ui-download-preparing = Przygotowywanie…

## fields, FormAlert

# Read out before a field's error by screen readers.
form-error-prefix = Błąd:
# A line of the error summary: the field's label, then its message.
form-error-with-label = { $label }: { $message }
form-check-fields = Coś jest nie tak. Sprawdź pola zaznaczone poniżej.

## lib/validation.ts

form-email-missing = Wpisz swój adres e-mail.
form-email-invalid = Wpisz adres e-mail w takiej formie: imie@example.org.
form-invite-email-missing = Wpisz adres e-mail osoby, którą chcesz zaprosić.
form-display-name-missing = Wpisz imię, które zobaczą sąsiedzi.
form-password-missing = Wpisz hasło.
form-at-most-characters = { $max ->
    [one] Wpisz najwyżej { NUMBER($max, useGrouping: 0) } znak.
    [few] Wpisz najwyżej { NUMBER($max, useGrouping: 0) } znaki.
    [many] Wpisz najwyżej { NUMBER($max, useGrouping: 0) } znaków.
   *[other] Wpisz najwyżej { NUMBER($max, useGrouping: 0) } znaku.
}
form-at-least-characters = { $min ->
    [one] Wpisz co najmniej { NUMBER($min, useGrouping: 0) } znak.
    [few] Wpisz co najmniej { NUMBER($min, useGrouping: 0) } znaki.
    [many] Wpisz co najmniej { NUMBER($min, useGrouping: 0) } znaków.
   *[other] Wpisz co najmniej { NUMBER($min, useGrouping: 0) } znaku.
}
form-between-characters = Wpisz od { NUMBER($min, useGrouping: 0) } do { NUMBER($max, useGrouping: 0) } znaków.
form-at-most-characters-now = { $max ->
    [one] Wpisz najwyżej { NUMBER($max, useGrouping: 0) } znak (teraz { NUMBER($now, useGrouping: 0) }).
    [few] Wpisz najwyżej { NUMBER($max, useGrouping: 0) } znaki (teraz { NUMBER($now, useGrouping: 0) }).
    [many] Wpisz najwyżej { NUMBER($max, useGrouping: 0) } znaków (teraz { NUMBER($now, useGrouping: 0) }).
   *[other] Wpisz najwyżej { NUMBER($max, useGrouping: 0) } znaku (teraz { NUMBER($now, useGrouping: 0) }).
}
form-latitude-not-number = Wpisz szerokość geograficzną jako liczbę.
form-latitude-range = Szerokość geograficzna musi być między { NUMBER($min, useGrouping: 0) } a { NUMBER($max, useGrouping: 0) }.
form-longitude-not-number = Wpisz długość geograficzną jako liczbę.
form-longitude-range = Długość geograficzna musi być między { NUMBER($min, useGrouping: 0) } a { NUMBER($max, useGrouping: 0) }.
form-radius-not-number = Wpisz promień jako liczbę.
form-radius-range = Promień musi być między { NUMBER($min, useGrouping: 0) } a { NUMBER($max, useGrouping: 0) }.
form-radius-whole-metres = Wpisz promień w pełnych metrach, bez części po przecinku.
