# Live updates (live/live.tsx): the indicator in the header. Words in <shown>…</shown> are
# visible; the rest of each sentence is read only by screen readers.

live-status-connecting = Live updates: <shown>Connecting…</shown>
live-status-connected = <shown>Live</shown> updates on
live-status-reconnecting = Live updates: <shown>Reconnecting…</shown>

# Problems worded in the browser (api/errors.ts): the server could not be reached, or said nothing.

api-network-title = Could not reach the server
api-network-detail = Check your connection and try again.
api-too-many-attempts = { $count ->
    [one] Too many attempts. Please wait { $count } second and try again.
   *[other] Too many attempts. Please wait { $count } seconds and try again.
}
api-something-went-wrong = Something went wrong.
