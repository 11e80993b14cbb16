# Discussions: threads, posts and their moderation.

## logic.ts: checks and counts

post-error-empty = Write something first.
post-error-too-long = Keep it to { $max } characters.
thread-error-title-length = Give the thread a title of { $min } to { $max } characters.
moderation-error-reason-empty = Say why, so the coordinators can decide.
moderation-error-reason-too-long = Keep the reason to { $max } characters.
post-new-count =
    { $count ->
        [one] { $count } new post
       *[other] { $count } new posts
    }
post-unread-count =
    { $count ->
        [one] { $count } unread post
       *[other] { $count } unread posts
    }

## logic.ts: the moderation log, one line per action

moderation-log-a-coordinator = A coordinator
moderation-log-post-hidden =
    { $hasUser ->
        [yes] { $actor } hid a post by { $user }
       *[no] { $actor } hid a post
    }
moderation-log-post-auto-hidden =
    { $hasUser ->
        [yes] A post was hidden automatically after flags (by { $user })
       *[no] A post was hidden automatically after flags
    }
moderation-log-post-restored =
    { $hasUser ->
        [yes] { $actor } restored a post by { $user }
       *[no] { $actor } restored a post
    }
moderation-log-flags-dismissed =
    { $hasUser ->
        [yes] { $actor } dismissed the flags on a post by { $user }
       *[no] { $actor } dismissed the flags on a post
    }
moderation-log-post-deleted =
    { $hasUser ->
        [yes] { $actor } deleted a post by { $user }
       *[no] { $actor } deleted a post
    }
moderation-log-thread-locked = { $actor } locked a thread
moderation-log-thread-unlocked = { $actor } unlocked a thread
moderation-log-thread-pinned = { $actor } pinned a thread
moderation-log-thread-unpinned = { $actor } unpinned a thread
moderation-log-member-suspended =
    { $hasUser ->
        [yes] { $actor } suspended { $user }
       *[no] { $actor } suspended a member
    }
moderation-log-member-reinstated =
    { $hasUser ->
        [yes] { $actor } reinstated { $user }
       *[no] { $actor } reinstated a member
    }
moderation-log-neighbour-details-erased =
    { $hasUser ->
        [yes] { $actor } removed the details of a neighbour reported for by { $user }
       *[no] { $actor } removed the details of a neighbour reported for by a member
    }
moderation-log-member-removed =
    { $hasUser ->
        [yes] { $actor } removed { $user }
       *[no] { $actor } removed a member
    }
# An action this version has no words for: its server name, with underscores as spaces.
moderation-log-other = { $actor } { $action }

## DiscussionPanel: the discussion of an issue or a task

thread-discussion-heading = Discussion
thread-start-issue-discussion = Start the discussion of this issue
thread-start-task-discussion = Start the discussion of this task
thread-discussion-none = No discussion yet. Members of the neighbourhood can start one.

## ThreadsPage: a neighbourhood's threads

thread-subject-issue = Issue discussion
thread-subject-task = Task discussion
thread-pinned = Pinned
thread-locked = Locked
thread-post-count =
    { $count ->
        [one] { $count } post
       *[other] { $count } posts
    }
# <time> holds how long ago ("3 hours ago").
thread-last-activity = last activity <time>{ $age }</time>
thread-started-by = started by { $name }
thread-list-title = Discussions
thread-list-title-in = Discussions · { $name }
thread-back-to = Back to { $name }
moderation-link = Moderation
thread-list-heading = Threads
thread-list-loading = Loading threads…
thread-list-empty = No threads yet. Start the first one.
thread-list-more = More threads
thread-new-heading = Start a thread
thread-new-sign-in = <link>Sign in</link> to start a thread.
thread-new-members-only = Members of the neighbourhood in good standing can start threads.
thread-new-title-label = Title
thread-new-first-post = First post
thread-new-submit = Start the thread

## ThreadPage: one thread, and locking and pinning it

moderation-thread-heading = Moderate this thread
moderation-thread-reason = Reason (kept in the moderation log; needed to lock)
moderation-thread-lock = Lock
moderation-thread-unlock = Unlock
moderation-thread-pin = Pin
moderation-thread-unpin = Unpin
moderation-thread-locked = Thread locked.
moderation-thread-unlocked = Thread unlocked.
moderation-thread-pinned = Thread pinned.
moderation-thread-unpinned = Thread unpinned.
thread-not-found-title = Thread not found
thread-title = Thread
thread-loading-title = Loading thread…
thread-not-found = This thread does not exist, or you may not see it.
thread-all-threads = All threads
thread-the-issue = The issue
thread-the-task = The task

## Composer: writing a post

post-composer-hint = Links you paste work. Type @ and a name to mention a neighbour; “Preview” shows how it will look.
post-composer-error-prefix = Error:{" "}
post-composer-mention-list = Neighbours to mention
post-composer-preview-label = Preview
post-composer-preview = Preview
post-composer-keep-writing = Keep writing
post-cancel = Cancel
post-submit = Post

## PostItem: one post

post-former-member = A former member
post-deleted = #{ $seq } · This post was deleted.
post-replying-to = replying to { $name }
post-edited = edited
post-flag-count =
    { $count ->
        [one] { $count } flag
       *[other] { $count } flags
    }
post-hidden-under-review = This post is hidden while the coordinators review it.
post-hidden-from-others = Hidden from others: { $reason }
post-hidden-awaiting-review = Hidden from others: awaiting review
post-edit-label = Edit your post
post-save = Save
post-reactions = Reactions
post-reaction-hidden = reaction to the post by { $author }
post-reply = Reply
post-reply-hidden = to { $author }
post-reply-label = Reply to { $author }
post-edit = Edit
post-edit-hidden = your post
post-delete = Delete
post-delete-confirm = Delete this post? Its text is removed for good.
post-by-hidden = the post by { $author }
post-on-hidden = on the post by { $author }
post-flag = Flag
post-flagged-by-you = You flagged this.
post-flag-reason = Why should the coordinators look at this?
moderation-hide = Hide
moderation-hide-reason = Why hide it? (the author is told)
moderation-restore = Restore
moderation-dismiss-flags = Dismiss flags
post-earlier-versions = Earlier versions
post-earlier-versions-count = Earlier versions ({ $count })
# <time> holds how long ago ("3 hours ago").
post-written = Written <time>{ $age }</time>

## ThreadPosts: a thread's posts

post-list-label = Posts
post-list-loading = Loading posts…
post-list-more = Show more posts
post-add-label = Add a post
post-thread-locked = This thread is locked: no new posts.
post-members-only = Members of the neighbourhood in good standing can post here.
post-sign-in-to-post = Sign in as a member to post here.

## ModerationPage: the coordinators' queue and log

moderation-post-by = Post by { $author }
moderation-post-hidden = Hidden
moderation-post-visible = Visible
moderation-flags = Flags
moderation-a-member = A member
moderation-flag-line = { $name }: “{ $reason }”
moderation-decision-reason = Reason for your decision (the author is told)
moderation-keep-hidden = Keep hidden
moderation-hidden-done = Post by { $author } hidden.
moderation-restored-done = Post by { $author } restored.
moderation-dismissed-done = Flags dismissed.
moderation-title = Moderation
moderation-title-in = Moderation · { $name }
moderation-queue-heading = Waiting for a decision
moderation-loading = Loading…
moderation-queue-empty = Nothing is waiting. Thank you.
moderation-queue-more = More
moderation-log-heading = Moderation log
# <time> holds how long ago; $what is the action in words.
moderation-log-line = <time>{ $age }</time>: { $what }
moderation-log-line-reason = <time>{ $age }</time>: { $what } — “{ $reason }”
moderation-log-older = Older entries
