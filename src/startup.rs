//! Wires settings, database, Redis, auth and routes into a running server.
//! `Application::build` binds the listener (port 0 picks a free one and `port()` reports it), so
//! tests start exactly the production wiring.

use std::{net::TcpListener, rc::Rc, sync::Arc, time::Duration};

use actix_files::Files;
use actix_http::{HttpService, KeepAlive};
use actix_service::{map_config, IntoServiceFactory, ServiceFactoryExt};
use actix_web::{
    dev::{
        fn_factory, fn_service, AppConfig, Server, ServiceFactory, ServiceRequest, ServiceResponse,
    },
    error::{JsonPayloadError, PathError, QueryPayloadError},
    http::header::{self, HeaderValue},
    middleware::{Compress, DefaultHeaders},
    web, App, HttpMessage, HttpRequest, HttpResponse, ResponseError,
};
use anyhow::Context;
use secrecy::{ExposeSecret, SecretString};
use tracing_actix_web::{RequestId, TracingLogger};
use utoipa::OpenApi;
use utoipa_actix_web::AppExt;

use crate::{
    auth::token,
    config::Settings,
    db,
    error::AppError,
    live::{plugins::Plugins, session, Live},
    rate_limit::RateLimiter,
    routes,
    services::tasks::claims::{ClaimDesk, ClaimLimits},
    state::AppState,
    telemetry,
};

/// The capabilities that plug into the live core: the notification inbox (every notice is
/// stored in the writer's transaction) and the dashboard's scope (for `dashboard:{id}`
/// subscriptions). Every `Live` is started with these: the server, the demo, tests.
pub fn live_plugins() -> Plugins {
    Plugins {
        inbox: Arc::new(crate::services::notifications::Inbox),
        dashboards: Arc::new(crate::services::dashboard::LiveScope),
    }
}

pub struct Application {
    port: u16,
    server: Server,
    state: AppState,
}

impl Application {
    pub async fn build(mut settings: Settings) -> anyhow::Result<Self> {
        // First: a weak secret stops the start before anything else is touched.
        let jwt_secret = load_or_create_jwt_secret(&settings)?;
        // Bound first, so links can name the real port when no public URL is configured.
        let listener = TcpListener::bind(&settings.bind)
            .with_context(|| format!("Failed to bind {}", settings.bind))?;
        let port = listener.local_addr()?.port();
        if settings.public_url.is_none() {
            settings.public_url =
                Some(format!("http://{}", listener_display(&settings.bind, port)));
        }
        let files = crate::storage::FileStore::from_settings(&settings)?;
        tracing::info!(store = %files.describe(), "photos are stored here");
        let db = db::connect(&settings).await?;
        db::migrate(&db).await?;
        let redis = match &settings.redis_url {
            None => None,
            Some(url) => Some(connect_redis(url).await?),
        };
        let mailer = match &settings.smtp_url {
            None => None,
            Some(url) => Some(
                crate::services::notifications::mail::Mailer::new(
                    url,
                    &settings.smtp_from,
                    &settings.base_url(),
                )?
                .with_default_locale(settings.default_locale),
            ),
        };
        let mut live = Live::start(
            db.clone(),
            settings.redis_url.clone().zip(redis.clone()),
            live_plugins(),
        );
        let jwt = Arc::new(token::JwtKeys::new(
            jwt_secret.expose_secret().as_bytes(),
            settings.access_token_ttl_secs,
        ));
        if let Some(mailer) = &mailer {
            live = live
                .with_mail_queue(crate::services::notifications::mail::spawn_immediate(
                    db.clone(),
                    mailer.clone(),
                ))
                .with_outbox_queue(crate::services::follows::mail::spawn_outbox(
                    db.clone(),
                    mailer.clone(),
                    jwt.clone(),
                ));
        }
        let state = AppState {
            mailer: mailer.clone(),
            files,
            photo_work: crate::services::issues::photos::PhotoWork::new(
                settings.photo_decode_concurrency,
                Duration::from_secs(30),
            ),
            claims: ClaimDesk::new(
                db.clone(),
                live.clone(),
                ClaimLimits {
                    max_open_claims: settings.max_open_claims,
                },
            ),
            live,
            db,
            jwt,
            limits: Arc::new(RateLimiter::new(&settings, redis.clone())),
            redis,
            settings: Arc::new(settings),
        };
        crate::jobs::spawn_inbox_pruning(
            state.db.clone(),
            &state.live,
            chrono::Duration::days(state.settings.notification_retention_days),
        );
        crate::jobs::spawn_event_pruning(
            state.db.clone(),
            &state.live,
            std::time::Duration::from_secs(state.settings.event_prune_secs.max(1)),
            chrono::Duration::days(state.settings.event_retention_days),
        );
        crate::jobs::spawn_lease_sweeper(
            state.db.clone(),
            state.live.clone(),
            std::time::Duration::from_secs(state.settings.lease_sweep_secs.max(1)),
            chrono::Duration::hours(state.settings.lease_warning_hours),
        );
        if let Some(mailer) = mailer {
            crate::jobs::spawn_digests(
                state.db.clone(),
                &state.live,
                mailer,
                state.jwt.clone(),
                std::time::Duration::from_secs(state.settings.digest_check_secs.max(1)),
                chrono::Duration::seconds(state.settings.digest_interval_secs as i64),
            );
        }
        let server = run(listener, state.clone())?;
        tracing::info!(address = %format!("http://{}", listener_display(&state.settings.bind, port)), "Commonground is listening");
        Ok(Self {
            port,
            server,
            state,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until SIGINT/SIGTERM, then closes live sessions (clients resume elsewhere), stops
    /// accepting, and lets in-flight requests finish.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let handle = self.server.handle();
        let live = self.state.live.clone();
        tokio::spawn(async move {
            shutdown_signal().await;
            tracing::info!("shutting down: closing live sessions and finishing requests");
            live.shut_down();
            handle.stop(true).await;
        });
        self.server.await
    }
}

async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut terminate) => {
                tokio::select! {
                    _ = terminate.recv() => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

fn listener_display(bind: &str, port: u16) -> String {
    let host = bind.rsplit_once(':').map_or(bind, |(host, _)| host);
    format!("{host}:{port}")
}

async fn connect_redis(url: &SecretString) -> anyhow::Result<redis::aio::ConnectionManager> {
    let client =
        redis::Client::open(url.expose_secret()).context("REDIS_URL is not a valid Redis URL")?;
    tokio::time::timeout(
        Duration::from_secs(10),
        redis::aio::ConnectionManager::new(client),
    )
    .await
    .context("Timed out connecting to Redis")?
    .context("Failed to connect to Redis")
}

/// The configured secret, or one generated on first start and kept (mode 0600, written
/// atomically) in the data folder so tokens survive restarts. Both sources meet the same rule
/// (`token::check_secret_strength`); a weak one stops the start with what to do about it.
fn load_or_create_jwt_secret(settings: &Settings) -> anyhow::Result<SecretString> {
    if let Some(secret) = &settings.jwt_secret {
        token::check_secret_strength(secret.expose_secret()).map_err(|why| {
            anyhow::anyhow!(
                "COMMONGROUND_JWT_SECRET (or jwt_secret in the config file) is too weak: {why}. \
                 Use a long random value, e.g. `openssl rand -hex 32`."
            )
        })?;
        return Ok(secret.clone());
    }
    let path = settings.data_dir.join("jwt-secret");
    match std::fs::read_to_string(&path) {
        Ok(existing) => {
            let secret = existing.trim();
            token::check_secret_strength(secret).map_err(|why| {
                anyhow::anyhow!(
                    "The signing secret in {} is too weak: {why}. Delete the file to have a new \
                     one generated (this signs everyone out), or set COMMONGROUND_JWT_SECRET \
                     (e.g. `openssl rand -hex 32`).",
                    path.display()
                )
            })?;
            crate::storage::ensure_private_file(&path)?;
            return Ok(SecretString::from(secret.to_owned()));
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
        Err(error) => {
            return Err(error).with_context(|| {
                format!(
                    "Failed to read the signing secret {} (it must be UTF-8 text)",
                    path.display()
                )
            })
        }
    }
    crate::storage::ensure_private_dir(&settings.data_dir)?;
    let secret = token::generate_secret();
    crate::storage::write_private_atomically(&path, secret.as_bytes())?;
    tracing::warn!(path = %path.display(), "COMMONGROUND_JWT_SECRET is not set; generated a signing secret and stored it in the data folder. Set it explicitly when running more than one instance.");
    Ok(SecretString::from(secret))
}

fn run(listener: TcpListener, state: AppState) -> anyhow::Result<Server> {
    let body_limit = state.settings.body_limit_bytes;
    let frontend_dir = state.settings.frontend_dir.clone();
    let content_security_policy = routes::site::content_security_policy(&state.settings);
    let data = web::Data::new(state);
    let app = move || {
        let (app, openapi) = App::new()
            .into_utoipa_app()
            .openapi(routes::ApiDoc::openapi())
            .app_data(data.clone())
            .app_data(
                web::JsonConfig::default()
                    .limit(body_limit)
                    .error_handler(json_error),
            )
            .app_data(web::PathConfig::default().error_handler(path_error))
            .app_data(web::QueryConfig::default().error_handler(query_error))
            .configure(routes::config)
            .split_for_parts();
        let methods = routes::methods::RouteMethods::new(
            &openapi,
            &[
                "/api/v1/openapi.json",
                "/api/docs",
                "/api/v1/live",
                "/robots.txt",
                "/",
                "/index.html",
                "/assets/{file}",
            ],
        );
        let app = app
            .app_data(web::Data::new(methods))
            .app_data(web::Data::new(routes::document(openapi)))
            .route(
                "/api/v1/openapi.json",
                web::get().to(routes::docs::openapi_json),
            )
            .route("/api/docs", web::get().to(routes::docs::docs_page))
            .route("/robots.txt", web::get().to(routes::site::robots_txt))
            // The built front end's own answers; any other file of it is served by `Files` below.
            .route("/", web::get().to(routes::frontend::index))
            .route("/index.html", web::get().to(routes::frontend::index))
            .route("/assets/{file}", web::get().to(routes::frontend::asset))
            .route("/sw.js", web::get().to(routes::site::service_worker))
            .route(
                "/manifest.webmanifest",
                web::get().to(routes::site::web_app_manifest),
            )
            .route("/api/v1/live", web::get().to(routes::live::live))
            // Innermost, so metrics and the access log see what it refuses.
            .wrap(actix_web::middleware::from_fn(crate::edge::text_policy))
            .wrap(Compress::default())
            .wrap(
                DefaultHeaders::new()
                    .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
                    .add((header::X_FRAME_OPTIONS, "DENY"))
                    .add((header::REFERRER_POLICY, "strict-origin-when-cross-origin"))
                    // Kept where a handler set its own (the docs page).
                    .add((
                        header::CONTENT_SECURITY_POLICY,
                        content_security_policy.clone(),
                    )),
            )
            .wrap(actix_web::middleware::from_fn(crate::edge::locale))
            .wrap(actix_web::middleware::from_fn(crate::metrics::track))
            .wrap(actix_web::middleware::from_fn(echo_request_id))
            .wrap(TracingLogger::<telemetry::AccessLog>::new())
            // Outermost, so the logger never sees a token in the URL.
            .wrap(actix_web::middleware::from_fn(session::hide_query_token));
        if frontend_dir.is_dir() {
            app.service(
                Files::new("/", &frontend_dir)
                    .path_filter(|path, _| {
                        !routes::frontend::is_source_map(&path.to_string_lossy())
                    })
                    .default_handler(web::to(fallback)),
            )
            .default_service(web::to(fallback))
        } else {
            app.default_service(web::to(fallback))
        }
    };
    // What `HttpServer::listen` builds, spelled out so the dispatcher gets an upgrade service:
    // WebSockets leave the dispatcher after their handshake (`live::takeover`). The settings are
    // `HttpServer`'s defaults.
    let addr = listener.local_addr()?;
    let builder = Server::build()
        // Signals are handled in `run_until_stopped`, which closes live sessions first.
        .disable_signals()
        .shutdown_timeout(30);
    let graceful = builder.graceful_shutdown_signal();
    let server = builder
        .listen("commonground", listener, move || {
            let graceful = graceful.clone();
            // What `HttpServer` gives the application: not secure, the bound address as host.
            let config = AppConfig::__priv_test_new(false, addr.to_string(), addr);
            let upgrade_config = config.clone();
            let upgrade_app = app.clone();
            let upgrade = fn_factory(move || {
                let config = upgrade_config.clone();
                let factory = upgrade_app();
                async move {
                    // The same application, one instance per worker, answers upgrade requests.
                    let app = map_config(
                        factory
                            .into_factory()
                            .map_err(|err: actix_web::Error| err.error_response()),
                        move |_| config.clone(),
                    )
                    .new_service(())
                    .await?;
                    let app = Rc::new(app);
                    Ok::<_, ()>(fn_service(move |(req, framed)| {
                        crate::live::takeover::handle(app.clone(), req, framed)
                    }))
                }
            });
            HttpService::build()
                .graceful_shutdown_signal(move || {
                    let graceful = graceful.clone();
                    async move { graceful.notified().await }
                })
                .keep_alive(KeepAlive::default())
                .client_request_timeout(Duration::from_secs(5))
                .client_disconnect_timeout(Duration::from_secs(1))
                .h1_allow_half_closed(true)
                .local_addr(addr)
                .upgrade(upgrade)
                .finish(map_config(
                    app()
                        .into_factory()
                        .map_err(|err: actix_web::Error| err.error_response()),
                    move |_| config.clone(),
                ))
                .tcp()
        })?
        .run();
    Ok(server)
}

/// Returns the request id (also in every log line of the request) as `X-Request-Id`.
async fn echo_request_id(
    req: ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody>,
) -> Result<ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    let request_id = req.extensions().get::<RequestId>().copied();
    let mut response = next.call(req).await?;
    if let Some(id) = request_id.and_then(|id| HeaderValue::from_str(&id.to_string()).ok()) {
        response
            .headers_mut()
            .insert(header::HeaderName::from_static("x-request-id"), id);
    }
    Ok(response)
}

/// A known route asked with another method answers 405 with `Allow`; unknown `/api` routes get
/// a problem document; anything else is a client-side route of the single-page front end,
/// answered with its `index.html`.
async fn fallback(
    req: HttpRequest,
    state: web::Data<AppState>,
    methods: web::Data<routes::methods::RouteMethods>,
) -> HttpResponse {
    let path = req.path();
    if let Some(allow) = methods.not_allowed(req.method().as_str(), path) {
        return AppError::MethodNotAllowed { allow }.error_response();
    }
    let is_api = path == "/api"
        || path.starts_with("/api/")
        || ["/healthz", "/readyz", "/metrics"].contains(&path);
    // A missing asset or a source map is a 404, not the page (which a browser would then cache
    // as a script, or which would hide a broken build).
    let is_file = path.starts_with("/assets/") || routes::frontend::is_source_map(path);
    if !is_api && !is_file && req.method() == actix_web::http::Method::GET {
        if let Some(page) = routes::frontend::index_page(&req, &state).await {
            return page;
        }
    }
    AppError::NotFound(
        crate::msg!(
            "request-no-such-route",
            method = req.method().as_str(),
            path = path
        )
        .into(),
    )
    .error_response()
}

fn json_error(err: JsonPayloadError, _req: &HttpRequest) -> actix_web::Error {
    let app_error = match &err {
        JsonPayloadError::Overflow { limit }
        | JsonPayloadError::OverflowKnownLength { limit, .. } => AppError::PayloadTooLarge {
            detail: crate::msg!("request-request-body-larger-than-limit", limit = *limit).into(),
        },
        JsonPayloadError::ContentType => AppError::UnsupportedMediaType {
            detail: crate::msg!("startup-send-body-as-json-with").into(),
        },
        JsonPayloadError::Deserialize(e) if e.is_eof() && e.line() == 1 && e.column() == 0 => {
            AppError::BadRequest(crate::msg!("startup-request-body-empty-json-object").into())
        }
        JsonPayloadError::Deserialize(e) => {
            AppError::BadRequest(crate::msg!("request-json-invalid", reason = e.to_string()).into())
        }
        other => AppError::BadRequest(
            crate::msg!("request-body-unreadable", reason = other.to_string()).into(),
        ),
    };
    actix_web::error::InternalError::from_response(err, app_error.error_response()).into()
}

fn path_error(err: PathError, _req: &HttpRequest) -> actix_web::Error {
    let app_error =
        AppError::BadRequest(crate::msg!("request-path-invalid", reason = err.to_string()).into());
    actix_web::error::InternalError::from_response(err, app_error.error_response()).into()
}

fn query_error(err: QueryPayloadError, _req: &HttpRequest) -> actix_web::Error {
    let app_error =
        AppError::BadRequest(crate::msg!("request-query-invalid", reason = err.to_string()).into());
    actix_web::error::InternalError::from_response(err, app_error.error_response()).into()
}
