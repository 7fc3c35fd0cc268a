// Generated from static/openapi.json by `npm run api:generate`; do not edit.

export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Name, version and documentation address of this API */
        get: operations["getApiIndex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/access-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * E-mail me links to my tickets
         * @description Always 202 with the same body, whether or not the address has tickets. If it has, a link that opens all of them is e-mailed to it (never returned here). Limited per client address and per e-mail address.
         */
        post: operations["requestAccessLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/address-confirmations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the requester’s e-mail address (P1 paging)
         * @description With the token from the acknowledgement e-mail of a P1 filed from an address not known yet. The address counts as confirmed from then on (its later P1s page the on-call list at once), and this ticket pages the on-call list now if it is still an open P1. The token works once, for 7 days. Limited per client address.
         */
        post: operations["confirmRequesterAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/mailbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The embedded mailbox: e-mail written to DATA_DIR/mail when no SMTP server is configured
         * @description Newest first, paged with `before` (follow `nextBefore`). Only the headers are read. With `SMTP_URL` set nothing is written there and the mailbox answers `mailbox_disabled`.
         */
        get: operations["listMailbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/mailbox/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One message of the embedded mailbox, parsed
         * @description Headers decoded (a Chinese subject reads as Chinese), with the text and HTML bodies.
         */
        get: operations["getMailboxMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/mailbox/{id}/raw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One message of the embedded mailbox, as the .eml file
         * @description Served as a download (Content-Disposition: attachment) to open in a mail client.
         */
        get: operations["downloadMailboxMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Outgoing e-mail and its fate: waiting, being sent, sent, or dead letters
         * @description Newest first, paged by cursor (follow `nextCursor`), filtered by `status` and `kind`. `lastError` says why a message failed, e.g. the SMTP server’s reply. The message’s content (payload) is never shown: until it is sent it holds live tracking and sign-in links.
         */
        get: operations["listOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/outbox/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One outgoing e-mail
         * @description The same fields as in the list; never the payload.
         */
        get: operations["getOutboxMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/outbox/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a dead letter again
         * @description The message is due at once, with a fresh count of attempts and the same Message-ID, so a recipient who got an earlier attempt sees a repeat rather than a new e-mail. Fix the cause first (the address, the SMTP settings). Only a `dead` message can be resent (`not_resendable`, with its current status in `detail`).
         */
        post: operations["resendOutboxMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/search-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What people search for and do not find
         * @description Per query over a period (days in UTC): searches, searches that found nothing, results opened and deflections (“this solved my problem”), with the queries that found nothing first. Queries are kept 180 days.
         */
        get: operations["getSearchReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/sla/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Business calendars of the SLA policies
         * @description Each with its coverage: `coverage.warn` is true from 60 days before the last covered day, and after it.
         */
        get: operations["listSlaCalendars"];
        put?: never;
        /**
         * Add a business calendar
         * @description Refused with field errors: overlapping (`overlapping_intervals`) or inverted (`inverted_interval`) hours, an unknown time zone (`unknown_time_zone`), one date given twice, such as a holiday that is also a make-up day (`duplicate_date`), a date outside the coverage (`outside_coverage`).
         */
        post: operations["createSlaCalendar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/sla/calendars/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One business calendar */
        get: operations["getSlaCalendar"];
        /**
         * Replace a business calendar
         * @description The body is the whole calendar; its `id` may be left out (it is the path’s). The open SLA clocks of every policy on it get their due times computed again (time used kept), 500 per transaction; `recomputed` says how many tickets changed. The built-in 7×24 calendar cannot be changed.
         */
        put: operations["replaceSlaCalendar"];
        post?: never;
        /** Delete a business calendar no policy uses */
        delete: operations["deleteSlaCalendar"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/sla/calendars/{id}/days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add holidays and make-up working days, and extend the coverage (next year’s notice)
         * @description A date the calendar already has is replaced. Days outside the new coverage are refused (`outside_coverage`), and a date given twice (`duplicate_date`); field errors name `days.N` as sent. Open clocks are computed again.
         */
        post: operations["addSlaCalendarDays"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/sla/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The SLA policy of each priority */
        get: operations["listSlaPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/sla/policies/{priority}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the targets and calendar of a priority
         * @description Targets are business minutes of the calendar, at least 1. Open clocks of this priority keep the time used (under the calendar it was used under) and their pauses, and get new due times.
         */
        put: operations["saveSlaPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/sla/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SLA compliance over a period
         * @description The SLA clocks of the tickets filed in the period (days in the support calendar’s zone), per priority, category or agent and per target: met, breached and still open, the share met, and the median and 90th-percentile business hours used by the clocks that ended. A clock still running past its target counts as breached.
         */
        get: operations["getSlaReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/sla/report.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SLA compliance over a period, as CSV
         * @description The rows of `GET /admin/sla/report` as CSV (RFC 4180), headed in the caller’s language (`Accept-Language`); the Chinese file starts with a byte-order mark so spreadsheet programs read it as UTF-8. A cell that would run as a formula is prefixed with an apostrophe.
         */
        get: operations["exportSlaReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with e-mail address and password
         * @description Sets the `ho_session` cookie (httpOnly, SameSite=Lax, Secure over https) and returns the CSRF token to send as `X-CSRF-Token` on every write made with the cookie. An unknown address, a wrong password and a deactivated account all answer the same `invalid_credentials`. Attempts are limited per client address and, for failures, per account; past the limit the answer is `rate_limited` with `Retry-After`.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: end this session and clear its cookie */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in staff member, and the CSRF token of the session */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change one’s own language
         * @description The language of the member’s e-mails and of the console links in them.
         */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/auth/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which kinds of e-mail the signed-in staff member gets, and whether they are on call */
        get: operations["getMyNotificationSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Switch kinds of staff e-mail on or off for oneself
         * @description The P1 page to the on-call list cannot be switched off here: administrators put members on and off the list (PATCH /staff/{id}, `onCall`). Unknown kinds are refused.
         */
        patch: operations["updateMyNotificationSettings"];
        trace?: never;
    };
    "/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change one’s own password; every other session of the account ends */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My personal API tokens, newest first (revoked ones included; never the secret) */
        get: operations["listApiTokens"];
        put?: never;
        /**
         * Create a personal API token; the secret is shown once
         * @description Only from a signed-in console session (cookie and CSRF token), not with another API token.
         */
        post: operations["createApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of my API tokens */
        delete: operations["revokeApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live updates for the staff console (server-sent events)
         * @description A `text/event-stream` that stays open. `ticket` events (`{number, version, status, updatedAt}`) arrive when any replica commits a change to a ticket; `presence` events (`{number}`) when someone arrives at a ticket, leaves it, or begins or stops writing; `resync` when changes may have been missed (reload what is shown). A comment every 25 seconds keeps the connection up and carries an `id`, so a reconnecting EventSource sends a recent `Last-Event-ID` and is sent the ticket changes it missed. When the stream cannot be kept, poll `GET /tickets/changes` instead.
         */
        get: operations["streamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/my/ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the ticket a tracking link opens
         * @description With the tracking token from the e-mail as bearer token: the customer’s view of that one ticket, so a page holding only the link learns its number.
         */
        get: operations["getLinkedTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/my/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The requester's tickets
         * @description With the magic link from the e-mail as bearer token: every ticket filed from that address.
         */
        get: operations["listMyTickets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The page behind a staff e-mail’s unsubscribe link: asks before switching the kind off
         * @description Changes nothing (mail scanners open links). Answers an HTML page in the member’s language with a button that POSTs to the same address. An unknown or expired token answers 410 (a page, or `link_expired` as JSON).
         */
        get: operations["showUnsubscribe"];
        put?: never;
        /**
         * Switch off the kind of e-mail an unsubscribe link names (RFC 8058 one-click)
         * @description Mail clients POST `List-Unsubscribe=One-Click` here; the confirmation page’s button does the same. Repeating it is harmless. Links work for 180 days. JSON unless the caller prefers HTML.
         */
        post: operations["unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This OpenAPI 3.1 document */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/saved-replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The saved replies the caller may use
         * @description The shared replies and the caller’s own personal ones, by name. Other members’ personal replies are never listed.
         */
        get: operations["listSavedReplies"];
        put?: never;
        /**
         * Save a reply
         * @description A personal reply (the default) is the caller’s alone; a shared one is seen by all staff and only administrators create it. Both bodies are required. A placeholder in double braces that is not one of the known ones is refused with the field error `unknown_placeholder`; a name in use in that scope (ignoring case) is `conflict`.
         */
        post: operations["createSavedReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/saved-replies/{id}": {
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
         * Delete a saved reply
         * @description The same rules as changing it. Replies already sent with it are not affected.
         */
        delete: operations["deleteSavedReply"];
        options?: never;
        head?: never;
        /**
         * Change a saved reply
         * @description Send the version you read; if someone changed the reply since, the answer is version_conflict. Shared replies are changed by administrators only (others get 403); another member’s personal reply is 404. The scope stays as created.
         */
        patch: operations["updateSavedReply"];
        trace?: never;
    };
    "/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the manuals, FAQ, articles and (for staff) past tickets
         * @description One query over both languages: the reader’s language ranks first, the other’s pages still come. Chinese words are found inside compounds (工单 in 工单优先级) and English words by stem and with typos (deploymnet finds deployment). Anonymous callers and customers get docs, FAQ and articles; staff also get tickets, whose internal notes are searched for them only. A query with nothing to look for (punctuation, emoji) answers an empty result; an empty or over-long one, or an unknown filter value, is `validation_failed` naming the field and the allowed values. With Meilisearch configured and unreachable the answer is `search_unavailable` (503). Callers not signed in as staff are limited to 240 searches and suggestions a minute per address.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/search/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count a result opened, or a problem solved without a ticket
         * @description `click`: a hit or suggestion was opened; `deflection`: the customer answered “this solved my problem” and did not file. Both feed the metrics and the admin report. Limited to 60 a minute per address.
         */
        post: operations["recordSearchEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/search/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Articles for what a customer is writing
         * @description The portal asks as the customer types the subject and description (debounced): up to five docs, FAQ entries or articles, never tickets. Nothing is counted here; opening one and “this solved my problem” are sent to `POST /search/events`, and the list shown is filed with the ticket.
         */
        get: operations["suggestArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The support team
         * @description Administrators get every account, active or not. Agents get the active staff only, as id, name, role, active and onCall, to choose an assignee and see who is on call.
         */
        get: operations["listStaff"];
        put?: never;
        /**
         * Add a staff member
         * @description Only from a signed-in console session (cookie and CSRF token), not with an API token.
         */
        post: operations["createStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/{id}": {
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
        /**
         * Rename, change role or language, put on or take off the on-call list, deactivate or reactivate a staff member
         * @description Members on the on-call list (`onCall`) are e-mailed at once about every P1 ticket, at any hour. Deactivating ends the member’s sessions at once, and their API tokens stop working until reactivation. The last active administrator cannot be demoted or deactivated (`last_admin`). Changing a role or reactivating an account needs a signed-in console session; an API token may rename, deactivate or change the on-call list.
         */
        patch: operations["updateStaff"];
        trace?: never;
    };
    "/support/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a support form needs: categories, priorities with their definitions, upload limits, channels and hours
         * @description Public and the same for every caller. Read it instead of copying the server’s settings into a client: the categories, the tags a customer may choose, and the upload limits are what the filing route enforces.
         */
        get: operations["getSupportSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The staff queue
         * @description Filtered, sorted and paged by cursor (follow `nextCursor`).
         */
        get: operations["listTickets"];
        put?: never;
        /**
         * File a ticket
         * @description Anyone may file. The answer carries the tracking token and link once; only a hash is kept. Without a staff API token, filing is limited per client address and per requester e-mail. To attach logs, send multipart/form-data with this JSON object in a part named `ticket` and one `files` part per file (typed by content; programs refused). A form opened from a docs page ("ask about this page") sends that page as `context`; the ticket shows it to staff and to the customer.
         */
        post: operations["fileTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a ticket
         * @description Staff get the whole ticket and timeline; the ticket's link holders get the customer's view.
         */
        get: operations["getTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a ticket
         * @description Send the version you read; if someone changed the ticket since, the answer is version_conflict.
         */
        patch: operations["updateTicket"];
        trace?: never;
    };
    "/tickets/{number}/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file of a ticket or of one of its messages
         * @description Served as a download (Content-Disposition: attachment, with the UTF-8 name in filename*), with the type decided when it was uploaded, nosniff and a sandboxing Content-Security-Policy. A file of an internal note is staff-only: anyone else gets 404, as for a ticket they may not see.
         */
        get: operations["downloadTicketAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{number}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the resolution
         * @description The customer agrees the problem is solved; the resolved ticket closes.
         */
        post: operations["confirmResolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{number}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The conversation of a ticket, oldest first, with the files of each message
         * @description Staff see public replies and internal notes; the holder of the ticket’s tracking link or of a magic link for the requester’s address sees public replies only. A ticket the caller may not see answers 404.
         */
        get: operations["listTicketMessages"];
        put?: never;
        /**
         * Add a public reply, or (staff) an internal note, optionally with files
         * @description JSON, or multipart/form-data with the same fields plus one `files` part per file. Files are typed by their content (text, JSON, PNG, JPEG, GIF, WebP, PDF, ZIP, gzip); programs and scripts are refused whatever their name. If any file is refused, nothing of the message is stored. A customer reply to a pending ticket moves it to open. Customer replies are limited per ticket and per client address; a burst of them makes one e-mail to staff. The first public staff reply sets the first-response time. Staff may add `status` (pending or resolved) to a public reply to move the ticket in the same step: the customer then gets one e-mail quoting the reply. A move the workflow forbids answers `invalid_transition` and stores nothing.
         */
        post: operations["addTicketMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{number}/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who else is on the ticket
         * @description Other staff members viewing or writing on this ticket, heard from in the last 60 seconds; your own tabs are left out.
         */
        get: operations["getTicketPresence"];
        /**
         * Say that this tab is on the ticket (heartbeat)
         * @description The console sends this when a ticket opens, when its state changes (viewing, writing) and every 20 seconds. A tab not heard from for 60 seconds counts as gone. Answers with the other staff members present, like the GET.
         */
        put: operations["renewTicketPresence"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{number}/presence/{tabId}": {
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
         * Say that this tab has left the ticket
         * @description Sent when the tab closes (`fetch(…, {keepalive: true})`); the others stop seeing it at once instead of after a minute. Repeating it is harmless.
         */
        delete: operations["leaveTicketPresence"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{number}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a ticket
         * @description A resolved or closed ticket returns to open (while its link is valid).
         */
        post: operations["reopenTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{number}/saved-replies/{id}/render": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fill a saved reply in for a ticket
         * @description The body in the requester’s language with its placeholders filled from this ticket, and the status to send it with. Nothing is posted: send it (edited or not) with POST /tickets/{number}/messages, its `status` included. {{tracking.link}} becomes the "my tickets" page, since a tracking link cannot be shown again; the customer’s reply e-mail carries a fresh tracking link of its own. Counts as a use of the reply.
         */
        post: operations["renderSavedReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{number}/sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A ticket’s SLA clocks: state, due times and how they were computed
         * @description `state` is `on_track`, `at_risk` (past the policy’s warn share), `breached`, `met` or `paused` (waiting on the customer). `computation.intervals` are the working intervals the remaining time is counted over.
         */
        get: operations["getTicketSla"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change status, assignee, priority or tags of many tickets
         * @description Each ticket changes on its own through the workflow, in a transaction of its own; failures are reported per ticket. `tags.add` and `tags.remove` change each ticket’s own tags and keep the others; a ticket that would end up with more than 10 is refused (`validation_failed`) and left as it was.
         */
        post: operations["bulkUpdateTickets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tickets changed since the last poll
         * @description The polling fallback of `GET /events`, for a console whose stream dropped: poll every 15 seconds or less with the `cursor` of the previous answer as `since`, and refetch the queue and counts when `changes` is not empty.
         */
        get: operations["listTicketChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tickets per status
         * @description Takes the queue filters except status.
         */
        get: operations["countTickets"];
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
        Problem: {
            /**
             * @description Stable; switch on this, not on title.
             * @enum {string}
             */
            code: "validation_failed" | "malformed_json" | "malformed_multipart" | "empty_attachment" | "too_many_attachments" | "unauthenticated" | "invalid_credentials" | "forbidden" | "csrf_failed" | "not_found" | "method_not_allowed" | "conflict" | "version_conflict" | "last_admin" | "calendar_built_in" | "calendar_in_use" | "invalid_transition" | "ticket_closed" | "not_resendable" | "mailbox_disabled" | "link_expired" | "payload_too_large" | "attachment_too_large" | "unsupported_media_type" | "attachment_type_not_allowed" | "rate_limited" | "internal_error" | "server_busy" | "search_unavailable" | "not_ready";
            detail?: string;
            errors?: {
                code: string;
                field: string;
                message: string;
            }[];
            /** @description The request path. */
            instance?: string;
            /** @description Same as the X-Request-Id response header and the logs. */
            requestId?: string;
            status: number;
            /** @description Short summary in the reader's language (Accept-Language: zh or en). */
            title: string;
            /**
             * Format: uri
             * @description Link to this code on the error reference page.
             */
            type: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getApiIndex: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API index. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uri */
                        documentation: string;
                        /** @constant */
                        name: "Handover";
                        version: string;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestAccessLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description Stored lower-cased.
                     * @example li.lei@example.com
                     */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Accepted. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The same text whether or not the address has tickets. */
                        message: string;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmRequesterAddress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The `hoc_…` token from the link in the acknowledgement e-mail. */
                    token: string;
                };
            };
        };
        responses: {
            /** @description Confirmed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Whether the on-call list was paged now (false: not a P1 any more, paged already, or resolved). */
                        paged: boolean;
                        /** @example HO-1042 */
                        ticketNumber: string;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: link_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMailbox: {
        parameters: {
            query?: {
                /** @description nextBefore of the previous page. */
                before?: string;
                /** @description Messages per page, 1–200. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Newest first (by file time). */
                        items: {
                            /** @description The Date header. */
                            date: string | null;
                            from: string | null;
                            /** @description The file name without `.eml`, e.g. `outbox.7d1e…@support.example.com`. */
                            id: string;
                            /** @description The X-Handover-Kind header: which template. */
                            kind: string | null;
                            messageId: string | null;
                            /** @description Bytes of the .eml file. */
                            size: number;
                            subject: string | null;
                            to: string | null;
                        }[];
                        /** @description Pass as `before` for the next page; null on the last. */
                        nextBefore: string | null;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: mailbox_disabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMailboxMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The file name without `.eml`, e.g. `outbox.7d1e…@support.example.com`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The Date header. */
                        date: string | null;
                        from: string | null;
                        /** @description These headers, as written, when the message has them. */
                        headers: {
                            "Auto-Submitted"?: string;
                            "List-Unsubscribe"?: string;
                            "List-Unsubscribe-Post"?: string;
                        };
                        html: string | null;
                        /** @description The file name without `.eml`, e.g. `outbox.7d1e…@support.example.com`. */
                        id: string;
                        inReplyTo: string | null;
                        /** @description The X-Handover-Kind header: which template. */
                        kind: string | null;
                        messageId: string | null;
                        references: string[];
                        replyTo: string | null;
                        subject: string | null;
                        text: string | null;
                        to: string | null;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: mailbox_disabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadMailboxMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The file name without `.eml`, e.g. `outbox.7d1e…@support.example.com`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The RFC 5322 message as written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "message/rfc822": string;
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: mailbox_disabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOutbox: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page. */
                cursor?: string;
                /** @description Only this kind of e-mail, e.g. `ticket_received`. */
                kind?: string;
                /** @description Rows per page, 1–100. */
                limit?: number;
                /** @description Only e-mails to this address (case does not matter): "did the customer get our e-mail?" */
                recipient?: string;
                /** @description `pending`: waiting for its next attempt; `sending`: being sent; `sent`; `dead`: given up on (a dead letter). */
                status?: "pending" | "sending" | "sent" | "dead";
                /** @description Only e-mails about this ticket, as HO-1042 or 1042: "what did we send about it?" */
                ticket?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the outbox, with counts per status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Rows per status, with the `kind` filter (not the `status` filter) applied. */
                        counts: {
                            dead: number;
                            pending: number;
                            sending: number;
                            sent: number;
                        };
                        /** @description Newest first. */
                        items: {
                            /** @description Sending attempts so far (reset to 0 by a resend). */
                            attempts: number;
                            claimedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** @description Which template, e.g. `ticket_received`, `staff_reply`, `magic_link`. */
                            kind: string;
                            /** @description The last failure, e.g. the SMTP server’s reply. */
                            lastError: string | null;
                            locale: string;
                            /** @description The RFC 5322 Message-ID, the same on every attempt and resend. */
                            messageId: string;
                            /** Format: date-time */
                            nextAttemptAt: string;
                            recipient: string;
                            sentAt: string | null;
                            /**
                             * @description `pending`: waiting for its next attempt; `sending`: being sent; `sent`; `dead`: given up on (a dead letter).
                             * @enum {string}
                             */
                            status: "pending" | "sending" | "sent" | "dead";
                            /**
                             * @description The ticket the e-mail is about, as HO-1042, if any.
                             * @example HO-1042
                             */
                            ticketNumber: string | null;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOutboxMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The outbox row’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The outbox row. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Sending attempts so far (reset to 0 by a resend). */
                        attempts: number;
                        claimedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Which template, e.g. `ticket_received`, `staff_reply`, `magic_link`. */
                        kind: string;
                        /** @description The last failure, e.g. the SMTP server’s reply. */
                        lastError: string | null;
                        locale: string;
                        /** @description The RFC 5322 Message-ID, the same on every attempt and resend. */
                        messageId: string;
                        /** Format: date-time */
                        nextAttemptAt: string;
                        recipient: string;
                        sentAt: string | null;
                        /**
                         * @description `pending`: waiting for its next attempt; `sending`: being sent; `sent`; `dead`: given up on (a dead letter).
                         * @enum {string}
                         */
                        status: "pending" | "sending" | "sent" | "dead";
                        /**
                         * @description The ticket the e-mail is about, as HO-1042, if any.
                         * @example HO-1042
                         */
                        ticketNumber: string | null;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resendOutboxMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The outbox row’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The row, now pending. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Sending attempts so far (reset to 0 by a resend). */
                        attempts: number;
                        claimedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Which template, e.g. `ticket_received`, `staff_reply`, `magic_link`. */
                        kind: string;
                        /** @description The last failure, e.g. the SMTP server’s reply. */
                        lastError: string | null;
                        locale: string;
                        /** @description The RFC 5322 Message-ID, the same on every attempt and resend. */
                        messageId: string;
                        /** Format: date-time */
                        nextAttemptAt: string;
                        recipient: string;
                        sentAt: string | null;
                        /**
                         * @description `pending`: waiting for its next attempt; `sending`: being sent; `sent`; `dead`: given up on (a dead letter).
                         * @enum {string}
                         */
                        status: "pending" | "sending" | "sent" | "dead";
                        /**
                         * @description The ticket the e-mail is about, as HO-1042, if any.
                         * @example HO-1042
                         */
                        ticketNumber: string | null;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_resendable */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSearchReport: {
        parameters: {
            query: {
                /** @description First day (UTC), inclusive. */
                from: string;
                source?: "site" | "console" | "portal";
                /** @description Last day (UTC), inclusive. */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        /** @description Queries that found nothing, most searched first (at most 50). */
                        notFound: {
                            clicks: number;
                            deflections: number;
                            locale: string;
                            query: string;
                            searches: number;
                            zeroResults: number;
                        }[];
                        to: string;
                        /** @description The most searched queries (at most 50). */
                        top: {
                            clicks: number;
                            deflections: number;
                            locale: string;
                            query: string;
                            searches: number;
                            zeroResults: number;
                        }[];
                        totals: {
                            clicks: number;
                            deflections: number;
                            searches: number;
                            zeroResults: number;
                        };
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSlaCalendars: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The built-in 7×24 calendar first, then the others by id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description The 7×24 calendar: always working time, read-only. */
                            builtIn: boolean;
                            coverage: {
                                /** @description Whole days until then; negative once it has passed. */
                                daysLeft: number | null;
                                /** @description Midnight after the last covered day in the calendar’s zone; null for the 7×24 calendar. */
                                ends: string | null;
                                from: string | null;
                                until: string | null;
                                /** @description Coverage ends within 60 days or has ended: load the next year’s holidays. */
                                warn: boolean;
                            };
                            id: string;
                            name: string;
                            overrides: {
                                /** @example 2026-10-01 */
                                date: string;
                                intervals?: {
                                    /** @example 09:00 */
                                    end: string;
                                    /** @example 09:00 */
                                    start: string;
                                }[];
                                /**
                                 * @description `holiday`: no working time; `working`: a make-up working day (调休) with `intervals` or the usual working-day hours; `hours`: changed hours that day.
                                 * @enum {string}
                                 */
                                kind: "holiday" | "working" | "hours";
                                /**
                                 * @example {
                                 *       "zh-Hans": "国庆节",
                                 *       "en": "National Day"
                                 *     }
                                 */
                                name?: {
                                    en?: string;
                                    "zh-Hans"?: string;
                                };
                            }[];
                            timeZone: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            /**
                             * @description Working hours per ISO weekday: `1` is Monday, `7` Sunday.
                             * @default {
                             *       "1": [
                             *         {
                             *           "start": "09:00",
                             *           "end": "18:00"
                             *         }
                             *       ],
                             *       "2": [
                             *         {
                             *           "start": "09:00",
                             *           "end": "18:00"
                             *         }
                             *       ],
                             *       "3": [
                             *         {
                             *           "start": "09:00",
                             *           "end": "18:00"
                             *         }
                             *       ],
                             *       "4": [
                             *         {
                             *           "start": "09:00",
                             *           "end": "18:00"
                             *         }
                             *       ],
                             *       "5": [
                             *         {
                             *           "start": "09:00",
                             *           "end": "18:00"
                             *         }
                             *       ],
                             *       "6": [],
                             *       "7": []
                             *     }
                             */
                            weekly: {
                                /** @default [] */
                                1: {
                                    /** @example 09:00 */
                                    end: string;
                                    /** @example 09:00 */
                                    start: string;
                                }[];
                                /** @default [] */
                                2: {
                                    /** @example 09:00 */
                                    end: string;
                                    /** @example 09:00 */
                                    start: string;
                                }[];
                                /** @default [] */
                                3: {
                                    /** @example 09:00 */
                                    end: string;
                                    /** @example 09:00 */
                                    start: string;
                                }[];
                                /** @default [] */
                                4: {
                                    /** @example 09:00 */
                                    end: string;
                                    /** @example 09:00 */
                                    start: string;
                                }[];
                                /** @default [] */
                                5: {
                                    /** @example 09:00 */
                                    end: string;
                                    /** @example 09:00 */
                                    start: string;
                                }[];
                                /** @default [] */
                                6: {
                                    /** @example 09:00 */
                                    end: string;
                                    /** @example 09:00 */
                                    start: string;
                                }[];
                                /** @default [] */
                                7: {
                                    /** @example 09:00 */
                                    end: string;
                                    /** @example 09:00 */
                                    start: string;
                                }[];
                            };
                        }[];
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSlaCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The days (inclusive) whose holidays are known. Computing on a day outside them is an error, never a guess. */
                    coverage: {
                        /** @example 2026-10-01 */
                        from: string;
                        /** @example 2026-10-01 */
                        until: string;
                    };
                    id: string;
                    name: string;
                    /** @default [] */
                    overrides?: {
                        /** @example 2026-10-01 */
                        date: string;
                        intervals?: {
                            /** @example 09:00 */
                            end: string;
                            /** @example 09:00 */
                            start: string;
                        }[];
                        /**
                         * @description `holiday`: no working time; `working`: a make-up working day (调休) with `intervals` or the usual working-day hours; `hours`: changed hours that day.
                         * @enum {string}
                         */
                        kind: "holiday" | "working" | "hours";
                        /**
                         * @example {
                         *       "zh-Hans": "国庆节",
                         *       "en": "National Day"
                         *     }
                         */
                        name?: {
                            en?: string;
                            "zh-Hans"?: string;
                        };
                    }[];
                    /**
                     * @default Asia/Shanghai
                     * @example Asia/Shanghai
                     */
                    timeZone?: string;
                    /**
                     * @description Working hours per ISO weekday: `1` is Monday, `7` Sunday.
                     * @default {
                     *       "1": [
                     *         {
                     *           "start": "09:00",
                     *           "end": "18:00"
                     *         }
                     *       ],
                     *       "2": [
                     *         {
                     *           "start": "09:00",
                     *           "end": "18:00"
                     *         }
                     *       ],
                     *       "3": [
                     *         {
                     *           "start": "09:00",
                     *           "end": "18:00"
                     *         }
                     *       ],
                     *       "4": [
                     *         {
                     *           "start": "09:00",
                     *           "end": "18:00"
                     *         }
                     *       ],
                     *       "5": [
                     *         {
                     *           "start": "09:00",
                     *           "end": "18:00"
                     *         }
                     *       ],
                     *       "6": [],
                     *       "7": []
                     *     }
                     */
                    weekly?: {
                        /** @default [] */
                        1?: {
                            /** @example 09:00 */
                            end: string;
                            /** @example 09:00 */
                            start: string;
                        }[];
                        /** @default [] */
                        2?: {
                            /** @example 09:00 */
                            end: string;
                            /** @example 09:00 */
                            start: string;
                        }[];
                        /** @default [] */
                        3?: {
                            /** @example 09:00 */
                            end: string;
                            /** @example 09:00 */
                            start: string;
                        }[];
                        /** @default [] */
                        4?: {
                            /** @example 09:00 */
                            end: string;
                            /** @example 09:00 */
                            start: string;
                        }[];
                        /** @default [] */
                        5?: {
                            /** @example 09:00 */
                            end: string;
                            /** @example 09:00 */
                            start: string;
                        }[];
                        /** @default [] */
                        6?: {
                            /** @example 09:00 */
                            end: string;
                            /** @example 09:00 */
                            start: string;
                        }[];
                        /** @default [] */
                        7?: {
                            /** @example 09:00 */
                            end: string;
                            /** @example 09:00 */
                            start: string;
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The 7×24 calendar: always working time, read-only. */
                        builtIn: boolean;
                        coverage: {
                            /** @description Whole days until then; negative once it has passed. */
                            daysLeft: number | null;
                            /** @description Midnight after the last covered day in the calendar’s zone; null for the 7×24 calendar. */
                            ends: string | null;
                            from: string | null;
                            until: string | null;
                            /** @description Coverage ends within 60 days or has ended: load the next year’s holidays. */
                            warn: boolean;
                        };
                        id: string;
                        name: string;
                        overrides: {
                            /** @example 2026-10-01 */
                            date: string;
                            intervals?: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /**
                             * @description `holiday`: no working time; `working`: a make-up working day (调休) with `intervals` or the usual working-day hours; `hours`: changed hours that day.
                             * @enum {string}
                             */
                            kind: "holiday" | "working" | "hours";
                            /**
                             * @example {
                             *       "zh-Hans": "国庆节",
                             *       "en": "National Day"
                             *     }
                             */
                            name?: {
                                en?: string;
                                "zh-Hans"?: string;
                            };
                        }[];
                        /** @description Open SLA clocks whose due times were computed again under the change. */
                        recomputed: number;
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        /**
                         * @description Working hours per ISO weekday: `1` is Monday, `7` Sunday.
                         * @default {
                         *       "1": [
                         *         {
                         *           "start": "09:00",
                         *           "end": "18:00"
                         *         }
                         *       ],
                         *       "2": [
                         *         {
                         *           "start": "09:00",
                         *           "end": "18:00"
                         *         }
                         *       ],
                         *       "3": [
                         *         {
                         *           "start": "09:00",
                         *           "end": "18:00"
                         *         }
                         *       ],
                         *       "4": [
                         *         {
                         *           "start": "09:00",
                         *           "end": "18:00"
                         *         }
                         *       ],
                         *       "5": [
                         *         {
                         *           "start": "09:00",
                         *           "end": "18:00"
                         *         }
                         *       ],
                         *       "6": [],
                         *       "7": []
                         *     }
                         */
                        weekly: {
                            /** @default [] */
                            1: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /** @default [] */
                            2: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /** @default [] */
                            3: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /** @default [] */
                            4: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /** @default [] */
                            5: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /** @default [] */
                            6: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /** @default [] */
                            7: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSlaCalendar: {
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
            /** @description The calendar. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The 7×24 calendar: always working time, read-only. */
                        builtIn: boolean;
                        coverage: {
                            /** @description Whole days until then; negative once it has passed. */
                            daysLeft: number | null;
                            /** @description Midnight after the last covered day in the calendar’s zone; null for the 7×24 calendar. */
                            ends: string | null;
                            from: string | null;
                            until: string | null;
                            /** @description Coverage ends within 60 days or has ended: load the next year’s holidays. */
                            warn: boolean;
                        };
                        id: string;
                        name: string;
                        overrides: {
                            /** @example 2026-10-01 */
                            date: string;
                            intervals?: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /**
                             * @description `holiday`: no working time; `working`: a make-up working day (调休) with `intervals` or the usual working-day hours; `hours`: changed hours that day.
                             * @enum {string}
                             */
                            kind: "holiday" | "working" | "hours";
                            /**
                             * @example {
                             *       "zh-Hans": "国庆节",
                             *       "en": "National Day"
                             *     }
                             */
                            name?: {
                                en?: string;
                                "zh-Hans"?: string;
                            };
                        }[];
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        /**
                         * @description Working hours per ISO weekday: `1` is Monday, `7` Sunday.
                         * @default {
                         *       "1": [
                         *         {
                         *           "start": "09:00",
                         *           "end": "18:00"
                         *         }
                         *       ],
                         *       "2": [
                         *         {
                         *           "start": "09:00",
                         *           "end": "18:00"
                         *         }
                         *       ],
                         *       "3": [
                         *         {
                         *           "start": "09:00",
                         *           "end": "18:00"
                         *         }
                         *       ],
                         *       "4": [
                         *         {
                         *           "start": "09:00",
                         *           "end": "18:00"
                         *         }
                         *       ],
                         *       "5": [
                         *         {
                         *           "start": "09:00",
                         *           "end": "18:00"
                         *         }
                         *       ],
                         *       "6": [],
                         *       "7": []
                         *     }
                         */
                        weekly: {
                            /** @default [] */
                            1: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /** @default [] */
                            2: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /** @default [] */
                            3: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /** @default [] */
                            4: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /** @default [] */
                            5: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /** @default [] */
                            6: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /** @default [] */
                            7: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceSlaCalendar: {
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
                "application/json": {
                    /** @description The days (inclusive) whose holidays are known. Computing on a day outside them is an error, never a guess. */
                    coverage: {
                        /** @example 2026-10-01 */
                        from: string;
                        /** @example 2026-10-01 */
                        until: string;
                    };
                    id: string;
                    name: string;
                    /** @default [] */
                    overrides?: {
                        /** @example 2026-10-01 */
                        date: string;
                        intervals?: {
                            /** @example 09:00 */
                            end: string;
                            /** @example 09:00 */
                            start: string;
                        }[];
                        /**
                         * @description `holiday`: no working time; `working`: a make-up working day (调休) with `intervals` or the usual working-day hours; `hours`: changed hours that day.
                         * @enum {string}
                         */
                        kind: "holiday" | "working" | "hours";
                        /**
                         * @example {
                         *       "zh-Hans": "国庆节",
                         *       "en": "National Day"
                         *     }
                         */
                        name?: {
                            en?: string;
                            "zh-Hans"?: string;
                        };
                    }[];
                    /**
                     * @default Asia/Shanghai
                     * @example Asia/Shanghai
                     */
                    timeZone?: string;
                    /** @description The version last read. Given, and it changed since, nothing is saved and the answer is 409 `version_conflict`; left out, the save applies over whatever changed meanwhile. */
                    version?: number;
                    /**
                     * @description Working hours per ISO weekday: `1` is Monday, `7` Sunday.
                     * @default {
                     *       "1": [
                     *         {
                     *           "start": "09:00",
                     *           "end": "18:00"
                     *         }
                     *       ],
                     *       "2": [
                     *         {
                     *           "start": "09:00",
                     *           "end": "18:00"
                     *         }
                     *       ],
                     *       "3": [
                     *         {
                     *           "start": "09:00",
                     *           "end": "18:00"
                     *         }
                     *       ],
                     *       "4": [
                     *         {
                     *           "start": "09:00",
                     *           "end": "18:00"
                     *         }
                     *       ],
                     *       "5": [
                     *         {
                     *           "start": "09:00",
                     *           "end": "18:00"
                     *         }
                     *       ],
                     *       "6": [],
                     *       "7": []
                     *     }
                     */
                    weekly?: {
                        /** @default [] */
                        1?: {
                            /** @example 09:00 */
                            end: string;
                            /** @example 09:00 */
                            start: string;
                        }[];
                        /** @default [] */
                        2?: {
                            /** @example 09:00 */
                            end: string;
                            /** @example 09:00 */
                            start: string;
                        }[];
                        /** @default [] */
                        3?: {
                            /** @example 09:00 */
                            end: string;
                            /** @example 09:00 */
                            start: string;
                        }[];
                        /** @default [] */
                        4?: {
                            /** @example 09:00 */
                            end: string;
                            /** @example 09:00 */
                            start: string;
                        }[];
                        /** @default [] */
                        5?: {
                            /** @example 09:00 */
                            end: string;
                            /** @example 09:00 */
                            start: string;
                        }[];
                        /** @default [] */
                        6?: {
                            /** @example 09:00 */
                            end: string;
                            /** @example 09:00 */
                            start: string;
                        }[];
                        /** @default [] */
                        7?: {
                            /** @example 09:00 */
                            end: string;
                            /** @example 09:00 */
                            start: string;
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description The calendar as saved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The 7×24 calendar: always working time, read-only. */
                        builtIn: boolean;
                        coverage: {
                            /** @description Whole days until then; negative once it has passed. */
                            daysLeft: number | null;
                            /** @description Midnight after the last covered day in the calendar’s zone; null for the 7×24 calendar. */
                            ends: string | null;
                            from: string | null;
                            until: string | null;
                            /** @description Coverage ends within 60 days or has ended: load the next year’s holidays. */
                            warn: boolean;
                        };
                        id: string;
                        name: string;
                        overrides: {
                            /** @example 2026-10-01 */
                            date: string;
                            intervals?: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /**
                             * @description `holiday`: no working time; `working`: a make-up working day (调休) with `intervals` or the usual working-day hours; `hours`: changed hours that day.
                             * @enum {string}
                             */
                            kind: "holiday" | "working" | "hours";
                            /**
                             * @example {
                             *       "zh-Hans": "国庆节",
                             *       "en": "National Day"
                             *     }
                             */
                            name?: {
                                en?: string;
                                "zh-Hans"?: string;
                            };
                        }[];
                        /** @description Open SLA clocks whose due times were computed again under the change. */
                        recomputed: number;
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        /**
                         * @description Working hours per ISO weekday: `1` is Monday, `7` Sunday.
                         * @default {
                         *       "1": [
                         *         {
                         *           "start": "09:00",
                         *           "end": "18:00"
                         *         }
                         *       ],
                         *       "2": [
                         *         {
                         *           "start": "09:00",
                         *           "end": "18:00"
                         *         }
                         *       ],
                         *       "3": [
                         *         {
                         *           "start": "09:00",
                         *           "end": "18:00"
                         *         }
                         *       ],
                         *       "4": [
                         *         {
                         *           "start": "09:00",
                         *           "end": "18:00"
                         *         }
                         *       ],
                         *       "5": [
                         *         {
                         *           "start": "09:00",
                         *           "end": "18:00"
                         *         }
                         *       ],
                         *       "6": [],
                         *       "7": []
                         *     }
                         */
                        weekly: {
                            /** @default [] */
                            1: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /** @default [] */
                            2: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /** @default [] */
                            3: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /** @default [] */
                            4: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /** @default [] */
                            5: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /** @default [] */
                            6: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /** @default [] */
                            7: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: calendar_built_in, version_conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSlaCalendar: {
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
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: calendar_built_in, calendar_in_use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addSlaCalendarDays: {
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
                "application/json": {
                    /**
                     * @description The new last covered day, e.g. `2027-12-31`; left out, coverage stays as it is.
                     * @example 2026-10-01
                     */
                    coverageUntil?: string;
                    /** @description Days to add; a date the calendar already has is replaced. */
                    days: {
                        /** @example 2026-10-01 */
                        date: string;
                        intervals?: {
                            /** @example 09:00 */
                            end: string;
                            /** @example 09:00 */
                            start: string;
                        }[];
                        /**
                         * @description `holiday`: no working time; `working`: a make-up working day (调休) with `intervals` or the usual working-day hours; `hours`: changed hours that day.
                         * @enum {string}
                         */
                        kind: "holiday" | "working" | "hours";
                        /**
                         * @example {
                         *       "zh-Hans": "国庆节",
                         *       "en": "National Day"
                         *     }
                         */
                        name?: {
                            en?: string;
                            "zh-Hans"?: string;
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description The calendar as saved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The 7×24 calendar: always working time, read-only. */
                        builtIn: boolean;
                        coverage: {
                            /** @description Whole days until then; negative once it has passed. */
                            daysLeft: number | null;
                            /** @description Midnight after the last covered day in the calendar’s zone; null for the 7×24 calendar. */
                            ends: string | null;
                            from: string | null;
                            until: string | null;
                            /** @description Coverage ends within 60 days or has ended: load the next year’s holidays. */
                            warn: boolean;
                        };
                        id: string;
                        name: string;
                        overrides: {
                            /** @example 2026-10-01 */
                            date: string;
                            intervals?: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /**
                             * @description `holiday`: no working time; `working`: a make-up working day (调休) with `intervals` or the usual working-day hours; `hours`: changed hours that day.
                             * @enum {string}
                             */
                            kind: "holiday" | "working" | "hours";
                            /**
                             * @example {
                             *       "zh-Hans": "国庆节",
                             *       "en": "National Day"
                             *     }
                             */
                            name?: {
                                en?: string;
                                "zh-Hans"?: string;
                            };
                        }[];
                        /** @description Open SLA clocks whose due times were computed again under the change. */
                        recomputed: number;
                        timeZone: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        /**
                         * @description Working hours per ISO weekday: `1` is Monday, `7` Sunday.
                         * @default {
                         *       "1": [
                         *         {
                         *           "start": "09:00",
                         *           "end": "18:00"
                         *         }
                         *       ],
                         *       "2": [
                         *         {
                         *           "start": "09:00",
                         *           "end": "18:00"
                         *         }
                         *       ],
                         *       "3": [
                         *         {
                         *           "start": "09:00",
                         *           "end": "18:00"
                         *         }
                         *       ],
                         *       "4": [
                         *         {
                         *           "start": "09:00",
                         *           "end": "18:00"
                         *         }
                         *       ],
                         *       "5": [
                         *         {
                         *           "start": "09:00",
                         *           "end": "18:00"
                         *         }
                         *       ],
                         *       "6": [],
                         *       "7": []
                         *     }
                         */
                        weekly: {
                            /** @default [] */
                            1: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /** @default [] */
                            2: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /** @default [] */
                            3: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /** @default [] */
                            4: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /** @default [] */
                            5: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /** @default [] */
                            6: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                            /** @default [] */
                            7: {
                                /** @example 09:00 */
                                end: string;
                                /** @example 09:00 */
                                start: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: calendar_built_in */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSlaPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description P1 to P4. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            calendarId: string;
                            firstResponseMinutes: number;
                            /**
                             * @description P1 is an emergency (7×24); P4 is the lowest.
                             * @enum {string}
                             */
                            priority: "P1" | "P2" | "P3" | "P4";
                            resolutionMinutes: number;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            warnShare: number;
                        }[];
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    saveSlaPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description P1 is an emergency (7×24); P4 is the lowest. */
                priority: "P1" | "P2" | "P3" | "P4";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    calendarId: string;
                    firstResponseMinutes: number;
                    resolutionMinutes: number;
                    /** @description The version last read. Given, and the policy changed since, nothing is saved and the answer is 409 `version_conflict`; left out, the save applies whatever changed meanwhile. */
                    version?: number;
                    /** @default 0.8 */
                    warnShare?: number;
                };
            };
        };
        responses: {
            /** @description The policy as saved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        calendarId: string;
                        firstResponseMinutes: number;
                        /**
                         * @description P1 is an emergency (7×24); P4 is the lowest.
                         * @enum {string}
                         */
                        priority: "P1" | "P2" | "P3" | "P4";
                        recomputed: number;
                        resolutionMinutes: number;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        warnShare: number;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: version_conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSlaReport: {
        parameters: {
            query: {
                /** @description What the rows are grouped by. */
                by?: "priority" | "category" | "agent";
                /** @description First day, inclusive, in the support calendar’s zone (`SUPPORT_TIME_ZONE`). */
                from: string;
                /** @description Last day, inclusive; at most 366 days after `from`. */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        by: "priority" | "category" | "agent";
                        from: string;
                        rows: {
                            breached: number;
                            /** @description met ÷ (met + breached); null when none ended. */
                            compliance: number | null;
                            /** @enum {string} */
                            dimension: "priority" | "category" | "agent";
                            /** @description Median business hours used by the clocks that ended (met or breached). */
                            medianHours: number | null;
                            met: number;
                            /** @description Clocks still running within their target, or paused. */
                            open: number;
                            /** @description 90th percentile (nearest rank) of the same. */
                            p90Hours: number | null;
                            /** @enum {string} */
                            target: "first_response" | "resolution";
                            /** @description The priority, category or agent’s name; null for tickets nobody is assigned to. */
                            value: string | null;
                        }[];
                        timeZone: string;
                        to: string;
                        totals: {
                            first_response: {
                                breached: number;
                                /** @description met ÷ (met + breached); null when none ended. */
                                compliance: number | null;
                                met: number;
                                /** @description Clocks still running within their target, or paused. */
                                open: number;
                            };
                            resolution: {
                                breached: number;
                                /** @description met ÷ (met + breached); null when none ended. */
                                compliance: number | null;
                                met: number;
                                /** @description Clocks still running within their target, or paused. */
                                open: number;
                            };
                        };
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportSlaReport: {
        parameters: {
            query: {
                /** @description What the rows are grouped by. */
                by?: "priority" | "category" | "agent";
                /** @description First day, inclusive, in the support calendar’s zone (`SUPPORT_TIME_ZONE`). */
                from: string;
                /** @description Last day, inclusive; at most 366 days after `from`. */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as CSV. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Signed in; the session cookie is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Send as X-CSRF-Token on every write made with the session cookie. */
                        csrfToken: string;
                        user: {
                            /** Format: email */
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            locale: "zh-Hans" | "en";
                            name: string;
                            /** @enum {string} */
                            role: "agent" | "admin";
                        };
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: invalid_credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
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
        requestBody?: never;
        responses: {
            /** @description Signed out (or was not signed in). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in staff member. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Present when the request came with the session cookie. */
                        csrfToken?: string;
                        user: {
                            /** Format: email */
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            locale: "zh-Hans" | "en";
                            name: string;
                            /** @enum {string} */
                            role: "agent" | "admin";
                        };
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    locale: "zh-Hans" | "en";
                };
            };
        };
        responses: {
            /** @description The member as changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Present when the request came with the session cookie. */
                        csrfToken?: string;
                        user: {
                            /** Format: email */
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            locale: "zh-Hans" | "en";
                            name: string;
                            /** @enum {string} */
                            role: "agent" | "admin";
                        };
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyNotificationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description On the on-call list (set by administrators): P1 tickets are e-mailed at once, whatever the settings. */
                        onCall: boolean;
                        settings: {
                            /** @description Tickets assigned to me: true to receive, false to switch off. */
                            staff_assigned: boolean;
                            /** @description Customer replies: true to receive, false to switch off. */
                            staff_customer_reply: boolean;
                            /** @description New tickets in the queue: true to receive, false to switch off. */
                            staff_new_ticket: boolean;
                            /** @description Reopened tickets: true to receive, false to switch off. */
                            staff_reopened: boolean;
                        };
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMyNotificationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The kinds to change; kinds not named keep their setting. */
                    settings: {
                        /** @description Tickets assigned to me: true to receive, false to switch off. */
                        staff_assigned?: boolean;
                        /** @description Customer replies: true to receive, false to switch off. */
                        staff_customer_reply?: boolean;
                        /** @description New tickets in the queue: true to receive, false to switch off. */
                        staff_new_ticket?: boolean;
                        /** @description Reopened tickets: true to receive, false to switch off. */
                        staff_reopened?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description The settings as changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description On the on-call list (set by administrators): P1 tickets are e-mailed at once, whatever the settings. */
                        onCall: boolean;
                        settings: {
                            /** @description Tickets assigned to me: true to receive, false to switch off. */
                            staff_assigned: boolean;
                            /** @description Customer replies: true to receive, false to switch off. */
                            staff_customer_reply: boolean;
                            /** @description New tickets in the queue: true to receive, false to switch off. */
                            staff_new_ticket: boolean;
                            /** @description Reopened tickets: true to receive, false to switch off. */
                            staff_reopened: boolean;
                        };
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Changed. API tokens keep working; revoke them separately. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s tokens. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            /** @description The first characters of the token, to tell tokens apart. */
                            prefix: string;
                            revokedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Omit for a token that never expires. */
                    expiresInDays?: number;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Created. Store `token` now: it cannot be shown again. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        expiresAt: string | null;
                        /** Format: uuid */
                        id: string;
                        lastUsedAt: string | null;
                        name: string;
                        /** @description The first characters of the token, to tell tokens apart. */
                        prefix: string;
                        revokedAt: string | null;
                        /** @description Shown once: only its hash is stored. Send as Authorization: Bearer <token>. */
                        token: string;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiToken: {
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
            /** @description Revoked (again, if it already was). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event stream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": {
                        data: {
                            /** @example HO-1042 */
                            number: string;
                            /** @enum {string} */
                            status: "new" | "open" | "pending" | "resolved" | "closed";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                        /** @constant */
                        event: "ticket";
                    } | {
                        data: {
                            /** @example HO-1042 */
                            number: string;
                        };
                        /** @constant */
                        event: "presence";
                    } | {
                        data: Record<string, never>;
                        /** @constant */
                        event: "resync";
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLinkedTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ticket, as its requester sees it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description When we promise the first answer (the first-response due time of the priority’s SLA); null once answered, or when no SLA applies. */
                        answerBy: string | null;
                        assignee: {
                            name: string;
                        } | null;
                        category: string;
                        closedAt: string | null;
                        /** @description The docs page the ticket was filed from ("ask about this page"); null when it was not filed from one. */
                        context: {
                            title: string;
                            url: string;
                            version: string | null;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description Markdown as written; render it safely. */
                        description: string;
                        events: {
                            /** @enum {string} */
                            actorType: "customer" | "staff" | "system";
                            after: {
                                [key: string]: unknown;
                            } | null;
                            /** Format: date-time */
                            at: string;
                            before: {
                                [key: string]: unknown;
                            } | null;
                            type: string;
                        }[];
                        /** @example HO-1042 */
                        number: string;
                        /**
                         * @description P1 is an emergency (7×24); P4 is the lowest.
                         * @enum {string}
                         */
                        priority: "P1" | "P2" | "P3" | "P4";
                        requester: {
                            email: string;
                            /** @enum {string} */
                            locale: "zh-Hans" | "en";
                            name: string;
                            organisation: string | null;
                            phone: string | null;
                        };
                        resolvedAt: string | null;
                        /** @enum {string} */
                        status: "new" | "open" | "pending" | "resolved" | "closed";
                        subject: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: link_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyTickets: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page. */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, most recently updated first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            category: string;
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @example HO-1042 */
                            number: string;
                            /**
                             * @description P1 is an emergency (7×24); P4 is the lowest.
                             * @enum {string}
                             */
                            priority: "P1" | "P2" | "P3" | "P4";
                            resolvedAt: string | null;
                            /** @enum {string} */
                            status: "new" | "open" | "pending" | "resolved" | "closed";
                            subject: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: link_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    showUnsubscribe: {
        parameters: {
            query: {
                /** @description The token from the e-mail’s link. */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The confirmation page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: link_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unsubscribe: {
        parameters: {
            query: {
                /** @description The token from the e-mail’s link. */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Switched off. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        enabled: false;
                        /** @enum {string} */
                        kind: "staff_new_ticket" | "staff_assigned" | "staff_customer_reply" | "staff_reopened";
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: link_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSavedReplies: {
        parameters: {
            query?: {
                /** @description Text in the name or either body, ignoring case. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Saved replies, by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The shared replies and the caller’s own personal ones, by name: Chinese by pinyin, then Latin ignoring case. */
                        items: {
                            /** @description Markdown with placeholders, as written. */
                            bodyEn: string;
                            /** @description Markdown with placeholders, as written. */
                            bodyZh: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Who wrote it; null once that account is gone. */
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** @description Whether the caller may change or delete it: an administrator for a shared reply, the owner for a personal one. */
                            editable: boolean;
                            /** Format: uuid */
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            /** @enum {string} */
                            scope: "shared" | "personal";
                            status: ("pending" | "resolved") | null;
                            /**
                             * Format: date-time
                             * @description Last change of its name, bodies or status; using it does not count.
                             */
                            updatedAt: string;
                            /** @description How many times it was filled in for a ticket. */
                            usageCount: number;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSavedReply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The reply in English: Markdown, with placeholders from `{{requester.name}}`, `{{ticket.number}}`, `{{ticket.subject}}`, `{{tracking.link}}`, `{{agent.name}}`. Any other `{{…}}` is refused (`unknown_placeholder`). */
                    bodyEn: string;
                    /** @description The reply in Simplified Chinese: Markdown, with placeholders from `{{requester.name}}`, `{{ticket.number}}`, `{{ticket.subject}}`, `{{tracking.link}}`, `{{agent.name}}`. Any other `{{…}}` is refused (`unknown_placeholder`). */
                    bodyZh: string;
                    /**
                     * @description Unique, ignoring case, among the shared replies and among each member’s personal ones.
                     * @example 索取日志 Ask for logs
                     */
                    name: string;
                    /**
                     * @description `shared`: seen by all staff, created and changed by administrators only; `personal`: seen and changed by its owner alone.
                     * @default personal
                     * @enum {string}
                     */
                    scope?: "shared" | "personal";
                    /**
                     * @description The status to set with the reply when it is sent (`pending` or `resolved`), or null to leave the status alone.
                     * @default null
                     */
                    status?: ("pending" | "resolved") | null;
                };
            };
        };
        responses: {
            /** @description Saved. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Markdown with placeholders, as written. */
                        bodyEn: string;
                        /** @description Markdown with placeholders, as written. */
                        bodyZh: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description Who wrote it; null once that account is gone. */
                        createdBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        /** @description Whether the caller may change or delete it: an administrator for a shared reply, the owner for a personal one. */
                        editable: boolean;
                        /** Format: uuid */
                        id: string;
                        lastUsedAt: string | null;
                        name: string;
                        /** @enum {string} */
                        scope: "shared" | "personal";
                        status: ("pending" | "resolved") | null;
                        /**
                         * Format: date-time
                         * @description Last change of its name, bodies or status; using it does not count.
                         */
                        updatedAt: string;
                        /** @description How many times it was filled in for a ticket. */
                        usageCount: number;
                        version: number;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSavedReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The saved reply’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSavedReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The saved reply’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The reply in English: Markdown, with placeholders from `{{requester.name}}`, `{{ticket.number}}`, `{{ticket.subject}}`, `{{tracking.link}}`, `{{agent.name}}`. Any other `{{…}}` is refused (`unknown_placeholder`). */
                    bodyEn?: string;
                    /** @description The reply in Simplified Chinese: Markdown, with placeholders from `{{requester.name}}`, `{{ticket.number}}`, `{{ticket.subject}}`, `{{tracking.link}}`, `{{agent.name}}`. Any other `{{…}}` is refused (`unknown_placeholder`). */
                    bodyZh?: string;
                    /**
                     * @description Unique, ignoring case, among the shared replies and among each member’s personal ones.
                     * @example 索取日志 Ask for logs
                     */
                    name?: string;
                    /** @description The status to set with the reply when it is sent (`pending` or `resolved`), or null to leave the status alone. */
                    status?: ("pending" | "resolved") | null;
                    /** @description The version the change is based on, as last read. */
                    version: number;
                };
            };
        };
        responses: {
            /** @description The reply as changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Markdown with placeholders, as written. */
                        bodyEn: string;
                        /** @description Markdown with placeholders, as written. */
                        bodyZh: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description Who wrote it; null once that account is gone. */
                        createdBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        /** @description Whether the caller may change or delete it: an administrator for a shared reply, the owner for a personal one. */
                        editable: boolean;
                        /** Format: uuid */
                        id: string;
                        lastUsedAt: string | null;
                        name: string;
                        /** @enum {string} */
                        scope: "shared" | "personal";
                        status: ("pending" | "resolved") | null;
                        /**
                         * Format: date-time
                         * @description Last change of its name, bodies or status; using it does not count.
                         */
                        updatedAt: string;
                        /** @description How many times it was filled in for a ticket. */
                        usageCount: number;
                        version: number;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: conflict, version_conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search: {
        parameters: {
            query: {
                limit?: number;
                /** @description The reader’s language: its pages rank first; the other language’s still come. */
                locale?: "zh-Hans" | "en";
                offset?: number;
                /** @description What to look for, in Chinese, English or both; at most 200 characters. */
                q: string;
                section?: "manual" | "training" | "faq" | "operations" | "api" | "architecture" | "database" | "blog" | "tickets";
                /** @description Which page searched, for the admin report. */
                source?: "site" | "console" | "portal";
                /** @description Tickets only: their status. */
                status?: "new" | "open" | "pending" | "resolved" | "closed";
                tag?: string;
                /** @description Only these kinds of hit; `ticket` is for staff. */
                type?: ("doc" | "faq" | "article" | "ticket")[];
                /** @description Which docs: `released` (the release served at /docs/), `current` (next, the unreleased docs at /docs/next/) or a release number. Only the released docs and next are indexed, so an older release finds no manual pages; blog posts and tickets have no version and always come. */
                version?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hits, best first, with snippets, highlights and facet counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        engine: "embedded" | "meilisearch";
                        facets: {
                            locale: {
                                [key: string]: number;
                            };
                            section: {
                                [key: string]: number;
                            };
                            status: {
                                [key: string]: number;
                            };
                            tag: {
                                [key: string]: number;
                            };
                            type: {
                                [key: string]: number;
                            };
                        };
                        hits: {
                            highlights: {
                                end: number;
                                start: number;
                            }[];
                            internal?: boolean;
                            /** @enum {string} */
                            locale: "zh-Hans" | "en";
                            number?: string;
                            score: number;
                            /** @enum {string} */
                            section: "manual" | "training" | "faq" | "operations" | "api" | "architecture" | "database" | "blog" | "tickets";
                            /** @description Text around the best match, at most about 200 characters. */
                            snippet: string;
                            /** @enum {string} */
                            status?: "new" | "open" | "pending" | "resolved" | "closed";
                            tags: string[];
                            title: string;
                            titleHighlights: {
                                end: number;
                                start: number;
                            }[];
                            /** @enum {string} */
                            type: "doc" | "faq" | "article" | "ticket";
                            /**
                             * @description A site path, or the ticket’s console path.
                             * @example /docs/operations/backup
                             */
                            url: string;
                            /** @description Docs pages: the release they describe (`0.8.0`), or `current` for next. */
                            version?: string;
                        }[];
                        query: string;
                        /** @description Documents matched (before `limit`). */
                        total: number;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: search_unavailable */
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
    recordSearchEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description `click`: a result was opened; `deflection`: “this solved my problem”, no ticket filed.
                     * @enum {string}
                     */
                    kind: "click" | "deflection";
                    /**
                     * @description The reader’s language: its pages rank first; the other language’s still come.
                     * @enum {string}
                     */
                    locale: "zh-Hans" | "en";
                    query: string;
                    /** @enum {string} */
                    source: "site" | "console" | "portal";
                    url: string;
                };
            };
        };
        responses: {
            /** @description Counted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    suggestArticles: {
        parameters: {
            query: {
                /** @description The reader’s language: its pages rank first; the other language’s still come. */
                locale?: "zh-Hans" | "en";
                /** @description The subject and description as typed so far; only the first 200 characters of words count. */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description At most five suggestions, best first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        suggestions: {
                            highlights: {
                                end: number;
                                start: number;
                            }[];
                            snippet: string;
                            title: string;
                            /** @enum {string} */
                            type: "doc" | "faq" | "article";
                            url: string;
                        }[];
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: search_unavailable */
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
    listStaff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Staff, by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Full records for administrators; directory entries for agents. */
                        items: ({
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: email */
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            locale: "zh-Hans" | "en";
                            name: string;
                            onCall: boolean;
                            /** @enum {string} */
                            role: "agent" | "admin";
                            /** Format: date-time */
                            updatedAt: string;
                        } | {
                            active: boolean;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            onCall: boolean;
                            /** @enum {string} */
                            role: "agent" | "admin";
                        })[];
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createStaff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    /**
                     * @default zh-Hans
                     * @enum {string}
                     */
                    locale?: "zh-Hans" | "en";
                    name: string;
                    /**
                     * @description On the on-call list: e-mailed at once about every P1 ticket, day and night, whatever their own e-mail settings.
                     * @default false
                     */
                    onCall?: boolean;
                    /** @description The first password; the staff member changes it after signing in. */
                    password: string;
                    /**
                     * @default agent
                     * @enum {string}
                     */
                    role?: "agent" | "admin";
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: email */
                        email: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        locale: "zh-Hans" | "en";
                        name: string;
                        onCall: boolean;
                        /** @enum {string} */
                        role: "agent" | "admin";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateStaff: {
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
                "application/json": {
                    /** @description false signs the member out everywhere and stops their API tokens. */
                    active?: boolean;
                    /** @enum {string} */
                    locale?: "zh-Hans" | "en";
                    name?: string;
                    /** @description On the on-call list: e-mailed at once about every P1 ticket, day and night, whatever their own e-mail settings. */
                    onCall?: boolean;
                    /** @enum {string} */
                    role?: "agent" | "admin";
                };
            };
        };
        responses: {
            /** @description The member as changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: email */
                        email: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        locale: "zh-Hans" | "en";
                        name: string;
                        onCall: boolean;
                        /** @enum {string} */
                        role: "agent" | "admin";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: last_admin */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSupportSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description In the configured order (TICKET_CATEGORIES). */
                        categories: {
                            id: string;
                            /** @description The same text in each language of the site. */
                            name: {
                                en: string;
                                "zh-Hans": string;
                            };
                        }[];
                        channels: {
                            /** @description SUPPORT_EMAIL (or MAIL_REPLY_TO); null when neither is set. */
                            email: string | null;
                            emergency: {
                                /** @constant */
                                hours: "7x24";
                                /** @description SUPPORT_EMERGENCY_LINE; null when not set. */
                                phone: string | null;
                                priorities: "P1"[];
                            };
                            forumUrl: string | null;
                            hotline: {
                                /** @constant */
                                days: "working-days";
                                /** @example 18:00 */
                                end: string;
                                /** @description SUPPORT_HOTLINE; null when not set. */
                                phone: string | null;
                                /** @example 09:00 */
                                start: string;
                            };
                            remoteAssistUrl: string | null;
                            /** Format: uri */
                            ticketsUrl: string;
                        };
                        priorities: {
                            /**
                             * @description P1 counts 7×24; the others count support hours on working days.
                             * @enum {string}
                             */
                            clock: "around-the-clock" | "support-hours";
                            /** @description The same text in each language of the site. */
                            example: {
                                en: string;
                                "zh-Hans": string;
                            };
                            /** @enum {string} */
                            id: "P1" | "P2" | "P3" | "P4";
                            /** @description The same text in each language of the site. */
                            meaning: {
                                en: string;
                                "zh-Hans": string;
                            };
                            /** @description The same text in each language of the site. */
                            name: {
                                en: string;
                                "zh-Hans": string;
                            };
                        }[];
                        /** @description The tags a customer may choose when filing (TICKET_PUBLIC_TAGS). */
                        publicTags: string[];
                        /**
                         * @description The support hours’ time zone (IANA).
                         * @example Asia/Shanghai
                         */
                        timeZone: string;
                        uploads: {
                            /** @description Decided by content; programs and scripts are refused whatever their name. */
                            allowedTypes: ("text/plain" | "application/json" | "image/png" | "image/jpeg" | "image/gif" | "image/webp" | "application/pdf" | "application/zip" | "application/gzip")[];
                            maxFileBytes: number;
                            maxFiles: number;
                        };
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTickets: {
        parameters: {
            query?: {
                /** @description `me`, `unassigned`, or a staff user id. */
                assignee?: "me" | "unassigned" | string;
                category?: string;
                /** @description nextCursor of the previous page. */
                cursor?: string;
                limit?: number;
                priority?: ("P1" | "P2" | "P3" | "P4")[];
                /** @description Text in the subject or description. */
                q?: string;
                /** @description Stored lower-cased. */
                requester?: string;
                /** @description `priority`: P1 first, then oldest first. `updated`: most recently updated first. `due`: the earliest SLA due time first (the running clock due soonest); tickets without a running clock last. */
                sort?: "priority" | "updated" | "due";
                status?: ("new" | "open" | "pending" | "resolved" | "closed")[];
                /** @description Lower-cased on the way in. */
                tag?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the queue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            category: string;
                            /** Format: date-time */
                            createdAt: string;
                            firstResponseAt: string | null;
                            /** @example HO-1042 */
                            number: string;
                            /** @description The other staff members who have the ticket open now; `writing`: one of them is writing a reply or note. */
                            presence: {
                                name: string;
                                /**
                                 * @description `writing` while a reply or note is being written.
                                 * @enum {string}
                                 */
                                state: "viewing" | "writing";
                            }[];
                            /**
                             * @description P1 is an emergency (7×24); P4 is the lowest.
                             * @enum {string}
                             */
                            priority: "P1" | "P2" | "P3" | "P4";
                            requester: {
                                email: string;
                                name: string;
                                organisation: string | null;
                            };
                            /** @description Null for tickets filed before SLA clocks existed. Details: `GET /tickets/{number}/sla`. */
                            sla: {
                                /**
                                 * @description The clock the state is of: first response until it stops, then resolution.
                                 * @enum {string}
                                 */
                                clock: "first_response" | "resolution";
                                /** @description The earliest due time of its running SLA clocks (what `sort=due` orders by). */
                                dueAt: string | null;
                                /** @enum {string} */
                                state: "on_track" | "at_risk" | "breached" | "met" | "paused";
                            } | null;
                            /** @enum {string} */
                            status: "new" | "open" | "pending" | "resolved" | "closed";
                            subject: string;
                            tags: string[];
                            /** @description The ticket changed since you last opened it in the console, or you never did. */
                            unseen: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fileTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    category: string;
                    /** @description The docs page the ticket was filed from, when the form was opened from one. */
                    context?: {
                        /**
                         * @description The page title.
                         * @example 备份与恢复
                         */
                        title: string;
                        /**
                         * Format: uri-reference
                         * @description The page address: an absolute http(s) URL, or a path on this site such as `/docs/intro`. A fragment carrying a token (`#token=…`) is dropped before it is stored.
                         * @example /docs/operations/backup#restore
                         */
                        url: string;
                        /**
                         * @description The docs version the page belongs to, e.g. `0.4` or `next`.
                         * @example 0.4
                         */
                        version?: string;
                    };
                    /** @description Markdown. */
                    description: string;
                    /**
                     * @description P1 is an emergency (7×24); P4 is the lowest.
                     * @enum {string}
                     */
                    priority: "P1" | "P2" | "P3" | "P4";
                    requester: {
                        /**
                         * Format: email
                         * @description Stored lower-cased.
                         * @example li.lei@example.com
                         */
                        email: string;
                        /**
                         * @default zh-Hans
                         * @enum {string}
                         */
                        locale?: "zh-Hans" | "en";
                        name: string;
                        organisation?: string;
                        phone?: string;
                        /**
                         * @description The requester’s time zone (the portal sends the browser’s): the acknowledgement e-mail gives “we will answer by …” in it.
                         * @example Asia/Shanghai
                         */
                        timeZone?: string;
                    };
                    subject: string;
                    /** @description The articles the portal suggested while the customer wrote, each with whether they opened it; staff see them with the ticket. */
                    suggestions?: {
                        clicked: boolean;
                        title: string;
                        /** @enum {string} */
                        type: "doc" | "faq" | "article";
                        url: string;
                    }[];
                    tags?: string[];
                };
                "multipart/form-data": {
                    category: string;
                    /** @description The docs page the ticket was filed from, when the form was opened from one. */
                    context?: {
                        /**
                         * @description The page title.
                         * @example 备份与恢复
                         */
                        title: string;
                        /**
                         * Format: uri-reference
                         * @description The page address: an absolute http(s) URL, or a path on this site such as `/docs/intro`. A fragment carrying a token (`#token=…`) is dropped before it is stored.
                         * @example /docs/operations/backup#restore
                         */
                        url: string;
                        /**
                         * @description The docs version the page belongs to, e.g. `0.4` or `next`.
                         * @example 0.4
                         */
                        version?: string;
                    };
                    /** @description Markdown. */
                    description: string;
                    /**
                     * @description P1 is an emergency (7×24); P4 is the lowest.
                     * @enum {string}
                     */
                    priority: "P1" | "P2" | "P3" | "P4";
                    requester: {
                        /**
                         * Format: email
                         * @description Stored lower-cased.
                         * @example li.lei@example.com
                         */
                        email: string;
                        /**
                         * @default zh-Hans
                         * @enum {string}
                         */
                        locale?: "zh-Hans" | "en";
                        name: string;
                        organisation?: string;
                        phone?: string;
                        /**
                         * @description The requester’s time zone (the portal sends the browser’s): the acknowledgement e-mail gives “we will answer by …” in it.
                         * @example Asia/Shanghai
                         */
                        timeZone?: string;
                    };
                    subject: string;
                    /** @description The articles the portal suggested while the customer wrote, each with whether they opened it; staff see them with the ticket. */
                    suggestions?: {
                        clicked: boolean;
                        title: string;
                        /** @enum {string} */
                        type: "doc" | "faq" | "article";
                        url: string;
                    }[];
                    tags?: string[];
                };
            };
        };
        responses: {
            /** @description Filed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignee: {
                            name: string;
                        } | null;
                        category: string;
                        closedAt: string | null;
                        /** @description The docs page the ticket was filed from ("ask about this page"); null when it was not filed from one. */
                        context: {
                            title: string;
                            url: string;
                            version: string | null;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description Markdown as written; render it safely. */
                        description: string;
                        /** @example HO-1042 */
                        number: string;
                        /**
                         * @description P1 is an emergency (7×24); P4 is the lowest.
                         * @enum {string}
                         */
                        priority: "P1" | "P2" | "P3" | "P4";
                        requester: {
                            email: string;
                            /** @enum {string} */
                            locale: "zh-Hans" | "en";
                            name: string;
                            organisation: string | null;
                            phone: string | null;
                        };
                        resolvedAt: string | null;
                        /** @enum {string} */
                        status: "new" | "open" | "pending" | "resolved" | "closed";
                        subject: string;
                        /** @description Shown once; only its hash is stored. Send it as `Authorization: Bearer`. */
                        trackingToken: string;
                        /**
                         * Format: uri
                         * @description The private page where the customer follows the ticket.
                         */
                        trackingUrl: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem: validation_failed, malformed_json, malformed_multipart, empty_attachment, too_many_attachments */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: attachment_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unsupported_media_type, attachment_type_not_allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: server_busy */
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
    getTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description HO-1042, or the bare number 1042 */
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ticket. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The statuses the workflow allows this ticket to move to now, so a console offers only those. */
                        allowedStatuses: ("new" | "open" | "pending" | "resolved" | "closed")[];
                        assignee: {
                            email: string;
                            id: string;
                            name: string;
                        } | null;
                        category: string;
                        closedAt: string | null;
                        /** @description The docs page the ticket was filed from ("ask about this page"); null when it was not filed from one. */
                        context: {
                            title: string;
                            url: string;
                            version: string | null;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description Markdown as written; render it safely. */
                        description: string;
                        events: {
                            actor: {
                                name: string | null;
                                /** @enum {string} */
                                type: "customer" | "staff" | "system";
                                userId: string | null;
                            };
                            after: {
                                [key: string]: unknown;
                            } | null;
                            /** Format: date-time */
                            at: string;
                            before: {
                                [key: string]: unknown;
                            } | null;
                            type: string;
                        }[];
                        firstResponseAt: string | null;
                        /** @example HO-1042 */
                        number: string;
                        /**
                         * @description P1 is an emergency (7×24); P4 is the lowest.
                         * @enum {string}
                         */
                        priority: "P1" | "P2" | "P3" | "P4";
                        requester: {
                            email: string;
                            /** @enum {string} */
                            locale: "zh-Hans" | "en";
                            name: string;
                            organisation: string | null;
                            phone: string | null;
                        };
                        resolvedAt: string | null;
                        /** @enum {string} */
                        source: "web" | "api" | "email";
                        /** @enum {string} */
                        status: "new" | "open" | "pending" | "resolved" | "closed";
                        subject: string;
                        /** @description What the portal suggested before the customer filed, and which they opened; null when filed elsewhere. */
                        suggestions: {
                            clicked: boolean;
                            title: string;
                            /** @enum {string} */
                            type: "doc" | "faq" | "article";
                            url: string;
                        }[] | null;
                        tags: string[];
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    } | {
                        /** @description When we promise the first answer (the first-response due time of the priority’s SLA); null once answered, or when no SLA applies. */
                        answerBy: string | null;
                        assignee: {
                            name: string;
                        } | null;
                        category: string;
                        closedAt: string | null;
                        /** @description The docs page the ticket was filed from ("ask about this page"); null when it was not filed from one. */
                        context: {
                            title: string;
                            url: string;
                            version: string | null;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description Markdown as written; render it safely. */
                        description: string;
                        events: {
                            /** @enum {string} */
                            actorType: "customer" | "staff" | "system";
                            after: {
                                [key: string]: unknown;
                            } | null;
                            /** Format: date-time */
                            at: string;
                            before: {
                                [key: string]: unknown;
                            } | null;
                            type: string;
                        }[];
                        /** @example HO-1042 */
                        number: string;
                        /**
                         * @description P1 is an emergency (7×24); P4 is the lowest.
                         * @enum {string}
                         */
                        priority: "P1" | "P2" | "P3" | "P4";
                        requester: {
                            email: string;
                            /** @enum {string} */
                            locale: "zh-Hans" | "en";
                            name: string;
                            organisation: string | null;
                            phone: string | null;
                        };
                        resolvedAt: string | null;
                        /** @enum {string} */
                        status: "new" | "open" | "pending" | "resolved" | "closed";
                        subject: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: link_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description HO-1042, or the bare number 1042 */
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description An active staff member, or null to unassign. */
                    assigneeId?: string | null;
                    category?: string;
                    /**
                     * @description P1 is an emergency (7×24); P4 is the lowest.
                     * @enum {string}
                     */
                    priority?: "P1" | "P2" | "P3" | "P4";
                    /** @enum {string} */
                    status?: "new" | "open" | "pending" | "resolved" | "closed";
                    subject?: string;
                    tags?: string[];
                    /** @description The version the change is based on, as last read. */
                    version: number;
                };
            };
        };
        responses: {
            /** @description The changed ticket. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The statuses the workflow allows this ticket to move to now, so a console offers only those. */
                        allowedStatuses: ("new" | "open" | "pending" | "resolved" | "closed")[];
                        assignee: {
                            email: string;
                            id: string;
                            name: string;
                        } | null;
                        category: string;
                        closedAt: string | null;
                        /** @description The docs page the ticket was filed from ("ask about this page"); null when it was not filed from one. */
                        context: {
                            title: string;
                            url: string;
                            version: string | null;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description Markdown as written; render it safely. */
                        description: string;
                        events: {
                            actor: {
                                name: string | null;
                                /** @enum {string} */
                                type: "customer" | "staff" | "system";
                                userId: string | null;
                            };
                            after: {
                                [key: string]: unknown;
                            } | null;
                            /** Format: date-time */
                            at: string;
                            before: {
                                [key: string]: unknown;
                            } | null;
                            type: string;
                        }[];
                        firstResponseAt: string | null;
                        /** @example HO-1042 */
                        number: string;
                        /**
                         * @description P1 is an emergency (7×24); P4 is the lowest.
                         * @enum {string}
                         */
                        priority: "P1" | "P2" | "P3" | "P4";
                        requester: {
                            email: string;
                            /** @enum {string} */
                            locale: "zh-Hans" | "en";
                            name: string;
                            organisation: string | null;
                            phone: string | null;
                        };
                        resolvedAt: string | null;
                        /** @enum {string} */
                        source: "web" | "api" | "email";
                        /** @enum {string} */
                        status: "new" | "open" | "pending" | "resolved" | "closed";
                        subject: string;
                        /** @description What the portal suggested before the customer filed, and which they opened; null when filed elsewhere. */
                        suggestions: {
                            clicked: boolean;
                            title: string;
                            /** @enum {string} */
                            type: "doc" | "faq" | "article";
                            url: string;
                        }[] | null;
                        tags: string[];
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: version_conflict, invalid_transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadTicketAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Attachment id (UUID) */
                id: string;
                /** @description Ticket number, as HO-1042 or 1042 */
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file’s bytes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: link_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmResolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description HO-1042, or the bare number 1042 */
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The closed ticket. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description When we promise the first answer (the first-response due time of the priority’s SLA); null once answered, or when no SLA applies. */
                        answerBy: string | null;
                        assignee: {
                            name: string;
                        } | null;
                        category: string;
                        closedAt: string | null;
                        /** @description The docs page the ticket was filed from ("ask about this page"); null when it was not filed from one. */
                        context: {
                            title: string;
                            url: string;
                            version: string | null;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description Markdown as written; render it safely. */
                        description: string;
                        events: {
                            /** @enum {string} */
                            actorType: "customer" | "staff" | "system";
                            after: {
                                [key: string]: unknown;
                            } | null;
                            /** Format: date-time */
                            at: string;
                            before: {
                                [key: string]: unknown;
                            } | null;
                            type: string;
                        }[];
                        /** @example HO-1042 */
                        number: string;
                        /**
                         * @description P1 is an emergency (7×24); P4 is the lowest.
                         * @enum {string}
                         */
                        priority: "P1" | "P2" | "P3" | "P4";
                        requester: {
                            email: string;
                            /** @enum {string} */
                            locale: "zh-Hans" | "en";
                            name: string;
                            organisation: string | null;
                            phone: string | null;
                        };
                        resolvedAt: string | null;
                        /** @enum {string} */
                        status: "new" | "open" | "pending" | "resolved" | "closed";
                        subject: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: invalid_transition, version_conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: link_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTicketMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Ticket number, as HO-1042 or 1042 */
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Files filed with the ticket itself */
                        attachments: {
                            /**
                             * @description Decided by the file’s content, not by its name
                             * @enum {string}
                             */
                            contentType: "text/plain" | "application/json" | "image/png" | "image/jpeg" | "image/gif" | "image/webp" | "application/pdf" | "application/zip" | "application/gzip";
                            /** @description Neutralised file name: no directories, no control characters */
                            filename: string;
                            /** Format: uuid */
                            id: string;
                            sha256: string;
                            /** @description Bytes */
                            size: number;
                            /**
                             * @description Download path
                             * @example /api/v1/tickets/HO-1042/attachments/…
                             */
                            url: string;
                        }[];
                        /** @description Oldest first. Customers get public messages only. */
                        messages: {
                            attachments: {
                                /**
                                 * @description Decided by the file’s content, not by its name
                                 * @enum {string}
                                 */
                                contentType: "text/plain" | "application/json" | "image/png" | "image/jpeg" | "image/gif" | "image/webp" | "application/pdf" | "application/zip" | "application/gzip";
                                /** @description Neutralised file name: no directories, no control characters */
                                filename: string;
                                /** Format: uuid */
                                id: string;
                                sha256: string;
                                /** @description Bytes */
                                size: number;
                                /**
                                 * @description Download path
                                 * @example /api/v1/tickets/HO-1042/attachments/…
                                 */
                                url: string;
                            }[];
                            author: {
                                name: string;
                                /** @enum {string} */
                                type: "customer" | "staff" | "system";
                                /** @description The staff author’s id; null for customers, the system, and customer readers */
                                userId: string | null;
                            };
                            /** @description Markdown as written */
                            body: string;
                            /** @description The body rendered as safe HTML: no raw HTML, no scripts, links rel="nofollow noopener noreferrer" */
                            bodyHtml: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            visibility: "public" | "internal";
                        }[];
                        /** @example HO-1042 */
                        ticketNumber: string;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: link_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addTicketMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Ticket number, as HO-1042 or 1042 */
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Markdown, stored as written. Raw HTML is shown as text, never rendered. */
                    body: string;
                    /** @description Files (multipart/form-data only): logs, text, JSON, images, PDF, ZIP or gzip; size and count capped */
                    files?: string[];
                    /**
                     * @description Staff, with a public reply: also move the ticket to this status, in the same step. The customer gets one e-mail (waiting for your answer, or resolved) quoting the reply, instead of two. Refused with an internal note.
                     * @enum {string}
                     */
                    status?: "pending" | "resolved";
                    /**
                     * @description public: a reply the customer sees; internal: a staff-only note (staff only)
                     * @default public
                     * @enum {string}
                     */
                    visibility?: "public" | "internal";
                };
                "multipart/form-data": {
                    /** @description Markdown, stored as written. Raw HTML is shown as text, never rendered. */
                    body: string;
                    /** @description Files (multipart/form-data only): logs, text, JSON, images, PDF, ZIP or gzip; size and count capped */
                    files?: string[];
                    /**
                     * @description Staff, with a public reply: also move the ticket to this status, in the same step. The customer gets one e-mail (waiting for your answer, or resolved) quoting the reply, instead of two. Refused with an internal note.
                     * @enum {string}
                     */
                    status?: "pending" | "resolved";
                    /**
                     * @description public: a reply the customer sees; internal: a staff-only note (staff only)
                     * @default public
                     * @enum {string}
                     */
                    visibility?: "public" | "internal";
                };
            };
        };
        responses: {
            /** @description The message as stored, with its files. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attachments: {
                            /**
                             * @description Decided by the file’s content, not by its name
                             * @enum {string}
                             */
                            contentType: "text/plain" | "application/json" | "image/png" | "image/jpeg" | "image/gif" | "image/webp" | "application/pdf" | "application/zip" | "application/gzip";
                            /** @description Neutralised file name: no directories, no control characters */
                            filename: string;
                            /** Format: uuid */
                            id: string;
                            sha256: string;
                            /** @description Bytes */
                            size: number;
                            /**
                             * @description Download path
                             * @example /api/v1/tickets/HO-1042/attachments/…
                             */
                            url: string;
                        }[];
                        author: {
                            name: string;
                            /** @enum {string} */
                            type: "customer" | "staff" | "system";
                            /** @description The staff author’s id; null for customers, the system, and customer readers */
                            userId: string | null;
                        };
                        /** @description Markdown as written */
                        body: string;
                        /** @description The body rendered as safe HTML: no raw HTML, no scripts, links rel="nofollow noopener noreferrer" */
                        bodyHtml: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        visibility: "public" | "internal";
                    };
                };
            };
            /** @description Problem: malformed_multipart, empty_attachment, too_many_attachments, validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: ticket_closed, invalid_transition, version_conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: link_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: payload_too_large, attachment_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unsupported_media_type, attachment_type_not_allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: server_busy */
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
    getTicketPresence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description HO-1042, or the bare number 1042 */
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The others on this ticket now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The other staff members on this ticket now, one entry each however many tabs they have. */
                        present: {
                            name: string;
                            /**
                             * Format: date-time
                             * @description When they arrived, or began writing.
                             */
                            since: string;
                            /**
                             * @description `writing` while a reply or note is being written.
                             * @enum {string}
                             */
                            state: "viewing" | "writing";
                        }[];
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renewTicketPresence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description HO-1042, or the bare number 1042 */
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description `writing` while a reply or note is being written.
                     * @enum {string}
                     */
                    state: "viewing" | "writing";
                    /**
                     * @description An id the console makes up for each browser tab.
                     * @example 3b241101-e2bb-4255-8caf-4136c566a962
                     */
                    tabId: string;
                };
            };
        };
        responses: {
            /** @description The others on this ticket now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The other staff members on this ticket now, one entry each however many tabs they have. */
                        present: {
                            name: string;
                            /**
                             * Format: date-time
                             * @description When they arrived, or began writing.
                             */
                            since: string;
                            /**
                             * @description `writing` while a reply or note is being written.
                             * @enum {string}
                             */
                            state: "viewing" | "writing";
                        }[];
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leaveTicketPresence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description HO-1042, or the bare number 1042 */
                number: string;
                /** @description An id the console makes up for each browser tab. */
                tabId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tab is no longer present. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reopenTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description HO-1042, or the bare number 1042 */
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reopened ticket. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The statuses the workflow allows this ticket to move to now, so a console offers only those. */
                        allowedStatuses: ("new" | "open" | "pending" | "resolved" | "closed")[];
                        assignee: {
                            email: string;
                            id: string;
                            name: string;
                        } | null;
                        category: string;
                        closedAt: string | null;
                        /** @description The docs page the ticket was filed from ("ask about this page"); null when it was not filed from one. */
                        context: {
                            title: string;
                            url: string;
                            version: string | null;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description Markdown as written; render it safely. */
                        description: string;
                        events: {
                            actor: {
                                name: string | null;
                                /** @enum {string} */
                                type: "customer" | "staff" | "system";
                                userId: string | null;
                            };
                            after: {
                                [key: string]: unknown;
                            } | null;
                            /** Format: date-time */
                            at: string;
                            before: {
                                [key: string]: unknown;
                            } | null;
                            type: string;
                        }[];
                        firstResponseAt: string | null;
                        /** @example HO-1042 */
                        number: string;
                        /**
                         * @description P1 is an emergency (7×24); P4 is the lowest.
                         * @enum {string}
                         */
                        priority: "P1" | "P2" | "P3" | "P4";
                        requester: {
                            email: string;
                            /** @enum {string} */
                            locale: "zh-Hans" | "en";
                            name: string;
                            organisation: string | null;
                            phone: string | null;
                        };
                        resolvedAt: string | null;
                        /** @enum {string} */
                        source: "web" | "api" | "email";
                        /** @enum {string} */
                        status: "new" | "open" | "pending" | "resolved" | "closed";
                        subject: string;
                        /** @description What the portal suggested before the customer filed, and which they opened; null when filed elsewhere. */
                        suggestions: {
                            clicked: boolean;
                            title: string;
                            /** @enum {string} */
                            type: "doc" | "faq" | "article";
                            url: string;
                        }[] | null;
                        tags: string[];
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    } | {
                        /** @description When we promise the first answer (the first-response due time of the priority’s SLA); null once answered, or when no SLA applies. */
                        answerBy: string | null;
                        assignee: {
                            name: string;
                        } | null;
                        category: string;
                        closedAt: string | null;
                        /** @description The docs page the ticket was filed from ("ask about this page"); null when it was not filed from one. */
                        context: {
                            title: string;
                            url: string;
                            version: string | null;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description Markdown as written; render it safely. */
                        description: string;
                        events: {
                            /** @enum {string} */
                            actorType: "customer" | "staff" | "system";
                            after: {
                                [key: string]: unknown;
                            } | null;
                            /** Format: date-time */
                            at: string;
                            before: {
                                [key: string]: unknown;
                            } | null;
                            type: string;
                        }[];
                        /** @example HO-1042 */
                        number: string;
                        /**
                         * @description P1 is an emergency (7×24); P4 is the lowest.
                         * @enum {string}
                         */
                        priority: "P1" | "P2" | "P3" | "P4";
                        requester: {
                            email: string;
                            /** @enum {string} */
                            locale: "zh-Hans" | "en";
                            name: string;
                            organisation: string | null;
                            phone: string | null;
                        };
                        resolvedAt: string | null;
                        /** @enum {string} */
                        status: "new" | "open" | "pending" | "resolved" | "closed";
                        subject: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: invalid_transition, version_conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: link_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renderSavedReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The saved reply’s id. */
                id: string;
                /** @description HO-1042, or the bare number 1042 */
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The filled-in reply. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Markdown in the requester’s language with every placeholder filled; post it as the body of a reply. */
                        body: string;
                        /**
                         * @description The requester’s language, which chose the body.
                         * @enum {string}
                         */
                        locale: "zh-Hans" | "en";
                        /** @description Send it as the reply’s `status` (when not null) to set the ticket’s status in the same step. */
                        status: ("pending" | "resolved") | null;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTicketSla: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description HO-1042, or the bare number 1042 */
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description First response and resolution clocks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clocks: {
                            atRiskAt: string | null;
                            /** @description `calendar_not_covered`: the calendar has no holidays for a day the due time needs, so none is given. */
                            attention: string | null;
                            breachedAt: string | null;
                            breachNotifiedAt: string | null;
                            computation: {
                                /** @description Business time used before the clock last started running. */
                                bankedMs: number;
                                calendar: {
                                    id: string;
                                    name: string;
                                    timeZone: string | null;
                                };
                                /** @description The working intervals from `runningSince` to `dueAt` that the remaining time is counted over (at most 100). */
                                intervals: {
                                    /** Format: date-time */
                                    end: string;
                                    /** Format: date-time */
                                    start: string;
                                }[];
                                /** @description The target less the banked time: what the intervals below add up to. */
                                remainingMs: number;
                                runningSince: string | null;
                            };
                            dueAt: string | null;
                            /** @enum {string} */
                            kind: "first_response" | "resolution";
                            metAt: string | null;
                            pausedAt: string | null;
                            /**
                             * @description The priority of the policy it is measured against.
                             * @enum {string}
                             */
                            priority: "P1" | "P2" | "P3" | "P4";
                            /** Format: date-time */
                            startedAt: string;
                            /** @enum {string} */
                            state: "on_track" | "at_risk" | "breached" | "met" | "paused";
                            stoppedAt: string | null;
                            targetMinutes: number;
                            /** @description Business milliseconds used up to now. */
                            usedMs: number;
                            warnedAt: string | null;
                        }[];
                        number: string;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    bulkUpdateTickets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assigneeId?: string | null;
                    numbers: (string | number)[];
                    /**
                     * @description P1 is an emergency (7×24); P4 is the lowest.
                     * @enum {string}
                     */
                    priority?: "P1" | "P2" | "P3" | "P4";
                    /** @enum {string} */
                    status?: "new" | "open" | "pending" | "resolved" | "closed";
                    tags?: {
                        /** @description Tags each ticket gets (a ticket keeps at most 10). */
                        add?: string[];
                        /** @description Tags each ticket loses. */
                        remove?: string[];
                    };
                };
            };
        };
        responses: {
            /** @description One outcome per ticket. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        failed: number;
                        results: ({
                            number: string;
                            /** @constant */
                            ok: true;
                            /**
                             * @description P1 is an emergency (7×24); P4 is the lowest.
                             * @enum {string}
                             */
                            priority: "P1" | "P2" | "P3" | "P4";
                            /** @enum {string} */
                            status: "new" | "open" | "pending" | "resolved" | "closed";
                            tags: string[];
                            version: number;
                        } | {
                            /** @enum {string} */
                            code: "validation_failed" | "malformed_json" | "malformed_multipart" | "empty_attachment" | "too_many_attachments" | "unauthenticated" | "invalid_credentials" | "forbidden" | "csrf_failed" | "not_found" | "method_not_allowed" | "conflict" | "version_conflict" | "last_admin" | "calendar_built_in" | "calendar_in_use" | "invalid_transition" | "ticket_closed" | "not_resendable" | "mailbox_disabled" | "link_expired" | "payload_too_large" | "attachment_too_large" | "unsupported_media_type" | "attachment_type_not_allowed" | "rate_limited" | "internal_error" | "server_busy" | "search_unavailable" | "not_ready";
                            detail: string;
                            number: string;
                            /** @constant */
                            ok: false;
                        })[];
                        succeeded: number;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTicketChanges: {
        parameters: {
            query?: {
                /** @description `cursor` of the previous poll; without it, the changes of the last 90 seconds. */
                since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The changes since the cursor. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Tickets changed after the cursor, oldest change first. A change is listed again on the polls of the next 90 seconds (the time a change may take to commit); the same number and updatedAt is the same change. */
                        changes: {
                            /** @example HO-1042 */
                            number: string;
                            /** @enum {string} */
                            status: "new" | "open" | "pending" | "resolved" | "closed";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        }[];
                        /** @description Pass as `since` on the next poll. */
                        cursor: string;
                        /** @description More tickets changed than are listed: reload the queue instead of following the list. */
                        more: boolean;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    countTickets: {
        parameters: {
            query?: {
                /** @description `me`, `unassigned`, or a staff user id. */
                assignee?: "me" | "unassigned" | string;
                category?: string;
                priority?: ("P1" | "P2" | "P3" | "P4")[];
                /** @description Text in the subject or description. */
                q?: string;
                /** @description Stored lower-cased. */
                requester?: string;
                /** @description Lower-cased on the way in. */
                tag?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts per status and in total. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closed: number;
                        new: number;
                        open: number;
                        pending: number;
                        resolved: number;
                        total: number;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
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
