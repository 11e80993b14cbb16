/**
 * The Commonground API as the server describes it: generated from `commonground openapi` by
 * `npm run generate:api`. Do not edit; `npm run check:api` (part of `make test-frontend`) fails
 * when this file differs from what the current server describes. Import names through
 * `src/api/types.ts` and `src/api/kinds.ts`, not from here.
 */
export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password. */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: revokes the refresh token and every token from the same sign-in. */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a refresh token for a new token pair (the old refresh token is spent). */
        post: operations["refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account. The answer is the same whether the address was new or already has an
         *     account (whose owner is then told by e-mail): sign in next with the same credentials.
         */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's claimed tasks as iCalendar, for calendar apps (the link is the secret). */
        get: operations["calendar_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a category (the organisation's staff, platform admins). */
        patch: operations["update_category"];
        trace?: never;
    };
    "/api/v1/claims/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send reported work back with a reason. */
        post: operations["reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify someone else's reported work. */
        post: operations["verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client-config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Front-end settings (public). */
        get: operations["client_config"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follows/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm following an issue, with the token from the confirmation e-mail (repeating is fine).
         *     A POST, so a mail scanner that opens the link confirms nothing.
         */
        post: operations["confirm_follow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follows/frequency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change how often a follow by e-mail hears about its issue, with the token from one of its
         *     updates' unsubscribe link: a message per change, or at most one a day.
         */
        post: operations["change_follow_frequency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follows/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop following (RFC 8058 one-click: the e-mail's `List-Unsubscribe` address, posted with the
         *     form body `List-Unsubscribe=One-Click`, which is accepted but not required). No account, no
         *     cookie; repeating, or an ended follow, answers 204 too.
         */
        post: operations["unsubscribe_follow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One issue with its reports and public timeline. */
        get: operations["get_issue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{id}/discussion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The discussion of an issue (`thread` is null before its first post). */
        get: operations["issue_discussion"];
        put?: never;
        /** Post in an issue's discussion; the first post starts it. */
        post: operations["post_issue_discussion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{id}/follows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Follow an issue by e-mail, without an account. The same 202 whether the address is new,
         *     waiting for its confirmation or already following; a confirmation link is e-mailed unless one
         *     went out in the last minutes or the address already follows. Only issues anyone may see
         *     (a private neighbourhood's answer 404, as `GET /api/v1/issues/{id}` does to outsiders).
         */
        post: operations["follow_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{id}/location": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Place an issue whose address could not be placed ("place not found"); coordinators and
         *     service managers. Its place in words is computed and everyone watching sees `issue.placed`.
         */
        put: operations["set_location"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge this issue into another (coordinators, service managers): reports and supporters move;
         *     this one becomes `duplicate` and points to the other. Answers the target issue.
         */
        post: operations["merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** "Still a problem": a supporter reopens an issue resolved in the last 30 days; managers are told. */
        post: operations["reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the status with a public note (service managers, coordinators); every supporter is told. */
        post: operations["set_status"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{id}/support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** "Affects me too". */
        post: operations["support"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, their memberships and organisations. */
        get: operations["me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change display name, password, language or time zone. */
        patch: operations["update_me"];
        trace?: never;
    };
    "/api/v1/me/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new secret calendar link (the previous one stops working). */
        post: operations["new_calendar_link"];
        /** Turn the calendar link off. */
        delete: operations["turn_off_calendar"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your own verified hours. */
        get: operations["my_hours"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your pending invitations (to the address of your account), oldest first. */
        get: operations["mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/invitations/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: you become an active member. */
        post: operations["accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/invitations/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an invitation. */
        post: operations["decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mutes/{subject}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mute a thread, issue or task (`thread:{id}`, `issue:{id}`, `task:{id}`): its notifications
         *     are kept as read, never pushed or e-mailed.
         */
        put: operations["mute"];
        post?: never;
        /** Unmute it. */
        delete: operations["unmute"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What you receive: muted kinds and subjects, and e-mail. */
        get: operations["get_preferences"];
        /** Change muted kinds and the e-mail mode (`off`, `immediate`, `daily_digest`). */
        put: operations["put_preferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, newest first. */
        get: operations["list_notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all your notifications read. */
        post: operations["read_all"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of your notifications are unread. */
        get: operations["unread_count"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of your notifications read (`notifications.read` tells your other tabs). */
        post: operations["read_one"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/neighbourhoods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find neighbourhoods by name, near a point, or covering a point. */
        get: operations["list_neighbourhoods"];
        put?: never;
        /** Create a neighbourhood; you become its coordinator. */
        post: operations["create_neighbourhood"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One neighbourhood (private ones only to members, who otherwise get 404). */
        get: operations["get_neighbourhood"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a neighbourhood (coordinators). */
        patch: operations["update_neighbourhood"];
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The categories residents can report in here (those of the organisations serving it). */
        get: operations["for_neighbourhood"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The neighbourhood's event log after `since`, oldest first: the activity feed and the HTTP
         *     fallback of the live WebSocket.
         */
        get: operations["events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The neighbourhood's verified volunteer hours (never per person). */
        get: operations["hours"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}/hours/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everyone's verified hours, for coordinators' records (JSON or CSV). */
        get: operations["hours_by_person"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending invitations of a neighbourhood, oldest first (coordinators, admins). */
        get: operations["list_invitations"];
        put?: never;
        /**
         * Invite someone by e-mail (coordinators, admins). The answer is the same whether or not an
         *     account uses the address, or its owner is already a member.
         */
        post: operations["create_invitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}/invitations/{invitation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw a pending invitation (coordinators, admins). */
        delete: operations["revoke_invitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A neighbourhood's issues, newest first. */
        get: operations["list_issues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}/issues/nearby": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Active issues near a point ("is it one of these?"; 150 m by default), the same category first,
         *     then nearest; at most 20.
         */
        get: operations["nearby"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join (open neighbourhoods) or ask to join (approval neighbourhoods). */
        post: operations["join"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}/leaflet/qr.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The QR code of the neighbourhood's printable leaflet, as SVG: it leads to the neighbourhood's
         *     page on this site. For its coordinators and platform admins.
         */
        get: operations["leaflet_qr"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Leave, or withdraw a pending request. */
        post: operations["leave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members, in joining order. */
        get: operations["list_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member, or reject a pending request (coordinators). */
        delete: operations["remove_member"];
        options?: never;
        head?: never;
        /** Change a member's role (coordinators). */
        patch: operations["change_member"];
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}/members/{user_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a pending request (coordinators). */
        post: operations["approve_member"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}/members/{user_id}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a suspension early (coordinators). */
        post: operations["reinstate_member"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}/members/{user_id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend a member until a given time (coordinators). */
        post: operations["suspend_member"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}/mentions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members to complete an `@mention` (at most 10, by name). */
        get: operations["mentions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}/moderation/log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who did what, to what, why and when, newest first (coordinators). */
        get: operations["log"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}/moderation/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Flagged and hidden posts waiting for a decision, newest first (coordinators). */
        get: operations["moderation_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Render a post as it would be stored (sanitised HTML and whom it mentions). */
        post: operations["preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a problem; it pools into a shared issue where one exists. */
        post: operations["report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A neighbourhood's tasks, soonest first (open-ended ones after scheduled ones). */
        get: operations["list_tasks"];
        put?: never;
        /** Propose (members) or create (coordinators, service managers) a task. */
        post: operations["create_task"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A neighbourhood's threads: pinned first, then by last activity, with the caller's unread
         *     counts.
         */
        get: operations["list_threads"];
        put?: never;
        /** Start a thread with its first post (members in good standing, service managers). */
        post: operations["create_thread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/neighbourhoods/{id}/verification-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Work waiting for the caller to verify. */
        get: operations["verification_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All organisations, by name. */
        get: operations["list_organisations"];
        put?: never;
        /** Create an organisation (platform admins). */
        post: operations["create_organisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation and the public neighbourhoods it serves. */
        get: operations["get_organisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's API keys, newest first, without the keys themselves. */
        get: operations["list_api_keys"];
        put?: never;
        /**
         * Issue an Open311 API key (the organisation's staff, platform admins). The key is in this
         *     answer only.
         */
        post: operations["issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/api-keys/{key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key; requests presenting it are refused from now on. */
        delete: operations["revoke_api_key"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation's categories. */
        get: operations["for_organisation"];
        put?: never;
        /** Add a category (the organisation's staff, platform admins). */
        post: operations["create_category"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation's live dashboard figures over the neighbourhoods it serves (its staff and
         *     platform admins). Definitions in `docs/dashboard.md`.
         */
        get: operations["summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/issues/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation's issues as CSV (UTF-8 with a byte-order mark; cells that could run as
         *     formulas start with an apostrophe), streamed in id order.
         */
        get: operations["export_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/issues/export.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation's issues as a GeoJSON FeatureCollection (issues without a location have a
         *     `null` geometry), streamed in id order.
         */
        get: operations["export_geojson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/neighbourhoods/{neighbourhood_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record that the organisation serves a neighbourhood (platform admins). Idempotent. */
        put: operations["serve"];
        post?: never;
        /** Stop serving a neighbourhood (platform admins). */
        delete: operations["stop_serving"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's staff (its own staff and platform admins). */
        get: operations["list_staff"];
        put?: never;
        /** Add a staff member by e-mail (platform admins). */
        post: operations["add_staff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/staff/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a staff member (platform admins). */
        delete: operations["remove_staff"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/triage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation's triage queue over every neighbourhood it serves, by collective impact by
         *     default (its staff and platform admins).
         */
        get: operations["triage_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/triage/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Applies one action to a selection of the organisation's issues; answers what happened to each
         *     (`status` as the single action would have answered).
         */
        post: operations["bulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/photos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo (JPEG). */
        get: operations["full"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/photos/{id}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo's thumbnail (JPEG, at most 320 px). */
        get: operations["thumbnail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/places/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Places matching what was typed, best first. */
        get: operations["search_places"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a post (its author, or a coordinator): a placeholder keeps its place. */
        delete: operations["delete_post"];
        options?: never;
        head?: never;
        /** Edit your post; it is marked edited and the earlier version kept for coordinators. */
        patch: operations["edit_post"];
        trace?: never;
    };
    "/api/v1/posts/{id}/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Flag a post with a reason (once per person). Enough distinct flags hide it until a
         *     coordinator decides.
         */
        post: operations["flag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts/{id}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hide a post, or confirm an automatic hiding (coordinators). */
        post: operations["hide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts/{id}/reactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give or take back a reaction (a toggle; one of each per person). */
        post: operations["react"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore a hidden post, or dismiss the flags on a visible one (coordinators). */
        post: operations["restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Earlier versions of an edited post, newest first (coordinators). */
        get: operations["revisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/neighbour": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove, on their request, the name and contact of the neighbour a report was made for
         *     (the neighbourhood's coordinators). The report, the fact that it was made for a neighbour and
         *     the support count stay; the moderation log records it without the details.
         */
        delete: operations["erase_neighbour"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a photo to your report: the body is the image itself (JPEG, PNG or WebP, at most 8 MiB;
         *     the type is read from the content; at most 12,000 pixels a side and 40 megapixels). Stored
         *     re-encoded, without metadata. At most 3 per report. 503 with `Retry-After` when too many
         *     photos are being processed or waiting at once (answered before the body is read).
         */
        post: operations["upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One task with its claims. */
        get: operations["get_task"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a task (coordinators, service managers). */
        patch: operations["update_task"];
        trace?: never;
    };
    "/api/v1/tasks/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a member's proposal (coordinators). */
        post: operations["approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a task with a reason; every claimant is told. */
        post: operations["cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check in: you are there and working. */
        post: operations["check_in"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim a slot; 409 when full, not open, already claimed, or at the claim limit. */
        post: operations["claim_slot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/discussion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The discussion of a task (`thread` is null before its first post). */
        get: operations["task_discussion"];
        put?: never;
        /** Post in a task's discussion; the first post starts it. */
        post: operations["post_task_discussion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark your part done with the hours you gave. */
        post: operations["done"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Renew your lease on an open-ended task. */
        post: operations["extend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give your slot back. */
        post: operations["release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/threads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One thread with what the caller may do in it. */
        get: operations["get_thread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Lock, unlock, pin or unpin a thread (coordinators); logged with the reason. */
        patch: operations["change_thread"];
        trace?: never;
    };
    "/api/v1/threads/{id}/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A thread's posts, oldest first. Deleted posts are placeholders; hidden ones have no body
         *     except for coordinators and their author.
         */
        get: operations["list_posts"];
        put?: never;
        /**
         * Post in a thread, optionally as a reply (`parent_id`). Mentioned members and the parent's
         *     author are notified.
         */
        post: operations["create_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/threads/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record how far the caller has read (for unread markers). */
        put: operations["mark_read"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is alive. */
        get: operations["healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics in the text exposition format. When `COMMONGROUND_METRICS_TOKEN` is set,
         *     only with `Authorization: Bearer <token>`.
         */
        get: operations["metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/discovery.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where this endpoint is and which formats it speaks. */
        get: operations["discovery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search service requests: `service_request_id` (a comma list, overriding the rest) or
         *     `service_code`, `status` (open, closed), `start_date`, `end_date`; the latest 90 days by
         *     default, newest first, at most 1,000.
         */
        get: operations["requests"];
        put?: never;
        /**
         * File a service request (form-encoded, with the organisation's `api_key`); it pools into an
         *     existing issue exactly like a member's report.
         */
        post: operations["create_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests/{id}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service request (still a one-element list, as the specification says). */
        get: operations["request"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The services (categories) of a jurisdiction (an organisation; `jurisdiction_id` is its id). */
        get: operations["services"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services/{service_code}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service's definition: its extra questions (`attribute[CODE]` when requesting). */
        get: operations["service_definition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/tokens/{token}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The service request a `POST requests` token ended up in. */
        get: operations["token"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database (and Redis and the photo object store, when configured) can be reached. */
        get: operations["readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddStaffRequest: {
            /**
             * Format: email
             * @description E-mail address of an existing account.
             */
            email: string;
        };
        /**
         * @description One answer as a person reads it on the issue's page: the question, and the answer in words
         *     (a list's choices by their names, not their keys).
         */
        AnswerView: {
            question: string;
            datatype: components["schemas"]["Datatype"];
            /**
             * @description The names of the choices, joined with ", " for several; a date and time as RFC 3339 (the
             *     reader's app shows it in their time zone); text and numbers as given.
             */
            answer: string;
        };
        ApiKeyView: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The key's first characters. */
            prefix: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            last_used_at?: string | null;
            /** Format: date-time */
            revoked_at?: string | null;
        };
        Assignee: {
            /** Format: uuid */
            user_id: string;
            display_name: string;
        };
        /** @description One extra question asked with a report. */
        Attribute: {
            /** @description Unique within the category. */
            code: string;
            datatype: components["schemas"]["Datatype"];
            required?: boolean;
            /** @description The question as shown to the reporter. */
            description: string;
            datatype_description?: string | null;
            /** Format: int32 */
            order?: number;
            /** @description The choices, for the list datatypes. */
            values?: components["schemas"]["AttributeValue"][];
        };
        AttributeValue: {
            key: string;
            name: string;
        };
        /** @enum {string} */
        BulkActionKind: "acknowledge" | "set_status" | "assign" | "merge";
        /** @description What happened to one issue of a bulk action. */
        BulkOutcome: {
            /** Format: uuid */
            issue_id: string;
            /**
             * Format: int32
             * @description The HTTP status the single action would have answered (200 done, 404, 409, 422 ...).
             */
            status: number;
            detail?: string | null;
        };
        BulkRequest: {
            /** @description 1 to 100 issues of the organisation. */
            issue_ids: string[];
            action: components["schemas"]["BulkActionKind"];
            status?: null | components["schemas"]["IssueStatus"];
            /**
             * @description The one public note for every issue: required for `set_status` and `merge`, optional for
             *     `acknowledge`.
             */
            note?: string | null;
            /**
             * Format: uuid
             * @description For `assign`: a staff member, or null to unassign.
             */
            assignee_id?: string | null;
            /**
             * Format: uuid
             * @description For `merge`: the issue the selected ones are duplicates of.
             */
            into?: string | null;
        };
        CalendarLink: {
            /** @description Secret: anyone with it can read your claimed tasks. */
            url: string;
        };
        CategoryFigures: {
            category: components["schemas"]["CategoryRef"];
            /** @description Open issues of the category by status. */
            open: components["schemas"]["StatusCounts"];
            /**
             * Format: int64
             * @description Open issues older than the category's target time.
             */
            past_target: number;
        };
        CategoryRef: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
        };
        CategoryView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisation_id: string;
            /** @description Stable short code (Open311 `service_code`). */
            code: string;
            name: string;
            description: string;
            group: string;
            keywords: string[];
            /**
             * Format: int32
             * @description Days the organisation aims to resolve within.
             */
            target_days?: number | null;
            /** @description Extra questions asked with a report. */
            attributes: components["schemas"]["Attribute"][];
        };
        ChangeMemberRequest: {
            role: components["schemas"]["Role"];
        };
        /** @description A task's state after a change to one of its claims. */
        ClaimState: {
            /** Format: uuid */
            task_id: string;
            status: components["schemas"]["TaskStatus"];
            /** Format: int32 */
            claimed_slots: number;
            /** Format: int32 */
            slots: number;
            /** Format: uuid */
            claim_id: string;
        };
        /** @enum {string} */
        ClaimStatus: "active" | "checked_in" | "done" | "verified" | "released" | "expired";
        ClaimView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            task_id: string;
            /**
             * Format: uuid
             * @description Shown to members, coordinators and service managers; hidden from everyone else.
             */
            user_id?: string | null;
            display_name?: string | null;
            status: components["schemas"]["ClaimStatus"];
            /** Format: date-time */
            claimed_at: string;
            /** Format: date-time */
            expires_at?: string | null;
            /** Format: date-time */
            checked_in_at?: string | null;
            /** Format: date-time */
            done_at?: string | null;
            /** Format: double */
            hours?: number | null;
            note?: string | null;
            /** Format: date-time */
            verified_at?: string | null;
            rejected_reason?: string | null;
        };
        ClientConfig: {
            map: components["schemas"]["MapConfig"];
            /**
             * Format: double
             * @description Radius (metres) of the "is it one of these?" suggestions.
             */
            suggest_radius_m: number;
            /**
             * Format: int64
             * @description Hours before a claim's lease lapses when its holder is warned (`task_lease_expiring`);
             *     the front end marks claims lapsing within this window.
             */
            lease_warning_hours: number;
            report_limits: components["schemas"]["ReportLimits"];
            /**
             * @description The attributions of the imported place data (e.g. "© OpenStreetMap contributors"), to be
             *     shown wherever places in words are (ODbL); empty when no places are imported.
             */
            place_attributions: string[];
            /**
             * @description The site's public address without a trailing slash (`COMMONGROUND_PUBLIC_URL`, else the
             *     bound address): what printed links and QR codes lead to.
             */
            public_url: string;
        };
        /** @description What a client may send. */
        ClientMessage: {
            token: string;
            /** @enum {string} */
            type: "auth";
        } | {
            channel: string;
            /** Format: int64 */
            since?: number | null;
            /** @enum {string} */
            type: "subscribe";
        } | {
            channel: string;
            /** @enum {string} */
            type: "unsubscribe";
        } | {
            /** @enum {string} */
            type: "ping";
        };
        ConfirmFollowRequest: {
            /** @description The token from the confirmation e-mail's link. */
            token: string;
        };
        CreateCategoryRequest: {
            /** @description a-z, 0-9, `_`, `-`; unique per organisation (Open311 `service_code`). */
            code: string;
            name: string;
            description?: string | null;
            group?: string | null;
            keywords?: string[];
            /**
             * Format: int32
             * @description 1 to 365.
             */
            target_days?: number | null;
            /** @description Extra questions asked with a report. */
            attributes?: components["schemas"]["Attribute"][];
        };
        CreateNeighbourhoodRequest: {
            /** @description 3 to 80 characters. */
            name: string;
            /** @description Plain text, up to 2000 characters. */
            description?: string | null;
            center?: null | components["schemas"]["GeoPoint"];
            /**
             * Format: double
             * @description 50 to 20000 metres.
             */
            radius_m?: number | null;
            /** @description A GeoJSON Polygon, instead of `center` and `radius_m`. */
            boundary?: Record<string, never> | null;
            visibility?: null | components["schemas"]["Visibility"];
            join_policy?: null | components["schemas"]["JoinPolicy"];
        };
        CreateOrganisationRequest: {
            /** @description 3 to 80 characters. */
            name: string;
            description?: string | null;
        };
        /** @description "The dashboard is out of date": see `docs/live-protocol.md`, the dashboard channel. */
        DashboardChanged: {
            /** @description Each served neighbourhood channel's newest seq, by channel name. */
            seqs: {
                [key: string]: number;
            };
            /**
             * Format: int64
             * @description How many events this message covers.
             */
            events: number;
            online_changed: boolean;
            scope_changed: boolean;
        };
        /** @description The changes of the neighbourhoods an organisation serves, on `dashboard:{organisation_id}`. */
        DashboardEvent: {
            data: components["schemas"]["DashboardChanged"];
            /** @enum {string} */
            kind: "dashboard.changed";
        };
        DashboardPeriod: {
            /** Format: int64 */
            days: number;
            /** Format: date-time */
            from: string;
        };
        DashboardSummary: {
            /** Format: uuid */
            organisation_id: string;
            /** Format: date-time */
            generated_at: string;
            period: components["schemas"]["DashboardPeriod"];
            /** @description The neighbourhoods and categories the figures are over (after the filter). */
            neighbourhoods: components["schemas"]["NeighbourhoodRef"][];
            categories: components["schemas"]["CategoryRef"][];
            /**
             * @description Each neighbourhood channel's newest seq when the figures were read: a live
             *     `dashboard.changed` with larger seqs means they are out of date.
             */
            seqs: {
                [key: string]: number;
            };
            open: components["schemas"]["StatusCounts"];
            open_by_category: components["schemas"]["CategoryFigures"][];
            /** Format: int64 */
            new_today: number;
            /** Format: int64 */
            new_this_week: number;
            time_to_acknowledge: components["schemas"]["DurationStats"];
            time_to_resolve: components["schemas"]["DurationStats"];
            /** Format: int64 */
            past_target: number;
            top_issues: components["schemas"]["IssueView"][];
            pooling: components["schemas"]["Pooling"];
            tasks: components["schemas"]["TaskFigures"];
            /** Format: int64 */
            members_online: number;
            trend: components["schemas"]["TrendDay"][];
            /**
             * @description Open issues with a location, newest first, as a GeoJSON FeatureCollection (at most 2,000;
             *     `truncated` says when there were more).
             */
            map: Record<string, never>;
        };
        /** @enum {string} */
        Datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
        /** @description The discussion of an issue or task: absent until its first post. */
        Discussion: {
            thread?: null | components["schemas"]["ThreadDetail"];
            /** @description Whether the caller may post (and so start the discussion). */
            can_post: boolean;
        };
        DoneRequest: {
            /**
             * Format: double
             * @description 0.25 to 24.
             */
            hours: number;
            note?: string | null;
        };
        /** @description Median and 90th percentile of a set of durations, in seconds. */
        DurationStats: {
            /** @description How many issues the figures are over. */
            count: number;
            /** Format: double */
            median_seconds?: number | null;
            /** Format: double */
            p90_seconds?: number | null;
        };
        EditRequest: {
            /** @description The new Markdown. */
            body: string;
        };
        /**
         * @description How a person hears about notifications beyond the inbox and the live push.
         * @enum {string}
         */
        EmailMode: "off" | "immediate" | "daily_digest";
        /** @description A page of a neighbourhood's event log (the HTTP side of live updates). */
        EventPage: {
            /** @description Oldest first; `restricted` placeholders for events the caller may not see. */
            items: components["schemas"]["EventView"][];
            /**
             * Format: int64
             * @description The neighbourhood's newest seq: keep asking with `since` = the last item's seq until reached.
             */
            latest_seq: number;
        };
        EventView: {
            /** @description `neighbourhood:{id}`, `user:{id}` or `dashboard:{id}` */
            channel: string;
            /** Format: int64 */
            seq: number;
            /** Format: date-time */
            at: string;
        } & (components["schemas"]["LiveEvent"] | components["schemas"]["RestrictedEvent"]);
        FlagOutcome: {
            /**
             * Format: int32
             * @description Open flags on the post after yours.
             */
            flag_count: number;
            /** @description Whether your flag made the post hidden. */
            hidden: boolean;
        };
        FlagView: {
            /** Format: uuid */
            user_id: string;
            display_name?: string | null;
            reason: string;
            /** Format: date-time */
            created_at: string;
        };
        /** @description What following answers, whatever the address's state: nothing about it. */
        FollowAccepted: {
            /** @description In the request's language. */
            message: string;
        };
        /** @description What confirming answers: the issue now followed (the link's holder knew it already). */
        FollowConfirmed: {
            /** Format: uuid */
            issue_id: string;
        };
        /**
         * @description How often a follower hears about their issue.
         * @enum {string}
         */
        FollowFrequency: "immediate" | "daily";
        /** @description What changing how often answers. */
        FollowFrequencyChanged: {
            frequency: components["schemas"]["FollowFrequency"];
        };
        FollowFrequencyRequest: {
            /** @description The token from an update's unsubscribe link. */
            token: string;
            frequency: components["schemas"]["FollowFrequency"];
        };
        FollowRequest: {
            /**
             * Format: email
             * @description Where the updates go. Never shown back, and whether it already follows is never told.
             */
            email: string;
            locale?: null | components["schemas"]["Locale"];
            /** @description A message per change (`immediate`, the default) or at most one a day (`daily`). */
            frequency?: components["schemas"]["FollowFrequency"];
            /**
             * @description The follower's IANA time zone (as the browser reports it): a daily message goes in their
             *     morning, not at 3 a.m. Without one, it goes whenever the day's check runs.
             * @example Europe/Warsaw
             */
            time_zone?: string | null;
        };
        /** @description A WGS 84 position. */
        GeoPoint: {
            /**
             * Format: double
             * @description Latitude in degrees, -90 to 90.
             */
            lat: number;
            /**
             * Format: double
             * @description Longitude in degrees, -180 to 180.
             */
            lon: number;
        };
        /**
         * @description How `hours/people` is answered.
         * @enum {string}
         */
        HoursFormat: "json" | "csv";
        /** @description An invitation, with no address and no person. */
        InvitationRef: {
            /** Format: uuid */
            invitation_id: string;
        };
        /** @enum {string} */
        InvitationStatus: "pending" | "accepted" | "declined" | "revoked" | "expired";
        /**
         * @description An invitation as the coordinators see it: the address and its state; never an account, a
         *     name or whether one exists.
         */
        InvitationView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            neighbourhood_id: string;
            email: string;
            status: components["schemas"]["InvitationStatus"];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at: string;
        };
        InviteRequest: {
            /**
             * Format: email
             * @description The address to invite; whether an account uses it is never told.
             */
            email: string;
        };
        IssueApiKeyRequest: {
            /** @description What the key is for, e.g. "FixMyStreet"; 2 to 80 characters. */
            name: string;
        };
        IssueAssigned: {
            /** Format: uuid */
            issue_id: string;
            /** Format: uuid */
            organisation_id: string;
            /**
             * Format: uuid
             * @description `null` when unassigned.
             */
            assignee_id?: string | null;
        };
        IssueDetail: components["schemas"]["IssueView"] & {
            reports: components["schemas"]["ReportView"][];
            photos: components["schemas"]["PhotoView"][];
            timeline: components["schemas"]["TimelineEntry"][];
            /** @description Whether the caller is among the supporters. */
            supported_by_me: boolean;
        };
        IssueHours: {
            /** Format: uuid */
            issue_id: string;
            /** Format: double */
            hours: number;
        };
        IssueMerged: {
            /** Format: uuid */
            issue_id: string;
            /**
             * Format: uuid
             * @description The issue it was merged into.
             */
            into: string;
            status: components["schemas"]["IssueStatus"];
            note: string;
            /**
             * Format: int64
             * @description The supporters of the issue it was merged into, now.
             */
            supporters_count: number;
        };
        IssuePhotoAdded: {
            /** Format: uuid */
            issue_id: string;
            /** Format: uuid */
            photo_id: string;
        };
        IssuePlaced: {
            /** Format: uuid */
            issue_id: string;
            location: components["schemas"]["GeoPoint"];
            /** @description Its place in words ("outside 3 Mill Lane"). */
            place: string;
        };
        /** @description A new issue, or a report pooled into one. */
        IssueReported: {
            /** Format: uuid */
            issue_id: string;
            /** Format: uuid */
            category_id: string;
            status: components["schemas"]["IssueStatus"];
            /** Format: int64 */
            reports_count: number;
            /** Format: int64 */
            supporters_count: number;
            /** @description Whether the reporter was not a supporter before. */
            new_supporter: boolean;
        };
        /**
         * @description How a list of issues is ordered.
         * @enum {string}
         */
        IssueSort: "newest" | "impact" | "oldest_unresolved";
        /** @enum {string} */
        IssueStatus: "open" | "acknowledged" | "in_progress" | "resolved" | "declined" | "duplicate";
        IssueStatusChanged: {
            /** Format: uuid */
            issue_id: string;
            status: components["schemas"]["IssueStatus"];
            /** @description The public note. */
            note: string;
            /** @description Set (true) when a resident reopened it. */
            reopened?: boolean;
        };
        IssueSupported: {
            /** Format: uuid */
            issue_id: string;
            /** Format: int64 */
            supporters_count: number;
        };
        /** @description A shared issue as everyone sees it. */
        IssueView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            neighbourhood_id: string;
            category: components["schemas"]["CategoryRef"];
            status: components["schemas"]["IssueStatus"];
            /** @description The latest public note from whoever changed the status. */
            status_note?: string | null;
            /**
             * Format: uuid
             * @description For merged issues, the issue to follow instead.
             */
            duplicate_of?: string | null;
            location?: null | components["schemas"]["GeoPoint"];
            /** @description The address the first reporter typed, as they typed it. */
            address?: string | null;
            /**
             * @description Where it is in words ("outside 3 Mill Lane", "Canal Side, near Lock Road", or the
             *     neighbourhood's name when nothing imported is near); from OpenStreetMap data (ODbL).
             *     None while it has no point.
             */
            place?: string | null;
            /**
             * @description True when it has no point: it was reported by an address the gazetteer could not place
             *     (a coordinator places it with `PUT /api/v1/issues/{id}/location`).
             */
            place_not_found: boolean;
            /** Format: int64 */
            reports_count: number;
            /**
             * Format: int64
             * @description Distinct people affected.
             */
            supporters_count: number;
            /** Format: date-time */
            first_reported_at: string;
            /** Format: date-time */
            last_reported_at: string;
            /** Format: date-time */
            acknowledged_at?: string | null;
            /** Format: date-time */
            resolved_at?: string | null;
            /**
             * Format: double
             * @description Collective impact (see docs/impact-score.md); 0 once no longer active.
             */
            impact_score: number;
        };
        IssuedApiKey: components["schemas"]["ApiKeyView"] & {
            /** @description The key itself: shown this once, never again. */
            api_key: string;
        };
        /**
         * @description How people become members.
         * @enum {string}
         */
        JoinPolicy: "open" | "approval";
        /** @enum {string} */
        ListFormat: "json" | "geojson";
        /** @description Any live event: one of a neighbourhood's, a person's or a dashboard's. */
        LiveEvent: components["schemas"]["NeighbourhoodEvent"] | components["schemas"]["UserEvent"] | components["schemas"]["DashboardEvent"];
        /**
         * @description A language the service speaks. Stored on accounts and e-mail follows by its tag.
         * @enum {string}
         */
        Locale: "en" | "pl" | "ar";
        LocationRequest: {
            /** @description Inside the issue's neighbourhood. */
            location: components["schemas"]["GeoPoint"];
        };
        LogEntry: {
            /** Format: uuid */
            id: string;
            /**
             * @description `post_hidden`, `post_auto_hidden`, `post_restored`, `flags_dismissed`, `post_deleted`,
             *     `thread_locked`, `thread_unlocked`, `thread_pinned`, `thread_unpinned`,
             *     `member_suspended`, `member_reinstated`, `member_removed`, `neighbour_details_erased`.
             */
            action: string;
            /**
             * Format: uuid
             * @description None for automatic decisions.
             */
            actor_id?: string | null;
            actor_name?: string | null;
            /** Format: uuid */
            thread_id?: string | null;
            /** Format: uuid */
            post_id?: string | null;
            /** Format: uuid */
            user_id?: string | null;
            user_name?: string | null;
            reason?: string | null;
            /** Format: date-time */
            created_at: string;
        };
        LoginRequest: {
            /** Format: email */
            email: string;
            password: string;
        };
        MapConfig: {
            /** @description Leaflet tile template, e.g. `https://tile.openstreetmap.org/{z}/{x}/{y}.png`. */
            tile_url: string;
            /** @description Attribution required by the tile provider (plain text). */
            attribution: string;
        };
        /** @description The signed-in user with where they belong. */
        Me: components["schemas"]["UserView"] & {
            memberships: components["schemas"]["MyMembership"][];
            /** @description Organisations this person works for (as a service manager). */
            organisations: components["schemas"]["OrganisationRef"][];
            locale?: null | components["schemas"]["Locale"];
            /** @description Their IANA time zone ("Europe/Warsaw"), which e-mails and digests are timed in. */
            time_zone?: string | null;
        };
        MemberApproved: {
            /** Format: uuid */
            user_id: string;
            display_name: string;
            /** Format: int64 */
            member_count: number;
        };
        /** @description A member who left or was removed, and how many members there are now. */
        MemberCounted: {
            /** Format: uuid */
            user_id: string;
            /** Format: int64 */
            member_count: number;
        };
        MemberJoined: {
            /** Format: uuid */
            user_id: string;
            display_name: string;
            role: components["schemas"]["Role"];
            /** Format: int64 */
            member_count: number;
        };
        MemberRef: {
            /** Format: uuid */
            user_id: string;
        };
        MemberRequested: {
            /** Format: uuid */
            user_id: string;
            display_name: string;
        };
        MemberRoleChanged: {
            /** Format: uuid */
            user_id: string;
            role: components["schemas"]["Role"];
        };
        MemberSuspended: {
            /** Format: uuid */
            user_id: string;
            /** Format: date-time */
            until: string;
        };
        MemberView: {
            /** Format: uuid */
            user_id: string;
            display_name: string;
            role: components["schemas"]["Role"];
            status: components["schemas"]["MembershipStatus"];
            /** Format: date-time */
            joined_at: string;
            /** Format: date-time */
            suspended_until?: string | null;
        };
        MembershipRef: {
            role: components["schemas"]["Role"];
            status: components["schemas"]["MembershipStatus"];
        };
        /** @enum {string} */
        MembershipStatus: "pending" | "active" | "suspended";
        MentionCandidate: {
            /** Format: uuid */
            user_id: string;
            display_name: string;
            /** @description What to type after `@`. */
            handle: string;
        };
        MergeRequest: {
            /**
             * Format: uuid
             * @description The issue this one duplicates.
             */
            into: string;
            /** @description Public note, required. */
            note: string;
        };
        MyClaimHours: {
            /** Format: uuid */
            task_id: string;
            title: string;
            /** Format: uuid */
            neighbourhood_id: string;
            /** Format: double */
            hours: number;
            /** Format: date-time */
            verified_at?: string | null;
        };
        MyHours: {
            /** Format: double */
            total_hours: number;
            claims: components["schemas"]["MyClaimHours"][];
        };
        /**
         * @description An invitation as the invited person sees it. The neighbourhood's name is shown even when it is
         *     private: the invitation is the one place it may be seen from outside.
         */
        MyInvitation: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            neighbourhood_id: string;
            neighbourhood_name: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at: string;
        };
        MyMembership: {
            /** Format: uuid */
            neighbourhood_id: string;
            neighbourhood_name: string;
            role: components["schemas"]["Role"];
            status: components["schemas"]["MembershipStatus"];
        };
        NearbyIssue: components["schemas"]["IssueView"] & {
            /** Format: double */
            distance_m: number;
        };
        /**
         * @description The neighbour a report was made for, as the people allowed to see it see it. Coordinators and
         *     the serving organisation's staff get every field; the member who reported sees the name they
         *     typed; everyone else sees only the report's `on_behalf_of_neighbour`.
         */
        NeighbourView: {
            /** @description None once erased on request (or when the caller may not see it). */
            display_name?: string | null;
            email?: string | null;
            phone?: string | null;
            /**
             * Format: uuid
             * @description The member who recorded that the neighbour agreed (coordinators and staff only).
             */
            consent_by?: string | null;
            consent_by_name?: string | null;
            /**
             * Format: date-time
             * @description When they recorded it.
             */
            consent_at: string;
            /**
             * Format: date-time
             * @description When a coordinator erased the name and contact, if they did.
             */
            erased_at?: string | null;
        };
        NeighbourhoodCreated: {
            name: string;
            /** Format: int64 */
            member_count: number;
        };
        /** @description What happened in a neighbourhood, on `neighbourhood:{id}`. */
        NeighbourhoodEvent: {
            data: components["schemas"]["NeighbourhoodCreated"];
            /** @enum {string} */
            kind: "neighbourhood.created";
        } | {
            data: components["schemas"]["NeighbourhoodUpdated"];
            /** @enum {string} */
            kind: "neighbourhood.updated";
        } | {
            data: components["schemas"]["MemberJoined"];
            /** @enum {string} */
            kind: "member.joined";
        } | {
            data: components["schemas"]["MemberRequested"];
            /** @enum {string} */
            kind: "member.requested";
        } | {
            data: components["schemas"]["MemberApproved"];
            /** @enum {string} */
            kind: "member.approved";
        } | {
            data: components["schemas"]["MemberCounted"];
            /** @enum {string} */
            kind: "member.left";
        } | {
            data: components["schemas"]["MemberCounted"];
            /** @enum {string} */
            kind: "member.removed";
        } | {
            data: components["schemas"]["MemberRef"];
            /** @enum {string} */
            kind: "member.request_withdrawn";
        } | {
            data: components["schemas"]["MemberRef"];
            /** @enum {string} */
            kind: "member.rejected";
        } | {
            data: components["schemas"]["MemberRoleChanged"];
            /** @enum {string} */
            kind: "member.role_changed";
        } | {
            data: components["schemas"]["MemberSuspended"];
            /** @enum {string} */
            kind: "member.suspended";
        } | {
            data: components["schemas"]["MemberRef"];
            /** @enum {string} */
            kind: "member.reinstated";
        } | {
            data: components["schemas"]["InvitationRef"];
            /** @enum {string} */
            kind: "invitation.created";
        } | {
            data: components["schemas"]["InvitationRef"];
            /** @enum {string} */
            kind: "invitation.revoked";
        } | {
            data: components["schemas"]["InvitationRef"];
            /** @enum {string} */
            kind: "invitation.declined";
        } | {
            data: components["schemas"]["IssueReported"];
            /** @enum {string} */
            kind: "issue.created";
        } | {
            data: components["schemas"]["IssueReported"];
            /** @enum {string} */
            kind: "issue.report_added";
        } | {
            data: components["schemas"]["IssueSupported"];
            /** @enum {string} */
            kind: "issue.supported";
        } | {
            data: components["schemas"]["IssueStatusChanged"];
            /** @enum {string} */
            kind: "issue.status_changed";
        } | {
            data: components["schemas"]["IssuePhotoAdded"];
            /** @enum {string} */
            kind: "issue.photo_added";
        } | {
            data: components["schemas"]["IssueMerged"];
            /** @enum {string} */
            kind: "issue.merged";
        } | {
            data: components["schemas"]["IssueAssigned"];
            /** @enum {string} */
            kind: "issue.assigned";
        } | {
            /**
             * @description A coordinator or service manager put an issue whose address could not be placed on the
             *     map ("place not found").
             */
            data: components["schemas"]["IssuePlaced"];
            /** @enum {string} */
            kind: "issue.placed";
        } | {
            data: components["schemas"]["TaskState"];
            /** @enum {string} */
            kind: "task.created";
        } | {
            data: components["schemas"]["TaskState"];
            /** @enum {string} */
            kind: "task.updated";
        } | {
            data: components["schemas"]["TaskState"];
            /** @enum {string} */
            kind: "task.approved";
        } | {
            data: components["schemas"]["TaskState"];
            /** @enum {string} */
            kind: "task.cancelled";
        } | {
            data: components["schemas"]["ClaimState"];
            /** @enum {string} */
            kind: "task.claimed";
        } | {
            data: components["schemas"]["ClaimState"];
            /** @enum {string} */
            kind: "task.released";
        } | {
            data: components["schemas"]["ClaimState"];
            /** @enum {string} */
            kind: "task.claim_extended";
        } | {
            data: components["schemas"]["ClaimState"];
            /** @enum {string} */
            kind: "task.lease_expired";
        } | {
            data: components["schemas"]["ClaimState"];
            /** @enum {string} */
            kind: "task.checked_in";
        } | {
            data: components["schemas"]["ClaimState"];
            /** @enum {string} */
            kind: "task.done";
        } | {
            data: components["schemas"]["ClaimState"];
            /** @enum {string} */
            kind: "task.verified";
        } | {
            data: components["schemas"]["ClaimState"];
            /** @enum {string} */
            kind: "task.rejected";
        } | {
            data: components["schemas"]["ThreadState"];
            /** @enum {string} */
            kind: "thread.created";
        } | {
            data: components["schemas"]["ThreadState"];
            /** @enum {string} */
            kind: "thread.locked";
        } | {
            data: components["schemas"]["ThreadState"];
            /** @enum {string} */
            kind: "thread.unlocked";
        } | {
            data: components["schemas"]["ThreadState"];
            /** @enum {string} */
            kind: "thread.pinned";
        } | {
            data: components["schemas"]["ThreadState"];
            /** @enum {string} */
            kind: "thread.unpinned";
        } | {
            data: components["schemas"]["PostCreated"];
            /** @enum {string} */
            kind: "post.created";
        } | {
            data: components["schemas"]["PostRef"];
            /** @enum {string} */
            kind: "post.edited";
        } | {
            data: components["schemas"]["PostRef"];
            /** @enum {string} */
            kind: "post.deleted";
        } | {
            data: components["schemas"]["PostRef"];
            /** @enum {string} */
            kind: "post.hidden";
        } | {
            data: components["schemas"]["PostRef"];
            /** @enum {string} */
            kind: "post.restored";
        } | {
            /** @description Flags dismissed, or an automatic hiding confirmed. */
            data: components["schemas"]["PostRef"];
            /** @enum {string} */
            kind: "post.reviewed";
        } | {
            data: components["schemas"]["PostFlagged"];
            /** @enum {string} */
            kind: "post.flagged";
        } | {
            data: components["schemas"]["ReactionChanged"];
            /** @enum {string} */
            kind: "reaction.changed";
        } | {
            /**
             * @description A person left the staff of an organisation serving the neighbourhood: their
             *     subscriptions that rested on it end.
             */
            data: components["schemas"]["StaffRemoved"];
            /** @enum {string} */
            kind: "organisation.staff_removed";
        } | {
            /** @description The organisation stopped serving the neighbourhood. */
            data: components["schemas"]["StoppedServing"];
            /** @enum {string} */
            kind: "organisation.stopped_serving";
        } | {
            /** @description The organisation started serving the neighbourhood: its staff's open dashboards follow it. */
            data: components["schemas"]["StartedServing"];
            /** @enum {string} */
            kind: "organisation.started_serving";
        };
        NeighbourhoodHours: {
            /** Format: double */
            total_hours: number;
            series: components["schemas"]["PeriodHours"][];
            /** @description Most hours first. */
            tasks: components["schemas"]["TaskHours"][];
            /** @description "This pothole got 14 volunteer hours". */
            issues: components["schemas"]["IssueHours"][];
        };
        NeighbourhoodRef: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        NeighbourhoodUpdated: {
            name: string;
            visibility: components["schemas"]["Visibility"];
            join_policy: components["schemas"]["JoinPolicy"];
        };
        NeighbourhoodView: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            visibility: components["schemas"]["Visibility"];
            join_policy: components["schemas"]["JoinPolicy"];
            /** @description The circle's centre or the polygon's centroid. */
            center: components["schemas"]["GeoPoint"];
            /**
             * Format: double
             * @description Radius in metres for circular neighbourhoods.
             */
            radius_m?: number | null;
            /** @description GeoJSON Polygon for drawn neighbourhoods. */
            boundary?: Record<string, never> | null;
            /** Format: int64 */
            member_count: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /**
             * Format: double
             * @description Metres from the `near` point to the centre (only in "near" searches).
             */
            distance_m?: number | null;
            /** @description Public-service bodies serving this neighbourhood. */
            serving_organisations: components["schemas"]["OrganisationRef"][];
            viewer: components["schemas"]["ViewerRelation"];
        };
        NewPost: {
            /** @description Markdown, up to 10,000 characters. `@handle` mentions members. */
            body: string;
            /**
             * Format: uuid
             * @description The post this one replies to (same thread).
             */
            parent_id?: string | null;
        };
        NewThread: {
            /** @description 3 to 150 characters. */
            title: string;
            /** @description The first post, in Markdown (CommonMark; raw HTML is shown as text). */
            body: string;
        };
        /** @description An empty object. */
        NoData: Record<string, never>;
        /**
         * @description Something a person is told about: stored in their inbox, pushed live as a `notification`
         *     event on `user:{id}` and perhaps e-mailed. Tagged by `what` (the kind, also the mute key
         *     `kind:{what}`); the other fields are the event's data. Wire names never change: stored rows
         *     and muted kinds use them.
         */
        Notice: {
            /** Format: uuid */
            neighbourhood_id: string;
            neighbourhood_name: string;
            /** Format: uuid */
            issue_id: string;
            /**
             * @description Which issue ("Pothole, outside 3 Mill Lane": `domain::issue::issue_title`); empty on
             *     rows stored before it was sent.
             */
            issue_title?: string;
            status: components["schemas"]["IssueStatus"];
            note: string;
            /**
             * @description Where the issue is, in words ("outside 3 Mill Lane"); absent when it has no point
             *     and on rows stored before it was sent.
             */
            place?: string | null;
            /** @enum {string} */
            what: "issue_status_changed";
        } | {
            /** Format: uuid */
            neighbourhood_id: string;
            neighbourhood_name: string;
            /** Format: uuid */
            issue_id: string;
            issue_title: string;
            status: components["schemas"]["IssueStatus"];
            note: string;
            /**
             * @description The neighbours' names as the member typed them; empty once a coordinator erased them
             *     (then it says "a neighbour").
             */
            neighbours: string[];
            place?: string | null;
            /** @enum {string} */
            what: "assisted_issue_status_changed";
        } | {
            /** Format: uuid */
            neighbourhood_id: string;
            neighbourhood_name: string;
            /** Format: uuid */
            issue_id: string;
            /** Format: uuid */
            into: string;
            note?: string;
            /**
             * @description Where the issue is, in words ("outside 3 Mill Lane"); absent when it has no point
             *     and on rows stored before it was sent.
             */
            place?: string | null;
            /** @enum {string} */
            what: "issue_merged";
        } | {
            /** Format: uuid */
            neighbourhood_id: string;
            neighbourhood_name: string;
            /** Format: uuid */
            issue_id: string;
            note: string;
            /**
             * @description Where the issue is, in words ("outside 3 Mill Lane"); absent when it has no point
             *     and on rows stored before it was sent.
             */
            place?: string | null;
            /** @enum {string} */
            what: "issue_reopened";
        } | {
            /** Format: uuid */
            neighbourhood_id: string;
            neighbourhood_name: string;
            /** Format: uuid */
            invitation_id: string;
            /** @enum {string} */
            what: "invitation_received";
        } | {
            /** Format: uuid */
            neighbourhood_id: string;
            neighbourhood_name: string;
            /** @enum {string} */
            what: "membership_added";
        } | {
            /** Format: uuid */
            neighbourhood_id: string;
            neighbourhood_name: string;
            /** @enum {string} */
            what: "membership_approved";
        } | {
            /** Format: uuid */
            neighbourhood_id: string;
            neighbourhood_name: string;
            /** @enum {string} */
            what: "membership_rejected";
        } | {
            /** Format: uuid */
            neighbourhood_id: string;
            neighbourhood_name: string;
            role: components["schemas"]["Role"];
            /** @enum {string} */
            what: "role_changed";
        } | {
            /** Format: uuid */
            neighbourhood_id: string;
            neighbourhood_name: string;
            /** Format: date-time */
            until: string;
            reason: string;
            /** @enum {string} */
            what: "suspended";
        } | {
            /** Format: uuid */
            neighbourhood_id: string;
            neighbourhood_name: string;
            /** @enum {string} */
            what: "reinstated";
        } | {
            /** Format: uuid */
            neighbourhood_id: string;
            neighbourhood_name: string;
            /** @enum {string} */
            what: "removed";
        } | {
            /** Format: uuid */
            neighbourhood_id: string;
            /** Format: uuid */
            task_id: string;
            task_title: string;
            /** Format: date-time */
            expires_at?: string | null;
            /** @enum {string} */
            what: "task_lease_expiring";
        } | {
            /** Format: uuid */
            neighbourhood_id: string;
            /** Format: uuid */
            task_id: string;
            task_title: string;
            /** @enum {string} */
            what: "task_lease_expired";
        } | {
            /** Format: uuid */
            neighbourhood_id: string;
            /** Format: uuid */
            task_id: string;
            task_title: string;
            reason: string;
            /** @enum {string} */
            what: "task_cancelled";
        } | {
            /** Format: uuid */
            neighbourhood_id: string;
            /** Format: uuid */
            task_id: string;
            task_title: string;
            /** Format: double */
            hours?: number | null;
            /** @enum {string} */
            what: "task_work_verified";
        } | {
            /** Format: uuid */
            neighbourhood_id: string;
            /** Format: uuid */
            task_id: string;
            task_title: string;
            reason: string;
            /** @enum {string} */
            what: "task_work_rejected";
        } | {
            /** Format: uuid */
            neighbourhood_id: string;
            neighbourhood_name: string;
            /** Format: uuid */
            thread_id: string;
            /** Format: uuid */
            post_id: string;
            /** Format: int64 */
            seq: number;
            by: string;
            /** @enum {string} */
            what: "mentioned";
        } | {
            /** Format: uuid */
            neighbourhood_id: string;
            neighbourhood_name: string;
            /** Format: uuid */
            thread_id: string;
            /** Format: uuid */
            post_id: string;
            /** Format: int64 */
            seq: number;
            by: string;
            /** Format: uuid */
            parent_id?: string | null;
            /** @enum {string} */
            what: "reply";
        } | {
            /** Format: uuid */
            neighbourhood_id: string;
            neighbourhood_name: string;
            /** Format: uuid */
            thread_id: string;
            /** Format: uuid */
            post_id: string;
            /** Format: int64 */
            seq: number;
            reason: string;
            automatic: boolean;
            /** @enum {string} */
            what: "post_hidden";
        } | {
            /** Format: uuid */
            neighbourhood_id: string;
            neighbourhood_name: string;
            /** Format: uuid */
            thread_id: string;
            /** Format: uuid */
            post_id: string;
            /** Format: int64 */
            seq: number;
            reason?: string | null;
            /** @enum {string} */
            what: "post_restored";
        } | {
            /** Format: uuid */
            neighbourhood_id: string;
            neighbourhood_name: string;
            /** Format: uuid */
            thread_id: string;
            /** Format: uuid */
            post_id: string;
            /** Format: int64 */
            seq: number;
            /** @description The first flag's reason ("spam", "abuse"...). */
            reason: string;
            /** @enum {string} */
            what: "post_flagged";
        };
        /** @description A notification as pushed live: the notice (tagged by `what`) and its inbox id. */
        Notification: components["schemas"]["Notice"] & {
            /**
             * Format: uuid
             * @description Its id in the inbox (`GET /api/v1/me/notifications`).
             */
            notification_id: string;
        };
        /**
         * @description Auto-generated discriminant enum variants
         * @enum {string}
         */
        NotificationKind: "issue_status_changed" | "assisted_issue_status_changed" | "issue_merged" | "issue_reopened" | "invitation_received" | "membership_added" | "membership_approved" | "membership_rejected" | "role_changed" | "suspended" | "reinstated" | "removed" | "task_lease_expiring" | "task_lease_expired" | "task_cancelled" | "task_work_verified" | "task_work_rejected" | "mentioned" | "reply" | "post_hidden" | "post_restored" | "post_flagged";
        /** @description One notification in the inbox. */
        NotificationView: {
            /** Format: uuid */
            id: string;
            /** @description The kind, e.g. `issue_status_changed` (a `Notice`'s `what`). */
            what: components["schemas"]["NotificationKind"];
            /** @description What the live event carried: the notice (with `what`) and `notification_id`. */
            data: components["schemas"]["Notification"];
            /** Format: uuid */
            neighbourhood_id?: string | null;
            /** @description `thread:{id}`, `issue:{id}` or `task:{id}` when it is about one (what a mute matches). */
            subject?: string | null;
            /** Format: uuid */
            actor_id?: string | null;
            /** @description Arrived while muted: stored already read, never pushed or e-mailed. */
            muted: boolean;
            /** Format: date-time */
            read_at?: string | null;
            /** Format: date-time */
            created_at: string;
        };
        /** @description `{ids, unread}` after one was marked read, `{all: true, unread: 0}` after read-all. */
        NotificationsRead: {
            /** @description The ones marked read (absent after read-all). */
            ids?: string[];
            /** @description Present (true) after read-all. */
            all?: boolean;
            /**
             * Format: int64
             * @description Their unread count now.
             */
            unread: number;
        };
        OnBehalfOfRequest: {
            /** @description What to call them (1 to 80 characters). */
            display_name: string;
            /** @description Must be true: they agreed that you report this for them (recorded as you, now). */
            consent: boolean;
            /**
             * Format: email
             * @description Their e-mail, if they want updates by e-mail.
             */
            email?: string | null;
            /** @description Their phone number, if they want to be called back (digits, spaces and + ( ) - .). */
            phone?: string | null;
        };
        /** @enum {string} */
        OneClick: "One-Click";
        /** @description The body of an RFC 8058 one-click unsubscribe. */
        OneClickForm: {
            "List-Unsubscribe": components["schemas"]["OneClick"];
        };
        /**
         * @description The path's extension chooses the wire format (`services.json`, `services.xml`).
         * @enum {string}
         */
        Open311Format: "json" | "xml";
        OptionalReason: {
            reason?: string | null;
        };
        OrganisationRef: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        OrganisationView: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            /** Format: date-time */
            created_at: string;
            /** @description Neighbourhoods this organisation serves (private ones only to those allowed to see them). */
            neighbourhoods: components["schemas"]["NeighbourhoodRef"][];
        };
        /** @description One page of a list. */
        Page_InvitationView: {
            items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                neighbourhood_id: string;
                email: string;
                status: components["schemas"]["InvitationStatus"];
                /** Format: date-time */
                created_at: string;
                /** Format: date-time */
                expires_at: string;
            }[];
            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
            next_cursor?: string | null;
        };
        /** @description One page of a list. */
        Page_IssueView: {
            items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                neighbourhood_id: string;
                category: components["schemas"]["CategoryRef"];
                status: components["schemas"]["IssueStatus"];
                /** @description The latest public note from whoever changed the status. */
                status_note?: string | null;
                /**
                 * Format: uuid
                 * @description For merged issues, the issue to follow instead.
                 */
                duplicate_of?: string | null;
                location?: null | components["schemas"]["GeoPoint"];
                /** @description The address the first reporter typed, as they typed it. */
                address?: string | null;
                /**
                 * @description Where it is in words ("outside 3 Mill Lane", "Canal Side, near Lock Road", or the
                 *     neighbourhood's name when nothing imported is near); from OpenStreetMap data (ODbL).
                 *     None while it has no point.
                 */
                place?: string | null;
                /**
                 * @description True when it has no point: it was reported by an address the gazetteer could not place
                 *     (a coordinator places it with `PUT /api/v1/issues/{id}/location`).
                 */
                place_not_found: boolean;
                /** Format: int64 */
                reports_count: number;
                /**
                 * Format: int64
                 * @description Distinct people affected.
                 */
                supporters_count: number;
                /** Format: date-time */
                first_reported_at: string;
                /** Format: date-time */
                last_reported_at: string;
                /** Format: date-time */
                acknowledged_at?: string | null;
                /** Format: date-time */
                resolved_at?: string | null;
                /**
                 * Format: double
                 * @description Collective impact (see docs/impact-score.md); 0 once no longer active.
                 */
                impact_score: number;
            }[];
            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
            next_cursor?: string | null;
        };
        /** @description One page of a list. */
        Page_LogEntry: {
            items: {
                /** Format: uuid */
                id: string;
                /**
                 * @description `post_hidden`, `post_auto_hidden`, `post_restored`, `flags_dismissed`, `post_deleted`,
                 *     `thread_locked`, `thread_unlocked`, `thread_pinned`, `thread_unpinned`,
                 *     `member_suspended`, `member_reinstated`, `member_removed`, `neighbour_details_erased`.
                 */
                action: string;
                /**
                 * Format: uuid
                 * @description None for automatic decisions.
                 */
                actor_id?: string | null;
                actor_name?: string | null;
                /** Format: uuid */
                thread_id?: string | null;
                /** Format: uuid */
                post_id?: string | null;
                /** Format: uuid */
                user_id?: string | null;
                user_name?: string | null;
                reason?: string | null;
                /** Format: date-time */
                created_at: string;
            }[];
            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
            next_cursor?: string | null;
        };
        /** @description One page of a list. */
        Page_MemberView: {
            items: {
                /** Format: uuid */
                user_id: string;
                display_name: string;
                role: components["schemas"]["Role"];
                status: components["schemas"]["MembershipStatus"];
                /** Format: date-time */
                joined_at: string;
                /** Format: date-time */
                suspended_until?: string | null;
            }[];
            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
            next_cursor?: string | null;
        };
        /** @description One page of a list. */
        Page_MyInvitation: {
            items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                neighbourhood_id: string;
                neighbourhood_name: string;
                /** Format: date-time */
                created_at: string;
                /** Format: date-time */
                expires_at: string;
            }[];
            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
            next_cursor?: string | null;
        };
        /** @description One page of a list. */
        Page_NeighbourhoodView: {
            items: {
                /** Format: uuid */
                id: string;
                name: string;
                description: string;
                visibility: components["schemas"]["Visibility"];
                join_policy: components["schemas"]["JoinPolicy"];
                /** @description The circle's centre or the polygon's centroid. */
                center: components["schemas"]["GeoPoint"];
                /**
                 * Format: double
                 * @description Radius in metres for circular neighbourhoods.
                 */
                radius_m?: number | null;
                /** @description GeoJSON Polygon for drawn neighbourhoods. */
                boundary?: Record<string, never> | null;
                /** Format: int64 */
                member_count: number;
                /** Format: date-time */
                created_at: string;
                /** Format: date-time */
                updated_at: string;
                /**
                 * Format: double
                 * @description Metres from the `near` point to the centre (only in "near" searches).
                 */
                distance_m?: number | null;
                /** @description Public-service bodies serving this neighbourhood. */
                serving_organisations: components["schemas"]["OrganisationRef"][];
                viewer: components["schemas"]["ViewerRelation"];
            }[];
            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
            next_cursor?: string | null;
        };
        /** @description One page of a list. */
        Page_NotificationView: {
            items: {
                /** Format: uuid */
                id: string;
                /** @description The kind, e.g. `issue_status_changed` (a `Notice`'s `what`). */
                what: components["schemas"]["NotificationKind"];
                /** @description What the live event carried: the notice (with `what`) and `notification_id`. */
                data: components["schemas"]["Notification"];
                /** Format: uuid */
                neighbourhood_id?: string | null;
                /** @description `thread:{id}`, `issue:{id}` or `task:{id}` when it is about one (what a mute matches). */
                subject?: string | null;
                /** Format: uuid */
                actor_id?: string | null;
                /** @description Arrived while muted: stored already read, never pushed or e-mailed. */
                muted: boolean;
                /** Format: date-time */
                read_at?: string | null;
                /** Format: date-time */
                created_at: string;
            }[];
            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
            next_cursor?: string | null;
        };
        /** @description One page of a list. */
        Page_OrganisationView: {
            items: {
                /** Format: uuid */
                id: string;
                name: string;
                description: string;
                /** Format: date-time */
                created_at: string;
                /** @description Neighbourhoods this organisation serves (private ones only to those allowed to see them). */
                neighbourhoods: components["schemas"]["NeighbourhoodRef"][];
            }[];
            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
            next_cursor?: string | null;
        };
        /** @description One page of a list. */
        Page_PostView: {
            items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                thread_id: string;
                /**
                 * Format: int64
                 * @description Position in the thread, from 1.
                 */
                seq: number;
                /** Format: uuid */
                parent_id?: string | null;
                /** Format: uuid */
                author_id?: string | null;
                author_name?: string | null;
                status: components["schemas"]["PostStatus"];
                /**
                 * @description Sanitised HTML. `null` for deleted posts, and for hidden ones except to coordinators and
                 *     the author.
                 */
                body_html?: string | null;
                /** @description The Markdown source, under the same rule. */
                body_source?: string | null;
                lang?: null | components["schemas"]["Locale"];
                /** @description Why it was hidden (to coordinators and the author). */
                hidden_reason?: string | null;
                /** Format: date-time */
                edited_at?: string | null;
                /** Format: date-time */
                created_at: string;
                reactions: components["schemas"]["ReactionCount"][];
                flagged_by_me: boolean;
                /**
                 * Format: int32
                 * @description Open flags (coordinators only).
                 */
                flag_count?: number | null;
            }[];
            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
            next_cursor?: string | null;
        };
        /** @description One page of a list. */
        Page_QueuedPost: {
            items: {
                post: components["schemas"]["PostView"];
                thread_title: string;
                /** @description Open flags, oldest first. */
                flags: components["schemas"]["FlagView"][];
            }[];
            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
            next_cursor?: string | null;
        };
        /** @description One page of a list. */
        Page_StaffView: {
            items: {
                /** Format: uuid */
                user_id: string;
                display_name: string;
                email: string;
                /** Format: date-time */
                added_at: string;
            }[];
            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
            next_cursor?: string | null;
        };
        /** @description One page of a list. */
        Page_TaskView: {
            items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                neighbourhood_id: string;
                /** Format: uuid */
                issue_id?: string | null;
                title: string;
                description: string;
                lang?: null | components["schemas"]["Locale"];
                location?: null | components["schemas"]["GeoPoint"];
                address?: string | null;
                /** Format: date-time */
                starts_at?: string | null;
                /** Format: date-time */
                ends_at?: string | null;
                /** Format: int32 */
                slots: number;
                /** Format: int32 */
                claimed_slots: number;
                /** Format: int32 */
                lease_hours: number;
                skills: string[];
                accessibility: string;
                equipment: string;
                status: components["schemas"]["TaskStatus"];
                cancel_reason?: string | null;
                /** Format: double */
                verified_hours: number;
                /** Format: uuid */
                created_by?: string | null;
                /** Format: date-time */
                created_at: string;
                my_claim?: null | components["schemas"]["ClaimView"];
            }[];
            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
            next_cursor?: string | null;
        };
        /** @description One page of a list. */
        Page_ThreadView: {
            items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                neighbourhood_id: string;
                subject: components["schemas"]["SubjectType"];
                /**
                 * Format: uuid
                 * @description The issue or task for their discussions.
                 */
                subject_id?: string | null;
                title: string;
                lang?: null | components["schemas"]["Locale"];
                /** Format: uuid */
                author_id?: string | null;
                author_name?: string | null;
                /**
                 * Format: int64
                 * @description Posts that are not deleted.
                 */
                post_count: number;
                /**
                 * Format: int64
                 * @description The newest post's number (posts are numbered from 1).
                 */
                last_seq: number;
                locked: boolean;
                pinned: boolean;
                /** Format: date-time */
                last_activity_at: string;
                /** Format: date-time */
                created_at: string;
                /**
                 * Format: int64
                 * @description The caller's read position (signed-in callers only; 0 when never opened).
                 */
                last_read_seq?: number | null;
                /**
                 * Format: int64
                 * @description Posts after the caller's read position.
                 */
                unread_count?: number | null;
            }[];
            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
            next_cursor?: string | null;
        };
        /** @description One page of a list. */
        Page_TriageItem: {
            items: (components["schemas"]["IssueView"] & {
                neighbourhood_name: string;
                assignee?: null | components["schemas"]["Assignee"];
            })[];
            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
            next_cursor?: string | null;
        };
        /** @enum {string} */
        Period: "week" | "month";
        PeriodHours: {
            /**
             * Format: date
             * @description Monday of the week, or the first of the month.
             */
            period_start: string;
            /** Format: double */
            hours: number;
        };
        PersonHours: {
            /** Format: uuid */
            user_id: string;
            display_name: string;
            /** Format: double */
            hours: number;
            tasks: number;
        };
        PhotoView: {
            /** Format: uuid */
            id: string;
            url: string;
            thumbnail_url: string;
            /** Format: int32 */
            width: number;
            /** Format: int32 */
            height: number;
        };
        /**
         * @description What a gazetteer entry is.
         * @enum {string}
         */
        PlaceKind: "street" | "address" | "postcode" | "place";
        /** @description A place that matched a search: what to show and where it is. */
        PlaceMatch: {
            /** @description "3 Mill Lane, AB1 2CD", "Mill Lane", "AB1 2CD", "Kamppi". */
            label: string;
            kind: components["schemas"]["PlaceKind"];
            /** Format: double */
            lat: number;
            /** Format: double */
            lon: number;
        };
        PlaceSearchResult: {
            /** @description Best first. */
            matches: components["schemas"]["PlaceMatch"][];
            /** @description What the data's licences ask to be shown with it ("© OpenStreetMap contributors"). */
            attribution: string[];
        };
        Pooling: {
            /**
             * Format: int64
             * @description Shared issues first reported in the period (merged duplicates not counted).
             */
            issues: number;
            /**
             * Format: int64
             * @description Reports pooled into them.
             */
            reports: number;
            /**
             * Format: int64
             * @description Distinct people affected, summed over those issues.
             */
            supporters: number;
            /**
             * Format: int64
             * @description `reports - issues`: reports that joined an existing issue instead of starting a new one.
             */
            duplicate_work_saved: number;
        };
        PostCreated: {
            /** Format: uuid */
            thread_id: string;
            /** Format: uuid */
            post_id: string;
            /** Format: int64 */
            seq: number;
            /** Format: uuid */
            parent_id?: string | null;
            /** Format: uuid */
            author_id: string;
            /** Format: int64 */
            post_count: number;
        };
        PostFlagged: {
            /** Format: uuid */
            thread_id: string;
            /** Format: uuid */
            post_id: string;
            /** Format: int64 */
            seq: number;
            /** Format: int32 */
            flag_count: number;
        };
        PostReason: {
            /** @description 1 to 500 characters. */
            reason: string;
        };
        /** @description A post, by ids only: a post hidden or deleted later must not stay readable in the log. */
        PostRef: {
            /** Format: uuid */
            thread_id: string;
            /** Format: uuid */
            post_id: string;
            /** Format: int64 */
            seq: number;
        };
        /** @enum {string} */
        PostStatus: "visible" | "hidden" | "deleted";
        PostView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            thread_id: string;
            /**
             * Format: int64
             * @description Position in the thread, from 1.
             */
            seq: number;
            /** Format: uuid */
            parent_id?: string | null;
            /** Format: uuid */
            author_id?: string | null;
            author_name?: string | null;
            status: components["schemas"]["PostStatus"];
            /**
             * @description Sanitised HTML. `null` for deleted posts, and for hidden ones except to coordinators and
             *     the author.
             */
            body_html?: string | null;
            /** @description The Markdown source, under the same rule. */
            body_source?: string | null;
            lang?: null | components["schemas"]["Locale"];
            /** @description Why it was hidden (to coordinators and the author). */
            hidden_reason?: string | null;
            /** Format: date-time */
            edited_at?: string | null;
            /** Format: date-time */
            created_at: string;
            reactions: components["schemas"]["ReactionCount"][];
            flagged_by_me: boolean;
            /**
             * Format: int32
             * @description Open flags (coordinators only).
             */
            flag_count?: number | null;
        };
        /** @description What a person receives, and what they muted. */
        Preferences: {
            /** @description Kinds (`what` values) that are stored as read and never pushed or e-mailed. */
            muted_kinds: components["schemas"]["NotificationKind"][];
            /** @description Muted threads, issues and tasks (`thread:{id}`, `issue:{id}`, `task:{id}`). */
            muted_subjects: string[];
            email_mode: components["schemas"]["EmailMode"];
            /** @description Whether this server sends e-mail at all (SMTP configured). */
            email_available: boolean;
        };
        /** @description A change of preferences; absent fields stay as they are. */
        PreferencesUpdate: {
            /** @description Replaces the muted kinds (unknown kinds are refused). */
            muted_kinds?: components["schemas"]["NotificationKind"][] | null;
            email_mode?: null | components["schemas"]["EmailMode"];
        };
        Preview: {
            html: string;
            /** @description The members the post would mention. */
            mentions: components["schemas"]["MentionCandidate"][];
        };
        PreviewRequest: {
            body: string;
        };
        /** @description The body of every error answer. */
        Problem: {
            /** @description A URI naming the kind of problem. */
            type: string;
            title: string;
            /** Format: int32 */
            status: number;
            detail: string;
            /** @description Per-field messages on validation failures. */
            errors?: {
                [key: string]: string[];
            } | null;
        };
        /** @description A claim waiting for someone to verify it, with its task. */
        QueuedClaim: components["schemas"]["ClaimView"] & {
            task_title: string;
        };
        QueuedPost: {
            post: components["schemas"]["PostView"];
            thread_title: string;
            /** @description Open flags, oldest first. */
            flags: components["schemas"]["FlagView"][];
        };
        ReactionChanged: {
            /** Format: uuid */
            thread_id: string;
            /** Format: uuid */
            post_id: string;
            /** Format: int64 */
            seq: number;
            /** @description How many of each reaction, e.g. `{"👍": 2}`. */
            reactions: {
                [key: string]: number;
            };
        };
        ReactionCount: {
            reaction: string;
            /** Format: int64 */
            count: number;
            /** @description Whether the caller gave this reaction. */
            mine: boolean;
        };
        ReactionRequest: {
            /**
             * @description One of 👍 ❤️ 🎉 😮 🙏.
             * @enum {string}
             */
            reaction: "👍" | "❤️" | "🎉" | "😮" | "🙏" | "❤";
        };
        ReadAll: {
            /**
             * Format: int64
             * @description How many were unread and are now read.
             */
            marked: number;
            /** Format: int64 */
            unread: number;
        };
        ReadRequest: {
            /**
             * Format: int64
             * @description The last post number seen; the position only moves forward.
             */
            seq: number;
        };
        Readiness: {
            /** @description `ok` or `unavailable`. */
            database: string;
            /** @description `ok`, `unavailable`, or `not_configured`. */
            redis: string;
            /**
             * @description Where photos are kept: `local` (the data folder) or, with `COMMONGROUND_STORAGE_URL`,
             *     `ok` or `unavailable` for the object store.
             */
            photo_storage: string;
        };
        ReasonRequest: {
            reason: string;
        };
        RefreshRequest: {
            refresh_token: string;
        };
        RegisterRequest: {
            /** Format: email */
            email: string;
            /** @description 1 to 80 characters; shown to neighbours. */
            display_name: string;
            /** @description At least 10 characters. */
            password: string;
        };
        /** @description The answer to a well-formed registration, new address or taken. */
        RegistrationAccepted: {
            message: string;
        };
        ReopenRequest: {
            /** @description What is still wrong (optional, up to 2000 characters). */
            note?: string | null;
        };
        ReportContact: {
            name?: string | null;
            email?: string | null;
            phone?: string | null;
        };
        /** @description What a report may carry, so the form can say so before sending (the server enforces the same). */
        ReportLimits: {
            /** @description Photos one report may have. */
            photos_per_report: number;
            /** @description The largest photo accepted, in bytes. */
            photo_bytes: number;
            /** @description The longest answer to one of a category's questions, in characters. */
            answer_chars: number;
        };
        ReportOutcome: {
            /** Format: uuid */
            report_id: string;
            /** @description True when the report joined an existing issue rather than starting one. */
            pooled: boolean;
            issue: components["schemas"]["IssueView"];
        };
        ReportRequest: {
            /** Format: uuid */
            category_id: string;
            location?: null | components["schemas"]["GeoPoint"];
            /**
             * @description Where it is, in words ("3 Mill Lane"; at most 300 characters). Without `location`, the
             *     gazetteer places the report at the best match inside the neighbourhood and it pools like
             *     a located one; when nothing matches it still files, and its issue says
             *     `place_not_found` (a coordinator places it).
             */
            address?: string | null;
            /** @description Plain text, 1 to 4000 characters. */
            description: string;
            /** @description Show my name publicly (default false). */
            show_name?: boolean;
            /**
             * Format: uuid
             * @description Add to this existing issue (from the nearby suggestions) instead of pooling automatically.
             */
            issue_id?: string | null;
            /** @description Answers to the category's questions, by question code. */
            answers?: Record<string, never>;
            on_behalf_of?: null | components["schemas"]["OnBehalfOfRequest"];
        };
        ReportView: {
            /** Format: uuid */
            id: string;
            description: string;
            lang?: null | components["schemas"]["Locale"];
            /** @description Shown when the reporter chose to show it, or to coordinators and service managers. */
            reporter_name?: string | null;
            /** @description `web` (a member, in the app) or `open311` (an organisation's app). */
            source: string;
            contact?: null | components["schemas"]["ReportContact"];
            /** @description A member made it for a neighbour without an account (everyone sees this, never who). */
            on_behalf_of_neighbour: boolean;
            neighbour?: null | components["schemas"]["NeighbourView"];
            /** @description The reporter's answers to the category's questions, in words. */
            answers: components["schemas"]["AnswerView"][];
            /** Format: date-time */
            created_at: string;
        };
        /** @description An event whose data the subscriber may not see: it keeps the `seq` in order. */
        RestrictedEvent: {
            data: components["schemas"]["NoData"];
            /** @enum {string} */
            kind: "restricted";
        };
        RevisionView: {
            /** Format: uuid */
            id: string;
            body_source: string;
            body_html: string;
            /** Format: date-time */
            written_at: string;
            /** Format: date-time */
            replaced_at: string;
        };
        /** @enum {string} */
        Role: "member" | "coordinator";
        /**
         * @description What the server sends (`docs/live-protocol.md`); an `event`'s `kind` and `data` are a
         *     `LiveEvent` or a `RestrictedEvent`.
         */
        ServerMessage: {
            /** Format: uuid */
            user_id: string;
            /** @enum {string} */
            type: "ready";
        } | {
            channel: string;
            /** Format: int64 */
            seq: number;
            /** @enum {string} */
            type: "subscribed";
        } | (components["schemas"]["EventView"] & {
            /** @enum {string} */
            type: "event";
        }) | {
            channel: string;
            /** Format: int64 */
            seq: number;
            /** @enum {string} */
            type: "reset";
        } | {
            channel: string;
            /** Format: int64 */
            online: number;
            /** @enum {string} */
            type: "presence";
        } | {
            channel: string;
            reason: string;
            /** @enum {string} */
            type: "unsubscribed";
        } | {
            code: string;
            message: string;
            channel?: string | null;
            /** @enum {string} */
            type: "error";
        } | {
            /** @enum {string} */
            type: "pong";
        };
        /**
         * @description The fields of `POST requests`, for the API description only: the handler parses the form
         *     itself, because GeoReport v2 lets clients put any field in the query string too and names
         *     answers `attribute[CODE]`.
         */
        ServiceRequestForm: {
            /** @description The organisation's key. */
            api_key: string;
            /** @description A category's code, from `services`. */
            service_code: string;
            /**
             * Format: double
             * @description Latitude and longitude (WGS84), or `address_string`.
             */
            lat?: number | null;
            /** Format: double */
            long?: number | null;
            address_string?: string | null;
            description?: string | null;
            /**
             * Format: email
             * @description The resident's contact details, kept for the organisation's staff only.
             */
            email?: string | null;
            first_name?: string | null;
            last_name?: string | null;
            phone?: string | null;
            media_url?: string | null;
            jurisdiction_id?: string | null;
        };
        StaffRemoved: {
            /** Format: uuid */
            organisation_id: string;
            /** Format: uuid */
            user_id: string;
        };
        StaffView: {
            /** Format: uuid */
            user_id: string;
            display_name: string;
            email: string;
            /** Format: date-time */
            added_at: string;
        };
        StartedServing: {
            /** Format: uuid */
            organisation_id: string;
        };
        StatusCounts: {
            /** Format: int64 */
            open: number;
            /** Format: int64 */
            acknowledged: number;
            /** Format: int64 */
            in_progress: number;
            /** Format: int64 */
            total: number;
        };
        StatusRequest: {
            status: components["schemas"]["IssueStatus"];
            /** @description Public note, required (1 to 2000 characters). */
            note: string;
        };
        StoppedServing: {
            /** Format: uuid */
            organisation_id: string;
        };
        /**
         * @description What a thread is about: a general thread of the neighbourhood, or the discussion of one issue
         *     or task.
         * @enum {string}
         */
        SubjectType: "general" | "issue" | "task";
        SuspendRequest: {
            /**
             * Format: date-time
             * @description When the suspension ends (within 365 days).
             */
            until: string;
            /** @description Told to the member; 1 to 500 characters. */
            reason: string;
        };
        TaskDetail: components["schemas"]["TaskView"] & {
            /** @description Slot-holding claims (names for those who may see members). */
            claims: components["schemas"]["ClaimView"][];
            /** @description Whether the caller may edit, approve or cancel. */
            can_manage: boolean;
            /**
             * @description Whether the caller may verify other people's work on it (a coordinator, or a member
             *     holding no claim on it).
             */
            can_verify: boolean;
        };
        /**
         * @description The fields of a task, all optional so one type serves creating (title and slots required) and
         *     editing (only what is given changes).
         */
        TaskFields: {
            /** @description 3 to 120 characters. */
            title?: string | null;
            /** @description Plain text, up to 4,000 characters. */
            description?: string | null;
            /**
             * Format: uuid
             * @description The shared issue this work helps with (same neighbourhood).
             */
            issue_id?: string | null;
            location?: null | components["schemas"]["GeoPoint"];
            address?: string | null;
            /**
             * Format: date-time
             * @description Both or neither; `ends_at` after `starts_at`.
             */
            starts_at?: string | null;
            /** Format: date-time */
            ends_at?: string | null;
            /**
             * Format: int32
             * @description 1 to 100 people.
             */
            slots?: number | null;
            /**
             * Format: int32
             * @description Lease of a claim on an open-ended task, 1 to 336 hours (default 48).
             */
            lease_hours?: number | null;
            /** @description Up to 10, each up to 40 characters. */
            skills?: string[] | null;
            accessibility?: string | null;
            equipment?: string | null;
        };
        TaskFigures: {
            /** Format: int64 */
            open: number;
            /**
             * Format: int64
             * @description Every slot taken, or work under way.
             */
            staffed: number;
            /**
             * Format: int64
             * @description Work reported done (verified or awaiting verification).
             */
            done: number;
            /**
             * Format: double
             * @description Hours of verified work, verified since Monday 00:00 UTC.
             */
            verified_hours_this_week: number;
        };
        TaskHours: {
            /** Format: uuid */
            task_id: string;
            title: string;
            /** Format: double */
            hours: number;
        };
        TaskState: {
            /** Format: uuid */
            task_id: string;
            status: components["schemas"]["TaskStatus"];
            /** Format: int32 */
            claimed_slots: number;
            /** Format: int32 */
            slots: number;
        };
        /** @enum {string} */
        TaskStatus: "proposed" | "open" | "staffed" | "in_progress" | "done" | "verified" | "cancelled";
        TaskView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            neighbourhood_id: string;
            /** Format: uuid */
            issue_id?: string | null;
            title: string;
            description: string;
            lang?: null | components["schemas"]["Locale"];
            location?: null | components["schemas"]["GeoPoint"];
            address?: string | null;
            /** Format: date-time */
            starts_at?: string | null;
            /** Format: date-time */
            ends_at?: string | null;
            /** Format: int32 */
            slots: number;
            /** Format: int32 */
            claimed_slots: number;
            /** Format: int32 */
            lease_hours: number;
            skills: string[];
            accessibility: string;
            equipment: string;
            status: components["schemas"]["TaskStatus"];
            cancel_reason?: string | null;
            /** Format: double */
            verified_hours: number;
            /** Format: uuid */
            created_by?: string | null;
            /** Format: date-time */
            created_at: string;
            my_claim?: null | components["schemas"]["ClaimView"];
        };
        ThreadChange: {
            locked?: boolean | null;
            pinned?: boolean | null;
            /** @description Why (kept in the moderation log); required to lock. */
            reason?: string | null;
        };
        ThreadDetail: components["schemas"]["ThreadView"] & {
            /** @description Whether the caller may post here now (member in good standing; open thread). */
            can_post: boolean;
            /** @description Whether the caller may flag posts. */
            can_flag: boolean;
            /** @description Whether the caller moderates (hide, restore, lock, pin, see earlier versions). */
            can_moderate: boolean;
        };
        ThreadState: {
            /** Format: uuid */
            thread_id: string;
            /** @description What the thread is about. */
            subject: components["schemas"]["SubjectType"];
            /** Format: uuid */
            subject_id?: string | null;
            /** Format: int64 */
            post_count: number;
            /**
             * Format: int64
             * @description The newest post's `seq` in the thread.
             */
            last_seq: number;
            locked: boolean;
            pinned: boolean;
        };
        ThreadView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            neighbourhood_id: string;
            subject: components["schemas"]["SubjectType"];
            /**
             * Format: uuid
             * @description The issue or task for their discussions.
             */
            subject_id?: string | null;
            title: string;
            lang?: null | components["schemas"]["Locale"];
            /** Format: uuid */
            author_id?: string | null;
            author_name?: string | null;
            /**
             * Format: int64
             * @description Posts that are not deleted.
             */
            post_count: number;
            /**
             * Format: int64
             * @description The newest post's number (posts are numbered from 1).
             */
            last_seq: number;
            locked: boolean;
            pinned: boolean;
            /** Format: date-time */
            last_activity_at: string;
            /** Format: date-time */
            created_at: string;
            /**
             * Format: int64
             * @description The caller's read position (signed-in callers only; 0 when never opened).
             */
            last_read_seq?: number | null;
            /**
             * Format: int64
             * @description Posts after the caller's read position.
             */
            unread_count?: number | null;
        };
        TimelineEntry: {
            status: components["schemas"]["IssueStatus"];
            note: string;
            /** Format: date-time */
            at: string;
        };
        /** @description OAuth 2 style token answer. */
        TokenPair: {
            access_token: string;
            /** @description Single use: each refresh returns a new one. */
            refresh_token: string;
            /** @description Always `Bearer`. */
            token_type: string;
            /**
             * Format: int64
             * @description Seconds until the access token expires.
             */
            expires_in: number;
        };
        /** @description One day of the trend. */
        TrendDay: {
            /** Format: date */
            date: string;
            /**
             * Format: int64
             * @description Issues first reported that day.
             */
            created: number;
            /**
             * Format: int64
             * @description Issues resolved that day (each resolution counts, also after a reopening).
             */
            resolved: number;
        };
        TriageItem: components["schemas"]["IssueView"] & {
            neighbourhood_name: string;
            assignee?: null | components["schemas"]["Assignee"];
        };
        /** @enum {string} */
        TriageSort: "impact" | "newest" | "oldest";
        UnreadCount: {
            /** Format: int64 */
            unread: number;
        };
        UpdateCategoryRequest: {
            name?: string | null;
            description?: string | null;
            group?: string | null;
            keywords?: string[] | null;
            /**
             * Format: int32
             * @description 1 to 365, or null to clear.
             */
            target_days?: number | null;
            attributes?: components["schemas"]["Attribute"][] | null;
        };
        UpdateMeRequest: {
            display_name?: string | null;
            /** @description A new password (at least 10 characters); needs `current_password`. */
            password?: string | null;
            current_password?: string | null;
            locale?: null | components["schemas"]["Locale"];
            /** @description An IANA time zone name ("Europe/Warsaw"), as the browser reports it. */
            time_zone?: string | null;
        };
        UpdateNeighbourhoodRequest: {
            name?: string | null;
            description?: string | null;
            visibility?: null | components["schemas"]["Visibility"];
            join_policy?: null | components["schemas"]["JoinPolicy"];
        };
        /** @description What a person hears on `user:{id}` (everything there is theirs to see). */
        UserEvent: {
            /** @description A notification; also stored in their inbox. */
            data: components["schemas"]["Notification"];
            /** @enum {string} */
            kind: "notification";
        } | {
            /** @description Some were marked read: lets a person's other tabs update their unread count. */
            data: components["schemas"]["NotificationsRead"];
            /** @enum {string} */
            kind: "notifications.read";
        };
        /** @description A person's account as they and admins see it. */
        UserView: {
            /** Format: uuid */
            id: string;
            email: string;
            display_name: string;
            is_platform_admin: boolean;
            /** Format: date-time */
            created_at: string;
        };
        /** @description What the caller is to this neighbourhood, so the UI can offer the right actions. */
        ViewerRelation: {
            membership?: null | components["schemas"]["MembershipRef"];
            is_service_manager: boolean;
            /** @description Coordinator (or platform admin): may edit and manage members. */
            can_manage: boolean;
        };
        /**
         * @description Who can see a neighbourhood.
         * @enum {string}
         */
        Visibility: "public" | "private";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed attempts; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationAccepted"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many accounts from this address; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    calendar_feed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 5545 calendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": unknown;
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_category: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCategoryRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    client_config: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientConfig"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirm_follow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmFollowRequest"];
            };
        };
        responses: {
            /** @description Updates of this issue will be e-mailed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowConfirmed"];
                };
            };
            /** @description Not a valid link */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The link expired, or the follow ended */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    change_follow_frequency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowFrequencyRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowFrequencyChanged"];
                };
            };
            /** @description Not a valid link */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The link expired, or the follow ended */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unsubscribe_follow: {
        parameters: {
            query: {
                /** @description The token from the e-mail's unsubscribe link */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description What mail programs send (optional; not read) */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OneClickForm"];
            };
        };
        responses: {
            /** @description No more e-mail about this issue goes to the address */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not a valid link */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The link expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_issue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueDetail"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issue_discussion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Discussion"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_issue_discussion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPost"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    follow_issue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowRequest"];
            };
        };
        responses: {
            /** @description Check the inbox for the confirmation link */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowAccepted"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests to follow; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    set_location: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The issue has a point already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    merge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    set_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    support: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many wrong current passwords; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    new_calendar_link: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarLink"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    turn_off_calendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Turned off */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    my_hours: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyHours"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mine: {
        parameters: {
            query?: {
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
                /** @description Items per page, 1 to 100 (default 20). */
                limit?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_MyInvitation"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already answered or withdrawn */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It has lapsed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already answered or withdrawn */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It has lapsed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description `thread:{id}`, `issue:{id}` or `task:{id}` */
                subject: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Muted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unmute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subject: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unmuted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_preferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Preferences"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_preferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreferencesUpdate"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Preferences"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_notifications: {
        parameters: {
            query?: {
                /** @description Only notifications not yet read. */
                unread?: boolean | null;
                cursor?: string | null;
                limit?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_NotificationView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    read_all: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadAll"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unread_count: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    read_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_neighbourhoods: {
        parameters: {
            query?: {
                /** @description Part of the name, case-insensitive. */
                q?: string | null;
                /** @description `lat,lon`: sort by distance from this point (within 50 km). */
                near?: string | null;
                /**
                 * @description `lat,lon`: only neighbourhoods whose area (circle or drawn boundary) contains this point,
                 *     e.g. a place found by `GET /api/v1/places/search`.
                 */
                covers?: string | null;
                cursor?: string | null;
                /** @description 1 to 100, default 20. */
                limit?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_NeighbourhoodView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_neighbourhood: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNeighbourhoodRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeighbourhoodView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many neighbourhoods created; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_neighbourhood: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeighbourhoodView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_neighbourhood: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNeighbourhoodRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeighbourhoodView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    for_neighbourhood: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryView"][];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    events: {
        parameters: {
            query?: {
                /** @description The last seq already seen (default 0: from the start of the kept history). */
                since?: number | null;
                /** @description 1 to 500, default 100. */
                limit?: number | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description That history is no longer kept; reload */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hours: {
        parameters: {
            query?: {
                /** @description `week` (default) or `month`. */
                period?: null | components["schemas"]["Period"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeighbourhoodHours"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hours_by_person: {
        parameters: {
            query?: {
                /** @description `csv` for a spreadsheet, `json` (default) otherwise. */
                format?: null | components["schemas"]["HoursFormat"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonHours"][];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_invitations: {
        parameters: {
            query?: {
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
                /** @description Items per page, 1 to 100 (default 20). */
                limit?: number | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_InvitationView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_invitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteRequest"];
            };
        };
        responses: {
            /** @description If they accept, they join */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many invitations; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revoke_invitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                invitation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already answered or withdrawn */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description It has lapsed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_issues: {
        parameters: {
            query?: {
                status?: null | components["schemas"]["IssueStatus"];
                category?: string | null;
                /** @description `min_lon,min_lat,max_lon,max_lat` (the GeoJSON order). */
                bbox?: string | null;
                /** @description Words from the reports' descriptions. */
                q?: string | null;
                /**
                 * @description `false`: only issues whose place was not found (reported by an address the gazetteer
                 *     could not place); `true`: only placed ones.
                 */
                placed?: boolean | null;
                /** @description `newest` (default), `impact` or `oldest_unresolved`; the last two list active issues only. */
                sort?: null | components["schemas"]["IssueSort"];
                /** @description `json` (default) or `geojson` (a FeatureCollection of the page's located issues). */
                format?: null | components["schemas"]["ListFormat"];
                cursor?: string | null;
                limit?: number | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_IssueView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    nearby: {
        parameters: {
            query: {
                lat: number;
                lon: number;
                /** @description The category being reported: its issues come first. */
                category?: string | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NearbyIssue"][];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    join: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `status` is `active` or `pending` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already a member or already asked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leaflet_qr: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The QR code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The last coordinator cannot leave while others remain */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_members: {
        parameters: {
            query?: {
                /** @description `active` (default), `pending` (coordinators only) or `suspended`. */
                status?: null | components["schemas"]["MembershipStatus"];
                cursor?: string | null;
                limit?: number | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_MemberView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    remove_member: {
        parameters: {
            query?: {
                /** @description Why (kept in the moderation log), up to 500 characters. */
                reason?: string | null;
            };
            header?: never;
            path: {
                id: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    change_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeMemberRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approve_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reinstate_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    suspend_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuspendRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mentions: {
        parameters: {
            query?: {
                /** @description The start of a name (or of any word in it), with or without `@`. */
                q?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentionCandidate"][];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    log: {
        parameters: {
            query?: {
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
                /** @description Items per page, 1 to 100 (default 20). */
                limit?: number | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_LogEntry"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    moderation_queue: {
        parameters: {
            query?: {
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
                /** @description Items per page, 1 to 100 (default 20). */
                limit?: number | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_QueuedPost"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Preview"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    report: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. A key you choose (1 to 255 visible ASCII characters; a UUID is a good key) naming this one request: sending the same request again with the same key within 24 hours answers the first answer again (same status and body) and changes nothing. The same key with a different request is refused (422); a key still being handled answers 409. */
                "Idempotency-Key"?: string | null;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportOutcome"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many reports; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_tasks: {
        parameters: {
            query?: {
                /** @description Comma-separated states, or `needs_people`. */
                status?: string | null;
                skill?: string | null;
                /** @description Scheduled tasks ending after this (open-ended tasks always match). */
                from?: string | null;
                /** @description Scheduled tasks starting before this. */
                to?: string | null;
                issue_id?: string | null;
                /** @description Only tasks the caller has claimed. */
                mine?: boolean | null;
                cursor?: string | null;
                limit?: number | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_TaskView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_task: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskFields"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_threads: {
        parameters: {
            query?: {
                /** @description `general`, `issue` or `task`; all threads when absent. */
                subject?: null | components["schemas"]["SubjectType"];
                cursor?: string | null;
                limit?: number | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ThreadView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_thread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewThread"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadDetail"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verification_queue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedClaim"][];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_organisations: {
        parameters: {
            query?: {
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
                /** @description Items per page, 1 to 100 (default 20). */
                limit?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_OrganisationView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_organisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_organisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_api_keys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyView"][];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueApiKeyRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedApiKey"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revoke_api_key: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                key_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    for_organisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryView"][];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_category: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCategoryRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    summary: {
        parameters: {
            query?: {
                /** @description One of the served neighbourhoods (default: all of them). */
                neighbourhood_id?: string | null;
                /** @description One of the organisation's categories (default: all of them). */
                category_id?: string | null;
                /** @description Days back for response times and pooling, 1 to 365 (default 30). */
                days?: number | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardSummary"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    export_csv: {
        parameters: {
            query?: {
                /** @description One of the served neighbourhoods (default: all of them). */
                neighbourhood_id?: string | null;
                /** @description One of the organisation's categories (default: all of them). */
                category_id?: string | null;
                status?: null | components["schemas"]["IssueStatus"];
                /** @description Issues first reported in the last `days` days, 1 to 365 (default: all). */
                days?: number | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV, one issue a line */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": unknown;
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    export_geojson: {
        parameters: {
            query?: {
                /** @description One of the served neighbourhoods (default: all of them). */
                neighbourhood_id?: string | null;
                /** @description One of the organisation's categories (default: all of them). */
                category_id?: string | null;
                status?: null | components["schemas"]["IssueStatus"];
                /** @description Issues first reported in the last `days` days, 1 to 365 (default: all). */
                days?: number | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description GeoJSON FeatureCollection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": unknown;
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    serve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                neighbourhood_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    stop_serving: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                neighbourhood_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_staff: {
        parameters: {
            query?: {
                /** @description `next_cursor` from the previous page. */
                cursor?: string | null;
                /** @description Items per page, 1 to 100 (default 20). */
                limit?: number | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_StaffView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    add_staff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddStaffRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    remove_staff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    triage_queue: {
        parameters: {
            query?: {
                neighbourhood_id?: string | null;
                category_id?: string | null;
                /** @description One status (default: open, acknowledged and in progress). */
                status?: null | components["schemas"]["IssueStatus"];
                /** @description `me`, `none` or a staff member's id. */
                assignee?: string | null;
                /** @description `impact` (default), `newest` or `oldest`. */
                sort?: null | components["schemas"]["TriageSort"];
                cursor?: string | null;
                limit?: number | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_TriageItem"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    bulk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkOutcome"][];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    full: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The photo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": unknown;
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The photo store cannot be reached; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    thumbnail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thumbnail */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": unknown;
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The photo store cannot be reached; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search_places: {
        parameters: {
            query: {
                /**
                 * @description What the person typed: a street, an address, a postcode or a place name (the last word
                 *     may be unfinished). 1 to 100 characters.
                 */
                q: string;
                /** @description `lat,lon`: prefer matches near this point. */
                near?: string | null;
                /** @description 1 to 10, default 5. */
                limit?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaceSearchResult"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    edit_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    flag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostReason"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlagOutcome"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    hide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostReason"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    react: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReactionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OptionalReason"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionView"][];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    erase_neighbour: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The report */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erased (or erased already) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    upload: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. A key you choose (1 to 255 visible ASCII characters; a UUID is a good key) naming this one request: sending the same request again with the same key within 24 hours answers the first answer again (same status and body) and changes nothing. The same key with a different request is refused (422); a key still being handled answers 409. */
                "Idempotency-Key"?: string | null;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": number[];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many photos uploaded; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many photos being processed or waiting (retry after `Retry-After` seconds), or the photo store cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_task: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDetail"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_task: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskFields"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    check_in: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    claim_slot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    task_discussion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Discussion"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_task_discussion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPost"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    done: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DoneRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    extend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    release: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_thread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadDetail"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    change_thread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThreadChange"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadDetail"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_posts: {
        parameters: {
            query?: {
                /** @description Posts after this number (e.g. the caller's read position); ignored with `cursor`. */
                after_seq?: number | null;
                cursor?: string | null;
                limit?: number | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_PostView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPost"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mark_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReadRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadView"];
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over a rate limit; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    healthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": unknown;
                };
            };
            /** @description The access token is missing, invalid or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    discovery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description `json` or `xml` */
                format: components["schemas"]["Open311Format"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The discovery document (JSON or XML, by the extension) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    "text/xml": string;
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
        };
    };
    requests: {
        parameters: {
            query?: {
                jurisdiction_id?: string;
                /** @description Comma-separated ids */
                service_request_id?: string;
                /** @description Comma-separated codes */
                service_code?: string;
                /** @description `open`, `closed` or both, comma-separated */
                status?: string;
                /** @description W3C datetime */
                start_date?: string;
                /** @description W3C datetime */
                end_date?: string;
            };
            header?: never;
            path: {
                /** @description `json` or `xml` */
                format: components["schemas"]["Open311Format"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Service requests (JSON or XML, by the extension) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    "text/xml": string;
                };
            };
            /** @description Invalid parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description Nothing with that id, or nothing the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
        };
    };
    create_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description `json` or `xml` */
                format: components["schemas"]["Open311Format"];
            };
            cookie?: never;
        };
        /** @description Also `attribute[CODE]` for the service's questions; any field may come in the query string instead */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ServiceRequestForm"];
            };
        };
        responses: {
            /** @description service_request_id and token (JSON or XML, by the extension) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    "text/xml": string;
                };
            };
            /** @description Missing or invalid parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description Missing, invalid or revoked api_key */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description Unknown jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description The current state does not allow this change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description The request body is over the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description The body is not of the media type the operation takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description Too many requests with this api_key; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
        };
    };
    request: {
        parameters: {
            query?: {
                jurisdiction_id?: string;
            };
            header?: never;
            path: {
                id: string;
                /** @description `json` or `xml` */
                format: components["schemas"]["Open311Format"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A one-element list (JSON or XML, by the extension) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    "text/xml": string;
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description Unknown request */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
        };
    };
    services: {
        parameters: {
            query?: {
                /** @description Required when several organisations are served here */
                jurisdiction_id?: string;
            };
            header?: never;
            path: {
                /** @description `json` or `xml` */
                format: components["schemas"]["Open311Format"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service list (JSON or XML, by the extension) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    "text/xml": string;
                };
            };
            /** @description Errors in the specification's format */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description Unknown jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
        };
    };
    service_definition: {
        parameters: {
            query?: {
                jurisdiction_id?: string;
            };
            header?: never;
            path: {
                service_code: string;
                /** @description `json` or `xml` */
                format: components["schemas"]["Open311Format"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service definition (JSON or XML, by the extension) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    "text/xml": string;
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description Unknown service_code or jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
        };
    };
    token: {
        parameters: {
            query?: {
                jurisdiction_id?: string;
            };
            header?: never;
            path: {
                token: string;
                /** @description `json` or `xml` */
                format: components["schemas"]["Open311Format"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description service_request_id and token (JSON or XML, by the extension) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    "text/xml": string;
                };
            };
            /** @description The request is malformed (JSON, query string, path or cursor) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description Unknown token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description One or more fields are invalid; see `errors` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description The service cannot handle the request right now; retry shortly */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
        };
    };
    readyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description A dependency is unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
