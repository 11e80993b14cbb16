//! The OpenAPI document and an interactive page over it. Swagger UI's files come from the
//! front-end build (npm `swagger-ui-dist`), so nothing is fetched from elsewhere at runtime, and
//! the page's policy allows nothing else: its one inline script is allowed by its hash.

use std::sync::LazyLock;

use actix_web::{http::header, web, HttpResponse};
use base64::{engine::general_purpose::STANDARD, Engine};
use sha2::{Digest, Sha256};

pub async fn openapi_json(doc: web::Data<utoipa::openapi::OpenApi>) -> HttpResponse {
    HttpResponse::Ok().json(doc.get_ref())
}

pub async fn docs_page() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .insert_header((header::CONTENT_SECURITY_POLICY, DOCS_POLICY.as_str()))
        .body(DOCS_HTML.replace("{INIT_SCRIPT}", INIT_SCRIPT))
}

/// Swagger UI draws icons as `data:` images and sets inline styles on elements; everything else
/// is this site's own, and the start-up script is pinned by its SHA-256.
static DOCS_POLICY: LazyLock<String> = LazyLock::new(|| {
    let hash = STANDARD.encode(Sha256::digest(INIT_SCRIPT.as_bytes()));
    format!(
        "default-src 'self'; script-src 'self' 'sha256-{hash}'; style-src 'self' 'unsafe-inline'; \
         img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; \
         form-action 'self'; frame-ancestors 'none'"
    )
});

const INIT_SCRIPT: &str = "
    window.addEventListener('load', function () {
      if (window.SwaggerUIBundle) {
        window.SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#swagger-ui', validatorUrl: null });
      }
    });
  ";

const DOCS_HTML: &str = r#"<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Commonground API</title>
  <link rel="stylesheet" href="/vendor/swagger-ui/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"><p>Loading the API reference… The raw document is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p></div>
  <script src="/vendor/swagger-ui/swagger-ui-bundle.js"></script>
  <script>{INIT_SCRIPT}</script>
</body>
</html>"#;
