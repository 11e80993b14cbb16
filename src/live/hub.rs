//! The hub: one task per instance that owns every live subscription of this instance's
//! connections. It receives events from the bus, puts each channel's events in order with a
//! `Sequencer`, repairs gaps from the database, serialises each event once, and hands the frame
//! to every subscribed connection's bounded queue. A connection whose queue is full is told to
//! close (it will resume), so one slow client never slows the others or grows memory.

use entity::ids::UserId;
use std::{
    collections::{HashMap, HashSet},
    sync::Arc,
    time::{Duration, Instant},
};

use bytestring::ByteString;
use sea_orm::DatabaseConnection;
use tokio::sync::mpsc;

use actix_http::ws::{CloseCode, CloseReason};

use super::{
    event::{self, Audience, Channel, Event, EventView},
    protocol::{close_code, ServerMessage},
    sequencer::Sequencer,
    socket::{Closer, Outgoing},
};

/// How long an early event waits for the ones before it before the gap is fetched.
const HOLD: Duration = Duration::from_millis(50);
/// How often the hub checks the newest seq of its channels (catches a lost last event).
const CHECK_EVERY: Duration = Duration::from_secs(1);

pub type ConnId = u64;

/// What the hub tells a connection's session task (frames go straight to the socket queue).
#[derive(Debug)]
pub enum Control {
    /// A subscription with `since` is paused from `seq + 1`: the session sends `subscribed`,
    /// replays `since+1..=seq` from the log, then sends `Resume`.
    Replay {
        channel: Channel,
        since: i64,
        seq: i64,
    },
    /// An event may have changed what this connection's user may see on the channel.
    Recheck(Channel),
}

/// How a connection asks the hub to reach it.
pub struct ConnectionHandle {
    pub user_id: UserId,
    /// A dashboard tap, which follows the neighbourhoods its organisation serves: told to
    /// re-read them when any organisation starts serving one (it cannot hear that event on a
    /// channel it does not follow yet).
    pub follows_served: bool,
    pub frames: mpsc::Sender<Outgoing>,
    /// Boxed: the queue's first block (32 slots) is allocated with every connection, and the
    /// messages are rare; a pointer a slot keeps that block small.
    pub control: mpsc::Sender<Box<Control>>,
    pub closer: Closer,
}

pub enum HubCommand {
    Event(Arc<Event>),
    Register {
        conn: ConnId,
        handle: ConnectionHandle,
    },
    Subscribe {
        conn: ConnId,
        channel: Channel,
        level: Audience,
        /// The subscriber's access depends on being staff of an organisation serving the
        /// neighbourhood (see `Subscriber::through_staff`).
        through_staff: bool,
        since: Option<i64>,
    },
    /// The session finished replaying; deliver what was held meanwhile and go live.
    Resume {
        conn: ConnId,
        channel: Channel,
    },
    /// Ends a subscription; the hub confirms with `unsubscribed` (after any frame already sent).
    Unsubscribe {
        conn: ConnId,
        channel: Channel,
        reason: String,
    },
    SetLevel {
        conn: ConnId,
        channel: Channel,
        level: Audience,
        through_staff: bool,
    },
    Disconnect {
        conn: ConnId,
    },
    /// Re-check every channel against the database now (after a bus reconnection).
    Resync,
    /// Results of the hub's own database reads.
    Started {
        channel: Channel,
        latest: i64,
    },
    Fetched {
        channel: Channel,
        from: i64,
        to: i64,
        events: Vec<Event>,
    },
    Latest(Vec<(Channel, i64)>),
    /// Members online per neighbourhood, from the presence task.
    PresenceCounts(HashMap<Channel, u64>),
    /// Members connected here per neighbourhood, for the presence task.
    PresenceSnapshot(tokio::sync::oneshot::Sender<HashMap<Channel, HashSet<UserId>>>),
}

struct Connection {
    handle: ConnectionHandle,
    channels: HashSet<Channel>,
}

struct Subscriber {
    level: Audience,
    /// Their access may come from being staff of a serving organisation, so an organisation
    /// that stops serving the neighbourhood makes them re-check (nobody else needs to).
    through_staff: bool,
    /// While the session replays from the log, frames wait here instead of the socket queue.
    held: Option<Vec<ByteString>>,
}

struct ChannelState {
    sequencer: Sequencer,
    subscribers: HashMap<ConnId, Subscriber>,
    /// Subscribed before the channel's position was known, with their `since`.
    waiting: Vec<(ConnId, Option<i64>)>,
    repair_due: Option<Instant>,
    repairing: bool,
    online: Option<u64>,
}

impl ChannelState {
    fn new() -> Self {
        Self {
            sequencer: Sequencer::default(),
            subscribers: HashMap::new(),
            waiting: Vec::new(),
            repair_due: None,
            repairing: false,
            online: None,
        }
    }
}

pub struct Hub {
    db: DatabaseConnection,
    tx: mpsc::Sender<HubCommand>,
    connections: HashMap<ConnId, Connection>,
    channels: HashMap<Channel, ChannelState>,
}

impl Hub {
    pub fn spawn(db: DatabaseConnection, queue: usize) -> mpsc::Sender<HubCommand> {
        let (tx, rx) = mpsc::channel(queue);
        let hub = Hub {
            db,
            tx: tx.clone(),
            connections: HashMap::new(),
            channels: HashMap::new(),
        };
        tokio::spawn(hub.run(rx));
        tx
    }

    async fn run(mut self, mut rx: mpsc::Receiver<HubCommand>) {
        let mut repair_tick = tokio::time::interval(HOLD / 2);
        repair_tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut check_tick = tokio::time::interval(CHECK_EVERY);
        check_tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                command = rx.recv() => match command {
                    Some(command) => self.handle(command),
                    None => return,
                },
                _ = repair_tick.tick() => self.start_due_repairs(),
                _ = check_tick.tick() => self.check_latest(),
            }
        }
    }

    fn handle(&mut self, command: HubCommand) {
        match command {
            HubCommand::Event(event) => {
                crate::metrics::bus_lag(event.at);
                if let Some(channel) = event.channel() {
                    if event.kind == event::STARTED_SERVING {
                        self.rescope_dashboards(channel);
                    }
                    self.offer(channel, vec![(*event).clone()]);
                }
            }
            HubCommand::Register { conn, handle } => {
                self.connections.insert(
                    conn,
                    Connection {
                        handle,
                        channels: HashSet::new(),
                    },
                );
            }
            HubCommand::Subscribe {
                conn,
                channel,
                level,
                through_staff,
                since,
            } => self.subscribe(conn, channel, level, through_staff, since),
            HubCommand::Resume { conn, channel } => self.resume(conn, channel),
            HubCommand::Unsubscribe {
                conn,
                channel,
                reason,
            } => {
                self.unsubscribe(conn, channel);
                let text = ServerMessage::Unsubscribed {
                    channel: channel.to_string(),
                    reason,
                }
                .to_text();
                self.send(conn, Outgoing::Text(text));
            }
            HubCommand::SetLevel {
                conn,
                channel,
                level,
                through_staff,
            } => {
                if let Some(state) = self.channels.get_mut(&channel) {
                    if let Some(subscriber) = state.subscribers.get_mut(&conn) {
                        subscriber.level = level;
                        subscriber.through_staff = through_staff;
                    }
                }
            }
            HubCommand::Disconnect { conn } => self.disconnect(conn),
            HubCommand::Resync => self.check_latest(),
            HubCommand::Started { channel, latest } => self.started(channel, latest),
            HubCommand::Fetched {
                channel,
                from,
                to,
                events,
            } => self.fetched(channel, from, to, events),
            HubCommand::Latest(latest) => {
                for (channel, seq) in latest {
                    if let Some(state) = self.channels.get(&channel) {
                        if let Some((from, to)) = state.sequencer.behind(seq) {
                            self.fetch(channel, from, to);
                        }
                    }
                }
            }
            HubCommand::PresenceCounts(counts) => self.presence(counts),
            HubCommand::PresenceSnapshot(reply) => {
                let _ = reply.send(self.members_here());
            }
        }
    }

    fn subscribe(
        &mut self,
        conn: ConnId,
        channel: Channel,
        level: Audience,
        through_staff: bool,
        since: Option<i64>,
    ) {
        let Some(connection) = self.connections.get_mut(&conn) else {
            return;
        };
        connection.channels.insert(channel);
        let is_new = !self.channels.contains_key(&channel);
        let state = self
            .channels
            .entry(channel)
            .or_insert_with(ChannelState::new);
        state.subscribers.insert(
            conn,
            Subscriber {
                level,
                through_staff,
                held: None,
            },
        );
        match state.sequencer.last() {
            Some(seq) => self.start_subscription(conn, channel, seq, since),
            None => {
                state.waiting.push((conn, since));
                if is_new {
                    self.read_start(channel);
                }
            }
        }
    }

    /// Live from `seq + 1`: at once, or after the session's replay when `since` is given.
    fn start_subscription(&mut self, conn: ConnId, channel: Channel, seq: i64, since: Option<i64>) {
        let Some(state) = self.channels.get_mut(&channel) else {
            return;
        };
        let online = state.online;
        match since {
            None => {
                let text = ServerMessage::Subscribed {
                    channel: channel.to_string(),
                    seq,
                }
                .to_text();
                self.send(conn, Outgoing::Text(text));
            }
            Some(since) => {
                if let Some(subscriber) = state.subscribers.get_mut(&conn) {
                    subscriber.held = Some(Vec::new());
                }
                let replay = Box::new(Control::Replay {
                    channel,
                    since,
                    seq,
                });
                let delivered = self
                    .connections
                    .get(&conn)
                    .is_some_and(|c| c.handle.control.try_send(replay).is_ok());
                if !delivered {
                    self.close_slow(conn);
                    return;
                }
            }
        }
        if let Some(online) = online {
            self.deliver(conn, channel, presence_text(channel, online));
        }
    }

    fn resume(&mut self, conn: ConnId, channel: Channel) {
        let held = self
            .channels
            .get_mut(&channel)
            .and_then(|state| state.subscribers.get_mut(&conn))
            .and_then(|subscriber| subscriber.held.take())
            .unwrap_or_default();
        for text in held {
            self.send(conn, Outgoing::Text(text));
        }
    }

    fn read_start(&self, channel: Channel) {
        let (db, tx) = (self.db.clone(), self.tx.clone());
        tokio::spawn(async move {
            loop {
                match event::latest_seq(&db, channel).await {
                    Ok(latest) => {
                        let _ = tx.send(HubCommand::Started { channel, latest }).await;
                        return;
                    }
                    Err(crate::error::AppError::NotFound(_)) => {
                        let _ = tx.send(HubCommand::Started { channel, latest: 0 }).await;
                        return;
                    }
                    Err(error) => {
                        tracing::warn!(%error, %channel, "reading channel position failed; retrying");
                        tokio::time::sleep(Duration::from_millis(200)).await;
                    }
                }
            }
        });
    }

    fn started(&mut self, channel: Channel, latest: i64) {
        let Some(state) = self.channels.get_mut(&channel) else {
            return;
        };
        let waiting = std::mem::take(&mut state.waiting);
        let released = state.sequencer.start(latest);
        // Subscribers learn their starting point before any event after it.
        for (conn, since) in waiting {
            self.start_subscription(conn, channel, latest, since);
        }
        self.dispatch(channel, released);
        self.note_gap(channel);
    }

    fn unsubscribe(&mut self, conn: ConnId, channel: Channel) {
        if let Some(connection) = self.connections.get_mut(&conn) {
            connection.channels.remove(&channel);
        }
        if let Some(state) = self.channels.get_mut(&channel) {
            state.subscribers.remove(&conn);
            state.waiting.retain(|(c, _)| *c != conn);
            if state.subscribers.is_empty() {
                self.channels.remove(&channel);
            }
        }
    }

    fn disconnect(&mut self, conn: ConnId) {
        if let Some(connection) = self.connections.remove(&conn) {
            for channel in connection.channels {
                if let Some(state) = self.channels.get_mut(&channel) {
                    state.subscribers.remove(&conn);
                    state.waiting.retain(|(c, _)| *c != conn);
                    if state.subscribers.is_empty() {
                        self.channels.remove(&channel);
                    }
                }
            }
        }
    }

    fn offer(&mut self, channel: Channel, events: Vec<Event>) {
        let Some(state) = self.channels.get_mut(&channel) else {
            return;
        };
        let mut released = Vec::new();
        for event in events {
            released.extend(state.sequencer.offer(event));
        }
        self.dispatch(channel, released);
        self.note_gap(channel);
    }

    /// Schedules (or, when too much is held, starts) repair of a gap that has not closed.
    fn note_gap(&mut self, channel: Channel) {
        let Some(state) = self.channels.get_mut(&channel) else {
            return;
        };
        match state.sequencer.gap() {
            None => state.repair_due = None,
            Some((from, to)) => {
                if state.sequencer.overfull() && !state.repairing {
                    self.fetch(channel, from, to);
                } else if state.repair_due.is_none() {
                    state.repair_due = Some(Instant::now() + HOLD);
                }
            }
        }
    }

    fn start_due_repairs(&mut self) {
        let now = Instant::now();
        let due: Vec<(Channel, i64, i64)> = self
            .channels
            .iter()
            .filter(|(_, s)| !s.repairing && s.repair_due.is_some_and(|due| due <= now))
            .filter_map(|(c, s)| s.sequencer.gap().map(|(from, to)| (*c, from, to)))
            .collect();
        for (channel, from, to) in due {
            self.fetch(channel, from, to);
        }
    }

    fn fetch(&mut self, channel: Channel, from: i64, to: i64) {
        let Some(state) = self.channels.get_mut(&channel) else {
            return;
        };
        state.repairing = true;
        state.repair_due = None;
        let (db, tx) = (self.db.clone(), self.tx.clone());
        tokio::spawn(async move {
            let events = match event::range(&db, channel, from, to).await {
                Ok(events) => events,
                Err(error) => {
                    tracing::warn!(%error, %channel, "gap repair read failed; will retry");
                    Vec::new()
                }
            };
            let _ = tx
                .send(HubCommand::Fetched {
                    channel,
                    from,
                    to,
                    events,
                })
                .await;
        });
    }

    fn fetched(&mut self, channel: Channel, from: i64, to: i64, events: Vec<Event>) {
        let Some(state) = self.channels.get_mut(&channel) else {
            return;
        };
        state.repairing = false;
        let found = events.len();
        if found > 0 {
            tracing::debug!(%channel, from, to, found, "repaired a gap from the database");
        }
        self.offer(channel, events);
        // A gap the log cannot fill (pruned history) would block the channel forever; the
        // hub's next periodic check or hold timer retries, and reads are cheap.
    }

    fn check_latest(&mut self) {
        let channels: Vec<Channel> = self
            .channels
            .iter()
            .filter(|(_, s)| s.sequencer.last().is_some() && !s.repairing)
            .map(|(c, _)| *c)
            .collect();
        if channels.is_empty() {
            return;
        }
        let (db, tx) = (self.db.clone(), self.tx.clone());
        tokio::spawn(async move {
            match event::latest_seqs(&db, &channels).await {
                Ok(latest) => {
                    let _ = tx.send(HubCommand::Latest(latest)).await;
                }
                Err(error) => tracing::warn!(%error, "periodic live check failed"),
            }
        });
    }

    /// Sends released events to every subscriber of the channel, each serialised at most twice
    /// (full, and a `restricted` placeholder for those outside its audience).
    fn dispatch(&mut self, channel: Channel, events: Vec<Event>) {
        for event in events {
            let Some(state) = self.channels.get(&channel) else {
                return;
            };
            let mut full: Option<ByteString> = None;
            let mut restricted: Option<ByteString> = None;
            let subject = event.subject_user();
            let mut targets = Vec::with_capacity(state.subscribers.len());
            for (&conn, subscriber) in &state.subscribers {
                let text = if event.audience <= subscriber.level {
                    full.get_or_insert_with(|| event_frame(&event, subscriber.level))
                        .clone()
                } else {
                    restricted
                        .get_or_insert_with(|| event_frame(&event, subscriber.level))
                        .clone()
                };
                let user = self.connections.get(&conn).map(|c| c.handle.user_id);
                let recheck = needs_recheck(&event, subject, user, subscriber);
                targets.push((conn, text, recheck));
            }
            crate::metrics::events_delivered(targets.len());
            for (conn, text, recheck) in targets {
                self.deliver(conn, channel, text);
                if recheck {
                    let sent = self.connections.get(&conn).is_some_and(|c| {
                        c.handle
                            .control
                            .try_send(Box::new(Control::Recheck(channel)))
                            .is_ok()
                    });
                    if !sent {
                        self.close_slow(conn);
                    }
                }
            }
        }
    }

    /// A frame of one channel for one subscriber: held while it replays, else queued.
    fn deliver(&mut self, conn: ConnId, channel: Channel, text: ByteString) {
        let capacity = self
            .connections
            .get(&conn)
            .map_or(0, |c| c.handle.frames.max_capacity());
        let held = self
            .channels
            .get_mut(&channel)
            .and_then(|state| state.subscribers.get_mut(&conn))
            .and_then(|subscriber| subscriber.held.as_mut());
        match held {
            Some(held) if held.len() >= capacity => self.close_slow(conn),
            Some(held) => held.push(text),
            None => self.send(conn, Outgoing::Text(text)),
        }
    }

    /// Queues a frame; a full queue means the client is not keeping up: it is closed (4008)
    /// and will resume, so it never slows anyone else or grows memory.
    fn send(&mut self, conn: ConnId, frame: Outgoing) {
        let Some(connection) = self.connections.get(&conn) else {
            return;
        };
        match connection.handle.frames.try_send(frame) {
            Ok(()) => {}
            Err(mpsc::error::TrySendError::Full(_)) => self.close_slow(conn),
            Err(mpsc::error::TrySendError::Closed(_)) => self.disconnect(conn),
        }
    }

    fn close_slow(&mut self, conn: ConnId) {
        if let Some(connection) = self.connections.get(&conn) {
            connection.handle.closer.close(CloseReason {
                code: CloseCode::Other(close_code::SLOW_CONSUMER),
                description: Some("slow consumer; resume with since".into()),
            });
        }
        self.disconnect(conn);
    }

    /// Every dashboard tap on this instance re-reads its organisation's neighbourhoods (a rare
    /// event; each tap costs one small read). A full control queue is left alone: the tap's
    /// periodic re-read catches up.
    fn rescope_dashboards(&self, channel: Channel) {
        for connection in self.connections.values() {
            if connection.handle.follows_served {
                let _ = connection
                    .handle
                    .control
                    .try_send(Box::new(Control::Recheck(channel)));
            }
        }
    }

    fn members_here(&self) -> HashMap<Channel, HashSet<UserId>> {
        self.channels
            .iter()
            .filter(|(c, _)| matches!(c, Channel::Neighbourhood(_)))
            .map(|(channel, state)| {
                let users = state
                    .subscribers
                    .iter()
                    .filter(|(_, subscriber)| subscriber.level >= Audience::Members)
                    .filter_map(|(conn, _)| self.connections.get(conn).map(|c| c.handle.user_id))
                    .collect();
                (*channel, users)
            })
            .collect()
    }

    fn presence(&mut self, counts: HashMap<Channel, u64>) {
        let mut changed = Vec::new();
        for (channel, online) in counts {
            if let Some(state) = self.channels.get_mut(&channel) {
                if state.online != Some(online) {
                    state.online = Some(online);
                    changed.push((channel, online));
                }
            }
        }
        for (channel, online) in changed {
            let subscribers: Vec<ConnId> = self
                .channels
                .get(&channel)
                .map(|s| s.subscribers.keys().copied().collect())
                .unwrap_or_default();
            let text = presence_text(channel, online);
            for conn in subscribers {
                self.deliver(conn, channel, text.clone());
            }
        }
    }
}

/// Whether an event may have changed what this subscriber may see, so their session re-checks
/// their access (and narrows, widens or ends the subscription):
/// - the neighbourhood turned private: outsiders (it can only cost them their access);
/// - a `member.*` event or a removal from a serving organisation's staff: the person it is about;
/// - an organisation stopped serving it: those whose access came through being staff;
/// - an organisation started serving it: signed-in subscribers who see it as outsiders (they
///   may be its staff, who now see it as members do).
fn needs_recheck(
    event: &Event,
    subject: Option<UserId>,
    user: Option<UserId>,
    subscriber: &Subscriber,
) -> bool {
    let about_them = subject.is_some() && user == subject;
    match event.kind.as_str() {
        "neighbourhood.updated" => {
            event.data["visibility"] == "private" && subscriber.level == Audience::Everyone
        }
        event::STAFF_REMOVED => about_them,
        event::STOPPED_SERVING => subscriber.through_staff,
        event::STARTED_SERVING => subscriber.level == Audience::Everyone,
        kind => kind.starts_with("member.") && about_them,
    }
}

fn event_frame(event: &Event, level: Audience) -> ByteString {
    ServerMessage::Event(EventView::of(event, level)).to_text()
}

fn presence_text(channel: Channel, online: u64) -> ByteString {
    ServerMessage::Presence {
        channel: channel.to_string(),
        online,
    }
    .to_text()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn event(kind: &str, subject: &str, data: serde_json::Value) -> Event {
        Event {
            channel: "neighbourhood:00000000-0000-0000-0000-000000000001".into(),
            seq: 1,
            kind: kind.into(),
            actor_id: None,
            subject: subject.into(),
            data,
            audience: Audience::Everyone,
            at: chrono::Utc::now(),
        }
    }

    fn subscriber(level: Audience, through_staff: bool) -> Subscriber {
        Subscriber {
            level,
            through_staff,
            held: None,
        }
    }

    #[test]
    fn only_the_people_an_access_event_is_about_re_check() {
        let (ana, ben) = (
            UserId(uuid::Uuid::from_u128(7)),
            UserId(uuid::Uuid::from_u128(8)),
        );
        let about_ana = format!("user:{ana}");
        let member = subscriber(Audience::Members, false);
        let staff = subscriber(Audience::Members, true);
        let outsider = subscriber(Audience::Everyone, false);

        let removed = event("member.removed", &about_ana, json!({}));
        assert!(needs_recheck(&removed, Some(ana), Some(ana), &member));
        assert!(!needs_recheck(&removed, Some(ana), Some(ben), &member));

        let left_staff = event(event::STAFF_REMOVED, &about_ana, json!({}));
        assert!(needs_recheck(&left_staff, Some(ana), Some(ana), &staff));
        assert!(!needs_recheck(&left_staff, Some(ana), Some(ben), &staff));

        let stopped = event(event::STOPPED_SERVING, "neighbourhood:x", json!({}));
        assert!(needs_recheck(&stopped, None, Some(ben), &staff));
        assert!(!needs_recheck(&stopped, None, Some(ben), &member));

        // Staff see a newly served neighbourhood as members do: outsiders find out if that is
        // them; members and staff already see all of it.
        let started = event(event::STARTED_SERVING, "neighbourhood:x", json!({}));
        assert!(needs_recheck(&started, None, Some(ben), &outsider));
        assert!(!needs_recheck(&started, None, Some(ben), &member));
        assert!(!needs_recheck(&started, None, Some(ben), &staff));

        let private = event(
            "neighbourhood.updated",
            "neighbourhood:x",
            json!({"visibility": "private"}),
        );
        assert!(needs_recheck(&private, None, Some(ben), &outsider));
        assert!(!needs_recheck(&private, None, Some(ben), &member));
        let issue = event("issue.created", "neighbourhood:x", json!({}));
        assert!(!needs_recheck(&issue, None, Some(ben), &staff));
    }
}
