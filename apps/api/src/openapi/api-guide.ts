/**
 * The guide at the top of the API reference (/api/docs): what a developer outside the team needs
 * before the first call. Markdown, in the document's `info.description`.
 */
export const API_GUIDE = `
Kepu (科普) is the public register of science-popularization resources: venues, their opening
hours and visits, searchable on a map, bookable by families and schools. Everything below is under
\`/api/v1\`; the document you are reading is \`GET /api/docs-json\` (OpenAPI 3), from which you can
generate a client (\`npx openapi-typescript http://HOST/api/docs-json\`, for example).

## Without an account
Search and map (\`GET /api/v1/search\`, \`/api/v1/search/suggest\`, \`/api/v1/map/features\`), venues
(\`GET /api/v1/resources/{id}\` for a published one), opening hours, offerings and their
availability, the public figures (\`GET /api/v1/stats/public\`), the vocabularies and the open data
(\`GET /api/v1/open-data\`: the register as CSV, XLSX and GeoJSON, with ETags) need no token.
Each operation's security says so: an empty list means public.

## Signing in
1. \`POST /api/v1/auth/codes\` \`{"login": "13800138000"}\` (a mainland mobile number or an e-mail
   address) sends a 6-digit code; the answer is the same whether or not the login has an account.
2. \`POST /api/v1/auth/register\` (a new account, with the code) or \`POST /api/v1/auth/login\`
   (\`{login, code}\` or \`{login, password}\`) answers an access token and a refresh token.
3. Send \`Authorization: Bearer <accessToken>\`. It lasts 15 minutes; \`POST /api/v1/auth/refresh\`
   exchanges the refresh token (single use) for a new pair.

## Booking a visit
\`GET /api/v1/offerings/{id}/availability\` lists the slots and places left; \`POST /api/v1/bookings\`
books one with an \`Idempotency-Key\` header (8–128 characters, a new UUID per attempt). Send the
same key again after a lost answer: you get the first answer back (\`Idempotent-Replayed: true\`),
never a second booking. A real-name offering needs each visitor's ID number.

## Lists
Lists take \`?page=\` (from 1) and \`?pageSize=\` (at most 100) and answer \`{items, total, page,
pageSize}\`.

## Rate limits
Writes anyone can reach and sign-in are limited per address and per account; their answers carry
\`X-RateLimit-Limit-{ip|account}\`, \`-Remaining-\` and \`-Reset-\` headers. Past a limit the answer
is \`429 TOO_MANY_REQUESTS\` with \`Retry-After\` (seconds).

## Errors
Every refusal has one shape: \`{statusCode, code, message, messages: {"zh-CN", en}, details?,
correlationId}\`. Branch on \`code\` (stable, one status each); show \`message\` (it follows
\`Accept-Language\`, Simplified Chinese by default). Invalid input is \`400 VALIDATION_FAILED\` with
\`details: [{field, problems}]\`. Something you may not see is \`404\`, as if it did not exist.
Quote \`correlationId\` when reporting a problem.

## Versions
\`/api/v1\` only grows: new operations, new optional fields in requests, new fields in answers
(ignore the ones you do not know). Removing or changing anything is a new version, \`/api/v2\`,
served next to \`v1\` for at least 12 months; operations due to go are marked \`deprecated\` here
first, with a \`Sunset\` date.
`;
