# Neighbourhoods: the directory, a neighbourhood's page, its members, starting one, and the printed leaflet.
# Terms: see docs/glossary.md (neighbourhood, member, coordinator, issue, task, hours given, place).

## Shared by the directory card and the neighbourhood page

nbh-member-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
nbh-open-to-join = Open to join
nbh-join-by-request = Join by request
nbh-finding-you = Finding you…
nbh-latitude = Latitude
nbh-longitude = Longitude

## NeighbourhoodCard

# $place: the street or place the neighbourhood was found by.
nbh-card-covers = Covers { $place }
nbh-card-request-pending = Request pending
nbh-card-you-are-member = You are a member

## Directory

nbh-directory-title = Neighbourhoods
nbh-directory-intro = Find your neighbourhood group, or <start>start one</start> if there is none yet.
nbh-search-label = Neighbourhoods
nbh-search-q = Name, street or postcode
nbh-search-q-hint = A neighbourhood’s name, or a street, postcode or place in it: pick a match from the list, or search.
nbh-search-no-place = No street, postcode or place matches “{ $q }”. Search looks for names too.
nbh-near-legend = Near a place (optional)
nbh-near-hint = Sort by distance from your location or from coordinates you enter.
nbh-near-me = Near me
nbh-search = Search
nbh-search-latitude-range = Enter a latitude between -90 and 90.
nbh-search-longitude-range = Enter a longitude between -180 and 180.
nbh-results-heading = Results
nbh-results-loading = Loading neighbourhoods…
nbh-results-none = No neighbourhoods yet.
nbh-results-none-match = No neighbourhoods match “{ $q }”.
nbh-results = { $count ->
    [one] Showing { $count } neighbourhood.
   *[other] Showing { $count } neighbourhoods.
}
nbh-results-nearest = { $count ->
    [one] Showing { $count } neighbourhood, nearest first.
   *[other] Showing { $count } neighbourhoods, nearest first.
}
nbh-results-matching = { $count ->
    [one] Showing { $count } neighbourhood matching “{ $q }”.
   *[other] Showing { $count } neighbourhoods matching “{ $q }”.
}
nbh-results-matching-nearest = { $count ->
    [one] Showing { $count } neighbourhood matching “{ $q }”, nearest first.
   *[other] Showing { $count } neighbourhoods matching “{ $q }”, nearest first.
}
# Said after the sentence above when more can be loaded.
nbh-results-more = There are more.
nbh-places-heading = By street, postcode or place
nbh-places-loading = Looking up places…
nbh-places-no-match = No street, postcode or place matches “{ $q }”.
nbh-places-none-cover = Places matching “{ $q }” were found, but no neighbourhood covers them yet.
nbh-places-covered = { $count ->
    [one] { $count } neighbourhood covers places matching “{ $q }”.
   *[other] { $count } neighbourhoods cover places matching “{ $q }”.
}
# $sources: the map data's credits, as the place search gives them.
nbh-places-attribution = Places: { $sources }

## CreateNeighbourhood

nbh-create-title = Start a neighbourhood
nbh-create-intro = You will be its first coordinator: you can approve members and share the role with others.
nbh-checking-session = Checking your session…
nbh-create-sign-in = <signin>Sign in</signin> or <signup>create an account</signup> to start a neighbourhood.
nbh-create-name = Name
nbh-create-name-hint = { $min } to { $max } characters.
nbh-create-description = Description (optional)
nbh-create-description-hint = What is this place, and what do neighbours want to do together?
nbh-create-visibility = Who can see it
nbh-create-public-hint = Anyone can find it and see what happens there.
nbh-create-private-hint = Only members can find it or see inside.
nbh-create-join-policy = How people join
nbh-create-open = Open
nbh-create-open-hint = Anyone can join straight away.
nbh-create-approval = By approval
nbh-create-where = Where it is
nbh-create-where-hint = The centre of the area as a map gives it (like 51.4545, -2.5879), and how far it reaches.
nbh-create-lat = Centre latitude
nbh-create-lon = Centre longitude
nbh-use-my-location = Use my location
nbh-create-radius = Radius in metres
nbh-create-radius-hint = From { NUMBER($min, useGrouping: 0) } to { NUMBER($max, useGrouping: 0) }.
nbh-creating = Creating…
nbh-create-submit = Create neighbourhood

## viewed (a neighbourhood that is not there)

nbh-not-found-title = Neighbourhood not found
nbh-not-found = This neighbourhood does not exist, or it is private and you are not a member.
nbh-not-found-browse = This neighbourhood does not exist, or it is private and you are not a member. <browse>Browse neighbourhoods</browse>.

## NeighbourhoodPage

nbh-page-title = Neighbourhood
nbh-page-loading = Loading neighbourhood…
nbh-online-count = { $count ->
    [one] { $count } neighbour online
   *[other] { $count } neighbours online
}
nbh-about-heading = About
nbh-no-description = No description yet.
nbh-fact-members = Members
nbh-fact-visibility = Visibility
nbh-fact-joining = Joining
nbh-fact-area = Area
nbh-fact-started = Started
# $center: the centre's coordinates, "51.45450, -2.58790".
nbh-area-radius = { $count ->
    [one] { $count } metre around { $center }
   *[other] { $count } metres around { $center }
}
nbh-area-boundary = Boundary centred on { $center }
nbh-orgs-heading = Public services working here
nbh-orgs-none = No public-service body serves this neighbourhood on Commonground yet.
nbh-activity-heading = Recent activity
nbh-activity-empty = Changes appear here as they happen.
nbh-leaflet-heading = Reach more neighbours
nbh-leaflet-invite = <print>Print a leaflet</print> with a QR code to this page, for letterboxes and noticeboards.
nbh-discussions-heading = Discussions
nbh-threads-link = Threads: talk it over with neighbours
nbh-moderation-link = Moderation queue and log
nbh-volunteering-heading = Volunteering
nbh-tasks-link = Task board: things that need people
nbh-hours-link = Hours given

## The live activity feed (describe.ts). $who: a person's name; the -you messages are about the reader.

nbh-feed-someone = Someone
nbh-feed-joined = { $who } joined
nbh-feed-joined-you = You joined
nbh-feed-requested = { $who } asked to join
nbh-feed-requested-you = You asked to join
nbh-feed-approved = { $who } became a member
nbh-feed-approved-you = You became a member
nbh-feed-left = { $who } left
nbh-feed-left-you = You left
nbh-feed-removed = { $who } was removed
nbh-feed-removed-you = You were removed
nbh-feed-now-coordinator = { $who } is now a coordinator
nbh-feed-now-coordinator-you = You are now a coordinator
nbh-feed-now-member = { $who } is now a member
nbh-feed-now-member-you = You are now a member
nbh-feed-withdrew = { $who } withdrew a request to join
nbh-feed-withdrew-you = You withdrew a request to join
nbh-feed-rejected = { $who }’s request to join was declined
nbh-feed-rejected-you = Your request to join was declined
nbh-feed-suspended = { $who } was suspended
nbh-feed-suspended-you = You were suspended
nbh-feed-reinstated = { $who } was reinstated
nbh-feed-reinstated-you = You were reinstated
nbh-feed-invited = Someone was invited to join
nbh-feed-invitation-declined = An invitation was declined
nbh-feed-invitation-withdrawn = An invitation was withdrawn
nbh-feed-updated = The neighbourhood’s details were updated
nbh-feed-started = The neighbourhood was started
nbh-feed-issue-reported = A new problem was reported
nbh-feed-issue-another-report = A problem got another report
nbh-feed-issue-new-supporter = Another neighbour reported a known problem
nbh-feed-issue-supported = Another neighbour is affected by a problem
nbh-feed-issue-status-changed = A problem’s status changed
nbh-feed-issue-open = A problem is now open again
nbh-feed-issue-acknowledged = A problem is now acknowledged
nbh-feed-issue-in-progress = A problem is now in progress
nbh-feed-issue-resolved = A problem is now resolved
nbh-feed-issue-declined = A problem is now declined
nbh-feed-issue-duplicate = A problem is now marked as a duplicate
# A status this version does not know, shown as the server names it.
nbh-feed-issue-status-other = A problem is now { $status }
# $place: where on the map, as the server words it.
nbh-feed-issue-placed = A problem was put on the map, { $place }

## MembershipPanel

member-heading = Your membership
member-sign-in-to-join = <signin>Sign in</signin> or <signup>create an account</signup> to join.
member-anyone-can-join = Anyone can join this neighbourhood.
member-coordinator-approves = A coordinator approves each request to join.
member-join = Join neighbourhood
member-request-to-join = Request to join
member-request-pending = <strong>Request pending.</strong> A coordinator will look at it soon.
member-withdraw-request = Withdraw request
member-suspended = Your membership is suspended.
member-you-are-member = You are a <strong>member</strong> here.
member-you-are-coordinator = You are a <strong>coordinator</strong> here.
member-leave = Leave neighbourhood
# $name: the neighbourhood's name.
member-joined = You joined { $name }.
member-left = You left { $name }.
member-request-sent = Your request to join was sent to the coordinators.
member-request-withdrawn = Your request was withdrawn.

## MemberList, PendingRequests ($name: the member's name)

member-list-heading = Members
member-list-members-only = The member list is visible to members of this neighbourhood.
member-list-loading = Loading members…
# After the reader's own name in the list.
member-you-suffix = (you)
member-joined-on = Joined { $date }
member-make-member = Make member
member-make-coordinator = Make coordinator
member-remove = Remove
member-now-member = { $name } is now a member.
member-now-coordinator = { $name } is now a coordinator.
member-removed = { $name } was removed.
member-load-more = Load more members
member-pending-heading = Pending requests
member-pending-none = No one is waiting to join.
member-asked-on = Asked on { $date }
member-approve = Approve
member-reject = Reject
member-request-declined = { $name }'s request was declined.
member-load-more-requests = Load more requests

## LeafletPage (the coordinators' page and the printed leaflet)

leaflet-title = Leaflet
leaflet-page-title = A leaflet for { $name }
leaflet-coordinators-only = Only the neighbourhood’s coordinators print its leaflet.
leaflet-back = Back to { $name }
leaflet-intro = Print this page for letterboxes, noticeboards, the library or the local shop. Its QR code leads to <page>{ $name }</page>.
leaflet-private-notice = { $name } is private: people who scan the code see it only once they are invited, so the leaflet asks them to get in touch. Add a contact below.
leaflet-contact-label = Contact to print (optional)
leaflet-contact-hint = A name and a phone number or e-mail for neighbours without the internet. It is printed only, never saved.
leaflet-print = Print the leaflet

# The printed leaflet: read by neighbours who have never used Commonground.
leaflet-kicker = Your neighbourhood group
leaflet-what-heading = What we do together
leaflet-what-report = <strong>Report problems</strong> like potholes, broken lights or fly-tipping. When neighbours report the same thing, it becomes one shared report, and everyone hears what the council does about it.
leaflet-what-talk = <strong>Talk things over</strong> with neighbours in the group’s discussions.
leaflet-what-help = <strong>Help out</strong> with small jobs that need a few people, and see the hours we give together.
leaflet-join-heading = Join us
leaflet-qr-alt = QR code for { $address }
leaflet-qr-failed = The QR code could not be loaded. Reload the page to try again.
leaflet-qr-loading = Loading the QR code…
leaflet-scan = Scan the code with your phone’s camera, or type this address into a web browser:
leaflet-join-private = The group is private: get in touch and we will invite you.
leaflet-join-open = Anyone who lives or works nearby can join: it takes a minute.
leaflet-join-approval = Ask to join, and one of us will welcome you in.
leaflet-join-other = Get in touch and we will help you join.
leaflet-how-to-report = To report a problem, open the group’s page and choose “Report a problem”.
leaflet-contact-heading = No internet? Ask us
leaflet-contact-offer = We can report a problem for you, or tell you how things are going.
