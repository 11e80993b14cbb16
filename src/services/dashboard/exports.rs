//! Issue exports for an organisation's staff: CSV (opens in spreadsheet software: UTF-8 with a
//! byte-order mark, formula injection neutralised) and GeoJSON. Both are streamed: a keyset-paged
//! query reads `BATCH` issues at a time, each batch is encoded and handed to the response, and
//! the next is read only when the client has taken it, so memory stays constant however many
//! issues there are.

use bytes::Bytes;
use chrono::{DateTime, Duration, Utc};
use entity::ids::IssueId;
use futures_util::Stream;
use sea_orm::{ConnectionTrait, DatabaseConnection, QueryResult};
use serde::Serialize;
use serde_json::json;

use crate::{
    domain::{
        issue::{issue_title, where_words, IssueStatus},
        spreadsheet::{spreadsheet_safe, UTF8_BOM},
    },
    error::{AppError, AppResult},
    services::dashboard::{period_days, Scope},
    support::sql::Sql,
};

/// Issues read and encoded at a time.
pub const BATCH: u64 = 1_000;

pub const CSV_HEADER: [&str; 15] = [
    "id",
    "title",
    "description",
    "category",
    "neighbourhood",
    "status",
    "created",
    "acknowledged",
    "resolved",
    "latitude",
    "longitude",
    "supporters",
    "reports",
    "url",
    // Last, so that spreadsheets built on the earlier columns keep working.
    "place",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    GeoJson,
}

/// Which issues: the dashboard's scope, optionally one status and a period of first reports.
#[derive(Debug, Clone)]
pub struct ExportFilter {
    pub status: Option<IssueStatus>,
    /// Issues first reported in the last `days` days (all when absent).
    pub days: Option<i64>,
}

/// One exported issue.
#[derive(Debug, Serialize)]
pub struct ExportRow {
    pub id: IssueId,
    /// The category's name, and where it is in words (else the address typed) when known.
    pub title: String,
    /// The first report's description.
    pub description: String,
    pub category: String,
    pub neighbourhood: String,
    pub status: String,
    /// Where it is in words ("outside 3 Mill Lane"; OpenStreetMap data, ODbL), empty while its
    /// place was not found.
    pub place: Option<String>,
    pub created: DateTime<Utc>,
    pub acknowledged: Option<DateTime<Utc>>,
    pub resolved: Option<DateTime<Utc>>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub supporters: i64,
    pub reports: i64,
    pub url: String,
}

/// Checks the filter before the response starts (errors after that cannot change the status).
pub fn check(filter: &ExportFilter) -> AppResult<()> {
    if filter.days.is_some() {
        period_days(filter.days)?;
    }
    Ok(())
}

/// The issues after `after` in id order, at most `limit`.
pub async fn batch(
    db: &impl ConnectionTrait,
    scope: &Scope,
    filter: &ExportFilter,
    base_url: &str,
    after: Option<IssueId>,
    limit: u64,
) -> AppResult<Vec<ExportRow>> {
    if scope.neighbourhoods.is_empty() || scope.categories.is_empty() {
        return Ok(Vec::new());
    }
    let mut sql = Sql::new();
    let mut conditions = vec![scope.issues_in(&mut sql)];
    if let Some(status) = filter.status {
        conditions.push(format!("i.status = {}", sql.bind(status.as_str())));
    }
    if let Some(days) = filter.days {
        let from = sql.bind(Utc::now() - Duration::days(days));
        conditions.push(format!("i.first_reported_at >= {from}"));
    }
    if let Some(after) = after {
        conditions.push(format!("i.id > {}", sql.bind(after)));
    }
    let text = format!(
        "SELECT i.id, c.name, n.name, i.status, i.first_reported_at, i.acknowledged_at, \
           i.resolved_at, i.lat, i.lon, i.address, i.supporters_count, i.reports_count, \
           (SELECT r.description FROM reports r WHERE r.issue_id = i.id \
            ORDER BY r.created_at, r.id LIMIT 1), i.place_label \
         FROM issues i \
         JOIN categories c ON c.id = i.category_id \
         JOIN neighbourhoods n ON n.id = i.neighbourhood_id \
         WHERE {} ORDER BY i.id LIMIT {limit}",
        conditions.join(" AND ")
    );
    let rows = db
        .query_all(sql.statement(db.get_database_backend(), &text))
        .await?;
    rows.iter().map(|row| export_row(row, base_url)).collect()
}

fn export_row(row: &QueryResult, base_url: &str) -> AppResult<ExportRow> {
    let id: IssueId = row.try_get_by_index(0)?;
    let category: String = row.try_get_by_index(1)?;
    let address: Option<String> = row.try_get_by_index(9)?;
    let place: Option<String> = row.try_get_by_index(13)?;
    let neighbourhood: String = row.try_get_by_index(2)?;
    let title = issue_title(
        &category,
        where_words(place.as_deref(), address.as_deref(), &neighbourhood),
    );
    Ok(ExportRow {
        id,
        title,
        description: row
            .try_get_by_index::<Option<String>>(12)?
            .unwrap_or_default(),
        category,
        neighbourhood,
        status: row.try_get_by_index(3)?,
        place,
        created: row.try_get_by_index(4)?,
        acknowledged: row.try_get_by_index(5)?,
        resolved: row.try_get_by_index(6)?,
        latitude: row.try_get_by_index(7)?,
        longitude: row.try_get_by_index(8)?,
        supporters: row.try_get_by_index::<Option<i64>>(10)?.unwrap_or(0),
        reports: row.try_get_by_index::<Option<i64>>(11)?.unwrap_or(0),
        url: format!("{}/issues/{id}", base_url.trim_end_matches('/')),
    })
}

fn time(at: Option<DateTime<Utc>>) -> String {
    at.map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_default()
}

/// CSV lines for a batch; `first` adds the byte-order mark and the header.
pub fn csv_chunk(rows: &[ExportRow], first: bool) -> AppResult<Bytes> {
    let start = if first { UTF8_BOM.to_vec() } else { Vec::new() };
    let mut out = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(start);
    let fail = |e: csv::Error| AppError::Internal(anyhow::Error::new(e).context("writing CSV"));
    if first {
        out.write_record(CSV_HEADER).map_err(fail)?;
    }
    for r in rows {
        out.write_record([
            r.id.to_string(),
            spreadsheet_safe(&r.title),
            spreadsheet_safe(&r.description),
            spreadsheet_safe(&r.category),
            spreadsheet_safe(&r.neighbourhood),
            r.status.clone(),
            time(Some(r.created)),
            time(r.acknowledged),
            time(r.resolved),
            r.latitude.map(|v| v.to_string()).unwrap_or_default(),
            r.longitude.map(|v| v.to_string()).unwrap_or_default(),
            r.supporters.to_string(),
            r.reports.to_string(),
            r.url.clone(),
            spreadsheet_safe(r.place.as_deref().unwrap_or_default()),
        ])
        .map_err(fail)?;
    }
    out.into_inner()
        .map(Bytes::from)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("finishing CSV: {e}")))
}

/// GeoJSON features for a batch, inside one FeatureCollection across batches: `first` opens it,
/// `last` closes it. Issues without a location have a `null` geometry.
pub fn geojson_chunk(rows: &[ExportRow], first: bool, last: bool) -> AppResult<Bytes> {
    let mut out = Vec::new();
    if first {
        out.extend_from_slice(br#"{"type":"FeatureCollection","features":["#);
    }
    for (n, r) in rows.iter().enumerate() {
        if !(first && n == 0) {
            out.push(b',');
        }
        let geometry = match (r.latitude, r.longitude) {
            (Some(lat), Some(lon)) => json!({"type": "Point", "coordinates": [lon, lat]}),
            _ => serde_json::Value::Null,
        };
        let feature = json!({"type": "Feature", "id": r.id, "geometry": geometry, "properties": r});
        serde_json::to_writer(&mut out, &feature)
            .map_err(|e| AppError::Internal(anyhow::Error::new(e).context("writing GeoJSON")))?;
    }
    if last {
        out.extend_from_slice(b"]}");
    }
    Ok(Bytes::from(out))
}

struct Cursor {
    db: DatabaseConnection,
    scope: Scope,
    filter: ExportFilter,
    base_url: String,
    format: Format,
    after: Option<IssueId>,
    first: bool,
    done: bool,
}

/// The export as a stream of encoded batches. A batch is read only when the previous one has
/// been taken (the response body pulls), so at most one batch is in memory.
pub fn stream(
    db: DatabaseConnection,
    scope: Scope,
    filter: ExportFilter,
    base_url: String,
    format: Format,
) -> impl Stream<Item = Result<Bytes, AppError>> {
    let cursor = Cursor {
        db,
        scope,
        filter,
        base_url,
        format,
        after: None,
        first: true,
        done: false,
    };
    futures_util::stream::unfold(cursor, |mut c| async move {
        if c.done {
            return None;
        }
        let rows = match batch(&c.db, &c.scope, &c.filter, &c.base_url, c.after, BATCH).await {
            Ok(rows) => rows,
            Err(error) => {
                tracing::error!(%error, "issue export failed part-way");
                c.done = true;
                return Some((Err(error), c));
            }
        };
        crate::metrics::export_batch(rows.len());
        let last = (rows.len() as u64) < BATCH;
        c.after = rows.last().map(|r| r.id).or(c.after);
        let chunk = match c.format {
            Format::Csv => csv_chunk(&rows, c.first),
            Format::GeoJson => geojson_chunk(&rows, c.first, last),
        };
        c.first = false;
        c.done = last;
        Some((chunk, c))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(title: &str) -> ExportRow {
        ExportRow {
            id: IssueId(uuid::Uuid::nil()),
            title: title.into(),
            description: "Ünïcode ✓".into(),
            category: "Pothole".into(),
            neighbourhood: "Elm".into(),
            status: "open".into(),
            place: Some("=outside 3 Mill Lane".into()),
            created: "2026-11-29T10:00:00Z".parse().unwrap(),
            acknowledged: None,
            resolved: None,
            latitude: Some(51.5),
            longitude: Some(-0.1),
            supporters: 2,
            reports: 3,
            url: "https://x/issues/1".into(),
        }
    }

    #[test]
    fn csv_batches_start_with_a_bom_and_header_and_neutralise_formulas() {
        let first = csv_chunk(&[row("=HYPERLINK(\"x\")")], true).unwrap();
        assert_eq!(&first[..3], &UTF8_BOM);
        let text = std::str::from_utf8(&first[3..]).unwrap();
        let mut lines = text.lines();
        assert_eq!(lines.next().unwrap(), CSV_HEADER.join(","));
        let line = lines.next().unwrap();
        assert!(line.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{line}");
        assert!(line.contains("Ünïcode ✓"));
        assert!(
            line.ends_with(
                ",2026-11-29T10:00:00Z,,,51.5,-0.1,2,3,https://x/issues/1,'=outside 3 Mill Lane"
            ),
            "{line}"
        );
        let next = csv_chunk(&[row("Pothole")], false).unwrap();
        assert!(
            next.starts_with(b"00000000-"),
            "no header or BOM after the first batch"
        );
    }

    #[test]
    fn geojson_batches_join_into_one_feature_collection() {
        let mut all = Vec::new();
        all.extend_from_slice(&geojson_chunk(&[row("a"), row("b")], true, false).unwrap());
        all.extend_from_slice(&geojson_chunk(&[row("c")], false, false).unwrap());
        all.extend_from_slice(&geojson_chunk(&[], false, true).unwrap());
        let parsed: serde_json::Value = serde_json::from_slice(&all).unwrap();
        assert_eq!(parsed["type"], "FeatureCollection");
        let features = parsed["features"].as_array().unwrap();
        assert_eq!(features.len(), 3);
        assert_eq!(features[2]["properties"]["title"], "c");
        assert_eq!(features[2]["properties"]["place"], "=outside 3 Mill Lane");
        assert_eq!(features[0]["geometry"]["coordinates"][0], -0.1);
        let empty = geojson_chunk(&[], true, true).unwrap();
        let parsed: serde_json::Value = serde_json::from_slice(&empty).unwrap();
        assert_eq!(parsed["features"], json!([]));
    }
}
