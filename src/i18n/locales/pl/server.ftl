# Tytuły problemów (application/problem+json), jeden na typ problemu; adres URI typu się nie zmienia.
problem-validation-title = Niektóre pola są wypełnione źle
problem-bad-request-title = Złe zapytanie
problem-unauthenticated-title = Trzeba się zalogować
problem-forbidden-title = Brak zgody
problem-not-found-title = Nie znaleziono
problem-method-not-allowed-title = Ta metoda nie jest dozwolona
problem-conflict-title = Konflikt
problem-gone-title = Już niedostępne
problem-payload-too-large-title = Za dużo danych
problem-unsupported-media-type-title = Nieobsługiwany rodzaj pliku
problem-too-many-requests-title = Za dużo prób
problem-unavailable-title = Usługa chwilowo niedostępna
problem-internal-title = Błąd serwera

# Opisy problemów niezależne od czynności.
problem-validation-detail = Co najmniej jedno pole jest wypełnione źle; zobacz `errors`.
problem-unavailable-detail = Usługa nie może teraz tego zrobić; spróbuj za chwilę.
problem-internal-detail = Coś poszło nie tak po naszej stronie.
problem-too-many-requests-detail =
    { $seconds ->
        [one] Za dużo prób; spróbuj znowu za { $seconds } sekundę.
        [few] Za dużo prób; spróbuj znowu za { $seconds } sekundy.
       *[other] Za dużo prób; spróbuj znowu za { $seconds } sekund.
    }
problem-method-not-allowed-detail = Ten adres przyjmuje tylko { $allow }.
problem-conflict-exists = To już istnieje.
problem-conflict-missing-reference = Coś, do czego odnosi się zapytanie, nie istnieje.

# Wartość, której baza danych nie przyjęła.
db-fault-unstorable-bytes = W zapytaniu jest tekst ze znakiem, którego nie da się zapisać (na przykład NUL).
db-fault-wrong-format = W zapytaniu jest wartość w złym formacie.
db-fault-number-out-of-range = W zapytaniu jest liczba spoza zakresu.
db-fault-too-long = W zapytaniu jest za długa wartość.
db-fault-date-out-of-range = W zapytaniu jest data lub godzina spoza zakresu.
db-fault-too-large = W zapytaniu jest za duża wartość.
db-fault-wrong-type = W zapytaniu jest wartość złego rodzaju.
