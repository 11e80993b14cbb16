//! The `dashboard:{organisation_id}` channel: an open dashboard learns, within about a second,
//! that events happened in any neighbourhood the organisation serves, without one message (or
//! one recomputation) per event.
//!
//! Design (see `docs/live-protocol.md`): a subscription is a *tap* inside the session. The tap
//! registers with the hub as an internal connection subscribed to every served neighbourhood, so
//! it gets their events in order, gap-repaired, exactly like a browser would. It does not forward
//! them: it remembers each channel's newest seq and, at most once per `MIN_GAP`, sends one
//! `dashboard.changed` carrying those seqs. The client then refetches the summary over HTTP,
//! which reports the seqs it was computed at. A whole recomputation never double-counts, and a
//! client that reconnects simply refetches.
//!
//! Every `FOLLOW_EVERY` the tap re-reads which neighbourhoods the organisation serves, follows
//! new ones and drops those no longer served, and counts that as a change (the summary's scope
//! moved).

use entity::ids::{NeighbourhoodId, OrganisationId};
use std::{
    collections::{BTreeMap, BTreeSet},
    sync::Arc,
    time::{Duration, Instant},
};

use actix_http::ws::{CloseCode, CloseReason};
use sea_orm::DatabaseConnection;
use tokio::{sync::mpsc, task::JoinHandle};

use super::{
    event::{stored_parts, Audience, Channel, EventView},
    hub::{ConnId, ConnectionHandle, HubCommand},
    kinds::{DashboardChanged, DashboardEvent},
    plugins::DashboardScope,
    protocol::{close_code, ServerMessage},
    socket::{Closer, Outgoing},
};

/// At most one update per organisation dashboard subscription in this time.
pub const MIN_GAP: Duration = Duration::from_millis(400);
/// A first change waits this long for the rest of its burst.
pub const SETTLE: Duration = Duration::from_millis(100);
/// How often a tap re-reads the neighbourhoods its organisation serves.
pub const FOLLOW_EVERY: Duration = Duration::from_secs(5);
/// Frames the hub may queue for a tap before it counts as slow (it drains them at once).
const TAP_QUEUE: usize = 4_096;

/// When the pending change should be sent: after it has settled, and not sooner than `MIN_GAP`
/// after the previous update.
pub fn send_at(first_change: Instant, last_sent: Option<Instant>) -> Instant {
    let settled = first_change + SETTLE;
    match last_sent {
        Some(last) => settled.max(last + MIN_GAP),
        None => settled,
    }
}

/// What the tap knows: each channel's newest seq, and what changed since the last update.
#[derive(Debug, Default)]
pub struct Coalescer {
    seqs: BTreeMap<String, i64>,
    /// Channels just subscribed: the hub follows `subscribed` with the count online then (a
    /// snapshot the summary already has), which is no change.
    snapshot_due: std::collections::HashSet<String>,
    /// Events since the last update.
    events: u64,
    online_changed: bool,
    /// The organisation's served neighbourhoods changed since the last update.
    scope_changed: bool,
    first_change: Option<Instant>,
    last_sent: Option<Instant>,
    sent: i64,
}

impl Coalescer {
    /// Updates are numbered from `since + 1`.
    pub fn starting_at(since: i64) -> Self {
        Self {
            sent: since,
            ..Self::default()
        }
    }

    /// Takes one frame the hub queued for the tap.
    pub fn frame(&mut self, message: &ServerMessage, now: Instant) {
        match message {
            ServerMessage::Subscribed { channel, seq } => {
                self.seqs.insert(channel.clone(), *seq);
                self.snapshot_due.insert(channel.clone());
            }
            ServerMessage::Presence { channel, .. } if self.snapshot_due.remove(channel) => {}
            ServerMessage::Event(event) => {
                self.snapshot_due.remove(&event.channel);
                let seq = self.seqs.entry(event.channel.clone()).or_insert(0);
                *seq = (*seq).max(event.seq);
                self.events += 1;
                self.first_change.get_or_insert(now);
            }
            ServerMessage::Presence { .. } => {
                self.online_changed = true;
                self.first_change.get_or_insert(now);
            }
            _ => {}
        }
    }

    /// The neighbourhoods followed changed: forget a dropped channel's seq and have the client
    /// refetch.
    pub fn scope_changed(&mut self, dropped: &[String], now: Instant) {
        for channel in dropped {
            self.seqs.remove(channel);
        }
        self.scope_changed = true;
        self.first_change.get_or_insert(now);
    }

    /// When to send, if anything is pending.
    pub fn due(&self) -> Option<Instant> {
        self.first_change
            .map(|first| send_at(first, self.last_sent))
    }

    /// The update to send now, resetting what is pending.
    pub fn take(&mut self, organisation_id: OrganisationId, now: Instant) -> Option<ServerMessage> {
        self.first_change.take()?;
        self.last_sent = Some(now);
        self.sent += 1;
        let changed = DashboardEvent::DashboardChanged(DashboardChanged {
            seqs: self.seqs.clone(),
            events: std::mem::take(&mut self.events),
            online_changed: std::mem::take(&mut self.online_changed),
            scope_changed: std::mem::take(&mut self.scope_changed),
        });
        let (kind, data) = stored_parts(&changed).ok()?;
        Some(ServerMessage::Event(EventView {
            channel: format!("dashboard:{organisation_id}"),
            seq: self.sent,
            kind,
            data,
            at: chrono::Utc::now(),
        }))
    }
}

/// A running dashboard subscription; dropping it ends it.
pub struct Tap {
    conn: ConnId,
    hub: mpsc::Sender<HubCommand>,
    task: JoinHandle<()>,
}

impl Drop for Tap {
    fn drop(&mut self) {
        self.task.abort();
        let _ = self
            .hub
            .try_send(HubCommand::Disconnect { conn: self.conn });
    }
}

/// Who the tap works for, to re-check before each update that they are still staff.
pub struct Watcher {
    pub db: DatabaseConnection,
    pub user: entity::user::Model,
    pub organisation_id: OrganisationId,
    /// The dashboard capability's answers (who may watch, what is served), plugged in at
    /// start-up.
    pub scope: Arc<dyn DashboardScope>,
}

/// Starts a tap on `neighbourhoods` that sends `dashboard.changed` to `frames`, numbering its
/// updates on from `since` (a reconnecting client's last one, so its seq check keeps working;
/// nothing is replayed: it refetches the summary).
pub async fn start(
    since: i64,
    hub: mpsc::Sender<HubCommand>,
    conn: ConnId,
    watcher: Watcher,
    neighbourhoods: Vec<NeighbourhoodId>,
    frames: mpsc::Sender<Outgoing>,
    closer: Closer,
) -> Option<Tap> {
    let (tap_frames, mut incoming) = mpsc::channel(TAP_QUEUE);
    let (control, mut controls) = mpsc::channel(64);
    let handle = ConnectionHandle {
        user_id: watcher.user.id,
        follows_served: true,
        frames: tap_frames,
        control,
        // Should the tap ever fall behind, the hub closes the real connection (4008): the
        // browser reconnects and refetches.
        closer: closer.clone(),
    };
    hub.send(HubCommand::Register { conn, handle }).await.ok()?;
    let mut starting: std::collections::HashSet<String> = neighbourhoods
        .iter()
        .map(|id| Channel::Neighbourhood(*id).to_string())
        .collect();
    let confirm = ServerMessage::Subscribed {
        channel: format!("dashboard:{}", watcher.organisation_id),
        seq: since,
    };
    if starting.is_empty() {
        frames.send(Outgoing::Text(confirm.to_text())).await.ok()?;
    }
    let mut confirm = (!starting.is_empty()).then_some(confirm);
    let mut following: BTreeSet<NeighbourhoodId> = neighbourhoods.iter().copied().collect();
    for id in neighbourhoods {
        hub.send(follow(conn, id)).await.ok()?;
    }
    let tap_hub = hub.clone();
    let task = tokio::spawn(async move {
        let hub = tap_hub;
        let mut state = Coalescer::starting_at(since);
        let mut refresh =
            tokio::time::interval_at(tokio::time::Instant::now() + FOLLOW_EVERY, FOLLOW_EVERY);
        refresh.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            let due = state.due();
            tokio::select! {
                frame = incoming.recv() => match frame {
                    Some(Outgoing::Text(text)) => {
                        if let Ok(message) = serde_json::from_str::<ServerMessage>(&text) {
                            // A neighbourhood just dropped may still have a frame queued: it no
                            // longer counts (nor reappears in `seqs`).
                            if !still_followed(&message, &following) {
                                continue;
                            }
                            state.frame(&message, Instant::now());
                            // The client hears `subscribed` once every neighbourhood is followed,
                            // so a summary it fetches after that misses no later event.
                            if let ServerMessage::Subscribed { channel, .. } = &message {
                                starting.remove(channel);
                                if starting.is_empty() {
                                    if let Some(confirm) = confirm.take() {
                                        if frames.send(Outgoing::Text(confirm.to_text())).await.is_err() {
                                            return;
                                        }
                                    }
                                }
                            }
                        }
                    }
                    Some(_) => {}
                    None => return,
                },
                // An event said the person's access may have changed (they left the staff, or
                // an organisation stopped or started serving a neighbourhood): check both at once.
                control = controls.recv() => {
                    if control.is_none() {
                        return;
                    }
                    if !still_staff(&watcher).await {
                        let _ = frames.send(Outgoing::Text(no_longer_staff(&watcher).to_text())).await;
                        return;
                    }
                    if rescope(&hub, conn, &watcher, &mut following, &mut state).await.is_err() {
                        return;
                    }
                }
                _ = refresh.tick() => {
                    // Also the backstop for a removal no followed neighbourhood carried.
                    if !still_staff(&watcher).await {
                        let _ = frames.send(Outgoing::Text(no_longer_staff(&watcher).to_text())).await;
                        return;
                    }
                    if rescope(&hub, conn, &watcher, &mut following, &mut state).await.is_err() {
                        return;
                    }
                }
                _ = sleep_until(due), if due.is_some() => {
                    let still_staff = still_staff(&watcher).await;
                    let message = if !still_staff {
                        no_longer_staff(&watcher)
                    } else {
                        match state.take(watcher.organisation_id, Instant::now()) {
                            Some(message) => message,
                            None => continue,
                        }
                    };
                    crate::metrics::dashboard_update();
                    if frames.try_send(Outgoing::Text(message.to_text())).is_err() {
                        closer.close(CloseReason {
                            code: CloseCode::Other(close_code::SLOW_CONSUMER),
                            description: Some("slow consumer; resume with since".into()),
                        });
                        return;
                    }
                    if !still_staff {
                        return;
                    }
                }
            }
        }
    });
    Some(Tap { conn, hub, task })
}

/// Whether a frame is about a neighbourhood the tap still follows.
fn still_followed(message: &ServerMessage, following: &BTreeSet<NeighbourhoodId>) -> bool {
    let channel = match message {
        ServerMessage::Event(event) => &event.channel,
        ServerMessage::Presence { channel, .. } => channel,
        _ => return true,
    };
    match Channel::parse(channel) {
        Some(Channel::Neighbourhood(id)) => following.contains(&id),
        _ => true,
    }
}

/// Whether the tap's person is still on the organisation's staff (or an admin). A failed read
/// keeps the subscription until the next check rather than ending it.
async fn still_staff(watcher: &Watcher) -> bool {
    let check = watcher
        .scope
        .may_watch(&watcher.db, &watcher.user, watcher.organisation_id)
        .await;
    !matches!(check, Err(crate::error::AppError::Forbidden(_)))
}

fn no_longer_staff(watcher: &Watcher) -> ServerMessage {
    ServerMessage::Unsubscribed {
        channel: format!("dashboard:{}", watcher.organisation_id),
        reason: "You are no longer on this organisation's staff.".into(),
    }
}

/// Re-reads the neighbourhoods the organisation serves, follows new ones and drops the others
/// (a change the client hears as `scope_changed`). `Err` when the hub is gone.
async fn rescope(
    hub: &mpsc::Sender<HubCommand>,
    conn: ConnId,
    watcher: &Watcher,
    following: &mut BTreeSet<NeighbourhoodId>,
    state: &mut Coalescer,
) -> Result<(), ()> {
    // A failed read keeps what is followed until the next tick.
    let Ok(served) = watcher
        .scope
        .served(&watcher.db, watcher.organisation_id)
        .await
    else {
        return Ok(());
    };
    let served: BTreeSet<NeighbourhoodId> = served.into_iter().collect();
    let (added, dropped) = scope_moves(following, &served);
    if added.is_empty() && dropped.is_empty() {
        return Ok(());
    }
    for id in &added {
        hub.send(follow(conn, *id)).await.map_err(|_| ())?;
    }
    for id in &dropped {
        let _ = hub
            .send(HubCommand::Unsubscribe {
                conn,
                channel: Channel::Neighbourhood(*id),
                reason: "The organisation no longer serves this neighbourhood.".into(),
            })
            .await;
    }
    let dropped: Vec<String> = dropped
        .iter()
        .map(|id| Channel::Neighbourhood(*id).to_string())
        .collect();
    state.scope_changed(&dropped, Instant::now());
    *following = served;
    Ok(())
}

fn follow(conn: ConnId, neighbourhood: NeighbourhoodId) -> HubCommand {
    HubCommand::Subscribe {
        conn,
        channel: Channel::Neighbourhood(neighbourhood),
        level: Audience::Everyone,
        // The tap follows because its person is staff: it re-checks (and re-reads the scope)
        // when the organisation stops serving a neighbourhood.
        through_staff: true,
        since: None,
    }
}

/// The neighbourhoods to start following and to stop following.
pub fn scope_moves(
    following: &BTreeSet<NeighbourhoodId>,
    served: &BTreeSet<NeighbourhoodId>,
) -> (Vec<NeighbourhoodId>, Vec<NeighbourhoodId>) {
    (
        served.difference(following).copied().collect(),
        following.difference(served).copied().collect(),
    )
}

async fn sleep_until(at: Option<Instant>) {
    if let Some(at) = at {
        tokio::time::sleep_until(tokio::time::Instant::from_std(at)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    fn event(channel: &str, seq: i64) -> ServerMessage {
        ServerMessage::Event(EventView {
            channel: channel.into(),
            seq,
            kind: "issue.created".into(),
            data: serde_json::json!({}),
            at: chrono::Utc::now(),
        })
    }

    #[test]
    fn updates_wait_to_settle_and_are_spaced_apart() {
        let t0 = Instant::now();
        assert_eq!(send_at(t0, None), t0 + SETTLE);
        let last = t0 - Duration::from_millis(100);
        assert_eq!(send_at(t0, Some(last)), last + MIN_GAP);
        let long_ago = t0 - Duration::from_secs(5);
        assert_eq!(send_at(t0, Some(long_ago)), t0 + SETTLE);
    }

    #[test]
    fn a_burst_becomes_one_update_with_the_newest_seqs() {
        let org = OrganisationId(Uuid::nil());
        let t0 = Instant::now();
        let mut c = Coalescer::default();
        c.frame(
            &ServerMessage::Subscribed {
                channel: "neighbourhood:a".into(),
                seq: 7,
            },
            t0,
        );
        assert_eq!(c.due(), None, "subscribing is not a change");
        for seq in 8..=20 {
            c.frame(&event("neighbourhood:a", seq), t0);
        }
        c.frame(&event("neighbourhood:b", 3), t0);
        assert_eq!(c.due(), Some(t0 + SETTLE));
        let Some(ServerMessage::Event(update)) = c.take(org, t0 + SETTLE) else {
            panic!("an update")
        };
        assert_eq!(update.kind, "dashboard.changed");
        assert_eq!(update.seq, 1);
        assert_eq!(
            update.data["seqs"],
            serde_json::json!({"neighbourhood:a": 20, "neighbourhood:b": 3})
        );
        assert_eq!(update.data["events"], 14);
        assert!(c.take(org, t0 + SETTLE).is_none(), "nothing pending");
        // The next change waits for the gap.
        c.frame(&event("neighbourhood:a", 21), t0 + SETTLE);
        assert_eq!(c.due(), Some(t0 + SETTLE + MIN_GAP));
        let Some(ServerMessage::Event(next)) = c.take(org, t0 + SETTLE + MIN_GAP) else {
            panic!("an update")
        };
        assert_eq!((next.seq, next.data["events"].as_i64()), (2, Some(1)));
        let mut resumed = Coalescer::starting_at(41);
        resumed.frame(&event("neighbourhood:a", 1), t0);
        let Some(ServerMessage::Event(update)) = resumed.take(org, t0) else {
            panic!("an update")
        };
        assert_eq!(update.seq, 42, "numbering goes on from since");
    }

    #[test]
    fn a_change_of_served_neighbourhoods_is_a_change_and_forgets_dropped_seqs() {
        let (a, b, c) = (
            NeighbourhoodId(Uuid::from_u128(1)),
            NeighbourhoodId(Uuid::from_u128(2)),
            NeighbourhoodId(Uuid::from_u128(3)),
        );
        let following = BTreeSet::from([a, b]);
        let served = BTreeSet::from([b, c]);
        assert_eq!(scope_moves(&following, &served), (vec![c], vec![a]));
        assert_eq!(scope_moves(&served, &served), (vec![], vec![]));

        let t0 = Instant::now();
        let mut coalescer = Coalescer::default();
        for (channel, seq) in [("neighbourhood:a", 4), ("neighbourhood:b", 9)] {
            coalescer.frame(
                &ServerMessage::Subscribed {
                    channel: channel.into(),
                    seq,
                },
                t0,
            );
        }
        coalescer.scope_changed(&["neighbourhood:a".to_owned()], t0);
        let Some(ServerMessage::Event(update)) = coalescer.take(OrganisationId(Uuid::nil()), t0)
        else {
            panic!("an update")
        };
        assert_eq!(
            update.data["seqs"],
            serde_json::json!({"neighbourhood:b": 9})
        );
        assert_eq!(update.data["events"], 0);
        assert_eq!(update.data["scope_changed"], true);
    }

    #[test]
    fn the_count_online_sent_with_subscribed_is_no_change() {
        let mut c = Coalescer::default();
        let t0 = Instant::now();
        let presence = |online| ServerMessage::Presence {
            channel: "neighbourhood:a".into(),
            online,
        };
        c.frame(
            &ServerMessage::Subscribed {
                channel: "neighbourhood:a".into(),
                seq: 4,
            },
            t0,
        );
        c.frame(&presence(3), t0);
        assert!(
            c.take(OrganisationId(Uuid::nil()), t0).is_none(),
            "the snapshot is not a change"
        );
        c.frame(&presence(4), t0);
        let Some(ServerMessage::Event(update)) = c.take(OrganisationId(Uuid::nil()), t0) else {
            panic!("an update")
        };
        assert_eq!(update.data["online_changed"], true);
    }

    #[test]
    fn a_presence_change_is_a_change() {
        let mut c = Coalescer::default();
        let t0 = Instant::now();
        c.frame(
            &ServerMessage::Presence {
                channel: "neighbourhood:a".into(),
                online: 3,
            },
            t0,
        );
        let Some(ServerMessage::Event(update)) = c.take(OrganisationId(Uuid::nil()), t0) else {
            panic!("an update")
        };
        assert_eq!(update.data["online_changed"], true);
    }
}
