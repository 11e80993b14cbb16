# Instytucje (features/organisations): spis, strona jednej instytucji i narzędzia jej
# pracowników (kategorie, klucze API Open311). Słowa: docs/glossary.md (instytucja,
# pracownik instytucji, sąsiedztwo, zgłoszenie).

## Organisations (spis)

org-list-title = Instytucje
org-list-intro = Instytucje publiczne, które działają tu z sąsiedztwami. Ich pracownicy zarządzają kategoriami zgłoszeń mieszkańców i kluczami API aplikacji, które wysyłają do nich zgłoszenia.
org-list-loading = Wczytywanie instytucji…
org-list-empty = Nie ma jeszcze żadnej instytucji.
org-list-showing = { $count ->
    [one] Widzisz { $count } instytucję.
    [few] Widzisz { $count } instytucje.
    [many] Widzisz { $count } instytucji.
   *[other] Widzisz { $count } instytucji.
}
org-list-showing-more = { $count ->
    [one] Widzisz { $count } instytucję. Jest ich więcej.
    [few] Widzisz { $count } instytucje. Jest ich więcej.
    [many] Widzisz { $count } instytucji. Jest ich więcej.
   *[other] Widzisz { $count } instytucji. Jest ich więcej.
}
org-serves = { $count ->
    [one] Obsługuje { $count } sąsiedztwo
    [few] Obsługuje { $count } sąsiedztwa
    [many] Obsługuje { $count } sąsiedztw
   *[other] Obsługuje { $count } sąsiedztwa
}
org-loading-more = Wczytywanie…
org-load-more = Pokaż więcej

## OrganisationPage

org-loading = Wczytywanie instytucji…
org-title = Instytucja
org-not-found-title = Nie ma takiej instytucji
org-not-found-body = Nie ma takiej instytucji. <link>Zobacz wszystkie instytucje</link>.
org-all = Wszystkie instytucje
org-no-description = Nie ma jeszcze opisu.
org-since = W Commonground od { $date }
org-service-nav-label = Zarządzanie sprawami
org-dashboard-link = Panel na żywo
org-triage-link = Kolejka do przejrzenia
org-checking-access = Sprawdzamy, czym możesz tu zarządzać…
org-served-heading = Obsługiwane sąsiedztwa
org-served-none = Nie obsługuje jeszcze żadnego sąsiedztwa w Commonground.
org-served-intro = Jej pracownicy są pracownikami instytucji w każdym z nich.
org-manage-heading = Zarządzanie tą instytucją
org-manage-sign-in = Jej pracownicy mogą tu zarządzać kategoriami i kluczami API. <link>Zaloguj się</link>, jeśli pracujesz w instytucji { $name }.
org-manage-not-staff = Nie jesteś w zespole instytucji { $name }.
org-manage-only-staff = Tylko jej pracownicy i administratorzy platformy mogą zobaczyć jej zespół, zmieniać jej kategorie i wydawać jej klucze API.
org-manage-ask-admin = Jeśli tam pracujesz, poproś administratora platformy, aby dodał cię do jej zespołu.

## StaffList

staff-heading = Zespół
staff-intro = Zarządzają jej kategoriami i kluczami API, a tam, gdzie działa, są pracownikami instytucji.
staff-loading = Wczytywanie zespołu…
staff-empty = Nie ma jeszcze nikogo w zespole.
staff-name-you = { $name } (ty)
staff-added = Dodano { $date }
staff-loading-more = Wczytywanie…
staff-load-more = Pokaż więcej osób z zespołu

## CategoryManager

category-heading = Kategorie
category-intro = Co mieszkańcy mogą zgłaszać instytucji { $name }. Aplikacje widzą je jako usługi Open311, a kod to kod usługi.
category-loading = Wczytywanie kategorii…
category-empty = Nie ma jeszcze kategorii.
category-saved = Zapisano zmiany w „{ $name }”.
category-added = Dodano kategorię „{ $name }”.
category-edit = Edytuj
# Nazwa przycisku dla czytników ekranu: widoczne słowo, potem kategoria.
category-edit-named = Edytuj ({ $name })
category-add = Dodaj kategorię
category-code = Kod <code>{ $code }</code>
category-group = Grupa: { $group }
category-no-target = Bez docelowego czasu
category-target = { $count ->
    [one] Cel: rozwiązać w ciągu { $count } dnia
    [few] Cel: rozwiązać w ciągu { $count } dni
    [many] Cel: rozwiązać w ciągu { $count } dni
   *[other] Cel: rozwiązać w ciągu { $count } dnia
}
category-keywords = Słowa kluczowe: { $keywords }
category-extra-questions = Dodatkowe pytania:
category-no-questions = Brak dodatkowych pytań.
# $type to rodzaj odpowiedzi (category-datatype-…); $required to "yes" albo "no".
category-question-details = ({ $type }, { $required ->
    [yes] obowiązkowe
   *[no] nieobowiązkowe
})
category-question-choices = : { $choices }

## CategoryForm

category-form-new-heading = Nowa kategoria
category-form-edit-heading = Edytuj „{ $name }”
category-form-code-fixed = (aplikacje używają go jako kodu usługi Open311, więc nie można go zmienić)
category-form-code-hint = Kod usługi Open311, którego używają aplikacje, np. pothole: od 1 do { $count } znaków spośród a–z, 0–9, _ i -. Później nie można go zmienić.
category-form-name-hint = To, co mieszkańcy wybierają przy zgłoszeniu, np. Dziura w jezdni. Od { $min } do { $count } znaków.
category-form-description-hint = Co należy do tej kategorii.
category-form-group-hint = Kategorie są ułożone w grupy, np. Drogi.
category-form-target-hint = Pełne dni, od 1 do { $count }.
category-form-target-hint-edit = Pełne dni, od 1 do { $count }. Zostaw puste, jeśli nie ma celu.
category-form-keywords-hint = Słowa, które pomagają ją znaleźć, oddzielone przecinkami. Najwyżej { $count }.
category-form-saving = Zapisywanie…
category-form-save = Zapisz zmiany
category-form-add = Dodaj kategorię
category-form-cancel = Anuluj

## QuestionEditor

category-questions-legend = Dodatkowe pytania (nieobowiązkowe)
category-questions-hint = Zadawane, gdy ktoś zgłasza problem w tej kategorii; aplikacje widzą je jako atrybuty Open311. Najwyżej { $count }.
category-add-question = Dodaj pytanie
category-question-legend = Pytanie { $number }
category-question-description-hint = Tak, jak zobaczą je zgłaszający, np. „Jak głęboka jest dziura, w centymetrach?”
category-question-code-hint = Litery, cyfry, _ lub -, np. depth.
category-question-order-hint = Pytania z mniejszym numerem są zadawane wcześniej.
category-question-help-hint = Pokazywana przy pytaniu, np. „Zmierz w najgłębszym miejscu.”
# Pozycja listy rodzajów odpowiedzi: rodzaj słowami, potem jego nazwa w Open311.
category-datatype-option = { $label } ({ $datatype })
category-remove-question = Usuń pytanie<hidden> (pytanie { $number })</hidden>
# Słowa w <hidden>…</hidden> czytają tylko czytniki ekranu.
category-choices-legend = Odpowiedzi do wyboru<hidden> w pytaniu { $number }</hidden>
category-choices-hint = Klucz to to, co wysyłają aplikacje (klucz Open311); nazwa to to, co widzą zgłaszający.
category-choice-key = Klucz odpowiedzi { $choice }
category-choice-name = Nazwa odpowiedzi { $choice }
category-remove-choice = Usuń odpowiedź<hidden> (odpowiedź { $choice } w pytaniu { $question })</hidden>
category-add-choice = Dodaj odpowiedź<hidden> do pytania { $number }</hidden>
category-field-error-prefix = Błąd:

## Pola kategorii: etykiety, rodzaje odpowiedzi i sprawdzenia przed wysłaniem

category-label-code = Kod
category-label-name = Nazwa
category-label-description = Opis (nieobowiązkowy)
category-label-group = Grupa (nieobowiązkowa)
category-label-keywords = Słowa kluczowe (nieobowiązkowe)
category-label-target-days = Docelowa liczba dni na rozwiązanie (nieobowiązkowa)
category-label-attributes = Dodatkowe pytania
category-question-label-description = Pytanie
category-question-label-datatype = Rodzaj odpowiedzi
category-question-label-required = Zgłaszający musi odpowiedzieć
category-question-label-help = Pomoc w odpowiedzi (nieobowiązkowa)
category-question-label-order = Kolejność
category-question-label-values = Odpowiedzi do wyboru
category-datatype-string = Krótki tekst
category-datatype-text = Długi tekst
category-datatype-number = Liczba
category-datatype-datetime = Data i godzina
category-datatype-singlevaluelist = Jedna odpowiedź z listy
category-datatype-multivaluelist = Dowolne odpowiedzi z listy
# Podsumowanie błędów nazywa pola pytania: "Pytanie 2: Kod".
category-summary-question-field = Pytanie { $question }: { $label }
category-summary-choice-key = Pytanie { $question }: klucz odpowiedzi { $choice }
category-summary-choice-name = Pytanie { $question }: nazwa odpowiedzi { $choice }
category-error-too-many-questions = { $count ->
    [one] Zadaj najwyżej { $count } pytanie.
    [few] Zadaj najwyżej { $count } pytania.
    [many] Zadaj najwyżej { $count } pytań.
   *[other] Zadaj najwyżej { $count } pytania.
}
category-error-question-code-missing = Wpisz kod pytania.
category-error-question-code-format = Użyj od 1 do { $count } liter, cyfr, _ lub -.
category-error-question-code-taken = Inne pytanie ma już ten kod.
category-error-question-missing = Wpisz pytanie, które zobaczą zgłaszający.
category-error-at-most-characters = { $count ->
    [one] Użyj najwyżej { $count } znaku.
    [few] Użyj najwyżej { $count } znaków.
    [many] Użyj najwyżej { $count } znaków.
   *[other] Użyj najwyżej { $count } znaku.
}
category-error-order = Wpisz kolejność jako liczbę całkowitą.
category-error-no-choices = Dodaj co najmniej jedną odpowiedź.
category-error-choice-key-missing = Wpisz klucz tej odpowiedzi.
category-error-choice-key-taken = Inna odpowiedź ma już ten klucz.
category-error-choice-name-missing = Wpisz nazwę, którą zobaczą zgłaszający.
category-error-code-missing = Wpisz kod, np. pothole.
category-error-code-format = Użyj od 1 do { $count } znaków: a–z, 0–9, _ i -.
category-error-name-length = Użyj od { $min } do { $count } znaków.
category-error-keywords = Użyj najwyżej { $count } słów kluczowych, każde najwyżej { $characters } znaków.
category-error-target-days = Wpisz liczbę całkowitą dni od 1 do { $count }.

## ApiKeyManager

apikey-heading = Klucze API Open311
apikey-intro = Aplikacje takie jak FixMyStreet wysyłają zgłoszenia do instytucji { $name } przez API Open311 GeoReport v2, każda z własnym kluczem. Unieważnij klucz, gdy tylko aplikacja ma przestać.
apikey-issue-heading = Wydaj klucz
apikey-name-label = Do czego jest klucz
apikey-name-hint = Aplikacja lub partner, który go używa, np. FixMyStreet. Od { $min } do { $count } znaków.
apikey-error-name-length = Użyj od { $min } do { $count } znaków.
apikey-issuing = Wydawanie…
apikey-issue = Wydaj klucz
apikey-new-heading = Nowy klucz API dla „{ $name }”
apikey-new-warning = <strong>Skopiuj ten klucz teraz: nie zobaczysz go ponownie.</strong> Commonground przechowuje tylko jego odcisk. Jeśli go zgubisz, unieważnij go i wydaj nowy.
apikey-new-label = Klucz API dla „{ $name }”
apikey-copy = Kopiuj klucz
apikey-copied = Skopiowano klucz do schowka.
apikey-copy-failed = Nie udało się skopiować automatycznie: klucz jest zaznaczony, naciśnij Ctrl+C (⌘C na Macu).
apikey-hide = Klucz skopiowany: ukryj go
apikey-list-heading = Klucze
apikey-loading = Wczytywanie kluczy…
apikey-empty = Nie ma jeszcze kluczy.
apikey-status-active = Aktywny
apikey-status-revoked = Unieważniony
apikey-starts-with = Zaczyna się od
apikey-created = Utworzony
apikey-last-used = Ostatnio użyty
apikey-never-used = Nigdy
apikey-revoked-on = Unieważniony
apikey-revoke = Unieważnij
# Nazwy przycisków dla czytników ekranu: widoczne słowa, potem nazwa klucza.
apikey-revoke-named = Unieważnij ({ $name })
apikey-revoke-confirm = Unieważnić „{ $name }”? Aplikacje, które go używają, zostaną od razu odrzucone. Tego nie można cofnąć.
apikey-revoke-yes = Tak, unieważnij
apikey-revoke-yes-named = Tak, unieważnij ({ $name })
apikey-revoking = Unieważnianie…
apikey-revoking-named = Unieważnianie… ({ $name })
apikey-keep = Zostaw go
apikey-keep-named = Zostaw go ({ $name })
apikey-revoked = Unieważniono klucz „{ $name }”: prośby z tym kluczem są od teraz odrzucane.
