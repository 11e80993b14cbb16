# Szkielet aplikacji: nagłówek, stopka, ładowanie strony i strony, na których może skończyć się każda ścieżka.
# Słowa: zobacz docs/glossary.md.

document-title = { $page } · Commonground
page-loading = Ładowanie…
language-switch-label = Język

header-skip-to-main = Przejdź do treści
header-menu = Menu
header-nav-label = Główne
header-signing-in = Logujemy cię…
header-sign-in = Zaloguj się
header-sign-up = Załóż konto
header-signed-in-as = Zalogowano jako
header-sign-out = Wyloguj się
nav-neighbourhoods = Sąsiedztwa
nav-organisations = Instytucje
nav-start-neighbourhood = Załóż sąsiedztwo

footer-about = Commonground to otwarte oprogramowanie dla sąsiadów i służb publicznych, które razem dbają o swoje miejsce. <docs>Dokumentacja API</docs>

not-found-title = Nie ma takiej strony
not-found-body = Pod tym adresem nic nie ma. Zajrzyj do <directory>spisu sąsiedztw</directory> albo wróć na <home>stronę główną</home>.
page-not-loaded-title = Nie udało się wczytać strony
page-not-loaded-body = Ta część Commonground nie dotarła. Sprawdź połączenie i <reload>wczytaj stronę jeszcze raz</reload>.
