# Komunikaty przy polach formularza (nazwa pola jest pokazana obok).
account-must-valid-e-mail-address = musi być poprawnym adresem e-mail
account-must-not-empty = nie może być puste
account-must-not-contain-control-characters = nie może zawierać znaków sterujących
account-must-iana-time-zone-name = musi być nazwą strefy czasowej IANA, na przykład Europe/Warsaw
account-must-at-least-min-characters =
    { $min ->
        [one] musi mieć co najmniej { $min } znak
        [few] musi mieć co najmniej { $min } znaki
       *[other] musi mieć co najmniej { $min } znaków
    }
account-must-at-most-max-characters =
    { $max ->
        [one] może mieć najwyżej { $max } znak
        [few] może mieć najwyżej { $max } znaki
       *[other] może mieć najwyżej { $max } znaków
    }
task-must-min-max-characters = musi mieć od { $min } do { $max } znaków
discussion-must-plain-text-one-line = musi być zwykłym tekstem w jednym wierszu
geo-latitude-must-between-90-90 = szerokość geograficzna musi być między -90 a 90
geo-longitude-must-between-180-180 = długość geograficzna musi być między -180 a 180
geo-radius-must-between-min-max = promień musi mieć od { $min } do { $max } metrów
geo-must-geojson-polygon-geometry = musi być geometrią GeoJSON typu Polygon
geo-polygons-with-holes-are-not = wielokąty z dziurami nie są obsługiwane
geo-polygon-ring-must-have-between = obwód wielokąta musi mieć od 4 do { $max } punktów
geo-every-position-needs-longitude-latitude = każdy punkt potrzebuje długości i szerokości geograficznej
geo-polygon-ring-must-closed-first = obwód wielokąta musi być zamknięty (pierwszy punkt równy ostatniemu)
geo-polygon-must-enclose-area = wielokąt musi obejmować jakiś obszar
idempotency-idempotency-key-header-empty = Nagłówek Idempotency-Key jest pusty.
idempotency-idempotency-key-header-may-at =
    { $max ->
        [one] Nagłówek Idempotency-Key może mieć najwyżej { $max } znak.
        [few] Nagłówek Idempotency-Key może mieć najwyżej { $max } znaki.
       *[other] Nagłówek Idempotency-Key może mieć najwyżej { $max } znaków.
    }
idempotency-idempotency-key-header-may-hold = Nagłówek Idempotency-Key może zawierać tylko widoczne znaki ASCII (dobrym kluczem jest UUID).
neighbourhood-must-between-min-max-characters = musi mieć od { $min } do { $max } znaków
photo-photo-empty = zdjęcie jest puste
photo-photos-must-jpeg-png-webp = zdjęcie musi być w formacie JPEG, PNG lub WebP
photo-image-declares-more-pixels-than = obraz deklaruje więcej pikseli, niż mieści jego plik
dashboard-required-set-status = jest wymagane dla set_status
dashboard-required-merge = jest wymagane dla merge
issue-must-min-lon-min-lat = musi mieć postać min_lon,min_lat,max_lon,max_lat w stopniach
task-must-1-max = musi być od 1 do { $max }
issue-must-1-max-characters = musi mieć od 1 do { $max } znaków
account-required-set-new-password = jest wymagane, aby ustawić nowe hasło
account-not-current-password = to nie jest twoje obecne hasło
discussion-not-post-thread = to nie jest wpis z tego wątku
discussion-must-not-negative = nie może być ujemne
discussion-say-why-thread-locked = napisz, dlaczego wątek jest zamknięty
idempotency-key-was-already-used-different = Ten klucz został już użyty dla innego zapytania; dla nowego zapytania użyj nowego klucza.
issue-give-location-map-address = wskaż miejsce na mapie albo podaj adres
issue-not-category-handled-neighbourhood = to nie jest kategoria obsługiwana w tym sąsiedztwie
issue-unknown = nieznane
issue-public-note-1-max-characters = wymagana jest publiczna notatka o długości od 1 do { $max } znaków
issue-issue-cannot-merged-into-itself = sprawy nie można połączyć z nią samą
issue-not-issue-same-neighbourhood = to nie jest sprawa z tego samego sąsiedztwa
issue-me-none-user-id = musi być `me`, `none` albo identyfikatorem użytkownika
issue-name-1-max-issues = podaj od 1 do { $max } spraw
issue-not-organisation-s-staff = ta osoba nie jest pracownikiem tej instytucji
neighbourhood-must-future-within-max-days =
    { $max ->
        [one] musi być w przyszłości, najwyżej za { $max } dzień
       *[other] musi być w przyszłości, najwyżej za { $max } dni
    }
neighbourhood-give-either-boundary-center-with = podaj granicę albo środek z radius_m, nie oba
neighbourhood-required-with-radius-m-unless = jest wymagane (z radius_m), chyba że podano granicę
neighbourhood-required-with-center = jest wymagane razem ze środkiem (center)
neighbourhood-must-0-more = musi być równe 0 lub większe
notification-at-most-max-kinds =
    { $max ->
        [one] najwyżej { $max } rodzaj
        [few] najwyżej { $max } rodzaje
       *[other] najwyżej { $max } rodzajów
    }
organisation-must-min-max-characters-plain = musi być zwykłym tekstem od { $min } do { $max } znaków
task-must-between-min-max = musi być między { $min } a { $max }
organisation-at-most-max-keywords-keywords = najwyżej { $max_keywords } słów kluczowych, każde od 1 do { $max_keyword_chars } znaków
organisation-must-1-max-characters-z = musi mieć od 1 do { $max } znaków spośród a-z, 0-9, _ i -
organisation-no-account-uses-e-mail = żadne konto nie używa tego adresu e-mail
task-required = jest wymagane
task-must-inside-neighbourhood = musi być w obrębie sąsiedztwa
task-must-after-starts-at = musi być później niż starts_at
task-give-both-starts-at-ends = podaj oba pola starts_at i ends_at albo żadnego
task-must-min-max = musi być od { $min } do { $max }
task-held-people-hold-slot-release =
    { $held ->
        [one] { $held } osoba zajmuje miejsce; zwolnij zapisy, zanim zmniejszysz liczbę miejsc
        [few] { $held } osoby zajmują miejsca; zwolnij zapisy, zanim zmniejszysz liczbę miejsc
       *[other] { $held } osób zajmuje miejsca; zwolnij zapisy, zanim zmniejszysz liczbę miejsc
    }
task-at-most-max-skills-skills = najwyżej { $max_skills } umiejętności, każda do { $max_skill_chars } znaków
task-not-issue-neighbourhood = to nie jest sprawa z tego sąsiedztwa
task-wanted-not-task-status = „{ $wanted }” nie jest statusem zadania
task-must-after-from = musi być później niż from
task-say-what-missing = napisz, czego brakuje
task-must-at-most-max-characters = musi być zwykłym tekstem do { $max } znaków
neighbourhood-must-between-1-max = musi być między 1 a { $max }
support-must-at-most-max-chars =
    { $max_chars ->
        [one] może mieć najwyżej { $max_chars } znak
        [few] może mieć najwyżej { $max_chars } znaki
       *[other] może mieć najwyżej { $max_chars } znaków
    }
photo-at-most-mib = zdjęcie może mieć najwyżej { $max } MiB
photo-not-an-image = ten plik nie jest obrazem
photo-too-large = obraz jest za duży: najwyżej { $side } pikseli szerokości i wysokości oraz { $megapixels } megapikseli
photo-unreadable = nie udało się odczytać obrazu
photo-unencodable = nie udało się zapisać obrazu
geo-must-be-lat-lon = musi mieć postać "lat,lon"
geo-latitude-not-number = szerokość geograficzna nie jest liczbą
geo-longitude-not-number = długość geograficzna nie jest liczbą
geo-polygon-no-ring = wielokąt nie ma obwodu
notification-mute-subject-format = musi mieć postać thread:{"{"}id{"}"}, issue:{"{"}id{"}"} albo task:{"{"}id{"}"}
notification-unknown-kind = `{ $kind }` nie jest rodzajem powiadomienia; rodzaje to { $kinds }
validation-rule-failed = jest nieprawidłowe ({ $rule })
request-name-not-blank = musi zawierać widoczne znaki, nie tylko spacje, znaki niewidoczne lub znaki kierunku
text-nul = nie może zawierać znaków NUL (U+0000)
text-control = nie może zawierać znaków sterujących (U+{ $code }); dozwolone są tylko końce wierszy i tabulatory
text-noncharacter = nie może zawierać niedozwolonego znaku U+{ $code }
discussion-reaction-one-of = musi być jedną z reakcji: { $reactions }
