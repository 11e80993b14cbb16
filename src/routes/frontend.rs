//! The built front end (`frontend/dist`, `npm run build`) as a browser on a weak connection needs
//! it: hashed assets (`/assets/<name>-<hash>.<ext>`) are sent as the build precompressed them
//! (brotli 11 or gzip 9, whichever the browser takes; actix's on-the-fly gzip is level 1) and kept
//! for a year, since a new build gives them new names; the page itself (`index.html`) is
//! revalidated on every load so a new build is seen at once, and carries a policy that allows its
//! inline app-shell style by hash; source maps are never served (they hold the whole source).

use std::path::{Path, PathBuf};

use actix_files::NamedFile;
use actix_web::{
    http::header::{self, AcceptEncoding, ContentEncoding, Encoding, Header, HeaderValue},
    web, HttpRequest, HttpResponse, ResponseError,
};
use base64::{engine::general_purpose::STANDARD, Engine};
use sha2::{Digest, Sha256};

use crate::{error::AppError, i18n::Locale, routes::site, state::AppState};

/// For names that change whenever their content does.
pub const CACHE_IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// For the page that names them: kept, but asked about (ETag) before each use.
pub const CACHE_REVALIDATE: &str = "no-cache";

/// The precompressed siblings the build writes, best first (`vite-plugin-compression2`).
const PRECOMPRESSED: [(&str, ContentEncoding); 2] = [
    ("br", ContentEncoding::Brotli),
    ("gz", ContentEncoding::Gzip),
];

/// Whether a path names a source map, refused wherever it is.
pub fn is_source_map(path: &str) -> bool {
    path.ends_with(".map")
}

/// A file name under `/assets/` that may be served: one plain name (no folders, no dot files), not
/// a source map, not a compressed sibling asked for by name (those are chosen by negotiation).
pub fn is_servable_asset(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 255
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
        && !is_source_map(name)
        && !name.ends_with(".br")
        && !name.ends_with(".gz")
}

/// Which of the `available` precompressed files to send for the browser's `Accept-Encoding`
/// (None: the plain file). Without the header, the plain file (RFC 9110 allows any, but a client
/// that sends none may not decode).
pub fn choose_encoding(
    accept: Option<&AcceptEncoding>,
    available: &[ContentEncoding],
) -> Option<ContentEncoding> {
    let accept = accept?;
    let encoding_of = |enc: &ContentEncoding| match enc {
        ContentEncoding::Brotli => Encoding::brotli(),
        ContentEncoding::Gzip => Encoding::gzip(),
        _ => Encoding::identity(),
    };
    let mut supported: Vec<Encoding> = available.iter().map(encoding_of).collect();
    supported.push(Encoding::identity());
    let chosen = accept.negotiate(supported.iter())?;
    available
        .iter()
        .copied()
        .find(|enc| encoding_of(enc) == chosen && chosen != Encoding::identity())
}

/// `GET /assets/{file}`: the file, precompressed when the browser takes it, cached for a year.
pub async fn asset(
    req: HttpRequest,
    file: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let name = file.into_inner();
    let not_found = || AppError::NotFound(format!("There is no asset {name}.").into());
    if !is_servable_asset(&name) {
        return Err(not_found());
    }
    let plain = state.settings.frontend_dir.join("assets").join(&name);
    if !tokio::fs::metadata(&plain)
        .await
        .is_ok_and(|meta| meta.is_file())
    {
        return Err(not_found());
    }
    let mut available = Vec::new();
    for (suffix, encoding) in PRECOMPRESSED {
        if tokio::fs::metadata(sibling(&plain, suffix)).await.is_ok() {
            available.push(encoding);
        }
    }
    let accept = AcceptEncoding::parse(&req).ok();
    let chosen = choose_encoding(accept.as_ref(), &available);
    let path = match chosen.and_then(|enc| PRECOMPRESSED.iter().find(|(_, e)| *e == enc)) {
        Some((suffix, _)) => sibling(&plain, suffix),
        None => plain.clone(),
    };
    let ext = plain.extension().and_then(|e| e.to_str()).unwrap_or("");
    let mut file = NamedFile::open_async(&path)
        .await
        .map_err(|_| not_found())?
        .set_content_type(actix_files::file_extension_to_mime(ext))
        .disable_content_disposition();
    if let Some(encoding) = chosen {
        file = file.set_content_encoding(encoding);
    }
    let mut response = file.into_response(&req);
    let headers = response.headers_mut();
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(CACHE_IMMUTABLE),
    );
    // Caches must keep the brotli, gzip and plain answers apart.
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    Ok(response)
}

fn sibling(plain: &Path, suffix: &str) -> PathBuf {
    let mut name = plain.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

/// `GET /` and `GET /index.html`.
pub async fn index(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    index_page(&req, &state).await.unwrap_or_else(|| {
        AppError::NotFound("There is no front end built here.".into()).error_response()
    })
}

/// The front end's `index.html` (every client-side route answers with it), revalidated on each
/// load, its policy allowing the inline app-shell style by hash; None without a built front end.
pub async fn index_page(req: &HttpRequest, state: &AppState) -> Option<HttpResponse> {
    let path = state.settings.frontend_dir.join("index.html");
    let html = tokio::fs::read_to_string(&path).await.ok()?;
    let policy = policy_with_styles(
        &site::content_security_policy(&state.settings),
        &style_hashes(&html),
    );
    let default_locale = state.settings.default_locale;
    let mut response = if default_locale == Locale::En {
        NamedFile::open_async(&path).await.ok()?.into_response(req)
    } else {
        page_in_default_locale(req, &with_default_locale(&html, default_locale))
    };
    let headers = response.headers_mut();
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(CACHE_REVALIDATE),
    );
    if let Ok(value) = HeaderValue::from_str(&policy) {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    Some(response)
}

/// The page marked with the deployment's default locale (`COMMONGROUND_DEFAULT_LOCALE`), which the
/// front end opens in when the browser asks for no language we speak (`i18n/preference.ts`).
/// Only the `<html>` tag changes, so the inline styles' hashes stay valid.
pub fn with_default_locale(html: &str, locale: Locale) -> String {
    html.replacen(
        "<html lang=\"en-GB\">",
        &format!("<html lang=\"{locale}\" data-default-locale=\"{locale}\">"),
        1,
    )
}

/// A page built here rather than read from disk: its own ETag, so revalidation still answers 304.
fn page_in_default_locale(req: &HttpRequest, html: &str) -> HttpResponse {
    let etag = format!("\"{}\"", STANDARD.encode(Sha256::digest(html.as_bytes())));
    let unchanged = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|tags| tags.split(',').any(|tag| tag.trim() == etag));
    let mut response = if unchanged {
        HttpResponse::NotModified()
    } else {
        HttpResponse::Ok()
    };
    response
        .insert_header((header::ETAG, etag))
        .content_type("text/html; charset=utf-8");
    if unchanged {
        response.finish()
    } else {
        response.body(html.to_owned())
    }
}

/// The SHA-256 (base64) of each inline `<style>` block of a page, as CSP names them.
pub fn style_hashes(html: &str) -> Vec<String> {
    html.split("<style>")
        .skip(1)
        .filter_map(|rest| rest.split_once("</style>").map(|(css, _)| css))
        .map(|css| STANDARD.encode(Sha256::digest(css.as_bytes())))
        .collect()
}

/// The site's policy with these inline styles (and no others) allowed.
pub fn policy_with_styles(policy: &str, hashes: &[String]) -> String {
    if hashes.is_empty() {
        return policy.to_owned();
    }
    let allowed: String = hashes.iter().map(|h| format!(" 'sha256-{h}'")).collect();
    policy.replacen("style-src 'self'", &format!("style-src 'self'{allowed}"), 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::http::header::{Preference, QualityItem};

    fn accept(items: &[(&str, f32)]) -> AcceptEncoding {
        AcceptEncoding(
            items
                .iter()
                .map(|(name, q)| {
                    let enc: Encoding = name.parse().unwrap();
                    QualityItem::new(Preference::Specific(enc), (*q).try_into().unwrap())
                })
                .collect(),
        )
    }

    #[test]
    fn only_plain_asset_names_are_served() {
        assert!(is_servable_asset("index-CzHJgz7p.js"));
        assert!(is_servable_asset("leaflet-Dgihpmma.png"));
        for refused in [
            "",
            ".env",
            "..",
            "index-CzHJgz7p.js.map",
            "index-CzHJgz7p.js.br",
            "index-CzHJgz7p.js.gz",
            "a/b.js",
            "a\\b.js",
            "a%2fb.js",
            "nul\0.js",
        ] {
            assert!(!is_servable_asset(refused), "{refused:?}");
        }
        assert!(!is_servable_asset(&"a".repeat(256)));
    }

    #[test]
    fn brotli_is_preferred_then_gzip_then_the_plain_file() {
        let both = [ContentEncoding::Brotli, ContentEncoding::Gzip];
        let chrome = accept(&[("gzip", 1.0), ("deflate", 1.0), ("br", 1.0), ("zstd", 1.0)]);
        assert_eq!(
            choose_encoding(Some(&chrome), &both),
            Some(ContentEncoding::Brotli)
        );
        let gzip_only = accept(&[("gzip", 1.0)]);
        assert_eq!(
            choose_encoding(Some(&gzip_only), &both),
            Some(ContentEncoding::Gzip)
        );
        assert_eq!(
            choose_encoding(Some(&chrome), &[ContentEncoding::Gzip]),
            Some(ContentEncoding::Gzip)
        );
        assert_eq!(choose_encoding(Some(&chrome), &[]), None);
        assert_eq!(choose_encoding(None, &both), None);
        let identity = accept(&[("identity", 1.0)]);
        assert_eq!(choose_encoding(Some(&identity), &both), None);
        // A browser that rates gzip above brotli gets gzip.
        let prefers_gzip = accept(&[("br", 0.5), ("gzip", 1.0)]);
        assert_eq!(
            choose_encoding(Some(&prefers_gzip), &both),
            Some(ContentEncoding::Gzip)
        );
    }

    #[test]
    fn inline_styles_are_allowed_by_their_hash_only() {
        let html = "<head><style>body{margin:0}</style></head><body><style>p{}</style>";
        let hashes = style_hashes(html);
        assert_eq!(hashes.len(), 2);
        assert_eq!(
            hashes[0],
            STANDARD.encode(Sha256::digest("body{margin:0}".as_bytes()))
        );
        let policy = policy_with_styles(
            "default-src 'self'; style-src 'self'; img-src 'self'",
            &hashes,
        );
        assert_eq!(
            policy,
            format!(
                "default-src 'self'; style-src 'self' 'sha256-{}' 'sha256-{}'; img-src 'self'",
                hashes[0], hashes[1]
            )
        );
        assert!(!policy.contains("unsafe"));
        assert_eq!(
            policy_with_styles("style-src 'self'", &[]),
            "style-src 'self'"
        );
        assert!(style_hashes("<style>unclosed").is_empty());
    }
}
