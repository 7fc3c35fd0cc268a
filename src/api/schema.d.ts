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
    "/admin/docs-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many readers subscribe to docs digests, by status, section and frequency
         * @description Counts only: no address is listed.
         */
        get: operations["getDocsSubscriptionSummary"];
        put?: never;
        post?: never;
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
    "/docs-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for e-mail digests of the pages changed in docs sections (sends a confirmation link)
         * @description Always 202 with the same body, whether or not the address already subscribed. A confirmation link is e-mailed (valid DOCS_CONFIRM_TTL_HOURS hours); nothing else is sent until it is followed. Confirming replaces the address’s earlier subscription in the same language. Limited per client address and per e-mail address.
         */
        post: operations["subscribeToDocs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs-subscriptions/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a docs subscription with the token from its confirmation e-mail
         * @description The token works once. Digests list the changes made after this moment, weekly or daily, and only when something changed. An unknown, used or expired token answers `link_expired`.
         */
        post: operations["confirmDocsSubscription"];
        delete?: never;
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
    "/page-feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer “Was this page helpful?” for a docs page
         * @description Sent by the question at the end of every docs page; no sign-in, nothing personal. One answer per page and browser: the browser’s random `voterKey` is stored only as its SHA-256, and a second answer with the same key changes the first (its `comment` too, when sent) instead of adding one. A comment holds at most 1,000 characters. Limited to 30 answers a minute per address.
         */
        post: operations["answerPageFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/page-feedback/{id}/comment": {
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
         * Remove an abusive comment from a page answer
         * @description Administrators only. The comment goes; the answer (“yes” or “no”) still counts.
         */
        delete: operations["removePageFeedbackComment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/page-feedback/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How helpful each docs page is, with its comments and tickets
         * @description Per page, over a period of days in UTC (answers count by when they were last given or changed): “yes” and “no”, the share of “yes”, the number of comments and the five latest, and the tickets filed in the period with the page as their context (“ask about this page”). The least helpful pages first, or the most answered. Every staff member may read it.
         */
        get: operations["getPageFeedbackReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/page-feedback/report.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How helpful each docs page is, as CSV
         * @description The pages of `GET /page-feedback/report` as CSV (RFC 4180), one row a page with its ticket numbers, headed in the caller’s language (`Accept-Language`); the Chinese file starts with a byte-order mark. A cell that would run as a formula is prefixed with an apostrophe.
         */
        get: operations["exportPageFeedbackReport"];
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
    "/training/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cohorts: all for an administrator, the ones they lead for an agent */
        get: operations["listCohorts"];
        put?: never;
        /**
         * Start a cohort
         * @description A name, the first day of week 1, a lead (any active staff member) and the working-day calendar deadlines are counted on.
         */
        post: operations["createCohort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training/cohorts/{id}": {
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
        /** Rename a cohort, move its start, change its lead or calendar */
        patch: operations["updateCohort"];
        trace?: never;
    };
    "/training/cohorts/{id}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cohort × weeks table: progress, overdue items and quiz scores
         * @description Per trainee and week: required items done, items overdue after the week’s due time (the end of its fifth working day on the cohort’s calendar) and how many working days late, the quiz score; with awaiting sign-off and changed-since-completed counts. `calendarAttention` says when the calendar does not cover the five weeks.
         */
        get: operations["getCohortDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training/cohorts/{id}/dashboard.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cohort × weeks table as CSV
         * @description One row per trainee, each week as done/required, headed in the caller’s language; formulas defused.
         */
        get: operations["exportCohortDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training/cohorts/{id}/trainees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A cohort and its trainees
         * @description For administrators and the cohort’s lead; other staff get 403.
         */
        get: operations["listCohortTrainees"];
        put?: never;
        /**
         * Invite a trainee into a cohort by e-mail
         * @description Stores the trainee and e-mails the invitation with a single-use sign-in link, in one transaction. An address that is already a trainee is `conflict` (field `email`). For administrators and the cohort’s lead.
         */
        post: operations["inviteTrainee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in trainee: cohort, progress by item and by week, and the CSRF token
         * @description Weeks are due at the end of their fifth working day on the cohort’s calendar; `changed` marks completions whose lesson changed since.
         */
        get: operations["getMyTraining"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training/me/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The completion certificate, once every required item is done
         * @description `eligible` is false, with the `missing` items, until every required item of the trainee’s track is done or signed off.
         */
        get: operations["getMyCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training/me/items/{itemId}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an item done, or have the server check an exercise
         * @description Readings and manual exercises are done at the trainee’s word (those that need a sign-off wait for the lead). Exercises with an automatic check are done only when the check passes against this instance: a ticket filed from the trainee’s address, a pending reply from a staff account of that address, the 5xx ratio read from /metrics (`answer`), a passed drill’s output (`report`); otherwise `check_not_met` says what is missing.
         */
        post: operations["completeTrainingItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training/me/quizzes/{quizId}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit answers to a quiz
         * @description The server grades the answers (the right answer of each question is in the answer), keeps every attempt, and marks the quiz done once an attempt reaches its pass mark (80 % unless the quiz says otherwise). A later lower score never takes a pass away. Answers a trainee gave before signing in are synced through this route.
         */
        post: operations["submitQuizAttempt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training/me/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out of the training */
        delete: operations["signOutTrainee"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with the token of a sign-in link
         * @description Uses the link (once) and sets the `ho_trainee` cookie (httpOnly, SameSite=Lax, path `/api/v1/training/me`). Writes with the cookie send the CSRF token from `GET /training/me` as `X-CSRF-Token`. A used or expired link is `link_expired`; ask for a new one.
         */
        post: operations["signInTrainee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training/sign-in-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * E-mail me a sign-in link to the training
         * @description Always 202 with the same body, whether or not the address belongs to a trainee. If it does, a single-use link is e-mailed to it (never returned here); it works for `TRAINEE_LINK_TTL_HOURS` hours. Limited per client address and per e-mail address.
         */
        post: operations["requestTraineeSignInLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training/trainees/{id}": {
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
        /** Rename a trainee, change their track, remove them from the cohort or bring them back */
        patch: operations["updateTrainee"];
        trace?: never;
    };
    "/training/trainees/{id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the invitation again, with a fresh sign-in link */
        post: operations["resendTraineeInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training/trainees/{id}/items/{itemId}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign off an item a trainee checked off
         * @description For items that need the lead’s confirmation; an item the trainee has not checked off yet is `not_found`.
         */
        post: operations["signOffTrainingItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training/trainees/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One trainee’s progress by item, for their lead */
        get: operations["getTraineeProgress"];
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
            code: "validation_failed" | "malformed_json" | "malformed_multipart" | "empty_attachment" | "too_many_attachments" | "unauthenticated" | "invalid_credentials" | "forbidden" | "csrf_failed" | "not_found" | "method_not_allowed" | "conflict" | "version_conflict" | "last_admin" | "calendar_built_in" | "calendar_in_use" | "invalid_transition" | "ticket_closed" | "not_resendable" | "mailbox_disabled" | "check_not_met" | "link_expired" | "payload_too_large" | "attachment_too_large" | "unsupported_media_type" | "attachment_type_not_allowed" | "rate_limited" | "internal_error" | "server_busy" | "search_unavailable" | "not_ready";
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
                    /**
                     * @example {
                     *       "name": "Handover",
                     *       "version": "0.9.0",
                     *       "documentation": "https://support.example.com/docs/api"
                     *     }
                     */
                    "application/json": {
                        /**
                         * Format: uri
                         * @description Address of the API documentation.
                         */
                        documentation: string;
                        /**
                         * @description Name.
                         * @constant
                         */
                        name: "Handover";
                        /** @description Version number, raised by every change; send it back with an edit. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @example {
                 *       "email": "wang.fang@example.com"
                 *     }
                 */
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
                    /**
                     * @example {
                     *       "message": "如果此邮箱提交过工单，我们已向其发送查看全部工单的链接，30 分钟内有效。"
                     *     }
                     */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/access-links",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected string, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#rate_limited",
                     *       "title": "Too many requests; try again later",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "instance": "/api/v1/access-links",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/access-links",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @example {
                 *       "token": "hoc_7VbL2mN4pR8tK1wY6cF0hJ5sD2gA9eU3iO7lZkQ3d9x"
                 *     }
                 */
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
                    /**
                     * @example {
                     *       "ticketNumber": "HO-1047",
                     *       "paged": true
                     *     }
                     */
                    "application/json": {
                        /** @description Whether the on-call list was paged now (false: not a P1 any more, paged already, or resolved). */
                        paged: boolean;
                        /**
                         * @description Ticket number, e.g. `HO-1042`.
                         * @example HO-1042
                         */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/address-confirmations",
                     *       "errors": [
                     *         {
                     *           "field": "token",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected string, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/address-confirmations",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: link_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#link_expired",
                     *       "title": "This link has expired",
                     *       "status": 410,
                     *       "code": "link_expired",
                     *       "instance": "/api/v1/address-confirmations",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#rate_limited",
                     *       "title": "Too many requests; try again later",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "instance": "/api/v1/address-confirmations",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/address-confirmations",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocsSubscriptionSummary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "pending": 3,
                     *       "active": 41,
                     *       "ended": 7,
                     *       "bySection": {
                     *         "user-guide": 18,
                     *         "training": 12,
                     *         "operations": 27,
                     *         "api": 9,
                     *         "architecture": 5,
                     *         "database": 6,
                     *         "faq": 14,
                     *         "blog": 20
                     *       },
                     *       "byFrequency": {
                     *         "daily": 9,
                     *         "weekly": 32
                     *       },
                     *       "ledgerChanges": 560
                     *     }
                     */
                    "application/json": {
                        /** @description Confirmed: receiving digests. */
                        active: number;
                        /** @description Active subscriptions by frequency. */
                        byFrequency: {
                            [key: string]: number;
                        };
                        /** @description Active subscriptions naming each section. */
                        bySection: {
                            [key: string]: number;
                        };
                        /** @description Unsubscribed or replaced. */
                        ended: number;
                        /** @description Changes in the docs ledger this server ships with (its newest `seq`). */
                        ledgerChanges: number;
                        /** @description Waiting for their confirmation link to be followed. */
                        pending: number;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/admin/docs-subscriptions",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/admin/docs-subscriptions",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/admin/docs-subscriptions",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/admin/docs-subscriptions",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description Messages per page, 1–200.
                 * @example 50
                 */
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
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60@support.example.com",
                     *           "messageId": "<outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60@support.example.com>",
                     *           "from": "Handover 支持团队 <support@support.example.com>",
                     *           "to": "wang.fang@example.com",
                     *           "subject": "[HO-1042] 我们已收到您的工单：升级到 0.8.0 后夜间备份报错 checksum mismatch",
                     *           "date": "2026-11-30T01:12:10.000Z",
                     *           "kind": "ticket_received",
                     *           "size": 6841
                     *         }
                     *       ],
                     *       "nextBefore": null
                     *     }
                     */
                    "application/json": {
                        /** @description Newest first (by file time). */
                        items: {
                            /** @description The Date header. */
                            date: string | null;
                            /** @description The From header. */
                            from: string | null;
                            /** @description The file name without `.eml`, e.g. `outbox.7d1e…@support.example.com`. */
                            id: string;
                            /** @description The X-Handover-Kind header: which template. */
                            kind: string | null;
                            /** @description The Message-ID header. */
                            messageId: string | null;
                            /** @description Bytes of the .eml file. */
                            size: number;
                            /** @description Subject, at most 200 characters. */
                            subject: string | null;
                            /** @description The To header. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/admin/mailbox",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/admin/mailbox",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/admin/mailbox",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: mailbox_disabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#mailbox_disabled",
                     *       "title": "The embedded mailbox is off because SMTP is configured",
                     *       "status": 409,
                     *       "code": "mailbox_disabled",
                     *       "instance": "/api/v1/admin/mailbox",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/admin/mailbox",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description The file name without `.eml`, e.g. `outbox.7d1e…@support.example.com`.
                 * @example outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60@support.example.com
                 */
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
                    /**
                     * @example {
                     *       "id": "outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60@support.example.com",
                     *       "messageId": "<outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60@support.example.com>",
                     *       "from": "Handover 支持团队 <support@support.example.com>",
                     *       "to": "wang.fang@example.com",
                     *       "subject": "[HO-1042] 我们已收到您的工单：升级到 0.8.0 后夜间备份报错 checksum mismatch",
                     *       "date": "2026-11-30T01:12:10.000Z",
                     *       "kind": "ticket_received",
                     *       "inReplyTo": null,
                     *       "references": [],
                     *       "replyTo": "support@support.example.com",
                     *       "headers": {
                     *         "Auto-Submitted": "auto-generated"
                     *       },
                     *       "text": "王芳您好：\n\n我们已收到您的工单 HO-1042（优先级 P2），将在 2026-11-30 13:12 前答复。\n\n查看进度：https://support.example.com/support/track#token=hot_…",
                     *       "html": "<p>王芳您好：</p><p>我们已收到您的工单 HO-1042（优先级 P2），将在 2026-11-30 13:12 前答复。</p>"
                     *     }
                     */
                    "application/json": {
                        /** @description The Date header. */
                        date: string | null;
                        /** @description The From header. */
                        from: string | null;
                        /** @description These headers, as written, when the message has them. */
                        headers: {
                            /** @description The Auto-Submitted header. */
                            "Auto-Submitted"?: string;
                            /** @description The List-Unsubscribe header. */
                            "List-Unsubscribe"?: string;
                            /** @description The List-Unsubscribe-Post header. */
                            "List-Unsubscribe-Post"?: string;
                        };
                        /** @description The HTML body. */
                        html: string | null;
                        /** @description The file name without `.eml`, e.g. `outbox.7d1e…@support.example.com`. */
                        id: string;
                        /** @description The In-Reply-To header. */
                        inReplyTo: string | null;
                        /** @description The X-Handover-Kind header: which template. */
                        kind: string | null;
                        /** @description The Message-ID header. */
                        messageId: string | null;
                        /** @description The References header. */
                        references: string[];
                        /** @description The Reply-To header. */
                        replyTo: string | null;
                        /** @description Subject, at most 200 characters. */
                        subject: string | null;
                        /** @description The plain-text body. */
                        text: string | null;
                        /** @description The To header. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/admin/mailbox/outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60%40support.example.com",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/admin/mailbox/outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60%40support.example.com",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/admin/mailbox/outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60%40support.example.com",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/admin/mailbox/outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60%40support.example.com",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: mailbox_disabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#mailbox_disabled",
                     *       "title": "The embedded mailbox is off because SMTP is configured",
                     *       "status": 409,
                     *       "code": "mailbox_disabled",
                     *       "instance": "/api/v1/admin/mailbox/outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60%40support.example.com",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/admin/mailbox/outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60%40support.example.com",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description The file name without `.eml`, e.g. `outbox.7d1e…@support.example.com`.
                 * @example outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60@support.example.com
                 */
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
                    /**
                     * @example From: =?UTF-8?B?SGFuZG92ZXIg5pSv5oyB5Zui6Zif?= <support@support.example.com>
                     *     To: wang.fang@example.com
                     *     Subject: =?UTF-8?B?W0hPLTEwNDJdIOaIkeS7rOW3suaUtuWIsOaCqOeahOW3peWNlQ==?=
                     *     Message-ID: <outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60@support.example.com>
                     *     Content-Type: multipart/alternative; boundary="--_NmP-1"
                     *
                     *     …
                     */
                    "message/rfc822": string;
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/admin/mailbox/outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60%40support.example.com/raw",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/admin/mailbox/outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60%40support.example.com/raw",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/admin/mailbox/outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60%40support.example.com/raw",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/admin/mailbox/outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60%40support.example.com/raw",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: mailbox_disabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#mailbox_disabled",
                     *       "title": "The embedded mailbox is off because SMTP is configured",
                     *       "status": 409,
                     *       "code": "mailbox_disabled",
                     *       "instance": "/api/v1/admin/mailbox/outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60%40support.example.com/raw",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/admin/mailbox/outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60%40support.example.com/raw",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description Rows per page, 1–100.
                 * @example 50
                 */
                limit?: number;
                /**
                 * @description Only e-mails to this address (case does not matter): "did the customer get our e-mail?"
                 * @example wang.fang@example.com
                 */
                recipient?: string;
                /**
                 * @description `pending`: waiting for its next attempt; `sending`: being sent; `sent`; `dead`: given up on (a dead letter).
                 * @example dead
                 */
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
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60",
                     *           "kind": "ticket_received",
                     *           "recipient": "wang.fang@example.com",
                     *           "locale": "zh-Hans",
                     *           "ticketNumber": "HO-1042",
                     *           "status": "dead",
                     *           "attempts": 8,
                     *           "lastError": "550 5.1.1 <wang.fang@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
                     *           "messageId": "<outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60@support.example.com>",
                     *           "createdAt": "2026-11-30T01:12:09.000Z",
                     *           "nextAttemptAt": "2026-11-30T07:40:12.000Z",
                     *           "claimedAt": null,
                     *           "sentAt": null
                     *         }
                     *       ],
                     *       "nextCursor": null,
                     *       "counts": {
                     *         "pending": 0,
                     *         "sending": 0,
                     *         "sent": 0,
                     *         "dead": 1
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description Rows per status, with the `kind` filter (not the `status` filter) applied. */
                        counts: {
                            /** @description Dead letters: gave up after the last retry. */
                            dead: number;
                            /** @description Waiting to be sent. */
                            pending: number;
                            /** @description Being sent now. */
                            sending: number;
                            /** @description Sent. */
                            sent: number;
                        };
                        /** @description Newest first. */
                        items: {
                            /** @description Sending attempts so far (reset to 0 by a resend). */
                            attempts: number;
                            /** @description When a dispatcher took it to send. */
                            claimedAt: string | null;
                            /**
                             * Format: date-time
                             * @description When it was created (ISO 8601, UTC).
                             */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description Identifier.
                             */
                            id: string;
                            /** @description Which template, e.g. `ticket_received`, `staff_reply`, `magic_link`. */
                            kind: string;
                            /** @description The last failure, e.g. the SMTP server’s reply. */
                            lastError: string | null;
                            /** @description Language for e-mails and answers: `zh-Hans` or `en`. */
                            locale: string;
                            /** @description The RFC 5322 Message-ID, the same on every attempt and resend. */
                            messageId: string;
                            /**
                             * Format: date-time
                             * @description When the next attempt is due.
                             */
                            nextAttemptAt: string;
                            /** @description The address it goes to. */
                            recipient: string;
                            /** @description When it was sent. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/admin/outbox",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/admin/outbox",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/admin/outbox",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/admin/outbox",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description The outbox row’s id
                 * @example c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60
                 */
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
                    /**
                     * @example {
                     *       "id": "c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60",
                     *       "kind": "ticket_received",
                     *       "recipient": "wang.fang@example.com",
                     *       "locale": "zh-Hans",
                     *       "ticketNumber": "HO-1042",
                     *       "status": "dead",
                     *       "attempts": 8,
                     *       "lastError": "550 5.1.1 <wang.fang@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
                     *       "messageId": "<outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60@support.example.com>",
                     *       "createdAt": "2026-11-30T01:12:09.000Z",
                     *       "nextAttemptAt": "2026-11-30T07:40:12.000Z",
                     *       "claimedAt": null,
                     *       "sentAt": null
                     *     }
                     */
                    "application/json": {
                        /** @description Sending attempts so far (reset to 0 by a resend). */
                        attempts: number;
                        /** @description When a dispatcher took it to send. */
                        claimedAt: string | null;
                        /**
                         * Format: date-time
                         * @description When it was created (ISO 8601, UTC).
                         */
                        createdAt: string;
                        /**
                         * Format: uuid
                         * @description Identifier.
                         */
                        id: string;
                        /** @description Which template, e.g. `ticket_received`, `staff_reply`, `magic_link`. */
                        kind: string;
                        /** @description The last failure, e.g. the SMTP server’s reply. */
                        lastError: string | null;
                        /** @description Language for e-mails and answers: `zh-Hans` or `en`. */
                        locale: string;
                        /** @description The RFC 5322 Message-ID, the same on every attempt and resend. */
                        messageId: string;
                        /**
                         * Format: date-time
                         * @description When the next attempt is due.
                         */
                        nextAttemptAt: string;
                        /** @description The address it goes to. */
                        recipient: string;
                        /** @description When it was sent. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/admin/outbox/c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/admin/outbox/c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/admin/outbox/c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/admin/outbox/c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/admin/outbox/c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description The outbox row’s id
                 * @example c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60
                 */
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
                    /**
                     * @example {
                     *       "id": "c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60",
                     *       "kind": "ticket_received",
                     *       "recipient": "wang.fang@example.com",
                     *       "locale": "zh-Hans",
                     *       "ticketNumber": "HO-1042",
                     *       "status": "pending",
                     *       "attempts": 0,
                     *       "lastError": "550 5.1.1 <wang.fang@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
                     *       "messageId": "<outbox.c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60@support.example.com>",
                     *       "createdAt": "2026-11-30T01:12:09.000Z",
                     *       "nextAttemptAt": "2026-11-30T08:02:00.000Z",
                     *       "claimedAt": null,
                     *       "sentAt": null
                     *     }
                     */
                    "application/json": {
                        /** @description Sending attempts so far (reset to 0 by a resend). */
                        attempts: number;
                        /** @description When a dispatcher took it to send. */
                        claimedAt: string | null;
                        /**
                         * Format: date-time
                         * @description When it was created (ISO 8601, UTC).
                         */
                        createdAt: string;
                        /**
                         * Format: uuid
                         * @description Identifier.
                         */
                        id: string;
                        /** @description Which template, e.g. `ticket_received`, `staff_reply`, `magic_link`. */
                        kind: string;
                        /** @description The last failure, e.g. the SMTP server’s reply. */
                        lastError: string | null;
                        /** @description Language for e-mails and answers: `zh-Hans` or `en`. */
                        locale: string;
                        /** @description The RFC 5322 Message-ID, the same on every attempt and resend. */
                        messageId: string;
                        /**
                         * Format: date-time
                         * @description When the next attempt is due.
                         */
                        nextAttemptAt: string;
                        /** @description The address it goes to. */
                        recipient: string;
                        /** @description When it was sent. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/admin/outbox/c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60/resend",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/admin/outbox/c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60/resend",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/admin/outbox/c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60/resend",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/admin/outbox/c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60/resend",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_resendable */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_resendable",
                     *       "title": "Only a dead letter can be resent",
                     *       "status": 409,
                     *       "code": "not_resendable",
                     *       "instance": "/api/v1/admin/outbox/c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60/resend",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/admin/outbox/c0a8012e-6f1d-4b7a-9e35-2d4f8b1c7a60/resend",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSearchReport: {
        parameters: {
            query: {
                /**
                 * @description First day (UTC), inclusive.
                 * @example 2026-11-01
                 */
                from: string;
                /**
                 * @description How the ticket came in: `web`, `api` or `email`.
                 * @example portal
                 */
                source?: "site" | "console" | "portal";
                /**
                 * @description Last day (UTC), inclusive.
                 * @example 2026-11-30
                 */
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
                    /**
                     * @example {
                     *       "from": "2026-11-01",
                     *       "to": "2026-11-30",
                     *       "totals": {
                     *         "searches": 1284,
                     *         "zeroResults": 97,
                     *         "clicks": 611,
                     *         "deflections": 143
                     *       },
                     *       "notFound": [
                     *         {
                     *           "query": "ldap 同步",
                     *           "locale": "zh-Hans",
                     *           "searches": 21,
                     *           "zeroResults": 21,
                     *           "clicks": 0,
                     *           "deflections": 0
                     *         }
                     *       ],
                     *       "top": [
                     *         {
                     *           "query": "备份",
                     *           "locale": "zh-Hans",
                     *           "searches": 188,
                     *           "zeroResults": 0,
                     *           "clicks": 120,
                     *           "deflections": 31
                     *         },
                     *         {
                     *           "query": "helm upgrade",
                     *           "locale": "en",
                     *           "searches": 64,
                     *           "zeroResults": 2,
                     *           "clicks": 40,
                     *           "deflections": 9
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description First day of the range (inclusive). */
                        from: string;
                        /** @description Queries that found nothing, most searched first (at most 50). */
                        notFound: {
                            /** @description Results opened. */
                            clicks: number;
                            /** @description “This solved my problem”, no ticket filed. */
                            deflections: number;
                            /** @description Language for e-mails and answers: `zh-Hans` or `en`. */
                            locale: string;
                            /** @description The search words. */
                            query: string;
                            /** @description Searches. */
                            searches: number;
                            /** @description Searches that found nothing. */
                            zeroResults: number;
                        }[];
                        /** @description Last day of the range (inclusive). */
                        to: string;
                        /** @description The most searched queries (at most 50). */
                        top: {
                            /** @description Results opened. */
                            clicks: number;
                            /** @description “This solved my problem”, no ticket filed. */
                            deflections: number;
                            /** @description Language for e-mails and answers: `zh-Hans` or `en`. */
                            locale: string;
                            /** @description The search words. */
                            query: string;
                            /** @description Searches. */
                            searches: number;
                            /** @description Searches that found nothing. */
                            zeroResults: number;
                        }[];
                        /** @description Totals over all rows. */
                        totals: {
                            /** @description Results opened. */
                            clicks: number;
                            /** @description “This solved my problem”, no ticket filed. */
                            deflections: number;
                            /** @description Searches. */
                            searches: number;
                            /** @description Searches that found nothing. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/admin/search-report",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/admin/search-report",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/admin/search-report",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/admin/search-report",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "7x24",
                     *           "name": "7×24",
                     *           "timeZone": "UTC",
                     *           "weekly": {
                     *             "1": [
                     *               {
                     *                 "start": "00:00",
                     *                 "end": "24:00"
                     *               }
                     *             ],
                     *             "2": [
                     *               {
                     *                 "start": "00:00",
                     *                 "end": "24:00"
                     *               }
                     *             ],
                     *             "3": [
                     *               {
                     *                 "start": "00:00",
                     *                 "end": "24:00"
                     *               }
                     *             ],
                     *             "4": [
                     *               {
                     *                 "start": "00:00",
                     *                 "end": "24:00"
                     *               }
                     *             ],
                     *             "5": [
                     *               {
                     *                 "start": "00:00",
                     *                 "end": "24:00"
                     *               }
                     *             ],
                     *             "6": [
                     *               {
                     *                 "start": "00:00",
                     *                 "end": "24:00"
                     *               }
                     *             ],
                     *             "7": [
                     *               {
                     *                 "start": "00:00",
                     *                 "end": "24:00"
                     *               }
                     *             ]
                     *           },
                     *           "overrides": [],
                     *           "coverage": {
                     *             "from": null,
                     *             "until": null,
                     *             "ends": null,
                     *             "daysLeft": null,
                     *             "warn": false
                     *           },
                     *           "builtIn": true,
                     *           "version": 1,
                     *           "updatedAt": "2026-08-01T00:00:00.000Z"
                     *         },
                     *         {
                     *           "id": "cn-workdays",
                     *           "name": "中国大陆工作日 / PRC working days",
                     *           "timeZone": "Asia/Shanghai",
                     *           "weekly": {
                     *             "1": [
                     *               {
                     *                 "start": "09:00",
                     *                 "end": "18:00"
                     *               }
                     *             ],
                     *             "2": [
                     *               {
                     *                 "start": "09:00",
                     *                 "end": "18:00"
                     *               }
                     *             ],
                     *             "3": [
                     *               {
                     *                 "start": "09:00",
                     *                 "end": "18:00"
                     *               }
                     *             ],
                     *             "4": [
                     *               {
                     *                 "start": "09:00",
                     *                 "end": "18:00"
                     *               }
                     *             ],
                     *             "5": [
                     *               {
                     *                 "start": "09:00",
                     *                 "end": "18:00"
                     *               }
                     *             ],
                     *             "6": [],
                     *             "7": []
                     *           },
                     *           "overrides": [
                     *             {
                     *               "date": "2026-10-01",
                     *               "kind": "holiday",
                     *               "name": {
                     *                 "zh-Hans": "国庆节",
                     *                 "en": "National Day"
                     *               }
                     *             },
                     *             {
                     *               "date": "2026-10-02",
                     *               "kind": "holiday",
                     *               "name": {
                     *                 "zh-Hans": "国庆节",
                     *                 "en": "National Day"
                     *               }
                     *             },
                     *             {
                     *               "date": "2026-10-10",
                     *               "kind": "working",
                     *               "name": {
                     *                 "zh-Hans": "国庆节",
                     *                 "en": "National Day"
                     *               }
                     *             }
                     *           ],
                     *           "coverage": {
                     *             "from": "2026-01-01",
                     *             "until": "2026-12-31",
                     *             "ends": "2026-12-31T16:00:00.000Z",
                     *             "daysLeft": 31,
                     *             "warn": true
                     *           },
                     *           "builtIn": false,
                     *           "version": 3,
                     *           "updatedAt": "2026-11-02T02:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description The entries. */
                        items: {
                            /** @description The 7×24 calendar: always working time, read-only. */
                            builtIn: boolean;
                            /** @description The days the calendar knows holidays for. */
                            coverage: {
                                /** @description Whole days until then; negative once it has passed. */
                                daysLeft: number | null;
                                /** @description Midnight after the last covered day in the calendar’s zone; null for the 7×24 calendar. */
                                ends: string | null;
                                /** @description First covered day. */
                                from: string | null;
                                /** @description Last covered day. */
                                until: string | null;
                                /** @description Coverage ends within 60 days or has ended: load the next year’s holidays. */
                                warn: boolean;
                            };
                            /** @description Identifier. */
                            id: string;
                            /** @description Name. */
                            name: string;
                            /** @description Holidays and make-up working days (调休), by date. */
                            overrides: {
                                /**
                                 * @description The day, `YYYY-MM-DD`.
                                 * @example 2026-10-01
                                 */
                                date: string;
                                /** @description Working intervals that day; empty: a day off. */
                                intervals?: {
                                    /**
                                     * @description End, `HH:mm` (exclusive).
                                     * @example 09:00
                                     */
                                    end: string;
                                    /**
                                     * @description Start, `HH:mm` (inclusive).
                                     * @example 09:00
                                     */
                                    start: string;
                                }[];
                                /**
                                 * @description `holiday`: no working time; `working`: a make-up working day (调休) with `intervals` or the usual working-day hours; `hours`: changed hours that day.
                                 * @enum {string}
                                 */
                                kind: "holiday" | "working" | "hours";
                                /**
                                 * @description What the day is, in both languages.
                                 * @example {
                                 *       "zh-Hans": "国庆节",
                                 *       "en": "National Day"
                                 *     }
                                 */
                                name?: {
                                    /** @description In English. */
                                    en?: string;
                                    /** @description In Simplified Chinese. */
                                    "zh-Hans"?: string;
                                };
                            }[];
                            /** @description IANA time zone, e.g. `Asia/Shanghai`. */
                            timeZone: string;
                            /**
                             * Format: date-time
                             * @description When it last changed (ISO 8601, UTC).
                             */
                            updatedAt: string;
                            /** @description Version number, raised by every change; send it back with an edit. */
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
                                /**
                                 * @description Monday’s working intervals.
                                 * @default []
                                 */
                                1: {
                                    /**
                                     * @description End, `HH:mm` (exclusive).
                                     * @example 09:00
                                     */
                                    end: string;
                                    /**
                                     * @description Start, `HH:mm` (inclusive).
                                     * @example 09:00
                                     */
                                    start: string;
                                }[];
                                /**
                                 * @description Tuesday’s working intervals.
                                 * @default []
                                 */
                                2: {
                                    /**
                                     * @description End, `HH:mm` (exclusive).
                                     * @example 09:00
                                     */
                                    end: string;
                                    /**
                                     * @description Start, `HH:mm` (inclusive).
                                     * @example 09:00
                                     */
                                    start: string;
                                }[];
                                /**
                                 * @description Wednesday’s working intervals.
                                 * @default []
                                 */
                                3: {
                                    /**
                                     * @description End, `HH:mm` (exclusive).
                                     * @example 09:00
                                     */
                                    end: string;
                                    /**
                                     * @description Start, `HH:mm` (inclusive).
                                     * @example 09:00
                                     */
                                    start: string;
                                }[];
                                /**
                                 * @description Thursday’s working intervals.
                                 * @default []
                                 */
                                4: {
                                    /**
                                     * @description End, `HH:mm` (exclusive).
                                     * @example 09:00
                                     */
                                    end: string;
                                    /**
                                     * @description Start, `HH:mm` (inclusive).
                                     * @example 09:00
                                     */
                                    start: string;
                                }[];
                                /**
                                 * @description Friday’s working intervals.
                                 * @default []
                                 */
                                5: {
                                    /**
                                     * @description End, `HH:mm` (exclusive).
                                     * @example 09:00
                                     */
                                    end: string;
                                    /**
                                     * @description Start, `HH:mm` (inclusive).
                                     * @example 09:00
                                     */
                                    start: string;
                                }[];
                                /**
                                 * @description Saturday’s working intervals.
                                 * @default []
                                 */
                                6: {
                                    /**
                                     * @description End, `HH:mm` (exclusive).
                                     * @example 09:00
                                     */
                                    end: string;
                                    /**
                                     * @description Start, `HH:mm` (inclusive).
                                     * @example 09:00
                                     */
                                    start: string;
                                }[];
                                /**
                                 * @description Sunday’s working intervals.
                                 * @default []
                                 */
                                7: {
                                    /**
                                     * @description End, `HH:mm` (exclusive).
                                     * @example 09:00
                                     */
                                    end: string;
                                    /**
                                     * @description Start, `HH:mm` (inclusive).
                                     * @example 09:00
                                     */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/admin/sla/calendars",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/admin/sla/calendars",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/admin/sla/calendars",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/admin/sla/calendars",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @example {
                 *       "id": "hk-workdays",
                 *       "name": "香港工作日 / Hong Kong working days",
                 *       "timeZone": "Asia/Hong_Kong",
                 *       "weekly": {
                 *         "1": [
                 *           {
                 *             "start": "09:00",
                 *             "end": "18:00"
                 *           }
                 *         ],
                 *         "2": [
                 *           {
                 *             "start": "09:00",
                 *             "end": "18:00"
                 *           }
                 *         ],
                 *         "3": [
                 *           {
                 *             "start": "09:00",
                 *             "end": "18:00"
                 *           }
                 *         ],
                 *         "4": [
                 *           {
                 *             "start": "09:00",
                 *             "end": "18:00"
                 *           }
                 *         ],
                 *         "5": [
                 *           {
                 *             "start": "09:00",
                 *             "end": "18:00"
                 *           }
                 *         ],
                 *         "6": [],
                 *         "7": []
                 *       },
                 *       "overrides": [
                 *         {
                 *           "date": "2026-12-25",
                 *           "kind": "holiday",
                 *           "name": {
                 *             "zh-Hans": "圣诞节",
                 *             "en": "Christmas Day"
                 *           }
                 *         },
                 *         {
                 *           "date": "2026-12-24",
                 *           "kind": "hours",
                 *           "intervals": [
                 *             {
                 *               "start": "09:00",
                 *               "end": "12:00"
                 *             }
                 *           ],
                 *           "name": {
                 *             "zh-Hans": "平安夜（半天）",
                 *             "en": "Christmas Eve (half day)"
                 *           }
                 *         }
                 *       ],
                 *       "coverage": {
                 *         "from": "2026-12-01",
                 *         "until": "2026-12-31"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The days (inclusive) whose holidays are known. Computing on a day outside them is an error, never a guess. */
                    coverage: {
                        /**
                         * @description First covered day.
                         * @example 2026-10-01
                         */
                        from: string;
                        /**
                         * @description Last covered day.
                         * @example 2026-10-01
                         */
                        until: string;
                    };
                    /** @description Identifier. */
                    id: string;
                    /** @description Name. */
                    name: string;
                    /**
                     * @description Holidays and make-up working days (调休), by date.
                     * @default []
                     */
                    overrides?: {
                        /**
                         * @description The day, `YYYY-MM-DD`.
                         * @example 2026-10-01
                         */
                        date: string;
                        /** @description Working intervals that day; empty: a day off. */
                        intervals?: {
                            /**
                             * @description End, `HH:mm` (exclusive).
                             * @example 09:00
                             */
                            end: string;
                            /**
                             * @description Start, `HH:mm` (inclusive).
                             * @example 09:00
                             */
                            start: string;
                        }[];
                        /**
                         * @description `holiday`: no working time; `working`: a make-up working day (调休) with `intervals` or the usual working-day hours; `hours`: changed hours that day.
                         * @enum {string}
                         */
                        kind: "holiday" | "working" | "hours";
                        /**
                         * @description What the day is, in both languages.
                         * @example {
                         *       "zh-Hans": "国庆节",
                         *       "en": "National Day"
                         *     }
                         */
                        name?: {
                            /** @description In English. */
                            en?: string;
                            /** @description In Simplified Chinese. */
                            "zh-Hans"?: string;
                        };
                    }[];
                    /**
                     * @description IANA time zone, e.g. `Asia/Shanghai`.
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
                        /**
                         * @description Monday’s working intervals.
                         * @default []
                         */
                        1?: {
                            /**
                             * @description End, `HH:mm` (exclusive).
                             * @example 09:00
                             */
                            end: string;
                            /**
                             * @description Start, `HH:mm` (inclusive).
                             * @example 09:00
                             */
                            start: string;
                        }[];
                        /**
                         * @description Tuesday’s working intervals.
                         * @default []
                         */
                        2?: {
                            /**
                             * @description End, `HH:mm` (exclusive).
                             * @example 09:00
                             */
                            end: string;
                            /**
                             * @description Start, `HH:mm` (inclusive).
                             * @example 09:00
                             */
                            start: string;
                        }[];
                        /**
                         * @description Wednesday’s working intervals.
                         * @default []
                         */
                        3?: {
                            /**
                             * @description End, `HH:mm` (exclusive).
                             * @example 09:00
                             */
                            end: string;
                            /**
                             * @description Start, `HH:mm` (inclusive).
                             * @example 09:00
                             */
                            start: string;
                        }[];
                        /**
                         * @description Thursday’s working intervals.
                         * @default []
                         */
                        4?: {
                            /**
                             * @description End, `HH:mm` (exclusive).
                             * @example 09:00
                             */
                            end: string;
                            /**
                             * @description Start, `HH:mm` (inclusive).
                             * @example 09:00
                             */
                            start: string;
                        }[];
                        /**
                         * @description Friday’s working intervals.
                         * @default []
                         */
                        5?: {
                            /**
                             * @description End, `HH:mm` (exclusive).
                             * @example 09:00
                             */
                            end: string;
                            /**
                             * @description Start, `HH:mm` (inclusive).
                             * @example 09:00
                             */
                            start: string;
                        }[];
                        /**
                         * @description Saturday’s working intervals.
                         * @default []
                         */
                        6?: {
                            /**
                             * @description End, `HH:mm` (exclusive).
                             * @example 09:00
                             */
                            end: string;
                            /**
                             * @description Start, `HH:mm` (inclusive).
                             * @example 09:00
                             */
                            start: string;
                        }[];
                        /**
                         * @description Sunday’s working intervals.
                         * @default []
                         */
                        7?: {
                            /**
                             * @description End, `HH:mm` (exclusive).
                             * @example 09:00
                             */
                            end: string;
                            /**
                             * @description Start, `HH:mm` (inclusive).
                             * @example 09:00
                             */
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
                    /**
                     * @example {
                     *       "id": "hk-workdays",
                     *       "name": "香港工作日 / Hong Kong working days",
                     *       "timeZone": "Asia/Hong_Kong",
                     *       "weekly": {
                     *         "1": [
                     *           {
                     *             "start": "09:00",
                     *             "end": "18:00"
                     *           }
                     *         ],
                     *         "2": [
                     *           {
                     *             "start": "09:00",
                     *             "end": "18:00"
                     *           }
                     *         ],
                     *         "3": [
                     *           {
                     *             "start": "09:00",
                     *             "end": "18:00"
                     *           }
                     *         ],
                     *         "4": [
                     *           {
                     *             "start": "09:00",
                     *             "end": "18:00"
                     *           }
                     *         ],
                     *         "5": [
                     *           {
                     *             "start": "09:00",
                     *             "end": "18:00"
                     *           }
                     *         ],
                     *         "6": [],
                     *         "7": []
                     *       },
                     *       "overrides": [
                     *         {
                     *           "date": "2026-12-24",
                     *           "kind": "hours",
                     *           "intervals": [
                     *             {
                     *               "start": "09:00",
                     *               "end": "12:00"
                     *             }
                     *           ],
                     *           "name": {
                     *             "zh-Hans": "平安夜（半天）",
                     *             "en": "Christmas Eve (half day)"
                     *           }
                     *         },
                     *         {
                     *           "date": "2026-12-25",
                     *           "kind": "holiday",
                     *           "name": {
                     *             "zh-Hans": "圣诞节",
                     *             "en": "Christmas Day"
                     *           }
                     *         }
                     *       ],
                     *       "coverage": {
                     *         "from": "2026-12-01",
                     *         "until": "2026-12-31",
                     *         "ends": "2026-12-31T16:00:00.000Z",
                     *         "daysLeft": 31,
                     *         "warn": true
                     *       },
                     *       "builtIn": false,
                     *       "version": 1,
                     *       "updatedAt": "2026-11-30T03:30:00.000Z",
                     *       "recomputed": 0
                     *     }
                     */
                    "application/json": {
                        /** @description The 7×24 calendar: always working time, read-only. */
                        builtIn: boolean;
                        /** @description The days the calendar knows holidays for. */
                        coverage: {
                            /** @description Whole days until then; negative once it has passed. */
                            daysLeft: number | null;
                            /** @description Midnight after the last covered day in the calendar’s zone; null for the 7×24 calendar. */
                            ends: string | null;
                            /** @description First covered day. */
                            from: string | null;
                            /** @description Last covered day. */
                            until: string | null;
                            /** @description Coverage ends within 60 days or has ended: load the next year’s holidays. */
                            warn: boolean;
                        };
                        /** @description Identifier. */
                        id: string;
                        /** @description Name. */
                        name: string;
                        /** @description Holidays and make-up working days (调休), by date. */
                        overrides: {
                            /**
                             * @description The day, `YYYY-MM-DD`.
                             * @example 2026-10-01
                             */
                            date: string;
                            /** @description Working intervals that day; empty: a day off. */
                            intervals?: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description `holiday`: no working time; `working`: a make-up working day (调休) with `intervals` or the usual working-day hours; `hours`: changed hours that day.
                             * @enum {string}
                             */
                            kind: "holiday" | "working" | "hours";
                            /**
                             * @description What the day is, in both languages.
                             * @example {
                             *       "zh-Hans": "国庆节",
                             *       "en": "National Day"
                             *     }
                             */
                            name?: {
                                /** @description In English. */
                                en?: string;
                                /** @description In Simplified Chinese. */
                                "zh-Hans"?: string;
                            };
                        }[];
                        /** @description Open SLA clocks whose due times were computed again under the change. */
                        recomputed: number;
                        /** @description IANA time zone, e.g. `Asia/Shanghai`. */
                        timeZone: string;
                        /**
                         * Format: date-time
                         * @description When it last changed (ISO 8601, UTC).
                         */
                        updatedAt: string;
                        /** @description Version number, raised by every change; send it back with an edit. */
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
                            /**
                             * @description Monday’s working intervals.
                             * @default []
                             */
                            1: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description Tuesday’s working intervals.
                             * @default []
                             */
                            2: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description Wednesday’s working intervals.
                             * @default []
                             */
                            3: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description Thursday’s working intervals.
                             * @default []
                             */
                            4: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description Friday’s working intervals.
                             * @default []
                             */
                            5: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description Saturday’s working intervals.
                             * @default []
                             */
                            6: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description Sunday’s working intervals.
                             * @default []
                             */
                            7: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/admin/sla/calendars",
                     *       "errors": [
                     *         {
                     *           "field": "id",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected string, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/admin/sla/calendars",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/admin/sla/calendars",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#conflict",
                     *       "title": "The resource already exists",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "instance": "/api/v1/admin/sla/calendars",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/admin/sla/calendars",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description Identifier.
                 * @example cn-workdays
                 */
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
                    /**
                     * @example {
                     *       "id": "cn-workdays",
                     *       "name": "中国大陆工作日 / PRC working days",
                     *       "timeZone": "Asia/Shanghai",
                     *       "weekly": {
                     *         "1": [
                     *           {
                     *             "start": "09:00",
                     *             "end": "18:00"
                     *           }
                     *         ],
                     *         "2": [
                     *           {
                     *             "start": "09:00",
                     *             "end": "18:00"
                     *           }
                     *         ],
                     *         "3": [
                     *           {
                     *             "start": "09:00",
                     *             "end": "18:00"
                     *           }
                     *         ],
                     *         "4": [
                     *           {
                     *             "start": "09:00",
                     *             "end": "18:00"
                     *           }
                     *         ],
                     *         "5": [
                     *           {
                     *             "start": "09:00",
                     *             "end": "18:00"
                     *           }
                     *         ],
                     *         "6": [],
                     *         "7": []
                     *       },
                     *       "overrides": [
                     *         {
                     *           "date": "2026-10-01",
                     *           "kind": "holiday",
                     *           "name": {
                     *             "zh-Hans": "国庆节",
                     *             "en": "National Day"
                     *           }
                     *         },
                     *         {
                     *           "date": "2026-10-02",
                     *           "kind": "holiday",
                     *           "name": {
                     *             "zh-Hans": "国庆节",
                     *             "en": "National Day"
                     *           }
                     *         },
                     *         {
                     *           "date": "2026-10-10",
                     *           "kind": "working",
                     *           "name": {
                     *             "zh-Hans": "国庆节",
                     *             "en": "National Day"
                     *           }
                     *         }
                     *       ],
                     *       "coverage": {
                     *         "from": "2026-01-01",
                     *         "until": "2026-12-31",
                     *         "ends": "2026-12-31T16:00:00.000Z",
                     *         "daysLeft": 31,
                     *         "warn": true
                     *       },
                     *       "builtIn": false,
                     *       "version": 3,
                     *       "updatedAt": "2026-11-02T02:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        /** @description The 7×24 calendar: always working time, read-only. */
                        builtIn: boolean;
                        /** @description The days the calendar knows holidays for. */
                        coverage: {
                            /** @description Whole days until then; negative once it has passed. */
                            daysLeft: number | null;
                            /** @description Midnight after the last covered day in the calendar’s zone; null for the 7×24 calendar. */
                            ends: string | null;
                            /** @description First covered day. */
                            from: string | null;
                            /** @description Last covered day. */
                            until: string | null;
                            /** @description Coverage ends within 60 days or has ended: load the next year’s holidays. */
                            warn: boolean;
                        };
                        /** @description Identifier. */
                        id: string;
                        /** @description Name. */
                        name: string;
                        /** @description Holidays and make-up working days (调休), by date. */
                        overrides: {
                            /**
                             * @description The day, `YYYY-MM-DD`.
                             * @example 2026-10-01
                             */
                            date: string;
                            /** @description Working intervals that day; empty: a day off. */
                            intervals?: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description `holiday`: no working time; `working`: a make-up working day (调休) with `intervals` or the usual working-day hours; `hours`: changed hours that day.
                             * @enum {string}
                             */
                            kind: "holiday" | "working" | "hours";
                            /**
                             * @description What the day is, in both languages.
                             * @example {
                             *       "zh-Hans": "国庆节",
                             *       "en": "National Day"
                             *     }
                             */
                            name?: {
                                /** @description In English. */
                                en?: string;
                                /** @description In Simplified Chinese. */
                                "zh-Hans"?: string;
                            };
                        }[];
                        /** @description IANA time zone, e.g. `Asia/Shanghai`. */
                        timeZone: string;
                        /**
                         * Format: date-time
                         * @description When it last changed (ISO 8601, UTC).
                         */
                        updatedAt: string;
                        /** @description Version number, raised by every change; send it back with an edit. */
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
                            /**
                             * @description Monday’s working intervals.
                             * @default []
                             */
                            1: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description Tuesday’s working intervals.
                             * @default []
                             */
                            2: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description Wednesday’s working intervals.
                             * @default []
                             */
                            3: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description Thursday’s working intervals.
                             * @default []
                             */
                            4: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description Friday’s working intervals.
                             * @default []
                             */
                            5: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description Saturday’s working intervals.
                             * @default []
                             */
                            6: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description Sunday’s working intervals.
                             * @default []
                             */
                            7: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/admin/sla/calendars/cn-workdays",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/admin/sla/calendars/cn-workdays",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/admin/sla/calendars/cn-workdays",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/admin/sla/calendars/cn-workdays",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/admin/sla/calendars/cn-workdays",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description Identifier.
                 * @example hk-workdays
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "hk-workdays",
                 *       "name": "香港办公室 / Hong Kong office",
                 *       "timeZone": "Asia/Hong_Kong",
                 *       "weekly": {
                 *         "1": [
                 *           {
                 *             "start": "09:00",
                 *             "end": "18:00"
                 *           }
                 *         ],
                 *         "2": [
                 *           {
                 *             "start": "09:00",
                 *             "end": "18:00"
                 *           }
                 *         ],
                 *         "3": [
                 *           {
                 *             "start": "09:00",
                 *             "end": "18:00"
                 *           }
                 *         ],
                 *         "4": [
                 *           {
                 *             "start": "09:00",
                 *             "end": "18:00"
                 *           }
                 *         ],
                 *         "5": [
                 *           {
                 *             "start": "09:00",
                 *             "end": "18:00"
                 *           }
                 *         ],
                 *         "6": [],
                 *         "7": []
                 *       },
                 *       "overrides": [
                 *         {
                 *           "date": "2026-12-25",
                 *           "kind": "holiday",
                 *           "name": {
                 *             "zh-Hans": "圣诞节",
                 *             "en": "Christmas Day"
                 *           }
                 *         },
                 *         {
                 *           "date": "2026-12-24",
                 *           "kind": "hours",
                 *           "intervals": [
                 *             {
                 *               "start": "09:00",
                 *               "end": "12:00"
                 *             }
                 *           ],
                 *           "name": {
                 *             "zh-Hans": "平安夜（半天）",
                 *             "en": "Christmas Eve (half day)"
                 *           }
                 *         }
                 *       ],
                 *       "coverage": {
                 *         "from": "2026-12-01",
                 *         "until": "2026-12-31"
                 *       },
                 *       "version": 1
                 *     }
                 */
                "application/json": {
                    /** @description The days (inclusive) whose holidays are known. Computing on a day outside them is an error, never a guess. */
                    coverage: {
                        /**
                         * @description First covered day.
                         * @example 2026-10-01
                         */
                        from: string;
                        /**
                         * @description Last covered day.
                         * @example 2026-10-01
                         */
                        until: string;
                    };
                    /** @description Identifier. */
                    id: string;
                    /** @description Name. */
                    name: string;
                    /**
                     * @description Holidays and make-up working days (调休), by date.
                     * @default []
                     */
                    overrides?: {
                        /**
                         * @description The day, `YYYY-MM-DD`.
                         * @example 2026-10-01
                         */
                        date: string;
                        /** @description Working intervals that day; empty: a day off. */
                        intervals?: {
                            /**
                             * @description End, `HH:mm` (exclusive).
                             * @example 09:00
                             */
                            end: string;
                            /**
                             * @description Start, `HH:mm` (inclusive).
                             * @example 09:00
                             */
                            start: string;
                        }[];
                        /**
                         * @description `holiday`: no working time; `working`: a make-up working day (调休) with `intervals` or the usual working-day hours; `hours`: changed hours that day.
                         * @enum {string}
                         */
                        kind: "holiday" | "working" | "hours";
                        /**
                         * @description What the day is, in both languages.
                         * @example {
                         *       "zh-Hans": "国庆节",
                         *       "en": "National Day"
                         *     }
                         */
                        name?: {
                            /** @description In English. */
                            en?: string;
                            /** @description In Simplified Chinese. */
                            "zh-Hans"?: string;
                        };
                    }[];
                    /**
                     * @description IANA time zone, e.g. `Asia/Shanghai`.
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
                        /**
                         * @description Monday’s working intervals.
                         * @default []
                         */
                        1?: {
                            /**
                             * @description End, `HH:mm` (exclusive).
                             * @example 09:00
                             */
                            end: string;
                            /**
                             * @description Start, `HH:mm` (inclusive).
                             * @example 09:00
                             */
                            start: string;
                        }[];
                        /**
                         * @description Tuesday’s working intervals.
                         * @default []
                         */
                        2?: {
                            /**
                             * @description End, `HH:mm` (exclusive).
                             * @example 09:00
                             */
                            end: string;
                            /**
                             * @description Start, `HH:mm` (inclusive).
                             * @example 09:00
                             */
                            start: string;
                        }[];
                        /**
                         * @description Wednesday’s working intervals.
                         * @default []
                         */
                        3?: {
                            /**
                             * @description End, `HH:mm` (exclusive).
                             * @example 09:00
                             */
                            end: string;
                            /**
                             * @description Start, `HH:mm` (inclusive).
                             * @example 09:00
                             */
                            start: string;
                        }[];
                        /**
                         * @description Thursday’s working intervals.
                         * @default []
                         */
                        4?: {
                            /**
                             * @description End, `HH:mm` (exclusive).
                             * @example 09:00
                             */
                            end: string;
                            /**
                             * @description Start, `HH:mm` (inclusive).
                             * @example 09:00
                             */
                            start: string;
                        }[];
                        /**
                         * @description Friday’s working intervals.
                         * @default []
                         */
                        5?: {
                            /**
                             * @description End, `HH:mm` (exclusive).
                             * @example 09:00
                             */
                            end: string;
                            /**
                             * @description Start, `HH:mm` (inclusive).
                             * @example 09:00
                             */
                            start: string;
                        }[];
                        /**
                         * @description Saturday’s working intervals.
                         * @default []
                         */
                        6?: {
                            /**
                             * @description End, `HH:mm` (exclusive).
                             * @example 09:00
                             */
                            end: string;
                            /**
                             * @description Start, `HH:mm` (inclusive).
                             * @example 09:00
                             */
                            start: string;
                        }[];
                        /**
                         * @description Sunday’s working intervals.
                         * @default []
                         */
                        7?: {
                            /**
                             * @description End, `HH:mm` (exclusive).
                             * @example 09:00
                             */
                            end: string;
                            /**
                             * @description Start, `HH:mm` (inclusive).
                             * @example 09:00
                             */
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
                    /**
                     * @example {
                     *       "id": "hk-workdays",
                     *       "name": "香港办公室 / Hong Kong office",
                     *       "timeZone": "Asia/Hong_Kong",
                     *       "weekly": {
                     *         "1": [
                     *           {
                     *             "start": "09:00",
                     *             "end": "18:00"
                     *           }
                     *         ],
                     *         "2": [
                     *           {
                     *             "start": "09:00",
                     *             "end": "18:00"
                     *           }
                     *         ],
                     *         "3": [
                     *           {
                     *             "start": "09:00",
                     *             "end": "18:00"
                     *           }
                     *         ],
                     *         "4": [
                     *           {
                     *             "start": "09:00",
                     *             "end": "18:00"
                     *           }
                     *         ],
                     *         "5": [
                     *           {
                     *             "start": "09:00",
                     *             "end": "18:00"
                     *           }
                     *         ],
                     *         "6": [],
                     *         "7": []
                     *       },
                     *       "overrides": [
                     *         {
                     *           "date": "2026-12-24",
                     *           "kind": "hours",
                     *           "intervals": [
                     *             {
                     *               "start": "09:00",
                     *               "end": "12:00"
                     *             }
                     *           ],
                     *           "name": {
                     *             "zh-Hans": "平安夜（半天）",
                     *             "en": "Christmas Eve (half day)"
                     *           }
                     *         },
                     *         {
                     *           "date": "2026-12-25",
                     *           "kind": "holiday",
                     *           "name": {
                     *             "zh-Hans": "圣诞节",
                     *             "en": "Christmas Day"
                     *           }
                     *         }
                     *       ],
                     *       "coverage": {
                     *         "from": "2026-12-01",
                     *         "until": "2026-12-31",
                     *         "ends": "2026-12-31T16:00:00.000Z",
                     *         "daysLeft": 31,
                     *         "warn": true
                     *       },
                     *       "builtIn": false,
                     *       "version": 2,
                     *       "updatedAt": "2026-11-30T04:00:00.000Z",
                     *       "recomputed": 3
                     *     }
                     */
                    "application/json": {
                        /** @description The 7×24 calendar: always working time, read-only. */
                        builtIn: boolean;
                        /** @description The days the calendar knows holidays for. */
                        coverage: {
                            /** @description Whole days until then; negative once it has passed. */
                            daysLeft: number | null;
                            /** @description Midnight after the last covered day in the calendar’s zone; null for the 7×24 calendar. */
                            ends: string | null;
                            /** @description First covered day. */
                            from: string | null;
                            /** @description Last covered day. */
                            until: string | null;
                            /** @description Coverage ends within 60 days or has ended: load the next year’s holidays. */
                            warn: boolean;
                        };
                        /** @description Identifier. */
                        id: string;
                        /** @description Name. */
                        name: string;
                        /** @description Holidays and make-up working days (调休), by date. */
                        overrides: {
                            /**
                             * @description The day, `YYYY-MM-DD`.
                             * @example 2026-10-01
                             */
                            date: string;
                            /** @description Working intervals that day; empty: a day off. */
                            intervals?: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description `holiday`: no working time; `working`: a make-up working day (调休) with `intervals` or the usual working-day hours; `hours`: changed hours that day.
                             * @enum {string}
                             */
                            kind: "holiday" | "working" | "hours";
                            /**
                             * @description What the day is, in both languages.
                             * @example {
                             *       "zh-Hans": "国庆节",
                             *       "en": "National Day"
                             *     }
                             */
                            name?: {
                                /** @description In English. */
                                en?: string;
                                /** @description In Simplified Chinese. */
                                "zh-Hans"?: string;
                            };
                        }[];
                        /** @description Open SLA clocks whose due times were computed again under the change. */
                        recomputed: number;
                        /** @description IANA time zone, e.g. `Asia/Shanghai`. */
                        timeZone: string;
                        /**
                         * Format: date-time
                         * @description When it last changed (ISO 8601, UTC).
                         */
                        updatedAt: string;
                        /** @description Version number, raised by every change; send it back with an edit. */
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
                            /**
                             * @description Monday’s working intervals.
                             * @default []
                             */
                            1: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description Tuesday’s working intervals.
                             * @default []
                             */
                            2: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description Wednesday’s working intervals.
                             * @default []
                             */
                            3: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description Thursday’s working intervals.
                             * @default []
                             */
                            4: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description Friday’s working intervals.
                             * @default []
                             */
                            5: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description Saturday’s working intervals.
                             * @default []
                             */
                            6: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description Sunday’s working intervals.
                             * @default []
                             */
                            7: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/admin/sla/calendars/hk-workdays",
                     *       "errors": [
                     *         {
                     *           "field": "id",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected string, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/admin/sla/calendars/hk-workdays",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/admin/sla/calendars/hk-workdays",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/admin/sla/calendars/hk-workdays",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: calendar_built_in, version_conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#calendar_built_in",
                     *       "title": "The built-in 7×24 calendar cannot be changed or deleted",
                     *       "status": 409,
                     *       "code": "calendar_built_in",
                     *       "instance": "/api/v1/admin/sla/calendars/hk-workdays",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/admin/sla/calendars/hk-workdays",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description Identifier.
                 * @example hk-workdays
                 */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/admin/sla/calendars/hk-workdays",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/admin/sla/calendars/hk-workdays",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/admin/sla/calendars/hk-workdays",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/admin/sla/calendars/hk-workdays",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: calendar_built_in, calendar_in_use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#calendar_built_in",
                     *       "title": "The built-in 7×24 calendar cannot be changed or deleted",
                     *       "status": 409,
                     *       "code": "calendar_built_in",
                     *       "instance": "/api/v1/admin/sla/calendars/hk-workdays",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/admin/sla/calendars/hk-workdays",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description Identifier.
                 * @example cn-workdays
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "days": [
                 *         {
                 *           "date": "2027-01-01",
                 *           "kind": "holiday",
                 *           "name": {
                 *             "zh-Hans": "元旦",
                 *             "en": "New Year’s Day"
                 *           }
                 *         }
                 *       ],
                 *       "coverageUntil": "2027-01-31"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The new last covered day, e.g. `2027-12-31`; left out, coverage stays as it is.
                     * @example 2026-10-01
                     */
                    coverageUntil?: string;
                    /** @description Days to add; a date the calendar already has is replaced. */
                    days: {
                        /**
                         * @description The day, `YYYY-MM-DD`.
                         * @example 2026-10-01
                         */
                        date: string;
                        /** @description Working intervals that day; empty: a day off. */
                        intervals?: {
                            /**
                             * @description End, `HH:mm` (exclusive).
                             * @example 09:00
                             */
                            end: string;
                            /**
                             * @description Start, `HH:mm` (inclusive).
                             * @example 09:00
                             */
                            start: string;
                        }[];
                        /**
                         * @description `holiday`: no working time; `working`: a make-up working day (调休) with `intervals` or the usual working-day hours; `hours`: changed hours that day.
                         * @enum {string}
                         */
                        kind: "holiday" | "working" | "hours";
                        /**
                         * @description What the day is, in both languages.
                         * @example {
                         *       "zh-Hans": "国庆节",
                         *       "en": "National Day"
                         *     }
                         */
                        name?: {
                            /** @description In English. */
                            en?: string;
                            /** @description In Simplified Chinese. */
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
                    /**
                     * @example {
                     *       "id": "cn-workdays",
                     *       "name": "中国大陆工作日 / PRC working days",
                     *       "timeZone": "Asia/Shanghai",
                     *       "weekly": {
                     *         "1": [
                     *           {
                     *             "start": "09:00",
                     *             "end": "18:00"
                     *           }
                     *         ],
                     *         "2": [
                     *           {
                     *             "start": "09:00",
                     *             "end": "18:00"
                     *           }
                     *         ],
                     *         "3": [
                     *           {
                     *             "start": "09:00",
                     *             "end": "18:00"
                     *           }
                     *         ],
                     *         "4": [
                     *           {
                     *             "start": "09:00",
                     *             "end": "18:00"
                     *           }
                     *         ],
                     *         "5": [
                     *           {
                     *             "start": "09:00",
                     *             "end": "18:00"
                     *           }
                     *         ],
                     *         "6": [],
                     *         "7": []
                     *       },
                     *       "overrides": [
                     *         {
                     *           "date": "2026-10-01",
                     *           "kind": "holiday",
                     *           "name": {
                     *             "zh-Hans": "国庆节",
                     *             "en": "National Day"
                     *           }
                     *         },
                     *         {
                     *           "date": "2026-10-02",
                     *           "kind": "holiday",
                     *           "name": {
                     *             "zh-Hans": "国庆节",
                     *             "en": "National Day"
                     *           }
                     *         },
                     *         {
                     *           "date": "2026-10-10",
                     *           "kind": "working",
                     *           "name": {
                     *             "zh-Hans": "国庆节",
                     *             "en": "National Day"
                     *           }
                     *         },
                     *         {
                     *           "date": "2027-01-01",
                     *           "kind": "holiday",
                     *           "name": {
                     *             "zh-Hans": "元旦",
                     *             "en": "New Year’s Day"
                     *           }
                     *         }
                     *       ],
                     *       "coverage": {
                     *         "from": "2026-01-01",
                     *         "until": "2027-01-31",
                     *         "ends": "2027-01-31T16:00:00.000Z",
                     *         "daysLeft": 62,
                     *         "warn": false
                     *       },
                     *       "builtIn": false,
                     *       "version": 4,
                     *       "updatedAt": "2026-11-30T04:10:00.000Z",
                     *       "recomputed": 12
                     *     }
                     */
                    "application/json": {
                        /** @description The 7×24 calendar: always working time, read-only. */
                        builtIn: boolean;
                        /** @description The days the calendar knows holidays for. */
                        coverage: {
                            /** @description Whole days until then; negative once it has passed. */
                            daysLeft: number | null;
                            /** @description Midnight after the last covered day in the calendar’s zone; null for the 7×24 calendar. */
                            ends: string | null;
                            /** @description First covered day. */
                            from: string | null;
                            /** @description Last covered day. */
                            until: string | null;
                            /** @description Coverage ends within 60 days or has ended: load the next year’s holidays. */
                            warn: boolean;
                        };
                        /** @description Identifier. */
                        id: string;
                        /** @description Name. */
                        name: string;
                        /** @description Holidays and make-up working days (调休), by date. */
                        overrides: {
                            /**
                             * @description The day, `YYYY-MM-DD`.
                             * @example 2026-10-01
                             */
                            date: string;
                            /** @description Working intervals that day; empty: a day off. */
                            intervals?: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description `holiday`: no working time; `working`: a make-up working day (调休) with `intervals` or the usual working-day hours; `hours`: changed hours that day.
                             * @enum {string}
                             */
                            kind: "holiday" | "working" | "hours";
                            /**
                             * @description What the day is, in both languages.
                             * @example {
                             *       "zh-Hans": "国庆节",
                             *       "en": "National Day"
                             *     }
                             */
                            name?: {
                                /** @description In English. */
                                en?: string;
                                /** @description In Simplified Chinese. */
                                "zh-Hans"?: string;
                            };
                        }[];
                        /** @description Open SLA clocks whose due times were computed again under the change. */
                        recomputed: number;
                        /** @description IANA time zone, e.g. `Asia/Shanghai`. */
                        timeZone: string;
                        /**
                         * Format: date-time
                         * @description When it last changed (ISO 8601, UTC).
                         */
                        updatedAt: string;
                        /** @description Version number, raised by every change; send it back with an edit. */
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
                            /**
                             * @description Monday’s working intervals.
                             * @default []
                             */
                            1: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description Tuesday’s working intervals.
                             * @default []
                             */
                            2: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description Wednesday’s working intervals.
                             * @default []
                             */
                            3: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description Thursday’s working intervals.
                             * @default []
                             */
                            4: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description Friday’s working intervals.
                             * @default []
                             */
                            5: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description Saturday’s working intervals.
                             * @default []
                             */
                            6: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
                                start: string;
                            }[];
                            /**
                             * @description Sunday’s working intervals.
                             * @default []
                             */
                            7: {
                                /**
                                 * @description End, `HH:mm` (exclusive).
                                 * @example 09:00
                                 */
                                end: string;
                                /**
                                 * @description Start, `HH:mm` (inclusive).
                                 * @example 09:00
                                 */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/admin/sla/calendars/cn-workdays/days",
                     *       "errors": [
                     *         {
                     *           "field": "days",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected array, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/admin/sla/calendars/cn-workdays/days",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/admin/sla/calendars/cn-workdays/days",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/admin/sla/calendars/cn-workdays/days",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: calendar_built_in */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#calendar_built_in",
                     *       "title": "The built-in 7×24 calendar cannot be changed or deleted",
                     *       "status": 409,
                     *       "code": "calendar_built_in",
                     *       "instance": "/api/v1/admin/sla/calendars/cn-workdays/days",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/admin/sla/calendars/cn-workdays/days",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "priority": "P1",
                     *           "firstResponseMinutes": 15,
                     *           "resolutionMinutes": 240,
                     *           "calendarId": "7x24",
                     *           "warnShare": 0.8,
                     *           "version": 1,
                     *           "updatedAt": "2026-08-01T00:00:00.000Z"
                     *         },
                     *         {
                     *           "priority": "P2",
                     *           "firstResponseMinutes": 60,
                     *           "resolutionMinutes": 480,
                     *           "calendarId": "cn-workdays",
                     *           "warnShare": 0.8,
                     *           "version": 1,
                     *           "updatedAt": "2026-08-01T00:00:00.000Z"
                     *         },
                     *         {
                     *           "priority": "P3",
                     *           "firstResponseMinutes": 240,
                     *           "resolutionMinutes": 1440,
                     *           "calendarId": "cn-workdays",
                     *           "warnShare": 0.8,
                     *           "version": 1,
                     *           "updatedAt": "2026-08-01T00:00:00.000Z"
                     *         },
                     *         {
                     *           "priority": "P4",
                     *           "firstResponseMinutes": 480,
                     *           "resolutionMinutes": 2400,
                     *           "calendarId": "cn-workdays",
                     *           "warnShare": 0.8,
                     *           "version": 1,
                     *           "updatedAt": "2026-08-01T00:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description The entries. */
                        items: {
                            /** @description The business-hours calendar the targets count in. */
                            calendarId: string;
                            /** @description First-response target, in business minutes. */
                            firstResponseMinutes: number;
                            /**
                             * @description P1 is an emergency (7×24); P4 is the lowest.
                             * @enum {string}
                             */
                            priority: "P1" | "P2" | "P3" | "P4";
                            /** @description Resolution target, in business minutes. */
                            resolutionMinutes: number;
                            /**
                             * Format: date-time
                             * @description When it last changed (ISO 8601, UTC).
                             */
                            updatedAt: string;
                            /** @description Version number, raised by every change; send it back with an edit. */
                            version: number;
                            /** @description Share of the target after which the clock is at risk (0.8: at 80 %). */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/admin/sla/policies",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/admin/sla/policies",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/admin/sla/policies",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/admin/sla/policies",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description P1 is an emergency (7×24); P4 is the lowest.
                 * @example P2
                 */
                priority: "P1" | "P2" | "P3" | "P4";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "firstResponseMinutes": 30,
                 *       "resolutionMinutes": 480,
                 *       "calendarId": "cn-workdays",
                 *       "warnShare": 0.75,
                 *       "version": 1
                 *     }
                 */
                "application/json": {
                    /** @description The business-hours calendar the targets count in. */
                    calendarId: string;
                    /** @description First-response target, in business minutes. */
                    firstResponseMinutes: number;
                    /** @description Resolution target, in business minutes. */
                    resolutionMinutes: number;
                    /** @description The version last read. Given, and the policy changed since, nothing is saved and the answer is 409 `version_conflict`; left out, the save applies whatever changed meanwhile. */
                    version?: number;
                    /**
                     * @description Share of the target after which the clock is at risk (0.8: at 80 %).
                     * @default 0.8
                     */
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
                    /**
                     * @example {
                     *       "priority": "P2",
                     *       "firstResponseMinutes": 30,
                     *       "resolutionMinutes": 480,
                     *       "calendarId": "cn-workdays",
                     *       "warnShare": 0.75,
                     *       "version": 2,
                     *       "updatedAt": "2026-11-30T04:20:00.000Z",
                     *       "recomputed": 7
                     *     }
                     */
                    "application/json": {
                        /** @description The business-hours calendar the targets count in. */
                        calendarId: string;
                        /** @description First-response target, in business minutes. */
                        firstResponseMinutes: number;
                        /**
                         * @description P1 is an emergency (7×24); P4 is the lowest.
                         * @enum {string}
                         */
                        priority: "P1" | "P2" | "P3" | "P4";
                        /** @description Open SLA clocks whose due times were computed again. */
                        recomputed: number;
                        /** @description Resolution target, in business minutes. */
                        resolutionMinutes: number;
                        /**
                         * Format: date-time
                         * @description When it last changed (ISO 8601, UTC).
                         */
                        updatedAt: string;
                        /** @description Version number, raised by every change; send it back with an edit. */
                        version: number;
                        /** @description Share of the target after which the clock is at risk (0.8: at 80 %). */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/admin/sla/policies/P2",
                     *       "errors": [
                     *         {
                     *           "field": "firstResponseMinutes",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected number, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/admin/sla/policies/P2",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/admin/sla/policies/P2",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: version_conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#version_conflict",
                     *       "title": "Someone else changed this first",
                     *       "status": 409,
                     *       "code": "version_conflict",
                     *       "instance": "/api/v1/admin/sla/policies/P2",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/admin/sla/policies/P2",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSlaReport: {
        parameters: {
            query: {
                /**
                 * @description What the rows are grouped by.
                 * @example priority
                 */
                by?: "priority" | "category" | "agent";
                /**
                 * @description First day, inclusive, in the support calendar’s zone (`SUPPORT_TIME_ZONE`).
                 * @example 2026-11-01
                 */
                from: string;
                /**
                 * @description Last day, inclusive; at most 366 days after `from`.
                 * @example 2026-11-30
                 */
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
                    /**
                     * @example {
                     *       "from": "2026-11-01",
                     *       "to": "2026-11-30",
                     *       "by": "priority",
                     *       "timeZone": "Asia/Shanghai",
                     *       "rows": [
                     *         {
                     *           "dimension": "priority",
                     *           "value": "P2",
                     *           "target": "first_response",
                     *           "met": 18,
                     *           "breached": 2,
                     *           "open": 1,
                     *           "compliance": 0.9,
                     *           "medianHours": 0.42,
                     *           "p90Hours": 0.95
                     *         },
                     *         {
                     *           "dimension": "priority",
                     *           "value": "P2",
                     *           "target": "resolution",
                     *           "met": 15,
                     *           "breached": 3,
                     *           "open": 3,
                     *           "compliance": 0.833,
                     *           "medianHours": 5.5,
                     *           "p90Hours": 9.25
                     *         }
                     *       ],
                     *       "totals": {
                     *         "first_response": {
                     *           "met": 18,
                     *           "breached": 2,
                     *           "open": 1,
                     *           "compliance": 0.9
                     *         },
                     *         "resolution": {
                     *           "met": 15,
                     *           "breached": 3,
                     *           "open": 3,
                     *           "compliance": 0.833
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description What the rows are grouped by.
                         * @enum {string}
                         */
                        by: "priority" | "category" | "agent";
                        /** @description First day of the range (inclusive). */
                        from: string;
                        /** @description One row per group and target. */
                        rows: {
                            /** @description Clocks that missed their target. */
                            breached: number;
                            /** @description met ÷ (met + breached); null when none ended. */
                            compliance: number | null;
                            /**
                             * @description What the row is grouped by.
                             * @enum {string}
                             */
                            dimension: "priority" | "category" | "agent";
                            /** @description Median business hours used by the clocks that ended (met or breached). */
                            medianHours: number | null;
                            /** @description Clocks that met their target. */
                            met: number;
                            /** @description Clocks still running within their target, or paused. */
                            open: number;
                            /** @description 90th percentile (nearest rank) of the same. */
                            p90Hours: number | null;
                            /**
                             * @description `first_response` or `resolution`.
                             * @enum {string}
                             */
                            target: "first_response" | "resolution";
                            /** @description The priority, category or agent’s name; null for tickets nobody is assigned to. */
                            value: string | null;
                        }[];
                        /** @description IANA time zone, e.g. `Asia/Shanghai`. */
                        timeZone: string;
                        /** @description Last day of the range (inclusive). */
                        to: string;
                        /** @description Totals over all rows. */
                        totals: {
                            /** @description First-response clocks. */
                            first_response: {
                                /** @description Clocks that missed their target. */
                                breached: number;
                                /** @description met ÷ (met + breached); null when none ended. */
                                compliance: number | null;
                                /** @description Clocks that met their target. */
                                met: number;
                                /** @description Clocks still running within their target, or paused. */
                                open: number;
                            };
                            /** @description Resolution clocks. */
                            resolution: {
                                /** @description Clocks that missed their target. */
                                breached: number;
                                /** @description met ÷ (met + breached); null when none ended. */
                                compliance: number | null;
                                /** @description Clocks that met their target. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/admin/sla/report",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/admin/sla/report",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/admin/sla/report",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/admin/sla/report",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportSlaReport: {
        parameters: {
            query: {
                /**
                 * @description What the rows are grouped by.
                 * @example priority
                 */
                by?: "priority" | "category" | "agent";
                /**
                 * @description First day, inclusive, in the support calendar’s zone (`SUPPORT_TIME_ZONE`).
                 * @example 2026-11-01
                 */
                from: string;
                /**
                 * @description Last day, inclusive; at most 366 days after `from`.
                 * @example 2026-11-30
                 */
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
                    /**
                     * @example dimension,value,target,met,breached,open,compliance,median business hours,p90 business hours
                     *     priority,P2,first_response,18,2,1,0.9,0.42,0.95
                     *     priority,P2,resolution,15,3,3,0.833,5.5,9.25
                     */
                    "text/csv": string;
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/admin/sla/report.csv",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/admin/sla/report.csv",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/admin/sla/report.csv",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/admin/sla/report.csv",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @example {
                 *       "email": "li.lei@support.example.com",
                 *       "password": "correct-horse-battery-staple"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: email
                     * @description E-mail address (stored lower-cased).
                     */
                    email: string;
                    /** @description The password. */
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
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "8f14e45f-ceea-4e67-a1b2-3c9d5e7f0a21",
                     *         "email": "li.lei@support.example.com",
                     *         "name": "李雷",
                     *         "role": "agent",
                     *         "locale": "zh-Hans"
                     *       },
                     *       "csrfToken": "k2Vf8Qm1xR7tLp4nZc9wHs3yBd6uJa0eGi5oTq2vNl8"
                     *     }
                     */
                    "application/json": {
                        /** @description Send as X-CSRF-Token on every write made with the session cookie. */
                        csrfToken: string;
                        /** @description The signed-in staff member. */
                        user: {
                            /**
                             * Format: email
                             * @description E-mail address (stored lower-cased).
                             */
                            email: string;
                            /**
                             * Format: uuid
                             * @description The member’s id.
                             */
                            id: string;
                            /**
                             * @description Language for e-mails and answers: `zh-Hans` or `en`.
                             * @enum {string}
                             */
                            locale: "zh-Hans" | "en";
                            /** @description The member’s name. */
                            name: string;
                            /**
                             * @description `agent` or `admin`.
                             * @enum {string}
                             */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/auth/login",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected string, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: invalid_credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#invalid_credentials",
                     *       "title": "Wrong e-mail address or password",
                     *       "status": 401,
                     *       "code": "invalid_credentials",
                     *       "instance": "/api/v1/auth/login",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#rate_limited",
                     *       "title": "Too many requests; try again later",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "instance": "/api/v1/auth/login",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/auth/login",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/auth/logout",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#csrf_failed",
                     *       "title": "Missing or wrong CSRF token",
                     *       "status": 403,
                     *       "code": "csrf_failed",
                     *       "instance": "/api/v1/auth/logout",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/auth/logout",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "8f14e45f-ceea-4e67-a1b2-3c9d5e7f0a21",
                     *         "email": "li.lei@support.example.com",
                     *         "name": "李雷",
                     *         "role": "agent",
                     *         "locale": "zh-Hans"
                     *       },
                     *       "csrfToken": "k2Vf8Qm1xR7tLp4nZc9wHs3yBd6uJa0eGi5oTq2vNl8"
                     *     }
                     */
                    "application/json": {
                        /** @description Present when the request came with the session cookie. */
                        csrfToken?: string;
                        /** @description The signed-in staff member. */
                        user: {
                            /**
                             * Format: email
                             * @description E-mail address (stored lower-cased).
                             */
                            email: string;
                            /**
                             * Format: uuid
                             * @description The member’s id.
                             */
                            id: string;
                            /**
                             * @description Language for e-mails and answers: `zh-Hans` or `en`.
                             * @enum {string}
                             */
                            locale: "zh-Hans" | "en";
                            /** @description The member’s name. */
                            name: string;
                            /**
                             * @description `agent` or `admin`.
                             * @enum {string}
                             */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/auth/me",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/auth/me",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/auth/me",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/auth/me",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @example {
                 *       "locale": "en"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Language for e-mails and answers: `zh-Hans` or `en`.
                     * @enum {string}
                     */
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
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "8f14e45f-ceea-4e67-a1b2-3c9d5e7f0a21",
                     *         "email": "li.lei@support.example.com",
                     *         "name": "李雷",
                     *         "role": "agent",
                     *         "locale": "en"
                     *       },
                     *       "csrfToken": "k2Vf8Qm1xR7tLp4nZc9wHs3yBd6uJa0eGi5oTq2vNl8"
                     *     }
                     */
                    "application/json": {
                        /** @description Present when the request came with the session cookie. */
                        csrfToken?: string;
                        /** @description The signed-in staff member. */
                        user: {
                            /**
                             * Format: email
                             * @description E-mail address (stored lower-cased).
                             */
                            email: string;
                            /**
                             * Format: uuid
                             * @description The member’s id.
                             */
                            id: string;
                            /**
                             * @description Language for e-mails and answers: `zh-Hans` or `en`.
                             * @enum {string}
                             */
                            locale: "zh-Hans" | "en";
                            /** @description The member’s name. */
                            name: string;
                            /**
                             * @description `agent` or `admin`.
                             * @enum {string}
                             */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/auth/me",
                     *       "errors": [
                     *         {
                     *           "field": "locale",
                     *           "code": "invalid_value",
                     *           "message": "Invalid option: expected one of \"zh-Hans\"|\"en\""
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/auth/me",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/auth/me",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/auth/me",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                    /**
                     * @example {
                     *       "onCall": true,
                     *       "settings": {
                     *         "staff_new_ticket": true,
                     *         "staff_assigned": true,
                     *         "staff_customer_reply": true,
                     *         "staff_reopened": false
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description On the on-call list (set by administrators): P1 tickets are e-mailed at once, whatever the settings. */
                        onCall: boolean;
                        /** @description One entry per kind of e-mail. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/auth/me/notifications",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/auth/me/notifications",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/auth/me/notifications",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/auth/me/notifications",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @example {
                 *       "settings": {
                 *         "staff_new_ticket": false
                 *       }
                 *     }
                 */
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
                    /**
                     * @example {
                     *       "onCall": true,
                     *       "settings": {
                     *         "staff_new_ticket": false,
                     *         "staff_assigned": true,
                     *         "staff_customer_reply": true,
                     *         "staff_reopened": false
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description On the on-call list (set by administrators): P1 tickets are e-mailed at once, whatever the settings. */
                        onCall: boolean;
                        /** @description One entry per kind of e-mail. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/auth/me/notifications",
                     *       "errors": [
                     *         {
                     *           "field": "settings",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected object, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/auth/me/notifications",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/auth/me/notifications",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/auth/me/notifications",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @example {
                 *       "currentPassword": "correct-horse-battery-staple",
                 *       "newPassword": "换个更长的密码 2026-winter"
                 *     }
                 */
                "application/json": {
                    /** @description The password now. */
                    currentPassword: string;
                    /** @description The new password. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/auth/password",
                     *       "errors": [
                     *         {
                     *           "field": "currentPassword",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected string, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/auth/password",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/auth/password",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#rate_limited",
                     *       "title": "Too many requests; try again later",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "instance": "/api/v1/auth/password",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/auth/password",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "6e5d4c3b-2a19-4f8e-b7d6-c5b4a3928170",
                     *           "name": "监控脚本 monitoring",
                     *           "prefix": "hop_Xy7Q",
                     *           "createdAt": "2026-11-02T01:00:00.000Z",
                     *           "lastUsedAt": "2026-11-30T02:55:13.000Z",
                     *           "expiresAt": "2027-11-02T01:00:00.000Z",
                     *           "revokedAt": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description The entries. */
                        items: {
                            /**
                             * Format: date-time
                             * @description When it was created (ISO 8601, UTC).
                             */
                            createdAt: string;
                            /** @description When it stops working; null: never. */
                            expiresAt: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier.
                             */
                            id: string;
                            /** @description When it was last used; null: never. */
                            lastUsedAt: string | null;
                            /** @description Name. */
                            name: string;
                            /** @description The first characters of the token, to tell tokens apart. */
                            prefix: string;
                            /** @description When it was revoked; null: still valid. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/auth/tokens",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/auth/tokens",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/auth/tokens",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/auth/tokens",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @example {
                 *       "name": "工单同步 ticket sync",
                 *       "expiresInDays": 365
                 *     }
                 */
                "application/json": {
                    /** @description Omit for a token that never expires. */
                    expiresInDays?: number;
                    /** @description Name. */
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
                    /**
                     * @example {
                     *       "id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                     *       "name": "工单同步 ticket sync",
                     *       "prefix": "hop_R3kd",
                     *       "createdAt": "2026-11-30T03:10:00.000Z",
                     *       "lastUsedAt": null,
                     *       "expiresAt": "2027-11-30T03:10:00.000Z",
                     *       "revokedAt": null,
                     *       "token": "hop_R3kdP9vX2mL7qT4wN8bY1cF6hJ0sD5gA3eU9iO2lZ"
                     *     }
                     */
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description When it was created (ISO 8601, UTC).
                         */
                        createdAt: string;
                        /** @description When it stops working; null: never. */
                        expiresAt: string | null;
                        /**
                         * Format: uuid
                         * @description Identifier.
                         */
                        id: string;
                        /** @description When it was last used; null: never. */
                        lastUsedAt: string | null;
                        /** @description Name. */
                        name: string;
                        /** @description The first characters of the token, to tell tokens apart. */
                        prefix: string;
                        /** @description When it was revoked; null: still valid. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/auth/tokens",
                     *       "errors": [
                     *         {
                     *           "field": "name",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected string, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/auth/tokens",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/auth/tokens",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/auth/tokens",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description Identifier.
                 * @example 6e5d4c3b-2a19-4f8e-b7d6-c5b4a3928170
                 */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/auth/tokens/6e5d4c3b-2a19-4f8e-b7d6-c5b4a3928170",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/auth/tokens/6e5d4c3b-2a19-4f8e-b7d6-c5b4a3928170",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/auth/tokens/6e5d4c3b-2a19-4f8e-b7d6-c5b4a3928170",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/auth/tokens/6e5d4c3b-2a19-4f8e-b7d6-c5b4a3928170",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/auth/tokens/6e5d4c3b-2a19-4f8e-b7d6-c5b4a3928170",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    subscribeToDocs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "wang.fang@example.com",
                 *       "sections": [
                 *         "operations",
                 *         "training"
                 *       ],
                 *       "frequency": "weekly",
                 *       "locale": "zh-Hans"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: email
                     * @description Stored lower-cased.
                     * @example li.lei@example.com
                     */
                    email: string;
                    /**
                     * @description How often a digest is sent (only when something changed): `weekly` (default) or `daily`.
                     * @default weekly
                     * @enum {string}
                     */
                    frequency?: "daily" | "weekly";
                    /**
                     * @description The language of the e-mails and of the pages listed.
                     * @enum {string}
                     */
                    locale: "zh-Hans" | "en";
                    /** @description The sections whose changed pages the digest lists. */
                    sections: ("user-guide" | "training" | "operations" | "api" | "architecture" | "database" | "faq" | "blog")[];
                };
            };
        };
        responses: {
            /** @description Accepted; the confirmation e-mail is queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "请查收邮件：点击邮件中的确认链接后订阅才会生效，此前我们不会发送其他邮件。"
                     *     }
                     */
                    "application/json": {
                        /** @description Check your inbox: nothing is sent until the link in it is followed. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/docs-subscriptions",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected string, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#rate_limited",
                     *       "title": "Too many requests; try again later",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "instance": "/api/v1/docs-subscriptions",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/docs-subscriptions",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmDocsSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "hod_bU3E_DPHBfyvPhotSicQoqoS9OodkgKqcLf84HTqNFE"
                 *     }
                 */
                "application/json": {
                    /** @description The `hod_…` token from the link in the confirmation e-mail. */
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
                    /**
                     * @example {
                     *       "sections": [
                     *         "training",
                     *         "operations"
                     *       ],
                     *       "frequency": "weekly",
                     *       "locale": "zh-Hans"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description How often a digest is sent (only when something changed): `weekly` or `daily`.
                         * @enum {string}
                         */
                        frequency: "daily" | "weekly";
                        /**
                         * @description Language for e-mails and answers: `zh-Hans` or `en`.
                         * @enum {string}
                         */
                        locale: "zh-Hans" | "en";
                        /** @description The sections the digests list, in the order of the docs. */
                        sections: ("user-guide" | "training" | "operations" | "api" | "architecture" | "database" | "faq" | "blog")[];
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/docs-subscriptions/confirm",
                     *       "errors": [
                     *         {
                     *           "field": "token",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected string, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: link_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#link_expired",
                     *       "title": "This link has expired",
                     *       "status": 410,
                     *       "code": "link_expired",
                     *       "instance": "/api/v1/docs-subscriptions/confirm",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/docs-subscriptions/confirm",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                    /**
                     * @example {
                     *       "event": "ticket",
                     *       "data": {
                     *         "number": "HO-1042",
                     *         "version": 5,
                     *         "status": "pending",
                     *         "updatedAt": "2026-11-30T02:30:00.000Z"
                     *       }
                     *     }
                     */
                    "text/event-stream": {
                        /** @description The event data (the SSE `data:` line), JSON. */
                        data: {
                            /**
                             * @description Ticket number, e.g. `HO-1042`.
                             * @example HO-1042
                             */
                            number: string;
                            /**
                             * @description The ticket’s status: `new`, `open` (being worked on), `pending` (waiting for the customer), `resolved` or `closed`.
                             * @enum {string}
                             */
                            status: "new" | "open" | "pending" | "resolved" | "closed";
                            /**
                             * Format: date-time
                             * @description When it last changed (ISO 8601, UTC).
                             */
                            updatedAt: string;
                            /** @description Version number, raised by every change; send it back with an edit. */
                            version: number;
                        };
                        /**
                         * @description The event name (the SSE `event:` line).
                         * @constant
                         */
                        event: "ticket";
                    } | {
                        /** @description The event data (the SSE `data:` line), JSON. */
                        data: {
                            /**
                             * @description Ticket number, e.g. `HO-1042`.
                             * @example HO-1042
                             */
                            number: string;
                        };
                        /**
                         * @description The event name (the SSE `event:` line).
                         * @constant
                         */
                        event: "presence";
                    } | {
                        /** @description The event data (the SSE `data:` line), JSON. */
                        data: Record<string, never>;
                        /**
                         * @description The event name (the SSE `event:` line).
                         * @constant
                         */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/events",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/events",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/events",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/events",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                    /**
                     * @example {
                     *       "number": "HO-1042",
                     *       "subject": "升级到 0.8.0 后夜间备份报错 checksum mismatch",
                     *       "description": "昨晚 02:00 的定时备份失败，`scripts/backup.sh` 输出：\n\n```\nERROR checksum mismatch: base.tar.gz\n```\n\n升级前（0.7.3）一直正常。日志见附件 backup-2026-11-30.log。",
                     *       "status": "open",
                     *       "priority": "P2",
                     *       "category": "deployment",
                     *       "requester": {
                     *         "email": "wang.fang@example.com",
                     *         "name": "王芳",
                     *         "organisation": "华东电网信息中心",
                     *         "phone": "+86 21 5888 1234 转 806",
                     *         "locale": "zh-Hans"
                     *       },
                     *       "assignee": {
                     *         "name": "李雷"
                     *       },
                     *       "context": {
                     *         "title": "备份与恢复",
                     *         "url": "/docs/operations/backup#restore",
                     *         "version": "0.8"
                     *       },
                     *       "createdAt": "2026-11-30T01:12:08.000Z",
                     *       "updatedAt": "2026-11-30T02:05:41.000Z",
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "events": [
                     *         {
                     *           "type": "created",
                     *           "at": "2026-11-30T01:12:08.000Z",
                     *           "actorType": "customer",
                     *           "before": null,
                     *           "after": null
                     *         },
                     *         {
                     *           "type": "status_changed",
                     *           "at": "2026-11-30T02:05:41.000Z",
                     *           "actorType": "staff",
                     *           "before": {
                     *             "status": "new"
                     *           },
                     *           "after": {
                     *             "status": "open"
                     *           }
                     *         }
                     *       ],
                     *       "answerBy": null
                     *     }
                     */
                    "application/json": {
                        /** @description When we promise the first answer (the first-response due time of the priority’s SLA); null once answered, or when no SLA applies. */
                        answerBy: string | null;
                        /** @description The staff member handling the ticket; null when unassigned. */
                        assignee: {
                            /** @description The assignee’s name. */
                            name: string;
                        } | null;
                        /** @description Category, one of the configured `TICKET_CATEGORIES`. */
                        category: string;
                        /** @description When it closed. */
                        closedAt: string | null;
                        /** @description The docs page the ticket was filed from ("ask about this page"); null when it was not filed from one. */
                        context: {
                            /** @description The page title. */
                            title: string;
                            /** @description The page address. */
                            url: string;
                            /** @description Version number, raised by every change; send it back with an edit. */
                            version: string | null;
                        } | null;
                        /**
                         * Format: date-time
                         * @description When it was created (ISO 8601, UTC).
                         */
                        createdAt: string;
                        /** @description Markdown as written; render it safely. */
                        description: string;
                        /** @description The ticket’s timeline, oldest first. */
                        events: {
                            /**
                             * @description Who made the change: `staff`, `requester` or `system`.
                             * @enum {string}
                             */
                            actorType: "customer" | "staff" | "system";
                            /** @description The value after the change. */
                            after: {
                                [key: string]: unknown;
                            } | null;
                            /**
                             * Format: date-time
                             * @description When it happened.
                             */
                            at: string;
                            /** @description The value before the change. */
                            before: {
                                [key: string]: unknown;
                            } | null;
                            /** @description What happened, e.g. `status_changed`. */
                            type: string;
                        }[];
                        /**
                         * @description Ticket number, e.g. `HO-1042`.
                         * @example HO-1042
                         */
                        number: string;
                        /**
                         * @description P1 is an emergency (7×24); P4 is the lowest.
                         * @enum {string}
                         */
                        priority: "P1" | "P2" | "P3" | "P4";
                        /** @description The customer who filed the ticket. */
                        requester: {
                            /** @description E-mail address (stored lower-cased). */
                            email: string;
                            /**
                             * @description Language for e-mails and answers: `zh-Hans` or `en`.
                             * @enum {string}
                             */
                            locale: "zh-Hans" | "en";
                            /** @description The requester’s name. */
                            name: string;
                            /** @description The requester’s organisation. */
                            organisation: string | null;
                            /** @description Phone number, e.g. `+86 10 6552 9988 转 123`. */
                            phone: string | null;
                        };
                        /** @description When it was last resolved. */
                        resolvedAt: string | null;
                        /**
                         * @description The ticket’s status: `new`, `open` (being worked on), `pending` (waiting for the customer), `resolved` or `closed`.
                         * @enum {string}
                         */
                        status: "new" | "open" | "pending" | "resolved" | "closed";
                        /** @description Subject, at most 200 characters. */
                        subject: string;
                        /**
                         * Format: date-time
                         * @description When it last changed (ISO 8601, UTC).
                         */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/my/ticket",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/my/ticket",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/my/ticket",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: link_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#link_expired",
                     *       "title": "This link has expired",
                     *       "status": 410,
                     *       "code": "link_expired",
                     *       "instance": "/api/v1/my/ticket",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/my/ticket",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description Page size.
                 * @example 10
                 */
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
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "number": "HO-1042",
                     *           "subject": "升级到 0.8.0 后夜间备份报错 checksum mismatch",
                     *           "status": "open",
                     *           "priority": "P2",
                     *           "category": "deployment",
                     *           "createdAt": "2026-11-30T01:12:08.000Z",
                     *           "updatedAt": "2026-11-30T02:05:41.000Z",
                     *           "resolvedAt": null,
                     *           "closedAt": null
                     *         },
                     *         {
                     *           "number": "HO-0987",
                     *           "subject": "如何把附件大小上限调到 50 MB？",
                     *           "status": "closed",
                     *           "priority": "P4",
                     *           "category": "how-to",
                     *           "createdAt": "2026-10-12T06:30:00.000Z",
                     *           "updatedAt": "2026-10-15T02:00:00.000Z",
                     *           "resolvedAt": "2026-10-13T08:10:00.000Z",
                     *           "closedAt": "2026-10-15T02:00:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": {
                        /** @description The entries. */
                        items: {
                            /** @description Category, one of the configured `TICKET_CATEGORIES`. */
                            category: string;
                            /** @description When it closed. */
                            closedAt: string | null;
                            /**
                             * Format: date-time
                             * @description When it was created (ISO 8601, UTC).
                             */
                            createdAt: string;
                            /**
                             * @description Ticket number, e.g. `HO-1042`.
                             * @example HO-1042
                             */
                            number: string;
                            /**
                             * @description P1 is an emergency (7×24); P4 is the lowest.
                             * @enum {string}
                             */
                            priority: "P1" | "P2" | "P3" | "P4";
                            /** @description When it was last resolved. */
                            resolvedAt: string | null;
                            /**
                             * @description The ticket’s status: `new`, `open` (being worked on), `pending` (waiting for the customer), `resolved` or `closed`.
                             * @enum {string}
                             */
                            status: "new" | "open" | "pending" | "resolved" | "closed";
                            /** @description Subject, at most 200 characters. */
                            subject: string;
                            /**
                             * Format: date-time
                             * @description When it last changed (ISO 8601, UTC).
                             */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/my/tickets",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/my/tickets",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/my/tickets",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: link_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#link_expired",
                     *       "title": "This link has expired",
                     *       "status": 410,
                     *       "code": "link_expired",
                     *       "instance": "/api/v1/my/tickets",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/my/tickets",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    showUnsubscribe: {
        parameters: {
            query: {
                /**
                 * @description The token from the e-mail’s link.
                 * @example hou_N4pR8tK1wY6cF0hJ5sD2gA9eU3iO7lZkQ3d9xV7bL2m
                 */
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
                content: {
                    /** @example <!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>邮件设置</title></head><body><p>不再接收“队列中的新工单”邮件？</p><form method="post"><button type="submit">关闭这类邮件</button></form></body></html> */
                    "text/html": string;
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/notifications/unsubscribe",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: link_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#link_expired",
                     *       "title": "This link has expired",
                     *       "status": 410,
                     *       "code": "link_expired",
                     *       "instance": "/api/v1/notifications/unsubscribe",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/notifications/unsubscribe",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unsubscribe: {
        parameters: {
            query: {
                /**
                 * @description The token from the e-mail’s link.
                 * @example hou_N4pR8tK1wY6cF0hJ5sD2gA9eU3iO7lZkQ3d9xV7bL2m
                 */
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
                    /**
                     * @example {
                     *       "kind": "staff_new_ticket",
                     *       "enabled": false
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Whether this kind of e-mail is sent.
                         * @constant
                         */
                        enabled: false;
                        /**
                         * @description The kind switched off; `docs_digest`: the docs subscription the digest came from has ended.
                         * @enum {string}
                         */
                        kind: "staff_new_ticket" | "staff_assigned" | "staff_customer_reply" | "staff_reopened" | "docs_digest";
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/notifications/unsubscribe",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: link_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#link_expired",
                     *       "title": "This link has expired",
                     *       "status": 410,
                     *       "code": "link_expired",
                     *       "instance": "/api/v1/notifications/unsubscribe",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/notifications/unsubscribe",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                content: {
                    /**
                     * @example {
                     *       "openapi": "3.1.0",
                     *       "info": {
                     *         "title": "Handover API",
                     *         "version": "0.9.0"
                     *       },
                     *       "servers": [
                     *         {
                     *           "url": "/api/v1"
                     *         }
                     *       ],
                     *       "paths": {
                     *         "/tickets": {
                     *           "post": {
                     *             "operationId": "fileTicket"
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description Title and version of this API. */
                        info: {
                            /** @description The API’s name. */
                            title: string;
                            /** @description The server’s version. */
                            version: string;
                        } & {
                            [key: string]: unknown;
                        };
                        /**
                         * @description The OpenAPI version.
                         * @constant
                         */
                        openapi: "3.1.0";
                        /** @description Every operation, by path. */
                        paths: {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/openapi.json",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/openapi.json",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerPageFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "page": "/docs/operations/backup",
                 *       "title": "备份与恢复",
                 *       "docId": "operations/backup",
                 *       "locale": "zh-Hans",
                 *       "version": "0.8",
                 *       "voterKey": "Vq3kT8xZ1mR5nW2pL7bY4c",
                 *       "helpful": false,
                 *       "comment": "升级到 0.8.0 后备份报 checksum mismatch，页面上没有说明怎么处理。"
                 *     }
                 */
                "application/json": {
                    /** @description What the reader adds. Left out, the stored comment stays; an empty string removes it. */
                    comment?: string;
                    /**
                     * @description The Docusaurus doc id; the same for both languages of a page.
                     * @example user-guide/staff
                     */
                    docId: string;
                    /** @description `true`: the page helped; `false`: it did not. */
                    helpful: boolean;
                    /**
                     * @description The page’s language.
                     * @enum {string}
                     */
                    locale: "zh-Hans" | "en";
                    /**
                     * @description The docs page’s permalink (with the `/en` prefix on English pages).
                     * @example /en/docs/user-guide/staff
                     */
                    page: string;
                    /**
                     * @description The page title, shown in the report.
                     * @example Staff guide
                     */
                    title: string;
                    /**
                     * @description The docs version of the page, e.g. `0.8`.
                     * @example 0.8
                     */
                    version?: string;
                    /** @description A random key the browser made once and keeps (at least 128 bits). Only its SHA-256 is stored: answering again with the same key changes the answer. */
                    voterKey: string;
                };
            };
        };
        responses: {
            /** @description The answer as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "helpful": false,
                     *       "comment": "升级到 0.8.0 后备份报 checksum mismatch，页面上没有说明怎么处理。",
                     *       "changed": false
                     *     }
                     */
                    "application/json": {
                        /** @description true when this browser had answered for this page before and the answer was updated. */
                        changed: boolean;
                        /** @description The stored comment; null when there is none. */
                        comment: string | null;
                        /** @description The answer: `true` helped, `false` did not. */
                        helpful: boolean;
                    };
                };
            };
            /** @description Problem: validation_failed, malformed_json */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/page-feedback",
                     *       "errors": [
                     *         {
                     *           "field": "page",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected string, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#csrf_failed",
                     *       "title": "Missing or wrong CSRF token",
                     *       "status": 403,
                     *       "code": "csrf_failed",
                     *       "instance": "/api/v1/page-feedback",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unsupported_media_type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unsupported_media_type",
                     *       "title": "Unsupported content type",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "instance": "/api/v1/page-feedback",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#rate_limited",
                     *       "title": "Too many requests; try again later",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "instance": "/api/v1/page-feedback",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/page-feedback",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removePageFeedbackComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The answer whose comment goes.
                 * @example 0b7f5d0e-8f51-4d3c-9a51-0d1c3f2a9e11
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/page-feedback/0b7f5d0e-8f51-4d3c-9a51-0d1c3f2a9e11/comment",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/page-feedback/0b7f5d0e-8f51-4d3c-9a51-0d1c3f2a9e11/comment",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/page-feedback/0b7f5d0e-8f51-4d3c-9a51-0d1c3f2a9e11/comment",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/page-feedback/0b7f5d0e-8f51-4d3c-9a51-0d1c3f2a9e11/comment",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/page-feedback/0b7f5d0e-8f51-4d3c-9a51-0d1c3f2a9e11/comment",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPageFeedbackReport: {
        parameters: {
            query: {
                /**
                 * @description First day (UTC), inclusive; answers count by when they were last given or changed.
                 * @example 2026-11-01
                 */
                from: string;
                /** @description Only pages in this language. */
                locale?: "zh-Hans" | "en";
                /**
                 * @description `least_helpful`: the lowest share of “yes” first (more “no” first among equals); `most_votes`: the most answers first.
                 * @example least_helpful
                 */
                sort?: "least_helpful" | "most_votes";
                /**
                 * @description Last day (UTC), inclusive; at most 366 days after `from`.
                 * @example 2026-11-30
                 */
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
                    /**
                     * @example {
                     *       "from": "2026-11-01",
                     *       "to": "2026-11-30",
                     *       "sort": "least_helpful",
                     *       "totals": {
                     *         "yes": 31,
                     *         "no": 9,
                     *         "comments": 4,
                     *         "pages": 3
                     *       },
                     *       "pages": [
                     *         {
                     *           "page": "/docs/operations/backup",
                     *           "title": "备份与恢复",
                     *           "docId": "operations/backup",
                     *           "locale": "zh-Hans",
                     *           "version": "0.8",
                     *           "yes": 3,
                     *           "no": 6,
                     *           "ratio": 0.3333,
                     *           "comments": 3,
                     *           "latestComments": [
                     *             {
                     *               "id": "0b7f5d0e-8f51-4d3c-9a51-0d1c3f2a9e11",
                     *               "helpful": false,
                     *               "comment": "升级到 0.8.0 后备份报 checksum mismatch，页面上没有说明怎么处理。",
                     *               "at": "2026-11-30T01:05:12.000Z"
                     *             },
                     *             {
                     *               "id": "6c2e9a41-3b7d-4f08-8e15-2a9d4c7b1f36",
                     *               "helpful": false,
                     *               "comment": "恢复步骤缺少按时间点恢复（PITR）的例子。",
                     *               "at": "2026-11-21T08:40:03.000Z"
                     *             },
                     *             {
                     *               "id": "d4a1f8c2-7e3b-4c95-b0a6-5f2e8d1c9b47",
                     *               "helpful": true,
                     *               "comment": "备份脚本的参数说明很清楚。",
                     *               "at": "2026-11-12T02:17:45.000Z"
                     *             }
                     *           ],
                     *           "tickets": [
                     *             {
                     *               "number": "HO-1042",
                     *               "subject": "升级到 0.8.0 后夜间备份报错 checksum mismatch",
                     *               "status": "open",
                     *               "createdAt": "2026-11-30T01:12:08.000Z"
                     *             }
                     *           ],
                     *           "ticketCount": 1
                     *         },
                     *         {
                     *           "page": "/en/docs/operations/backup",
                     *           "title": "Backup and restore",
                     *           "docId": "operations/backup",
                     *           "locale": "en",
                     *           "version": "0.8",
                     *           "yes": 4,
                     *           "no": 2,
                     *           "ratio": 0.6667,
                     *           "comments": 1,
                     *           "latestComments": [
                     *             {
                     *               "id": "9e3b5c17-2d4f-4a86-b1c9-7f0a3e6d2b58",
                     *               "helpful": false,
                     *               "comment": "Which user must run backup.sh?",
                     *               "at": "2026-11-18T14:22:31.000Z"
                     *             }
                     *           ],
                     *           "tickets": [],
                     *           "ticketCount": 0
                     *         },
                     *         {
                     *           "page": "/docs/user-guide/staff",
                     *           "title": "员工指南",
                     *           "docId": "user-guide/staff",
                     *           "locale": "zh-Hans",
                     *           "version": "0.8",
                     *           "yes": 24,
                     *           "no": 1,
                     *           "ratio": 0.96,
                     *           "comments": 0,
                     *           "latestComments": [],
                     *           "tickets": [],
                     *           "ticketCount": 0
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description First day of the range (inclusive). */
                        from: string;
                        /** @description At most 200 pages, in the order asked for. */
                        pages: {
                            /** @description Answers with a comment. */
                            comments: number;
                            /** @description The Docusaurus doc id. */
                            docId: string;
                            /** @description The five latest comments, newest first. */
                            latestComments: {
                                /**
                                 * Format: date-time
                                 * @description When the comment was written (ISO 8601, UTC).
                                 */
                                at: string;
                                /** @description The comment. */
                                comment: string;
                                /** @description The answer it came with: `true` helped, `false` did not. */
                                helpful: boolean;
                                /** @description The answer’s id (for `DELETE /page-feedback/{id}/comment`). */
                                id: string;
                            }[];
                            /** @description The page’s language: `zh-Hans` or `en`. */
                            locale: string;
                            /** @description Answers “no, it did not”. */
                            no: number;
                            /** @description The page’s permalink. */
                            page: string;
                            /** @description yes ÷ (yes + no). */
                            ratio: number;
                            /** @description All tickets filed in the period with this page as their context. */
                            ticketCount: number;
                            /** @description Tickets filed in the period with this page as their context (“ask about this page”), newest first, at most ten. */
                            tickets: {
                                /**
                                 * Format: date-time
                                 * @description When it was created (ISO 8601, UTC).
                                 */
                                createdAt: string;
                                /**
                                 * @description Ticket number, e.g. `HO-1042`.
                                 * @example HO-1042
                                 */
                                number: string;
                                /** @description The ticket’s status now. */
                                status: string;
                                /** @description Subject, at most 200 characters. */
                                subject: string;
                            }[];
                            /** @description The page title, as the latest answer sent it. */
                            title: string;
                            /** @description The docs version of the latest answer. */
                            version: string | null;
                            /** @description Answers “yes, it helped”. */
                            yes: number;
                        }[];
                        /**
                         * @description The order of `pages`, as asked for.
                         * @enum {string}
                         */
                        sort: "least_helpful" | "most_votes";
                        /** @description Last day of the range (inclusive). */
                        to: string;
                        /** @description Totals over all rows. */
                        totals: {
                            /** @description Answers with a comment over all pages. */
                            comments: number;
                            /** @description Answers “no” over all pages. */
                            no: number;
                            /** @description Pages answered for in the period (also those beyond the 200 listed). */
                            pages: number;
                            /** @description Answers “yes” over all pages. */
                            yes: number;
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/page-feedback/report",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/page-feedback/report",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/page-feedback/report",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/page-feedback/report",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportPageFeedbackReport: {
        parameters: {
            query: {
                /**
                 * @description First day (UTC), inclusive; answers count by when they were last given or changed.
                 * @example 2026-11-01
                 */
                from: string;
                /** @description Only pages in this language. */
                locale?: "zh-Hans" | "en";
                /**
                 * @description `least_helpful`: the lowest share of “yes” first (more “no” first among equals); `most_votes`: the most answers first.
                 * @example least_helpful
                 */
                sort?: "least_helpful" | "most_votes";
                /**
                 * @description Last day (UTC), inclusive; at most 366 days after `from`.
                 * @example 2026-11-30
                 */
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
                    /**
                     * @example page,title,doc id,locale,version,yes,no,share yes,comments,ticket count,tickets
                     *     /docs/operations/backup,备份与恢复,operations/backup,zh-Hans,0.8,3,6,0.333,3,1,HO-1042
                     *     /en/docs/operations/backup,Backup and restore,operations/backup,en,0.8,4,2,0.667,1,0,
                     *     /docs/user-guide/staff,员工指南,user-guide/staff,zh-Hans,0.8,24,1,0.96,0,0,
                     */
                    "text/csv": string;
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/page-feedback/report.csv",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/page-feedback/report.csv",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/page-feedback/report.csv",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/page-feedback/report.csv",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSavedReplies: {
        parameters: {
            query?: {
                /**
                 * @description Text in the name or either body, ignoring case.
                 * @example 日志
                 */
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
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                     *           "name": "索取日志 Ask for logs",
                     *           "scope": "shared",
                     *           "bodyZh": "{{requester.name}}您好：\n\n为了定位 {{ticket.number}} 的问题，请在本工单中上传服务器当天的日志（`journalctl -u handover --since today > handover.log`）。\n\n{{agent.name}}",
                     *           "bodyEn": "Hello {{requester.name}},\n\nTo track down {{ticket.number}}, please attach today’s server log to this ticket (`journalctl -u handover --since today > handover.log`).\n\n{{agent.name}}",
                     *           "status": "pending",
                     *           "editable": true,
                     *           "createdBy": {
                     *             "id": "8f14e45f-ceea-4e67-a1b2-3c9d5e7f0a21",
                     *             "name": "李雷"
                     *           },
                     *           "usageCount": 37,
                     *           "lastUsedAt": "2026-11-29T08:41:00.000Z",
                     *           "version": 3,
                     *           "createdAt": "2026-09-02T03:00:00.000Z",
                     *           "updatedAt": "2026-10-18T06:25:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description The shared replies and the caller’s own personal ones, by name: Chinese by pinyin, then Latin ignoring case. */
                        items: {
                            /** @description Markdown with placeholders, as written. */
                            bodyEn: string;
                            /** @description Markdown with placeholders, as written. */
                            bodyZh: string;
                            /**
                             * Format: date-time
                             * @description When it was created (ISO 8601, UTC).
                             */
                            createdAt: string;
                            /** @description Who wrote it; null once that account is gone. */
                            createdBy: {
                                /**
                                 * Format: uuid
                                 * @description The author’s staff id.
                                 */
                                id: string;
                                /** @description The author’s name. */
                                name: string;
                            } | null;
                            /** @description Whether the caller may change or delete it: an administrator for a shared reply, the owner for a personal one. */
                            editable: boolean;
                            /**
                             * Format: uuid
                             * @description Identifier.
                             */
                            id: string;
                            /** @description When it was last used; null: never. */
                            lastUsedAt: string | null;
                            /** @description Name. */
                            name: string;
                            /**
                             * @description `shared` (all staff) or `personal` (its owner only).
                             * @enum {string}
                             */
                            scope: "shared" | "personal";
                            /** @description The status the reply sets when it is sent (`pending` or `resolved`); null leaves the status alone. */
                            status: ("pending" | "resolved") | null;
                            /**
                             * Format: date-time
                             * @description Last change of its name, bodies or status; using it does not count.
                             */
                            updatedAt: string;
                            /** @description How many times it was filled in for a ticket. */
                            usageCount: number;
                            /** @description Version number, raised by every change; send it back with an edit. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/saved-replies",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/saved-replies",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/saved-replies",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/saved-replies",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @example {
                 *       "name": "索取日志 Ask for logs",
                 *       "scope": "shared",
                 *       "bodyZh": "{{requester.name}}您好：\n\n为了定位 {{ticket.number}} 的问题，请在本工单中上传服务器当天的日志（`journalctl -u handover --since today > handover.log`）。\n\n{{agent.name}}",
                 *       "bodyEn": "Hello {{requester.name}},\n\nTo track down {{ticket.number}}, please attach today’s server log to this ticket (`journalctl -u handover --since today > handover.log`).\n\n{{agent.name}}",
                 *       "status": "pending"
                 *     }
                 */
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
                    /**
                     * @example {
                     *       "id": "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                     *       "name": "索取日志 Ask for logs",
                     *       "scope": "shared",
                     *       "bodyZh": "{{requester.name}}您好：\n\n为了定位 {{ticket.number}} 的问题，请在本工单中上传服务器当天的日志（`journalctl -u handover --since today > handover.log`）。\n\n{{agent.name}}",
                     *       "bodyEn": "Hello {{requester.name}},\n\nTo track down {{ticket.number}}, please attach today’s server log to this ticket (`journalctl -u handover --since today > handover.log`).\n\n{{agent.name}}",
                     *       "status": "pending",
                     *       "editable": true,
                     *       "createdBy": {
                     *         "id": "8f14e45f-ceea-4e67-a1b2-3c9d5e7f0a21",
                     *         "name": "李雷"
                     *       },
                     *       "usageCount": 0,
                     *       "lastUsedAt": null,
                     *       "version": 1,
                     *       "createdAt": "2026-09-02T03:00:00.000Z",
                     *       "updatedAt": "2026-09-02T03:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        /** @description Markdown with placeholders, as written. */
                        bodyEn: string;
                        /** @description Markdown with placeholders, as written. */
                        bodyZh: string;
                        /**
                         * Format: date-time
                         * @description When it was created (ISO 8601, UTC).
                         */
                        createdAt: string;
                        /** @description Who wrote it; null once that account is gone. */
                        createdBy: {
                            /**
                             * Format: uuid
                             * @description The author’s staff id.
                             */
                            id: string;
                            /** @description The author’s name. */
                            name: string;
                        } | null;
                        /** @description Whether the caller may change or delete it: an administrator for a shared reply, the owner for a personal one. */
                        editable: boolean;
                        /**
                         * Format: uuid
                         * @description Identifier.
                         */
                        id: string;
                        /** @description When it was last used; null: never. */
                        lastUsedAt: string | null;
                        /** @description Name. */
                        name: string;
                        /**
                         * @description `shared` (all staff) or `personal` (its owner only).
                         * @enum {string}
                         */
                        scope: "shared" | "personal";
                        /** @description The status the reply sets when it is sent (`pending` or `resolved`); null leaves the status alone. */
                        status: ("pending" | "resolved") | null;
                        /**
                         * Format: date-time
                         * @description Last change of its name, bodies or status; using it does not count.
                         */
                        updatedAt: string;
                        /** @description How many times it was filled in for a ticket. */
                        usageCount: number;
                        /** @description Version number, raised by every change; send it back with an edit. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/saved-replies",
                     *       "errors": [
                     *         {
                     *           "field": "name",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected string, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/saved-replies",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/saved-replies",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#conflict",
                     *       "title": "The resource already exists",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "instance": "/api/v1/saved-replies",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/saved-replies",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description The saved reply’s id.
                 * @example d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6
                 */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/saved-replies/d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/saved-replies/d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/saved-replies/d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/saved-replies/d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/saved-replies/d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description The saved reply’s id.
                 * @example d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "version": 3,
                 *       "status": null
                 *     }
                 */
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
                    /**
                     * @example {
                     *       "id": "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                     *       "name": "索取日志 Ask for logs",
                     *       "scope": "shared",
                     *       "bodyZh": "{{requester.name}}您好：\n\n为了定位 {{ticket.number}} 的问题，请在本工单中上传服务器当天的日志（`journalctl -u handover --since today > handover.log`）。\n\n{{agent.name}}",
                     *       "bodyEn": "Hello {{requester.name}},\n\nTo track down {{ticket.number}}, please attach today’s server log to this ticket (`journalctl -u handover --since today > handover.log`).\n\n{{agent.name}}",
                     *       "status": null,
                     *       "editable": true,
                     *       "createdBy": {
                     *         "id": "8f14e45f-ceea-4e67-a1b2-3c9d5e7f0a21",
                     *         "name": "李雷"
                     *       },
                     *       "usageCount": 37,
                     *       "lastUsedAt": "2026-11-29T08:41:00.000Z",
                     *       "version": 4,
                     *       "createdAt": "2026-09-02T03:00:00.000Z",
                     *       "updatedAt": "2026-11-30T03:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        /** @description Markdown with placeholders, as written. */
                        bodyEn: string;
                        /** @description Markdown with placeholders, as written. */
                        bodyZh: string;
                        /**
                         * Format: date-time
                         * @description When it was created (ISO 8601, UTC).
                         */
                        createdAt: string;
                        /** @description Who wrote it; null once that account is gone. */
                        createdBy: {
                            /**
                             * Format: uuid
                             * @description The author’s staff id.
                             */
                            id: string;
                            /** @description The author’s name. */
                            name: string;
                        } | null;
                        /** @description Whether the caller may change or delete it: an administrator for a shared reply, the owner for a personal one. */
                        editable: boolean;
                        /**
                         * Format: uuid
                         * @description Identifier.
                         */
                        id: string;
                        /** @description When it was last used; null: never. */
                        lastUsedAt: string | null;
                        /** @description Name. */
                        name: string;
                        /**
                         * @description `shared` (all staff) or `personal` (its owner only).
                         * @enum {string}
                         */
                        scope: "shared" | "personal";
                        /** @description The status the reply sets when it is sent (`pending` or `resolved`); null leaves the status alone. */
                        status: ("pending" | "resolved") | null;
                        /**
                         * Format: date-time
                         * @description Last change of its name, bodies or status; using it does not count.
                         */
                        updatedAt: string;
                        /** @description How many times it was filled in for a ticket. */
                        usageCount: number;
                        /** @description Version number, raised by every change; send it back with an edit. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/saved-replies/d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                     *       "errors": [
                     *         {
                     *           "field": "version",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected number, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/saved-replies/d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/saved-replies/d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/saved-replies/d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: conflict, version_conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#conflict",
                     *       "title": "The resource already exists",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "instance": "/api/v1/saved-replies/d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/saved-replies/d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search: {
        parameters: {
            query: {
                /**
                 * @description Page size.
                 * @example 10
                 */
                limit?: number;
                /**
                 * @description The reader’s language: its pages rank first; the other language’s still come.
                 * @example zh-Hans
                 */
                locale?: "zh-Hans" | "en";
                /** @description How many hits to skip. */
                offset?: number;
                /**
                 * @description What to look for, in Chinese, English or both; at most 200 characters.
                 * @example 备份 恢复
                 */
                q: string;
                /** @description Site section. */
                section?: "manual" | "training" | "faq" | "operations" | "api" | "architecture" | "database" | "blog" | "tickets";
                /** @description Which page searched, for the admin report. */
                source?: "site" | "console" | "portal";
                /** @description Tickets only: their status. */
                status?: "new" | "open" | "pending" | "resolved" | "closed";
                /** @description Hit counts per tag. */
                tag?: string;
                /**
                 * @description Only these kinds of hit; `ticket` is for staff.
                 * @example [
                 *       "doc",
                 *       "faq"
                 *     ]
                 */
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
                    /**
                     * @example {
                     *       "query": "备份 恢复",
                     *       "total": 2,
                     *       "hits": [
                     *         {
                     *           "type": "doc",
                     *           "title": "备份与恢复",
                     *           "url": "/docs/operations/backup",
                     *           "locale": "zh-Hans",
                     *           "section": "operations",
                     *           "tags": [
                     *             "备份",
                     *             "运维"
                     *           ],
                     *           "snippet": "每天 02:00 执行 scripts/backup.sh，把数据库和附件备份到对象存储；恢复前先校验清单中的 SHA-256……",
                     *           "highlights": [
                     *             {
                     *               "start": 33,
                     *               "end": 35
                     *             },
                     *             {
                     *               "start": 45,
                     *               "end": 47
                     *             }
                     *           ],
                     *           "titleHighlights": [
                     *             {
                     *               "start": 0,
                     *               "end": 2
                     *             },
                     *             {
                     *               "start": 3,
                     *               "end": 5
                     *             }
                     *           ],
                     *           "score": 12.84
                     *         },
                     *         {
                     *           "type": "faq",
                     *           "title": "Backup fails with “checksum mismatch” after an upgrade",
                     *           "url": "/en/docs/faq/backup-checksum",
                     *           "locale": "en",
                     *           "section": "faq",
                     *           "tags": [
                     *             "backup"
                     *           ],
                     *           "snippet": "Run scripts/backup.sh --verify once to rewrite the manifest with SHA-256 sums, then restore as usual…",
                     *           "highlights": [
                     *             {
                     *               "start": 89,
                     *               "end": 96
                     *             }
                     *           ],
                     *           "titleHighlights": [
                     *             {
                     *               "start": 0,
                     *               "end": 6
                     *             }
                     *           ],
                     *           "score": 7.31
                     *         }
                     *       ],
                     *       "facets": {
                     *         "type": {
                     *           "doc": 1,
                     *           "faq": 1
                     *         },
                     *         "section": {
                     *           "operations": 1,
                     *           "faq": 1
                     *         },
                     *         "locale": {
                     *           "zh-Hans": 1,
                     *           "en": 1
                     *         },
                     *         "tag": {
                     *           "备份": 1,
                     *           "运维": 1,
                     *           "backup": 1
                     *         },
                     *         "status": {}
                     *       },
                     *       "engine": "embedded"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description `embedded` (MiniSearch) or `meilisearch`.
                         * @enum {string}
                         */
                        engine: "embedded" | "meilisearch";
                        /** @description Hit counts per value, for filters. */
                        facets: {
                            /** @description Hit counts per language. */
                            locale: {
                                [key: string]: number;
                            };
                            /** @description Site section. */
                            section: {
                                [key: string]: number;
                            };
                            /** @description Hit counts per ticket status. */
                            status: {
                                [key: string]: number;
                            };
                            /** @description Hit counts per tag. */
                            tag: {
                                [key: string]: number;
                            };
                            /** @description Hit counts per kind of hit. */
                            type: {
                                [key: string]: number;
                            };
                        };
                        /** @description The hits, best first. */
                        hits: {
                            /** @description Where the words matched in the snippet. */
                            highlights: {
                                /** @description Character after the match (exclusive). */
                                end: number;
                                /** @description First character of the match (inclusive). */
                                start: number;
                            }[];
                            /** @description The snippet comes from an internal note (staff only). */
                            internal?: boolean;
                            /**
                             * @description Language for e-mails and answers: `zh-Hans` or `en`.
                             * @enum {string}
                             */
                            locale: "zh-Hans" | "en";
                            /** @description Ticket number, e.g. `HO-1042`. */
                            number?: string;
                            /** @description Relevance; higher is better. */
                            score: number;
                            /**
                             * @description Site section.
                             * @enum {string}
                             */
                            section: "manual" | "training" | "faq" | "operations" | "api" | "architecture" | "database" | "blog" | "tickets";
                            /** @description Text around the best match, at most about 200 characters. */
                            snippet: string;
                            /**
                             * @description Tickets only: the ticket’s status.
                             * @enum {string}
                             */
                            status?: "new" | "open" | "pending" | "resolved" | "closed";
                            /** @description Tags (lower-cased, at most 10). */
                            tags: string[];
                            /** @description Title of the page or ticket. */
                            title: string;
                            /** @description Where the words matched in the title. */
                            titleHighlights: {
                                /** @description Character after the match (exclusive). */
                                end: number;
                                /** @description First character of the match (inclusive). */
                                start: number;
                            }[];
                            /**
                             * @description `doc`, `faq`, `article` or `ticket`.
                             * @enum {string}
                             */
                            type: "doc" | "faq" | "article" | "ticket";
                            /**
                             * @description A site path, or the ticket’s console path.
                             * @example /docs/operations/backup
                             */
                            url: string;
                            /** @description Docs pages: the release they describe (`0.9.0`), or `current` for next. */
                            version?: string;
                        }[];
                        /** @description The search words. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/search",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/search",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/search",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#rate_limited",
                     *       "title": "Too many requests; try again later",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "instance": "/api/v1/search",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/search",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: search_unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#search_unavailable",
                     *       "title": "Search is unavailable; try again shortly",
                     *       "status": 503,
                     *       "code": "search_unavailable",
                     *       "instance": "/api/v1/search",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @example {
                 *       "kind": "deflection",
                 *       "source": "portal",
                 *       "query": "备份 校验和",
                 *       "locale": "zh-Hans",
                 *       "url": "/docs/faq/backup-checksum"
                 *     }
                 */
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
                    /** @description The search words. */
                    query: string;
                    /**
                     * @description How the ticket came in: `web`, `api` or `email`.
                     * @enum {string}
                     */
                    source: "site" | "console" | "portal";
                    /** @description Site path of the hit or suggestion opened, or of the article that solved the problem. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/search/events",
                     *       "errors": [
                     *         {
                     *           "field": "kind",
                     *           "code": "invalid_value",
                     *           "message": "Invalid option: expected one of \"click\"|\"deflection\""
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#csrf_failed",
                     *       "title": "Missing or wrong CSRF token",
                     *       "status": 403,
                     *       "code": "csrf_failed",
                     *       "instance": "/api/v1/search/events",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#rate_limited",
                     *       "title": "Too many requests; try again later",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "instance": "/api/v1/search/events",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/search/events",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    suggestArticles: {
        parameters: {
            query: {
                /**
                 * @description The reader’s language: its pages rank first; the other language’s still come.
                 * @example zh-Hans
                 */
                locale?: "zh-Hans" | "en";
                /**
                 * @description The subject and description as typed so far; only the first 200 characters of words count.
                 * @example 升级到 0.8.0 后夜间备份报错 checksum mismatch
                 */
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
                    /**
                     * @example {
                     *       "suggestions": [
                     *         {
                     *           "type": "doc",
                     *           "title": "备份与恢复",
                     *           "url": "/docs/operations/backup",
                     *           "snippet": "恢复前先校验清单中的 SHA-256……",
                     *           "highlights": [
                     *             {
                     *               "start": 0,
                     *               "end": 2
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "type": "faq",
                     *           "title": "备份校验和不一致怎么办？",
                     *           "url": "/docs/faq/backup-checksum",
                     *           "snippet": "0.8.0 起备份清单改用 SHA-256……",
                     *           "highlights": [
                     *             {
                     *               "start": 8,
                     *               "end": 10
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description Suggested articles, best first. */
                        suggestions: {
                            /** @description Where the words matched in the snippet. */
                            highlights: {
                                /** @description Character after the match (exclusive). */
                                end: number;
                                /** @description First character of the match (inclusive). */
                                start: number;
                            }[];
                            /** @description A passage around the matched words. */
                            snippet: string;
                            /** @description Title of the suggested article. */
                            title: string;
                            /**
                             * @description `doc`, `faq` or `article`.
                             * @enum {string}
                             */
                            type: "doc" | "faq" | "article";
                            /** @description Site path of the suggested article. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/search/suggestions",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#rate_limited",
                     *       "title": "Too many requests; try again later",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "instance": "/api/v1/search/suggestions",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/search/suggestions",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: search_unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#search_unavailable",
                     *       "title": "Search is unavailable; try again shortly",
                     *       "status": 503,
                     *       "code": "search_unavailable",
                     *       "instance": "/api/v1/search/suggestions",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
                     *           "email": "han.meimei@support.example.com",
                     *           "name": "韩梅梅",
                     *           "role": "admin",
                     *           "locale": "zh-Hans",
                     *           "active": true,
                     *           "onCall": false,
                     *           "createdAt": "2026-08-01T01:00:00.000Z",
                     *           "updatedAt": "2026-08-01T01:00:00.000Z"
                     *         },
                     *         {
                     *           "id": "8f14e45f-ceea-4e67-a1b2-3c9d5e7f0a21",
                     *           "email": "li.lei@support.example.com",
                     *           "name": "李雷",
                     *           "role": "agent",
                     *           "locale": "zh-Hans",
                     *           "active": true,
                     *           "onCall": true,
                     *           "createdAt": "2026-08-15T02:00:00.000Z",
                     *           "updatedAt": "2026-11-20T09:30:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description Full records for administrators; directory entries for agents. */
                        items: ({
                            /** @description Whether the account may sign in. */
                            active: boolean;
                            /**
                             * Format: date-time
                             * @description When it was created (ISO 8601, UTC).
                             */
                            createdAt: string;
                            /**
                             * Format: email
                             * @description E-mail address (stored lower-cased).
                             */
                            email: string;
                            /**
                             * Format: uuid
                             * @description Identifier.
                             */
                            id: string;
                            /**
                             * @description Language for e-mails and answers: `zh-Hans` or `en`.
                             * @enum {string}
                             */
                            locale: "zh-Hans" | "en";
                            /** @description Name. */
                            name: string;
                            /** @description Paged for new P1 tickets. */
                            onCall: boolean;
                            /**
                             * @description `agent` or `admin`.
                             * @enum {string}
                             */
                            role: "agent" | "admin";
                            /**
                             * Format: date-time
                             * @description When it last changed (ISO 8601, UTC).
                             */
                            updatedAt: string;
                        } | {
                            /** @description Whether the account may sign in. */
                            active: boolean;
                            /**
                             * Format: uuid
                             * @description Identifier.
                             */
                            id: string;
                            /** @description Name. */
                            name: string;
                            /** @description Paged for new P1 tickets. */
                            onCall: boolean;
                            /**
                             * @description `agent` or `admin`.
                             * @enum {string}
                             */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/staff",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/staff",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/staff",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/staff",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @example {
                 *       "email": "sam.taylor@support.example.com",
                 *       "name": "Sam Taylor",
                 *       "role": "agent",
                 *       "locale": "en",
                 *       "onCall": false,
                 *       "password": "first-login-Kp7#wQ2m"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: email
                     * @description E-mail address (stored lower-cased).
                     */
                    email: string;
                    /**
                     * @description Language for e-mails and answers: `zh-Hans` or `en`.
                     * @default zh-Hans
                     * @enum {string}
                     */
                    locale?: "zh-Hans" | "en";
                    /** @description Name. */
                    name: string;
                    /**
                     * @description On the on-call list: e-mailed at once about every P1 ticket, day and night, whatever their own e-mail settings.
                     * @default false
                     */
                    onCall?: boolean;
                    /** @description The first password; the staff member changes it after signing in. */
                    password: string;
                    /**
                     * @description `agent` or `admin`.
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
                    /**
                     * @example {
                     *       "id": "4f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8",
                     *       "email": "sam.taylor@support.example.com",
                     *       "name": "Sam Taylor",
                     *       "role": "agent",
                     *       "locale": "en",
                     *       "active": true,
                     *       "onCall": false,
                     *       "createdAt": "2026-11-30T03:20:00.000Z",
                     *       "updatedAt": "2026-11-30T03:20:00.000Z"
                     *     }
                     */
                    "application/json": {
                        /** @description Whether the account may sign in. */
                        active: boolean;
                        /**
                         * Format: date-time
                         * @description When it was created (ISO 8601, UTC).
                         */
                        createdAt: string;
                        /**
                         * Format: email
                         * @description E-mail address (stored lower-cased).
                         */
                        email: string;
                        /**
                         * Format: uuid
                         * @description Identifier.
                         */
                        id: string;
                        /**
                         * @description Language for e-mails and answers: `zh-Hans` or `en`.
                         * @enum {string}
                         */
                        locale: "zh-Hans" | "en";
                        /** @description Name. */
                        name: string;
                        /** @description Paged for new P1 tickets. */
                        onCall: boolean;
                        /**
                         * @description `agent` or `admin`.
                         * @enum {string}
                         */
                        role: "agent" | "admin";
                        /**
                         * Format: date-time
                         * @description When it last changed (ISO 8601, UTC).
                         */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/staff",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected string, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/staff",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/staff",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#conflict",
                     *       "title": "The resource already exists",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "instance": "/api/v1/staff",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/staff",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description Identifier.
                 * @example 4f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "onCall": true
                 *     }
                 */
                "application/json": {
                    /** @description false signs the member out everywhere and stops their API tokens. */
                    active?: boolean;
                    /**
                     * @description Language for e-mails and answers: `zh-Hans` or `en`.
                     * @enum {string}
                     */
                    locale?: "zh-Hans" | "en";
                    /** @description Name. */
                    name?: string;
                    /** @description On the on-call list: e-mailed at once about every P1 ticket, day and night, whatever their own e-mail settings. */
                    onCall?: boolean;
                    /**
                     * @description `agent` or `admin`.
                     * @enum {string}
                     */
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
                    /**
                     * @example {
                     *       "id": "4f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8",
                     *       "email": "sam.taylor@support.example.com",
                     *       "name": "Sam Taylor",
                     *       "role": "agent",
                     *       "locale": "en",
                     *       "active": true,
                     *       "onCall": true,
                     *       "createdAt": "2026-11-30T03:20:00.000Z",
                     *       "updatedAt": "2026-11-30T03:25:00.000Z"
                     *     }
                     */
                    "application/json": {
                        /** @description Whether the account may sign in. */
                        active: boolean;
                        /**
                         * Format: date-time
                         * @description When it was created (ISO 8601, UTC).
                         */
                        createdAt: string;
                        /**
                         * Format: email
                         * @description E-mail address (stored lower-cased).
                         */
                        email: string;
                        /**
                         * Format: uuid
                         * @description Identifier.
                         */
                        id: string;
                        /**
                         * @description Language for e-mails and answers: `zh-Hans` or `en`.
                         * @enum {string}
                         */
                        locale: "zh-Hans" | "en";
                        /** @description Name. */
                        name: string;
                        /** @description Paged for new P1 tickets. */
                        onCall: boolean;
                        /**
                         * @description `agent` or `admin`.
                         * @enum {string}
                         */
                        role: "agent" | "admin";
                        /**
                         * Format: date-time
                         * @description When it last changed (ISO 8601, UTC).
                         */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/staff/4f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8",
                     *       "errors": [
                     *         {
                     *           "field": "(root)",
                     *           "code": "custom",
                     *           "message": "give at least one field to change"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/staff/4f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/staff/4f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/staff/4f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: last_admin */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#last_admin",
                     *       "title": "The last active administrator cannot be demoted or deactivated",
                     *       "status": 409,
                     *       "code": "last_admin",
                     *       "instance": "/api/v1/staff/4f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/staff/4f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                    /**
                     * @example {
                     *       "categories": [
                     *         {
                     *           "id": "deployment",
                     *           "name": {
                     *             "zh-Hans": "部署与升级",
                     *             "en": "Deployment and upgrades"
                     *           }
                     *         },
                     *         {
                     *           "id": "data",
                     *           "name": {
                     *             "zh-Hans": "数据问题",
                     *             "en": "Data"
                     *           }
                     *         },
                     *         {
                     *           "id": "account",
                     *           "name": {
                     *             "zh-Hans": "账号与权限",
                     *             "en": "Accounts and access"
                     *           }
                     *         },
                     *         {
                     *           "id": "how-to",
                     *           "name": {
                     *             "zh-Hans": "使用咨询",
                     *             "en": "How do I…"
                     *           }
                     *         },
                     *         {
                     *           "id": "defect",
                     *           "name": {
                     *             "zh-Hans": "缺陷报告",
                     *             "en": "Defect"
                     *           }
                     *         },
                     *         {
                     *           "id": "other",
                     *           "name": {
                     *             "zh-Hans": "其他",
                     *             "en": "Other"
                     *           }
                     *         }
                     *       ],
                     *       "priorities": [
                     *         {
                     *           "id": "P1",
                     *           "name": {
                     *             "zh-Hans": "P1 紧急",
                     *             "en": "P1 emergency"
                     *           },
                     *           "meaning": {
                     *             "zh-Hans": "生产环境停止服务，或数据面临丢失风险",
                     *             "en": "Production is down, or data is at risk of being lost"
                     *           },
                     *           "example": {
                     *             "zh-Hans": "系统无法登录；数据库损坏；数据被误删",
                     *             "en": "nobody can sign in; the database is corrupt; data was deleted by mistake"
                     *           },
                     *           "clock": "around-the-clock"
                     *         },
                     *         {
                     *           "id": "P2",
                     *           "name": {
                     *             "zh-Hans": "P2 高",
                     *             "en": "P2 high"
                     *           },
                     *           "meaning": {
                     *             "zh-Hans": "核心功能受到严重影响，没有可用的变通办法",
                     *             "en": "A core function is badly affected and there is no workaround"
                     *           },
                     *           "example": {
                     *             "zh-Hans": "某个关键业务流程报错，所有用户受影响",
                     *             "en": "a key business process fails for every user"
                     *           },
                     *           "clock": "support-hours"
                     *         },
                     *         {
                     *           "id": "P3",
                     *           "name": {
                     *             "zh-Hans": "P3 中",
                     *             "en": "P3 medium"
                     *           },
                     *           "meaning": {
                     *             "zh-Hans": "部分功能受影响，但有变通办法",
                     *             "en": "Part of a function is affected, but there is a workaround"
                     *           },
                     *           "example": {
                     *             "zh-Hans": "报表导出失败，但可以手动查询",
                     *             "en": "a report export fails, but the data can be queried by hand"
                     *           },
                     *           "clock": "support-hours"
                     *         },
                     *         {
                     *           "id": "P4",
                     *           "name": {
                     *             "zh-Hans": "P4 低",
                     *             "en": "P4 low"
                     *           },
                     *           "meaning": {
                     *             "zh-Hans": "咨询问题或外观问题",
                     *             "en": "A question, or a cosmetic problem"
                     *           },
                     *           "example": {
                     *             "zh-Hans": "如何配置某个选项；界面文字错误",
                     *             "en": "how to configure an option; a typo in the interface"
                     *           },
                     *           "clock": "support-hours"
                     *         }
                     *       ],
                     *       "publicTags": [
                     *         "备份",
                     *         "helm",
                     *         "升级"
                     *       ],
                     *       "uploads": {
                     *         "maxFileBytes": 10485760,
                     *         "maxFiles": 5,
                     *         "allowedTypes": [
                     *           "text/plain",
                     *           "application/json",
                     *           "image/png",
                     *           "image/jpeg",
                     *           "application/pdf",
                     *           "application/zip",
                     *           "application/gzip"
                     *         ]
                     *       },
                     *       "channels": {
                     *         "hotline": {
                     *           "phone": "+86 400 820 1234",
                     *           "days": "working-days",
                     *           "start": "09:00",
                     *           "end": "18:00"
                     *         },
                     *         "emergency": {
                     *           "phone": "+86 138 0013 8000",
                     *           "hours": "7x24",
                     *           "priorities": [
                     *             "P1"
                     *           ]
                     *         },
                     *         "email": "support@support.example.com",
                     *         "ticketsUrl": "https://support.example.com/support",
                     *         "forumUrl": null,
                     *         "remoteAssistUrl": null
                     *       },
                     *       "timeZone": "Asia/Shanghai"
                     *     }
                     */
                    "application/json": {
                        /** @description In the configured order (TICKET_CATEGORIES). */
                        categories: {
                            /** @description Category id, as sent in a ticket’s `category`. */
                            id: string;
                            /** @description The same text in each language of the site. */
                            name: {
                                /** @description In English. */
                                en: string;
                                /** @description In Simplified Chinese. */
                                "zh-Hans": string;
                            };
                        }[];
                        /** @description The ways to reach support. */
                        channels: {
                            /** @description SUPPORT_EMAIL (or MAIL_REPLY_TO); null when neither is set. */
                            email: string | null;
                            /** @description Emergency support (7×24). */
                            emergency: {
                                /**
                                 * @description Service hours.
                                 * @constant
                                 */
                                hours: "7x24";
                                /** @description SUPPORT_EMERGENCY_LINE; null when not set. */
                                phone: string | null;
                                /** @description Which priorities. */
                                priorities: "P1"[];
                            };
                            /** @description Address of the community forum, if any. */
                            forumUrl: string | null;
                            /** @description The support hotline. */
                            hotline: {
                                /**
                                 * @description On which days.
                                 * @constant
                                 */
                                days: "working-days";
                                /**
                                 * @description The hotline closes, `HH:mm` in `timeZone`.
                                 * @example 18:00
                                 */
                                end: string;
                                /** @description SUPPORT_HOTLINE; null when not set. */
                                phone: string | null;
                                /**
                                 * @description The hotline opens, `HH:mm` in `timeZone`.
                                 * @example 09:00
                                 */
                                start: string;
                            };
                            /** @description Address of the remote-assistance tool, if any. */
                            remoteAssistUrl: string | null;
                            /**
                             * Format: uri
                             * @description Address of the ticket portal.
                             */
                            ticketsUrl: string;
                        };
                        /** @description Which priorities. */
                        priorities: {
                            /**
                             * @description P1 counts 7×24; the others count support hours on working days.
                             * @enum {string}
                             */
                            clock: "around-the-clock" | "support-hours";
                            /** @description The same text in each language of the site. */
                            example: {
                                /** @description In English. */
                                en: string;
                                /** @description In Simplified Chinese. */
                                "zh-Hans": string;
                            };
                            /**
                             * @description The priority.
                             * @enum {string}
                             */
                            id: "P1" | "P2" | "P3" | "P4";
                            /** @description The same text in each language of the site. */
                            meaning: {
                                /** @description In English. */
                                en: string;
                                /** @description In Simplified Chinese. */
                                "zh-Hans": string;
                            };
                            /** @description The same text in each language of the site. */
                            name: {
                                /** @description In English. */
                                en: string;
                                /** @description In Simplified Chinese. */
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
                        /** @description Limits on attached files. */
                        uploads: {
                            /** @description Decided by content; programs and scripts are refused whatever their name. */
                            allowedTypes: ("text/plain" | "application/json" | "image/png" | "image/jpeg" | "image/gif" | "image/webp" | "application/pdf" | "application/zip" | "application/gzip")[];
                            /** @description Largest file accepted, in bytes. */
                            maxFileBytes: number;
                            /** @description Most files per ticket or message. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/support/settings",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/support/settings",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTickets: {
        parameters: {
            query?: {
                /**
                 * @description `me`, `unassigned`, or a staff user id.
                 * @example me
                 */
                assignee?: "me" | "unassigned" | string;
                /** @description Category, one of the configured `TICKET_CATEGORIES`. */
                category?: string;
                /** @description nextCursor of the previous page. */
                cursor?: string;
                /**
                 * @description Page size.
                 * @example 25
                 */
                limit?: number;
                /**
                 * @description Only these priorities (repeat, or separate by commas).
                 * @example P1,P2
                 */
                priority?: ("P1" | "P2" | "P3" | "P4")[];
                /** @description Text in the subject or description. */
                q?: string;
                /** @description Stored lower-cased. */
                requester?: string;
                /**
                 * @description `priority`: P1 first, then oldest first. `updated`: most recently updated first. `due`: the earliest SLA due time first (the running clock due soonest); tickets without a running clock last.
                 * @example due
                 */
                sort?: "priority" | "updated" | "due";
                /**
                 * @description Only these statuses (repeat, or separate by commas).
                 * @example [
                 *       "new",
                 *       "open"
                 *     ]
                 */
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
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "number": "HO-1042",
                     *           "subject": "升级到 0.8.0 后夜间备份报错 checksum mismatch",
                     *           "status": "open",
                     *           "priority": "P2",
                     *           "category": "deployment",
                     *           "tags": [
                     *             "backup",
                     *             "v0.8"
                     *           ],
                     *           "requester": {
                     *             "email": "wang.fang@example.com",
                     *             "name": "王芳",
                     *             "organisation": "华东电网信息中心"
                     *           },
                     *           "assignee": {
                     *             "id": "8f14e45f-ceea-4e67-a1b2-3c9d5e7f0a21",
                     *             "name": "李雷"
                     *           },
                     *           "version": 4,
                     *           "createdAt": "2026-11-30T01:12:08.000Z",
                     *           "updatedAt": "2026-11-30T02:05:41.000Z",
                     *           "firstResponseAt": "2026-11-30T02:05:41.000Z",
                     *           "presence": [
                     *             {
                     *               "name": "韩梅梅",
                     *               "state": "writing"
                     *             }
                     *           ],
                     *           "unseen": false,
                     *           "sla": {
                     *             "dueAt": "2026-11-30T09:12:08.000Z",
                     *             "state": "on_track",
                     *             "clock": "resolution"
                     *           }
                     *         },
                     *         {
                     *           "number": "HO-1047",
                     *           "subject": "Login page returns 502 after switching to the Helm chart",
                     *           "status": "new",
                     *           "priority": "P1",
                     *           "category": "deployment",
                     *           "tags": [
                     *             "helm",
                     *             "ingress"
                     *           ],
                     *           "requester": {
                     *             "email": "e.chen@example.org",
                     *             "name": "Emily Chen",
                     *             "organisation": "Northwind Logistics"
                     *           },
                     *           "assignee": null,
                     *           "version": 1,
                     *           "createdAt": "2026-11-30T03:40:00.000Z",
                     *           "updatedAt": "2026-11-30T03:40:00.000Z",
                     *           "firstResponseAt": null,
                     *           "presence": [],
                     *           "unseen": true,
                     *           "sla": {
                     *             "dueAt": "2026-11-30T03:55:00.000Z",
                     *             "state": "at_risk",
                     *             "clock": "first_response"
                     *           }
                     *         }
                     *       ],
                     *       "nextCursor": "WyJkIiwiMjAyNi0xMi0wMVQwNToxMjowOC4wMDBaIiwxMDQyXQ"
                     *     }
                     */
                    "application/json": {
                        /** @description The entries. */
                        items: {
                            /** @description The staff member handling the ticket; null when unassigned. */
                            assignee: {
                                /** @description The assignee’s staff id. */
                                id: string;
                                /** @description The assignee’s name. */
                                name: string;
                            } | null;
                            /** @description Category, one of the configured `TICKET_CATEGORIES`. */
                            category: string;
                            /**
                             * Format: date-time
                             * @description When it was created (ISO 8601, UTC).
                             */
                            createdAt: string;
                            /** @description When staff first answered publicly. */
                            firstResponseAt: string | null;
                            /**
                             * @description Ticket number, e.g. `HO-1042`.
                             * @example HO-1042
                             */
                            number: string;
                            /** @description The other staff members who have the ticket open now; `writing`: one of them is writing a reply or note. */
                            presence: {
                                /** @description The staff member’s name. */
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
                            /** @description The customer who filed the ticket. */
                            requester: {
                                /** @description E-mail address (stored lower-cased). */
                                email: string;
                                /** @description The requester’s name. */
                                name: string;
                                /** @description The requester’s organisation. */
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
                                /**
                                 * @description `on_track`, `at_risk`, `breached`, `met` or `paused`.
                                 * @enum {string}
                                 */
                                state: "on_track" | "at_risk" | "breached" | "met" | "paused";
                            } | null;
                            /**
                             * @description The ticket’s status: `new`, `open` (being worked on), `pending` (waiting for the customer), `resolved` or `closed`.
                             * @enum {string}
                             */
                            status: "new" | "open" | "pending" | "resolved" | "closed";
                            /** @description Subject, at most 200 characters. */
                            subject: string;
                            /** @description Tags (lower-cased, at most 10). */
                            tags: string[];
                            /** @description The ticket changed since you last opened it in the console, or you never did. */
                            unseen: boolean;
                            /**
                             * Format: date-time
                             * @description When it last changed (ISO 8601, UTC).
                             */
                            updatedAt: string;
                            /** @description Version number, raised by every change; send it back with an edit. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/tickets",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/tickets",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/tickets",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/tickets",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @example {
                 *       "subject": "升级到 0.8.0 后夜间备份报错 checksum mismatch",
                 *       "description": "昨晚 02:00 的定时备份失败，`scripts/backup.sh` 输出：\n\n```\nERROR checksum mismatch: base.tar.gz\n```\n\n升级前（0.7.3）一直正常。日志见附件 backup-2026-11-30.log。",
                 *       "priority": "P2",
                 *       "category": "deployment",
                 *       "tags": [
                 *         "backup"
                 *       ],
                 *       "requester": {
                 *         "email": "wang.fang@example.com",
                 *         "name": "王芳",
                 *         "organisation": "华东电网信息中心",
                 *         "phone": "+86 21 5888 1234 转 806",
                 *         "locale": "zh-Hans",
                 *         "timeZone": "Asia/Shanghai"
                 *       },
                 *       "context": {
                 *         "title": "备份与恢复",
                 *         "url": "/docs/operations/backup#restore",
                 *         "version": "0.8"
                 *       },
                 *       "suggestions": [
                 *         {
                 *           "url": "/docs/operations/backup",
                 *           "title": "备份与恢复",
                 *           "type": "doc",
                 *           "clicked": true
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description Category, one of the configured `TICKET_CATEGORIES`. */
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
                    /** @description The customer who filed the ticket. */
                    requester: {
                        /**
                         * Format: email
                         * @description Stored lower-cased.
                         * @example li.lei@example.com
                         */
                        email: string;
                        /**
                         * @description Language for e-mails and answers: `zh-Hans` or `en`.
                         * @default zh-Hans
                         * @enum {string}
                         */
                        locale?: "zh-Hans" | "en";
                        /** @description The requester’s name. */
                        name: string;
                        /** @description The requester’s organisation. */
                        organisation?: string;
                        /** @description Phone number, e.g. `+86 10 6552 9988 转 123`. */
                        phone?: string;
                        /**
                         * @description The requester’s time zone (the portal sends the browser’s): the acknowledgement e-mail gives “we will answer by …” in it.
                         * @example Asia/Shanghai
                         */
                        timeZone?: string;
                    };
                    /** @description Subject, at most 200 characters. */
                    subject: string;
                    /** @description The articles the portal suggested while the customer wrote, each with whether they opened it; staff see them with the ticket. */
                    suggestions?: {
                        /** @description Whether the customer opened it. */
                        clicked: boolean;
                        /** @description Title of the suggested article. */
                        title: string;
                        /**
                         * @description `doc`, `faq` or `article`.
                         * @enum {string}
                         */
                        type: "doc" | "faq" | "article";
                        /** @description Site path of the suggested article. */
                        url: string;
                    }[];
                    /** @description Tags (lower-cased, at most 10). */
                    tags?: string[];
                };
                "multipart/form-data": {
                    /** @description Category, one of the configured `TICKET_CATEGORIES`. */
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
                    /** @description The customer who filed the ticket. */
                    requester: {
                        /**
                         * Format: email
                         * @description Stored lower-cased.
                         * @example li.lei@example.com
                         */
                        email: string;
                        /**
                         * @description Language for e-mails and answers: `zh-Hans` or `en`.
                         * @default zh-Hans
                         * @enum {string}
                         */
                        locale?: "zh-Hans" | "en";
                        /** @description The requester’s name. */
                        name: string;
                        /** @description The requester’s organisation. */
                        organisation?: string;
                        /** @description Phone number, e.g. `+86 10 6552 9988 转 123`. */
                        phone?: string;
                        /**
                         * @description The requester’s time zone (the portal sends the browser’s): the acknowledgement e-mail gives “we will answer by …” in it.
                         * @example Asia/Shanghai
                         */
                        timeZone?: string;
                    };
                    /** @description Subject, at most 200 characters. */
                    subject: string;
                    /** @description The articles the portal suggested while the customer wrote, each with whether they opened it; staff see them with the ticket. */
                    suggestions?: {
                        /** @description Whether the customer opened it. */
                        clicked: boolean;
                        /** @description Title of the suggested article. */
                        title: string;
                        /**
                         * @description `doc`, `faq` or `article`.
                         * @enum {string}
                         */
                        type: "doc" | "faq" | "article";
                        /** @description Site path of the suggested article. */
                        url: string;
                    }[];
                    /** @description Tags (lower-cased, at most 10). */
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
                    /**
                     * @example {
                     *       "number": "HO-1042",
                     *       "subject": "升级到 0.8.0 后夜间备份报错 checksum mismatch",
                     *       "description": "昨晚 02:00 的定时备份失败，`scripts/backup.sh` 输出：\n\n```\nERROR checksum mismatch: base.tar.gz\n```\n\n升级前（0.7.3）一直正常。日志见附件 backup-2026-11-30.log。",
                     *       "status": "new",
                     *       "priority": "P2",
                     *       "category": "deployment",
                     *       "requester": {
                     *         "email": "wang.fang@example.com",
                     *         "name": "王芳",
                     *         "organisation": "华东电网信息中心",
                     *         "phone": "+86 21 5888 1234 转 806",
                     *         "locale": "zh-Hans"
                     *       },
                     *       "assignee": null,
                     *       "context": {
                     *         "title": "备份与恢复",
                     *         "url": "/docs/operations/backup#restore",
                     *         "version": "0.8"
                     *       },
                     *       "createdAt": "2026-11-30T01:12:08.000Z",
                     *       "updatedAt": "2026-11-30T01:12:08.000Z",
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "trackingToken": "hot_Q3d9xV7bL2mN4pR8tK1wY6cF0hJ5sD2gA9eU3iO7lZk",
                     *       "trackingUrl": "https://support.example.com/support/track#token=hot_Q3d9xV7bL2mN4pR8tK1wY6cF0hJ5sD2gA9eU3iO7lZk"
                     *     }
                     */
                    "application/json": {
                        /** @description The staff member handling the ticket; null when unassigned. */
                        assignee: {
                            /** @description The assignee’s name. */
                            name: string;
                        } | null;
                        /** @description Category, one of the configured `TICKET_CATEGORIES`. */
                        category: string;
                        /** @description When it closed. */
                        closedAt: string | null;
                        /** @description The docs page the ticket was filed from ("ask about this page"); null when it was not filed from one. */
                        context: {
                            /** @description The page title. */
                            title: string;
                            /** @description The page address. */
                            url: string;
                            /** @description Version number, raised by every change; send it back with an edit. */
                            version: string | null;
                        } | null;
                        /**
                         * Format: date-time
                         * @description When it was created (ISO 8601, UTC).
                         */
                        createdAt: string;
                        /** @description Markdown as written; render it safely. */
                        description: string;
                        /**
                         * @description Ticket number, e.g. `HO-1042`.
                         * @example HO-1042
                         */
                        number: string;
                        /**
                         * @description P1 is an emergency (7×24); P4 is the lowest.
                         * @enum {string}
                         */
                        priority: "P1" | "P2" | "P3" | "P4";
                        /** @description The customer who filed the ticket. */
                        requester: {
                            /** @description E-mail address (stored lower-cased). */
                            email: string;
                            /**
                             * @description Language for e-mails and answers: `zh-Hans` or `en`.
                             * @enum {string}
                             */
                            locale: "zh-Hans" | "en";
                            /** @description The requester’s name. */
                            name: string;
                            /** @description The requester’s organisation. */
                            organisation: string | null;
                            /** @description Phone number, e.g. `+86 10 6552 9988 转 123`. */
                            phone: string | null;
                        };
                        /** @description When it was last resolved. */
                        resolvedAt: string | null;
                        /**
                         * @description The ticket’s status: `new`, `open` (being worked on), `pending` (waiting for the customer), `resolved` or `closed`.
                         * @enum {string}
                         */
                        status: "new" | "open" | "pending" | "resolved" | "closed";
                        /** @description Subject, at most 200 characters. */
                        subject: string;
                        /** @description Shown once; only its hash is stored. Send it as `Authorization: Bearer`. */
                        trackingToken: string;
                        /**
                         * Format: uri
                         * @description The private page where the customer follows the ticket.
                         */
                        trackingUrl: string;
                        /**
                         * Format: date-time
                         * @description When it last changed (ISO 8601, UTC).
                         */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/tickets",
                     *       "errors": [
                     *         {
                     *           "field": "subject",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected string, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: attachment_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#attachment_too_large",
                     *       "title": "An attached file is too large",
                     *       "status": 413,
                     *       "code": "attachment_too_large",
                     *       "instance": "/api/v1/tickets",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unsupported_media_type, attachment_type_not_allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unsupported_media_type",
                     *       "title": "Unsupported content type",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "instance": "/api/v1/tickets",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#rate_limited",
                     *       "title": "Too many requests; try again later",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "instance": "/api/v1/tickets",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/tickets",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: server_busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#server_busy",
                     *       "title": "The server is busy; try again shortly",
                     *       "status": 503,
                     *       "code": "server_busy",
                     *       "instance": "/api/v1/tickets",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description HO-1042, or the bare number 1042
                 * @example HO-1042
                 */
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
                    /**
                     * @example {
                     *       "number": "HO-1042",
                     *       "subject": "升级到 0.8.0 后夜间备份报错 checksum mismatch",
                     *       "description": "昨晚 02:00 的定时备份失败，`scripts/backup.sh` 输出：\n\n```\nERROR checksum mismatch: base.tar.gz\n```\n\n升级前（0.7.3）一直正常。日志见附件 backup-2026-11-30.log。",
                     *       "status": "open",
                     *       "priority": "P2",
                     *       "category": "deployment",
                     *       "requester": {
                     *         "email": "wang.fang@example.com",
                     *         "name": "王芳",
                     *         "organisation": "华东电网信息中心",
                     *         "phone": "+86 21 5888 1234 转 806",
                     *         "locale": "zh-Hans"
                     *       },
                     *       "assignee": {
                     *         "id": "8f14e45f-ceea-4e67-a1b2-3c9d5e7f0a21",
                     *         "name": "李雷",
                     *         "email": "li.lei@support.example.com"
                     *       },
                     *       "context": {
                     *         "title": "备份与恢复",
                     *         "url": "/docs/operations/backup#restore",
                     *         "version": "0.8"
                     *       },
                     *       "createdAt": "2026-11-30T01:12:08.000Z",
                     *       "updatedAt": "2026-11-30T02:05:41.000Z",
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "tags": [
                     *         "backup",
                     *         "v0.8"
                     *       ],
                     *       "source": "web",
                     *       "version": 4,
                     *       "firstResponseAt": "2026-11-30T02:05:41.000Z",
                     *       "allowedStatuses": [
                     *         "pending",
                     *         "resolved"
                     *       ],
                     *       "suggestions": [
                     *         {
                     *           "url": "/docs/operations/backup",
                     *           "title": "备份与恢复",
                     *           "type": "doc",
                     *           "clicked": true
                     *         },
                     *         {
                     *           "url": "/docs/faq/backup-checksum",
                     *           "title": "备份校验和不一致怎么办？",
                     *           "type": "faq",
                     *           "clicked": false
                     *         }
                     *       ],
                     *       "events": [
                     *         {
                     *           "type": "created",
                     *           "at": "2026-11-30T01:12:08.000Z",
                     *           "actor": {
                     *             "type": "customer",
                     *             "userId": null,
                     *             "name": "王芳"
                     *           },
                     *           "before": null,
                     *           "after": {
                     *             "source": "web"
                     *           }
                     *         },
                     *         {
                     *           "type": "assignee_changed",
                     *           "at": "2026-11-30T02:04:10.000Z",
                     *           "actor": {
                     *             "type": "staff",
                     *             "userId": "8f14e45f-ceea-4e67-a1b2-3c9d5e7f0a21",
                     *             "name": "李雷"
                     *           },
                     *           "before": {
                     *             "assigneeId": null
                     *           },
                     *           "after": {
                     *             "assigneeId": "8f14e45f-ceea-4e67-a1b2-3c9d5e7f0a21"
                     *           }
                     *         },
                     *         {
                     *           "type": "status_changed",
                     *           "at": "2026-11-30T02:05:41.000Z",
                     *           "actor": {
                     *             "type": "staff",
                     *             "userId": "8f14e45f-ceea-4e67-a1b2-3c9d5e7f0a21",
                     *             "name": "李雷"
                     *           },
                     *           "before": {
                     *             "status": "new"
                     *           },
                     *           "after": {
                     *             "status": "open"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description The statuses the workflow allows this ticket to move to now, so a console offers only those. */
                        allowedStatuses: ("new" | "open" | "pending" | "resolved" | "closed")[];
                        /** @description The staff member handling the ticket; null when unassigned. */
                        assignee: {
                            /** @description E-mail address (stored lower-cased). */
                            email: string;
                            /** @description The assignee’s staff id. */
                            id: string;
                            /** @description The assignee’s name. */
                            name: string;
                        } | null;
                        /** @description Category, one of the configured `TICKET_CATEGORIES`. */
                        category: string;
                        /** @description When it closed. */
                        closedAt: string | null;
                        /** @description The docs page the ticket was filed from ("ask about this page"); null when it was not filed from one. */
                        context: {
                            /** @description The page title. */
                            title: string;
                            /** @description The page address. */
                            url: string;
                            /** @description Version number, raised by every change; send it back with an edit. */
                            version: string | null;
                        } | null;
                        /**
                         * Format: date-time
                         * @description When it was created (ISO 8601, UTC).
                         */
                        createdAt: string;
                        /** @description Markdown as written; render it safely. */
                        description: string;
                        /** @description The ticket’s timeline, oldest first. */
                        events: {
                            /** @description Who made the change. */
                            actor: {
                                /** @description The name of who made the change. */
                                name: string | null;
                                /**
                                 * @description `customer`, `staff` or `system`.
                                 * @enum {string}
                                 */
                                type: "customer" | "staff" | "system";
                                /** @description The staff member’s id. */
                                userId: string | null;
                            };
                            /** @description The value after the change. */
                            after: {
                                [key: string]: unknown;
                            } | null;
                            /**
                             * Format: date-time
                             * @description When it happened.
                             */
                            at: string;
                            /** @description The value before the change. */
                            before: {
                                [key: string]: unknown;
                            } | null;
                            /** @description What happened, e.g. `status_changed`. */
                            type: string;
                        }[];
                        /** @description When staff first answered publicly. */
                        firstResponseAt: string | null;
                        /**
                         * @description Ticket number, e.g. `HO-1042`.
                         * @example HO-1042
                         */
                        number: string;
                        /**
                         * @description P1 is an emergency (7×24); P4 is the lowest.
                         * @enum {string}
                         */
                        priority: "P1" | "P2" | "P3" | "P4";
                        /** @description The customer who filed the ticket. */
                        requester: {
                            /** @description E-mail address (stored lower-cased). */
                            email: string;
                            /**
                             * @description Language for e-mails and answers: `zh-Hans` or `en`.
                             * @enum {string}
                             */
                            locale: "zh-Hans" | "en";
                            /** @description The requester’s name. */
                            name: string;
                            /** @description The requester’s organisation. */
                            organisation: string | null;
                            /** @description Phone number, e.g. `+86 10 6552 9988 转 123`. */
                            phone: string | null;
                        };
                        /** @description When it was last resolved. */
                        resolvedAt: string | null;
                        /**
                         * @description How the ticket came in: `web`, `api` or `email`.
                         * @enum {string}
                         */
                        source: "web" | "api" | "email";
                        /**
                         * @description The ticket’s status: `new`, `open` (being worked on), `pending` (waiting for the customer), `resolved` or `closed`.
                         * @enum {string}
                         */
                        status: "new" | "open" | "pending" | "resolved" | "closed";
                        /** @description Subject, at most 200 characters. */
                        subject: string;
                        /** @description What the portal suggested before the customer filed, and which they opened; null when filed elsewhere. */
                        suggestions: {
                            /** @description Whether the customer opened it. */
                            clicked: boolean;
                            /** @description Title of the suggested article. */
                            title: string;
                            /**
                             * @description `doc`, `faq` or `article`.
                             * @enum {string}
                             */
                            type: "doc" | "faq" | "article";
                            /** @description Site path of the suggested article. */
                            url: string;
                        }[] | null;
                        /** @description Tags (lower-cased, at most 10). */
                        tags: string[];
                        /**
                         * Format: date-time
                         * @description When it last changed (ISO 8601, UTC).
                         */
                        updatedAt: string;
                        /** @description Version number, raised by every change; send it back with an edit. */
                        version: number;
                    } | {
                        /** @description When we promise the first answer (the first-response due time of the priority’s SLA); null once answered, or when no SLA applies. */
                        answerBy: string | null;
                        /** @description The staff member handling the ticket; null when unassigned. */
                        assignee: {
                            /** @description The assignee’s name. */
                            name: string;
                        } | null;
                        /** @description Category, one of the configured `TICKET_CATEGORIES`. */
                        category: string;
                        /** @description When it closed. */
                        closedAt: string | null;
                        /** @description The docs page the ticket was filed from ("ask about this page"); null when it was not filed from one. */
                        context: {
                            /** @description The page title. */
                            title: string;
                            /** @description The page address. */
                            url: string;
                            /** @description Version number, raised by every change; send it back with an edit. */
                            version: string | null;
                        } | null;
                        /**
                         * Format: date-time
                         * @description When it was created (ISO 8601, UTC).
                         */
                        createdAt: string;
                        /** @description Markdown as written; render it safely. */
                        description: string;
                        /** @description The ticket’s timeline, oldest first. */
                        events: {
                            /**
                             * @description Who made the change: `staff`, `requester` or `system`.
                             * @enum {string}
                             */
                            actorType: "customer" | "staff" | "system";
                            /** @description The value after the change. */
                            after: {
                                [key: string]: unknown;
                            } | null;
                            /**
                             * Format: date-time
                             * @description When it happened.
                             */
                            at: string;
                            /** @description The value before the change. */
                            before: {
                                [key: string]: unknown;
                            } | null;
                            /** @description What happened, e.g. `status_changed`. */
                            type: string;
                        }[];
                        /**
                         * @description Ticket number, e.g. `HO-1042`.
                         * @example HO-1042
                         */
                        number: string;
                        /**
                         * @description P1 is an emergency (7×24); P4 is the lowest.
                         * @enum {string}
                         */
                        priority: "P1" | "P2" | "P3" | "P4";
                        /** @description The customer who filed the ticket. */
                        requester: {
                            /** @description E-mail address (stored lower-cased). */
                            email: string;
                            /**
                             * @description Language for e-mails and answers: `zh-Hans` or `en`.
                             * @enum {string}
                             */
                            locale: "zh-Hans" | "en";
                            /** @description The requester’s name. */
                            name: string;
                            /** @description The requester’s organisation. */
                            organisation: string | null;
                            /** @description Phone number, e.g. `+86 10 6552 9988 转 123`. */
                            phone: string | null;
                        };
                        /** @description When it was last resolved. */
                        resolvedAt: string | null;
                        /**
                         * @description The ticket’s status: `new`, `open` (being worked on), `pending` (waiting for the customer), `resolved` or `closed`.
                         * @enum {string}
                         */
                        status: "new" | "open" | "pending" | "resolved" | "closed";
                        /** @description Subject, at most 200 characters. */
                        subject: string;
                        /**
                         * Format: date-time
                         * @description When it last changed (ISO 8601, UTC).
                         */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/tickets/HO-1042",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/tickets/HO-1042",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/tickets/HO-1042",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: link_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#link_expired",
                     *       "title": "This link has expired",
                     *       "status": 410,
                     *       "code": "link_expired",
                     *       "instance": "/api/v1/tickets/HO-1042",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/tickets/HO-1042",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description HO-1042, or the bare number 1042
                 * @example HO-1042
                 */
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "version": 4,
                 *       "status": "pending",
                 *       "priority": "P3",
                 *       "tags": [
                 *         "backup",
                 *         "v0.8",
                 *         "checksum"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description An active staff member, or null to unassign. */
                    assigneeId?: string | null;
                    /** @description Category, one of the configured `TICKET_CATEGORIES`. */
                    category?: string;
                    /**
                     * @description P1 is an emergency (7×24); P4 is the lowest.
                     * @enum {string}
                     */
                    priority?: "P1" | "P2" | "P3" | "P4";
                    /**
                     * @description The ticket’s status: `new`, `open` (being worked on), `pending` (waiting for the customer), `resolved` or `closed`.
                     * @enum {string}
                     */
                    status?: "new" | "open" | "pending" | "resolved" | "closed";
                    /** @description Subject, at most 200 characters. */
                    subject?: string;
                    /** @description Tags (lower-cased, at most 10). */
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
                    /**
                     * @example {
                     *       "number": "HO-1042",
                     *       "subject": "升级到 0.8.0 后夜间备份报错 checksum mismatch",
                     *       "description": "昨晚 02:00 的定时备份失败，`scripts/backup.sh` 输出：\n\n```\nERROR checksum mismatch: base.tar.gz\n```\n\n升级前（0.7.3）一直正常。日志见附件 backup-2026-11-30.log。",
                     *       "status": "pending",
                     *       "priority": "P3",
                     *       "category": "deployment",
                     *       "requester": {
                     *         "email": "wang.fang@example.com",
                     *         "name": "王芳",
                     *         "organisation": "华东电网信息中心",
                     *         "phone": "+86 21 5888 1234 转 806",
                     *         "locale": "zh-Hans"
                     *       },
                     *       "assignee": {
                     *         "id": "8f14e45f-ceea-4e67-a1b2-3c9d5e7f0a21",
                     *         "name": "李雷",
                     *         "email": "li.lei@support.example.com"
                     *       },
                     *       "context": {
                     *         "title": "备份与恢复",
                     *         "url": "/docs/operations/backup#restore",
                     *         "version": "0.8"
                     *       },
                     *       "createdAt": "2026-11-30T01:12:08.000Z",
                     *       "updatedAt": "2026-11-30T02:30:00.000Z",
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "tags": [
                     *         "backup",
                     *         "checksum",
                     *         "v0.8"
                     *       ],
                     *       "source": "web",
                     *       "version": 5,
                     *       "firstResponseAt": "2026-11-30T02:05:41.000Z",
                     *       "allowedStatuses": [
                     *         "open",
                     *         "resolved"
                     *       ],
                     *       "suggestions": [
                     *         {
                     *           "url": "/docs/operations/backup",
                     *           "title": "备份与恢复",
                     *           "type": "doc",
                     *           "clicked": true
                     *         },
                     *         {
                     *           "url": "/docs/faq/backup-checksum",
                     *           "title": "备份校验和不一致怎么办？",
                     *           "type": "faq",
                     *           "clicked": false
                     *         }
                     *       ],
                     *       "events": [
                     *         {
                     *           "type": "created",
                     *           "at": "2026-11-30T01:12:08.000Z",
                     *           "actor": {
                     *             "type": "customer",
                     *             "userId": null,
                     *             "name": "王芳"
                     *           },
                     *           "before": null,
                     *           "after": {
                     *             "source": "web"
                     *           }
                     *         },
                     *         {
                     *           "type": "assignee_changed",
                     *           "at": "2026-11-30T02:04:10.000Z",
                     *           "actor": {
                     *             "type": "staff",
                     *             "userId": "8f14e45f-ceea-4e67-a1b2-3c9d5e7f0a21",
                     *             "name": "李雷"
                     *           },
                     *           "before": {
                     *             "assigneeId": null
                     *           },
                     *           "after": {
                     *             "assigneeId": "8f14e45f-ceea-4e67-a1b2-3c9d5e7f0a21"
                     *           }
                     *         },
                     *         {
                     *           "type": "status_changed",
                     *           "at": "2026-11-30T02:05:41.000Z",
                     *           "actor": {
                     *             "type": "staff",
                     *             "userId": "8f14e45f-ceea-4e67-a1b2-3c9d5e7f0a21",
                     *             "name": "李雷"
                     *           },
                     *           "before": {
                     *             "status": "new"
                     *           },
                     *           "after": {
                     *             "status": "open"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description The statuses the workflow allows this ticket to move to now, so a console offers only those. */
                        allowedStatuses: ("new" | "open" | "pending" | "resolved" | "closed")[];
                        /** @description The staff member handling the ticket; null when unassigned. */
                        assignee: {
                            /** @description E-mail address (stored lower-cased). */
                            email: string;
                            /** @description The assignee’s staff id. */
                            id: string;
                            /** @description The assignee’s name. */
                            name: string;
                        } | null;
                        /** @description Category, one of the configured `TICKET_CATEGORIES`. */
                        category: string;
                        /** @description When it closed. */
                        closedAt: string | null;
                        /** @description The docs page the ticket was filed from ("ask about this page"); null when it was not filed from one. */
                        context: {
                            /** @description The page title. */
                            title: string;
                            /** @description The page address. */
                            url: string;
                            /** @description Version number, raised by every change; send it back with an edit. */
                            version: string | null;
                        } | null;
                        /**
                         * Format: date-time
                         * @description When it was created (ISO 8601, UTC).
                         */
                        createdAt: string;
                        /** @description Markdown as written; render it safely. */
                        description: string;
                        /** @description The ticket’s timeline, oldest first. */
                        events: {
                            /** @description Who made the change. */
                            actor: {
                                /** @description The name of who made the change. */
                                name: string | null;
                                /**
                                 * @description `customer`, `staff` or `system`.
                                 * @enum {string}
                                 */
                                type: "customer" | "staff" | "system";
                                /** @description The staff member’s id. */
                                userId: string | null;
                            };
                            /** @description The value after the change. */
                            after: {
                                [key: string]: unknown;
                            } | null;
                            /**
                             * Format: date-time
                             * @description When it happened.
                             */
                            at: string;
                            /** @description The value before the change. */
                            before: {
                                [key: string]: unknown;
                            } | null;
                            /** @description What happened, e.g. `status_changed`. */
                            type: string;
                        }[];
                        /** @description When staff first answered publicly. */
                        firstResponseAt: string | null;
                        /**
                         * @description Ticket number, e.g. `HO-1042`.
                         * @example HO-1042
                         */
                        number: string;
                        /**
                         * @description P1 is an emergency (7×24); P4 is the lowest.
                         * @enum {string}
                         */
                        priority: "P1" | "P2" | "P3" | "P4";
                        /** @description The customer who filed the ticket. */
                        requester: {
                            /** @description E-mail address (stored lower-cased). */
                            email: string;
                            /**
                             * @description Language for e-mails and answers: `zh-Hans` or `en`.
                             * @enum {string}
                             */
                            locale: "zh-Hans" | "en";
                            /** @description The requester’s name. */
                            name: string;
                            /** @description The requester’s organisation. */
                            organisation: string | null;
                            /** @description Phone number, e.g. `+86 10 6552 9988 转 123`. */
                            phone: string | null;
                        };
                        /** @description When it was last resolved. */
                        resolvedAt: string | null;
                        /**
                         * @description How the ticket came in: `web`, `api` or `email`.
                         * @enum {string}
                         */
                        source: "web" | "api" | "email";
                        /**
                         * @description The ticket’s status: `new`, `open` (being worked on), `pending` (waiting for the customer), `resolved` or `closed`.
                         * @enum {string}
                         */
                        status: "new" | "open" | "pending" | "resolved" | "closed";
                        /** @description Subject, at most 200 characters. */
                        subject: string;
                        /** @description What the portal suggested before the customer filed, and which they opened; null when filed elsewhere. */
                        suggestions: {
                            /** @description Whether the customer opened it. */
                            clicked: boolean;
                            /** @description Title of the suggested article. */
                            title: string;
                            /**
                             * @description `doc`, `faq` or `article`.
                             * @enum {string}
                             */
                            type: "doc" | "faq" | "article";
                            /** @description Site path of the suggested article. */
                            url: string;
                        }[] | null;
                        /** @description Tags (lower-cased, at most 10). */
                        tags: string[];
                        /**
                         * Format: date-time
                         * @description When it last changed (ISO 8601, UTC).
                         */
                        updatedAt: string;
                        /** @description Version number, raised by every change; send it back with an edit. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/tickets/HO-1042",
                     *       "errors": [
                     *         {
                     *           "field": "version",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected number, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/tickets/HO-1042",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/tickets/HO-1042",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/tickets/HO-1042",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: version_conflict, invalid_transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#version_conflict",
                     *       "title": "Someone else changed this first",
                     *       "status": 409,
                     *       "code": "version_conflict",
                     *       "instance": "/api/v1/tickets/HO-1042",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/tickets/HO-1042",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description Attachment id (UUID)
                 * @example 0b6f9c2e-5d41-4e8a-b7c3-9a1d2e4f6b80
                 */
                id: string;
                /**
                 * @description Ticket number, as HO-1042 or 1042
                 * @example HO-1042
                 */
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
                    /**
                     * @example 2026-11-30T02:00:01+08:00 INFO  backup: base backup started
                     *     2026-11-30T02:03:12+08:00 ERROR checksum mismatch: base.tar.gz
                     */
                    "application/octet-stream": string;
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/tickets/HO-1042/attachments/0b6f9c2e-5d41-4e8a-b7c3-9a1d2e4f6b80",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/tickets/HO-1042/attachments/0b6f9c2e-5d41-4e8a-b7c3-9a1d2e4f6b80",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/tickets/HO-1042/attachments/0b6f9c2e-5d41-4e8a-b7c3-9a1d2e4f6b80",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: link_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#link_expired",
                     *       "title": "This link has expired",
                     *       "status": 410,
                     *       "code": "link_expired",
                     *       "instance": "/api/v1/tickets/HO-1042/attachments/0b6f9c2e-5d41-4e8a-b7c3-9a1d2e4f6b80",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/tickets/HO-1042/attachments/0b6f9c2e-5d41-4e8a-b7c3-9a1d2e4f6b80",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description HO-1042, or the bare number 1042
                 * @example HO-1042
                 */
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
                    /**
                     * @example {
                     *       "number": "HO-1042",
                     *       "subject": "升级到 0.8.0 后夜间备份报错 checksum mismatch",
                     *       "description": "昨晚 02:00 的定时备份失败，`scripts/backup.sh` 输出：\n\n```\nERROR checksum mismatch: base.tar.gz\n```\n\n升级前（0.7.3）一直正常。日志见附件 backup-2026-11-30.log。",
                     *       "status": "closed",
                     *       "priority": "P2",
                     *       "category": "deployment",
                     *       "requester": {
                     *         "email": "wang.fang@example.com",
                     *         "name": "王芳",
                     *         "organisation": "华东电网信息中心",
                     *         "phone": "+86 21 5888 1234 转 806",
                     *         "locale": "zh-Hans"
                     *       },
                     *       "assignee": {
                     *         "name": "李雷"
                     *       },
                     *       "context": {
                     *         "title": "备份与恢复",
                     *         "url": "/docs/operations/backup#restore",
                     *         "version": "0.8"
                     *       },
                     *       "createdAt": "2026-11-30T01:12:08.000Z",
                     *       "updatedAt": "2026-12-01T01:20:00.000Z",
                     *       "resolvedAt": "2026-11-30T09:45:00.000Z",
                     *       "closedAt": "2026-12-01T01:20:00.000Z",
                     *       "events": [
                     *         {
                     *           "type": "created",
                     *           "at": "2026-11-30T01:12:08.000Z",
                     *           "actorType": "customer",
                     *           "before": null,
                     *           "after": null
                     *         },
                     *         {
                     *           "type": "status_changed",
                     *           "at": "2026-11-30T02:05:41.000Z",
                     *           "actorType": "staff",
                     *           "before": {
                     *             "status": "new"
                     *           },
                     *           "after": {
                     *             "status": "open"
                     *           }
                     *         },
                     *         {
                     *           "type": "status_changed",
                     *           "at": "2026-11-30T09:45:00.000Z",
                     *           "actorType": "staff",
                     *           "before": {
                     *             "status": "open"
                     *           },
                     *           "after": {
                     *             "status": "resolved"
                     *           }
                     *         },
                     *         {
                     *           "type": "resolution_confirmed",
                     *           "at": "2026-12-01T01:20:00.000Z",
                     *           "actorType": "customer",
                     *           "before": {
                     *             "status": "resolved"
                     *           },
                     *           "after": {
                     *             "status": "closed"
                     *           }
                     *         }
                     *       ],
                     *       "answerBy": null
                     *     }
                     */
                    "application/json": {
                        /** @description When we promise the first answer (the first-response due time of the priority’s SLA); null once answered, or when no SLA applies. */
                        answerBy: string | null;
                        /** @description The staff member handling the ticket; null when unassigned. */
                        assignee: {
                            /** @description The assignee’s name. */
                            name: string;
                        } | null;
                        /** @description Category, one of the configured `TICKET_CATEGORIES`. */
                        category: string;
                        /** @description When it closed. */
                        closedAt: string | null;
                        /** @description The docs page the ticket was filed from ("ask about this page"); null when it was not filed from one. */
                        context: {
                            /** @description The page title. */
                            title: string;
                            /** @description The page address. */
                            url: string;
                            /** @description Version number, raised by every change; send it back with an edit. */
                            version: string | null;
                        } | null;
                        /**
                         * Format: date-time
                         * @description When it was created (ISO 8601, UTC).
                         */
                        createdAt: string;
                        /** @description Markdown as written; render it safely. */
                        description: string;
                        /** @description The ticket’s timeline, oldest first. */
                        events: {
                            /**
                             * @description Who made the change: `staff`, `requester` or `system`.
                             * @enum {string}
                             */
                            actorType: "customer" | "staff" | "system";
                            /** @description The value after the change. */
                            after: {
                                [key: string]: unknown;
                            } | null;
                            /**
                             * Format: date-time
                             * @description When it happened.
                             */
                            at: string;
                            /** @description The value before the change. */
                            before: {
                                [key: string]: unknown;
                            } | null;
                            /** @description What happened, e.g. `status_changed`. */
                            type: string;
                        }[];
                        /**
                         * @description Ticket number, e.g. `HO-1042`.
                         * @example HO-1042
                         */
                        number: string;
                        /**
                         * @description P1 is an emergency (7×24); P4 is the lowest.
                         * @enum {string}
                         */
                        priority: "P1" | "P2" | "P3" | "P4";
                        /** @description The customer who filed the ticket. */
                        requester: {
                            /** @description E-mail address (stored lower-cased). */
                            email: string;
                            /**
                             * @description Language for e-mails and answers: `zh-Hans` or `en`.
                             * @enum {string}
                             */
                            locale: "zh-Hans" | "en";
                            /** @description The requester’s name. */
                            name: string;
                            /** @description The requester’s organisation. */
                            organisation: string | null;
                            /** @description Phone number, e.g. `+86 10 6552 9988 转 123`. */
                            phone: string | null;
                        };
                        /** @description When it was last resolved. */
                        resolvedAt: string | null;
                        /**
                         * @description The ticket’s status: `new`, `open` (being worked on), `pending` (waiting for the customer), `resolved` or `closed`.
                         * @enum {string}
                         */
                        status: "new" | "open" | "pending" | "resolved" | "closed";
                        /** @description Subject, at most 200 characters. */
                        subject: string;
                        /**
                         * Format: date-time
                         * @description When it last changed (ISO 8601, UTC).
                         */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/tickets/HO-1042/confirm",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/tickets/HO-1042/confirm",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/tickets/HO-1042/confirm",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/tickets/HO-1042/confirm",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: invalid_transition, version_conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#invalid_transition",
                     *       "title": "This status change is not allowed",
                     *       "status": 409,
                     *       "code": "invalid_transition",
                     *       "instance": "/api/v1/tickets/HO-1042/confirm",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: link_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#link_expired",
                     *       "title": "This link has expired",
                     *       "status": 410,
                     *       "code": "link_expired",
                     *       "instance": "/api/v1/tickets/HO-1042/confirm",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/tickets/HO-1042/confirm",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description Ticket number, as HO-1042 or 1042
                 * @example HO-1042
                 */
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
                    /**
                     * @example {
                     *       "ticketNumber": "HO-1042",
                     *       "messages": [
                     *         {
                     *           "id": "5a7c9e1b-3d5f-4a7c-9e1b-3d5f7a9c1e3b",
                     *           "visibility": "public",
                     *           "author": {
                     *             "type": "staff",
                     *             "name": "李雷",
                     *             "userId": "8f14e45f-ceea-4e67-a1b2-3c9d5e7f0a21"
                     *           },
                     *           "body": "王芳您好，0.8.0 把备份清单改成了 SHA-256。请先运行 `scripts/backup.sh --verify` 重新生成清单，再执行一次备份。如果仍然报错，请回复本邮件并附上新的日志。",
                     *           "bodyHtml": "<p>王芳您好，0.8.0 把备份清单改成了 SHA-256。请先运行 <code>scripts/backup.sh --verify</code> 重新生成清单，再执行一次备份。如果仍然报错，请回复本邮件并附上新的日志。</p>",
                     *           "createdAt": "2026-11-30T02:05:41.000Z",
                     *           "attachments": []
                     *         },
                     *         {
                     *           "id": "7c9e1b3d-5f7a-4c1e-8b3d-5f7a9c1e3b5d",
                     *           "visibility": "internal",
                     *           "author": {
                     *             "type": "staff",
                     *             "name": "韩梅梅",
                     *             "userId": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f"
                     *           },
                     *           "body": "Same error as HO-0991: the manifest still has MD5 sums from 0.7.",
                     *           "bodyHtml": "<p>Same error as HO-0991: the manifest still has MD5 sums from 0.7.</p>",
                     *           "createdAt": "2026-11-30T02:12:00.000Z",
                     *           "attachments": []
                     *         }
                     *       ],
                     *       "attachments": [
                     *         {
                     *           "id": "0b6f9c2e-5d41-4e8a-b7c3-9a1d2e4f6b80",
                     *           "filename": "backup-2026-11-30.log",
                     *           "contentType": "text/plain",
                     *           "size": 18342,
                     *           "sha256": "9f2c4a7e1b8d3f6a0c5e2b9d4f7a1c3e8b6d0f2a5c7e9b1d3f5a7c9e1b3d5f7a",
                     *           "url": "/api/v1/tickets/HO-1042/attachments/0b6f9c2e-5d41-4e8a-b7c3-9a1d2e4f6b80"
                     *         }
                     *       ]
                     *     }
                     */
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
                            /**
                             * Format: uuid
                             * @description Attachment id; download the file at `url`.
                             */
                            id: string;
                            /** @description SHA-256 of the file’s bytes, hex. */
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
                            /** @description The files attached. */
                            attachments: {
                                /**
                                 * @description Decided by the file’s content, not by its name
                                 * @enum {string}
                                 */
                                contentType: "text/plain" | "application/json" | "image/png" | "image/jpeg" | "image/gif" | "image/webp" | "application/pdf" | "application/zip" | "application/gzip";
                                /** @description Neutralised file name: no directories, no control characters */
                                filename: string;
                                /**
                                 * Format: uuid
                                 * @description Attachment id; download the file at `url`.
                                 */
                                id: string;
                                /** @description SHA-256 of the file’s bytes, hex. */
                                sha256: string;
                                /** @description Bytes */
                                size: number;
                                /**
                                 * @description Download path
                                 * @example /api/v1/tickets/HO-1042/attachments/…
                                 */
                                url: string;
                            }[];
                            /** @description Who wrote it. */
                            author: {
                                /** @description The author’s name. */
                                name: string;
                                /**
                                 * @description `staff`, `requester` or `system`.
                                 * @enum {string}
                                 */
                                type: "customer" | "staff" | "system";
                                /** @description The staff author’s id; null for customers, the system, and customer readers */
                                userId: string | null;
                            };
                            /** @description Markdown as written */
                            body: string;
                            /** @description The body rendered as safe HTML: no raw HTML, no scripts, links rel="nofollow noopener noreferrer" */
                            bodyHtml: string;
                            /**
                             * Format: date-time
                             * @description When it was created (ISO 8601, UTC).
                             */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description Message id.
                             */
                            id: string;
                            /**
                             * @description `public` (the customer sees it) or `internal` (a note for staff).
                             * @enum {string}
                             */
                            visibility: "public" | "internal";
                        }[];
                        /**
                         * @description Ticket number, e.g. `HO-1042`.
                         * @example HO-1042
                         */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/tickets/HO-1042/messages",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/tickets/HO-1042/messages",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/tickets/HO-1042/messages",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: link_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#link_expired",
                     *       "title": "This link has expired",
                     *       "status": 410,
                     *       "code": "link_expired",
                     *       "instance": "/api/v1/tickets/HO-1042/messages",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/tickets/HO-1042/messages",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description Ticket number, as HO-1042 or 1042
                 * @example HO-1042
                 */
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "王芳您好，0.8.0 把备份清单改成了 SHA-256。请先运行 `scripts/backup.sh --verify` 重新生成清单，再执行一次备份。如果仍然报错，请回复本邮件并附上新的日志。",
                 *       "visibility": "public",
                 *       "status": "pending"
                 *     }
                 */
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
                    /**
                     * @example {
                     *       "id": "5a7c9e1b-3d5f-4a7c-9e1b-3d5f7a9c1e3b",
                     *       "visibility": "public",
                     *       "author": {
                     *         "type": "staff",
                     *         "name": "李雷",
                     *         "userId": "8f14e45f-ceea-4e67-a1b2-3c9d5e7f0a21"
                     *       },
                     *       "body": "王芳您好，0.8.0 把备份清单改成了 SHA-256。请先运行 `scripts/backup.sh --verify` 重新生成清单，再执行一次备份。如果仍然报错，请回复本邮件并附上新的日志。",
                     *       "bodyHtml": "<p>王芳您好，0.8.0 把备份清单改成了 SHA-256。请先运行 <code>scripts/backup.sh --verify</code> 重新生成清单，再执行一次备份。如果仍然报错，请回复本邮件并附上新的日志。</p>",
                     *       "createdAt": "2026-11-30T02:05:41.000Z",
                     *       "attachments": []
                     *     }
                     */
                    "application/json": {
                        /** @description The files attached. */
                        attachments: {
                            /**
                             * @description Decided by the file’s content, not by its name
                             * @enum {string}
                             */
                            contentType: "text/plain" | "application/json" | "image/png" | "image/jpeg" | "image/gif" | "image/webp" | "application/pdf" | "application/zip" | "application/gzip";
                            /** @description Neutralised file name: no directories, no control characters */
                            filename: string;
                            /**
                             * Format: uuid
                             * @description Attachment id; download the file at `url`.
                             */
                            id: string;
                            /** @description SHA-256 of the file’s bytes, hex. */
                            sha256: string;
                            /** @description Bytes */
                            size: number;
                            /**
                             * @description Download path
                             * @example /api/v1/tickets/HO-1042/attachments/…
                             */
                            url: string;
                        }[];
                        /** @description Who wrote it. */
                        author: {
                            /** @description The author’s name. */
                            name: string;
                            /**
                             * @description `staff`, `requester` or `system`.
                             * @enum {string}
                             */
                            type: "customer" | "staff" | "system";
                            /** @description The staff author’s id; null for customers, the system, and customer readers */
                            userId: string | null;
                        };
                        /** @description Markdown as written */
                        body: string;
                        /** @description The body rendered as safe HTML: no raw HTML, no scripts, links rel="nofollow noopener noreferrer" */
                        bodyHtml: string;
                        /**
                         * Format: date-time
                         * @description When it was created (ISO 8601, UTC).
                         */
                        createdAt: string;
                        /**
                         * Format: uuid
                         * @description Identifier.
                         */
                        id: string;
                        /**
                         * @description `public` (the customer sees it) or `internal` (a note for staff).
                         * @enum {string}
                         */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#malformed_multipart",
                     *       "title": "The multipart body is malformed",
                     *       "status": 400,
                     *       "code": "malformed_multipart",
                     *       "instance": "/api/v1/tickets/HO-1042/messages",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/tickets/HO-1042/messages",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/tickets/HO-1042/messages",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/tickets/HO-1042/messages",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: ticket_closed, invalid_transition, version_conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#ticket_closed",
                     *       "title": "This ticket is closed; reopen it first",
                     *       "status": 409,
                     *       "code": "ticket_closed",
                     *       "instance": "/api/v1/tickets/HO-1042/messages",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: link_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#link_expired",
                     *       "title": "This link has expired",
                     *       "status": 410,
                     *       "code": "link_expired",
                     *       "instance": "/api/v1/tickets/HO-1042/messages",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: payload_too_large, attachment_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#payload_too_large",
                     *       "title": "The request body is too large",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "instance": "/api/v1/tickets/HO-1042/messages",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unsupported_media_type, attachment_type_not_allowed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unsupported_media_type",
                     *       "title": "Unsupported content type",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "instance": "/api/v1/tickets/HO-1042/messages",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#rate_limited",
                     *       "title": "Too many requests; try again later",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "instance": "/api/v1/tickets/HO-1042/messages",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/tickets/HO-1042/messages",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: server_busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#server_busy",
                     *       "title": "The server is busy; try again shortly",
                     *       "status": 503,
                     *       "code": "server_busy",
                     *       "instance": "/api/v1/tickets/HO-1042/messages",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description HO-1042, or the bare number 1042
                 * @example HO-1042
                 */
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
                    /**
                     * @example {
                     *       "present": [
                     *         {
                     *           "name": "韩梅梅",
                     *           "state": "writing",
                     *           "since": "2026-11-30T02:20:31.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description The other staff members on this ticket now, one entry each however many tabs they have. */
                        present: {
                            /** @description The staff member’s name. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/tickets/HO-1042/presence",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/tickets/HO-1042/presence",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/tickets/HO-1042/presence",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/tickets/HO-1042/presence",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/tickets/HO-1042/presence",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description HO-1042, or the bare number 1042
                 * @example HO-1042
                 */
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tabId": "3b241101-e2bb-4255-8caf-4136c566a962",
                 *       "state": "viewing"
                 *     }
                 */
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
                    /**
                     * @example {
                     *       "present": [
                     *         {
                     *           "name": "韩梅梅",
                     *           "state": "writing",
                     *           "since": "2026-11-30T02:20:31.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description The other staff members on this ticket now, one entry each however many tabs they have. */
                        present: {
                            /** @description The staff member’s name. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/tickets/HO-1042/presence",
                     *       "errors": [
                     *         {
                     *           "field": "tabId",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected string, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/tickets/HO-1042/presence",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/tickets/HO-1042/presence",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/tickets/HO-1042/presence",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/tickets/HO-1042/presence",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description HO-1042, or the bare number 1042
                 * @example HO-1042
                 */
                number: string;
                /**
                 * @description An id the console makes up for each browser tab.
                 * @example 3b241101-e2bb-4255-8caf-4136c566a962
                 */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/tickets/HO-1042/presence/3b241101-e2bb-4255-8caf-4136c566a962",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/tickets/HO-1042/presence/3b241101-e2bb-4255-8caf-4136c566a962",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/tickets/HO-1042/presence/3b241101-e2bb-4255-8caf-4136c566a962",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/tickets/HO-1042/presence/3b241101-e2bb-4255-8caf-4136c566a962",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/tickets/HO-1042/presence/3b241101-e2bb-4255-8caf-4136c566a962",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description HO-1042, or the bare number 1042
                 * @example HO-1042
                 */
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
                    /**
                     * @example {
                     *       "number": "HO-1042",
                     *       "subject": "升级到 0.8.0 后夜间备份报错 checksum mismatch",
                     *       "description": "昨晚 02:00 的定时备份失败，`scripts/backup.sh` 输出：\n\n```\nERROR checksum mismatch: base.tar.gz\n```\n\n升级前（0.7.3）一直正常。日志见附件 backup-2026-11-30.log。",
                     *       "status": "open",
                     *       "priority": "P2",
                     *       "category": "deployment",
                     *       "requester": {
                     *         "email": "wang.fang@example.com",
                     *         "name": "王芳",
                     *         "organisation": "华东电网信息中心",
                     *         "phone": "+86 21 5888 1234 转 806",
                     *         "locale": "zh-Hans"
                     *       },
                     *       "assignee": {
                     *         "id": "8f14e45f-ceea-4e67-a1b2-3c9d5e7f0a21",
                     *         "name": "李雷",
                     *         "email": "li.lei@support.example.com"
                     *       },
                     *       "context": {
                     *         "title": "备份与恢复",
                     *         "url": "/docs/operations/backup#restore",
                     *         "version": "0.8"
                     *       },
                     *       "createdAt": "2026-11-30T01:12:08.000Z",
                     *       "updatedAt": "2026-12-02T00:50:00.000Z",
                     *       "resolvedAt": null,
                     *       "closedAt": null,
                     *       "tags": [
                     *         "backup",
                     *         "v0.8"
                     *       ],
                     *       "source": "web",
                     *       "version": 7,
                     *       "firstResponseAt": "2026-11-30T02:05:41.000Z",
                     *       "allowedStatuses": [
                     *         "pending",
                     *         "resolved"
                     *       ],
                     *       "suggestions": [
                     *         {
                     *           "url": "/docs/operations/backup",
                     *           "title": "备份与恢复",
                     *           "type": "doc",
                     *           "clicked": true
                     *         },
                     *         {
                     *           "url": "/docs/faq/backup-checksum",
                     *           "title": "备份校验和不一致怎么办？",
                     *           "type": "faq",
                     *           "clicked": false
                     *         }
                     *       ],
                     *       "events": [
                     *         {
                     *           "type": "created",
                     *           "at": "2026-11-30T01:12:08.000Z",
                     *           "actor": {
                     *             "type": "customer",
                     *             "userId": null,
                     *             "name": "王芳"
                     *           },
                     *           "before": null,
                     *           "after": {
                     *             "source": "web"
                     *           }
                     *         },
                     *         {
                     *           "type": "assignee_changed",
                     *           "at": "2026-11-30T02:04:10.000Z",
                     *           "actor": {
                     *             "type": "staff",
                     *             "userId": "8f14e45f-ceea-4e67-a1b2-3c9d5e7f0a21",
                     *             "name": "李雷"
                     *           },
                     *           "before": {
                     *             "assigneeId": null
                     *           },
                     *           "after": {
                     *             "assigneeId": "8f14e45f-ceea-4e67-a1b2-3c9d5e7f0a21"
                     *           }
                     *         },
                     *         {
                     *           "type": "status_changed",
                     *           "at": "2026-11-30T02:05:41.000Z",
                     *           "actor": {
                     *             "type": "staff",
                     *             "userId": "8f14e45f-ceea-4e67-a1b2-3c9d5e7f0a21",
                     *             "name": "李雷"
                     *           },
                     *           "before": {
                     *             "status": "new"
                     *           },
                     *           "after": {
                     *             "status": "open"
                     *           }
                     *         },
                     *         {
                     *           "type": "reopened",
                     *           "at": "2026-12-02T00:50:00.000Z",
                     *           "actor": {
                     *             "type": "customer",
                     *             "userId": null,
                     *             "name": "王芳"
                     *           },
                     *           "before": {
                     *             "status": "resolved"
                     *           },
                     *           "after": {
                     *             "status": "open"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description The statuses the workflow allows this ticket to move to now, so a console offers only those. */
                        allowedStatuses: ("new" | "open" | "pending" | "resolved" | "closed")[];
                        /** @description The staff member handling the ticket; null when unassigned. */
                        assignee: {
                            /** @description E-mail address (stored lower-cased). */
                            email: string;
                            /** @description The assignee’s staff id. */
                            id: string;
                            /** @description The assignee’s name. */
                            name: string;
                        } | null;
                        /** @description Category, one of the configured `TICKET_CATEGORIES`. */
                        category: string;
                        /** @description When it closed. */
                        closedAt: string | null;
                        /** @description The docs page the ticket was filed from ("ask about this page"); null when it was not filed from one. */
                        context: {
                            /** @description The page title. */
                            title: string;
                            /** @description The page address. */
                            url: string;
                            /** @description Version number, raised by every change; send it back with an edit. */
                            version: string | null;
                        } | null;
                        /**
                         * Format: date-time
                         * @description When it was created (ISO 8601, UTC).
                         */
                        createdAt: string;
                        /** @description Markdown as written; render it safely. */
                        description: string;
                        /** @description The ticket’s timeline, oldest first. */
                        events: {
                            /** @description Who made the change. */
                            actor: {
                                /** @description The name of who made the change. */
                                name: string | null;
                                /**
                                 * @description `customer`, `staff` or `system`.
                                 * @enum {string}
                                 */
                                type: "customer" | "staff" | "system";
                                /** @description The staff member’s id. */
                                userId: string | null;
                            };
                            /** @description The value after the change. */
                            after: {
                                [key: string]: unknown;
                            } | null;
                            /**
                             * Format: date-time
                             * @description When it happened.
                             */
                            at: string;
                            /** @description The value before the change. */
                            before: {
                                [key: string]: unknown;
                            } | null;
                            /** @description What happened, e.g. `status_changed`. */
                            type: string;
                        }[];
                        /** @description When staff first answered publicly. */
                        firstResponseAt: string | null;
                        /**
                         * @description Ticket number, e.g. `HO-1042`.
                         * @example HO-1042
                         */
                        number: string;
                        /**
                         * @description P1 is an emergency (7×24); P4 is the lowest.
                         * @enum {string}
                         */
                        priority: "P1" | "P2" | "P3" | "P4";
                        /** @description The customer who filed the ticket. */
                        requester: {
                            /** @description E-mail address (stored lower-cased). */
                            email: string;
                            /**
                             * @description Language for e-mails and answers: `zh-Hans` or `en`.
                             * @enum {string}
                             */
                            locale: "zh-Hans" | "en";
                            /** @description The requester’s name. */
                            name: string;
                            /** @description The requester’s organisation. */
                            organisation: string | null;
                            /** @description Phone number, e.g. `+86 10 6552 9988 转 123`. */
                            phone: string | null;
                        };
                        /** @description When it was last resolved. */
                        resolvedAt: string | null;
                        /**
                         * @description How the ticket came in: `web`, `api` or `email`.
                         * @enum {string}
                         */
                        source: "web" | "api" | "email";
                        /**
                         * @description The ticket’s status: `new`, `open` (being worked on), `pending` (waiting for the customer), `resolved` or `closed`.
                         * @enum {string}
                         */
                        status: "new" | "open" | "pending" | "resolved" | "closed";
                        /** @description Subject, at most 200 characters. */
                        subject: string;
                        /** @description What the portal suggested before the customer filed, and which they opened; null when filed elsewhere. */
                        suggestions: {
                            /** @description Whether the customer opened it. */
                            clicked: boolean;
                            /** @description Title of the suggested article. */
                            title: string;
                            /**
                             * @description `doc`, `faq` or `article`.
                             * @enum {string}
                             */
                            type: "doc" | "faq" | "article";
                            /** @description Site path of the suggested article. */
                            url: string;
                        }[] | null;
                        /** @description Tags (lower-cased, at most 10). */
                        tags: string[];
                        /**
                         * Format: date-time
                         * @description When it last changed (ISO 8601, UTC).
                         */
                        updatedAt: string;
                        /** @description Version number, raised by every change; send it back with an edit. */
                        version: number;
                    } | {
                        /** @description When we promise the first answer (the first-response due time of the priority’s SLA); null once answered, or when no SLA applies. */
                        answerBy: string | null;
                        /** @description The staff member handling the ticket; null when unassigned. */
                        assignee: {
                            /** @description The assignee’s name. */
                            name: string;
                        } | null;
                        /** @description Category, one of the configured `TICKET_CATEGORIES`. */
                        category: string;
                        /** @description When it closed. */
                        closedAt: string | null;
                        /** @description The docs page the ticket was filed from ("ask about this page"); null when it was not filed from one. */
                        context: {
                            /** @description The page title. */
                            title: string;
                            /** @description The page address. */
                            url: string;
                            /** @description Version number, raised by every change; send it back with an edit. */
                            version: string | null;
                        } | null;
                        /**
                         * Format: date-time
                         * @description When it was created (ISO 8601, UTC).
                         */
                        createdAt: string;
                        /** @description Markdown as written; render it safely. */
                        description: string;
                        /** @description The ticket’s timeline, oldest first. */
                        events: {
                            /**
                             * @description Who made the change: `staff`, `requester` or `system`.
                             * @enum {string}
                             */
                            actorType: "customer" | "staff" | "system";
                            /** @description The value after the change. */
                            after: {
                                [key: string]: unknown;
                            } | null;
                            /**
                             * Format: date-time
                             * @description When it happened.
                             */
                            at: string;
                            /** @description The value before the change. */
                            before: {
                                [key: string]: unknown;
                            } | null;
                            /** @description What happened, e.g. `status_changed`. */
                            type: string;
                        }[];
                        /**
                         * @description Ticket number, e.g. `HO-1042`.
                         * @example HO-1042
                         */
                        number: string;
                        /**
                         * @description P1 is an emergency (7×24); P4 is the lowest.
                         * @enum {string}
                         */
                        priority: "P1" | "P2" | "P3" | "P4";
                        /** @description The customer who filed the ticket. */
                        requester: {
                            /** @description E-mail address (stored lower-cased). */
                            email: string;
                            /**
                             * @description Language for e-mails and answers: `zh-Hans` or `en`.
                             * @enum {string}
                             */
                            locale: "zh-Hans" | "en";
                            /** @description The requester’s name. */
                            name: string;
                            /** @description The requester’s organisation. */
                            organisation: string | null;
                            /** @description Phone number, e.g. `+86 10 6552 9988 转 123`. */
                            phone: string | null;
                        };
                        /** @description When it was last resolved. */
                        resolvedAt: string | null;
                        /**
                         * @description The ticket’s status: `new`, `open` (being worked on), `pending` (waiting for the customer), `resolved` or `closed`.
                         * @enum {string}
                         */
                        status: "new" | "open" | "pending" | "resolved" | "closed";
                        /** @description Subject, at most 200 characters. */
                        subject: string;
                        /**
                         * Format: date-time
                         * @description When it last changed (ISO 8601, UTC).
                         */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/tickets/HO-1042/reopen",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/tickets/HO-1042/reopen",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/tickets/HO-1042/reopen",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: invalid_transition, version_conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#invalid_transition",
                     *       "title": "This status change is not allowed",
                     *       "status": 409,
                     *       "code": "invalid_transition",
                     *       "instance": "/api/v1/tickets/HO-1042/reopen",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: link_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#link_expired",
                     *       "title": "This link has expired",
                     *       "status": 410,
                     *       "code": "link_expired",
                     *       "instance": "/api/v1/tickets/HO-1042/reopen",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/tickets/HO-1042/reopen",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description The saved reply’s id.
                 * @example d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6
                 */
                id: string;
                /**
                 * @description HO-1042, or the bare number 1042
                 * @example HO-1042
                 */
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
                    /**
                     * @example {
                     *       "body": "王芳您好：\n\n为了定位 HO-1042 的问题，请在本工单中上传服务器当天的日志（`journalctl -u handover --since today > handover.log`）。\n\n李雷",
                     *       "status": "pending",
                     *       "locale": "zh-Hans"
                     *     }
                     */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/tickets/HO-1042/saved-replies/d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6/render",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/tickets/HO-1042/saved-replies/d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6/render",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/tickets/HO-1042/saved-replies/d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6/render",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/tickets/HO-1042/saved-replies/d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6/render",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/tickets/HO-1042/saved-replies/d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6/render",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @description HO-1042, or the bare number 1042
                 * @example HO-1042
                 */
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
                    /**
                     * @example {
                     *       "number": "HO-1042",
                     *       "clocks": [
                     *         {
                     *           "kind": "first_response",
                     *           "state": "met",
                     *           "priority": "P2",
                     *           "targetMinutes": 60,
                     *           "usedMs": 3213000,
                     *           "startedAt": "2026-11-30T01:12:08.000Z",
                     *           "dueAt": "2026-11-30T02:12:08.000Z",
                     *           "atRiskAt": "2026-11-30T02:00:08.000Z",
                     *           "pausedAt": null,
                     *           "stoppedAt": "2026-11-30T02:05:41.000Z",
                     *           "metAt": "2026-11-30T02:05:41.000Z",
                     *           "breachedAt": null,
                     *           "warnedAt": "2026-11-30T02:00:09.000Z",
                     *           "breachNotifiedAt": null,
                     *           "attention": null,
                     *           "computation": {
                     *             "calendar": {
                     *               "id": "cn-workdays",
                     *               "name": "中国大陆工作日 / PRC working days",
                     *               "timeZone": "Asia/Shanghai"
                     *             },
                     *             "bankedMs": 3213000,
                     *             "runningSince": null,
                     *             "remainingMs": 387000,
                     *             "intervals": []
                     *           }
                     *         },
                     *         {
                     *           "kind": "resolution",
                     *           "state": "on_track",
                     *           "priority": "P2",
                     *           "targetMinutes": 480,
                     *           "usedMs": 4672000,
                     *           "startedAt": "2026-11-30T01:12:08.000Z",
                     *           "dueAt": "2026-11-30T09:12:08.000Z",
                     *           "atRiskAt": "2026-11-30T07:36:08.000Z",
                     *           "pausedAt": null,
                     *           "stoppedAt": null,
                     *           "metAt": null,
                     *           "breachedAt": null,
                     *           "warnedAt": null,
                     *           "breachNotifiedAt": null,
                     *           "attention": null,
                     *           "computation": {
                     *             "calendar": {
                     *               "id": "cn-workdays",
                     *               "name": "中国大陆工作日 / PRC working days",
                     *               "timeZone": "Asia/Shanghai"
                     *             },
                     *             "bankedMs": 0,
                     *             "runningSince": "2026-11-30T01:12:08.000Z",
                     *             "remainingMs": 28800000,
                     *             "intervals": [
                     *               {
                     *                 "start": "2026-11-30T01:12:08.000Z",
                     *                 "end": "2026-11-30T09:12:08.000Z"
                     *               }
                     *             ]
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description The first-response and resolution clocks. */
                        clocks: {
                            /** @description When it becomes at risk. */
                            atRiskAt: string | null;
                            /** @description `calendar_not_covered`: the calendar has no holidays for a day the due time needs, so none is given. */
                            attention: string | null;
                            /** @description When the target was missed. */
                            breachedAt: string | null;
                            /** @description When staff were told it was breached. */
                            breachNotifiedAt: string | null;
                            /** @description How the due time was computed. */
                            computation: {
                                /** @description Business time used before the clock last started running. */
                                bankedMs: number;
                                /** @description The calendar counted in. */
                                calendar: {
                                    /** @description The calendar’s id. */
                                    id: string;
                                    /** @description The calendar’s name. */
                                    name: string;
                                    /** @description IANA time zone, e.g. `Asia/Shanghai`. */
                                    timeZone: string | null;
                                };
                                /** @description The working intervals from `runningSince` to `dueAt` that the remaining time is counted over (at most 100). */
                                intervals: {
                                    /**
                                     * Format: date-time
                                     * @description End of a working interval (ISO 8601, UTC).
                                     */
                                    end: string;
                                    /**
                                     * Format: date-time
                                     * @description Start of a working interval (ISO 8601, UTC).
                                     */
                                    start: string;
                                }[];
                                /** @description The target less the banked time: what the intervals below add up to. */
                                remainingMs: number;
                                /** @description When the clock last started running; null while paused or stopped. */
                                runningSince: string | null;
                            };
                            /** @description When the target is reached; null when it cannot be computed or the clock stopped. */
                            dueAt: string | null;
                            /**
                             * @description `first_response` or `resolution`.
                             * @enum {string}
                             */
                            kind: "first_response" | "resolution";
                            /** @description When the target was met. */
                            metAt: string | null;
                            /** @description When it was paused (waiting for the customer). */
                            pausedAt: string | null;
                            /**
                             * @description The priority of the policy it is measured against.
                             * @enum {string}
                             */
                            priority: "P1" | "P2" | "P3" | "P4";
                            /**
                             * Format: date-time
                             * @description When the clock started.
                             */
                            startedAt: string;
                            /**
                             * @description `on_track`, `at_risk`, `breached`, `met` or `paused`.
                             * @enum {string}
                             */
                            state: "on_track" | "at_risk" | "breached" | "met" | "paused";
                            /** @description When it stopped. */
                            stoppedAt: string | null;
                            /** @description The target, in business minutes. */
                            targetMinutes: number;
                            /** @description Business milliseconds used up to now. */
                            usedMs: number;
                            /** @description When staff were warned it was at risk. */
                            warnedAt: string | null;
                        }[];
                        /** @description Ticket number, e.g. `HO-1042`. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/tickets/HO-1042/sla",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/tickets/HO-1042/sla",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/tickets/HO-1042/sla",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/tickets/HO-1042/sla",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/tickets/HO-1042/sla",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
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
                /**
                 * @example {
                 *       "numbers": [
                 *         "HO-1042",
                 *         "HO-1043",
                 *         1044
                 *       ],
                 *       "status": "pending",
                 *       "tags": {
                 *         "add": [
                 *           "等待客户"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description Staff user id to assign, or null to unassign. */
                    assigneeId?: string | null;
                    /** @description Ticket numbers (`HO-1042` or `1042`), 1 to 100. */
                    numbers: (string | number)[];
                    /**
                     * @description P1 is an emergency (7×24); P4 is the lowest.
                     * @enum {string}
                     */
                    priority?: "P1" | "P2" | "P3" | "P4";
                    /**
                     * @description The ticket’s status: `new`, `open` (being worked on), `pending` (waiting for the customer), `resolved` or `closed`.
                     * @enum {string}
                     */
                    status?: "new" | "open" | "pending" | "resolved" | "closed";
                    /** @description Tags (lower-cased, at most 10). */
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
                    /**
                     * @example {
                     *       "results": [
                     *         {
                     *           "number": "HO-1042",
                     *           "ok": true,
                     *           "status": "pending",
                     *           "priority": "P2",
                     *           "tags": [
                     *             "backup",
                     *             "v0.8",
                     *             "等待客户"
                     *           ],
                     *           "version": 5
                     *         },
                     *         {
                     *           "number": "HO-1043",
                     *           "ok": true,
                     *           "status": "pending",
                     *           "priority": "P3",
                     *           "tags": [
                     *             "等待客户"
                     *           ],
                     *           "version": 3
                     *         },
                     *         {
                     *           "number": "HO-1044",
                     *           "ok": false,
                     *           "code": "invalid_transition",
                     *           "detail": "closed cannot move to pending; allowed: open"
                     *         }
                     *       ],
                     *       "succeeded": 2,
                     *       "failed": 1
                     *     }
                     */
                    "application/json": {
                        /** @description How many tickets did not change. */
                        failed: number;
                        /** @description One outcome per ticket, in the order asked. */
                        results: ({
                            /** @description Ticket number. */
                            number: string;
                            /**
                             * @description Whether this ticket changed.
                             * @constant
                             */
                            ok: true;
                            /**
                             * @description P1 is an emergency (7×24); P4 is the lowest.
                             * @enum {string}
                             */
                            priority: "P1" | "P2" | "P3" | "P4";
                            /**
                             * @description The ticket’s status: `new`, `open` (being worked on), `pending` (waiting for the customer), `resolved` or `closed`.
                             * @enum {string}
                             */
                            status: "new" | "open" | "pending" | "resolved" | "closed";
                            /** @description Tags (lower-cased, at most 10). */
                            tags: string[];
                            /** @description Version number, raised by every change; send it back with an edit. */
                            version: number;
                        } | {
                            /**
                             * @description The problem code when it did not.
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "malformed_multipart" | "empty_attachment" | "too_many_attachments" | "unauthenticated" | "invalid_credentials" | "forbidden" | "csrf_failed" | "not_found" | "method_not_allowed" | "conflict" | "version_conflict" | "last_admin" | "calendar_built_in" | "calendar_in_use" | "invalid_transition" | "ticket_closed" | "not_resendable" | "mailbox_disabled" | "check_not_met" | "link_expired" | "payload_too_large" | "attachment_too_large" | "unsupported_media_type" | "attachment_type_not_allowed" | "rate_limited" | "internal_error" | "server_busy" | "search_unavailable" | "not_ready";
                            /** @description Why it did not, in words. */
                            detail: string;
                            /** @description Ticket number. */
                            number: string;
                            /**
                             * @description Whether this ticket changed.
                             * @constant
                             */
                            ok: false;
                        })[];
                        /** @description How many tickets changed. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/tickets/bulk",
                     *       "errors": [
                     *         {
                     *           "field": "numbers",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected array, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/tickets/bulk",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/tickets/bulk",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/tickets/bulk",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTicketChanges: {
        parameters: {
            query?: {
                /**
                 * @description `cursor` of the previous poll; without it, the changes of the last 90 seconds.
                 * @example WyJjIiwiMjAyNi0xMS0zMFQwMjoyOTo0NS4wMDBaIl0
                 */
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
                    /**
                     * @example {
                     *       "changes": [
                     *         {
                     *           "number": "HO-1042",
                     *           "version": 5,
                     *           "status": "pending",
                     *           "updatedAt": "2026-11-30T02:30:00.000Z"
                     *         }
                     *       ],
                     *       "cursor": "WyJjIiwiMjAyNi0xMS0zMFQwMjozMDoxNS4wMDBaIl0",
                     *       "more": false
                     *     }
                     */
                    "application/json": {
                        /** @description Tickets changed after the cursor, oldest change first. A change is listed again on the polls of the next 90 seconds (the time a change may take to commit); the same number and updatedAt is the same change. */
                        changes: {
                            /**
                             * @description Ticket number, e.g. `HO-1042`.
                             * @example HO-1042
                             */
                            number: string;
                            /**
                             * @description The ticket’s status: `new`, `open` (being worked on), `pending` (waiting for the customer), `resolved` or `closed`.
                             * @enum {string}
                             */
                            status: "new" | "open" | "pending" | "resolved" | "closed";
                            /**
                             * Format: date-time
                             * @description When it last changed (ISO 8601, UTC).
                             */
                            updatedAt: string;
                            /** @description Version number, raised by every change; send it back with an edit. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/tickets/changes",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/tickets/changes",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/tickets/changes",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/tickets/changes",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    countTickets: {
        parameters: {
            query?: {
                /**
                 * @description `me`, `unassigned`, or a staff user id.
                 * @example me
                 */
                assignee?: "me" | "unassigned" | string;
                /**
                 * @description Category, one of the configured `TICKET_CATEGORIES`.
                 * @example deployment
                 */
                category?: string;
                /** @description Only these priorities (repeat, or separate by commas). */
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
                    /**
                     * @example {
                     *       "new": 2,
                     *       "open": 5,
                     *       "pending": 3,
                     *       "resolved": 7,
                     *       "closed": 41,
                     *       "total": 58
                     *     }
                     */
                    "application/json": {
                        /** @description Tickets in `closed`. */
                        closed: number;
                        /** @description Tickets in `new`. */
                        new: number;
                        /** @description Tickets in `open`. */
                        open: number;
                        /** @description Tickets in `pending`. */
                        pending: number;
                        /** @description Tickets in `resolved`. */
                        resolved: number;
                        /** @description All of them. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/tickets/counts",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/tickets/counts",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/tickets/counts",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/tickets/counts",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCohorts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cohorts, newest start first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d",
                     *           "name": "2026 秋季交接 / Autumn 2026 handover",
                     *           "startsOn": "2026-11-02",
                     *           "lead": {
                     *             "id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
                     *             "name": "李娜"
                     *           },
                     *           "calendarId": "cn-workdays",
                     *           "trainees": 6,
                     *           "version": 1,
                     *           "createdAt": "2026-10-26T02:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description The entries. */
                        items: {
                            /** @description The business-hours calendar the targets count in. */
                            calendarId: string;
                            /**
                             * Format: date-time
                             * @description When it was created (ISO 8601, UTC).
                             */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description Identifier.
                             */
                            id: string;
                            /** @description The cohort’s lead; null for none. */
                            lead: {
                                /**
                                 * Format: uuid
                                 * @description The lead’s staff id.
                                 */
                                id: string;
                                /** @description The lead’s name. */
                                name: string;
                            } | null;
                            /** @description Name. */
                            name: string;
                            /** @description The first day of week 1, `YYYY-MM-DD`. */
                            startsOn: string;
                            /** @description Trainees in the cohort, removed ones not counted. */
                            trainees: number;
                            /** @description Version number, raised by every change; send it back with an edit. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/training/cohorts",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/training/cohorts",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/training/cohorts",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/training/cohorts",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCohort: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "2026 秋季交接 / Autumn 2026 handover",
                 *       "startsOn": "2026-11-02",
                 *       "leadId": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
                 *       "calendarId": "cn-workdays"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The working-day calendar (an SLA calendar id) deadlines are counted on.
                     * @default cn-workdays
                     */
                    calendarId?: string;
                    /**
                     * @description The staff member who leads the cohort; null for none.
                     * @default null
                     */
                    leadId?: string | null;
                    /** @description Name. */
                    name: string;
                    /**
                     * @description The first day of week 1, e.g. `2027-03-01`.
                     * @example 2026-10-01
                     */
                    startsOn: string;
                };
            };
        };
        responses: {
            /** @description The new cohort. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d",
                     *       "name": "2026 秋季交接 / Autumn 2026 handover",
                     *       "startsOn": "2026-11-02",
                     *       "lead": {
                     *         "id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
                     *         "name": "李娜"
                     *       },
                     *       "calendarId": "cn-workdays",
                     *       "trainees": 0,
                     *       "version": 1,
                     *       "createdAt": "2026-10-26T02:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        /** @description The business-hours calendar the targets count in. */
                        calendarId: string;
                        /**
                         * Format: date-time
                         * @description When it was created (ISO 8601, UTC).
                         */
                        createdAt: string;
                        /**
                         * Format: uuid
                         * @description Identifier.
                         */
                        id: string;
                        /** @description The cohort’s lead; null for none. */
                        lead: {
                            /**
                             * Format: uuid
                             * @description The lead’s staff id.
                             */
                            id: string;
                            /** @description The lead’s name. */
                            name: string;
                        } | null;
                        /** @description Name. */
                        name: string;
                        /** @description The first day of week 1, `YYYY-MM-DD`. */
                        startsOn: string;
                        /** @description Trainees in the cohort, removed ones not counted. */
                        trainees: number;
                        /** @description Version number, raised by every change; send it back with an edit. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/training/cohorts",
                     *       "errors": [
                     *         {
                     *           "field": "name",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected string, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/training/cohorts",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/training/cohorts",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/training/cohorts",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCohort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier.
                 * @example 3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "version": 1,
                 *       "startsOn": "2026-11-09"
                 *     }
                 */
                "application/json": {
                    /** @description The business-hours calendar the targets count in. */
                    calendarId?: string;
                    /** @description The staff member who leads the cohort; null for none. */
                    leadId?: string | null;
                    /** @description Name. */
                    name?: string;
                    /**
                     * @description The first day of week 1; the weeks’ due times move with it.
                     * @example 2026-10-01
                     */
                    startsOn?: string;
                    /** @description The version last read; a stale one is refused with 409 `version_conflict`. */
                    version: number;
                };
            };
        };
        responses: {
            /** @description The cohort as changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d",
                     *       "name": "2026 秋季交接 / Autumn 2026 handover",
                     *       "startsOn": "2026-11-09",
                     *       "lead": {
                     *         "id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
                     *         "name": "李娜"
                     *       },
                     *       "calendarId": "cn-workdays",
                     *       "trainees": 6,
                     *       "version": 2,
                     *       "createdAt": "2026-10-26T02:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        /** @description The business-hours calendar the targets count in. */
                        calendarId: string;
                        /**
                         * Format: date-time
                         * @description When it was created (ISO 8601, UTC).
                         */
                        createdAt: string;
                        /**
                         * Format: uuid
                         * @description Identifier.
                         */
                        id: string;
                        /** @description The cohort’s lead; null for none. */
                        lead: {
                            /**
                             * Format: uuid
                             * @description The lead’s staff id.
                             */
                            id: string;
                            /** @description The lead’s name. */
                            name: string;
                        } | null;
                        /** @description Name. */
                        name: string;
                        /** @description The first day of week 1, `YYYY-MM-DD`. */
                        startsOn: string;
                        /** @description Trainees in the cohort, removed ones not counted. */
                        trainees: number;
                        /** @description Version number, raised by every change; send it back with an edit. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d",
                     *       "errors": [
                     *         {
                     *           "field": "version",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected number, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: version_conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#version_conflict",
                     *       "title": "Someone else changed this first",
                     *       "status": 409,
                     *       "code": "version_conflict",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCohortDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier.
                 * @example 3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dashboard. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "cohort": {
                     *         "id": "3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d",
                     *         "name": "2026 秋季交接 / Autumn 2026 handover",
                     *         "startsOn": "2026-11-02",
                     *         "lead": {
                     *           "id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
                     *           "name": "李娜"
                     *         },
                     *         "calendarId": "cn-workdays",
                     *         "trainees": 6,
                     *         "version": 1,
                     *         "createdAt": "2026-10-26T02:00:00.000Z"
                     *       },
                     *       "calendarAttention": null,
                     *       "weeks": [
                     *         {
                     *           "week": 1,
                     *           "dueAt": "2026-11-06T10:00:00.000Z"
                     *         },
                     *         {
                     *           "week": 2,
                     *           "dueAt": "2026-11-13T10:00:00.000Z"
                     *         },
                     *         {
                     *           "week": 3,
                     *           "dueAt": "2026-11-20T10:00:00.000Z"
                     *         },
                     *         {
                     *           "week": 4,
                     *           "dueAt": "2026-11-27T10:00:00.000Z"
                     *         },
                     *         {
                     *           "week": 5,
                     *           "dueAt": "2026-12-04T10:00:00.000Z"
                     *         }
                     *       ],
                     *       "rows": [
                     *         {
                     *           "trainee": {
                     *             "id": "8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6",
                     *             "cohortId": "3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d",
                     *             "email": "zhang.wei@example.com",
                     *             "name": "张伟",
                     *             "track": "operator",
                     *             "locale": "zh-Hans",
                     *             "invitedAt": "2026-10-26T02:10:00.000Z",
                     *             "joinedAt": "2026-10-26T06:31:12.000Z",
                     *             "removedAt": null,
                     *             "version": 1
                     *           },
                     *           "weeks": [
                     *             {
                     *               "week": 1,
                     *               "required": 16,
                     *               "done": 16,
                     *               "dueAt": "2026-11-06T10:00:00.000Z",
                     *               "overdue": 0,
                     *               "overdueWorkingDays": 0,
                     *               "quizScore": 1
                     *             },
                     *             {
                     *               "week": 2,
                     *               "required": 12,
                     *               "done": 12,
                     *               "dueAt": "2026-11-13T10:00:00.000Z",
                     *               "overdue": 0,
                     *               "overdueWorkingDays": 0,
                     *               "quizScore": 0.8571428571428571
                     *             },
                     *             {
                     *               "week": 3,
                     *               "required": 19,
                     *               "done": 15,
                     *               "dueAt": "2026-11-20T10:00:00.000Z",
                     *               "overdue": 4,
                     *               "overdueWorkingDays": 6,
                     *               "quizScore": null
                     *             },
                     *             {
                     *               "week": 4,
                     *               "required": 11,
                     *               "done": 0,
                     *               "dueAt": "2026-11-27T10:00:00.000Z",
                     *               "overdue": 11,
                     *               "overdueWorkingDays": 1,
                     *               "quizScore": null
                     *             },
                     *             {
                     *               "week": 5,
                     *               "required": 11,
                     *               "done": 0,
                     *               "dueAt": "2026-12-04T10:00:00.000Z",
                     *               "overdue": 0,
                     *               "overdueWorkingDays": 0,
                     *               "quizScore": null
                     *             }
                     *           ],
                     *           "done": 43,
                     *           "required": 69,
                     *           "awaitingSignOff": 1,
                     *           "changed": 1,
                     *           "overdue": 15,
                     *           "complete": false
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description `calendar_not_covered` when the cohort’s calendar does not cover its five weeks: due dates are unknown. */
                        calendarAttention: string | null;
                        /** @description The cohort. */
                        cohort: {
                            /** @description The business-hours calendar the targets count in. */
                            calendarId: string;
                            /**
                             * Format: date-time
                             * @description When it was created (ISO 8601, UTC).
                             */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description Identifier.
                             */
                            id: string;
                            /** @description The cohort’s lead; null for none. */
                            lead: {
                                /**
                                 * Format: uuid
                                 * @description The lead’s staff id.
                                 */
                                id: string;
                                /** @description The lead’s name. */
                                name: string;
                            } | null;
                            /** @description Name. */
                            name: string;
                            /** @description The first day of week 1, `YYYY-MM-DD`. */
                            startsOn: string;
                            /** @description Trainees in the cohort, removed ones not counted. */
                            trainees: number;
                            /** @description Version number, raised by every change; send it back with an edit. */
                            version: number;
                        };
                        /** @description One row per trainee in the cohort, removed ones left out. */
                        rows: {
                            /** @description Items checked off and waiting for the lead’s sign-off. */
                            awaitingSignOff: number;
                            /** @description Completions whose lesson changed since. */
                            changed: number;
                            /** @description Every required item of the track is done (or signed off). */
                            complete: boolean;
                            /** @description Required items done over all weeks. */
                            done: number;
                            /** @description Required items not done after their week’s due time, over all weeks. */
                            overdue: number;
                            /** @description Required items of the trainee’s track over all weeks. */
                            required: number;
                            /** @description The trainee. */
                            trainee: {
                                /**
                                 * Format: uuid
                                 * @description The trainee’s cohort.
                                 */
                                cohortId: string;
                                /** @description E-mail address (stored lower-cased). */
                                email: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier.
                                 */
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description When the trainee was invited (ISO 8601, UTC).
                                 */
                                invitedAt: string;
                                /** @description When the trainee first signed in; null until then. */
                                joinedAt: string | null;
                                /**
                                 * @description Language for e-mails and answers: `zh-Hans` or `en`.
                                 * @enum {string}
                                 */
                                locale: "zh-Hans" | "en";
                                /** @description Name. */
                                name: string;
                                /** @description When the trainee was removed from the cohort; null while in it. */
                                removedAt: string | null;
                                /**
                                 * @description `developer`, `operator` or `business`: which exercises of each week the trainee does.
                                 * @enum {string}
                                 */
                                track: "developer" | "operator" | "business";
                                /** @description Version number, raised by every change; send it back with an edit. */
                                version: number;
                            };
                            /** @description Progress per week, weeks 1 to 5. */
                            weeks: {
                                /** @description Required items done (awaiting sign-off counts as not yet done). */
                                done: number;
                                /** @description End of the week’s last working day on the cohort’s calendar; null when the calendar does not cover it. */
                                dueAt: string | null;
                                /** @description Required items not done after the due time. */
                                overdue: number;
                                /** @description Working days since the due time, when anything is overdue. */
                                overdueWorkingDays: number;
                                /** @description The week’s quiz score, 0 to 1 (the best attempt); null until the quiz is passed. */
                                quizScore: number | null;
                                /** @description Required items of the week in the trainee’s track. */
                                required: number;
                                /** @description The week, 1 to 5. */
                                week: number;
                            }[];
                        }[];
                        /** @description The due time of each week. */
                        weeks: {
                            /** @description End of the week’s last working day on the cohort’s calendar; null when the calendar does not cover it. */
                            dueAt: string | null;
                            /** @description The week, 1 to 5. */
                            week: number;
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d/dashboard",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d/dashboard",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d/dashboard",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d/dashboard",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d/dashboard",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportCohortDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier.
                 * @example 3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dashboard as CSV. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example name,e-mail,track,week 1,week 2,week 3,week 4,week 5,done,required,overdue items,most working days late,quiz average,awaiting sign-off,changed since completed,complete
                     *     张伟,zhang.wei@example.com,operator,16/16,12/12,15/19,0/11,0/11,43,69,15,6,0.93,1,1,no
                     */
                    "text/csv": string;
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d/dashboard.csv",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d/dashboard.csv",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d/dashboard.csv",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d/dashboard.csv",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d/dashboard.csv",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCohortTrainees: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier.
                 * @example 3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cohort and its trainees, removed ones last. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "cohort": {
                     *         "id": "3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d",
                     *         "name": "2026 秋季交接 / Autumn 2026 handover",
                     *         "startsOn": "2026-11-02",
                     *         "lead": {
                     *           "id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
                     *           "name": "李娜"
                     *         },
                     *         "calendarId": "cn-workdays",
                     *         "trainees": 6,
                     *         "version": 1,
                     *         "createdAt": "2026-10-26T02:00:00.000Z"
                     *       },
                     *       "trainees": [
                     *         {
                     *           "id": "8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6",
                     *           "cohortId": "3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d",
                     *           "email": "zhang.wei@example.com",
                     *           "name": "张伟",
                     *           "track": "operator",
                     *           "locale": "zh-Hans",
                     *           "invitedAt": "2026-10-26T02:10:00.000Z",
                     *           "joinedAt": "2026-10-26T06:31:12.000Z",
                     *           "removedAt": null,
                     *           "version": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description The cohort. */
                        cohort: {
                            /** @description The business-hours calendar the targets count in. */
                            calendarId: string;
                            /**
                             * Format: date-time
                             * @description When it was created (ISO 8601, UTC).
                             */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description Identifier.
                             */
                            id: string;
                            /** @description The cohort’s lead; null for none. */
                            lead: {
                                /**
                                 * Format: uuid
                                 * @description The lead’s staff id.
                                 */
                                id: string;
                                /** @description The lead’s name. */
                                name: string;
                            } | null;
                            /** @description Name. */
                            name: string;
                            /** @description The first day of week 1, `YYYY-MM-DD`. */
                            startsOn: string;
                            /** @description Trainees in the cohort, removed ones not counted. */
                            trainees: number;
                            /** @description Version number, raised by every change; send it back with an edit. */
                            version: number;
                        };
                        /** @description Its trainees, removed ones last. */
                        trainees: {
                            /**
                             * Format: uuid
                             * @description The trainee’s cohort.
                             */
                            cohortId: string;
                            /** @description E-mail address (stored lower-cased). */
                            email: string;
                            /**
                             * Format: uuid
                             * @description Identifier.
                             */
                            id: string;
                            /**
                             * Format: date-time
                             * @description When the trainee was invited (ISO 8601, UTC).
                             */
                            invitedAt: string;
                            /** @description When the trainee first signed in; null until then. */
                            joinedAt: string | null;
                            /**
                             * @description Language for e-mails and answers: `zh-Hans` or `en`.
                             * @enum {string}
                             */
                            locale: "zh-Hans" | "en";
                            /** @description Name. */
                            name: string;
                            /** @description When the trainee was removed from the cohort; null while in it. */
                            removedAt: string | null;
                            /**
                             * @description `developer`, `operator` or `business`: which exercises of each week the trainee does.
                             * @enum {string}
                             */
                            track: "developer" | "operator" | "business";
                            /** @description Version number, raised by every change; send it back with an edit. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d/trainees",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d/trainees",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d/trainees",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d/trainees",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d/trainees",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    inviteTrainee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier.
                 * @example 3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "zhang.wei@example.com",
                 *       "name": "张伟",
                 *       "track": "operator",
                 *       "locale": "zh-Hans"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: email
                     * @description Stored lower-cased.
                     * @example li.lei@example.com
                     */
                    email: string;
                    /**
                     * @description Language for e-mails and answers: `zh-Hans` or `en`.
                     * @default zh-Hans
                     * @enum {string}
                     */
                    locale?: "zh-Hans" | "en";
                    /** @description Name. */
                    name: string;
                    /**
                     * @description `developer`, `operator` or `business`: which exercises of each week the trainee does.
                     * @enum {string}
                     */
                    track: "developer" | "operator" | "business";
                };
            };
        };
        responses: {
            /** @description The trainee, invited. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6",
                     *       "cohortId": "3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d",
                     *       "email": "zhang.wei@example.com",
                     *       "name": "张伟",
                     *       "track": "operator",
                     *       "locale": "zh-Hans",
                     *       "invitedAt": "2026-10-26T02:10:00.000Z",
                     *       "joinedAt": null,
                     *       "removedAt": null,
                     *       "version": 1
                     *     }
                     */
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The trainee’s cohort.
                         */
                        cohortId: string;
                        /** @description E-mail address (stored lower-cased). */
                        email: string;
                        /**
                         * Format: uuid
                         * @description Identifier.
                         */
                        id: string;
                        /**
                         * Format: date-time
                         * @description When the trainee was invited (ISO 8601, UTC).
                         */
                        invitedAt: string;
                        /** @description When the trainee first signed in; null until then. */
                        joinedAt: string | null;
                        /**
                         * @description Language for e-mails and answers: `zh-Hans` or `en`.
                         * @enum {string}
                         */
                        locale: "zh-Hans" | "en";
                        /** @description Name. */
                        name: string;
                        /** @description When the trainee was removed from the cohort; null while in it. */
                        removedAt: string | null;
                        /**
                         * @description `developer`, `operator` or `business`: which exercises of each week the trainee does.
                         * @enum {string}
                         */
                        track: "developer" | "operator" | "business";
                        /** @description Version number, raised by every change; send it back with an edit. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d/trainees",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected string, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d/trainees",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d/trainees",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d/trainees",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#conflict",
                     *       "title": "The resource already exists",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d/trainees",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/training/cohorts/3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d/trainees",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyTraining: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trainee’s progress. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "trainee": {
                     *         "id": "8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6",
                     *         "name": "张伟",
                     *         "email": "zhang.wei@example.com",
                     *         "track": "operator",
                     *         "locale": "zh-Hans"
                     *       },
                     *       "cohort": {
                     *         "name": "2026 秋季交接 / Autumn 2026 handover",
                     *         "startsOn": "2026-11-02",
                     *         "lead": "李娜",
                     *         "calendarAttention": null
                     *       },
                     *       "csrfToken": "T9v2bX7kQ1mN4pR8sW3yZ6cF0hJ5lA2e",
                     *       "items": [
                     *         {
                     *           "itemId": "w1-read-architecture",
                     *           "status": "done",
                     *           "completedAt": "2026-11-03T03:20:00.000Z",
                     *           "changed": false,
                     *           "score": null,
                     *           "evidence": {},
                     *           "signedOffBy": null
                     *         },
                     *         {
                     *           "itemId": "w1-quiz",
                     *           "status": "done",
                     *           "completedAt": "2026-11-06T07:45:00.000Z",
                     *           "changed": true,
                     *           "score": 1,
                     *           "evidence": {
                     *             "correct": 7,
                     *             "total": 7
                     *           },
                     *           "signedOffBy": null
                     *         },
                     *         {
                     *           "itemId": "w2-quiz",
                     *           "status": "done",
                     *           "completedAt": "2026-11-13T06:30:00.000Z",
                     *           "changed": false,
                     *           "score": 0.8571428571428571,
                     *           "evidence": {
                     *             "correct": 6,
                     *             "total": 7
                     *           },
                     *           "signedOffBy": null
                     *         },
                     *         {
                     *           "itemId": "w3-ops-ticket-5xx-ratio",
                     *           "status": "done",
                     *           "completedAt": "2026-11-18T08:02:00.000Z",
                     *           "changed": false,
                     *           "score": null,
                     *           "evidence": {
                     *             "answer": "0.004",
                     *             "ratio": 0.0041,
                     *             "requests": 2431
                     *           },
                     *           "signedOffBy": null
                     *         },
                     *         {
                     *           "itemId": "w3-ops-drill",
                     *           "status": "done",
                     *           "completedAt": "2026-11-19T09:30:00.000Z",
                     *           "changed": false,
                     *           "score": null,
                     *           "evidence": {
                     *             "rtoSeconds": 5.3,
                     *             "tickets": 3000
                     *           },
                     *           "signedOffBy": null
                     *         },
                     *         {
                     *           "itemId": "w3-ops-runbook",
                     *           "status": "awaiting_sign_off",
                     *           "completedAt": "2026-11-27T08:15:00.000Z",
                     *           "changed": false,
                     *           "score": null,
                     *           "evidence": {},
                     *           "signedOffBy": null
                     *         }
                     *       ],
                     *       "weeks": [
                     *         {
                     *           "week": 1,
                     *           "required": 16,
                     *           "done": 16,
                     *           "dueAt": "2026-11-06T10:00:00.000Z",
                     *           "overdue": 0,
                     *           "overdueWorkingDays": 0,
                     *           "quizScore": 1
                     *         },
                     *         {
                     *           "week": 2,
                     *           "required": 12,
                     *           "done": 12,
                     *           "dueAt": "2026-11-13T10:00:00.000Z",
                     *           "overdue": 0,
                     *           "overdueWorkingDays": 0,
                     *           "quizScore": 0.8571428571428571
                     *         },
                     *         {
                     *           "week": 3,
                     *           "required": 19,
                     *           "done": 15,
                     *           "dueAt": "2026-11-20T10:00:00.000Z",
                     *           "overdue": 4,
                     *           "overdueWorkingDays": 6,
                     *           "quizScore": null
                     *         },
                     *         {
                     *           "week": 4,
                     *           "required": 11,
                     *           "done": 0,
                     *           "dueAt": "2026-11-27T10:00:00.000Z",
                     *           "overdue": 11,
                     *           "overdueWorkingDays": 1,
                     *           "quizScore": null
                     *         },
                     *         {
                     *           "week": 5,
                     *           "required": 11,
                     *           "done": 0,
                     *           "dueAt": "2026-12-04T10:00:00.000Z",
                     *           "overdue": 0,
                     *           "overdueWorkingDays": 0,
                     *           "quizScore": null
                     *         }
                     *       ],
                     *       "outline": [
                     *         {
                     *           "week": 3,
                     *           "docId": "training/week-3",
                     *           "title": {
                     *             "zh-Hans": "第 3 周：运维",
                     *             "en": "Week 3: operations"
                     *           },
                     *           "items": [
                     *             {
                     *               "id": "w3-ops-ticket-5xx-ratio",
                     *               "kind": "exercise",
                     *               "title": {
                     *                 "zh-Hans": "从 /metrics 读出工单接口的 5xx 比例",
                     *                 "en": "The 5xx ratio of the ticket routes, from /metrics"
                     *               },
                     *               "minutes": 45,
                     *               "required": true,
                     *               "check": "metrics-answer",
                     *               "signOff": false
                     *             },
                     *             {
                     *               "id": "w3-ops-drill",
                     *               "kind": "exercise",
                     *               "title": {
                     *                 "zh-Hans": "运行备份演练",
                     *                 "en": "Run the backup drill"
                     *               },
                     *               "minutes": 45,
                     *               "required": true,
                     *               "check": "drill-report",
                     *               "signOff": false
                     *             },
                     *             {
                     *               "id": "w3-ops-runbook",
                     *               "kind": "exercise",
                     *               "title": {
                     *                 "zh-Hans": "您的运维手册，经过评审",
                     *                 "en": "Your runbook, reviewed"
                     *               },
                     *               "minutes": 30,
                     *               "required": true,
                     *               "check": "manual",
                     *               "signOff": true
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "complete": false
                     *     }
                     */
                    "application/json": {
                        /** @description The trainee’s cohort. */
                        cohort: {
                            /** @description `calendar_not_covered` when the cohort’s calendar does not cover its five weeks: due dates are unknown. */
                            calendarAttention: string | null;
                            /** @description The lead’s name; null for none. */
                            lead: string | null;
                            /** @description Name. */
                            name: string;
                            /** @description The first day of week 1, `YYYY-MM-DD`. */
                            startsOn: string;
                        };
                        /** @description Every required item of the track is done (or signed off). */
                        complete: boolean;
                        /** @description Send it as `X-CSRF-Token` with every write made with the `ho_trainee` cookie. */
                        csrfToken: string;
                        /** @description Every item the trainee has completed or checked off (awaiting sign-off included). */
                        items: {
                            /** @description The item’s content changed since it was completed. */
                            changed: boolean;
                            /**
                             * Format: date-time
                             * @description When the trainee last completed it (ISO 8601, UTC).
                             */
                            completedAt: string;
                            /** @description What the automatic check found, e.g. the ticket filed, the 5xx ratio read or the drill’s RTO; a quiz’s `correct` and `total`; empty for manual items. */
                            evidence: {
                                [key: string]: unknown;
                            } | null;
                            /** @description The item’s id in the curriculum. */
                            itemId: string;
                            /** @description Quizzes: the best score, 0 to 1. */
                            score: number | null;
                            /** @description The name of who signed it off; null when not signed off. */
                            signedOffBy: string | null;
                            /**
                             * @description `done`, `awaiting_sign_off` (checked off, waiting for the lead) or `signed_off` (confirmed by the lead).
                             * @enum {string}
                             */
                            status: "done" | "awaiting_sign_off" | "signed_off";
                        }[];
                        /** @description The weeks of the trainee’s track and their items (without quiz answers). */
                        outline: {
                            /** @description The week’s page, e.g. `training/week-4` (under /docs/). */
                            docId: string;
                            /** @description The entries. */
                            items: {
                                /**
                                 * @description How it is checked: `manual` (the trainee’s word), `ticket`, `saved-reply-pending`, `metrics-answer` and `drill-report` (checked by the server against this instance), `quiz` (graded answers).
                                 * @enum {string}
                                 */
                                check: "manual" | "ticket" | "saved-reply-pending" | "metrics-answer" | "drill-report" | "quiz";
                                /** @description Identifier. */
                                id: string;
                                /**
                                 * @description `reading`, `exercise` or `quiz`.
                                 * @enum {string}
                                 */
                                kind: "reading" | "exercise" | "quiz";
                                /** @description About how long it takes, in minutes. */
                                minutes: number;
                                /** @description true: required (counts for the certificate); false: optional. */
                                required: boolean;
                                /** @description The lead signs it off after the trainee checks it off. */
                                signOff: boolean;
                                /** @description The item’s title in both languages. */
                                title: {
                                    /** @description In English. */
                                    en: string;
                                    /** @description In Simplified Chinese. */
                                    "zh-Hans": string;
                                };
                            }[];
                            /** @description The week’s title in both languages. */
                            title: {
                                /** @description In English. */
                                en: string;
                                /** @description In Simplified Chinese. */
                                "zh-Hans": string;
                            };
                            /** @description The week, 1 to 5. */
                            week: number;
                        }[];
                        /** @description The signed-in trainee. */
                        trainee: {
                            /** @description E-mail address (stored lower-cased). */
                            email: string;
                            /**
                             * Format: uuid
                             * @description Identifier.
                             */
                            id: string;
                            /**
                             * @description Language for e-mails and answers: `zh-Hans` or `en`.
                             * @enum {string}
                             */
                            locale: "zh-Hans" | "en";
                            /** @description Name. */
                            name: string;
                            /**
                             * @description `developer`, `operator` or `business`: which exercises of each week the trainee does.
                             * @enum {string}
                             */
                            track: "developer" | "operator" | "business";
                        };
                        /** @description Progress per week, weeks 1 to 5. */
                        weeks: {
                            /** @description Required items done (awaiting sign-off counts as not yet done). */
                            done: number;
                            /** @description End of the week’s last working day on the cohort’s calendar; null when the calendar does not cover it. */
                            dueAt: string | null;
                            /** @description Required items not done after the due time. */
                            overdue: number;
                            /** @description Working days since the due time, when anything is overdue. */
                            overdueWorkingDays: number;
                            /** @description The week’s quiz score, 0 to 1 (the best attempt); null until the quiz is passed. */
                            quizScore: number | null;
                            /** @description Required items of the week in the trainee’s track. */
                            required: number;
                            /** @description The week, 1 to 5. */
                            week: number;
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/training/me",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/training/me",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/training/me",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/training/me",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate, or what is still missing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "eligible": true,
                     *       "name": "张伟",
                     *       "track": "operator",
                     *       "cohort": "2026 秋季交接 / Autumn 2026 handover",
                     *       "completedAt": "2026-12-04T08:40:00.000Z",
                     *       "items": 69,
                     *       "missing": [],
                     *       "certificateId": "HO-T-4F9A0C21B7"
                     *     }
                     */
                    "application/json": {
                        /** @description A stable reference printed on the certificate. */
                        certificateId: string | null;
                        /** @description The cohort’s name. */
                        cohort: string;
                        /** @description When the last required item was done; null while not eligible. */
                        completedAt: string | null;
                        /** @description Every required item of the track is done or signed off. */
                        eligible: boolean;
                        /** @description The entries. */
                        items: number;
                        /** @description Required items not done yet (awaiting sign-off counts as not done). */
                        missing: {
                            /** @description The item’s id in the curriculum. */
                            itemId: string;
                            /** @description The item’s title, in the trainee’s language. */
                            title: string;
                            /** @description The item’s week, 1 to 5. */
                            week: number;
                        }[];
                        /** @description Name. */
                        name: string;
                        /**
                         * @description `developer`, `operator` or `business`: which exercises of each week the trainee does.
                         * @enum {string}
                         */
                        track: "developer" | "operator" | "business";
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/training/me/certificate",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/training/me/certificate",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/training/me/certificate",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/training/me/certificate",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeTrainingItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The item’s id in the curriculum, e.g. `w3-ops-drill`.
                 * @example w3-ops-drill
                 */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "report": "drill: live database handover_drill_live_1: 3000 tickets, 600 attachments, 9000 messages, 3000 outbox rows\ndrill: server on the restored copy: /ready {\"status\":\"ready\"} after 1.20 s; HO-17 read with its tracking link\ndrill: RTO measured: restore 4.10 s + server ready 1.20 s = 5.30 s for 3000 tickets (backup took 2.00 s)\ndrill: passed"
                 *     }
                 */
                "application/json": {
                    /** @description metrics-answer items: the value read, e.g. `0.02` or `2%`. */
                    answer?: string;
                    /** @description drill-report items: the output of `npm run drill`, pasted as printed. */
                    report?: string;
                };
            };
        };
        responses: {
            /** @description The item’s progress. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "itemId": "w3-ops-drill",
                     *       "status": "done",
                     *       "completedAt": "2026-11-19T09:30:00.000Z",
                     *       "changed": false,
                     *       "score": null,
                     *       "evidence": {
                     *         "rtoSeconds": 5.3,
                     *         "tickets": 3000
                     *       },
                     *       "signedOffBy": null
                     *     }
                     */
                    "application/json": {
                        /** @description The item’s content changed since it was completed. */
                        changed: boolean;
                        /**
                         * Format: date-time
                         * @description When the trainee last completed it (ISO 8601, UTC).
                         */
                        completedAt: string;
                        /** @description What the automatic check found, e.g. the ticket filed, the 5xx ratio read or the drill’s RTO; a quiz’s `correct` and `total`; empty for manual items. */
                        evidence: {
                            [key: string]: unknown;
                        } | null;
                        /** @description The item’s id in the curriculum. */
                        itemId: string;
                        /** @description Quizzes: the best score, 0 to 1. */
                        score: number | null;
                        /** @description The name of who signed it off; null when not signed off. */
                        signedOffBy: string | null;
                        /**
                         * @description `done`, `awaiting_sign_off` (checked off, waiting for the lead) or `signed_off` (confirmed by the lead).
                         * @enum {string}
                         */
                        status: "done" | "awaiting_sign_off" | "signed_off";
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/training/me/items/w3-ops-drill/completion",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/training/me/items/w3-ops-drill/completion",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/training/me/items/w3-ops-drill/completion",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/training/me/items/w3-ops-drill/completion",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: check_not_met */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#check_not_met",
                     *       "title": "The exercise is not done yet",
                     *       "status": 422,
                     *       "code": "check_not_met",
                     *       "instance": "/api/v1/training/me/items/w3-ops-drill/completion",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/training/me/items/w3-ops-drill/completion",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitQuizAttempt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The quiz’s item id, e.g. `w1-quiz`.
                 * @example w3-quiz
                 */
                quizId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "answers": {
                 *         "w3-q1": "a",
                 *         "w3-q2": "b",
                 *         "w3-q3": "c",
                 *         "w3-q4": "b",
                 *         "w3-q5": "b",
                 *         "w3-q6": "c",
                 *         "w3-q7": "a"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description Question id → chosen answer id. */
                    answers: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description The graded attempt. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "quizId": "w3-quiz",
                     *       "correct": 5,
                     *       "total": 7,
                     *       "score": 0.7142857142857143,
                     *       "passMark": 0.8,
                     *       "passed": false,
                     *       "questions": [
                     *         {
                     *           "id": "w3-q1",
                     *           "chosen": "a",
                     *           "correct": "a",
                     *           "right": true
                     *         },
                     *         {
                     *           "id": "w3-q2",
                     *           "chosen": "b",
                     *           "correct": "b",
                     *           "right": true
                     *         },
                     *         {
                     *           "id": "w3-q3",
                     *           "chosen": "c",
                     *           "correct": "c",
                     *           "right": true
                     *         },
                     *         {
                     *           "id": "w3-q4",
                     *           "chosen": "b",
                     *           "correct": "a",
                     *           "right": false
                     *         },
                     *         {
                     *           "id": "w3-q5",
                     *           "chosen": "b",
                     *           "correct": "b",
                     *           "right": true
                     *         },
                     *         {
                     *           "id": "w3-q6",
                     *           "chosen": "c",
                     *           "correct": "c",
                     *           "right": true
                     *         },
                     *         {
                     *           "id": "w3-q7",
                     *           "chosen": "a",
                     *           "correct": "b",
                     *           "right": false
                     *         }
                     *       ],
                     *       "state": null
                     *     }
                     */
                    "application/json": {
                        /** @description Questions answered right. */
                        correct: number;
                        /** @description This attempt reached the pass mark. */
                        passed: boolean;
                        /** @description The score needed to pass, 0 to 1 (0.8 unless the quiz says otherwise). */
                        passMark: number;
                        /** @description Every question of the quiz, in its order. */
                        questions: {
                            /** @description The answer id chosen; null when left out. */
                            chosen: string | null;
                            /** @description The right answer’s id. */
                            correct: string;
                            /** @description Identifier. */
                            id: string;
                            /** @description The chosen answer is the right one. */
                            right: boolean;
                        }[];
                        /** @description The quiz’s item id. */
                        quizId: string;
                        /** @description Relevance; higher is better. */
                        score: number;
                        /** @description The quiz’s progress after this attempt: null until it is passed. */
                        state: {
                            /** @description The item’s content changed since it was completed. */
                            changed: boolean;
                            /**
                             * Format: date-time
                             * @description When the trainee last completed it (ISO 8601, UTC).
                             */
                            completedAt: string;
                            /** @description What the automatic check found, e.g. the ticket filed, the 5xx ratio read or the drill’s RTO; a quiz’s `correct` and `total`; empty for manual items. */
                            evidence: {
                                [key: string]: unknown;
                            } | null;
                            /** @description The item’s id in the curriculum. */
                            itemId: string;
                            /** @description Quizzes: the best score, 0 to 1. */
                            score: number | null;
                            /** @description The name of who signed it off; null when not signed off. */
                            signedOffBy: string | null;
                            /**
                             * @description `done`, `awaiting_sign_off` (checked off, waiting for the lead) or `signed_off` (confirmed by the lead).
                             * @enum {string}
                             */
                            status: "done" | "awaiting_sign_off" | "signed_off";
                        } | null;
                        /** @description All of them. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/training/me/quizzes/w3-quiz/attempts",
                     *       "errors": [
                     *         {
                     *           "field": "answers",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected record, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/training/me/quizzes/w3-quiz/attempts",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/training/me/quizzes/w3-quiz/attempts",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/training/me/quizzes/w3-quiz/attempts",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/training/me/quizzes/w3-quiz/attempts",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOutTrainee: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; the cookie is cleared. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/training/me/session",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/training/me/session",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/training/me/session",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/training/me/session",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signInTrainee: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "hol_2Jx7Qm4rVtY9wPzK3nB8cD5fG1hL6sA0eR4uI7oT2yW"
                 *     }
                 */
                "application/json": {
                    /** @description The token from the sign-in link’s `#token=` fragment. */
                    token: string;
                };
            };
        };
        responses: {
            /** @description Signed in; the cookie is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "trainee": {
                     *         "name": "张伟",
                     *         "track": "operator",
                     *         "locale": "zh-Hans"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description The trainee now signed in. */
                        trainee: {
                            /** @description Language for e-mails and answers: `zh-Hans` or `en`. */
                            locale: string;
                            /** @description Name. */
                            name: string;
                            /** @description `developer`, `operator` or `business`. */
                            track: string;
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/training/sessions",
                     *       "errors": [
                     *         {
                     *           "field": "token",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected string, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/training/sessions",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: link_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#link_expired",
                     *       "title": "This link has expired",
                     *       "status": 410,
                     *       "code": "link_expired",
                     *       "instance": "/api/v1/training/sessions",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#rate_limited",
                     *       "title": "Too many requests; try again later",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "instance": "/api/v1/training/sessions",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/training/sessions",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestTraineeSignInLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "zhang.wei@example.com",
                 *       "locale": "zh-Hans"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: email
                     * @description Stored lower-cased.
                     * @example li.lei@example.com
                     */
                    email: string;
                    /**
                     * @description Language for e-mails and answers: `zh-Hans` or `en`.
                     * @enum {string}
                     */
                    locale?: "zh-Hans" | "en";
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
                    /**
                     * @example {
                     *       "message": "如果此邮箱是学员的邮箱，我们已向其发送登录链接，72 小时内有效，只能使用一次。"
                     *     }
                     */
                    "application/json": {
                        /** @description The same sentence whatever the address, in the caller’s language. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/training/sign-in-links",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected string, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: rate_limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#rate_limited",
                     *       "title": "Too many requests; try again later",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "instance": "/api/v1/training/sign-in-links",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/training/sign-in-links",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTrainee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier.
                 * @example 8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "version": 1,
                 *       "track": "developer"
                 *     }
                 */
                "application/json": {
                    /** @description Name. */
                    name?: string;
                    /** @description true removes the trainee from the cohort (sessions end, progress kept); false brings them back. */
                    removed?: boolean;
                    /**
                     * @description `developer`, `operator` or `business`: which exercises of each week the trainee does.
                     * @enum {string}
                     */
                    track?: "developer" | "operator" | "business";
                    /** @description The version last read; a stale one is refused with 409 `version_conflict`. */
                    version: number;
                };
            };
        };
        responses: {
            /** @description The trainee as changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6",
                     *       "cohortId": "3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d",
                     *       "email": "zhang.wei@example.com",
                     *       "name": "张伟",
                     *       "track": "developer",
                     *       "locale": "zh-Hans",
                     *       "invitedAt": "2026-10-26T02:10:00.000Z",
                     *       "joinedAt": "2026-10-26T06:31:12.000Z",
                     *       "removedAt": null,
                     *       "version": 2
                     *     }
                     */
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The trainee’s cohort.
                         */
                        cohortId: string;
                        /** @description E-mail address (stored lower-cased). */
                        email: string;
                        /**
                         * Format: uuid
                         * @description Identifier.
                         */
                        id: string;
                        /**
                         * Format: date-time
                         * @description When the trainee was invited (ISO 8601, UTC).
                         */
                        invitedAt: string;
                        /** @description When the trainee first signed in; null until then. */
                        joinedAt: string | null;
                        /**
                         * @description Language for e-mails and answers: `zh-Hans` or `en`.
                         * @enum {string}
                         */
                        locale: "zh-Hans" | "en";
                        /** @description Name. */
                        name: string;
                        /** @description When the trainee was removed from the cohort; null while in it. */
                        removedAt: string | null;
                        /**
                         * @description `developer`, `operator` or `business`: which exercises of each week the trainee does.
                         * @enum {string}
                         */
                        track: "developer" | "operator" | "business";
                        /** @description Version number, raised by every change; send it back with an edit. */
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/training/trainees/8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6",
                     *       "errors": [
                     *         {
                     *           "field": "version",
                     *           "code": "invalid_type",
                     *           "message": "Invalid input: expected number, received undefined"
                     *         }
                     *       ],
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/training/trainees/8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/training/trainees/8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/training/trainees/8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: version_conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#version_conflict",
                     *       "title": "Someone else changed this first",
                     *       "status": 409,
                     *       "code": "version_conflict",
                     *       "instance": "/api/v1/training/trainees/8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/training/trainees/8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resendTraineeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier.
                 * @example 8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation is queued. */
            202: {
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/training/trainees/8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6/invitation",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/training/trainees/8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6/invitation",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/training/trainees/8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6/invitation",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/training/trainees/8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6/invitation",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/training/trainees/8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6/invitation",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOffTrainingItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier.
                 * @example 8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6
                 */
                id: string;
                /**
                 * @description The item’s id in the curriculum, e.g. `w3-ops-drill`.
                 * @example w3-ops-runbook
                 */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item, signed off. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "itemId": "w3-ops-runbook",
                     *       "status": "signed_off",
                     *       "completedAt": "2026-11-27T08:15:00.000Z",
                     *       "changed": false,
                     *       "score": null,
                     *       "evidence": {},
                     *       "signedOffBy": "李娜"
                     *     }
                     */
                    "application/json": {
                        /** @description The item’s content changed since it was completed. */
                        changed: boolean;
                        /**
                         * Format: date-time
                         * @description When the trainee last completed it (ISO 8601, UTC).
                         */
                        completedAt: string;
                        /** @description What the automatic check found, e.g. the ticket filed, the 5xx ratio read or the drill’s RTO; a quiz’s `correct` and `total`; empty for manual items. */
                        evidence: {
                            [key: string]: unknown;
                        } | null;
                        /** @description The item’s id in the curriculum. */
                        itemId: string;
                        /** @description Quizzes: the best score, 0 to 1. */
                        score: number | null;
                        /** @description The name of who signed it off; null when not signed off. */
                        signedOffBy: string | null;
                        /**
                         * @description `done`, `awaiting_sign_off` (checked off, waiting for the lead) or `signed_off` (confirmed by the lead).
                         * @enum {string}
                         */
                        status: "done" | "awaiting_sign_off" | "signed_off";
                    };
                };
            };
            /** @description Problem: validation_failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/training/trainees/8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6/items/w3-ops-runbook/sign-off",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/training/trainees/8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6/items/w3-ops-runbook/sign-off",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden, csrf_failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/training/trainees/8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6/items/w3-ops-runbook/sign-off",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/training/trainees/8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6/items/w3-ops-runbook/sign-off",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/training/trainees/8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6/items/w3-ops-runbook/sign-off",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTraineeProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier.
                 * @example 8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trainee’s progress. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "trainee": {
                     *         "id": "8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6",
                     *         "cohortId": "3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d",
                     *         "email": "zhang.wei@example.com",
                     *         "name": "张伟",
                     *         "track": "operator",
                     *         "locale": "zh-Hans",
                     *         "invitedAt": "2026-10-26T02:10:00.000Z",
                     *         "joinedAt": "2026-10-26T06:31:12.000Z",
                     *         "removedAt": null,
                     *         "version": 1
                     *       },
                     *       "items": [
                     *         {
                     *           "itemId": "w1-read-architecture",
                     *           "status": "done",
                     *           "completedAt": "2026-11-03T03:20:00.000Z",
                     *           "changed": false,
                     *           "score": null,
                     *           "evidence": {},
                     *           "signedOffBy": null
                     *         },
                     *         {
                     *           "itemId": "w1-quiz",
                     *           "status": "done",
                     *           "completedAt": "2026-11-06T07:45:00.000Z",
                     *           "changed": true,
                     *           "score": 1,
                     *           "evidence": {
                     *             "correct": 7,
                     *             "total": 7
                     *           },
                     *           "signedOffBy": null
                     *         },
                     *         {
                     *           "itemId": "w2-quiz",
                     *           "status": "done",
                     *           "completedAt": "2026-11-13T06:30:00.000Z",
                     *           "changed": false,
                     *           "score": 0.8571428571428571,
                     *           "evidence": {
                     *             "correct": 6,
                     *             "total": 7
                     *           },
                     *           "signedOffBy": null
                     *         },
                     *         {
                     *           "itemId": "w3-ops-ticket-5xx-ratio",
                     *           "status": "done",
                     *           "completedAt": "2026-11-18T08:02:00.000Z",
                     *           "changed": false,
                     *           "score": null,
                     *           "evidence": {
                     *             "answer": "0.004",
                     *             "ratio": 0.0041,
                     *             "requests": 2431
                     *           },
                     *           "signedOffBy": null
                     *         },
                     *         {
                     *           "itemId": "w3-ops-drill",
                     *           "status": "done",
                     *           "completedAt": "2026-11-19T09:30:00.000Z",
                     *           "changed": false,
                     *           "score": null,
                     *           "evidence": {
                     *             "rtoSeconds": 5.3,
                     *             "tickets": 3000
                     *           },
                     *           "signedOffBy": null
                     *         },
                     *         {
                     *           "itemId": "w3-ops-runbook",
                     *           "status": "awaiting_sign_off",
                     *           "completedAt": "2026-11-27T08:15:00.000Z",
                     *           "changed": false,
                     *           "score": null,
                     *           "evidence": {},
                     *           "signedOffBy": null
                     *         }
                     *       ],
                     *       "weeks": [
                     *         {
                     *           "week": 1,
                     *           "required": 16,
                     *           "done": 16,
                     *           "dueAt": "2026-11-06T10:00:00.000Z",
                     *           "overdue": 0,
                     *           "overdueWorkingDays": 0,
                     *           "quizScore": 1
                     *         },
                     *         {
                     *           "week": 2,
                     *           "required": 12,
                     *           "done": 12,
                     *           "dueAt": "2026-11-13T10:00:00.000Z",
                     *           "overdue": 0,
                     *           "overdueWorkingDays": 0,
                     *           "quizScore": 0.8571428571428571
                     *         },
                     *         {
                     *           "week": 3,
                     *           "required": 19,
                     *           "done": 15,
                     *           "dueAt": "2026-11-20T10:00:00.000Z",
                     *           "overdue": 4,
                     *           "overdueWorkingDays": 6,
                     *           "quizScore": null
                     *         },
                     *         {
                     *           "week": 4,
                     *           "required": 11,
                     *           "done": 0,
                     *           "dueAt": "2026-11-27T10:00:00.000Z",
                     *           "overdue": 11,
                     *           "overdueWorkingDays": 1,
                     *           "quizScore": null
                     *         },
                     *         {
                     *           "week": 5,
                     *           "required": 11,
                     *           "done": 0,
                     *           "dueAt": "2026-12-04T10:00:00.000Z",
                     *           "overdue": 0,
                     *           "overdueWorkingDays": 0,
                     *           "quizScore": null
                     *         }
                     *       ],
                     *       "outline": [
                     *         {
                     *           "week": 3,
                     *           "docId": "training/week-3",
                     *           "title": {
                     *             "zh-Hans": "第 3 周：运维",
                     *             "en": "Week 3: operations"
                     *           },
                     *           "items": [
                     *             {
                     *               "id": "w3-ops-ticket-5xx-ratio",
                     *               "kind": "exercise",
                     *               "title": {
                     *                 "zh-Hans": "从 /metrics 读出工单接口的 5xx 比例",
                     *                 "en": "The 5xx ratio of the ticket routes, from /metrics"
                     *               },
                     *               "minutes": 45,
                     *               "required": true,
                     *               "check": "metrics-answer",
                     *               "signOff": false
                     *             },
                     *             {
                     *               "id": "w3-ops-drill",
                     *               "kind": "exercise",
                     *               "title": {
                     *                 "zh-Hans": "运行备份演练",
                     *                 "en": "Run the backup drill"
                     *               },
                     *               "minutes": 45,
                     *               "required": true,
                     *               "check": "drill-report",
                     *               "signOff": false
                     *             },
                     *             {
                     *               "id": "w3-ops-runbook",
                     *               "kind": "exercise",
                     *               "title": {
                     *                 "zh-Hans": "您的运维手册，经过评审",
                     *                 "en": "Your runbook, reviewed"
                     *               },
                     *               "minutes": 30,
                     *               "required": true,
                     *               "check": "manual",
                     *               "signOff": true
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description Every item the trainee has completed or checked off (awaiting sign-off included). */
                        items: {
                            /** @description The item’s content changed since it was completed. */
                            changed: boolean;
                            /**
                             * Format: date-time
                             * @description When the trainee last completed it (ISO 8601, UTC).
                             */
                            completedAt: string;
                            /** @description What the automatic check found, e.g. the ticket filed, the 5xx ratio read or the drill’s RTO; a quiz’s `correct` and `total`; empty for manual items. */
                            evidence: {
                                [key: string]: unknown;
                            } | null;
                            /** @description The item’s id in the curriculum. */
                            itemId: string;
                            /** @description Quizzes: the best score, 0 to 1. */
                            score: number | null;
                            /** @description The name of who signed it off; null when not signed off. */
                            signedOffBy: string | null;
                            /**
                             * @description `done`, `awaiting_sign_off` (checked off, waiting for the lead) or `signed_off` (confirmed by the lead).
                             * @enum {string}
                             */
                            status: "done" | "awaiting_sign_off" | "signed_off";
                        }[];
                        /** @description The weeks of the trainee’s track and their items (without quiz answers). */
                        outline: {
                            /** @description The week’s page, e.g. `training/week-4` (under /docs/). */
                            docId: string;
                            /** @description The entries. */
                            items: {
                                /**
                                 * @description How it is checked: `manual` (the trainee’s word), `ticket`, `saved-reply-pending`, `metrics-answer` and `drill-report` (checked by the server against this instance), `quiz` (graded answers).
                                 * @enum {string}
                                 */
                                check: "manual" | "ticket" | "saved-reply-pending" | "metrics-answer" | "drill-report" | "quiz";
                                /** @description Identifier. */
                                id: string;
                                /**
                                 * @description `reading`, `exercise` or `quiz`.
                                 * @enum {string}
                                 */
                                kind: "reading" | "exercise" | "quiz";
                                /** @description About how long it takes, in minutes. */
                                minutes: number;
                                /** @description true: required (counts for the certificate); false: optional. */
                                required: boolean;
                                /** @description The lead signs it off after the trainee checks it off. */
                                signOff: boolean;
                                /** @description The item’s title in both languages. */
                                title: {
                                    /** @description In English. */
                                    en: string;
                                    /** @description In Simplified Chinese. */
                                    "zh-Hans": string;
                                };
                            }[];
                            /** @description The week’s title in both languages. */
                            title: {
                                /** @description In English. */
                                en: string;
                                /** @description In Simplified Chinese. */
                                "zh-Hans": string;
                            };
                            /** @description The week, 1 to 5. */
                            week: number;
                        }[];
                        /** @description The trainee. */
                        trainee: {
                            /**
                             * Format: uuid
                             * @description The trainee’s cohort.
                             */
                            cohortId: string;
                            /** @description E-mail address (stored lower-cased). */
                            email: string;
                            /**
                             * Format: uuid
                             * @description Identifier.
                             */
                            id: string;
                            /**
                             * Format: date-time
                             * @description When the trainee was invited (ISO 8601, UTC).
                             */
                            invitedAt: string;
                            /** @description When the trainee first signed in; null until then. */
                            joinedAt: string | null;
                            /**
                             * @description Language for e-mails and answers: `zh-Hans` or `en`.
                             * @enum {string}
                             */
                            locale: "zh-Hans" | "en";
                            /** @description Name. */
                            name: string;
                            /** @description When the trainee was removed from the cohort; null while in it. */
                            removedAt: string | null;
                            /**
                             * @description `developer`, `operator` or `business`: which exercises of each week the trainee does.
                             * @enum {string}
                             */
                            track: "developer" | "operator" | "business";
                            /** @description Version number, raised by every change; send it back with an edit. */
                            version: number;
                        };
                        /** @description Progress per week, weeks 1 to 5. */
                        weeks: {
                            /** @description Required items done (awaiting sign-off counts as not yet done). */
                            done: number;
                            /** @description End of the week’s last working day on the cohort’s calendar; null when the calendar does not cover it. */
                            dueAt: string | null;
                            /** @description Required items not done after the due time. */
                            overdue: number;
                            /** @description Working days since the due time, when anything is overdue. */
                            overdueWorkingDays: number;
                            /** @description The week’s quiz score, 0 to 1 (the best attempt); null until the quiz is passed. */
                            quizScore: number | null;
                            /** @description Required items of the week in the trainee’s track. */
                            required: number;
                            /** @description The week, 1 to 5. */
                            week: number;
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
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#validation_failed",
                     *       "title": "The request has invalid fields",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "instance": "/api/v1/training/trainees/8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6/progress",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#unauthenticated",
                     *       "title": "Sign-in or a valid link is required",
                     *       "status": 401,
                     *       "code": "unauthenticated",
                     *       "instance": "/api/v1/training/trainees/8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6/progress",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#forbidden",
                     *       "title": "You may not do this",
                     *       "status": 403,
                     *       "code": "forbidden",
                     *       "instance": "/api/v1/training/trainees/8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6/progress",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "instance": "/api/v1/training/trainees/8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6/progress",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: internal_error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://support.example.com/en/docs/api/errors#internal_error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "instance": "/api/v1/training/trainees/8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6/progress",
                     *       "requestId": "5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
