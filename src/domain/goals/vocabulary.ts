/**
 * Default controlled vocabularies for why ladders and goals. A network can add its own terms;
 * these are the starting lists the UI offers. Labels are the Dutch UI words.
 */
export const DEFAULT_TARGET_GROUPS = [
  'alle bewoners',
  'kinderen',
  'jongeren',
  'jonge gezinnen',
  'ouders',
  'volwassenen',
  'ouderen',
  'kwetsbare ouderen',
  'mantelzorgers',
  'mensen met dementie',
  'mensen met een beperking',
  'mensen met psychische klachten',
  'mensen met een chronische ziekte',
  'mensen met weinig geld',
  'nieuwkomers',
  'laaggeletterden',
  'eenzame mensen',
  'vrijwilligers',
  'professionals',
] as const;

export const DEFAULT_THEMES = [
  'ontmoeten',
  'eenzaamheid',
  'bewegen',
  'gezonde voeding',
  'leefstijl',
  'vitaliteit',
  'mentale gezondheid',
  'dementie',
  'mantelzorg',
  'armoede en schulden',
  'wonen',
  'veiligheid',
  'opvoeden en opgroeien',
  'taal en digitale vaardigheden',
  'werk en meedoen',
  'vrijwilligerswerk',
  'zingeving',
  'groen en buitenruimte',
  'preventie',
  'zelfredzaamheid',
] as const;

/** Dutch labels of the positive-health dimensions (codes in ../vocabulary.ts). */
export const HEALTH_DIMENSION_LABELS: Record<string, string> = {
  lichaamsfuncties: 'lichaamsfuncties',
  'mentaal-welbevinden': 'mentaal welbevinden',
  zingeving: 'zingeving',
  'kwaliteit-van-leven': 'kwaliteit van leven',
  meedoen: 'meedoen',
  'dagelijks-functioneren': 'dagelijks functioneren',
};

/** Target groups that include everyone: a partial match with any other group, never a conflict. */
export const BROAD_TARGET_GROUPS = ['alle bewoners', 'iedereen'] as const;
