# Words shared by many pages: distances, labels of kinds and states.

distance-here = here
distance-metres-away = { $metres } m away
distance-km-away = { $km } km away

visibility-public = Public
visibility-private = Private
join-policy-open = Anyone can join
join-policy-approval = Coordinators approve new members
role-member = Member
role-coordinator = Coordinator
member-status-active = Active
member-status-pending = Request pending
member-status-suspended = Suspended

# Finding where you are (the report form's "Use my location").
geo-unsupported = This browser cannot share your location. Enter coordinates instead.
geo-permission-denied = Location permission was not given. Enter coordinates instead.
geo-timeout = Finding your location took too long. Try again or enter coordinates.
geo-unavailable = Your location could not be found. Enter coordinates instead.
