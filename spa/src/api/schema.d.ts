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
         *     endpoint answers 429 with `Retry-After` meanwhile.
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
         *     access tokens already issued stop working at their next use.
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
            /** Title */
            title: string;
            /**
             * Description
             * @default
             */
            description: string;
            /**
             * Providerid
             * Format: uuid
             */
            providerId: string;
            /**
             * Municipality
             * @example GM0534
             */
            municipality: string;
            /** Themes */
            themes: string[];
            /** Minimumage */
            minimumAge?: number | null;
            /** Maximumage */
            maximumAge?: number | null;
            location?: components["schemas"]["LocationIn"] | null;
            schedule: components["schemas"]["ScheduleIn"];
            /** @description null when free. */
            cost?: components["schemas"]["CostIn"] | null;
            /**
             * Capacity
             * @description null: unlimited.
             */
            capacity?: number | null;
            /**
             * Registrationrequired
             * @default false
             */
            registrationRequired: boolean;
            /** Languages */
            languages?: string[];
            /**
             * Accessibility
             * @default
             */
            accessibility: string;
            /** @default draft */
            status: components["schemas"]["ActivityStatus"];
        };
        /** ActivityFigures */
        ActivityFigures: {
            /** Municipality */
            municipality?: string | null;
            /**
             * Provider
             * Format: uuid
             */
            provider?: string | null;
            /** Providername */
            providerName?: string | null;
            /** Theme */
            theme?: string | null;
            /**
             * Ageband
             * @description 0-11 … 80+, or unknown.
             */
            ageBand?: string | null;
            /** Status */
            status?: string | null;
            /**
             * Reasoncode
             * @description none when there is no reason.
             */
            reasonCode?: string | null;
            /** Senderkind */
            senderKind?: string | null;
            /**
             * Month
             * @description YYYY-MM, Dutch time.
             */
            month?: string | null;
            /**
             * Activities
             * @description Published activities.
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
             */
            id: string;
            /** Title */
            title: string;
            /** Description */
            description: string;
            /**
             * Providerid
             * Format: uuid
             */
            providerId: string;
            /** Providername */
            providerName: string;
            /** Municipality */
            municipality: string;
            /** Themes */
            themes: string[];
            /** Minimumage */
            minimumAge: number | null;
            /** Maximumage */
            maximumAge: number | null;
            location: components["schemas"]["LocationRead"] | null;
            schedule: components["schemas"]["ScheduleRead"];
            cost: components["schemas"]["CostRead"] | null;
            /** Capacity */
            capacity: number | null;
            /** Registrationrequired */
            registrationRequired: boolean;
            /** Languages */
            languages: string[];
            /** Accessibility */
            accessibility: string;
            status: components["schemas"]["ActivityStatus"];
            /**
             * Placesleft
             * @description null when the capacity is unlimited.
             */
            placesLeft: number | null;
            /**
             * Nextoccurrence
             * Format: date-time
             * @description The next start from now; null if none.
             */
            nextOccurrence: string | null;
            /**
             * Createdat
             * Format: date-time
             */
            createdAt: string;
            /**
             * Updatedat
             * Format: date-time
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
            /** Groupby */
            groupBy: string[];
            /**
             * Frommonth
             * @description First month counted (YYYY-MM), if limited.
             */
            fromMonth: string | null;
            /**
             * Untilmonth
             * @description Last month counted (YYYY-MM), if limited.
             */
            untilMonth: string | null;
            /**
             * Threshold
             * @description Counts below this are suppressed.
             */
            threshold: number;
            /** Groups */
            groups: components["schemas"]["ActivityFigures"][];
            /** Reach */
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
            /** Title */
            title?: string | null;
            /** Description */
            description?: string | null;
            /**
             * Municipality
             * @example GM0534
             */
            municipality?: string | null;
            /** Themes */
            themes?: string[] | null;
            /** Minimumage */
            minimumAge?: number | null;
            /** Maximumage */
            maximumAge?: number | null;
            location?: components["schemas"]["LocationIn"] | null;
            schedule?: components["schemas"]["ScheduleIn"] | null;
            cost?: components["schemas"]["CostIn"] | null;
            /** Capacity */
            capacity?: number | null;
            /** Registrationrequired */
            registrationRequired?: boolean | null;
            /** Languages */
            languages?: string[] | null;
            /** Accessibility */
            accessibility?: string | null;
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
            /** Street */
            street: string;
            /** Housenumber */
            houseNumber: number;
            /** Housenumberaddition */
            houseNumberAddition?: string | null;
            /**
             * Postcode
             * @example 2181 AB
             */
            postcode: string;
            /** Place */
            place: string;
        };
        /** AddressRead */
        AddressRead: {
            /** Street */
            street?: string | null;
            /** Housenumber */
            houseNumber?: number | null;
            /** Housenumberaddition */
            houseNumberAddition?: string | null;
            /** Postcode */
            postcode?: string | null;
            /** Place */
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
            /** Id */
            id: number;
            /**
             * Occurredat
             * Format: date-time
             */
            occurredAt: string;
            /** Requestid */
            requestId: string | null;
            /**
             * Actortype
             * @description user, client, external, system or anonymous
             */
            actorType: string;
            /** Actorid */
            actorId: string | null;
            /**
             * Organisationid
             * Format: uuid
             */
            organisationId: string | null;
            /** Role */
            role: string | null;
            /** Clientid */
            clientId: string | null;
            /** Action */
            action: string;
            /** Resourcetype */
            resourceType: string;
            /** Resourceids */
            resourceIds: string[];
            /** Result */
            result: string;
            /**
             * Chain
             * @description The hash chain (0-7) on which prevHash is the event before.
             */
            chain: number;
            /** Prevhash */
            prevHash: string;
            /** Hash */
            hash: string;
        };
        /** Body_revokeToken */
        Body_revokeToken: {
            /** Token */
            token?: string | null;
            /** Token Type Hint */
            token_type_hint?: string | null;
            /** Client Id */
            client_id?: string | null;
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
            givenBy: components["schemas"]["ConsentGiver"];
            method: components["schemas"]["ConsentMethod"];
            /**
             * Givenat
             * Format: date-time
             */
            givenAt: string;
        };
        /**
         * ConsentMethod
         * @enum {string}
         */
        ConsentMethod: "verbal" | "written" | "digital";
        /** ConsentRead */
        ConsentRead: {
            givenBy: components["schemas"]["ConsentGiver"];
            method: components["schemas"]["ConsentMethod"];
            /**
             * Givenat
             * Format: date-time
             */
            givenAt: string;
        };
        /** ContactIn */
        ContactIn: {
            /**
             * Phone
             * @example +31612345678
             */
            phone?: string | null;
            /**
             * Email
             * Format: email
             * @example j.devries@example.nl
             */
            email?: string | null;
            /**
             * Website
             * Format: uri
             */
            website?: string | null;
        };
        /**
         * ContactPersonIn
         * @description Who at the sender's side to contact about this referral.
         */
        ContactPersonIn: {
            /** Name */
            name: string;
            /**
             * Phone
             * @example +31612345678
             */
            phone?: string | null;
            /**
             * Email
             * Format: email
             * @example j.devries@example.nl
             */
            email?: string | null;
        };
        /** ContactPersonRead */
        ContactPersonRead: {
            /** Name */
            name: string;
            /** Phone */
            phone: string | null;
            /** Email */
            email: string | null;
        };
        /**
         * ContactPreference
         * @enum {string}
         */
        ContactPreference: "phone" | "email" | "text-message" | "via-referrer";
        /** ContactRead */
        ContactRead: {
            /** Phone */
            phone: string | null;
            /** Email */
            email: string | null;
            /** Website */
            website: string | null;
        };
        /** CostIn */
        CostIn: {
            /**
             * Amountcents
             * @description Euro cents.
             */
            amountCents: number;
            /**
             * Description
             * @example per keer
             */
            description: string;
        };
        /** CostRead */
        CostRead: {
            /** Amountcents */
            amountCents: number;
            /** Description */
            description: string | null;
        };
        /**
         * Counts
         * @description HSDS ids, per kind of record.
         */
        Counts: {
            /** Services */
            services: string[];
            /** Organizations */
            organizations: string[];
        };
        /** DeliveryRead */
        DeliveryRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Eventid
             * Format: uuid
             * @description The CloudEvent's id, also the webhook-id header.
             */
            eventId: string;
            /** Eventtype */
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
             */
            attemptedAt: string;
            /** Durationms */
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
             * @example urn:welzijn:problem:invalid-input
             */
            type: string;
            /** Title */
            title: string;
            /** Status */
            status: number;
            /** Detail */
            detail: string;
            /** Instance */
            instance: string;
            /** Requestid */
            requestId?: string | null;
            /** Errors */
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
             * @example medicom
             */
            sourceSystem: string;
            /**
             * Externalid
             * @example P-000123
             */
            externalId: string;
        };
        /** ExternalIdRead */
        ExternalIdRead: {
            /** Sourcesystem */
            sourceSystem: string;
            /** Externalid */
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
             * @constant
             */
            status: "ok";
            /**
             * Database
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
            /** Dryrun */
            dryRun: boolean;
            created: components["schemas"]["Counts"];
            changed: components["schemas"]["Counts"];
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
             * @enum {string}
             */
            in: "body" | "query" | "path" | "header";
            /**
             * Location
             * @description A JSON pointer into the body, or the parameter's name.
             */
            location: string;
            /**
             * Code
             * @description A stable, machine-readable code in kebab-case.
             */
            code: string;
            /** Detail */
            detail: string;
        };
        /**
         * LocationIn
         * @description Where it happens, e.g. Bibliotheek Hillegom, Hoofdstraat 85, 2181 EB Hillegom.
         */
        LocationIn: {
            /** Name */
            name: string;
            /** Street */
            street: string;
            /** Housenumber */
            houseNumber?: number | null;
            /**
             * Postcode
             * @example 2181 AB
             */
            postcode: string;
            /** Place */
            place: string;
        };
        /** LocationRead */
        LocationRead: {
            /** Name */
            name: string;
            /** Street */
            street: string | null;
            /** Housenumber */
            houseNumber: number | null;
            /** Postcode */
            postcode: string | null;
            /** Place */
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
            /** Code */
            code: string;
            /** Name */
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
             * @description The municipality's name.
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
             * @description The organisation's id.
             */
            id: string;
            /**
             * Code
             * @description Its short stable handle, e.g. `welzijnskompas`.
             */
            code: string;
            /**
             * Name
             * @description Its display name.
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
            /** Name */
            name: string;
            kind: components["schemas"]["ProviderKind"];
            /**
             * Description
             * @default
             */
            description: string;
            /**
             * Kvknumber
             * @description Chamber of Commerce number.
             * @example 41234567
             */
            kvkNumber?: string | null;
            /** Municipalities */
            municipalities: string[];
            /** Themes */
            themes?: string[];
            /** Minimumage */
            minimumAge?: number | null;
            /** Maximumage */
            maximumAge?: number | null;
            contact?: components["schemas"]["ContactIn"];
            /**
             * Active
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
             */
            id: string;
            /** Name */
            name: string;
            kind: components["schemas"]["ProviderKind"];
            /** Description */
            description: string;
            /** Kvknumber */
            kvkNumber: string | null;
            /** Municipalities */
            municipalities: string[];
            /** Themes */
            themes: string[];
            /** Minimumage */
            minimumAge: number | null;
            /** Maximumage */
            maximumAge: number | null;
            contact: components["schemas"]["ContactRead"];
            /** Active */
            active: boolean;
            /**
             * Createdat
             * Format: date-time
             */
            createdAt: string;
            /**
             * Updatedat
             * Format: date-time
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
            /** Name */
            name?: string | null;
            kind?: components["schemas"]["ProviderKind"] | null;
            /** Description */
            description?: string | null;
            /**
             * Kvknumber
             * @example 41234567
             */
            kvkNumber?: string | null;
            /** Municipalities */
            municipalities?: string[] | null;
            /** Themes */
            themes?: string[] | null;
            /** Minimumage */
            minimumAge?: number | null;
            /** Maximumage */
            maximumAge?: number | null;
            contact?: components["schemas"]["ContactIn"] | null;
            /** Active */
            active?: boolean | null;
        };
        /** Reach */
        Reach: {
            /** Ageband */
            ageBand: string;
            /**
             * Residents
             * @description Distinct residents registered; null if small.
             */
            residents: number | null;
            /** Suppressed */
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
             */
            residentId?: string | null;
            resident?: components["schemas"]["ResidentCreate"] | null;
            /**
             * Providerid
             * Format: uuid
             */
            providerId: string;
            /**
             * Activityid
             * Format: uuid
             */
            activityId?: string | null;
            /** Themes */
            themes: string[];
            /**
             * Reason
             * @description Short; may hold health data: sender and receiver only.
             */
            reason: string;
            /** @default normal */
            urgency: components["schemas"]["Urgency"];
            contactPerson: components["schemas"]["ContactPersonIn"];
            consent: components["schemas"]["ConsentIn"];
            /** Sourcesystem */
            sourceSystem?: string | null;
            /** Externalid */
            externalId?: string | null;
            /**
             * Previousreferralid
             * Format: uuid
             * @description Forwarding: the referral this one continues.
             */
            previousReferralId?: string | null;
        };
        /** ReferralFigures */
        ReferralFigures: {
            /** Municipality */
            municipality?: string | null;
            /**
             * Provider
             * Format: uuid
             */
            provider?: string | null;
            /** Providername */
            providerName?: string | null;
            /** Theme */
            theme?: string | null;
            /**
             * Ageband
             * @description 0-11 … 80+, or unknown.
             */
            ageBand?: string | null;
            /** Status */
            status?: string | null;
            /**
             * Reasoncode
             * @description none when there is no reason.
             */
            reasonCode?: string | null;
            /** Senderkind */
            senderKind?: string | null;
            /**
             * Month
             * @description YYYY-MM, Dutch time.
             */
            month?: string | null;
            /**
             * Count
             * @description Referrals; null when suppressed.
             */
            count: number | null;
            /** Suppressed */
            suppressed: boolean;
            /**
             * Mediandaystoaccept
             * @description Whole days, nearest rank.
             */
            medianDaysToAccept: number | null;
            /** P90Daystoaccept */
            p90DaysToAccept: number | null;
            /**
             * Sharecompleted
             * @description Completed referrals / count.
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
             */
            id: string;
            resident: components["schemas"]["ResidentSummary"];
            /**
             * Providerid
             * Format: uuid
             */
            providerId: string;
            /** Providername */
            providerName: string;
            /**
             * Activityid
             * Format: uuid
             */
            activityId: string | null;
            /** Themes */
            themes: string[];
            /** Reason */
            reason?: string | null;
            urgency: components["schemas"]["Urgency"];
            contactPerson: components["schemas"]["ContactPersonRead"];
            consent: components["schemas"]["ConsentRead"];
            /** Sourcesystem */
            sourceSystem: string | null;
            /** Externalid */
            externalId: string | null;
            /**
             * Previousreferralid
             * Format: uuid
             */
            previousReferralId: string | null;
            /**
             * Senderorganisationid
             * Format: uuid
             */
            senderOrganisationId: string;
            /** Sendername */
            senderName: string;
            senderKind: components["schemas"]["SenderKind"];
            status: components["schemas"]["ReferralStatus"];
            reasonCode: components["schemas"]["ReasonCode"] | null;
            /** Outcome */
            outcome: string | null;
            /**
             * Overdue
             * @description Still requested after the configured working days.
             */
            overdue: boolean;
            registration: components["schemas"]["RegistrationSummary"] | null;
            /**
             * Requestedat
             * Format: date-time
             */
            requestedAt: string;
            /**
             * Acceptedat
             * Format: date-time
             */
            acceptedAt: string | null;
            /**
             * Closedat
             * Format: date-time
             */
            closedAt: string | null;
            /**
             * Updatedat
             * Format: date-time
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
            /** Groupby */
            groupBy: string[];
            /**
             * Frommonth
             * @description First month counted (YYYY-MM), if limited.
             */
            fromMonth: string | null;
            /**
             * Untilmonth
             * @description Last month counted (YYYY-MM), if limited.
             */
            untilMonth: string | null;
            /**
             * Threshold
             * @description Counts below this are suppressed.
             */
            threshold: number;
            /** Groups */
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
             */
            residentId: string;
            /**
             * Overridereason
             * @description Why a resident outside the activity's ages may join anyway.
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
             */
            id: string;
            /**
             * Activityid
             * Format: uuid
             */
            activityId: string;
            /**
             * Residentid
             * Format: uuid
             */
            residentId: string;
            status: components["schemas"]["RegistrationStatus"];
            /**
             * Waitlistposition
             * @description 1 is next in line; null unless waitlisted.
             */
            waitlistPosition: number | null;
            /** Overridereason */
            overrideReason: string | null;
            /**
             * Createdat
             * Format: date-time
             */
            createdAt: string;
            /**
             * Updatedat
             * Format: date-time
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
            /** Givenname */
            givenName: string;
            /**
             * Familynameprefix
             * @description Tussenvoegsel, e.g. 'van der'.
             */
            familyNamePrefix?: string | null;
            /** Familyname */
            familyName: string;
            /**
             * Birthdate
             * Format: date
             */
            birthDate: string;
            /** @description Omit when unknown. */
            address?: components["schemas"]["AddressIn"] | null;
            /**
             * Municipality
             * @description CBS code of the municipality of residence.
             * @example GM0534
             */
            municipality: string;
            /**
             * Phone
             * @example +31612345678
             */
            phone?: string | null;
            /**
             * Email
             * Format: email
             * @example j.devries@example.nl
             */
            email?: string | null;
            /**
             * Preferredlanguage
             * @example nl
             */
            preferredLanguage?: string | null;
            preferredContact?: components["schemas"]["ContactPreference"] | null;
            /** Externalids */
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
             */
            exportedAt: string;
            resident: components["schemas"]["ResidentRead"];
            /** Referrals */
            referrals: {
                [key: string]: unknown;
            }[];
            /** Registrations */
            registrations: {
                [key: string]: unknown;
            }[];
            /** Consents */
            consents: {
                [key: string]: unknown;
            }[];
            /** Auditevents */
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
             */
            id: string;
            /** Givenname */
            givenName?: string | null;
            /** Familynameprefix */
            familyNamePrefix?: string | null;
            /** Familyname */
            familyName?: string | null;
            /**
             * Birthdate
             * Format: date
             */
            birthDate?: string | null;
            address?: components["schemas"]["AddressRead"] | null;
            /** Municipality */
            municipality?: string | null;
            /** Phone */
            phone?: string | null;
            /** Email */
            email?: string | null;
            /** Preferredlanguage */
            preferredLanguage?: string | null;
            preferredContact?: components["schemas"]["ContactPreference"] | null;
            /** Externalids */
            externalIds?: components["schemas"]["ExternalIdRead"][] | null;
            /**
             * Registeredbyorganisationid
             * Format: uuid
             */
            registeredByOrganisationId?: string | null;
            /**
             * Createdat
             * Format: date-time
             */
            createdAt?: string | null;
            /**
             * Updatedat
             * Format: date-time
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
            /** Familyname */
            familyName?: string | null;
            /**
             * Birthdate
             * Format: date
             */
            birthDate?: string | null;
            /**
             * Postcode
             * @example 2181 AB
             */
            postcode?: string | null;
            /** Sourcesystem */
            sourceSystem?: string | null;
            /** Externalid */
            externalId?: string | null;
        };
        /** ResidentSummary */
        ResidentSummary: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Givenname */
            givenName: string | null;
            /** Familynameprefix */
            familyNamePrefix: string | null;
            /** Familyname */
            familyName: string | null;
            /**
             * Birthdate
             * Format: date
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
            /** Givenname */
            givenName?: string | null;
            /** Familynameprefix */
            familyNamePrefix?: string | null;
            /** Familyname */
            familyName?: string | null;
            /**
             * Birthdate
             * Format: date
             */
            birthDate?: string | null;
            address?: components["schemas"]["AddressIn"] | null;
            /**
             * Municipality
             * @example GM0534
             */
            municipality?: string | null;
            /**
             * Phone
             * @example +31612345678
             */
            phone?: string | null;
            /**
             * Email
             * Format: email
             * @example j.devries@example.nl
             */
            email?: string | null;
            /** Preferredlanguage */
            preferredLanguage?: string | null;
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
             */
            startsAt: string;
            /**
             * Endsat
             * Format: date-time
             */
            endsAt: string;
            /**
             * Recurrence
             * @example FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630T000000Z
             */
            recurrence?: string | null;
        };
        /** ScheduleRead */
        ScheduleRead: {
            /**
             * Startsat
             * Format: date-time
             */
            startsAt: string;
            /**
             * Endsat
             * Format: date-time
             */
            endsAt: string;
            /** Recurrence */
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
            /** Clientid */
            clientId: string;
            /** Name */
            name: string;
            /**
             * Organisation
             * @description The organisation's code (e.g. `welzijnskompas`) or id.
             */
            organisation: string;
            /**
             * Public
             * @default false
             */
            public: boolean;
            /**
             * Redirecturis
             * @default []
             */
            redirectUris: string[];
            /**
             * Allowedorigins
             * @default []
             */
            allowedOrigins: string[];
        };
        /** StaffClientCreated */
        StaffClientCreated: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Clientid */
            clientId: string;
            /** Name */
            name: string;
            /**
             * Organisationid
             * Format: uuid
             */
            organisationId: string;
            /** Public */
            public: boolean;
            /** Redirecturis */
            redirectUris: string[];
            /** Allowedorigins */
            allowedOrigins: string[];
            /** Active */
            active: boolean;
            /**
             * Createdat
             * Format: date-time
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
             */
            id: string;
            /** Clientid */
            clientId: string;
            /** Name */
            name: string;
            /**
             * Organisationid
             * Format: uuid
             */
            organisationId: string;
            /** Public */
            public: boolean;
            /** Redirecturis */
            redirectUris: string[];
            /** Allowedorigins */
            allowedOrigins: string[];
            /** Active */
            active: boolean;
            /**
             * Createdat
             * Format: date-time
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
            /** Active */
            active?: boolean | null;
            /** Name */
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
            /** Displayname */
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
             */
            id: string;
            /** Email */
            email: string;
            /** Displayname */
            displayName: string;
            /**
             * Organisationid
             * Format: uuid
             */
            organisationId: string;
            role: components["schemas"]["Role"];
            /** Active */
            active: boolean;
            /**
             * Mustchangepassword
             * @description After a reset: the next sign-in asks for a new password.
             */
            mustChangePassword: boolean;
            /**
             * Createdat
             * Format: date-time
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
             */
            id: string;
            /** Email */
            email: string;
            /** Displayname */
            displayName: string;
            /**
             * Organisationid
             * Format: uuid
             */
            organisationId: string;
            role: components["schemas"]["Role"];
            /** Active */
            active: boolean;
            /**
             * Mustchangepassword
             * @description After a reset: the next sign-in asks for a new password.
             */
            mustChangePassword: boolean;
            /**
             * Createdat
             * Format: date-time
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
            /** Active */
            active?: boolean | null;
            /** Displayname */
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
            status: components["schemas"]["ReferralStatus"];
            reasonCode?: components["schemas"]["ReasonCode"] | null;
            /** Note */
            note?: string | null;
            /** Outcome */
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
            /** Sequence */
            sequence: number;
            /**
             * Referralid
             * Format: uuid
             */
            referralId: string;
            fromStatus: components["schemas"]["ReferralStatus"] | null;
            toStatus: components["schemas"]["ReferralStatus"];
            reasonCode: components["schemas"]["ReasonCode"] | null;
            /** Note */
            note: string | null;
            actor: components["schemas"]["ActorRead"];
            /**
             * Changedat
             * Format: date-time
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
             * @description https; plain http only for loopback in development.
             */
            callbackUrl: string;
            /** Eventtypes */
            eventTypes: components["schemas"]["EventType"][];
            /** Municipality */
            municipality?: string | null;
            /**
             * Activityid
             * Format: uuid
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
             */
            id: string;
            /** Callbackurl */
            callbackUrl: string;
            /** Eventtypes */
            eventTypes: components["schemas"]["EventType"][];
            /** Municipality */
            municipality: string | null;
            /**
             * Activityid
             * Format: uuid
             */
            activityId: string | null;
            /** @description pending-verification until the callback echoed the challenge; failing when an event stayed undelivered past the maximum age (see failureReason and deliveries). */
            status: components["schemas"]["SubscriptionStatus"];
            /** Failurereason */
            failureReason: string | null;
            /**
             * Verifiedat
             * Format: date-time
             */
            verifiedAt: string | null;
            /**
             * Nextattemptat
             * Format: date-time
             */
            nextAttemptAt: string;
            /**
             * Previoussecretexpiresat
             * Format: date-time
             * @description Until then, messages carry a signature with the previous secret as well.
             */
            previousSecretExpiresAt: string | null;
            /**
             * Createdat
             * Format: date-time
             */
            createdAt: string;
            /**
             * Updatedat
             * Format: date-time
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
             */
            id: string;
            /** Callbackurl */
            callbackUrl: string;
            /** Eventtypes */
            eventTypes: components["schemas"]["EventType"][];
            /** Municipality */
            municipality: string | null;
            /**
             * Activityid
             * Format: uuid
             */
            activityId: string | null;
            /** @description pending-verification until the callback echoed the challenge; failing when an event stayed undelivered past the maximum age (see failureReason and deliveries). */
            status: components["schemas"]["SubscriptionStatus"];
            /** Failurereason */
            failureReason: string | null;
            /**
             * Verifiedat
             * Format: date-time
             */
            verifiedAt: string | null;
            /**
             * Nextattemptat
             * Format: date-time
             */
            nextAttemptAt: string;
            /**
             * Previoussecretexpiresat
             * Format: date-time
             * @description Until then, messages carry a signature with the previous secret as well.
             */
            previousSecretExpiresAt: string | null;
            /**
             * Createdat
             * Format: date-time
             */
            createdAt: string;
            /**
             * Updatedat
             * Format: date-time
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
            /** Callbackurl */
            callbackUrl?: string | null;
            /** Eventtypes */
            eventTypes?: components["schemas"]["EventType"][] | null;
            /** Municipality */
            municipality?: string | null;
            /**
             * Activityid
             * Format: uuid
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
            /** Slug */
            slug: string;
            /** Name */
            name: string;
            /** Description */
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
            /** Access Token */
            access_token: string;
            /**
             * Token Type
             * @default Bearer
             * @constant
             */
            token_type: "Bearer";
            /**
             * Expires In
             * @description Seconds until the token expires.
             */
            expires_in: number;
            /** Scope */
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
             * @example urn:welzijn:problem:invalid-input
             */
            type: string;
            /** Title */
            title: string;
            /** Status */
            status: number;
            /** Detail */
            detail: string;
            /** Instance */
            instance: string;
            /** Requestid */
            requestId?: string | null;
            /** Errors */
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
            from: components["schemas"]["ReferralStatus"];
            to: components["schemas"]["ReferralStatus"];
            /** Parties */
            parties: components["schemas"]["Party"][];
            /** Reasonrequired */
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
            /** Transitions */
            transitions: components["schemas"]["TransitionRead"][];
            /** Finalstatuses */
            finalStatuses: components["schemas"]["ReferralStatus"][];
            /** Reasoncodes */
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
         * @description A problem that is also an RFC 6749 §5.2 error response.
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
             * @example urn:welzijn:problem:invalid-input
             */
            type: string;
            /** Title */
            title: string;
            /** Status */
            status: number;
            /** Detail */
            detail: string;
            /** Instance */
            instance: string;
            /**
             * Requestid
             * @default null
             */
            requestId: string | null;
            /**
             * Errors
             * @default null
             */
            errors: components["schemas"]["InvalidParam"][] | null;
            /**
             * Error
             * @enum {string}
             */
            error: "invalid_request" | "invalid_client" | "invalid_grant" | "unauthorized_client" | "unsupported_grant_type" | "invalid_scope" | "slow_down";
            /** Error Description */
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
             * @example urn:welzijn:problem:invalid-input
             */
            type: string;
            /** Title */
            title: string;
            /** Status */
            status: number;
            /** Detail */
            detail: string;
            /** Instance */
            instance: string;
            /**
             * Requestid
             * @default null
             */
            requestId: string | null;
            /**
             * Errors
             * @default null
             */
            errors: components["schemas"]["InvalidParam"][] | null;
        } & {
            [key: string]: unknown;
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
             * @description The password grant.
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
             * @example urn:welzijn:problem:invalid-input
             */
            type: string;
            /** Title */
            title: string;
            /** Status */
            status: number;
            /** Detail */
            detail: string;
            /** Instance */
            instance: string;
            /**
             * Requestid
             * @default null
             */
            requestId: string | null;
            /**
             * Errors
             * @description Every problem with the input, at once.
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
                "application/x-www-form-urlencoded": components["schemas"]["Body_revokeToken"];
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
                content: {
                    "application/json": unknown;
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
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Items a page, at most 100. */
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
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Items a page, at most 100. */
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
                /** @description CBS code. */
                municipality?: string;
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Items a page, at most 100. */
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
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Items a page, at most 100. */
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
                /** @description The resident's id. */
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
                /** @description The resident's id. */
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
                /** @description The resident's id. */
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
                /** @description The resident's id. */
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
                /** @description Serves this CBS code. */
                municipality?: string;
                /** @description Any of these themes. */
                theme?: string[];
                kind?: components["schemas"]["ProviderKind"];
                /** @description Text. */
                q?: string;
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Items a page, at most 100. */
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
                /** @description The provider's id. */
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
                /** @description The provider's id. */
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
                /** @description CBS code. */
                municipality?: string;
                /** @description Any of these themes. */
                theme?: string[];
                providerId?: string;
                /** @description Open to this age. */
                age?: number;
                /** @description Occurs after. */
                from?: string;
                /** @description Occurs before. */
                until?: string;
                /** @description No cost (true) or a cost (false). */
                free?: boolean;
                hasPlaces?: boolean;
                /** @description Text. */
                q?: string;
                /** @description Your own drafts, cancelled or archived (provider staff). */
                status?: components["schemas"]["ActivityStatus"];
                sort?: "nextOccurrence" | "title";
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Items a page, at most 100. */
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
                /** @description The activity's id. */
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
                /** @description The activity's id. */
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
                status?: components["schemas"]["RegistrationStatus"];
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Items a page, at most 100. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The activity's id. */
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
                /** @description The activity's id. */
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
                /** @description The activity's id. */
                activityId: string;
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
                /** @description The activity's id. */
                activityId: string;
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
                direction?: "incoming" | "outgoing";
                status?: components["schemas"]["ReferralStatus"][];
                /** @description Still requested too long. */
                overdue?: boolean;
                theme?: string;
                activityId?: string;
                updatedSince?: string;
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Items a page, at most 100. */
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
                /** @description The referral's id. */
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
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Items a page, at most 100. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The referral's id. */
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
                /** @description The referral's id. */
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
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Items a page, at most 100. */
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
                /** @description Comma-separated, each once: municipality, provider, theme, ageBand, status, reasonCode, senderKind, month. */
                groupBy?: string;
                /** @description From this month on. */
                from?: string;
                /** @description Up to and including this month. */
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
                /** @description Comma-separated, each once: municipality, theme, ageBand, provider. */
                groupBy?: string;
                /** @description From this month on. */
                from?: string;
                /** @description Up to and including this month. */
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
                /** @description User id or client id. */
                actor?: string;
                resourceType?: string;
                resourceId?: string;
                action?: string;
                /** @description Inclusive. */
                from?: string;
                /** @description Exclusive. */
                until?: string;
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Items a page, at most 100. */
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
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Items a page, at most 100. */
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
                /** @description The subscription's id. */
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
                /** @description The subscription's id. */
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
                /** @description The subscription's id. */
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
                /** @description The subscription's id. */
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
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Items a page, at most 100. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The subscription's id. */
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
                /** @description The subscription's id. */
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
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Items a page, at most 100. */
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
                /** @description The user's id. */
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
                /** @description The user's id. */
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
                /** @description The user's id. */
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
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Items a page, at most 100. */
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
