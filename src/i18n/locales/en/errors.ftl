# Problem details: why a request was refused.

## src/auth/extract.rs
auth-sign-send-authorization-bearer-access = Sign in and send `Authorization: Bearer <access token>`.
auth-authorization-header-must-bearer-token = The Authorization header must be `Bearer <token>`.
auth-access-token-invalid-has-expired = The access token is invalid, has expired or was revoked by signing out.

## src/auth/policy.rs
auth-only-neighbourhood-s-coordinators-can = Only the neighbourhood's coordinators can do this.
auth-only-members-can-see-who = Only members can see who belongs to this neighbourhood.
auth-only-platform-admins-can-do = Only platform admins can do this.
auth-only-organisation-s-staff-can = Only this organisation's staff can do this.

## src/demo/mod.rs
not-found-account = account not found
demo-email-already-has-account = { $email } already has an account

## src/edge.rs
request-form-not-valid-utf-8 = The form is not valid UTF-8.
request-url-path-not-valid-utf = The URL path is not valid UTF-8.
request-what-not-valid-utf-8 = The { $what } is not valid UTF-8.
request-query-string-not-valid = The query string is not valid.
request-body-must-json-object = The body must be a JSON object.

## src/live/event.rs
not-found-channel = channel not found

## src/routes/frontend.rs
frontend-there-no-asset-name = There is no asset { $name }.
frontend-there-no-front-end-built = There is no front end built here.

## src/routes/idempotency.rs
idempotency-send-one-header-header-not = Send one { $header } header, not several.
idempotency-header-header-must-visible-ascii = The { $header } header must be visible ASCII.

## src/routes/metrics.rs
metrics-metrics-need-operators-token = The metrics need the operators' token.

## src/routes/site.rs
site-there-no-name-front-end = There is no { $name }: the front end is not built.

## src/routes/tasks.rs
not-found-calendar = calendar not found

## src/services/accounts.rs
account-invalid-registration = invalid registration
account-e-mail-address-password-incorrect = The e-mail address or password is incorrect.
account-refresh-token-invalid-expired-revoked = The refresh token is invalid, expired or revoked; sign in again.

## src/services/dashboard/mod.rs
not-found-organisation = organisation not found
dashboard-organisation-does-not-serve-that = The organisation does not serve that neighbourhood.
dashboard-organisation-has-no-such-category = The organisation has no such category.

## src/services/discussions/mod.rs
not-found-thread = thread not found
discussion-thread-locked-no-new-posts = This thread is locked: no new posts.
discussion-that-post-was-deleted-hidden = That post was deleted or hidden; it cannot be replied to.
discussion-only-its-author-can-edit = Only its author can edit a post.
discussion-thread-locked-posts-cannot-changed = This thread is locked: posts cannot be changed.
discussion-only-its-author-coordinator-can = Only its author or a coordinator can delete a post.
discussion-post-was-already-deleted = This post was already deleted.
discussion-thread-locked = This thread is locked.
discussion-deleted-hidden-posts-cannot-get = Deleted or hidden posts cannot get reactions.
discussion-cannot-flag-own-post = You cannot flag your own post.
discussion-have-already-flagged-post = You have already flagged this post.
not-found-discussion = discussion not found

## src/services/discussions/moderation.rs
discussion-post-was-deleted = This post was deleted.
discussion-post-already-hidden = This post is already hidden.
discussion-post-visible-has-no-open = This post is visible and has no open flags.

## src/services/discussions/posts.rs
discussion-only-members-can-read-neighbourhood = Only members can read this neighbourhood's discussions.
not-found-post = post not found

## src/services/idempotency.rs
idempotency-request-with-idempotency-key-still = A request with this Idempotency-Key is still being handled; send it again shortly with the same key.

## src/services/issues/mod.rs
issue-join-neighbourhood-good-standing-report = Join the neighbourhood (and be in good standing) to report.
issue-that-issue-closed-report-as = That issue is closed; report it as a new problem.
issue-join-neighbourhood-support-its-issues = Join the neighbourhood to support its issues.
issue-issue-no-longer-open = This issue is no longer open.
issue-only-neighbourhood-s-coordinators-its-2 = Only the neighbourhood's coordinators and its service managers change an issue's status.
issue-only-members-good-standing-can-2 = Only members in good standing can say an issue is still a problem.
issue-only-people-affected-by-issue = Only people affected by this issue can say it is still a problem.
issue-only-issues-resolved-last-30 = Only issues resolved in the last 30 days can be reopened.
issue-only-neighbourhood-s-coordinators-its-3 = Only the neighbourhood's coordinators and its service managers merge issues.
issue-merged-issues-cannot-merged-again = Merged issues cannot be merged again; use the issue they point to.

## src/services/issues/photos.rs
issue-too-many-photos-are-being = Too many photos are being processed; try again shortly.
not-found-report = report not found
issue-only-members-good-standing-can = Only members in good standing can add photos.
issue-only-person-who-made-report = Only the person who made the report can add its photos.
issue-report-has-at-most-max = A report has at most { $max } photos.
not-found-photo = photo not found

## src/services/issues/placing.rs
issue-only-neighbourhood-s-coordinators-its = Only the neighbourhood's coordinators and its service managers place issues.
issue-issue-placed-already-its-point = This issue is placed already: its point is the mean of its reports'.

## src/services/issues/triage.rs
not-found-issue = issue not found

## src/services/neighbourhoods/invitations.rs
not-found-invitation = invitation not found
neighbourhood-invitation-has-already-been-answered = This invitation has already been answered or withdrawn.
neighbourhood-invitation-has-lapsed-ask-neighbourhood = This invitation has lapsed; ask the neighbourhood's coordinators for a new one.

## src/services/neighbourhoods/memberships.rs
not-found-member = member not found
neighbourhood-request-join-already-waiting-coordinator = Your request to join is already waiting for a coordinator.
neighbourhood-are-already-member-neighbourhood = You are already a member of this neighbourhood.
neighbourhood-are-last-coordinator-make-another = You are the last coordinator: make another member a coordinator before leaving.
neighbourhood-there-no-pending-request-from = There is no pending request from this person.
neighbourhood-approve-request-before-changing-role = Approve the request before changing the role.
neighbourhood-neighbourhood-needs-at-least-one = A neighbourhood needs at least one coordinator: appoint another first.
neighbourhood-cannot-suspend-yourself = You cannot suspend yourself.
neighbourhood-pending-requests-are-rejected-not = Pending requests are rejected, not suspended.
neighbourhood-make-coordinator-member-before-suspending = Make this coordinator a member before suspending them.
neighbourhood-member-not-suspended = This member is not suspended.
neighbourhood-use-leave-leave-neighbourhood-yourself = Use leave to leave a neighbourhood yourself.
neighbourhood-make-coordinator-member-before-removing = Make this coordinator a member before removing them.

## src/services/neighbourhoods/mod.rs
neighbourhood-invalid-neighbourhood = invalid neighbourhood
neighbourhood-events-after-since-are-no = Events after { $since } are no longer kept; reload the neighbourhood (latest seq is { $latest_seq }).

## src/services/notifications/mod.rs
not-found-notification = notification not found

## src/services/organisations/api_keys.rs
not-found-api-key = API key not found

## src/services/organisations/categories.rs
not-found-category = category not found
organisation-invalid-category = invalid category
organisation-organisation-already-has-category-with = This organisation already has a category with that code.

## src/services/organisations/mod.rs
not-found-neighbourhood = neighbourhood not found
organisation-invalid-organisation = invalid organisation
organisation-that-person-already-staff = That person is already on the staff.
not-found-staff-member = staff member not found
not-found-service-link = service link not found

## src/services/tasks/claims.rs
task-join-neighbourhood-good-standing-claim = Join the neighbourhood (and be in good standing) to claim a task.
task-every-slot-task-taken = Every slot on this task is taken.
task-have-already-claimed-task = You have already claimed this task.
task-already-hold-open-claims-open = You already hold { $open_claims } open claims; finish or release one first.
task-task-takes-no-claims = This task takes no claims.

## src/services/tasks/mod.rs
not-found-task = task not found
task-join-neighbourhood-good-standing-propose = Join the neighbourhood (and be in good standing) to propose a task.
task-sign-see-tasks = Sign in to see your tasks.
task-finished-task-cannot-edited = A finished task cannot be edited.
task-only-neighbourhood-s-coordinators-its = Only the neighbourhood's coordinators and its service managers can do this.
task-only-proposed-task-can-approved = Only a proposed task can be approved.
task-task-already-verified-cancelled = This task is already verified or cancelled.
task-suspended-members-cannot-do-until = Suspended members cannot do this until reinstated.
task-hold-no-claim-task = You hold no claim on this task.
task-claim-scheduled-task-lasts-until = A claim on a scheduled task lasts until the task ends; there is nothing to extend.
not-found-claim = claim not found
task-work-verified-by-coordinator-by = Work is verified by a coordinator or by a member with no claim on the task, never by the person who did it.
task-only-work-marked-done-can = Only work marked done can be verified or rejected.
task-only-neighbourhood-s-members-verify = Only the neighbourhood's members verify its volunteers' work.

## src/startup.rs
request-request-body-larger-than-limit = The request body is larger than the { $limit } byte limit.
startup-send-body-as-json-with = Send the body as JSON with `Content-Type: application/json`.
startup-request-body-empty-json-object = The request body is empty; a JSON object is expected.

## src/support/pagination.rs
support-cursor-not-one-list-produced = The cursor is not one this list produced.

## By hand
problem-record-not-found = What the request refers to was not found.
request-body-unreadable = The request body could not be read: { $reason }
request-json-invalid = The JSON body is not valid: { $reason }
request-path-invalid = The URL path is not valid: { $reason } (ids are UUIDs).
request-query-invalid = The query string is not valid: { $reason }
request-no-such-route = There is no { $method } { $path }.
text-url-path-nul = The URL path must not contain NUL characters (U+0000).
text-url-path-control = The URL path must not contain control characters (U+{ $code }); only line breaks and tabs are allowed.
text-url-path-noncharacter = The URL path must not contain the noncharacter U+{ $code }.
live-own-notifications-only = You can only subscribe to your own notifications.
photo-upload-unreadable = The upload could not be read: { $reason }
photo-upload-too-large = A photo may be at most { $max } MiB.
discussion-suspended = You are suspended in this neighbourhood and cannot take part until it ends.
discussion-pending = Your request to join is waiting for a coordinator; you can take part once approved.
discussion-join-to-take-part = Join the neighbourhood to take part in its discussions.
issue-join-to-support = Join the neighbourhood to support its issues.
issue-members-only-still-a-problem = Only members in good standing can say an issue is still a problem.
issue-already-status =
    This issue is already { $status ->
        [in_progress] in progress
        [duplicate] a duplicate
       *[other] { $status }
    }.
issue-status-cannot-change =
    An issue that is { $from ->
        [in_progress] in progress
        [duplicate] a duplicate
       *[other] { $from }
    } cannot be marked { $to ->
        [in_progress] in progress
        [duplicate] a duplicate
       *[other] { $to }
    }.
task-takes-no-claims =
    This task is { $status ->
        [in_progress] in progress
       *[other] { $status }
    } and takes no claims.
task-claim-cannot =
    A claim that is { $status ->
        [checked_in] checked in
       *[other] { $status }
    } cannot { $doing ->
        [release] be released
        [extend] be extended
        [check_in] check in
       *[done] be marked done (check in first)
    }.
issue-join-to-report = Join the neighbourhood (and be in good standing) to report.

# Assisted reports (a member reports for a neighbour without an account).
validation-assisted-consent = record that they agreed to your reporting this for them
validation-assisted-members-only = is for members' reports only
validation-phone = must be a phone number of at most { $max } characters: digits, spaces and + ( ) - .
not-found-assisted-report = report made for a neighbour not found
forbidden-erase-neighbour = Only the neighbourhood's coordinators remove a neighbour's details.

# Following an issue by e-mail: problems with the links.
follow-link-no-token = The link has no token.
follow-link-expired = This link has expired. Ask to follow the issue again.
follow-link-invalid = This link is not valid. Copy the whole link from the e-mail.
follow-ended = This follow has ended. Ask to follow the issue again.
follow-accepted = If this address can receive e-mail, a message with a link to confirm is on its way. Nothing is sent until the link is used.
