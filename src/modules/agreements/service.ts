import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { errors } from '../../core/errors.js';
import { newId, nowIso } from '../../core/crypto.js';
import { recordChange } from '../common/changes.js';
import { today } from '../common/dates.js';
import { agreementRepository, type AgreementRow } from './repository.js';
import {
  AGREEMENT_KINDS,
  AGREEMENT_KIND_LABELS,
  DECISION_RULE_LABELS,
  type AgreementDetails,
  type AgreementView,
  type AgreementsView,
} from './schemas.js';

export interface AgreementInput {
  kind?: string;
  title?: string;
  body?: string;
  decisionRule?: string | null;
  details?: AgreementDetails;
  reviewOn?: string | null;
}

const missing = () => errors.notFound('agreement.notFound');

function columns(input: AgreementInput): Partial<AgreementRow> {
  const out: Partial<AgreementRow> = {};
  if (input.kind !== undefined) out.kind = input.kind;
  if (input.title !== undefined) out.title = input.title;
  if (input.body !== undefined) out.body = input.body;
  if (input.decisionRule !== undefined) out.decision_rule = input.decisionRule;
  if (input.details !== undefined) out.details = JSON.stringify(input.details);
  if (input.reviewOn !== undefined) out.review_on = input.reviewOn;
  return out;
}

export function createAgreementService(deps: Deps) {
  const repo = agreementRepository(deps.db);

  const toView = (r: AgreementRow, day = today(), meeting: AgreementView['meeting'] = null): AgreementView => ({
    id: r.id,
    kind: r.kind,
    kindLabel: AGREEMENT_KIND_LABELS[r.kind] ?? r.kind,
    title: r.title,
    body: r.body,
    decisionRule: r.decision_rule,
    decisionRuleLabel: r.decision_rule ? (DECISION_RULE_LABELS[r.decision_rule] ?? r.decision_rule) : null,
    details: JSON.parse(r.details || '{}') as AgreementDetails,
    reviewOn: r.review_on,
    reviewOverdue: !!r.review_on && r.review_on < day,
    meeting,
    version: Number(r.version),
    updatedAt: r.updated_at,
  });

  return {
    async list(ctx: MemberContext): Promise<AgreementsView> {
      const day = today();
      const [rows, links] = await Promise.all([repo.list(ctx.networkId), repo.meetingLinks(ctx.networkId)]);
      const meetingOf = new Map(links.map((l) => [l.agreement_id, { id: l.id, title: l.title }]));
      const agreements = rows.map((r) => toView(r, day, meetingOf.get(r.id) ?? null));
      return {
        agreements,
        overdueReviews: agreements
          .filter((a) => a.reviewOverdue)
          .map((a) => ({ id: a.id, title: a.title, reviewOn: a.reviewOn! }))
          .sort((a, b) => a.reviewOn.localeCompare(b.reviewOn)),
        missingKinds: AGREEMENT_KINDS.filter((k) => k !== 'overig' && !agreements.some((a) => a.kind === k)),
      };
    },

    async create(ctx: MemberContext, input: AgreementInput & { kind: string; title: string }): Promise<AgreementView> {
      const now = nowIso();
      const row: AgreementRow = {
        id: newId(),
        network_id: ctx.networkId,
        kind: input.kind,
        title: input.title,
        body: '',
        decision_rule: null,
        details: '{}',
        review_on: null,
        ...columns(input),
        created_at: now,
        updated_at: now,
        version: 1,
      };
      await repo.insert(row);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'agreement',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return toView(row);
    },

    async update(ctx: MemberContext, id: string, input: AgreementInput & { version: number }): Promise<AgreementView> {
      const before = await repo.get(ctx.networkId, id);
      if (!before) throw missing();
      const after = await repo.update(ctx.networkId, id, input.version, { ...columns(input), updated_at: nowIso() });
      if (!after) throw errors.stale(toView(before));
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'agreement',
        entityId: id,
        action: 'update',
        before,
        after,
      });
      return toView(after);
    },

    async remove(ctx: MemberContext, id: string): Promise<void> {
      const before = await repo.get(ctx.networkId, id);
      if (!before) throw missing();
      await repo.remove(ctx.networkId, id);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'agreement',
        entityId: id,
        action: 'delete',
        before,
      });
    },
  };
}

export type AgreementService = ReturnType<typeof createAgreementService>;
