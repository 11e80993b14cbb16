# The home page: the first page a resident sees. Plainest words.
# Terms: see docs/glossary.md (neighbourhood, report, issue, task, hours given).

home-title = Commonground
home-lede = A shared place where neighbours and local services look after things together.
home-how-heading = How it works
home-how-pool = <strong>Pool reports.</strong> When neighbours see the same broken street light, their reports join into one shared issue. Everyone who helped hears what happens next.
home-how-talk = <strong>Talk it through.</strong> Share what matters here with the people who live here and the services that can help.
home-how-help = <strong>Lend a hand.</strong> Volunteer tasks are shared out in small slots. The hours count for the whole neighbourhood, not for one person.
home-how-together = Everything here is for all of us: what one person raises, others can back, and everyone can follow.
home-mine-heading = Your neighbourhoods
home-no-neighbourhoods = You have not joined a neighbourhood yet. <find>Find one near you</find> or <start>start one</start>.
home-start-heading = Get started
home-create-account = Create an account
home-browse = Browse neighbourhoods
home-sign-in = Sign in
