//! The gazetteer: places imported from OpenStreetMap (`import`, the `commonground places import`
//! command), searched by the words people use (`search`) and used to put a point into words
//! (`describe`). The rules (normalisation, query terms, ranking, wording, the grid) are
//! `domain::places`; this module is their database half, on SQLite (FTS5) and PostgreSQL
//! (`tsvector`) alike. See `docs/places.md`.

pub mod import;
pub mod osm;

use std::collections::HashSet;

use sea_orm::{ConnectionTrait, DatabaseBackend, DbErr, QueryResult};
use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::{
    geo::GeoPoint,
    places::{
        self, cells_within, fts5_query, needs_addresses, query_terms, rank_addresses_by_text,
        tsquery, Candidate, CellRange, PlaceKind, Surroundings, Term, ADDRESS_RADIUS_M, CANDIDATES,
        CROSS_STREET_RADIUS_M, MAX_RESULTS, STREET_RADIUS_M,
    },
};
use crate::support::sql::Sql;

/// What the licence of OpenStreetMap data (ODbL) asks to be shown wherever it is.
pub const OSM_ATTRIBUTION: &str = "© OpenStreetMap contributors";

/// A place that matched a search: what to show and where it is.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct PlaceMatch {
    /// "3 Mill Lane, AB1 2CD", "Mill Lane", "AB1 2CD", "Kamppi".
    pub label: String,
    pub kind: PlaceKind,
    pub lat: f64,
    pub lon: f64,
}

/// Places whose words match `query` (every word; the last one as a prefix), best first: exact
/// names, then streets and places before single addresses, then the nearest to `near`
/// (`(lat, lon)`). At most `limit` (capped at `MAX_RESULTS`); nothing for a query with no words.
///
/// Names (streets, places, postcodes) are read first through their own small index; addresses
/// only when `domain::places::needs_addresses` says (a house number, or names too few to fill the
/// answer). See `docs/places.md` and migration `000018`.
pub async fn search(
    db: &impl ConnectionTrait,
    query: &str,
    near: Option<(f64, f64)>,
    limit: u64,
) -> Result<Vec<PlaceMatch>, DbErr> {
    let terms = query_terms(query);
    if terms.is_empty() {
        return Ok(Vec::new());
    }
    let limit = limit.clamp(1, MAX_RESULTS) as usize;
    let mut candidates = read_candidates(db, &terms, Tier::Names).await?;
    let name_labels = candidates
        .iter()
        .map(|c| c.label.as_str())
        .collect::<HashSet<_>>()
        .len();
    if needs_addresses(&terms, name_labels, limit) {
        let tier = if rank_addresses_by_text(&terms) {
            Tier::RankedAddresses
        } else {
            Tier::FirstAddresses
        };
        candidates.extend(read_candidates(db, &terms, tier).await?);
    }
    let near = near.and_then(|(lat, lon)| GeoPoint::parse(lat, lon).ok());
    Ok(places::rank(query, candidates, near, limit)
        .into_iter()
        .map(|c| PlaceMatch {
            label: c.label,
            kind: c.kind,
            lat: c.lat,
            lon: c.lon,
        })
        .collect())
}

/// Which rows a candidate query reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tier {
    /// Streets, places and postcodes, best `CANDIDATES` by text rank (the names' own index).
    Names,
    /// Addresses, best `CANDIDATES` by text rank.
    RankedAddresses,
    /// Addresses, the first `CANDIDATES` that match (no text rank: see
    /// `domain::places::rank_addresses_by_text`).
    FirstAddresses,
}

/// The candidate query of a tier, as sent: `$1` the match expression (`fts5_query` on SQLite,
/// `tsquery` on PostgreSQL), `$2` how many. Public so `make bench-places` measures the same SQL
/// alone. `kind` is compared with literals: PostgreSQL uses a partial index only for a predicate
/// it can see when planning.
pub fn candidate_sql(backend: DatabaseBackend, tier: Tier) -> &'static str {
    match (backend, tier) {
        (DatabaseBackend::Sqlite, Tier::Names) => {
            "SELECT p.label, p.kind, p.lat, p.lon FROM place_names_fts \
             JOIN places p ON p.id = place_names_fts.rowid \
             WHERE place_names_fts MATCH $1 ORDER BY place_names_fts.rank LIMIT $2"
        }
        (DatabaseBackend::Sqlite, Tier::RankedAddresses) => {
            "SELECT p.label, p.kind, p.lat, p.lon FROM places_fts \
             JOIN places p ON p.id = places_fts.rowid \
             WHERE places_fts MATCH $1 AND p.kind = 'address' ORDER BY places_fts.rank LIMIT $2"
        }
        (DatabaseBackend::Sqlite, Tier::FirstAddresses) => {
            "SELECT p.label, p.kind, p.lat, p.lon FROM places_fts \
             JOIN places p ON p.id = places_fts.rowid \
             WHERE places_fts MATCH $1 AND p.kind = 'address' LIMIT $2"
        }
        // `ts_rank` over the stored vector; shorter texts first among equals (a street's row is
        // shorter than the addresses on it), as bm25 does on SQLite.
        (_, Tier::Names) => {
            "SELECT label, kind, lat, lon FROM places \
             WHERE kind <> 'address' AND search_vector @@ to_tsquery('simple', $1) \
             ORDER BY ts_rank(search_vector, to_tsquery('simple', $1)) DESC, \
             length(search_text), id LIMIT $2"
        }
        (_, Tier::RankedAddresses) => {
            "SELECT label, kind, lat, lon FROM places \
             WHERE kind = 'address' AND search_vector @@ to_tsquery('simple', $1) \
             ORDER BY ts_rank(search_vector, to_tsquery('simple', $1)) DESC, \
             length(search_text), id LIMIT $2"
        }
        (_, Tier::FirstAddresses) => {
            "SELECT label, kind, lat, lon FROM places \
             WHERE kind = 'address' AND search_vector @@ to_tsquery('simple', $1) LIMIT $2"
        }
    }
}

/// The match expression of `terms` for the candidate queries of `backend`.
pub fn match_expression(backend: DatabaseBackend, terms: &[Term]) -> String {
    match backend {
        DatabaseBackend::Sqlite => fts5_query(terms),
        _ => tsquery(terms),
    }
}

async fn read_candidates(
    db: &impl ConnectionTrait,
    terms: &[Term],
    tier: Tier,
) -> Result<Vec<Candidate>, DbErr> {
    let backend = db.get_database_backend();
    let mut sql = Sql::new();
    sql.bind(match_expression(backend, terms));
    sql.bind(CANDIDATES as i64);
    let rows = db
        .query_all(sql.statement(backend, candidate_sql(backend, tier)))
        .await?;
    rows.iter()
        .map(|row| {
            Ok(Candidate {
                label: row.try_get_by_index(0)?,
                kind: kind_of(row, 1)?,
                lat: row.try_get_by_index(2)?,
                lon: row.try_get_by_index(3)?,
            })
        })
        .collect()
}

fn kind_of(row: &QueryResult, index: usize) -> Result<PlaceKind, DbErr> {
    let text: String = row.try_get_by_index(index)?;
    PlaceKind::parse(&text).ok_or_else(|| DbErr::Type(format!("unknown place kind {text:?}")))
}

/// The place in words for a point: "outside 3 Mill Lane", "Canal Side, near Lock Road", or None
/// when nothing is within a sane distance (the caller says the neighbourhood's name instead).
pub async fn describe(
    db: &impl ConnectionTrait,
    lat: f64,
    lon: f64,
) -> Result<Option<String>, DbErr> {
    let Ok(from) = GeoPoint::parse(lat, lon) else {
        return Ok(None);
    };
    let addresses = near_rows(
        db,
        "SELECT housenumber, street, lat, lon FROM places",
        Some(PlaceKind::Address),
        cells_within(from, ADDRESS_RADIUS_M),
    )
    .await?;
    let address = places::nearest(
        from,
        ADDRESS_RADIUS_M,
        addresses
            .iter()
            .map(|row| {
                let number: Option<String> = row.try_get_by_index(0)?;
                let street: Option<String> = row.try_get_by_index(1)?;
                Ok((
                    number.zip(street),
                    row.try_get_by_index::<f64>(2)?,
                    row.try_get_by_index::<f64>(3)?,
                ))
            })
            .collect::<Result<Vec<_>, DbErr>>()?
            .into_iter()
            .filter_map(|(pair, lat, lon)| pair.map(|pair| (pair, lat, lon))),
    )
    .map(|(pair, _)| pair);
    if address.is_some() {
        return Ok(places::describe(&Surroundings {
            address,
            ..Surroundings::default()
        }));
    }
    let rows = near_rows(
        db,
        "SELECT name, lat, lon FROM place_street_points",
        None,
        cells_within(from, STREET_RADIUS_M),
    )
    .await?;
    let points = rows
        .iter()
        .map(|row| {
            Ok((
                row.try_get_by_index::<String>(0)?,
                row.try_get_by_index::<f64>(1)?,
                row.try_get_by_index::<f64>(2)?,
            ))
        })
        .collect::<Result<Vec<_>, DbErr>>()?;
    let street = places::nearest(from, STREET_RADIUS_M, points.iter().cloned()).map(|(s, _)| s);
    let cross_street = street.as_ref().and_then(|street| {
        let street = places::normalise(street);
        places::nearest(
            from,
            CROSS_STREET_RADIUS_M,
            points
                .iter()
                .filter(|(name, _, _)| places::normalise(name) != street)
                .cloned(),
        )
        .map(|(name, _)| name)
    });
    Ok(places::describe(&Surroundings {
        address: None,
        street,
        cross_street,
    }))
}

/// Rows of `select` (a `SELECT ... FROM table`) whose cell is in `cells`, and of `kind` when
/// given: one index range per row of cells.
async fn near_rows(
    db: &impl ConnectionTrait,
    select: &str,
    kind: Option<PlaceKind>,
    cells: CellRange,
) -> Result<Vec<QueryResult>, DbErr> {
    let backend = db.get_database_backend();
    let mut sql = Sql::new();
    let kind = kind
        .map(|kind| format!("kind = {} AND ", sql.bind(kind.as_str())))
        .unwrap_or_default();
    let ys = sql.list(cells.ys);
    let (x_min, x_max) = (sql.bind(cells.x_min), sql.bind(cells.x_max));
    let text =
        format!("{select} WHERE {kind}cell_y IN ({ys}) AND cell_x BETWEEN {x_min} AND {x_max}");
    db.query_all(sql.statement(backend, &text)).await
}

/// The attributions of every imported source (each once), to show wherever places are.
pub async fn attributions(db: &impl ConnectionTrait) -> Result<Vec<String>, DbErr> {
    let backend = db.get_database_backend();
    let rows = db
        .query_all(Sql::new().statement(
            backend,
            "SELECT DISTINCT attribution FROM place_sources ORDER BY attribution",
        ))
        .await?;
    rows.iter().map(|row| row.try_get_by_index(0)).collect()
}
