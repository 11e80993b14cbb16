# The app shell: header, footer, page loading and the pages every route can end on.
# Terms: see docs/glossary.md (issue, report, supporter, task, place, coordinator, service manager).

document-title = { $page } · Commonground
page-loading = Loading…
language-switch-label = Language

header-skip-to-main = Skip to main content
header-menu = Menu
header-nav-label = Main
header-signing-in = Signing you in…
header-sign-in = Sign in
header-sign-up = Sign up
header-signed-in-as = Signed in as
header-sign-out = Sign out
nav-neighbourhoods = Neighbourhoods
nav-organisations = Organisations
nav-start-neighbourhood = Start a neighbourhood

footer-about = Commonground is open-source software for neighbours and public services who look after a place together. <docs>API documentation</docs>

not-found-title = Page not found
not-found-body = There is nothing at this address. Try the <directory>neighbourhood directory</directory> or go back to the <home>home page</home>.
page-not-loaded-title = This page could not be loaded
page-not-loaded-body = Its part of Commonground did not arrive. Check your connection and <reload>reload the page</reload>.
