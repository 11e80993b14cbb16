# E-mail do osoby, która śledzi sprawę przez e-mail bez konta (domain::follow).
follow-hello = Dzień dobry,
follow-confirm-subject = Potwierdź, że chcesz śledzić sprawę: { $title }
follow-confirm-asked = Ktoś (może Ty) poprosił o e-maile, gdy zmieni się ta sprawa w Commonground: { $title }.
follow-confirm-how = Aby je dostawać, otwórz link poniżej i naciśnij „Potwierdź”. Jeśli to nie Ty, nic nie rób: bez potwierdzenia nic więcej nie wyślemy.
follow-confirm-link = Potwierdź
follow-update-subject = { $title }: teraz { $status }
follow-update-now = Sprawa, którą śledzisz, jest teraz: { $status }.
follow-update-note = Wiadomość od urzędu: { $note }
follow-merged = Ta sprawa została połączona z inną o tym samym problemie. Od teraz dostaniesz e-maile o tamtej sprawie.
follow-reopened = Sąsiad mówi, że problem nadal jest, więc sprawa jest znowu otwarta.
follow-see-issue = Zobacz sprawę
follow-unsubscribe = Dostajesz ten e-mail, bo śledzisz tę sprawę. Aby przestać, wypisz się:
follow-unsubscribe-link = Wypisz się
follow-status =
    { $status ->
        [open] otwarta
        [acknowledged] przyjęta przez urząd
        [in_progress] w trakcie naprawy
        [resolved] naprawiona
        [declined] odrzucona
       *[duplicate] połączona z inną sprawą
    }
follow-digest-subject =
    { $count ->
        [one] { $title }: 1 zmiana dzisiaj
        [few] { $title }: { $count } zmiany dzisiaj
       *[other] { $title }: { $count } zmian dzisiaj
    }
follow-digest-intro = Oto co zmieniło się w sprawie, którą śledzisz, od najstarszej zmiany.
follow-digest-how-often = Prosisz o najwyżej jeden e-mail dziennie. Na stronie poniżej możesz prosić o e-mail przy każdej zmianie albo je zatrzymać.
