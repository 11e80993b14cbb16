# Opisy problemów: dlaczego zapytanie zostało odrzucone.
auth-sign-send-authorization-bearer-access = Zaloguj się i wyślij `Authorization: Bearer <access token>`.
auth-authorization-header-must-bearer-token = Nagłówek Authorization musi mieć postać `Bearer <token>`.
auth-access-token-invalid-has-expired = Token dostępu jest nieprawidłowy, wygasł albo został unieważniony przez wylogowanie.
auth-only-neighbourhood-s-coordinators-can = Tylko koordynatorzy sąsiedztwa mogą to zrobić.
auth-only-members-can-see-who = Tylko członkowie widzą, kto należy do tego sąsiedztwa.
auth-only-platform-admins-can-do = Tylko administratorzy platformy mogą to zrobić.
auth-only-organisation-s-staff-can = Tylko pracownicy tej instytucji mogą to zrobić.
not-found-account = Nie znaleziono konta.
demo-email-already-has-account = { $email } ma już konto.
request-form-not-valid-utf-8 = Formularz nie jest poprawnym UTF-8.
request-url-path-not-valid-utf = Ścieżka adresu URL nie jest poprawnym UTF-8.
request-what-not-valid-utf-8 = { $what } nie jest poprawnym UTF-8.
request-query-string-not-valid = Parametry zapytania są nieprawidłowe.
request-body-must-json-object = Treść musi być obiektem JSON.
not-found-channel = Nie znaleziono kanału.
frontend-there-no-asset-name = Nie ma pliku { $name }.
frontend-there-no-front-end-built = Aplikacja w przeglądarce nie została tu zbudowana.
idempotency-send-one-header-header-not = Wyślij jeden nagłówek { $header }, nie kilka.
idempotency-header-header-must-visible-ascii = Nagłówek { $header } może zawierać tylko widoczne znaki ASCII.
metrics-metrics-need-operators-token = Metryki wymagają tokenu operatorów.
site-there-no-name-front-end = Nie ma { $name }: aplikacja w przeglądarce nie jest zbudowana.
not-found-calendar = Nie znaleziono kalendarza.
account-invalid-registration = Nieprawidłowa rejestracja.
account-e-mail-address-password-incorrect = Adres e-mail lub hasło są nieprawidłowe.
account-refresh-token-invalid-expired-revoked = Token odświeżania jest nieprawidłowy, wygasł albo został unieważniony; zaloguj się ponownie.
not-found-organisation = Nie znaleziono instytucji.
dashboard-organisation-does-not-serve-that = Instytucja nie obsługuje tego sąsiedztwa.
dashboard-organisation-has-no-such-category = Instytucja nie ma takiej kategorii.
not-found-thread = Nie znaleziono wątku.
discussion-thread-locked-no-new-posts = Ten wątek jest zamknięty: nie można dodawać wpisów.
discussion-that-post-was-deleted-hidden = Ten wpis został usunięty lub ukryty; nie można na niego odpowiedzieć.
discussion-only-its-author-can-edit = Tylko autor może edytować wpis.
discussion-thread-locked-posts-cannot-changed = Ten wątek jest zamknięty: nie można zmieniać wpisów.
discussion-only-its-author-coordinator-can = Tylko autor lub koordynator może usunąć wpis.
discussion-post-was-already-deleted = Ten wpis został już usunięty.
discussion-thread-locked = Ten wątek jest zamknięty.
discussion-deleted-hidden-posts-cannot-get = Usuniętych ani ukrytych wpisów nie można oznaczać reakcjami.
discussion-cannot-flag-own-post = Nie możesz zgłosić własnego wpisu.
discussion-have-already-flagged-post = Ten wpis został już przez ciebie zgłoszony.
not-found-discussion = Nie znaleziono dyskusji.
discussion-post-was-deleted = Ten wpis został usunięty.
discussion-post-already-hidden = Ten wpis jest już ukryty.
discussion-post-visible-has-no-open = Ten wpis jest widoczny i nie ma otwartych zgłoszeń.
discussion-only-members-can-read-neighbourhood = Tylko członkowie mogą czytać dyskusje tego sąsiedztwa.
not-found-post = Nie znaleziono wpisu.
idempotency-request-with-idempotency-key-still = Zapytanie z tym Idempotency-Key jest jeszcze obsługiwane; wyślij je za chwilę ponownie z tym samym kluczem.
issue-join-neighbourhood-good-standing-report = Dołącz do sąsiedztwa (i nie bądź zawieszony), aby wysłać zgłoszenie.
issue-that-issue-closed-report-as = Ta sprawa jest zamknięta; zgłoś to jako nowy problem.
issue-join-neighbourhood-support-its-issues = Dołącz do sąsiedztwa, aby wspierać jego sprawy.
issue-issue-no-longer-open = Ta sprawa nie jest już otwarta.
issue-only-neighbourhood-s-coordinators-its-2 = Tylko koordynatorzy sąsiedztwa i pracownicy instytucji zmieniają status sprawy.
issue-only-members-good-standing-can-2 = Tylko członkowie, którzy nie są zawieszeni, mogą powiedzieć, że problem nadal istnieje.
issue-only-people-affected-by-issue = Tylko osoby, których dotyczy ta sprawa, mogą powiedzieć, że problem nadal istnieje.
issue-only-issues-resolved-last-30 = Ponownie otworzyć można tylko sprawy rozwiązane w ciągu ostatnich 30 dni.
issue-only-neighbourhood-s-coordinators-its-3 = Tylko koordynatorzy sąsiedztwa i pracownicy instytucji łączą sprawy.
issue-merged-issues-cannot-merged-again = Połączonych spraw nie można łączyć ponownie; użyj sprawy, do której prowadzą.
issue-too-many-photos-are-being = Przetwarzamy teraz za dużo zdjęć; spróbuj za chwilę.
not-found-report = Nie znaleziono zgłoszenia.
issue-only-members-good-standing-can = Tylko członkowie, którzy nie są zawieszeni, mogą dodawać zdjęcia.
issue-only-person-who-made-report = Tylko osoba, która wysłała zgłoszenie, może dodać do niego zdjęcia.
issue-report-has-at-most-max =
    { $max ->
        [one] Zgłoszenie może mieć najwyżej { $max } zdjęcie.
        [few] Zgłoszenie może mieć najwyżej { $max } zdjęcia.
       *[other] Zgłoszenie może mieć najwyżej { $max } zdjęć.
    }
not-found-photo = Nie znaleziono zdjęcia.
issue-only-neighbourhood-s-coordinators-its = Tylko koordynatorzy sąsiedztwa i pracownicy instytucji umieszczają sprawy na mapie.
issue-issue-placed-already-its-point = Ta sprawa ma już miejsce: jej punkt to średnia z punktów jej zgłoszeń.
not-found-issue = Nie znaleziono sprawy.
not-found-invitation = Nie znaleziono zaproszenia.
neighbourhood-invitation-has-already-been-answered = Na to zaproszenie już odpowiedziano albo je wycofano.
neighbourhood-invitation-has-lapsed-ask-neighbourhood = To zaproszenie wygasło; poproś koordynatorów sąsiedztwa o nowe.
not-found-member = Nie znaleziono członka.
neighbourhood-request-join-already-waiting-coordinator = Twoja prośba o dołączenie już czeka na koordynatora.
neighbourhood-are-already-member-neighbourhood = Jesteś już członkiem tego sąsiedztwa.
neighbourhood-are-last-coordinator-make-another = Jesteś ostatnim koordynatorem: zanim odejdziesz, zrób koordynatorem innego członka.
neighbourhood-there-no-pending-request-from = Ta osoba nie ma oczekującej prośby.
neighbourhood-approve-request-before-changing-role = Najpierw zatwierdź prośbę, potem zmień rolę.
neighbourhood-neighbourhood-needs-at-least-one = Sąsiedztwo potrzebuje co najmniej jednego koordynatora: najpierw wyznacz innego.
neighbourhood-cannot-suspend-yourself = Nie możesz zawiesić samego siebie.
neighbourhood-pending-requests-are-rejected-not = Oczekujące prośby się odrzuca, a nie zawiesza.
neighbourhood-make-coordinator-member-before-suspending = Zanim zawiesisz tego koordynatora, zrób go zwykłym członkiem.
neighbourhood-member-not-suspended = Ten członek nie jest zawieszony.
neighbourhood-use-leave-leave-neighbourhood-yourself = Aby samemu opuścić sąsiedztwo, użyj opcji „opuść”.
neighbourhood-make-coordinator-member-before-removing = Zanim usuniesz tego koordynatora, zrób go zwykłym członkiem.
neighbourhood-invalid-neighbourhood = Nieprawidłowe sąsiedztwo.
neighbourhood-events-after-since-are-no = Zdarzenia po { $since } nie są już przechowywane; wczytaj sąsiedztwo ponownie (ostatni numer to { $latest_seq }).
not-found-notification = Nie znaleziono powiadomienia.
not-found-api-key = Nie znaleziono klucza API.
not-found-category = Nie znaleziono kategorii.
organisation-invalid-category = Nieprawidłowa kategoria.
organisation-organisation-already-has-category-with = Ta instytucja ma już kategorię z tym kodem.
not-found-neighbourhood = Nie znaleziono sąsiedztwa.
organisation-invalid-organisation = Nieprawidłowa instytucja.
organisation-that-person-already-staff = Ta osoba już jest pracownikiem instytucji.
not-found-staff-member = Nie znaleziono pracownika instytucji.
not-found-service-link = Nie znaleziono powiązania z instytucją.
task-join-neighbourhood-good-standing-claim = Dołącz do sąsiedztwa (i nie bądź zawieszony), aby zapisać się do zadania.
task-every-slot-task-taken = Wszystkie miejsca w tym zadaniu są zajęte.
task-have-already-claimed-task = Już zapisałeś się do tego zadania.
task-already-hold-open-claims-open =
    { $open_claims ->
        [one] Masz już { $open_claims } otwarty zapis; najpierw zakończ go albo zwolnij.
        [few] Masz już { $open_claims } otwarte zapisy; najpierw zakończ albo zwolnij jeden z nich.
       *[other] Masz już { $open_claims } otwartych zapisów; najpierw zakończ albo zwolnij jeden z nich.
    }
task-task-takes-no-claims = W tym zadaniu nie można się zapisać.
not-found-task = Nie znaleziono zadania.
task-join-neighbourhood-good-standing-propose = Dołącz do sąsiedztwa (i nie bądź zawieszony), aby zaproponować zadanie.
task-sign-see-tasks = Zaloguj się, aby zobaczyć swoje zadania.
task-finished-task-cannot-edited = Zakończonego zadania nie można edytować.
task-only-neighbourhood-s-coordinators-its = Tylko koordynatorzy sąsiedztwa i pracownicy instytucji mogą to zrobić.
task-only-proposed-task-can-approved = Zatwierdzić można tylko proponowane zadanie.
task-task-already-verified-cancelled = To zadanie jest już zweryfikowane albo anulowane.
task-suspended-members-cannot-do-until = Zawieszeni członkowie nie mogą tego zrobić, dopóki zawieszenie trwa.
task-hold-no-claim-task = Nie jesteś zapisany do tego zadania.
task-claim-scheduled-task-lasts-until = Zapis do zadania z terminem trwa do końca zadania; nie ma czego przedłużać.
not-found-claim = Nie znaleziono zapisu.
task-work-verified-by-coordinator-by = Pracę weryfikuje koordynator albo członek niezapisany do zadania, nigdy osoba, która ją wykonała.
task-only-work-marked-done-can = Zweryfikować lub odrzucić można tylko pracę oznaczoną jako wykonaną.
task-only-neighbourhood-s-members-verify = Tylko członkowie sąsiedztwa weryfikują pracę jego wolontariuszy.
request-request-body-larger-than-limit =
    { $limit ->
        [one] Treść zapytania przekracza limit { $limit } bajtu.
       *[other] Treść zapytania przekracza limit { $limit } bajtów.
    }
startup-send-body-as-json-with = Wyślij treść jako JSON z `Content-Type: application/json`.
startup-request-body-empty-json-object = Treść zapytania jest pusta; oczekiwany jest obiekt JSON.
support-cursor-not-one-list-produced = Ten kursor nie pochodzi z tej listy.
problem-record-not-found = Nie znaleziono tego, czego dotyczy zapytanie.
request-body-unreadable = Nie udało się odczytać treści zapytania: { $reason }
request-json-invalid = Treść JSON jest nieprawidłowa: { $reason }
request-path-invalid = Ścieżka adresu URL jest nieprawidłowa: { $reason } (identyfikatory to UUID).
request-query-invalid = Parametry zapytania są nieprawidłowe: { $reason }
request-no-such-route = Nie ma { $method } { $path }.
text-url-path-nul = Ścieżka adresu URL nie może zawierać znaków NUL (U+0000).
text-url-path-control = Ścieżka adresu URL nie może zawierać znaków sterujących (U+{ $code }); dozwolone są tylko końce wierszy i tabulatory.
text-url-path-noncharacter = Ścieżka adresu URL nie może zawierać niedozwolonego znaku U+{ $code }.
live-own-notifications-only = Możesz subskrybować tylko własne powiadomienia.
photo-upload-unreadable = Nie udało się odczytać przesłanego pliku: { $reason }
photo-upload-too-large = Zdjęcie może mieć najwyżej { $max } MiB.
discussion-suspended = Jesteś zawieszony w tym sąsiedztwie i nie możesz brać udziału w dyskusjach, dopóki zawieszenie trwa.
discussion-pending = Twoja prośba o dołączenie czeka na koordynatora; weźmiesz udział po jej zatwierdzeniu.
discussion-join-to-take-part = Dołącz do sąsiedztwa, aby brać udział w jego dyskusjach.
issue-join-to-support = Dołącz do sąsiedztwa, aby wspierać jego sprawy.
issue-members-only-still-a-problem = Tylko członkowie, którzy nie są zawieszeni, mogą powiedzieć, że problem nadal istnieje.
issue-already-status =
    Ta sprawa jest już { $status ->
        [open] otwarta
        [acknowledged] przyjęta
        [in_progress] w toku
        [resolved] rozwiązana
        [declined] odrzucona
        [duplicate] duplikatem
       *[other] { $status }
    }.
issue-status-cannot-change =
    Sprawy, która jest { $from ->
        [open] otwarta
        [acknowledged] przyjęta
        [in_progress] w toku
        [resolved] rozwiązana
        [declined] odrzucona
        [duplicate] duplikatem
       *[other] { $from }
    }, nie można oznaczyć jako { $to ->
        [open] otwartej
        [acknowledged] przyjętej
        [in_progress] w toku
        [resolved] rozwiązanej
        [declined] odrzuconej
        [duplicate] duplikatu
       *[other] { $to }
    }.
task-takes-no-claims =
    To zadanie jest { $status ->
        [proposed] proponowane
        [open] otwarte
        [staffed] obsadzone
        [in_progress] w toku
        [done] wykonane
        [verified] zweryfikowane
        [cancelled] anulowane
       *[other] { $status }
    } i nie można się do niego zapisać.
task-claim-cannot =
    Zapisu, który jest { $status ->
        [active] aktywny
        [checked_in] potwierdzony na miejscu
        [done] wykonany
        [verified] zweryfikowany
        [released] zwolniony
        [expired] wygasły
       *[other] { $status }
    }, nie można { $doing ->
        [release] zwolnić
        [extend] przedłużyć
        [check_in] potwierdzić na miejscu
       *[done] oznaczyć jako wykonanego (najpierw potwierdź obecność)
    }.
issue-join-to-report = Dołącz do sąsiedztwa (i nie bądź zawieszony), aby wysłać zgłoszenie.

# Zgłoszenia za sąsiada bez konta.
validation-assisted-consent = zapisz, że ta osoba zgadza się na twoje zgłoszenie w jej imieniu
validation-assisted-members-only = jest tylko dla zgłoszeń członków sąsiedztwa
validation-phone =
    { $max ->
        [one] musi być numerem telefonu o najwyżej { $max } znaku: cyfry, spacje i + ( ) - .
       *[other] musi być numerem telefonu o najwyżej { $max } znakach: cyfry, spacje i + ( ) - .
    }
not-found-assisted-report = nie znaleziono zgłoszenia w imieniu sąsiada
forbidden-erase-neighbour = Tylko koordynatorzy sąsiedztwa usuwają dane sąsiada.

# Obserwowanie sprawy przez e-mail: problemy z linkami.
follow-link-no-token = W tym linku brakuje kodu.
follow-link-expired = Ten link wygasł. Poproś jeszcze raz o obserwowanie sprawy.
follow-link-invalid = Ten link jest niepoprawny. Skopiuj cały link z e-maila.
follow-ended = To obserwowanie już się skończyło. Poproś jeszcze raz o obserwowanie sprawy.
follow-accepted = Jeśli ten adres może odbierać e-maile, wysłaliśmy na niego wiadomość z linkiem do potwierdzenia. Nic więcej nie wyślemy, dopóki link nie zostanie użyty.
