# Notifications: the line in an e-mail (and an immediate e-mail's subject), and what it means.
# Titles, names, notes and reasons are people's own words, filled in as they are.
notice-issue-status-changed =
    “{ $title }” is now { $status ->
        [in_progress] in progress
        [duplicate] a duplicate
       *[other] { $status }
    }: { $note }
notice-issue-status-changed-untitled =
    An issue you support is now { $status ->
        [in_progress] in progress
        [duplicate] a duplicate
       *[other] { $status }
    }: { $note }
notice-assisted-issue-status-changed =
    “{ $title }”, which you reported for { $named ->
        [yes] { $neighbours }
       *[no] a neighbour
    }, is now { $status ->
        [in_progress] in progress
        [duplicate] a duplicate
       *[other] { $status }
    }: { $note }
notice-issue-merged = An issue you support was merged into another one
notice-issue-merged-at = An issue you support ({ $place }) was merged into another one
notice-issue-reopened = An issue was reopened: { $note }
notice-issue-reopened-at = An issue ({ $place }) was reopened: { $note }
notice-invitation-received = You are invited to join; accept or decline
notice-membership-added = You were added as a member
notice-membership-approved = Your request to join was approved
notice-membership-rejected = Your request to join was declined
notice-role-changed = Your role is now { $role }
notice-suspended = Your membership was suspended
notice-reinstated = Your membership was reinstated
notice-removed = You were removed from the neighbourhood
notice-task-lease-expiring = Your claim on “{ $task }” lapses soon; check in
notice-task-lease-expired = Your claim on “{ $task }” lapsed
notice-task-cancelled = “{ $task }” was cancelled: { $reason }
notice-task-work-verified = Your work on “{ $task }” was verified
notice-task-work-rejected = Your work on “{ $task }” was not verified
notice-mentioned = { $by } mentioned you in a discussion
notice-reply = { $by } replied to your post
notice-post-hidden-automatically = Your post was hidden after members flagged it; a coordinator will review it
notice-post-hidden = A coordinator hid your post: { $reason }
notice-post-restored-why = Your post is visible again: { $reason }
notice-post-restored = Your post is visible again
notice-post-flagged = A post was flagged for review: { $reason }
# A notice's line with the neighbourhood it happened in.
notice-in-place = { $line } ({ $place })

notice-detail-issue-status-changed = The issue's page shows its whole history.
notice-detail-assisted-issue-status-changed = They have no account, so they hear it from you: please pass the update on.
notice-detail-issue-merged = Your support now counts for the issue it was merged into.
notice-detail-issue-reopened = It needs looking at again.
notice-detail-invitation-received = Open your invitations to accept or decline.
notice-detail-membership-added = You can now take part in the neighbourhood.
notice-detail-membership-rejected = You can ask a coordinator why.
notice-detail-role-changed = What you may do there has changed.
notice-detail-suspended = You can still read, but not take part, until it ends.
notice-detail-reinstated = You can take part again.
notice-detail-removed = You no longer take part in the neighbourhood.
notice-detail-task-lease-expiring = Check in or extend your claim, or it goes back to the others.
notice-detail-task-lease-expired = The slot is open again for someone else.
notice-detail-task-cancelled = Your claim on it has ended.
notice-detail-task-work-verified = Your hours count for the neighbourhood.
notice-detail-task-work-rejected = See what is missing, then report it done again.
notice-detail-mentioned = Open the discussion to read the post.
notice-detail-reply = Open the discussion to read the reply.
notice-detail-post-hidden = Only you and the coordinators can still read it.
notice-detail-post-restored = Everyone can read it again.
notice-detail-post-flagged = Open the moderation queue to keep it or hide it; you are told once per post.

# The frame of every notification e-mail.
mail-digest-subject =
    { $count ->
        [one] Commonground: { $count } new notification
       *[other] Commonground: { $count } new notifications
    }
mail-greeting = Hello { $name },
mail-inbox = Your inbox
mail-change-preferences = Change what you receive

# E-mails about accounts and invitations.
mail-hello = Hello,
mail-invitation-subject = You are invited to join { $neighbourhood } on Commonground
mail-invitation-body = A coordinator of { $neighbourhood } invited this address to join the neighbourhood on Commonground.
mail-invitation-next = Nothing happens unless you accept. Sign in (or create an account with this address) to accept or decline; the invitation lapses after 14 days. If you did not expect this, ignore this message.
mail-invitation-link = See your invitations
mail-registration-attempt-subject = Someone tried to create a Commonground account with your address
mail-registration-attempt-body = Someone tried to create a new Commonground account with this e-mail address, which already has an account. No new account was made.
mail-registration-attempt-next = If it was you, sign in with your existing account. If it was not you, you need do nothing: your account is unchanged.
mail-registration-attempt-link = Sign in
