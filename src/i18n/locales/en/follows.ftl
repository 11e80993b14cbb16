# E-mail to someone following an issue by e-mail without an account (domain::follow).
follow-hello = Hello,
follow-confirm-subject = Confirm you want to follow: { $title }
follow-confirm-asked = Someone, maybe you, asked us to e-mail them when this issue changes: { $title }.
follow-confirm-how = To get them, open the link below and press "Confirm". If it was not you, do nothing. We send nothing more unless you confirm.
follow-confirm-link = Confirm
follow-update-subject = { $title }: now { $status }
follow-update-now = The issue you follow is now { $status }.
follow-update-note = Note from the council: { $note }
follow-merged = This issue was joined with another one about the same problem. From now on you get e-mails about that one.
follow-reopened = A neighbour says it is still a problem, so it is open again.
follow-see-issue = See the issue
follow-unsubscribe = You get this e-mail because you follow this issue. To stop, unsubscribe:
follow-unsubscribe-link = Unsubscribe
# The issue's status, as the sentences above use it.
follow-status =
    { $status ->
        [open] open
        [acknowledged] seen by the council
        [in_progress] being worked on
        [resolved] fixed
        [declined] declined
       *[duplicate] joined with another issue
    }
# The one message a day, for followers who asked for that rather than one per change.
follow-digest-subject =
    { $count ->
        [one] { $title }: 1 change today
       *[other] { $title }: { $count } changes today
    }
follow-digest-intro = Here is what changed on the issue you follow, oldest first.
follow-digest-how-often = You asked for one e-mail a day at most. On the page below you can ask for an e-mail at every change instead, or stop them.
