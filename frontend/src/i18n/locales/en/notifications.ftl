# Notifications: what each kind says, the bell, the inbox and the settings.

## notices.ts: one sentence per kind.
## Arguments: $where (the neighbourhood; $inPlace is yes when known), $place (where the issue is;
## $atPlace), $title (the task's; $task is titled, where or none), $reason ($hasReason), $by.

notif-a-neighbour = A neighbour
notif-link-issue = See the issue
notif-link-task = See the task
notif-link-thread = Open the thread
notif-link-neighbourhood = See the neighbourhood
notif-link-invitations = See your invitations
notif-link-moderation = Open the moderation queue
notif-issue-status-changed =
    { $titled ->
        [yes] “{ $issueTitle }”
       *[no] An issue you support
    }{ $inPlace ->
        [yes] {" "}in { $where }
       *[no] {""}
    } is now { $status ->
        [open] open
        [acknowledged] acknowledged
        [in_progress] in progress
        [resolved] resolved
        [declined] declined
        [duplicate] duplicate
       *[other] updated
    }.{ $hasNote ->
        [yes] {" "}The council says: “{ $note }”
       *[no] {""}
    }
notif-assisted-issue-status-changed =
    { $titled ->
        [yes] “{ $issueTitle }”
       *[no] An issue you reported for a neighbour
    }{ $inPlace ->
        [yes] {" "}in { $where }
       *[no] {""}
    } is now { $status ->
        [open] open
        [acknowledged] acknowledged
        [in_progress] in progress
        [resolved] resolved
        [declined] declined
        [duplicate] duplicate
       *[other] updated
    }.{ $hasNote ->
        [yes] {" "}The council says: “{ $note }”
       *[no] {""}
    } Please pass this on to { $named ->
        [yes] { $neighbours }
       *[no] the neighbour you reported it for
    }. They have no account, so they hear it from you.
notif-issue-merged =
    An issue you support{ $atPlace ->
        [yes] {" "}({ $place })
       *[no] {""}
    }{ $inPlace ->
        [yes] {" "}in { $where }
       *[no] {""}
    } was joined with another one about the same problem. Your support moved with it.
notif-issue-reopened =
    Neighbours say a fixed issue{ $atPlace ->
        [yes] {" "}({ $place })
       *[no] {""}
    }{ $inPlace ->
        [yes] {" "}in { $where }
       *[no] {""}
    } is still a problem. It is open again.
notif-invitation-received =
    { $inPlace ->
        [yes] You are invited to join { $where }. Accept or decline it.
       *[no] You are invited to join a neighbourhood. Accept or decline it.
    }
notif-membership-added =
    { $inPlace ->
        [yes] You were added to { $where }.
       *[no] You were added to a neighbourhood.
    }
notif-membership-approved =
    { $inPlace ->
        [yes] Your request to join { $where } was approved. Welcome!
       *[no] Your request to join a neighbourhood was approved. Welcome!
    }
notif-membership-rejected =
    { $inPlace ->
        [yes] Your request to join { $where } was declined.
       *[no] Your request to join a neighbourhood was declined.
    }
# $role: coordinator or member.
notif-role-changed =
    { $inPlace ->
        [yes]
            { $role ->
                [coordinator] You are now a coordinator in { $where }.
               *[other] You are now a member in { $where }.
            }
       *[no]
            { $role ->
                [coordinator] You are now a coordinator.
               *[other] You are now a member.
            }
    }
notif-suspended =
    Your membership{ $inPlace ->
        [yes] {" "}in { $where }
       *[no] {""}
    } is suspended{ $hasReason ->
        [yes] : { $reason }
       *[no] .
    }
notif-reinstated =
    { $inPlace ->
        [yes] Your membership in { $where } is active again.
       *[no] Your membership is active again.
    }
notif-removed =
    { $inPlace ->
        [yes] You were removed from { $where }.
       *[no] You were removed from a neighbourhood.
    }
# $state: in ($left is the time left, "11 hours 30 minutes"), expired, or soon (no time known).
notif-task-lease-expiring =
    Your place on { $task ->
        [titled] “{ $title }”
        [where] a task in { $where }
       *[none] a task
    } { $state ->
        [in] expires in { $left }
        [expired] has expired
       *[soon] expires soon
    }. Extend it, or it will be released.
notif-task-lease-expired =
    Your hold on { $task ->
        [titled] “{ $title }”
        [where] a task in { $where }
       *[none] a task
    } ran out, so the place was released.
notif-task-cancelled =
    { $task ->
        [titled] “{ $title }”, a task you signed up for,
        [where] A task you signed up for in { $where }
       *[none] A task you signed up for
    } was cancelled{ $hasReason ->
        [yes] : { $reason }
       *[no] .
    }
notif-task-work-verified =
    Your hours on { $task ->
        [titled] “{ $title }”
        [where] a task in { $where }
       *[none] a task
    } were verified. Thank you.
notif-task-work-rejected =
    Your work on { $task ->
        [titled] “{ $title }”
        [where] a task in { $where }
       *[none] a task
    } was sent back{ $hasReason ->
        [yes] : { $reason }
       *[no] .
    } Put it right and mark it done again.
notif-mentioned =
    { $inPlace ->
        [yes] { $by } mentioned you in { $where }.
       *[no] { $by } mentioned you.
    }
notif-reply =
    { $inPlace ->
        [yes] { $by } replied to your post in { $where }.
       *[no] { $by } replied to your post.
    }
notif-post-hidden =
    A post of yours{ $inPlace ->
        [yes] {" "}in { $where }
       *[no] {""}
    } was hidden{ $hasReason ->
        [yes] : { $reason }
       *[no] .
    }
notif-post-restored =
    { $inPlace ->
        [yes] A post of yours in { $where } was restored.
       *[no] A post of yours was restored.
    }
notif-post-flagged =
    A post{ $inPlace ->
        [yes] {" "}in { $where }
       *[no] {""}
    } was flagged for review{ $hasReason ->
        [yes] : { $reason }
       *[no] .
    }
# A kind this version has no words for: $kind is its server name ("Issue status changed").
notif-other-kind =
    { $inPlace ->
        [yes] { $kind } in { $where }.
       *[no] { $kind }.
    }
notif-kind-unnamed = Notification

## notices.ts: what the settings page offers to mute

notif-mute-kind-issue-status-changed = Status changes of issues I support
notif-mute-kind-assisted-issue-status-changed = Status changes of issues I reported for a neighbour
notif-mute-kind-issue-merged = Issues I support merged into another
notif-mute-kind-issue-reopened = Issues reopened (coordinators and service managers)
notif-mute-kind-task-lease-expiring = My task places about to run out
notif-mute-kind-task-lease-expired = My task places released
notif-mute-kind-task-cancelled = Tasks I signed up for cancelled
notif-mute-kind-task-work-verified = My volunteer hours verified
notif-mute-kind-task-work-rejected = My volunteer work sent back
notif-mute-kind-mentioned = Mentions of me in discussions
notif-mute-kind-reply = Replies to my posts
notif-mute-kind-role-changed = Changes to my role in a neighbourhood
notif-mute-kind-post-flagged = Posts flagged for review (coordinators)

## notices.ts: a muted subject. $kind: issue, task, thread, or other ($subject is then its server name).

notif-subject =
    { $kind ->
        [issue] An issue
        [task] A task
        [thread] A discussion
       *[other] { $subject }
    }

## NotificationBell and NotificationBanner

notif-bell = Notifications
notif-bell-unread =
    { $count ->
        [one] Notifications, { $count } unread
       *[other] Notifications, { $count } unread
    }
notif-dismiss = Dismiss
notif-dismiss-hidden = this notice

## NotificationsPage: the inbox

notif-title = Notifications
notif-loading = Loading…
notif-sign-in = <link>Sign in</link> to see your notifications.
notif-tabs = Notifications
notif-tab-all = All
notif-tab-unread = Unread
notif-tab-settings = Settings
notif-mark-all-read = Mark all read
notif-list-label = Your notifications
notif-all-caught-up = You are all caught up.
notif-none-yet = No notifications yet.
notif-unread-prefix = Unread:{" "}
notif-muted = Muted
notif-mark-read = Mark read
# After a button's word, for screen readers: which notification it acts on.
notif-about-hidden = : { $text }
notif-marked-read = Marked as read.
notif-nothing-unread = Nothing was unread.
notif-marked-all =
    { $count ->
        [one] Marked { $count } as read.
       *[other] Marked { $count } as read.
    }
notif-mute-subject =
    { $kind ->
        [issue] Mute an issue
        [task] Mute a task
        [thread] Mute a discussion
       *[other] Mute { $subject }
    }
notif-muted-done =
    { $kind ->
        [issue] Muted. An issue will no longer interrupt you; change this in your notification settings.
        [task] Muted. A task will no longer interrupt you; change this in your notification settings.
        [thread] Muted. A discussion will no longer interrupt you; change this in your notification settings.
       *[other] Muted. { $subject } will no longer interrupt you; change this in your notification settings.
    }

## NotificationPreferencesPage: the settings

notif-prefs-title = Notification settings
notif-prefs-sign-in = <link>Sign in</link> to change your notification settings.
notif-prefs-back = Back to your notifications
notif-prefs-mute-legend = Mute these kinds
notif-prefs-mute-hint = Muted notifications still go to your inbox, marked as read. They never ring the bell or send an e-mail.
notif-prefs-email-legend = E-mail
notif-prefs-email-unavailable = This server does not send e-mail at the moment.
notif-email-off = No e-mail
notif-email-immediate = An e-mail for each notification
notif-email-daily = One e-mail a day with what I have not read
notif-save = Save
notif-saving = Saving…
notif-saved = Saved.
notif-prefs-muted-heading = Muted issues, tasks and discussions
notif-prefs-muted-none = None. Mute one from a notification in your inbox.
notif-unmute = Unmute
notif-unmute-hidden =
    { $kind ->
        [issue] an issue
        [task] a task
        [thread] a discussion
       *[other] { $subject }
    }
notif-unmuted-done =
    { $kind ->
        [issue] An issue is no longer muted.
        [task] A task is no longer muted.
        [thread] A discussion is no longer muted.
       *[other] { $subject } is no longer muted.
    }
