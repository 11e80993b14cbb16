//! The messages of the live protocol (`docs/live-protocol.md`), shared by the server session and
//! the Rust client.

use bytestring::ByteString;
use entity::ids::UserId;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::event::EventView;

/// What a client may send.
#[derive(Debug, Serialize, Deserialize, PartialEq, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum ClientMessage {
    Auth { token: String },
    Subscribe { channel: String, since: Option<i64> },
    Unsubscribe { channel: String },
    Ping,
}

/// What the server sends (`docs/live-protocol.md`); an `event`'s `kind` and `data` are a
/// `LiveEvent` or a `RestrictedEvent`.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ServerMessage {
    Ready {
        #[schema(value_type = Uuid)]
        user_id: UserId,
    },
    Subscribed {
        channel: String,
        seq: i64,
    },
    Event(EventView),
    Reset {
        channel: String,
        seq: i64,
    },
    Presence {
        channel: String,
        online: u64,
    },
    Unsubscribed {
        channel: String,
        reason: String,
    },
    Error {
        code: String,
        message: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        channel: Option<String>,
    },
    Pong,
}

impl ServerMessage {
    pub fn error(code: &str, message: impl Into<String>, channel: Option<String>) -> Self {
        ServerMessage::Error {
            code: code.into(),
            message: message.into(),
            channel,
        }
    }

    pub fn to_text(&self) -> ByteString {
        // Serialising these plain structures cannot fail.
        ByteString::from(serde_json::to_string(self).unwrap_or_default())
    }
}

/// Close codes the server uses beyond the standard ones.
pub mod close_code {
    /// No or invalid access token.
    pub const UNAUTHENTICATED: u16 = 4001;
    /// The client did not keep up; reconnect and resume with `since`.
    pub const SLOW_CONSUMER: u16 = 4008;
    /// No pong for too long.
    pub const HEARTBEAT_TIMEOUT: u16 = 4009;
}
