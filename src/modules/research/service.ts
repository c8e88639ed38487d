import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import type { Services } from '../../core/registry.js';
import { errors } from '../../core/errors.js';
import { msg, type Lang } from '../../core/messages/index.js';
import { newSecret, nowIso } from '../../core/crypto.js';
import { recordChange } from '../common/changes.js';
import {
  RESEARCH_MIN_PEOPLE,
  csv,
  guardedCount,
  guardedMean,
  isWholePastMonth,
  monthBounds,
  weeksOfMonth,
} from '../../domain/research/rules.js';
import { pseudonym } from './pseudonym.js';
import { PHASES } from '../../domain/phases/tools.js';
import { monthOf } from '../../domain/phases/usage.js';
import { researchRepository } from './repository.js';
import type {
  ResearchConsentBody,
  ResearchConsentView,
  ResearchExport,
  ResearchNetworkMonth,
  ResearchNetworkView,
} from './schemas.js';

type Row = Record<string, string | number | null>;

/**
 * Research mode: a network's kartrekkers consent to be followed; the installation's researchers
 * see consenting networks only, under a pseudonym of their own, for whole past months, with no
 * figure from fewer than 3 people and free text only where both its writer and the network allow.
 */
export function createResearchService(
  deps: Deps,
  { progress, scan, effects }: Pick<Services, 'progress' | 'scan' | 'effects'>,
  clock: () => Date = () => new Date(),
) {
  const repo = researchRepository(deps.db);

  const view = (row: Awaited<ReturnType<typeof repo.consent>>): ResearchConsentView => ({
    enabled: Number(row?.enabled ?? 0) === 1,
    allowTexts: Number(row?.allow_texts ?? 0) === 1,
    since: row?.since ?? null,
    version: Number(row?.version ?? 1),
  });

  async function saltOf(userId: string): Promise<string> {
    const salt = await repo.researcherSalt(userId);
    if (!salt) throw errors.forbidden('error.researcherOnly');
    return salt;
  }

  /** What a researcher reads of a network goes through the same services as a meekijker's reading. */
  const readContext = (networkId: string, userId: string): MemberContext => ({
    networkId,
    userId,
    memberId: '',
    role: 'meekijker',
    actorId: null,
  });

  async function networkMonth(
    networkId: string,
    salt: string,
    userId: string,
    allowTexts: boolean,
    month: string,
    lang: Lang,
  ): Promise<ResearchNetworkMonth> {
    const { from, to } = monthBounds(month);
    const ctx = readContext(networkId, userId);
    const [active, recorded, usage, feedback, sus, rounds, models] = await Promise.all([
      repo.activePeople(networkId, from, to),
      repo.progress(networkId, month),
      repo.usage(networkId, weeksOfMonth(month)),
      repo.feedback(networkId, month),
      repo.susScores(networkId, from, to),
      scan.rounds(ctx),
      effects.listModels(ctx),
    ]);
    const activeMonth = active >= RESEARCH_MIN_PEOPLE;
    const tools = [...new Set(feedback.map((f) => f.tool))];
    const heldInMonth = rounds.filter((r) => {
      const ended = r.closedAt ?? `${r.closesOn}T23:59:59.999Z`;
      return r.status === 'closed' && ended >= from && ended < to;
    });
    const scanResults = await Promise.all(
      heldInMonth.map(async (r) => {
        const result = await scan.results(ctx, r.id);
        return {
          round: r.label,
          respondents: result.available ? result.respondents : null,
          dimensions: result.available
            ? result.dimensions.map((d) => ({ id: d.id, name: d.name[lang], mean: d.mean, sd: d.sd, n: d.n }))
            : [],
        };
      }),
    );
    return {
      pseudonym: pseudonym(salt, networkId),
      activeMonth,
      progress: PHASES.flatMap((phase) => {
        const p = recorded.find((r) => r.phase === phase);
        return p ? [{ phase, done: Number(p.done), applicable: Number(p.applicable) }] : [];
      }),
      usage: activeMonth
        ? usage.map((u) => ({ week: u.week, tool: u.tool, opened: Number(u.opened), changed: Number(u.changed) }))
        : null,
      feedback: tools.map((tool) => {
        const values = feedback.filter((f) => f.tool === tool).map((f) => Number(f.usefulness));
        return { tool, answers: guardedCount(values.length), mean: guardedMean(values) };
      }),
      feedbackTexts: allowTexts
        ? feedback.flatMap((f) =>
            Number(f.share_research) === 1 && f.missing ? [{ tool: f.tool, text: f.missing }] : [],
          )
        : [],
      sus: { answers: guardedCount(sus.length), mean: guardedMean(sus.map((s) => Number(s.score))) },
      scan: scanResults,
      effects: models.models.map((m, i) => ({ model: i + 1, ratio: m.ratio, npv: m.npv })),
    };
  }

  /** One row per figure, for CSV and the spreadsheet: network, section, what, measure, value. */
  function rows(data: ResearchExport): Row[] {
    const out: Row[] = [];
    const add = (
      pseudonymName: string,
      section: string,
      item: string,
      measure: string,
      value: number | string | null,
    ) => out.push({ month: data.month, network: pseudonymName, section, item, measure, value });
    for (const n of data.networks) {
      add(n.pseudonym, 'actief', 'maand', 'minstens_3_actieve_leden', n.activeMonth ? 1 : 0);
      for (const p of n.progress) {
        add(n.pseudonym, 'voortgang', p.phase, 'gedaan', p.done);
        add(n.pseudonym, 'voortgang', p.phase, 'van_toepassing', p.applicable);
      }
      for (const u of n.usage ?? []) {
        add(n.pseudonym, 'gebruik', `${u.week} ${u.tool}`, 'geopend', u.opened);
        add(n.pseudonym, 'gebruik', `${u.week} ${u.tool}`, 'gewijzigd', u.changed);
      }
      for (const f of n.feedback) {
        add(n.pseudonym, 'nuttig', f.tool, 'antwoorden', f.answers);
        add(n.pseudonym, 'nuttig', f.tool, 'gemiddelde', f.mean);
      }
      for (const f of n.feedbackTexts) add(n.pseudonym, 'wat_mist', f.tool, 'tekst', f.text);
      add(n.pseudonym, 'sus', 'score', 'antwoorden', n.sus.answers);
      add(n.pseudonym, 'sus', 'score', 'gemiddelde', n.sus.mean);
      for (const s of n.scan) {
        add(n.pseudonym, 'scan', s.round, 'respondenten', s.respondents);
        for (const d of s.dimensions) {
          add(n.pseudonym, 'scan', `${s.round} ${d.id}`, 'gemiddelde', d.mean);
          add(n.pseudonym, 'scan', `${s.round} ${d.id}`, 'sd', d.sd);
          add(n.pseudonym, 'scan', `${s.round} ${d.id}`, 'n', d.n);
        }
      }
      for (const e of n.effects) {
        add(n.pseudonym, 'effecten', `model ${e.model}`, 'ratio', e.ratio);
        add(n.pseudonym, 'effecten', `model ${e.model}`, 'netto_waarde', e.npv);
      }
    }
    return out;
  }

  const COLUMNS = ['month', 'network', 'section', 'item', 'measure', 'value'] as const;

  return {
    async isResearcher(userId: string): Promise<boolean> {
      return (await repo.researcherSalt(userId)) !== undefined;
    },

    /** For `wijknet admin researcher`: the person becomes a researcher of this installation (once). */
    async makeResearcher(userId: string): Promise<void> {
      await repo.addResearcher(userId, newSecret());
    },

    async consent(ctx: MemberContext): Promise<ResearchConsentView> {
      return view(await repo.consent(ctx.networkId));
    },

    async setConsent(ctx: MemberContext, body: ResearchConsentBody): Promise<ResearchConsentView> {
      const before = await repo.consent(ctx.networkId);
      const wasOn = Number(before?.enabled ?? 0) === 1;
      const since = body.enabled ? (wasOn ? (before?.since ?? nowIso()) : nowIso()) : null;
      const saved = await repo.saveConsent(
        ctx.networkId,
        { enabled: body.enabled, allowTexts: body.enabled && Boolean(body.allowTexts), since, memberId: ctx.memberId },
        body.version,
      );
      if (!saved) throw errors.stale(view(await repo.consent(ctx.networkId)));
      const after = await repo.consent(ctx.networkId);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'research_consent',
        entityId: ctx.networkId,
        action: before ? 'update' : 'create',
        before: before ? view(before) : null,
        after: view(after),
      });
      if (body.enabled !== wasOn) {
        // Every member is told, by mail through the outbox, when research mode starts or stops.
        const network = await repo.networkName(ctx.networkId);
        const base = deps.config.publicUrl.replace(/\/$/, '');
        for (const m of await repo.memberMails(ctx.networkId)) {
          await deps.mailer.send({
            to: m.email,
            kind: 'research',
            subject: body.enabled
              ? `${network} doet mee aan onderzoek naar de toolbox`
              : `${network} doet niet meer mee aan onderzoek`,
            text: body.enabled
              ? `Hallo,\n\nDe kartrekkers van ${network} hebben de onderzoeksstand aangezet. Onderzoekers van de toolbox "Succesvol samenwerken in wijknetwerken" zien vanaf nu per maand, zonder namen van mensen of organisaties: hoe ver het netwerk is in de vier fasen, hoe vaak de hulpmiddelen gebruikt worden, de uitkomsten van de samenwerkingsscan, de hoofdcijfers van de effectberekening en hoe nuttig jullie de hulpmiddelen vinden. Nooit een cijfer van minder dan 3 mensen.\n\nLees wat er gedeeld wordt: ${base}/netwerken/${ctx.networkId}/onderzoek\n`
              : `Hallo,\n\nDe kartrekkers van ${network} hebben de onderzoeksstand uitgezet. Onderzoekers krijgen vanaf nu niets meer van dit netwerk. Wat al eerder gedeeld is, blijft bij de onderzoekers.\n\n${base}/netwerken/${ctx.networkId}/onderzoek\n`,
          });
        }
      }
      return view(after);
    },

    /**
     * Records the phase progress of every consenting network for the current month (a later run in
     * the same month replaces it), so researchers can follow progress over time. Run by a job.
     */
    async recordProgressAcrossNetworks(now: Date = clock()): Promise<number> {
      const month = monthOf(now);
      const consenting = await repo.consentingNetworksAcrossNetworks();
      for (const c of consenting) {
        const overview = await progress.overview(readContext(c.network_id, ''), 'nl');
        await repo.recordProgress(
          c.network_id,
          month,
          overview.phases.map((p) => ({ phase: p.phase, done: p.done, applicable: p.applicable })),
        );
      }
      return consenting.length;
    },

    async networks(userId: string): Promise<ResearchNetworkView[]> {
      const salt = await saltOf(userId);
      const rows = await repo.consentingNetworksAcrossNetworks();
      return rows
        .map((r) => ({
          pseudonym: pseudonym(salt, r.network_id),
          since: r.since,
          allowTexts: Number(r.allow_texts) === 1,
        }))
        .sort((a, b) => a.pseudonym.localeCompare(b.pseudonym));
    },

    async exportMonth(userId: string, month: string, lang: Lang): Promise<ResearchExport> {
      const salt = await saltOf(userId);
      const now = clock();
      if (!isWholePastMonth(month, now))
        throw errors.invalid({
          month: msg('research.wholeMonth', {
            example: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7),
          }),
        });
      const consenting = await repo.consentingNetworksAcrossNetworks();
      const networks = await Promise.all(
        consenting.map((c) => networkMonth(c.network_id, salt, userId, Number(c.allow_texts) === 1, month, lang)),
      );
      networks.sort((a, b) => a.pseudonym.localeCompare(b.pseudonym));
      return { month, exportedAt: clock().toISOString(), minPeople: RESEARCH_MIN_PEOPLE, networks };
    },

    csv(data: ResearchExport): string {
      return csv(
        COLUMNS,
        rows(data).map((r) => COLUMNS.map((c) => r[c] ?? null)),
      );
    },

    async xlsx(data: ResearchExport): Promise<Buffer> {
      const { default: ExcelJS } = await import('exceljs');
      const book = new ExcelJS.Workbook();
      book.creator = 'Wijknet';
      book.created = new Date(data.exportedAt);
      book.modified = new Date(data.exportedAt);
      const sheet = book.addWorksheet(`Wijknet ${data.month}`);
      sheet.columns = COLUMNS.map((c) => ({ header: c, key: c, width: c === 'item' ? 28 : 16 }));
      for (const r of rows(data)) sheet.addRow(r);
      return Buffer.from(await book.xlsx.writeBuffer());
    },
  };
}

export type ResearchService = ReturnType<typeof createResearchService>;
