# The place box: searching the gazetteer for a street, address or landmark.
# Terms: see docs/glossary.md (place).

## PlaceBox

# $query is what was typed.
place-no-matches = No places match “{ $query }”. It will be sent as you typed it.
place-matches =
    { $count ->
        [one] { $count } place matches; use the arrow keys to choose.
       *[other] { $count } places match; use the arrow keys to choose.
    }
place-matches-label = Matching places

## places/api.ts

# What OpenStreetMap's licence asks to be shown wherever its data is.
place-osm-attribution = © OpenStreetMap contributors
