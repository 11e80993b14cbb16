# Pole miejsca: szukanie ulicy, adresu lub znanego miejsca w spisie miejsc.
# Słowa: zob. docs/glossary.md (miejsce).

## PlaceBox

place-no-matches = Żadne miejsce nie pasuje do „{ $query }”. Wyślemy je tak, jak jest wpisane.
place-matches =
    { $count ->
        [one] { $count } miejsce pasuje; wybierz je strzałkami.
        [few] { $count } miejsca pasują; wybierz jedno strzałkami.
        [many] { $count } miejsc pasuje; wybierz jedno strzałkami.
       *[other] { $count } miejsca pasuje; wybierz jedno strzałkami.
    }
place-matches-label = Pasujące miejsca

## places/api.ts

place-osm-attribution = © Autorzy OpenStreetMap
