/**
 * Generated from openapi/openapi.json by scripts/api-types.mjs (openapi-typescript).
 * Do not edit: run `npm run generate:api` after the spec changes.
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness and database readiness
         * @description Answers 200 when the database answers a query, 503 (with `Retry-After`) when it does
         *     not, or while the server shuts down.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an access token (OAuth 2.0)
         * @description Form-encoded, per RFC 6749. Front ends (public clients, `client_id` in the form) use
         *     `authorization_code` with the PKCE `code_verifier` after the sign-in page, then
         *     `refresh_token`: each refresh token is spent by its use and the answer carries the next;
         *     one presented again ends the whole sign-in. `password` is for tests and the command
         *     line (a deployment may turn it off), `client_credentials` for partner systems (secret in
         *     the form or with HTTP Basic). Failed logins are counted per account or client and source
         *     address; past the limit each further attempt from there waits a fixed time, and the
         *     endpoint answers 429 with `Retry-After` meanwhile. Its errors keep RFC 6749's snake_case
         *     codes in `error` (`invalid_grant`), which OAuth libraries read, where every other problem
         *     code of the API is kebab-case.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out: revoke a refresh token (RFC 7009)
         * @description Form-encoded, with the front end's `client_id`. A refresh token ends its whole
         *     sign-in (every refresh token rotated from the same code): this is sign-out. An unknown,
         *     expired or foreign token answers 200 too (RFC 7009 §2.2); access tokens are not revoked
         *     and expire by themselves within their lifetime.
         */
        post: operations["revokeToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I
         * @description The caller behind the access token: user or partner system, role, organisation, its
         *     municipality and provider profile, and the capabilities of the token. Any valid token may
         *     ask; nothing personal is returned and nothing is audited.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/themes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List themes
         * @description The theme taxonomy (slugs are what activities and providers carry).
         */
        get: operations["listThemes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List municipalities
         * @description Municipalities by CBS code; data, not code, so more can be added.
         */
        get: operations["listMunicipalities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/residents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List residents you may see
         * @description Only the residents your organisation works with, with the fields your role needs.
         */
        get: operations["listResidents"];
        put?: never;
        /**
         * Register a resident
         * @description A BSN, or any other field the API does not know, is refused with 400. An obvious
         *     duplicate of a resident you may see answers 409 with a link to it.
         */
        post: operations["createResident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/residents/_search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find residents
         * @description By family name, date of birth and postcode, or by your system's (sourceSystem,
         *     externalId). Terms go in the body, never in the URL: they are personal data.
         */
        post: operations["searchResidents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/residents/{residentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a resident */
        get: operations["getResident"];
        put?: never;
        post?: never;
        /**
         * Erase a resident
         * @description AVG art. 17: the identity is erased; anonymous facts for statistics stay. Admins only.
         */
        delete: operations["eraseResident"];
        options?: never;
        head?: never;
        /**
         * Change a resident
         * @description A JSON merge patch; `If-Match` with the current ETag is required (428 without, 412
         *     when stale).
         */
        patch: operations["updateResident"];
        trace?: never;
    };
    "/residents/{residentId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export all data of a resident
         * @description AVG art. 15: the resident's data, referrals, registrations, consents and the audit
         *     records about them, as one document. Admins only; the export itself is audited.
         */
        get: operations["exportResident"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search providers
         * @description Active providers for everyone, by name; a token may show more (inactive profiles you
         *     manage).
         */
        get: operations["listProviders"];
        put?: never;
        /**
         * Register a provider
         * @description Admins register any provider, municipality staff providers that serve their
         *     municipality; the provider's organisation is created with it. Provider staff register
         *     their own organisation's profile, once (409 after), inactive until it is activated.
         */
        post: operations["createProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a provider */
        get: operations["getProvider"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a provider
         * @description A JSON merge patch with `If-Match`. Provider staff change their own profile (not
         *     `active`); municipality staff providers serving their municipality (adding or removing
         *     only their own municipality); admins any.
         */
        patch: operations["updateProvider"];
        trace?: never;
    };
    "/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search activities
         * @description Filters combine with AND; several `theme`s match any of them. `from`/`until` find
         *     activities with an occurrence in that window, recurring ones included. Without a token:
         *     published activities of active providers.
         */
        get: operations["searchActivities"];
        put?: never;
        /**
         * Publish or draft an activity
         * @description Provider staff create activities of their own organisation; admins of any provider.
         */
        post: operations["createActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/{activityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an activity
         * @description Answers 304 when `If-None-Match` holds the current ETag.
         */
        get: operations["getActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an activity
         * @description A JSON merge patch with `If-Match`; also how an activity is published, cancelled or
         *     archived. More capacity moves the waiting list up.
         */
        patch: operations["updateActivity"];
        trace?: never;
    };
    "/activities/{activityId}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List registrations
         * @description All of them for the activity's provider and admins; a referrer sees its own.
         */
        get: operations["listRegistrations"];
        put?: never;
        /**
         * Register a resident
         * @description `registered` while there are places, `waitlisted` after. A resident outside the
         *     activity's ages needs an `overrideReason`; a resident is never registered twice.
         */
        post: operations["createRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/{activityId}/registrations/{registrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a registration */
        get: operations["getRegistration"];
        put?: never;
        post?: never;
        /**
         * Cancel a registration
         * @description The freed place goes to the first resident on the waiting list.
         */
        delete: operations["cancelRegistration"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Inbox and outbox
         * @description Newest first. Providers see their incoming referrals (and the ones they forwarded),
         *     referrers their organisation's outgoing ones, partner systems their own.
         */
        get: operations["listReferrals"];
        put?: never;
        /**
         * Send a referral
         * @description By referrers, partner systems, and providers forwarding (`previousReferralId`). With an
         *     `Idempotency-Key`, a retry replays the first answer for 24 hours; another body with the
         *     same key is a 422, a key still in progress a 409, and a retry after the resident was
         *     erased a 410. A repeated (sourceSystem, externalId) without the key is a 409 linking to
         *     the first referral.
         */
        post: operations["createReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{referralId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a referral
         * @description The ETag may go in `If-Match` of a status change, to move only what you have seen.
         */
        get: operations["getReferral"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{referralId}/status-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A referral's history
         * @description Every move: who, when, from, to, reason.
         */
        get: operations["listReferralStatusChanges"];
        put?: never;
        /**
         * Move a referral on
         * @description Along GET /referral-transitions: an illegal move answers 409 with `allowedStatuses`; a
         *     legal move that is not yours (the sender may only cancel) answers 403. Accepting a
         *     referral for an activity registers the resident there, or on its waiting list.
         */
        post: operations["changeReferralStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referral-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Change feed of referral statuses
         * @description Every status change of the referrals you may see, oldest first. `nextCursor` is never
         *     null: poll again with it to get only what happened since, none missed or repeated.
         */
        get: operations["listReferralEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referral-transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The referral lifecycle
         * @description Which status may follow which, who may make the move, and which need a reason code.
         */
        get: operations["getReferralTransitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Referral statistics
         * @description Counts per group, with the median and 90th percentile of whole days from requested to
         *     accepted and the share completed. Counts below the threshold, and any figure computed
         *     from them, are null with `suppressed: true`; a lone suppressed cell takes a neighbour
         *     with it, so subtraction from totals reveals nothing. Municipality staff see their
         *     municipality, providers their organisation, admins everything. `Accept: text/csv` for a
         *     spreadsheet.
         */
        get: operations["referralStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Activity statistics
         * @description Published activities, their places, registrations and waiting lists per group, and the
         *     reach (distinct residents) per age band; counts of people below the threshold are
         *     suppressed. `from`/`until` limit the registrations counted to those months.
         */
        get: operations["activityStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit events
         * @description Newest first, filtered by actor, resource type and id, action and time.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hsds/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import HSDS services
         * @description Provider staff import their own organisation's services (and its profile); admins any.
         *     Every record is checked against the HSDS schemas and our rules first: one 400 lists every
         *     problem, and nothing is written unless all is well. Upserts by the HSDS ids: importing the
         *     same file twice changes nothing.
         */
        post: operations["importHsds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your subscriptions
         * @description Your organisation's subscriptions.
         */
        get: operations["listSubscriptions"];
        put?: never;
        /**
         * Subscribe to events
         * @description The answer holds the signing secret, shown only now. The subscription is
         *     `pending-verification` until the callback echoed a challenge (docs/webhooks.md).
         */
        post: operations["createSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a subscription */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        /** Delete a subscription */
        delete: operations["deleteSubscription"];
        options?: never;
        head?: never;
        /**
         * Change a subscription
         * @description A new callback URL is verified again before anything is delivered to it.
         */
        patch: operations["updateSubscription"];
        trace?: never;
    };
    "/subscriptions/{subscriptionId}/secrets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description A new secret, shown only now. Until `previousSecretExpiresAt` every message is signed
         *     with both, so the receiver can switch without missing one.
         */
        post: operations["rotateSubscriptionSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscriptionId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The delivery log
         * @description Every attempt, newest first: the event, the answer, how long it took, the next try.
         */
        get: operations["listSubscriptionDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscriptionId}/redeliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver again
         * @description Without `fromEvent`: try again now (a failing subscription becomes active again).
         *     With it: every event from that one on is delivered again, in order.
         */
        post: operations["redeliverSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List staff accounts
         * @description Every organisation's accounts, oldest first.
         */
        get: operations["listStaffUsers"];
        put?: never;
        /**
         * Create a staff account
         * @description The answer holds a temporary password, shown only now; at the first sign-in the user
         *     chooses their own. 409 when the e-mail address has an account.
         */
        post: operations["createStaffUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a staff account */
        get: operations["getStaffUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Deactivate or reactivate a staff account
         * @description `{"active": false}` ends every sign-in of the account at once (its refresh tokens);
         *     access tokens already issued stop working at their next use. Your own account you cannot
         *     deactivate (409 `own-account`): another admin does.
         */
        patch: operations["updateStaffUser"];
        trace?: never;
    };
    "/staff/users/{userId}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a password
         * @description A temporary password, shown only now, replaces the old one; the next sign-in asks for
         *     a new one, and every current sign-in of the account ends.
         */
        post: operations["resetStaffPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List clients
         * @description Partner systems and front ends, oldest first; secrets are never shown again.
         */
        get: operations["listStaffClients"];
        put?: never;
        /**
         * Register a client
         * @description A partner system gets a secret (shown only now); a front end (`public: true`) gets
         *     none and signs users in with the authorization code flow, to its exact redirect URIs.
         */
        post: operations["createStaffClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/clients/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a client */
        get: operations["getStaffClient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Deactivate or reactivate a client
         * @description A deactivated partner system's tokens stop working at their next use; a deactivated
         *     front end signs no one in, and its sign-ins end.
         */
        patch: operations["updateStaffClient"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * ActivityCreate
         * @example {
         *       "accessibility": "Rolstoeltoegankelijk; ringleiding aanwezig.",
         *       "capacity": 20,
         *       "description": "Elke dinsdag koffie, thee en een praatje. Iedereen is welkom.",
         *       "languages": [
         *         "nl"
         *       ],
         *       "minimumAge": 55,
         *       "municipality": "GM0534",
         *       "providerId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0e",
         *       "registrationRequired": false,
         *       "schedule": {
         *         "endsAt": "2026-12-01T11:00:00Z",
         *         "recurrence": "FREQ=WEEKLY;BYDAY=TU",
         *         "startsAt": "2026-12-01T09:00:00Z"
         *       },
         *       "status": "published",
         *       "themes": [
         *         "meeting-people"
         *       ],
         *       "title": "Koffieochtend in de Bibliotheek"
         *     }
         */
        ActivityCreate: {
            /**
             * Title
             * @description The activity's title on the social map, e.g. `Koffieochtend in de Bibliotheek`.
             */
            title: string;
            /**
             * Description
             * @description What happens and for whom, in plain text (Dutch, as residents read it).
             * @default
             */
            description: string;
            /**
             * Providerid
             * Format: uuid
             * @description The provider (aanbieder) that offers it: its `id`. Provider staff give their own organisation's id (see `GET /me`); admins any provider's.
             */
            providerId: string;
            /**
             * Municipality
             * @description CBS code of the municipality where it takes place, e.g. `GM0534`; residents of other municipalities may join too.
             * @example GM0534
             */
            municipality: string;
            /**
             * Themes
             * @description Theme slugs (see `GET /themes`), at least one, e.g. `meeting-people`.
             */
            themes: string[];
            /**
             * Minimumage
             * @description The youngest age in years it is open to; null for no lower limit.
             */
            minimumAge?: number | null;
            /**
             * Maximumage
             * @description The oldest age in years it is open to; null for no upper limit.
             */
            maximumAge?: number | null;
            /** @description Where it takes place; null when it has no fixed place (online, at home). */
            location?: components["schemas"]["LocationIn"] | null;
            /** @description When it takes place: the first occurrence and how it repeats. */
            schedule: components["schemas"]["ScheduleIn"];
            /** @description What it costs; null when it is free. */
            cost?: components["schemas"]["CostIn"] | null;
            /**
             * Capacity
             * @description Places: registrations beyond it go on the waiting list; null for no limit. It cannot go below the number registered (409 `capacity-too-low`).
             */
            capacity?: number | null;
            /**
             * Registrationrequired
             * @description Whether residents must register (aanmelden) to take part; otherwise they just come.
             * @default false
             */
            registrationRequired: boolean;
            /**
             * Languages
             * @description ISO 639 codes of the languages it is held in, e.g. `nl`, `en`, `ar`. `["nl"]` when left out.
             */
            languages?: string[];
            /**
             * Accessibility
             * @description Accessibility notes, e.g. `Rolstoeltoegankelijk; ringleiding aanwezig.`; empty when none.
             * @default
             */
            accessibility: string;
            /**
             * @description `draft` (only its provider sees it), `published` (on the public social map, takes registrations and referrals), `cancelled` (called off, off the map) or `archived` (kept for the record; it no longer changes: 409 `activity-archived`). `draft` when left out.
             * @default draft
             */
            status: components["schemas"]["ActivityStatus"];
        };
        /** ActivityFigures */
        ActivityFigures: {
            /**
             * Municipality
             * @description The group's municipality (CBS code), e.g. `GM0534`.
             */
            municipality?: string | null;
            /**
             * Provider
             * Format: uuid
             * @description The group's provider (its id).
             */
            provider?: string | null;
            /**
             * Providername
             * @description The group's provider's name, given with `provider`.
             */
            providerName?: string | null;
            /**
             * Theme
             * @description The group's theme slug.
             */
            theme?: string | null;
            /**
             * Ageband
             * @description The group's age band: `0-11`, `12-17`, `18-26`, `27-64`, `65-79`, `80+` or `unknown`. For referrals the resident's age when referred; for activities each band their ages are open to.
             */
            ageBand?: string | null;
            /**
             * Status
             * @description The group's referral status (the current one), e.g. `accepted`.
             */
            status?: string | null;
            /**
             * Reasoncode
             * @description The group's reason code, e.g. `no-capacity`; `none` for referrals without one.
             */
            reasonCode?: string | null;
            /**
             * Senderkind
             * @description The group's kind of sender, e.g. `gp` or `district-team`.
             */
            senderKind?: string | null;
            /**
             * Month
             * @description The month the referrals were sent, YYYY-MM in Dutch time (Europe/Amsterdam).
             */
            month?: string | null;
            /**
             * Activities
             * @description Published activities in the group.
             */
            activities: number;
            /**
             * Places
             * @description Places of the activities with a capacity.
             */
            places: number;
            /**
             * Unlimitedactivities
             * @description Activities without a capacity.
             */
            unlimitedActivities: number;
            /**
             * Registrations
             * @description Registered residents; null when suppressed.
             */
            registrations: number | null;
            /**
             * Waitlisted
             * @description Residents on waiting lists; null if suppressed.
             */
            waitlisted: number | null;
            /**
             * Suppressed
             * @description Whether a figure of this group is suppressed.
             */
            suppressed: boolean;
        };
        /**
         * ActivityRead
         * @example {
         *       "accessibility": "Rolstoeltoegankelijk; ringleiding aanwezig.",
         *       "capacity": 20,
         *       "createdAt": "2026-11-01T09:00:00Z",
         *       "description": "Elke dinsdag koffie, thee en een praatje. Iedereen is welkom.",
         *       "id": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0f",
         *       "languages": [
         *         "nl"
         *       ],
         *       "minimumAge": 55,
         *       "municipality": "GM0534",
         *       "nextOccurrence": "2026-12-08T09:00:00Z",
         *       "placesLeft": 12,
         *       "providerId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0e",
         *       "providerName": "Welzijnskompas",
         *       "registrationRequired": false,
         *       "schedule": {
         *         "endsAt": "2026-12-01T11:00:00Z",
         *         "recurrence": "FREQ=WEEKLY;BYDAY=TU",
         *         "startsAt": "2026-12-01T09:00:00Z"
         *       },
         *       "status": "published",
         *       "themes": [
         *         "meeting-people"
         *       ],
         *       "title": "Koffieochtend in de Bibliotheek",
         *       "updatedAt": "2026-11-01T09:00:00Z",
         *       "maximumAge": null,
         *       "location": null,
         *       "cost": null
         *     }
         */
        ActivityRead: {
            /**
             * Id
             * Format: uuid
             * @description The activity's id: the `activityId` of registrations.
             */
            id: string;
            /**
             * Title
             * @description The activity's title on the social map, e.g. `Koffieochtend in de Bibliotheek`.
             */
            title: string;
            /**
             * Description
             * @description What happens and for whom, in plain text (Dutch, as residents read it).
             */
            description: string;
            /**
             * Providerid
             * Format: uuid
             * @description The provider (aanbieder) that offers it: its `id`.
             */
            providerId: string;
            /**
             * Providername
             * @description The provider's name, e.g. `Welzijnskompas`.
             */
            providerName: string;
            /**
             * Municipality
             * @description CBS code of the municipality where it takes place, e.g. `GM0534`; residents of other municipalities may join too.
             */
            municipality: string;
            /**
             * Themes
             * @description Theme slugs (see `GET /themes`), at least one, e.g. `meeting-people`.
             */
            themes: string[];
            /**
             * Minimumage
             * @description The youngest age in years it is open to; null for no lower limit.
             */
            minimumAge: number | null;
            /**
             * Maximumage
             * @description The oldest age in years it is open to; null for no upper limit.
             */
            maximumAge: number | null;
            /** @description Where it takes place; null when it has no fixed place (online, at home). */
            location: components["schemas"]["LocationRead"] | null;
            /** @description When it takes place: the first occurrence and how it repeats. */
            schedule: components["schemas"]["ScheduleRead"];
            /** @description What it costs; null when it is free. */
            cost: components["schemas"]["CostRead"] | null;
            /**
             * Capacity
             * @description Places: registrations beyond it go on the waiting list; null for no limit. It cannot go below the number registered (409 `capacity-too-low`).
             */
            capacity: number | null;
            /**
             * Registrationrequired
             * @description Whether residents must register (aanmelden) to take part; otherwise they just come.
             */
            registrationRequired: boolean;
            /**
             * Languages
             * @description ISO 639 codes of the languages it is held in, e.g. `nl`, `en`, `ar`.
             */
            languages: string[];
            /**
             * Accessibility
             * @description Accessibility notes, e.g. `Rolstoeltoegankelijk; ringleiding aanwezig.`; empty when none.
             */
            accessibility: string;
            /** @description `draft` (only its provider sees it), `published` (on the public social map, takes registrations and referrals), `cancelled` (called off, off the map) or `archived` (kept for the record; it no longer changes: 409 `activity-archived`). */
            status: components["schemas"]["ActivityStatus"];
            /**
             * Placesleft
             * @description Places not yet taken (0 when full: a registration goes on the waiting list); null when the capacity is unlimited.
             */
            placesLeft: number | null;
            /**
             * Nextoccurrence
             * Format: date-time
             * @description The next start from now (UTC), recurring ones expanded; null when none is coming.
             */
            nextOccurrence: string | null;
            /**
             * Createdat
             * Format: date-time
             * @description When the activity was created (UTC).
             */
            createdAt: string;
            /**
             * Updatedat
             * Format: date-time
             * @description When it last changed (UTC).
             */
            updatedAt: string;
        };
        /**
         * ActivityStatistics
         * @example {
         *       "groupBy": [
         *         "municipality"
         *       ],
         *       "groups": [
         *         {
         *           "activities": 12,
         *           "municipality": "GM0534",
         *           "places": 140,
         *           "registrations": 61,
         *           "suppressed": true,
         *           "unlimitedActivities": 3,
         *           "waitlisted": null
         *         }
         *       ],
         *       "reach": [
         *         {
         *           "ageBand": "65-79",
         *           "residents": 23,
         *           "suppressed": false
         *         }
         *       ],
         *       "threshold": 5,
         *       "fromMonth": null,
         *       "untilMonth": null
         *     }
         */
        ActivityStatistics: {
            /**
             * Groupby
             * @description The dimensions grouped by, as asked in `groupBy`.
             */
            groupBy: string[];
            /**
             * Frommonth
             * @description First month counted (YYYY-MM, Dutch time); null when not limited.
             */
            fromMonth: string | null;
            /**
             * Untilmonth
             * @description Last month counted (YYYY-MM, Dutch time); null when not limited.
             */
            untilMonth: string | null;
            /**
             * Threshold
             * @description Counts of people below this (but above 0) are suppressed; 5 by default.
             */
            threshold: number;
            /**
             * Groups
             * @description One entry per combination of the `groupBy` values that occurs.
             */
            groups: components["schemas"]["ActivityFigures"][];
            /**
             * Reach
             * @description How many residents the activities reach, per age band.
             */
            reach: components["schemas"]["Reach"][];
        };
        /**
         * ActivityStatus
         * @enum {string}
         */
        ActivityStatus: "draft" | "published" | "cancelled" | "archived";
        /**
         * ActivityUpdate
         * @description A merge patch of an activity; `schedule` and `location` are replaced whole.
         * @example {
         *       "capacity": 25,
         *       "status": "published"
         *     }
         */
        ActivityUpdate: {
            /**
             * Title
             * @description The activity's title on the social map, e.g. `Koffieochtend in de Bibliotheek`. Cannot be removed (null is a 400).
             */
            title?: string | null;
            /**
             * Description
             * @description What happens and for whom, in plain text (Dutch, as residents read it). Cannot be removed (null is a 400).
             */
            description?: string | null;
            /**
             * Municipality
             * @description CBS code of the municipality where it takes place, e.g. `GM0534`; residents of other municipalities may join too. Cannot be removed (null is a 400).
             * @example GM0534
             */
            municipality?: string | null;
            /**
             * Themes
             * @description Theme slugs (see `GET /themes`), at least one, e.g. `meeting-people`. Cannot be removed (null is a 400).
             */
            themes?: string[] | null;
            /**
             * Minimumage
             * @description The youngest age in years it is open to; null for no lower limit.
             */
            minimumAge?: number | null;
            /**
             * Maximumage
             * @description The oldest age in years it is open to; null for no upper limit.
             */
            maximumAge?: number | null;
            /** @description Where it takes place; null when it has no fixed place (online, at home). Replaced whole. Send null to remove it. */
            location?: components["schemas"]["LocationIn"] | null;
            /** @description When it takes place: the first occurrence and how it repeats. Replaced whole; the occurrences follow. Cannot be removed (null is a 400). */
            schedule?: components["schemas"]["ScheduleIn"] | null;
            /** @description What it costs; null when it is free. Send null to remove it. */
            cost?: components["schemas"]["CostIn"] | null;
            /**
             * Capacity
             * @description Places: registrations beyond it go on the waiting list; null for no limit. It cannot go below the number registered (409 `capacity-too-low`). Send null to remove it.
             */
            capacity?: number | null;
            /**
             * Registrationrequired
             * @description Whether residents must register (aanmelden) to take part; otherwise they just come. Cannot be removed (null is a 400).
             */
            registrationRequired?: boolean | null;
            /**
             * Languages
             * @description ISO 639 codes of the languages it is held in, e.g. `nl`, `en`, `ar`. Cannot be removed (null is a 400).
             */
            languages?: string[] | null;
            /**
             * Accessibility
             * @description Accessibility notes, e.g. `Rolstoeltoegankelijk; ringleiding aanwezig.`; empty when none. Cannot be removed (null is a 400).
             */
            accessibility?: string | null;
            /** @description `draft` (only its provider sees it), `published` (on the public social map, takes registrations and referrals), `cancelled` (called off, off the map) or `archived` (kept for the record; it no longer changes: 409 `activity-archived`). Cannot be removed (null is a 400). */
            status?: components["schemas"]["ActivityStatus"] | null;
        };
        /** ActorRead */
        ActorRead: {
            /** @description What kind of actor made the move. */
            type: components["schemas"]["ActorType"];
            /**
             * Organisationid
             * Format: uuid
             * @description The organisation it acted for; null for the system.
             */
            organisationId: string | null;
            /** @description Its role; null for the system. */
            role: components["schemas"]["Role"] | null;
        };
        /**
         * ActorType
         * @description Who made a move: a staff `user`, a partner system (`client`), a user of an external
         *     identity provider (`external`), or the API itself (`system`, e.g. an expiry).
         * @enum {string}
         */
        ActorType: "user" | "client" | "external" | "system" | "anonymous";
        /**
         * AddressIn
         * @description A Dutch address, e.g. Hoofdstraat 12A, 2181 EC Hillegom.
         */
        AddressIn: {
            /**
             * Street
             * @description Street name, e.g. `Hoofdstraat`.
             */
            street: string;
            /**
             * Housenumber
             * @description House number, a whole number.
             */
            houseNumber: number;
            /**
             * Housenumberaddition
             * @description What follows the house number (huisnummertoevoeging), e.g. `A` or `bis`.
             */
            houseNumberAddition?: string | null;
            /**
             * Postcode
             * @description Dutch postcode: four digits (not starting with 0) and two letters (not SA, SD or SS); `2181ec` is stored and answered as `2181 EC`.
             * @example 2181 AB
             */
            postcode: string;
            /**
             * Place
             * @description Town or village (woonplaats), e.g. `Hillegom`.
             */
            place: string;
        };
        /**
         * AddressRead
         * @description A Dutch home address.
         */
        AddressRead: {
            /**
             * Street
             * @description Street name, e.g. `Hoofdstraat`.
             */
            street?: string | null;
            /**
             * Housenumber
             * @description House number, e.g. `12`.
             */
            houseNumber?: number | null;
            /**
             * Housenumberaddition
             * @description What follows the house number, e.g. `A`; null when none.
             */
            houseNumberAddition?: string | null;
            /**
             * Postcode
             * @description Dutch postcode, always as `1234 AB` (with the space).
             */
            postcode?: string | null;
            /**
             * Place
             * @description Town or village (woonplaats).
             */
            place?: string | null;
        };
        /**
         * AuditEventRead
         * @example {
         *       "action": "read",
         *       "actorId": "0190c3f2-6d7e-7c1a-9b1e-2f3a4b5c6d7e",
         *       "actorType": "user",
         *       "chain": 3,
         *       "hash": "4a1b…",
         *       "id": 1041,
         *       "occurredAt": "2026-11-22T09:15:02.120000Z",
         *       "organisationId": "0190c3f2-6d7e-7c1a-9b1e-2f3a4b5c6d70",
         *       "prevHash": "9f2c…",
         *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6",
         *       "resourceIds": [
         *         "0190c3f2-6d7e-7c1a-9b1e-2f3a4b5c6d71"
         *       ],
         *       "resourceType": "resident",
         *       "result": "success",
         *       "role": "provider",
         *       "clientId": null
         *     }
         */
        AuditEventRead: {
            /**
             * Id
             * @description The event's number: increasing in the order events were written.
             */
            id: number;
            /**
             * Occurredat
             * Format: date-time
             * @description When it happened (UTC).
             */
            occurredAt: string;
            /**
             * Requestid
             * @description The API request it happened in (`X-Request-ID`); null for the worker and the command line.
             */
            requestId: string | null;
            /**
             * Actortype
             * @description Who acted: `user`, `client` (a partner system), `external` (a user of an external identity provider), `system` or `anonymous`.
             */
            actorType: string;
            /**
             * Actorid
             * @description The user's id, the client id, or the external subject; null for the system.
             */
            actorId: string | null;
            /**
             * Organisationid
             * Format: uuid
             * @description The organisation the actor acted for; null when none.
             */
            organisationId: string | null;
            /**
             * Role
             * @description The actor's role, e.g. `provider`; null when none.
             */
            role: string | null;
            /**
             * Clientid
             * @description The OAuth client the request came through; null for none.
             */
            clientId: string | null;
            /**
             * Action
             * @description What was done, e.g. `read`, `create`, `update`, `status-change`, `export`, `erase`, `login`.
             */
            action: string;
            /**
             * Resourcetype
             * @description What kind of object it concerned, e.g. `resident`, `referral`.
             */
            resourceType: string;
            /**
             * Resourceids
             * @description The ids of the objects it concerned: ids only, never personal data, so the event stays when a resident is erased.
             */
            resourceIds: string[];
            /**
             * Result
             * @description `success`, or `failure` (e.g. a failed login).
             */
            result: string;
            /**
             * Chain
             * @description The hash chain (0-7) on which prevHash is the event before.
             */
            chain: number;
            /**
             * Prevhash
             * @description The `hash` of the event before on the same chain: a gap or an edit breaks the chain, so tampering shows.
             */
            prevHash: string;
            /**
             * Hash
             * @description This event's keyed hash (HMAC-SHA256, hex) over its members and `prevHash`.
             */
            hash: string;
        };
        /**
         * CallerKind
         * @enum {string}
         */
        CallerKind: "user" | "client";
        /**
         * ConsentGiver
         * @enum {string}
         */
        ConsentGiver: "resident" | "guardian";
        /**
         * ConsentIn
         * @description The resident's (under 16: a guardian's) agreement to share data for this referral.
         */
        ConsentIn: {
            /** @description Who consented: `resident`, or `guardian` (parent or guardian; required under 16). */
            givenBy: components["schemas"]["ConsentGiver"];
            /** @description How consent was given: `verbal`, `written` or `digital`. */
            method: components["schemas"]["ConsentMethod"];
            /**
             * Givenat
             * Format: date-time
             * @description When consent was given (UTC; any zone accepted on input); not in the future.
             */
            givenAt: string;
        };
        /**
         * ConsentMethod
         * @enum {string}
         */
        ConsentMethod: "verbal" | "written" | "digital";
        /**
         * ConsentRead
         * @description The consent recorded with the referral.
         */
        ConsentRead: {
            /** @description Who consented: `resident`, or `guardian` (parent or guardian; required under 16). */
            givenBy: components["schemas"]["ConsentGiver"];
            /** @description How consent was given: `verbal`, `written` or `digital`. */
            method: components["schemas"]["ConsentMethod"];
            /**
             * Givenat
             * Format: date-time
             * @description When consent was given (UTC).
             */
            givenAt: string;
        };
        /**
         * ContactIn
         * @description A provider's public contact details; each may be left out.
         */
        ContactIn: {
            /**
             * Phone
             * @description Public phone number, in E.164 (`+31252123456`) or Dutch national form.
             * @example +31612345678
             */
            phone?: string | null;
            /**
             * Email
             * Format: email
             * @description Public e-mail address.
             * @example j.devries@example.nl
             */
            email?: string | null;
            /**
             * Website
             * Format: uri
             * @description Public website, an http(s) URL.
             */
            website?: string | null;
        };
        /**
         * ContactPersonIn
         * @description Who at the sender's side to contact about this referral.
         */
        ContactPersonIn: {
            /**
             * Name
             * @description Name of the contact person, e.g. `Dr. A. de Vries`.
             */
            name: string;
            /**
             * Phone
             * @description Their phone number, in E.164 (`+31252123456`) or Dutch national form.
             * @example +31612345678
             */
            phone?: string | null;
            /**
             * Email
             * Format: email
             * @description Their e-mail address.
             * @example j.devries@example.nl
             */
            email?: string | null;
        };
        /**
         * ContactPersonRead
         * @description Who at the sender's side to contact.
         */
        ContactPersonRead: {
            /**
             * Name
             * @description Name of the contact person, e.g. `Dr. A. de Vries`.
             */
            name: string;
            /**
             * Phone
             * @description Their phone number in E.164; null if not given.
             */
            phone: string | null;
            /**
             * Email
             * @description Their e-mail address; null if not given.
             */
            email: string | null;
        };
        /**
         * ContactPreference
         * @enum {string}
         */
        ContactPreference: "phone" | "email" | "text-message" | "via-referrer";
        /**
         * ContactRead
         * @description A provider's public contact details; null where it gave none.
         */
        ContactRead: {
            /**
             * Phone
             * @description Public phone number, in E.164.
             */
            phone: string | null;
            /**
             * Email
             * @description Public e-mail address.
             */
            email: string | null;
            /**
             * Website
             * @description Public website, an http(s) URL.
             */
            website: string | null;
        };
        /**
         * CostIn
         * @description A price; leave `cost` out (or null) for a free activity.
         */
        CostIn: {
            /**
             * Amountcents
             * @description The price in euro cents, e.g. `250` for € 2.50.
             */
            amountCents: number;
            /**
             * Description
             * @description What the price covers, e.g. `per keer` or `per maand`.
             * @example per keer
             */
            description: string;
        };
        /**
         * CostRead
         * @description What an activity costs.
         */
        CostRead: {
            /**
             * Amountcents
             * @description The price in euro cents, e.g. `250` for € 2.50.
             */
            amountCents: number;
            /**
             * Description
             * @description What the price covers, e.g. `per keer` or `per maand`.
             */
            description: string | null;
        };
        /**
         * Counts
         * @description HSDS ids, per kind of record.
         */
        Counts: {
            /**
             * Services
             * @description HSDS service ids (our activities' ids), in the order imported.
             */
            services: string[];
            /**
             * Organizations
             * @description HSDS organization ids (our providers' ids), in the order imported.
             */
            organizations: string[];
        };
        /** DeliveryRead */
        DeliveryRead: {
            /**
             * Id
             * Format: uuid
             * @description The delivery attempt's id.
             */
            id: string;
            /**
             * Eventid
             * Format: uuid
             * @description The CloudEvent's id, also the webhook-id header.
             */
            eventId: string;
            /**
             * Eventtype
             * @description The CloudEvent's type, e.g. `nl.welzijn.referral.accepted`, or `nl.welzijn.subscription.verification` for the challenge.
             */
            eventType: string;
            /**
             * Sequence
             * @description The event's place in order; null: a challenge.
             */
            sequence: number | null;
            /**
             * Attempt
             * @description 1 for the first try of this event, counting up.
             */
            attempt: number;
            /**
             * Attemptedat
             * Format: date-time
             * @description When the attempt started (UTC).
             */
            attemptedAt: string;
            /**
             * Durationms
             * @description How long the call took, in milliseconds.
             */
            durationMs: number;
            /**
             * Statuscode
             * @description The receiver's answer; null if none came.
             */
            statusCode: number | null;
            /**
             * Outcome
             * @description delivered, http-NNN, timeout, connection-failed, address-refused, challenge-not-echoed.
             */
            outcome: string;
            /**
             * Nextattemptat
             * Format: date-time
             * @description When it is tried again, if it failed.
             */
            nextAttemptAt: string | null;
        };
        /**
         * DuplicateReferral
         * @description 409 `duplicate-referral`: your organisation already sent one with this
         *     (`sourceSystem`, `externalId`); `existingReferral` and `Link: rel="duplicate"` name it.
         *     (A retry whose Idempotency-Key is still being answered is a plain 409 problem, type
         *     `idempotency-key-in-use`, without `existingReferral`.)
         * @example {
         *       "detail": "Your organisation already sent a referral with this external id.",
         *       "existingReferral": "/v1/referrals/0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d03",
         *       "instance": "/v1/referrals",
         *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6",
         *       "status": 409,
         *       "title": "Conflict",
         *       "type": "urn:welzijn:problem:duplicate-referral"
         *     }
         */
        DuplicateReferral: {
            /**
             * Type
             * @description `urn:welzijn:problem:` and the problem's stable code, e.g. `urn:welzijn:problem:illegal-transition`: branch on this. Codes are kebab-case, except on the token endpoint, which keeps RFC 6749's snake_case codes (`invalid_grant`).
             * @example urn:welzijn:problem:invalid-input
             */
            type: string;
            /**
             * Title
             * @description The HTTP status's reason phrase, e.g. `Not Found`.
             */
            title: string;
            /**
             * Status
             * @description The HTTP status code, the same as the response's.
             */
            status: number;
            /**
             * Detail
             * @description What went wrong in this case, in English, for a developer; its wording may change, so do not parse it.
             */
            detail: string;
            /**
             * Instance
             * @description The path that was requested, e.g. `/v1/referrals/0193a1c2-…/status-changes`.
             */
            instance: string;
            /**
             * Requestid
             * @description The request's id, also in the `X-Request-ID` header: quote it when you report a problem. Null only when the request had none.
             */
            requestId?: string | null;
            /**
             * Errors
             * @description On a 400: every problem with the input at once, each with where and what. Absent on other statuses.
             */
            errors?: components["schemas"]["InvalidParam"][] | null;
            /**
             * Existingreferral
             * @description The path of the referral already sent (absent for an Idempotency-Key still in progress).
             */
            existingReferral?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * EventType
         * @description What a subscription may ask for: every referral status, every registration status, and
         *     any change of an activity on the social map.
         * @enum {string}
         */
        EventType: "nl.welzijn.referral.requested" | "nl.welzijn.referral.accepted" | "nl.welzijn.referral.in-progress" | "nl.welzijn.referral.on-hold" | "nl.welzijn.referral.completed" | "nl.welzijn.referral.failed" | "nl.welzijn.referral.rejected" | "nl.welzijn.referral.cancelled" | "nl.welzijn.registration.registered" | "nl.welzijn.registration.waitlisted" | "nl.welzijn.registration.cancelled" | "nl.welzijn.activity.changed";
        /**
         * ExternalIdIn
         * @description A partner system's identifier for this resident, unique within the caller's organisation.
         */
        ExternalIdIn: {
            /**
             * Sourcesystem
             * @description Your system's name for itself, e.g. `medicom`: letters, digits, `.`, `_` and `-`.
             * @example medicom
             */
            sourceSystem: string;
            /**
             * Externalid
             * @description The resident's id in that system, e.g. a patient number.
             * @example P-000123
             */
            externalId: string;
        };
        /**
         * ExternalIdRead
         * @description One of your organisation's ids for this resident.
         */
        ExternalIdRead: {
            /**
             * Sourcesystem
             * @description Your system's name for itself, e.g. `medicom`: letters, digits, `.`, `_` and `-`.
             */
            sourceSystem: string;
            /**
             * Externalid
             * @description The resident's id in that system, e.g. a patient number.
             */
            externalId: string;
        };
        /**
         * Health
         * @example {
         *       "database": "ok",
         *       "status": "ok"
         *     }
         */
        Health: {
            /**
             * Status
             * @description Always `ok` in a 200: the process answers.
             * @constant
             */
            status: "ok";
            /**
             * Database
             * @description Always `ok` in a 200: the database answered a query (else a 503).
             * @constant
             */
            database: "ok";
        };
        /**
         * ImportReport
         * @description What the import created, changed and left as it was (or would, with dryRun).
         * @example {
         *       "changed": {
         *         "organizations": [],
         *         "services": []
         *       },
         *       "created": {
         *         "organizations": [],
         *         "services": [
         *           "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0f"
         *         ]
         *       },
         *       "dryRun": true,
         *       "unchanged": {
         *         "organizations": [
         *           "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0e"
         *         ],
         *         "services": []
         *       }
         *     }
         */
        ImportReport: {
            /**
             * Dryrun
             * @description Whether this was a dry run (`dryRun=true`): nothing was stored, the report says what an import would do.
             */
            dryRun: boolean;
            /** @description The records the import created (or would create). */
            created: components["schemas"]["Counts"];
            /** @description The records it changed (or would change). */
            changed: components["schemas"]["Counts"];
            /** @description The records it found already as sent. */
            unchanged: components["schemas"]["Counts"];
        };
        /**
         * InvalidParam
         * @description One problem with the input: where it is and what is wrong.
         * @example {
         *       "code": "invalid-postcode",
         *       "detail": "A postcode is four digits (not starting with 0) and two letters.",
         *       "in": "body",
         *       "location": "/address/postcode"
         *     }
         */
        InvalidParam: {
            /**
             * In
             * @description Where the problem is: `body`, or the `query`, `path` or `header` parameter named by `location`.
             * @enum {string}
             */
            in: "body" | "query" | "path" | "header";
            /**
             * Location
             * @description In the body a JSON pointer (RFC 6901) to the member, e.g. `/address/postcode` (empty for the body as a whole); otherwise the parameter's name, e.g. `cursor`.
             */
            location: string;
            /**
             * Code
             * @description A stable, machine-readable code in kebab-case, e.g. `required`, `unknown-field`, `invalid-postcode`, `bsn-not-allowed`: branch on this, not on `detail`.
             */
            code: string;
            /**
             * Detail
             * @description What is wrong, in English, for a developer (show it beside the field if you have nothing better); its wording may change.
             */
            detail: string;
        };
        /**
         * LocationIn
         * @description Where it happens, e.g. Bibliotheek Hillegom, Hoofdstraat 85, 2181 EB Hillegom.
         */
        LocationIn: {
            /**
             * Name
             * @description The name of the place, e.g. `Bibliotheek Hillegom`.
             */
            name: string;
            /**
             * Street
             * @description Street name, e.g. `Hoofdstraat`.
             */
            street: string;
            /**
             * Housenumber
             * @description House number; null when the place has none.
             */
            houseNumber?: number | null;
            /**
             * Postcode
             * @description Dutch postcode, answered as `1234 AB`. `2181eb` is accepted.
             * @example 2181 AB
             */
            postcode: string;
            /**
             * Place
             * @description Town or village, e.g. `Hillegom`.
             */
            place: string;
        };
        /**
         * LocationRead
         * @description Where an activity takes place.
         */
        LocationRead: {
            /**
             * Name
             * @description The name of the place, e.g. `Bibliotheek Hillegom`.
             */
            name: string;
            /**
             * Street
             * @description Street name, e.g. `Hoofdstraat`.
             */
            street: string | null;
            /**
             * Housenumber
             * @description House number; null when the place has none.
             */
            houseNumber: number | null;
            /**
             * Postcode
             * @description Dutch postcode, answered as `1234 AB`.
             */
            postcode: string | null;
            /**
             * Place
             * @description Town or village, e.g. `Hillegom`.
             */
            place: string | null;
        };
        /**
         * Me
         * @description The caller behind the access token.
         * @example {
         *       "capabilities": [
         *         "activities.manage",
         *         "activities.read-drafts",
         *         "providers.manage",
         *         "referrals.change-status",
         *         "referrals.read",
         *         "referrals.send",
         *         "registrations.read",
         *         "registrations.write",
         *         "residents.create",
         *         "residents.read",
         *         "residents.update",
         *         "statistics.read"
         *       ],
         *       "id": "0192f0c4-6a8e-7c3b-9d1e-5f2a4b6c8d0e",
         *       "kind": "user",
         *       "municipality": {
         *         "code": "GM0534",
         *         "name": "Hillegom"
         *       },
         *       "organisation": {
         *         "code": "welzijnskompas",
         *         "id": "0192f0c4-1111-7c3b-9d1e-5f2a4b6c8d0e",
         *         "kind": "provider",
         *         "name": "Welzijnskompas"
         *       },
         *       "providerId": "0192f0c4-1111-7c3b-9d1e-5f2a4b6c8d0e",
         *       "role": "provider"
         *     }
         */
        Me: {
            /** @description `user` for a staff member (password grant or an identity provider's token), `client` for a partner system (client credentials). */
            kind: components["schemas"]["CallerKind"];
            /**
             * Id
             * @description The user's id (a UUID), the identity provider's subject, or the partner system's `client_id`.
             */
            id: string;
            /** @description The one role of this caller (DOMAIN.md §3). */
            role: components["schemas"]["Role"];
            /** @description The organisation the caller acts for. */
            organisation: components["schemas"]["OrganisationRef"];
            /** @description The municipality of the organisation (for the `municipality` role: whose figures it reads); null for an organisation that belongs to none. */
            municipality: components["schemas"]["MunicipalityRef"] | null;
            /**
             * Providerid
             * Format: uuid
             * @description The organisation's own provider profile on the sociale kaart: send it as `providerId` when creating activities; null when the organisation has none.
             */
            providerId: string | null;
            /**
             * Capabilities
             * @description What this token may do: the role's row of the permission matrix, narrowed to the token's scope, sorted. Show or hide actions by it; the server still decides per object (a 404 for what the caller may not see).
             */
            capabilities: components["schemas"]["Permission"][];
        };
        /**
         * MunicipalityRead
         * @example {
         *       "code": "GM0534",
         *       "name": "Hillegom"
         *     }
         */
        MunicipalityRead: {
            /**
             * Code
             * @description The municipality's CBS code, e.g. `GM0534` (Hillegom): what every `municipality` member and filter uses.
             */
            code: string;
            /**
             * Name
             * @description The municipality's name, e.g. `Hillegom`.
             */
            name: string;
        };
        /** MunicipalityRef */
        MunicipalityRef: {
            /**
             * Code
             * @description CBS code, e.g. `GM0534`.
             */
            code: string;
            /**
             * Name
             * @description The municipality's name, e.g. `Hillegom`.
             */
            name: string;
        };
        /**
         * OrganisationKind
         * @enum {string}
         */
        OrganisationKind: "municipality" | "provider" | "referrer";
        /** OrganisationRef */
        OrganisationRef: {
            /**
             * Id
             * Format: uuid
             * @description The organisation's id; for a provider also its `providerId`.
             */
            id: string;
            /**
             * Code
             * @description Its short stable handle, e.g. `welzijnskompas`.
             */
            code: string;
            /**
             * Name
             * @description Its display name, e.g. `Welzijnskompas`.
             */
            name: string;
            /** @description `municipality` (gemeente), `provider` (aanbieder on the sociale kaart) or `referrer` (verwijzer: GP practice, wijkteam, ...). */
            kind: components["schemas"]["OrganisationKind"];
        };
        /**
         * Party
         * @description Who a caller is to a referral.
         * @enum {string}
         */
        Party: "sender" | "receiver" | "admin";
        /**
         * Permission
         * @description What a route lets a caller do. Values double as OAuth 2.0 scopes.
         * @enum {string}
         */
        Permission: "providers.manage" | "activities.manage" | "activities.read-drafts" | "residents.create" | "residents.read" | "residents.update" | "residents.subject-rights" | "registrations.write" | "registrations.read" | "referrals.send" | "referrals.read" | "referrals.change-status" | "statistics.read" | "audit.read" | "subscriptions.manage" | "staff.manage";
        /**
         * ProviderCreate
         * @example {
         *       "active": true,
         *       "contact": {
         *         "email": "info@welzijnskompas.example",
         *         "phone": "+31252123456",
         *         "website": "https://welzijnskompas.example"
         *       },
         *       "description": "Welzijnswerk voor volwassenen en ouderen in Hillegom en Lisse.",
         *       "kind": "welfare-foundation",
         *       "kvkNumber": "41234567",
         *       "minimumAge": 18,
         *       "municipalities": [
         *         "GM0534",
         *         "GM0553"
         *       ],
         *       "name": "Welzijnskompas",
         *       "themes": [
         *         "meeting-people",
         *         "informal-care"
         *       ]
         *     }
         */
        ProviderCreate: {
            /**
             * Name
             * @description The provider's public name on the social map, e.g. `Welzijnskompas`.
             */
            name: string;
            /** @description What kind of organisation: `welfare-foundation` (welzijnsstichting), `commercial`, `citizen-initiative` (burgerinitiatief), `club` (vereniging), `municipal` or `other`. */
            kind: components["schemas"]["ProviderKind"];
            /**
             * Description
             * @description What the provider does and for whom, shown on the social map (plain text).
             * @default
             */
            description: string;
            /**
             * Kvknumber
             * @description Chamber of Commerce number (KvK-nummer): 8 digits.
             * @example 41234567
             */
            kvkNumber?: string | null;
            /**
             * Municipalities
             * @description CBS codes of the municipalities it serves (at least one), e.g. `GM0534`, `GM0553`. Municipality staff register only providers serving their own.
             */
            municipalities: string[];
            /**
             * Themes
             * @description Theme slugs of its work (see `GET /themes`), e.g. `meeting-people`.
             */
            themes?: string[];
            /**
             * Minimumage
             * @description The youngest age in years it serves; null for no lower limit.
             */
            minimumAge?: number | null;
            /**
             * Maximumage
             * @description The oldest age in years it serves; null for no upper limit.
             */
            maximumAge?: number | null;
            /** @description How residents and referrers reach the provider. */
            contact?: components["schemas"]["ContactIn"];
            /**
             * Active
             * @description Whether it is on the public social map and takes referrals. Only admins and municipality staff change it; a profile provider staff register starts inactive. Provider staff leave it out (403 if sent).
             * @default true
             */
            active: boolean;
        };
        /**
         * ProviderKind
         * @enum {string}
         */
        ProviderKind: "welfare-foundation" | "commercial" | "citizen-initiative" | "club" | "municipal" | "other";
        /**
         * ProviderRead
         * @example {
         *       "active": true,
         *       "contact": {
         *         "email": "info@welzijnskompas.example",
         *         "phone": "+31252123456",
         *         "website": "https://welzijnskompas.example"
         *       },
         *       "createdAt": "2026-11-01T09:00:00Z",
         *       "description": "Welzijnswerk voor volwassenen en ouderen in Hillegom en Lisse.",
         *       "id": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0e",
         *       "kind": "welfare-foundation",
         *       "kvkNumber": "41234567",
         *       "minimumAge": 18,
         *       "municipalities": [
         *         "GM0534",
         *         "GM0553"
         *       ],
         *       "name": "Welzijnskompas",
         *       "themes": [
         *         "meeting-people",
         *         "informal-care"
         *       ],
         *       "updatedAt": "2026-11-01T09:00:00Z",
         *       "maximumAge": null
         *     }
         */
        ProviderRead: {
            /**
             * Id
             * Format: uuid
             * @description The provider's id, which is also its organisation's: the `providerId` of its activities and of referrals to it, and the organisation id in its staff's `GET /me`.
             */
            id: string;
            /**
             * Name
             * @description The provider's public name on the social map, e.g. `Welzijnskompas`.
             */
            name: string;
            /** @description What kind of organisation: `welfare-foundation` (welzijnsstichting), `commercial`, `citizen-initiative` (burgerinitiatief), `club` (vereniging), `municipal` or `other`. */
            kind: components["schemas"]["ProviderKind"];
            /**
             * Description
             * @description What the provider does and for whom, shown on the social map (plain text). Empty when none.
             */
            description: string;
            /**
             * Kvknumber
             * @description Chamber of Commerce number (KvK-nummer): 8 digits. Null when unknown.
             */
            kvkNumber: string | null;
            /**
             * Municipalities
             * @description CBS codes of the municipalities it serves (at least one), e.g. `GM0534`, `GM0553`.
             */
            municipalities: string[];
            /**
             * Themes
             * @description Theme slugs of its work (see `GET /themes`), e.g. `meeting-people`.
             */
            themes: string[];
            /**
             * Minimumage
             * @description The youngest age in years it serves; null for no lower limit.
             */
            minimumAge: number | null;
            /**
             * Maximumage
             * @description The oldest age in years it serves; null for no upper limit.
             */
            maximumAge: number | null;
            /** @description How residents and referrers reach the provider. */
            contact: components["schemas"]["ContactRead"];
            /**
             * Active
             * @description Whether it is on the public social map and takes referrals. Only admins and municipality staff change it; a profile provider staff register starts inactive.
             */
            active: boolean;
            /**
             * Createdat
             * Format: date-time
             * @description When the provider was registered (UTC).
             */
            createdAt: string;
            /**
             * Updatedat
             * Format: date-time
             * @description When its profile last changed (UTC).
             */
            updatedAt: string;
        };
        /**
         * ProviderUpdate
         * @description A merge patch of a provider.
         * @example {
         *       "description": "Nu ook spreekuur op woensdag.",
         *       "themes": [
         *         "meeting-people"
         *       ]
         *     }
         */
        ProviderUpdate: {
            /**
             * Name
             * @description The provider's public name on the social map, e.g. `Welzijnskompas`. Cannot be removed (null is a 400).
             */
            name?: string | null;
            /** @description What kind of organisation: `welfare-foundation` (welzijnsstichting), `commercial`, `citizen-initiative` (burgerinitiatief), `club` (vereniging), `municipal` or `other`. Cannot be removed (null is a 400). */
            kind?: components["schemas"]["ProviderKind"] | null;
            /**
             * Description
             * @description What the provider does and for whom, shown on the social map (plain text). Cannot be removed (null is a 400).
             */
            description?: string | null;
            /**
             * Kvknumber
             * @description Chamber of Commerce number (KvK-nummer): 8 digits. Send null to remove it.
             * @example 41234567
             */
            kvkNumber?: string | null;
            /**
             * Municipalities
             * @description CBS codes of the municipalities it serves (at least one), e.g. `GM0534`, `GM0553`. Replaced whole; municipality staff may add or remove only their own.
             */
            municipalities?: string[] | null;
            /**
             * Themes
             * @description Theme slugs of its work (see `GET /themes`), e.g. `meeting-people`. Replaced whole. Cannot be removed (null is a 400).
             */
            themes?: string[] | null;
            /**
             * Minimumage
             * @description The youngest age in years it serves; null for no lower limit.
             */
            minimumAge?: number | null;
            /**
             * Maximumage
             * @description The oldest age in years it serves; null for no upper limit.
             */
            maximumAge?: number | null;
            /** @description How residents and referrers reach the provider. Replaced whole; null removes all of it. */
            contact?: components["schemas"]["ContactIn"] | null;
            /**
             * Active
             * @description Whether it is on the public social map and takes referrals. Only admins and municipality staff change it; a profile provider staff register starts inactive. Provider staff may not send it (403). Cannot be removed (null is a 400).
             */
            active?: boolean | null;
        };
        /** Reach */
        Reach: {
            /**
             * Ageband
             * @description The age band: `0-11`, `12-17`, `18-26`, `27-64`, `65-79`, `80+` or `unknown`.
             */
            ageBand: string;
            /**
             * Residents
             * @description Distinct residents registered for an activity; null when suppressed.
             */
            residents: number | null;
            /**
             * Suppressed
             * @description Whether `residents` is hidden (below the threshold).
             */
            suppressed: boolean;
        };
        /**
         * ReasonCode
         * @enum {string}
         */
        ReasonCode: "not-eligible" | "no-capacity" | "could-not-contact" | "declined-by-resident" | "referred-elsewhere" | "duplicate" | "other";
        /**
         * RedeliveryCreate
         * @description Deliver again from an event on (every later event follows, in order), or, without
         *     one, try again now: a failing subscription becomes active again.
         * @example {
         *       "fromEvent": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d20"
         *     }
         */
        RedeliveryCreate: {
            /**
             * Fromevent
             * Format: uuid
             * @description A delivered event's id (eventId of a delivery).
             */
            fromEvent?: string | null;
        };
        /**
         * ReferralCreate
         * @description `residentId`, or `resident` inline (matched to a resident you may see, or made new).
         * @example {
         *       "activityId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d02",
         *       "consent": {
         *         "givenAt": "2026-11-20T10:15:00Z",
         *         "givenBy": "resident",
         *         "method": "verbal"
         *       },
         *       "contactPerson": {
         *         "email": "praktijk@huisarts.example",
         *         "name": "Dr. A. de Vries",
         *         "phone": "+31252123456"
         *       },
         *       "externalId": "VW-2026-000417",
         *       "providerId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d01",
         *       "reason": "Voelt zich eenzaam sinds het overlijden van de partner.",
         *       "residentId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0e",
         *       "sourceSystem": "medicom",
         *       "themes": [
         *         "meeting-people"
         *       ],
         *       "urgency": "normal"
         *     }
         */
        ReferralCreate: {
            /**
             * Residentid
             * Format: uuid
             * @description A resident you may see (400 `unknown-resident` otherwise); or give `resident` instead, not both.
             */
            residentId?: string | null;
            /** @description The resident inline, instead of `residentId`: matched to one you may see (by `externalIds`, or family name, date of birth and postcode), else registered new. */
            resident?: components["schemas"]["ResidentCreate"] | null;
            /**
             * Providerid
             * Format: uuid
             * @description The provider (aanbieder) asked to help: an active one (400 `inactive-provider` otherwise), from `GET /providers` or an activity's `providerId`.
             */
            providerId: string;
            /**
             * Activityid
             * Format: uuid
             * @description A published activity of that provider, when the referral is for one: accepting the referral registers the resident there (or on its waiting list).
             */
            activityId?: string | null;
            /**
             * Themes
             * @description Theme slugs of what the resident needs (see `GET /themes`), e.g. `meeting-people`: statistics count referrals by them.
             */
            themes: string[];
            /**
             * Reason
             * @description Why the resident is referred, in a few words. It may hold health data (AVG art. 9): only the sender and the receiving provider read it; never in statistics, logs or webhooks.
             */
            reason: string;
            /**
             * @description `normal` or `urgent` (the provider should act sooner); `normal` by default.
             * @default normal
             */
            urgency: components["schemas"]["Urgency"];
            /** @description Who at the sender's side the provider contacts about this referral: a name, with a phone number or e-mail address where there is one. */
            contactPerson: components["schemas"]["ContactPersonIn"];
            /** @description The resident's consent to share their data with the provider for this referral (toestemming): no consent, no referral. Under 16 a guardian gives it (400 `guardian-consent-required` otherwise). */
            consent: components["schemas"]["ConsentIn"];
            /**
             * Sourcesystem
             * @description Your system's name, e.g. `medicom`: with `externalId`, your own reference for this referral.
             */
            sourceSystem?: string | null;
            /**
             * Externalid
             * @description Your system's id of this referral, e.g. `VW-2026-000417`. The pair (`sourceSystem`, `externalId`) is unique per sending organisation: sending it again is a 409 `duplicate-referral` that links to the first.
             */
            externalId?: string | null;
            /**
             * Previousreferralid
             * Format: uuid
             * @description Forwarding (doorverwijzen): the referral this one continues, passed on by a provider. It must be a `requested` referral to your organisation, about the same resident; it becomes `rejected` with `referred-elsewhere`.
             */
            previousReferralId?: string | null;
        };
        /** ReferralFigures */
        ReferralFigures: {
            /**
             * Municipality
             * @description The group's municipality (CBS code), e.g. `GM0534`.
             */
            municipality?: string | null;
            /**
             * Provider
             * Format: uuid
             * @description The group's provider (its id).
             */
            provider?: string | null;
            /**
             * Providername
             * @description The group's provider's name, given with `provider`.
             */
            providerName?: string | null;
            /**
             * Theme
             * @description The group's theme slug.
             */
            theme?: string | null;
            /**
             * Ageband
             * @description The group's age band: `0-11`, `12-17`, `18-26`, `27-64`, `65-79`, `80+` or `unknown`. For referrals the resident's age when referred; for activities each band their ages are open to.
             */
            ageBand?: string | null;
            /**
             * Status
             * @description The group's referral status (the current one), e.g. `accepted`.
             */
            status?: string | null;
            /**
             * Reasoncode
             * @description The group's reason code, e.g. `no-capacity`; `none` for referrals without one.
             */
            reasonCode?: string | null;
            /**
             * Senderkind
             * @description The group's kind of sender, e.g. `gp` or `district-team`.
             */
            senderKind?: string | null;
            /**
             * Month
             * @description The month the referrals were sent, YYYY-MM in Dutch time (Europe/Amsterdam).
             */
            month?: string | null;
            /**
             * Count
             * @description Referrals in the group; null when suppressed.
             */
            count: number | null;
            /**
             * Suppressed
             * @description Whether the group's figures are hidden (null): its count is below the threshold, or hiding it keeps another hidden count from being worked out.
             */
            suppressed: boolean;
            /**
             * Mediandaystoaccept
             * @description Median whole days from sent to accepted, of the accepted ones (nearest rank); null when none was accepted or suppressed.
             */
            medianDaysToAccept: number | null;
            /**
             * P90Daystoaccept
             * @description 90th percentile of those days (nearest rank); null like the median.
             */
            p90DaysToAccept: number | null;
            /**
             * Sharecompleted
             * @description Completed referrals / count, from 0 to 1; null when suppressed.
             */
            shareCompleted: number | null;
        };
        /**
         * ReferralRead
         * @description A referral as its sender or receiver sees it (admins see all but the `reason`).
         * @example {
         *       "activityId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d02",
         *       "consent": {
         *         "givenAt": "2026-11-20T10:15:00Z",
         *         "givenBy": "resident",
         *         "method": "verbal"
         *       },
         *       "contactPerson": {
         *         "email": "praktijk@huisarts.example",
         *         "name": "Dr. A. de Vries",
         *         "phone": "+31252123456"
         *       },
         *       "externalId": "VW-2026-000417",
         *       "id": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d03",
         *       "overdue": false,
         *       "providerId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d01",
         *       "providerName": "Welzijnskompas",
         *       "reason": "Voelt zich eenzaam sinds het overlijden van de partner.",
         *       "requestedAt": "2026-11-20T10:20:00Z",
         *       "resident": {
         *         "familyName": "Amrani",
         *         "familyNamePrefix": "el",
         *         "givenName": "Fatima",
         *         "id": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0e"
         *       },
         *       "senderKind": "gp",
         *       "senderName": "Huisartsenpraktijk Hillegom-Centrum",
         *       "senderOrganisationId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d04",
         *       "sourceSystem": "medicom",
         *       "status": "requested",
         *       "themes": [
         *         "meeting-people"
         *       ],
         *       "updatedAt": "2026-11-20T10:20:00Z",
         *       "urgency": "normal",
         *       "previousReferralId": null,
         *       "reasonCode": null,
         *       "outcome": null,
         *       "registration": null,
         *       "acceptedAt": null,
         *       "closedAt": null
         *     }
         */
        ReferralRead: {
            /**
             * Id
             * Format: uuid
             * @description The referral's id (also in `Location` when sent).
             */
            id: string;
            /** @description Who the referral is about. */
            resident: components["schemas"]["ResidentSummary"];
            /**
             * Providerid
             * Format: uuid
             * @description The receiving provider (aanbieder).
             */
            providerId: string;
            /**
             * Providername
             * @description The receiving provider's name.
             */
            providerName: string;
            /**
             * Activityid
             * Format: uuid
             * @description The activity it is for; null when it is for the provider in general.
             */
            activityId: string | null;
            /**
             * Themes
             * @description Theme slugs of what the resident needs (see `GET /themes`), e.g. `meeting-people`: statistics count referrals by them.
             */
            themes: string[];
            /**
             * Reason
             * @description Why the resident is referred: shown to the sender and the receiving provider only, so null for anyone else (admins included) and once erased.
             */
            reason?: string | null;
            /** @description `normal` or `urgent` (the provider should act sooner); `normal` by default. */
            urgency: components["schemas"]["Urgency"];
            /** @description Who at the sender's side the provider contacts about this referral: a name, with a phone number or e-mail address where there is one. */
            contactPerson: components["schemas"]["ContactPersonRead"];
            /** @description The resident's consent to share their data with the provider for this referral (toestemming): no consent, no referral. */
            consent: components["schemas"]["ConsentRead"];
            /**
             * Sourcesystem
             * @description The sender's system name, as sent; null when not given.
             */
            sourceSystem: string | null;
            /**
             * Externalid
             * @description The sender's own id of the referral, as sent; null when not given or once the resident was erased.
             */
            externalId: string | null;
            /**
             * Previousreferralid
             * Format: uuid
             * @description Forwarding (doorverwijzen): the referral this one continues, passed on by a provider. Null when it is not a forward.
             */
            previousReferralId: string | null;
            /**
             * Senderorganisationid
             * Format: uuid
             * @description The organisation that sent it.
             */
            senderOrganisationId: string;
            /**
             * Sendername
             * @description The sending organisation's name.
             */
            senderName: string;
            /** @description What kind of organisation sent it: `gp` (huisarts), `district-team` (wijkteam), `youth-team` (CJG), `school`, `other`, `provider` (forwarded), ... */
            senderKind: components["schemas"]["SenderKind"];
            /** @description Where it is in the lifecycle (see the front page and `GET /referral-transitions`): `requested` until the provider accepts or rejects it. */
            status: components["schemas"]["ReferralStatus"];
            /** @description Why it was rejected, failed or cancelled: `not-eligible`, `no-capacity`, `could-not-contact`, `declined-by-resident`, `referred-elsewhere`, `duplicate`, `other`. Null in every other status. */
            reasonCode: components["schemas"]["ReasonCode"] | null;
            /**
             * Outcome
             * @description What came of it, when it was completed with one; otherwise null (and once the resident was erased).
             */
            outcome: string | null;
            /**
             * Overdue
             * @description Whether it is still `requested` after the configured number of working days (5 by default; Dutch public holidays excluded).
             */
            overdue: boolean;
            /** @description The resident's registration for the activity, made when the referral was accepted; null before, and for referrals without an activity. */
            registration: components["schemas"]["RegistrationSummary"] | null;
            /**
             * Requestedat
             * Format: date-time
             * @description When it was sent (UTC).
             */
            requestedAt: string;
            /**
             * Acceptedat
             * Format: date-time
             * @description When it was first accepted (UTC); null if it never was.
             */
            acceptedAt: string | null;
            /**
             * Closedat
             * Format: date-time
             * @description When it reached a final status (UTC); null while it is open.
             */
            closedAt: string | null;
            /**
             * Updatedat
             * Format: date-time
             * @description When it last changed (UTC).
             */
            updatedAt: string;
        };
        /**
         * ReferralStatistics
         * @example {
         *       "fromMonth": "2026-01",
         *       "groupBy": [
         *         "municipality",
         *         "month"
         *       ],
         *       "groups": [
         *         {
         *           "count": 41,
         *           "medianDaysToAccept": 3,
         *           "month": "2026-03",
         *           "municipality": "GM0534",
         *           "p90DaysToAccept": 9,
         *           "shareCompleted": 0.44,
         *           "suppressed": false
         *         },
         *         {
         *           "month": "2026-03",
         *           "municipality": "GM0553",
         *           "suppressed": true,
         *           "count": null,
         *           "medianDaysToAccept": null,
         *           "p90DaysToAccept": null,
         *           "shareCompleted": null
         *         }
         *       ],
         *       "threshold": 5,
         *       "untilMonth": "2026-06"
         *     }
         */
        ReferralStatistics: {
            /**
             * Groupby
             * @description The dimensions grouped by, as asked in `groupBy`.
             */
            groupBy: string[];
            /**
             * Frommonth
             * @description First month counted (YYYY-MM, Dutch time); null when not limited.
             */
            fromMonth: string | null;
            /**
             * Untilmonth
             * @description Last month counted (YYYY-MM, Dutch time); null when not limited.
             */
            untilMonth: string | null;
            /**
             * Threshold
             * @description Counts of people below this (but above 0) are suppressed; 5 by default.
             */
            threshold: number;
            /**
             * Groups
             * @description One entry per combination of the `groupBy` values that occurs.
             */
            groups: components["schemas"]["ReferralFigures"][];
        };
        /**
         * ReferralStatus
         * @enum {string}
         */
        ReferralStatus: "requested" | "accepted" | "in-progress" | "on-hold" | "completed" | "failed" | "rejected" | "cancelled";
        /**
         * RegistrationCreate
         * @example {
         *       "residentId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0e"
         *     }
         * @example {
         *       "overrideReason": "Begeleider komt mee; afgestemd met de aanbieder.",
         *       "residentId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0e"
         *     }
         */
        RegistrationCreate: {
            /**
             * Residentid
             * Format: uuid
             * @description The resident to register: one you may see (any other answers 404).
             */
            residentId: string;
            /**
             * Overridereason
             * @description Why a resident outside the activity's ages may join anyway; without it, such a registration is a 400 `age-out-of-range`. Seen by the activity's provider.
             */
            overrideReason?: string | null;
        };
        /**
         * RegistrationRead
         * @example {
         *       "activityId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0f",
         *       "createdAt": "2026-11-22T10:00:00Z",
         *       "id": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d10",
         *       "residentId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0e",
         *       "status": "waitlisted",
         *       "updatedAt": "2026-11-22T10:00:00Z",
         *       "waitlistPosition": 2,
         *       "overrideReason": null
         *     }
         */
        RegistrationRead: {
            /**
             * Id
             * Format: uuid
             * @description The registration's id, under its activity.
             */
            id: string;
            /**
             * Activityid
             * Format: uuid
             * @description The activity the resident is registered for.
             */
            activityId: string;
            /**
             * Residentid
             * Format: uuid
             * @description The registered resident.
             */
            residentId: string;
            /** @description `registered`: has a place; `waitlisted`: on the waiting list (the activity was full), moved up to `registered` in order when a place frees; `cancelled`: ended. */
            status: components["schemas"]["RegistrationStatus"];
            /**
             * Waitlistposition
             * @description 1 is next in line; null unless waitlisted.
             */
            waitlistPosition: number | null;
            /**
             * Overridereason
             * @description Why a resident outside the activity's ages was admitted; null when none was needed (or the resident was erased).
             */
            overrideReason: string | null;
            /**
             * Createdat
             * Format: date-time
             * @description When the registration was made (UTC).
             */
            createdAt: string;
            /**
             * Updatedat
             * Format: date-time
             * @description When its status last changed (UTC).
             */
            updatedAt: string;
        };
        /**
         * RegistrationStatus
         * @enum {string}
         */
        RegistrationStatus: "registered" | "waitlisted" | "cancelled";
        /** RegistrationSummary */
        RegistrationSummary: {
            /**
             * Id
             * Format: uuid
             * @description The registration's id, under the activity.
             */
            id: string;
            /** @description The registration's current status. */
            status: components["schemas"]["RegistrationStatus"];
        };
        /**
         * ResidentCreate
         * @example {
         *       "birthDate": "1957-03-14",
         *       "email": "f.elamrani@example.nl",
         *       "externalIds": [
         *         {
         *           "externalId": "P-000123",
         *           "sourceSystem": "medicom"
         *         }
         *       ],
         *       "familyName": "Amrani",
         *       "familyNamePrefix": "el",
         *       "givenName": "Fatima",
         *       "municipality": "GM0534",
         *       "phone": "+31612345678",
         *       "preferredContact": "phone",
         *       "preferredLanguage": "nl"
         *     }
         */
        ResidentCreate: {
            /**
             * Givenname
             * @description Given name (voornaam), as the resident uses it.
             */
            givenName: string;
            /**
             * Familynameprefix
             * @description The family name's prefix (tussenvoegsel), e.g. `van der` in Jan van der Berg; kept apart from `familyName`, which is what matching uses.
             */
            familyNamePrefix?: string | null;
            /**
             * Familyname
             * @description Family name without its prefix, e.g. `Berg`. Matched without regard to case, accents and extra spaces.
             */
            familyName: string;
            /**
             * Birthdate
             * Format: date
             * @description Date of birth, YYYY-MM-DD: from 1900 on and not in the future. Under 16 a parent or guardian gives consent to a referral; statistics show only the age band.
             */
            birthDate: string;
            /** @description The home address; leave it out when unknown. With it, a resident you may already see with the same family name, date of birth and postcode is found instead of a new one made (`POST /residents` answers 409 `duplicate-resident`; a referral uses it). */
            address?: components["schemas"]["AddressIn"] | null;
            /**
             * Municipality
             * @description CBS code of the municipality of residence (see `GET /municipalities`), e.g. `GM0534` for Hillegom: the resident's data belongs to it.
             * @example GM0534
             */
            municipality: string;
            /**
             * Phone
             * @description Phone number in E.164 (`+31612345678`) or Dutch national form (`06 12345678`); stored and answered in E.164.
             * @example +31612345678
             */
            phone?: string | null;
            /**
             * Email
             * Format: email
             * @description E-mail address, stored in its normalised form (the domain lower-cased).
             * @example j.devries@example.nl
             */
            email?: string | null;
            /**
             * Preferredlanguage
             * @description Language to contact the resident in: an ISO 639 code, optionally with a region (`nl`, `en`, `ar`, `pt-BR`).
             * @example nl
             */
            preferredLanguage?: string | null;
            /** @description How the resident likes to be contacted: `phone`, `email`, `text-message` (SMS) or `via-referrer` (through whoever referred them). */
            preferredContact?: components["schemas"]["ContactPreference"] | null;
            /**
             * Externalids
             * @description Your systems' ids for this resident (at most 5, each pair once), unique within your organisation: a pair naming a resident you may see finds that resident (`POST /residents` answers 409 `duplicate-resident`; a referral uses it), one naming a resident out of your sight is a 409 `external-id-taken`. Search by them with `POST /residents/_search`.
             */
            externalIds?: components["schemas"]["ExternalIdIn"][];
        };
        /**
         * ResidentExport
         * @description Everything held about one resident (AVG art. 15).
         */
        ResidentExport: {
            /**
             * Exportedat
             * Format: date-time
             * @description When this export was made (UTC).
             */
            exportedAt: string;
            /** @description The resident, every field of it. */
            resident: components["schemas"]["ResidentRead"];
            /**
             * Referrals
             * @description Every referral about the resident, oldest first, as stored (snake_case column names), the reason included, each with its `history` of status changes.
             */
            referrals: {
                [key: string]: unknown;
            }[];
            /**
             * Registrations
             * @description Every registration for an activity, oldest first, as stored.
             */
            registrations: {
                [key: string]: unknown;
            }[];
            /**
             * Consents
             * @description The consent of each referral: `referral_id`, `given_by`, `method`, `given_at` and `recorded_by` (the user or client that recorded it).
             */
            consents: {
                [key: string]: unknown;
            }[];
            /**
             * Auditevents
             * @description Every audit event that names the resident, oldest first: who read or changed their data, and when.
             */
            auditEvents: components["schemas"]["AuditEventRead"][];
        };
        /**
         * ResidentRead
         * @description A resident as the caller's role may see it: fields it may not see are absent.
         * @example {
         *       "birthDate": "1957-03-14",
         *       "email": "f.elamrani@example.nl",
         *       "familyName": "Amrani",
         *       "familyNamePrefix": "el",
         *       "givenName": "Fatima",
         *       "id": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d0e",
         *       "municipality": "GM0534",
         *       "phone": "+31612345678",
         *       "preferredContact": "phone",
         *       "preferredLanguage": "nl"
         *     }
         */
        ResidentRead: {
            /**
             * Id
             * Format: uuid
             * @description The resident's id: the API's own identifier (never a BSN), stable for good.
             */
            id: string;
            /**
             * Givenname
             * @description Given name (voornaam), as the resident uses it.
             */
            givenName?: string | null;
            /**
             * Familynameprefix
             * @description The family name's prefix (tussenvoegsel), e.g. `van der` in Jan van der Berg; kept apart from `familyName`, which is what matching uses. Null when none.
             */
            familyNamePrefix?: string | null;
            /**
             * Familyname
             * @description Family name without its prefix, e.g. `Berg`. Matched without regard to case, accents and extra spaces.
             */
            familyName?: string | null;
            /**
             * Birthdate
             * Format: date
             * @description Date of birth, YYYY-MM-DD.
             */
            birthDate?: string | null;
            /** @description The home address; null when unknown. Absent for provider staff (minimisation). */
            address?: components["schemas"]["AddressRead"] | null;
            /**
             * Municipality
             * @description CBS code of the municipality of residence (see `GET /municipalities`), e.g. `GM0534` for Hillegom: the resident's data belongs to it.
             */
            municipality?: string | null;
            /**
             * Phone
             * @description Phone number in E.164; null if none.
             */
            phone?: string | null;
            /**
             * Email
             * @description E-mail address; null if none.
             */
            email?: string | null;
            /**
             * Preferredlanguage
             * @description ISO 639 code of the language to contact the resident in.
             */
            preferredLanguage?: string | null;
            /** @description How the resident likes to be contacted: `phone`, `email`, `text-message` (SMS) or `via-referrer` (through whoever referred them). Null when not known. */
            preferredContact?: components["schemas"]["ContactPreference"] | null;
            /**
             * Externalids
             * @description Your organisation's ids for this resident (admins see every organisation's). Absent for provider staff (minimisation).
             */
            externalIds?: components["schemas"]["ExternalIdRead"][] | null;
            /**
             * Registeredbyorganisationid
             * Format: uuid
             * @description The organisation that registered the resident; shown to admins only.
             */
            registeredByOrganisationId?: string | null;
            /**
             * Createdat
             * Format: date-time
             * @description When the resident was registered (UTC). Absent for provider staff (minimisation).
             */
            createdAt?: string | null;
            /**
             * Updatedat
             * Format: date-time
             * @description When the resident last changed (UTC). Absent for provider staff (minimisation).
             */
            updatedAt?: string | null;
        };
        /**
         * ResidentSearch
         * @description Either familyName, birthDate and postcode (e.g. "2181 EC"), or sourceSystem and
         *     externalId: a partner system's own identifier.
         * @example {
         *       "externalId": "P-000123",
         *       "sourceSystem": "medicom"
         *     }
         */
        ResidentSearch: {
            /**
             * Familyname
             * @description With `birthDate` and `postcode`: the family name without its prefix, matched without regard to case, accents and extra spaces.
             */
            familyName?: string | null;
            /**
             * Birthdate
             * Format: date
             * @description With `familyName` and `postcode`: the date of birth.
             */
            birthDate?: string | null;
            /**
             * Postcode
             * @description With `familyName` and `birthDate`: the postcode of the home address, e.g. `2181 EC` (the space may be left out).
             * @example 2181 AB
             */
            postcode?: string | null;
            /**
             * Sourcesystem
             * @description With `externalId`: your system's name, as given in the resident's `externalIds` (only your organisation's ids are searched).
             */
            sourceSystem?: string | null;
            /**
             * Externalid
             * @description With `sourceSystem`: the resident's id in that system.
             */
            externalId?: string | null;
        };
        /**
         * ResidentSummary
         * @description Who the referral is about; the names are null once the resident was erased.
         */
        ResidentSummary: {
            /**
             * Id
             * Format: uuid
             * @description The resident's id (`GET /residents/{residentId}`).
             */
            id: string;
            /**
             * Givenname
             * @description Given name; null once erased.
             */
            givenName: string | null;
            /**
             * Familynameprefix
             * @description Family name prefix (tussenvoegsel), e.g. `van der`; null when none.
             */
            familyNamePrefix: string | null;
            /**
             * Familyname
             * @description Family name; null once erased.
             */
            familyName: string | null;
            /**
             * Birthdate
             * Format: date
             * @description Date of birth, YYYY-MM-DD; null once erased.
             */
            birthDate?: string | null;
        };
        /**
         * ResidentUpdate
         * @description A merge patch of a resident.
         * @example {
         *       "phone": "+31687654321"
         *     }
         */
        ResidentUpdate: {
            /**
             * Givenname
             * @description Given name (voornaam), as the resident uses it. Cannot be removed (null is a 400).
             */
            givenName?: string | null;
            /**
             * Familynameprefix
             * @description The family name's prefix (tussenvoegsel), e.g. `van der` in Jan van der Berg; kept apart from `familyName`, which is what matching uses. Send null to remove it.
             */
            familyNamePrefix?: string | null;
            /**
             * Familyname
             * @description Family name without its prefix, e.g. `Berg`. Matched without regard to case, accents and extra spaces. Cannot be removed (null is a 400).
             */
            familyName?: string | null;
            /**
             * Birthdate
             * Format: date
             * @description Date of birth, YYYY-MM-DD: from 1900 on and not in the future. Under 16 a parent or guardian gives consent to a referral; statistics show only the age band. Cannot be removed (null is a 400).
             */
            birthDate?: string | null;
            /** @description The home address, replaced whole. Send null to remove it. */
            address?: components["schemas"]["AddressIn"] | null;
            /**
             * Municipality
             * @description CBS code of the municipality of residence (see `GET /municipalities`), e.g. `GM0534` for Hillegom: the resident's data belongs to it. Cannot be removed (null is a 400).
             * @example GM0534
             */
            municipality?: string | null;
            /**
             * Phone
             * @description Phone number in E.164 (`+31612345678`) or Dutch national form (`06 12345678`); stored and answered in E.164. Send null to remove it.
             * @example +31612345678
             */
            phone?: string | null;
            /**
             * Email
             * Format: email
             * @description E-mail address, stored in its normalised form (the domain lower-cased). Send null to remove it.
             * @example j.devries@example.nl
             */
            email?: string | null;
            /**
             * Preferredlanguage
             * @description Language to contact the resident in: an ISO 639 code, optionally with a region (`nl`, `en`, `ar`, `pt-BR`). Send null to remove it.
             */
            preferredLanguage?: string | null;
            /** @description How the resident likes to be contacted: `phone`, `email`, `text-message` (SMS) or `via-referrer` (through whoever referred them). Send null to remove it. */
            preferredContact?: components["schemas"]["ContactPreference"] | null;
        };
        /**
         * Role
         * @enum {string}
         */
        Role: "admin" | "municipality" | "referrer" | "provider" | "partner-system";
        /**
         * ScheduleIn
         * @description The first occurrence; `recurrence` (RFC 5545 RRULE, local Dutch time) repeats it.
         */
        ScheduleIn: {
            /**
             * Startsat
             * Format: date-time
             * @description When the first occurrence starts (UTC; any zone is accepted on input).
             */
            startsAt: string;
            /**
             * Endsat
             * Format: date-time
             * @description When the first occurrence ends, after `startsAt`; later ones last as long.
             */
            endsAt: string;
            /**
             * Recurrence
             * @description An RFC 5545 RRULE without DTSTART, e.g. `FREQ=WEEKLY;BYDAY=TU`, expanded in Dutch local time (a 10:00 coffee morning stays at 10:00 across daylight saving), at most daily; null for a single occurrence.
             * @example FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630T000000Z
             */
            recurrence?: string | null;
        };
        /**
         * ScheduleRead
         * @description When an activity takes place; `nextOccurrence` of the activity is the next start.
         */
        ScheduleRead: {
            /**
             * Startsat
             * Format: date-time
             * @description When the first occurrence starts (UTC; any zone is accepted on input).
             */
            startsAt: string;
            /**
             * Endsat
             * Format: date-time
             * @description When the first occurrence ends, after `startsAt`; later ones last as long.
             */
            endsAt: string;
            /**
             * Recurrence
             * @description An RFC 5545 RRULE without DTSTART, e.g. `FREQ=WEEKLY;BYDAY=TU`, expanded in Dutch local time (a 10:00 coffee morning stays at 10:00 across daylight saving), at most daily; null for a single occurrence.
             */
            recurrence: string | null;
        };
        /** SecretRead */
        SecretRead: {
            /**
             * Secret
             * @description The new signing secret; shown only now.
             */
            secret: string;
            /**
             * Previoussecretexpiresat
             * Format: date-time
             * @description Until then (UTC), messages carry a signature with the previous key as well, so the receiver can switch without missing one; null when there is none.
             */
            previousSecretExpiresAt: string | null;
        };
        /**
         * SenderKind
         * @description What kind of organisation sent a referral: the referrer kind of its organisation
         *     (`gp` huisarts, `district-team` wijkteam, ...), `provider` for a provider's own referral,
         *     else the organisation's kind.
         * @enum {string}
         */
        SenderKind: "gp" | "district-team" | "youth-team" | "school" | "other" | "provider" | "referrer" | "municipality";
        /**
         * StaffClientCreate
         * @description A partner system (confidential: the answer holds its secret, once) or a front end
         *     (`public`: exact redirect URIs; origins default to theirs).
         * @example {
         *       "allowedOrigins": [
         *         "https://loket.hillegom.example"
         *       ],
         *       "clientId": "hillegom-loket",
         *       "name": "Loket Hillegom",
         *       "organisation": "gemeente-hillegom",
         *       "public": true,
         *       "redirectUris": [
         *         "https://loket.hillegom.example/callback"
         *       ]
         *     }
         */
        StaffClientCreate: {
            /**
             * Clientid
             * @description The OAuth `client_id` it signs in with, e.g. `hillegom-loket`.
             */
            clientId: string;
            /**
             * Name
             * @description The name the sign-in page shows, e.g. `Loket Hillegom`.
             */
            name: string;
            /**
             * Organisation
             * @description The organisation's code (e.g. `welzijnskompas`) or id.
             */
            organisation: string;
            /**
             * Public
             * @description True for a front end (a browser app: no secret, the code flow with PKCE); false for a partner system (client credentials).
             * @default false
             */
            public: boolean;
            /**
             * Redirecturis
             * @description A front end's exact redirect URIs (compared character for character). Required for a front end.
             * @default []
             */
            redirectUris: string[];
            /**
             * Allowedorigins
             * @description The browser origins a front end may call the token endpoint from; by default those of its redirect URIs.
             * @default []
             */
            allowedOrigins: string[];
        };
        /** StaffClientCreated */
        StaffClientCreated: {
            /**
             * Id
             * Format: uuid
             * @description The client's id (a UUID), as in `/staff/clients/{clientId}`.
             */
            id: string;
            /**
             * Clientid
             * @description The OAuth `client_id` it signs in with, e.g. `hillegom-loket`.
             */
            clientId: string;
            /**
             * Name
             * @description The name the sign-in page shows, e.g. `Loket Hillegom`.
             */
            name: string;
            /**
             * Organisationid
             * Format: uuid
             * @description The organisation it acts for (id of an organisation).
             */
            organisationId: string;
            /**
             * Public
             * @description True for a front end (a browser app: no secret, the code flow with PKCE); false for a partner system (client credentials).
             */
            public: boolean;
            /**
             * Redirecturis
             * @description A front end's exact redirect URIs (compared character for character).
             */
            redirectUris: string[];
            /**
             * Allowedorigins
             * @description The browser origins a front end may call the token endpoint from; by default those of its redirect URIs.
             */
            allowedOrigins: string[];
            /**
             * Active
             * @description False once deactivated: the account (or client) can neither sign in nor use a token.
             */
            active: boolean;
            /**
             * Createdat
             * Format: date-time
             * @description When it was created (UTC).
             */
            createdAt: string;
            /**
             * Secret
             * @description A partner system's client secret, shown only now; null for a front end.
             */
            secret: string | null;
        };
        /**
         * StaffClientRead
         * @example {
         *       "active": true,
         *       "allowedOrigins": [
         *         "https://loket.hillegom.example"
         *       ],
         *       "clientId": "hillegom-loket",
         *       "createdAt": "2026-12-03T09:00:00Z",
         *       "id": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d23",
         *       "name": "Loket Hillegom",
         *       "organisationId": "0193a1c2-1111-7b1d-8a2e-5f6a7b8c9d22",
         *       "public": true,
         *       "redirectUris": [
         *         "https://loket.hillegom.example/callback"
         *       ]
         *     }
         */
        StaffClientRead: {
            /**
             * Id
             * Format: uuid
             * @description The client's id (a UUID), as in `/staff/clients/{clientId}`.
             */
            id: string;
            /**
             * Clientid
             * @description The OAuth `client_id` it signs in with, e.g. `hillegom-loket`.
             */
            clientId: string;
            /**
             * Name
             * @description The name the sign-in page shows, e.g. `Loket Hillegom`.
             */
            name: string;
            /**
             * Organisationid
             * Format: uuid
             * @description The organisation it acts for (id of an organisation).
             */
            organisationId: string;
            /**
             * Public
             * @description True for a front end (a browser app: no secret, the code flow with PKCE); false for a partner system (client credentials).
             */
            public: boolean;
            /**
             * Redirecturis
             * @description A front end's exact redirect URIs (compared character for character).
             */
            redirectUris: string[];
            /**
             * Allowedorigins
             * @description The browser origins a front end may call the token endpoint from; by default those of its redirect URIs.
             */
            allowedOrigins: string[];
            /**
             * Active
             * @description False once deactivated: the account (or client) can neither sign in nor use a token.
             */
            active: boolean;
            /**
             * Createdat
             * Format: date-time
             * @description When it was created (UTC).
             */
            createdAt: string;
        };
        /**
         * StaffClientUpdate
         * @description Deactivate (`active: false`: every sign-in through a front end ends), reactivate,
         *     rename (the name the sign-in page shows).
         * @example {
         *       "active": false,
         *       "name": "Loket Hillegom"
         *     }
         */
        StaffClientUpdate: {
            /**
             * Active
             * @description `false` deactivates the client, `true` reactivates it.
             */
            active?: boolean | null;
            /**
             * Name
             * @description The name the sign-in page shows, e.g. `Loket Hillegom`.
             */
            name?: string | null;
        };
        /**
         * StaffUserCreate
         * @description A new account; it signs in first with the temporary password of the answer.
         * @example {
         *       "displayName": "J. de Vries",
         *       "email": "j.devries@welzijnskompas.example",
         *       "organisation": "welzijnskompas",
         *       "role": "provider"
         *     }
         */
        StaffUserCreate: {
            /**
             * Email
             * Format: email
             * @description The login name.
             * @example j.devries@example.nl
             */
            email: string;
            /**
             * Displayname
             * @description The name shown to colleagues and in the audit trail, e.g. `J. de Vries`.
             */
            displayName: string;
            /**
             * Organisation
             * @description The organisation's code (e.g. `welzijnskompas`) or id.
             */
            organisation: string;
            /** @description admin, municipality, referrer or provider. */
            role: components["schemas"]["Role"];
        };
        /** StaffUserCreated */
        StaffUserCreated: {
            /**
             * Id
             * Format: uuid
             * @description The staff account's id (a UUID), as in `/staff/users/{userId}`.
             */
            id: string;
            /**
             * Email
             * @description The login name (an e-mail address).
             */
            email: string;
            /**
             * Displayname
             * @description The name shown to colleagues and in the audit trail, e.g. `J. de Vries`.
             */
            displayName: string;
            /**
             * Organisationid
             * Format: uuid
             * @description The organisation it acts for (id of an organisation).
             */
            organisationId: string;
            /** @description What the account may do (see `GET /me`'s capabilities). */
            role: components["schemas"]["Role"];
            /**
             * Active
             * @description False once deactivated: the account (or client) can neither sign in nor use a token.
             */
            active: boolean;
            /**
             * Mustchangepassword
             * @description After a reset: the next sign-in asks for a new password.
             */
            mustChangePassword: boolean;
            /**
             * Createdat
             * Format: date-time
             * @description When it was created (UTC).
             */
            createdAt: string;
            /**
             * Temporarypassword
             * @description Shown only now; the first sign-in replaces it.
             */
            temporaryPassword: string;
        };
        /**
         * StaffUserRead
         * @example {
         *       "active": true,
         *       "createdAt": "2026-12-03T09:00:00Z",
         *       "displayName": "J. de Vries",
         *       "email": "j.devries@welzijnskompas.example",
         *       "id": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d21",
         *       "mustChangePassword": true,
         *       "organisationId": "0193a1c2-1111-7b1d-8a2e-5f6a7b8c9d22",
         *       "role": "provider"
         *     }
         */
        StaffUserRead: {
            /**
             * Id
             * Format: uuid
             * @description The staff account's id (a UUID), as in `/staff/users/{userId}`.
             */
            id: string;
            /**
             * Email
             * @description The login name (an e-mail address).
             */
            email: string;
            /**
             * Displayname
             * @description The name shown to colleagues and in the audit trail, e.g. `J. de Vries`.
             */
            displayName: string;
            /**
             * Organisationid
             * Format: uuid
             * @description The organisation it acts for (id of an organisation).
             */
            organisationId: string;
            /** @description What the account may do (see `GET /me`'s capabilities). */
            role: components["schemas"]["Role"];
            /**
             * Active
             * @description False once deactivated: the account (or client) can neither sign in nor use a token.
             */
            active: boolean;
            /**
             * Mustchangepassword
             * @description After a reset: the next sign-in asks for a new password.
             */
            mustChangePassword: boolean;
            /**
             * Createdat
             * Format: date-time
             * @description When it was created (UTC).
             */
            createdAt: string;
        };
        /**
         * StaffUserUpdate
         * @description Deactivate (`active: false`: every sign-in of the account ends), reactivate, rename.
         * @example {
         *       "active": false,
         *       "displayName": "J. de Vries"
         *     }
         */
        StaffUserUpdate: {
            /**
             * Active
             * @description `false` deactivates the account, `true` reactivates it.
             */
            active?: boolean | null;
            /**
             * Displayname
             * @description The name shown to colleagues and in the audit trail, e.g. `J. de Vries`.
             */
            displayName?: string | null;
        };
        /**
         * StatusChangeCreate
         * @example {
         *       "status": "accepted"
         *     }
         * @example {
         *       "note": "Wachtlijst tot maart.",
         *       "reasonCode": "no-capacity",
         *       "status": "rejected"
         *     }
         * @example {
         *       "outcome": "Neemt wekelijks deel aan de koffieochtend.",
         *       "status": "completed"
         *     }
         */
        StatusChangeCreate: {
            /** @description The status to move to, one that `GET /referral-transitions` allows from the current one for your part (409 `illegal-transition` or 403 `not-your-move` else). */
            status: components["schemas"]["ReferralStatus"];
            /** @description Why it was rejected, failed or cancelled: `not-eligible`, `no-capacity`, `could-not-contact`, `declined-by-resident`, `referred-elsewhere`, `duplicate`, `other`. Required for exactly those three statuses. */
            reasonCode?: components["schemas"]["ReasonCode"] | null;
            /**
             * Note
             * @description A short note on the move, e.g. why; shown in the referral's history. Required with reason code `other`.
             */
            note?: string | null;
            /**
             * Outcome
             * @description What came of a completed referral, e.g. `Neemt wekelijks deel aan de koffieochtend.` Only when moving to `completed`.
             */
            outcome?: string | null;
        };
        /**
         * StatusChangeRead
         * @description One move in a referral's history; in the change feed `sequence` orders all of them.
         * @example {
         *       "actor": {
         *         "organisationId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d01",
         *         "role": "provider",
         *         "type": "user"
         *       },
         *       "changedAt": "2026-11-21T08:30:00Z",
         *       "fromStatus": "requested",
         *       "referralId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d03",
         *       "sequence": 1042,
         *       "toStatus": "accepted",
         *       "reasonCode": null,
         *       "note": null
         *     }
         */
        StatusChangeRead: {
            /**
             * Sequence
             * @description Orders all status changes of all referrals, increasing in the order they were committed (not always consecutive): the change feed's order.
             */
            sequence: number;
            /**
             * Referralid
             * Format: uuid
             * @description The referral that moved.
             */
            referralId: string;
            /** @description The status before; null for the first entry, the referral being sent. */
            fromStatus: components["schemas"]["ReferralStatus"] | null;
            /** @description The status after the move. */
            toStatus: components["schemas"]["ReferralStatus"];
            /** @description Why it was rejected, failed or cancelled: `not-eligible`, `no-capacity`, `could-not-contact`, `declined-by-resident`, `referred-elsewhere`, `duplicate`, `other`. Null for other moves. */
            reasonCode: components["schemas"]["ReasonCode"] | null;
            /**
             * Note
             * @description The note given with the move (a forward names the new referral); null when none, or once the resident was erased.
             */
            note: string | null;
            /** @description Who made the move. */
            actor: components["schemas"]["ActorRead"];
            /**
             * Changedat
             * Format: date-time
             * @description When the move was made (UTC).
             */
            changedAt: string;
        };
        /**
         * SubscriptionCreate
         * @example {
         *       "callbackUrl": "https://huisartsen.example/welzijn/meldingen",
         *       "eventTypes": [
         *         "nl.welzijn.referral.accepted",
         *         "nl.welzijn.referral.rejected"
         *       ],
         *       "municipality": "GM0534"
         *     }
         */
        SubscriptionCreate: {
            /**
             * Callbackurl
             * @description Where events are POSTed: an https URL (plain http only to loopback in development); loopback and private addresses are refused unless the deployment allows them. A new URL is verified (a challenge it must echo) before anything is delivered to it.
             */
            callbackUrl: string;
            /**
             * Eventtypes
             * @description The CloudEvents types to receive, e.g. `nl.welzijn.referral.accepted`: every referral status, every registration status, `nl.welzijn.activity.changed`.
             */
            eventTypes: components["schemas"]["EventType"][];
            /**
             * Municipality
             * @description Only events of this municipality (CBS code, e.g. `GM0534`); null for all.
             */
            municipality?: string | null;
            /**
             * Activityid
             * Format: uuid
             * @description Only events about this activity (an activity you may see); null for all.
             */
            activityId?: string | null;
        };
        /**
         * SubscriptionCreated
         * @example {
         *       "callbackUrl": "https://huisartsen.example/welzijn/meldingen",
         *       "createdAt": "2026-11-22T10:00:00Z",
         *       "eventTypes": [
         *         "nl.welzijn.referral.accepted"
         *       ],
         *       "id": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d20",
         *       "municipality": "GM0534",
         *       "nextAttemptAt": "2026-11-23T10:00:00Z",
         *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
         *       "status": "pending-verification",
         *       "updatedAt": "2026-11-23T10:00:00Z",
         *       "activityId": null,
         *       "failureReason": null,
         *       "verifiedAt": null,
         *       "previousSecretExpiresAt": null
         *     }
         */
        SubscriptionCreated: {
            /**
             * Id
             * Format: uuid
             * @description The subscription's id, for `/subscriptions/{subscriptionId}`.
             */
            id: string;
            /**
             * Callbackurl
             * @description Where events are POSTed: an https URL (plain http only to loopback in development); loopback and private addresses are refused unless the deployment allows them. A new URL is verified (a challenge it must echo) before anything is delivered to it.
             */
            callbackUrl: string;
            /**
             * Eventtypes
             * @description The CloudEvents types to receive, e.g. `nl.welzijn.referral.accepted`: every referral status, every registration status, `nl.welzijn.activity.changed`.
             */
            eventTypes: components["schemas"]["EventType"][];
            /**
             * Municipality
             * @description Only events of this municipality (CBS code, e.g. `GM0534`); null for all.
             */
            municipality: string | null;
            /**
             * Activityid
             * Format: uuid
             * @description Only events about this activity (an activity you may see); null for all.
             */
            activityId: string | null;
            /** @description pending-verification until the callback echoed the challenge; failing when an event stayed undelivered past the maximum age (see failureReason and deliveries). */
            status: components["schemas"]["SubscriptionStatus"];
            /**
             * Failurereason
             * @description Why it is `failing`: which event stayed undelivered and the last outcome; null otherwise.
             */
            failureReason: string | null;
            /**
             * Verifiedat
             * Format: date-time
             * @description When the callback URL echoed the challenge (UTC); null until then.
             */
            verifiedAt: string | null;
            /**
             * Nextattemptat
             * Format: date-time
             * @description When the worker next looks at it (UTC): now or soon when all is well, later while it backs off after a failed delivery.
             */
            nextAttemptAt: string;
            /**
             * Previoussecretexpiresat
             * Format: date-time
             * @description Until then (UTC), messages carry a signature with the previous key as well, so the receiver can switch without missing one; null when there is none.
             */
            previousSecretExpiresAt: string | null;
            /**
             * Createdat
             * Format: date-time
             * @description When it was made (UTC); events since then are delivered.
             */
            createdAt: string;
            /**
             * Updatedat
             * Format: date-time
             * @description When it last changed (UTC).
             */
            updatedAt: string;
            /**
             * Secret
             * @description The signing secret (Standard Webhooks); shown only now.
             */
            secret: string;
        };
        /**
         * SubscriptionRead
         * @example {
         *       "callbackUrl": "https://huisartsen.example/welzijn/meldingen",
         *       "createdAt": "2026-11-22T10:00:00Z",
         *       "eventTypes": [
         *         "nl.welzijn.referral.accepted"
         *       ],
         *       "failureReason": "Event 0193a1c2-… undelivered for 86400 s; last: http-503.",
         *       "id": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d20",
         *       "municipality": "GM0534",
         *       "nextAttemptAt": "2026-11-23T10:00:00Z",
         *       "status": "failing",
         *       "updatedAt": "2026-11-23T10:00:00Z",
         *       "verifiedAt": "2026-11-22T10:00:00Z",
         *       "activityId": null,
         *       "previousSecretExpiresAt": null
         *     }
         */
        SubscriptionRead: {
            /**
             * Id
             * Format: uuid
             * @description The subscription's id, for `/subscriptions/{subscriptionId}`.
             */
            id: string;
            /**
             * Callbackurl
             * @description Where events are POSTed: an https URL (plain http only to loopback in development); loopback and private addresses are refused unless the deployment allows them. A new URL is verified (a challenge it must echo) before anything is delivered to it.
             */
            callbackUrl: string;
            /**
             * Eventtypes
             * @description The CloudEvents types to receive, e.g. `nl.welzijn.referral.accepted`: every referral status, every registration status, `nl.welzijn.activity.changed`.
             */
            eventTypes: components["schemas"]["EventType"][];
            /**
             * Municipality
             * @description Only events of this municipality (CBS code, e.g. `GM0534`); null for all.
             */
            municipality: string | null;
            /**
             * Activityid
             * Format: uuid
             * @description Only events about this activity (an activity you may see); null for all.
             */
            activityId: string | null;
            /** @description pending-verification until the callback echoed the challenge; failing when an event stayed undelivered past the maximum age (see failureReason and deliveries). */
            status: components["schemas"]["SubscriptionStatus"];
            /**
             * Failurereason
             * @description Why it is `failing`: which event stayed undelivered and the last outcome; null otherwise.
             */
            failureReason: string | null;
            /**
             * Verifiedat
             * Format: date-time
             * @description When the callback URL echoed the challenge (UTC); null until then.
             */
            verifiedAt: string | null;
            /**
             * Nextattemptat
             * Format: date-time
             * @description When the worker next looks at it (UTC): now or soon when all is well, later while it backs off after a failed delivery.
             */
            nextAttemptAt: string;
            /**
             * Previoussecretexpiresat
             * Format: date-time
             * @description Until then (UTC), messages carry a signature with the previous key as well, so the receiver can switch without missing one; null when there is none.
             */
            previousSecretExpiresAt: string | null;
            /**
             * Createdat
             * Format: date-time
             * @description When it was made (UTC); events since then are delivered.
             */
            createdAt: string;
            /**
             * Updatedat
             * Format: date-time
             * @description When it last changed (UTC).
             */
            updatedAt: string;
        };
        /**
         * SubscriptionStatus
         * @enum {string}
         */
        SubscriptionStatus: "pending-verification" | "active" | "failing";
        /**
         * SubscriptionUpdate
         * @description A new callback URL is verified again before anything is delivered to it.
         * @example {
         *       "eventTypes": [
         *         "nl.welzijn.referral.requested"
         *       ],
         *       "municipality": "GM0553"
         *     }
         */
        SubscriptionUpdate: {
            /**
             * Callbackurl
             * @description Where events are POSTed: an https URL (plain http only to loopback in development); loopback and private addresses are refused unless the deployment allows them. A new URL is verified (a challenge it must echo) before anything is delivered to it. Cannot be removed (null is a 400).
             */
            callbackUrl?: string | null;
            /**
             * Eventtypes
             * @description The CloudEvents types to receive, e.g. `nl.welzijn.referral.accepted`: every referral status, every registration status, `nl.welzijn.activity.changed`. Replaced whole. Cannot be removed (null is a 400).
             */
            eventTypes?: components["schemas"]["EventType"][] | null;
            /**
             * Municipality
             * @description Only events of this municipality (CBS code, e.g. `GM0534`); null for all.
             */
            municipality?: string | null;
            /**
             * Activityid
             * Format: uuid
             * @description Only events about this activity (an activity you may see); null for all.
             */
            activityId?: string | null;
        };
        /**
         * TemporaryPassword
         * @description Shown only now: give it to the user by another channel than the login name.
         * @example {
         *       "temporaryPassword": "t7Jq-3mZ…",
         *       "userId": "0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d21"
         *     }
         */
        TemporaryPassword: {
            /**
             * Userid
             * Format: uuid
             * @description The staff account's id (a UUID), as in `/staff/users/{userId}`.
             */
            userId: string;
            /**
             * Temporarypassword
             * @description Valid for one sign-in, at which the user chooses a new password.
             */
            temporaryPassword: string;
        };
        /**
         * ThemeRead
         * @example {
         *       "description": "Meeting people, loneliness",
         *       "name": "Meeting people",
         *       "slug": "meeting-people"
         *     }
         */
        ThemeRead: {
            /**
             * Slug
             * @description The theme's stable code, e.g. `meeting-people`: what activities, providers, referrals and the `theme` filters use.
             */
            slug: string;
            /**
             * Name
             * @description The theme's display name, e.g. `Meeting people`.
             */
            name: string;
            /**
             * Description
             * @description What the theme covers, e.g. `Meeting people, loneliness`.
             */
            description: string;
        };
        /**
         * TokenResponse
         * @description RFC 6749 §5.1 access token response.
         * @example {
         *       "access_token": "eyJhbGciOiJFUzI1NiIsImtpZCI6Ij…",
         *       "expires_in": 900,
         *       "scope": "referrals.read referrals.send",
         *       "token_type": "Bearer"
         *     }
         */
        TokenResponse: {
            /**
             * Access Token
             * @description A signed JWT: send it as `Authorization: Bearer …` (keys at `/.well-known/jwks.json`); it expires after `expires_in` seconds. Front ends then use their `refresh_token`, others ask for a new one.
             */
            access_token: string;
            /**
             * Token Type
             * @description Always `Bearer` (RFC 6750).
             * @default Bearer
             * @constant
             */
            token_type: "Bearer";
            /**
             * Expires In
             * @description Seconds until the token expires.
             */
            expires_in: number;
            /**
             * Scope
             * @description The permissions the token carries, space-separated (as in `GET /me`'s `capabilities`): the role's, or those asked for in `scope`.
             */
            scope: string;
            /**
             * Refresh Token
             * @description The code and refresh grants of a front end: the next refresh token (single use; it replaces the one sent).
             */
            refresh_token?: string | null;
        };
        /**
         * TransitionConflict
         * @description 409 `illegal-transition`: the referral cannot move to that status from where it is.
         * @example {
         *       "allowedStatuses": [],
         *       "detail": "A referral that is completed cannot become accepted.",
         *       "instance": "/v1/referrals/0193a1c2-7e4f-7b1d-8a2e-5f6a7b8c9d03/status-changes",
         *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6",
         *       "status": 409,
         *       "title": "Conflict",
         *       "type": "urn:welzijn:problem:illegal-transition"
         *     }
         */
        TransitionConflict: {
            /**
             * Type
             * @description `urn:welzijn:problem:` and the problem's stable code, e.g. `urn:welzijn:problem:illegal-transition`: branch on this. Codes are kebab-case, except on the token endpoint, which keeps RFC 6749's snake_case codes (`invalid_grant`).
             * @example urn:welzijn:problem:invalid-input
             */
            type: string;
            /**
             * Title
             * @description The HTTP status's reason phrase, e.g. `Not Found`.
             */
            title: string;
            /**
             * Status
             * @description The HTTP status code, the same as the response's.
             */
            status: number;
            /**
             * Detail
             * @description What went wrong in this case, in English, for a developer; its wording may change, so do not parse it.
             */
            detail: string;
            /**
             * Instance
             * @description The path that was requested, e.g. `/v1/referrals/0193a1c2-…/status-changes`.
             */
            instance: string;
            /**
             * Requestid
             * @description The request's id, also in the `X-Request-ID` header: quote it when you report a problem. Null only when the request had none.
             */
            requestId?: string | null;
            /**
             * Errors
             * @description On a 400: every problem with the input at once, each with where and what. Absent on other statuses.
             */
            errors?: components["schemas"]["InvalidParam"][] | null;
            /**
             * Allowedstatuses
             * @description The statuses you may move this referral to now (empty when it is final).
             */
            allowedStatuses: components["schemas"]["ReferralStatus"][];
        } & {
            [key: string]: unknown;
        };
        /** TransitionRead */
        TransitionRead: {
            /** @description The status the move starts from. */
            from: components["schemas"]["ReferralStatus"];
            /** @description The status it leads to. */
            to: components["schemas"]["ReferralStatus"];
            /**
             * Parties
             * @description Who may make it: `sender` (the referrer or partner system that sent it), `receiver` (the receiving provider), `admin`.
             */
            parties: components["schemas"]["Party"][];
            /**
             * Reasonrequired
             * @description Whether the move needs a `reasonCode` (it is refused without one, and with one where this is false).
             */
            reasonRequired: boolean;
        };
        /**
         * TransitionTable
         * @description The lifecycle, so front ends need not hard-code it.
         * @example {
         *       "finalStatuses": [
         *         "rejected",
         *         "completed",
         *         "failed",
         *         "cancelled"
         *       ],
         *       "reasonCodes": [
         *         "not-eligible",
         *         "no-capacity",
         *         "could-not-contact",
         *         "declined-by-resident",
         *         "referred-elsewhere",
         *         "duplicate",
         *         "other"
         *       ],
         *       "transitions": [
         *         {
         *           "from": "requested",
         *           "parties": [
         *             "receiver",
         *             "admin"
         *           ],
         *           "reasonRequired": false,
         *           "to": "accepted"
         *         }
         *       ]
         *     }
         */
        TransitionTable: {
            /**
             * Transitions
             * @description Every legal move; a move not listed answers 409 `illegal-transition`.
             */
            transitions: components["schemas"]["TransitionRead"][];
            /**
             * Finalstatuses
             * @description The statuses nothing follows: the referral is closed (`closedAt`).
             */
            finalStatuses: components["schemas"]["ReferralStatus"][];
            /**
             * Reasoncodes
             * @description The reason codes a move that needs one takes; `other` needs a `note`.
             */
            reasonCodes: components["schemas"]["ReasonCode"][];
        };
        /**
         * Urgency
         * @enum {string}
         */
        Urgency: "normal" | "urgent";
        /**
         * GrantType
         * @enum {string}
         */
        GrantType: "password" | "client_credentials" | "authorization_code" | "refresh_token";
        /**
         * OAuthProblem
         * @description A problem that is also an RFC 6749 §5.2 error response: the token endpoint's codes are
         *     RFC 6749's snake_case ones (`invalid_grant`), where every other problem code is kebab-case.
         * @example {
         *       "detail": "The username or password is not correct.",
         *       "error": "invalid_grant",
         *       "error_description": "The username or password is not correct.",
         *       "instance": "/v1/auth/token",
         *       "status": 400,
         *       "title": "Bad Request",
         *       "type": "urn:welzijn:problem:invalid_grant"
         *     }
         */
        OAuthProblem: {
            /**
             * Type
             * @description `urn:welzijn:problem:` and the problem's stable code, e.g. `urn:welzijn:problem:illegal-transition`: branch on this. Codes are kebab-case, except on the token endpoint, which keeps RFC 6749's snake_case codes (`invalid_grant`).
             * @example urn:welzijn:problem:invalid-input
             */
            type: string;
            /**
             * Title
             * @description The HTTP status's reason phrase, e.g. `Not Found`.
             */
            title: string;
            /**
             * Status
             * @description The HTTP status code, the same as the response's.
             */
            status: number;
            /**
             * Detail
             * @description What went wrong in this case, in English, for a developer; its wording may change, so do not parse it.
             */
            detail: string;
            /**
             * Instance
             * @description The path that was requested, e.g. `/v1/referrals/0193a1c2-…/status-changes`.
             */
            instance: string;
            /**
             * Requestid
             * @description The request's id, also in the `X-Request-ID` header: quote it when you report a problem. Null only when the request had none.
             * @default null
             */
            requestId: string | null;
            /**
             * Errors
             * @description On a 400: every problem with the input at once, each with where and what. Absent on other statuses.
             * @default null
             */
            errors: components["schemas"]["InvalidParam"][] | null;
            /**
             * Error
             * @description The RFC 6749 §5.2 error code, snake_case as the RFC spells it (OAuth libraries read it): `invalid_grant` for a wrong username or password, `invalid_client` for wrong client credentials, `slow_down` while throttled. `type` ends in the same code.
             * @enum {string}
             */
            error: "invalid_request" | "invalid_client" | "invalid_grant" | "unauthorized_client" | "unsupported_grant_type" | "invalid_scope" | "slow_down";
            /**
             * Error Description
             * @description The same text as `detail`, for OAuth clients.
             */
            error_description: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * ProblemDetails
         * @description An RFC 9457 problem, extended with `errors` for invalid input and the request id.
         * @example {
         *       "detail": "No resident with this id.",
         *       "instance": "/v1/residents/0190c3f2-…",
         *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6",
         *       "status": 404,
         *       "title": "Not Found",
         *       "type": "urn:welzijn:problem:not-found"
         *     }
         */
        ProblemDetails: {
            /**
             * Type
             * @description `urn:welzijn:problem:` and the problem's stable code, e.g. `urn:welzijn:problem:illegal-transition`: branch on this. Codes are kebab-case, except on the token endpoint, which keeps RFC 6749's snake_case codes (`invalid_grant`).
             * @example urn:welzijn:problem:invalid-input
             */
            type: string;
            /**
             * Title
             * @description The HTTP status's reason phrase, e.g. `Not Found`.
             */
            title: string;
            /**
             * Status
             * @description The HTTP status code, the same as the response's.
             */
            status: number;
            /**
             * Detail
             * @description What went wrong in this case, in English, for a developer; its wording may change, so do not parse it.
             */
            detail: string;
            /**
             * Instance
             * @description The path that was requested, e.g. `/v1/referrals/0193a1c2-…/status-changes`.
             */
            instance: string;
            /**
             * Requestid
             * @description The request's id, also in the `X-Request-ID` header: quote it when you report a problem. Null only when the request had none.
             * @default null
             */
            requestId: string | null;
            /**
             * Errors
             * @description On a 400: every problem with the input at once, each with where and what. Absent on other statuses.
             * @default null
             */
            errors: components["schemas"]["InvalidParam"][] | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * RevokeRequest
         * @description RFC 7009 §2.1, form-encoded: sign-out of a front end. Its names are RFC 7009's.
         */
        RevokeRequest: {
            /**
             * Token
             * @description Required: the refresh token to revoke; its whole sign-in ends with it.
             */
            token?: string;
            /**
             * Token Type Hint
             * @description `refresh_token` (access tokens are not revoked: they expire by themselves).
             */
            token_type_hint?: string;
            /**
             * Client Id
             * @description The front end (public client) the refresh token was issued to.
             */
            client_id?: string;
        };
        /**
         * TokenRequest
         * @description RFC 6749 §4.3 and §4.4, form-encoded. Its names are RFC 6749's (snake_case).
         */
        TokenRequest: {
            /** @description `authorization_code` (with PKCE) and `refresh_token` for front ends, `password` for tests and the command line (if enabled), `client_credentials` for a partner system. */
            grant_type: components["schemas"]["GrantType"];
            /**
             * Username
             * @description The password grant: the e-mail address.
             */
            username?: string;
            /**
             * Password
             * @description The password grant: the password.
             */
            password?: string;
            /**
             * Client Id
             * @description Client credentials, unless sent with HTTP Basic (`client_secret_basic`).
             */
            client_id?: string;
            /**
             * Client Secret
             * @description Client credentials, with `client_id`.
             */
            client_secret?: string;
            /**
             * Code
             * @description `authorization_code`: the one-time code.
             */
            code?: string;
            /**
             * Redirect Uri
             * @description `authorization_code`: the redirect_uri the code was asked with.
             */
            redirect_uri?: string;
            /**
             * Code Verifier
             * @description `authorization_code`: the PKCE verifier (RFC 7636) of the S256 challenge.
             */
            code_verifier?: string;
            /**
             * Refresh Token
             * @description `refresh_token`: the newest refresh token; each is spent by its use.
             */
            refresh_token?: string;
            /**
             * Scope
             * @description Space-separated permissions to narrow the token to (see `GET /me`'s `capabilities`); by default every permission of the role.
             */
            scope?: string;
        };
        /**
         * ValidationProblem
         * @description A 400: the input is invalid, and `errors` names every problem at once.
         * @example {
         *       "detail": "The input is not valid; see errors.",
         *       "errors": [
         *         {
         *           "code": "invalid-postcode",
         *           "detail": "A postcode is four digits (not starting with 0) and two letters.",
         *           "in": "body",
         *           "location": "/address/postcode"
         *         }
         *       ],
         *       "instance": "/v1/residents",
         *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6",
         *       "status": 400,
         *       "title": "Bad Request",
         *       "type": "urn:welzijn:problem:invalid-input"
         *     }
         */
        ValidationProblem: {
            /**
             * Type
             * @description `urn:welzijn:problem:` and the problem's stable code, e.g. `urn:welzijn:problem:illegal-transition`: branch on this. Codes are kebab-case, except on the token endpoint, which keeps RFC 6749's snake_case codes (`invalid_grant`).
             * @example urn:welzijn:problem:invalid-input
             */
            type: string;
            /**
             * Title
             * @description The HTTP status's reason phrase, e.g. `Not Found`.
             */
            title: string;
            /**
             * Status
             * @description The HTTP status code, the same as the response's.
             */
            status: number;
            /**
             * Detail
             * @description What went wrong in this case, in English, for a developer; its wording may change, so do not parse it.
             */
            detail: string;
            /**
             * Instance
             * @description The path that was requested, e.g. `/v1/referrals/0193a1c2-…/status-changes`.
             */
            instance: string;
            /**
             * Requestid
             * @description The request's id, also in the `X-Request-ID` header: quote it when you report a problem. Null only when the request had none.
             * @default null
             */
            requestId: string | null;
            /**
             * Errors
             * @description Every problem with the input at once (nothing was stored): one entry per field or parameter, each with where (`in`, `location`) and what (`code`, `detail`).
             */
            errors: components["schemas"]["InvalidParam"][];
        } & {
            [key: string]: unknown;
        };
        /** StatusChangeFeed */
        StatusChangeFeed: {
            /**
             * Items
             * @description What happened since the cursor, oldest first.
             */
            items: components["schemas"]["StatusChangeRead"][];
            /**
             * Nextcursor
             * @description Never null: pass as `cursor` to get only what happens after these items.
             */
            nextCursor: string;
        };
        /** ActivityPage */
        ActivityPage: {
            /**
             * Items
             * @description This page's items, in the list's order.
             */
            items: components["schemas"]["ActivityRead"][];
            /**
             * Nextcursor
             * @description Pass as `cursor` to get the next page; null at the end.
             */
            nextCursor: string | null;
        };
        /** AuditEventPage */
        AuditEventPage: {
            /**
             * Items
             * @description This page's items, in the list's order.
             */
            items: components["schemas"]["AuditEventRead"][];
            /**
             * Nextcursor
             * @description Pass as `cursor` to get the next page; null at the end.
             */
            nextCursor: string | null;
        };
        /** DeliveryPage */
        DeliveryPage: {
            /**
             * Items
             * @description This page's items, in the list's order.
             */
            items: components["schemas"]["DeliveryRead"][];
            /**
             * Nextcursor
             * @description Pass as `cursor` to get the next page; null at the end.
             */
            nextCursor: string | null;
        };
        /** MunicipalityPage */
        MunicipalityPage: {
            /**
             * Items
             * @description This page's items, in the list's order.
             */
            items: components["schemas"]["MunicipalityRead"][];
            /**
             * Nextcursor
             * @description Pass as `cursor` to get the next page; null at the end.
             */
            nextCursor: string | null;
        };
        /** ProviderPage */
        ProviderPage: {
            /**
             * Items
             * @description This page's items, in the list's order.
             */
            items: components["schemas"]["ProviderRead"][];
            /**
             * Nextcursor
             * @description Pass as `cursor` to get the next page; null at the end.
             */
            nextCursor: string | null;
        };
        /** ReferralPage */
        ReferralPage: {
            /**
             * Items
             * @description This page's items, in the list's order.
             */
            items: components["schemas"]["ReferralRead"][];
            /**
             * Nextcursor
             * @description Pass as `cursor` to get the next page; null at the end.
             */
            nextCursor: string | null;
        };
        /** RegistrationPage */
        RegistrationPage: {
            /**
             * Items
             * @description This page's items, in the list's order.
             */
            items: components["schemas"]["RegistrationRead"][];
            /**
             * Nextcursor
             * @description Pass as `cursor` to get the next page; null at the end.
             */
            nextCursor: string | null;
        };
        /** ResidentPage */
        ResidentPage: {
            /**
             * Items
             * @description This page's items, in the list's order.
             */
            items: components["schemas"]["ResidentRead"][];
            /**
             * Nextcursor
             * @description Pass as `cursor` to get the next page; null at the end.
             */
            nextCursor: string | null;
        };
        /** StaffClientPage */
        StaffClientPage: {
            /**
             * Items
             * @description This page's items, in the list's order.
             */
            items: components["schemas"]["StaffClientRead"][];
            /**
             * Nextcursor
             * @description Pass as `cursor` to get the next page; null at the end.
             */
            nextCursor: string | null;
        };
        /** StaffUserPage */
        StaffUserPage: {
            /**
             * Items
             * @description This page's items, in the list's order.
             */
            items: components["schemas"]["StaffUserRead"][];
            /**
             * Nextcursor
             * @description Pass as `cursor` to get the next page; null at the end.
             */
            nextCursor: string | null;
        };
        /** StatusChangePage */
        StatusChangePage: {
            /**
             * Items
             * @description This page's items, in the list's order.
             */
            items: components["schemas"]["StatusChangeRead"][];
            /**
             * Nextcursor
             * @description Pass as `cursor` to get the next page; null at the end.
             */
            nextCursor: string | null;
        };
        /** SubscriptionPage */
        SubscriptionPage: {
            /**
             * Items
             * @description This page's items, in the list's order.
             */
            items: components["schemas"]["SubscriptionRead"][];
            /**
             * Nextcursor
             * @description Pass as `cursor` to get the next page; null at the end.
             */
            nextCursor: string | null;
        };
        /** ThemePage */
        ThemePage: {
            /**
             * Items
             * @description This page's items, in the list's order.
             */
            items: components["schemas"]["ThemeRead"][];
            /**
             * Nextcursor
             * @description Pass as `cursor` to get the next page; null at the end.
             */
            nextCursor: string | null;
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
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/health",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The service is starting or stopping; try again shortly.",
                     *       "instance": "/v1/health",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description RFC 6749 §5.2 error: invalid_request, invalid_grant, invalid_scope, unsupported_grant_type. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthProblem"];
                    "application/problem+json": components["schemas"]["OAuthProblem"];
                };
            };
            /** @description RFC 6749 §5.2 invalid_client. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthProblem"];
                    "application/problem+json": components["schemas"]["OAuthProblem"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Send the body as application/json.",
                     *       "instance": "/v1/auth/token",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many failed attempts for this account or client; see Retry-After. */
            429: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthProblem"];
                    "application/problem+json": components["schemas"]["OAuthProblem"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/auth/token",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["RevokeRequest"];
            };
        };
        responses: {
            /** @description Revoked, or nothing to revoke: the answer is the same. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 6749 §5.2 error: invalid_request, invalid_grant, invalid_scope, unsupported_grant_type. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthProblem"];
                    "application/problem+json": components["schemas"]["OAuthProblem"];
                };
            };
            /** @description RFC 6749 §5.2 invalid_client. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthProblem"];
                    "application/problem+json": components["schemas"]["OAuthProblem"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Send the body as application/json.",
                     *       "instance": "/v1/auth/revoke",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/auth/revoke",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/me",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/me",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/me",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listThemes: {
        parameters: {
            query?: {
                /** @description Leave out for the first page; then the `nextCursor` of the page before (or follow the `Link: rel="next"` header), with the same filters. Opaque: do not build or change it; one this list did not hand out is a 400 `invalid-cursor`. */
                cursor?: string;
                /** @description How many items a page holds at the most: 1 to 100, 25 by default; only the last page holds fewer. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    /** @description RFC 8288 link to the next page, `<…>; rel="next"`, while there is one. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemePage"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/themes",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listMunicipalities: {
        parameters: {
            query?: {
                /** @description Leave out for the first page; then the `nextCursor` of the page before (or follow the `Link: rel="next"` header), with the same filters. Opaque: do not build or change it; one this list did not hand out is a 400 `invalid-cursor`. */
                cursor?: string;
                /** @description How many items a page holds at the most: 1 to 100, 25 by default; only the last page holds fewer. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    /** @description RFC 8288 link to the next page, `<…>; rel="next"`, while there is one. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MunicipalityPage"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/municipalities",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listResidents: {
        parameters: {
            query?: {
                /** @description Only residents of this municipality (CBS code, e.g. `GM0534`). */
                municipality?: string;
                /** @description Leave out for the first page; then the `nextCursor` of the page before (or follow the `Link: rel="next"` header), with the same filters. Opaque: do not build or change it; one this list did not hand out is a 400 `invalid-cursor`. */
                cursor?: string;
                /** @description How many items a page holds at the most: 1 to 100, 25 by default; only the last page holds fewer. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    /** @description RFC 8288 link to the next page, `<…>; rel="next"`, while there is one. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentPage"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/residents",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/residents",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/residents",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createResident: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResidentCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description Where the new resource is. */
                    Location?: string;
                    /** @description The version of this representation; send it back in If-Match to change it. */
                    ETag?: string;
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentRead"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/residents",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/residents",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "This conflicts with the current state.",
                     *       "instance": "/v1/residents",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Send the body as application/json.",
                     *       "instance": "/v1/residents",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/residents",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    searchResidents: {
        parameters: {
            query?: {
                /** @description Leave out for the first page; then the `nextCursor` of the page before (or follow the `Link: rel="next"` header), with the same filters. Opaque: do not build or change it; one this list did not hand out is a 400 `invalid-cursor`. */
                cursor?: string;
                /** @description How many items a page holds at the most: 1 to 100, 25 by default; only the last page holds fewer. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResidentSearch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    /** @description RFC 8288 link to the next page, `<…>; rel="next"`, while there is one. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentPage"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/residents/_search",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/residents/_search",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Send the body as application/json.",
                     *       "instance": "/v1/residents/_search",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/residents/_search",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getResident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resident's `id`; one you may not see answers 404, like one that does not exist. */
                residentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The version of this representation; send it back in If-Match to change it. */
                    ETag?: string;
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentRead"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/residents/residentId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/residents/residentId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/residents/residentId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/residents/residentId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    eraseResident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resident's `id`; one you may not see answers 404, like one that does not exist. */
                residentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/residents/residentId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/residents/residentId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/residents/residentId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/residents/residentId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateResident: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you change: required (428 without, 412 if stale). */
                "If-Match": string;
            };
            path: {
                /** @description The resident's `id`; one you may not see answers 404, like one that does not exist. */
                residentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResidentUpdate"];
                "application/merge-patch+json": components["schemas"]["ResidentUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The version of this representation; send it back in If-Match to change it. */
                    ETag?: string;
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentRead"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/residents/residentId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/residents/residentId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/residents/residentId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:stale-etag",
                     *       "title": "Precondition Failed",
                     *       "status": 412,
                     *       "detail": "The resource changed since you read it; read it again.",
                     *       "instance": "/v1/residents/residentId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Send the body as application/json.",
                     *       "instance": "/v1/residents/residentId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:if-match-required",
                     *       "title": "Precondition Required",
                     *       "status": 428,
                     *       "detail": "Send the ETag you read in If-Match.",
                     *       "instance": "/v1/residents/residentId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/residents/residentId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    exportResident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resident's `id`; one you may not see answers 404, like one that does not exist. */
                residentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentExport"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/residents/residentId/export",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/residents/residentId/export",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/residents/residentId/export",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/residents/residentId/export",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listProviders: {
        parameters: {
            query?: {
                /** @description Only providers serving this municipality (CBS code, e.g. `GM0534`). */
                municipality?: string;
                /** @description Only those with at least one of these themes (slugs from `GET /themes`); repeat the parameter for more: `theme=exercise&theme=meeting-people`. */
                theme?: string[];
                /** @description Only providers of this kind. */
                kind?: components["schemas"]["ProviderKind"];
                /** @description Text found in the name or description, ignoring case, e.g. `kompas`. */
                q?: string;
                /** @description Leave out for the first page; then the `nextCursor` of the page before (or follow the `Link: rel="next"` header), with the same filters. Opaque: do not build or change it; one this list did not hand out is a 400 `invalid-cursor`. */
                cursor?: string;
                /** @description How many items a page holds at the most: 1 to 100, 25 by default; only the last page holds fewer. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    /** @description RFC 8288 link to the next page, `<…>; rel="next"`, while there is one. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderPage"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/providers",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/providers",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createProvider: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProviderCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description Where the new resource is. */
                    Location?: string;
                    /** @description The version of this representation; send it back in If-Match to change it. */
                    ETag?: string;
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderRead"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/providers",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/providers",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "This conflicts with the current state.",
                     *       "instance": "/v1/providers",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Send the body as application/json.",
                     *       "instance": "/v1/providers",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/providers",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getProvider: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you hold; 304 when it is still current. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The provider's `id` (also its organisation's id); an inactive one you do not manage answers 404. */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The version of this representation; send it back in If-Match to change it. */
                    ETag?: string;
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderRead"];
                };
            };
            /** @description Not modified. */
            304: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/providers/providerId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/providers/providerId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/providers/providerId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateProvider: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you change: required (428 without, 412 if stale). */
                "If-Match": string;
            };
            path: {
                /** @description The provider's `id` (also its organisation's id); an inactive one you do not manage answers 404. */
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProviderUpdate"];
                "application/merge-patch+json": components["schemas"]["ProviderUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The version of this representation; send it back in If-Match to change it. */
                    ETag?: string;
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderRead"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/providers/providerId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/providers/providerId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/providers/providerId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:stale-etag",
                     *       "title": "Precondition Failed",
                     *       "status": 412,
                     *       "detail": "The resource changed since you read it; read it again.",
                     *       "instance": "/v1/providers/providerId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Send the body as application/json.",
                     *       "instance": "/v1/providers/providerId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:if-match-required",
                     *       "title": "Precondition Required",
                     *       "status": 428,
                     *       "detail": "Send the ETag you read in If-Match.",
                     *       "instance": "/v1/providers/providerId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/providers/providerId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    searchActivities: {
        parameters: {
            query?: {
                /** @description Only activities taking place in this municipality (CBS code). */
                municipality?: string;
                /** @description Only those with at least one of these themes (slugs from `GET /themes`); repeat the parameter for more: `theme=exercise&theme=meeting-people`. */
                theme?: string[];
                /** @description Only this provider's activities (its `id`). */
                providerId?: string;
                /** @description Only activities open to someone of this age in years: within `minimumAge` and `maximumAge` (a missing bound is no limit). */
                age?: number;
                /** @description Only activities with an occurrence still going on at or after this moment (it ends later), recurring ones included: ISO 8601 with a zone. */
                from?: string;
                /** @description Only activities with an occurrence starting before this moment: ISO 8601 with a zone. With `from`, a window. */
                until?: string;
                /** @description `true`: only free activities (no `cost`); `false`: only paid ones. */
                free?: boolean;
                /** @description `true`: only activities with a place left (or no capacity limit); `false`: only full ones, where a registration goes on the waiting list. */
                hasPlaces?: boolean;
                /** @description Text found in the title or description, ignoring case, e.g. `koffie`. */
                q?: string;
                /** @description Only activities in this status. Everyone sees the published activities of active providers; provider staff also their own organisation's drafts, cancelled and archived ones, admins every activity. */
                status?: components["schemas"]["ActivityStatus"];
                /** @description `nextOccurrence` (default): soonest next start first, activities without a coming occurrence last; `title`: alphabetical by title. */
                sort?: "nextOccurrence" | "title";
                /** @description Leave out for the first page; then the `nextCursor` of the page before (or follow the `Link: rel="next"` header), with the same filters. Opaque: do not build or change it; one this list did not hand out is a 400 `invalid-cursor`. */
                cursor?: string;
                /** @description How many items a page holds at the most: 1 to 100, 25 by default; only the last page holds fewer. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    /** @description RFC 8288 link to the next page, `<…>; rel="next"`, while there is one. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPage"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/activities",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/activities",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createActivity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description Where the new resource is. */
                    Location?: string;
                    /** @description The version of this representation; send it back in If-Match to change it. */
                    ETag?: string;
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityRead"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/activities",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/activities",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Send the body as application/json.",
                     *       "instance": "/v1/activities",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/activities",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you hold; 304 when it is still current. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The activity's `id`; one you may not see (a draft of another provider, say) answers 404. */
                activityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The version of this representation; send it back in If-Match to change it. */
                    ETag?: string;
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityRead"];
                };
            };
            /** @description Not modified. */
            304: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/activities/activityId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/activities/activityId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/activities/activityId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateActivity: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you change: required (428 without, 412 if stale). */
                "If-Match": string;
            };
            path: {
                /** @description The activity's `id`; one you may not see (a draft of another provider, say) answers 404. */
                activityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityUpdate"];
                "application/merge-patch+json": components["schemas"]["ActivityUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The version of this representation; send it back in If-Match to change it. */
                    ETag?: string;
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityRead"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/activities/activityId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/activities/activityId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/activities/activityId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "This conflicts with the current state.",
                     *       "instance": "/v1/activities/activityId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:stale-etag",
                     *       "title": "Precondition Failed",
                     *       "status": 412,
                     *       "detail": "The resource changed since you read it; read it again.",
                     *       "instance": "/v1/activities/activityId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Send the body as application/json.",
                     *       "instance": "/v1/activities/activityId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:if-match-required",
                     *       "title": "Precondition Required",
                     *       "status": 428,
                     *       "detail": "Send the ETag you read in If-Match.",
                     *       "instance": "/v1/activities/activityId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/activities/activityId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listRegistrations: {
        parameters: {
            query?: {
                /** @description Only registrations in this status: `registered` (has a place), `waitlisted` (on the waiting list) or `cancelled`. */
                status?: components["schemas"]["RegistrationStatus"];
                /** @description Leave out for the first page; then the `nextCursor` of the page before (or follow the `Link: rel="next"` header), with the same filters. Opaque: do not build or change it; one this list did not hand out is a 400 `invalid-cursor`. */
                cursor?: string;
                /** @description How many items a page holds at the most: 1 to 100, 25 by default; only the last page holds fewer. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The activity's `id`; one you may not see (a draft of another provider, say) answers 404. */
                activityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    /** @description RFC 8288 link to the next page, `<…>; rel="next"`, while there is one. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationPage"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/activities/activityId/registrations",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/activities/activityId/registrations",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/activities/activityId/registrations",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/activities/activityId/registrations",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The activity's `id`; one you may not see (a draft of another provider, say) answers 404. */
                activityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrationCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description Where the new resource is. */
                    Location?: string;
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationRead"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/activities/activityId/registrations",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/activities/activityId/registrations",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/activities/activityId/registrations",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "This conflicts with the current state.",
                     *       "instance": "/v1/activities/activityId/registrations",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Send the body as application/json.",
                     *       "instance": "/v1/activities/activityId/registrations",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/activities/activityId/registrations",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The activity's `id`; one you may not see (a draft of another provider, say) answers 404. */
                activityId: string;
                /** @description The registration's `id`, under this activity; one you may not see answers 404. */
                registrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationRead"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/activities/activityId/registrations/registrationId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/activities/activityId/registrations/registrationId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/activities/activityId/registrations/registrationId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/activities/activityId/registrations/registrationId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    cancelRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The activity's `id`; one you may not see (a draft of another provider, say) answers 404. */
                activityId: string;
                /** @description The registration's `id`, under this activity; one you may not see answers 404. */
                registrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/activities/activityId/registrations/registrationId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/activities/activityId/registrations/registrationId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/activities/activityId/registrations/registrationId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/activities/activityId/registrations/registrationId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listReferrals: {
        parameters: {
            query?: {
                /** @description `incoming`: the inbox, referrals to your provider organisation (provider staff); `outgoing`: the outbox, referrals you sent (a partner system its own, staff their organisation's). Left out: every referral you may see. */
                direction?: "incoming" | "outgoing";
                /** @description Only referrals in one of these statuses; repeat the parameter for more: `status=requested&status=accepted`. */
                status?: components["schemas"]["ReferralStatus"][];
                /** @description `true`: only referrals still `requested` after the configured number of working days (Dutch public holidays excluded); `false`: all others. */
                overdue?: boolean;
                /** @description Only referrals with this theme (a slug from `GET /themes`). */
                theme?: string;
                /** @description Only referrals for this activity (its `id`). */
                activityId?: string;
                /** @description Only referrals that changed at or after this moment (ISO 8601 with a zone). To follow changes, the change feed `GET /referral-events` misses none. */
                updatedSince?: string;
                /** @description Leave out for the first page; then the `nextCursor` of the page before (or follow the `Link: rel="next"` header), with the same filters. Opaque: do not build or change it; one this list did not hand out is a 400 `invalid-cursor`. */
                cursor?: string;
                /** @description How many items a page holds at the most: 1 to 100, 25 by default; only the last page holds fewer. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    /** @description RFC 8288 link to the next page, `<…>; rel="next"`, while there is one. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralPage"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/referrals",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/referrals",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/referrals",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description A quoted string, e.g. "4f1c…"; retries with it replay the first answer. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description Where the new resource is. */
                    Location?: string;
                    /** @description The version of this representation; send it back in If-Match to change it. */
                    ETag?: string;
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralRead"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/referrals",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/referrals",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DuplicateReferral"];
                };
            };
            /** @description Gone */
            410: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:gone",
                     *       "title": "Gone",
                     *       "status": 410,
                     *       "detail": "The resident of this request was erased.",
                     *       "instance": "/v1/referrals",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Send the body as application/json.",
                     *       "instance": "/v1/referrals",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:idempotency-key-reused",
                     *       "title": "Unprocessable Content",
                     *       "status": 422,
                     *       "detail": "This Idempotency-Key was used for another request.",
                     *       "instance": "/v1/referrals",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/referrals",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getReferral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The referral's `id`; one you neither sent nor received answers 404, like one that does not exist. */
                referralId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The version of this representation; send it back in If-Match to change it. */
                    ETag?: string;
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralRead"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/referrals/referralId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/referrals/referralId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/referrals/referralId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/referrals/referralId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listReferralStatusChanges: {
        parameters: {
            query?: {
                /** @description Leave out for the first page; then the `nextCursor` of the page before (or follow the `Link: rel="next"` header), with the same filters. Opaque: do not build or change it; one this list did not hand out is a 400 `invalid-cursor`. */
                cursor?: string;
                /** @description How many items a page holds at the most: 1 to 100, 25 by default; only the last page holds fewer. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The referral's `id`; one you neither sent nor received answers 404, like one that does not exist. */
                referralId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    /** @description RFC 8288 link to the next page, `<…>; rel="next"`, while there is one. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusChangePage"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/referrals/referralId/status-changes",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/referrals/referralId/status-changes",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/referrals/referralId/status-changes",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/referrals/referralId/status-changes",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    changeReferralStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the ETag of the version you read; if it changed since, 412. */
                "If-Match"?: string;
            };
            path: {
                /** @description The referral's `id`; one you neither sent nor received answers 404, like one that does not exist. */
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusChangeCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralRead"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/referrals/referralId/status-changes",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/referrals/referralId/status-changes",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/referrals/referralId/status-changes",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TransitionConflict"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:stale-etag",
                     *       "title": "Precondition Failed",
                     *       "status": 412,
                     *       "detail": "The resource changed since you read it; read it again.",
                     *       "instance": "/v1/referrals/referralId/status-changes",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Send the body as application/json.",
                     *       "instance": "/v1/referrals/referralId/status-changes",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/referrals/referralId/status-changes",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listReferralEvents: {
        parameters: {
            query?: {
                /** @description Leave out for the first page; then the `nextCursor` of the page before (or follow the `Link: rel="next"` header), with the same filters. Opaque: do not build or change it; one this list did not hand out is a 400 `invalid-cursor`. */
                cursor?: string;
                /** @description How many items a page holds at the most: 1 to 100, 25 by default; only the last page holds fewer. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    /** @description RFC 8288 link to the next page, `<…>; rel="next"`, while there is one. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusChangeFeed"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/referral-events",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/referral-events",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/referral-events",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getReferralTransitions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionTable"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/referral-transitions",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    referralStatistics: {
        parameters: {
            query?: {
                /** @description The dimensions to group by, comma-separated, each once: municipality, provider, theme, ageBand, status, reasonCode, senderKind, month. Each group then carries its values of them; left out, one group holds the totals. */
                groupBy?: string;
                /** @description Count from the month of this date on (YYYY-MM-DD; only its month counts, in Dutch time): referrals by the month they were sent, registrations by the month made. */
                from?: string;
                /** @description Count up to and including the month of this date (YYYY-MM-DD, Dutch time); not before `from`. */
                until?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralStatistics"];
                    /**
                     * @example municipality,count,suppressed
                     *     GM0534,41,False
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/stats/referrals",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/stats/referrals",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Neither JSON nor CSV is acceptable. */
            406: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-acceptable",
                     *       "title": "Not Acceptable",
                     *       "status": 406,
                     *       "detail": "This answers application/json only.",
                     *       "instance": "/v1/stats/referrals",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/stats/referrals",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    activityStatistics: {
        parameters: {
            query?: {
                /** @description The dimensions to group by, comma-separated, each once: municipality, theme, ageBand, provider. Each group then carries its values of them; left out, one group holds the totals. */
                groupBy?: string;
                /** @description Count from the month of this date on (YYYY-MM-DD; only its month counts, in Dutch time): referrals by the month they were sent, registrations by the month made. */
                from?: string;
                /** @description Count up to and including the month of this date (YYYY-MM-DD, Dutch time); not before `from`. */
                until?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityStatistics"];
                    /**
                     * @example municipality,count,suppressed
                     *     GM0534,41,False
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/stats/activities",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/stats/activities",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Neither JSON nor CSV is acceptable. */
            406: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-acceptable",
                     *       "title": "Not Acceptable",
                     *       "status": 406,
                     *       "detail": "This answers application/json only.",
                     *       "instance": "/v1/stats/activities",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/stats/activities",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Only events by this actor: a user's id, or a partner system's client id (as in `actorId`). */
                actor?: string;
                /** @description Only events about this kind of object, e.g. `resident`, `referral`, `registration`, `provider`, `activity`. */
                resourceType?: string;
                /** @description Only events naming this object's id, e.g. every read of one resident. */
                resourceId?: string;
                /** @description Only events of this action, e.g. `read`, `create`, `update`, `status-change`, `export`, `erase`, `login`. */
                action?: string;
                /** @description Only events at or after this moment (ISO 8601, a zone). */
                from?: string;
                /** @description Only events before this moment (ISO 8601 with a zone); exclusive. */
                until?: string;
                /** @description Leave out for the first page; then the `nextCursor` of the page before (or follow the `Link: rel="next"` header), with the same filters. Opaque: do not build or change it; one this list did not hand out is a 400 `invalid-cursor`. */
                cursor?: string;
                /** @description How many items a page holds at the most: 1 to 100, 25 by default; only the last page holds fewer. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    /** @description RFC 8288 link to the next page, `<…>; rel="next"`, while there is one. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/audit-events",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/audit-events",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/audit-events",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    importHsds: {
        parameters: {
            query?: {
                /** @description Report what would change; write nothing. */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                }[];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/hsds/imports",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/hsds/imports",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Send the body as application/json.",
                     *       "instance": "/v1/hsds/imports",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/hsds/imports",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listSubscriptions: {
        parameters: {
            query?: {
                /** @description Leave out for the first page; then the `nextCursor` of the page before (or follow the `Link: rel="next"` header), with the same filters. Opaque: do not build or change it; one this list did not hand out is a 400 `invalid-cursor`. */
                cursor?: string;
                /** @description How many items a page holds at the most: 1 to 100, 25 by default; only the last page holds fewer. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    /** @description RFC 8288 link to the next page, `<…>; rel="next"`, while there is one. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionPage"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/subscriptions",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/subscriptions",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/subscriptions",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description Where the new resource is. */
                    Location?: string;
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionCreated"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/subscriptions",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/subscriptions",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Send the body as application/json.",
                     *       "instance": "/v1/subscriptions",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/subscriptions",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subscription's `id`; one of another organisation answers 404. */
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionRead"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/subscriptions/subscriptionId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/subscriptions/subscriptionId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/subscriptions/subscriptionId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/subscriptions/subscriptionId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subscription's `id`; one of another organisation answers 404. */
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/subscriptions/subscriptionId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/subscriptions/subscriptionId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/subscriptions/subscriptionId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/subscriptions/subscriptionId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subscription's `id`; one of another organisation answers 404. */
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionRead"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/subscriptions/subscriptionId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/subscriptions/subscriptionId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/subscriptions/subscriptionId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Send the body as application/json.",
                     *       "instance": "/v1/subscriptions/subscriptionId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/subscriptions/subscriptionId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    rotateSubscriptionSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subscription's `id`; one of another organisation answers 404. */
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecretRead"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/subscriptions/subscriptionId/secrets",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/subscriptions/subscriptionId/secrets",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/subscriptions/subscriptionId/secrets",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/subscriptions/subscriptionId/secrets",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listSubscriptionDeliveries: {
        parameters: {
            query?: {
                /** @description Leave out for the first page; then the `nextCursor` of the page before (or follow the `Link: rel="next"` header), with the same filters. Opaque: do not build or change it; one this list did not hand out is a 400 `invalid-cursor`. */
                cursor?: string;
                /** @description How many items a page holds at the most: 1 to 100, 25 by default; only the last page holds fewer. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The subscription's `id`; one of another organisation answers 404. */
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    /** @description RFC 8288 link to the next page, `<…>; rel="next"`, while there is one. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPage"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/subscriptions/subscriptionId/deliveries",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/subscriptions/subscriptionId/deliveries",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/subscriptions/subscriptionId/deliveries",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/subscriptions/subscriptionId/deliveries",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    redeliverSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subscription's `id`; one of another organisation answers 404. */
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RedeliveryCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionRead"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/subscriptions/subscriptionId/redeliveries",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/subscriptions/subscriptionId/redeliveries",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/subscriptions/subscriptionId/redeliveries",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Send the body as application/json.",
                     *       "instance": "/v1/subscriptions/subscriptionId/redeliveries",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/subscriptions/subscriptionId/redeliveries",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listStaffUsers: {
        parameters: {
            query?: {
                /** @description Leave out for the first page; then the `nextCursor` of the page before (or follow the `Link: rel="next"` header), with the same filters. Opaque: do not build or change it; one this list did not hand out is a 400 `invalid-cursor`. */
                cursor?: string;
                /** @description How many items a page holds at the most: 1 to 100, 25 by default; only the last page holds fewer. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    /** @description RFC 8288 link to the next page, `<…>; rel="next"`, while there is one. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUserPage"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/staff/users",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/staff/users",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/staff/users",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createStaffUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffUserCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description Where the new resource is. */
                    Location?: string;
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUserCreated"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/staff/users",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/staff/users",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "This conflicts with the current state.",
                     *       "instance": "/v1/staff/users",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Send the body as application/json.",
                     *       "instance": "/v1/staff/users",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/staff/users",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getStaffUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The staff account's id (its `id`, a UUID). */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUserRead"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/staff/users/userId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/staff/users/userId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/staff/users/userId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/staff/users/userId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateStaffUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The staff account's id (its `id`, a UUID). */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffUserUpdate"];
                "application/merge-patch+json": components["schemas"]["StaffUserUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUserRead"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/staff/users/userId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/staff/users/userId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/staff/users/userId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "This conflicts with the current state.",
                     *       "instance": "/v1/staff/users/userId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Send the body as application/json.",
                     *       "instance": "/v1/staff/users/userId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/staff/users/userId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    resetStaffPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The staff account's id (its `id`, a UUID). */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemporaryPassword"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/staff/users/userId/password-reset",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/staff/users/userId/password-reset",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/staff/users/userId/password-reset",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/staff/users/userId/password-reset",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listStaffClients: {
        parameters: {
            query?: {
                /** @description Leave out for the first page; then the `nextCursor` of the page before (or follow the `Link: rel="next"` header), with the same filters. Opaque: do not build or change it; one this list did not hand out is a 400 `invalid-cursor`. */
                cursor?: string;
                /** @description How many items a page holds at the most: 1 to 100, 25 by default; only the last page holds fewer. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    /** @description RFC 8288 link to the next page, `<…>; rel="next"`, while there is one. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffClientPage"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/staff/clients",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/staff/clients",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/staff/clients",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createStaffClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffClientCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description Where the new resource is. */
                    Location?: string;
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffClientCreated"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/staff/clients",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/staff/clients",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "This conflicts with the current state.",
                     *       "instance": "/v1/staff/clients",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Send the body as application/json.",
                     *       "instance": "/v1/staff/clients",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/staff/clients",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getStaffClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client's id (not its `clientId` handle). */
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffClientRead"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/staff/clients/clientId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/staff/clients/clientId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/staff/clients/clientId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/staff/clients/clientId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateStaffClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client's id (not its `clientId` handle). */
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffClientUpdate"];
                "application/merge-patch+json": components["schemas"]["StaffClientUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffClientRead"];
                };
            };
            /** @description Invalid input: every problem is listed in `errors`. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:token-required",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "This needs an access token.",
                     *       "instance": "/v1/staff/clients/clientId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller's role may not do this. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:permission-denied",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The role municipality may not do this.",
                     *       "instance": "/v1/staff/clients/clientId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Nothing with this id, or nothing you may see.",
                     *       "instance": "/v1/staff/clients/clientId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Send the body as application/json.",
                     *       "instance": "/v1/staff/clients/clientId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Internal error; quote the request id. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (ADR /core/version-header). */
                    "API-Version"?: string;
                    /** @description The request id, to quote when reporting a problem. */
                    "X-Request-ID"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:welzijn:problem:internal-error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "Something went wrong on our side; quote the request id.",
                     *       "instance": "/v1/staff/clients/clientId",
                     *       "requestId": "5b0d7c1e4f9a4c37a1b0f1d2c3e4a5b6"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
