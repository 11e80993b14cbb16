# Powiadomienia: wiersz w e-mailu (i temat e-maila wysłanego od razu) oraz co oznacza.
notice-issue-status-changed =
    Sprawa „{ $title }” jest teraz { $status ->
        [open] otwarta
        [acknowledged] przyjęta
        [in_progress] w toku
        [resolved] rozwiązana
        [declined] odrzucona
        [duplicate] duplikatem
       *[other] { $status }
    }: { $note }
notice-issue-status-changed-untitled =
    Sprawa, którą wspierasz, jest teraz { $status ->
        [open] otwarta
        [acknowledged] przyjęta
        [in_progress] w toku
        [resolved] rozwiązana
        [declined] odrzucona
        [duplicate] duplikatem
       *[other] { $status }
    }: { $note }
notice-assisted-issue-status-changed =
    Sprawa „{ $title }”, zgłoszona przez ciebie za { $named ->
        [yes] { $neighbours }
       *[no] sąsiada
    }, jest teraz { $status ->
        [open] otwarta
        [acknowledged] przyjęta
        [in_progress] w toku
        [resolved] rozwiązana
        [declined] odrzucona
        [duplicate] oznaczona jako duplikat
       *[other] w stanie { $status }
    }: { $note }
notice-issue-merged = Sprawa, którą wspierasz, została połączona z inną
notice-issue-merged-at = Sprawa, którą wspierasz ({ $place }), została połączona z inną
notice-issue-reopened = Sprawa została ponownie otwarta: { $note }
notice-issue-reopened-at = Sprawa ({ $place }) została ponownie otwarta: { $note }
notice-invitation-received = Zaproszono cię do sąsiedztwa; przyjmij albo odrzuć zaproszenie
notice-membership-added = Dodano cię jako członka
notice-membership-approved = Twoja prośba o dołączenie została zatwierdzona
notice-membership-rejected = Twoja prośba o dołączenie została odrzucona
notice-role-changed =
    Twoja rola to teraz { $role ->
        [member] członek
        [coordinator] koordynator
       *[other] { $role }
    }
notice-suspended = Twoje członkostwo zostało zawieszone
notice-reinstated = Twoje członkostwo zostało przywrócone
notice-removed = Usunięto cię z sąsiedztwa
notice-task-lease-expiring = Twój zapis do zadania „{ $task }” wkrótce wygaśnie; potwierdź obecność
notice-task-lease-expired = Twój zapis do zadania „{ $task }” wygasł
notice-task-cancelled = Zadanie „{ $task }” zostało anulowane: { $reason }
notice-task-work-verified = Twoja praca przy zadaniu „{ $task }” została zweryfikowana
notice-task-work-rejected = Twoja praca przy zadaniu „{ $task }” nie została zweryfikowana
notice-mentioned = { $by } wspomina o tobie w dyskusji
notice-reply = { $by } odpowiada na twój wpis
notice-post-hidden-automatically = Twój wpis został ukryty po zgłoszeniach członków; koordynator go sprawdzi
notice-post-hidden = Koordynator ukrył twój wpis: { $reason }
notice-post-restored-why = Twój wpis znowu jest widoczny: { $reason }
notice-post-restored = Twój wpis znowu jest widoczny
notice-post-flagged = Wpis zgłoszono do sprawdzenia: { $reason }
notice-in-place = { $line } ({ $place })

notice-detail-issue-status-changed = Na stronie sprawy jest cała jej historia.
notice-detail-assisted-issue-status-changed = Ta osoba nie ma konta, więc dowie się tego od ciebie: przekaż jej, proszę, tę wiadomość.
notice-detail-issue-merged = Twoje wsparcie liczy się teraz dla sprawy, z którą ją połączono.
notice-detail-issue-reopened = Trzeba się nią znowu zająć.
notice-detail-invitation-received = Otwórz swoje zaproszenia, aby przyjąć albo odrzucić.
notice-detail-membership-added = Możesz teraz brać udział w życiu sąsiedztwa.
notice-detail-membership-rejected = Możesz zapytać koordynatora o powód.
notice-detail-role-changed = Zmieniło się to, co możesz tam robić.
notice-detail-suspended = Do końca zawieszenia możesz czytać, ale nie możesz brać udziału.
notice-detail-reinstated = Możesz znowu brać udział.
notice-detail-removed = Nie bierzesz już udziału w życiu sąsiedztwa.
notice-detail-task-lease-expiring = Potwierdź obecność albo przedłuż zapis, inaczej miejsce wróci do innych.
notice-detail-task-lease-expired = Miejsce jest znowu wolne dla kogoś innego.
notice-detail-task-cancelled = Twój zapis do tego zadania się zakończył.
notice-detail-task-work-verified = Twoje godziny liczą się do godzin pomocy sąsiedztwa.
notice-detail-task-work-rejected = Zobacz, czego brakuje, i znowu zgłoś wykonanie.
notice-detail-mentioned = Otwórz dyskusję, aby przeczytać wpis.
notice-detail-reply = Otwórz dyskusję, aby przeczytać odpowiedź.
notice-detail-post-hidden = Teraz mogą go czytać tylko ty i koordynatorzy.
notice-detail-post-restored = Wszyscy mogą go znowu czytać.
notice-detail-post-flagged = Otwórz kolejkę moderacji, aby zostawić wpis albo go ukryć; o każdym wpisie dostajesz jedną wiadomość.

mail-digest-subject =
    { $count ->
        [one] Commonground: { $count } nowe powiadomienie
        [few] Commonground: { $count } nowe powiadomienia
       *[other] Commonground: { $count } nowych powiadomień
    }
mail-greeting = Cześć, { $name }!
mail-inbox = Twoje powiadomienia
mail-change-preferences = Zmień, co dostajesz

# E-maile o kontach i zaproszeniach.
mail-hello = Dzień dobry,
mail-invitation-subject = Zaproszenie do sąsiedztwa { $neighbourhood } w Commonground
mail-invitation-body = Koordynator sąsiedztwa { $neighbourhood } zaprasza ten adres do sąsiedztwa w Commonground.
mail-invitation-next = Nic się nie stanie, jeśli nie przyjmiesz zaproszenia. Zaloguj się (albo załóż konto z tym adresem), żeby je przyjąć lub odrzucić; zaproszenie wygasa po 14 dniach. Jeśli się go nie spodziewasz, zignoruj tę wiadomość.
mail-invitation-link = Zobacz swoje zaproszenia
mail-registration-attempt-subject = Ktoś próbował założyć konto w Commonground z twoim adresem
mail-registration-attempt-body = Ktoś próbował założyć nowe konto w Commonground z tym adresem e-mail, który ma już konto. Nowe konto nie powstało.
mail-registration-attempt-next = Jeśli to ty, zaloguj się na swoje konto. Jeśli to nie ty, nic nie musisz robić: twoje konto się nie zmieniło.
mail-registration-attempt-link = Zaloguj się
