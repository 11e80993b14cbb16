//! One WebSocket connection: authenticate, then `select!` over client messages, the hub's
//! outbound queue, the heartbeat and the slow-consumer signal; always deregister on exit.

use std::{
    collections::HashMap,
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

use actix_web::{
    body::MessageBody,
    dev::{ServiceRequest, ServiceResponse},
    middleware::Next,
    web, HttpMessage, HttpRequest, HttpResponse,
};
use actix_ws::{CloseCode, CloseReason, Message, MessageStream, Session};
use entity::user;
use sea_orm::EntityTrait;
use tokio::sync::{mpsc, Notify};

use super::{
    event::{self, Audience, Channel, EventView},
    hub::{ConnId, HubCommand, Outbound},
    protocol::{close_code, ClientMessage, ServerMessage},
};
use crate::{
    auth::{extract::user_for_token, policy::NeighbourhoodAccess},
    error::AppError,
    state::AppState,
};

const HEARTBEAT_EVERY: Duration = Duration::from_secs(25);
const CLIENT_TIMEOUT: Duration = Duration::from_secs(60);
const AUTH_TIMEOUT: Duration = Duration::from_secs(10);
const MAX_MESSAGE_BYTES: usize = 4 * 1024;
const MAX_SUBSCRIPTIONS: usize = 100;
const REPLAY_PAGE: u64 = 500;

static NEXT_CONN: AtomicU64 = AtomicU64::new(1);

/// An access token that arrived in the query string, moved out of the URL before anything logs it
/// (browsers cannot set headers on a WebSocket, so the query string is where they put it).
#[derive(Clone)]
pub struct QueryToken(pub String);

/// Middleware: takes `access_token` out of the query string into the request's extensions, so no
/// log line, span or error message ever records it.
pub async fn hide_query_token(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if let Some((token, rest)) = req.uri().query().and_then(split_token) {
        let path = req.uri().path();
        let rebuilt = if rest.is_empty() {
            path.to_owned()
        } else {
            format!("{path}?{rest}")
        };
        if let Ok(uri) = rebuilt.parse() {
            req.head_mut().uri = uri;
        }
        req.extensions_mut().insert(QueryToken(token));
    }
    next.call(req).await
}

/// Splits `access_token=...` out of a query string: (token, the other parameters).
fn split_token(query: &str) -> Option<(String, String)> {
    let mut token = None;
    let rest: Vec<&str> = query
        .split('&')
        .filter(|pair| match pair.strip_prefix("access_token=") {
            Some(value) => {
                token = Some(value.to_owned());
                false
            }
            None => true,
        })
        .collect();
    token.map(|t| (t, rest.join("&")))
}

/// `GET /api/v1/live`: upgrades to a WebSocket and runs the session on this worker.
pub async fn live(
    req: HttpRequest,
    body: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, actix_web::Error> {
    let token = req.extensions().get::<QueryToken>().map(|t| t.0.clone());
    let (response, session, stream) = actix_ws::handle(&req, body)?;
    let stream = stream.max_frame_size(MAX_MESSAGE_BYTES);
    actix_web::rt::spawn(run(state.into_inner(), session, stream, token));
    Ok(response)
}

struct Subscription {
    level: Audience,
    /// `since` from the subscribe message, used once the hub says where live delivery starts.
    since: Option<i64>,
}

struct Live {
    state: Arc<AppState>,
    session: Session,
    user: user::Model,
    conn: ConnId,
    /// Frames for channels not in here (after an unsubscribe) are dropped.
    subscriptions: HashMap<Channel, Subscription>,
    hub: mpsc::Sender<HubCommand>,
}

async fn run(
    state: Arc<AppState>,
    mut session: Session,
    mut stream: MessageStream,
    token: Option<String>,
) {
    // Boxed, like the other database work below: an idle connection's task then holds only the
    // small select loop, not the largest database future it might ever await.
    let user = match Box::pin(authenticate(&state, &mut session, &mut stream, token)).await {
        Some(user) => user,
        None => return,
    };
    let conn = NEXT_CONN.fetch_add(1, Ordering::Relaxed);
    let (tx, mut rx) = mpsc::channel(state.settings.live_queue_per_connection);
    let kill = Arc::new(Notify::new());
    let hub = state.live.hub();
    if hub
        .send(HubCommand::Register {
            conn,
            user_id: user.id,
            tx,
            kill: kill.clone(),
        })
        .await
        .is_err()
    {
        let _ = session.close(None).await;
        return;
    }
    let mut shutdown = state.live.shutdown_signal();
    let mut live = Live {
        state,
        session,
        user,
        conn,
        subscriptions: HashMap::new(),
        hub,
    };
    let close = tokio::select! {
        close = live.serve(&mut stream, &mut rx, &kill) => close,
        _ = shutdown.changed() => Some(CloseReason {
            code: CloseCode::Away,
            description: Some("server restarting; resume with since".into()),
        }),
    };
    let _ = live.hub.send(HubCommand::Disconnect { conn }).await;
    let _ = live.session.close(close).await;
}

async fn authenticate(
    state: &AppState,
    session: &mut Session,
    stream: &mut MessageStream,
    token: Option<String>,
) -> Option<user::Model> {
    let token = match token {
        Some(token) => Some(token),
        None => match tokio::time::timeout(AUTH_TIMEOUT, stream.recv()).await {
            Ok(Some(Ok(Message::Text(text)))) => match serde_json::from_str::<ClientMessage>(&text)
            {
                Ok(ClientMessage::Auth { token }) => Some(token),
                _ => None,
            },
            _ => None,
        },
    };
    let user = match token {
        Some(token) => user_for_token(state, &token).await.ok(),
        None => None,
    };
    match user {
        Some(user) => {
            let ready = ServerMessage::Ready { user_id: user.id }.to_text();
            session.text(ready).await.ok()?;
            Some(user)
        }
        None => {
            let message = ServerMessage::error(
                "unauthenticated",
                "Send a valid access token as ?access_token= or in an auth message.",
                None,
            );
            let _ = session.text(message.to_text()).await;
            let _ = session
                .clone()
                .close(Some(CloseReason {
                    code: CloseCode::Other(close_code::UNAUTHENTICATED),
                    description: Some("unauthenticated".into()),
                }))
                .await;
            None
        }
    }
}

impl Live {
    /// Runs until the client leaves, misses heartbeats or falls behind; returns the close reason.
    async fn serve(
        &mut self,
        stream: &mut MessageStream,
        rx: &mut mpsc::Receiver<Outbound>,
        kill: &Notify,
    ) -> Option<CloseReason> {
        let mut heartbeat = tokio::time::interval(HEARTBEAT_EVERY);
        heartbeat.tick().await;
        let mut last_heard = Instant::now();
        loop {
            tokio::select! {
                biased;
                _ = kill.notified() => {
                    return Some(CloseReason { code: CloseCode::Other(close_code::SLOW_CONSUMER), description: Some("slow consumer; resume with since".into()) });
                }
                message = stream.recv() => {
                    last_heard = Instant::now();
                    match message {
                        Some(Ok(Message::Text(text))) => {
                            if Box::pin(self.on_client_text(&text)).await.is_err() { return None; }
                        }
                        Some(Ok(Message::Ping(bytes))) => {
                            if self.session.pong(&bytes).await.is_err() { return None; }
                        }
                        Some(Ok(Message::Pong(_))) => {}
                        Some(Ok(Message::Binary(_))) => {
                            if self.send(ServerMessage::error("bad_message", "Messages are JSON text.", None)).await.is_err() { return None; }
                        }
                        Some(Ok(Message::Close(reason))) => return reason,
                        Some(Ok(_)) => {}
                        Some(Err(error)) => {
                            tracing::debug!(%error, "live connection protocol error");
                            return Some(CloseReason { code: CloseCode::Size, description: Some(error.to_string()) });
                        }
                        None => return None,
                    }
                }
                outbound = rx.recv() => {
                    let outbound = outbound?;
                    if Box::pin(self.on_outbound(outbound)).await.is_err() { return None; }
                }
                _ = heartbeat.tick() => {
                    if last_heard.elapsed() > CLIENT_TIMEOUT {
                        return Some(CloseReason { code: CloseCode::Other(close_code::HEARTBEAT_TIMEOUT), description: Some("no pong".into()) });
                    }
                    if self.session.ping(b"").await.is_err() { return None; }
                }
            }
        }
    }

    async fn send(&mut self, message: ServerMessage) -> Result<(), actix_ws::Closed> {
        self.session.text(message.to_text()).await
    }

    async fn on_client_text(&mut self, text: &str) -> Result<(), actix_ws::Closed> {
        let message = match serde_json::from_str::<ClientMessage>(text) {
            Ok(message) => message,
            Err(error) => {
                return self
                    .send(ServerMessage::error(
                        "bad_message",
                        format!("Not a message this server understands: {error}"),
                        None,
                    ))
                    .await;
            }
        };
        match message {
            ClientMessage::Ping => self.send(ServerMessage::Pong).await,
            ClientMessage::Auth { .. } => {
                self.send(ServerMessage::error(
                    "bad_message",
                    "Already authenticated.",
                    None,
                ))
                .await
            }
            ClientMessage::Subscribe { channel, since } => self.subscribe(&channel, since).await,
            ClientMessage::Unsubscribe { channel } => {
                if let Some(parsed) = Channel::parse(&channel) {
                    if self.subscriptions.remove(&parsed).is_some() {
                        let _ = self
                            .hub
                            .send(HubCommand::Unsubscribe {
                                conn: self.conn,
                                channel: parsed,
                            })
                            .await;
                    }
                }
                self.send(ServerMessage::Unsubscribed {
                    channel,
                    reason: "requested".into(),
                })
                .await
            }
        }
    }

    async fn subscribe(&mut self, text: &str, since: Option<i64>) -> Result<(), actix_ws::Closed> {
        let Some(channel) = Channel::parse(text) else {
            return self
                .send(ServerMessage::error(
                    "unknown_channel",
                    "Channels are neighbourhood:{id} or user:{id}.",
                    Some(text.into()),
                ))
                .await;
        };
        if self.subscriptions.contains_key(&channel) {
            return self
                .send(ServerMessage::error(
                    "bad_message",
                    "Already subscribed to this channel.",
                    Some(text.into()),
                ))
                .await;
        }
        if self.subscriptions.len() >= MAX_SUBSCRIPTIONS {
            return self
                .send(ServerMessage::error(
                    "too_many_subscriptions",
                    format!("At most {MAX_SUBSCRIPTIONS} channels per connection."),
                    Some(text.into()),
                ))
                .await;
        }
        if since.is_some_and(|s| s < 0) {
            return self
                .send(ServerMessage::error(
                    "bad_message",
                    "since must be 0 or more.",
                    Some(text.into()),
                ))
                .await;
        }
        let level = match access_level(&self.state, &self.user, channel).await {
            Ok(level) => level,
            Err(error) => return self.send(access_error(error, text)).await,
        };
        self.subscriptions
            .insert(channel, Subscription { level, since });
        if self
            .hub
            .send(HubCommand::Subscribe {
                conn: self.conn,
                channel,
                level,
            })
            .await
            .is_err()
        {
            return Err(actix_ws::Closed);
        }
        Ok(())
    }

    async fn on_outbound(&mut self, outbound: Outbound) -> Result<(), actix_ws::Closed> {
        match outbound {
            Outbound::Frame { channel, text } => {
                if self.subscriptions.contains_key(&channel) {
                    self.session.text(text).await?;
                }
                Ok(())
            }
            Outbound::Subscribed { channel, seq } => {
                let Some(subscription) = self.subscriptions.get(&channel) else {
                    return Ok(());
                };
                let (since, level) = (subscription.since, subscription.level);
                self.send(ServerMessage::Subscribed {
                    channel: channel.to_string(),
                    seq,
                })
                .await?;
                match since {
                    Some(since) => self.replay(channel, since, seq, level).await,
                    None => Ok(()),
                }
            }
            Outbound::Recheck(channel) => self.recheck(channel).await,
        }
    }

    /// Sends `since+1..=until` from the log, or `reset` when that history is gone.
    async fn replay(
        &mut self,
        channel: Channel,
        since: i64,
        until: i64,
        level: Audience,
    ) -> Result<(), actix_ws::Closed> {
        let db = self.state.db.clone();
        match event::can_resume(&db, channel, since, until).await {
            Ok(true) => {}
            Ok(false) => {
                return self
                    .send(ServerMessage::Reset {
                        channel: channel.to_string(),
                        seq: until,
                    })
                    .await
            }
            Err(error) => {
                tracing::warn!(%error, "replay check failed");
                return self
                    .send(ServerMessage::Reset {
                        channel: channel.to_string(),
                        seq: until,
                    })
                    .await;
            }
        }
        let mut next = since;
        while next < until {
            let page = match event::after(
                &db,
                channel,
                next,
                REPLAY_PAGE.min((until - next) as u64),
            )
            .await
            {
                Ok(page) if !page.is_empty() => page,
                _ => {
                    return self
                        .send(ServerMessage::Reset {
                            channel: channel.to_string(),
                            seq: until,
                        })
                        .await
                }
            };
            for event in page {
                if event.seq > until {
                    break;
                }
                next = event.seq;
                self.send(ServerMessage::Event(EventView::of(&event, level)))
                    .await?;
            }
        }
        Ok(())
    }

    /// After a membership or visibility change: keep, narrow, widen or end the subscription.
    async fn recheck(&mut self, channel: Channel) -> Result<(), actix_ws::Closed> {
        let Some(current) = self.subscriptions.get(&channel).map(|s| s.level) else {
            return Ok(());
        };
        let fresh = user::Entity::find_by_id(self.user.id)
            .one(&self.state.db)
            .await
            .ok()
            .flatten();
        let Some(fresh) = fresh else {
            return Err(actix_ws::Closed);
        };
        self.user = fresh;
        match access_level(&self.state, &self.user, channel).await {
            Ok(level) if level == current => Ok(()),
            Ok(level) => {
                if let Some(s) = self.subscriptions.get_mut(&channel) {
                    s.level = level;
                }
                let _ = self
                    .hub
                    .send(HubCommand::SetLevel {
                        conn: self.conn,
                        channel,
                        level,
                    })
                    .await;
                Ok(())
            }
            Err(_) => {
                self.subscriptions.remove(&channel);
                let _ = self
                    .hub
                    .send(HubCommand::Unsubscribe {
                        conn: self.conn,
                        channel,
                    })
                    .await;
                self.send(ServerMessage::Unsubscribed {
                    channel: channel.to_string(),
                    reason: "You no longer have access to this channel.".into(),
                })
                .await
            }
        }
    }
}

/// What the user may see on a channel; an error when they may not subscribe at all.
pub async fn access_level(
    state: &AppState,
    user: &user::Model,
    channel: Channel,
) -> Result<Audience, AppError> {
    match channel {
        Channel::User(id) if id == user.id => Ok(Audience::Coordinators),
        Channel::User(_) => Err(AppError::Forbidden(
            "You can only subscribe to your own notifications.".into(),
        )),
        Channel::Neighbourhood(id) => {
            let access = NeighbourhoodAccess::load(&state.db, Some(user), id).await?;
            Ok(access.audience())
        }
    }
}

fn access_error(error: AppError, channel: &str) -> ServerMessage {
    let code = match error {
        AppError::NotFound(_) => "not_found",
        AppError::Forbidden(_) => "forbidden",
        _ => "unavailable",
    };
    ServerMessage::error(code, error.to_string(), Some(channel.into()))
}

#[cfg(test)]
mod tests {
    use super::split_token;

    #[test]
    fn the_token_is_split_out_of_the_query() {
        assert_eq!(
            split_token("access_token=abc.def"),
            Some(("abc.def".into(), String::new()))
        );
        assert_eq!(
            split_token("a=1&access_token=t&b=2"),
            Some(("t".into(), "a=1&b=2".into()))
        );
        assert_eq!(split_token("a=1"), None);
    }
}
