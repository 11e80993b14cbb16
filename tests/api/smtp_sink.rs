//! A tiny real SMTP server for tests: accepts every message on a local port (EHLO/HELO, MAIL,
//! RCPT, DATA, RSET, NOOP, QUIT, several messages per connection) and keeps what it received.

use std::{sync::Arc, time::Duration};

use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::TcpListener,
    sync::{Mutex, Notify},
};

#[derive(Debug, Clone)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    /// Headers and body as sent (dot-stuffing undone).
    pub data: String,
}

impl Received {
    /// The message with quoted-printable undone (soft line breaks joined, `=XX` bytes decoded) and
    /// base64 parts decoded after it,
    /// so a test can look for words as a reader sees them, wherever the encoder broke the line.
    pub fn decoded(&self) -> String {
        let joined = self.data.replace("=\r\n", "");
        let bytes = joined.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if bytes[i] == b'=' && i + 2 < bytes.len() {
                if let (Some(high), Some(low)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    out.push((high * 16 + low) as u8);
                    i += 3;
                    continue;
                }
            }
            out.push(bytes[i]);
            i += 1;
        }
        let text = String::from_utf8_lossy(&out).into_owned();
        // Parts sent as base64 (lettre's choice for mostly non-Latin text), decoded after them.
        let mut decoded = text.clone();
        for part in text
            .split("Content-Transfer-Encoding: base64\r\n\r\n")
            .skip(1)
        {
            use base64::Engine;
            let encoded: String = part
                .split("\r\n--")
                .next()
                .unwrap_or_default()
                .split_whitespace()
                .collect();
            if let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(encoded) {
                decoded.push_str("\r\n");
                decoded.push_str(&String::from_utf8_lossy(&bytes));
            }
        }
        decoded
    }

    /// A header's value (first occurrence), unfolded.
    pub fn header(&self, name: &str) -> Option<String> {
        let head = self.data.split("\r\n\r\n").next()?;
        let mut value: Option<String> = None;
        for line in head.split("\r\n") {
            if let Some(current) = value.as_mut() {
                if line.starts_with([' ', '\t']) {
                    current.push(' ');
                    current.push_str(line.trim());
                    continue;
                }
                break;
            }
            if let Some((key, rest)) = line.split_once(':') {
                if key.eq_ignore_ascii_case(name) {
                    value = Some(rest.trim().to_owned());
                }
            }
        }
        value
    }
}

#[derive(Clone)]
pub struct SmtpSink {
    pub port: u16,
    received: Arc<Mutex<Vec<Received>>>,
    arrived: Arc<Notify>,
}

impl SmtpSink {
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let sink = Self {
            port,
            received: Arc::default(),
            arrived: Arc::default(),
        };
        let server = sink.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let server = server.clone();
                tokio::spawn(async move {
                    let _ = server.session(socket).await;
                });
            }
        });
        sink
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    async fn session(&self, socket: tokio::net::TcpStream) -> std::io::Result<()> {
        let (read, mut write) = socket.into_split();
        let mut lines = BufReader::new(read);
        write.write_all(b"220 sink.test ESMTP ready\r\n").await?;
        let (mut from, mut to) = (String::new(), Vec::new());
        let mut line = String::new();
        loop {
            line.clear();
            if lines.read_line(&mut line).await? == 0 {
                return Ok(());
            }
            let command = line.trim_end().to_owned();
            let upper = command.to_ascii_uppercase();
            if upper.starts_with("EHLO") {
                write
                    .write_all(b"250-sink.test\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")
                    .await?;
            } else if upper.starts_with("MAIL FROM:") {
                from = address(&command["MAIL FROM:".len()..]);
                to.clear();
                write.write_all(b"250 OK\r\n").await?;
            } else if upper.starts_with("RCPT TO:") {
                to.push(address(&command["RCPT TO:".len()..]));
                write.write_all(b"250 OK\r\n").await?;
            } else if upper == "DATA" {
                write
                    .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                    .await?;
                let mut data = String::new();
                loop {
                    line.clear();
                    if lines.read_line(&mut line).await? == 0 {
                        return Ok(());
                    }
                    if line == ".\r\n" || line == ".\n" {
                        break;
                    }
                    data.push_str(line.strip_prefix('.').unwrap_or(&line));
                }
                self.received.lock().await.push(Received {
                    from: from.clone(),
                    to: to.clone(),
                    data,
                });
                self.arrived.notify_waiters();
                write.write_all(b"250 OK: queued\r\n").await?;
            } else if upper == "QUIT" {
                write.write_all(b"221 Bye\r\n").await?;
                return Ok(());
            } else {
                // HELO, RSET, NOOP and anything else: fine.
                write.write_all(b"250 OK\r\n").await?;
            }
        }
    }

    pub async fn all(&self) -> Vec<Received> {
        self.received.lock().await.clone()
    }

    /// Waits until a message to `recipient` has arrived and returns it.
    pub async fn wait_for(&self, recipient: &str, within: Duration) -> Received {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            let arrived = self.arrived.notified();
            if let Some(found) = self
                .received
                .lock()
                .await
                .iter()
                .find(|m| m.to.iter().any(|t| t == recipient))
            {
                return found.clone();
            }
            if tokio::time::timeout_at(deadline, arrived).await.is_err() {
                panic!(
                    "no e-mail to {recipient} arrived; got {:?}",
                    self.all().await
                );
            }
        }
    }
}

fn address(arg: &str) -> String {
    let arg = arg.trim();
    let inner = arg
        .strip_prefix('<')
        .and_then(|a| a.split_once('>'))
        .map_or(arg, |(a, _)| a);
    inner.to_owned()
}
