# Volunteer tasks: the task board, a task's page, the task form, verifying work, hours given and
# the calendar link. Terms: see docs/glossary.md (task, volunteer, claim, hours given, member).

## logic.ts: states, times, hours, countdowns, errors and live events

task-status-proposed = Awaiting approval
task-status-open = Needs people
task-status-staffed = Fully staffed
task-status-in-progress = In progress
task-status-done = Done
task-status-verified = Verified
task-status-cancelled = Cancelled

claim-status-active = Signed up
claim-status-checked-in = Checked in
claim-status-done = Done, awaiting verification
claim-status-verified = Verified
claim-status-released = Released
claim-status-expired = Hold ran out

hours-count = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
task-when-any-time = Any time

# A time left on a place, short ("47 h 12 min") and spelled out for screen readers.
claim-duration-s = { $count } s
claim-duration-min = { $count } min
claim-duration-h = { $count } h
claim-duration-d = { $count } d
claim-duration-seconds = { $count ->
    [one] { $count } second
   *[other] { $count } seconds
}
claim-duration-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
claim-duration-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
claim-duration-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
# Two units of a time left: "47 h 12 min".
claim-duration-pair = { $first } { $second }
# Said of a place: "Your place expires in 47 h 12 min".
claim-countdown-expires-in = expires in { $duration }
claim-countdown-expired = has expired

hours-error-enter = Enter the hours you worked, like 1.5.
hours-error-range = Enter between { $min } and { $max } hours.
hours-error-quarters = Use quarter hours, like 1, 1.25, 1.5 or 1.75.

claim-error-conflict = You cannot take a place on this task now. It may be full or closed, or you may have a place on it already. Or you may hold as many places as one person can at once ({ $max }).
claim-error-not-member = Only active members of this neighbourhood can take a place.

# The hours chart: "Week of 23 Nov 2026".
hours-week-of = Week of { $date }

# Live events on the board and a task's page. $named is "yes" when the task's $title is known.
# $filled is empty, or task-event-filled.
task-event-filled = {" "}({ $claimed } of { $slots } filled)
task-event-proposed = A task was proposed.
task-event-created = A new task was posted.
task-event-updated = { $named ->
    [yes] “{ $title }” was updated.
   *[no] A task was updated.
}
task-event-approved = { $named ->
    [yes] “{ $title }” was approved and needs people.
   *[no] A task was approved and needs people.
}
task-event-claimed = { $named ->
    [yes] Someone took a place on “{ $title }”{ $filled }.
   *[no] Someone took a place on a task{ $filled }.
}
task-event-released = { $named ->
    [yes] A place on “{ $title }” came free{ $filled }.
   *[no] A place on a task came free{ $filled }.
}
task-event-claim-extended = { $named ->
    [yes] A volunteer kept their place on “{ $title }” for longer.
   *[no] A volunteer kept their place on a task for longer.
}
task-event-lease-expired = { $named ->
    [yes] A hold on “{ $title }” ran out and the place came free{ $filled }.
   *[no] A hold on a task ran out and the place came free{ $filled }.
}
task-event-checked-in = { $named ->
    [yes] A volunteer checked in on “{ $title }”.
   *[no] A volunteer checked in on a task.
}
task-event-done = { $named ->
    [yes] Work on “{ $title }” was marked done.
   *[no] Work on a task was marked done.
}
task-event-verified = { $named ->
    [yes] Work on “{ $title }” was verified.
   *[no] Work on a task was verified.
}
task-event-rejected = { $named ->
    [yes] Work on “{ $title }” was sent back.
   *[no] Work on a task was sent back.
}
task-event-cancelled = { $named ->
    [yes] “{ $title }” was cancelled.
   *[no] A task was cancelled.
}
task-event-changed = { $named ->
    [yes] “{ $title }” changed.
   *[no] A task changed.
}

task-error-title-short = Give the task a title of at least { $min } characters.
task-error-too-long = Use at most { $max } characters.
task-error-description-long = Use at most { $max } characters (now { $length }).
task-error-slots = Enter how many people are needed: a whole number from 1 to { $max }.
task-error-lease-hours = Enter a whole number of hours from 1 to { $max }, or leave it empty for { $usual }.
task-error-date-time = Enter a date and time.
task-error-end-missing = Say when it ends too, or leave both empty for an open-ended task.
task-error-start-missing = Say when it starts too, or leave both empty for an open-ended task.
task-error-end-before-start = The end must be after the start.
task-error-skills = Name at most { $max } skills.

## TaskBits.tsx: the status badge, places, skills, the task card and the volunteering links

# "3 of 8 places filled"; <strong> marks the figures.
task-slots-filled = <strong>{ $claimed } of { $slots }</strong> { $slots ->
    [one] place
   *[other] places
} filled
task-skills = Skills
task-card-when = When:
task-card-my-place = You have a place
task-nav-label = Volunteering
task-nav-board = Task board
task-nav-verify = Verify work
task-nav-hours = Hours given

## TaskPage.tsx: one task, with the reader's place, managing it and who is helping

task-created-proposed = Thank you. Your proposal is waiting for a coordinator to approve it; then neighbours can take places.
task-created-open = The task is posted and open: neighbours can take places now.
# $status is a task status in lower case (task-status-*).
task-created-other = The task is saved. It is { $status }.

claim-extended-until = Your place is extended until { $time }.
claim-extended = Your place is extended.
# <countdown> becomes the ticking time left: "expires in 47 h 12 min" or "has expired" (claim-countdown-*).
claim-lease-open-ended = Your place <countdown></countdown>.
claim-lease-scheduled = Your place is held until the task ends; it <countdown></countdown>.
claim-lease-extend-hint = Extend it while you are still on it: it is then held for { $hours } from now.
claim-extending = Extending…
claim-extend = Extend my place

claim-done-hours = Hours you worked
claim-done-note = Note for the verifier (optional)
claim-done-thanks = Thank you. Your { $hours } are waiting for a neighbour to verify them.
claim-done-hours-hint = From { $min } to { $max }, in quarter hours: 1.5 is an hour and a half.
task-sending = Sending…
claim-mark-done = Mark done

claim-heading = Your place
claim-sign-in = <link>Sign in</link> to take a place on this task.
claim-hold-ran-out = Your hold on this task ran out.
claim-all-taken = Every place is taken. A place may come free later.
claim-awaiting-approval = This task is waiting for a coordinator to approve it.
# $status is a task status in lower case (task-status-*).
claim-closed = This task is { $status }: it takes no more people.
claim-members-only = Members of <link>{ $name }</link> can take places on its tasks.
claim-free-places = { $count ->
    [one] One place is free.
   *[other] { $count } places are free.
}
claim-free-places-begun = { $count ->
    [one] Work has begun. One place is free.
   *[other] Work has begun. { $count } places are free.
}
claim-taken = You have a place on this task. Thank you.
claim-taking = Taking a place…
claim-take = Take a place
claim-released = You gave up your place. Someone else can take it now.
claim-release = Give up my place
claim-have-place = You have a place.
claim-checked-in-announce = You are checked in. Mark the task done when you have finished.
claim-check-in = Check in
claim-checked-in = <strong>You are checked in.</strong> When you have finished, say how long you worked.
# $reason is the verifier's, as they wrote it.
claim-sent-back = Your work was sent back: { $reason }
claim-marked-done = You marked it done with { $hours }. A neighbour will verify it.
claim-verified = Your { $hours } are verified. Thank you.

task-approved = Approved. The task is open to volunteers.
task-cancelled-announce = The task is cancelled. Everyone with a place is told.
task-cancel-reason-missing = Say why, so the volunteers know.
task-manage-heading = Manage this task
task-approve = Approve the proposal
task-save-changes = Save changes
task-updated = The task is updated.
task-unchanged = Nothing was changed.
task-edit = Edit the task
task-cancel-reason = Reason for cancelling
task-cancel-reason-hint = Everyone with a place is told, with this reason.
task-cancel = Cancel the task

claim-list-heading = Who is helping
claim-list-empty = No one has taken a place yet.
# Someone without a display name.
claim-a-neighbour = A neighbour
claim-verify-link = Verify the work that is done

task-not-found-title = Task not found
task-title = Task
task-loading = Loading task…
task-not-found-body = This task does not exist, or it belongs to a private neighbourhood you are not a member of. <link>Browse neighbourhoods</link>.
# <status></status> becomes the task's status badge; <link> the neighbourhood.
task-status-in-neighbourhood = <status></status> in <link>{ $name }</link>
task-fully-staffed = fully staffed
# $reason is the coordinator's, as they wrote it.
task-cancelled-because = Cancelled: { $reason }
task-cancelled-note = Cancelled.
task-details = Details
task-fact-when = When
task-fact-where = Where
task-fact-status = Status
task-fact-skills = Skills
task-fact-accessibility = Accessibility
task-fact-equipment = Equipment
task-fact-lease = Places are held for
task-fact-lease-value = { $hours }, then extended or freed
task-fact-about = About
task-fact-about-issue = The reported problem
task-fact-hours = Hours given
task-fact-hours-verified = { $hours } verified

## TaskBoardPage.tsx: the task board, its tabs and filters

task-tab-needs-people = Needs people
task-tab-mine = Mine
task-tab-done = Done
task-tabs-label = Task lists
task-board-empty-needs-people = No tasks need people right now.
task-board-empty-mine = You have no places on tasks here.
task-board-empty-done = No finished tasks yet.
task-board-no-match = No tasks match these filters.
task-new = New task
task-propose = Propose a task
task-filters-label = Filter tasks
task-filter-skill = Skill
task-filter-from = From
task-filter-to = To
task-filters-apply = Apply filters
task-filters-clear = Clear filters
task-board-mine-sign-in = <link>Sign in</link> to see the tasks you have a place on.
task-board-loading = Loading tasks…
task-board-load-more = Load more tasks
task-board-title = Tasks
task-board-title-in = Tasks in { $name }
task-board-lede = Things neighbours can do together. Take a place on a task that needs people.
task-board-sign-in = <link>Sign in</link> to take a place on a task.

## NewTaskPage.tsx: posting or proposing a task

task-propose-members-only = Members of <link>{ $name }</link> can propose tasks. Join the neighbourhood first.
task-propose-sign-in = <link>Sign in</link> to propose a task.
task-new-lede = The task is open to volunteers as soon as you post it.
task-propose-lede = A coordinator checks your proposal first. Once they approve it, neighbours can take places on it.
task-post = Post the task
task-send-proposal = Send the proposal

## TaskForm.tsx: the fields of a task

task-field-title = Title
task-field-description = What needs doing (optional)
task-field-issue = Related problem (optional)
task-field-address = Where (optional)
task-field-starts-at = Starts (optional)
task-field-ends-at = Ends (optional)
task-field-slots = People needed
task-field-lease-hours = Hold a place for how many hours (optional)
task-field-skills = Skills (optional)
task-field-accessibility = Accessibility (optional)
task-field-equipment = Equipment (optional)
task-field-times-hint = Leave both times empty for a task that can be done any time.
task-field-lease-hours-hint = For tasks without times: how long a volunteer’s place is held before they must extend it. { $usual } if empty.
task-field-issue-hint = Hours given on this task then count towards that problem.
task-field-issue-none = None
task-field-issue-current = The problem linked now
task-field-skills-hint = Separate them with commas, like: gardening, driving. At most { $max }.
task-field-accessibility-hint = Step-free access, seating, quiet time: what helps people take part.
task-field-equipment-hint = What is provided, and what to bring.
task-saving = Saving…
task-cancel-editing = Cancel editing

## VerificationQueuePage.tsx: verifying the work neighbours marked done

verify-reason-missing = Say what needs putting right, so they can fix it.
verify-sent-back = Sent back to { $name }, with your reason.
# <time> holds $age: "2 hours ago", "on 3 Mar 2025".
verify-done-at = Done <time>{ $age }</time>
# The volunteer's note, as they wrote it, in quotation marks.
verify-note = “{ $note }”
verify-reason = What needs putting right?
verify-reason-hint = { $name } sees this, and the work goes back to them.
verify-send-back = Send back
# Button names for screen readers: each starts with the button's visible word.
verify-send-back-label = Send back work by { $name } on “{ $title }”
verify-keep = Keep it
verify-keep-label = Keep it in the queue
verify-verified = Verified { $hours } by { $name }. Thank you.
verify-verify = Verify
verify-verify-label = Verify work by { $name } on “{ $title }”
verify-send-back-open = Send back…
verify-send-back-open-label = Send back… work by { $name } on “{ $title }”
verify-queue-heading = Waiting for verification
verify-loading = Loading…
verify-queue-empty = Nothing is waiting. Work marked done appears here for a neighbour to verify.
verify-lede = Hours count once a neighbour who was not on the task confirms the work was done. Coordinators can verify any task.
verify-sign-in = <link>Sign in</link> to verify work.
verify-members-only = Members of <link>{ $name }</link> verify each other’s work.

## HoursPage.tsx, HoursChart.tsx, HoursTable.tsx: the neighbourhood's hours given

# A shared issue whose name has not loaded.
hours-issue-unnamed = A reported problem
hours-csv-heading = For coordinators
hours-csv-body = The hours of each volunteer, for your records and thank-yous. It is never shown on the site.
hours-csv-download = Download CSV
hours-csv-done = The CSV file is downloaded.
hours-loading = Loading hours…
# Under the total: "12.5 hours" / "verified hours of volunteering in Mill Lane, all together".
hours-total-meta = verified hours of volunteering in { $name }, all together
hours-by-task = By task
hours-by-task-empty = No task has verified hours yet.
hours-task = Task
hours-by-issue = By reported problem
hours-by-issue-empty = No hours are linked to reported problems yet.
hours-issue = Problem
hours-title-in = Hours given in { $name }
hours-period-legend = Show hours by
hours-week = Week
hours-month = Month
hours-verified-hours = Verified hours

# The sentence a screen reader hears for the chart. $total and $most are hours-count texts, $count
# the number of bars, $date the busiest week's first day ("23 Nov 2026") or month ("November 2026").
hours-chart-empty-short = No verified hours yet.
hours-chart-summary-weeks = { $total } over { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}.
hours-chart-summary-months = { $total } over { $count ->
    [one] { $count } month
   *[other] { $count } months
}.
hours-chart-summary-weeks-busiest = { $total } over { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}; the most in the week of { $date }: { $most }.
hours-chart-summary-months-busiest = { $total } over { $count ->
    [one] { $count } month
   *[other] { $count } months
}; the most in { $date }: { $most }.
hours-chart-caption-week = Verified hours by week
hours-chart-caption-month = Verified hours by month
hours-chart-empty = No verified hours yet: they appear here once work is verified.
# A gridline's label on the chart: "5 h".
hours-chart-tick = { $hours } h
hours-chart-as-table = The same figures as a table

## CalendarPanel.tsx: a private calendar link to the tasks you have a place on

calendar-turned-off = The calendar link is turned off. Calendars that used it no longer update.
calendar-renewed = A new calendar link is ready. The old one no longer works: update your calendar app.
calendar-ready = Your calendar link is ready. Add it to your calendar app as a subscription.
calendar-copied = The link is copied.
calendar-selected = The link is selected: copy it with your keyboard or menu.
calendar-heading = My calendar
calendar-intro = See the tasks you have a place on in your own calendar. The link is private: anyone who has it can see those tasks.
calendar-link = Your calendar link
calendar-copy = Copy
# The Copy button's name for screen readers; it starts with calendar-copy.
calendar-copy-label = Copy the calendar link
calendar-new-link = New link
calendar-turn-off = Turn off
calendar-working = Working…
calendar-get = Get my calendar link
calendar-turn-off-earlier = Turn off any earlier link
