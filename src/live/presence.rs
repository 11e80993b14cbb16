//! "12 neighbours online": how many members of each neighbourhood are connected now, across all
//! instances. Each second every instance reports the members connected to it; with Redis each
//! member is a sorted-set entry scored by when it expires, so an instance that dies stops counting
//! within `PRESENCE_TTL` without anyone cleaning up. The hub pushes a count only when it changes.

use entity::ids::{NeighbourhoodId, UserId};
use std::{
    collections::{HashMap, HashSet},
    time::Duration,
};

use tokio::sync::{mpsc, oneshot};

use super::{event::Channel, hub::HubCommand};

const EVERY: Duration = Duration::from_secs(1);
const PRESENCE_TTL_SECS: i64 = 30;

pub fn spawn(hub: mpsc::Sender<HubCommand>, redis: Option<redis::aio::ConnectionManager>) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(EVERY);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut previous: HashMap<Channel, HashSet<UserId>> = HashMap::new();
        loop {
            tick.tick().await;
            let (reply, snapshot) = oneshot::channel();
            if hub.send(HubCommand::PresenceSnapshot(reply)).await.is_err() {
                return;
            }
            let Ok(here) = snapshot.await else { return };
            let counts = match &redis {
                None => here
                    .iter()
                    .map(|(c, users)| (*c, users.len() as u64))
                    .collect(),
                Some(conn) => match shared_counts(conn.clone(), &here, &previous).await {
                    Ok(counts) => counts,
                    Err(error) => {
                        tracing::warn!(%error, "presence update through Redis failed");
                        continue;
                    }
                },
            };
            previous = here;
            if hub.send(HubCommand::PresenceCounts(counts)).await.is_err() {
                return;
            }
        }
    });
}

fn key(channel: Channel) -> String {
    format!("commonground:presence:{channel}")
}

async fn shared_counts(
    mut conn: redis::aio::ConnectionManager,
    here: &HashMap<Channel, HashSet<UserId>>,
    previous: &HashMap<Channel, HashSet<UserId>>,
) -> redis::RedisResult<HashMap<Channel, u64>> {
    let now = chrono::Utc::now().timestamp();
    let mut pipe = redis::pipe();
    for (channel, users) in here {
        let key = key(*channel);
        for user in users {
            pipe.zadd(&key, user.to_string(), now + PRESENCE_TTL_SECS)
                .ignore();
        }
        if let Some(before) = previous.get(channel) {
            for gone in before.difference(users) {
                pipe.zrem(&key, gone.to_string()).ignore();
            }
        }
        pipe.cmd("ZREMRANGEBYSCORE")
            .arg(&key)
            .arg("-inf")
            .arg(now)
            .ignore();
        pipe.expire(&key, PRESENCE_TTL_SECS * 2).ignore();
        pipe.zcard(&key);
    }
    // Channels nobody here watches any more: withdraw our members from them.
    for (channel, before) in previous.iter().filter(|(c, _)| !here.contains_key(c)) {
        for gone in before {
            pipe.zrem(key(*channel), gone.to_string()).ignore();
        }
    }
    let counts: Vec<u64> = pipe.query_async(&mut conn).await?;
    Ok(here.keys().copied().zip(counts).collect())
}

/// Distinct members online now in any of `neighbourhoods` (the dashboard's "members online"):
/// with Redis, the shared sorted sets (every instance's members); without, this instance's.
pub async fn online_members(
    hub: &mpsc::Sender<HubCommand>,
    redis: Option<redis::aio::ConnectionManager>,
    neighbourhoods: &[NeighbourhoodId],
) -> u64 {
    let mut people: HashSet<UserId> = HashSet::new();
    match redis {
        Some(mut conn) => {
            let now = chrono::Utc::now().timestamp();
            let mut pipe = redis::pipe();
            for id in neighbourhoods {
                pipe.cmd("ZRANGEBYSCORE")
                    .arg(key(Channel::Neighbourhood(*id)))
                    .arg(now)
                    .arg("+inf");
            }
            match pipe.query_async::<Vec<Vec<String>>>(&mut conn).await {
                Ok(sets) => people.extend(
                    sets.into_iter()
                        .flatten()
                        .filter_map(|id| id.parse::<UserId>().ok()),
                ),
                Err(error) => tracing::warn!(%error, "reading presence from Redis failed"),
            }
        }
        None => {
            let (reply, snapshot) = oneshot::channel();
            if hub.send(HubCommand::PresenceSnapshot(reply)).await.is_ok() {
                if let Ok(here) = snapshot.await {
                    for id in neighbourhoods {
                        if let Some(users) = here.get(&Channel::Neighbourhood(*id)) {
                            people.extend(users);
                        }
                    }
                }
            }
        }
    }
    people.len() as u64
}
