// Generated from docs/openapi.json by npm run openapi:document: do not edit.
export type paths = {
  '/api/v1/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness and readiness: the database must answer; search may be down. */
    get: operations['healthCheck'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** This process's metrics, in Prometheus' text format, for a bearer of `METRICS_TOKEN`. */
    get: operations['metricsScrape'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/web-config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The deployment's settings for the web app: its base map. */
    get: operations['webConfigGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sends a one-time code to a login; the same answer whether or not an account has it. */
    post: operations['authSendCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me/codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sends a code to the signed-in account's own login (shown masked to it), to prove it is really them. */
    post: operations['authSendOwnCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Creates a visitor account with a code sent to its login, and signs it in. */
    post: operations['authRegister'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Signs in with a password or with a code sent to the login. */
    post: operations['authLogin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Exchanges a refresh token for a new pair; a token used twice ends its session. */
    post: operations['authRefresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ends the current session. */
    post: operations['authLogout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in account. */
    get: operations['authMe'];
    put?: never;
    post?: never;
    /** Deletes the signed-in person's account after a fresh code or password. */
    delete: operations['authDeleteMine'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Everything Kepu holds about the signed-in person, as one zip. */
    get: operations['authExportMine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Proves an older account's login with a code sent to it. */
    post: operations['authVerify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/privacy-policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The policy in force, with the figures its page quotes from this deployment's configuration. */
    get: operations['authPrivacyPolicy'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/privacy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records that the signed-in person accepted the privacy policy in force. */
    post: operations['authAcceptPrivacy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sets a new password, ending every other session of the account. */
    post: operations['authChangePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Finds an account by its login, as an administrator may see it. */
    get: operations['accountsLookup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/suspended': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Suspended accounts the actor may restore, newest first. */
    get: operations['accountsSuspended'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An account as the actor may see it: an administrator sees only the grants inside their regions. */
    get: operations['accountsView'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{id}/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Offers the account a role: it holds the role once it accepts, at its own login. */
    post: operations['accountsInvite'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{id}/roles/{grantId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Takes a role back from the account. */
    delete: operations['accountsRevoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{id}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suspends the account: it cannot sign in, and its sessions end at once. */
    post: operations['accountsSuspend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lifts the account's suspension. */
    post: operations['accountsRestore'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Pending invitations the actor issued or may withdraw. */
    get: operations['invitationsManageable'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Pending invitations to the signed-in account's login. */
    get: operations['invitationsMine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accepts an invitation to the signed-in account's login: the account then holds the role. */
    post: operations['invitationsAccept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Declines an invitation to the signed-in account's login. */
    post: operations['invitationsDecline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraws a pending invitation. */
    delete: operations['invitationsWithdraw'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/regions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The whole region tree, each region after its parent. */
    get: operations['regionsList'];
    put?: never;
    /** Adds a region: provinces and cities by the system administrator, districts by their city's administrators. */
    post: operations['regionsCreate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/regions/cities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cities with published venues, most first, each with the area its venues cover (the figures page and the map). */
    get: operations['regionsCities'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/regions/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One region. */
    get: operations['regionsGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Renames a region or sets its review depth. */
    patch: operations['regionsUpdate'];
    trace?: never;
  };
  '/api/v1/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Organisations in the administrator's regions, or the operator's own. */
    get: operations['organisationsList'];
    put?: never;
    /** Registers an organisation, unverified; an applicant who is not an administrator becomes its operator. */
    post: operations['organisationsCreate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One organisation, for its members and the administrators of its region. */
    get: operations['organisationsView'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edits an organisation; a new name, kind, code or region needs verifying again. */
    patch: operations['organisationsUpdate'];
    trace?: never;
  };
  '/api/v1/organisations/{id}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** An administrator of its region vouches for the organisation as it is now, its name included. */
    post: operations['organisationsVerify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation's operators and teachers, phone numbers masked. */
    get: operations['organisationsMembers'];
    put?: never;
    /** Invites a login to be an operator or a school's teacher; DELETE /accounts/{id}/roles/{grantId} removes a member. */
    post: operations['organisationsAddMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{id}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Invitations to the organisation still waiting for an answer. */
    get: operations['organisationsInvitations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published resources for everyone; `mine` and `status` widen the list for members and administrators. */
    get: operations['resourcesList'];
    put?: never;
    /** Creates a draft resource for the operator's organisation. */
    post: operations['resourcesCreate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources/review-queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Submissions waiting for this administrator, each with its diff against the published version. */
    get: operations['resourcesQueue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources/public-text-changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Public text of this administrator's resources that changed without review (offering titles, descriptions). */
    get: operations['resourcesPublicTextChanges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A resource's page: the published version, or the working copy to its members and reviewers. */
    get: operations['resourcesGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edits the working copy; the public keeps seeing the published version until the edit is approved. */
    patch: operations['resourcesUpdate'];
    trace?: never;
  };
  '/api/v1/resources/{id}/working-copy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The copy being edited or reviewed, with its changes against the published version. */
    get: operations['resourcesWorkingCopy'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What happened to a resource, oldest first, and who did it. */
    get: operations['resourcesHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submits the working copy for review. */
    post: operations['resourcesSubmit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approves a submission (publishing it, or passing it to the city), rejects it or returns it for changes. */
    post: operations['resourcesDecide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources/{id}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hides a published resource from the public for now, with a reason. */
    post: operations['resourcesSuspend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Takes a published or suspended resource off the register, with a reason. */
    post: operations['resourcesWithdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publishes a suspended or withdrawn resource again. */
    post: operations['resourcesRestore'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accreditations/expiring': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Accreditations expiring within `days` (default 60) in the administrator's regions, expired ones first. */
    get: operations['accreditationsExpiring'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/media': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Uploads a photo (JPEG, PNG, WebP) or evidence (also PDF) as the `file` part; images lose their metadata. */
    post: operations['mediaUpload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/media/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A file's bytes, as a sandboxed document of its own (evidence as an attachment), so it can run nothing. */
    get: operations['mediaRead'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vocabularies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every code list (types, themes, audiences…) with Chinese and English labels. */
    get: operations['vocabulariesList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/census/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The import template: the sheet's headers, and (xlsx) a guide to the columns and codes. */
    get: operations['censusTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/census/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Imports a census sheet, all rows or none; a dry run (`dryRun=1`) reports every bad row and changes nothing. */
    post: operations['censusImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/census/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The published register of a region as open data: no personal data. */
    get: operations['censusExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources/{id}/duplicates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The resource beside its possible duplicates (same name, same sound or within 100 m), those dismissed left out. */
    get: operations['duplicatesList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources/{id}/duplicates/{otherId}/dismiss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Marks the pair as not duplicates: it is not offered again, in either order. */
    post: operations['duplicatesDismiss'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources/{id}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Merges the resource into another, which it then redirects to; its history, offerings, bookings and figures follow. */
    post: operations['duplicatesMerge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/open-data': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The open-data index: datasets, licence, formats with their URLs, record counts and columns (docs/open-data.md). */
    get: operations['openDataIndex'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/open-data/resources.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every published resource as CSV (UTF-8 with BOM; formula-safe cells), no personal data. */
    get: operations['openDataCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/open-data/resources.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every published resource as XLSX (a 说明 sheet names the licence and the columns), no personal data. */
    get: operations['openDataXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/open-data/resources.geojson': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every published resource as GeoJSON (RFC 7946, WGS-84), with the licence, no personal data. */
    get: operations['openDataGeojson'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources/stale': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published resources in the administrator's regions nobody re-confirmed in time, longest unconfirmed first. */
    get: operations['upkeepStale'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The venue's operator confirms its published details are unchanged: the yearly re-confirmation. */
    post: operations['upkeepConfirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources/{id}/aliases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A resource's aliases: public like the resource itself. */
    get: operations['aliasesGet'];
    /** Replaces a resource's aliases (at most 20, 1–40 characters each); search has them at once. */
    put: operations['aliasesReplace'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources/{id}/opening-hours': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The rules, today's hours, open now, the next opening and the next days, in Shanghai time. */
    get: operations['resourceScheduleGetHours'];
    /** Replaces a venue's opening hours and replans its slots; booked slots the change drops need `onAffectedSlots`. */
    put: operations['resourceSchedulePutHours'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources/{id}/opening-hours/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The next days under hours not yet saved: the editor shows them before the operator commits. */
    post: operations['resourceSchedulePreviewHours'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources/{id}/offerings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A venue's offerings on sale, oldest first. */
    get: operations['resourceScheduleListOfferings'];
    put?: never;
    /** Adds an offering to a venue and creates its slots for the booking horizon. */
    post: operations['resourceScheduleCreateOffering'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/offerings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An offering and its booking rules. */
    get: operations['offeringsGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Changes an offering's rules and replans its slots; booked slots the change drops need `onAffectedSlots`. */
    patch: operations['offeringsUpdate'];
    trace?: never;
  };
  '/api/v1/offerings/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Takes an offering off sale: empty slots ahead go, booked ones are kept or cancelled as `onAffectedSlots` says. */
    post: operations['offeringsArchive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/offerings/{id}/availability': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Slots from `from` to `to` (Shanghai dates, at most 62 days) with places left and their status. */
    get: operations['offeringsAvailability'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Public holidays and make-up working days (调休) of a year, and whether the year is official yet. */
    get: operations['calendarGet'];
    /** Replaces a year's holidays and make-up working days (a city administrator enters the State Council's notice). */
    put: operations['calendarReplace'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bookings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Books a slot for a party, confirmed or (with `waitlist`) waitlisted.
     * @description Only for accounts that have verified their login. A repeated Idempotency-Key with the
     *     same body replays the first answer, refusals included, with the header `Idempotent-Replayed: true`.
     */
    post: operations['bookingsCreate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bookings/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's bookings: upcoming visits first (soonest first), then past ones. */
    get: operations['bookingsMine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bookings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One booking, for its visitor or the venue's staff. */
    get: operations['bookingsGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bookings/{id}/qr': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The booking code as a QR code (PNG) for the entrance scanner. */
    get: operations['bookingsQr'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bookings/{id}/ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The visit as an iCalendar file, for the visitor's own calendar. */
    get: operations['bookingsIcs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bookings/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancels a booking or leaves the waitlist; freed places go to the waitlist at once.
     * @description By the visitor until the offering's cutoff (a waitlist entry until the slot starts), by
     *     the venue's operators until the slot ends, with a `reason` the visitor is told (for example for
     *     a visitor who phones). A school group's booking is cancelled through its group visit.
     */
    post: operations['bookingsCancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bookings/{id}/reschedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Moves a confirmed booking to another time of its offering (改期), keeping its code, visitors and
     *     places until the new ones are taken: if the new slot cannot take the party, nothing changes.
     * @description The new slot is booked by the same rules as a new booking (its booking window, places
     *     left beside those held for the desk and those waiting, the visitors' ages on the new day, one
     *     booking per document a day, no-show bans); the old slot's places go to its waitlist at once.
     *     A booking changes its time at most twice (`reschedulesLeft`), until its cancellation deadline
     *     (`reschedulableUntil`). By its visitor; a counter or phone booking by the venue's operators.
     */
    post: operations['bookingsReschedule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bookings/mine/days': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The days the caller already holds a booking at a venue, by offering.
     * @description One booking per account, offering and day (ALREADY_BOOKED): the venue page and the
     *     booking form mark those days before anything is typed.
     */
    get: operations['ownBookingsDays'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bookings/mine/contact-phone': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The contact phone of the caller's latest booking, masked: a booking that names none takes it
     *     when the account has no verified phone of its own.
     * @description A number proven by a code then needs no code again.
     */
    get: operations['ownBookingsContactPhone'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/check-ins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Checks a booking code in at the venue's entrance (a school group's admits the whole group).
     * @description Another venue's code answers 404, as a code that does not exist. A check-in made
     *     without a network is sent later with `checkedInAt` and the device's `deviceId`: the same one
     *     sent again is answered with the booking, one another device made first is refused
     *     (CHECKED_IN_ON_ANOTHER_DEVICE) and shown in the slot's arrivals (docs/booking-rules.md, "Offline check-in").
     */
    post: operations['checkInCheckIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/slots/{id}/arrivals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who is expected in a slot and who has arrived. */
    get: operations['checkInArrivals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources/{id}/check-in-pack': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A venue's day at the gate, for the check-in page to keep and check in from without a network:
     *     every slot with its bookings, codes hashed with a key for this venue and day, names masked.
     * @description For the venue's operators, as the arrivals (docs/booking-rules.md, "Offline check-in").
     */
    get: operations['checkInPack'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources/{id}/check-in-lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Today's bookings at the venue for a visitor's phone or document number, when they have no code
     *     to show: names and numbers masked, for the operator to pick one and check it in.
     * @description For the venue's operators, as the booking desk whose search it is.
     */
    get: operations['checkInLookup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources/{id}/bookings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The venue's bookings by day and slot, for its operators: all of them, or
     *     one person's found by `q` (docs/booking-rules.md, "The booking desk").
     */
    get: operations['bookingDeskList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/slots/{id}/walk-ins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Records people admitted to a slot without a booking: they take its places and count in the
     *     statistics (docs/booking-rules.md, "Walk-ins"). A negative count corrects an earlier tally.
     */
    post: operations['walkInsRecord'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/console/operator/today': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The operator's day at a glance (工作台), in Shanghai time: for each of their venues (or the one
     *     chosen), today's slots with booked, arrived, waiting, walk-ins and places left, the school
     *     groups' requests to answer, the edit under review or returned, today's hours, the public
     *     holidays ahead and the yearly re-confirmation.
     * @description For the venue's own operators; anyone else, its administrators too, is refused (403).
     */
    get: operations['operatorDayToday'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/saved-visitors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The people the caller books for (常用参观人), documents masked, oldest first. */
    get: operations['savedVisitorsList'];
    put?: never;
    /** Keeps a person to book for later: a booking then names them by `savedVisitorId`. */
    post: operations['savedVisitorsAdd'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/saved-visitors/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Forgets a saved person: their name and document are deleted at once. */
    delete: operations['savedVisitorsRemove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/group-visits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The group visits the caller may see, undecided ones first (soonest to lapse first), then by visit day. */
    get: operations['groupVisitsList'];
    put?: never;
    /**
     * A teacher of a verified school asks a venue to take a class in one of up to three slots.
     * @description An Idempotency-Key makes a retry safe: the same key with the same body replays the
     *     first answer, with the header `Idempotent-Replayed: true`.
     */
    post: operations['groupVisitsRequest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/group-visits/name-list-template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The name list template (XLSX with a guide sheet, or CSV) to fill in and upload. */
    get: operations['groupVisitsTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/group-visits/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One group visit, for its school, its venue or the region's administrators. */
    get: operations['groupVisitsGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/group-visits/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The venue approves a request into a preferred slot, rejects it with a reason, or proposes another slot. */
    post: operations['groupVisitsDecide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/group-visits/{id}/response': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The school accepts or declines the venue's proposal. */
    post: operations['groupVisitsRespond'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/group-visits/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Either side calls a visit off: the school until its slot starts, the venue until it ends. */
    post: operations['groupVisitsCancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/group-visits/{id}/colleagues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The school's teachers who could lead the visit, for those who may hand it over. */
    get: operations['groupVisitsColleagues'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/group-visits/{id}/hand-over': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A teacher of the school hands an open visit to a colleague, who leads it from then on.
     * @description The colleague is a verified, active teacher of the same school; the former leader and
     *     the venue are told.
     */
    post: operations['groupVisitsHandOver'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/group-visits/{id}/name-list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The group's name list, ID numbers masked. */
    get: operations['groupVisitsNameList'];
    /**
     * Uploads the group's name list (XLSX or CSV in the template's columns), replacing the previous one.
     * @description `?dryRun=1` only checks and reports. A list with any error is refused whole
     *     (NAME_LIST_INVALID, 422, with the report by row in its details).
     */
    put: operations['groupVisitsUploadNameList'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/group-visits/{id}/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** After the visit its teacher rates it once (1 to 5, with an optional comment). */
    post: operations['groupVisitsFeedback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/group-agreements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The agreements the caller may see, with their usage per school term; ended ones last. */
    get: operations['groupAgreementsList'];
    put?: never;
    /** The venue offers a verified school a cooperation agreement of up to a year. */
    post: operations['groupAgreementsOffer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/group-agreements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One agreement with its usage per school term. */
    get: operations['groupAgreementsGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/group-agreements/{id}/sign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A teacher of the school signs an offered agreement. */
    post: operations['groupAgreementsSign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/group-agreements/{id}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Either side ends an agreement; visits already counted stay counted. */
    post: operations['groupAgreementsEnd'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resources/{id}/group-feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Schools' ratings and comments on a venue's group visits. */
    get: operations['groupAgreementsFeedback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outreach/menu': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The activity menu (科普活动菜单): published items' approved content, newest first. */
    get: operations['menuList'];
    put?: never;
    /** A new draft item for a verified organisation the operator runs. */
    post: operations['menuCreate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outreach/menu/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The items of the operator's organisation in every status, newest first. */
    get: operations['menuMine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outreach/menu/review-queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Items waiting for this administrator's review (providers in their regions), longest waiting first. */
    get: operations['menuReviewQueue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outreach/menu/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One menu item: its approved content, or, for its provider's operators and the administrators of
     *     its region, the private view with the working content and its review.
     */
    get: operations['menuGet'];
    /** Replaces the working content; an edit of a published item goes to review while the public keeps the approved one. */
    put: operations['menuUpdate'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outreach/menu/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sends a draft, or an item returned for changes, for review. */
    post: operations['menuSubmit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outreach/menu/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approves (publishes) the content waiting for review, asks for changes, or rejects it (a comment says why). */
    post: operations['menuReview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outreach/menu/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Takes an item off the menu (or out of review) for good. */
    post: operations['menuWithdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outreach/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One board of orders (`view`): the caller's own, their organisation's, their district's, or those open to claim. */
    get: operations['ordersList'];
    put?: never;
    /**
     * A teacher of a verified school or a worker of a verified community orders a published menu
     *     item, or writes a free request; the district of the place is told.
     */
    post: operations['ordersCreate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outreach/orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One order, for its orderer, its provider, the district's administrators, or any provider while it is open. */
    get: operations['ordersGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outreach/orders/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The district assigns a waiting order to a verified provider, which is told. */
    post: operations['ordersAssign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outreach/orders/{id}/open': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The district opens a submitted order for claims by the providers serving its district. */
    post: operations['ordersOpen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outreach/orders/{id}/claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A provider serving the district claims an open order: the first claim wins. */
    post: operations['ordersClaim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outreach/orders/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The provider holding an order declines it with a reason; it goes back to the district. */
    post: operations['ordersDecline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outreach/orders/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The orderer or the district cancels an order that is not over yet. */
    post: operations['ordersCancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/experts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The public directory: approved experts who consented to a public profile. */
    get: operations['expertsList'];
    put?: never;
    /**
     * A verified account applies to the expert pool (科普专家库) for itself.
     * @description The administrators of the home district (`regionCode`) review it. With `publicProfile`
     *     the expert consents to the public directory showing them once approved.
     */
    post: operations['expertsApply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/experts/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's own application, with its status and the reviewer's comment. */
    get: operations['expertsMine'];
    /**
     * The expert changes their application (the whole of it).
     * @description A changed profile of an approved expert goes back to review and leaves the directory
     *     until approved again; a rejected or withdrawn application is sent again. Consent alone
     *     (`publicProfile`) takes effect at once, given or withdrawn.
     */
    put: operations['expertsEdit'];
    post?: never;
    /** The expert leaves the pool: out of the public directory at once. */
    delete: operations['expertsWithdraw'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/experts/review-queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Submitted applications from the districts the administrator reviews, oldest first. */
    get: operations['expertsQueue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/experts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One expert: the application to the expert and the administrators of their home district, the
     *     public profile to everyone else (only while approved and consenting).
     */
    get: operations['expertsGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/experts/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The administrators of the expert's home district approve or reject (with a comment) the application. */
    post: operations['expertsReview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outreach/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Searches the activity menu and the public expert directory together (Chinese, pinyin or initials). */
    get: operations['outreachSearchFind'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outreach/orders/{id}/schedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The provider sets (or moves) the time and the lead of an order it holds.
     * @description The day is within the order's window, the start in the future, the end after it and at
     *     most a day later; the lead is an active operator or volunteer of the provider. Each call draws
     *     a fresh sign-in code; the orderer is asked to confirm.
     */
    post: operations['activitiesSchedule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outreach/orders/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The orderer confirms the time the provider set; volunteers may then join. */
    post: operations['activitiesConfirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outreach/orders/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * After the activity the provider records the people reached and completes it.
     * @description Volunteers still signed in are signed out at the scheduled end and credited by the 60 % rule.
     */
    post: operations['activitiesComplete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outreach/orders/{id}/rating': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The orderer rates a completed activity once, 1 to 5 with an optional comment.
     * @description A 1 or a 2 is flagged to the district's administrators.
     */
    post: operations['activitiesRate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outreach/activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The coming activities of the teams the caller volunteers for, soonest first, with whether the caller joined. */
    get: operations['activitiesList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outreach/activities/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One activity: with its sign-in code and volunteers for the provider's operators and its lead. */
    get: operations['activitiesGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outreach/activities/{id}/join': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A volunteer of the provider joins an activity before it starts. */
    post: operations['activitiesJoin'];
    /** A volunteer leaves an activity before it starts. */
    delete: operations['activitiesLeave'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outreach/activities/{id}/sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A volunteer of the provider signs in with the lead's 6-digit code (joining if they had not).
     * @description Open from 60 minutes before the start to 120 minutes after the end; signing in again keeps the first time.
     */
    post: operations['activitiesSignIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outreach/activities/{id}/sign-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A volunteer signs out with the code; the time is credited if it reaches 60 % of the scheduled duration.
     * @description Otherwise nothing is credited (`creditedMinutes` 0) and `note` says why.
     */
    post: operations['activitiesSignOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/volunteers/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The caller's volunteer record: profile, teams, activities, credited and hand-added hours.
     * @description Any signed-in account may ask; one that never volunteered gets an empty record.
     */
    get: operations['volunteersMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/volunteers/me/profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Writes the caller's volunteer profile (the name on the certificate, skills, districts served). */
    put: operations['volunteersPutProfile'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/volunteers/{accountId}/hours': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * An administrator of the team's region adds hours by hand for one of the team's volunteers.
     * @description Kept apart from the hours credited by signing in and out, and marked as hand-added.
     */
    post: operations['volunteersAddHours'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published campaigns (全国科普日, 科技活动周…), latest first. */
    get: operations['campaignsList'];
    put?: never;
    /** A new draft campaign over regions the administrator administers. */
    post: operations['campaignsCreate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/managed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Campaigns in every state covering the administrator's regions, latest first. */
    get: operations['campaignsManaged'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One campaign: published or cancelled for everyone, a draft for the administrators of its regions. */
    get: operations['campaignsGet'];
    /** Replaces what the campaign says (not once cancelled); its events stay. */
    put: operations['campaignsUpdate'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publishes a draft: it is listed, and operators may add their events. */
    post: operations['campaignsPublish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Calls the campaign off: its page says so and its events leave it in search; they stay bookable. */
    post: operations['campaignsCancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The campaign page: its events on sale, with their venues, by day, district and theme. */
    get: operations['campaignsEvents'];
    put?: never;
    /** Adds an event or lab open day of a venue the operator runs to a published campaign. */
    post: operations['campaignsAttach'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/events/{offeringId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Takes an event out of the campaign (its venue's operators, or the campaign's administrators). */
    delete: operations['campaignsDetach'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The campaign's figures by district, for the administrators of its regions; CSV or XLSX with `format`. */
    get: operations['campaignsFigures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Searches events (活动, 实验室开放日) at published venues (Chinese, pinyin or initials), by campaign, place, theme and dates. */
    get: operations['eventSearchFind'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Register, service and group-visit figures of a region, a venue or the caller's venues over a period. */
    get: operations['statsOverview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/series': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Service figures per day, week or month of the period, oldest first. */
    get: operations['statsSeries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/venues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Service figures per venue in scope, most people served first. */
    get: operations['statsVenues'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/districts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Venues and people served per district of a region (administrators only). */
    get: operations['statsDistricts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/outreach': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Outreach of a region over a period: orders, time to take them, activities, people reached, volunteers' hours, ratings. */
    get: operations['statsOutreachFigures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/public': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The public account of a region's year: headline figures, no personal data. */
    get: operations['statsPublicFigures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/service-criteria': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The yearly minimum of open days and visitors per resource type in a region, and the region each rule comes from. */
    get: operations['serviceCriteriaCriteria'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/service-criteria/{regionCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Sets a region's own criteria (all of them; a type left out inherits from the region above). */
    put: operations['serviceCriteriaSetCriteria'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/annual-service': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Each science base's open days and visitors in a year against its criteria, those below first. */
    get: operations['serviceCriteriaAnnual'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Full-text search of published resources with filters, geo, facets and highlights (docs/api.md). */
    get: operations['searchFind'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/search/suggest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Type-ahead: up to ten names for what has been typed so far (Chinese or pinyin). */
    get: operations['searchSuggest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/map/features': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** GeoJSON of every published resource the filters match (the search filters, without paging). */
    get: operations['mapFeatures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
export type webhooks = Record<string, never>;
export type components = {
  schemas: {
    HealthIndicatorView: {
      /** @enum {string} */
      status: 'up' | 'down';
      /** @description Why it is down: for search `timeout`, `unreachable`, `HTTP <status>` or `circuit open` (docs/search.md). */
      message?: string;
    };
    HealthChecksView: {
      database: components['schemas']['HealthIndicatorView'];
      /** @description Search may be down while Kepu stays healthy: search falls back to the database. */
      search: components['schemas']['HealthIndicatorView'];
    };
    HealthView: {
      /** @enum {string} */
      status: 'ok';
      /** @description Failed checks: empty in this answer (a failed database check answers 503). */
      error: {
        [key: string]: components['schemas']['HealthIndicatorView'];
      };
      info: components['schemas']['HealthChecksView'];
      details: components['schemas']['HealthChecksView'];
    };
    MapConfigView: {
      /**
       * @description Tile provider; `amap` tiles are GCJ-02, so the app shifts points onto them.
       * @enum {string}
       */
      tiles: 'osm' | 'tianditu' | 'amap' | 'none';
      /** @description For 天地图: its browser key (public by design). */
      key?: string;
    };
    WebConfigView: {
      map: components['schemas']['MapConfigView'];
    };
    SendCodeDto: {
      /**
       * @description Mainland mobile number or e-mail address
       * @example 13800138000
       */
      login: string;
    };
    CodeSent: {
      /**
       * Format: int32
       * @description Seconds before another code may be asked for.
       */
      resendAfterSeconds: number;
      /**
       * Format: int32
       * @description Seconds the code stays valid.
       */
      expiresInSeconds: number;
    };
    OwnCodeSent: {
      /**
       * Format: int32
       * @description Seconds before another code may be asked for.
       */
      resendAfterSeconds: number;
      /**
       * Format: int32
       * @description Seconds the code stays valid.
       */
      expiresInSeconds: number;
      /** @description The login the code went to, masked. */
      to: string;
    };
    RegisterDto: {
      /**
       * @description Mainland mobile number or e-mail address
       * @example 13800138000
       */
      login: string;
      /**
       * @description The code sent to the login by POST /auth/codes
       * @example 123456
       */
      code: string;
      /** @description Optional: a phone account may sign in by code alone */
      password?: string;
      /** @example 张女士 */
      displayName: string;
      /**
       * @description The privacy policy version the person accepted
       * @example 2026-12
       */
      privacyPolicyVersion: string;
    };
    GrantView: {
      id: string;
      /** @enum {string} */
      role:
        | 'visitor'
        | 'school'
        | 'operator'
        | 'community'
        | 'volunteer'
        | 'district_admin'
        | 'city_admin'
        | 'system_admin';
      /** @description For district and city administrators. */
      regionCode: string | null;
      /** @description For operators and school teachers. */
      organisationId: string | null;
    };
    AccountPrivacyView: {
      accepted: string | null;
      current: string;
    };
    AccountView: {
      id: string;
      displayName: string;
      email: string | null;
      /** @description Masked: `138****8000`. */
      phone: string | null;
      /** @description The roles of `grants`, each once. */
      roles: (
        'visitor' | 'school' | 'operator' | 'community' | 'volunteer' | 'district_admin' | 'city_admin' | 'system_admin'
      )[];
      /** @description To an administrator, only the grants inside their regions (and visitor grants). */
      grants: components['schemas']['GrantView'][];
      /** @description Whether the login has been proven by a code. */
      verified: boolean;
      /** @enum {string} */
      status: 'active' | 'suspended' | 'deleted';
      privacy: components['schemas']['AccountPrivacyView'];
      /**
       * Format: date-time
       * @description Set while the account is suspended.
       */
      suspendedAt?: string;
      /** @description Set while the account is suspended. */
      suspendedReason?: string;
    };
    SignedIn: {
      /**
       * Format: int32
       * @description Seconds until the access token expires.
       */
      expiresIn: number;
      user: components['schemas']['AccountView'];
      /** @description Send as `Authorization: Bearer …`. */
      accessToken: string;
      /** @description Single use: exchange it at POST /auth/refresh for a new pair. */
      refreshToken: string;
    };
    LoginDto: {
      /** @example 123456 */
      code?: string;
      password?: string;
      /** @example family@demo.kepu */
      login: string;
    };
    RefreshDto: {
      refreshToken: string;
    };
    TokenPair: {
      /**
       * Format: int32
       * @description Seconds until the access token expires.
       */
      expiresIn: number;
      /** @description Send as `Authorization: Bearer …`. */
      accessToken: string;
      /** @description Single use: exchange it at POST /auth/refresh for a new pair. */
      refreshToken: string;
    };
    ProofDto: {
      /** @example 123456 */
      code?: string;
      password?: string;
    };
    VerifyDto: {
      /** @example 123456 */
      code: string;
    };
    PrivacyPolicyView: {
      /**
       * Format: int32
       * @description Visitors' ID and phone numbers are erased this many days after the visit.
       */
      personalDataDays: number;
      /** @description The version to accept, e.g. `2026-12`. */
      version: string;
    };
    PrivacyAcceptanceDto: {
      /** @example 2026-12 */
      version: string;
    };
    ChangePasswordDto: {
      /** @description Not needed for an account that has no password yet */
      currentPassword?: string;
      newPassword: string;
    };
    GrantRoleDto: {
      /** @enum {string} */
      role:
        | 'visitor'
        | 'school'
        | 'operator'
        | 'community'
        | 'volunteer'
        | 'district_admin'
        | 'city_admin'
        | 'system_admin';
      /**
       * @description For district_admin and city_admin
       * @example 440305
       */
      regionCode?: string;
      /**
       * Format: uuid
       * @description For operator and school
       */
      organisationId?: string;
    };
    InvitationView: {
      id: string;
      /** @description The invited login, masked. */
      login: string;
      /** @enum {string} */
      role:
        | 'visitor'
        | 'school'
        | 'operator'
        | 'community'
        | 'volunteer'
        | 'district_admin'
        | 'city_admin'
        | 'system_admin';
      regionCode: string | null;
      regionName: string | null;
      organisationId: string | null;
      organisationName: string | null;
      /** @description The display name of whoever invited. */
      invitedBy: string | null;
      /** @enum {string} */
      status: 'pending' | 'accepted' | 'declined' | 'withdrawn' | 'expired';
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      expiresAt: string;
    };
    SuspendDto: {
      /** @example 冒用他人身份预约 */
      reason: string;
    };
    AcceptInvitationDto: {
      /**
       * @description Needed only while the account has not proven its login
       * @example 123456
       */
      code?: string;
    };
    RegionView: {
      /**
       * Format: int32
       * @description 1: the district decides; 2: district, then city. Null: inherited from the regions above.
       * @enum {integer|null}
       */
      reviewLevels: 1 | 2 | null;
      /** @description GB/T 2260 code, or parent code + "-" + letters for a functional area. */
      code: string;
      /** @description The GB/T 2260 code, null for a functional area. */
      gbCode: string | null;
      name: string;
      nameEn: string | null;
      /** @enum {string} */
      level: 'province' | 'city' | 'district' | 'functional_area';
      /** @description Null for a province. */
      parentCode: string | null;
    };
    Bounds: {
      minLng: number;
      minLat: number;
      maxLng: number;
      maxLat: number;
    };
    CityView: {
      /**
       * Format: int32
       * @description Published venues in the city.
       */
      venues: number;
      /** @description The city's region code (`440300`). */
      code: string;
      name: string;
      nameEn: string | null;
      /** @description The smallest area holding all of them: where the map opens. */
      bounds: components['schemas']['Bounds'];
    };
    CreateRegionDto: {
      /**
       * @description GB/T 2260 code, or parent code + "-" + letters for a functional area
       * @example 110108
       */
      code: string;
      /** @example 海淀区 */
      name: string;
      /** @example Haidian */
      nameEn?: string;
      /** @enum {string} */
      level: 'province' | 'city' | 'district' | 'functional_area';
      /**
       * @description Required except for a province
       * @example 110100
       */
      parentCode?: string;
      /**
       * @description 1: the district decides; 2: district, then city. Unset: inherited
       * @enum {number}
       */
      reviewLevels?: 1 | 2;
    };
    UpdateRegionDto: {
      name?: string;
      nameEn?: string;
      /**
       * @description null: inherit from the parent region
       * @enum {number|null}
       */
      reviewLevels?: 1 | 2 | null;
    };
    CreateOrganisationDto: {
      /** @example 深圳市科学馆 */
      name: string;
      /** @enum {string} */
      kind:
        | 'museum'
        | 'school'
        | 'enterprise'
        | 'research_institute'
        | 'public_institution'
        | 'ngo'
        | 'community'
        | 'volunteer_team';
      /**
       * @description Unified social credit code (GB 32100-2015)
       * @example 12440304MB2C4K7H1J
       */
      creditCode: string;
      /**
       * @description A school's 学校标识码 (10 digits, education authority)
       * @example 2144030412
       */
      schoolCode?: string;
      /** @example 440304 */
      regionCode: string;
      /** @example 李老师 */
      contactName?: string;
      /** @example 0755-83281234 */
      contactPhone?: string;
      /** Format: email */
      contactEmail?: string;
    };
    OrganisationView: {
      id: string;
      name: string;
      /** @description An organisation kind code. */
      kind: string;
      /** @description Unified social credit code (GB 32100-2015). */
      creditCode: string;
      /** @description A school's 学校标识码. */
      schoolCode: string | null;
      regionCode: string;
      verified: boolean;
      /** Format: date-time */
      verifiedAt: string | null;
      /** @description The name last verified, which the public sees while a new name awaits verification. */
      verifiedName: string | null;
      contactName: string | null;
      /** @description Masked: `138****8000`. */
      contactPhone: string | null;
      contactEmail: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    OrganisationPage: {
      items: components['schemas']['OrganisationView'][];
      /**
       * Format: int32
       * @description Items on all pages
       */
      total: number;
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      pageSize: number;
    };
    UpdateOrganisationDto: {
      /** @example 深圳市科学馆 */
      name?: string;
      /** @enum {string} */
      kind?:
        | 'museum'
        | 'school'
        | 'enterprise'
        | 'research_institute'
        | 'public_institution'
        | 'ngo'
        | 'community'
        | 'volunteer_team';
      /**
       * @description Unified social credit code (GB 32100-2015)
       * @example 12440304MB2C4K7H1J
       */
      creditCode?: string;
      /**
       * @description A school's 学校标识码 (10 digits, education authority)
       * @example 2144030412
       */
      schoolCode?: string;
      /** @example 440304 */
      regionCode?: string;
      /** @example 李老师 */
      contactName?: string;
      /** @example 0755-83281234 */
      contactPhone?: string;
      /** Format: email */
      contactEmail?: string;
    };
    OrganisationMember: {
      grantId: string;
      /** @enum {string} */
      role:
        | 'visitor'
        | 'school'
        | 'operator'
        | 'community'
        | 'volunteer'
        | 'district_admin'
        | 'city_admin'
        | 'system_admin';
      accountId: string;
      displayName: string;
      email: string | null;
      /** @description Masked: `138****8000`. */
      phone: string | null;
    };
    AddMemberDto: {
      /**
       * @description The login of an existing account
       * @example staff@example.org
       */
      login: string;
      /** @enum {string} */
      role: 'operator' | 'school' | 'community' | 'volunteer';
    };
    AdmissionPrice: {
      label: string;
      /** @description In fen (1 yuan = 100 fen). */
      amountFen: number;
    };
    AdmissionConcession: {
      /** @description A concession group code. */
      group: string;
      /** @description A concession kind code. */
      kind: string;
      note: string | null;
    };
    Admission: {
      free: boolean;
      prices: components['schemas']['AdmissionPrice'][];
      concessions: components['schemas']['AdmissionConcession'][];
      note: string | null;
    };
    PendingRevision: {
      id: string;
      number: number;
      /** @enum {string} */
      state: 'draft' | 'submitted' | 'city_review' | 'changes_requested' | 'rejected' | 'approved';
      /** Format: date-time */
      submittedAt: string | null;
    };
    HistoryActor: {
      id: string;
      displayName: string;
    };
    ResourceLocation: {
      lat: number;
      lng: number;
    };
    ResourceSummary: {
      /**
       * @description The state of the edit under way, if any.
       * @enum {string|null}
       */
      pendingState: 'draft' | 'submitted' | 'city_review' | 'changes_requested' | 'rejected' | 'approved' | null;
      id: string;
      name: string;
      /** @description For English readers; null when none was given. */
      nameEn: string | null;
      /** @description A resource type code. */
      type: string;
      regionCode: string;
      location: components['schemas']['ResourceLocation'];
      /** @enum {string} */
      status:
        | 'suspended'
        | 'withdrawn'
        | 'draft'
        | 'submitted'
        | 'city_review'
        | 'changes_requested'
        | 'rejected'
        | 'published'
        | 'merged';
      /** @description Null until the admission is known. */
      free: boolean | null;
      /** @description Theme codes. */
      themes: string[];
      /** @description Audience codes. */
      audiences: string[];
      organisationId: string;
      /** Format: date-time */
      publishedAt: string | null;
    };
    ResourcePage: {
      items: components['schemas']['ResourceSummary'][];
      /**
       * Format: int32
       * @description Items on all pages
       */
      total: number;
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      pageSize: number;
    };
    LocationDto: {
      /**
       * @description WGS-84 latitude
       * @example 22.5431
       */
      lat: number;
      /**
       * @description WGS-84 longitude
       * @example 114.0579
       */
      lng: number;
    };
    PriceDto: {
      /** @example 成人票 */
      label: string;
      /**
       * @description In fen (1 yuan = 100 fen)
       * @example 3000
       */
      amountFen: number;
    };
    ConcessionDto: {
      /** @enum {string} */
      group: 'seniors' | 'disabled' | 'children' | 'students' | 'military';
      /** @enum {string} */
      kind: 'free' | 'half_price' | 'discount';
      /** @example 凭老年证 */
      note?: string;
    };
    AdmissionDto: {
      free: boolean;
      prices: components['schemas']['PriceDto'][];
      concessions: components['schemas']['ConcessionDto'][];
      /** @example 需提前预约 */
      note?: string;
    };
    ContactDto: {
      /** @example 0755-83281234 */
      phone?: string;
      /** Format: email */
      email?: string;
    };
    PhotoDto: {
      /**
       * Format: uuid
       * @description Id of an uploaded photo (POST /media)
       */
      mediaId: string;
      caption?: string;
    };
    AccreditationDto: {
      /**
       * Format: uuid
       * @description Kept across edits; assigned when missing
       */
      id?: string;
      /** @example 全国科普教育基地 */
      name: string;
      /** @enum {string} */
      level: 'national' | 'provincial' | 'municipal' | 'district';
      /** @example 2021 */
      yearGranted: number;
      /** @example 2026-12-31 */
      expiresOn?: string;
      /**
       * Format: uuid
       * @description Id of an uploaded evidence file (POST /media?purpose=evidence)
       */
      evidenceId?: string;
    };
    ExhibitDto: {
      /**
       * Format: uuid
       * @description Kept across edits; assigned when missing
       */
      id?: string;
      /** @example 恐龙蛋化石 */
      name: string;
      /** @enum {string} */
      category: 'specimen' | 'species' | 'mineral' | 'geological_relic' | 'device' | 'other';
      /**
       * @description 通俗说明: a plain-language explanation
       * @example 这是一窝约七千万年前的恐龙蛋……
       */
      explanation: string;
      /** Format: uuid */
      photoId?: string;
    };
    ResourceContentDto: {
      /** @example 深圳市科学馆 */
      name: string;
      /** @example Shenzhen Science Museum */
      nameEn?: string;
      /** @enum {string} */
      type:
        | 'science_museum'
        | 'museum'
        | 'planetarium'
        | 'education_base'
        | 'research_facility'
        | 'enterprise_hall'
        | 'nature_park'
        | 'public_facility'
        | 'community_venue';
      /**
       * @description A district (or functional area) of the region tree
       * @example 440304
       */
      regionCode: string;
      /** @example 深圳市福田区上步中路1003号 */
      address: string;
      location: components['schemas']['LocationDto'];
      description?: string;
      themes?: (
        | 'astronomy'
        | 'life_science'
        | 'information_technology'
        | 'meteorology'
        | 'disaster_prevention'
        | 'ecology'
        | 'ocean'
        | 'aerospace'
        | 'health'
        | 'safety'
        | 'physics'
        | 'chemistry'
        | 'earth_science'
        | 'energy'
        | 'engineering'
        | 'agriculture'
        | 'paleontology'
        | 'botany'
        | 'zoology'
        | 'history_of_science'
      )[];
      audiences?: ('preschool' | 'primary' | 'secondary' | 'adults' | 'seniors' | 'families' | 'school_groups')[];
      accessibility?: ('wheelchair' | 'accessible_toilet' | 'lift' | 'guide_dogs' | 'sign_language' | 'large_print')[];
      admission?: components['schemas']['AdmissionDto'];
      contact?: components['schemas']['ContactDto'];
      /**
       * Format: uri
       * @example https://www.example.org.cn
       */
      website?: string;
      /** @example 地铁1号线科学馆站D出口 */
      transport?: string;
      photos?: components['schemas']['PhotoDto'][];
      accreditations?: components['schemas']['AccreditationDto'][];
      exhibits?: components['schemas']['ExhibitDto'][];
    };
    ResourceOrganisation: {
      id: string;
      /**
       * @description The public sees the name last verified while a new one awaits verification; members and
       *     reviewers see the current name, and the verified one beside it.
       */
      name: string;
      verified: boolean;
      /** @description Members and reviewers only: the name last verified, if any. */
      verifiedName?: string | null;
    };
    ResourceAccreditation: {
      id: string;
      name: string;
      /** @description An accreditation level code. */
      level: string;
      yearGranted: number;
      /** @description A date, `YYYY-MM-DD`. */
      expiresOn: string | null;
      /** @description Members and reviewers only. */
      evidenceId?: string | null;
      /** @description False from its expiry date on (Shanghai): an expired accreditation no longer counts (docs/register.md). */
      current: boolean;
    };
    ResourceContact: {
      phone: string | null;
      email: string | null;
    };
    ResourcePhoto: {
      /** @description Served at `GET /media/{mediaId}`. */
      mediaId: string;
      caption: string | null;
    };
    Exhibit: {
      /** @description Kept across edits. */
      id: string;
      name: string;
      /** @description An exhibit category code. */
      category: string;
      /** @description 通俗说明: a plain-language explanation. */
      explanation: string;
      photoId: string | null;
    };
    ResourceView: {
      /** @description Null until the admission is known. */
      admission: components['schemas']['Admission'] | (never | null);
      /** @description Members and reviewers only: the edit under way, if any. */
      pendingRevision?: components['schemas']['PendingRevision'] | (never | null);
      /**
       * @description `GET /resources/{id}` only: the venue's opening hours, null when none are set. The schedule lib
       *     adds it (ResourceViewExtensions), so the register names its model without depending on it.
       */
      openingHours?: components['schemas']['OpeningHoursView'] | (never | null);
      /** @description `GET /resources/{id}` only: what can be booked, from the schedule lib as `openingHours`. */
      offerings?: components['schemas']['OfferingView'][];
      id: string;
      /** @enum {string} */
      status:
        | 'suspended'
        | 'withdrawn'
        | 'draft'
        | 'submitted'
        | 'city_review'
        | 'changes_requested'
        | 'rejected'
        | 'published'
        | 'merged';
      organisation: components['schemas']['ResourceOrganisation'];
      accreditations: components['schemas']['ResourceAccreditation'][];
      /** @description The number of the revision shown. */
      revision: number;
      /** Format: date-time */
      publishedAt: string | null;
      /** Format: date-time */
      lastReviewedAt: string | null;
      /** Format: date-time */
      updatedAt: string;
      /**
       * Format: date-time
       * @description When its operator last confirmed it (or an edit was approved); null before first publication.
       */
      confirmedAt: string | null;
      /** @description Not re-confirmed in time: the page shows "信息待更新 Information due for update" (docs/register.md). */
      stale: boolean;
      /** @description Members and reviewers only: out of search until its operator confirms it. */
      outOfSearch?: boolean;
      /** @description Members and reviewers only: the yearly re-confirmation is due (from a month before it). */
      confirmationDue?: boolean;
      /** @description Set when the id asked for was merged into this resource: that id, which now answers with this one. */
      mergedFrom?: string;
      name: string;
      nameEn: string | null;
      /** @description A resource type code. */
      type: string;
      /** @description A district (or functional area). */
      regionCode: string;
      address: string;
      location: components['schemas']['ResourceLocation'];
      /** @description Empty until given. */
      description: string;
      /** @description Theme codes. */
      themes: string[];
      /** @description Audience codes. */
      audiences: string[];
      /** @description Accessibility feature codes. */
      accessibility: string[];
      contact: components['schemas']['ResourceContact'];
      website: string | null;
      transport: string | null;
      photos: components['schemas']['ResourcePhoto'][];
      exhibits: components['schemas']['Exhibit'][];
    };
    PossibleDuplicate: {
      /** @description Why it was found (docs/register.md, "Duplicates and merging"); absent on flags from before it was recorded. */
      matchedBy?: ('name' | 'pinyin' | 'distance')[];
      id: string;
      name: string;
      /** @description Null when the other resource has no position to measure from. */
      distanceMetres: number | null;
    };
    RevisionFlags: {
      possibleDuplicates?: components['schemas']['PossibleDuplicate'][];
    };
    QueueRevision: {
      id: string;
      number: number;
      /** @enum {string} */
      state: 'draft' | 'submitted' | 'city_review' | 'changes_requested' | 'rejected' | 'approved';
      /** Format: date-time */
      submittedAt: string;
      flags: components['schemas']['RevisionFlags'];
    };
    FieldChange: {
      /** @description The value before; absent (or null) when there was none. */
      before?:
        | (string | null)
        | number
        | boolean
        | unknown[]
        | {
            [key: string]: unknown;
          };
      /** @description The value after; absent (or null) when there is none. */
      after?:
        | (string | null)
        | number
        | boolean
        | unknown[]
        | {
            [key: string]: unknown;
          };
      field: string;
    };
    QueueItem: {
      resourceId: string;
      name: string;
      regionCode: string;
      organisation: components['schemas']['ResourceOrganisation'];
      revision: components['schemas']['QueueRevision'];
      /** @description A first application has no published version: every field shows as new. */
      firstApplication: boolean;
      changes: components['schemas']['FieldChange'][];
    };
    QueueItemPage: {
      items: components['schemas']['QueueItem'][];
      /**
       * Format: int32
       * @description Items on all pages
       */
      total: number;
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      pageSize: number;
    };
    PublicTextResource: {
      id: string;
      name: string;
      /** @enum {string} */
      status:
        | 'suspended'
        | 'withdrawn'
        | 'draft'
        | 'submitted'
        | 'city_review'
        | 'changes_requested'
        | 'rejected'
        | 'published'
        | 'merged';
    };
    PublicTextSubject: {
      /** @description E.g. `offering`. */
      type: string;
      id: string;
      title: string;
    };
    PublicTextChangeView: {
      /** @description Null for the system. */
      actor: components['schemas']['HistoryActor'] | (never | null);
      /** Format: date-time */
      at: string;
      resource: components['schemas']['PublicTextResource'];
      about: components['schemas']['PublicTextSubject'];
      changes: components['schemas']['FieldChange'][];
    };
    PublicTextChangePage: {
      items: components['schemas']['PublicTextChangeView'][];
      /**
       * Format: int32
       * @description Items on all pages
       */
      total: number;
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      pageSize: number;
    };
    ResourcePatchDto: {
      /** @example 深圳市科学馆 */
      name?: string;
      /** @example Shenzhen Science Museum */
      nameEn?: string;
      /** @enum {string} */
      type?:
        | 'science_museum'
        | 'museum'
        | 'planetarium'
        | 'education_base'
        | 'research_facility'
        | 'enterprise_hall'
        | 'nature_park'
        | 'public_facility'
        | 'community_venue';
      /**
       * @description A district (or functional area) of the region tree
       * @example 440304
       */
      regionCode?: string;
      /** @example 深圳市福田区上步中路1003号 */
      address?: string;
      location?: components['schemas']['LocationDto'];
      description?: string;
      themes?: (
        | 'astronomy'
        | 'life_science'
        | 'information_technology'
        | 'meteorology'
        | 'disaster_prevention'
        | 'ecology'
        | 'ocean'
        | 'aerospace'
        | 'health'
        | 'safety'
        | 'physics'
        | 'chemistry'
        | 'earth_science'
        | 'energy'
        | 'engineering'
        | 'agriculture'
        | 'paleontology'
        | 'botany'
        | 'zoology'
        | 'history_of_science'
      )[];
      audiences?: ('preschool' | 'primary' | 'secondary' | 'adults' | 'seniors' | 'families' | 'school_groups')[];
      accessibility?: ('wheelchair' | 'accessible_toilet' | 'lift' | 'guide_dogs' | 'sign_language' | 'large_print')[];
      admission?: components['schemas']['AdmissionDto'];
      contact?: components['schemas']['ContactDto'];
      /**
       * Format: uri
       * @example https://www.example.org.cn
       */
      website?: string;
      /** @example 地铁1号线科学馆站D出口 */
      transport?: string;
      photos?: components['schemas']['PhotoDto'][];
      accreditations?: components['schemas']['AccreditationDto'][];
      exhibits?: components['schemas']['ExhibitDto'][];
    };
    WorkingRevision: {
      id: string;
      number: number;
      /** @enum {string} */
      state: 'draft' | 'submitted' | 'city_review' | 'changes_requested' | 'rejected' | 'approved';
      /** Format: date-time */
      submittedAt: string | null;
      flags: components['schemas']['RevisionFlags'];
    };
    Accreditation: {
      /** @description Kept across edits. */
      id: string;
      name: string;
      /** @description An accreditation level code. */
      level: string;
      yearGranted: number;
      /** @description A date, `YYYY-MM-DD`. */
      expiresOn: string | null;
      /** @description An uploaded evidence file (members and administrators only). */
      evidenceId: string | null;
    };
    ResourceContent: {
      /** @description Null until the admission is known. */
      admission: components['schemas']['Admission'] | (never | null);
      accreditations: components['schemas']['Accreditation'][];
      name: string;
      nameEn: string | null;
      /** @description A resource type code. */
      type: string;
      /** @description A district (or functional area). */
      regionCode: string;
      address: string;
      location: components['schemas']['ResourceLocation'];
      /** @description Empty until given. */
      description: string;
      /** @description Theme codes. */
      themes: string[];
      /** @description Audience codes. */
      audiences: string[];
      /** @description Accessibility feature codes. */
      accessibility: string[];
      contact: components['schemas']['ResourceContact'];
      website: string | null;
      transport: string | null;
      photos: components['schemas']['ResourcePhoto'][];
      exhibits: components['schemas']['Exhibit'][];
    };
    WorkingCopy: {
      resourceId: string;
      revision: components['schemas']['WorkingRevision'];
      content: components['schemas']['ResourceContent'];
      /** @description Against the published version; every field for a first application. */
      changes: components['schemas']['FieldChange'][];
    };
    HistoryEntry: {
      /** @description Null for the system. */
      actor: components['schemas']['HistoryActor'] | (never | null);
      /** @description What the action recorded: its revision, decision, reason or changes. */
      details: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      at: string;
      /** @description E.g. `resource.submit`, `resource.review`. */
      action: string;
      /** @description The resource it happened to: this one, or one merged into it. */
      resourceId: string;
    };
    ReviewDto: {
      /** @enum {string} */
      decision: 'approve' | 'reject' | 'request_changes';
      /** @description Required to reject or request changes */
      comment?: string;
    };
    ModerationDto: {
      /** @description Required to suspend or withdraw */
      reason?: string;
    };
    ExpiringAccreditation: {
      resourceId: string;
      resourceName: string;
      regionCode: string;
      accreditation: components['schemas']['Accreditation'];
      /** @description Negative once expired. */
      daysLeft: number;
    };
    MediaView: {
      id: string;
      /**
       * @description A photo is public once a published resource shows it; evidence never is.
       * @enum {string}
       */
      purpose: 'photo' | 'evidence';
      /** @description What the file really is (`image/jpeg`, `image/png`, `image/webp`, `application/pdf`). */
      contentType: string;
      sizeBytes: number;
      /** @description Null for a PDF. */
      width: number | null;
      height: number | null;
      /** @description Where it is served: `/api/v1/media/{id}`. */
      url: string;
    };
    VocabularyTerm: {
      zh: string;
      en: string;
    };
    VocabulariesView: {
      resourceTypes: {
        [key: string]: components['schemas']['VocabularyTerm'];
      };
      themes: {
        [key: string]: components['schemas']['VocabularyTerm'];
      };
      audiences: {
        [key: string]: components['schemas']['VocabularyTerm'];
      };
      accessibility: {
        [key: string]: components['schemas']['VocabularyTerm'];
      };
      concessionGroups: {
        [key: string]: components['schemas']['VocabularyTerm'];
      };
      concessionKinds: {
        [key: string]: components['schemas']['VocabularyTerm'];
      };
      exhibitCategories: {
        [key: string]: components['schemas']['VocabularyTerm'];
      };
      accreditationLevels: {
        [key: string]: components['schemas']['VocabularyTerm'];
      };
      organisationKinds: {
        [key: string]: components['schemas']['VocabularyTerm'];
      };
    };
    CensusPoint: {
      /** @enum {string} */
      type: 'Point';
      /** @description Longitude, latitude (WGS-84). */
      coordinates: number[];
    };
    CensusAccreditation: {
      name: string;
      /** @description An accreditation level code. */
      level: string;
      yearGranted: number;
      /** @description A date, `YYYY-MM-DD`. */
      expiresOn: string | null;
    };
    CensusFeatureProperties: {
      id: string;
      name: string;
      nameEn: string | null;
      /** @description A resource type code. */
      type: string;
      regionCode: string;
      address: string;
      themes: string[];
      audiences: string[];
      accessibility: string[];
      /** @description Null until the admission is known. */
      free: boolean | null;
      website: string | null;
      /** @description The operating organisation's name. */
      organisation: string;
      accreditations: components['schemas']['CensusAccreditation'][];
    };
    CensusFeature: {
      /** @enum {string} */
      type: 'Feature';
      /** @description The resource's id. */
      id: string;
      geometry: components['schemas']['CensusPoint'];
      properties: components['schemas']['CensusFeatureProperties'];
    };
    CensusFeatureCollection: {
      /** @enum {string} */
      type: 'FeatureCollection';
      features: components['schemas']['CensusFeature'][];
    };
    RowError: {
      /** @description The sheet's row number, as the spreadsheet shows it (headers are row 1). */
      row: number;
      /** @description The column's header, as the template names it. */
      column: string;
      /** @description In Chinese, for the person fixing the sheet. */
      message: string;
    };
    RowDuplicates: {
      /** @description The sheet's row number. */
      row: number;
      /** @description The resource created from the row (a dry run's is not kept). */
      resourceId: string;
      candidates: components['schemas']['PossibleDuplicate'][];
    };
    ImportReport: {
      dryRun: boolean;
      /** @description Data rows read (the header row aside). */
      rows: number;
      created: number;
      updated: number;
      unchanged: number;
      errors: components['schemas']['RowError'][];
      /** @description Created rows that may duplicate an entry of the register or a row above them, for the reviewer. */
      duplicates: components['schemas']['RowDuplicates'][];
    };
    DuplicateOrganisation: {
      id: string;
      name: string;
    };
    DuplicateSide: {
      /** @enum {string} */
      status:
        | 'draft'
        | 'submitted'
        | 'city_review'
        | 'changes_requested'
        | 'rejected'
        | 'published'
        | 'suspended'
        | 'withdrawn'
        | 'merged';
      id: string;
      name: string;
      address: string;
      location: components['schemas']['ResourceLocation'];
      /** @description A resource type code. */
      type: string;
      regionCode: string;
      organisation: components['schemas']['DuplicateOrganisation'];
    };
    DuplicateCandidate: {
      /** @enum {string} */
      status:
        | 'draft'
        | 'submitted'
        | 'city_review'
        | 'changes_requested'
        | 'rejected'
        | 'published'
        | 'suspended'
        | 'withdrawn'
        | 'merged';
      /** @description `name`: the same name once region names, legal forms, brackets and punctuation are dropped; `pinyin`: the same sound; `distance`: within 100 m. */
      matchedBy: ('name' | 'pinyin' | 'distance')[];
      /** @description Metres between the two. */
      distanceMetres: number;
      id: string;
      name: string;
      address: string;
      location: components['schemas']['ResourceLocation'];
      /** @description A resource type code. */
      type: string;
      regionCode: string;
      organisation: components['schemas']['DuplicateOrganisation'];
    };
    ResourceDuplicates: {
      resource: components['schemas']['DuplicateSide'];
      candidates: components['schemas']['DuplicateCandidate'][];
    };
    MergeDto: {
      /**
       * Format: uuid
       * @description The resource that is kept.
       */
      into: string;
      /** @description Why, for the history of both. */
      reason: string;
    };
    OpenDataLicence: {
      /** @description E.g. `CC BY 4.0` (OPEN_DATA_LICENCE). */
      name: string;
      /** @description Where the licence's text is; null when not configured. */
      url: string | null;
    };
    OpenDataText: {
      zh: string;
      en: string;
    };
    OpenDataFile: {
      /** @enum {string} */
      format: 'csv' | 'xlsx' | 'geojson';
      /** @description The Content-Type it is sent with. */
      mediaType: string;
      /** @description Where to download it (no token needed). */
      url: string;
    };
    OpenDataColumnView: {
      /** @description The GeoJSON property name. */
      key: string;
      /** @description The CSV/XLSX header. */
      zh: string;
      en: string;
      description: string;
    };
    OpenDataset: {
      /**
       * @description Stable id of the dataset.
       * @enum {string}
       */
      id: 'resources';
      title: components['schemas']['OpenDataText'];
      description: components['schemas']['OpenDataText'];
      licence: components['schemas']['OpenDataLicence'];
      /** @description Published resources in the files. */
      records: number;
      /** @description When the published register last changed (also the files' Last-Modified). */
      lastModified: string;
      formats: components['schemas']['OpenDataFile'][];
      /** @description The files' columns, in order. */
      columns: components['schemas']['OpenDataColumnView'][];
    };
    OpenDataIndex: {
      licence: components['schemas']['OpenDataLicence'];
      datasets: components['schemas']['OpenDataset'][];
    };
    OpenDataFeatureProperties: {
      id: string;
      name: string;
      nameEn: string | null;
      type: string;
      typeName: string;
      regionCode: string;
      regionName: string;
      address: string;
      lat: number;
      lng: number;
      description: string;
      themes: string[];
      audiences: string[];
      accessibility: string[];
      /** @description Null when not known. */
      free: boolean | null;
      /** @description `ticket:yuan`. */
      prices: string[];
      /** @description `group:kind`, e.g. `seniors:free`. */
      concessions: string[];
      website: string | null;
      transport: string | null;
      accreditations: components['schemas']['CensusAccreditation'][];
      /** @description The operating organisation's public name. */
      organisation: string;
    };
    OpenDataFeature: {
      /** @enum {string} */
      type: 'Feature';
      id: string;
      geometry: components['schemas']['CensusPoint'];
      properties: components['schemas']['OpenDataFeatureProperties'];
    };
    OpenDataFeatureCollection: {
      /** @enum {string} */
      type: 'FeatureCollection';
      name: string;
      title: components['schemas']['OpenDataText'];
      licence: components['schemas']['OpenDataLicence'];
      features: components['schemas']['OpenDataFeature'][];
    };
    StaleResourceOrganisation: {
      id: string;
      name: string;
    };
    StaleResource: {
      resourceId: string;
      name: string;
      regionCode: string;
      organisation: components['schemas']['StaleResourceOrganisation'];
      /** Format: date-time */
      confirmedAt: string;
      /**
       * Format: date-time
       * @description When the upkeep job marked it stale.
       */
      staleSince: string;
      /** @description Whole months since it was last confirmed. */
      monthsSinceConfirmation: number;
      /** @description Out of search after REGISTER_HIDE_AFTER_MONTHS, until its operator confirms it. */
      outOfSearch: boolean;
      /** Format: date-time */
      outOfSearchSince: string | null;
    };
    StaleResourcePage: {
      items: components['schemas']['StaleResource'][];
      /**
       * Format: int32
       * @description Items on all pages
       */
      total: number;
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      pageSize: number;
    };
    ResourceAliasesView: {
      resourceId: string;
      /** @description Oldest first. */
      aliases: string[];
    };
    ResourceAliasesDto: {
      /** @description The whole list, replacing the current one: short names people type, e.g. 超算. Repeats (ignoring case) count once. */
      aliases: string[];
    };
    WeeklyRuleView: {
      /** @description ISO weekdays, 1 = Monday … 7 = Sunday. */
      days: number[];
      open: string;
      close: string;
    };
    SeasonView: {
      name: string;
      from: string;
      to: string;
      weekly: components['schemas']['WeeklyRuleView'][];
    };
    HoursExceptionView: {
      date: string;
      closed: boolean;
      open?: string;
      close?: string;
      note?: string;
    };
    OpeningHoursRulesView: {
      /** @description Hours on public holidays; null: the day's own, else Sunday's. */
      holidayHours: {
        open: string;
        close: string;
      } | null;
      weekly: components['schemas']['WeeklyRuleView'][];
      seasons: components['schemas']['SeasonView'][];
      /**
       * @description open: open on public holidays even on the usual closed day.
       * @enum {string}
       */
      publicHolidays: 'open' | 'closed';
      /**
       * @description A make-up working day (调休) keeps its weekday's hours, or opens as on a working day.
       * @enum {string}
       */
      makeupWorkdays: 'as_weekday' | 'as_workday';
      exceptions: components['schemas']['HoursExceptionView'][];
    };
    TimeRangeView: {
      open: string;
      close: string;
    };
    DayHoursView: {
      date: string;
      /** @description ISO weekday, 1 = Monday … 7 = Sunday. */
      weekday: number;
      ranges: components['schemas']['TimeRangeView'][];
      /** @enum {string} */
      reason: 'weekly' | 'season' | 'public_holiday' | 'makeup_workday' | 'exception';
      /** @description The holiday (or the holiday a make-up working day belongs to), e.g. 国庆节. */
      holiday?: string;
      /** @description An exception's note. */
      note?: string;
    };
    OpeningHoursSpecificationView: {
      /** @enum {string} */
      '@type': 'OpeningHoursSpecification';
      /** @description schema.org days, e.g. `https://schema.org/Monday`. */
      dayOfWeek: string[];
      opens: string;
      closes: string;
      validFrom?: string;
      validThrough?: string;
    };
    SpecialOpeningHoursSpecificationView: {
      /** @enum {string} */
      '@type': 'OpeningHoursSpecification';
      validFrom: string;
      validThrough: string;
      opens: string;
      closes: string;
    };
    OpeningHoursJsonLdView: {
      openingHoursSpecification: components['schemas']['OpeningHoursSpecificationView'][];
      /** @description The days ahead that differ from the weekly rules: holidays, make-up working days and exceptions. */
      specialOpeningHoursSpecification: components['schemas']['SpecialOpeningHoursSpecificationView'][];
    };
    OpeningHoursView: {
      /** @enum {string} */
      timezone: 'Asia/Shanghai';
      resourceId: string;
      rules: components['schemas']['OpeningHoursRulesView'];
      today: components['schemas']['DayHoursView'];
      openNow: boolean;
      /** @description While open: when the current range closes (`2026-11-23T17:00:00+08:00`). */
      closesAt: string | null;
      /** @description When it next opens (later today or on a later day), within the next 60 days. */
      nextOpening: string | null;
      /** @description Today and the following days, each with its ranges and why (weekly, holiday, exception…). */
      days: components['schemas']['DayHoursView'][];
      jsonLd: components['schemas']['OpeningHoursJsonLdView'];
    };
    WeeklyRuleDto: {
      /** @example 09:30 */
      open: string;
      /** @example 17:00 */
      close: string;
      /**
       * @description ISO weekdays, 1 = Monday … 7 = Sunday
       * @example [
       *       2,
       *       3,
       *       4,
       *       5,
       *       6,
       *       7
       *     ]
       */
      days: number[];
    };
    SeasonDto: {
      /** @example 暑期 */
      name?: string;
      /**
       * Format: date
       * @example 2027-07-01
       */
      from: string;
      /**
       * Format: date
       * @example 2027-08-31
       */
      to: string;
      weekly: components['schemas']['WeeklyRuleDto'][];
    };
    TimeRangeDto: {
      /** @example 09:30 */
      open: string;
      /** @example 17:00 */
      close: string;
    };
    HoursExceptionDto: {
      /**
       * Format: date
       * @example 2026-12-31
       */
      date: string;
      /** @description true: closed all day */
      closed?: boolean;
      /** @example 09:00 */
      open?: string;
      /** @example 21:00 */
      close?: string;
      /** @example 设备检修 */
      note?: string;
    };
    OpeningHoursDto: {
      weekly: components['schemas']['WeeklyRuleDto'][];
      seasons?: components['schemas']['SeasonDto'][];
      /**
       * @description open: open on public holidays even on the usual closed day
       * @enum {string}
       */
      publicHolidays: 'open' | 'closed';
      /** @description hours on public holidays; default: the day’s own, else Sunday’s */
      holidayHours?: components['schemas']['TimeRangeDto'];
      /**
       * @description a make-up working day (调休) keeps its weekday’s hours, or opens as on a working day
       * @enum {string}
       */
      makeupWorkdays?: 'as_weekday' | 'as_workday';
      exceptions?: components['schemas']['HoursExceptionDto'][];
    };
    AffectedSlot: {
      slotId: string;
      offeringId: string;
      /** @description Shanghai time, e.g. `2026-11-23T09:00:00+08:00`. */
      start: string;
      end: string;
      /** @description Places booked by individual visitors. */
      booked: number;
      /** @description Places booked by school groups. */
      groupBooked: number;
    };
    ReplanReport: {
      created: number;
      updated: number;
      /** @description Empty slots the new rules no longer produce. */
      removed: number;
      /** @description Slots with bookings that the new rules no longer produce, kept at the operator's request. */
      kept: components['schemas']['AffectedSlot'][];
      /** @description The same, cancelled at the operator's request (their bookings are cancelled and told). */
      cancelled: components['schemas']['AffectedSlot'][];
      /** @description Slots whose capacity could not drop below the places already booked. */
      capacityKept: components['schemas']['AffectedSlot'][];
    };
    OpeningHoursChangeView: {
      /** @enum {string} */
      timezone: 'Asia/Shanghai';
      resourceId: string;
      rules: components['schemas']['OpeningHoursRulesView'];
      today: components['schemas']['DayHoursView'];
      openNow: boolean;
      /** @description While open: when the current range closes (`2026-11-23T17:00:00+08:00`). */
      closesAt: string | null;
      /** @description When it next opens (later today or on a later day), within the next 60 days. */
      nextOpening: string | null;
      /** @description Today and the following days, each with its ranges and why (weekly, holiday, exception…). */
      days: components['schemas']['DayHoursView'][];
      jsonLd: components['schemas']['OpeningHoursJsonLdView'];
      slots: components['schemas']['ReplanReport'];
    };
    OpeningHoursPreviewView: {
      days: components['schemas']['DayHoursView'][];
    };
    OfferingView: {
      id: string;
      resourceId: string;
      title: string;
      /** @enum {string} */
      kind: 'general_admission' | 'guided_tour' | 'course' | 'event' | 'lab_open_day';
      description: string;
      /** @enum {string} */
      status: 'active' | 'archived';
      /** @enum {string} */
      audience: 'group' | 'individual' | 'both';
      /** @description Slot length in minutes. */
      slotMinutes: number;
      /** @description Fixed start times (`HH:MM`); null: slots tile the open ranges. */
      startTimes: string[] | null;
      /** @description The only days it runs (`YYYY-MM-DD`); null: every open day. */
      dates: string[] | null;
      /** @description The only ISO weekdays it runs (1 = Monday … 7 = Sunday); null: every day of the week. */
      weekdays: number[] | null;
      validFrom: string | null;
      validTo: string | null;
      /** @description Places per slot for individual visitors. */
      capacity: number;
      /** @description Places per slot kept for school groups (馆校合作), apart from individual ones. */
      groupCapacity: number;
      /** @description Booking opens this many days before a slot's day… */
      bookingOpensDaysAhead: number;
      /** @description …at this Shanghai time (`HH:MM`). */
      bookingOpensAt: string;
      /** @description Booking closes this many minutes before a slot starts. */
      cutoffMinutes: number;
      minPartySize: number;
      maxPartySize: number;
      /** @description An ID number per visitor. */
      realName: boolean;
      minAge: number | null;
      maxAge: number | null;
      /** @description Price per person in fen (分); 0 is free. */
      priceFen: number;
      /** @description Per cent of each slot held back for counter and phone booking… */
      counterShare: number;
      /** @description …until this many hours before it starts. */
      counterReleaseHours: number;
      /** @description School groups: fewest students. */
      groupMinStudents: number;
      /** @description School groups: most students. */
      groupMaxStudents: number;
      /** @description At least one teacher per this many students. */
      studentsPerTeacher: number;
      /** @description The same, for preschool groups. */
      preschoolStudentsPerTeacher: number;
      /** @description A group requests at least this many days before its visit… */
      groupLeadDays: number;
      /** @description …and at most this many days before it. */
      groupOpensDaysAhead: number;
      /** @description Approved groups a day at the venue (all its offerings). */
      maxGroupsPerDay: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    OfferingDto: {
      /** @example 常设展厅参观 */
      title: string;
      /** @enum {string} */
      kind: 'general_admission' | 'guided_tour' | 'course' | 'event' | 'lab_open_day';
      description?: string;
      /**
       * @default both
       * @enum {string}
       */
      audience?: 'individual' | 'group' | 'both';
      /**
       * @description slot length in minutes
       * @example 60
       */
      slotMinutes: number;
      /**
       * @description fixed start times; default (or null): slots tile the open hours
       * @example [
       *       "10:00",
       *       "14:30"
       *     ]
       */
      startTimes?: string[] | null;
      /**
       * @description the only days it runs (events: required; an event or a lab open day with start times runs on them even when the venue is closed); default (or null): every open day
       * @example [
       *       "2027-09-18"
       *     ]
       */
      dates?: string[] | null;
      /**
       * @description the only ISO weekdays it runs (1 = Monday … 7 = Sunday) when no dates are given; default, null or all seven: every day
       * @example [
       *       6,
       *       7
       *     ]
       */
      weekdays?: number[] | null;
      /**
       * Format: date
       * @example 2027-01-01
       */
      validFrom?: string | null;
      /**
       * Format: date
       * @example 2027-12-31
       */
      validTo?: string | null;
      /**
       * @description places per slot for individual visitors
       * @example 200
       */
      capacity: number;
      /**
       * @description places per slot kept for school groups
       * @example 50
       */
      groupCapacity?: number;
      /**
       * @default 7
       * @example 7
       */
      bookingOpensDaysAhead?: number;
      /**
       * @default 09:00
       * @example 09:00
       */
      bookingOpensAt?: string;
      /**
       * @description booking closes this many minutes before the start
       * @default 30
       * @example 30
       */
      cutoffMinutes?: number;
      /**
       * @default 1
       * @example 1
       */
      minPartySize?: number;
      /**
       * @default 5
       * @example 5
       */
      maxPartySize?: number;
      /**
       * @description an ID number per visitor
       * @default false
       */
      realName?: boolean;
      /**
       * Format: int32
       * @description youngest age on the day of the visit; null: none
       * @example 6
       */
      minAge?: number | null;
      /**
       * Format: int32
       * @description oldest age on the day of the visit; null: none
       * @example 14
       */
      maxAge?: number | null;
      /**
       * @description price per person in fen (分); 0 is free
       * @default 0
       * @example 0
       */
      priceFen?: number;
      /**
       * @description per cent of each slot held back for counter and phone booking
       * @default 0
       * @example 10
       */
      counterShare?: number;
      /**
       * @description hours before the slot when the held-back places go to online booking
       * @default 24
       * @example 24
       */
      counterReleaseHours?: number;
      /**
       * @description school groups: fewest students
       * @default 15
       * @example 15
       */
      groupMinStudents?: number;
      /**
       * @description school groups: most students
       * @default 200
       * @example 200
       */
      groupMaxStudents?: number;
      /**
       * @description school groups: one teacher per this many students
       * @default 20
       * @example 20
       */
      studentsPerTeacher?: number;
      /**
       * @description the same for preschool groups
       * @default 10
       * @example 10
       */
      preschoolStudentsPerTeacher?: number;
      /**
       * @description school groups request at least this many days ahead
       * @default 3
       * @example 3
       */
      groupLeadDays?: number;
      /**
       * @description …and at most this many days ahead
       * @default 60
       * @example 60
       */
      groupOpensDaysAhead?: number;
      /**
       * @description approved school groups a day at the venue
       * @default 3
       * @example 3
       */
      maxGroupsPerDay?: number;
    };
    OfferingChangeView: {
      id: string;
      resourceId: string;
      title: string;
      /** @enum {string} */
      kind: 'general_admission' | 'guided_tour' | 'course' | 'event' | 'lab_open_day';
      description: string;
      /** @enum {string} */
      status: 'active' | 'archived';
      /** @enum {string} */
      audience: 'group' | 'individual' | 'both';
      /** @description Slot length in minutes. */
      slotMinutes: number;
      /** @description Fixed start times (`HH:MM`); null: slots tile the open ranges. */
      startTimes: string[] | null;
      /** @description The only days it runs (`YYYY-MM-DD`); null: every open day. */
      dates: string[] | null;
      /** @description The only ISO weekdays it runs (1 = Monday … 7 = Sunday); null: every day of the week. */
      weekdays: number[] | null;
      validFrom: string | null;
      validTo: string | null;
      /** @description Places per slot for individual visitors. */
      capacity: number;
      /** @description Places per slot kept for school groups (馆校合作), apart from individual ones. */
      groupCapacity: number;
      /** @description Booking opens this many days before a slot's day… */
      bookingOpensDaysAhead: number;
      /** @description …at this Shanghai time (`HH:MM`). */
      bookingOpensAt: string;
      /** @description Booking closes this many minutes before a slot starts. */
      cutoffMinutes: number;
      minPartySize: number;
      maxPartySize: number;
      /** @description An ID number per visitor. */
      realName: boolean;
      minAge: number | null;
      maxAge: number | null;
      /** @description Price per person in fen (分); 0 is free. */
      priceFen: number;
      /** @description Per cent of each slot held back for counter and phone booking… */
      counterShare: number;
      /** @description …until this many hours before it starts. */
      counterReleaseHours: number;
      /** @description School groups: fewest students. */
      groupMinStudents: number;
      /** @description School groups: most students. */
      groupMaxStudents: number;
      /** @description At least one teacher per this many students. */
      studentsPerTeacher: number;
      /** @description The same, for preschool groups. */
      preschoolStudentsPerTeacher: number;
      /** @description A group requests at least this many days before its visit… */
      groupLeadDays: number;
      /** @description …and at most this many days before it. */
      groupOpensDaysAhead: number;
      /** @description Approved groups a day at the venue (all its offerings). */
      maxGroupsPerDay: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      slots: components['schemas']['ReplanReport'];
    };
    OfferingPatchDto: {
      /** @example 常设展厅参观 */
      title?: string;
      /** @enum {string} */
      kind?: 'general_admission' | 'guided_tour' | 'course' | 'event' | 'lab_open_day';
      description?: string;
      /**
       * @default both
       * @enum {string}
       */
      audience?: 'individual' | 'group' | 'both';
      /**
       * @description slot length in minutes
       * @example 60
       */
      slotMinutes?: number;
      /**
       * @description fixed start times; default (or null): slots tile the open hours
       * @example [
       *       "10:00",
       *       "14:30"
       *     ]
       */
      startTimes?: string[] | null;
      /**
       * @description the only days it runs (events: required; an event or a lab open day with start times runs on them even when the venue is closed); default (or null): every open day
       * @example [
       *       "2027-09-18"
       *     ]
       */
      dates?: string[] | null;
      /**
       * @description the only ISO weekdays it runs (1 = Monday … 7 = Sunday) when no dates are given; default, null or all seven: every day
       * @example [
       *       6,
       *       7
       *     ]
       */
      weekdays?: number[] | null;
      /**
       * Format: date
       * @example 2027-01-01
       */
      validFrom?: string | null;
      /**
       * Format: date
       * @example 2027-12-31
       */
      validTo?: string | null;
      /**
       * @description places per slot for individual visitors
       * @example 200
       */
      capacity?: number;
      /**
       * @description places per slot kept for school groups
       * @example 50
       */
      groupCapacity?: number;
      /**
       * @default 7
       * @example 7
       */
      bookingOpensDaysAhead?: number;
      /**
       * @default 09:00
       * @example 09:00
       */
      bookingOpensAt?: string;
      /**
       * @description booking closes this many minutes before the start
       * @default 30
       * @example 30
       */
      cutoffMinutes?: number;
      /**
       * @default 1
       * @example 1
       */
      minPartySize?: number;
      /**
       * @default 5
       * @example 5
       */
      maxPartySize?: number;
      /**
       * @description an ID number per visitor
       * @default false
       */
      realName?: boolean;
      /**
       * Format: int32
       * @description youngest age on the day of the visit; null: none
       * @example 6
       */
      minAge?: number | null;
      /**
       * Format: int32
       * @description oldest age on the day of the visit; null: none
       * @example 14
       */
      maxAge?: number | null;
      /**
       * @description price per person in fen (分); 0 is free
       * @default 0
       * @example 0
       */
      priceFen?: number;
      /**
       * @description per cent of each slot held back for counter and phone booking
       * @default 0
       * @example 10
       */
      counterShare?: number;
      /**
       * @description hours before the slot when the held-back places go to online booking
       * @default 24
       * @example 24
       */
      counterReleaseHours?: number;
      /**
       * @description school groups: fewest students
       * @default 15
       * @example 15
       */
      groupMinStudents?: number;
      /**
       * @description school groups: most students
       * @default 200
       * @example 200
       */
      groupMaxStudents?: number;
      /**
       * @description school groups: one teacher per this many students
       * @default 20
       * @example 20
       */
      studentsPerTeacher?: number;
      /**
       * @description the same for preschool groups
       * @default 10
       * @example 10
       */
      preschoolStudentsPerTeacher?: number;
      /**
       * @description school groups request at least this many days ahead
       * @default 3
       * @example 3
       */
      groupLeadDays?: number;
      /**
       * @description …and at most this many days ahead
       * @default 60
       * @example 60
       */
      groupOpensDaysAhead?: number;
      /**
       * @description approved school groups a day at the venue
       * @default 3
       * @example 3
       */
      maxGroupsPerDay?: number;
    };
    SlotAvailability: {
      slotId: string;
      /** @description Shanghai time, e.g. `2026-11-23T09:00:00+08:00`. */
      start: string;
      end: string;
      /** @description Places for individual visitors, and those left to book online. */
      capacity: number;
      remaining: number;
      /** @description Of the places left, those held for counter and phone booking until `deskReleaseAt`. */
      heldForDesk: number;
      /** @description When the held places go to online booking (null: none are held). */
      deskReleaseAt: string | null;
      /** @description Places kept for school groups, and those left. */
      groupCapacity: number;
      groupRemaining: number;
      /** @enum {string} */
      status: 'open' | 'closed' | 'full' | 'not_open_yet';
      /** @description When booking opens (for not_open_yet)… */
      bookingOpensAt: string;
      /** @description …and when it closes (the cutoff). */
      bookingClosesAt: string;
    };
    CalendarDayView: {
      date: string;
      /**
       * @description workday: a make-up working day (调休).
       * @enum {string}
       */
      kind: 'holiday' | 'workday';
      /** @description The holiday it belongs to: 春节, 国庆节… */
      name: string;
    };
    CalendarYearView: {
      year: number;
      /**
       * @description official once it follows the State Council's notice; provisional while only the statutory holidays are known.
       * @enum {string}
       */
      status: 'official' | 'provisional';
      /** @description Where the dates come from, e.g. 国办发明电〔2025〕7号. */
      source: string;
      /** Format: date-time */
      updatedAt: string;
      days: components['schemas']['CalendarDayView'][];
    };
    CalendarDayDto: {
      /**
       * Format: date
       * @example 2027-10-01
       */
      date: string;
      /**
       * @description workday: a make-up working day (调休)
       * @enum {string}
       */
      kind: 'holiday' | 'workday';
      /** @example 国庆节 */
      name: string;
    };
    CalendarYearDto: {
      /**
       * @default official
       * @enum {string}
       */
      status?: 'official' | 'provisional';
      /** @example 国务院办公厅关于2027年部分节假日安排的通知 */
      source?: string;
      days: components['schemas']['CalendarDayDto'][];
    };
    VisitorDto: {
      name: string;
      /**
       * @default id_card
       * @enum {string}
       */
      documentType?:
        | 'id_card'
        | 'passport'
        | 'hk_macao_permit'
        | 'taiwan_permit'
        | 'residence_permit'
        | 'foreign_permanent_resident';
      /** @enum {string} */
      category: 'adult' | 'child' | 'senior';
      /**
       * @description Mainland resident ID (18 characters): the same as `documentNumber` with `documentType` id_card.
       *     A document is required for adults in real-name mode; its rules are checked in the service.
       */
      idNumber?: string;
      /** @description The document's number, checked by the rules of its kind (GB 11643 check characters where it has one). */
      documentNumber?: string;
      /** @description ISO 3166-1 alpha-3 code of the country that issued a passport; required with one. */
      documentCountry?: string;
      /**
       * Format: uuid
       * @description One of the account's saved visitors (GET /saved-visitors): the booking takes their name and
       *     document as kept, so the form needs no number; give no document with it.
       */
      savedVisitorId?: string;
    };
    CreateBookingDto: {
      /**
       * Format: mobile-phone
       * @description Mainland mobile number; by default the account's own, once verified, else the one the account's
       *     latest booking gave (GET /bookings/mine/contact-phone), proven then or not. Required with contactPhoneCode.
       * @example 13800138000
       */
      contactPhone?: string;
      /**
       * @description `online` (default): the caller books for their own party. `counter` or `phone`: a venue's
       *     operator books for someone at the counter or on the phone, who needs no account; the contact
       *     phone is then optional and needs no code (its holder gave it to the venue).
       * @default online
       * @enum {string}
       */
      channel?: 'online' | 'counter' | 'phone';
      /** Format: uuid */
      slotId: string;
      visitors: components['schemas']['VisitorDto'][];
      /** @description The code POST /auth/codes sent to contactPhone: proves the number, so booking news may be texted to it. */
      contactPhoneCode?: string;
      /** @description Join the waitlist when the slot is full, instead of being told SLOT_FULL. */
      waitlist?: boolean;
    };
    BookingVenueView: {
      id: string;
      name: string;
      /** @description For English readers; null when the venue gives none. */
      nameEn: string | null;
    };
    BookingOfferingView: {
      id: string;
      title: string;
      /** @enum {string} */
      kind: 'general_admission' | 'guided_tour' | 'course' | 'event' | 'lab_open_day';
    };
    BookingVisitorView: {
      /** @enum {string|null} */
      documentType:
        | 'id_card'
        | 'passport'
        | 'hk_macao_permit'
        | 'taiwan_permit'
        | 'residence_permit'
        | 'foreign_permanent_resident'
        | null;
      /** @description Null once erased, after the purge. */
      name: string | null;
      /** @enum {string} */
      category: 'child' | 'adult' | 'senior';
      /** @description The number of the visitor's document, masked (`4403**********123X`, `E1*****78`); null when none was given or after the purge. */
      idNumber: string | null;
      /** @description ISO 3166-1 alpha-3: the country that issued a passport, the nationality on a permanent resident card. */
      documentCountry: string | null;
    };
    BookingView: {
      /**
       * @description Booked by the visitor online, or for them by the venue at the counter or on the phone.
       * @enum {string}
       */
      channel: 'online' | 'counter' | 'phone';
      /** @enum {string|null} */
      cancelledBy: 'visitor' | 'venue' | null;
      id: string;
      /** @description What the visitor shows at the entrance (10 characters). */
      code: string;
      /** @enum {string} */
      status: 'expired' | 'cancelled' | 'confirmed' | 'waitlisted' | 'checked_in' | 'no_show';
      /**
       * @description A family's booking, or a school group's (managed through its group visit).
       * @enum {string}
       */
      kind: 'group' | 'individual';
      slotId: string;
      start: string;
      end: string;
      visitDate: string;
      venue: components['schemas']['BookingVenueView'];
      offering: components['schemas']['BookingOfferingView'];
      partySize: number;
      /** @description The party, in the order it was booked. */
      visitors: components['schemas']['BookingVisitorView'][];
      /** @description Masked; null after the purge. */
      contactPhone: string | null;
      /** @description Proven by a code or the account's own verified phone: booking news is texted only to such a number. */
      contactPhoneVerified: boolean;
      /** @description Until when the visitor may cancel; null when it can no longer be cancelled. */
      cancellableUntil: string | null;
      /**
       * @description Until when the booking may move to another time of its offering (POST /bookings/{id}/reschedule);
       *     null when it cannot: not a confirmed family booking, no changes left, or too late.
       */
      reschedulableUntil: string | null;
      /** @description How many more times it may change its time (of MAX_RESCHEDULES, 2): shown before the limit is reached. */
      reschedulesLeft: number;
      /** @description 1 for the next in line; only while waitlisted. Nobody behind goes first until booking closes. */
      waitlistPosition?: number;
      /** @description Places already set aside for this party, first in line, until booking closes; only while waitlisted. */
      waitlistPlacesHeld?: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      checkedInAt: string | null;
      /** @description How many came, once checked in. */
      headcount: number | null;
      /** Format: date-time */
      cancelledAt: string | null;
    };
    BookingPage: {
      items: components['schemas']['BookingView'][];
      /**
       * Format: int32
       * @description Items on all pages
       */
      total: number;
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      pageSize: number;
    };
    CancelBookingDto: {
      /** @description Why the venue cancels, told to the visitor (for example 应游客来电要求); a visitor's own cancellation needs none. */
      reason?: string;
    };
    RescheduleBookingDto: {
      /**
       * Format: uuid
       * @description The new slot: one of the booking's offering, open for booking, with room for the whole party.
       */
      slotId: string;
    };
    HeldDayView: {
      /**
       * @description Confirmed, waitlisted or checked in: the bookings that hold the day.
       * @enum {string}
       */
      status: 'confirmed' | 'waitlisted' | 'checked_in' | 'cancelled' | 'no_show' | 'expired';
      /** @description The visit day (`YYYY-MM-DD`, Shanghai). */
      visitDate: string;
      offeringId: string;
      bookingId: string;
    };
    RememberedPhoneView: {
      /** @description Masked (`139****6534`); null when no booking of theirs kept one. */
      phone: string | null;
      /** @description Proven by a code then: it is texted again without a new code. */
      proven: boolean;
    };
    CheckInDto: {
      /**
       * @description For a school group: how many of the group came (default: all of it).
       * @example 42
       */
      headcount?: number;
      /**
       * @description The check-in page's id for this device (random, kept on the device). A check-in sent again
       *     from the device that made it is a repeat: answered with the booking, changing nothing.
       * @example dev-3f9c2a7e51b04d6d9a1c
       */
      deviceId?: string;
      /**
       * Format: date-time
       * @description When a check-in made without a network happened, sent when the network is back (ISO 8601 with
       *     its offset). It must fall in the slot's check-in hours and not in the future; a booking another
       *     device checked in meanwhile answers CHECKED_IN_ON_ANOTHER_DEVICE (docs/booking-rules.md, "Offline check-in").
       * @example 2026-11-24T10:03:12+08:00
       */
      checkedInAt?: string;
      /** @description The booking code as shown or scanned; spaces, hyphens and lower case are fine. */
      code: string;
    };
    PackCategoriesView: {
      adult: number;
      child: number;
      senior: number;
    };
    CheckedInView: {
      /**
       * @description Booked by the visitor online, or for them by the venue at the counter or on the phone.
       * @enum {string}
       */
      channel: 'online' | 'counter' | 'phone';
      /** @enum {string|null} */
      cancelledBy: 'visitor' | 'venue' | null;
      id: string;
      /** @description What the visitor shows at the entrance (10 characters). */
      code: string;
      /** @enum {string} */
      status: 'expired' | 'cancelled' | 'confirmed' | 'waitlisted' | 'checked_in' | 'no_show';
      /**
       * @description A family's booking, or a school group's (managed through its group visit).
       * @enum {string}
       */
      kind: 'group' | 'individual';
      slotId: string;
      start: string;
      end: string;
      visitDate: string;
      venue: components['schemas']['BookingVenueView'];
      offering: components['schemas']['BookingOfferingView'];
      partySize: number;
      /** @description The party, in the order it was booked. */
      visitors: components['schemas']['BookingVisitorView'][];
      /** @description Masked; null after the purge. */
      contactPhone: string | null;
      /** @description Proven by a code or the account's own verified phone: booking news is texted only to such a number. */
      contactPhoneVerified: boolean;
      /** @description Until when the visitor may cancel; null when it can no longer be cancelled. */
      cancellableUntil: string | null;
      /**
       * @description Until when the booking may move to another time of its offering (POST /bookings/{id}/reschedule);
       *     null when it cannot: not a confirmed family booking, no changes left, or too late.
       */
      reschedulableUntil: string | null;
      /** @description How many more times it may change its time (of MAX_RESCHEDULES, 2): shown before the limit is reached. */
      reschedulesLeft: number;
      /** @description 1 for the next in line; only while waitlisted. Nobody behind goes first until booking closes. */
      waitlistPosition?: number;
      /** @description Places already set aside for this party, first in line, until booking closes; only while waitlisted. */
      waitlistPlacesHeld?: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      checkedInAt: string | null;
      /** @description How many came, once checked in. */
      headcount: number | null;
      /** Format: date-time */
      cancelledAt: string | null;
      /** @description The visitors' names, masked (`张*`, `J*** D**`); a school group's list is left out. */
      names: string[];
      categories: components['schemas']['PackCategoriesView'];
    };
    ArrivalTotalsView: {
      /** @description Holding places: confirmed, checked in or no-show. */
      expected: number;
      /** @description Checked in (a group's counted headcount). */
      arrived: number;
      /** @description Confirmed and not yet checked in. */
      waiting: number;
      noShow: number;
      waitlisted: number;
      /** @description Admitted without a booking (POST /slots/{id}/walk-ins): part of `booked`, not of `expected`. */
      walkIns: number;
    };
    CheckInClashView: {
      /** @description The device that sent the later check-in (null: a check-in without a device id). */
      deviceId: string | null;
      /** @description When that device checked the booking in. */
      checkedInAt: string;
      /** @description When it reached the server. */
      reportedAt: string;
    };
    CheckInClashesView: {
      bookingId: string;
      code: string;
      /** @description The check-in that counted. */
      checkedInAt: string;
      clashes: components['schemas']['CheckInClashView'][];
    };
    SlotArrivalsView: {
      slotId: string;
      start: string;
      end: string;
      capacity: number;
      booked: number;
      groupCapacity: number;
      groupBooked: number;
      totals: components['schemas']['ArrivalTotalsView'];
      /** @description Everyone holding a place or waitlisted, oldest booking first. */
      bookings: components['schemas']['BookingView'][];
      /** @description Bookings checked in on two devices (a code admitted twice while a gate was offline), for the staff to look into. */
      checkInClashes: components['schemas']['CheckInClashesView'][];
    };
    CodeHashView: {
      /**
       * @description HMAC-SHA-256 of the normalised code (upper case, no spaces or hyphens, I and L as 1, O as 0), its first 16 bytes in base64url.
       * @enum {string}
       */
      algorithm: 'HMAC-SHA-256-128';
      /** @description The key (32 bytes, base64url): this venue's and this day's alone. */
      key: string;
    };
    PackBookingView: {
      /** @enum {string} */
      kind: 'individual' | 'group';
      /** @enum {string} */
      status: 'confirmed' | 'checked_in' | 'no_show';
      /** @description The hash of the booking code (CodeHashView). */
      codeHash: string;
      partySize: number;
      /** @description The visitors' names, masked (`张*`, `J*** D**`); a school group's list is left out. */
      names: string[];
      categories: components['schemas']['PackCategoriesView'];
      checkedInAt: string | null;
      /** @description How many came, once checked in. */
      headcount: number | null;
    };
    PackSlotView: {
      slotId: string;
      offeringTitle: string;
      start: string;
      end: string;
      /** @description When the gate starts admitting this slot's bookings (the start less the early-entry minutes). */
      checkInOpensAt: string;
      capacity: number;
      booked: number;
      /** @description Confirmed, checked in and no-show bookings, oldest first. */
      bookings: components['schemas']['PackBookingView'][];
    };
    CheckInPackView: {
      resourceId: string;
      venueName: string;
      date: string;
      /** @description When the pack was made: bookings made or changed later are not in it. */
      generatedAt: string;
      codeHash: components['schemas']['CodeHashView'];
      /** @description The day's slots, earliest first. */
      slots: components['schemas']['PackSlotView'][];
    };
    GateBookingView: {
      /** @enum {string} */
      status: 'confirmed' | 'waitlisted' | 'checked_in' | 'cancelled' | 'no_show' | 'expired';
      /** @enum {string} */
      kind: 'individual' | 'group';
      /** @description What the gate checks in. */
      code: string;
      offeringTitle: string;
      start: string;
      end: string;
      partySize: number;
      /** @description The visitors' names, masked; a school group's list is left out. */
      names: string[];
      categories: components['schemas']['PackCategoriesView'];
      /** @description Masked (`138****8000`); null after the purge. */
      contactPhone: string | null;
      /** Format: date-time */
      checkedInAt: string | null;
    };
    GateLookupView: {
      items: components['schemas']['GateBookingView'][];
      /** @description More matched than are listed: the number was too short to single one out. */
      more: boolean;
    };
    WalkInsDto: {
      /**
       * @description people admitted; negative to correct
       * @example 3
       */
      count: number;
    };
    WalkInsView: {
      slotId: string;
      /** @description Everyone admitted to the slot without a booking so far. */
      walkIns: number;
      capacity: number;
      /** @description Places taken: bookings and walk-ins. */
      booked: number;
      remaining: number;
    };
    PendingEdit: {
      /** @enum {string} */
      state: 'draft' | 'submitted' | 'city_review' | 'changes_requested' | 'rejected';
      /** Format: date-time */
      submittedAt: string | null;
    };
    VenueStanding: {
      /** @enum {string} */
      status:
        | 'draft'
        | 'submitted'
        | 'city_review'
        | 'changes_requested'
        | 'rejected'
        | 'published'
        | 'suspended'
        | 'withdrawn'
        | 'merged';
      pending: components['schemas']['PendingEdit'] | (never | null);
      resourceId: string;
      name: string;
      /**
       * Format: date-time
       * @description When the yearly re-confirmation falls due; null until first published.
       */
      confirmBy: string | null;
      /** @description The re-confirmation is due (from a month before `confirmBy`). */
      confirmationDue: boolean;
      /** @description Not re-confirmed in time: the public page says 信息待更新. */
      stale: boolean;
      /** @description Out of search until its operators confirm it. */
      outOfSearch: boolean;
    };
    DaySlotView: {
      slotId: string;
      offeringTitle: string;
      start: string;
      end: string;
      /** @description When the gate starts admitting this slot's visitors. */
      checkInOpensAt: string;
      /** @description Families' places, and those taken (walk-ins included). */
      capacity: number;
      booked: number;
      /** @description School groups' places, and those taken. */
      groupCapacity: number;
      groupBooked: number;
      /** @description People holding a booking: confirmed, checked in or no-show. */
      expected: number;
      /** @description Checked in (a group's counted headcount). */
      arrived: number;
      /** @description Booked, not yet checked in. */
      waiting: number;
      noShow: number;
      /** @description Admitted without a booking. */
      walkIns: number;
      /** @description Families' places still free. */
      remaining: number;
    };
    DayTotalsView: {
      slots: number;
      expected: number;
      arrived: number;
      waiting: number;
      walkIns: number;
      remaining: number;
    };
    DayTimeRangeView: {
      /** @description `HH:MM`, Shanghai time. */
      open: string;
      close: string;
    };
    HolidayHoursView: {
      /** @description e.g. 国庆节. */
      name: string;
      from: string;
      to: string;
      /** @description Holiday days on which the venue opens, of `days`. */
      openDays: number;
      days: number;
    };
    VenueHoursView: {
      /** @description Whether the venue has opening hours at all: without them nothing can be booked. */
      set: boolean;
      /** @description Today's open ranges; none: closed today. */
      today: components['schemas']['DayTimeRangeView'][];
      /** @description Public holidays in the next 30 days. */
      holidays: components['schemas']['HolidayHoursView'][];
    };
    VenueDayView: {
      venue: components['schemas']['VenueStanding'];
      /** @description Today's slots, earliest first; cancelled ones left out. */
      slots: components['schemas']['DaySlotView'][];
      totals: components['schemas']['DayTotalsView'];
      /** @description School groups' requests waiting for the venue's answer. */
      groupRequests: number;
      hours: components['schemas']['VenueHoursView'];
    };
    OperatorDayView: {
      /** @description Today in Shanghai. */
      date: string;
      generatedAt: string;
      /** @description By name. */
      venues: components['schemas']['VenueDayView'][];
    };
    SavedVisitorView: {
      /** @enum {string} */
      category: 'adult' | 'child' | 'senior';
      /** @enum {string|null} */
      documentType:
        | 'id_card'
        | 'passport'
        | 'hk_macao_permit'
        | 'taiwan_permit'
        | 'residence_permit'
        | 'foreign_permanent_resident'
        | null;
      id: string;
      name: string;
      /** @description Masked (`4403**********123X`); null when none was kept. */
      documentNumber: string | null;
      documentCountry: string | null;
      /** @description From the document, where it carries one (`YYYY-MM-DD`): the booking form works out the category by it. */
      birthDate: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    SavedVisitorDto: {
      name: string;
      /**
       * @default id_card
       * @enum {string}
       */
      documentType?:
        | 'id_card'
        | 'passport'
        | 'hk_macao_permit'
        | 'taiwan_permit'
        | 'residence_permit'
        | 'foreign_permanent_resident';
      /** @enum {string} */
      category: 'adult' | 'child' | 'senior';
      /**
       * @description Mainland resident ID (18 characters): the same as `documentNumber` with `documentType` id_card.
       *     A document is required for adults in real-name mode; its rules are checked in the service.
       */
      idNumber?: string;
      /** @description The document's number, checked by the rules of its kind (GB 11643 check characters where it has one). */
      documentNumber?: string;
      /** @description ISO 3166-1 alpha-3 code of the country that issued a passport; required with one. */
      documentCountry?: string;
    };
    GroupVisitPartDto: {
      /** @example 28 */
      students: number;
      /** @example 2 */
      teachers: number;
      /** Format: uuid */
      slotId: string;
    };
    GroupVisitRequestDto: {
      /** @description 1–3 slots of the offering, most wanted first; required unless the class is split into `parts` */
      preferredSlotIds?: string[];
      /** @description A class larger than any one slot can take, split: each part asks for one slot (a different one each) and is decided on its own; together the parts hold `students` and `teachers`, each part enough teachers for its students. Give this or preferredSlotIds. */
      parts?: components['schemas']['GroupVisitPartDto'][];
      /**
       * @description the whole class
       * @example 42
       */
      students: number;
      /**
       * @description the class's accompanying teachers: they take group places like the students
       * @example 3
       */
      teachers: number;
      /** @enum {string} */
      gradeBand: 'preschool' | 'primary_lower' | 'primary_upper' | 'junior_high' | 'senior_high' | 'vocational';
      /** @example 四年级（2）班 */
      className?: string;
      /** @example 太空探索主题课 */
      topic: string;
      /** @example 一名学生使用轮椅 */
      needs?: string;
      /** @example 王老师 */
      leaderName: string;
      /**
       * Format: mobile-phone
       * @example 13800138000
       */
      leaderPhone: string;
      /** Format: uuid */
      offeringId: string;
      /**
       * Format: uuid
       * @description Needed only by a teacher of more than one school.
       */
      schoolId?: string;
    };
    GroupBookingView: {
      id: string;
      code: string;
      /** @enum {string} */
      status: 'expired' | 'cancelled' | 'confirmed' | 'waitlisted' | 'checked_in' | 'no_show';
      partySize: number;
      /** Format: date-time */
      checkedInAt: string | null;
      headcount: number | null;
    };
    GroupFeedbackView: {
      /** @description 1 to 5. */
      rating: number;
      comment: string | null;
      /** Format: date-time */
      at: string;
    };
    GroupSchoolView: {
      id: string;
      name: string;
    };
    GroupVenueView: {
      id: string;
      name: string;
      /** @description For English readers; null when the venue gives none. */
      nameEn: string | null;
    };
    GroupOfferingView: {
      id: string;
      title: string;
      /** @description Real-name offerings need every ID number on the name list. */
      realName: boolean;
    };
    GroupSlotView: {
      slotId: string;
      start: string;
      end: string;
    };
    GroupNameListSummaryView: {
      students: number;
      teachers: number;
      /** @description The end of the day before the visit; null when the list cannot be changed (not approved, or cancelled). */
      editableUntil: string | null;
    };
    GroupSplitPartView: {
      /** @description The slot approved or proposed, else the one asked for (null once the venue's new hours no longer produce it). */
      slot: components['schemas']['GroupSlotView'] | (never | null);
      /** @description The part's own visit. */
      id: string;
      /** @description From 1. */
      part: number;
      /** @enum {string} */
      status: 'declined' | 'expired' | 'rejected' | 'approved' | 'cancelled' | 'requested' | 'proposed';
      students: number;
      teachers: number;
    };
    GroupVisitView: {
      /** @description The slot approved, or proposed by the venue. */
      slot: components['schemas']['GroupSlotView'] | (never | null);
      /** @enum {string|null} */
      cancelledBy: 'school' | 'venue' | null;
      /** @description The group's booking once approved: its code checks the whole group in. */
      booking: components['schemas']['GroupBookingView'] | (never | null);
      /** @description The school's rating, once given. */
      feedback: components['schemas']['GroupFeedbackView'] | (never | null);
      id: string;
      /** @enum {string} */
      status: 'declined' | 'expired' | 'rejected' | 'approved' | 'cancelled' | 'requested' | 'proposed';
      school: components['schemas']['GroupSchoolView'];
      venue: components['schemas']['GroupVenueView'];
      offering: components['schemas']['GroupOfferingView'];
      /** @description The slots asked for, most wanted first (one the venue's new hours no longer produce is left out). */
      preferredSlots: components['schemas']['GroupSlotView'][];
      visitDate: string | null;
      students: number;
      teachers: number;
      teachersNeeded: number;
      /** @enum {string} */
      gradeBand: 'preschool' | 'primary_lower' | 'primary_upper' | 'junior_high' | 'senior_high' | 'vocational';
      className: string | null;
      topic: string;
      needs: string | null;
      /** @description Null once the teacher's account is deleted. */
      leaderName: string | null;
      /** @description Masked; null after the purge. */
      leaderPhone: string | null;
      /** @description The agreement the visit counts against, if any. */
      underAgreement: string | null;
      /** @description When a request or a proposal lapses unanswered. */
      expiresAt: string | null;
      reason: string | null;
      /** Format: date-time */
      decidedAt: string | null;
      nameList: components['schemas']['GroupNameListSummaryView'];
      /** @description A class split across slots: every part in order, this one included; null for a class in one slot. */
      split: components['schemas']['GroupSplitPartView'][] | null;
      /** Format: date-time */
      createdAt: string;
    };
    GroupVisitPage: {
      items: components['schemas']['GroupVisitView'][];
      /**
       * Format: int32
       * @description Items on all pages
       */
      total: number;
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      pageSize: number;
    };
    GroupVisitDecisionDto: {
      /** @enum {string} */
      decision: 'approve' | 'reject' | 'propose';
      /**
       * Format: uuid
       * @description approve: one of the preferred slots (default: the only one); propose: required
       */
      slotId?: string;
      /** @description required to reject; a note with a proposal */
      reason?: string;
    };
    GroupVisitResponseDto: {
      /** @enum {string} */
      decision: 'accept' | 'decline';
      reason?: string;
    };
    GroupVisitCancelDto: {
      reason?: string;
    };
    Colleague: {
      accountId: string;
      displayName: string;
      /** @description Masked: 138****5678 or l***@school.edu.cn. */
      login: string;
      /** @description Whether they lead the visit now. */
      leads: boolean;
    };
    GroupVisitHandOverDto: {
      /**
       * Format: uuid
       * @description the new leader: a teacher of the same school, verified and active (GET /organisations/{id}/members)
       */
      accountId: string;
      /**
       * @description default: the new leader's display name
       * @example 李老师
       */
      leaderName?: string;
      /**
       * Format: mobile-phone
       * @description default: the new leader's verified phone, else none; texted only when it is that phone
       * @example 13800138000
       */
      leaderPhone?: string;
    };
    BilingualText: {
      /** @example 这个身份证号被表格软件改成了数字，请把该列设为文本后重新填写 */
      'zh-CN': string;
      /** @example A spreadsheet program turned this ID number into a number; set the column to Text and type the number again */
      en: string;
    };
    NameListProblem: {
      /** @description The sheet's row (headers are row 1); null for a problem of the whole list. */
      row: number | null;
      /** @description The name on that row, so the teacher finds the student; null for the whole list or a row without a name. */
      name: string | null;
      /** @enum {string} */
      column: 'name' | 'phone' | 'role' | 'students' | 'idNumber' | 'teachers';
      /** @description e.g. `ID_NUMBER_MANGLED`, `TOO_MANY_STUDENTS`. */
      code: string;
      /** @description For developers and logs: stable English. */
      problem: string;
      /** @description For the teacher, next to the row. */
      messages: components['schemas']['BilingualText'];
    };
    NameListReport: {
      /** @description True when the list was only checked, not saved. */
      dryRun: boolean;
      /** @description Rows below the headers. */
      rows: number;
      students: number;
      teachers: number;
      /** @description Empty in a 200 answer. */
      errors: components['schemas']['NameListProblem'][];
    };
    NameListEntry: {
      /** @enum {string|null} */
      role: 'student' | 'teacher' | null;
      position: number;
      /** @description Null once erased, BOOKING_PERSONAL_DATA_DAYS after the visit. */
      name: string | null;
      /** @enum {string} */
      category: 'child' | 'adult' | 'senior';
      /** @description Masked (`4403**********123X`); null when none was given or after the purge. */
      idNumber: string | null;
      /** @description A teacher's mobile, masked (`139****5678`); null when none was given, for students, or after the purge. */
      phone: string | null;
    };
    NameListView: {
      visitId: string;
      people: components['schemas']['NameListEntry'][];
    };
    GroupFeedbackDto: {
      rating: number;
      comment?: string;
    };
    AgreementDto: {
      /**
       * Format: date
       * @example 2026-09-01
       */
      startsOn: string;
      /**
       * Format: date
       * @description at most a year after startsOn
       * @example 2027-08-31
       */
      endsOn: string;
      /** @example 8 */
      visitQuota: number;
      /** Format: uuid */
      resourceId: string;
      /** Format: uuid */
      schoolId: string;
      note?: string;
    };
    AgreementTermView: {
      /** @description e.g. `2026-autumn` */
      key: string;
      label: string;
      from: string;
      to: string;
      used: number;
    };
    AgreementUsageView: {
      /** @description Approved visits under the agreement (whether or not they have happened yet). */
      used: number;
      /** @description Requests and proposals under it still waiting for an answer. */
      pending: number;
      remaining: number;
      terms: components['schemas']['AgreementTermView'][];
    };
    AgreementView: {
      id: string;
      /** @enum {string} */
      status: 'active' | 'proposed' | 'ended';
      venue: components['schemas']['GroupVenueView'];
      school: components['schemas']['GroupSchoolView'];
      startsOn: string;
      endsOn: string;
      visitQuota: number;
      note: string | null;
      /** Format: date-time */
      signedAt: string | null;
      usage: components['schemas']['AgreementUsageView'];
      /** Format: date-time */
      createdAt: string;
    };
    AgreementPage: {
      items: components['schemas']['AgreementView'][];
      /**
       * Format: int32
       * @description Items on all pages
       */
      total: number;
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      pageSize: number;
    };
    RatingCountsView: {
      1: number;
      2: number;
      3: number;
      4: number;
      5: number;
    };
    GroupFeedbackEntryView: {
      visitId: string;
      /** @description The school's name. */
      school: string;
      className: string | null;
      rating: number;
      comment: string | null;
      /** Format: date-time */
      at: string;
    };
    GroupFeedbackSummaryView: {
      resourceId: string;
      count: number;
      /** @description To two decimals; null before the first rating. */
      average: number | null;
      /** @description How many gave each score, 1 to 5. */
      byRating: components['schemas']['RatingCountsView'];
      /** @description The latest 20 ratings, newest first. */
      recent: components['schemas']['GroupFeedbackEntryView'][];
    };
    MenuItemContentView: {
      title: string;
      summary: string;
      /** @enum {string} */
      format: 'lecture' | 'workshop' | 'mobile_exhibition' | 'science_show' | 'lab_demo' | 'field_guide';
      /** @description Theme codes (GET /vocabularies). */
      themes: string[];
      /** @description Audience codes (GET /vocabularies). */
      audiences: string[];
      durationMinutes: number;
      /** @description The group size the activity takes, from `minPeople` to `maxPeople`. */
      minPeople: number;
      maxPeople: number;
      /** @description Districts (region codes) the provider comes to. */
      districtCodes: string[];
      /** @description Days the provider needs between an order and the activity. */
      leadDays: number;
      /** @description What the host must provide (a hall, a projector…). */
      hostEquipment: string | null;
      /** @description Price per activity in fen (0.01 yuan); 0 is free. */
      feeFen: number;
    };
    MenuProviderLocationView: {
      /** @description WGS-84. */
      latitude: number;
      longitude: number;
      /** @description The venue's name. */
      resourceName: string;
    };
    MenuProviderView: {
      /** @description Its published venue; null when it has none (a volunteer team, an NGO without a venue). */
      location: components['schemas']['MenuProviderLocationView'] | (never | null);
      id: string;
      /** @description The organisation's public name (the verified one while a new name awaits verification). */
      name: string;
    };
    MenuRatingView: {
      /** @description Average score (1–5, one decimal); null before the first rating. */
      average: number | null;
      count: number;
    };
    MenuItemView: {
      title: string;
      summary: string;
      /** @enum {string} */
      format: 'lecture' | 'workshop' | 'mobile_exhibition' | 'science_show' | 'lab_demo' | 'field_guide';
      /** @description Theme codes (GET /vocabularies). */
      themes: string[];
      /** @description Audience codes (GET /vocabularies). */
      audiences: string[];
      durationMinutes: number;
      /** @description The group size the activity takes, from `minPeople` to `maxPeople`. */
      minPeople: number;
      maxPeople: number;
      /** @description Districts (region codes) the provider comes to. */
      districtCodes: string[];
      /** @description Days the provider needs between an order and the activity. */
      leadDays: number;
      /** @description What the host must provide (a hall, a projector…). */
      hostEquipment: string | null;
      /** @description Price per activity in fen (0.01 yuan); 0 is free. */
      feeFen: number;
      id: string;
      provider: components['schemas']['MenuProviderView'];
      rating: components['schemas']['MenuRatingView'];
    };
    MenuItemPage: {
      items: components['schemas']['MenuItemView'][];
      /**
       * Format: int32
       * @description Items on all pages
       */
      total: number;
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      pageSize: number;
    };
    MenuItemPrivateView: {
      /** @description What the public sees: the content last approved; null until the first approval. */
      publishedContent: components['schemas']['MenuItemContentView'] | (never | null);
      /** @enum {string} */
      status: 'withdrawn' | 'draft' | 'submitted' | 'changes_requested' | 'rejected' | 'published';
      /** @description The reviewer's last comment: why changes are needed, or why it was rejected. */
      reviewComment: string | null;
      /** @description When the content was last sent for review. */
      submittedAt: string | null;
      reviewedAt: string | null;
      createdAt: string;
      updatedAt: string;
      id: string;
      provider: components['schemas']['MenuProviderView'];
      rating: components['schemas']['MenuRatingView'];
      title: string;
      summary: string;
      /** @enum {string} */
      format: 'lecture' | 'workshop' | 'mobile_exhibition' | 'science_show' | 'lab_demo' | 'field_guide';
      /** @description Theme codes (GET /vocabularies). */
      themes: string[];
      /** @description Audience codes (GET /vocabularies). */
      audiences: string[];
      durationMinutes: number;
      /** @description The group size the activity takes, from `minPeople` to `maxPeople`. */
      minPeople: number;
      maxPeople: number;
      /** @description Districts (region codes) the provider comes to. */
      districtCodes: string[];
      /** @description Days the provider needs between an order and the activity. */
      leadDays: number;
      /** @description What the host must provide (a hall, a projector…). */
      hostEquipment: string | null;
      /** @description Price per activity in fen (0.01 yuan); 0 is free. */
      feeFen: number;
    };
    MenuItemPrivatePage: {
      items: components['schemas']['MenuItemPrivateView'][];
      /**
       * Format: int32
       * @description Items on all pages
       */
      total: number;
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      pageSize: number;
    };
    MenuItemCreateDto: {
      /** @example 趣味科学秀 */
      title: string;
      /** @example 用液氮、静电和声波做的科学表演，适合小学生和家庭观看。 */
      summary: string;
      /** @enum {string} */
      format: 'lecture' | 'workshop' | 'mobile_exhibition' | 'science_show' | 'lab_demo' | 'field_guide';
      themes: (
        | 'astronomy'
        | 'life_science'
        | 'information_technology'
        | 'meteorology'
        | 'disaster_prevention'
        | 'ecology'
        | 'ocean'
        | 'aerospace'
        | 'health'
        | 'safety'
        | 'physics'
        | 'chemistry'
        | 'earth_science'
        | 'energy'
        | 'engineering'
        | 'agriculture'
        | 'paleontology'
        | 'botany'
        | 'zoology'
        | 'history_of_science'
      )[];
      audiences: ('preschool' | 'primary' | 'secondary' | 'adults' | 'seniors' | 'families' | 'school_groups')[];
      /** @example 90 */
      durationMinutes: number;
      /** @example 20 */
      minPeople: number;
      /**
       * @description At least `minPeople`
       * @example 200
       */
      maxPeople: number;
      /**
       * @description Districts or functional areas (region codes) the provider comes to
       * @example [
       *       "440305"
       *     ]
       */
      districtCodes: string[];
      /**
       * @description Days the provider needs between an order and the activity
       * @example 7
       */
      leadDays: number;
      /**
       * @description What the host must provide
       * @example 室内场地、投影仪
       */
      hostEquipment?: string;
      /**
       * @description Price per activity in fen (0.01 yuan); 0 is free
       * @default 0
       * @example 0
       */
      feeFen?: number;
      /**
       * Format: uuid
       * @description Only for operators of several organisations: which one provides it
       */
      providerId?: string;
    };
    MenuItemContentDto: {
      /** @example 趣味科学秀 */
      title: string;
      /** @example 用液氮、静电和声波做的科学表演，适合小学生和家庭观看。 */
      summary: string;
      /** @enum {string} */
      format: 'lecture' | 'workshop' | 'mobile_exhibition' | 'science_show' | 'lab_demo' | 'field_guide';
      themes: (
        | 'astronomy'
        | 'life_science'
        | 'information_technology'
        | 'meteorology'
        | 'disaster_prevention'
        | 'ecology'
        | 'ocean'
        | 'aerospace'
        | 'health'
        | 'safety'
        | 'physics'
        | 'chemistry'
        | 'earth_science'
        | 'energy'
        | 'engineering'
        | 'agriculture'
        | 'paleontology'
        | 'botany'
        | 'zoology'
        | 'history_of_science'
      )[];
      audiences: ('preschool' | 'primary' | 'secondary' | 'adults' | 'seniors' | 'families' | 'school_groups')[];
      /** @example 90 */
      durationMinutes: number;
      /** @example 20 */
      minPeople: number;
      /**
       * @description At least `minPeople`
       * @example 200
       */
      maxPeople: number;
      /**
       * @description Districts or functional areas (region codes) the provider comes to
       * @example [
       *       "440305"
       *     ]
       */
      districtCodes: string[];
      /**
       * @description Days the provider needs between an order and the activity
       * @example 7
       */
      leadDays: number;
      /**
       * @description What the host must provide
       * @example 室内场地、投影仪
       */
      hostEquipment?: string;
      /**
       * @description Price per activity in fen (0.01 yuan); 0 is free
       * @default 0
       * @example 0
       */
      feeFen?: number;
    };
    MenuReviewDto: {
      /** @enum {string} */
      decision: 'approve' | 'request_changes' | 'reject';
      /** @description Required to request changes or reject */
      comment?: string;
    };
    OrderCreateDto: {
      /**
       * @description required for a free request; by default the menu item's title
       * @example 垃圾分类与环保科普
       */
      topic?: string;
      /** @enum {string} */
      audience: 'preschool' | 'primary' | 'secondary' | 'adults' | 'seniors' | 'families' | 'school_groups';
      /**
       * @description people expected
       * @example 80
       */
      headcount: number;
      /** @example 南山区粤海街道科技园社区活动中心二楼 */
      address: string;
      /**
       * @description WGS-84 latitude of the place
       * @example 22.5405
       */
      latitude: number;
      /**
       * @description WGS-84 longitude of the place
       * @example 113.9346
       */
      longitude: number;
      /**
       * @description the district (or functional area) the place lies in
       * @example 440305
       */
      regionCode: string;
      /**
       * Format: date
       * @description first acceptable day, after today
       */
      windowFrom: string;
      /**
       * Format: date
       * @description last acceptable day, at most 366 days after the first
       */
      windowTo: string;
      /** @example 希望安排在周六上午 */
      notes?: string;
      /**
       * Format: uuid
       * @description The school or community ordering; needed only by someone who orders for more than one.
       */
      ordererId?: string;
      /**
       * Format: uuid
       * @description The published menu item ordered; leave it out for a free request.
       */
      menuItemId?: string;
    };
    OrderActivityView: {
      id: string;
      startsAt: string;
      endsAt: string;
      /** @description The provider's operator or volunteer who leads it. */
      leadName: string;
      /** @description Recorded by the provider at completion. */
      peopleReached: number | null;
      completedAt: string | null;
    };
    OrderMenuItemView: {
      /** @enum {string} */
      format: 'lecture' | 'workshop' | 'mobile_exhibition' | 'science_show' | 'lab_demo' | 'field_guide';
      id: string;
      title: string;
    };
    OrderPartyView: {
      id: string;
      name: string;
    };
    OrderRatingView: {
      /** @description 1 to 5. */
      score: number;
      comment: string | null;
      at: string;
    };
    OrderDeclineView: {
      provider: components['schemas']['OrderPartyView'];
      reason: string;
      at: string;
    };
    OrderView: {
      /** @description The menu item ordered; null for a free request. */
      menuItem: components['schemas']['OrderMenuItemView'] | (never | null);
      /** @description The provider holding the order (assigned or claimed); null while nobody does. */
      provider: components['schemas']['OrderPartyView'] | (never | null);
      /** @description When and by whom it is delivered: always sent, null until the provider schedules it (and again after a decline). */
      activity?: components['schemas']['OrderActivityView'] | (never | null);
      /** @description The orderer's rating once the activity is over. */
      rating: components['schemas']['OrderRatingView'] | (never | null);
      id: string;
      /** @enum {string} */
      status: 'submitted' | 'open' | 'scheduled' | 'cancelled' | 'taken' | 'confirmed' | 'completed';
      /** @description The school or community that ordered. */
      orderer: components['schemas']['OrderPartyView'];
      topic: string;
      /** @description An audience code of the register's vocabulary. */
      audience: string;
      headcount: number;
      address: string;
      latitude: number;
      longitude: number;
      /** @description The district of the place: its administrators dispatch the order. */
      regionCode: string;
      regionName: string;
      windowFrom: string;
      windowTo: string;
      notes: string | null;
      /** @description When the district assigned the order or opened it for claims. */
      dispatchedAt: string | null;
      /** @description When a provider took it. */
      takenAt: string | null;
      /** @description 0; 1 once the district's administrators were alerted that nobody took it; 2 once the city's were. */
      escalationLevel: number;
      /** @description The providers that declined it: all of them for the orderer and the district, a provider's own for a provider. */
      declines: components['schemas']['OrderDeclineView'][];
      cancelReason: string | null;
      cancelledAt: string | null;
      createdAt: string;
    };
    OrderPage: {
      items: components['schemas']['OrderView'][];
      /**
       * Format: int32
       * @description Items on all pages
       */
      total: number;
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      pageSize: number;
    };
    OrderAssignDto: {
      /** Format: uuid */
      providerId: string;
    };
    OrderClaimDto: {
      /**
       * Format: uuid
       * @description The organisation claiming; needed only by an operator of more than one.
       */
      providerId?: string;
    };
    OrderReasonDto: {
      reason: string;
    };
    ExpertApplicationDto: {
      /** @example 李明 */
      name: string;
      /**
       * @description 职称
       * @example 研究员
       */
      title: string;
      /** @example 中国科学院深圳先进技术研究院 */
      organisationName: string;
      /**
       * @example [
       *       "astronomy",
       *       "physics"
       *     ]
       */
      fields: (
        | 'astronomy'
        | 'life_science'
        | 'information_technology'
        | 'meteorology'
        | 'disaster_prevention'
        | 'ecology'
        | 'ocean'
        | 'aerospace'
        | 'health'
        | 'safety'
        | 'physics'
        | 'chemistry'
        | 'earth_science'
        | 'energy'
        | 'engineering'
        | 'agriculture'
        | 'paleontology'
        | 'botany'
        | 'zoology'
        | 'history_of_science'
      )[];
      /**
       * @description Home district: its administrators review the application
       * @example 440305
       */
      regionCode: string;
      /**
       * @description Districts (region codes) the expert is willing to go to
       * @example [
       *       "440305",
       *       "440304"
       *     ]
       */
      districtCodes: string[];
      /**
       * @example [
       *       "zh",
       *       "yue"
       *     ]
       */
      languages: ('zh' | 'yue' | 'hak' | 'nan' | 'csl' | 'en' | 'ja' | 'ko' | 'fr' | 'de' | 'es' | 'ru')[];
      /** @example 从事天体物理研究二十年，长期为中小学生开设天文科普讲座。 */
      profile: string;
      /** @description Consent to a public profile (name, title, organisation, fields, districts, languages, profile) once approved; may be withdrawn at any time */
      publicProfile: boolean;
    };
    ExpertLanguageView: {
      /** @enum {string} */
      code: 'zh' | 'yue' | 'hak' | 'nan' | 'csl' | 'en' | 'ja' | 'ko' | 'fr' | 'de' | 'es' | 'ru';
      /** @description e.g. 粤语. */
      zh: string;
      /** @description e.g. Cantonese. */
      en: string;
    };
    ExpertView: {
      /** @enum {string} */
      status: 'submitted' | 'approved' | 'rejected' | 'withdrawn';
      /** @description Home district (region code): its administrators review the application. */
      regionCode: string;
      /** @description Whether the expert consents to a public profile; shown in the directory only when approved too. */
      publicProfile: boolean;
      /** @description When the consent was given; null without consent. */
      consentedAt: string | null;
      /** @description Whether the public directory shows the expert now (approved and consenting). */
      listed: boolean;
      /** @description The reviewer's last comment (why the application was rejected). */
      reviewComment: string | null;
      reviewedAt: string | null;
      createdAt: string;
      updatedAt: string;
      id: string;
      name: string;
      /** @description 职称, e.g. 研究员. */
      title: string;
      organisationName: string;
      /** @description Theme codes (GET /vocabularies, `themes`). */
      fields: string[];
      /** @description Districts (region codes) the expert is willing to go to. */
      districtCodes: string[];
      languages: components['schemas']['ExpertLanguageView'][];
      profile: string;
    };
    ExpertPublicView: {
      id: string;
      name: string;
      /** @description 职称, e.g. 研究员. */
      title: string;
      organisationName: string;
      /** @description Theme codes (GET /vocabularies, `themes`). */
      fields: string[];
      /** @description Districts (region codes) the expert is willing to go to. */
      districtCodes: string[];
      languages: components['schemas']['ExpertLanguageView'][];
      profile: string;
    };
    ExpertPublicPage: {
      items: components['schemas']['ExpertPublicView'][];
      /**
       * Format: int32
       * @description Items on all pages
       */
      total: number;
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      pageSize: number;
    };
    ExpertPage: {
      items: components['schemas']['ExpertView'][];
      /**
       * Format: int32
       * @description Items on all pages
       */
      total: number;
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      pageSize: number;
    };
    ExpertReviewDto: {
      /** @enum {string} */
      decision: 'approve' | 'reject';
      /** @description Required to reject */
      comment?: string;
    };
    OutreachSearchHighlight: {
      name?: string;
      /** @description A crop of about 40 words around the matches. */
      summary?: string;
    };
    OutreachSearchHit: {
      /** @enum {string} */
      kind: 'menu_item' | 'expert';
      /**
       * @description The item's format; null for experts.
       * @enum {string|null}
       */
      format: 'lecture' | 'workshop' | 'mobile_exhibition' | 'science_show' | 'lab_demo' | 'field_guide' | null;
      /** @description The menu item's id (GET /outreach/menu/{id}) or the expert's (GET /experts/{id}). */
      id: string;
      /** @description The item's title, or the expert's name. */
      name: string;
      /** @description The item's summary, or the expert's profile. */
      summary: string;
      /** @description The provider's name, or the expert's organisation. */
      organisationName: string;
      /** @description The expert's 职称; null for menu items. */
      jobTitle: string | null;
      /** @description Theme codes: the item's themes, or the expert's fields. */
      themes: string[];
      /** @description Audience codes of an item; empty for experts. */
      audiences: string[];
      /** @description An expert's languages; empty for menu items. */
      languages: components['schemas']['ExpertLanguageView'][];
      /** @description Districts (region codes) served. */
      districtCodes: string[];
      /** @description An item's average rating (1–5, one decimal); null before its first rating, and for experts. */
      ratingAverage: number | null;
      ratingCount: number;
      /** @description An item's price in fen (0 is free); null for experts. */
      feeFen: number | null;
      /** @description Only when the query has text and Meilisearch answered. */
      highlight?: components['schemas']['OutreachSearchHighlight'];
    };
    OutreachSearchResult: {
      hits: components['schemas']['OutreachSearchHit'][];
      total: number;
      page: number;
      pageSize: number;
      /** @description Meilisearch was unreachable and Postgres answered: substring matches on Chinese text, no pinyin, typos or highlights. */
      degraded: boolean;
    };
    ScheduleActivityDto: {
      /**
       * @description ISO 8601 with an offset; in the future
       * @example 2026-05-01T09:30:00+08:00
       */
      startsAt: string;
      /**
       * @description After startsAt, at most a day later
       * @example 2026-05-01T11:00:00+08:00
       */
      endsAt: string;
      /**
       * Format: uuid
       * @description The account of one of the provider's operators or volunteers
       */
      leadId: string;
    };
    ActivityVolunteerView: {
      accountId: string;
      /** @description The name on their volunteer profile, else their display name. */
      name: string;
      joinedAt: string;
      signedInAt: string | null;
      signedOutAt: string | null;
      /** @description Set at sign-out: 0 when they stayed under 60 % of the scheduled duration. */
      creditedMinutes: number | null;
    };
    ActivityView: {
      /** @enum {string} */
      orderStatus: 'submitted' | 'open' | 'taken' | 'scheduled' | 'confirmed' | 'completed' | 'cancelled';
      id: string;
      orderId: string;
      /** @description The menu item's title, or the order's topic for a free request. */
      title: string;
      topic: string;
      providerId: string;
      providerName: string;
      ordererName: string;
      address: string;
      /** @description The district it takes place in. */
      regionCode: string;
      startsAt: string;
      endsAt: string;
      /** @description Volunteers sign in and out from 60 minutes before the start… */
      signInOpensAt: string;
      /** @description …to 120 minutes after the end. */
      signInClosesAt: string;
      leadId: string;
      leadName: string;
      /** @description How many volunteers joined. */
      volunteerCount: number;
      /** @description Six digits volunteers type to sign in and out (also shown as a QR code); null unless the caller is the provider's operator or the lead. */
      signCode: string | null;
      /** @description Null unless the caller is the provider's operator or the lead. */
      volunteers: components['schemas']['ActivityVolunteerView'][] | null;
      /** @description Whether the caller joined it. */
      joined: boolean;
      /** @description The caller's own sign-in, sign-out and credit, when they joined. */
      signedInAt: string | null;
      signedOutAt: string | null;
      creditedMinutes: number | null;
      /** @description Recorded by the provider at completion. */
      peopleReached: number | null;
      completedAt: string | null;
      /** @description The orderer's score, 1 to 5, once rated. */
      rating: number | null;
      ratingComment: string | null;
      ratedAt: string | null;
    };
    CompleteActivityDto: {
      /** @example 120 */
      peopleReached: number;
    };
    RateActivityDto: {
      /** @example 5 */
      score: number;
      /** @example 孩子们很喜欢，讲解很清楚。 */
      comment?: string;
    };
    ActivityPage: {
      items: components['schemas']['ActivityView'][];
      /**
       * Format: int32
       * @description Items on all pages
       */
      total: number;
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      pageSize: number;
    };
    SignCodeDto: {
      /** @example 042917 */
      code: string;
    };
    AttendanceView: {
      activityId: string;
      signedInAt: string;
      signedOutAt: string | null;
      /** @description Whole minutes from sign-in to sign-out; null until signed out. */
      attendedMinutes: number | null;
      /** @description 60 % of the scheduled duration: the least that counts. */
      requiredMinutes: number;
      /** @description Null until signed out; 0 when the time attended fell short of `requiredMinutes`. */
      creditedMinutes: number | null;
      /** @description Why nothing was credited, Chinese then English; null otherwise. */
      note: string | null;
    };
    VolunteerProfileView: {
      /** @description As on the ID: printed on the certificate of hours. */
      realName: string;
      skills: string[];
      districtCodes: string[];
    };
    VolunteerTeamView: {
      id: string;
      name: string;
    };
    VolunteerActivityView: {
      /** @enum {string} */
      orderStatus: 'submitted' | 'open' | 'taken' | 'scheduled' | 'confirmed' | 'completed' | 'cancelled';
      activityId: string;
      orderId: string;
      /** @description The menu item's title, or the order's topic for a free request. */
      title: string;
      topic: string;
      teamName: string;
      startsAt: string;
      endsAt: string;
      signedInAt: string | null;
      signedOutAt: string | null;
      /** @description Set at sign-out: 0 when under 60 % of the scheduled duration. */
      creditedMinutes: number | null;
    };
    VolunteerTotalsView: {
      /** @description Minutes credited from sign-in to sign-out. */
      creditedMinutes: number;
      /** @description Minutes administrators added by hand, counted apart. */
      manualMinutes: number;
      /** @description Activities attended with credited time. */
      activities: number;
    };
    ManualHoursView: {
      id: string;
      accountId: string;
      teamId: string;
      teamName: string;
      /** @description The activity they belong to, if the administrator named one. */
      activityId: string | null;
      minutes: number;
      reason: string;
      addedAt: string;
      /** @description Always true: these hours were added by hand, and the certificate says so. */
      handAdded: boolean;
    };
    VolunteerRecordView: {
      profile: components['schemas']['VolunteerProfileView'] | (never | null);
      teams: components['schemas']['VolunteerTeamView'][];
      /** @description Latest first. */
      activities: components['schemas']['VolunteerActivityView'][];
      totals: components['schemas']['VolunteerTotalsView'];
      /** @description Latest first. */
      manualEntries: components['schemas']['ManualHoursView'][];
    };
    VolunteerProfileDto: {
      /**
       * @description As on the ID: printed on the certificate of hours
       * @example 李明
       */
      realName: string;
      /**
       * @example [
       *       "天文",
       *       "讲解"
       *     ]
       */
      skills: string[];
      /**
       * @description The districts the volunteer can serve
       * @example [
       *       "440305"
       *     ]
       */
      districtCodes: string[];
    };
    ManualHoursDto: {
      /**
       * Format: uuid
       * @description The volunteer team (organisation) the hours were served with
       */
      teamId: string;
      /** @example 120 */
      minutes: number;
      /** @example 活动当天手机没电，按纸质签到表补录 */
      reason: string;
      /**
       * Format: uuid
       * @description One of the team's activities the hours belong to
       */
      activityId?: string;
    };
    CampaignRegionView: {
      code: string;
      name: string;
    };
    CampaignView: {
      /**
       * Format: date
       * @description First day (Beijing date).
       */
      from: string;
      /**
       * Format: date
       * @description Last day (Beijing date).
       */
      to: string;
      /** @enum {string} */
      status: 'draft' | 'published' | 'cancelled';
      id: string;
      name: string;
      nameEn: string | null;
      /** @description Theme codes (the register's THEMES vocabulary). */
      themes: string[];
      regions: components['schemas']['CampaignRegionView'][];
      description: string;
      /** Format: date-time */
      publishedAt: string | null;
      /** @description Events taking part. */
      eventCount: number;
      /** @description Whether the caller runs it (edits, publishes, cancels it). */
      canManage: boolean;
    };
    CampaignPage: {
      items: components['schemas']['CampaignView'][];
      /**
       * Format: int32
       * @description Items on all pages
       */
      total: number;
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      pageSize: number;
    };
    CampaignDto: {
      /** @example 2026年全国科普日 */
      name: string;
      /** @example National Science Popularisation Day 2026 */
      nameEn?: string | null;
      /**
       * Format: date
       * @description The first day (Beijing date).
       */
      from: string;
      /**
       * Format: date
       * @description The last day (Beijing date), at most 62 days after the first.
       */
      to: string;
      themes: (
        | 'astronomy'
        | 'life_science'
        | 'information_technology'
        | 'meteorology'
        | 'disaster_prevention'
        | 'ecology'
        | 'ocean'
        | 'aerospace'
        | 'health'
        | 'safety'
        | 'physics'
        | 'chemistry'
        | 'earth_science'
        | 'energy'
        | 'engineering'
        | 'agriculture'
        | 'paleontology'
        | 'botany'
        | 'zoology'
        | 'history_of_science'
      )[];
      /**
       * @description Cities or districts whose venues take part; all within the regions the caller administers
       * @example [
       *       "440300"
       *     ]
       */
      regionCodes: string[];
      /** @default  */
      description?: string;
    };
    EventLocation: {
      lat: number;
      lng: number;
    };
    EventVenueView: {
      /** @description The venue's id: its page is /resources/{id}. */
      id: string;
      name: string;
      address: string;
      districtCode: string;
      districtName: string;
      location: components['schemas']['EventLocation'];
    };
    EventView: {
      /** @enum {string} */
      kind: 'event' | 'lab_open_day';
      /** @description The days it runs (Beijing dates; on a campaign's page, those within the campaign); empty when it runs every open day. */
      days: string[];
      offeringId: string;
      title: string;
      description: string;
      venue: components['schemas']['EventVenueView'];
      /** @description Fixed start times `HH:MM`; null: entry windows across the venue's opening hours. */
      startTimes: string[] | null;
      slotMinutes: number;
      /** @description Price per person in fen; 0 is free. */
      priceFen: number;
      /** @description Theme codes: on a campaign's page the campaign themes it addresses, in search also the venue's. */
      themes: string[];
      /** @description Published campaigns it takes part in. */
      campaignIds: string[];
      /** @description Has a slot still to come: its booking can be opened. */
      bookable: boolean;
    };
    AttachEventDto: {
      /** Format: uuid */
      offeringId: string;
      /** @description The campaign's themes it addresses; default: those the venue shares with the campaign, else all of them */
      themes?: (
        | 'astronomy'
        | 'life_science'
        | 'information_technology'
        | 'meteorology'
        | 'disaster_prevention'
        | 'ecology'
        | 'ocean'
        | 'aerospace'
        | 'health'
        | 'safety'
        | 'physics'
        | 'chemistry'
        | 'earth_science'
        | 'energy'
        | 'engineering'
        | 'agriculture'
        | 'paleontology'
        | 'botany'
        | 'zoology'
        | 'history_of_science'
      )[];
    };
    CampaignFigures: {
      /** @description Events taking part (attached, whether still on sale or not). */
      events: number;
      venues: number;
      /** @description Scheduled slots on the campaign's days. */
      slots: number;
      /** @description Places in those slots, individual and group. */
      places: number;
      /** @description Bookings held on them (confirmed, checked in or missed; not cancelled or waitlisted). */
      bookings: number;
      peopleBooked: number;
      /** @description Visitors checked in at the door. */
      visitorsCheckedIn: number;
    };
    CampaignDistrictFigures: {
      /** @description Events taking part (attached, whether still on sale or not). */
      events: number;
      venues: number;
      /** @description Scheduled slots on the campaign's days. */
      slots: number;
      /** @description Places in those slots, individual and group. */
      places: number;
      /** @description Bookings held on them (confirmed, checked in or missed; not cancelled or waitlisted). */
      bookings: number;
      peopleBooked: number;
      /** @description Visitors checked in at the door. */
      visitorsCheckedIn: number;
      code: string;
      name: string;
    };
    CampaignStats: {
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
      campaignId: string;
      name: string;
      totals: components['schemas']['CampaignFigures'];
      districts: components['schemas']['CampaignDistrictFigures'][];
    };
    EventSearchHighlight: {
      title?: string;
      /** @description A crop of about 40 words around the matches. */
      description?: string;
    };
    EventSearchHit: {
      /** @enum {string} */
      kind: 'event' | 'lab_open_day';
      /** @description The days it runs (Beijing dates; on a campaign's page, those within the campaign); empty when it runs every open day. */
      days: string[];
      offeringId: string;
      title: string;
      description: string;
      venue: components['schemas']['EventVenueView'];
      /** @description Fixed start times `HH:MM`; null: entry windows across the venue's opening hours. */
      startTimes: string[] | null;
      slotMinutes: number;
      /** @description Price per person in fen; 0 is free. */
      priceFen: number;
      /** @description Theme codes: on a campaign's page the campaign themes it addresses, in search also the venue's. */
      themes: string[];
      /** @description Published campaigns it takes part in. */
      campaignIds: string[];
      /** @description Has a slot still to come: its booking can be opened. */
      bookable: boolean;
      /** @description Only when the query has text and Meilisearch answered. */
      highlight?: components['schemas']['EventSearchHighlight'];
    };
    EventSearchResult: {
      hits: components['schemas']['EventSearchHit'][];
      total: number;
      page: number;
      pageSize: number;
      /** @description Meilisearch was unreachable and Postgres answered: substring matches on Chinese text, no pinyin, typos or highlights. */
      degraded: boolean;
    };
    StatsScope: {
      /** @description Null when the figures are one venue's, or an operator's venues. */
      region?: {
        code: string;
        name: string;
      } | null;
      /** @description Set when the figures are one venue's, or an operator's venues. */
      resourceIds: string[] | null;
      /** @description The first day of the period (a Beijing date, YYYY-MM-DD). */
      from: string;
      /** @description The last day of the period (a Beijing date, YYYY-MM-DD). */
      to: string;
    };
    RegisterFigures: {
      /** @description Venues per resource type code */
      byType: {
        [key: string]: number;
      };
      /** @description Venues per district region code */
      byDistrict: {
        [key: string]: number;
      };
      /** @description Venues per accreditation level code */
      byAccreditationLevel: {
        [key: string]: number;
      };
      /** @description Venues per accessibility feature code */
      byAccessibility: {
        [key: string]: number;
      };
      /** @description Published venues now, in scope. */
      venues: number;
      /** @description Venues with at least one accessibility feature. */
      accessible: number;
      activeOfferings: number;
    };
    ChannelCounts: {
      /** @description By the visitor's own account. */
      online: number;
      /** @description By the venue's staff at the counter. */
      counter: number;
      /** @description By the venue's staff for a caller. */
      phone: number;
    };
    CategoryCounts: {
      adult: number;
      child: number;
      senior: number;
    };
    ServiceRates: {
      /** @description People served ÷ places offered on the days that have begun (today included). */
      utilisation: number | null;
      /** @description No-show people ÷ (booked people served + no-show people): of those due, how many did not come. */
      noShow: number | null;
      /** @description Cancelled bookings ÷ bookings. */
      cancellation: number | null;
      /** @description Promoted ÷ waitlisted. */
      waitlistConversion: number | null;
    };
    ServiceFigures: {
      slots: number;
      /** @description Places offered: individual and group capacity of the slots not cancelled. */
      capacity: number;
      /** @description Bookings that held places (confirmed, checked in, no-show, or cancelled later). */
      bookings: number;
      /** @description People in bookings that hold places now (confirmed, checked in, no-show). */
      peopleBooked: number;
      /** @description People who came: checked in (a group's counted headcount), and walk-ins. */
      peopleServed: number;
      /** @description People admitted without a booking (counted in peopleServed). */
      walkIns: number;
      /** @description People booked, by how the booking was made. */
      bookedByChannel: components['schemas']['ChannelCounts'];
      peopleNoShow: number;
      cancelledBookings: number;
      /** @description Waitlist entries. */
      waitlisted: number;
      /** @description Waitlist entries promoted to a place. */
      promoted: number;
      /** @description People booked, by visitor category. */
      bookedByCategory: components['schemas']['CategoryCounts'];
      /** @description People served, by visitor category. */
      servedByCategory: components['schemas']['CategoryCounts'];
      groupBookings: number;
      groupPeopleServed: number;
      rates: components['schemas']['ServiceRates'];
    };
    SchoolFigures: {
      schoolId: string;
      name: string;
      visits: number;
      students: number;
    };
    GroupFeedback: {
      count: number;
      /** @description 1 to 5, to two decimals; null without feedback. */
      averageRating: number | null;
    };
    GroupFigures: {
      /** @description Students of approved visits per grade band */
      byGradeBand: {
        [key: string]: number;
      };
      /** @description The hundred schools with the most students in approved visits. */
      bySchool: components['schemas']['SchoolFigures'][];
      requested: number;
      approved: number;
      /** @description Approved visits' students. */
      students: number;
      /** @description Approved visits' teachers. */
      teachers: number;
      feedback: components['schemas']['GroupFeedback'];
    };
    StatsOverview: {
      scope: components['schemas']['StatsScope'];
      register: components['schemas']['RegisterFigures'];
      service: components['schemas']['ServiceFigures'];
      groups: components['schemas']['GroupFigures'];
    };
    StatsSeriesPoint: {
      /** @description The period's first day (YYYY-MM-DD). */
      period: string;
      capacity: number;
      bookings: number;
      peopleBooked: number;
      peopleServed: number;
      peopleNoShow: number;
      cancelledBookings: number;
    };
    VenueStatsRow: {
      resourceId: string;
      name: string;
      /** @description For English readers; null when the venue gives none. */
      nameEn: string | null;
      regionCode: string;
      type: string;
      capacity: number;
      bookings: number;
      peopleBooked: number;
      /** @description Checked in, and walk-ins. */
      peopleServed: number;
      /** @description Admitted without a booking. */
      walkIns: number;
      peopleNoShow: number;
      utilisation: number | null;
      noShowRate: number | null;
    };
    DistrictStatsRow: {
      regionCode: string;
      name: string;
      venues: number;
      population: number | null;
      venuesPer10k: number | null;
      peopleServed: number;
      peopleBooked: number;
      /** @description People reached by outreach activities delivered in the district (docs/outreach.md). */
      outreachPeopleReached: number;
    };
    OutreachOrderCounts: {
      total: number;
      submitted: number;
      open: number;
      taken: number;
      scheduled: number;
      confirmed: number;
      completed: number;
      cancelled: number;
    };
    OutreachDistrictRow: {
      regionCode: string;
      name: string;
      orders: number;
      completed: number;
      peopleReached: number;
      volunteerMinutes: number;
      /** @description Median hours from an order to a provider taking it; null when none was taken. */
      medianHoursToTake: number | null;
    };
    OutreachTeamRow: {
      teamId: string;
      name: string;
      volunteers: number;
      activities: number;
      /** @description Credited by sign-in and sign-out (the 60 % rule). */
      minutes: number;
      /** @description Added by hand by administrators, kept apart. */
      manualMinutes: number;
    };
    OutreachFigures: {
      scope: components['schemas']['StatsScope'];
      orders: components['schemas']['OutreachOrderCounts'];
      medianHoursToTake: number | null;
      /** @description Activities held in the period and completed. */
      activitiesDelivered: number;
      peopleReached: number;
      volunteers: number;
      volunteerMinutes: number;
      manualMinutes: number;
      ratings: number;
      averageRating: number | null;
      /** @description Ratings of 1 or 2, which were flagged to the district. */
      lowRatings: number;
      byDistrict: components['schemas']['OutreachDistrictRow'][];
      byTeam: components['schemas']['OutreachTeamRow'][];
    };
    StatsRegion: {
      code: string;
      name: string;
    };
    PublicDistrictFigures: {
      regionCode: string;
      name: string;
      venues: number;
      /** @description 服务人次: people served at venues and reached by outreach activities. */
      peopleServed: number;
      /** @description Of those, reached by outreach activities. */
      outreachPeopleReached: number;
      venuesPer10k: number | null;
    };
    PublicFigures: {
      /**
       * Format: date-time
       * @description When the figures were last rolled up.
       */
      updatedAt: string;
      region: components['schemas']['StatsRegion'];
      year: number;
      venues: number;
      /** @description 服务人次: people served at venues and reached by outreach activities. */
      peopleServed: number;
      /** @description Of those, reached by outreach activities. */
      outreachPeopleReached: number;
      groupStudents: number;
      byDistrict: components['schemas']['PublicDistrictFigures'][];
    };
    ServiceCriterionRow: {
      /** @description A resource type code. */
      resourceType: string;
      /** @description Null when no region from here up sets a rule for the type. */
      minOpenDays: number | null;
      minVisitors: number | null;
      /** @description The region that sets the rule (this one or the nearest above); null without a rule. */
      sourceCode: string | null;
      sourceName: string | null;
      /** @description True when the rule is a region above's, not this region's own. */
      inherited: boolean;
    };
    ServiceCriteriaView: {
      region: components['schemas']['StatsRegion'];
      /** @description Whether the caller may set this region's own rules. */
      editable: boolean;
      criteria: components['schemas']['ServiceCriterionRow'][];
    };
    ServiceCriterionDto: {
      /**
       * @example research_facility
       * @enum {string}
       */
      resourceType:
        | 'science_museum'
        | 'museum'
        | 'planetarium'
        | 'education_base'
        | 'research_facility'
        | 'enterprise_hall'
        | 'nature_park'
        | 'public_facility'
        | 'community_venue';
      /** @example 20 */
      minOpenDays: number;
      /** @example 800 */
      minVisitors: number;
    };
    PutServiceCriteriaDto: {
      criteria: components['schemas']['ServiceCriterionDto'][];
    };
    AnnualServiceRow: {
      /**
       * @description `below` when either measure falls short, `met`, or `no_rule` for a type without one.
       * @enum {string}
       */
      status: 'below' | 'met' | 'no_rule';
      resourceId: string;
      name: string;
      regionCode: string;
      /** @description A resource type code. */
      type: string;
      /** @description Levels of the accreditations current during the year (codes, highest first). */
      accreditationLevels: string[];
      /** @description Days in the period with a slot offered (not cancelled) or a visitor checked in. */
      openDays: number;
      /** @description People checked in during the period (a group's counted headcount). */
      visitors: number;
      /** @description The threshold for the base's type in its region; null without a rule. */
      minOpenDays: number | null;
      minVisitors: number | null;
      /** @description The region whose rule applies; null without a rule. */
      ruleRegionCode: string | null;
      /** @description True when the open days fall short of the rule; null without a rule. */
      openDaysBelow: boolean | null;
      visitorsBelow: boolean | null;
    };
    AnnualServiceTotals: {
      bases: number;
      below: number;
      met: number;
      noRule: number;
      openDays: number;
      visitors: number;
    };
    AnnualServiceReport: {
      /**
       * Format: date-time
       * @description When the figures were last rolled up.
       */
      updatedAt: string;
      region: components['schemas']['StatsRegion'];
      year: number;
      /** @description The first day counted (a Beijing date). */
      from: string;
      /** @description The last day counted: the year's last, or today for the year in progress. */
      to: string;
      /** @description False for the year in progress: the figures so far. */
      complete: boolean;
      bases: components['schemas']['AnnualServiceRow'][];
      totals: components['schemas']['AnnualServiceTotals'];
    };
    SearchLocation: {
      lat: number;
      lng: number;
    };
    SearchHighlight: {
      name?: string;
      /** @description A crop of about 40 words around the matches. */
      description?: string;
    };
    SearchHit: {
      id: string;
      name: string;
      /** @description For English readers; null when the resource gives none. */
      nameEn: string | null;
      /** @description The resource type code (vocabulary `resourceTypes`). */
      type: string;
      /** @description The region code of its district. */
      district: string;
      location: components['schemas']['SearchLocation'];
      /** @description From lat and lng, to 10 m: only when the query gives a point. */
      distanceKm?: number;
      /** @description Only when the query has text (`q`). */
      highlight?: components['schemas']['SearchHighlight'];
    };
    SearchFacets: {
      /** @description Per district region code */
      district: {
        [key: string]: number;
      };
      /** @description Per resource type code */
      type: {
        [key: string]: number;
      };
      /** @description Per theme code */
      theme: {
        [key: string]: number;
      };
      /** @description Per audience code */
      audience: {
        [key: string]: number;
      };
      /** @description Keys `true` and `false` (resources whose price is unknown are not counted) */
      free: {
        [key: string]: number;
      };
      /** @description Per accessibility feature code */
      accessibility: {
        [key: string]: number;
      };
      /** @description Per accreditation level code */
      accreditationLevel: {
        [key: string]: number;
      };
      /** @description Keys `true` and `false`: open or closed on today's date in Shanghai */
      openToday: {
        [key: string]: number;
      };
      /** @description Per concession filter code (`senior_free`, `disabled_free`, `student_half`) */
      concession: {
        [key: string]: number;
      };
    };
    SearchUnderstood: {
      /** @description The region code its district name gave. */
      district?: string;
      /** @description The resource type code its category word gave. */
      type?: string;
    };
    SearchCategoryShortcut: {
      /** Format: int32 */
      count: number;
      /** @description The resource type code (vocabulary `resourceTypes`): search again with `type` set to it and no `q`. */
      type: string;
    };
    SearchSuggestions: {
      /**
       * @description A query that finds something, close to what was typed: a kind of venue or district whose name
       *     or pinyin is a typo or homophone away (天文官, tianwenguna → 天文馆), or the venue a Chinese
       *     query's pinyin finds. Search again with it as `q`.
       */
      didYouMean?: string;
      /** @description The region code the shortcuts were counted in: the request's `district`, else its `city`; absent for everywhere. */
      region?: string;
      /** @description The kinds of venue in that region, most first (the type facet without `q` or other filters). */
      categories: components['schemas']['SearchCategoryShortcut'][];
    };
    SearchResult: {
      /**
       * @description Meilisearch answered
       * @enum {boolean}
       */
      degraded: false;
      hits: components['schemas']['SearchHit'][];
      total: number;
      facets: components['schemas']['SearchFacets'];
      page: number;
      pageSize: number;
      /** @description Only when `q` was read as filters; `asTyped=true` searches the words instead. */
      understood?: components['schemas']['SearchUnderstood'];
      /** @description Only when `q` found nothing. */
      suggestions?: components['schemas']['SearchSuggestions'];
    };
    DegradedSearchHit: {
      id: string;
      name: string;
      /** @description For English readers; null when the resource gives none. */
      nameEn: string | null;
      /** @description The resource type code (vocabulary `resourceTypes`). */
      type: string;
      /** @description The region code of its district. */
      district: string;
      location: components['schemas']['SearchLocation'];
      /** @description From lat and lng, to 10 m: only when the query gives a point. */
      distanceKm?: number;
    };
    DegradedSearchResult: {
      /**
       * @description Meilisearch was unreachable and Postgres answered
       * @enum {boolean}
       */
      degraded: true;
      hits: components['schemas']['DegradedSearchHit'][];
      total: number;
      facets: components['schemas']['SearchFacets'];
      page: number;
      pageSize: number;
      /** @description Only when `q` was read as filters; `asTyped=true` searches the words instead. */
      understood?: components['schemas']['SearchUnderstood'];
      /** @description Only when `q` found nothing. */
      suggestions?: components['schemas']['SearchSuggestions'];
    };
    SearchSuggestion: {
      id: string;
      name: string;
    };
    MapPointGeometry: {
      /** @enum {string} */
      type: 'Point';
      /** @description [lng, lat] (WGS-84) */
      coordinates: number[];
    };
    MapFeatureProperties: {
      name: string;
      /** @description The resource type code. */
      type: string;
      /** @description The region code of its district. */
      district: string;
      /** @description Null when the price is not known. */
      free: boolean | null;
      /** @description Has a bookable offering. */
      bookable: boolean;
    };
    MapFeature: {
      /** @enum {string} */
      type: 'Feature';
      /** @description The resource id. */
      id: string;
      geometry: components['schemas']['MapPointGeometry'];
      properties: components['schemas']['MapFeatureProperties'];
    };
    MapFeatures: {
      /** @enum {string} */
      type: 'FeatureCollection';
      /** @description At most 20,000 (the service's MAP_FEATURES_LIMIT). */
      features: components['schemas']['MapFeature'][];
      /** @description More resources matched than the map is sent: narrow the filters or the box. */
      truncated: boolean;
      /** @description Only when `q` was read as filters, as in search's answer. */
      understood?: components['schemas']['SearchUnderstood'];
    };
    RetryLater: {
      /** @description Seconds to wait before trying again. */
      retryAfterSeconds: number;
    };
    ImportHeaderProblems: {
      /** @description Columns the template requires that the sheet lacks. */
      missing: string[];
      /** @description Headers that are no column of the template. */
      unknown: string[];
      /** @description Headers given more than once. */
      repeated: string[];
      /** @description The template's headers, in order. */
      expected: string[];
    };
    BookingClosedAt: {
      /** @description When booking this slot closed. */
      closedAt: string;
    };
    RescheduleLimit: {
      /** @description How often one booking may change its time. */
      limit: number;
    };
    RescheduleDeadline: {
      /** @description The last moment the booking could change its time. */
      deadline: string;
    };
    CancellationDeadline: {
      /** @description The last moment the booking could be cancelled. */
      deadline: string;
    };
    AlreadyCheckedIn: {
      /** @description True: on the device that sent this check-in; false: on another; null: a device was not named on one side. */
      onThisDevice: boolean | null;
      checkedInAt: string;
    };
    BookedForAnotherDay: {
      /** @description The day the booking is for. */
      visitDate: string;
    };
    CheckInOpensAt: {
      /** @description When the gate starts admitting this booking (its slot's start less the early-entry minutes). */
      opensAt: string;
    };
    PlacesLeft: {
      /** @description Places the slot still has. */
      remaining: number;
    };
    WalkInsSoFar: {
      /** @description Walk-ins recorded for the slot so far. */
      walkIns: number;
    };
    CheckedInElsewhere: {
      checkedInAt: string;
    };
    CheckInWindow: {
      opensAt: string;
      /** @description The slot's end, or now when that is earlier. */
      closesAt: string;
    };
    OpenGroupVisits: {
      /** @description The group visits this account leads or requested that have not happened yet. */
      count: number;
    };
    LeaderRefusal: {
      /**
       * @description Not a teacher of this school, an account suspended, or one that has not proved its phone or e-mail.
       * @enum {string}
       */
      reason: 'not_a_teacher_here' | 'suspended' | 'not_verified';
    };
    HeadcountRange: {
      /** @description The fewest people the activity takes. */
      min: number;
      /** @description The most people the activity takes. */
      max: number;
    };
    EarliestDay: {
      /** @description The first day the provider's lead time allows: the window of dates must reach it. */
      earliest: string;
    };
    OrderState: {
      /**
       * @description The order's status now.
       * @enum {string}
       */
      status: 'submitted' | 'open' | 'taken' | 'scheduled' | 'confirmed' | 'completed' | 'cancelled';
    };
    OrderWindow: {
      /** @description The first day the order allows. */
      windowFrom: string;
      /** @description The last day the order allows. */
      windowTo: string;
    };
    ActivityEnd: {
      /** @description When the activity is scheduled to end: completing it is possible from then on. */
      endsAt: string;
    };
    SignInHours: {
      /** @description 60 minutes before the activity starts. */
      opensAt: string;
      /** @description 120 minutes after the activity ends. */
      closesAt: string;
    };
    ErrorDetail: {
      /** @description The input the problem is about, e.g. `visitors.0.idNumber` */
      field: string;
      /** @description For developers and logs: stable English */
      problems: string[];
      /** @description For the person who typed the value, one per problem: show it next to that field */
      messages: {
        'zh-CN': string;
        en: string;
      }[];
    };
    /** @description Every refusal and failure has this shape; `code` is stable, the messages are for people. */
    ErrorBody: {
      /** Format: int32 */
      statusCode: number;
      /** @example SLOT_FULL */
      code: string;
      /** @description In the caller's language (Accept-Language; Chinese by default) */
      message: string;
      messages: {
        'zh-CN': string;
        en: string;
      };
      /** @description Per field for invalid input; facts such as `retryAfterSeconds` or `opensAt` for some refusals */
      details?:
        | components['schemas']['ErrorDetail'][]
        | {
            [key: string]: unknown;
          };
      /** @description Quote it when reporting a problem */
      correlationId?: string;
    };
  };
  responses: {
    /**
     * @description `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
     *
     *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
     *
     *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
     *
     *     `BAD_REQUEST`: 请求无效 / The request is invalid
     */
    MALFORMED_JSON: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'] & {
          /** @enum {string} */
          code?: 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
        };
      };
    };
    /**
     * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
     *
     *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
     */
    UNAUTHORIZED: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'] & {
          /** @enum {string} */
          code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
        };
      };
    };
    /** @description `FORBIDDEN`: 无权执行此操作 / You may not do this */
    FORBIDDEN: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'] & {
          /** @enum {string} */
          code?: 'FORBIDDEN';
        };
      };
    };
    /** @description `NOT_FOUND`: 未找到请求的资源 / The requested item was not found */
    NOT_FOUND: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'] & {
          /** @enum {string} */
          code?: 'NOT_FOUND';
        };
      };
    };
    /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
    PAYLOAD_TOO_LARGE: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'] & {
          /** @enum {string} */
          code?: 'PAYLOAD_TOO_LARGE';
        };
      };
    };
    /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
    UNSUPPORTED_MEDIA_TYPE: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'] & {
          /** @enum {string} */
          code?: 'UNSUPPORTED_MEDIA_TYPE';
        };
      };
    };
    /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
    TOO_MANY_REQUESTS: {
      headers: {
        /** @description Seconds to wait before trying again */
        'Retry-After'?: number;
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'] & {
          /** @enum {string} */
          code?: 'TOO_MANY_REQUESTS';
          details: components['schemas']['RetryLater'];
        };
      };
    };
    /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
    INTERNAL: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'] & {
          /** @enum {string} */
          code?: 'INTERNAL';
        };
      };
    };
    /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
    SERVICE_UNAVAILABLE: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'] & {
          /** @enum {string} */
          code?: 'SERVICE_UNAVAILABLE';
        };
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
  healthCheck: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Database up; search up or down (search falls back to the database). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthView'];
        };
      };
      400: components['responses']['MALFORMED_JSON'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  metricsScrape: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Prometheus text exposition format */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      400: components['responses']['MALFORMED_JSON'];
      /** @description `UNAUTHORIZED`: 请先登录 / Please sign in first */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED';
          };
        };
      };
      /** @description `ROUTE_NOT_FOUND`: 接口不存在 / There is no such endpoint */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'ROUTE_NOT_FOUND';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  webConfigGet: {
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
          'application/json': components['schemas']['WebConfigView'];
        };
      };
      400: components['responses']['MALFORMED_JSON'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  authSendCode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SendCodeDto'];
      };
    };
    responses: {
      202: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CodeSent'];
        };
      };
      /**
       * @description `INVALID_LOGIN`: 请输入有效的邮箱地址或中国大陆手机号 / Enter a valid email address or mainland mobile number
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'INVALID_LOGIN'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description `CODE_RESEND_TOO_SOON`: 验证码刚刚发出，请稍候再重新获取 / A code was just sent: wait a moment before asking for another
       *
       *     `CODE_DAILY_LIMIT`: 今天向该号码或邮箱发送的验证码已达上限，请明天再试 / The daily number of codes for this login has been reached: try again tomorrow
       *
       *     `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later
       */
      429: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'CODE_RESEND_TOO_SOON';
                details: components['schemas']['RetryLater'];
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'CODE_DAILY_LIMIT';
                details: components['schemas']['RetryLater'];
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'TOO_MANY_REQUESTS';
                details: components['schemas']['RetryLater'];
              });
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  authSendOwnCode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OwnCodeSent'];
        };
      };
      /**
       * @description `INVALID_LOGIN`: 请输入有效的邮箱地址或中国大陆手机号 / Enter a valid email address or mainland mobile number
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INVALID_LOGIN' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      /**
       * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
       *
       *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
       */
      401: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
          };
        };
      };
      /** @description `FORBIDDEN`: 无权执行此操作 / You may not do this */
      403: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description `CODE_RESEND_TOO_SOON`: 验证码刚刚发出，请稍候再重新获取 / A code was just sent: wait a moment before asking for another
       *
       *     `CODE_DAILY_LIMIT`: 今天向该号码或邮箱发送的验证码已达上限，请明天再试 / The daily number of codes for this login has been reached: try again tomorrow
       *
       *     `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later
       */
      429: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'CODE_RESEND_TOO_SOON';
                details: components['schemas']['RetryLater'];
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'CODE_DAILY_LIMIT';
                details: components['schemas']['RetryLater'];
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'TOO_MANY_REQUESTS';
                details: components['schemas']['RetryLater'];
              });
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  authRegister: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignedIn'];
        };
      };
      /**
       * @description `INVALID_LOGIN`: 请输入有效的邮箱地址或中国大陆手机号 / Enter a valid email address or mainland mobile number
       *
       *     `PRIVACY_POLICY_NOT_ACCEPTED`: 请阅读并同意当前版本的隐私政策 / Read and accept the current privacy policy
       *
       *     `WEAK_PASSWORD`: 密码太弱：至少 10 个字符，且不能是常见密码或包含登录名 / Password too weak: at least 10 characters, not a common password, not containing the login
       *
       *     `CODE_INVALID`: 验证码不正确或已过期，请核对或重新获取 / The code is wrong or has expired: check it or get a new one
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'INVALID_LOGIN'
              | 'PRIVACY_POLICY_NOT_ACCEPTED'
              | 'WEAK_PASSWORD'
              | 'CODE_INVALID'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      /** @description `LOGIN_TAKEN`: 该邮箱或手机号已注册 / This email or mobile number is already registered */
      409: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'LOGIN_TAKEN';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description `CODE_ATTEMPTS_EXCEEDED`: 验证码输错次数过多，请重新获取验证码 / Too many wrong codes: get a new code
       *
       *     `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later
       */
      429: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'CODE_ATTEMPTS_EXCEEDED';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'TOO_MANY_REQUESTS';
                details: components['schemas']['RetryLater'];
              });
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  authLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignedIn'];
        };
      };
      /**
       * @description `INVALID_LOGIN`: 请输入有效的邮箱地址或中国大陆手机号 / Enter a valid email address or mainland mobile number
       *
       *     `CREDENTIALS_REQUIRED`: 请填写验证码或密码 / Enter a code or a password
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'INVALID_LOGIN'
              | 'CREDENTIALS_REQUIRED'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      /** @description `INVALID_CREDENTIALS`: 登录名或密码不正确 / Wrong login or password */
      401: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INVALID_CREDENTIALS';
          };
        };
      };
      /** @description `ACCOUNT_SUSPENDED`: 该账号已被管理员暂停使用，如有疑问请联系所在区科协 / This account has been suspended by an administrator; contact your district science association */
      403: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'ACCOUNT_SUSPENDED';
          };
        };
      };
      /** @description `NO_ACCOUNT_FOR_LOGIN`: 该手机号或邮箱还没有注册：请用同一个验证码完成注册 / No account has this mobile number or e-mail yet: register with the same code */
      404: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NO_ACCOUNT_FOR_LOGIN';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description `SIGN_IN_BACKOFF`: 从您的网络登录此账号失败次数过多。请等待几分钟（最长 15 分钟）后再试，并核对登录名和密码 / Too many failed sign-ins to this account from your network. Wait a few minutes (at most 15), then try again, checking the login and password
       *
       *     `CODE_ATTEMPTS_EXCEEDED`: 验证码输错次数过多，请重新获取验证码 / Too many wrong codes: get a new code
       *
       *     `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later
       */
      429: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'CODE_ATTEMPTS_EXCEEDED';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'SIGN_IN_BACKOFF';
                details: components['schemas']['RetryLater'];
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'TOO_MANY_REQUESTS';
                details: components['schemas']['RetryLater'];
              });
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  authRefresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPair'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      /** @description `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again */
      401: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOKEN_INVALID';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  authLogout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      /**
       * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
       *
       *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
       */
      401: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
          };
        };
      };
      /** @description `FORBIDDEN`: 无权执行此操作 / You may not do this */
      403: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  authMe: {
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
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountView'];
        };
      };
      /**
       * @description `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      /**
       * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
       *
       *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
       */
      401: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
          };
        };
      };
      /** @description `FORBIDDEN`: 无权执行此操作 / You may not do this */
      403: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  authDeleteMine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProofDto'];
      };
    };
    responses: {
      204: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description `CREDENTIALS_REQUIRED`: 请填写验证码或密码 / Enter a code or a password
       *
       *     `CURRENT_PASSWORD_WRONG`: 当前密码不正确 / The current password is wrong
       *
       *     `CODE_INVALID`: 验证码不正确或已过期，请核对或重新获取 / The code is wrong or has expired: check it or get a new one
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'CREDENTIALS_REQUIRED'
              | 'CURRENT_PASSWORD_WRONG'
              | 'CODE_INVALID'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      /**
       * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
       *
       *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
       */
      401: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
          };
        };
      };
      /** @description `FORBIDDEN`: 无权执行此操作 / You may not do this */
      403: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description `GROUP_VISITS_OPEN`: 您还在带队尚未结束的团体参观：请先在每个团体参观中点“移交给同事”交给本校其他教师，或取消它们，再注销账号 / You still lead group visits that are not over: hand each to a colleague at your school (“Hand over” on the visit) or cancel it before deleting your account */
      409: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'GROUP_VISITS_OPEN';
            details: components['schemas']['OpenGroupVisits'];
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description `CODE_ATTEMPTS_EXCEEDED`: 验证码输错次数过多，请重新获取验证码 / Too many wrong codes: get a new code
       *
       *     `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later
       */
      429: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'CODE_ATTEMPTS_EXCEEDED';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'TOO_MANY_REQUESTS';
                details: components['schemas']['RetryLater'];
              });
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  authExportMine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description `kepu-my-data.zip`: my-data.json with everything, and a CSV beside it for each table */
      200: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/zip': string;
        };
      };
      /**
       * @description `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      /**
       * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
       *
       *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
       */
      401: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
          };
        };
      };
      /** @description `FORBIDDEN`: 无权执行此操作 / You may not do this */
      403: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  authVerify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VerifyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountView'];
        };
      };
      /**
       * @description `CODE_INVALID`: 验证码不正确或已过期，请核对或重新获取 / The code is wrong or has expired: check it or get a new one
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'CODE_INVALID'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      /**
       * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
       *
       *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
       */
      401: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
          };
        };
      };
      /** @description `FORBIDDEN`: 无权执行此操作 / You may not do this */
      403: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description `CODE_ATTEMPTS_EXCEEDED`: 验证码输错次数过多，请重新获取验证码 / Too many wrong codes: get a new code
       *
       *     `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later
       */
      429: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'CODE_ATTEMPTS_EXCEEDED';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'TOO_MANY_REQUESTS';
                details: components['schemas']['RetryLater'];
              });
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  authPrivacyPolicy: {
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
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PrivacyPolicyView'];
        };
      };
      /**
       * @description `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  authAcceptPrivacy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PrivacyAcceptanceDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountView'];
        };
      };
      /**
       * @description `PRIVACY_POLICY_NOT_ACCEPTED`: 请阅读并同意当前版本的隐私政策 / Read and accept the current privacy policy
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'PRIVACY_POLICY_NOT_ACCEPTED'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      /**
       * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
       *
       *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
       */
      401: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
          };
        };
      };
      /** @description `FORBIDDEN`: 无权执行此操作 / You may not do this */
      403: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  authChangePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      204: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description `CURRENT_PASSWORD_WRONG`: 当前密码不正确 / The current password is wrong
       *
       *     `WEAK_PASSWORD`: 密码太弱：至少 10 个字符，且不能是常见密码或包含登录名 / Password too weak: at least 10 characters, not a common password, not containing the login
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'CURRENT_PASSWORD_WRONG'
              | 'WEAK_PASSWORD'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      /**
       * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
       *
       *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
       */
      401: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
          };
        };
      };
      /** @description `FORBIDDEN`: 无权执行此操作 / You may not do this */
      403: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  accountsLookup: {
    parameters: {
      query: {
        login: string;
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
          'application/json': components['schemas']['AccountView'];
        };
      };
      /**
       * @description `INVALID_LOGIN`: 请输入有效的邮箱地址或中国大陆手机号 / Enter a valid email address or mainland mobile number
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'INVALID_LOGIN'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      /** @description `NOT_FOUND`: 未找到请求的资源 / The requested item was not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  accountsSuspended: {
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
          'application/json': components['schemas']['AccountView'][];
        };
      };
      400: components['responses']['MALFORMED_JSON'];
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  accountsView: {
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
          'application/json': components['schemas']['AccountView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  accountsInvite: {
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
        'application/json': components['schemas']['GrantRoleDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationView'];
        };
      };
      /**
       * @description `ROLE_SCOPE_MISMATCH`: 角色范围不正确：管理员需指定区域，运营人员和学校教师需指定机构 / Wrong role scope: admins need a region, operators and teachers an organisation
       *
       *     `UNKNOWN_REGION`: 没有这个行政区代码 / There is no region with this code
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'ROLE_SCOPE_MISMATCH'
              | 'UNKNOWN_REGION'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /**
       * @description `ROLE_ALREADY_GRANTED`: 该账号已拥有此角色 / The account already has this role
       *
       *     `INVITATION_ALREADY_PENDING`: 已向该账号发出相同的邀请，等待对方接受 / The same invitation is already waiting for this login
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'ROLE_ALREADY_GRANTED' | 'INVITATION_ALREADY_PENDING';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  accountsRevoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        grantId: string;
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
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  accountsSuspend: {
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
        'application/json': components['schemas']['SuspendDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountView'];
        };
      };
      /**
       * @description `CANNOT_SUSPEND_SELF`: 不能暂停自己的账号 / You cannot suspend your own account
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'CANNOT_SUSPEND_SELF'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  accountsRestore: {
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
          'application/json': components['schemas']['AccountView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  invitationsManageable: {
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
          'application/json': components['schemas']['InvitationView'][];
        };
      };
      400: components['responses']['MALFORMED_JSON'];
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  invitationsMine: {
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
          'application/json': components['schemas']['InvitationView'][];
        };
      };
      400: components['responses']['MALFORMED_JSON'];
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  invitationsAccept: {
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
        'application/json': components['schemas']['AcceptInvitationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountView'];
        };
      };
      /**
       * @description `CODE_INVALID`: 验证码不正确或已过期，请核对或重新获取 / The code is wrong or has expired: check it or get a new one
       *
       *     `ROLE_SCOPE_MISMATCH`: 角色范围不正确：管理员需指定区域，运营人员和学校教师需指定机构 / Wrong role scope: admins need a region, operators and teachers an organisation
       *
       *     `UNKNOWN_REGION`: 没有这个行政区代码 / There is no region with this code
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'CODE_INVALID'
              | 'ROLE_SCOPE_MISMATCH'
              | 'UNKNOWN_REGION'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      /**
       * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
       *
       *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
       */
      401: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
          };
        };
      };
      /**
       * @description `ACCOUNT_NOT_VERIFIED`: 请先验证您的手机号或邮箱：在“我的账号”中获取验证码并填写 / Verify your mobile number or e-mail first: get a code on the “My account” page and enter it
       *
       *     `FORBIDDEN`: 无权执行此操作 / You may not do this
       */
      403: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'ACCOUNT_NOT_VERIFIED' | 'FORBIDDEN';
          };
        };
      };
      /** @description `NOT_FOUND`: 未找到请求的资源 / The requested item was not found */
      404: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description `ROLE_ALREADY_GRANTED`: 该账号已拥有此角色 / The account already has this role */
      409: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'ROLE_ALREADY_GRANTED';
          };
        };
      };
      /** @description `INVITATION_EXPIRED`: 邀请已过期或已撤回，请联系邀请人重新邀请 / The invitation has expired or was withdrawn: ask for a new one */
      410: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INVITATION_EXPIRED';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description `CODE_ATTEMPTS_EXCEEDED`: 验证码输错次数过多，请重新获取验证码 / Too many wrong codes: get a new code
       *
       *     `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later
       */
      429: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'CODE_ATTEMPTS_EXCEEDED';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'TOO_MANY_REQUESTS';
                details: components['schemas']['RetryLater'];
              });
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  invitationsDecline: {
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
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `INVITATION_EXPIRED`: 邀请已过期或已撤回，请联系邀请人重新邀请 / The invitation has expired or was withdrawn: ask for a new one */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INVITATION_EXPIRED';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  invitationsWithdraw: {
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
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `INVITATION_EXPIRED`: 邀请已过期或已撤回，请联系邀请人重新邀请 / The invitation has expired or was withdrawn: ask for a new one */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INVITATION_EXPIRED';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  regionsList: {
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
          'application/json': components['schemas']['RegionView'][];
        };
      };
      400: components['responses']['MALFORMED_JSON'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  regionsCreate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRegionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionView'];
        };
      };
      /**
       * @description `REGION_PARENT_INVALID`: 上级区域不存在或层级不匹配（省 → 市 → 区） / The parent region is missing or at the wrong level (province → city → district)
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'REGION_PARENT_INVALID'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      /** @description `REGION_EXISTS`: 该区域代码已存在 / A region with this code already exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'REGION_EXISTS';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  regionsCities: {
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
          'application/json': components['schemas']['CityView'][];
        };
      };
      400: components['responses']['MALFORMED_JSON'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  regionsGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
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
          'application/json': components['schemas']['RegionView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  regionsUpdate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateRegionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  organisationsList: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Region code: this region and everything below it */
        region?: string;
        verified?: boolean;
        /** @description Part of the name or the credit code */
        q?: string;
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
          'application/json': components['schemas']['OrganisationPage'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  organisationsCreate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrganisationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationView'];
        };
      };
      /**
       * @description `INVALID_CREDIT_CODE`: 统一社会信用代码无效（GB 32100-2015 校验位不符） / Invalid unified social credit code (GB 32100-2015 check character)
       *
       *     `SCHOOL_CODE_NOT_A_SCHOOL`: 只有学校机构可以填写学校标识码 / Only a school organisation has a school code
       *
       *     `UNKNOWN_REGION`: 没有这个行政区代码 / There is no region with this code
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'INVALID_CREDIT_CODE'
              | 'SCHOOL_CODE_NOT_A_SCHOOL'
              | 'UNKNOWN_REGION'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      /**
       * @description `ACCOUNT_NOT_VERIFIED`: 请先验证您的手机号或邮箱：在“我的账号”中获取验证码并填写 / Verify your mobile number or e-mail first: get a code on the “My account” page and enter it
       *
       *     `FORBIDDEN`: 无权执行此操作 / You may not do this
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'ACCOUNT_NOT_VERIFIED' | 'FORBIDDEN';
          };
        };
      };
      /**
       * @description `CREDIT_CODE_TAKEN`: 已有机构使用该统一社会信用代码 / An organisation with this credit code already exists
       *
       *     `SCHOOL_CODE_TAKEN`: 已有机构使用该学校标识码 / An organisation with this school code already exists
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'CREDIT_CODE_TAKEN' | 'SCHOOL_CODE_TAKEN';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  organisationsView: {
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
          'application/json': components['schemas']['OrganisationView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  organisationsUpdate: {
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
        'application/json': components['schemas']['UpdateOrganisationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationView'];
        };
      };
      /**
       * @description `INVALID_CREDIT_CODE`: 统一社会信用代码无效（GB 32100-2015 校验位不符） / Invalid unified social credit code (GB 32100-2015 check character)
       *
       *     `SCHOOL_CODE_NOT_A_SCHOOL`: 只有学校机构可以填写学校标识码 / Only a school organisation has a school code
       *
       *     `UNKNOWN_REGION`: 没有这个行政区代码 / There is no region with this code
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'INVALID_CREDIT_CODE'
              | 'SCHOOL_CODE_NOT_A_SCHOOL'
              | 'UNKNOWN_REGION'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /**
       * @description `CREDIT_CODE_TAKEN`: 已有机构使用该统一社会信用代码 / An organisation with this credit code already exists
       *
       *     `SCHOOL_CODE_TAKEN`: 已有机构使用该学校标识码 / An organisation with this school code already exists
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'CREDIT_CODE_TAKEN' | 'SCHOOL_CODE_TAKEN';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  organisationsVerify: {
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
          'application/json': components['schemas']['OrganisationView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  organisationsMembers: {
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
          'application/json': components['schemas']['OrganisationMember'][];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  organisationsAddMember: {
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
        'application/json': components['schemas']['AddMemberDto'];
      };
    };
    responses: {
      /** @description Invited */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationView'];
        };
      };
      /**
       * @description `NOT_A_VERIFIED_SCHOOL`: 只有已认证的学校机构才能添加学校教师 / Teachers can only join a verified school organisation
       *
       *     `NOT_A_VERIFIED_COMMUNITY`: 只有已认证的社区/街道机构才能添加社区工作人员 / Community workers can only join a verified community organisation
       *
       *     `INVALID_LOGIN`: 请输入有效的邮箱地址或中国大陆手机号 / Enter a valid email address or mainland mobile number
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'NOT_A_VERIFIED_SCHOOL'
              | 'NOT_A_VERIFIED_COMMUNITY'
              | 'INVALID_LOGIN'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /**
       * @description `ROLE_ALREADY_GRANTED`: 该账号已拥有此角色 / The account already has this role
       *
       *     `INVITATION_ALREADY_PENDING`: 已向该账号发出相同的邀请，等待对方接受 / The same invitation is already waiting for this login
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'ROLE_ALREADY_GRANTED' | 'INVITATION_ALREADY_PENDING';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  organisationsInvitations: {
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
          'application/json': components['schemas']['InvitationView'][];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  resourcesList: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Part of the name */
        q?: string;
        /** @description Region code: this region and everything below it */
        region?: string;
        type?:
          | 'science_museum'
          | 'museum'
          | 'planetarium'
          | 'education_base'
          | 'research_facility'
          | 'enterprise_hall'
          | 'nature_park'
          | 'public_facility'
          | 'community_venue';
        theme?:
          | 'astronomy'
          | 'life_science'
          | 'information_technology'
          | 'meteorology'
          | 'disaster_prevention'
          | 'ecology'
          | 'ocean'
          | 'aerospace'
          | 'health'
          | 'safety'
          | 'physics'
          | 'chemistry'
          | 'earth_science'
          | 'energy'
          | 'engineering'
          | 'agriculture'
          | 'paleontology'
          | 'botany'
          | 'zoology'
          | 'history_of_science';
        audience?: 'preschool' | 'primary' | 'secondary' | 'adults' | 'seniors' | 'families' | 'school_groups';
        free?: boolean;
        /** @description 1: the operator's own organisations' resources, in every status */
        mine?: boolean;
        /** @description Administrators: resources in this status in their regions */
        status?:
          | 'draft'
          | 'submitted'
          | 'city_review'
          | 'changes_requested'
          | 'rejected'
          | 'published'
          | 'suspended'
          | 'withdrawn'
          | 'merged';
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
          'application/json': components['schemas']['ResourcePage'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      /** @description `UNAUTHORIZED`: 请先登录 / Please sign in first */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED';
          };
        };
      };
      /** @description `FORBIDDEN`: 无权执行此操作 / You may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  resourcesCreate: {
    parameters: {
      query?: {
        /** @description Only for operators of several organisations: which one lists it */
        organisationId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResourceContentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResourceView'];
        };
      };
      /**
       * @description `ORGANISATION_REQUIRED`: 您属于多个机构，请用 organisationId 参数指明机构 / You belong to several organisations: name one with the organisationId parameter
       *
       *     `UNKNOWN_REGION`: 没有这个行政区代码 / There is no region with this code
       *
       *     `REGION_NOT_A_DISTRICT`: 资源所在区域须为区（或功能区） / A resource must lie in a district (or functional area)
       *
       *     `MEDIA_NOT_FOUND`: 引用的图片或证明文件不存在，或不属于该机构 / A referenced photo or evidence file does not exist or belongs to another organisation
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'ORGANISATION_REQUIRED'
              | 'UNKNOWN_REGION'
              | 'REGION_NOT_A_DISTRICT'
              | 'MEDIA_NOT_FOUND'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  resourcesQueue: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
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
          'application/json': components['schemas']['QueueItemPage'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  resourcesPublicTextChanges: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
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
          'application/json': components['schemas']['PublicTextChangePage'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  resourcesGet: {
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
          'application/json': components['schemas']['ResourceView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  resourcesUpdate: {
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
        'application/json': components['schemas']['ResourcePatchDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResourceView'];
        };
      };
      /**
       * @description `UNKNOWN_REGION`: 没有这个行政区代码 / There is no region with this code
       *
       *     `REGION_NOT_A_DISTRICT`: 资源所在区域须为区（或功能区） / A resource must lie in a district (or functional area)
       *
       *     `MEDIA_NOT_FOUND`: 引用的图片或证明文件不存在，或不属于该机构 / A referenced photo or evidence file does not exist or belongs to another organisation
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'UNKNOWN_REGION'
              | 'REGION_NOT_A_DISTRICT'
              | 'MEDIA_NOT_FOUND'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `RESOURCE_UNDER_REVIEW`: 该资源的修改正在审核中，审核结束前不能再修改 / This resource has changes under review; it cannot be edited until the review ends */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'RESOURCE_UNDER_REVIEW';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  resourcesWorkingCopy: {
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
          'application/json': components['schemas']['WorkingCopy'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  resourcesHistory: {
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
          'application/json': components['schemas']['HistoryEntry'][];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  resourcesSubmit: {
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
          'application/json': components['schemas']['ResourceView'];
        };
      };
      /**
       * @description `INCOMPLETE_RESOURCE`: 资源信息不完整，请补充后再提交 / The resource is incomplete; fill in the missing fields before submitting
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'INCOMPLETE_RESOURCE'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `NOTHING_TO_SUBMIT`: 没有可提交的草稿或待修改版本 / There is no draft or returned revision to submit */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOTHING_TO_SUBMIT';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  resourcesDecide: {
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
        'application/json': components['schemas']['ReviewDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResourceView'];
        };
      };
      /**
       * @description `REASON_REQUIRED`: 请填写原因 / Give a reason
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'REASON_REQUIRED'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `NOTHING_TO_REVIEW`: 该资源没有待审核的版本 / This resource has no revision awaiting review */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOTHING_TO_REVIEW';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  resourcesSuspend: {
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
        'application/json': components['schemas']['ModerationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResourceView'];
        };
      };
      /**
       * @description `REASON_REQUIRED`: 请填写原因 / Give a reason
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'REASON_REQUIRED'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `INVALID_TRANSITION`: 资源当前状态不允许此操作 / The resource is not in a state that allows this */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INVALID_TRANSITION';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  resourcesWithdraw: {
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
        'application/json': components['schemas']['ModerationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResourceView'];
        };
      };
      /**
       * @description `REASON_REQUIRED`: 请填写原因 / Give a reason
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'REASON_REQUIRED'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `INVALID_TRANSITION`: 资源当前状态不允许此操作 / The resource is not in a state that allows this */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INVALID_TRANSITION';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  resourcesRestore: {
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
        'application/json': components['schemas']['ModerationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResourceView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `INVALID_TRANSITION`: 资源当前状态不允许此操作 / The resource is not in a state that allows this */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INVALID_TRANSITION';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  accreditationsExpiring: {
    parameters: {
      query?: {
        days?: number;
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
          'application/json': components['schemas']['ExpiringAccreditation'][];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  mediaUpload: {
    parameters: {
      query?: {
        purpose?: 'photo' | 'evidence';
        /** @description Required for administrators and members of several organisations */
        organisationId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file?: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MediaView'];
        };
      };
      /**
       * @description `ORGANISATION_REQUIRED`: 您属于多个机构，请用 organisationId 参数指明机构 / You belong to several organisations: name one with the organisationId parameter
       *
       *     `FILE_REQUIRED`: 请选择一个文件上传 / Choose one file to upload
       *
       *     `UPLOAD_MALFORMED`: 上传不完整或格式不对，请重新选择文件上传 / The upload was incomplete or malformed; choose the file and upload it again
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'ORGANISATION_REQUIRED'
              | 'FILE_REQUIRED'
              | 'UPLOAD_MALFORMED'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      /**
       * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
       *
       *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
       */
      401: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
          };
        };
      };
      /** @description `FORBIDDEN`: 无权执行此操作 / You may not do this */
      403: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description `NOT_FOUND`: 未找到请求的资源 / The requested item was not found */
      404: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /**
       * @description `UPLOAD_TOO_LARGE`: 文件超过此处的大小上限，请缩小后重试 / The file is larger than this upload allows; make it smaller and try again
       *
       *     `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB)
       */
      413: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UPLOAD_TOO_LARGE' | 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /**
       * @description `UNSUPPORTED_FILE_TYPE`: 文件类型不支持：图片须为 JPEG、PNG 或 WebP，证明文件还可为 PDF / Unsupported file: photos must be JPEG, PNG or WebP; evidence may also be PDF
       *
       *     `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type
       */
      415: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_FILE_TYPE' | 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  mediaRead: {
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
      /** @description The file, of the type it was stored as */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/jpeg': string;
          'image/png': string;
          'image/webp': string;
          'application/pdf': string;
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      /** @description `UNAUTHORIZED`: 请先登录 / Please sign in first */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED';
          };
        };
      };
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  vocabulariesList: {
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
          'application/json': components['schemas']['VocabulariesView'];
        };
      };
      400: components['responses']['MALFORMED_JSON'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  censusTemplate: {
    parameters: {
      query?: {
        format?: 'xlsx' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The template, as `format` asks */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv; charset=utf-8': string;
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  censusImport: {
    parameters: {
      query?: {
        /** @description 1: check every row and report, change nothing */
        dryRun?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file?: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportReport'];
        };
      };
      /**
       * @description `FILE_REQUIRED`: 请选择一个文件上传 / Choose one file to upload
       *
       *     `UPLOAD_MALFORMED`: 上传不完整或格式不对，请重新选择文件上传 / The upload was incomplete or malformed; choose the file and upload it again
       *
       *     `SHEET_UNREADABLE`: 无法读取该文件，请上传 Excel（.xlsx）或 CSV 表格 / The file cannot be read; upload an Excel (.xlsx) or CSV sheet
       *
       *     `IMPORT_HEADERS_INVALID`: 导入文件的表头与模板不符 / The import file headers do not match the template
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?:
                  | 'FILE_REQUIRED'
                  | 'UPLOAD_MALFORMED'
                  | 'SHEET_UNREADABLE'
                  | 'VALIDATION_FAILED'
                  | 'MALFORMED_JSON'
                  | 'BODY_TOO_DEEP'
                  | 'MALFORMED_TEXT'
                  | 'BAD_REQUEST';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'IMPORT_HEADERS_INVALID';
                details: components['schemas']['ImportHeaderProblems'];
              });
        };
      };
      /**
       * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
       *
       *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
       */
      401: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
          };
        };
      };
      /** @description `FORBIDDEN`: 无权执行此操作 / You may not do this */
      403: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /**
       * @description `UPLOAD_TOO_LARGE`: 文件超过此处的大小上限，请缩小后重试 / The file is larger than this upload allows; make it smaller and try again
       *
       *     `SHEET_TOO_LARGE`: 表格的行数、列数或内容超过上限，请拆分后分批上传 / The sheet has more rows, columns or text than allowed; split it and upload the parts
       *
       *     `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB)
       */
      413: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UPLOAD_TOO_LARGE' | 'SHEET_TOO_LARGE' | 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description `SHEET_UNSAFE`: 该表格文件结构异常（可能是压缩炸弹或含外部实体），已拒绝；请在 Excel 中另存为新文件再上传 / The sheet file is built unusually (a zip bomb or external entities) and was refused; save it as a new file in Excel and upload that
       *
       *     `IMPORT_HAS_ERRORS`: 导入文件有错误，未导入任何数据；请按报告修改后重试 / The import file has errors; nothing was imported. Fix the rows in the report and retry
       */
      422: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'SHEET_UNSAFE';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'IMPORT_HAS_ERRORS';
                details: components['schemas']['ImportReport'];
              });
        };
      };
      /**
       * @description `UPLOAD_BUSY`: 系统正在处理很多文件，请稍后再上传 / Many files are being processed right now; upload again in a moment
       *
       *     `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later
       */
      429: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'UPLOAD_BUSY';
                details: components['schemas']['RetryLater'];
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'TOO_MANY_REQUESTS';
                details: components['schemas']['RetryLater'];
              });
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  censusExport: {
    parameters: {
      query: {
        /** @description Region code: this region and everything below it */
        region: string;
        format?: 'csv' | 'xlsx' | 'geojson';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The register, as `format` asks */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/geo+json': components['schemas']['CensusFeatureCollection'];
          'text/csv; charset=utf-8': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  duplicatesList: {
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
          'application/json': components['schemas']['ResourceDuplicates'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  duplicatesDismiss: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        otherId: string;
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
          'application/json': components['schemas']['ResourceDuplicates'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `SAME_RESOURCE`: 不能与资源自身比较或合并 / A resource cannot be compared with or merged into itself */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SAME_RESOURCE';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  duplicatesMerge: {
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
        'application/json': components['schemas']['MergeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResourceView'];
        };
      };
      /**
       * @description `REASON_REQUIRED`: 请填写原因 / Give a reason
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'REASON_REQUIRED'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /**
       * @description `SAME_RESOURCE`: 不能与资源自身比较或合并 / A resource cannot be compared with or merged into itself
       *
       *     `INVALID_TRANSITION`: 资源当前状态不允许此操作 / The resource is not in a state that allows this
       *
       *     `MERGE_TARGET_CLOSED`: 只能合并到已发布或暂停的资源，不能合并到已撤销或已合并的资源 / A resource can only be merged into a published or suspended one, not a withdrawn or merged one
       *
       *     `MERGE_BLOCKED_BY_BOOKINGS`: 同一位参观人在同一天分别预约了这两处场馆，合并后将违反“每人每馆每天一次”的规则；请先取消其中一个预约 / The same visitor has bookings at both venues on the same day, which one venue does not allow; cancel one of them first
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SAME_RESOURCE' | 'INVALID_TRANSITION' | 'MERGE_TARGET_CLOSED' | 'MERGE_BLOCKED_BY_BOOKINGS';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  openDataIndex: {
    parameters: {
      query?: never;
      header?: {
        /** @description An ETag from an earlier answer */
        'If-None-Match'?: string;
        /** @description A Last-Modified from an earlier answer */
        'If-Modified-Since'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Changes whenever the published register changes */
          ETag?: string;
          /** @description When the published register last changed */
          'Last-Modified'?: string;
          /** @description The licence: `<url>; rel="license"` */
          Link?: string;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenDataIndex'];
        };
      };
      /** @description Unchanged since the ETag or date given */
      304: {
        headers: {
          /** @description Changes whenever the published register changes */
          ETag?: string;
          /** @description When the published register last changed */
          'Last-Modified'?: string;
          /** @description The licence: `<url>; rel="license"` */
          Link?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  openDataCsv: {
    parameters: {
      query?: never;
      header?: {
        /** @description An ETag from an earlier answer */
        'If-None-Match'?: string;
        /** @description A Last-Modified from an earlier answer */
        'If-Modified-Since'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The register as CSV; headers in Chinese (the index describes each column) */
      200: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'text/csv; charset=utf-8': string;
        };
      };
      /** @description Unchanged since the ETag or date given */
      304: {
        headers: {
          /** @description Changes whenever the published register changes */
          ETag?: string;
          /** @description When the published register last changed */
          'Last-Modified'?: string;
          /** @description The licence: `<url>; rel="license"` */
          Link?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  openDataXlsx: {
    parameters: {
      query?: never;
      header?: {
        /** @description An ETag from an earlier answer */
        'If-None-Match'?: string;
        /** @description A Last-Modified from an earlier answer */
        'If-Modified-Since'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The register as an XLSX workbook */
      200: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Unchanged since the ETag or date given */
      304: {
        headers: {
          /** @description Changes whenever the published register changes */
          ETag?: string;
          /** @description When the published register last changed */
          'Last-Modified'?: string;
          /** @description The licence: `<url>; rel="license"` */
          Link?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  openDataGeojson: {
    parameters: {
      query?: never;
      header?: {
        /** @description An ETag from an earlier answer */
        'If-None-Match'?: string;
        /** @description A Last-Modified from an earlier answer */
        'If-Modified-Since'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The register as GeoJSON */
      200: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/geo+json': components['schemas']['OpenDataFeatureCollection'];
        };
      };
      /** @description Unchanged since the ETag or date given */
      304: {
        headers: {
          /** @description Changes whenever the published register changes */
          ETag?: string;
          /** @description When the published register last changed */
          'Last-Modified'?: string;
          /** @description The licence: `<url>; rel="license"` */
          Link?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  upkeepStale: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
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
          'application/json': components['schemas']['StaleResourcePage'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  upkeepConfirm: {
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
          'application/json': components['schemas']['ResourceView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /**
       * @description `INVALID_TRANSITION`: 资源当前状态不允许此操作 / The resource is not in a state that allows this
       *
       *     `RESOURCE_UNDER_REVIEW`: 该资源的修改正在审核中，审核结束前不能再修改 / This resource has changes under review; it cannot be edited until the review ends
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INVALID_TRANSITION' | 'RESOURCE_UNDER_REVIEW';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  aliasesGet: {
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
          'application/json': components['schemas']['ResourceAliasesView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  aliasesReplace: {
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
        'application/json': components['schemas']['ResourceAliasesDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResourceAliasesView'];
        };
      };
      /**
       * @description `ALIAS_SAME_AS_NAME`: 别名不能与资源名称相同，名称本身已可搜索 / An alias cannot be the name itself: the name is already searchable
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'ALIAS_SAME_AS_NAME'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  resourceScheduleGetHours: {
    parameters: {
      query?: {
        /** @description how many days from today (Shanghai), 1–62; default 14 */
        days?: number;
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
          'application/json': components['schemas']['OpeningHoursView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  resourceSchedulePutHours: {
    parameters: {
      query?: {
        onAffectedSlots?: 'keep' | 'cancel';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OpeningHoursDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpeningHoursChangeView'];
        };
      };
      /**
       * @description `INVERTED_RANGE`: 结束时间须晚于开始时间 / A range must end after it starts
       *
       *     `DUPLICATE_DAY`: 同一规则中星期重复 / A weekday is listed twice in one rule
       *
       *     `OVERLAPPING_RANGES`: 同一天的开放时段相互重叠 / Open ranges on the same day overlap
       *
       *     `OVERLAPPING_SEASONS`: 季节时段相互重叠 / Seasons overlap
       *
       *     `EXCEPTION_IN_PAST`: 特殊安排的日期不能早于今天 / An exception cannot be dated in the past
       *
       *     `DUPLICATE_EXCEPTION`: 同一日期有多条特殊安排 / Two exceptions share a date
       *
       *     `EXCEPTION_AMBIGUOUS`: 特殊安排须为闭馆（closed: true）或给出开放和闭馆时间 / An exception is either a closure (closed: true) or has open and close times
       *
       *     `SLOT_LENGTH_MISMATCH`: 场次时长不能整除开放时段 / The slot length does not divide an open range
       *
       *     `START_OUTSIDE_HOURS`: 场次开始时间不在任何开放时段内 / A start time lies outside every open range
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'INVERTED_RANGE'
              | 'DUPLICATE_DAY'
              | 'OVERLAPPING_RANGES'
              | 'OVERLAPPING_SEASONS'
              | 'EXCEPTION_IN_PAST'
              | 'DUPLICATE_EXCEPTION'
              | 'EXCEPTION_AMBIGUOUS'
              | 'SLOT_LENGTH_MISMATCH'
              | 'START_OUTSIDE_HOURS'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `SLOTS_HAVE_BOOKINGS`: 此修改会取消已有预约的场次：请确认保留（keep）或取消（cancel）这些场次 / This change removes slots that have bookings: confirm whether to keep or cancel them */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SLOTS_HAVE_BOOKINGS';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  resourceSchedulePreviewHours: {
    parameters: {
      query?: {
        /** @description how many days from today (Shanghai), 1–62; default 14 */
        days?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OpeningHoursDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpeningHoursPreviewView'];
        };
      };
      /**
       * @description `INVERTED_RANGE`: 结束时间须晚于开始时间 / A range must end after it starts
       *
       *     `DUPLICATE_DAY`: 同一规则中星期重复 / A weekday is listed twice in one rule
       *
       *     `OVERLAPPING_RANGES`: 同一天的开放时段相互重叠 / Open ranges on the same day overlap
       *
       *     `OVERLAPPING_SEASONS`: 季节时段相互重叠 / Seasons overlap
       *
       *     `EXCEPTION_IN_PAST`: 特殊安排的日期不能早于今天 / An exception cannot be dated in the past
       *
       *     `DUPLICATE_EXCEPTION`: 同一日期有多条特殊安排 / Two exceptions share a date
       *
       *     `EXCEPTION_AMBIGUOUS`: 特殊安排须为闭馆（closed: true）或给出开放和闭馆时间 / An exception is either a closure (closed: true) or has open and close times
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'INVERTED_RANGE'
              | 'DUPLICATE_DAY'
              | 'OVERLAPPING_RANGES'
              | 'OVERLAPPING_SEASONS'
              | 'EXCEPTION_IN_PAST'
              | 'DUPLICATE_EXCEPTION'
              | 'EXCEPTION_AMBIGUOUS'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  resourceScheduleListOfferings: {
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
          'application/json': components['schemas']['OfferingView'][];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  resourceScheduleCreateOffering: {
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
        'application/json': components['schemas']['OfferingDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfferingChangeView'];
        };
      };
      /**
       * @description `EVENT_NEEDS_DATES`: 专场活动须选择日期并填写开场时间 / An event needs its dates and start times
       *
       *     `INVALID_PARTY_SIZE`: 每单最少人数不能大于最多人数 / The minimum party size exceeds the maximum
       *
       *     `INVALID_GROUP_RULES`: 团体规则有误：最少学生数不能大于最多学生数，最少提前天数不能大于最多提前天数 / Group rules: the fewest students must not exceed the most, nor the lead days the days ahead
       *
       *     `INVALID_AGE_RANGE`: 最小年龄不能大于最大年龄 / The minimum age exceeds the maximum age
       *
       *     `INVALID_DATE_RANGE`: 日期范围无效：开始须不晚于结束，且最长 62 天 / Invalid date range: from must not be after to, and it spans at most 62 days
       *
       *     `INVERTED_RANGE`: 结束时间须晚于开始时间 / A range must end after it starts
       *
       *     `STARTS_OVERLAP`: 开始时间间隔短于场次时长，场次会重叠 / Start times are closer together than the slot length, so slots would overlap
       *
       *     `SLOT_LENGTH_MISMATCH`: 场次时长不能整除开放时段 / The slot length does not divide an open range
       *
       *     `START_OUTSIDE_HOURS`: 场次开始时间不在任何开放时段内 / A start time lies outside every open range
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'EVENT_NEEDS_DATES'
              | 'INVALID_PARTY_SIZE'
              | 'INVALID_GROUP_RULES'
              | 'INVALID_AGE_RANGE'
              | 'INVALID_DATE_RANGE'
              | 'INVERTED_RANGE'
              | 'STARTS_OVERLAP'
              | 'SLOT_LENGTH_MISMATCH'
              | 'START_OUTSIDE_HOURS'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `HOURS_NOT_SET`: 请先设置开放时间，再发布按开放时间排期的项目 / Set the opening hours before publishing an offering that follows them */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'HOURS_NOT_SET';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  offeringsGet: {
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
          'application/json': components['schemas']['OfferingView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  offeringsUpdate: {
    parameters: {
      query?: {
        onAffectedSlots?: 'keep' | 'cancel';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OfferingPatchDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfferingChangeView'];
        };
      };
      /**
       * @description `EVENT_NEEDS_DATES`: 专场活动须选择日期并填写开场时间 / An event needs its dates and start times
       *
       *     `INVALID_PARTY_SIZE`: 每单最少人数不能大于最多人数 / The minimum party size exceeds the maximum
       *
       *     `INVALID_GROUP_RULES`: 团体规则有误：最少学生数不能大于最多学生数，最少提前天数不能大于最多提前天数 / Group rules: the fewest students must not exceed the most, nor the lead days the days ahead
       *
       *     `INVALID_AGE_RANGE`: 最小年龄不能大于最大年龄 / The minimum age exceeds the maximum age
       *
       *     `INVALID_DATE_RANGE`: 日期范围无效：开始须不晚于结束，且最长 62 天 / Invalid date range: from must not be after to, and it spans at most 62 days
       *
       *     `INVERTED_RANGE`: 结束时间须晚于开始时间 / A range must end after it starts
       *
       *     `STARTS_OVERLAP`: 开始时间间隔短于场次时长，场次会重叠 / Start times are closer together than the slot length, so slots would overlap
       *
       *     `SLOT_LENGTH_MISMATCH`: 场次时长不能整除开放时段 / The slot length does not divide an open range
       *
       *     `START_OUTSIDE_HOURS`: 场次开始时间不在任何开放时段内 / A start time lies outside every open range
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'EVENT_NEEDS_DATES'
              | 'INVALID_PARTY_SIZE'
              | 'INVALID_GROUP_RULES'
              | 'INVALID_AGE_RANGE'
              | 'INVALID_DATE_RANGE'
              | 'INVERTED_RANGE'
              | 'STARTS_OVERLAP'
              | 'SLOT_LENGTH_MISMATCH'
              | 'START_OUTSIDE_HOURS'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /**
       * @description `HOURS_NOT_SET`: 请先设置开放时间，再发布按开放时间排期的项目 / Set the opening hours before publishing an offering that follows them
       *
       *     `OFFERING_ARCHIVED`: 该项目已下架 / This offering is archived
       *
       *     `SLOTS_HAVE_BOOKINGS`: 此修改会取消已有预约的场次：请确认保留（keep）或取消（cancel）这些场次 / This change removes slots that have bookings: confirm whether to keep or cancel them
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'HOURS_NOT_SET' | 'OFFERING_ARCHIVED' | 'SLOTS_HAVE_BOOKINGS';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  offeringsArchive: {
    parameters: {
      query?: {
        onAffectedSlots?: 'keep' | 'cancel';
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
          'application/json': components['schemas']['OfferingChangeView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /**
       * @description `OFFERING_ARCHIVED`: 该项目已下架 / This offering is archived
       *
       *     `SLOTS_HAVE_BOOKINGS`: 此修改会取消已有预约的场次：请确认保留（keep）或取消（cancel）这些场次 / This change removes slots that have bookings: confirm whether to keep or cancel them
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'OFFERING_ARCHIVED' | 'SLOTS_HAVE_BOOKINGS';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  offeringsAvailability: {
    parameters: {
      query?: {
        /** @description default: today (Shanghai) */
        from?: string;
        /** @description default: six days after from; at most 62 days in all */
        to?: string;
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
          'application/json': components['schemas']['SlotAvailability'][];
        };
      };
      /**
       * @description `INVALID_DATE_RANGE`: 日期范围无效：开始须不晚于结束，且最长 62 天 / Invalid date range: from must not be after to, and it spans at most 62 days
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'INVALID_DATE_RANGE'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      404: components['responses']['NOT_FOUND'];
      /** @description `OFFERING_ARCHIVED`: 该项目已下架 / This offering is archived */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'OFFERING_ARCHIVED';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  calendarGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
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
          'application/json': components['schemas']['CalendarYearView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  calendarReplace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CalendarYearDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarYearView'];
        };
      };
      /**
       * @description `CALENDAR_DATE_OUTSIDE_YEAR`: 日期不属于所编辑的年份 / A date lies outside the year being edited
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'CALENDAR_DATE_OUTSIDE_YEAR'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  bookingsCreate: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per attempt (a UUID, say): 8–128 letters, digits or `- _ . :`. Kept for 24 hours; the same key with another body is refused (IDEMPOTENCY_KEY_REUSED). */
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateBookingDto'];
      };
    };
    responses: {
      /** @description Confirmed, or waitlisted */
      201: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same key */
          'Idempotent-Replayed'?: 'true';
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BookingView'];
        };
      };
      /**
       * @description `IDEMPOTENCY_KEY_REQUIRED`: 请在请求头 Idempotency-Key 中提供唯一的请求编号（如 UUID） / Send a unique request key (such as a UUID) in the Idempotency-Key header
       *
       *     `IDEMPOTENCY_KEY_INVALID`: Idempotency-Key 须为 8–128 个字母、数字或 - _ . : 字符 / The Idempotency-Key must be 8–128 letters, digits or - _ . : characters
       *
       *     `CODE_INVALID`: 验证码不正确或已过期，请核对或重新获取 / The code is wrong or has expired: check it or get a new one
       *
       *     `PARTY_TOO_LARGE`: 预约人数超过每单上限 / The party is larger than this offering allows
       *
       *     `PARTY_TOO_SMALL`: 预约人数少于每单下限 / The party is smaller than this offering requires
       *
       *     `INVALID_ID_NUMBER`: 证件号码无效 / The document number is invalid
       *
       *     `DUPLICATE_VISITOR_ID`: 同一订单中证件号码重复 / The same identity document appears twice in the party
       *
       *     `ID_NUMBER_REQUIRED`: 实名预约须填写每位成人的证件号码 / Real-name booking needs an identity document for every adult
       *
       *     `GUARDIAN_REQUIRED`: 未填写证件的儿童须由持证成人陪同预约 / A child without an identity document must be booked with an adult who gives one
       *
       *     `VISITOR_CATEGORY_MISMATCH`: 游客类别与证件年龄不符（儿童未满 18 岁，老人年满 60 岁） / The visitor category does not match the age on the ID (child under 18, senior 60 or over)
       *
       *     `AGE_NOT_ALLOWED`: 有游客不符合该项目的年龄要求 / A visitor is outside this offering's age range
       *
       *     `CONTACT_PHONE_REQUIRED`: 请填写联系手机号（您的账号没有已验证的手机号） / Enter a contact mobile number (your account has no verified one)
       *
       *     `SAVED_VISITOR_UNKNOWN`: 所选的常用参观人不存在或已删除，请重新选择 / A person you chose is no longer saved; choose again
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'IDEMPOTENCY_KEY_REQUIRED'
              | 'IDEMPOTENCY_KEY_INVALID'
              | 'CODE_INVALID'
              | 'PARTY_TOO_LARGE'
              | 'PARTY_TOO_SMALL'
              | 'INVALID_ID_NUMBER'
              | 'DUPLICATE_VISITOR_ID'
              | 'ID_NUMBER_REQUIRED'
              | 'GUARDIAN_REQUIRED'
              | 'VISITOR_CATEGORY_MISMATCH'
              | 'AGE_NOT_ALLOWED'
              | 'CONTACT_PHONE_REQUIRED'
              | 'SAVED_VISITOR_UNKNOWN'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      /**
       * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
       *
       *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
       */
      401: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
          };
        };
      };
      /**
       * @description `ACCOUNT_NOT_VERIFIED`: 请先验证您的手机号或邮箱：在“我的账号”中获取验证码并填写 / Verify your mobile number or e-mail first: get a code on the “My account” page and enter it
       *
       *     `BOOKING_BANNED`: 因多次预约未到场，暂停预约至所示日期 / Booking is suspended until the date shown, after repeated no-shows
       *
       *     `VISITOR_BANNED`: 参观人中有人因多次预约未到场被暂停预约，至所示日期前不能为其预约 / Someone in this party is suspended from booking until the date shown, after repeated no-shows
       *
       *     `FORBIDDEN`: 无权执行此操作 / You may not do this
       */
      403: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'ACCOUNT_NOT_VERIFIED' | 'BOOKING_BANNED' | 'VISITOR_BANNED' | 'FORBIDDEN';
          };
        };
      };
      /** @description `NOT_FOUND`: 未找到请求的资源 / The requested item was not found */
      404: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /**
       * @description `IDEMPOTENCY_IN_FLIGHT`: 使用该 Idempotency-Key 的请求仍在处理中，请稍后重试 / A request with this Idempotency-Key is still being processed; retry shortly
       *
       *     `OFFERING_NOT_BOOKABLE`: 该项目已下架或仅接受团体预约 / This offering is archived or takes group visits only
       *
       *     `SLOT_CANCELLED`: 该场次已取消 / This slot has been cancelled
       *
       *     `BOOKING_NOT_OPEN`: 该场次尚未开放预约 / Booking for this slot has not opened yet
       *
       *     `BOOKING_CLOSED`: 该场次已停止预约 / Booking for this slot has closed
       *
       *     `SLOT_FULL`: 该场次已约满 / This slot is fully booked
       *
       *     `TOO_MANY_ACTIVE_BOOKINGS`: 您的未使用预约已达上限；参观或取消其中一个后再预约 / You hold as many upcoming bookings as allowed; visit or cancel one, then book again
       *
       *     `ALREADY_BOOKED`: 您当天已预约过该项目 / You already hold a booking for this offering on that day
       *
       *     `ID_ALREADY_BOOKED`: 该证件当天已在本场馆有预约 / This identity document already holds a booking at this venue on that day
       */
      409: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?:
                  | 'IDEMPOTENCY_IN_FLIGHT'
                  | 'OFFERING_NOT_BOOKABLE'
                  | 'SLOT_CANCELLED'
                  | 'BOOKING_NOT_OPEN'
                  | 'SLOT_FULL'
                  | 'TOO_MANY_ACTIVE_BOOKINGS'
                  | 'ALREADY_BOOKED'
                  | 'ID_ALREADY_BOOKED';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'BOOKING_CLOSED';
                details: components['schemas']['BookingClosedAt'];
              });
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于内容不同的请求 / This Idempotency-Key was already used for a different request */
      422: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /**
       * @description `CODE_ATTEMPTS_EXCEEDED`: 验证码输错次数过多，请重新获取验证码 / Too many wrong codes: get a new code
       *
       *     `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later
       */
      429: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'CODE_ATTEMPTS_EXCEEDED';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'TOO_MANY_REQUESTS';
                details: components['schemas']['RetryLater'];
              });
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  bookingsMine: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
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
          'application/json': components['schemas']['BookingPage'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  bookingsGet: {
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
          'application/json': components['schemas']['BookingView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  bookingsQr: {
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
      /** @description A PNG image, 320 pixels wide */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/png': string;
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  bookingsIcs: {
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
      /** @description An iCalendar file (`kepu-<code>.ics`) with one event */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  bookingsCancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['CancelBookingDto'];
      };
    };
    responses: {
      /**
       * @description By the visitor until the offering's cutoff (a waitlist entry until the slot starts), by
       *     the venue's operators until the slot ends, with a `reason` the visitor is told (for example for
       *     a visitor who phones). A school group's booking is cancelled through its group visit.
       */
      200: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BookingView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      /**
       * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
       *
       *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
       */
      401: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
          };
        };
      };
      /** @description `FORBIDDEN`: 无权执行此操作 / You may not do this */
      403: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description `NOT_FOUND`: 未找到请求的资源 / The requested item was not found */
      404: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /**
       * @description `GROUP_BOOKING`: 这是学校团体的预约，请通过团体参观申请办理 / This is a school group's booking: manage it through its group visit
       *
       *     `BOOKING_NOT_ACTIVE`: 该预约已取消或已结束 / This booking is cancelled or over
       *
       *     `CANCELLATION_CLOSED`: 已过取消截止时间 / The cancellation deadline has passed
       */
      409: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'GROUP_BOOKING' | 'BOOKING_NOT_ACTIVE';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'CANCELLATION_CLOSED';
                details: components['schemas']['CancellationDeadline'];
              });
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description `CANCELLATION_LIMIT_REACHED`: 今天取消次数已达上限，明天再取消；如确实无法前往，可不取消，但多次未到场会被暂停预约 / You have cancelled as often as allowed today; cancel tomorrow. Repeated no-shows suspend booking, so cancel as soon as you can
       *
       *     `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later
       */
      429: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'CANCELLATION_LIMIT_REACHED';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'TOO_MANY_REQUESTS';
                details: components['schemas']['RetryLater'];
              });
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  bookingsReschedule: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per attempt (a UUID, say): 8–128 letters, digits or `- _ . :`. Kept for 24 hours; the same key with another body is refused (IDEMPOTENCY_KEY_REUSED). */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RescheduleBookingDto'];
      };
    };
    responses: {
      /** @description At the new time */
      200: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same key */
          'Idempotent-Replayed'?: 'true';
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BookingView'];
        };
      };
      /**
       * @description `IDEMPOTENCY_KEY_REQUIRED`: 请在请求头 Idempotency-Key 中提供唯一的请求编号（如 UUID） / Send a unique request key (such as a UUID) in the Idempotency-Key header
       *
       *     `IDEMPOTENCY_KEY_INVALID`: Idempotency-Key 须为 8–128 个字母、数字或 - _ . : 字符 / The Idempotency-Key must be 8–128 letters, digits or - _ . : characters
       *
       *     `RESCHEDULE_SAME_SLOT`: 这就是您现在预约的场次，请选择其他时间 / This is the time you already hold; choose another
       *
       *     `SLOT_NOT_IN_OFFERING`: 所选场次不属于该项目 / A slot chosen is not one of this offering
       *
       *     `PARTY_TOO_LARGE`: 预约人数超过每单上限 / The party is larger than this offering allows
       *
       *     `PARTY_TOO_SMALL`: 预约人数少于每单下限 / The party is smaller than this offering requires
       *
       *     `ID_NUMBER_REQUIRED`: 实名预约须填写每位成人的证件号码 / Real-name booking needs an identity document for every adult
       *
       *     `GUARDIAN_REQUIRED`: 未填写证件的儿童须由持证成人陪同预约 / A child without an identity document must be booked with an adult who gives one
       *
       *     `VISITOR_CATEGORY_MISMATCH`: 游客类别与证件年龄不符（儿童未满 18 岁，老人年满 60 岁） / The visitor category does not match the age on the ID (child under 18, senior 60 or over)
       *
       *     `AGE_NOT_ALLOWED`: 有游客不符合该项目的年龄要求 / A visitor is outside this offering's age range
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'IDEMPOTENCY_KEY_REQUIRED'
              | 'IDEMPOTENCY_KEY_INVALID'
              | 'RESCHEDULE_SAME_SLOT'
              | 'SLOT_NOT_IN_OFFERING'
              | 'PARTY_TOO_LARGE'
              | 'PARTY_TOO_SMALL'
              | 'ID_NUMBER_REQUIRED'
              | 'GUARDIAN_REQUIRED'
              | 'VISITOR_CATEGORY_MISMATCH'
              | 'AGE_NOT_ALLOWED'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      /**
       * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
       *
       *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
       */
      401: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
          };
        };
      };
      /**
       * @description `BOOKING_BANNED`: 因多次预约未到场，暂停预约至所示日期 / Booking is suspended until the date shown, after repeated no-shows
       *
       *     `VISITOR_BANNED`: 参观人中有人因多次预约未到场被暂停预约，至所示日期前不能为其预约 / Someone in this party is suspended from booking until the date shown, after repeated no-shows
       *
       *     `FORBIDDEN`: 无权执行此操作 / You may not do this
       */
      403: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'BOOKING_BANNED' | 'VISITOR_BANNED' | 'FORBIDDEN';
          };
        };
      };
      /** @description `NOT_FOUND`: 未找到请求的资源 / The requested item was not found */
      404: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /**
       * @description `IDEMPOTENCY_IN_FLIGHT`: 使用该 Idempotency-Key 的请求仍在处理中，请稍后重试 / A request with this Idempotency-Key is still being processed; retry shortly
       *
       *     `GROUP_BOOKING`: 这是学校团体的预约，请通过团体参观申请办理 / This is a school group's booking: manage it through its group visit
       *
       *     `BOOKING_NOT_RESCHEDULABLE`: 只有已确认、尚未入场的预约可以改期；候补中的预约请取消后重新预约 / Only a confirmed booking not yet checked in can change its time; to leave a waitlist, cancel and book again
       *
       *     `RESCHEDULE_LIMIT_REACHED`: 每个预约最多改期 2 次，这个预约已用完；如需其他时间，请取消后重新预约 / A booking can change its time 2 times and this one has; to come at another time, cancel it and book again
       *
       *     `RESCHEDULE_CLOSED`: 已过改期截止时间（与取消截止时间相同），预约仍是原来的时间 / It is too late to change the time (the same deadline as for cancelling); the booking keeps its time
       *
       *     `OFFERING_NOT_BOOKABLE`: 该项目已下架或仅接受团体预约 / This offering is archived or takes group visits only
       *
       *     `SLOT_CANCELLED`: 该场次已取消 / This slot has been cancelled
       *
       *     `BOOKING_NOT_OPEN`: 该场次尚未开放预约 / Booking for this slot has not opened yet
       *
       *     `BOOKING_CLOSED`: 该场次已停止预约 / Booking for this slot has closed
       *
       *     `SLOT_FULL`: 该场次已约满 / This slot is fully booked
       *
       *     `ALREADY_BOOKED`: 您当天已预约过该项目 / You already hold a booking for this offering on that day
       *
       *     `ID_ALREADY_BOOKED`: 该证件当天已在本场馆有预约 / This identity document already holds a booking at this venue on that day
       */
      409: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?:
                  | 'IDEMPOTENCY_IN_FLIGHT'
                  | 'GROUP_BOOKING'
                  | 'BOOKING_NOT_RESCHEDULABLE'
                  | 'OFFERING_NOT_BOOKABLE'
                  | 'SLOT_CANCELLED'
                  | 'BOOKING_NOT_OPEN'
                  | 'SLOT_FULL'
                  | 'ALREADY_BOOKED'
                  | 'ID_ALREADY_BOOKED';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'RESCHEDULE_LIMIT_REACHED';
                details: components['schemas']['RescheduleLimit'];
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'RESCHEDULE_CLOSED';
                details: components['schemas']['RescheduleDeadline'];
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'BOOKING_CLOSED';
                details: components['schemas']['BookingClosedAt'];
              });
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于内容不同的请求 / This Idempotency-Key was already used for a different request */
      422: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ownBookingsDays: {
    parameters: {
      query: {
        /** @description First visit day; default: today (Shanghai) */
        from?: string;
        /** @description Last visit day; default: 13 days after from (two weeks); at most 62 days in all */
        to?: string;
        /** @description The venue. */
        resourceId: string;
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
          'application/json': components['schemas']['HeldDayView'][];
        };
      };
      /**
       * @description `INVALID_DATE_RANGE`: 日期范围无效：开始须不晚于结束，且最长 62 天 / Invalid date range: from must not be after to, and it spans at most 62 days
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'INVALID_DATE_RANGE'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  ownBookingsContactPhone: {
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
          'application/json': components['schemas']['RememberedPhoneView'];
        };
      };
      400: components['responses']['MALFORMED_JSON'];
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  checkInCheckIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CheckInDto'];
      };
    };
    responses: {
      /** @description Checked in */
      200: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckedInView'];
        };
      };
      /**
       * @description `HEADCOUNT_TOO_LARGE`: 入场人数超过团体预约人数 / The headcount is larger than the group booked
       *
       *     `CHECK_IN_TIME_INVALID`: 核验时间不在该场次的入场时段内，或晚于现在；请检查设备的时钟 / The check-in time is outside the slot's check-in hours, or in the future; check the device's clock
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?:
                  | 'HEADCOUNT_TOO_LARGE'
                  | 'VALIDATION_FAILED'
                  | 'MALFORMED_JSON'
                  | 'BODY_TOO_DEEP'
                  | 'MALFORMED_TEXT'
                  | 'BAD_REQUEST';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'CHECK_IN_TIME_INVALID';
                details: components['schemas']['CheckInWindow'];
              });
        };
      };
      /**
       * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
       *
       *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
       */
      401: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
          };
        };
      };
      /** @description `FORBIDDEN`: 无权执行此操作 / You may not do this */
      403: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description `BOOKING_CODE_UNKNOWN`: 没有找到这个预约码，请核对后重试 / No booking has this code: check it and try again */
      404: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'BOOKING_CODE_UNKNOWN';
          };
        };
      };
      /**
       * @description `ALREADY_CHECKED_IN`: 该预约已核销入场 / This booking has already been checked in
       *
       *     `BOOKING_NOT_CONFIRMED`: 该预约未确认（候补中、已取消或已过期），不能入场 / This booking is not confirmed (waitlisted, cancelled or expired)
       *
       *     `NOT_TODAY`: 该预约不是今天的 / This booking is not for today
       *
       *     `CHECK_IN_NOT_OPEN`: 尚未到入场核验时间 / Check-in for this slot has not opened yet
       *
       *     `CHECK_IN_CLOSED`: 该场次已结束，不能入场 / This slot is over; check-in has closed
       *
       *     `NAME_LIST_MISSING`: 实名项目的团体须先提交名单才能入场 / A group for a real-name offering needs its name list before check-in
       *
       *     `CHECKED_IN_ON_ANOTHER_DEVICE`: 该预约已在另一台设备上核验入场（见核验时间）；本机的离线核验未计入，已告知场馆 / This booking was already checked in on another device (see when); this offline check-in was not counted and the venue is shown both
       */
      409: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'BOOKING_NOT_CONFIRMED' | 'CHECK_IN_CLOSED' | 'NAME_LIST_MISSING';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'ALREADY_CHECKED_IN';
                details: components['schemas']['AlreadyCheckedIn'];
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'NOT_TODAY';
                details: components['schemas']['BookedForAnotherDay'];
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'CHECK_IN_NOT_OPEN';
                details: components['schemas']['CheckInOpensAt'];
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'CHECKED_IN_ON_ANOTHER_DEVICE';
                details: components['schemas']['CheckedInElsewhere'];
              });
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  checkInArrivals: {
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
          'application/json': components['schemas']['SlotArrivalsView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  checkInPack: {
    parameters: {
      query?: {
        /** @description Today (the default) or tomorrow, in Shanghai */
        date?: string;
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
          'application/json': components['schemas']['CheckInPackView'];
        };
      };
      /**
       * @description `CHECK_IN_PACK_DATE`: 只能下载今天或明天的入场名单 / Only today's or tomorrow's arrivals can be downloaded
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'CHECK_IN_PACK_DATE'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `CHECK_IN_PACK_TOO_LARGE`: 当天的预约太多，无法生成离线入场名单 / The day has too many bookings to keep on a device */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'CHECK_IN_PACK_TOO_LARGE';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  checkInLookup: {
    parameters: {
      query: {
        /** @description The contact phone's last four or more digits, or a visitor's whole document number. */
        q: string;
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
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GateLookupView'];
        };
      };
      /**
       * @description `DESK_RANGE_TOO_BROAD`: 这段日期内的预约太多，请缩短日期范围后再查找 / There are too many bookings in these days to search them; shorten the date range
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'DESK_RANGE_TOO_BROAD'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      /**
       * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
       *
       *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
       */
      401: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
          };
        };
      };
      /** @description `FORBIDDEN`: 无权执行此操作 / You may not do this */
      403: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description `NOT_FOUND`: 未找到请求的资源 / The requested item was not found */
      404: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  bookingDeskList: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description First visit day; default: today (Shanghai) */
        from?: string;
        /** @description Last visit day; default: six days after from; at most 31 days in all */
        to?: string;
        /**
         * @description A booking code (hyphens and case ignored), part of a visitor's name, the last four or more
         *     digits of the contact phone, or a visitor's whole document number.
         */
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
          'application/json': components['schemas']['BookingPage'];
        };
      };
      /**
       * @description `INVALID_DATE_RANGE`: 日期范围无效：开始须不晚于结束，且最长 62 天 / Invalid date range: from must not be after to, and it spans at most 62 days
       *
       *     `DESK_RANGE_TOO_BROAD`: 这段日期内的预约太多，请缩短日期范围后再查找 / There are too many bookings in these days to search them; shorten the date range
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'INVALID_DATE_RANGE'
              | 'DESK_RANGE_TOO_BROAD'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  walkInsRecord: {
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
        'application/json': components['schemas']['WalkInsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WalkInsView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /**
       * @description `SLOT_CANCELLED`: 该场次已取消 / This slot has been cancelled
       *
       *     `WALK_INS_NOT_TODAY`: 只能登记今天场次的现场入场人数 / Walk-ins are recorded on the day of the slot
       *
       *     `CHECK_IN_NOT_OPEN`: 尚未到入场核验时间 / Check-in for this slot has not opened yet
       *
       *     `WALK_INS_OVER_CAPACITY`: 该场次剩余名额不足，不能再登记这么多现场入场 / This slot has too few places left for that many walk-ins
       *
       *     `WALK_INS_BELOW_ZERO`: 更正后的现场入场人数不能少于零 / A correction cannot take walk-ins below zero
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'SLOT_CANCELLED';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'WALK_INS_NOT_TODAY';
                details: components['schemas']['BookedForAnotherDay'];
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'CHECK_IN_NOT_OPEN';
                details: components['schemas']['CheckInOpensAt'];
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'WALK_INS_OVER_CAPACITY';
                details: components['schemas']['PlacesLeft'];
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'WALK_INS_BELOW_ZERO';
                details: components['schemas']['WalkInsSoFar'];
              });
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  operatorDayToday: {
    parameters: {
      query?: {
        /** @description One venue of the caller's; left out: all of them. */
        resourceId?: string;
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
          'application/json': components['schemas']['OperatorDayView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      /** @description `NOT_FOUND`: 未找到请求的资源 / The requested item was not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  savedVisitorsList: {
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
          'application/json': components['schemas']['SavedVisitorView'][];
        };
      };
      400: components['responses']['MALFORMED_JSON'];
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  savedVisitorsAdd: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SavedVisitorDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedVisitorView'];
        };
      };
      /**
       * @description `INVALID_ID_NUMBER`: 证件号码无效 / The document number is invalid
       *
       *     `VISITOR_CATEGORY_MISMATCH`: 游客类别与证件年龄不符（儿童未满 18 岁，老人年满 60 岁） / The visitor category does not match the age on the ID (child under 18, senior 60 or over)
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'INVALID_ID_NUMBER'
              | 'VISITOR_CATEGORY_MISMATCH'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      /**
       * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
       *
       *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
       */
      401: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
          };
        };
      };
      /** @description `FORBIDDEN`: 无权执行此操作 / You may not do this */
      403: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /**
       * @description `SAVED_VISITORS_FULL`: 常用参观人已达上限（20 位）；删除不再需要的再添加 / You keep as many people as allowed (20); delete one you no longer need, then add
       *
       *     `SAVED_VISITOR_EXISTS`: 这位参观人已在您的常用参观人里 / This person is already among the people you book for
       */
      409: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SAVED_VISITORS_FULL' | 'SAVED_VISITOR_EXISTS';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  savedVisitorsRemove: {
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
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  groupVisitsList: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description comma-separated */
        status?: ('requested' | 'proposed' | 'approved' | 'rejected' | 'declined' | 'expired' | 'cancelled')[];
        /** @description visits (or first preferences) on or after this day */
        from?: string;
        to?: string;
        resourceId?: string;
        schoolId?: string;
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
          'application/json': components['schemas']['GroupVisitPage'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  groupVisitsRequest: {
    parameters: {
      query?: never;
      header?: {
        /** @description Unique per request (a UUID, say): 8–128 letters, digits or `- _ . :`. Kept for 24 hours; the same key with another body is refused (IDEMPOTENCY_KEY_REUSED). */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GroupVisitRequestDto'];
      };
    };
    responses: {
      /** @description Requested */
      201: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same key */
          'Idempotent-Replayed'?: 'true';
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GroupVisitView'];
        };
      };
      /**
       * @description `IDEMPOTENCY_KEY_INVALID`: Idempotency-Key 须为 8–128 个字母、数字或 - _ . : 字符 / The Idempotency-Key must be 8–128 letters, digits or - _ . : characters
       *
       *     `SCHOOL_REQUIRED`: 您是多所学校的教师，请指明学校（schoolId） / You teach at more than one school: say which (schoolId)
       *
       *     `GROUP_TOO_SMALL`: 学生人数少于该项目的团体下限 / Fewer students than this offering takes in a group
       *
       *     `GROUP_TOO_LARGE`: 学生人数超过该项目的团体上限 / More students than this offering takes in a group
       *
       *     `TEACHER_RATIO_NOT_MET`: 带队教师人数不足，请按师生比增加教师 / Not enough teachers for the students; add teachers to meet the ratio
       *
       *     `SLOT_NOT_IN_OFFERING`: 所选场次不属于该项目 / A slot chosen is not one of this offering
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'IDEMPOTENCY_KEY_INVALID'
              | 'SCHOOL_REQUIRED'
              | 'GROUP_TOO_SMALL'
              | 'GROUP_TOO_LARGE'
              | 'TEACHER_RATIO_NOT_MET'
              | 'SLOT_NOT_IN_OFFERING'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      /**
       * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
       *
       *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
       */
      401: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
          };
        };
      };
      /**
       * @description `ACCOUNT_NOT_VERIFIED`: 请先验证您的手机号或邮箱：在“我的账号”中获取验证码并填写 / Verify your mobile number or e-mail first: get a code on the “My account” page and enter it
       *
       *     `SCHOOL_NOT_VERIFIED`: 只有已认证学校的教师才能申请团体参观 / Only teachers of a verified school may request group visits
       *
       *     `FORBIDDEN`: 无权执行此操作 / You may not do this
       */
      403: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'ACCOUNT_NOT_VERIFIED' | 'SCHOOL_NOT_VERIFIED' | 'FORBIDDEN';
          };
        };
      };
      /** @description `NOT_FOUND`: 未找到请求的资源 / The requested item was not found */
      404: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /**
       * @description `IDEMPOTENCY_IN_FLIGHT`: 使用该 Idempotency-Key 的请求仍在处理中，请稍后重试 / A request with this Idempotency-Key is still being processed; retry shortly
       *
       *     `OFFERING_TAKES_NO_GROUPS`: 该项目不接受团体预约 / This offering does not take school groups
       *
       *     `SLOT_CANCELLED`: 该场次已取消 / This slot has been cancelled
       *
       *     `NO_GROUP_QUOTA`: 所选场次没有足够的团体名额接待该团体 / A slot chosen has no group quota large enough for this group
       *
       *     `GROUP_TOO_LATE`: 团体参观须提前申请，所选日期已来不及 / Group visits must be requested further ahead than the date chosen
       *
       *     `GROUP_TOO_EARLY`: 所选日期尚未开放团体申请 / Group requests for the date chosen have not opened yet
       */
      409: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'IDEMPOTENCY_IN_FLIGHT'
              | 'OFFERING_TAKES_NO_GROUPS'
              | 'SLOT_CANCELLED'
              | 'NO_GROUP_QUOTA'
              | 'GROUP_TOO_LATE'
              | 'GROUP_TOO_EARLY';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `IDEMPOTENCY_KEY_REUSED`: 该 Idempotency-Key 已用于内容不同的请求 / This Idempotency-Key was already used for a different request */
      422: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  groupVisitsTemplate: {
    parameters: {
      query?: {
        format?: 'xlsx' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file to save (`kepu-name-list.xlsx` or `.csv`) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv; charset=utf-8': string;
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  groupVisitsGet: {
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
          'application/json': components['schemas']['GroupVisitView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  groupVisitsDecide: {
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
        'application/json': components['schemas']['GroupVisitDecisionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GroupVisitView'];
        };
      };
      /**
       * @description `REASON_REQUIRED`: 请填写原因 / Give a reason
       *
       *     `SLOT_REQUIRED`: 请指定场次（slotId） / Say which slot (slotId)
       *
       *     `SLOT_NOT_IN_OFFERING`: 所选场次不属于该项目 / A slot chosen is not one of this offering
       *
       *     `SLOT_NOT_PREFERRED`: 只能批准到申请的意向场次；其他场次请使用“建议改期” / Approve into one of the preferred slots; propose any other slot instead
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'REASON_REQUIRED'
              | 'SLOT_REQUIRED'
              | 'SLOT_NOT_IN_OFFERING'
              | 'SLOT_NOT_PREFERRED'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /**
       * @description `GROUP_VISIT_WRONG_STATE`: 该团体参观当前状态下不能进行此操作 / The group visit is not in a state that allows this
       *
       *     `SLOT_CANCELLED`: 该场次已取消 / This slot has been cancelled
       *
       *     `SLOT_PASSED`: 该场次已开始或已结束 / This slot has started or is over
       *
       *     `NO_GROUP_QUOTA`: 所选场次没有足够的团体名额接待该团体 / A slot chosen has no group quota large enough for this group
       *
       *     `GROUP_DAY_FULL`: 该场馆当天接待的团体已达上限 / The venue already takes as many groups as it can that day
       *
       *     `GROUP_QUOTA_FULL`: 该场次的团体名额已满 / This slot's group quota is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'GROUP_VISIT_WRONG_STATE'
              | 'SLOT_CANCELLED'
              | 'SLOT_PASSED'
              | 'NO_GROUP_QUOTA'
              | 'GROUP_DAY_FULL'
              | 'GROUP_QUOTA_FULL';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  groupVisitsRespond: {
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
        'application/json': components['schemas']['GroupVisitResponseDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GroupVisitView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `GROUP_VISIT_WRONG_STATE`: 该团体参观当前状态下不能进行此操作 / The group visit is not in a state that allows this */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'GROUP_VISIT_WRONG_STATE';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  groupVisitsCancel: {
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
        'application/json': components['schemas']['GroupVisitCancelDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GroupVisitView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /**
       * @description `GROUP_VISIT_WRONG_STATE`: 该团体参观当前状态下不能进行此操作 / The group visit is not in a state that allows this
       *
       *     `SLOT_PASSED`: 该场次已开始或已结束 / This slot has started or is over
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'GROUP_VISIT_WRONG_STATE' | 'SLOT_PASSED';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  groupVisitsColleagues: {
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
          'application/json': components['schemas']['Colleague'][];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  groupVisitsHandOver: {
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
        'application/json': components['schemas']['GroupVisitHandOverDto'];
      };
    };
    responses: {
      /**
       * @description The colleague is a verified, active teacher of the same school; the former leader and
       *     the venue are told.
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GroupVisitView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /**
       * @description `GROUP_VISIT_WRONG_STATE`: 该团体参观当前状态下不能进行此操作 / The group visit is not in a state that allows this
       *
       *     `SLOT_PASSED`: 该场次已开始或已结束 / This slot has started or is over
       *
       *     `ALREADY_LEADS`: 该教师已是这个团体参观的带队教师 / That teacher already leads this group visit
       *
       *     `LEADER_NOT_ELIGIBLE`: 团体参观只能移交给本校已验证、未停用的教师账号 / A group visit can be handed over only to a teacher of the same school whose account is verified and active
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'GROUP_VISIT_WRONG_STATE' | 'SLOT_PASSED' | 'ALREADY_LEADS';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'LEADER_NOT_ELIGIBLE';
                details: components['schemas']['LeaderRefusal'];
              });
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  groupVisitsNameList: {
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
          'application/json': components['schemas']['NameListView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  groupVisitsUploadNameList: {
    parameters: {
      query?: {
        /** @description check the file and report, change nothing */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file?: string;
        };
      };
    };
    responses: {
      /** @description The list was saved, or (dryRun) would be */
      200: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NameListReport'];
        };
      };
      /**
       * @description `FILE_REQUIRED`: 请选择一个文件上传 / Choose one file to upload
       *
       *     `UPLOAD_MALFORMED`: 上传不完整或格式不对，请重新选择文件上传 / The upload was incomplete or malformed; choose the file and upload it again
       *
       *     `SHEET_UNREADABLE`: 无法读取该文件，请上传 Excel（.xlsx）或 CSV 表格 / The file cannot be read; upload an Excel (.xlsx) or CSV sheet
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'FILE_REQUIRED'
              | 'UPLOAD_MALFORMED'
              | 'SHEET_UNREADABLE'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      /**
       * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
       *
       *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
       */
      401: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
          };
        };
      };
      /** @description `FORBIDDEN`: 无权执行此操作 / You may not do this */
      403: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description `NOT_FOUND`: 未找到请求的资源 / The requested item was not found */
      404: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /**
       * @description `GROUP_VISIT_WRONG_STATE`: 该团体参观当前状态下不能进行此操作 / The group visit is not in a state that allows this
       *
       *     `NAME_LIST_CLOSED`: 名单只能在参观日前一天结束前提交或修改 / The name list can be changed only until the end of the day before the visit
       *
       *     `GROUP_QUOTA_FULL`: 该场次的团体名额已满 / This slot's group quota is taken
       */
      409: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'GROUP_VISIT_WRONG_STATE' | 'NAME_LIST_CLOSED' | 'GROUP_QUOTA_FULL';
          };
        };
      };
      /**
       * @description `UPLOAD_TOO_LARGE`: 文件超过此处的大小上限，请缩小后重试 / The file is larger than this upload allows; make it smaller and try again
       *
       *     `SHEET_TOO_LARGE`: 表格的行数、列数或内容超过上限，请拆分后分批上传 / The sheet has more rows, columns or text than allowed; split it and upload the parts
       *
       *     `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB)
       */
      413: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UPLOAD_TOO_LARGE' | 'SHEET_TOO_LARGE' | 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /**
       * @description `NAME_LIST_INVALID`: 名单有错误，未保存；请按逐行报告修改后重新上传 / The name list has errors and was not saved; fix the rows in the report and upload it again
       *
       *     `SHEET_UNSAFE`: 该表格文件结构异常（可能是压缩炸弹或含外部实体），已拒绝；请在 Excel 中另存为新文件再上传 / The sheet file is built unusually (a zip bomb or external entities) and was refused; save it as a new file in Excel and upload that
       */
      422: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'SHEET_UNSAFE';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'NAME_LIST_INVALID';
                details: components['schemas']['NameListReport'];
              });
        };
      };
      /**
       * @description `UPLOAD_BUSY`: 系统正在处理很多文件，请稍后再上传 / Many files are being processed right now; upload again in a moment
       *
       *     `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later
       */
      429: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'UPLOAD_BUSY';
                details: components['schemas']['RetryLater'];
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'TOO_MANY_REQUESTS';
                details: components['schemas']['RetryLater'];
              });
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  groupVisitsFeedback: {
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
        'application/json': components['schemas']['GroupFeedbackDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GroupVisitView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /**
       * @description `FEEDBACK_NOT_YET`: 参观结束后才能评价 / Feedback opens after the visit
       *
       *     `FEEDBACK_ALREADY_GIVEN`: 该团体参观已评价 / Feedback for this visit has already been given
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FEEDBACK_NOT_YET' | 'FEEDBACK_ALREADY_GIVEN';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  groupAgreementsList: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        resourceId?: string;
        schoolId?: string;
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
          'application/json': components['schemas']['AgreementPage'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  groupAgreementsOffer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AgreementDto'];
      };
    };
    responses: {
      /** @description Offered */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgreementView'];
        };
      };
      /**
       * @description `AGREEMENT_TOO_LONG`: 合作协议期限须在一年以内，且结束日期晚于开始日期 / An agreement runs for at most a year and ends after it starts
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'AGREEMENT_TOO_LONG'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      /**
       * @description `SCHOOL_NOT_VERIFIED`: 只有已认证学校的教师才能申请团体参观 / Only teachers of a verified school may request group visits
       *
       *     `FORBIDDEN`: 无权执行此操作 / You may not do this
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SCHOOL_NOT_VERIFIED' | 'FORBIDDEN';
          };
        };
      };
      /** @description `NOT_FOUND`: 未找到请求的资源 / The requested item was not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description `AGREEMENT_OVERLAPS`: 该场馆与该学校在此期间已有合作协议 / The venue and the school already have an agreement in that period */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'AGREEMENT_OVERLAPS';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  groupAgreementsGet: {
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
          'application/json': components['schemas']['AgreementView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  groupAgreementsSign: {
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
          'application/json': components['schemas']['AgreementView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `AGREEMENT_WRONG_STATE`: 该合作协议当前状态下不能进行此操作 / The agreement is not in a state that allows this */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'AGREEMENT_WRONG_STATE';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  groupAgreementsEnd: {
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
          'application/json': components['schemas']['AgreementView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `AGREEMENT_WRONG_STATE`: 该合作协议当前状态下不能进行此操作 / The agreement is not in a state that allows this */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'AGREEMENT_WRONG_STATE';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  groupAgreementsFeedback: {
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
          'application/json': components['schemas']['GroupFeedbackSummaryView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  menuList: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description minLng,minLat,maxLng,maxLat (WGS-84) */
        bbox?: string;
        /** @description A district code: items whose provider comes there */
        district?: string;
        format?: 'lecture' | 'workshop' | 'mobile_exhibition' | 'science_show' | 'lab_demo' | 'field_guide';
        theme?:
          | 'astronomy'
          | 'life_science'
          | 'information_technology'
          | 'meteorology'
          | 'disaster_prevention'
          | 'ecology'
          | 'ocean'
          | 'aerospace'
          | 'health'
          | 'safety'
          | 'physics'
          | 'chemistry'
          | 'earth_science'
          | 'energy'
          | 'engineering'
          | 'agriculture'
          | 'paleontology'
          | 'botany'
          | 'zoology'
          | 'history_of_science';
        audience?: 'preschool' | 'primary' | 'secondary' | 'adults' | 'seniors' | 'families' | 'school_groups';
        /** @description 1: free items only; 0: paid ones only */
        free?: boolean;
        /** @description Part of the title or summary */
        q?: string;
        providerId?: string;
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
          'application/json': components['schemas']['MenuItemPage'];
        };
      };
      /**
       * @description `INVALID_BBOX`: bbox 格式应为 最小经度,最小纬度,最大经度,最大纬度，且最小值小于最大值 / bbox must be minLng,minLat,maxLng,maxLat with each minimum below its maximum
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'INVALID_BBOX'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  menuCreate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MenuItemCreateDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MenuItemPrivateView'];
        };
      };
      /**
       * @description `ORGANISATION_REQUIRED`: 您属于多个机构，请用 organisationId 参数指明机构 / You belong to several organisations: name one with the organisationId parameter
       *
       *     `NOT_A_DISTRICT`: 请选择活动地点所在的区 / Choose the district the activity takes place in
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'ORGANISATION_REQUIRED'
              | 'NOT_A_DISTRICT'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      /** @description `PROVIDER_NOT_VERIFIED`: 该机构尚未通过认证，不能提供科普活动 / This organisation is not verified yet, so it cannot provide activities */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PROVIDER_NOT_VERIFIED';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  menuMine: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Only for operators of several organisations: whose items */
        providerId?: string;
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
          'application/json': components['schemas']['MenuItemPrivatePage'];
        };
      };
      /**
       * @description `ORGANISATION_REQUIRED`: 您属于多个机构，请用 organisationId 参数指明机构 / You belong to several organisations: name one with the organisationId parameter
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'ORGANISATION_REQUIRED'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      /** @description `NOT_FOUND`: 未找到请求的资源 / The requested item was not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  menuReviewQueue: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
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
          'application/json': components['schemas']['MenuItemPrivatePage'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  menuGet: {
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
      /** @description MenuItemPrivateView for its operators and reviewers, MenuItemView for everyone else */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MenuItemView'] | components['schemas']['MenuItemPrivateView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  menuUpdate: {
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
        'application/json': components['schemas']['MenuItemContentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MenuItemPrivateView'];
        };
      };
      /**
       * @description `NOT_A_DISTRICT`: 请选择活动地点所在的区 / Choose the district the activity takes place in
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'NOT_A_DISTRICT'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `MENU_ITEM_NOT_EDITABLE`: 该活动已被驳回或撤下，不能再修改；请新建一项 / This activity was rejected or withdrawn and can no longer be changed; create a new one */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'MENU_ITEM_NOT_EDITABLE';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  menuSubmit: {
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
          'application/json': components['schemas']['MenuItemPrivateView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /**
       * @description `MENU_ITEM_NOTHING_TO_SUBMIT`: 该活动已在审核中或已上架，没有待提交的内容（修改已上架的活动会自动提交审核） / This activity is under review or on the menu already, so there is nothing to submit (an edit of an activity on the menu is sent for review by itself)
       *
       *     `MENU_ITEM_NOT_EDITABLE`: 该活动已被驳回或撤下，不能再修改；请新建一项 / This activity was rejected or withdrawn and can no longer be changed; create a new one
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'MENU_ITEM_NOTHING_TO_SUBMIT' | 'MENU_ITEM_NOT_EDITABLE';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  menuReview: {
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
        'application/json': components['schemas']['MenuReviewDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MenuItemPrivateView'];
        };
      };
      /**
       * @description `REASON_REQUIRED`: 请填写原因 / Give a reason
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'REASON_REQUIRED'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `MENU_ITEM_NOT_SUBMITTED`: 该活动没有待审核的内容 / This activity has nothing waiting for review */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'MENU_ITEM_NOT_SUBMITTED';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  menuWithdraw: {
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
          'application/json': components['schemas']['MenuItemPrivateView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `MENU_ITEM_NOT_EDITABLE`: 该活动已被驳回或撤下，不能再修改；请新建一项 / This activity was rejected or withdrawn and can no longer be changed; create a new one */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'MENU_ITEM_NOT_EDITABLE';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  ordersList: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description mine: your school's or community's orders; provider: those your organisation holds; district: those in the regions you administer; open: open orders your organisation may claim. By default the first of these your roles allow. */
        view?: 'mine' | 'provider' | 'district' | 'open';
        /** @description comma-separated */
        status?: ('submitted' | 'open' | 'taken' | 'scheduled' | 'confirmed' | 'completed' | 'cancelled')[];
        /** @description Only the orders this provider holds. */
        providerId?: string;
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
          'application/json': components['schemas']['OrderPage'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  ordersCreate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OrderCreateDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderView'];
        };
      };
      /**
       * @description `UNKNOWN_REGION`: 没有这个行政区代码 / There is no region with this code
       *
       *     `NOT_A_DISTRICT`: 请选择活动地点所在的区 / Choose the district the activity takes place in
       *
       *     `DISTRICT_NOT_SERVED`: 该活动的提供方不到这个区开展活动 / The provider of this activity does not come to this district
       *
       *     `HEADCOUNT_OUT_OF_RANGE`: 预计人数不在该活动的人数范围内 / The expected number of people is outside what this activity takes
       *
       *     `INSIDE_LEAD_TIME`: 日期太近：提供方需要提前准备，请选择更晚的日期 / Too soon: the provider needs more notice, so choose later dates
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?:
                  | 'UNKNOWN_REGION'
                  | 'NOT_A_DISTRICT'
                  | 'DISTRICT_NOT_SERVED'
                  | 'VALIDATION_FAILED'
                  | 'MALFORMED_JSON'
                  | 'BODY_TOO_DEEP'
                  | 'MALFORMED_TEXT'
                  | 'BAD_REQUEST';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'HEADCOUNT_OUT_OF_RANGE';
                details: components['schemas']['HeadcountRange'];
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'INSIDE_LEAD_TIME';
                details: components['schemas']['EarliestDay'];
              });
        };
      };
      /**
       * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
       *
       *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
       */
      401: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
          };
        };
      };
      /** @description `FORBIDDEN`: 无权执行此操作 / You may not do this */
      403: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /**
       * @description `ORDERER_NOT_VERIFIED`: 贵单位尚未通过认证，暂不能点单 / Your school or community is not verified yet, so it cannot order activities
       *
       *     `MENU_ITEM_NOT_AVAILABLE`: 该活动目前不在菜单上，不能点单 / This activity is not on the menu at the moment, so it cannot be ordered
       */
      409: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'ORDERER_NOT_VERIFIED' | 'MENU_ITEM_NOT_AVAILABLE';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ordersGet: {
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
          'application/json': components['schemas']['OrderView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  ordersAssign: {
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
        'application/json': components['schemas']['OrderAssignDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /**
       * @description `ORDER_WRONG_STATE`: 该订单当前的状态不允许这样操作 / The order is not in a state that allows this
       *
       *     `PROVIDER_NOT_VERIFIED`: 该机构尚未通过认证，不能提供科普活动 / This organisation is not verified yet, so it cannot provide activities
       *
       *     `DECLINED_BEFORE`: 贵机构已谢绝过该订单，不能再接单 / Your organisation declined this order before and cannot take it now
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'PROVIDER_NOT_VERIFIED' | 'DECLINED_BEFORE';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'ORDER_WRONG_STATE';
                details: components['schemas']['OrderState'];
              });
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  ordersOpen: {
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
          'application/json': components['schemas']['OrderView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `ORDER_WRONG_STATE`: 该订单当前的状态不允许这样操作 / The order is not in a state that allows this */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'ORDER_WRONG_STATE';
            details: components['schemas']['OrderState'];
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  ordersClaim: {
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
        'application/json': components['schemas']['OrderClaimDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /**
       * @description `ORDER_ALREADY_TAKEN`: 该订单已被其他提供方接单 / Another provider has already taken this order
       *
       *     `ORDER_WRONG_STATE`: 该订单当前的状态不允许这样操作 / The order is not in a state that allows this
       *
       *     `PROVIDER_DOES_NOT_SERVE`: 贵机构的活动菜单不覆盖该区，不能接这个订单 / Your organisation has no activity on the menu for this district, so it cannot take this order
       *
       *     `DECLINED_BEFORE`: 贵机构已谢绝过该订单，不能再接单 / Your organisation declined this order before and cannot take it now
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'ORDER_ALREADY_TAKEN' | 'PROVIDER_DOES_NOT_SERVE' | 'DECLINED_BEFORE';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'ORDER_WRONG_STATE';
                details: components['schemas']['OrderState'];
              });
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  ordersDecline: {
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
        'application/json': components['schemas']['OrderReasonDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `ORDER_WRONG_STATE`: 该订单当前的状态不允许这样操作 / The order is not in a state that allows this */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'ORDER_WRONG_STATE';
            details: components['schemas']['OrderState'];
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  ordersCancel: {
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
        'application/json': components['schemas']['OrderReasonDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `ORDER_WRONG_STATE`: 该订单当前的状态不允许这样操作 / The order is not in a state that allows this */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'ORDER_WRONG_STATE';
            details: components['schemas']['OrderState'];
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  expertsList: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        field?:
          | 'astronomy'
          | 'life_science'
          | 'information_technology'
          | 'meteorology'
          | 'disaster_prevention'
          | 'ecology'
          | 'ocean'
          | 'aerospace'
          | 'health'
          | 'safety'
          | 'physics'
          | 'chemistry'
          | 'earth_science'
          | 'energy'
          | 'engineering'
          | 'agriculture'
          | 'paleontology'
          | 'botany'
          | 'zoology'
          | 'history_of_science';
        /** @description A district code: experts willing to go there */
        district?: string;
        language?: 'zh' | 'yue' | 'hak' | 'nan' | 'csl' | 'en' | 'ja' | 'ko' | 'fr' | 'de' | 'es' | 'ru';
        /** @description Part of the name, title, organisation or profile */
        q?: string;
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
          'application/json': components['schemas']['ExpertPublicPage'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  expertsApply: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExpertApplicationDto'];
      };
    };
    responses: {
      /**
       * @description The administrators of the home district (`regionCode`) review it. With `publicProfile`
       *     the expert consents to the public directory showing them once approved.
       */
      201: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExpertView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      /**
       * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
       *
       *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
       */
      401: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
          };
        };
      };
      /** @description `FORBIDDEN`: 无权执行此操作 / You may not do this */
      403: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description `EXPERT_ALREADY_APPLIED`: 您已申请加入专家库 / You have already applied to the expert pool */
      409: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'EXPERT_ALREADY_APPLIED';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  expertsMine: {
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
          'application/json': components['schemas']['ExpertView'];
        };
      };
      400: components['responses']['MALFORMED_JSON'];
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      /** @description `NOT_FOUND`: 未找到请求的资源 / The requested item was not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  expertsEdit: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExpertApplicationDto'];
      };
    };
    responses: {
      /**
       * @description A changed profile of an approved expert goes back to review and leaves the directory
       *     until approved again; a rejected or withdrawn application is sent again. Consent alone
       *     (`publicProfile`) takes effect at once, given or withdrawn.
       */
      200: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExpertView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      /**
       * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
       *
       *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
       */
      401: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
          };
        };
      };
      /** @description `FORBIDDEN`: 无权执行此操作 / You may not do this */
      403: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description `NOT_FOUND`: 未找到请求的资源 / The requested item was not found */
      404: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  expertsWithdraw: {
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
          'application/json': components['schemas']['ExpertView'];
        };
      };
      400: components['responses']['MALFORMED_JSON'];
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      /** @description `NOT_FOUND`: 未找到请求的资源 / The requested item was not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  expertsQueue: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
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
          'application/json': components['schemas']['ExpertPage'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  expertsGet: {
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
      /** @description The application (ExpertView) for the expert and their reviewers, else the public profile */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExpertView'] | components['schemas']['ExpertPublicView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  expertsReview: {
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
        'application/json': components['schemas']['ExpertReviewDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExpertView'];
        };
      };
      /**
       * @description `REASON_REQUIRED`: 请填写原因 / Give a reason
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'REASON_REQUIRED'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `EXPERT_NOT_SUBMITTED`: 该专家申请没有待审核的内容 / This expert application has nothing waiting for review */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'EXPERT_NOT_SUBMITTED';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  outreachSearchFind: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Chinese, pinyin (full or initials) or English; typos tolerated */
        q?: string;
        /** @description Only menu items, or only experts */
        kind?: 'menu_item' | 'expert';
        /** @description A region code: entries serving that region or a district below it */
        district?: string;
        /** @description A menu item's theme or an expert's field */
        theme?:
          | 'astronomy'
          | 'life_science'
          | 'information_technology'
          | 'meteorology'
          | 'disaster_prevention'
          | 'ecology'
          | 'ocean'
          | 'aerospace'
          | 'health'
          | 'safety'
          | 'physics'
          | 'chemistry'
          | 'earth_science'
          | 'energy'
          | 'engineering'
          | 'agriculture'
          | 'paleontology'
          | 'botany'
          | 'zoology'
          | 'history_of_science';
        /** @description Menu items of this format (experts have none) */
        format?: 'lecture' | 'workshop' | 'mobile_exhibition' | 'science_show' | 'lab_demo' | 'field_guide';
        /** @description relevance (by name without `q`), name (pinyin order) or rating (best-rated items first) */
        sort?: 'relevance' | 'name' | 'rating';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutreachSearchResult'];
        };
      };
      /**
       * @description `UNKNOWN_REGION`: 没有这个行政区代码 / There is no region with this code
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'UNKNOWN_REGION'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  activitiesSchedule: {
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
        'application/json': components['schemas']['ScheduleActivityDto'];
      };
    };
    responses: {
      /**
       * @description The day is within the order's window, the start in the future, the end after it and at
       *     most a day later; the lead is an active operator or volunteer of the provider. Each call draws
       *     a fresh sign-in code; the orderer is asked to confirm.
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityView'];
        };
      };
      /**
       * @description `OUTSIDE_ORDER_WINDOW`: 活动时间须在点单时选择的日期范围内 / The activity must take place within the dates the order allows
       *
       *     `LEAD_NOT_A_MEMBER`: 带队人须是贵机构的工作人员或志愿者 / The lead must be one of your organisation's staff or volunteers
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?:
                  | 'LEAD_NOT_A_MEMBER'
                  | 'VALIDATION_FAILED'
                  | 'MALFORMED_JSON'
                  | 'BODY_TOO_DEEP'
                  | 'MALFORMED_TEXT'
                  | 'BAD_REQUEST';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'OUTSIDE_ORDER_WINDOW';
                details: components['schemas']['OrderWindow'];
              });
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `ORDER_WRONG_STATE`: 该订单当前的状态不允许这样操作 / The order is not in a state that allows this */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'ORDER_WRONG_STATE';
            details: components['schemas']['OrderState'];
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  activitiesConfirm: {
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
          'application/json': components['schemas']['ActivityView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `ORDER_WRONG_STATE`: 该订单当前的状态不允许这样操作 / The order is not in a state that allows this */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'ORDER_WRONG_STATE';
            details: components['schemas']['OrderState'];
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  activitiesComplete: {
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
        'application/json': components['schemas']['CompleteActivityDto'];
      };
    };
    responses: {
      /** @description Volunteers still signed in are signed out at the scheduled end and credited by the 60 % rule. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /**
       * @description `ORDER_WRONG_STATE`: 该订单当前的状态不允许这样操作 / The order is not in a state that allows this
       *
       *     `ACTIVITY_NOT_OVER`: 活动结束后才能填写服务人数并完成 / Record the people reached once the activity is over
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'ORDER_WRONG_STATE';
                details: components['schemas']['OrderState'];
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'ACTIVITY_NOT_OVER';
                details: components['schemas']['ActivityEnd'];
              });
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  activitiesRate: {
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
        'application/json': components['schemas']['RateActivityDto'];
      };
    };
    responses: {
      /** @description A 1 or a 2 is flagged to the district's administrators. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /**
       * @description `ORDER_WRONG_STATE`: 该订单当前的状态不允许这样操作 / The order is not in a state that allows this
       *
       *     `ALREADY_RATED`: 该活动已评价过 / This activity has already been rated
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'ALREADY_RATED';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'ORDER_WRONG_STATE';
                details: components['schemas']['OrderState'];
              });
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  activitiesList: {
    parameters: {
      query: {
        page?: number;
        pageSize?: number;
        view: 'volunteer';
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
          'application/json': components['schemas']['ActivityPage'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  activitiesGet: {
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
          'application/json': components['schemas']['ActivityView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  activitiesJoin: {
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
          'application/json': components['schemas']['ActivityView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /**
       * @description `ORDER_WRONG_STATE`: 该订单当前的状态不允许这样操作 / The order is not in a state that allows this
       *
       *     `ACTIVITY_STARTED`: 活动已经开始，不能再报名或退出；到场后请用签到码签到 / The activity has started: joining and leaving are closed, so sign in with the code when you are there
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'ACTIVITY_STARTED';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'ORDER_WRONG_STATE';
                details: components['schemas']['OrderState'];
              });
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  activitiesLeave: {
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
          'application/json': components['schemas']['ActivityView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /**
       * @description `ORDER_WRONG_STATE`: 该订单当前的状态不允许这样操作 / The order is not in a state that allows this
       *
       *     `ACTIVITY_STARTED`: 活动已经开始，不能再报名或退出；到场后请用签到码签到 / The activity has started: joining and leaving are closed, so sign in with the code when you are there
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'ACTIVITY_STARTED';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'ORDER_WRONG_STATE';
                details: components['schemas']['OrderState'];
              });
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  activitiesSignIn: {
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
        'application/json': components['schemas']['SignCodeDto'];
      };
    };
    responses: {
      /** @description Open from 60 minutes before the start to 120 minutes after the end; signing in again keeps the first time. */
      200: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttendanceView'];
        };
      };
      /**
       * @description `SIGN_CODE_WRONG`: 签到码不对，请核对带队人出示的 6 位数字 / Wrong code: check the 6 digits the lead shows you
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'SIGN_CODE_WRONG'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      /**
       * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
       *
       *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
       */
      401: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
          };
        };
      };
      /** @description `FORBIDDEN`: 无权执行此操作 / You may not do this */
      403: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description `NOT_FOUND`: 未找到请求的资源 / The requested item was not found */
      404: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /**
       * @description `ORDER_WRONG_STATE`: 该订单当前的状态不允许这样操作 / The order is not in a state that allows this
       *
       *     `SIGN_IN_NOT_OPEN`: 现在不在签到时间内（活动开始前 60 分钟至结束后 120 分钟） / Signing in is open from 60 minutes before the activity to 120 minutes after it
       *
       *     `ALREADY_SIGNED_OUT`: 您已签退 / You have already signed out
       */
      409: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'ALREADY_SIGNED_OUT';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'ORDER_WRONG_STATE';
                details: components['schemas']['OrderState'];
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'SIGN_IN_NOT_OPEN';
                details: components['schemas']['SignInHours'];
              });
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  activitiesSignOut: {
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
        'application/json': components['schemas']['SignCodeDto'];
      };
    };
    responses: {
      /** @description Otherwise nothing is credited (`creditedMinutes` 0) and `note` says why. */
      200: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttendanceView'];
        };
      };
      /**
       * @description `SIGN_CODE_WRONG`: 签到码不对，请核对带队人出示的 6 位数字 / Wrong code: check the 6 digits the lead shows you
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'SIGN_CODE_WRONG'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      /**
       * @description `UNAUTHORIZED`: 请先登录 / Please sign in first
       *
       *     `TOKEN_INVALID`: 登录已失效，请重新登录 / Your sign-in has expired, please sign in again
       */
      401: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHORIZED' | 'TOKEN_INVALID';
          };
        };
      };
      /** @description `FORBIDDEN`: 无权执行此操作 / You may not do this */
      403: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description `NOT_FOUND`: 未找到请求的资源 / The requested item was not found */
      404: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /**
       * @description `ORDER_WRONG_STATE`: 该订单当前的状态不允许这样操作 / The order is not in a state that allows this
       *
       *     `SIGN_IN_NOT_OPEN`: 现在不在签到时间内（活动开始前 60 分钟至结束后 120 分钟） / Signing in is open from 60 minutes before the activity to 120 minutes after it
       *
       *     `ALREADY_SIGNED_OUT`: 您已签退 / You have already signed out
       *
       *     `NOT_SIGNED_IN`: 请先签到 / Sign in first
       */
      409: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'ALREADY_SIGNED_OUT' | 'NOT_SIGNED_IN';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'ORDER_WRONG_STATE';
                details: components['schemas']['OrderState'];
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'SIGN_IN_NOT_OPEN';
                details: components['schemas']['SignInHours'];
              });
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per account */
          'X-RateLimit-Limit-account'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-account'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-account'?: number;
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  volunteersMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Any signed-in account may ask; one that never volunteered gets an empty record. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VolunteerRecordView'];
        };
      };
      400: components['responses']['MALFORMED_JSON'];
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  volunteersPutProfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VolunteerProfileDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VolunteerProfileView'];
        };
      };
      /**
       * @description `NOT_A_DISTRICT`: 请选择活动地点所在的区 / Choose the district the activity takes place in
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'NOT_A_DISTRICT'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      /**
       * @description `ACCOUNT_NOT_VERIFIED`: 请先验证您的手机号或邮箱：在“我的账号”中获取验证码并填写 / Verify your mobile number or e-mail first: get a code on the “My account” page and enter it
       *
       *     `FORBIDDEN`: 无权执行此操作 / You may not do this
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'ACCOUNT_NOT_VERIFIED' | 'FORBIDDEN';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  volunteersAddHours: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        accountId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ManualHoursDto'];
      };
    };
    responses: {
      /** @description Added */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ManualHoursView'];
        };
      };
      /**
       * @description `NOT_A_TEAM_VOLUNTEER`: 该账号不是这个志愿服务队的志愿者 / This account is not a volunteer of that team
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'NOT_A_TEAM_VOLUNTEER'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  campaignsList: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description campaigns running in this year */
        year?: number;
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
          'application/json': components['schemas']['CampaignPage'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  campaignsCreate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CampaignDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignView'];
        };
      };
      /**
       * @description `UNKNOWN_REGION`: 没有这个行政区代码 / There is no region with this code
       *
       *     `DATES_INVERTED`: 结束日期不能早于开始日期 / The last day cannot come before the first
       *
       *     `CAMPAIGN_TOO_LONG`: 一次活动最长 62 天 / A campaign lasts at most 62 days
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'UNKNOWN_REGION'
              | 'DATES_INVERTED'
              | 'CAMPAIGN_TOO_LONG'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  campaignsManaged: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description campaigns running in this year */
        year?: number;
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
          'application/json': components['schemas']['CampaignPage'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  campaignsGet: {
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
          'application/json': components['schemas']['CampaignView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  campaignsUpdate: {
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
        'application/json': components['schemas']['CampaignDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignView'];
        };
      };
      /**
       * @description `UNKNOWN_REGION`: 没有这个行政区代码 / There is no region with this code
       *
       *     `DATES_INVERTED`: 结束日期不能早于开始日期 / The last day cannot come before the first
       *
       *     `CAMPAIGN_TOO_LONG`: 一次活动最长 62 天 / A campaign lasts at most 62 days
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'UNKNOWN_REGION'
              | 'DATES_INVERTED'
              | 'CAMPAIGN_TOO_LONG'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `CAMPAIGN_NOT_EDITABLE`: 该活动已取消，不能再修改 / This campaign was cancelled and can no longer be changed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'CAMPAIGN_NOT_EDITABLE';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  campaignsPublish: {
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
          'application/json': components['schemas']['CampaignView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `CAMPAIGN_NOT_DRAFT`: 该活动已发布或已取消，不能再发布 / This campaign is published or cancelled already, so it cannot be published */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'CAMPAIGN_NOT_DRAFT';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  campaignsCancel: {
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
          'application/json': components['schemas']['CampaignView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /** @description `CAMPAIGN_NOT_EDITABLE`: 该活动已取消，不能再修改 / This campaign was cancelled and can no longer be changed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'CAMPAIGN_NOT_EDITABLE';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  campaignsEvents: {
    parameters: {
      query?: {
        /** @description events running on this day */
        day?: string;
        /** @description a region: venues in it or below it */
        district?: string;
        theme?:
          | 'astronomy'
          | 'life_science'
          | 'information_technology'
          | 'meteorology'
          | 'disaster_prevention'
          | 'ecology'
          | 'ocean'
          | 'aerospace'
          | 'health'
          | 'safety'
          | 'physics'
          | 'chemistry'
          | 'earth_science'
          | 'energy'
          | 'engineering'
          | 'agriculture'
          | 'paleontology'
          | 'botany'
          | 'zoology'
          | 'history_of_science';
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
          'application/json': components['schemas']['EventView'][];
        };
      };
      /**
       * @description `UNKNOWN_REGION`: 没有这个行政区代码 / There is no region with this code
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'UNKNOWN_REGION'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  campaignsAttach: {
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
        'application/json': components['schemas']['AttachEventDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventView'];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      /**
       * @description `CAMPAIGN_NOT_PUBLISHED`: 只能向已发布的活动添加场次 / Events can only be added to a published campaign
       *
       *     `OFFERING_NOT_ON_SALE`: 该预约项目已下架，或所在场馆未公开 / This offering is archived or its venue is not published
       *
       *     `EVENT_ALREADY_ATTACHED`: 该活动已在本次活动中 / This event takes part in the campaign already
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'CAMPAIGN_NOT_PUBLISHED' | 'OFFERING_NOT_ON_SALE' | 'EVENT_ALREADY_ATTACHED';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      /**
       * @description `NOT_AN_EVENT`: 只有“活动”或“实验室开放日”类的预约项目可以加入活动 / Only offerings of kind event or lab open day can take part in a campaign
       *
       *     `EVENT_OUTSIDE_DATES`: 该活动的日期不在本次活动期间内（须设定具体日期或起止日期） / The event does not take place within the campaign dates (it needs set dates or a date range)
       *
       *     `VENUE_OUTSIDE_REGIONS`: 该场馆不在本次活动覆盖的地区内 / The venue is not in a region this campaign covers
       *
       *     `THEME_NOT_IN_CAMPAIGN`: 所选主题不属于本次活动 / The chosen themes are not themes of this campaign
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_AN_EVENT' | 'EVENT_OUTSIDE_DATES' | 'VENUE_OUTSIDE_REGIONS' | 'THEME_NOT_IN_CAMPAIGN';
          };
        };
      };
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  campaignsDetach: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        offeringId: string;
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
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  campaignsFigures: {
    parameters: {
      query?: {
        /** @description download the figures as a file */
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON; with `format=csv` a CSV file (UTF-8 with a BOM), with `format=xlsx` a workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignStats'];
          'text/csv; charset=utf-8': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  eventSearchFind: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Chinese, pinyin (full or initials) or English; typos tolerated */
        q?: string;
        /** @description events taking part in this published campaign */
        campaign?: string;
        /** @description a region: venues in it or below it */
        district?: string;
        /** @description the venue's theme or one its campaigns name for the event */
        theme?:
          | 'astronomy'
          | 'life_science'
          | 'information_technology'
          | 'meteorology'
          | 'disaster_prevention'
          | 'ecology'
          | 'ocean'
          | 'aerospace'
          | 'health'
          | 'safety'
          | 'physics'
          | 'chemistry'
          | 'earth_science'
          | 'energy'
          | 'engineering'
          | 'agriculture'
          | 'paleontology'
          | 'botany'
          | 'zoology'
          | 'history_of_science';
        /** @description running on or after this day (Beijing date) */
        from?: string;
        /** @description running on or before this day (Beijing date) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventSearchResult'];
        };
      };
      /**
       * @description `UNKNOWN_REGION`: 没有这个行政区代码 / There is no region with this code
       *
       *     `DATES_INVERTED`: 结束日期不能早于开始日期 / The last day cannot come before the first
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'UNKNOWN_REGION'
              | 'DATES_INVERTED'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  statsOverview: {
    parameters: {
      query?: {
        /** @description default: the administrator’s own region (the first one); for the system administrator, the city with most published venues */
        region?: string;
        /** @description one venue (its operators, or administrators of its region) */
        resourceId?: string;
        /** @description default: the first day of this quarter */
        from?: string;
        /** @description default: the last day of this quarter */
        to?: string;
        /** @description download the tables as a file */
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON; with `format=csv` a CSV file (UTF-8 with a BOM, the first table), with `format=xlsx` a workbook of every table */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatsOverview'];
          'text/csv; charset=utf-8': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /**
       * @description `PERIOD_INVERTED`: 结束日期须不早于开始日期 / The period must not end before it starts
       *
       *     `PERIOD_TOO_LONG`: 统计区间最长十年 / A period can be at most ten years long
       *
       *     `UNKNOWN_REGION`: 没有这个行政区代码 / There is no region with this code
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'PERIOD_INVERTED'
              | 'PERIOD_TOO_LONG'
              | 'UNKNOWN_REGION'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      /** @description `NOT_FOUND`: 未找到请求的资源 / The requested item was not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  statsSeries: {
    parameters: {
      query?: {
        /** @description default: the administrator’s own region (the first one); for the system administrator, the city with most published venues */
        region?: string;
        /** @description one venue (its operators, or administrators of its region) */
        resourceId?: string;
        /** @description default: the first day of this quarter */
        from?: string;
        /** @description default: the last day of this quarter */
        to?: string;
        /** @description download the tables as a file */
        format?: 'csv' | 'xlsx';
        interval?: 'day' | 'week' | 'month';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON; with `format=csv` a CSV file (UTF-8 with a BOM, the first table), with `format=xlsx` a workbook of every table */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatsSeriesPoint'][];
          'text/csv; charset=utf-8': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /**
       * @description `PERIOD_INVERTED`: 结束日期须不早于开始日期 / The period must not end before it starts
       *
       *     `PERIOD_TOO_LONG`: 统计区间最长十年 / A period can be at most ten years long
       *
       *     `UNKNOWN_REGION`: 没有这个行政区代码 / There is no region with this code
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'PERIOD_INVERTED'
              | 'PERIOD_TOO_LONG'
              | 'UNKNOWN_REGION'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      /** @description `NOT_FOUND`: 未找到请求的资源 / The requested item was not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  statsVenues: {
    parameters: {
      query?: {
        /** @description default: the administrator’s own region (the first one); for the system administrator, the city with most published venues */
        region?: string;
        /** @description one venue (its operators, or administrators of its region) */
        resourceId?: string;
        /** @description default: the first day of this quarter */
        from?: string;
        /** @description default: the last day of this quarter */
        to?: string;
        /** @description download the tables as a file */
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON; with `format=csv` a CSV file (UTF-8 with a BOM, the first table), with `format=xlsx` a workbook of every table */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VenueStatsRow'][];
          'text/csv; charset=utf-8': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /**
       * @description `PERIOD_INVERTED`: 结束日期须不早于开始日期 / The period must not end before it starts
       *
       *     `PERIOD_TOO_LONG`: 统计区间最长十年 / A period can be at most ten years long
       *
       *     `UNKNOWN_REGION`: 没有这个行政区代码 / There is no region with this code
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'PERIOD_INVERTED'
              | 'PERIOD_TOO_LONG'
              | 'UNKNOWN_REGION'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      /** @description `NOT_FOUND`: 未找到请求的资源 / The requested item was not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  statsDistricts: {
    parameters: {
      query?: {
        /** @description default: the administrator’s own region (the first one); for the system administrator, the city with most published venues */
        region?: string;
        /** @description one venue (its operators, or administrators of its region) */
        resourceId?: string;
        /** @description default: the first day of this quarter */
        from?: string;
        /** @description default: the last day of this quarter */
        to?: string;
        /** @description download the tables as a file */
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON; with `format=csv` a CSV file (UTF-8 with a BOM, the first table), with `format=xlsx` a workbook of every table */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DistrictStatsRow'][];
          'text/csv; charset=utf-8': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /**
       * @description `PERIOD_INVERTED`: 结束日期须不早于开始日期 / The period must not end before it starts
       *
       *     `PERIOD_TOO_LONG`: 统计区间最长十年 / A period can be at most ten years long
       *
       *     `UNKNOWN_REGION`: 没有这个行政区代码 / There is no region with this code
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'PERIOD_INVERTED'
              | 'PERIOD_TOO_LONG'
              | 'UNKNOWN_REGION'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      /** @description `NOT_FOUND`: 未找到请求的资源 / The requested item was not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  statsOutreachFigures: {
    parameters: {
      query?: {
        /** @description default: the administrator’s own region (the first one); for the system administrator, the city with most published venues */
        region?: string;
        /** @description one venue (its operators, or administrators of its region) */
        resourceId?: string;
        /** @description default: the first day of this quarter */
        from?: string;
        /** @description default: the last day of this quarter */
        to?: string;
        /** @description download the tables as a file */
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON; with `format=csv` a CSV file (UTF-8 with a BOM, the first table), with `format=xlsx` a workbook of every table */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutreachFigures'];
          'text/csv; charset=utf-8': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /**
       * @description `PERIOD_INVERTED`: 结束日期须不早于开始日期 / The period must not end before it starts
       *
       *     `PERIOD_TOO_LONG`: 统计区间最长十年 / A period can be at most ten years long
       *
       *     `UNKNOWN_REGION`: 没有这个行政区代码 / There is no region with this code
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'PERIOD_INVERTED'
              | 'PERIOD_TOO_LONG'
              | 'UNKNOWN_REGION'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      /** @description `NOT_FOUND`: 未找到请求的资源 / The requested item was not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  statsPublicFigures: {
    parameters: {
      query?: {
        /** @description a city (from `GET /regions/cities`) or any region; default: the city with most published venues */
        region?: string;
        /** @description default: this year */
        year?: number;
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
          'application/json': components['schemas']['PublicFigures'];
        };
      };
      /**
       * @description `UNKNOWN_REGION`: 没有这个行政区代码 / There is no region with this code
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'UNKNOWN_REGION'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  serviceCriteriaCriteria: {
    parameters: {
      query?: {
        /** @description default: the administrator’s own region */
        region?: string;
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
          'application/json': components['schemas']['ServiceCriteriaView'];
        };
      };
      /**
       * @description `UNKNOWN_REGION`: 没有这个行政区代码 / There is no region with this code
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'UNKNOWN_REGION'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  serviceCriteriaSetCriteria: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        regionCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PutServiceCriteriaDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceCriteriaView'];
        };
      };
      /**
       * @description `UNKNOWN_REGION`: 没有这个行政区代码 / There is no region with this code
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'UNKNOWN_REGION'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      404: components['responses']['NOT_FOUND'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  serviceCriteriaAnnual: {
    parameters: {
      query?: {
        /** @description default: the administrator’s own region */
        region?: string;
        /** @description default: last year; this year gives the figures so far */
        year?: number;
        /** @description download the table as a file */
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON; with `format=csv` a CSV file (UTF-8 with a BOM, the first table), with `format=xlsx` a workbook of every table */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AnnualServiceReport'];
          'text/csv; charset=utf-8': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /**
       * @description `UNKNOWN_REGION`: 没有这个行政区代码 / There is no region with this code
       *
       *     `YEAR_NOT_BEGUN`: 这一年还没有开始 / That year has not begun yet
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'UNKNOWN_REGION'
              | 'YEAR_NOT_BEGUN'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      401: components['responses']['UNAUTHORIZED'];
      403: components['responses']['FORBIDDEN'];
      413: components['responses']['PAYLOAD_TOO_LARGE'];
      415: components['responses']['UNSUPPORTED_MEDIA_TYPE'];
      429: components['responses']['TOO_MANY_REQUESTS'];
      500: components['responses']['INTERNAL'];
      503: components['responses']['SERVICE_UNAVAILABLE'];
    };
  };
  searchFind: {
    parameters: {
      query?: {
        /** @description Chinese, pinyin (full or initials) or English; typos tolerated */
        q?: string;
        /** @description A region code: that region and everything below it */
        district?: string;
        type?:
          | 'science_museum'
          | 'museum'
          | 'planetarium'
          | 'education_base'
          | 'research_facility'
          | 'enterprise_hall'
          | 'nature_park'
          | 'public_facility'
          | 'community_venue';
        theme?:
          | 'astronomy'
          | 'life_science'
          | 'information_technology'
          | 'meteorology'
          | 'disaster_prevention'
          | 'ecology'
          | 'ocean'
          | 'aerospace'
          | 'health'
          | 'safety'
          | 'physics'
          | 'chemistry'
          | 'earth_science'
          | 'energy'
          | 'engineering'
          | 'agriculture'
          | 'paleontology'
          | 'botany'
          | 'zoology'
          | 'history_of_science';
        audience?: 'preschool' | 'primary' | 'secondary' | 'adults' | 'seniors' | 'families' | 'school_groups';
        accessibility?: 'wheelchair' | 'accessible_toilet' | 'lift' | 'guide_dogs' | 'sign_language' | 'large_print';
        accreditation?: 'national' | 'provincial' | 'municipal' | 'district';
        free?: boolean;
        /** @description Only resources with a bookable offering */
        bookable?: boolean;
        /** @description Only resources open (true) or closed (false) on today's date in Shanghai, from their hours and the holiday calendar */
        openToday?: boolean;
        /** @description Repeated or comma-separated; every one given must apply. Free admission meets them all. */
        concession?: ('senior_free' | 'disabled_free' | 'student_half')[];
        /** @description Search `q` word for word: without it a query that is only a district and/or a kind of venue ("南山 科技馆") becomes those filters (the answer's `understood`) */
        asTyped?: boolean;
        lat?: number;
        lng?: number;
        /** @description With lat and lng */
        radiusKm?: number;
        /** @description minLng,minLat,maxLng,maxLat (WGS-84) */
        bbox?: string;
        page?: number;
        pageSize?: number;
        sort?: 'relevance' | 'distance' | 'name';
        /** @description The visitor's city, a region code: filters nothing; when `q` finds nothing, the answer's `suggestions` are looked for there (unless `district` is given) */
        city?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description From Meilisearch, or from Postgres while it is unreachable (`degraded: true`, no highlights). */
      200: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SearchResult'] | components['schemas']['DegradedSearchResult'];
        };
      };
      /**
       * @description `INVALID_BBOX`: bbox 格式应为 最小经度,最小纬度,最大经度,最大纬度，且最小值小于最大值 / bbox must be minLng,minLat,maxLng,maxLat with each minimum below its maximum
       *
       *     `POINT_REQUIRED`: 按距离筛选或排序时须同时提供 lat 和 lng / Distance filters and sorting need both lat and lng
       *
       *     `UNKNOWN_REGION`: 没有这个行政区代码 / There is no region with this code
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'INVALID_BBOX'
              | 'POINT_REQUIRED'
              | 'UNKNOWN_REGION'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /**
       * @description `SEARCH_BUSY`: 搜索服务暂时繁忙，请稍后再试 / Search is very busy right now; please try again in a moment
       *
       *     `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'SERVICE_UNAVAILABLE';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'SEARCH_BUSY';
                details: components['schemas']['RetryLater'];
              });
        };
      };
    };
  };
  searchSuggest: {
    parameters: {
      query: {
        q: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Best first */
      200: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SearchSuggestion'][];
        };
      };
      /**
       * @description `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED' | 'MALFORMED_JSON' | 'BODY_TOO_DEEP' | 'MALFORMED_TEXT' | 'BAD_REQUEST';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /**
       * @description `SEARCH_BUSY`: 搜索服务暂时繁忙，请稍后再试 / Search is very busy right now; please try again in a moment
       *
       *     `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'SERVICE_UNAVAILABLE';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'SEARCH_BUSY';
                details: components['schemas']['RetryLater'];
              });
        };
      };
    };
  };
  mapFeatures: {
    parameters: {
      query?: {
        /** @description Chinese, pinyin (full or initials) or English; typos tolerated */
        q?: string;
        /** @description A region code: that region and everything below it */
        district?: string;
        type?:
          | 'science_museum'
          | 'museum'
          | 'planetarium'
          | 'education_base'
          | 'research_facility'
          | 'enterprise_hall'
          | 'nature_park'
          | 'public_facility'
          | 'community_venue';
        theme?:
          | 'astronomy'
          | 'life_science'
          | 'information_technology'
          | 'meteorology'
          | 'disaster_prevention'
          | 'ecology'
          | 'ocean'
          | 'aerospace'
          | 'health'
          | 'safety'
          | 'physics'
          | 'chemistry'
          | 'earth_science'
          | 'energy'
          | 'engineering'
          | 'agriculture'
          | 'paleontology'
          | 'botany'
          | 'zoology'
          | 'history_of_science';
        audience?: 'preschool' | 'primary' | 'secondary' | 'adults' | 'seniors' | 'families' | 'school_groups';
        accessibility?: 'wheelchair' | 'accessible_toilet' | 'lift' | 'guide_dogs' | 'sign_language' | 'large_print';
        accreditation?: 'national' | 'provincial' | 'municipal' | 'district';
        free?: boolean;
        /** @description Only resources with a bookable offering */
        bookable?: boolean;
        /** @description Only resources open (true) or closed (false) on today's date in Shanghai, from their hours and the holiday calendar */
        openToday?: boolean;
        /** @description Repeated or comma-separated; every one given must apply. Free admission meets them all. */
        concession?: ('senior_free' | 'disabled_free' | 'student_half')[];
        /** @description Search `q` word for word: without it a query that is only a district and/or a kind of venue ("南山 科技馆") becomes those filters (the answer's `understood`) */
        asTyped?: boolean;
        lat?: number;
        lng?: number;
        /** @description With lat and lng */
        radiusKm?: number;
        /** @description minLng,minLat,maxLng,maxLat (WGS-84) */
        bbox?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MapFeatures'];
        };
      };
      /**
       * @description `INVALID_BBOX`: bbox 格式应为 最小经度,最小纬度,最大经度,最大纬度，且最小值小于最大值 / bbox must be minLng,minLat,maxLng,maxLat with each minimum below its maximum
       *
       *     `POINT_REQUIRED`: 按距离筛选或排序时须同时提供 lat 和 lng / Distance filters and sorting need both lat and lng
       *
       *     `UNKNOWN_REGION`: 没有这个行政区代码 / There is no region with this code
       *
       *     `VALIDATION_FAILED`: 请求数据校验失败 / The request data is invalid
       *
       *     `MALFORMED_JSON`: 请求体不是有效的 JSON / The request body is not valid JSON
       *
       *     `BODY_TOO_DEEP`: 请求体嵌套层级过深 / The request body is nested too deeply
       *
       *     `MALFORMED_TEXT`: 请求中含有无法识别的字符，请检查后重新输入 / The request holds characters that are not valid text; check it and enter it again
       *
       *     `BAD_REQUEST`: 请求无效 / The request is invalid
       */
      400: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?:
              | 'INVALID_BBOX'
              | 'POINT_REQUIRED'
              | 'UNKNOWN_REGION'
              | 'VALIDATION_FAILED'
              | 'MALFORMED_JSON'
              | 'BODY_TOO_DEEP'
              | 'MALFORMED_TEXT'
              | 'BAD_REQUEST';
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: 请求体过大（上限 1 MB） / The request body is too large (limit 1 MB) */
      413: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: 不支持的内容类型 / Unsupported content type */
      415: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, please try again later */
      429: {
        headers: {
          /** @description Requests a minute allowed per ip */
          'X-RateLimit-Limit-ip'?: number;
          /** @description Of those, left in this minute */
          'X-RateLimit-Remaining-ip'?: number;
          /** @description Seconds until the minute starts again */
          'X-RateLimit-Reset-ip'?: number;
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
            details: components['schemas']['RetryLater'];
          };
        };
      };
      /** @description `INTERNAL`: 服务器内部错误 / Internal server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INTERNAL';
          };
        };
      };
      /**
       * @description `SEARCH_BUSY`: 搜索服务暂时繁忙，请稍后再试 / Search is very busy right now; please try again in a moment
       *
       *     `SERVICE_UNAVAILABLE`: 服务暂不可用，请稍后再试 / The service is unavailable, please try again later
       */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'SERVICE_UNAVAILABLE';
              })
            | (components['schemas']['ErrorBody'] & {
                /** @enum {string} */
                code?: 'SEARCH_BUSY';
                details: components['schemas']['RetryLater'];
              });
        };
      };
    };
  };
}
