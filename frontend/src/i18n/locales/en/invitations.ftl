# Invitations: answering your own, and coordinators inviting by e-mail.

## InvitationsPage

invite-title = Invitations
invite-yours-title = Your invitations
invite-loading = Loading…
invite-sign-in = <link>Sign in</link> to see the invitations sent to your address. New here? <signup>Create an account</signup> with the address the invitation came to.

## parts: a row's button names the invitation it acts on ("Accept (invitation to Elm)")

invite-about = invitation to { $name }
invite-load-more = Load more invitations

## MyInvitations: the invitations waiting for your answer

invite-heading = Invitations
invite-joined = You joined { $name }.
invite-declined = You declined the invitation to { $name }.
invite-go-to = Go to { $name }
invite-list-loading = Loading invitations…
invite-none-waiting = You have no invitations waiting.
invite-invited-to = You are invited to join { $name }
invite-until = Until { $date }
invite-accept = Accept
invite-decline = Decline

## InvitationManager: for coordinators

invite-email-label = Email address
invite-sent = Invitation sent to { $email }. If they accept, they'll join.
invite-withdrawn = The invitation to { $email } was withdrawn.
invite-manager-heading = Invite by e-mail
invite-email-hint = They get an invitation to accept or decline; nobody is added without agreeing.
invite-sending = Sending…
invite-send = Send invitation
invite-pending-heading = Pending invitations
invite-pending-none = No invitations are waiting for an answer.
invite-withdraw = Withdraw
