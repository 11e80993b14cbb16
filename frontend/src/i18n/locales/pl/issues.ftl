# Wspólne sprawy: zgłaszanie problemu, strona sprawy, lista i mapa.
# Słowa: zob. docs/glossary.md (sprawa, zgłoszenie, osoba wspierająca, sąsiedztwo, koordynator, miejsce).

## logic.ts: statusy, liczby, czas, sprawdzanie formularza

# Statusy mają formę żeńską: pasują do słowa „sprawa” („Sprawa jest teraz rozwiązana”).
issue-status-open = Otwarta
issue-status-acknowledged = Przyjęta
issue-status-in-progress = W toku
issue-status-resolved = Rozwiązana
issue-status-declined = Odrzucona
issue-status-duplicate = Połączona

issue-name-with-place = { $category }, { $place }

issue-affected-count =
    { $count ->
        [one] { $count } sąsiad ma ten problem
        [few] { $count } sąsiadów ma ten problem
        [many] { $count } sąsiadów ma ten problem
       *[other] { $count } sąsiada ma ten problem
    }
issue-report-count =
    { $count ->
        [one] { $count } zgłoszenie
        [few] { $count } zgłoszenia
        [many] { $count } zgłoszeń
       *[other] { $count } zgłoszenia
    }

issue-age-just-now = przed chwilą
issue-age-minutes =
    { $count ->
        [one] minutę temu
        [few] { $count } minuty temu
        [many] { $count } minut temu
       *[other] { $count } minuty temu
    }
issue-age-hours =
    { $count ->
        [one] godzinę temu
        [few] { $count } godziny temu
        [many] { $count } godzin temu
       *[other] { $count } godziny temu
    }
issue-age-days =
    { $count ->
        [one] dzień temu
        [few] { $count } dni temu
        [many] { $count } dni temu
       *[other] { $count } dnia temu
    }
issue-age-on-date = { $date }

issue-council-says = Instytucja pisze: „{ $note }”

issue-error-choose-category = Wybierz, jaki to rodzaj problemu.
issue-error-describe = Opisz problem.
issue-error-description-too-long = Użyj najwyżej { $max } znaków (teraz { $count }).
issue-error-address-too-long = Użyj najwyżej { $max } znaków.
issue-error-latitude = Wpisz szerokość geograficzną od -90 do 90.
issue-error-longitude = Wpisz długość geograficzną od -180 do 180.
issue-error-no-place = Podaj punkt (albo użyj swojej lokalizacji) lub opisz miejsce w polu adresu.

## ReportPage: zgłaszanie problemu

report-page-title = Zgłoś problem
report-page-title-in = Zgłoś problem w sąsiedztwie { $name }
report-checking-session = Sprawdzamy twoje logowanie…
report-sign-in = <signin>Zaloguj się</signin> albo <signup>załóż konto</signup>, aby zgłosić problem.
report-neighbourhood-not-found = Nie znaleziono sąsiedztwa
report-neighbourhood-not-found-body = To sąsiedztwo nie istnieje albo jest prywatne, a ty nie jesteś jego członkiem. <browse>Przeglądaj sąsiedztwa</browse>.
report-loading = Ładowanie…
report-loading-categories = Ładowanie kategorii…
report-back-to = Wróć do: { $name }
report-members-only = Problemy mogą tu zgłaszać tylko aktywni członkowie sąsiedztwa { $name }. Najpierw dołącz do sąsiedztwa.
report-no-service = Żadna instytucja nie przyjmuje jeszcze przez Commonground zgłoszeń z sąsiedztwa { $name }.
report-intro = Powiedz instytucjom, które działają w sąsiedztwie { $name }, o problemie. Jeśli sąsiedzi już go zgłosili, twoje zgłoszenie do nich dołączy.

report-label-category = Jaki to rodzaj problemu?
report-label-latitude = Szerokość geograficzna
report-label-longitude = Długość geograficzna
report-label-address = Adres lub znane miejsce w pobliżu
report-label-description = Opisz problem
report-label-photos = Zdjęcia (najwyżej 3)

report-draft-restored = Przywróciliśmy twoje niewysłane zgłoszenie.
report-draft-discard = Odrzuć
report-draft-discard-which = przywrócone zgłoszenie
report-choose-category = Wybierz kategorię
report-category-group-other = Inne
report-location-legend = Gdzie jest problem
report-location-hint = „Użyj mojej lokalizacji” wpisze punkt, jeśli jesteś na miejscu; możesz też wpisać adres poniżej. Miejsce musi leżeć w sąsiedztwie { $name }.
report-use-my-location = Użyj mojej lokalizacji
report-finding-you = Szukamy, gdzie jesteś…
report-address-hint = Albo wpisz adres: wybierz go z listy, a zgłoszenie pojawi się w tym miejscu na mapie. Na przykład „Młyńska 3”.
report-description-hint = Co jest nie tak i wszystko, co pomoże to znaleźć.
report-description-count = { $count } z { $max } znaków
report-photos-hint =
    Nieobowiązkowe. { $count ->
        [one] Najwyżej { $count } zdjęcie
        [few] Najwyżej { $count } zdjęcia
        [many] Najwyżej { $count } zdjęć
       *[other] Najwyżej { $count } zdjęcia
    } JPEG, PNG lub WebP, każde do { $size }; wybierz kolejne, aby je dodać. Zobaczy je każdy, kto widzi tę sprawę, ale bez danych o miejscu, w którym je zrobiono.
report-show-name = Pokaż wszystkim moje imię przy tym zgłoszeniu
report-show-name-hint = Jeśli tego nie zaznaczysz, sąsiedzi zobaczą twoje zgłoszenie bez imienia. Koordynatorzy i instytucja zawsze widzą, kto zgłosił problem.
report-checking = Sprawdzamy…
report-continue = Dalej
report-sending = Wysyłamy…

report-queued = Zapisane — wyślemy je, gdy znów będziesz w sieci.
report-queued-told = Tutaj powiemy ci, kiedy zostanie wysłane.

## ReportPage: „Czy to jedna z tych spraw?”

report-pool-heading = Czy to jedna z tych spraw?
report-pool-intro =
    { $count ->
        [one] Sąsiedzi już zgłosili ten problem blisko miejsca, które podajesz. Jeśli twój jest taki sam, dodaj do niego swoje zgłoszenie: jedna wspólna sprawa, która dotyczy wielu osób, ma większą siłę.
       *[other] Sąsiedzi już zgłosili te problemy blisko miejsca, które podajesz. Jeśli twój jest taki sam, dodaj do niego swoje zgłoszenie: jedna wspólna sprawa, która dotyczy wielu osób, ma większą siłę.
    }
report-pool-join = Dodaj moje zgłoszenie do tej sprawy
report-pool-join-which = ({ $category }, { $distance })
report-pool-something-else = To coś innego
report-pool-back = Wróć do mojego zgłoszenia

## IssuePage: jedna wspólna sprawa

issue-not-found = Nie znaleziono sprawy
issue-page-title-plain = Sprawa
issue-loading = Ładowanie sprawy…
issue-not-found-body = Ta sprawa nie istnieje albo należy do prywatnego sąsiedztwa, którego nie jesteś członkiem. <browse>Przeglądaj sąsiedztwa</browse>.
issue-status-line = Status:
issue-in-neighbourhood = w sąsiedztwie <neighbourhood>{ $name }</neighbourhood>
issue-when = { $date } { $time }
issue-reported-joined =
    { $count ->
        [one] Dziękujemy. Twoje zgłoszenie dołączyło do wspólnej sprawy: na razie zgłaszasz ją tylko ty.
        [few] Dziękujemy. Twoje zgłoszenie dołączyło do wspólnej sprawy: razem z tobą zgłaszają ją { $count } osoby.
        [many] Dziękujemy. Twoje zgłoszenie dołączyło do wspólnej sprawy: razem z tobą zgłasza ją { $count } osób.
       *[other] Dziękujemy. Twoje zgłoszenie dołączyło do wspólnej sprawy: razem z tobą zgłasza ją { $count } osoby.
    }
issue-reported-new = Dziękujemy. Twoje zgłoszenie założyło nową wspólną sprawę; sąsiedzi, którzy zgłoszą ten sam problem, dołączą do niej.
issue-place-not-found-typed = Nie znaleźliśmy „{ $address }” na mapie, więc twoje zgłoszenie zapisaliśmy bez punktu. Koordynatorzy sąsiedztwa wskażą miejsce; do tego czasu sąsiedzi, którzy zgłaszają ten sam problem, mogą nie zobaczyć twojego zgłoszenia.
issue-place-not-found-untyped = Nie znaleźliśmy na mapie podanego adresu, więc twoje zgłoszenie zapisaliśmy bez punktu. Koordynatorzy sąsiedztwa wskażą miejsce; do tego czasu sąsiedzi, którzy zgłaszają ten sam problem, mogą nie zobaczyć twojego zgłoszenia.
issue-duplicate-of = Ten problem połączono z <other>inną sprawą</other>; śledź tamtą.
issue-merged-live = Tę sprawę połączono z inną sprawą o tym samym problemie.
issue-now-status = Ta sprawa jest teraz { $status }.
issue-saving = Zapisujemy…
issue-sending = Wysyłamy…

issue-details-heading = Szczegóły
issue-fact-category = Kategoria
issue-fact-status = Status
issue-fact-where = Gdzie
issue-fact-address = Podany adres
issue-fact-place-not-found = <badge>Nie znaleziono miejsca</badge> jeszcze nie ma jej na mapie
issue-fact-location = Położenie
issue-fact-location-note = (środek jej zgłoszeń)
issue-fact-affected = Kogo dotyczy
issue-fact-reports = Zgłoszenia
issue-fact-first-reported = Pierwsze zgłoszenie
issue-fact-latest-report = Ostatnie zgłoszenie

issue-support-thanks = Dziękujemy. Liczymy cię wśród sąsiadów, których to dotyczy.
issue-support-affected = <strong>Ciebie to dotyczy.</strong> Dowiesz się, gdy zmieni się status sprawy.
issue-support-sign-in = <signin>Zaloguj się</signin>, aby powiedzieć, że ciebie też to dotyczy.
issue-support-settled = Ta sprawa jest { $status }.
issue-support-ask = Czy ten problem dotyczy też ciebie? Jeśli to powiesz, dodamy cię do licznika. Nie musisz pisać zgłoszenia.
issue-support-button = Mnie też to dotyczy
issue-support-members = Członkowie sąsiedztwa <neighbourhood>{ $name }</neighbourhood> mogą powiedzieć, że ich też to dotyczy.

issue-reopen-thanks = Dziękujemy. Sprawa jest znowu otwarta, a osoby, które się nią zajmują, dostały wiadomość.
issue-reopen-heading = Problem wciąż jest?
issue-reopen-note = Co wciąż jest nie tak
issue-reopen-note-optional = Co wciąż jest nie tak (nieobowiązkowe)
issue-reopen-button = Problem wciąż jest

issue-place-label = Gdzie to jest?
issue-placed-at = Umieszczono: { $place }.
issue-placed-on-map = Umieszczono na mapie.
issue-place-pick = Wpisz adres i wybierz go z listy.
issue-place-not-found = Nie znaleziono miejsca
issue-place-form-intro = Podanego adresu nie udało się znaleźć na mapie. Znajdź go, a sprawa zostanie tam umieszczona.
issue-placing = Umieszczamy…
issue-place-button = Umieść tutaj

issue-merge-into = Połącz z
issue-merge-note = Publiczna notatka o połączeniu
issue-merged = Połączono. Jej zgłoszenia i osoby wspierające należą teraz do sprawy { $category }.
issue-merge-note-missing = Napisz, dlaczego to ten sam problem.
issue-merge-heading = Ten sam problem co inna sprawa?
issue-merge-looking = Szukamy spraw w pobliżu…
issue-merge-none = W promieniu { $radius } m nie ma innej otwartej sprawy do połączenia.
issue-merge-option = { $category }, { $distance }, { $affected }
issue-merging = Łączymy…
issue-merge-button = Połącz z wybraną sprawą

issue-status-form-status = Nowy status
issue-status-form-note = Publiczna notatka
issue-status-changed = Nowy status: { $status }. Osoby wspierające dostaną wiadomość.
issue-status-note-missing = Napisz notatkę dla sąsiadów.
issue-status-form-heading = Zmień status
issue-status-form-note-hint = Każdy może ją przeczytać, a każda osoba wspierająca dostanie wiadomość. Napisz, co będzie dalej.
issue-status-form-button = Zmień status

issue-timeline-heading = Aktualizacje
issue-timeline-empty = Instytucja ani koordynatorzy nie dodali jeszcze żadnych aktualizacji.

issue-reports-heading = Zgłoszenia ({ $count })
issue-reported-by = Zgłoszenie od: { $name }
issue-name-not-shown = Imię ukryte

## IssuePage: zdjęcia

photo-heading = Zdjęcia
photo-label = Zdjęcie { $number } z { $count } dodanych do tej sprawy
photo-not-loaded = { $label } (nie udało się wczytać)
photo-loading = { $label } (wczytywanie…)
photo-opens-new-tab = (otwiera całe zdjęcie w nowej karcie)

## IssueList: problemy sąsiedztwa

issue-list-heading = Problemy zgłoszone tutaj
issue-list-report = Zgłoś problem
issue-list-members-only = Członkowie tego sąsiedztwa mogą tu zgłaszać problemy.
issue-filter-label = Filtruj problemy
issue-filter-status = Status
issue-filter-any-status = Dowolny status
issue-filter-category = Kategoria
issue-filter-any-category = Dowolna kategoria
issue-sort-label = Kolejność
issue-sort-newest = Najpierw najnowsze
issue-sort-impact = Najpierw te, które dotyczą najwięcej osób (wciąż otwarte)
issue-sort-oldest-unresolved = Najpierw te, które czekają najdłużej (wciąż otwarte)
issue-map-hide = Ukryj mapę
issue-map-show = Pokaż mapę
issue-list-loading = Ładowanie problemów…
issue-list-none-filtered = Żaden problem nie pasuje do tych filtrów.
issue-list-none = Nikt jeszcze nie zgłosił tu problemu.
issue-list-load-more = Pokaż więcej problemów
issue-places-attribution = Miejsca: { $attribution }
issue-summary-place-not-found = <badge>Nie znaleziono miejsca</badge> koordynator umieści je na mapie
issue-summary-first-reported = Pierwsze zgłoszenie: <time>{ $age }</time>

## IssueMap: mapa problemów

issue-map-label = Mapa problemów w sąsiedztwie { $name }
issue-map-help = Gdy mapa jest zaznaczona, strzałki ją przesuwają, a + i − przybliżają i oddalają; klawisz Tab przechodzi do każdego problemu na mapie, a Enter go otwiera. Problemy zgłoszone tylko adresem są na liście, a nie na mapie.
issue-map-none = W tym widoku nie ma problemów z punktem na mapie.
issue-map-count =
    { $count ->
        [one] { $count } problem na mapie.
        [few] { $count } problemy na mapie.
        [many] { $count } problemów na mapie.
       *[other] { $count } problemu na mapie.
    }
issue-map-limit = Pokazujemy { $limit } najnowszych: przybliż mapę, aby zobaczyć inne.
issue-map-no-background = Nie udało się wczytać tła mapy; problemy nadal są widoczne.
issue-map-key = Legenda mapy
issue-map-popup-counts = { $affected } · { $reports }
issue-marker-label = { $category }: { $status }, { $affected }
issue-map-bad-data = Dane mapy nie są kolekcją GeoJSON (FeatureCollection).

## Zdjęcia: wybieranie, sprawdzanie i wysyłanie (PhotoPicks, photos.ts, offline.ts)

photo-picks-label = Zdjęcia do wysłania
photo-unnamed = Zdjęcie { $number }
photo-remove = Usuń
photo-megabytes = { $size } MB
photo-error-too-many =
    { $max ->
        [one] Wybierz najwyżej { $max } zdjęcie; wybrano { $count }.
        [few] Wybierz najwyżej { $max } zdjęcia; wybrano { $count }.
        [many] Wybierz najwyżej { $max } zdjęć; wybrano { $count }.
       *[other] Wybierz najwyżej { $max } zdjęcia; wybrano { $count }.
    }
photo-error-too-big = Każde zdjęcie może mieć najwyżej { $size }: { $names } jest za duże.
photo-error-wrong-type = Zdjęcia muszą być w formacie JPEG, PNG lub WebP: { $names } nie jest.
photo-reason-too-big = jest większe niż { $size }
photo-reason-wrong-type = nie jest obrazem JPEG, PNG ani WebP
photo-reason-too-many =
    { $max ->
        [one] zgłoszenie może mieć najwyżej { $max } zdjęcie
        [few] zgłoszenie może mieć najwyżej { $max } zdjęcia
        [many] zgłoszenie może mieć najwyżej { $max } zdjęć
       *[other] zgłoszenie może mieć najwyżej { $max } zdjęcia
    }
photo-failed =
    { $count ->
        [one] Twoje zgłoszenie zostało wysłane, ale nie udało się dodać 1 zdjęcia.
        [few] Twoje zgłoszenie zostało wysłane, ale nie udało się dodać { $count } zdjęć.
        [many] Twoje zgłoszenie zostało wysłane, ale nie udało się dodać { $count } zdjęć.
       *[other] Twoje zgłoszenie zostało wysłane, ale nie udało się dodać { $count } zdjęcia.
    }
photo-failed-which =
    { $count ->
        [one] Twoje zgłoszenie zostało wysłane, ale nie udało się dodać 1 zdjęcia: { $which }.
        [few] Twoje zgłoszenie zostało wysłane, ale nie udało się dodać { $count } zdjęć: { $which }.
        [many] Twoje zgłoszenie zostało wysłane, ale nie udało się dodać { $count } zdjęć: { $which }.
       *[other] Twoje zgłoszenie zostało wysłane, ale nie udało się dodać { $count } zdjęcia: { $which }.
    }
photo-failed-one = { $name } ({ $reason })
photo-sending = Wysyłamy zdjęcie { $number } z { $count }…

## OfflineQueue: zgłoszenia zapisane bez internetu

report-offline-sent = Twoje zgłoszenie zapisane bez internetu zostało wysłane.
report-offline-sent-photos-failed =
    { $count ->
        [one] Twoje zgłoszenie zapisane bez internetu zostało wysłane, ale nie udało się dodać 1 zdjęcia.
        [few] Twoje zgłoszenie zapisane bez internetu zostało wysłane, ale nie udało się dodać { $count } zdjęć.
        [many] Twoje zgłoszenie zapisane bez internetu zostało wysłane, ale nie udało się dodać { $count } zdjęć.
       *[other] Twoje zgłoszenie zapisane bez internetu zostało wysłane, ale nie udało się dodać { $count } zdjęcia.
    }
report-offline-see-issue = Zobacz sprawę
report-offline-refused = Nie udało się wysłać zgłoszenia zapisanego bez internetu: { $problem } Wróciło do formularza zgłoszenia.
report-offline-open-form = Otwórz formularz zgłoszenia
report-offline-dismiss = Zamknij
report-offline-dismiss-which = tę informację

## QuestionFields i questions.ts: pytania kategorii

report-question-optional = { $question } (nieobowiązkowe)
report-question-tick-all = Zaznacz wszystko, co pasuje.
report-question-error-required = Odpowiedz na pytanie „{ $question }”.
report-question-error-number = Wpisz liczbę jako odpowiedź na pytanie „{ $question }”.
report-question-error-datetime = Wpisz datę i godzinę jako odpowiedź na pytanie „{ $question }”.

# Zgłaszanie za sąsiada bez konta (AssistedReporterFields, ReportNeighbour).
report-neighbour-legend = Zgłaszasz za sąsiada, który nie ma konta?
report-neighbour-checkbox = Zgłaszam to za sąsiada
report-neighbour-checkbox-hint = Ktoś przy drzwiach albo przez telefon, kto nie ma konta. To on jest osobą, której to dotyczy, nie ty.
report-neighbour-label-name = Jak się nazywa
report-neighbour-name-hint = Jak się do niego zwracać. Widzisz to tylko ty, koordynatorzy i pracownicy instytucji.
report-neighbour-label-consent = Ta osoba zgadza się, żebym to zgłosił(a) w jej imieniu
report-neighbour-label-consent-short = Zgoda
report-neighbour-label-email = Jego adres e-mail (nieobowiązkowo)
report-neighbour-label-email-short = Jego adres e-mail
report-neighbour-label-phone = Jego numer telefonu (nieobowiązkowo)
report-neighbour-label-phone-short = Jego numer telefonu
report-neighbour-what-they-get = Co dostanie: ty dostaniesz wiadomość przy każdej zmianie sprawy, żeby mu ją przekazać. Podaj jego e-mail tylko wtedy, gdy chce dostawać wiadomości: najpierw dostanie list z prośbą o potwierdzenie. Podaj telefon tylko wtedy, gdy zgadza się, żeby do niego w tej sprawie dzwonić. Koordynator usunie jego dane, kiedy tylko o to poprosi.
report-neighbour-error-name = Podaj, jak się do niego zwracać.
report-neighbour-error-name-long =
    { $max ->
        [one] Użyj najwyżej { $max } znaku.
       *[other] Użyj najwyżej { $max } znaków.
    }
report-neighbour-error-consent = Najpierw zapytaj: zgłaszaj za niego tylko, gdy się zgadza.
report-neighbour-error-email = Sprawdź adres e-mail albo zostaw to pole puste.
report-neighbour-error-phone = Użyj tylko cyfr, spacji i znaków + ( ) - albo zostaw to pole puste.
report-neighbour-for-a-neighbour = Zgłoszone w imieniu sąsiada
report-neighbour-erased = Zgłoszone w imieniu sąsiada. Jego dane usunięto na prośbę: { $when }.
report-neighbour-a-neighbour = sąsiad
report-neighbour-for-named = Zgłoszone w imieniu: <name>{ $name }</name>
report-neighbour-email = E-mail
report-neighbour-phone = Telefon
report-neighbour-agreed = Zgoda
report-neighbour-recorded-by = Zapisane przez: { $who }, { $when }
report-neighbour-recorded = Zapisano: { $when }
report-neighbour-removed = Dane osoby { $name } usunięto. Zgłoszenie i poparcie zostają.
report-neighbour-remove = Usuń jego dane
report-neighbour-remove-question = Usunąć z tego zgłoszenia imię i kontakt osoby { $name }? Zgłoszenie i poparcie zostaną. Tego nie da się cofnąć.
report-neighbour-removing = Usuwanie…
report-neighbour-remove-confirm = Usuń
report-neighbour-keep = Zostaw
