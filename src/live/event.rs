//! Events: what changed, on which channel, with which sequence number, for whom.
//!
//! `append` is the only way an event is written. It runs inside the caller's transaction: it
//! bumps the channel's counter (on the neighbourhood or user row, which also orders concurrent
//! writers of one channel) and inserts the event, so an event exists exactly when its change does.

use entity::ids::{NeighbourhoodId, UserId};
use std::fmt;

use chrono::{DateTime, Utc};
use entity::{event, neighbourhood, user};
use sea_orm::{
    sea_query::{Expr, Query, UpdateStatement},
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, Statement, StatementBuilder,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::kinds::{LiveEvent, NeighbourhoodEvent, UserEvent};
use crate::error::{AppError, AppResult};

/// A stream of events with its own gapless sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Channel {
    Neighbourhood(NeighbourhoodId),
    User(UserId),
}

impl Channel {
    pub fn parse(text: &str) -> Option<Self> {
        let (kind, id) = text.split_once(':')?;
        let id = Uuid::parse_str(id).ok()?;
        match kind {
            "neighbourhood" => Some(Channel::Neighbourhood(id.into())),
            "user" => Some(Channel::User(id.into())),
            _ => None,
        }
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Channel::Neighbourhood(id) => write!(f, "neighbourhood:{id}"),
            Channel::User(id) => write!(f, "user:{id}"),
        }
    }
}

/// A neighbourhood's event saying a person left an organisation serving it (`subject` is the
/// person): their sessions re-check their subscriptions to it, and their dashboard taps whether
/// they are still staff.
pub const STAFF_REMOVED: &str = "organisation.staff_removed";
/// A neighbourhood's event saying an organisation stopped serving it: subscribers whose access
/// came through an organisation's staff re-check it.
pub const STOPPED_SERVING: &str = "organisation.stopped_serving";
/// A neighbourhood's event saying an organisation started serving it: its staff's open
/// dashboards re-read what they follow, and signed-in subscribers outside the neighbourhood
/// re-check (they may be that staff, and now see more).
pub const STARTED_SERVING: &str = "organisation.started_serving";

/// Who may see an event's data. Everyone on the channel sees its `seq`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    Everyone = 0,
    Members = 1,
    Coordinators = 2,
}

impl Audience {
    fn from_db(value: i16) -> Self {
        match value {
            0 => Audience::Everyone,
            1 => Audience::Members,
            _ => Audience::Coordinators,
        }
    }
}

/// A committed event, as carried by the bus and stored in the log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub channel: String,
    pub seq: i64,
    pub kind: String,
    pub actor_id: Option<UserId>,
    pub subject: String,
    pub data: serde_json::Value,
    pub audience: Audience,
    pub at: DateTime<Utc>,
}

impl Event {
    pub fn channel(&self) -> Option<Channel> {
        Channel::parse(&self.channel)
    }

    /// The user the event is about, when it is about one (`subject` = `user:{id}`).
    pub fn subject_user(&self) -> Option<UserId> {
        self.subject
            .strip_prefix("user:")
            .and_then(|id| id.parse().ok())
    }
}

impl From<event::Model> for Event {
    fn from(m: event::Model) -> Self {
        Self {
            channel: m.channel,
            seq: m.seq,
            kind: m.kind,
            actor_id: m.actor_id,
            subject: m.subject,
            data: m.payload,
            audience: Audience::from_db(m.audience),
            at: m.created_at,
        }
    }
}

/// An event as a client sees it: `restricted` with no data when its audience excludes them.
///
/// `kind` and `data` stay as stored (a client of an older build still reads newer kinds); their
/// documented shape is a `LiveEvent` or a `RestrictedEvent` (see the `ToSchema` impl below).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventView {
    pub channel: String,
    pub seq: i64,
    pub kind: String,
    pub data: serde_json::Value,
    pub at: DateTime<Utc>,
}

/// An event whose data the subscriber may not see: it keeps the `seq` in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", content = "data")]
pub enum RestrictedEvent {
    #[serde(rename = "restricted")]
    Restricted(NoData),
}

/// An empty object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct NoData {}

impl utoipa::PartialSchema for EventView {
    /// `{channel, seq, at}` and one `LiveEvent` (`kind` and `data`) or a `RestrictedEvent`.
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::{
            schema::{AllOfBuilder, ObjectBuilder, OneOfBuilder, SchemaFormat, Type},
            KnownFormat, Ref,
        };
        let place = ObjectBuilder::new()
            .property(
                "channel",
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .description(Some(
                        "`neighbourhood:{id}`, `user:{id}` or `dashboard:{id}`",
                    )),
            )
            .property(
                "seq",
                ObjectBuilder::new()
                    .schema_type(Type::Integer)
                    .format(Some(SchemaFormat::KnownFormat(KnownFormat::Int64))),
            )
            .property(
                "at",
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .format(Some(SchemaFormat::KnownFormat(KnownFormat::DateTime))),
            )
            .required("channel")
            .required("seq")
            .required("at");
        let what = OneOfBuilder::new()
            .item(Ref::from_schema_name("LiveEvent"))
            .item(Ref::from_schema_name("RestrictedEvent"));
        AllOfBuilder::new().item(place).item(what).into()
    }
}

impl ToSchema for EventView {
    fn schemas(
        schemas: &mut Vec<(
            String,
            utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>,
        )>,
    ) {
        use utoipa::PartialSchema;
        schemas.push(("LiveEvent".into(), LiveEvent::schema()));
        <LiveEvent as ToSchema>::schemas(schemas);
        schemas.push(("RestrictedEvent".into(), RestrictedEvent::schema()));
        <RestrictedEvent as ToSchema>::schemas(schemas);
    }
}

impl EventView {
    pub fn of(event: &Event, level: Audience) -> Self {
        if event.audience <= level {
            Self {
                channel: event.channel.clone(),
                seq: event.seq,
                kind: event.kind.clone(),
                data: event.data.clone(),
                at: event.at,
            }
        } else {
            Self {
                channel: event.channel.clone(),
                seq: event.seq,
                kind: "restricted".into(),
                data: serde_json::Value::Object(Default::default()),
                at: event.at,
            }
        }
    }
}

/// What a change wants to record: a typed event on the channel its type belongs to.
/// Built only by `neighbourhood` and `user`, so an event cannot land on another kind of channel.
pub struct NewEvent {
    pub(in crate::live) channel: Channel,
    pub(in crate::live) event: LiveEvent,
    pub actor_id: Option<UserId>,
    pub subject: String,
}

impl NewEvent {
    /// An event on `neighbourhood:{neighbourhood_id}`.
    pub fn neighbourhood(
        neighbourhood_id: NeighbourhoodId,
        event: NeighbourhoodEvent,
        actor_id: Option<UserId>,
    ) -> Self {
        let channel = Channel::Neighbourhood(neighbourhood_id);
        Self {
            channel,
            event: LiveEvent::Neighbourhood(event),
            actor_id,
            subject: channel.to_string(),
        }
    }

    /// An event on `user:{user_id}`, about them.
    pub fn user(user_id: UserId, event: UserEvent, actor_id: Option<UserId>) -> Self {
        Self {
            channel: Channel::User(user_id),
            event: LiveEvent::User(event),
            actor_id,
            subject: format!("user:{user_id}"),
        }
    }

    pub fn about_user(mut self, user_id: UserId) -> Self {
        self.subject = format!("user:{user_id}");
        self
    }

    /// Who may see its data: the variant decides.
    pub fn audience(&self) -> Audience {
        match &self.event {
            LiveEvent::Neighbourhood(event) => event.audience(),
            // A person's own channel and a dashboard carry only what its subscribers may see.
            LiveEvent::User(_) | LiveEvent::Dashboard(_) => Audience::Everyone,
        }
    }

    /// The event's `kind` and `data` as the log stores them.
    fn stored_parts(&self) -> AppResult<(String, serde_json::Value)> {
        stored_parts(&self.event)
    }
}

/// Splits a typed event into the `kind` and `data` the log stores.
pub fn stored_parts(event: &impl Serialize) -> AppResult<(String, serde_json::Value)> {
    let tagged = serde_json::to_value(event).map_err(|e| AppError::Internal(e.into()))?;
    match tagged {
        serde_json::Value::Object(mut fields) => {
            match (fields.remove("kind"), fields.remove("data")) {
                (Some(serde_json::Value::String(kind)), data) => {
                    Ok((kind, data.unwrap_or_else(|| serde_json::json!({}))))
                }
                _ => Err(AppError::Internal(anyhow::anyhow!(
                    "an event without a kind"
                ))),
            }
        }
        _ => Err(AppError::Internal(anyhow::anyhow!(
            "an event that is not an object"
        ))),
    }
}

/// Takes the channel's next sequence number and writes the event. Call inside the transaction
/// that makes the change; publish the returned event after commit.
pub async fn append(db: &impl ConnectionTrait, new: NewEvent) -> AppResult<Event> {
    let (kind, data) = new.stored_parts()?;
    let stored = event::Model {
        channel: new.channel.to_string(),
        seq: 0,
        kind,
        actor_id: new.actor_id,
        audience: new.audience() as i16,
        subject: new.subject,
        payload: data,
        created_at: Utc::now(),
    };
    let seq = if db.get_database_backend() == DbBackend::Postgres {
        append_in_one_statement(db, new.channel, &stored).await?
    } else {
        let seq = next_seq(db, new.channel).await?;
        let mut row = event::ActiveModel::from(stored.clone()).reset_all();
        row.seq = Set(seq);
        row.insert(db).await?;
        seq
    };
    Ok(event::Model { seq, ..stored }.into())
}

/// Appends several events to one channel in two statements, however many: the counter moves by
/// their number in one `UPDATE ... RETURNING` (which locks the channel's row until commit, as
/// `append` does), then one multi-row INSERT numbers them in order. Every event must be on
/// `channel`.
pub async fn append_all(
    db: &impl ConnectionTrait,
    channel: Channel,
    news: Vec<NewEvent>,
) -> AppResult<Vec<Event>> {
    if news.is_empty() {
        return Ok(Vec::new());
    }
    if news.iter().any(|n| n.channel != channel) {
        return Err(AppError::Internal(anyhow::anyhow!(
            "append_all: every event must be on {channel}"
        )));
    }
    let count = news.len() as i64;
    let backend = db.get_database_backend();
    let last = db
        .query_one(backend.build(&bump_seq(channel, count)))
        .await?
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-channel")))?
        .try_get_by_index::<i64>(0)?;
    let now = Utc::now();
    let mut insert = Query::insert();
    insert.into_table(event::Entity).columns([
        event::Column::Channel,
        event::Column::Seq,
        event::Column::Kind,
        event::Column::ActorId,
        event::Column::Subject,
        event::Column::Payload,
        event::Column::Audience,
        event::Column::CreatedAt,
    ]);
    let mut out = Vec::with_capacity(news.len());
    for (seq, new) in (last - count + 1..).zip(news) {
        let (kind, data) = new.stored_parts()?;
        let audience = new.audience();
        let row: [sea_orm::Value; 8] = [
            channel.to_string().into(),
            seq.into(),
            kind.clone().into(),
            new.actor_id.into(),
            new.subject.clone().into(),
            data.clone().into(),
            (audience as i16).into(),
            now.into(),
        ];
        insert
            .values(row.into_iter().map(sea_orm::sea_query::SimpleExpr::from))
            .map_err(|e| AppError::Internal(e.into()))?;
        out.push(Event {
            channel: channel.to_string(),
            seq,
            kind,
            actor_id: new.actor_id,
            subject: new.subject,
            data,
            audience,
            at: now,
        });
    }
    db.execute(backend.build(&insert)).await?;
    Ok(out)
}

/// PostgreSQL: the counter bump and the insert as one data-modifying statement. The channel's
/// row stays locked until commit either way; one round trip fewer shortens that hold, which is
/// what limits writers of a busy neighbourhood (see `docs/benchmarks.md`, claim throughput).
async fn append_in_one_statement(
    db: &impl ConnectionTrait,
    channel: Channel,
    stored: &event::Model,
) -> AppResult<i64> {
    let (table, id) = match channel {
        Channel::Neighbourhood(id) => ("neighbourhoods", id.into_uuid()),
        Channel::User(id) => ("users", id.into_uuid()),
    };
    let sql = format!(
        "WITH next AS (UPDATE {table} SET event_seq = event_seq + 1 WHERE id = $1 \
         RETURNING event_seq) \
         INSERT INTO events (channel, seq, kind, actor_id, subject, payload, audience, created_at) \
         SELECT $2, event_seq, $3, $4, $5, $6, $7, $8 FROM next RETURNING seq"
    );
    let statement = Statement::from_sql_and_values(
        DbBackend::Postgres,
        sql,
        [
            id.into(),
            stored.channel.clone().into(),
            stored.kind.clone().into(),
            stored.actor_id.into(),
            stored.subject.clone().into(),
            stored.payload.clone().into(),
            stored.audience.into(),
            stored.created_at.into(),
        ],
    );
    let row = db
        .query_one(statement)
        .await?
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-channel")))?;
    Ok(row.try_get_by_index::<i64>(0)?)
}

/// Appends one `notification` event to each of many user channels in a few statements: the
/// channels' counters are bumped by one `UPDATE ... RETURNING` per chunk (rows locked in id order on
/// PostgreSQL, so two fan-outs over shared people cannot deadlock), then the events go in as
/// multi-row INSERTs. `items` must be in user id order, one per user.
pub async fn append_notifications(
    db: &impl ConnectionTrait,
    actor_id: Option<UserId>,
    items: Vec<(UserId, UserEvent)>,
) -> AppResult<Vec<Event>> {
    const CHUNK: usize = 1_000;
    let backend = db.get_database_backend();
    let now = Utc::now();
    let mut out = Vec::with_capacity(items.len());
    for chunk in items.chunks(CHUNK) {
        let ids: Vec<UserId> = chunk.iter().map(|(id, _)| *id).collect();
        let mut update = Query::update();
        update
            .table(user::Entity)
            .value(
                user::Column::EventSeq,
                Expr::col(user::Column::EventSeq).add(1),
            )
            .returning(Query::returning().columns([user::Column::Id, user::Column::EventSeq]));
        if backend == sea_orm::DatabaseBackend::Postgres {
            update.and_where(
                Expr::col(user::Column::Id).in_subquery(
                    Query::select()
                        .column(user::Column::Id)
                        .from(user::Entity)
                        .and_where(user::Column::Id.is_in(ids))
                        .order_by(user::Column::Id, sea_orm::sea_query::Order::Asc)
                        .lock(sea_orm::sea_query::LockType::Update)
                        .to_owned(),
                ),
            );
        } else {
            // SQLite has one writer at a time: no row locks to order.
            update.and_where(user::Column::Id.is_in(ids));
        }
        let mut seqs = std::collections::HashMap::with_capacity(chunk.len());
        for row in db.query_all(backend.build(&update)).await? {
            seqs.insert(
                row.try_get_by_index::<UserId>(0)?,
                row.try_get_by_index::<i64>(1)?,
            );
        }
        let mut insert = Query::insert();
        insert.into_table(event::Entity).columns([
            event::Column::Channel,
            event::Column::Seq,
            event::Column::Kind,
            event::Column::ActorId,
            event::Column::Subject,
            event::Column::Payload,
            event::Column::Audience,
            event::Column::CreatedAt,
        ]);
        let mut any = false;
        for (user_id, typed) in chunk {
            // A person deleted meanwhile has no channel any more.
            let Some(&seq) = seqs.get(user_id) else {
                continue;
            };
            let (kind, data) = stored_parts(typed)?;
            let event = Event {
                channel: Channel::User(*user_id).to_string(),
                seq,
                kind,
                actor_id,
                subject: format!("user:{user_id}"),
                data,
                audience: Audience::Everyone,
                at: now,
            };
            let row: [sea_orm::Value; 8] = [
                event.channel.clone().into(),
                seq.into(),
                event.kind.clone().into(),
                actor_id.into(),
                event.subject.clone().into(),
                event.data.clone().into(),
                (Audience::Everyone as i16).into(),
                now.into(),
            ];
            insert
                .values(row.into_iter().map(sea_orm::sea_query::SimpleExpr::from))
                .map_err(|e| AppError::Internal(e.into()))?;
            any = true;
            out.push(event);
        }
        if any {
            db.execute(backend.build(&insert)).await?;
        }
    }
    Ok(out)
}

/// `UPDATE ... SET event_seq = event_seq + 1 ... RETURNING event_seq`: one statement that both
/// takes the number and locks the row until commit, so numbers are gapless and ordered.
async fn next_seq(db: &impl ConnectionTrait, channel: Channel) -> AppResult<i64> {
    let row = db
        .query_one(StatementBuilder::build(
            &bump_seq(channel, 1),
            &db.get_database_backend(),
        ))
        .await?
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-channel")))?;
    Ok(row.try_get_by_index::<i64>(0)?)
}

/// `UPDATE ... SET event_seq = event_seq + by ... RETURNING event_seq` on the channel's row.
fn bump_seq(channel: Channel, by: i64) -> UpdateStatement {
    match channel {
        Channel::Neighbourhood(id) => Query::update()
            .table(neighbourhood::Entity)
            .value(
                neighbourhood::Column::EventSeq,
                Expr::col(neighbourhood::Column::EventSeq).add(by),
            )
            .and_where(neighbourhood::Column::Id.eq(id))
            .returning_col(neighbourhood::Column::EventSeq)
            .to_owned(),
        Channel::User(id) => Query::update()
            .table(user::Entity)
            .value(
                user::Column::EventSeq,
                Expr::col(user::Column::EventSeq).add(by),
            )
            .and_where(user::Column::Id.eq(id))
            .returning_col(user::Column::EventSeq)
            .to_owned(),
    }
}

/// The newest sequence number of a channel (0 before its first event).
pub async fn latest_seq(db: &impl ConnectionTrait, channel: Channel) -> AppResult<i64> {
    let seq = match channel {
        Channel::Neighbourhood(id) => {
            neighbourhood::Entity::find_by_id(id)
                .select_only()
                .column(neighbourhood::Column::EventSeq)
                .into_tuple::<i64>()
                .one(db)
                .await?
        }
        Channel::User(id) => {
            user::Entity::find_by_id(id)
                .select_only()
                .column(user::Column::EventSeq)
                .into_tuple::<i64>()
                .one(db)
                .await?
        }
    };
    seq.ok_or_else(|| AppError::not_found(crate::msg!("not-found-channel")))
}

/// Newest sequence numbers of many channels in two queries (the hub's periodic check).
pub async fn latest_seqs(
    db: &impl ConnectionTrait,
    channels: &[Channel],
) -> AppResult<Vec<(Channel, i64)>> {
    let (mut neighbourhoods, mut users) = (Vec::new(), Vec::new());
    for channel in channels {
        match channel {
            Channel::Neighbourhood(id) => neighbourhoods.push(*id),
            Channel::User(id) => users.push(*id),
        }
    }
    let mut out = Vec::with_capacity(channels.len());
    if !neighbourhoods.is_empty() {
        let rows: Vec<(NeighbourhoodId, i64)> = neighbourhood::Entity::find()
            .select_only()
            .column(neighbourhood::Column::Id)
            .column(neighbourhood::Column::EventSeq)
            .filter(neighbourhood::Column::Id.is_in(neighbourhoods))
            .into_tuple()
            .all(db)
            .await?;
        out.extend(
            rows.into_iter()
                .map(|(id, seq)| (Channel::Neighbourhood(id), seq)),
        );
    }
    if !users.is_empty() {
        let rows: Vec<(UserId, i64)> = user::Entity::find()
            .select_only()
            .column(user::Column::Id)
            .column(user::Column::EventSeq)
            .filter(user::Column::Id.is_in(users))
            .into_tuple()
            .all(db)
            .await?;
        out.extend(rows.into_iter().map(|(id, seq)| (Channel::User(id), seq)));
    }
    Ok(out)
}

/// Events after `since`, oldest first, at most `limit`.
pub async fn after(
    db: &impl ConnectionTrait,
    channel: Channel,
    since: i64,
    limit: u64,
) -> AppResult<Vec<Event>> {
    Ok(event::Entity::find()
        .filter(event::Column::Channel.eq(channel.to_string()))
        .filter(event::Column::Seq.gt(since))
        .order_by_asc(event::Column::Seq)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(Event::from)
        .collect())
}

/// Events in `from..=to`, oldest first (gap repair).
pub async fn range(
    db: &impl ConnectionTrait,
    channel: Channel,
    from: i64,
    to: i64,
) -> AppResult<Vec<Event>> {
    Ok(event::Entity::find()
        .filter(event::Column::Channel.eq(channel.to_string()))
        .filter(event::Column::Seq.between(from, to))
        .order_by_asc(event::Column::Seq)
        .all(db)
        .await?
        .into_iter()
        .map(Event::from)
        .collect())
}

/// Whether a client that has seen up to `since` can resume from the log: every event after it
/// must still be retained.
pub async fn can_resume(
    db: &impl ConnectionTrait,
    channel: Channel,
    since: i64,
    latest: i64,
) -> AppResult<bool> {
    if since >= latest {
        // A client ahead of the log (e.g. after a database restore) must reload.
        return Ok(since == latest);
    }
    let oldest: Option<i64> = event::Entity::find()
        .select_only()
        .column_as(event::Column::Seq.min(), "oldest")
        .filter(event::Column::Channel.eq(channel.to_string()))
        .into_tuple::<Option<i64>>()
        .one(db)
        .await?
        .flatten();
    Ok(oldest.is_some_and(|oldest| oldest <= since + 1))
}

/// Deletes events older than the retention period. Resumes from before the oldest kept event
/// are then answered with `reset`, so pruning never makes a client miss an event silently.
pub async fn prune(db: &impl ConnectionTrait, older_than: DateTime<Utc>) -> AppResult<u64> {
    Ok(event::Entity::delete_many()
        .filter(event::Column::CreatedAt.lt(older_than))
        .exec(db)
        .await?
        .rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channels_round_trip_through_text() {
        let id = Uuid::now_v7();
        for channel in [Channel::Neighbourhood(id.into()), Channel::User(id.into())] {
            assert_eq!(Channel::parse(&channel.to_string()), Some(channel));
        }
        assert_eq!(Channel::parse("dashboard:x"), None);
        assert_eq!(Channel::parse("neighbourhood:not-a-uuid"), None);
        assert_eq!(Channel::parse("neighbourhood"), None);
    }

    #[test]
    fn events_outside_the_audience_are_restricted_placeholders() {
        let event = Event {
            channel: "neighbourhood:x".into(),
            seq: 7,
            kind: "member.requested".into(),
            actor_id: None,
            subject: "user:x".into(),
            data: serde_json::json!({"display_name": "Ben"}),
            audience: Audience::Coordinators,
            at: Utc::now(),
        };
        let hidden = EventView::of(&event, Audience::Members);
        assert_eq!((hidden.seq, hidden.kind.as_str()), (7, "restricted"));
        assert_eq!(hidden.data, serde_json::json!({}));
        assert_eq!(
            EventView::of(&event, Audience::Coordinators).kind,
            "member.requested"
        );
    }
}
