# The home page: the first page a resident sees. Plainest words.
# Terms: see docs/glossary.md (neighbourhood, report, issue, task, hours given).

home-title = Commonground
home-lede = Wspólne miejsce, w którym sąsiedzi i instytucje działające w okolicy razem dbają o to, co wokół nich.
home-how-heading = Jak to działa
home-how-pool = <strong>Zgłaszaj razem z innymi.</strong> Gdy kilku sąsiadów zobaczy tę samą zepsutą latarnię, ich zgłoszenia łączą się w jedną wspólną sprawę. Każdy, kto zgłosił, dowie się, co dzieje się dalej.
home-how-talk = <strong>Porozmawiaj.</strong> Rozmawiaj o tym, co ważne w okolicy, z ludźmi, którzy tu mieszkają, i z instytucjami, które mogą coś zrobić.
home-how-help = <strong>Pomóż.</strong> Zadania dla wolontariuszy są podzielone na małe części. Godziny pomocy liczą się dla całego sąsiedztwa, a nie w rankingu.
home-how-together = Wszystko tu jest dla wspólnego dobra: to, co zgłosi jedna osoba, wielu może poprzeć, a każdy może obserwować.
home-mine-heading = Twoje sąsiedztwa
home-no-neighbourhoods = Nie należysz jeszcze do żadnego sąsiedztwa. <find>Znajdź sąsiedztwo blisko siebie</find> albo <start>załóż nowe</start>.
home-start-heading = Zacznij
home-create-account = Załóż konto
home-browse = Przeglądaj sąsiedztwa
home-sign-in = Zaloguj się
