# Problem titles (application/problem+json), one per problem type; the type URI never changes.
problem-validation-title = Your request has invalid fields
problem-bad-request-title = Bad request
problem-unauthenticated-title = Authentication required
problem-forbidden-title = Not allowed
problem-not-found-title = Not found
problem-method-not-allowed-title = Method not allowed
problem-conflict-title = Conflict
problem-gone-title = No longer available
problem-payload-too-large-title = Request body too large
problem-unsupported-media-type-title = Unsupported media type
problem-too-many-requests-title = Too many requests
problem-unavailable-title = Service unavailable
problem-internal-title = Internal server error

# Problem details that do not depend on the action.
problem-validation-detail = One or more fields are invalid; see `errors`.
problem-unavailable-detail = The service cannot handle the request right now; try again shortly.
problem-internal-detail = Something went wrong on our side.
problem-too-many-requests-detail =
    { $seconds ->
        [one] Too many requests; try again in { $seconds } second.
       *[other] Too many requests; try again in { $seconds } seconds.
    }
problem-method-not-allowed-detail = This address answers only { $allow }.
problem-conflict-exists = That already exists.
problem-conflict-missing-reference = Something the request refers to does not exist.

# A value the database refused (the text policy at the edge should stop such values first).
db-fault-unstorable-bytes = The request contains text with a byte the database cannot store (such as NUL).
db-fault-wrong-format = The request contains a value in the wrong format.
db-fault-number-out-of-range = The request contains a number out of range.
db-fault-too-long = The request contains a value that is too long.
db-fault-date-out-of-range = The request contains a date or time out of range.
db-fault-too-large = The request contains a value too large to handle.
db-fault-wrong-type = The request contains a value of the wrong type.
