//! A small live client on tokio-tungstenite, used by the integration tests and the load
//! generator: connect with a token, subscribe, read typed server messages.

use std::time::Duration;

use anyhow::{bail, Context};
use futures_util::{SinkExt, StreamExt};
use tokio::net::TcpStream;
use tokio_tungstenite::{
    connect_async,
    tungstenite::{protocol::CloseFrame, Message},
    MaybeTlsStream, WebSocketStream,
};

use super::protocol::{ClientMessage, ServerMessage};

pub struct LiveClient {
    socket: WebSocketStream<MaybeTlsStream<TcpStream>>,
    /// The close frame, once the server has closed the connection.
    pub closed: Option<Option<CloseFrame>>,
}

impl LiveClient {
    /// Connects to `base` (e.g. `http://127.0.0.1:8080`) and authenticates with the token in the
    /// query string; returns once the server says `ready`.
    pub async fn connect(base: &str, token: &str) -> anyhow::Result<Self> {
        let mut client =
            Self::connect_unauthenticated(&format!("{}?access_token={token}", live_url(base)))
                .await?;
        match client.next_within(Duration::from_secs(5)).await {
            Some(ServerMessage::Ready { .. }) => Ok(client),
            other => bail!("expected ready, got {other:?}"),
        }
    }

    /// Opens the socket at a full URL without waiting for anything.
    pub async fn connect_unauthenticated(url: &str) -> anyhow::Result<Self> {
        let (socket, _) = connect_async(url)
            .await
            .context("WebSocket handshake failed")?;
        Ok(Self {
            socket,
            closed: None,
        })
    }

    pub async fn send(&mut self, message: &ClientMessage) -> anyhow::Result<()> {
        self.send_text(&serde_json::to_string(message)?).await
    }

    pub async fn send_text(&mut self, text: &str) -> anyhow::Result<()> {
        self.socket
            .send(Message::Text(text.into()))
            .await
            .context("send failed")
    }

    pub async fn subscribe(&mut self, channel: &str, since: Option<i64>) -> anyhow::Result<()> {
        self.send(&ClientMessage::Subscribe {
            channel: channel.into(),
            since,
        })
        .await
    }

    /// Subscribes and waits for the server's `subscribed` (presence counts arriving first are
    /// passed over); returns the channel's seq. Only after it does an event written afterwards
    /// reach this client for sure: `subscribe` alone returns before the server has registered it.
    pub async fn subscribed(&mut self, channel: &str, since: Option<i64>) -> anyhow::Result<i64> {
        self.subscribe(channel, since).await?;
        loop {
            match self.next_within(Duration::from_secs(10)).await {
                Some(ServerMessage::Subscribed { seq, .. }) => return Ok(seq),
                Some(ServerMessage::Presence { .. }) => continue,
                other => bail!("expected subscribed to {channel}, got {other:?}"),
            }
        }
    }

    /// The next protocol message, or `None` when the connection ends.
    pub async fn next(&mut self) -> Option<ServerMessage> {
        loop {
            match self.socket.next().await? {
                Ok(Message::Text(text)) => match serde_json::from_str(&text) {
                    Ok(message) => return Some(message),
                    Err(error) => {
                        tracing::warn!(%error, %text, "unreadable server message");
                        continue;
                    }
                },
                Ok(Message::Close(frame)) => {
                    self.closed = Some(frame);
                    return None;
                }
                Ok(_) => continue,
                Err(_) => return None,
            }
        }
    }

    /// The next message within `wait`, else `None`.
    pub async fn next_within(&mut self, wait: Duration) -> Option<ServerMessage> {
        tokio::time::timeout(wait, self.next()).await.ok().flatten()
    }

    pub async fn close(mut self) {
        let _ = self.socket.close(None).await;
    }
}

/// `http://host:port` -> `ws://host:port/api/v1/live`.
pub fn live_url(base: &str) -> String {
    let base = base.trim_end_matches('/');
    let ws = if let Some(rest) = base.strip_prefix("https://") {
        format!("wss://{rest}")
    } else if let Some(rest) = base.strip_prefix("http://") {
        format!("ws://{rest}")
    } else {
        base.to_owned()
    };
    format!("{ws}/api/v1/live")
}
