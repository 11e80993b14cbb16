# The home page: the first page a resident sees. Plainest words.
# Terms: see docs/glossary.md (neighbourhood, report, issue, task, hours given).

home-title = Commonground
home-lede = A shared place for a neighbourhood and the public services that work in it to look after things together.
home-how-heading = How it works
home-how-pool = <strong>Pool reports.</strong> When several neighbours notice the same broken streetlight, their reports join into one shared issue, and everyone who contributed hears what happens next.
home-how-talk = <strong>Talk it through.</strong> Discuss what matters locally with the people who live there and the services who can act on it.
home-how-help = <strong>Lend a hand.</strong> Volunteer tasks are shared out in small slots, and the hours count for the whole neighbourhood, not for a leaderboard.
home-how-together = Everything here is for collective benefit: what one person raises, many can support and everyone can follow.
home-mine-heading = Your neighbourhoods
home-no-neighbourhoods = You have not joined a neighbourhood yet. <find>Find one near you</find> or <start>start one</start>.
home-start-heading = Get started
home-create-account = Create an account
home-browse = Browse neighbourhoods
home-sign-in = Sign in
