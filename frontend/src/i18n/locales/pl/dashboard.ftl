# Pulpit i kolejka spraw dla pracowników instytucji (proste, ale dokładne słowa).

## logic.ts: czas trwania

dash-duration-minutes = { $minutes } min
dash-duration-hours = { $hours } godz.
dash-duration-days =
    { $count ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }

## DashboardPage

dash-title = Pulpit
dash-organisation = Instytucja
dash-forbidden = Pulpit instytucji widzą tylko jej pracownicy.
dash-loading = Wczytujemy dane…
dash-live = Na żywo: dane zmieniają się z każdą zmianą.
dash-sign-in-for-live = Zaloguj się, żeby widzieć dane na żywo.
dash-scope =
    Dane z { $count ->
        [one] { $count } sąsiedztwa
        [few] { $count } sąsiedztw
        [many] { $count } sąsiedztw
       *[other] { $count } sąsiedztwa
    }; czasy reakcji i łączenie zgłoszeń z { $days ->
        [one] ostatniego { $days } dnia
        [few] ostatnich { $days } dni
        [many] ostatnich { $days } dni
       *[other] ostatnich { $days } dnia
    }.
dash-now-heading = Teraz
dash-tile-open = Otwarte sprawy
dash-tile-open-detail =
    { $open ->
        [one] { $open } nowa
        [few] { $open } nowe
        [many] { $open } nowych
       *[other] { $open } nowej
    }, { $acknowledged ->
        [one] { $acknowledged } przyjęta
        [few] { $acknowledged } przyjęte
        [many] { $acknowledged } przyjętych
       *[other] { $acknowledged } przyjętej
    }, { $inProgress } w toku
dash-tile-new-today = Nowe dzisiaj
dash-tile-this-week = { $count } w tym tygodniu
dash-tile-past-target = Po terminie
dash-tile-time-to-acknowledge = Czas do przyjęcia
dash-tile-time-to-resolve = Czas do rozwiązania
dash-tile-median = mediana; 90% w ciągu { $p90 }
dash-tile-duplicate-work = Zaoszczędzona podwójna praca
dash-tile-pooling =
    { $reports ->
        [one] { $reports } zgłoszenie połączone
        [few] { $reports } zgłoszenia połączone
        [many] { $reports } zgłoszeń połączonych
       *[other] { $reports } zgłoszenia połączonego
    } w { $issues ->
        [one] { $issues } sprawę
        [few] { $issues } sprawy
        [many] { $issues } spraw
       *[other] { $issues } sprawy
    }
dash-tile-tasks = Zadania
dash-tile-tasks-detail =
    otwarte; { $staffed } z kompletem wolontariuszy, { $done } zrobione; { $hours ->
        [one] { $hours } godzina pomocy
        [few] { $hours } godziny pomocy
        [many] { $hours } godzin pomocy
       *[other] { $hours } godziny pomocy
    } w tym tygodniu
dash-tile-members-online = Członkowie online
dash-trend-heading = Trend
dash-trend-caption = Ostatnie 30 dni: nowe sprawy i rozwiązania dziennie
dash-trend-desc =
    { $created ->
        [one] { $created } nowa sprawa
        [few] { $created } nowe sprawy
        [many] { $created } nowych spraw
       *[other] { $created } nowej sprawy
    } i { $resolved ->
        [one] { $resolved } rozwiązanie
        [few] { $resolved } rozwiązania
        [many] { $resolved } rozwiązań
       *[other] { $resolved } rozwiązania
    } w 30 dni; najwięcej { $max } jednego dnia.
dash-trend-new = Nowe
dash-trend-resolved = Rozwiązane
dash-category-heading = Otwarte sprawy według kategorii
dash-col-category = Kategoria
dash-col-open = Otwarte
dash-col-acknowledged = Przyjęte
dash-col-in-progress = W toku
dash-col-past-target = Po terminie
dash-top-heading = Największy wspólny wpływ
dash-affected =
    { $count ->
        [one] dotyczy { $count } sąsiada
       *[other] dotyczy { $count } sąsiadów
    }
dash-map-heading = Mapa otwartych spraw
dash-map-truncated = Mapa pokazuje { $count } najnowszych otwartych spraw.
dash-downloads-heading = Pobierz sprawy
dash-downloads-intro = Wszystkie sprawy z sąsiedztw, którym służysz, do arkusza albo na mapę.
dash-export-csv = Arkusz (CSV)
dash-export-csv-done = Arkusz został pobrany.
dash-export-geojson = Dane mapy (GeoJSON)
dash-export-geojson-done = Dane mapy zostały pobrane.

## DashboardMap

dash-map-issue = Sprawa
dash-map-marker =
    { $category }: { $status }, { $count ->
        [one] dotyczy { $count } sąsiada
       *[other] dotyczy { $count } sąsiadów
    }
dash-map-label =
    { $count ->
        [one] Mapa { $count } otwartej sprawy
       *[other] Mapa { $count } otwartych spraw
    }

## TriagePage: kolejka spraw instytucji

triage-title = Kolejka spraw
triage-forbidden = Sprawy instytucji mogą rozpatrywać tylko jej pracownicy.
triage-bulk-done =
    { $count ->
        [one] Gotowe: { $count } sprawa.
        [few] Gotowe: { $count } sprawy.
        [many] Gotowe: { $count } spraw.
       *[other] Gotowe: { $count } sprawy.
    }
triage-bulk-done-refused =
    { $count ->
        [one] Gotowe: { $count } sprawa
        [few] Gotowe: { $count } sprawy
        [many] Gotowe: { $count } spraw
       *[other] Gotowe: { $count } sprawy
    }; odmowa: { $refused }, powód: { $reasons }.
triage-note-first = Najpierw napisz publiczną notatkę: dostanie ją każda sprawa.
triage-merge-how = Zaznacz duplikaty, ustaw kursor na sprawie do zachowania i napisz publiczną notatkę.
triage-filters = Filtry
triage-filter-status = Stan
triage-filter-status-default = Otwarte, przyjęte i w toku
triage-filter-neighbourhood = Sąsiedztwo
triage-filter-all-served = Wszystkie obsługiwane
triage-filter-category = Kategoria
triage-filter-all = Wszystkie
triage-filter-assigned = Przypisane
triage-filter-anyone = Do kogokolwiek
triage-filter-to-me = Do mnie
triage-filter-to-nobody = Do nikogo
triage-filter-order = Kolejność
triage-order-impact = Wspólny wpływ
triage-order-newest = Najnowsze
triage-order-oldest = Najstarsze
triage-bulk-actions = Działania na wielu sprawach
triage-public-note = Publiczna notatka
triage-new-status = Nowy stan
triage-acknowledge = Przyjmij (a)
triage-set-status = Ustaw stan (s)
triage-assign-to-me = Przypisz do mnie (g)
triage-merge = Połącz z wybraną (m)
triage-keys-help = Klawisze: j / k przesuwają, x zaznacza, * zaznacza wszystkie, a przyjmuje, s ustawia stan, g przypisuje do ciebie, m łączy zaznaczone ze sprawą pod kursorem.
triage-queue-label = Sprawy do rozpatrzenia
triage-empty = Nie ma tu nic do rozpatrzenia.
triage-loading = Wczytujemy…
triage-col-selected = Zaznaczone
triage-col-issue = Sprawa
triage-col-neighbourhood = Sąsiedztwo
triage-col-status = Stan
triage-col-affected = Dotyczy
triage-col-assigned = Przypisana do
triage-select = Zaznacz: { $name }
triage-place-not-found = Nie znaleziono miejsca
