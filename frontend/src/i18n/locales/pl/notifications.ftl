# Powiadomienia: co mówi każdy rodzaj, dzwonek, skrzynka i ustawienia.

## notices.ts: jedno zdanie na rodzaj.

notif-a-neighbour = Sąsiad
notif-link-issue = Zobacz sprawę
notif-link-task = Zobacz zadanie
notif-link-thread = Otwórz wątek
notif-link-neighbourhood = Zobacz sąsiedztwo
notif-link-invitations = Zobacz swoje zaproszenia
notif-link-moderation = Otwórz kolejkę moderowania
notif-issue-status-changed =
    { $titled ->
        [yes] Sprawa „{ $issueTitle }”
       *[no] Wspierana przez ciebie sprawa
    }{ $inPlace ->
        [yes] {" "}w sąsiedztwie { $where }
       *[no] {""}
    } { $status ->
        [open] jest teraz otwarta
        [acknowledged] jest teraz przyjęta
        [in_progress] jest teraz w toku
        [resolved] jest teraz rozwiązana
        [declined] jest teraz odrzucona
        [duplicate] jest teraz oznaczona jako duplikat
       *[other] została zaktualizowana
    }.{ $hasNote ->
        [yes] {" "}Instytucja pisze: „{ $note }”
       *[no] {""}
    }
notif-assisted-issue-status-changed =
    { $titled ->
        [yes] Sprawa „{ $issueTitle }”
       *[no] Sprawa zgłoszona przez ciebie za sąsiada
    }{ $inPlace ->
        [yes] {" "}w sąsiedztwie { $where }
       *[no] {""}
    } { $status ->
        [open] jest teraz otwarta
        [acknowledged] jest teraz przyjęta
        [in_progress] jest teraz w toku
        [resolved] jest teraz rozwiązana
        [declined] jest teraz odrzucona
        [duplicate] jest teraz oznaczona jako duplikat
       *[other] została zaktualizowana
    }.{ $hasNote ->
        [yes] {" "}Instytucja pisze: „{ $note }”
       *[no] {""}
    } Przekaż to, proszę: { $named ->
        [yes] { $neighbours }
       *[no] sąsiad, za którego zgłaszasz
    } nie ma konta, więc dowie się tego od ciebie.
notif-issue-merged =
    Sprawa, którą wspierasz{ $atPlace ->
        [yes] {" "}({ $place })
       *[no] {""}
    }{ $inPlace ->
        [yes] {" "}w sąsiedztwie { $where }
       *[no] {""}
    }, została połączona z innym zgłoszeniem tego samego problemu; twoje wsparcie przeszło razem z nią.
notif-issue-reopened =
    Sąsiedzi mówią, że rozwiązana sprawa{ $atPlace ->
        [yes] {" "}({ $place })
       *[no] {""}
    }{ $inPlace ->
        [yes] {" "}w sąsiedztwie { $where }
       *[no] {""}
    } nadal jest problemem; znów jest otwarta.
notif-invitation-received =
    { $inPlace ->
        [yes] Zaproszono cię do sąsiedztwa { $where }. Przyjmij albo odrzuć zaproszenie.
       *[no] Zaproszono cię do sąsiedztwa. Przyjmij albo odrzuć zaproszenie.
    }
notif-membership-added =
    { $inPlace ->
        [yes] Dodano cię do sąsiedztwa { $where }.
       *[no] Dodano cię do sąsiedztwa.
    }
notif-membership-approved =
    { $inPlace ->
        [yes] Twoja prośba o dołączenie do sąsiedztwa { $where } została przyjęta. Witaj!
       *[no] Twoja prośba o dołączenie do sąsiedztwa została przyjęta. Witaj!
    }
notif-membership-rejected =
    { $inPlace ->
        [yes] Twoja prośba o dołączenie do sąsiedztwa { $where } została odrzucona.
       *[no] Twoja prośba o dołączenie do sąsiedztwa została odrzucona.
    }
notif-role-changed =
    { $inPlace ->
        [yes]
            { $role ->
                [coordinator] Od teraz masz rolę koordynatora w sąsiedztwie { $where }.
               *[other] Od teraz masz rolę członka w sąsiedztwie { $where }.
            }
       *[no]
            { $role ->
                [coordinator] Od teraz masz rolę koordynatora.
               *[other] Od teraz masz rolę członka.
            }
    }
notif-suspended =
    Twoje członkostwo{ $inPlace ->
        [yes] {" "}w sąsiedztwie { $where }
       *[no] {""}
    } jest zawieszone{ $hasReason ->
        [yes] : { $reason }
       *[no] .
    }
notif-reinstated =
    { $inPlace ->
        [yes] Twoje członkostwo w sąsiedztwie { $where } znów jest aktywne.
       *[no] Twoje członkostwo znów jest aktywne.
    }
notif-removed =
    { $inPlace ->
        [yes] Usunięto cię z sąsiedztwa { $where }.
       *[no] Usunięto cię z sąsiedztwa.
    }
notif-task-lease-expiring =
    Twoje miejsce w zadaniu{ $task ->
        [titled] {" "}„{ $title }”
        [where] {" "}w sąsiedztwie { $where }
       *[none] {""}
    } { $state ->
        [in] wygasa za { $left }
        [expired] już wygasło
       *[soon] wkrótce wygaśnie
    }. Przedłuż je, bo inaczej zostanie zwolnione.
notif-task-lease-expired =
    Czas na twoje miejsce w zadaniu{ $task ->
        [titled] {" "}„{ $title }”
        [where] {" "}w sąsiedztwie { $where }
       *[none] {""}
    } minął, więc miejsce zostało zwolnione.
notif-task-cancelled =
    { $task ->
        [titled] Zadanie „{ $title }”, w którym masz miejsce,
        [where] Zadanie w sąsiedztwie { $where }, w którym masz miejsce,
       *[none] Zadanie, w którym masz miejsce,
    } zostało odwołane{ $hasReason ->
        [yes] : { $reason }
       *[no] .
    }
notif-task-work-verified =
    Twoje godziny pomocy przy zadaniu{ $task ->
        [titled] {" "}„{ $title }”
        [where] {" "}w sąsiedztwie { $where }
       *[none] {""}
    } zostały potwierdzone. Dziękujemy.
notif-task-work-rejected =
    Twoja praca przy zadaniu{ $task ->
        [titled] {" "}„{ $title }”
        [where] {" "}w sąsiedztwie { $where }
       *[none] {""}
    } wraca do poprawy{ $hasReason ->
        [yes] : { $reason }
       *[no] .
    } Popraw ją i znów oznacz zadanie jako zrobione.
notif-mentioned =
    { $inPlace ->
        [yes] { $by } wspomina o tobie w sąsiedztwie { $where }.
       *[no] { $by } wspomina o tobie.
    }
notif-reply =
    { $inPlace ->
        [yes] { $by } odpowiada na twój wpis w sąsiedztwie { $where }.
       *[no] { $by } odpowiada na twój wpis.
    }
notif-post-hidden =
    Twój wpis{ $inPlace ->
        [yes] {" "}w sąsiedztwie { $where }
       *[no] {""}
    } został ukryty{ $hasReason ->
        [yes] : { $reason }
       *[no] .
    }
notif-post-restored =
    { $inPlace ->
        [yes] Twój wpis w sąsiedztwie { $where } został przywrócony.
       *[no] Twój wpis został przywrócony.
    }
notif-post-flagged =
    Wpis{ $inPlace ->
        [yes] {" "}w sąsiedztwie { $where }
       *[no] {""}
    } został zgłoszony do sprawdzenia{ $hasReason ->
        [yes] : { $reason }
       *[no] .
    }
notif-other-kind =
    { $inPlace ->
        [yes] { $kind } (sąsiedztwo { $where }).
       *[no] { $kind }.
    }
notif-kind-unnamed = Powiadomienie

## notices.ts: co można wyciszyć w ustawieniach

notif-mute-kind-issue-status-changed = Zmiany stanu spraw, które wspieram
notif-mute-kind-assisted-issue-status-changed = Zmiany stanu spraw, które zgłosiłem za sąsiada
notif-mute-kind-issue-merged = Sprawy, które wspieram, połączone z inną sprawą
notif-mute-kind-issue-reopened = Ponownie otwarte sprawy (koordynatorzy i pracownicy instytucji)
notif-mute-kind-task-lease-expiring = Moje miejsca w zadaniach, które zaraz wygasną
notif-mute-kind-task-lease-expired = Moje zwolnione miejsca w zadaniach
notif-mute-kind-task-cancelled = Odwołane zadania, w których mam miejsce
notif-mute-kind-task-work-verified = Potwierdzone moje godziny pomocy
notif-mute-kind-task-work-rejected = Moja praca wolontariusza odesłana do poprawy
notif-mute-kind-mentioned = Wspomnienia o mnie w dyskusjach
notif-mute-kind-reply = Odpowiedzi na moje wpisy
notif-mute-kind-role-changed = Zmiany mojej roli w sąsiedztwie
notif-mute-kind-post-flagged = Wpisy zgłoszone do sprawdzenia (koordynatorzy)

## notices.ts: wyciszona rzecz

notif-subject =
    { $kind ->
        [issue] Sprawa
        [task] Zadanie
        [thread] Wątek
       *[other] { $subject }
    }

## NotificationBell i NotificationBanner

notif-bell = Powiadomienia
notif-bell-unread =
    { $count ->
        [one] Powiadomienia, { $count } nieprzeczytane
        [few] Powiadomienia, { $count } nieprzeczytane
        [many] Powiadomienia, { $count } nieprzeczytanych
       *[other] Powiadomienia, { $count } nieprzeczytanego
    }
notif-dismiss = Zamknij
notif-dismiss-hidden = to powiadomienie

## NotificationsPage: skrzynka

notif-title = Powiadomienia
notif-loading = Wczytujemy…
notif-sign-in = <link>Zaloguj się</link>, żeby zobaczyć swoje powiadomienia.
notif-tabs = Powiadomienia
notif-tab-all = Wszystkie
notif-tab-unread = Nieprzeczytane
notif-tab-settings = Ustawienia
notif-mark-all-read = Oznacz wszystkie jako przeczytane
notif-list-label = Twoje powiadomienia
notif-all-caught-up = Wszystko przeczytane.
notif-none-yet = Nie masz jeszcze powiadomień.
notif-unread-prefix = Nieprzeczytane:{" "}
notif-muted = Wyciszone
notif-mark-read = Oznacz jako przeczytane
notif-about-hidden = : { $text }
notif-marked-read = Oznaczono jako przeczytane.
notif-nothing-unread = Nie było nic nieprzeczytanego.
notif-marked-all =
    { $count ->
        [one] Oznaczono { $count } powiadomienie jako przeczytane.
        [few] Oznaczono { $count } powiadomienia jako przeczytane.
        [many] Oznaczono { $count } powiadomień jako przeczytane.
       *[other] Oznaczono { $count } powiadomienia jako przeczytane.
    }
notif-mute-subject =
    { $kind ->
        [issue] Wycisz sprawę
        [task] Wycisz zadanie
        [thread] Wycisz wątek
       *[other] Wycisz: { $subject }
    }
notif-muted-done =
    { $kind ->
        [issue] Wyciszono. Ta sprawa nie będzie ci już przeszkadzać; zmienisz to w ustawieniach powiadomień.
        [task] Wyciszono. To zadanie nie będzie ci już przeszkadzać; zmienisz to w ustawieniach powiadomień.
        [thread] Wyciszono. Ten wątek nie będzie ci już przeszkadzać; zmienisz to w ustawieniach powiadomień.
       *[other] Wyciszono. { $subject } nie będzie ci już przeszkadzać; zmienisz to w ustawieniach powiadomień.
    }

## NotificationPreferencesPage: ustawienia

notif-prefs-title = Ustawienia powiadomień
notif-prefs-sign-in = <link>Zaloguj się</link>, żeby zmienić ustawienia powiadomień.
notif-prefs-back = Wróć do swoich powiadomień
notif-prefs-mute-legend = Wycisz te rodzaje
notif-prefs-mute-hint = Wyciszone powiadomienia nadal trafiają do skrzynki, już jako przeczytane, ale nigdy nie włączają dzwonka ani nie wysyłają e-maila.
notif-prefs-email-legend = E-mail
notif-prefs-email-unavailable = Ten serwer na razie nie wysyła e-maili.
notif-email-off = Bez e-maili
notif-email-immediate = E-mail przy każdym powiadomieniu
notif-email-daily = Jeden e-mail dziennie z tym, co jest jeszcze nieprzeczytane
notif-save = Zapisz
notif-saving = Zapisujemy…
notif-saved = Zapisano.
notif-prefs-muted-heading = Wyciszone sprawy, zadania i dyskusje
notif-prefs-muted-none = Brak. Możesz coś wyciszyć z powiadomienia w skrzynce.
notif-unmute = Włącz powiadomienia
notif-unmute-hidden =
    { $kind ->
        [issue] o sprawie
        [task] o zadaniu
        [thread] o wątku
       *[other] { $subject }
    }
notif-unmuted-done =
    { $kind ->
        [issue] Sprawa nie jest już wyciszona.
        [task] Zadanie nie jest już wyciszone.
        [thread] Wątek nie jest już wyciszony.
       *[other] { $subject } nie jest już wyciszone.
    }
