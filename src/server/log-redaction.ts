/**
 * What the log may say of a request address. Some addresses are keys in themselves: the
 * calendar feed (agenda apps cannot send a cookie), invitation links, the werksessie join
 * page with its code, the personal scan links and the personal consent links (`/akkoord/…`). Their secret part becomes "…"; so does any path segment that looks like one
 * of our secrets (a 256-bit base64url string or an API token), so a new secret link is covered
 * before anyone remembers to add it here. Query strings are dropped whole: they may carry search
 * terms with names. Bodies are never logged (the request serializer shows only method, address
 * and id), and sign-in links carry their token after `#`, which no browser sends.
 */
const SECRET_PATHS: RegExp[] = [
  /^(\/api\/calendar\/)[^/]+/,
  /^(\/api\/invitations\/)[^/]+/,
  /^(\/uitnodiging\/)[^/]+/,
  /^(\/sessie\/)[^/]+/,
  /^(\/api\/scan\/)[^/]+/,
  /^(\/scan\/)[^/]+/,
  /^(\/api\/public\/results\/)[^/]+/,
  /^(\/resultaten\/)[^/]+/,
  /^(\/api\/consent-links\/)[^/]+/,
  /^(\/akkoord\/)[^/]+/,
];
const SECRET_SEGMENT = /^(wk_.+|[A-Za-z0-9_-]{32,})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function redactUrl(url: string): string {
  let path = url.split(/[?#]/)[0];
  for (const pattern of SECRET_PATHS) path = path.replace(pattern, '$1…');
  return path
    .split('/')
    .map((segment) => (SECRET_SEGMENT.test(segment) && !UUID.test(segment) ? '…' : segment))
    .join('/');
}

/** Fastify's request serializer: method, cleaned address, request id; never headers or body. */
export const requestForLog = (req: { method: string; url: string; id: string }) => ({
  method: req.method,
  url: redactUrl(req.url),
  id: req.id,
});
