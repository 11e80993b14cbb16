//! The OpenAPI document and an interactive page over it. Swagger UI's files come from the
//! front-end build (npm `swagger-ui-dist`), so nothing is fetched from elsewhere at runtime.

use actix_web::{web, HttpResponse};

pub async fn openapi_json(doc: web::Data<utoipa::openapi::OpenApi>) -> HttpResponse {
    HttpResponse::Ok().json(doc.get_ref())
}

pub async fn docs_page() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(DOCS_HTML)
}

const DOCS_HTML: &str = r#"<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Commonground API</title>
  <link rel="stylesheet" href="/vendor/swagger-ui/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"><p style="font-family: sans-serif; padding: 1rem">Loading the API reference… The raw document is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p></div>
  <script src="/vendor/swagger-ui/swagger-ui-bundle.js"></script>
  <script>
    window.addEventListener('load', function () {
      if (window.SwaggerUIBundle) {
        window.SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#swagger-ui' });
      }
    });
  </script>
</body>
</html>"#;
