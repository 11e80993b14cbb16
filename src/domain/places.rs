//! Places in words (the gazetteer's pure rules): how place names are normalised for search, how a
//! typed query becomes search terms, which grid cells hold the points near a point, how matches
//! are ranked, and how a point is put into words ("outside 3 Mill Lane", "Canal Side, near Lock
//! Road"). The database work is `services::places`; everything here is unit-tested below.

use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};

use super::geo::GeoPoint;
pub use entity::status::PlaceKind;

/// An address further than this from a point does not describe it ("outside 3 Mill Lane" must be
/// true when read standing there).
pub const ADDRESS_RADIUS_M: f64 = 50.0;
/// A street further than this does not describe a point: the caller falls back to the
/// neighbourhood's name.
pub const STREET_RADIUS_M: f64 = 150.0;
/// A second street this close to the point found on the first one names the corner ("Canal Side,
/// near Lock Road").
pub const CROSS_STREET_RADIUS_M: f64 = 60.0;
/// The longest query searched: a full address with its postcode and town fits well within it.
pub const MAX_QUERY_CHARS: usize = 100;
/// More words than this are not a place anyone types; the rest are ignored.
pub const MAX_QUERY_TERMS: usize = 8;
/// The most matches one search answers.
pub const MAX_RESULTS: u64 = 10;
/// Candidates read from the text index before ranking in memory (kind, nearness, exactness).
pub const CANDIDATES: u64 = 200;
/// The side of a grid cell in degrees (about 111 m north-south; east-west shrinks with latitude).
pub const CELL_DEGREES: f64 = 0.001;

const METRES_PER_DEGREE_LAT: f64 = 111_320.0;

/// Street-type abbreviations and the word they stand for: both the stored text and the query are
/// expanded, so "Mill Ln", "mill lane" and "MILL LANE" are the same words.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("st", "street"),
    ("rd", "road"),
    ("ln", "lane"),
    ("ave", "avenue"),
    ("av", "avenue"),
    ("dr", "drive"),
    ("ct", "court"),
    ("pl", "place"),
    ("sq", "square"),
    ("cres", "crescent"),
    ("tce", "terrace"),
    ("gdns", "gardens"),
    ("cl", "close"),
    ("blvd", "boulevard"),
    ("hwy", "highway"),
];

fn expand(word: &str) -> &str {
    ABBREVIATIONS
        .iter()
        .find(|(short, _)| *short == word)
        .map_or(word, |(_, long)| long)
}

/// The words of a text as search sees them: lower case, accents and diacritics dropped ("ä" is
/// "a": people type "Toolonkatu" for "Töölönkatu"), punctuation as spaces, abbreviations spelled
/// out, one space between words.
pub fn normalise(text: &str) -> String {
    words(text)
        .iter()
        .map(|word| expand(word))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lower-cased, unaccented words of letters and digits, not yet expanded.
fn words(text: &str) -> Vec<String> {
    let folded: String = text
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    folded.split_whitespace().map(str::to_owned).collect()
}

/// One word of a query: the words any of which may match it, each whole or as a prefix.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    pub alternatives: Vec<(String, bool)>,
}

/// A typed query as search terms: every word must match; the last one is still being typed, so it
/// also matches as a prefix (and an abbreviation there matches both ways: "mill rd" finds "Mill
/// Road", "mill st" finds "Mill Street" and "Mill Station"). Empty when nothing searchable is left.
pub fn query_terms(query: &str) -> Vec<Term> {
    let words = words(query);
    let count = words.len().min(MAX_QUERY_TERMS);
    words
        .into_iter()
        .take(count)
        .enumerate()
        .map(|(i, word)| {
            let last = i + 1 == count;
            let long = expand(&word).to_owned();
            let mut alternatives = vec![(long.clone(), last)];
            if last && long != word {
                alternatives.push((word, true));
            }
            Term { alternatives }
        })
        .collect()
}

/// The terms as an FTS5 query: `"mill" AND ("rd"* OR "road")`. Words hold only letters and
/// digits, and are quoted anyway, so no query syntax can come from the user.
pub fn fts5_query(terms: &[Term]) -> String {
    join_terms(terms, " AND ", " OR ", |word, prefix| {
        format!("\"{word}\"{}", if prefix { "*" } else { "" })
    })
}

/// The terms as a PostgreSQL `to_tsquery('simple', ...)`: `mill & (rd:* | road)`.
pub fn tsquery(terms: &[Term]) -> String {
    join_terms(terms, " & ", " | ", |word, prefix| {
        format!("{word}{}", if prefix { ":*" } else { "" })
    })
}

fn join_terms(terms: &[Term], and: &str, or: &str, word: impl Fn(&str, bool) -> String) -> String {
    terms
        .iter()
        .map(|term| {
            let alternatives: Vec<String> = term
                .alternatives
                .iter()
                .map(|(text, prefix)| word(text, *prefix))
                .collect();
            if alternatives.len() == 1 {
                alternatives.join("")
            } else {
                format!("({})", alternatives.join(or))
            }
        })
        .collect::<Vec<_>>()
        .join(and)
}

/// Whether a search reads single addresses too, after the names (streets, places, postcodes)
/// found `name_labels` distinct labels: when a word has a digit (a house number, or a postcode
/// whose addresses are wanted), or the names do not fill the `limit` asked for. A short query
/// ("ch", "mill") matches tens of thousands of addresses in a city and ranks streets before them
/// anyway; ranking all of those addresses was most of its time (`make bench-places`).
pub fn needs_addresses(terms: &[Term], name_labels: usize, limit: usize) -> bool {
    let has_number = terms.iter().any(|term| {
        term.alternatives
            .iter()
            .any(|(word, _)| word.chars().any(|c| c.is_ascii_digit()))
    });
    has_number || name_labels < limit
}

/// Whether the addresses read are ranked by the text index, or just the first `CANDIDATES`
/// matches taken: one word alone ("12", "mannerheimint") matches addresses broadly and equally
/// well, so their text rank says nothing and costs a pass over every match; `rank` orders the
/// ones taken by kind and nearness as for any.
pub fn rank_addresses_by_text(terms: &[Term]) -> bool {
    terms.len() > 1
}

/// A point's cell on the grid of `CELL_DEGREES` (stored as `cell_y`, `cell_x`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub y: i32,
    pub x: i32,
}

impl Cell {
    pub fn of(lat: f64, lon: f64) -> Self {
        // Latitude and longitude are bounded (±90, ±180), so the cells fit an i32 many times over.
        Self {
            y: (lat / CELL_DEGREES).floor() as i32,
            x: (lon / CELL_DEGREES).floor() as i32,
        }
    }
}

/// The cells that hold every point within `radius_m` of a point: rows `ys` (read one index range
/// each) and columns `x_min..=x_max`. Near the poles and the antimeridian the box is clamped
/// (nobody reports a streetlight there).
#[derive(Debug, Clone, PartialEq)]
pub struct CellRange {
    pub ys: Vec<i32>,
    pub x_min: i32,
    pub x_max: i32,
}

pub fn cells_within(point: GeoPoint, radius_m: f64) -> CellRange {
    let bbox = point.bbox_around(radius_m);
    let low = Cell::of(bbox.min_lat, bbox.min_lon);
    let high = Cell::of(bbox.max_lat, bbox.max_lon);
    CellRange {
        ys: (low.y..=high.y).collect(),
        x_min: low.x,
        x_max: high.x,
    }
}

/// The nearest of some located things within `radius_m` of a point, with its distance.
pub fn nearest<T>(
    from: GeoPoint,
    radius_m: f64,
    candidates: impl IntoIterator<Item = (T, f64, f64)>,
) -> Option<(T, f64)> {
    candidates
        .into_iter()
        .map(|(item, lat, lon)| {
            let distance = from.distance_m(&GeoPoint { lat, lon });
            (item, distance)
        })
        .filter(|(_, distance)| *distance <= radius_m)
        .min_by(|a, b| a.1.total_cmp(&b.1))
}

/// What describes a point, as found near it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Surroundings {
    /// The nearest address within `ADDRESS_RADIUS_M`: (house number, street).
    pub address: Option<(String, String)>,
    /// The nearest street within `STREET_RADIUS_M`.
    pub street: Option<String>,
    /// The nearest other street within `CROSS_STREET_RADIUS_M` of the point.
    pub cross_street: Option<String>,
}

/// The place in words: "outside 3 Mill Lane" when an address is near enough, else the street
/// ("Canal Side, near Lock Road" when another street is close too), else nothing (the caller says
/// the neighbourhood's name instead).
pub fn describe(found: &Surroundings) -> Option<String> {
    if let Some((number, street)) = &found.address {
        return Some(format!("outside {number} {street}"));
    }
    let street = found.street.as_ref()?;
    match &found.cross_street {
        Some(cross) if normalise(cross) != normalise(street) => {
            Some(format!("{street}, near {cross}"))
        }
        _ => Some(street.clone()),
    }
}

/// Named features people give as landmarks ("outside the library", "by the Lock Keeper pub"),
/// kept as named places beside OpenStreetMap's `place=*`: (key, values). Few on purpose: a named
/// shop or café comes and goes, a library or a park stays where people say it is.
pub const LANDMARKS: &[(&str, &[&str])] = &[
    (
        "amenity",
        &[
            "library",
            "pub",
            "community_centre",
            "townhall",
            "school",
            "place_of_worship",
        ],
    ),
    ("leisure", &["park", "playground"]),
];

/// Whether an element tagged `value` under `key` is a landmark (see [`LANDMARKS`]).
pub fn is_landmark(key: &str, value: &str) -> bool {
    LANDMARKS
        .iter()
        .any(|(k, values)| *k == key && values.contains(&value))
}

/// The label of an address: "3 Mill Lane", with ", <postcode>" when known (two "3 Mill Lane"s in
/// different towns are told apart by it).
pub fn address_label(housenumber: &str, street: &str, postcode: Option<&str>) -> String {
    match postcode {
        Some(code) => format!("{housenumber} {street}, {code}"),
        None => format!("{housenumber} {street}"),
    }
}

/// A match from the text index, before ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub label: String,
    pub kind: PlaceKind,
    pub lat: f64,
    pub lon: f64,
}

/// Orders the text index's candidates (given best first by the index's own text rank) for a
/// person: an exact name first, then what the label starts with, then streets and places before
/// single addresses, then nearness to `near` (a few kilometres outweigh text rank, not
/// exactness); one entry per label and kind (the nearest to `near`), at most `limit`.
pub fn rank(
    query: &str,
    candidates: Vec<Candidate>,
    near: Option<GeoPoint>,
    limit: usize,
) -> Vec<Candidate> {
    let wanted = normalise(query);
    let total = candidates.len().max(1) as f64;
    let mut scored: Vec<(f64, f64, Candidate)> = candidates
        .into_iter()
        .enumerate()
        .map(|(position, candidate)| {
            let label = normalise(&candidate.label);
            let distance_km = near.map_or(0.0, |from| {
                from.distance_m(&GeoPoint {
                    lat: candidate.lat,
                    lon: candidate.lon,
                }) / 1000.0
            });
            let exactness = if label == wanted {
                0.0
            } else if label.starts_with(&wanted) {
                1.0
            } else {
                2.0
            };
            let kind = match candidate.kind {
                PlaceKind::Street | PlaceKind::Place | PlaceKind::Postcode => 0.0,
                PlaceKind::Address => 0.5,
            };
            let score =
                exactness * 10.0 + kind + position as f64 / total + (1.0 + distance_km).ln() * 2.0;
            (score, distance_km, candidate)
        })
        .collect();
    scored.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut kept: Vec<Candidate> = Vec::new();
    for (_, _, candidate) in scored {
        let seen = kept
            .iter()
            .any(|k| k.kind == candidate.kind && k.label == candidate.label);
        if !seen {
            kept.push(candidate);
        }
        if kept.len() >= limit {
            break;
        }
    }
    kept
}

/// Points along a line about every `spacing_m` (the line's own points included), for the
/// nearest street to a point: a street's nodes can be hundreds of metres apart.
pub fn points_along(line: &[GeoPoint], spacing_m: f64) -> Vec<GeoPoint> {
    let mut points = Vec::new();
    for pair in line.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let steps = (a.distance_m(&b) / spacing_m).ceil().max(1.0) as usize;
        for step in 0..steps {
            let t = step as f64 / steps as f64;
            points.push(GeoPoint {
                lat: a.lat + (b.lat - a.lat) * t,
                lon: a.lon + (b.lon - a.lon) * t,
            });
        }
    }
    if let Some(last) = line.last() {
        points.push(*last);
    }
    points
}

/// Metres to degrees of latitude (for tests and callers that need a box by hand).
pub fn metres_to_lat_degrees(metres: f64) -> f64 {
    metres / METRES_PER_DEGREE_LAT
}

#[cfg(test)]
mod tests {

    #[test]
    fn libraries_pubs_and_parks_are_landmarks_but_shops_are_not() {
        assert!(is_landmark("amenity", "library"));
        assert!(is_landmark("amenity", "pub"));
        assert!(is_landmark("leisure", "park"));
        assert!(!is_landmark("amenity", "cafe"));
        assert!(!is_landmark("shop", "bakery"));
        assert!(!is_landmark("leisure", "library"));
    }

    use super::*;

    fn point(lat: f64, lon: f64) -> GeoPoint {
        GeoPoint { lat, lon }
    }

    #[test]
    fn normalising_drops_case_accents_punctuation_and_spells_out_abbreviations() {
        assert_eq!(normalise("Töölönkatu 3"), "toolonkatu 3");
        assert_eq!(normalise("MILL LN."), "mill lane");
        assert_eq!(normalise("St. John's Rd"), "street john s road");
        assert_eq!(
            normalise("  Åkerlundinkatu,   11-13 "),
            "akerlundinkatu 11 13"
        );
        assert_eq!(normalise("00100"), "00100");
        assert_eq!(normalise("...!"), "");
    }

    #[test]
    fn the_last_query_word_is_a_prefix_and_an_abbreviation_matches_both_ways() {
        let terms = query_terms("Mill rd");
        assert_eq!(fts5_query(&terms), "\"mill\" AND (\"road\"* OR \"rd\"*)");
        assert_eq!(tsquery(&terms), "mill & (road:* | rd:*)");
        let terms = query_terms("3 Mannerheimint");
        assert_eq!(fts5_query(&terms), "\"3\" AND \"mannerheimint\"*");
        assert_eq!(tsquery(&terms), "3 & mannerheimint:*");
        // An abbreviation before the last word is only its long form.
        assert_eq!(tsquery(&query_terms("st james")), "street & james:*");
    }

    #[test]
    fn queries_without_words_have_no_terms_and_long_ones_are_cut() {
        assert!(query_terms(" ,;\"*() ").is_empty());
        assert!(query_terms("").is_empty());
        let long = "a ".repeat(50);
        assert_eq!(query_terms(&long).len(), MAX_QUERY_TERMS);
        // Query syntax typed by a person is just punctuation.
        assert_eq!(
            fts5_query(&query_terms("mill\" OR x*")),
            "\"mill\" AND \"or\" AND \"x\"*"
        );
    }

    #[test]
    fn addresses_are_read_for_a_number_or_when_names_do_not_fill_the_answer() {
        // A house number or a postcode's digits: addresses, whatever the names found.
        assert!(needs_addresses(&query_terms("12 Mill"), 10, 5));
        assert!(needs_addresses(&query_terms("CG4 7QT"), 10, 5));
        // Words only: addresses only to fill the answer.
        assert!(!needs_addresses(&query_terms("church r"), 5, 5));
        assert!(needs_addresses(&query_terms("church r"), 4, 5));
        assert!(needs_addresses(&query_terms("mannerheimint"), 1, 10));
        // Ranked by text with two words or more; one word takes the first matches.
        assert!(rank_addresses_by_text(&query_terms("12 Mill")));
        assert!(!rank_addresses_by_text(&query_terms("12")));
        assert!(!rank_addresses_by_text(&query_terms("mannerheimint")));
    }

    #[test]
    fn a_point_s_cell_and_the_cells_around_it() {
        assert_eq!(Cell::of(60.1699, 24.9384), Cell { y: 60169, x: 24938 });
        assert_eq!(Cell::of(-0.0005, -0.0005), Cell { y: -1, x: -1 });
        let range = cells_within(point(60.1699, 24.9384), ADDRESS_RADIUS_M);
        assert_eq!(range.ys, vec![60169, 60170]);
        // 50 m east and west at 60°N is about 0.0009° each way.
        assert_eq!((range.x_min, range.x_max), (24937, 24939));
        // Every point within the radius is in a listed cell.
        for (dlat, dlon) in [
            (0.00044, 0.0),
            (-0.00044, 0.0),
            (0.0, 0.0009),
            (0.0, -0.0009),
        ] {
            let near = point(60.1699 + dlat, 24.9384 + dlon);
            assert!(near.distance_m(&point(60.1699, 24.9384)) <= ADDRESS_RADIUS_M);
            let cell = Cell::of(near.lat, near.lon);
            assert!(range.ys.contains(&cell.y));
            assert!((range.x_min..=range.x_max).contains(&cell.x));
        }
    }

    #[test]
    fn the_nearest_within_the_radius_wins() {
        let from = point(60.0, 25.0);
        let found = nearest(
            from,
            100.0,
            [
                ("far", 60.002, 25.0),
                ("near", 60.0005, 25.0),
                ("nearer", 60.0002, 25.0),
            ],
        );
        assert_eq!(found.map(|(name, _)| name), Some("nearer"));
        assert!(nearest(from, 100.0, [("far", 60.002, 25.0)]).is_none());
    }

    #[test]
    fn a_point_in_words() {
        let mut found = Surroundings {
            address: Some(("3".into(), "Mill Lane".into())),
            street: Some("Mill Lane".into()),
            cross_street: Some("Lock Road".into()),
        };
        assert_eq!(describe(&found).as_deref(), Some("outside 3 Mill Lane"));
        found.address = None;
        assert_eq!(
            describe(&found).as_deref(),
            Some("Mill Lane, near Lock Road")
        );
        found.cross_street = Some("MILL LN".into());
        assert_eq!(describe(&found).as_deref(), Some("Mill Lane"));
        found.cross_street = None;
        assert_eq!(describe(&found).as_deref(), Some("Mill Lane"));
        assert_eq!(describe(&Surroundings::default()), None);
    }

    #[test]
    fn address_labels_carry_the_postcode_when_known() {
        assert_eq!(address_label("3", "Mill Lane", None), "3 Mill Lane");
        assert_eq!(
            address_label("5 A", "Mannerheimintie", Some("00100")),
            "5 A Mannerheimintie, 00100"
        );
    }

    fn candidate(label: &str, kind: PlaceKind, lat: f64) -> Candidate {
        Candidate {
            label: label.into(),
            kind,
            lat,
            lon: 25.0,
        }
    }

    #[test]
    fn ranking_prefers_exact_names_then_nearness_and_keeps_one_per_label() {
        let candidates = vec![
            candidate("3 Mill Lane", PlaceKind::Address, 60.0),
            candidate("Mill Lane", PlaceKind::Street, 60.5),
            candidate("Mill Lane", PlaceKind::Street, 60.01),
            candidate("Millbrook", PlaceKind::Place, 60.0),
        ];
        let ranked = rank("mill lane", candidates.clone(), Some(point(60.0, 25.0)), 10);
        let labels: Vec<_> = ranked.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(labels, vec!["Mill Lane", "3 Mill Lane", "Millbrook"]);
        // Of the two streets called Mill Lane, the one near the person.
        assert_eq!(ranked[0].lat, 60.01);
        // Without a point, the text index's order decides between equals.
        let ranked = rank("mill lane", candidates.clone(), None, 10);
        assert_eq!(ranked[0].lat, 60.5);
        assert_eq!(rank("mill", candidates, None, 2).len(), 2);
    }

    #[test]
    fn points_along_a_line_are_spaced_and_keep_its_ends() {
        let line = [point(60.0, 25.0), point(60.001, 25.0)]; // about 111 m
        let points = points_along(&line, 25.0);
        assert_eq!(points.len(), 6);
        assert_eq!(points.first(), Some(&line[0]));
        assert_eq!(points.last(), Some(&line[1]));
        for pair in points.windows(2) {
            assert!(pair[0].distance_m(&pair[1]) <= 25.0);
        }
        assert_eq!(points_along(&line[..1], 25.0), vec![line[0]]);
        assert!(points_along(&[], 25.0).is_empty());
        assert!((metres_to_lat_degrees(111_320.0) - 1.0).abs() < 1e-9);
    }
}
