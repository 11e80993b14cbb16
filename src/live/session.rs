//! One WebSocket connection: authenticate, then `select!` over client messages, the hub's
//! outbound queue, the heartbeat and the slow-consumer signal; always deregister on exit.
//! `routes::live` upgrades the request and hands over a `Context`: a session needs no
//! application state, only the database, the token keys and the `Live` handle (whose plugins
//! answer for the dashboard).

use entity::ids::OrganisationId;
use std::{
    collections::HashMap,
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

use actix_http::ws::{CloseCode, CloseReason, Frame, ProtocolError};
use actix_web::{
    body::MessageBody,
    dev::{ServiceRequest, ServiceResponse},
    middleware::Next,
    HttpMessage, HttpRequest, HttpResponse,
};
use entity::user;
use sea_orm::{DatabaseConnection, EntityTrait};
use tokio::sync::mpsc;

use super::{
    event::{self, Audience, Channel, EventView},
    hub::{ConnId, ConnectionHandle, Control, HubCommand},
    protocol::{close_code, ClientMessage, ServerMessage},
    socket::{self, Closer, Incoming, Outgoing},
    Live,
};
use crate::{
    auth::{extract::user_for_token, policy::NeighbourhoodAccess, token::JwtKeys},
    error::AppError,
};

const HEARTBEAT_EVERY: Duration = Duration::from_secs(25);
const CLIENT_TIMEOUT: Duration = Duration::from_secs(60);
const AUTH_TIMEOUT: Duration = Duration::from_secs(10);
const MAX_MESSAGE_BYTES: usize = 4 * 1024;
const MAX_SUBSCRIPTIONS: usize = 100;
const REPLAY_PAGE: u64 = 500;
/// Control messages (replay, recheck) waiting for one session; rare, so small.
const CONTROL_QUEUE: usize = 64;

static NEXT_CONN: AtomicU64 = AtomicU64::new(1);

/// An access token that arrived in the query string, moved out of the URL before anything logs it
/// (browsers cannot set headers on a WebSocket, so the query string is where they put it).
#[derive(Clone)]
pub struct QueryToken(pub String);

/// Query parameters that are secrets or personal details (Open311 clients may put the `api_key`
/// and the reporter's name, e-mail and phone in the query string), moved out of the URL before
/// anything logs it; `routes::open311` reads them back from here. Still URL-encoded pairs.
#[derive(Clone)]
pub struct HiddenQuery(pub String);

/// The query parameters `HiddenQuery` takes out of every URL.
const HIDDEN_QUERY_KEYS: [&str; 8] = [
    "api_key",
    // The signed link of an e-mail to someone following an issue (`/api/v1/follows/...`).
    "token",
    "email",
    "first_name",
    "last_name",
    "phone",
    "device_id",
    "account_id",
];

/// The secret of a calendar link (`/api/v1/calendar/{secret}.ics`), taken out of the path by
/// `hide_query_token` for the same reason: calendar apps can only send it in the URL.
pub struct CalendarSecret(pub String);

const CALENDAR_PREFIX: &str = "/api/v1/calendar/";
/// What the path says instead of the secret, in logs and to the router.
pub const CALENDAR_PLACEHOLDER: &str = "hidden";

/// `Some(secret)` for a calendar link's path.
fn calendar_secret(path: &str) -> Option<&str> {
    path.strip_prefix(CALENDAR_PREFIX)?
        .strip_suffix(".ics")
        .filter(|secret| !secret.is_empty() && !secret.contains('/'))
}

/// Middleware: takes `access_token`, an `api_key` and personal fields (`HIDDEN_QUERY_KEYS`) out
/// of the query string, and a calendar link's secret out of its path, into the request's
/// extensions, so no log line, span or error message records them.
pub async fn hide_query_token(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if let Some(secret) = calendar_secret(req.uri().path()).map(str::to_owned) {
        if let Ok(uri) =
            format!("{CALENDAR_PREFIX}{CALENDAR_PLACEHOLDER}.ics").parse::<actix_web::http::Uri>()
        {
            req.head_mut().uri = uri.clone();
            // The router matches on its own copy of the path.
            req.match_info_mut().get_mut().update(&uri);
        }
        req.extensions_mut().insert(CalendarSecret(secret));
    }
    if let Some((token, rest)) = req.uri().query().and_then(split_token) {
        replace_query(&mut req, &rest);
        req.extensions_mut().insert(QueryToken(token));
    }
    if let Some((hidden, rest)) = req.uri().query().and_then(split_hidden) {
        replace_query(&mut req, &rest);
        req.extensions_mut().insert(HiddenQuery(hidden));
    }
    next.call(req).await
}

/// Gives the request's URL the query `rest` (none when empty), keeping its path.
fn replace_query(req: &mut ServiceRequest, rest: &str) {
    let path = req.uri().path();
    let rebuilt = if rest.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{rest}")
    };
    if let Ok(uri) = rebuilt.parse() {
        req.head_mut().uri = uri;
    }
}

#[cfg(test)]
mod calendar_tests {
    use super::calendar_secret;

    #[test]
    fn secrets_and_personal_fields_leave_the_query_string() {
        assert_eq!(
            super::split_hidden("api_key=k&service_code=p&email=a%40b&lat=1"),
            Some((
                "api_key=k&email=a%40b".into(),
                "service_code=p&lat=1".into()
            ))
        );
        assert_eq!(super::split_hidden("status=open&api_keys=1"), None);
    }

    #[test]
    fn only_calendar_links_carry_a_secret() {
        assert_eq!(
            calendar_secret("/api/v1/calendar/abc-DEF_1.ics"),
            Some("abc-DEF_1")
        );
        assert_eq!(calendar_secret("/api/v1/calendar/.ics"), None);
        assert_eq!(calendar_secret("/api/v1/calendar/a/b.ics"), None);
        assert_eq!(calendar_secret("/api/v1/me/calendar"), None);
    }
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

/// `Some((hidden pairs, the rest))` when the query holds any of `HIDDEN_QUERY_KEYS`.
fn split_hidden(query: &str) -> Option<(String, String)> {
    let (hidden, rest): (Vec<&str>, Vec<&str>) = query.split('&').partition(|pair| {
        let key = pair.split('=').next().unwrap_or_default();
        HIDDEN_QUERY_KEYS.contains(&key)
    });
    (!hidden.is_empty()).then(|| (hidden.join("&"), rest.join("&")))
}

/// What a session needs from the server.
#[derive(Clone)]
pub struct Context {
    pub db: DatabaseConnection,
    /// Checks access tokens, by the same rules (and revocation) as HTTP requests.
    pub jwt: Arc<JwtKeys>,
    pub live: Live,
    /// Messages queued per connection before it is closed as a slow consumer.
    pub queue_per_connection: usize,
}

/// What the live route hands to `live::takeover` with its `101` response: everything the session
/// needs once the connection has left the HTTP dispatcher.
pub struct Takeover {
    context: Context,
    token: Option<String>,
}

/// Answers the WebSocket handshake for `req`; the `101` response carries a `Takeover`, which
/// `live::takeover` uses to run the session on the raw connection. The access token, when the
/// client put it in the URL, was moved aside by `hide_query_token` (`QueryToken`).
pub fn upgrade(req: &HttpRequest, context: Context) -> Result<HttpResponse, actix_web::Error> {
    let token = req.extensions().get::<QueryToken>().map(|t| t.0.clone());
    let mut response = HttpResponse::from(
        actix_http::ws::handshake(req.head())?
            .finish()
            .map_into_boxed_body(),
    );
    response
        .extensions_mut()
        .insert(Takeover { context, token });
    Ok(response)
}

/// Runs a live connection once its `101` is written: the session on its own task on this worker,
/// the writer in the caller's (the connection's) task, so the server's graceful stop waits for
/// the close frame to go out. `early`: bytes the client sent right behind the handshake.
pub async fn serve(takeover: Takeover, stream: tokio::net::TcpStream, early: bytes::BytesMut) {
    let (read, write) = stream.into_split();
    let (frames, closer, outbox) = socket::outgoing(takeover.context.queue_per_connection);
    let incoming = Incoming::new(read, early, MAX_MESSAGE_BYTES);
    actix_web::rt::spawn(run(
        Arc::new(takeover.context),
        incoming,
        frames,
        closer,
        takeover.token,
    ));
    outbox.write_to(write).await;
}

struct Subscription {
    grant: Grant,
}

/// One connection's session: reads the client's messages, answers them, replays history, and
/// re-checks access when told to. Live event frames bypass it (hub -> socket queue).
struct Session {
    state: Arc<Context>,
    user: user::Model,
    conn: ConnId,
    frames: mpsc::Sender<Outgoing>,
    closer: Closer,
    subscriptions: HashMap<Channel, Subscription>,
    /// `dashboard:{organisation_id}` subscriptions (see `live::dashboard`).
    dashboards: HashMap<OrganisationId, super::dashboard::Tap>,
    hub: mpsc::Sender<HubCommand>,
}

/// The session ended because the connection is gone or is being closed.
struct Gone;

async fn run(
    state: Arc<Context>,
    mut incoming: Incoming,
    frames: mpsc::Sender<Outgoing>,
    closer: Closer,
    token: Option<String>,
) {
    // Boxed, like the other database work below: an idle connection's task then holds only the
    // small select loop, not the largest database future it might ever await.
    let Some(user) = Box::pin(authenticate(&state, &mut incoming, &frames, &closer, token)).await
    else {
        return;
    };
    let _counted = crate::metrics::LiveConnection::open();
    let conn = NEXT_CONN.fetch_add(1, Ordering::Relaxed);
    let (control_tx, mut control) = mpsc::channel(CONTROL_QUEUE);
    let hub = state.live.hub();
    let handle = ConnectionHandle {
        user_id: user.id,
        follows_served: false,
        frames: frames.clone(),
        control: control_tx,
        closer: closer.clone(),
    };
    if hub
        .send(HubCommand::Register { conn, handle })
        .await
        .is_err()
    {
        closer.close(CloseReason {
            code: CloseCode::Away,
            description: None,
        });
        return;
    }
    let mut shutdown = state.live.shutdown_signal();
    let mut session = Session {
        state,
        user,
        conn,
        frames,
        closer,
        subscriptions: HashMap::new(),
        dashboards: HashMap::new(),
        hub,
    };
    let close = tokio::select! {
        close = session.serve(&mut incoming, &mut control) => close,
        _ = shutdown.changed() => Some(CloseReason {
            code: CloseCode::Away,
            description: Some("server restarting; resume with since".into()),
        }),
    };
    let _ = session.hub.send(HubCommand::Disconnect { conn }).await;
    session.closer.close(close.unwrap_or(CloseReason {
        code: CloseCode::Normal,
        description: None,
    }));
}

async fn authenticate(
    state: &Context,
    incoming: &mut Incoming,
    frames: &mpsc::Sender<Outgoing>,
    closer: &Closer,
    token: Option<String>,
) -> Option<user::Model> {
    let token = match token {
        Some(token) => Some(token),
        None => match tokio::time::timeout(AUTH_TIMEOUT, incoming.next()).await {
            Ok(Some(Ok(Frame::Text(bytes)))) => {
                match serde_json::from_slice::<ClientMessage>(&bytes) {
                    Ok(ClientMessage::Auth { token }) => Some(token),
                    _ => None,
                }
            }
            _ => None,
        },
    };
    let user = match token {
        Some(token) => user_for_token(&state.db, &state.jwt, &token).await.ok(),
        None => None,
    };
    match user {
        Some(user) => {
            let ready = ServerMessage::Ready { user_id: user.id }.to_text();
            frames.send(Outgoing::Text(ready)).await.ok()?;
            Some(user)
        }
        None => {
            let message = ServerMessage::error(
                "unauthenticated",
                "Send a valid access token as ?access_token= or in an auth message.",
                None,
            );
            let _ = frames.send(Outgoing::Text(message.to_text())).await;
            // Let the error frame go out before the close skips the queue.
            tokio::time::sleep(Duration::from_millis(50)).await;
            closer.close(CloseReason {
                code: CloseCode::Other(close_code::UNAUTHENTICATED),
                description: Some("unauthenticated".into()),
            });
            None
        }
    }
}

impl Session {
    /// Runs until the client leaves or misses heartbeats; returns the close reason.
    async fn serve(
        &mut self,
        incoming: &mut Incoming,
        control: &mut mpsc::Receiver<Box<Control>>,
    ) -> Option<CloseReason> {
        let mut heartbeat = tokio::time::interval(HEARTBEAT_EVERY);
        heartbeat.tick().await;
        let mut last_heard = Instant::now();
        loop {
            tokio::select! {
                frame = incoming.next() => {
                    last_heard = Instant::now();
                    match frame {
                        Some(Ok(Frame::Text(bytes))) => {
                            if Box::pin(self.on_client_text(&bytes)).await.is_err() { return None; }
                        }
                        Some(Ok(Frame::Ping(bytes))) => {
                            if self.frames.try_send(Outgoing::Pong(bytes)).is_err() { return None; }
                        }
                        Some(Ok(Frame::Pong(_))) => {}
                        Some(Ok(Frame::Binary(_) | Frame::Continuation(_))) => {
                            let error = ServerMessage::error("bad_message", "Messages are single JSON text frames.", None);
                            if self.send(error).await.is_err() { return None; }
                        }
                        Some(Ok(Frame::Close(reason))) => return reason,
                        Some(Err(error)) => {
                            tracing::debug!(%error, "live connection protocol error");
                            let code = if matches!(error, ProtocolError::Overflow) { CloseCode::Size } else { CloseCode::Protocol };
                            return Some(CloseReason { code, description: Some(error.to_string()) });
                        }
                        None => return None,
                    }
                }
                command = control.recv() => {
                    let command = command?;
                    if Box::pin(self.on_control(*command)).await.is_err() { return None; }
                }
                // The writer has gone (the connection was closed, or a write failed).
                _ = self.frames.closed() => return None,
                _ = heartbeat.tick() => {
                    if last_heard.elapsed() > CLIENT_TIMEOUT {
                        return Some(CloseReason { code: CloseCode::Other(close_code::HEARTBEAT_TIMEOUT), description: Some("no pong".into()) });
                    }
                    // A full queue means the hub is about to close this connection anyway.
                    let _ = self.frames.try_send(Outgoing::Ping);
                }
            }
        }
    }

    async fn send(&self, message: ServerMessage) -> Result<(), Gone> {
        self.frames
            .send(Outgoing::Text(message.to_text()))
            .await
            .map_err(|_| Gone)
    }

    async fn on_client_text(&mut self, bytes: &[u8]) -> Result<(), Gone> {
        let message = match serde_json::from_slice::<ClientMessage>(bytes) {
            Ok(message) => message,
            Err(error) => {
                let text = format!("Not a message this server understands: {error}");
                return self
                    .send(ServerMessage::error("bad_message", text, None))
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
            ClientMessage::Unsubscribe { channel } if channel.starts_with("dashboard:") => {
                let organisation = channel
                    .strip_prefix("dashboard:")
                    .and_then(|id| id.parse().ok());
                if let Some(organisation) = organisation {
                    self.dashboards.remove(&organisation);
                }
                self.send(ServerMessage::Unsubscribed {
                    channel,
                    reason: "requested".into(),
                })
                .await
            }
            ClientMessage::Unsubscribe { channel } => {
                let Some(parsed) = Channel::parse(&channel) else {
                    return self
                        .send(ServerMessage::Unsubscribed {
                            channel,
                            reason: "requested".into(),
                        })
                        .await;
                };
                if self.subscriptions.remove(&parsed).is_some() {
                    // The hub confirms, after any frame of that channel it already queued.
                    self.to_hub(HubCommand::Unsubscribe {
                        conn: self.conn,
                        channel: parsed,
                        reason: "requested".into(),
                    })
                    .await
                } else {
                    self.send(ServerMessage::Unsubscribed {
                        channel,
                        reason: "requested".into(),
                    })
                    .await
                }
            }
        }
    }

    async fn to_hub(&self, command: HubCommand) -> Result<(), Gone> {
        self.hub.send(command).await.map_err(|_| Gone)
    }

    /// `dashboard:{organisation_id}`: the organisation's staff only; updates come from a tap.
    async fn subscribe_dashboard(
        &mut self,
        text: &str,
        organisation: &str,
        since: Option<i64>,
    ) -> Result<(), Gone> {
        let Ok(organisation) = organisation.parse::<OrganisationId>() else {
            let error = ServerMessage::error(
                "unknown_channel",
                "Dashboard channels are dashboard:{organisation_id}.",
                Some(text.into()),
            );
            return self.send(error).await;
        };
        if self.dashboards.contains_key(&organisation) {
            let error = ServerMessage::error(
                "bad_message",
                "Already subscribed to this channel.",
                Some(text.into()),
            );
            return self.send(error).await;
        }
        if self.subscriptions.len() + self.dashboards.len() >= MAX_SUBSCRIPTIONS {
            let message = format!("At most {MAX_SUBSCRIPTIONS} channels per connection.");
            let error = ServerMessage::error("too_many_subscriptions", message, Some(text.into()));
            return self.send(error).await;
        }
        let scope = self.state.live.dashboards();
        let neighbourhoods = match scope.open(&self.state.db, &self.user, organisation).await {
            Ok(neighbourhoods) => neighbourhoods,
            Err(error) => return self.send(access_error(error, text)).await,
        };
        let watcher = super::dashboard::Watcher {
            db: self.state.db.clone(),
            user: self.user.clone(),
            organisation_id: organisation,
            scope,
        };
        let tap = super::dashboard::start(
            since.unwrap_or(0).max(0),
            self.hub.clone(),
            NEXT_CONN.fetch_add(1, Ordering::Relaxed),
            watcher,
            neighbourhoods,
            self.frames.clone(),
            self.closer.clone(),
        )
        .await
        .ok_or(Gone)?;
        self.dashboards.insert(organisation, tap);
        Ok(())
    }

    async fn subscribe(&mut self, text: &str, since: Option<i64>) -> Result<(), Gone> {
        if let Some(organisation) = text.strip_prefix("dashboard:") {
            return self.subscribe_dashboard(text, organisation, since).await;
        }
        let Some(channel) = Channel::parse(text) else {
            let error = ServerMessage::error(
                "unknown_channel",
                "Channels are neighbourhood:{id}, user:{id} or dashboard:{organisation_id}.",
                Some(text.into()),
            );
            return self.send(error).await;
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
            let message = format!("At most {MAX_SUBSCRIPTIONS} channels per connection.");
            return self
                .send(ServerMessage::error(
                    "too_many_subscriptions",
                    message,
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
        let grant = match access_level(&self.state.db, &self.user, channel).await {
            Ok(grant) => grant,
            Err(error) => return self.send(access_error(error, text)).await,
        };
        self.subscriptions.insert(channel, Subscription { grant });
        self.to_hub(HubCommand::Subscribe {
            conn: self.conn,
            channel,
            level: grant.level,
            through_staff: grant.through_staff,
            since,
        })
        .await
    }

    async fn on_control(&mut self, control: Control) -> Result<(), Gone> {
        match control {
            Control::Replay {
                channel,
                since,
                seq,
            } => {
                let Some(level) = self.subscriptions.get(&channel).map(|s| s.grant.level) else {
                    return Ok(());
                };
                self.send(ServerMessage::Subscribed {
                    channel: channel.to_string(),
                    seq,
                })
                .await?;
                self.replay(channel, since, seq, level).await?;
                self.to_hub(HubCommand::Resume {
                    conn: self.conn,
                    channel,
                })
                .await
            }
            Control::Recheck(channel) => self.recheck(channel).await,
        }
    }

    /// Sends `since+1..=until` from the log, or `reset` when that history is gone.
    async fn replay(
        &mut self,
        channel: Channel,
        since: i64,
        until: i64,
        level: Audience,
    ) -> Result<(), Gone> {
        let db = self.state.db.clone();
        let reset = || ServerMessage::Reset {
            channel: channel.to_string(),
            seq: until,
        };
        match event::can_resume(&db, channel, since, until).await {
            Ok(true) => {}
            Ok(false) => return self.send(reset()).await,
            Err(error) => {
                tracing::warn!(%error, "replay check failed");
                return self.send(reset()).await;
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
                _ => return self.send(reset()).await,
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
    async fn recheck(&mut self, channel: Channel) -> Result<(), Gone> {
        let Some(current) = self.subscriptions.get(&channel).map(|s| s.grant) else {
            return Ok(());
        };
        let fresh = user::Entity::find_by_id(self.user.id)
            .one(&self.state.db)
            .await
            .ok()
            .flatten();
        let Some(fresh) = fresh else { return Err(Gone) };
        self.user = fresh;
        match access_level(&self.state.db, &self.user, channel).await {
            Ok(grant) if grant == current => Ok(()),
            Ok(grant) => {
                if let Some(s) = self.subscriptions.get_mut(&channel) {
                    s.grant = grant;
                }
                self.to_hub(HubCommand::SetLevel {
                    conn: self.conn,
                    channel,
                    level: grant.level,
                    through_staff: grant.through_staff,
                })
                .await
            }
            Err(_) => {
                self.subscriptions.remove(&channel);
                let reason = "You no longer have access to this channel.".to_owned();
                self.to_hub(HubCommand::Unsubscribe {
                    conn: self.conn,
                    channel,
                    reason,
                })
                .await
            }
        }
    }
}

/// What a subscriber may see on a channel, and whether that rests on their being staff of an
/// organisation serving the neighbourhood.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grant {
    pub level: Audience,
    pub through_staff: bool,
}

/// What the user may see on a channel; an error when they may not subscribe at all.
pub async fn access_level(
    db: &DatabaseConnection,
    user: &user::Model,
    channel: Channel,
) -> Result<Grant, AppError> {
    match channel {
        Channel::User(id) if id == user.id => Ok(Grant {
            level: Audience::Coordinators,
            through_staff: false,
        }),
        Channel::User(_) => Err(AppError::Forbidden(
            crate::msg!("live-own-notifications-only").into(),
        )),
        Channel::Neighbourhood(id) => {
            let access = NeighbourhoodAccess::load(db, Some(user), id).await?;
            Ok(Grant {
                level: access.audience(),
                through_staff: access.is_service_manager,
            })
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
