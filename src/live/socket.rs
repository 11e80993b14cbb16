//! The WebSocket plumbing under a live session, on actix-http's frame codec directly: the
//! response body is a stream that encodes whatever is queued for the connection, so the hub's
//! frames go from its queue straight into the HTTP dispatcher's write buffer (no extra task or
//! channel per message). Incoming frames are decoded from the request payload.

use std::{
    future::Future,
    pin::Pin,
    sync::{Arc, Mutex},
    task::{Context, Poll},
};

use actix_http::ws::{CloseReason, Codec, Frame, Message, ProtocolError};
use bytes::{Bytes, BytesMut};
use bytestring::ByteString;
use futures_util::{Stream, StreamExt};
use tokio::sync::{mpsc, oneshot};
use tokio_util::codec::{Decoder, Encoder};

/// Frames queued for one connection, by the hub (live events) and the session (everything else).
#[derive(Debug)]
pub enum Outgoing {
    Text(ByteString),
    Ping,
    Pong(Bytes),
}

/// Closes a connection from anywhere (the hub for a slow consumer, the session otherwise), even
/// when its queue is full: the close skips the queue.
#[derive(Clone)]
pub struct Closer(Arc<Mutex<Option<oneshot::Sender<CloseReason>>>>);

impl Closer {
    pub fn close(&self, reason: CloseReason) {
        let sender = self.0.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(sender) = sender {
            let _ = sender.send(reason);
        }
    }
}

/// Most frames encoded into one write.
const BATCH: usize = 64;

/// The response body: queued frames, encoded in batches; a close ends it.
pub struct OutgoingBody {
    queue: mpsc::Receiver<Outgoing>,
    close: Option<oneshot::Receiver<CloseReason>>,
    codec: Codec,
    buf: BytesMut,
    done: bool,
}

/// A connection's outgoing side: the queue to write to, the closer, and the body to return.
pub fn outgoing(capacity: usize) -> (mpsc::Sender<Outgoing>, Closer, OutgoingBody) {
    let (tx, queue) = mpsc::channel(capacity);
    let (close_tx, close_rx) = oneshot::channel();
    let body = OutgoingBody {
        queue,
        close: Some(close_rx),
        codec: Codec::new(),
        buf: BytesMut::new(),
        done: false,
    };
    (tx, Closer(Arc::new(Mutex::new(Some(close_tx)))), body)
}

impl OutgoingBody {
    fn encode(&mut self, message: Message) -> Result<(), ProtocolError> {
        self.codec.encode(message, &mut self.buf)
    }
}

impl Stream for OutgoingBody {
    type Item = Result<Bytes, actix_web::Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if this.done {
            return Poll::Ready(None);
        }
        if let Some(close) = this.close.as_mut() {
            if let Poll::Ready(result) = Pin::new(close).poll(cx) {
                this.close = None;
                if let Ok(reason) = result {
                    // Whatever is still queued is dropped: the client resumes from its last seq.
                    this.buf.clear();
                    this.done = true;
                    this.queue.close();
                    if let Err(error) = this.encode(Message::Close(Some(reason))) {
                        return Poll::Ready(Some(Err(error.into())));
                    }
                    return Poll::Ready(Some(Ok(this.buf.split().freeze())));
                }
            }
        }
        let mut ended = false;
        for _ in 0..BATCH {
            match this.queue.poll_recv(cx) {
                Poll::Ready(Some(outgoing)) => {
                    let message = match outgoing {
                        Outgoing::Text(text) => Message::Text(text),
                        Outgoing::Ping => Message::Ping(Bytes::new()),
                        Outgoing::Pong(bytes) => Message::Pong(bytes),
                    };
                    if let Err(error) = this.encode(message) {
                        return Poll::Ready(Some(Err(error.into())));
                    }
                }
                Poll::Ready(None) => {
                    ended = true;
                    break;
                }
                Poll::Pending => break,
            }
        }
        if !this.buf.is_empty() {
            return Poll::Ready(Some(Ok(this.buf.split().freeze())));
        }
        if ended {
            this.done = true;
            return Poll::Ready(None);
        }
        Poll::Pending
    }
}

/// Client frames decoded from the request payload, at most `max_size` bytes each.
pub struct Incoming {
    payload: actix_web::dev::Payload,
    codec: Codec,
    buf: BytesMut,
}

impl Incoming {
    pub fn new(payload: actix_web::dev::Payload, max_size: usize) -> Self {
        Self {
            payload,
            codec: Codec::new().max_size(max_size),
            buf: BytesMut::new(),
        }
    }

    /// The next frame; `None` when the client has gone.
    pub async fn next(&mut self) -> Option<Result<Frame, ProtocolError>> {
        loop {
            match self.codec.decode(&mut self.buf) {
                Ok(Some(frame)) => return Some(Ok(frame)),
                Ok(None) => {}
                Err(error) => return Some(Err(error)),
            }
            match self.payload.next().await? {
                Ok(bytes) => self.buf.extend_from_slice(&bytes),
                Err(error) => return Some(Err(ProtocolError::Io(std::io::Error::other(error)))),
            }
        }
    }
}
