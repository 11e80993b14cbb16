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
geo-unsupported = This browser cannot tell where you are. Fill in the place by hand instead.
geo-permission-denied = You did not let this page see where you are. Fill in the place by hand instead.
geo-timeout = Finding where you are took too long. Try again, or fill in the place by hand.
geo-unavailable = We could not find where you are. Fill in the place by hand instead.
