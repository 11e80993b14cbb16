# The service managers' dashboard and triage queue (council staff: plain but precise words).

## logic.ts: durations ("45 min", "5.2 h", "3.1 days")

dash-duration-minutes = { $minutes } min
dash-duration-hours = { $hours } h
# $days is the number with one decimal as shown; $count the same number, for the plural form.
dash-duration-days =
    { $count ->
        [one] { $days } day
       *[other] { $days } days
    }

## DashboardPage

dash-title = Dashboard
dash-organisation = Organisation
dash-forbidden = Only the organisation’s staff can see its dashboard.
dash-loading = Loading the figures…
dash-live = Live: the figures follow every change.
dash-sign-in-for-live = Sign in for live figures.
# $count: the neighbourhoods served; $days: the period response times are measured over.
dash-scope =
    Over { $count ->
        [one] { $count } neighbourhood
       *[other] { $count } neighbourhoods
    }; response times and pooling over the last { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
dash-now-heading = Now
dash-tile-open = Open issues
dash-tile-open-detail = { $open } new, { $acknowledged } acknowledged, { $inProgress } in progress
dash-tile-new-today = New today
dash-tile-this-week = { $count } this week
dash-tile-past-target = Past target time
dash-tile-time-to-acknowledge = Time to acknowledge
dash-tile-time-to-resolve = Time to resolve
# $p90: the time within which 90% of issues were acknowledged or resolved.
dash-tile-median = median; 90% within { $p90 }
dash-tile-duplicate-work = Duplicate work saved
dash-tile-pooling =
    { $reports ->
        [one] { $reports } report
       *[other] { $reports } reports
    } pooled into { $issues ->
        [one] { $issues } issue
       *[other] { $issues } issues
    }
dash-tile-tasks = Tasks
dash-tile-tasks-detail =
    open; { $staffed } staffed, { $done } done; { $hours ->
        [one] { $hours } volunteer hour
       *[other] { $hours } volunteer hours
    } this week
dash-tile-members-online = Members online
dash-trend-heading = Trend
dash-trend-caption = Last 30 days: new issues and resolutions per day
dash-trend-desc =
    { $created ->
        [one] { $created } new issue
       *[other] { $created } new issues
    } and { $resolved ->
        [one] { $resolved } resolution
       *[other] { $resolved } resolutions
    } in 30 days; at most { $max } in a day.
dash-trend-new = New
dash-trend-resolved = Resolved
dash-category-heading = Open issues by category
dash-col-category = Category
dash-col-open = Open
dash-col-acknowledged = Acknowledged
dash-col-in-progress = In progress
dash-col-past-target = Past target
dash-top-heading = Highest collective impact
dash-affected =
    { $count ->
        [one] { $count } neighbour affected
       *[other] { $count } neighbours affected
    }
dash-map-heading = Map of open issues
dash-map-truncated = The map shows the newest { $count } open issues.
dash-downloads-heading = Download the issues
dash-downloads-intro = Every issue in the neighbourhoods you serve, for a spreadsheet or a map.
dash-export-csv = Spreadsheet (CSV)
dash-export-csv-done = The spreadsheet is downloaded.
dash-export-geojson = Map data (GeoJSON)
dash-export-geojson-done = The map data is downloaded.

## DashboardMap: one circle per open issue

dash-map-issue = Issue
# $category: the issue's category; $status: its status, in lower case.
dash-map-marker =
    { $category }: { $status }, { $count ->
        [one] { $count } neighbour affected
       *[other] { $count } neighbours affected
    }
dash-map-label =
    { $count ->
        [one] Map of { $count } open issue
       *[other] Map of { $count } open issues
    }

## TriagePage: the organisation's triage queue

triage-title = Triage queue
triage-forbidden = Only the organisation’s staff can triage its issues.
triage-bulk-done =
    { $count ->
        [one] { $count } issue done.
       *[other] { $count } issues done.
    }
# $reasons: the server's reasons for refusing, as it worded them.
triage-bulk-done-refused =
    { $count ->
        [one] { $count } issue done
       *[other] { $count } issues done
    }; { $refused } refused: { $reasons }.
triage-note-first = Write the public note first: every issue gets it.
triage-merge-how = Select the duplicates, focus the issue to keep, and write a public note.
triage-filters = Filters
triage-filter-status = Status
triage-filter-status-default = Open, acknowledged and in progress
triage-filter-neighbourhood = Neighbourhood
triage-filter-all-served = All served
triage-filter-category = Category
triage-filter-all = All
triage-filter-assigned = Assigned
triage-filter-anyone = Anyone
triage-filter-to-me = To me
triage-filter-to-nobody = To nobody
triage-filter-order = Order
triage-order-impact = Collective impact
triage-order-newest = Newest
triage-order-oldest = Oldest
triage-bulk-actions = Bulk actions
triage-public-note = Public note
triage-new-status = New status
# The letter in brackets is the key for the action; the keys stay the same in every language.
triage-acknowledge = Acknowledge (a)
triage-set-status = Set status (s)
triage-assign-to-me = Assign to me (g)
triage-merge = Merge into focused (m)
triage-keys-help = Keys: j / k move, x selects, * selects all, a acknowledges, s sets the status, g assigns to you, m merges the selected into the focused issue.
triage-queue-label = Issues to triage
triage-empty = Nothing to triage here.
triage-loading = Loading…
triage-col-selected = Selected
triage-col-issue = Issue
triage-col-neighbourhood = Neighbourhood
triage-col-status = Status
triage-col-affected = Affected
triage-col-assigned = Assigned
triage-select = Select { $name }
triage-place-not-found = Place not found
