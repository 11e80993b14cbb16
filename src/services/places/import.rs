//! `commonground places import <file>`: an OpenStreetMap extract into the gazetteer.
//!
//! Memory stays bounded by what the gazetteer keeps, not by the extract: the file is read three
//! times, streaming. (1) Ways: the ids of the nodes of the ways that matter (named streets,
//! addressed buildings, named places), as one sorted list. (2) Nodes: the coordinates of just
//! those, in a list beside it, and the addresses and places that are nodes themselves. (3) Ways
//! again: each street's points, each building's middle. Streets are merged by name (ways of one
//! street within `STREET_MERGE_M` of each other), postcodes placed at the middle of the addresses
//! that carry them; both are small.
//!
//! Reading runs on a blocking thread and hands rows in batches over a bounded channel to the
//! writer, which stores them in one transaction: the source's old rows deleted, the new ones
//! inserted in multi-row statements. A re-import replaces a source's places whole, or (on any
//! error) changes nothing. On SQLite the transaction holds the one connection: the server
//! waits for an import (a city takes seconds to minutes).

use std::{collections::HashMap, path::Path, sync::Arc};

use anyhow::{anyhow, Context};
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use tokio::sync::mpsc;

use super::osm::{self, Item, Tags};
use crate::domain::{
    geo::GeoPoint,
    places::{address_label, normalise, points_along, Cell, PlaceKind},
};
use crate::support::sql::Sql;

/// Ways of one name closer than this are one street (a street is often several ways; two streets
/// of one name in different districts stay two).
const STREET_MERGE_M: f64 = 1_000.0;
/// The spacing of the points kept along streets for the nearest street to a point.
const STREET_POINT_SPACING_M: f64 = 25.0;
/// Rows handed from the reader to the writer at once.
const BATCH: usize = 500;
/// Progress is told every this many elements read, and rows stored.
const PROGRESS_EVERY: u64 = 1_000_000;

/// Where progress lines go (the command prints them; tests ignore them).
pub type Progress = Arc<dyn Fn(String) + Send + Sync>;

/// What one import stored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub streets: u64,
    pub addresses: u64,
    pub postcodes: u64,
    pub places: u64,
    pub street_points: u64,
}

/// A gazetteer row to store.
#[derive(Debug, Clone, PartialEq)]
pub struct NewPlace {
    pub osm_ref: Option<String>,
    pub kind: PlaceKind,
    pub label: String,
    pub housenumber: Option<String>,
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub name: Option<String>,
    pub lat: f64,
    pub lon: f64,
    /// Words searched beyond the label (the town of an address).
    pub extra_words: Option<String>,
}

impl NewPlace {
    fn search_text(&self) -> String {
        match &self.extra_words {
            Some(extra) => normalise(&format!("{} {extra}", self.label)),
            None => normalise(&self.label),
        }
    }
}

/// What the reader hands the writer.
#[derive(Debug, Clone, PartialEq)]
pub enum Row {
    Place(NewPlace),
    StreetPoint { name: String, lat: f64, lon: f64 },
}

/// Imports the file as the source `source` (re-importing a source replaces its rows), stored
/// with `attribution`: what must be shown wherever its places are (`super::OSM_ATTRIBUTION` for
/// OpenStreetMap data; the demo's made-up streets say they are made up).
pub async fn import_file(
    db: &DatabaseConnection,
    path: &Path,
    source: &str,
    attribution: &str,
    progress: Progress,
) -> anyhow::Result<ImportSummary> {
    let (sender, receiver) = mpsc::channel::<Vec<Row>>(4);
    let path = path.to_owned();
    let reader_progress = progress.clone();
    let reader = tokio::task::spawn_blocking(move || extract(&path, &reader_progress, sender));
    let stored = store(db, source, attribution, receiver, &progress).await;
    // The reader's own error says more than the writer's "channel closed".
    reader
        .await
        .map_err(|e| anyhow!("the reader stopped: {e}"))??;
    stored
}

/// Stores the rows that arrive as `source`, in one transaction.
pub async fn store(
    db: &DatabaseConnection,
    source: &str,
    attribution: &str,
    mut rows: mpsc::Receiver<Vec<Row>>,
    progress: &Progress,
) -> anyhow::Result<ImportSummary> {
    let txn = db.begin().await?;
    let backend = txn.get_database_backend();
    let mut sql = Sql::new();
    let text = format!(
        "INSERT INTO place_sources (name, attribution, imported_at) VALUES ({}, {}, {}) \
         ON CONFLICT (name) DO UPDATE SET attribution = excluded.attribution, \
         imported_at = excluded.imported_at RETURNING id",
        sql.bind(source),
        sql.bind(attribution),
        sql.bind(chrono::Utc::now()),
    );
    let source_id: i64 = txn
        .query_one(sql.statement(backend, &text))
        .await?
        .context("the source row was not returned")?
        .try_get_by_index(0)?;
    for table in ["places", "place_street_points"] {
        let mut sql = Sql::new();
        let text = format!(
            "DELETE FROM {table} WHERE source_id = {}",
            sql.bind(source_id)
        );
        txn.execute(sql.statement(backend, &text)).await?;
    }
    let mut summary = ImportSummary::default();
    let mut next_report = PROGRESS_EVERY / 10;
    while let Some(batch) = rows.recv().await {
        let (places, points): (Vec<Row>, Vec<Row>) = batch
            .into_iter()
            .partition(|row| matches!(row, Row::Place(_)));
        insert_places(&txn, source_id, places, &mut summary).await?;
        insert_street_points(&txn, source_id, points, &mut summary).await?;
        let stored = summary.stored();
        if stored >= next_report {
            progress(format!("stored {stored} rows"));
            next_report = stored + PROGRESS_EVERY / 10;
        }
    }
    let mut sql = Sql::new();
    let text = format!(
        "UPDATE place_sources SET place_count = {}, street_point_count = {} WHERE id = {}",
        sql.bind(summary.places_total() as i64),
        sql.bind(summary.street_points as i64),
        sql.bind(source_id),
    );
    txn.execute(sql.statement(backend, &text)).await?;
    txn.commit().await?;
    Ok(summary)
}

impl ImportSummary {
    fn places_total(&self) -> u64 {
        self.streets + self.addresses + self.postcodes + self.places
    }

    fn stored(&self) -> u64 {
        self.places_total() + self.street_points
    }
}

async fn insert_places(
    db: &impl ConnectionTrait,
    source_id: i64,
    rows: Vec<Row>,
    summary: &mut ImportSummary,
) -> anyhow::Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let mut sql = Sql::new();
    let mut values = Vec::with_capacity(rows.len());
    for row in rows {
        let Row::Place(place) = row else { continue };
        match place.kind {
            PlaceKind::Street => summary.streets += 1,
            PlaceKind::Address => summary.addresses += 1,
            PlaceKind::Postcode => summary.postcodes += 1,
            PlaceKind::Place => summary.places += 1,
        }
        let cell = Cell::of(place.lat, place.lon);
        let search_text = place.search_text();
        values.push(format!(
            "({}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {})",
            sql.bind(source_id),
            sql.bind(place.osm_ref),
            sql.bind(place.kind.as_str()),
            sql.bind(place.label),
            sql.bind(place.housenumber),
            sql.bind(place.street),
            sql.bind(place.postcode),
            sql.bind(place.name),
            sql.bind(place.lat),
            sql.bind(place.lon),
            sql.bind(cell.y),
            sql.bind(cell.x),
            sql.bind(search_text),
        ));
    }
    let text = format!(
        "INSERT INTO places (source_id, osm_ref, kind, label, housenumber, street, postcode, \
         name, lat, lon, cell_y, cell_x, search_text) VALUES {}",
        values.join(", ")
    );
    db.execute(sql.statement(db.get_database_backend(), &text))
        .await?;
    Ok(())
}

async fn insert_street_points(
    db: &impl ConnectionTrait,
    source_id: i64,
    rows: Vec<Row>,
    summary: &mut ImportSummary,
) -> anyhow::Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let mut sql = Sql::new();
    let mut values = Vec::with_capacity(rows.len());
    for row in rows {
        let Row::StreetPoint { name, lat, lon } = row else {
            continue;
        };
        summary.street_points += 1;
        let cell = Cell::of(lat, lon);
        values.push(format!(
            "({}, {}, {}, {}, {}, {})",
            sql.bind(source_id),
            sql.bind(name),
            sql.bind(lat),
            sql.bind(lon),
            sql.bind(cell.y),
            sql.bind(cell.x),
        ));
    }
    let text = format!(
        "INSERT INTO place_street_points (source_id, name, lat, lon, cell_y, cell_x) VALUES {}",
        values.join(", ")
    );
    db.execute(sql.statement(db.get_database_backend(), &text))
        .await?;
    Ok(())
}

/// Hands rows to the writer in batches (blocking: this runs on the reader's thread).
struct Batcher {
    sender: mpsc::Sender<Vec<Row>>,
    batch: Vec<Row>,
}

impl Batcher {
    fn push(&mut self, row: Row) -> anyhow::Result<()> {
        self.batch.push(row);
        if self.batch.len() >= BATCH {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> anyhow::Result<()> {
        let batch = std::mem::take(&mut self.batch);
        self.sender
            .blocking_send(batch)
            .map_err(|_| anyhow!("the writer stopped (see its error)"))
    }
}

/// The streets and postcodes gathered while reading, placed at the end.
#[derive(Default)]
struct Gathered {
    /// Street name -> groups of way midpoints (one group per street of that name).
    streets: HashMap<String, Vec<Vec<GeoPoint>>>,
    /// Normalised postcode -> (as written, sum of lat, sum of lon, count).
    postcodes: HashMap<String, (String, f64, f64, u64)>,
}

impl Gathered {
    fn street(&mut self, name: &str, midpoint: GeoPoint) {
        let groups = self.streets.entry(name.to_owned()).or_default();
        let group = groups.iter_mut().find(|group| {
            group
                .iter()
                .any(|point| point.distance_m(&midpoint) <= STREET_MERGE_M)
        });
        match group {
            Some(group) => group.push(midpoint),
            None => groups.push(vec![midpoint]),
        }
    }

    fn postcode(&mut self, code: &str, at: GeoPoint) {
        let entry = self
            .postcodes
            .entry(normalise(code))
            .or_insert_with(|| (code.to_owned(), 0.0, 0.0, 0));
        entry.1 += at.lat;
        entry.2 += at.lon;
        entry.3 += 1;
    }

    fn finish(self, out: &mut Batcher) -> anyhow::Result<()> {
        for (name, groups) in self.streets {
            for group in groups {
                // The way midpoint nearest the group's middle: a point on the street itself.
                let n = group.len() as f64;
                let middle = GeoPoint {
                    lat: group.iter().map(|p| p.lat).sum::<f64>() / n,
                    lon: group.iter().map(|p| p.lon).sum::<f64>() / n,
                };
                let Some(at) = group
                    .iter()
                    .min_by(|a, b| a.distance_m(&middle).total_cmp(&b.distance_m(&middle)))
                else {
                    continue;
                };
                out.push(Row::Place(NewPlace {
                    osm_ref: None,
                    kind: PlaceKind::Street,
                    label: name.clone(),
                    housenumber: None,
                    street: Some(name.clone()),
                    postcode: None,
                    name: Some(name.clone()),
                    lat: at.lat,
                    lon: at.lon,
                    extra_words: None,
                }))?;
            }
        }
        for (code, lat, lon, count) in self.postcodes.into_values() {
            out.push(Row::Place(NewPlace {
                osm_ref: None,
                kind: PlaceKind::Postcode,
                label: code.clone(),
                housenumber: None,
                street: None,
                postcode: Some(code),
                name: None,
                lat: lat / count as f64,
                lon: lon / count as f64,
                extra_words: None,
            }))?;
        }
        out.flush()
    }
}

/// What a tagged node or way is to the gazetteer, at `at`.
fn element_places(
    osm_ref: String,
    at: GeoPoint,
    tags: &Tags,
    gathered: &mut Gathered,
    out: &mut Batcher,
) -> anyhow::Result<()> {
    let postcode = tags.get("addr:postcode");
    if let (Some(number), Some(street)) = (tags.get("addr:housenumber"), tags.get("addr:street")) {
        out.push(Row::Place(NewPlace {
            osm_ref: Some(osm_ref.clone()),
            kind: PlaceKind::Address,
            label: address_label(number, street, postcode),
            housenumber: Some(number.to_owned()),
            street: Some(street.to_owned()),
            postcode: postcode.map(str::to_owned),
            name: None,
            lat: at.lat,
            lon: at.lon,
            extra_words: tags.get("addr:city").map(str::to_owned),
        }))?;
    }
    if let Some(code) = postcode.or_else(|| tags.get("postal_code")) {
        gathered.postcode(code, at);
    }
    if let Some(name) = tags.named_place() {
        out.push(Row::Place(NewPlace {
            osm_ref: Some(osm_ref),
            kind: PlaceKind::Place,
            label: name.to_owned(),
            housenumber: None,
            street: None,
            postcode: None,
            name: Some(name.to_owned()),
            lat: at.lat,
            lon: at.lon,
            extra_words: None,
        }))?;
    }
    Ok(())
}

/// The middle of a way's points (a closed way's first point counted once).
fn centroid(points: &[GeoPoint]) -> Option<GeoPoint> {
    let points = match points {
        [first, rest @ .., last] if first == last && !rest.is_empty() => {
            &points[..points.len() - 1]
        }
        _ => points,
    };
    if points.is_empty() {
        return None;
    }
    let n = points.len() as f64;
    Some(GeoPoint {
        lat: points.iter().map(|p| p.lat).sum::<f64>() / n,
        lon: points.iter().map(|p| p.lon).sum::<f64>() / n,
    })
}

/// The three passes (see the module's documentation), on the reader's thread.
fn extract(path: &Path, progress: &Progress, sender: mpsc::Sender<Vec<Row>>) -> anyhow::Result<()> {
    let mut out = Batcher {
        sender,
        batch: Vec::with_capacity(BATCH),
    };
    // Pass 1: which nodes the wanted ways need.
    let mut needed: Vec<i64> = Vec::new();
    let mut seen = 0u64;
    osm::read(path, &mut |item| {
        seen += 1;
        if seen % PROGRESS_EVERY == 0 {
            progress(format!("pass 1 of 3 (ways): {seen} elements read"));
        }
        if let Item::Way { refs, .. } = item {
            needed.extend(refs);
        }
    })?;
    needed.sort_unstable();
    needed.dedup();
    progress(format!(
        "pass 1 of 3 done: {seen} elements, {} nodes needed",
        needed.len()
    ));

    // Pass 2: their coordinates, and the places that are nodes.
    let mut coordinates = vec![None; needed.len()];
    let mut gathered = Gathered::default();
    let mut failed: Option<anyhow::Error> = None;
    let mut seen = 0u64;
    osm::read(path, &mut |item| {
        seen += 1;
        if seen % PROGRESS_EVERY == 0 {
            progress(format!("pass 2 of 3 (nodes): {seen} elements read"));
        }
        let Item::Node { id, lat, lon, tags } = item else {
            return;
        };
        let Ok(at) = GeoPoint::parse(lat, lon) else {
            return;
        };
        if let Ok(index) = needed.binary_search(&id) {
            coordinates[index] = Some(at);
        }
        if failed.is_none() && tags != Tags::default() {
            if let Err(e) = element_places(format!("n{id}"), at, &tags, &mut gathered, &mut out) {
                failed = Some(e);
            }
        }
    })?;
    if let Some(e) = failed {
        return Err(e);
    }
    progress("pass 2 of 3 done".to_owned());

    // Pass 3: streets along their ways, buildings and areas at their middle.
    let mut seen = 0u64;
    let mut failed: Option<anyhow::Error> = None;
    osm::read(path, &mut |item| {
        seen += 1;
        if seen % PROGRESS_EVERY == 0 {
            progress(format!("pass 3 of 3 (ways): {seen} elements read"));
        }
        let Item::Way { id, refs, tags } = item else {
            return;
        };
        if refs.is_empty() || failed.is_some() {
            return;
        }
        let points: Vec<GeoPoint> = refs
            .iter()
            .filter_map(|r| needed.binary_search(r).ok().and_then(|i| coordinates[i]))
            .collect();
        if let Err(e) = way_places(id, &points, &tags, &mut gathered, &mut out) {
            failed = Some(e);
        }
    })?;
    if let Some(e) = failed {
        return Err(e);
    }
    gathered.finish(&mut out)?;
    progress("pass 3 of 3 done".to_owned());
    Ok(())
}

fn way_places(
    id: i64,
    points: &[GeoPoint],
    tags: &Tags,
    gathered: &mut Gathered,
    out: &mut Batcher,
) -> anyhow::Result<()> {
    let Some(middle) = centroid(points) else {
        return Ok(());
    };
    if let (Some(_), Some(name)) = (tags.get("highway"), tags.get("name")) {
        gathered.street(name, points[points.len() / 2]);
        for at in points_along(points, STREET_POINT_SPACING_M) {
            out.push(Row::StreetPoint {
                name: name.to_owned(),
                lat: at.lat,
                lon: at.lon,
            })?;
        }
        // A named street is not also an address or a place (its `name` is the street's).
        return Ok(());
    }
    element_places(format!("w{id}"), middle, tags, gathered, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closed_way_s_middle_counts_its_first_point_once() {
        let square = [
            GeoPoint { lat: 0.0, lon: 0.0 },
            GeoPoint { lat: 0.0, lon: 2.0 },
            GeoPoint { lat: 2.0, lon: 2.0 },
            GeoPoint { lat: 2.0, lon: 0.0 },
            GeoPoint { lat: 0.0, lon: 0.0 },
        ];
        assert_eq!(centroid(&square), Some(GeoPoint { lat: 1.0, lon: 1.0 }));
        assert_eq!(centroid(&square[..1]), Some(square[0]));
        assert_eq!(centroid(&[]), None);
    }

    #[test]
    fn ways_of_one_name_far_apart_are_two_streets() {
        let mut gathered = Gathered::default();
        gathered.street(
            "High Street",
            GeoPoint {
                lat: 51.0,
                lon: 0.0,
            },
        );
        gathered.street(
            "High Street",
            GeoPoint {
                lat: 51.005,
                lon: 0.0,
            },
        );
        gathered.street(
            "High Street",
            GeoPoint {
                lat: 52.0,
                lon: 0.0,
            },
        );
        let groups = &gathered.streets["High Street"];
        assert_eq!(groups.iter().map(Vec::len).collect::<Vec<_>>(), vec![2, 1]);
    }
}
