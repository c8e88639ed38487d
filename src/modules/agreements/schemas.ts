import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import { LIMITS, id, optionalText, requiredText, version } from '../common/schemas.js';
import { isoDate } from '../common/dates.js';

export const AGREEMENT_KINDS = ['besluitvorming', 'verantwoordelijkheden', 'geld', 'borging', 'overig'] as const;
export const DECISION_RULES = ['consent', 'meerderheid', 'kartrekker-na-overleg', 'anders'] as const;

/** Dutch labels for documents and the UI. */
export const AGREEMENT_KIND_LABELS: Record<string, string> = {
  besluitvorming: 'Hoe we besluiten',
  verantwoordelijkheden: 'Wie doet wat',
  geld: 'Geld',
  borging: 'Na de projectperiode',
  overig: 'Overige afspraken',
};
export const DECISION_RULE_LABELS: Record<string, string> = {
  consent: 'Consent: we besluiten als niemand een overwegend bezwaar heeft',
  meerderheid: 'Meerderheid: de meeste stemmen gelden',
  'kartrekker-na-overleg': 'De kartrekker besluit, na overleg met de partners',
  anders: 'Op een andere manier (zie de tekst)',
};

const name = optionalText(LIMITS.name);
const money = z
  .number()
  .min(0, { error: schemaText('schema.amount') })
  .max(1_000_000_000, { error: schemaText('schema.amountTooLarge') });

/** Who decides, does, is consulted and is informed (RACI), for one goal, action or task. */
const responsibility = z.strictObject({
  subject: requiredText(LIMITS.name),
  goalId: id.nullable().optional(),
  decides: name.optional(),
  does: name.optional(),
  consulted: name.optional(),
  informed: name.optional(),
});
const contribution = z.strictObject({
  /** The partner that contributes (name as shown; actorId when it is a partner in the network). */
  party: requiredText(LIMITS.name),
  actorId: id.nullable().optional(),
  /** Euros. */
  amount: money.nullable().optional(),
  /** In hours, goods or a room, in words. */
  inKind: optionalText(LIMITS.short).optional(),
});

export const agreementDetails = z.strictObject(
  {
    responsibilities: z
      .array(responsibility)
      .max(100, { error: schemaText('schema.maxLines') })
      .optional(),
    contributions: z
      .array(contribution)
      .max(100, { error: schemaText('schema.maxLines') })
      .optional(),
    /** A pooled budget (as in the Ruwaard pilot in Oss): the amount in euros and the rules for spending it. */
    pooledBudget: z
      .strictObject(
        { amount: money.nullable().optional(), rules: optionalText(LIMITS.long).optional() },
        { error: (iss) => (iss.code === 'invalid_type' ? schemaText('schema.budgetShape') : undefined) },
      )
      .optional(),
  },
  { error: (iss) => (iss.code === 'invalid_type' ? schemaText('schema.detailsShape') : undefined) },
);

const fields = {
  kind: z.enum(AGREEMENT_KINDS, { error: schemaText('schema.agreementKind') }),
  title: requiredText(LIMITS.name),
  body: optionalText(LIMITS.long).optional(),
  decisionRule: z
    .enum(DECISION_RULES, { error: schemaText('schema.decisionRule') })
    .nullable()
    .optional(),
  details: agreementDetails.optional(),
  /** When to look at this agreement again. */
  reviewOn: isoDate.nullable().optional(),
};

export const createAgreement = z.strictObject(fields);
export const updateAgreement = z.strictObject({
  ...fields,
  kind: fields.kind.optional(),
  title: fields.title.optional(),
  version,
});
export const agreementParams = z.strictObject({ networkId: id, agreementId: id });

export type AgreementDetails = z.infer<typeof agreementDetails>;

export interface AgreementView {
  id: string;
  kind: string;
  kindLabel: string;
  title: string;
  body: string;
  decisionRule: string | null;
  decisionRuleLabel: string | null;
  details: AgreementDetails;
  reviewOn: string | null;
  /** True when the review date has passed. */
  reviewOverdue: boolean;
  /** The meeting whose decision this agreement is (only in the list). */
  meeting: { id: string; title: string } | null;
  version: number;
  updatedAt: string;
}

export interface AgreementsView {
  agreements: AgreementView[];
  /** Agreements whose review date has passed, oldest first. */
  overdueReviews: { id: string; title: string; reviewOn: string }[];
  /** Kinds without any agreement yet, as a to-do for the group. */
  missingKinds: string[];
}
