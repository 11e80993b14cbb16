# Dyskusje: wątki, wpisy i ich moderowanie.

## logic.ts: sprawdzanie i liczby

post-error-empty = Najpierw coś napisz.
post-error-too-long = Zmieść się w { $max } znakach.
thread-error-title-length = Nadaj wątkowi tytuł o długości od { $min } do { $max } znaków.
moderation-error-reason-empty = Napisz dlaczego, żeby koordynatorzy mogli zdecydować.
moderation-error-reason-too-long = Powód może mieć najwyżej { $max } znaków.
post-new-count =
    { $count ->
        [one] { $count } nowy wpis
        [few] { $count } nowe wpisy
        [many] { $count } nowych wpisów
       *[other] { $count } nowego wpisu
    }
post-unread-count =
    { $count ->
        [one] { $count } nieprzeczytany wpis
        [few] { $count } nieprzeczytane wpisy
        [many] { $count } nieprzeczytanych wpisów
       *[other] { $count } nieprzeczytanego wpisu
    }

## logic.ts: dziennik moderowania, jedna linia na działanie

moderation-log-a-coordinator = Koordynator
moderation-log-post-hidden =
    { $hasUser ->
        [yes] { $actor }: ukrycie wpisu (autor: { $user })
       *[no] { $actor }: ukrycie wpisu
    }
moderation-log-post-auto-hidden =
    { $hasUser ->
        [yes] Wpis został ukryty automatycznie po zgłoszeniach (autor: { $user })
       *[no] Wpis został ukryty automatycznie po zgłoszeniach
    }
moderation-log-post-restored =
    { $hasUser ->
        [yes] { $actor }: przywrócenie wpisu (autor: { $user })
       *[no] { $actor }: przywrócenie wpisu
    }
moderation-log-flags-dismissed =
    { $hasUser ->
        [yes] { $actor }: odrzucenie zgłoszeń wpisu (autor: { $user })
       *[no] { $actor }: odrzucenie zgłoszeń wpisu
    }
moderation-log-post-deleted =
    { $hasUser ->
        [yes] { $actor }: usunięcie wpisu (autor: { $user })
       *[no] { $actor }: usunięcie wpisu
    }
moderation-log-thread-locked = { $actor }: zamknięcie wątku
moderation-log-thread-unlocked = { $actor }: otwarcie wątku
moderation-log-thread-pinned = { $actor }: przypięcie wątku
moderation-log-thread-unpinned = { $actor }: odpięcie wątku
moderation-log-member-suspended =
    { $hasUser ->
        [yes] { $actor }: zawieszenie osoby { $user }
       *[no] { $actor }: zawieszenie członka sąsiedztwa
    }
moderation-log-member-reinstated =
    { $hasUser ->
        [yes] { $actor }: przywrócenie osoby { $user }
       *[no] { $actor }: przywrócenie członka sąsiedztwa
    }
moderation-log-neighbour-details-erased =
    { $hasUser ->
        [yes] { $actor }: usunięcie danych sąsiada, za którego zgłaszała osoba { $user }
       *[no] { $actor }: usunięcie danych sąsiada, za którego zgłaszał członek sąsiedztwa
    }
moderation-log-member-removed =
    { $hasUser ->
        [yes] { $actor }: usunięcie osoby { $user }
       *[no] { $actor }: usunięcie członka sąsiedztwa
    }
# Działanie, którego ta wersja nie zna: jego nazwa z serwera.
moderation-log-other = { $actor }: { $action }

## DiscussionPanel: dyskusja o sprawie lub zadaniu

thread-discussion-heading = Dyskusja
thread-start-issue-discussion = Zacznij dyskusję o tej sprawie
thread-start-task-discussion = Zacznij dyskusję o tym zadaniu
thread-discussion-none = Nie ma jeszcze dyskusji. Członkowie sąsiedztwa mogą ją zacząć.

## ThreadsPage: wątki sąsiedztwa

thread-subject-issue = Dyskusja o sprawie
thread-subject-task = Dyskusja o zadaniu
thread-pinned = Przypięty
thread-locked = Zamknięty
thread-post-count =
    { $count ->
        [one] { $count } wpis
        [few] { $count } wpisy
        [many] { $count } wpisów
       *[other] { $count } wpisu
    }
thread-last-activity = ostatnio aktywny <time>{ $age }</time>
thread-started-by = założony przez { $name }
thread-list-title = Dyskusje
thread-list-title-in = Dyskusje · { $name }
thread-back-to = Wróć do: { $name }
moderation-link = Moderowanie
thread-list-heading = Wątki
thread-list-loading = Wczytujemy wątki…
thread-list-empty = Nie ma jeszcze wątków. Zacznij pierwszy.
thread-list-more = Więcej wątków
thread-new-heading = Zacznij wątek
thread-new-sign-in = <link>Zaloguj się</link>, żeby zacząć wątek.
thread-new-members-only = Wątki mogą zaczynać członkowie sąsiedztwa, którzy nie są zawieszeni.
thread-new-title-label = Tytuł
thread-new-first-post = Pierwszy wpis
thread-new-submit = Zacznij wątek

## ThreadPage: jeden wątek, zamykanie i przypinanie

moderation-thread-heading = Moderuj ten wątek
moderation-thread-reason = Powód (zapisany w dzienniku moderowania; potrzebny, żeby zamknąć)
moderation-thread-lock = Zamknij
moderation-thread-unlock = Otwórz
moderation-thread-pin = Przypnij
moderation-thread-unpin = Odepnij
moderation-thread-locked = Wątek zamknięty.
moderation-thread-unlocked = Wątek otwarty.
moderation-thread-pinned = Wątek przypięty.
moderation-thread-unpinned = Wątek odpięty.
thread-not-found-title = Nie znaleziono wątku
thread-title = Wątek
thread-loading-title = Wczytujemy wątek…
thread-not-found = Ten wątek nie istnieje albo nie możesz go zobaczyć.
thread-all-threads = Wszystkie wątki
thread-the-issue = Sprawa
thread-the-task = Zadanie

## Composer: pisanie wpisu

post-composer-hint = Wklejone linki działają. Wpisz @ i imię, żeby wspomnieć sąsiada; „Podgląd” pokazuje, jak to będzie wyglądać.
post-composer-error-prefix = Błąd:{" "}
post-composer-mention-list = Sąsiedzi do wspomnienia
post-composer-preview-label = Podgląd
post-composer-preview = Podgląd
post-composer-keep-writing = Pisz dalej
post-cancel = Anuluj
post-submit = Wyślij

## PostItem: jeden wpis

post-former-member = Były członek
post-deleted = #{ $seq } · Ten wpis został usunięty.
post-replying-to = w odpowiedzi dla: { $name }
post-edited = edytowany
post-flag-count =
    { $count ->
        [one] { $count } zgłoszenie
        [few] { $count } zgłoszenia
        [many] { $count } zgłoszeń
       *[other] { $count } zgłoszenia
    }
post-hidden-under-review = Ten wpis jest ukryty, dopóki koordynatorzy go nie sprawdzą.
post-hidden-from-others = Ukryty przed innymi: { $reason }
post-hidden-awaiting-review = Ukryty przed innymi: czeka na sprawdzenie
post-edit-label = Popraw swój wpis
post-save = Zapisz
post-reactions = Reakcje
post-reaction-hidden = reakcja na wpis, autor: { $author }
post-reply = Odpowiedz
post-reply-hidden = osobie { $author }
post-reply-label = Odpowiedz: { $author }
post-edit = Popraw
post-edit-hidden = swój wpis
post-delete = Usuń
post-delete-confirm = Usunąć ten wpis? Jego tekst zniknie na zawsze.
post-by-hidden = wpis, autor: { $author }
post-on-hidden = we wpisie, autor: { $author }
post-flag = Zgłoś
post-flagged-by-you = Ten wpis został przez ciebie zgłoszony.
post-flag-reason = Dlaczego koordynatorzy mają na to spojrzeć?
moderation-hide = Ukryj
moderation-hide-reason = Dlaczego go ukryć? (autor się o tym dowie)
moderation-restore = Przywróć
moderation-dismiss-flags = Odrzuć zgłoszenia
post-earlier-versions = Wcześniejsze wersje
post-earlier-versions-count = Wcześniejsze wersje ({ $count })
post-written = Napisany <time>{ $age }</time>

## ThreadPosts: wpisy wątku

post-list-label = Wpisy
post-list-loading = Wczytujemy wpisy…
post-list-more = Pokaż więcej wpisów
post-add-label = Dodaj wpis
post-thread-locked = Ten wątek jest zamknięty: nie można dodawać wpisów.
post-members-only = Tu mogą pisać członkowie sąsiedztwa, którzy nie są zawieszeni.
post-sign-in-to-post = Zaloguj się jako członek sąsiedztwa, żeby tu pisać.

## ModerationPage: kolejka i dziennik koordynatorów

moderation-post-by = Wpis, autor: { $author }
moderation-post-hidden = Ukryty
moderation-post-visible = Widoczny
moderation-flags = Zgłoszenia
moderation-a-member = Członek sąsiedztwa
moderation-flag-line = { $name }: „{ $reason }”
moderation-decision-reason = Powód twojej decyzji (autor się o nim dowie)
moderation-keep-hidden = Zostaw ukryty
moderation-hidden-done = Ukryto wpis, autor: { $author }.
moderation-restored-done = Przywrócono wpis, autor: { $author }.
moderation-dismissed-done = Zgłoszenia odrzucone.
moderation-title = Moderowanie
moderation-title-in = Moderowanie · { $name }
moderation-queue-heading = Czeka na decyzję
moderation-loading = Wczytujemy…
moderation-queue-empty = Nic nie czeka. Dziękujemy.
moderation-queue-more = Więcej
moderation-log-heading = Dziennik moderowania
moderation-log-line = <time>{ $age }</time>: { $what }
moderation-log-line-reason = <time>{ $age }</time>: { $what } — „{ $reason }”
moderation-log-older = Starsze wpisy dziennika
