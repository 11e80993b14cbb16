//! The WebSocket plumbing under a live session, on actix-http's frame codec directly and on the
//! raw TCP stream: after the handshake (`live::takeover`) the connection leaves the HTTP
//! dispatcher, whose fixed 8 KiB read and write buffers would otherwise stay with every idle
//! socket. The write half is driven by `Writer`, which encodes whatever is queued for the
//! connection in batches and writes it; the read half by `Incoming`, which decodes client frames.
//! Neither keeps a buffer between frames: an idle connection holds no byte buffer at all.

use std::{
    future::Future,
    io,
    pin::Pin,
    sync::{Arc, Mutex},
    task::{ready, Context, Poll},
};

use actix_http::ws::{CloseReason, Codec, Frame, Message, ProtocolError};
use bytes::{Bytes, BytesMut};
use bytestring::ByteString;
use tokio::{
    io::AsyncWrite,
    net::tcp::{OwnedReadHalf, OwnedWriteHalf},
    sync::{mpsc, oneshot},
};
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

/// Bytes read from the socket at a time; on the stack, never kept.
const READ_CHUNK: usize = 4096;

/// A connection's outgoing side before it has a socket: its queue and close signal.
pub struct Outbox {
    queue: mpsc::Receiver<Outgoing>,
    close: oneshot::Receiver<CloseReason>,
}

/// A connection's outgoing side: the queue to write to, the closer, and the outbox to drive.
pub fn outgoing(capacity: usize) -> (mpsc::Sender<Outgoing>, Closer, Outbox) {
    let (tx, queue) = mpsc::channel(capacity);
    let (close_tx, close) = oneshot::channel();
    (
        tx,
        Closer(Arc::new(Mutex::new(Some(close_tx)))),
        Outbox { queue, close },
    )
}

impl Outbox {
    /// Writes the queue to `io` until the connection is closed (by a `Closer`, by every sender
    /// going away, or by a write failing). Dropping the write half then ends the TCP stream's
    /// sending side, as the HTTP dispatcher did after the response.
    pub fn write_to(self, io: OwnedWriteHalf) -> Writer {
        Writer {
            io,
            queue: self.queue,
            close: Some(self.close),
            codec: Codec::new(),
            buf: BytesMut::new(),
            written: 0,
            closing: false,
        }
    }
}

/// Encodes queued frames in batches and writes them; the buffer exists only while a batch is
/// being written.
pub struct Writer {
    io: OwnedWriteHalf,
    queue: mpsc::Receiver<Outgoing>,
    close: Option<oneshot::Receiver<CloseReason>>,
    codec: Codec,
    buf: BytesMut,
    /// How much of `buf` is already written.
    written: usize,
    /// A close frame is in `buf`: the connection ends once it is written.
    closing: bool,
}

impl Writer {
    fn encode(&mut self, message: Message) -> Result<(), ProtocolError> {
        self.codec.encode(message, &mut self.buf)
    }

    /// Writes what `buf` holds; `Ready(Ok)` once it is all written (and released).
    fn poll_flush_buf(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while self.written < self.buf.len() {
            let n = ready!(Pin::new(&mut self.io).poll_write(cx, &self.buf[self.written..]))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            self.written += n;
        }
        // Released rather than cleared: an idle connection keeps no buffer.
        self.buf = BytesMut::new();
        self.written = 0;
        Poll::Ready(Ok(()))
    }
}

impl Future for Writer {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = self.get_mut();
        loop {
            if !this.buf.is_empty() {
                match ready!(this.poll_flush_buf(cx)) {
                    Ok(()) if this.closing => return Poll::Ready(()),
                    Ok(()) => {}
                    Err(error) => {
                        tracing::debug!(%error, "live connection write failed");
                        return Poll::Ready(());
                    }
                }
            }
            if let Some(close) = this.close.as_mut() {
                if let Poll::Ready(result) = Pin::new(close).poll(cx) {
                    this.close = None;
                    if let Ok(reason) = result {
                        // Whatever is still queued is dropped: the client resumes from its last seq.
                        this.queue.close();
                        this.closing = true;
                        if this.encode(Message::Close(Some(reason))).is_err() {
                            return Poll::Ready(());
                        }
                        continue;
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
                        if this.encode(message).is_err() {
                            return Poll::Ready(());
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
                continue;
            }
            if ended {
                return Poll::Ready(());
            }
            return Poll::Pending;
        }
    }
}

/// Client frames decoded from the socket's read half, at most `max_size` bytes each.
pub struct Incoming {
    io: OwnedReadHalf,
    codec: Codec,
    /// Bytes of a frame not yet complete; empty (no allocation) between frames.
    buf: BytesMut,
}

impl Incoming {
    /// `early`: bytes the client sent right behind its handshake, already read.
    pub fn new(io: OwnedReadHalf, early: BytesMut, max_size: usize) -> Self {
        Self {
            io,
            codec: Codec::new().max_size(max_size),
            buf: early,
        }
    }

    /// The next frame; `None` when the client has gone.
    pub async fn next(&mut self) -> Option<Result<Frame, ProtocolError>> {
        loop {
            if !self.buf.is_empty() {
                let decoded = self.codec.decode(&mut self.buf);
                if self.buf.is_empty() {
                    self.buf = BytesMut::new();
                }
                match decoded {
                    Ok(Some(frame)) => return Some(Ok(frame)),
                    Ok(None) => {}
                    Err(error) => return Some(Err(error)),
                }
            }
            if let Err(error) = self.io.readable().await {
                return Some(Err(ProtocolError::Io(error)));
            }
            // The chunk lives on the stack only between awaits, so it is not part of the
            // session's future.
            let mut chunk = [0u8; READ_CHUNK];
            match self.io.try_read(&mut chunk) {
                Ok(0) => return None,
                Ok(n) => self.buf.extend_from_slice(&chunk[..n]),
                Err(error) if error.kind() == io::ErrorKind::WouldBlock => {}
                Err(error) if error.kind() == io::ErrorKind::ConnectionReset => return None,
                Err(error) => return Some(Err(ProtocolError::Io(error))),
            }
        }
    }
}
