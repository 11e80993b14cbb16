# Per-field validation messages (the field name is shown beside them).

## src/auth/token.rs

## src/domain/account.rs
account-must-valid-e-mail-address = must be a valid e-mail address
account-must-not-empty = must not be empty
account-must-not-contain-control-characters = must not contain control characters
account-must-iana-time-zone-name = must be an IANA time zone name such as Europe/Warsaw
account-must-at-least-min-characters = must be at least { $min } characters

## src/domain/category.rs

## src/domain/discussion.rs
account-must-at-most-max-characters = must be at most { $max } characters
task-must-min-max-characters = must be { $min } to { $max } characters
discussion-must-plain-text-one-line = must be plain text on one line

## src/domain/geo.rs
geo-latitude-must-between-90-90 = latitude must be between -90 and 90
geo-longitude-must-between-180-180 = longitude must be between -180 and 180
geo-radius-must-between-min-max = radius must be between { $min } and { $max } metres
geo-must-geojson-polygon-geometry = must be a GeoJSON Polygon geometry
geo-polygons-with-holes-are-not = polygons with holes are not supported
geo-polygon-ring-must-have-between = polygon ring must have between 4 and { $max } positions
geo-every-position-needs-longitude-latitude = every position needs a longitude and a latitude
geo-polygon-ring-must-closed-first = polygon ring must be closed (first position equals last)
geo-polygon-must-enclose-area = polygon must enclose an area

## src/domain/idempotency.rs
idempotency-idempotency-key-header-empty = The Idempotency-Key header is empty.
idempotency-idempotency-key-header-may-at = The Idempotency-Key header may be at most { $max } characters.
idempotency-idempotency-key-header-may-hold = The Idempotency-Key header may hold only visible ASCII characters (a UUID is a good key).

## src/domain/neighbourhood.rs
neighbourhood-must-between-min-max-characters = must be between { $min } and { $max } characters

## src/domain/photo.rs
photo-photo-empty = the photo is empty
photo-photos-must-jpeg-png-webp = photos must be JPEG, PNG or WebP
photo-image-declares-more-pixels-than = the image declares more pixels than its file holds

## src/routes/dashboard.rs
dashboard-required-set-status = is required for set_status
dashboard-required-merge = is required for merge

## src/routes/issues.rs
issue-must-min-lon-min-lat = must be min_lon,min_lat,max_lon,max_lat in degrees

## src/routes/places.rs
task-must-1-max = must be 1 to { $max }
issue-must-1-max-characters = must be 1 to { $max } characters

## src/services/accounts.rs
account-required-set-new-password = is required to set a new password
account-not-current-password = is not your current password

## src/services/discussions/mod.rs
discussion-not-post-thread = is not a post of this thread
discussion-must-not-negative = must not be negative

## src/services/discussions/moderation.rs
discussion-say-why-thread-locked = say why the thread is locked

## src/services/idempotency.rs
idempotency-key-was-already-used-different = This key was already used for a different request; use a new key for a new request.

## src/services/issues/mod.rs
issue-give-location-map-address = give a location on the map, or an address
issue-not-category-handled-neighbourhood = is not a category handled in this neighbourhood
issue-unknown = unknown
issue-public-note-1-max-characters = a public note of 1 to { $max } characters is required
issue-issue-cannot-merged-into-itself = an issue cannot be merged into itself
issue-not-issue-same-neighbourhood = is not an issue of the same neighbourhood

## src/services/issues/triage.rs
issue-me-none-user-id = is `me`, `none` or a user id
issue-name-1-max-issues = name 1 to { $max } issues
issue-not-organisation-s-staff = is not on this organisation's staff

## src/services/neighbourhoods/memberships.rs
neighbourhood-must-future-within-max-days = must be in the future and within { $max } days

## src/services/neighbourhoods/mod.rs
neighbourhood-give-either-boundary-center-with = give either a boundary or a center with radius_m, not both
neighbourhood-required-with-radius-m-unless = is required (with radius_m) unless a boundary is given
neighbourhood-required-with-center = is required with center
neighbourhood-must-0-more = must be 0 or more

## src/services/notifications/mod.rs
notification-at-most-max-kinds = at most { $max } kinds

## src/services/organisations/api_keys.rs
organisation-must-min-max-characters-plain = must be { $min } to { $max } characters of plain text

## src/services/organisations/categories.rs
task-must-between-min-max = must be between { $min } and { $max }
organisation-at-most-max-keywords-keywords = at most { $max_keywords } keywords of 1 to { $max_keyword_chars } characters
organisation-must-1-max-characters-z = must be 1 to { $max } characters of a-z, 0-9, _ and -

## src/services/organisations/mod.rs
organisation-no-account-uses-e-mail = no account uses this e-mail address

## src/services/tasks/mod.rs
task-required = is required
task-must-inside-neighbourhood = must be inside the neighbourhood
task-must-after-starts-at = must be after starts_at
task-give-both-starts-at-ends = give both starts_at and ends_at, or neither
task-must-min-max = must be { $min } to { $max }
task-held-people-hold-slot-release = { $held } people hold a slot; release claims before lowering it
task-at-most-max-skills-skills = at most { $max_skills } skills of up to { $max_skill_chars } characters
task-not-issue-neighbourhood = is not an issue of this neighbourhood
task-wanted-not-task-status = "{ $wanted }" is not a task status
task-must-after-from = must be after from
task-say-what-missing = say what is missing
task-must-at-most-max-characters = must be at most { $max } characters of plain text

## src/support/pagination.rs
neighbourhood-must-between-1-max = must be between 1 and { $max }

## src/support/sql.rs
support-must-at-most-max-chars = must be at most { $max_chars } characters

## src/domain/photo.rs (by hand)
photo-at-most-mib = a photo may be at most { $max } MiB
photo-not-an-image = the file is not an image
photo-too-large = the image is too large: at most { $side } pixels wide and high and { $megapixels } megapixels
photo-unreadable = the image could not be read
photo-unencodable = the image could not be encoded
geo-must-be-lat-lon = must be "lat,lon"
geo-latitude-not-number = latitude is not a number
geo-longitude-not-number = longitude is not a number
geo-polygon-no-ring = polygon has no ring
notification-mute-subject-format = must be thread:{"{"}id{"}"}, issue:{"{"}id{"}"} or task:{"{"}id{"}"}
notification-unknown-kind = `{ $kind }` is not a notification kind; the kinds are { $kinds }

## By hand
validation-rule-failed = is invalid ({ $rule })
request-name-not-blank = must contain visible characters, not only spaces, invisible or direction marks
text-nul = must not contain NUL characters (U+0000)
text-control = must not contain control characters (U+{ $code }); only line breaks and tabs are allowed
text-noncharacter = must not contain the noncharacter U+{ $code }
discussion-reaction-one-of = must be one of { $reactions }
