//! Photos of reports: up to three per report, added by its reporter, processed off the async
//! workers, stored through `storage::FileStore` (the data folder, or an S3-compatible bucket
//! shared by every instance); nothing is left behind when anything fails.

use std::{sync::Arc, time::Duration};

use chrono::Utc;
use entity::ids::{IssueId, PhotoId, ReportId};
use entity::{issue, photo, report, user};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};
use serde::Serialize;
use tokio::sync::Semaphore;
use utoipa::ToSchema;

use crate::{
    auth::policy::NeighbourhoodAccess,
    domain::photo::{process, Processed, MAX_PHOTOS_PER_REPORT},
    error::{AppError, AppResult},
    live::{kinds::IssuePhotoAdded, Live, NeighbourhoodEvent, NewEvent, Transaction},
    storage::FileStore,
};

#[derive(Debug, Serialize, ToSchema)]
pub struct PhotoView {
    #[schema(value_type = Uuid)]
    pub id: PhotoId,
    pub url: String,
    pub thumbnail_url: String,
    pub width: i32,
    pub height: i32,
}

impl From<photo::Model> for PhotoView {
    fn from(p: photo::Model) -> Self {
        Self {
            url: format!("/api/v1/photos/{}", p.id),
            thumbnail_url: format!("/api/v1/photos/{}/thumbnail", p.id),
            id: p.id,
            width: p.width,
            height: p.height,
        }
    }
}

/// Caps how many photos are decoded at once, and how many uploads may hold a body in memory
/// at all. Each decode may take up to `domain::photo::MAX_DECODE_BYTES` (160 MB) and a CPU core;
/// without a cap, sixteen hostile uploads at once would take gigabytes and every blocking thread,
/// and the server with them. Each body may be 8 MiB, so uploads are *admitted* before their body
/// is read: at most `concurrent` decoding plus as many again waiting for a turn; any more are
/// answered 503 with `Retry-After` at once, before a byte of their body is buffered.
#[derive(Clone)]
pub struct PhotoWork {
    permits: Arc<Semaphore>,
    /// Uploads between admission and the end of their decode: the decoding and the wait list.
    admitted: Arc<Semaphore>,
    /// How long an admitted upload waits for a turn before it is answered 503.
    wait: Duration,
}

/// An admitted upload: while it lives, its body may be read and wait for a decode.
pub struct Admission {
    /// Held, never read: dropping it gives the place back.
    _place: tokio::sync::OwnedSemaphorePermit,
}

/// Seconds a refused upload is told to wait: about one decode.
const BUSY_RETRY_AFTER_SECS: u64 = 5;

fn busy() -> AppError {
    AppError::Busy {
        detail: "Too many photos are being processed; try again shortly.".into(),
        retry_after_secs: BUSY_RETRY_AFTER_SECS,
    }
}

impl PhotoWork {
    /// `concurrent` decodes at once (at least one), as many uploads again waiting (for up to
    /// `wait`); further uploads are refused.
    pub fn new(concurrent: usize, wait: Duration) -> Self {
        let concurrent = concurrent.max(1);
        Self {
            permits: Arc::new(Semaphore::new(concurrent)),
            admitted: Arc::new(Semaphore::new(concurrent * 2)),
            wait,
        }
    }

    /// Takes a place for an upload before its body is read, or refuses it (503, `Retry-After`)
    /// when the decoding and the wait list are full.
    pub fn admit(&self) -> AppResult<Admission> {
        self.admitted
            .clone()
            .try_acquire_owned()
            .map(|place| Admission { _place: place })
            .map_err(|_| busy())
    }

    /// Decodes and re-encodes `upload` on the blocking pool once a turn is free.
    async fn process(&self, admission: Admission, upload: Vec<u8>) -> AppResult<Processed> {
        let permit = tokio::time::timeout(self.wait, self.permits.clone().acquire_owned())
            .await
            .map_err(|_| busy())?
            .map_err(|_| busy())?;
        tokio::task::spawn_blocking(move || {
            // Held by the decode itself: a client that hangs up does not free the turn (nor its
            // place) while its photo is still being decoded.
            let (_permit, _admission) = (permit, admission);
            process(&upload)
        })
        .await
        .map_err(|e| {
            // Cancelled: the runtime is stopping under the request (a SIGTERM mid-upload), so
            // the service is briefly unable (503, resend it) rather than broken (a panic, 500).
            let cause = anyhow::anyhow!("photo processing did not finish: {e}");
            if e.is_cancelled() {
                AppError::Unavailable(cause)
            } else {
                AppError::Internal(cause)
            }
        })?
        .map_err(|message| AppError::invalid("photo", message))
    }
}

/// The photo store could not be reached or refused a request: the service is briefly unable to
/// handle photos (503), not broken (500); the cause goes to the log, not to the client.
fn unavailable(error: anyhow::Error) -> AppError {
    AppError::Unavailable(error)
}

fn key(id: PhotoId, thumbnail: bool) -> String {
    if thumbnail {
        format!("{id}-thumb.jpg")
    } else {
        format!("{id}.jpg")
    }
}

/// Adds a photo to a report: admitted (`admission`) before the upload was read, decoded within
/// `work`'s bound, stored in `files`, recorded with its event.
// Each argument is a distinct capability the upload needs (storage, decoding work, admission);
// bundling them would only rename the list.
#[allow(clippy::too_many_arguments)]
pub async fn add<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    files: &FileStore,
    work: &PhotoWork,
    user: &user::Model,
    report_id: ReportId,
    admission: Admission,
    upload: Vec<u8>,
) -> AppResult<PhotoView> {
    let found = report::Entity::find_by_id(report_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("report"))?;
    let access = NeighbourhoodAccess::load(db, Some(user), found.neighbourhood_id)
        .await
        .map_err(|_| AppError::not_found("report"))?;
    if !access.is_active_member() {
        return Err(AppError::Forbidden(
            "Only members in good standing can add photos.".into(),
        ));
    }
    if found.reporter_id != user.id {
        return Err(AppError::Forbidden(
            "Only the person who made the report can add its photos.".into(),
        ));
    }
    let existing = photo::Entity::find()
        .filter(photo::Column::ReportId.eq(report_id))
        .count(db)
        .await?;
    if existing as usize >= MAX_PHOTOS_PER_REPORT {
        return Err(AppError::Conflict(
            format!("A report has at most {MAX_PHOTOS_PER_REPORT} photos.").into(),
        ));
    }
    let processed = work.process(admission, upload).await?;

    let id = PhotoId::new();
    let saved = async {
        // Stored before the row that points at them, so a photo that is listed can be served;
        // inside this block so a failure of either write (the store down, a full disk) removes
        // the other too. The store's failures are its own, not the request's: 503.
        files
            .put(&key(id, false), &processed.jpeg)
            .await
            .map_err(unavailable)?;
        files
            .put(&key(id, true), &processed.thumbnail)
            .await
            .map_err(unavailable)?;
        let mut tx = Transaction::begin(db, live).await?;
        let (issue_id, existing) = lock_report(&tx, report_id).await?;
        // The count above was a cheap early answer; this one, under the report's lock, is the
        // rule: concurrent uploads to one report never add up to more than the limit.
        if existing as usize >= MAX_PHOTOS_PER_REPORT {
            return Err(AppError::Conflict(
                format!("A report has at most {MAX_PHOTOS_PER_REPORT} photos.").into(),
            ));
        }
        let created = photo::ActiveModel {
            id: Set(id),
            report_id: Set(report_id),
            issue_id: Set(issue_id),
            content_type: Set("image/jpeg".into()),
            width: Set(processed.width as i32),
            height: Set(processed.height as i32),
            bytes: Set(processed.jpeg.len() as i64),
            created_at: Set(Utc::now()),
        }
        .insert(&*tx)
        .await?;
        let added = IssuePhotoAdded {
            issue_id,
            photo_id: id,
        };
        tx.emit(NewEvent::neighbourhood(
            found.neighbourhood_id,
            NeighbourhoodEvent::IssuePhotoAdded(added),
            Some(user.id),
        ))
        .await?;
        tx.commit(live).await?;
        AppResult::Ok(created)
    }
    .await;
    match saved {
        Ok(created) => Ok(created.into()),
        Err(error) => {
            // Leave nothing behind.
            let _ = files.delete(&key(id, false)).await;
            let _ = files.delete(&key(id, true)).await;
            Err(error)
        }
    }
}

/// Locks the report's row for the rest of the transaction and answers its issue as it is now
/// (a merge may have moved it) and how many photos it has.
async fn lock_report(tx: &Transaction, report_id: ReportId) -> AppResult<(IssueId, u64)> {
    // Touching the row takes its lock on PostgreSQL; SQLite has a single writer.
    report::Entity::update_many()
        .col_expr(
            report::Column::IssueId,
            sea_orm::sea_query::Expr::col(report::Column::IssueId).into(),
        )
        .filter(report::Column::Id.eq(report_id))
        .exec(&**tx)
        .await?;
    let issue_id = report::Entity::find_by_id(report_id)
        .one(&**tx)
        .await?
        .ok_or_else(|| AppError::not_found("report"))?
        .issue_id;
    let count = photo::Entity::find()
        .filter(photo::Column::ReportId.eq(report_id))
        .count(&**tx)
        .await?;
    Ok((issue_id, count))
}

/// The stored JPEG (or its thumbnail), for whoever may see the issue.
pub async fn read(
    db: &impl ConnectionTrait,
    files: &FileStore,
    viewer: Option<&user::Model>,
    id: PhotoId,
    thumbnail: bool,
) -> AppResult<Vec<u8>> {
    let found = photo::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("photo"))?;
    let issue = issue::Entity::find_by_id(found.issue_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("photo"))?;
    NeighbourhoodAccess::load(db, viewer, issue.neighbourhood_id)
        .await
        .map_err(|_| AppError::not_found("photo"))?;
    files
        .get(&key(id, thumbnail))
        .await
        .map_err(unavailable)?
        .ok_or_else(|| AppError::not_found("photo"))
}

/// An issue's photos, oldest first.
pub async fn of_issue(db: &impl ConnectionTrait, issue_id: IssueId) -> AppResult<Vec<PhotoView>> {
    Ok(photo::Entity::find()
        .filter(photo::Column::IssueId.eq(issue_id))
        .order_by_asc(photo::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(PhotoView::from)
        .collect())
}
