//! Discussions and moderation: `/api/v1/neighbourhoods/{id}/threads`, `/api/v1/threads/{id}`,
//! `/api/v1/posts/{id}/...`, the discussion of an issue or task
//! (`/api/v1/issues/{id}/discussion`, `/api/v1/tasks/{id}/discussion`) and the coordinators'
//! queue and log. Posting and flagging are rate-limited per person (429 with `Retry-After`).

use actix_web::{delete, get, patch, post, put, web, HttpResponse};
use entity::ids::{NeighbourhoodId, PostId, ThreadId};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::{
    auth::{AuthUser, MaybeUser},
    domain::discussion::SubjectType,
    error::{AppResult, Problem},
    rate_limit::Limit,
    services::{
        discussions::moderation::{self, LogEntry, QueuedPost, ThreadChange},
        discussions::posts::PostView,
        discussions::{
            self, Discussion, FlagOutcome, MentionCandidate, NewPost, NewThread, PostFilter,
            Preview, RevisionView, ThreadDetail, ThreadFilter, ThreadView,
        },
    },
    state::AppState,
    support::pagination::{parse_limit, Page, PageQuery},
};

pub fn config(cfg: &mut ServiceConfig) {
    cfg.service(list_threads)
        .service(create_thread)
        .service(get_thread)
        .service(change_thread)
        .service(list_posts)
        .service(create_post)
        .service(mark_read)
        .service(edit_post)
        .service(delete_post)
        .service(revisions)
        .service(react)
        .service(flag)
        .service(hide)
        .service(restore)
        .service(queue)
        .service(log)
        .service(preview)
        .service(mentions)
        .service(issue_discussion)
        .service(post_issue_discussion)
        .service(task_discussion)
        .service(post_task_discussion);
}

/// Counts one action against the person's limit; 429 with `Retry-After` when over it.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ThreadsQuery {
    /// `general`, `issue` or `task`; all threads when absent.
    pub subject: Option<SubjectType>,
    pub cursor: Option<String>,
    pub limit: Option<u64>,
}

/// A neighbourhood's threads: pinned first, then by last activity, with the caller's unread
/// counts.
#[utoipa::path(tag = "discussions", params(("id" = Uuid, Path), ThreadsQuery), responses(
    (status = 200, body = Page<ThreadView>),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 422, body = Problem),
))]
#[get("/api/v1/neighbourhoods/{id}/threads")]
async fn list_threads(
    state: web::Data<AppState>,
    MaybeUser(viewer): MaybeUser,
    id: web::Path<NeighbourhoodId>,
    query: web::Query<ThreadsQuery>,
) -> AppResult<HttpResponse> {
    let q = query.into_inner();
    let filter = ThreadFilter {
        subject: q.subject,
        cursor: q.cursor,
        limit: parse_limit(q.limit)?,
    };
    let page = discussions::list_threads(&state.db, viewer.as_ref(), *id, filter).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Start a thread with its first post (members in good standing, service managers).
#[utoipa::path(tag = "discussions", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = NewThread, responses(
    (status = 201, body = ThreadDetail),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 422, body = Problem),
    (status = 429, body = Problem),
))]
#[post("/api/v1/neighbourhoods/{id}/threads")]
async fn create_thread(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<NeighbourhoodId>,
    body: web::Json<NewThread>,
) -> AppResult<HttpResponse> {
    state.limits.hit(Limit::Post, user.id).await?;
    let created =
        discussions::create_thread(&state.db, &state.live, &user, *id, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(created))
}

/// One thread with what the caller may do in it.
#[utoipa::path(tag = "discussions", params(("id" = Uuid, Path)), responses(
    (status = 200, body = ThreadDetail),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
))]
#[get("/api/v1/threads/{id}")]
async fn get_thread(
    state: web::Data<AppState>,
    MaybeUser(viewer): MaybeUser,
    id: web::Path<ThreadId>,
) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(discussions::get_thread(&state.db, viewer.as_ref(), *id).await?))
}

/// Lock, unlock, pin or unpin a thread (coordinators); logged with the reason.
#[utoipa::path(tag = "discussions", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = ThreadChange, responses(
    (status = 200, body = ThreadDetail),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 422, body = Problem),
))]
#[patch("/api/v1/threads/{id}")]
async fn change_thread(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<ThreadId>,
    body: web::Json<ThreadChange>,
) -> AppResult<HttpResponse> {
    let changed =
        moderation::change_thread(&state.db, &state.live, &user, *id, body.into_inner()).await?;
    Ok(HttpResponse::Ok().json(changed))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct PostsQuery {
    /// Posts after this number (e.g. the caller's read position); ignored with `cursor`.
    pub after_seq: Option<i64>,
    pub cursor: Option<String>,
    pub limit: Option<u64>,
}

/// A thread's posts, oldest first. Deleted posts are placeholders; hidden ones have no body
/// except for coordinators and their author.
#[utoipa::path(tag = "discussions", params(("id" = Uuid, Path), PostsQuery), responses(
    (status = 200, body = Page<PostView>),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 422, body = Problem),
))]
#[get("/api/v1/threads/{id}/posts")]
async fn list_posts(
    state: web::Data<AppState>,
    MaybeUser(viewer): MaybeUser,
    id: web::Path<ThreadId>,
    query: web::Query<PostsQuery>,
) -> AppResult<HttpResponse> {
    let q = query.into_inner();
    let filter = PostFilter {
        after_seq: q.after_seq,
        cursor: q.cursor,
        limit: parse_limit(q.limit)?,
    };
    let page = discussions::list_posts(&state.db, viewer.as_ref(), *id, filter).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Post in a thread, optionally as a reply (`parent_id`). Mentioned members and the parent's
/// author are notified.
#[utoipa::path(tag = "discussions", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = NewPost, responses(
    (status = 201, body = PostView),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 409, body = Problem),
    (status = 422, body = Problem),
    (status = 429, body = Problem),
))]
#[post("/api/v1/threads/{id}/posts")]
async fn create_post(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<ThreadId>,
    body: web::Json<NewPost>,
) -> AppResult<HttpResponse> {
    state.limits.hit(Limit::Post, user.id).await?;
    let created =
        discussions::create_post(&state.db, &state.live, &user, *id, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(created))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReadRequest {
    /// The last post number seen; the position only moves forward.
    pub seq: i64,
}

/// Record how far the caller has read (for unread markers).
#[utoipa::path(tag = "discussions", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = ReadRequest, responses(
    (status = 200, body = ThreadView),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 422, body = Problem),
))]
#[put("/api/v1/threads/{id}/read")]
async fn mark_read(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<ThreadId>,
    body: web::Json<ReadRequest>,
) -> AppResult<HttpResponse> {
    let view = discussions::mark_read(&state.db, &user, *id, body.seq).await?;
    Ok(HttpResponse::Ok().json(view))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EditRequest {
    /// The new Markdown.
    pub body: String,
}

/// Edit your post; it is marked edited and the earlier version kept for coordinators.
#[utoipa::path(tag = "discussions", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = EditRequest, responses(
    (status = 200, body = PostView),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 409, body = Problem),
    (status = 422, body = Problem),
))]
#[patch("/api/v1/posts/{id}")]
async fn edit_post(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<PostId>,
    body: web::Json<EditRequest>,
) -> AppResult<HttpResponse> {
    let edited = discussions::edit_post(&state.db, &state.live, &user, *id, &body.body).await?;
    Ok(HttpResponse::Ok().json(edited))
}

/// Delete a post (its author, or a coordinator): a placeholder keeps its place.
#[utoipa::path(tag = "discussions", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 200, body = PostView),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 409, body = Problem),
))]
#[delete("/api/v1/posts/{id}")]
async fn delete_post(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<PostId>,
) -> AppResult<HttpResponse> {
    let deleted = discussions::delete_post(&state.db, &state.live, &user, *id).await?;
    Ok(HttpResponse::Ok().json(deleted))
}

/// Earlier versions of an edited post, newest first (coordinators).
#[utoipa::path(tag = "discussions", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 200, body = Vec<RevisionView>),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
))]
#[get("/api/v1/posts/{id}/revisions")]
async fn revisions(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<PostId>,
) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(discussions::revisions(&state.db, &user, *id).await?))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReactionRequest {
    /// One of 👍 ❤️ 🎉 😮 🙏.
    pub reaction: String,
}

/// Give or take back a reaction (a toggle; one of each per person).
#[utoipa::path(tag = "discussions", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = ReactionRequest, responses(
    (status = 200, body = PostView),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 409, body = Problem),
    (status = 422, body = Problem),
))]
#[post("/api/v1/posts/{id}/reactions")]
async fn react(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<PostId>,
    body: web::Json<ReactionRequest>,
) -> AppResult<HttpResponse> {
    let post =
        discussions::toggle_reaction(&state.db, &state.live, &user, *id, &body.reaction).await?;
    Ok(HttpResponse::Ok().json(post))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PostReason {
    /// 1 to 500 characters.
    pub reason: String,
}

/// Flag a post with a reason (once per person). Enough distinct flags hide it until a
/// coordinator decides.
#[utoipa::path(tag = "discussions", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = PostReason, responses(
    (status = 201, body = FlagOutcome),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 409, body = Problem),
    (status = 422, body = Problem),
    (status = 429, body = Problem),
))]
#[post("/api/v1/posts/{id}/flags")]
async fn flag(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<PostId>,
    body: web::Json<PostReason>,
) -> AppResult<HttpResponse> {
    state.limits.hit(Limit::Flag, user.id).await?;
    let auto_hide = discussions::AutoHide {
        threshold: state.settings.flags_to_hide,
        min_account_age: chrono::Duration::seconds(state.settings.flag_min_account_age_secs as i64),
    };
    let outcome =
        discussions::flag(&state.db, &state.live, auto_hide, &user, *id, &body.reason).await?;
    Ok(HttpResponse::Created().json(outcome))
}

/// Hide a post, or confirm an automatic hiding (coordinators).
#[utoipa::path(tag = "discussions", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = PostReason, responses(
    (status = 200, body = PostView),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 409, body = Problem),
    (status = 422, body = Problem),
))]
#[post("/api/v1/posts/{id}/hide")]
async fn hide(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<PostId>,
    body: web::Json<PostReason>,
) -> AppResult<HttpResponse> {
    let post = moderation::hide_post(&state.db, &state.live, &user, *id, &body.reason).await?;
    Ok(HttpResponse::Ok().json(post))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OptionalReason {
    pub reason: Option<String>,
}

/// Restore a hidden post, or dismiss the flags on a visible one (coordinators).
#[utoipa::path(tag = "discussions", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = OptionalReason, responses(
    (status = 200, body = PostView),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 409, body = Problem),
    (status = 422, body = Problem),
))]
#[post("/api/v1/posts/{id}/restore")]
async fn restore(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<PostId>,
    body: web::Json<OptionalReason>,
) -> AppResult<HttpResponse> {
    let reason = body.into_inner().reason;
    let post =
        moderation::restore_post(&state.db, &state.live, &user, *id, reason.as_deref()).await?;
    Ok(HttpResponse::Ok().json(post))
}

/// Flagged and hidden posts waiting for a decision, newest first (coordinators).
#[utoipa::path(operation_id = "moderation_queue", tag = "discussions", security(("bearer" = [])), params(("id" = Uuid, Path), PageQuery), responses(
    (status = 200, body = Page<QueuedPost>),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 422, body = Problem),
))]
#[get("/api/v1/neighbourhoods/{id}/moderation/queue")]
async fn queue(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<NeighbourhoodId>,
    query: web::Query<PageQuery>,
) -> AppResult<HttpResponse> {
    let q = query.into_inner();
    let page = moderation::queue(&state.db, &user, *id, q.cursor, parse_limit(q.limit)?).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Who did what, to what, why and when, newest first (coordinators).
#[utoipa::path(tag = "discussions", security(("bearer" = [])), params(("id" = Uuid, Path), PageQuery), responses(
    (status = 200, body = Page<LogEntry>),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 422, body = Problem),
))]
#[get("/api/v1/neighbourhoods/{id}/moderation/log")]
async fn log(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<NeighbourhoodId>,
    query: web::Query<PageQuery>,
) -> AppResult<HttpResponse> {
    let q = query.into_inner();
    let page = moderation::log(&state.db, &user, *id, q.cursor, parse_limit(q.limit)?).await?;
    Ok(HttpResponse::Ok().json(page))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PreviewRequest {
    pub body: String,
}

/// Render a post as it would be stored (sanitised HTML and whom it mentions).
#[utoipa::path(tag = "discussions", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = PreviewRequest, responses(
    (status = 200, body = Preview),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 422, body = Problem),
))]
#[post("/api/v1/neighbourhoods/{id}/preview")]
async fn preview(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<NeighbourhoodId>,
    body: web::Json<PreviewRequest>,
) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(discussions::preview(&state.db, &user, *id, &body.body).await?))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct MentionQuery {
    /// The start of a name (or of any word in it), with or without `@`.
    #[serde(default)]
    pub q: String,
}

/// Members to complete an `@mention` (at most 10, by name).
#[utoipa::path(tag = "discussions", security(("bearer" = [])), params(("id" = Uuid, Path), MentionQuery), responses(
    (status = 200, body = Vec<MentionCandidate>),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 422, body = Problem),
))]
#[get("/api/v1/neighbourhoods/{id}/mentions")]
async fn mentions(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<NeighbourhoodId>,
    query: web::Query<MentionQuery>,
) -> AppResult<HttpResponse> {
    let found = discussions::mention_candidates(&state.db, &user, *id, &query.q).await?;
    Ok(HttpResponse::Ok().json(found))
}

/// The discussion of an issue (`thread` is null before its first post).
#[utoipa::path(tag = "discussions", params(("id" = Uuid, Path)), responses(
    (status = 200, body = Discussion),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
))]
#[get("/api/v1/issues/{id}/discussion")]
async fn issue_discussion(
    state: web::Data<AppState>,
    MaybeUser(viewer): MaybeUser,
    id: web::Path<Uuid>,
) -> AppResult<HttpResponse> {
    let found =
        discussions::discussion(&state.db, viewer.as_ref(), SubjectType::Issue, *id).await?;
    Ok(HttpResponse::Ok().json(found))
}

/// Post in an issue's discussion; the first post starts it.
#[utoipa::path(tag = "discussions", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = NewPost, responses(
    (status = 201, body = PostView),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 409, body = Problem),
    (status = 422, body = Problem),
    (status = 429, body = Problem),
))]
#[post("/api/v1/issues/{id}/discussion")]
async fn post_issue_discussion(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<NewPost>,
) -> AppResult<HttpResponse> {
    state.limits.hit(Limit::Post, user.id).await?;
    let input = body.into_inner();
    let created = discussions::post_to_discussion(
        &state.db,
        &state.live,
        &user,
        SubjectType::Issue,
        *id,
        input,
    )
    .await?;
    Ok(HttpResponse::Created().json(created))
}

/// The discussion of a task (`thread` is null before its first post).
#[utoipa::path(tag = "discussions", params(("id" = Uuid, Path)), responses(
    (status = 200, body = Discussion),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
))]
#[get("/api/v1/tasks/{id}/discussion")]
async fn task_discussion(
    state: web::Data<AppState>,
    MaybeUser(viewer): MaybeUser,
    id: web::Path<Uuid>,
) -> AppResult<HttpResponse> {
    let found = discussions::discussion(&state.db, viewer.as_ref(), SubjectType::Task, *id).await?;
    Ok(HttpResponse::Ok().json(found))
}

/// Post in a task's discussion; the first post starts it.
#[utoipa::path(tag = "discussions", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = NewPost, responses(
    (status = 201, body = PostView),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 409, body = Problem),
    (status = 422, body = Problem),
    (status = 429, body = Problem),
))]
#[post("/api/v1/tasks/{id}/discussion")]
async fn post_task_discussion(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<NewPost>,
) -> AppResult<HttpResponse> {
    state.limits.hit(Limit::Post, user.id).await?;
    let input = body.into_inner();
    let created = discussions::post_to_discussion(
        &state.db,
        &state.live,
        &user,
        SubjectType::Task,
        *id,
        input,
    )
    .await?;
    Ok(HttpResponse::Created().json(created))
}
