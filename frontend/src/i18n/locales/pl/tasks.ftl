# Zadania wolontariuszy: tablica zadań, strona zadania, formularz zadania, potwierdzanie pracy,
# godziny pomocy i link do kalendarza. Słowa: docs/glossary.md (zadanie, wolontariusz, zapisać się,
# godziny pomocy, członek).

## logic.ts: stany, czas, godziny, odliczanie, błędy i zdarzenia na żywo

task-status-proposed = Czeka na zatwierdzenie
task-status-open = Potrzebni ludzie
task-status-staffed = Komplet osób
task-status-in-progress = W toku
task-status-done = Zrobione
task-status-verified = Potwierdzone
task-status-cancelled = Odwołane

claim-status-active = Ma miejsce
claim-status-checked-in = Na miejscu
claim-status-done = Zrobione, czeka na potwierdzenie
claim-status-verified = Potwierdzone
claim-status-released = Miejsce zwolnione
claim-status-expired = Rezerwacja wygasła

hours-count = { $count ->
    [one] { $count } godzina
    [few] { $count } godziny
    [many] { $count } godzin
   *[other] { $count } godziny
}
task-when-any-time = W dowolnym czasie

# Pozostały czas, krótko ("47 godz. 12 min") i w pełnych słowach dla czytników ekranu.
# Pełne słowa stoją zawsze po "za" ("wygasa za 1 godzinę"), stąd biernik w liczbie pojedynczej.
claim-duration-s = { $count } s
claim-duration-min = { $count } min
claim-duration-h = { $count } godz.
claim-duration-d = { $count } dn.
claim-duration-seconds = { $count ->
    [one] { $count } sekundę
    [few] { $count } sekundy
    [many] { $count } sekund
   *[other] { $count } sekundy
}
claim-duration-minutes = { $count ->
    [one] { $count } minutę
    [few] { $count } minuty
    [many] { $count } minut
   *[other] { $count } minuty
}
claim-duration-hours = { $count ->
    [one] { $count } godzinę
    [few] { $count } godziny
    [many] { $count } godzin
   *[other] { $count } godziny
}
claim-duration-days = { $count ->
    [one] { $count } dzień
    [few] { $count } dni
    [many] { $count } dni
   *[other] { $count } dnia
}
claim-duration-pair = { $first } { $second }
# O miejscu: "Twoje miejsce wygasa za 47 godz. 12 min".
claim-countdown-expires-in = wygasa za { $duration }
claim-countdown-expired = już wygasło

hours-error-enter = Wpisz liczbę przepracowanych godzin, na przykład 1,5.
hours-error-range = Wpisz liczbę godzin od { $min } do { $max }.
hours-error-quarters = Używaj kwadransów, na przykład 1; 1,25; 1,5 albo 1,75.

claim-error-conflict = Nie możesz teraz zapisać się do tego zadania: może brakuje wolnych miejsc albo zadanie jest już zamknięte, może masz już tu miejsce, a może masz już najwięcej miejsc naraz, ile można ({ $max }).
claim-error-not-member = Tylko aktywni członkowie tego sąsiedztwa mogą zapisać się do zadania.

# Wykres godzin: "Tydzień od 23 lis 2026".
hours-week-of = Tydzień od { $date }

# Zdarzenia na żywo. $named to "yes", gdy znamy tytuł zadania ($title). $filled jest puste albo
# jest tekstem task-event-filled.
task-event-filled = {" "}(zajęte miejsca: { $claimed } z { $slots })
task-event-proposed = Ktoś zaproponował zadanie.
task-event-created = Dodano nowe zadanie.
task-event-updated = { $named ->
    [yes] Zadanie „{ $title }” zostało zmienione.
   *[no] Jedno z zadań zostało zmienione.
}
task-event-approved = { $named ->
    [yes] Zadanie „{ $title }” zostało zatwierdzone i potrzebuje ludzi.
   *[no] Jedno z zadań zostało zatwierdzone i potrzebuje ludzi.
}
task-event-claimed = { $named ->
    [yes] Ktoś zapisał się do zadania „{ $title }”{ $filled }.
   *[no] Ktoś zapisał się do zadania{ $filled }.
}
task-event-released = { $named ->
    [yes] Zwolniło się miejsce w zadaniu „{ $title }”{ $filled }.
   *[no] Zwolniło się miejsce w zadaniu{ $filled }.
}
task-event-claim-extended = { $named ->
    [yes] Wolontariusz przedłużył swoje miejsce w zadaniu „{ $title }”.
   *[no] Wolontariusz przedłużył swoje miejsce w zadaniu.
}
task-event-lease-expired = { $named ->
    [yes] Rezerwacja w zadaniu „{ $title }” wygasła i miejsce się zwolniło{ $filled }.
   *[no] Rezerwacja w zadaniu wygasła i miejsce się zwolniło{ $filled }.
}
task-event-checked-in = { $named ->
    [yes] Wolontariusz jest na miejscu przy zadaniu „{ $title }”.
   *[no] Wolontariusz jest na miejscu przy zadaniu.
}
task-event-done = { $named ->
    [yes] Praca przy zadaniu „{ $title }” jest oznaczona jako zrobiona.
   *[no] Praca przy zadaniu jest oznaczona jako zrobiona.
}
task-event-verified = { $named ->
    [yes] Praca przy zadaniu „{ $title }” została potwierdzona.
   *[no] Praca przy zadaniu została potwierdzona.
}
task-event-rejected = { $named ->
    [yes] Praca przy zadaniu „{ $title }” została odesłana do poprawy.
   *[no] Praca przy zadaniu została odesłana do poprawy.
}
task-event-cancelled = { $named ->
    [yes] Zadanie „{ $title }” zostało odwołane.
   *[no] Jedno z zadań zostało odwołane.
}
task-event-changed = { $named ->
    [yes] Zadanie „{ $title }” się zmieniło.
   *[no] Jedno z zadań się zmieniło.
}

task-error-title-short = Nadaj zadaniu tytuł, który ma co najmniej { $min } znaki.
task-error-too-long = Użyj najwyżej { $max } znaków.
task-error-description-long = Użyj najwyżej { $max } znaków (teraz: { $length }).
task-error-slots = Wpisz, ilu osób potrzeba: liczbę całkowitą od 1 do { $max }.
task-error-lease-hours = Wpisz liczbę całkowitą godzin od 1 do { $max } albo zostaw puste pole, a będzie { $usual }.
task-error-date-time = Wpisz datę i godzinę.
task-error-end-missing = Podaj też, kiedy zadanie się kończy, albo zostaw oba pola puste dla zadania bez terminu.
task-error-start-missing = Podaj też, kiedy zadanie się zaczyna, albo zostaw oba pola puste dla zadania bez terminu.
task-error-end-before-start = Koniec musi być po początku.
task-error-skills = Podaj najwyżej { $max } umiejętności.

## TaskBits.tsx: plakietka stanu, miejsca, umiejętności, karta zadania i linki o wolontariacie

task-slots-filled = Zajęte miejsca: <strong>{ $claimed } z { $slots }</strong>
task-skills = Umiejętności
task-card-when = Kiedy:
task-card-my-place = Masz tu miejsce
task-nav-label = Wolontariat
task-nav-board = Tablica zadań
task-nav-verify = Potwierdzanie pracy
task-nav-hours = Godziny pomocy

## TaskPage.tsx: jedno zadanie, twoje miejsce, zarządzanie i lista pomagających

task-created-proposed = Dziękujemy. Twoja propozycja czeka, aż koordynator ją zatwierdzi; potem sąsiedzi będą mogli się zapisywać.
task-created-open = Zadanie jest dodane i otwarte: sąsiedzi mogą już się zapisywać.
# $status to stan zadania małymi literami (task-status-*).
task-created-other = Zadanie jest zapisane. Stan: { $status }.

claim-extended-until = Twoje miejsce jest przedłużone do { $time }.
claim-extended = Twoje miejsce jest przedłużone.
# <countdown> to tykający pozostały czas: "wygasa za 47 godz. 12 min" albo "już wygasło".
claim-lease-open-ended = Twoje miejsce <countdown></countdown>.
claim-lease-scheduled = Twoje miejsce jest zarezerwowane do końca zadania; <countdown></countdown>.
claim-lease-extend-hint = Przedłuż je, jeśli nadal pomagasz: będzie wtedy zarezerwowane na { $hours } od teraz.
claim-extending = Przedłużanie…
claim-extend = Przedłuż moje miejsce

claim-done-hours = Liczba przepracowanych godzin
claim-done-note = Uwaga dla osoby, która potwierdza (nieobowiązkowo)
claim-done-thanks = Dziękujemy. Twoje godziny ({ $hours }) czekają, aż ktoś z sąsiadów je potwierdzi.
claim-done-hours-hint = Od { $min } do { $max }, w kwadransach: 1,5 to półtorej godziny.
task-sending = Wysyłanie…
claim-mark-done = Oznacz jako zrobione

claim-heading = Twoje miejsce
claim-sign-in = <link>Zaloguj się</link>, aby zapisać się do tego zadania.
claim-hold-ran-out = Twoja rezerwacja w tym zadaniu wygasła.
claim-all-taken = Wszystkie miejsca są zajęte. Jakieś miejsce może się później zwolnić.
claim-awaiting-approval = To zadanie czeka, aż koordynator je zatwierdzi.
claim-closed = Stan tego zadania: { $status }. Nie przyjmuje już więcej osób.
claim-members-only = Do zadań w sąsiedztwie <link>{ $name }</link> mogą się zapisywać jego członkowie.
claim-free-places = { $count ->
    [one] Jedno miejsce jest wolne.
    [few] { $count } miejsca są wolne.
    [many] { $count } wolnych miejsc.
   *[other] { $count } wolnego miejsca.
}
claim-free-places-begun = { $count ->
    [one] Praca już się zaczęła. Jedno miejsce jest wolne.
    [few] Praca już się zaczęła. { $count } miejsca są wolne.
    [many] Praca już się zaczęła. { $count } wolnych miejsc.
   *[other] Praca już się zaczęła. { $count } wolnego miejsca.
}
claim-taken = Masz miejsce w tym zadaniu. Dziękujemy.
claim-taking = Zapisywanie…
claim-take = Zapisz się
claim-released = Twoje miejsce jest zwolnione. Teraz może je zająć ktoś inny.
claim-release = Zrezygnuj z miejsca
claim-have-place = Masz tu miejsce.
claim-checked-in-announce = Jesteś na miejscu. Gdy skończysz, oznacz zadanie jako zrobione.
claim-check-in = Jestem na miejscu
claim-checked-in = <strong>Jesteś na miejscu.</strong> Gdy skończysz, napisz, ile godzin trwała praca.
claim-sent-back = Twoja praca wróciła do poprawy: { $reason }
claim-marked-done = Twoja praca jest oznaczona jako zrobiona: { $hours }. Ktoś z sąsiadów ją potwierdzi.
claim-verified = Twoje godziny ({ $hours }) są potwierdzone. Dziękujemy.

task-approved = Zatwierdzone. Wolontariusze mogą się zapisywać.
task-cancelled-announce = Zadanie jest odwołane. Wszyscy zapisani dostaną wiadomość.
task-cancel-reason-missing = Napisz dlaczego, żeby wolontariusze wiedzieli.
task-manage-heading = Zarządzaj tym zadaniem
task-approve = Zatwierdź propozycję
task-save-changes = Zapisz zmiany
task-updated = Zadanie jest zmienione.
task-unchanged = Nic nie zostało zmienione.
task-edit = Edytuj zadanie
task-cancel-reason = Powód odwołania
task-cancel-reason-hint = Wszyscy zapisani dostaną wiadomość z tym powodem.
task-cancel = Odwołaj zadanie

claim-list-heading = Kto pomaga
claim-list-empty = Nikt jeszcze się nie zapisał.
claim-a-neighbour = Sąsiad
claim-verify-link = Potwierdź zrobioną pracę

task-not-found-title = Nie ma takiego zadania
task-title = Zadanie
task-loading = Wczytywanie zadania…
task-not-found-body = To zadanie nie istnieje albo należy do prywatnego sąsiedztwa, którego nie jesteś członkiem. <link>Przeglądaj sąsiedztwa</link>.
task-status-in-neighbourhood = <status></status> w sąsiedztwie <link>{ $name }</link>
task-fully-staffed = komplet osób
task-cancelled-because = Odwołane: { $reason }
task-cancelled-note = Odwołane.
task-details = Szczegóły
task-fact-when = Kiedy
task-fact-where = Gdzie
task-fact-status = Stan
task-fact-skills = Umiejętności
task-fact-accessibility = Dostępność
task-fact-equipment = Sprzęt
task-fact-lease = Miejsca są rezerwowane na
task-fact-lease-value = { $hours }, potem można je przedłużyć albo się zwalniają
task-fact-about = Dotyczy
task-fact-about-issue = Zgłoszona sprawa
task-fact-hours = Godziny pomocy
task-fact-hours-verified = { $hours } potwierdzone

## TaskBoardPage.tsx: tablica zadań, karty i filtry

task-tab-needs-people = Potrzebni ludzie
task-tab-mine = Moje
task-tab-done = Zrobione
task-tabs-label = Listy zadań
task-board-empty-needs-people = Teraz żadne zadanie nie potrzebuje ludzi.
task-board-empty-mine = Nie masz tu miejsca w żadnym zadaniu.
task-board-empty-done = Nie ma jeszcze skończonych zadań.
task-board-no-match = Żadne zadanie nie pasuje do tych filtrów.
task-new = Nowe zadanie
task-propose = Zaproponuj zadanie
task-filters-label = Filtruj zadania
task-filter-skill = Umiejętność
task-filter-from = Od
task-filter-to = Do
task-filters-apply = Zastosuj filtry
task-filters-clear = Wyczyść filtry
task-board-mine-sign-in = <link>Zaloguj się</link>, aby zobaczyć zadania, w których masz miejsce.
task-board-loading = Wczytywanie zadań…
task-board-load-more = Pokaż więcej zadań
task-board-title = Zadania
task-board-title-in = Zadania: { $name }
task-board-lede = Rzeczy, które sąsiedzi mogą zrobić razem. Zapisz się do zadania, które potrzebuje ludzi.
task-board-sign-in = <link>Zaloguj się</link>, aby zapisać się do zadania.

## NewTaskPage.tsx: dodawanie albo proponowanie zadania

task-propose-members-only = Zadania mogą proponować członkowie sąsiedztwa <link>{ $name }</link>. Najpierw dołącz do sąsiedztwa.
task-propose-sign-in = <link>Zaloguj się</link>, aby zaproponować zadanie.
task-new-lede = Wolontariusze mogą się zapisywać, gdy tylko dodasz zadanie.
task-propose-lede = Najpierw koordynator obejrzy twoją propozycję; gdy ją zatwierdzi, sąsiedzi będą mogli się zapisywać.
task-post = Dodaj zadanie
task-send-proposal = Wyślij propozycję

## TaskForm.tsx: pola zadania

task-field-title = Tytuł
task-field-description = Co trzeba zrobić (nieobowiązkowo)
task-field-issue = Powiązana sprawa (nieobowiązkowo)
task-field-address = Gdzie (nieobowiązkowo)
task-field-starts-at = Początek (nieobowiązkowo)
task-field-ends-at = Koniec (nieobowiązkowo)
task-field-slots = Ilu osób potrzeba
task-field-lease-hours = Na ile godzin rezerwować miejsce (nieobowiązkowo)
task-field-skills = Umiejętności (nieobowiązkowo)
task-field-accessibility = Dostępność (nieobowiązkowo)
task-field-equipment = Sprzęt (nieobowiązkowo)
task-field-times-hint = Zostaw oba pola czasu puste, jeśli zadanie można zrobić w dowolnym czasie.
task-field-lease-hours-hint = Dla zadań bez terminu: jak długo miejsce wolontariusza jest zarezerwowane, zanim musi je przedłużyć. Puste pole to { $usual }.
task-field-issue-hint = Godziny pomocy przy tym zadaniu będą wtedy liczone dla tej sprawy.
task-field-issue-none = Brak
task-field-issue-current = Sprawa powiązana teraz
task-field-skills-hint = Oddziel je przecinkami, na przykład: ogrodnictwo, prowadzenie auta. Najwyżej { $max }.
task-field-accessibility-hint = Wejście bez schodów, miejsca do siedzenia, czas w ciszy: co pomaga ludziom wziąć udział.
task-field-equipment-hint = Co zapewniamy, a co trzeba przynieść.
task-saving = Zapisywanie…
task-cancel-editing = Anuluj edycję

## VerificationQueuePage.tsx: potwierdzanie pracy, którą sąsiedzi oznaczyli jako zrobioną

verify-reason-missing = Napisz, co trzeba poprawić, żeby mogli to naprawić.
verify-sent-back = Odesłano do poprawy: { $name } dostaje twój powód.
verify-done-at = Zrobione <time>{ $age }</time>
verify-note = „{ $note }”
verify-reason = Co trzeba poprawić?
verify-reason-hint = { $name } zobaczy ten tekst, a praca wróci do poprawy.
verify-send-back = Odeślij do poprawy
verify-send-back-label = Odeślij do poprawy pracę: { $name }, zadanie „{ $title }”
verify-keep = Zostaw
verify-keep-label = Zostaw w kolejce
verify-verified = Potwierdzono: { $hours }, { $name }. Dziękujemy.
verify-verify = Potwierdź
verify-verify-label = Potwierdź pracę: { $name }, zadanie „{ $title }”
verify-send-back-open = Odeślij do poprawy…
verify-send-back-open-label = Odeślij do poprawy… pracę: { $name }, zadanie „{ $title }”
verify-queue-heading = Czeka na potwierdzenie
verify-loading = Wczytywanie…
verify-queue-empty = Nic nie czeka. Praca oznaczona jako zrobiona pojawia się tutaj, żeby ktoś z sąsiadów ją potwierdził.
verify-lede = Godziny się liczą, gdy sąsiad, który nie brał udziału w zadaniu, potwierdzi, że praca jest zrobiona. Koordynatorzy mogą potwierdzać każde zadanie.
verify-sign-in = <link>Zaloguj się</link>, aby potwierdzać pracę.
verify-members-only = Członkowie sąsiedztwa <link>{ $name }</link> potwierdzają nawzajem swoją pracę.

## HoursPage.tsx, HoursChart.tsx, HoursTable.tsx: godziny pomocy w sąsiedztwie

hours-issue-unnamed = Zgłoszona sprawa
hours-csv-heading = Dla koordynatorów
hours-csv-body = Godziny każdego wolontariusza, do twoich zapisków i podziękowań. Nigdy nie są pokazywane na stronie.
hours-csv-download = Pobierz plik CSV
hours-csv-done = Plik CSV jest pobrany.
hours-loading = Wczytywanie godzin…
hours-total-meta = potwierdzone godziny wolontariatu w sąsiedztwie { $name }, razem
hours-by-task = Według zadań
hours-by-task-empty = Żadne zadanie nie ma jeszcze potwierdzonych godzin.
hours-task = Zadanie
hours-by-issue = Według zgłoszonych spraw
hours-by-issue-empty = Żadne godziny nie są jeszcze powiązane ze zgłoszonymi sprawami.
hours-issue = Sprawa
hours-title-in = Godziny pomocy: { $name }
hours-period-legend = Podział godzin
hours-week = Tydzień
hours-month = Miesiąc
hours-verified-hours = Potwierdzone godziny

hours-chart-empty-short = Nie ma jeszcze potwierdzonych godzin.
hours-chart-summary-weeks = Razem { $total } w ciągu { $count ->
    [one] { $count } tygodnia
   *[other] { $count } tygodni
}.
hours-chart-summary-months = Razem { $total } w ciągu { $count ->
    [one] { $count } miesiąca
   *[other] { $count } miesięcy
}.
hours-chart-summary-weeks-busiest = Razem { $total } w ciągu { $count ->
    [one] { $count } tygodnia
   *[other] { $count } tygodni
}; najwięcej w tygodniu od { $date }: { $most }.
hours-chart-summary-months-busiest = Razem { $total } w ciągu { $count ->
    [one] { $count } miesiąca
   *[other] { $count } miesięcy
}; najwięcej – { $date }: { $most }.
hours-chart-caption-week = Potwierdzone godziny według tygodni
hours-chart-caption-month = Potwierdzone godziny według miesięcy
hours-chart-empty = Nie ma jeszcze potwierdzonych godzin: pojawią się tutaj, gdy ktoś potwierdzi pracę.
hours-chart-tick = { $hours } godz.
hours-chart-as-table = Te same liczby w tabeli

## CalendarPanel.tsx: prywatny link do kalendarza z zadaniami, w których masz miejsce

calendar-turned-off = Link do kalendarza jest wyłączony. Kalendarze, które go używały, nie będą się już aktualizować.
calendar-renewed = Nowy link do kalendarza jest gotowy. Stary już nie działa: zmień go w aplikacji kalendarza.
calendar-ready = Twój link do kalendarza jest gotowy. Dodaj go w aplikacji kalendarza jako subskrypcję.
calendar-copied = Link jest skopiowany.
calendar-selected = Link jest zaznaczony: skopiuj go klawiaturą albo z menu.
calendar-heading = Mój kalendarz
calendar-intro = Zobacz zadania, w których masz miejsce, we własnym kalendarzu. Link jest prywatny: każdy, kto go ma, widzi te zadania.
calendar-link = Twój link do kalendarza
calendar-copy = Kopiuj
calendar-copy-label = Kopiuj link do kalendarza
calendar-new-link = Nowy link
calendar-turn-off = Wyłącz
calendar-working = Chwileczkę…
calendar-get = Pobierz mój link do kalendarza
calendar-turn-off-earlier = Wyłącz wcześniejszy link
