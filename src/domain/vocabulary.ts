/** Controlled vocabularies shared by server, web app and CLI. Labels are the Dutch UI words. */

export const ROLES = ['meekijker', 'partner', 'kartrekker'] as const;
export type Role = (typeof ROLES)[number];

const roleRank: Record<Role, number> = { meekijker: 0, partner: 1, kartrekker: 2 };
export const roleAtLeast = (role: Role, minimum: Role): boolean => roleRank[role] >= roleRank[minimum];

export const DOMAINS = [
  'zorg',
  'welzijn',
  'wonen',
  'gemeente',
  'veiligheid',
  'onderwijs',
  'ondernemers',
  'bewoners',
  'overig',
] as const;
export type Domain = (typeof DOMAINS)[number];

export const ACTOR_KINDS = ['organisation', 'initiative', 'person'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const AREA_LEVELS = ['gemeente', 'wijk', 'buurt'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

export const HEALTH_DIMENSIONS = [
  'lichaamsfuncties',
  'mentaal-welbevinden',
  'zingeving',
  'kwaliteit-van-leven',
  'meedoen',
  'dagelijks-functioneren',
] as const;
export type HealthDimension = (typeof HEALTH_DIMENSIONS)[number];

/** An actor's place in a network: a taking-part partner, or one that was approached. */
export const PARTICIPATION = ['partner', 'approached'] as const;
export type Participation = (typeof PARTICIPATION)[number];

/** CBS region codes: GM + 4 digits, WK + 6, BU + 8 (Amsterdam also uses letters in buurtcodes). */
export const REGION_CODE = /^(GM\d{4}|WK\d{6}|BU[0-9A-Z]{8})$/;
