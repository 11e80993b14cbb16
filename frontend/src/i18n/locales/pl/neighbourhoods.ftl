# Neighbourhoods: the directory, a neighbourhood's page, its members, starting one, and the printed leaflet.
# Terms: see docs/glossary.md (neighbourhood, member, coordinator, issue, task, hours given, place).

## Shared by the directory card and the neighbourhood page

nbh-member-count = { $count ->
    [one] { $count } członek
    [few] { $count } członków
    [many] { $count } członków
   *[other] { $count } członka
}
nbh-open-to-join = Dołączenie od razu
nbh-join-by-request = Dołączenie na prośbę
nbh-finding-you = Szukamy, gdzie jesteś…
nbh-latitude = Szerokość geograficzna
nbh-longitude = Długość geograficzna

## NeighbourhoodCard

# $place: the street or place the neighbourhood was found by.
nbh-card-covers = Obejmuje: { $place }
nbh-card-request-pending = Prośba czeka na decyzję
nbh-card-you-are-member = Jesteś członkiem

## Directory

nbh-directory-title = Sąsiedztwa
nbh-directory-intro = Znajdź swoje sąsiedztwo albo <start>załóż nowe</start>, jeśli jeszcze go nie ma.
nbh-search-label = Sąsiedztwa
nbh-search-q = Nazwa, ulica lub kod pocztowy
nbh-search-q-hint = Nazwa sąsiedztwa albo ulica, kod pocztowy lub miejsce w nim: wybierz coś z listy albo kliknij „Szukaj”.
nbh-search-no-place = Żadna ulica, kod pocztowy ani miejsce nie pasuje do „{ $q }”. Wyszukiwanie sprawdza też nazwy.
nbh-near-legend = Blisko miejsca (opcjonalnie)
nbh-near-hint = Pokaż najpierw te najbliżej ciebie albo najbliżej współrzędnych, które wpiszesz.
nbh-near-me = Blisko mnie
nbh-search = Szukaj
nbh-search-latitude-range = Wpisz szerokość geograficzną od -90 do 90.
nbh-search-longitude-range = Wpisz długość geograficzną od -180 do 180.
nbh-results-heading = Wyniki
nbh-results-loading = Ładowanie sąsiedztw…
nbh-results-none = Nie ma jeszcze żadnych sąsiedztw.
nbh-results-none-match = Żadne sąsiedztwo nie pasuje do „{ $q }”.
nbh-results = { $count ->
    [one] Widzisz { $count } sąsiedztwo.
    [few] Widzisz { $count } sąsiedztwa.
    [many] Widzisz { $count } sąsiedztw.
   *[other] Widzisz { $count } sąsiedztwa.
}
nbh-results-nearest = { $count ->
    [one] Widzisz { $count } sąsiedztwo, od najbliższego.
    [few] Widzisz { $count } sąsiedztwa, od najbliższego.
    [many] Widzisz { $count } sąsiedztw, od najbliższego.
   *[other] Widzisz { $count } sąsiedztwa, od najbliższego.
}
nbh-results-matching = { $count ->
    [one] Widzisz { $count } sąsiedztwo pasujące do „{ $q }”.
    [few] Widzisz { $count } sąsiedztwa pasujące do „{ $q }”.
    [many] Widzisz { $count } sąsiedztw pasujących do „{ $q }”.
   *[other] Widzisz { $count } sąsiedztwa pasującego do „{ $q }”.
}
nbh-results-matching-nearest = { $count ->
    [one] Widzisz { $count } sąsiedztwo pasujące do „{ $q }”, od najbliższego.
    [few] Widzisz { $count } sąsiedztwa pasujące do „{ $q }”, od najbliższego.
    [many] Widzisz { $count } sąsiedztw pasujących do „{ $q }”, od najbliższego.
   *[other] Widzisz { $count } sąsiedztwa pasującego do „{ $q }”, od najbliższego.
}
# Said after the sentence above when more can be loaded.
nbh-results-more = Jest ich więcej.
nbh-places-heading = Według ulicy, kodu pocztowego lub miejsca
nbh-places-loading = Szukamy miejsc…
nbh-places-no-match = Żadna ulica, kod pocztowy ani miejsce nie pasuje do „{ $q }”.
nbh-places-none-cover = Znaleźliśmy miejsca pasujące do „{ $q }”, ale żadne sąsiedztwo ich jeszcze nie obejmuje.
nbh-places-covered = { $count ->
    [one] { $count } sąsiedztwo obejmuje miejsca pasujące do „{ $q }”.
    [few] { $count } sąsiedztwa obejmują miejsca pasujące do „{ $q }”.
    [many] { $count } sąsiedztw obejmuje miejsca pasujące do „{ $q }”.
   *[other] { $count } sąsiedztwa obejmuje miejsca pasujące do „{ $q }”.
}
# $sources: the map data's credits, as the place search gives them.
nbh-places-attribution = Miejsca: { $sources }

## CreateNeighbourhood

nbh-create-title = Załóż sąsiedztwo
nbh-create-intro = Zostaniesz jego pierwszym koordynatorem: możesz przyjmować członków i dzielić się tą rolą z innymi.
nbh-checking-session = Sprawdzamy, czy jesteś zalogowany…
nbh-create-sign-in = <signin>Zaloguj się</signin> albo <signup>załóż konto</signup>, aby założyć sąsiedztwo.
nbh-create-name = Nazwa
nbh-create-name-hint = Od { $min } do { $max } znaków.
nbh-create-description = Opis (opcjonalnie)
nbh-create-description-hint = Co to za miejsce i co sąsiedzi chcą razem robić?
nbh-create-visibility = Kto może je zobaczyć
nbh-create-public-hint = Każdy może je znaleźć i zobaczyć, co się w nim dzieje.
nbh-create-private-hint = Tylko członkowie mogą je znaleźć i zajrzeć do środka.
nbh-create-join-policy = Jak można dołączyć
nbh-create-open = Otwarte
nbh-create-open-hint = Każdy może dołączyć od razu.
nbh-create-approval = Po zatwierdzeniu
nbh-create-where = Gdzie to jest
nbh-create-where-hint = Środek obszaru tak, jak podaje go mapa (na przykład 51.4545, -2.5879), i jak daleko sięga.
nbh-create-lat = Szerokość geograficzna środka
nbh-create-lon = Długość geograficzna środka
nbh-use-my-location = Użyj mojej lokalizacji
nbh-create-radius = Promień w metrach
nbh-create-radius-hint = Od { NUMBER($min, useGrouping: 0) } do { NUMBER($max, useGrouping: 0) }.
nbh-creating = Zakładanie…
nbh-create-submit = Załóż sąsiedztwo

## viewed (a neighbourhood that is not there)

nbh-not-found-title = Nie znaleziono sąsiedztwa
nbh-not-found = To sąsiedztwo nie istnieje albo jest prywatne, a ty nie jesteś jego członkiem.
nbh-not-found-browse = To sąsiedztwo nie istnieje albo jest prywatne, a ty nie jesteś jego członkiem. <browse>Przeglądaj sąsiedztwa</browse>.

## NeighbourhoodPage

nbh-page-title = Sąsiedztwo
nbh-page-loading = Ładowanie sąsiedztwa…
nbh-online-count = { $count ->
    [one] { $count } sąsiad jest teraz online
    [few] { $count } sąsiadów jest teraz online
    [many] { $count } sąsiadów jest teraz online
   *[other] { $count } sąsiada jest teraz online
}
nbh-about-heading = O sąsiedztwie
nbh-no-description = Nie ma jeszcze opisu.
nbh-fact-members = Członkowie
nbh-fact-visibility = Widoczność
nbh-fact-joining = Dołączanie
nbh-fact-area = Obszar
nbh-fact-started = Założone
# $center: the centre's coordinates, "51.45450, -2.58790".
nbh-area-radius = { $count ->
    [one] { $count } metr wokół punktu { $center }
    [few] { $count } metry wokół punktu { $center }
    [many] { $count } metrów wokół punktu { $center }
   *[other] { $count } metra wokół punktu { $center }
}
nbh-area-boundary = Granica ze środkiem w punkcie { $center }
nbh-orgs-heading = Instytucje, które tu działają
nbh-orgs-none = Żadna instytucja nie obsługuje jeszcze tego sąsiedztwa w Commonground.
nbh-activity-heading = Co się ostatnio działo
nbh-activity-empty = Zmiany pojawią się tutaj, gdy tylko się wydarzą.
nbh-leaflet-heading = Dotrzyj do większej liczby sąsiadów
nbh-leaflet-invite = <print>Wydrukuj ulotkę</print> z kodem QR do tej strony, do skrzynek na listy i na tablice ogłoszeń.
nbh-discussions-heading = Rozmowy
nbh-threads-link = Wątki: porozmawiaj z sąsiadami
nbh-moderation-link = Moderacja: kolejka i dziennik
nbh-volunteering-heading = Wolontariat
nbh-tasks-link = Tablica zadań: to, do czego potrzeba ludzi
nbh-hours-link = Godziny pomocy

## The live activity feed (describe.ts). $who: a person's name; the -you messages are about the reader.
# Polish avoids gendered past forms: a name may be anyone's, so the lines are in the present or impersonal.

nbh-feed-someone = Ktoś
nbh-feed-joined = { $who } dołącza do sąsiedztwa
nbh-feed-joined-you = Dołączasz do sąsiedztwa
nbh-feed-requested = { $who } prosi o dołączenie
nbh-feed-requested-you = Prosisz o dołączenie
nbh-feed-approved = { $who } zostaje członkiem
nbh-feed-approved-you = Zostajesz członkiem
nbh-feed-left = { $who } opuszcza sąsiedztwo
nbh-feed-left-you = Opuszczasz sąsiedztwo
nbh-feed-removed = Usunięto z sąsiedztwa: { $who }
nbh-feed-removed-you = Usunięto cię z sąsiedztwa
nbh-feed-now-coordinator = { $who } zostaje koordynatorem
nbh-feed-now-coordinator-you = Zostajesz koordynatorem
nbh-feed-now-member = { $who } jest teraz członkiem
nbh-feed-now-member-you = Jesteś teraz członkiem
nbh-feed-withdrew = { $who } wycofuje prośbę o dołączenie
nbh-feed-withdrew-you = Wycofujesz prośbę o dołączenie
nbh-feed-rejected = Odrzucono prośbę o dołączenie: { $who }
nbh-feed-rejected-you = Odrzucono twoją prośbę o dołączenie
nbh-feed-suspended = Zawieszono członkostwo: { $who }
nbh-feed-suspended-you = Zawieszono twoje członkostwo
nbh-feed-reinstated = Przywrócono członkostwo: { $who }
nbh-feed-reinstated-you = Przywrócono twoje członkostwo
nbh-feed-invited = Ktoś dostał zaproszenie do sąsiedztwa
nbh-feed-invitation-declined = Ktoś odrzucił zaproszenie
nbh-feed-invitation-withdrawn = Wycofano zaproszenie
nbh-feed-updated = Zmieniono opis sąsiedztwa
nbh-feed-started = Sąsiedztwo zostało założone
nbh-feed-issue-reported = Zgłoszono nowy problem
nbh-feed-issue-another-report = Problem dostał kolejne zgłoszenie
nbh-feed-issue-new-supporter = Kolejny sąsiad zgłosił znany już problem
nbh-feed-issue-supported = Problem dotyczy kolejnego sąsiada
nbh-feed-issue-status-changed = Zmienił się stan problemu
nbh-feed-issue-open = Problem jest znów otwarty
nbh-feed-issue-acknowledged = Problem został przyjęty
nbh-feed-issue-in-progress = Problem jest w trakcie rozwiązywania
nbh-feed-issue-resolved = Problem został rozwiązany
nbh-feed-issue-declined = Problem został odrzucony
nbh-feed-issue-duplicate = Problem oznaczono jako powtórzony
# A status this version does not know, shown as the server names it.
nbh-feed-issue-status-other = Nowy stan problemu: { $status }
# $place: where on the map, as the server words it.
nbh-feed-issue-placed = Problem zaznaczono na mapie: { $place }

## MembershipPanel

member-heading = Twoje członkostwo
member-sign-in-to-join = <signin>Zaloguj się</signin> albo <signup>załóż konto</signup>, aby dołączyć.
member-anyone-can-join = Każdy może dołączyć do tego sąsiedztwa.
member-coordinator-approves = Koordynator zatwierdza każdą prośbę o dołączenie.
member-join = Dołącz do sąsiedztwa
member-request-to-join = Poproś o dołączenie
member-request-pending = <strong>Prośba czeka na decyzję.</strong> Koordynator wkrótce ją obejrzy.
member-withdraw-request = Wycofaj prośbę
member-suspended = Twoje członkostwo jest zawieszone.
member-you-are-member = Jesteś tu <strong>członkiem</strong>.
member-you-are-coordinator = Jesteś tu <strong>koordynatorem</strong>.
member-leave = Opuść sąsiedztwo
# $name: the neighbourhood's name.
member-joined = Należysz teraz do sąsiedztwa { $name }.
member-left = Nie należysz już do sąsiedztwa { $name }.
member-request-sent = Twoja prośba o dołączenie trafiła do koordynatorów.
member-request-withdrawn = Twoja prośba została wycofana.

## MemberList, PendingRequests ($name: the member's name)

member-list-heading = Członkowie
member-list-members-only = Listę członków widzą tylko członkowie tego sąsiedztwa.
member-list-loading = Ładowanie członków…
# After the reader's own name in the list.
member-you-suffix = (ty)
member-joined-on = W sąsiedztwie od { $date }
member-make-member = Ustaw rolę: członek
member-make-coordinator = Ustaw rolę: koordynator
member-remove = Usuń
member-now-member = { $name } jest teraz członkiem.
member-now-coordinator = { $name } jest teraz koordynatorem.
member-removed = Usunięto z sąsiedztwa: { $name }.
member-load-more = Pokaż więcej członków
member-pending-heading = Prośby o dołączenie
member-pending-none = Nikt nie czeka na dołączenie.
member-asked-on = Prośba z dnia { $date }
member-approve = Zatwierdź
member-reject = Odrzuć
member-request-declined = Odrzucono prośbę o dołączenie: { $name }.
member-load-more-requests = Pokaż więcej próśb

## LeafletPage (the coordinators' page and the printed leaflet)

leaflet-title = Ulotka
leaflet-page-title = Ulotka: { $name }
leaflet-coordinators-only = Ulotkę sąsiedztwa drukują tylko jego koordynatorzy.
leaflet-back = Wróć do: { $name }
leaflet-intro = Wydrukuj tę stronę i zostaw ją w skrzynkach na listy, na tablicach ogłoszeń, w bibliotece albo w sklepie obok. Kod QR prowadzi do strony <page>{ $name }</page>.
leaflet-private-notice = { $name } to prywatne sąsiedztwo: kto zeskanuje kod, zobaczy je dopiero po zaproszeniu, więc ulotka prosi o kontakt. Dodaj kontakt poniżej.
leaflet-contact-label = Kontakt do wydruku (opcjonalnie)
leaflet-contact-hint = Imię i numer telefonu albo e-mail dla sąsiadów bez internetu. Trafi tylko na wydruk, nie zapisujemy go.
leaflet-print = Wydrukuj ulotkę

# The printed leaflet: read by neighbours who have never used Commonground.
leaflet-kicker = Twoje sąsiedztwo
leaflet-what-heading = Co robimy razem
leaflet-what-report = <strong>Zgłaszamy problemy</strong>, takie jak dziury w drodze, zepsute latarnie albo dzikie wysypiska śmieci. Gdy sąsiedzi zgłaszają to samo, powstaje jedna wspólna sprawa, a każdy dowiaduje się, co robi z nią urząd.
leaflet-what-talk = <strong>Rozmawiamy</strong> z sąsiadami w wątkach naszego sąsiedztwa.
leaflet-what-help = <strong>Pomagamy</strong> przy małych zadaniach, do których potrzeba kilku osób, i widzimy, ile godzin pomocy dajemy razem.
leaflet-join-heading = Dołącz do nas
leaflet-qr-alt = Kod QR do { $address }
leaflet-qr-failed = Nie udało się załadować kodu QR. Odśwież stronę, aby spróbować jeszcze raz.
leaflet-qr-loading = Ładowanie kodu QR…
leaflet-scan = Zeskanuj kod aparatem w telefonie albo wpisz ten adres w przeglądarce:
leaflet-join-private = To sąsiedztwo jest prywatne: skontaktuj się z nami, a zaprosimy cię.
leaflet-join-open = Każdy, kto mieszka lub pracuje w pobliżu, może dołączyć. To zajmuje minutę.
leaflet-join-approval = Poproś o dołączenie, a ktoś z nas chętnie cię przyjmie.
leaflet-join-other = Skontaktuj się z nami, a pomożemy ci dołączyć.
leaflet-how-to-report = Aby zgłosić problem, otwórz stronę sąsiedztwa i wybierz „Zgłoś problem”.
leaflet-contact-heading = Nie masz internetu? Zapytaj nas
leaflet-contact-offer = Możemy zgłosić problem za ciebie albo powiedzieć ci, co się dzieje.
