import type { PersonalDataExport } from './schemas.js';

const escape = (v: unknown): string =>
  String(v ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const date = (iso: string | null): string => {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? escape(iso)
    : escape(d.toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' }));
};

const yesNo = (v: boolean) => (v ? 'ja' : 'nee');

const roleNames: Record<string, string> = { kartrekker: 'kartrekker', partner: 'partner', meekijker: 'meekijker' };
const actionNames: Record<string, string> = { create: 'toegevoegd', update: 'gewijzigd', delete: 'verwijderd' };
const entityNames: Record<string, string> = {
  network: 'netwerk',
  member: 'lid',
  invitation: 'uitnodiging',
  actor: 'partner',
  relation: 'relatie',
};

function table(caption: string, headers: string[], rows: string[][], empty: string): string {
  if (rows.length === 0) return `<h2>${escape(caption)}</h2>\n<p>${escape(empty)}</p>`;
  return [
    `<h2>${escape(caption)}</h2>`,
    '<table>',
    `<caption>${escape(caption)}</caption>`,
    `<thead><tr>${headers.map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody>`,
    '</table>',
  ].join('\n');
}

function describeChanges(changes: Record<string, unknown>): string {
  const parts = Object.entries(changes).map(([field, value]) => {
    const v = (value ?? {}) as { before?: unknown; after?: unknown };
    const show = (x: unknown) => (x === null || x === undefined ? '—' : typeof x === 'string' ? x : JSON.stringify(x));
    return `<li>${escape(field)}: ${escape(show(v.before))} → ${escape(show(v.after))}</li>`;
  });
  return parts.length ? `<ul>${parts.join('')}</ul>` : '—';
}

/**
 * A readable page of the same data as the JSON export. No inline script or style: the app's
 * Content-Security-Policy applies to this page too.
 */
export function personalDataHtml(data: PersonalDataExport): string {
  const p = data.profile;
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Jouw gegevens in Wijknet</title>
</head>
<body>
<main>
<h1>Jouw gegevens in Wijknet</h1>
<p>Dit zijn alle persoonsgegevens die Wijknet over jou bewaart, opgevraagd op ${date(data.exportedAt)}.
Geheimen zoals inlogcodes en API-sleutels bewaren we alleen versleuteld; die staan hier dus niet in.
Wil je deze gegevens als bestand? <a href="/api/me/export" download="wijknet-mijn-gegevens.json">Download ze als JSON</a>.</p>

<h2>Profiel</h2>
<dl>
<dt>E-mailadres</dt><dd>${escape(p.email)}</dd>
<dt>Naam</dt><dd>${escape(p.name || '(geen naam ingevuld)')}</dd>
<dt>Beheerder</dt><dd>${yesNo(p.isAdmin)}</dd>
<dt>Taal</dt><dd>${p.locale === 'en' ? 'Engels' : 'Nederlands'}</dd>
<dt>Herinneringen per e-mail</dt><dd>${yesNo(p.reminders)}</dd>
<dt>Wekelijkse cockpitmail (kartrekkers)</dt><dd>${yesNo(p.weeklyDigest)}</dd>
<dt>Account gemaakt</dt><dd>${date(p.createdAt)}</dd>
</dl>

${table(
  'Wijknetwerken waar je lid van bent',
  ['Netwerk', 'Rol', 'Namens partner', 'Lid sinds'],
  data.memberships.map((m) => [
    escape(m.networkName),
    escape(roleNames[m.role] ?? m.role),
    escape(m.actorName ?? '—'),
    date(m.since),
  ]),
  'Je bent van geen enkel wijknetwerk lid.',
)}

${table(
  'API-sleutels',
  ['Naam', 'Gemaakt', 'Laatst gebruikt', 'Ingetrokken'],
  data.apiTokens.map((t) => [escape(t.name), date(t.createdAt), date(t.lastUsedAt), date(t.revokedAt)]),
  'Je hebt geen API-sleutels.',
)}

<h2>Inloggen</h2>
<p>Je bent nu op ${data.sessions.active} ${data.sessions.active === 1 ? 'apparaat' : 'apparaten'} ingelogd.
Je vroeg ${data.signInRequests.count} keer een inlogmail aan${data.signInRequests.lastAt ? `, het laatst op ${date(data.signInRequests.lastAt)}` : ''}.</p>

${table(
  'Uitnodigingen aan jou',
  ['Netwerk', 'Rol', 'Verstuurd', 'Aangenomen', 'Ingetrokken'],
  data.invitationsToYou.map((i) => [
    escape(i.networkName),
    escape(roleNames[i.role] ?? i.role),
    date(i.createdAt),
    date(i.acceptedAt),
    date(i.revokedAt),
  ]),
  'Er zijn geen uitnodigingen aan jouw e-mailadres.',
)}

${table(
  'Wat je veranderde',
  ['Wanneer', 'Netwerk', 'Wat', 'Actie', 'Wijzigingen'],
  data.changesYouMade.map((c) => [
    date(c.at),
    escape(c.networkName ?? '(verwijderd netwerk)'),
    escape(entityNames[c.entity] ?? c.entity),
    escape(actionNames[c.action] ?? c.action),
    describeChanges(c.changes),
  ]),
  'Je hebt nog niets veranderd.',
)}
</main>
</body>
</html>
`;
}
