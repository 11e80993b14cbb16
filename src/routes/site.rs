//! What the site itself answers besides the API: `robots.txt`, and the Content-Security-Policy of
//! the front end (a browser then runs only our own scripts, and talks only to us and the tiles).

use actix_files::NamedFile;
use actix_web::{
    http::header::{HeaderValue, CACHE_CONTROL},
    mime::Mime,
    web, HttpRequest, HttpResponse, Responder, ResponseError,
};

use crate::{config::Settings, error::AppError, state::AppState};

/// Public pages may be indexed; the API and Open311 are for programs, not search engines.
const ROBOTS_TXT: &str = "User-agent: *\nDisallow: /api/\nDisallow: /open311/\nAllow: /\n";

pub async fn robots_txt() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body(ROBOTS_TXT)
}

/// The service worker the front end's build writes (`frontend/dist/sw.js`, Workbox). Never cached
/// without asking: the browser checks it on every visit anyway, but a proxy or an old browser
/// keeping a stale worker would keep serving an old app shell; `no-cache` makes each copy
/// revalidate, so a new deployment reaches everyone on their next visit.
pub async fn service_worker(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let javascript = "text/javascript; charset=utf-8".parse().ok();
    frontend_file(&req, &state, "sw.js", javascript).await
}

/// The web app manifest (`frontend/dist/manifest.webmanifest`): what an installed app is called
/// and its icons. Its name carries no content hash, so it is revalidated like the worker.
pub async fn web_app_manifest(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let manifest = "application/manifest+json".parse().ok();
    frontend_file(&req, &state, "manifest.webmanifest", manifest).await
}

async fn frontend_file(
    req: &HttpRequest,
    state: &AppState,
    name: &str,
    content_type: Option<Mime>,
) -> HttpResponse {
    let path = state.settings.frontend_dir.join(name);
    let Ok(file) = NamedFile::open_async(path).await else {
        return AppError::NotFound(
            format!("There is no {name}: the front end is not built.").into(),
        )
        .error_response();
    };
    let file = match content_type {
        Some(mime) => file.set_content_type(mime),
        None => file,
    };
    let mut response = file.respond_to(req);
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response.map_into_boxed_body()
}

/// The front end's policy: scripts, styles, fonts and workers only from this site (the built
/// front end has no inline script); images also from the map tile host, `data:` (Leaflet's
/// icons) and `blob:` (photo previews and downloads); connections to this site only, with its
/// WebSocket (`'self'` covers `ws:`/`wss:` of the same host in current browsers; the public
/// address is named too for older ones); no plugins, no framing, no foreign form targets.
pub fn content_security_policy(settings: &Settings) -> String {
    let tiles = origin_of(&settings.map_tile_url).unwrap_or_default();
    let sockets = settings
        .public_url
        .as_deref()
        .and_then(origin_of)
        .map(|origin| {
            origin
                .replacen("https://", "wss://", 1)
                .replacen("http://", "ws://", 1)
        })
        .unwrap_or_default();
    format!(
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob: {tiles}; \
         connect-src 'self' {sockets}; font-src 'self'; worker-src 'self'; manifest-src 'self'; \
         object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )
    .replace("  ", " ")
    .replace(" ;", ";")
}

/// `https://host[:port]` of a URL or a tile template; `{s}` subdomains become a wildcard.
fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let host = rest.split('/').next().filter(|h| !h.is_empty())?;
    if !matches!(scheme, "http" | "https") {
        return None;
    }
    let host = host.replace("{s}", "*");
    host.chars()
        .all(|c| c.is_ascii_alphanumeric() || ".-:*[]".contains(c))
        .then(|| format!("{scheme}://{host}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_names_the_tile_host_and_the_public_sockets() {
        let settings = Settings {
            map_tile_url: "https://{s}.tiles.example.org/{z}/{x}/{y}.png".into(),
            public_url: Some("https://cg.example.org/".into()),
            ..Settings::default()
        };
        let policy = content_security_policy(&settings);
        assert!(policy.contains("img-src 'self' data: blob: https://*.tiles.example.org;"));
        assert!(policy.contains("connect-src 'self' wss://cg.example.org;"));
        assert!(policy.contains("script-src 'self';"));
        assert!(!policy.contains("unsafe"));
        let plain = content_security_policy(&Settings::default());
        assert!(plain.contains("img-src 'self' data: blob: https://tile.openstreetmap.org;"));
        assert!(plain.contains("connect-src 'self';"), "{plain}");
        assert_eq!(origin_of("javascript:alert(1)"), None);
        assert_eq!(origin_of("https://evil.example; script-src *"), None);
    }
}
