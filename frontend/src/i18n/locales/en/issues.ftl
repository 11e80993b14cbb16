# Shared issues: reporting a problem, the issue page, the list and the map.
# Terms: see docs/glossary.md (issue, report, supporter, neighbourhood, coordinator, place).

## logic.ts: statuses, counts, ages, form checks

issue-status-open = Open
issue-status-acknowledged = Acknowledged
issue-status-in-progress = In progress
issue-status-resolved = Resolved
issue-status-declined = Declined
issue-status-duplicate = Duplicate

# An issue's name in lists and links: its category, then where it is.
issue-name-with-place = { $category }, { $place }

issue-affected-count =
    { $count ->
        [one] { $count } neighbour affected
       *[other] { $count } neighbours affected
    }
issue-report-count =
    { $count ->
        [one] { $count } report
       *[other] { $count } reports
    }

issue-age-just-now = just now
issue-age-minutes =
    { $count ->
        [one] { $count } minute ago
       *[other] { $count } minutes ago
    }
issue-age-hours =
    { $count ->
        [one] { $count } hour ago
       *[other] { $count } hours ago
    }
issue-age-days =
    { $count ->
        [one] { $count } day ago
       *[other] { $count } days ago
    }
# $date is a formatted date, e.g. "1 Sept 2026".
issue-age-on-date = on { $date }

# What a supporter is told when an issue's status changes. $status is the status in lower case
# ("resolved"), $title the issue's name, $where the neighbourhood.
# The public note that came with a status change, quoted as written.
issue-council-says = The council says: “{ $note }”

issue-error-choose-category = Choose what kind of problem it is.
issue-error-describe = Describe the problem.
issue-error-description-too-long = Use at most { $max } characters (now { $count }).
issue-error-address-too-long = Use at most { $max } characters.
issue-error-latitude = Enter a latitude between -90 and 90.
issue-error-longitude = Enter a longitude between -180 and 180.
issue-error-no-place = Give the point (or use your location), or describe the place in the address field.

## ReportPage: reporting a problem

report-page-title = Report a problem
# $name is the neighbourhood's name.
report-page-title-in = Report a problem in { $name }
report-checking-session = Checking your session…
report-sign-in = <signin>Sign in</signin> or <signup>create an account</signup> to report a problem.
report-neighbourhood-not-found = Neighbourhood not found
report-neighbourhood-not-found-body = This neighbourhood does not exist, or it is private and you are not a member. <browse>Browse neighbourhoods</browse>.
report-loading = Loading…
report-loading-categories = Loading categories…
report-back-to = Back to { $name }
report-members-only = Only members of { $name } in good standing can report problems here. Join the neighbourhood first.
report-no-service = No public service takes reports for { $name } on Commonground yet.
report-intro = Tell the public services working in { $name } about a problem. If neighbours have already reported it, your report joins theirs.

report-label-category = What kind of problem is it?
report-label-latitude = Latitude
report-label-longitude = Longitude
report-label-address = Address or landmark
report-label-description = Describe the problem
report-label-photos = Photos (up to 3)

report-draft-restored = Your unsent report was restored.
report-draft-discard = Discard
# Read after "Discard" by screen readers.
report-draft-discard-which = the restored report
report-choose-category = Choose a category
# The group of categories that have none.
report-category-group-other = Other
report-location-legend = Location of the problem
report-location-hint = “Use my location” fills in the point if you are there; or type the address below. It must be inside { $name }.
report-use-my-location = Use my location
report-finding-you = Finding you…
report-address-hint = Or type the address: pick it from the list, and the report is put on the map there. For example “3 Mill Lane”.
report-description-hint = What is wrong, and anything that helps find it.
report-description-count = { $count } of { $max } characters
# $size is a size such as "8 MB".
report-photos-hint = Optional. Up to { $count } JPEG, PNG or WebP images, each { $size } or smaller; choose more to add them. They are shown to everyone who can see the issue, without their location data.
report-show-name = Show my name publicly with this report
report-show-name-hint = If you leave this off, neighbours see your report without your name. Coordinators and the public service always see who reported.
report-checking = Checking…
report-continue = Continue
report-sending = Sending…

report-queued = Saved — it will be sent when you’re back online.
report-queued-told = You will be told here when it has gone.

## ReportPage: "Is it one of these?"

report-pool-heading = Is it one of these?
report-pool-intro =
    { $count ->
        [one] Neighbours have already reported this problem near the place you gave. If yours is the same, add your report to it: one shared issue with more people affected carries more weight.
       *[other] Neighbours have already reported these problems near the place you gave. If yours is the same, add your report to it: one shared issue with more people affected carries more weight.
    }
report-pool-join = Add my report to this
# Read after "Add my report to this" by screen readers: the issue's category and how far it is.
report-pool-join-which = ({ $category }, { $distance })
report-pool-something-else = It’s something else
report-pool-back = Back to my report

## IssuePage: one shared issue

issue-not-found = Issue not found
issue-page-title-plain = Issue
issue-loading = Loading issue…
issue-not-found-body = This issue does not exist, or it belongs to a private neighbourhood you are not a member of. <browse>Browse neighbourhoods</browse>.
# Followed by the status badge.
issue-status-line = Status:
# After the status: the neighbourhood the issue is in, as a link.
issue-in-neighbourhood = in <neighbourhood>{ $name }</neighbourhood>
# $date and $time are formatted already.
issue-when = { $date } { $time }
issue-reported-joined =
    { $count ->
        [one] Thank you. Your report joined a shared issue: you’re one of { $count } neighbour reporting this.
       *[other] Thank you. Your report joined a shared issue: you’re one of { $count } neighbours reporting this.
    }
issue-reported-new = Thank you. Your report started a new shared issue; neighbours who report the same problem will join it.
issue-place-not-found-typed = We could not find “{ $address }” on the map, so your report is filed without a point. The neighbourhood’s coordinators will place it; neighbours reporting the same problem may not be offered yours until then.
issue-place-not-found-untyped = We could not find the address you gave on the map, so your report is filed without a point. The neighbourhood’s coordinators will place it; neighbours reporting the same problem may not be offered yours until then.
issue-duplicate-of = This problem was merged into <other>another issue</other>; follow that one.
issue-merged-live = This issue was merged into another report of the same problem.
# $status is the new status in lower case.
issue-now-status = This issue is now { $status }.
issue-saving = Saving…
issue-sending = Sending…

issue-details-heading = Details
issue-fact-category = Category
issue-fact-status = Status
issue-fact-where = Where
issue-fact-address = Address given
issue-fact-place-not-found = <badge>Place not found</badge> not on the map yet
issue-fact-location = Location
issue-fact-location-note = (the middle of its reports)
issue-fact-affected = Affected
issue-fact-reports = Reports
issue-fact-first-reported = First reported
issue-fact-latest-report = Latest report

issue-support-thanks = Thank you. You’re counted among the neighbours affected.
issue-support-affected = <strong>You’re affected.</strong> You will hear when its status changes.
issue-support-sign-in = <signin>Sign in</signin> to say this affects you too.
# $status is the status in lower case ("resolved").
issue-support-settled = This issue is { $status }.
issue-support-ask = Does this problem affect you too? Saying so adds you to the count, without writing a report.
issue-support-button = Affects me too
issue-support-members = Members of <neighbourhood>{ $name }</neighbourhood> can say this affects them too.

issue-reopen-thanks = Thank you. The issue is open again, and the people handling it are told.
issue-reopen-heading = Still a problem?
issue-reopen-note = What is still wrong
issue-reopen-note-optional = What is still wrong (optional)
issue-reopen-button = It’s still a problem

issue-place-label = Where is it?
issue-placed-at = Placed { $place }.
issue-placed-on-map = Placed on the map.
issue-place-pick = Type the address and pick it from the list.
issue-place-not-found = Place not found
issue-place-form-intro = The address given could not be put on the map. Find it, and the issue is placed there.
issue-placing = Placing…
issue-place-button = Put it here

issue-merge-into = Merge into
issue-merge-note = Public note about the merge
issue-merged = Merged. Its reports and supporters are now part of issue { $category }.
issue-merge-note-missing = Say why these are the same problem.
issue-merge-heading = Same problem as another issue?
issue-merge-looking = Looking for issues nearby…
# $radius is in metres.
issue-merge-none = No other open issue within { $radius } m to merge with.
# One choice: the issue's category, how far it is, how many are affected.
issue-merge-option = { $category }, { $distance }, { $affected }
issue-merging = Merging…
issue-merge-button = Merge into the chosen issue

issue-status-form-status = New status
issue-status-form-note = Public note
# $status is the new status in lower case.
issue-status-changed = Status changed to { $status }. Supporters are told.
issue-status-note-missing = Write a note for the neighbours.
issue-status-form-heading = Update the status
issue-status-form-note-hint = Everyone can read it, and every supporter is told. Say what happens next.
issue-status-form-button = Update status

issue-timeline-heading = Updates
issue-timeline-empty = No updates from the public service or coordinators yet.

issue-reports-heading = Reports ({ $count })
issue-reported-by = Reported by { $name }
issue-name-not-shown = Name not shown

## IssuePage: photos

photo-heading = Photos
photo-label = Photo { $number } of { $count } reported for this issue
# $label is the photo's name, e.g. "Photo 1 of 2 reported for this issue".
photo-not-loaded = { $label } (could not be loaded)
photo-loading = { $label } (loading…)
# Read after the photo's name by screen readers.
photo-opens-new-tab = (opens the full photo in a new tab)

## IssueList: the neighbourhood's problems

issue-list-heading = Problems reported here
issue-list-report = Report a problem
issue-list-members-only = Members of this neighbourhood can report problems here.
issue-filter-label = Filter problems
issue-filter-status = Status
issue-filter-any-status = Any status
issue-filter-category = Category
issue-filter-any-category = Any category
issue-sort-label = Order
issue-sort-newest = Newest first
issue-sort-impact = Most impact first (still open)
issue-sort-oldest-unresolved = Waiting longest (still open)
issue-map-hide = Hide the map
issue-map-show = Show the map
issue-list-loading = Loading problems…
issue-list-none-filtered = No problems match these filters.
issue-list-none = No problems have been reported here yet.
issue-list-load-more = Load more problems
# $attribution names where the place names come from (e.g. "© OpenStreetMap contributors").
issue-places-attribution = Places: { $attribution }
issue-summary-place-not-found = <badge>Place not found</badge> a coordinator will put it on the map
# $age is how long ago, e.g. "3 days ago" or "on 1 Sept 2026".
issue-summary-first-reported = First reported <time>{ $age }</time>

## IssueMap: the map of problems

issue-map-label = Map of problems in { $name }
issue-map-help = Arrow keys move the map and + and − zoom once it has focus; Tab reaches each problem on it, and Enter opens it. Problems reported only by address are in the list, not on the map.
issue-map-none = No located problems in this view.
issue-map-count =
    { $count ->
        [one] { $count } problem on the map.
       *[other] { $count } problems on the map.
    }
issue-map-limit = Showing the newest { $limit }: zoom in to see others.
issue-map-no-background = The map background could not be loaded; the problems are still shown.
issue-map-key = Map key
# The popup's line of counts: "3 neighbours affected · 2 reports".
issue-map-popup-counts = { $affected } · { $reports }
# A marker's name: "Pothole: Open, 3 neighbours affected".
issue-marker-label = { $category }: { $status }, { $affected }
issue-map-bad-data = The map data is not a GeoJSON FeatureCollection.

## Photos: choosing, checking and sending them (PhotoPicks, photos.ts, offline.ts)

photo-picks-label = Photos to send
# A photo without a file name.
photo-unnamed = Photo { $number }
photo-remove = Remove
# A size limit: "8 MB".
photo-megabytes = { $size } MB
photo-error-too-many =
    { $max ->
        [one] Choose at most { $max } photo; you chose { $count }.
       *[other] Choose at most { $max } photos; you chose { $count }.
    }
# $names lists the files, separated by commas.
photo-error-too-big = Each photo must be { $size } or smaller: { $names } is too large.
photo-error-wrong-type = Photos must be JPEG, PNG or WebP images: { $names } is not.
# Why a photo was not added (shown in brackets after its name).
photo-reason-too-big = it is larger than { $size }
photo-reason-wrong-type = it is not a JPEG, PNG or WebP image
photo-reason-too-many =
    { $max ->
        [one] a report can have at most { $max } photo
       *[other] a report can have at most { $max } photos
    }
photo-failed =
    { $count ->
        [one] Your report was sent, but 1 photo could not be added.
       *[other] Your report was sent, but { $count } photos could not be added.
    }
# $which lists each photo as "name (reason)", separated by semicolons.
photo-failed-which =
    { $count ->
        [one] Your report was sent, but 1 photo could not be added: { $which }.
       *[other] Your report was sent, but { $count } photos could not be added: { $which }.
    }
photo-failed-one = { $name } ({ $reason })
# Told while uploading, photo by photo.
photo-sending = Sending photo { $number } of { $count }…

## OfflineQueue: reports saved while offline

report-offline-sent = Your report saved while you were offline has been sent.
report-offline-sent-photos-failed =
    { $count ->
        [one] Your report saved while you were offline has been sent, but 1 photo could not be added.
       *[other] Your report saved while you were offline has been sent, but { $count } photos could not be added.
    }
report-offline-see-issue = See the issue
# $problem is the server's explanation, a full sentence.
report-offline-refused = A report saved while you were offline could not be sent: { $problem } It is back in the report form.
report-offline-open-form = Open the report form
report-offline-dismiss = Dismiss
# Read after "Dismiss" by screen readers.
report-offline-dismiss-which = this notice

## QuestionFields and questions.ts: the category's own questions

# $question is the question as the public service wrote it.
report-question-optional = { $question } (optional)
report-question-tick-all = Tick all that apply.
report-question-error-required = Answer “{ $question }”.
report-question-error-number = Enter a number for “{ $question }”.
report-question-error-datetime = Enter a date and time for “{ $question }”.

# Reporting for a neighbour without an account (AssistedReporterFields, ReportNeighbour).
report-neighbour-legend = Reporting for a neighbour without an account?
report-neighbour-checkbox = I am reporting this for a neighbour
report-neighbour-checkbox-hint = Someone at the door or on the phone who has no account. They count as affected, not you.
report-neighbour-label-name = Their name
report-neighbour-name-hint = What to call them. Only you, the coordinators and the council’s staff see it.
report-neighbour-label-consent = They agreed that I report this for them
report-neighbour-label-consent-short = They agreed
report-neighbour-label-email = Their e-mail address (optional)
report-neighbour-label-email-short = Their e-mail address
report-neighbour-label-phone = Their phone number (optional)
report-neighbour-label-phone-short = Their phone number
report-neighbour-what-they-get = What they will get: you are told each time the issue changes, so you can pass it on. Give their e-mail only if they want updates by e-mail: they get a message to confirm first. Give a phone number only if they are happy to be called about it. A coordinator removes their details whenever they ask.
report-neighbour-error-name = Give a name to call them by.
report-neighbour-error-name-long = Use at most { $max } characters.
report-neighbour-error-consent = Ask them first: report for them only if they agree.
report-neighbour-error-email = Check the e-mail address, or leave it empty.
report-neighbour-error-phone = Use digits, spaces and + ( ) - only, or leave it empty.
report-neighbour-for-a-neighbour = Reported on behalf of a neighbour
report-neighbour-erased = Reported on behalf of a neighbour. Their details were removed on request on { $when }.
report-neighbour-a-neighbour = a neighbour
report-neighbour-for-named = Reported on behalf of <name>{ $name }</name>
report-neighbour-email = E-mail
report-neighbour-phone = Phone
report-neighbour-agreed = Agreed
report-neighbour-recorded-by = Recorded by { $who }, { $when }
report-neighbour-recorded = Recorded { $when }
report-neighbour-removed = { $name }’s details were removed. The report and its support stay.
report-neighbour-remove = Remove their details
report-neighbour-remove-question = Remove { $name }’s name and contact from this report? The report and its support stay. This cannot be undone.
report-neighbour-removing = Removing…
report-neighbour-remove-confirm = Remove
report-neighbour-keep = Keep them
