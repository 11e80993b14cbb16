//! WebSocket connections taken out of the HTTP/1 dispatcher after the handshake.
//!
//! actix-http's dispatcher keeps an 8 KiB read buffer and an 8 KiB write buffer for every
//! connection for as long as it lives, upgraded WebSockets included, and neither is configurable:
//! alone more than an idle live connection should cost. So the server installs this as the
//! dispatcher's upgrade service (`startup::run`): every request that asks for an upgrade comes
//! here with its raw connection instead of going through the dispatcher. It is still answered by
//! the application (same routes, middleware, access log and errors); when the answer is the live
//! route's `101` (it carries a `session::Takeover`), the `101` is written here and the connection
//! is served by `live::socket` on the bare TCP stream, with no buffer kept while idle. Any other
//! answer is written here too and the connection then closed (`Connection: close`), since it has
//! left the dispatcher that would have read the next request.

use std::{future::poll_fn, io, pin::Pin, rc::Rc};

use actix_codec::Framed;
use actix_http::{
    body::{BodySize, BoxBody, MessageBody},
    h1, ConnectionType, Method, Request, Response, StatusCode,
};
use actix_web::{
    dev::{Service, ServiceResponse},
    HttpResponse,
};
use bytes::BytesMut;
use tokio::{io::AsyncWriteExt, net::TcpStream};
use tokio_util::codec::Encoder;

use super::session::{self, Takeover};

/// Answers an upgrade request with `app` on the raw connection `framed`, and serves the live
/// session on it when the answer is the live route's `101`. A connection that fails while its
/// answer is written is the client's doing, logged at debug level only.
pub async fn handle<S, B>(
    app: Rc<S>,
    req: Request,
    framed: Framed<TcpStream, h1::Codec>,
) -> Result<(), actix_web::Error>
where
    S: Service<Request, Response = ServiceResponse<B>, Error = HttpResponse>,
    B: MessageBody + 'static,
{
    if let Err(error) = answer(app, req, framed).await {
        tracing::debug!(%error, "upgrade request: the connection failed");
    }
    Ok(())
}

async fn answer<S, B>(
    app: Rc<S>,
    req: Request,
    framed: Framed<TcpStream, h1::Codec>,
) -> io::Result<()>
where
    S: Service<Request, Response = ServiceResponse<B>, Error = HttpResponse>,
    B: MessageBody + 'static,
{
    let head_only = req.method() == Method::HEAD;
    // Boxed: the application's future is large and only needed until the answer exists; the
    // connection's task keeps this future for as long as the socket lives.
    let response: Response<BoxBody> = match Box::pin(app.call(req)).await {
        Ok(response) => Response::from(response).map_into_boxed_body(),
        Err(response) => Response::from(response),
    };
    // Taken apart field by field, so the dispatcher's buffers are freed here rather than
    // living on (as the rest of a partly moved value would) until the connection ends.
    let actix_codec::FramedParts {
        mut io,
        mut codec,
        read_buf,
        write_buf,
        ..
    } = framed.into_parts();
    drop(write_buf);
    let (mut head, body) = response.into_parts();
    let takeover = if head.status() == StatusCode::SWITCHING_PROTOCOLS {
        head.extensions_mut().remove::<Takeover>()
    } else {
        None
    };
    let Some(takeover) = takeover else {
        drop(read_buf);
        head.head_mut().set_connection_type(ConnectionType::Close);
        let result = write_response(&mut io, &mut codec, head, body, head_only).await;
        let _ = io.shutdown().await;
        return result;
    };
    drop(body);
    let mut buf = BytesMut::new();
    codec.encode(h1::Message::Item((head, BodySize::None)), &mut buf)?;
    io.write_all(&buf).await?;
    // Only what the client sent behind its handshake is kept, not the dispatcher's buffer.
    let early = BytesMut::from(&read_buf[..]);
    drop((buf, read_buf, codec));
    session::serve(takeover, io, early).await;
    Ok(())
}

/// Writes a whole response (head, then its body as it streams) with the HTTP/1 codec.
async fn write_response(
    io: &mut TcpStream,
    codec: &mut h1::Codec,
    head: Response<()>,
    mut body: BoxBody,
    head_only: bool,
) -> io::Result<()> {
    let mut buf = BytesMut::new();
    let size = if head_only {
        BodySize::None
    } else {
        body.size()
    };
    codec.encode(h1::Message::Item((head, size)), &mut buf)?;
    if !head_only && size != BodySize::None {
        loop {
            match poll_fn(|cx| Pin::new(&mut body).poll_next(cx)).await {
                Some(Ok(chunk)) => {
                    codec.encode(h1::Message::Chunk(Some(chunk)), &mut buf)?;
                    io.write_all(&buf).await?;
                    buf.clear();
                }
                Some(Err(error)) => return Err(io::Error::other(error.to_string())),
                None => break,
            }
        }
        codec.encode(h1::Message::Chunk(None), &mut buf)?;
    }
    io.write_all(&buf).await
}
