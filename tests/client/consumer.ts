/**
 * A strict consumer of the generated types, as a front end would write it. It compiles only
 * while the spec keeps its promises: every operation exists under its id, closed sets are
 * named enums, the change feed's cursor is never null, problem subtypes carry their members.
 */
import type { components, operations } from "./generated/schema";

type Schemas = components["schemas"];
type Op = keyof operations;
type Query<O extends Op> = operations[O]["parameters"] extends { query?: infer Q } ? NonNullable<Q> : never;
type Json<R> = R extends { content: { "application/json": infer B } } ? B : never;
type Problem<R> = R extends { content: { "application/problem+json": infer B } } ? B : never;
type Responses<O extends Op> = operations[O]["responses"];
type Ok<O extends Op> = Json<Responses<O>[keyof Responses<O> & (200 | 201)]>;
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
function expectType<T extends true>(): T | undefined {
  return undefined;
}

// Every operation, by its id: a new, removed or renamed operation fails here.
const everyOperation: { [O in Op]: O } = {
  getHealth: "getHealth",
  createToken: "createToken",
  revokeToken: "revokeToken",
  getMe: "getMe",
  listThemes: "listThemes",
  listMunicipalities: "listMunicipalities",
  listResidents: "listResidents",
  createResident: "createResident",
  searchResidents: "searchResidents",
  getResident: "getResident",
  updateResident: "updateResident",
  eraseResident: "eraseResident",
  exportResident: "exportResident",
  listProviders: "listProviders",
  createProvider: "createProvider",
  getProvider: "getProvider",
  updateProvider: "updateProvider",
  searchActivities: "searchActivities",
  createActivity: "createActivity",
  getActivity: "getActivity",
  updateActivity: "updateActivity",
  createRegistration: "createRegistration",
  listRegistrations: "listRegistrations",
  getRegistration: "getRegistration",
  cancelRegistration: "cancelRegistration",
  createReferral: "createReferral",
  listReferrals: "listReferrals",
  getReferral: "getReferral",
  changeReferralStatus: "changeReferralStatus",
  listReferralStatusChanges: "listReferralStatusChanges",
  listReferralEvents: "listReferralEvents",
  getReferralTransitions: "getReferralTransitions",
  referralStatistics: "referralStatistics",
  activityStatistics: "activityStatistics",
  listAuditEvents: "listAuditEvents",
  importHsds: "importHsds",
  createSubscription: "createSubscription",
  listSubscriptions: "listSubscriptions",
  getSubscription: "getSubscription",
  updateSubscription: "updateSubscription",
  deleteSubscription: "deleteSubscription",
  rotateSubscriptionSecret: "rotateSubscriptionSecret",
  listSubscriptionDeliveries: "listSubscriptionDeliveries",
  redeliverSubscription: "redeliverSubscription",
  listStaffUsers: "listStaffUsers",
  createStaffUser: "createStaffUser",
  getStaffUser: "getStaffUser",
  updateStaffUser: "updateStaffUser",
  resetStaffPassword: "resetStaffPassword",
  listStaffClients: "listStaffClients",
  createStaffClient: "createStaffClient",
  getStaffClient: "getStaffClient",
  updateStaffClient: "updateStaffClient",
};

// Every operation answers its errors as problems with a type and a status.
type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 412 | 428 | 500;
type ErrorBodies = { [O in Op]: Problem<Responses<O>[keyof Responses<O> & ErrorStatus]> };
function problemType(body: ErrorBodies[Op]): string {
  return `${body.type} (${body.status})`;
}

// The token request: grant_type is required and a closed set.
const login: Schemas["TokenRequest"] = { grant_type: "password", username: "huisarts@hillegom.example", password: "x" };
// @ts-expect-error grant_type may not be left out
const noGrant: Schemas["TokenRequest"] = { username: "a", password: "b" };
// @ts-expect-error only the grant types the server knows
const badGrant: Schemas["TokenRequest"] = { grant_type: "implicit" };

// A front end's sign-in: the code grant with its PKCE verifier, a refresh token in the answer,
// sign-out by revoking it.
const exchange: Schemas["TokenRequest"] = {
  grant_type: "authorization_code",
  code: "c",
  redirect_uri: "http://127.0.0.1:5173/callback",
  client_id: "welzijn-spa",
  code_verifier: "v",
};
function nextRefresh(answer: Ok<"createToken">): string | null | undefined {
  return answer.refresh_token;
}
const signOut: Schemas["RevokeRequest"] = { token: "r", token_type_hint: "refresh_token", client_id: "welzijn-spa" };

// Staff administration: a temporary password and a client secret are shown once.
function firstPassword(created: Ok<"createStaffUser">): string {
  return created.temporaryPassword;
}
function secretOf(created: Ok<"createStaffClient">): string | null {
  return created.secret;
}
const deactivate: Schemas["StaffUserUpdate"] = { active: false };

// Who am I: the provider's own id, and capabilities as named permissions.
function canAccept(me: Ok<"getMe">): boolean {
  const capability: Schemas["Permission"] = "referrals.change-status";
  const kind: "user" | "client" = me.kind;
  return kind === "user" && me.capabilities.includes(capability) && me.organisation.kind === "provider";
}
function ownProviderId(me: Ok<"getMe">): string | null {
  return me.providerId;
}

// Referrals: senderKind, status, registration status and actors are named enums.
function describeReferral(referral: Ok<"getReferral">): string {
  const sender: Schemas["SenderKind"] = referral.senderKind;
  const status: Schemas["ReferralStatus"] = referral.status;
  const registration: Schemas["RegistrationStatus"] | undefined = referral.registration?.status;
  return `${sender} ${status} ${registration ?? "-"}`;
}
function actorOf(change: Schemas["StatusChangeRead"]): string {
  const type: Schemas["ActorType"] = change.actor.type;
  const role: Schemas["Role"] | null = change.actor.role;
  return `${type}:${role ?? "system"}`;
}

// The change feed's cursor is never null; a page's may be.
function nextPoll(feed: Ok<"listReferralEvents">): string {
  return feed.nextCursor;
}
expectType<Exact<Ok<"listReferralEvents">, Schemas["StatusChangeFeed"]>>();
expectType<Exact<Ok<"listReferralStatusChanges">, Schemas["StatusChangePage"]>>();
function morePages(page: Ok<"listReferrals">): string | null {
  return page.nextCursor;
}

// Optional parameters are left out, never null; theme is an array.
const search: Query<"searchActivities"> = { theme: ["meeting-people", "exercise"], municipality: "GM0534" };
// @ts-expect-error an optional parameter is omitted, not null
const nullQuery: Query<"listProviders"> = { municipality: null };

// Problem subtypes carry their members.
function allowedNext(problem: Problem<Responses<"changeReferralStatus">[409]>): Schemas["ReferralStatus"][] {
  return problem.allowedStatuses;
}
function duplicateOf(problem: Problem<Responses<"createReferral">[409]>): string | null | undefined {
  return problem.existingReferral;
}
function invalidFields(problem: Problem<Responses<"createResident">[400]>): string[] {
  return problem.errors.map((error) => `${error.in}:${error.location} ${error.code}`);
}

export const used = [
  everyOperation,
  problemType,
  login,
  noGrant,
  badGrant,
  exchange,
  nextRefresh,
  signOut,
  firstPassword,
  secretOf,
  deactivate,
  canAccept,
  ownProviderId,
  describeReferral,
  actorOf,
  nextPoll,
  morePages,
  search,
  nullQuery,
  allowedNext,
  duplicateOf,
  invalidFields,
];
