import type { Deps } from '../common/deps.js';
import { toPublicProfile } from '../common/public-profile.js';
import type { MemberContext } from '../../core/access.js';
import { AppError, errors } from '../../core/errors.js';
import { nowIso } from '../../core/crypto.js';
import { recordChange } from '../common/changes.js';
import { limit, limitMail } from '../common/rate-limit.js';
import { oneLine } from '../common/text.js';
import { senderMailText } from '../common/mail-template.js';
import { mailAddressOf } from '../common/contact-address.js';
import { msg, render, type Lang } from '../../core/messages/index.js';
import { stem, words } from '../../domain/search/text.js';
import { parseList } from '../common/json.js';
import { suggestionRepository } from './repository.js';
import type { ApproachResult, Suggestion } from './schemas.js';
import { compareDutch } from '../../domain/collate.js';
import { gemeenteCode, nearness, nearnessRank } from '../../domain/place/nearness.js';

/** Candidates read before ranking by place: enough that nearby partners are not crowded out by distant ones. */
const CANDIDATES = 500;

/** Invitations to one public address: at most this many per day, whoever sends them. */
const MAILS_PER_ADDRESS = 3;
const DAY = 24 * 3_600_000;

const stemsOf = (text: string) => new Set(words(text).map(stem));
const sharesWord = (text: string, interest: Set<string>) => [...stemsOf(text)].some((s) => interest.has(s));
const list = (lang: Lang, items: string[]) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${render(lang, 'list.and')} ${items[items.length - 1]}`;

/** "werkt ook aan eenzaamheid bij ouderen" from the overlapping themes, target groups and dimensions. */
export function reasonFor(themes: string[], groups: string[], dimensions: string[], lang: Lang = 'nl'): string {
  const parts: string[] = [];
  if (themes.length) parts.push(render(lang, msg('reason.themes', { themes: list(lang, themes) })));
  if (groups.length)
    parts.push(
      render(lang, msg(themes.length ? 'reason.withGroups' : 'reason.forGroups', { groups: list(lang, groups) })),
    );
  if (dimensions.length) {
    const named = list(
      lang,
      dimensions.map((d) => d.replace(/-/g, ' ')),
    );
    parts.push(render(lang, msg(parts.length ? 'reason.andDimensions' : 'reason.dimensions', { dimensions: named })));
  }
  return parts.join(' ');
}

export function createSuggestionService(deps: Deps) {
  const repo = suggestionRepository(deps.db);

  async function interestOf(networkId: string) {
    const network = await repo.network(networkId);
    if (!network) throw errors.notFound();
    const text = `${network.ambition} ${parseList(network.focus_themes).join(' ')}`;
    return { network, interest: stemsOf(text) };
  }

  return {
    async list(ctx: MemberContext, max = 20, lang: Lang = 'nl'): Promise<Suggestion[]> {
      const { network, interest } = await interestOf(ctx.networkId);
      const gm = gemeenteCode(network.region_code);
      const ours = {
        regionCode: network.region_code,
        areaName: network.area_name,
        gemeenteName: gm ? await repo.gemeenteName(ctx.networkId, gm) : null,
      };
      const rows = await repo.candidates(ctx.networkId, [...interest], Math.max(CANDIDATES, max * 3));
      return (
        rows
          .map((r) => {
            const near = nearness(ours, { regionCode: r.home_region_code, areaName: r.home_area_name, area: r.area });
            const themes = parseList(r.themes).filter((t) => sharesWord(t, interest));
            const groups = parseList(r.target_groups).filter((t) => sharesWord(t, interest));
            const dimensions = parseList(r.health_dimensions).filter((t) => sharesWord(t, interest));
            return {
              ...toPublicProfile(r),
              overlap: themes.length + groups.length + dimensions.length,
              reason: reasonFor(themes, groups, dimensions, lang),
              hasEmail: Boolean(r.contact_email),
              nearness: near,
              place: r.area.trim() || r.home_area_name,
            };
          })
          .filter((s) => s.overlap > 0)
          // Nearest first (own wijk, gemeente, region, elsewhere), then the most overlap.
          .sort(
            (a, b) =>
              nearnessRank(a.nearness) - nearnessRank(b.nearness) ||
              b.overlap - a.overlap ||
              compareDutch(a.name, b.name),
          )
          .slice(0, max)
      );
    },

    async approach(
      ctx: MemberContext,
      actorId: string,
      lang: Lang = 'nl',
      options: { withoutMail?: boolean; message?: string | null } = {},
    ): Promise<ApproachResult> {
      const actor = await repo.findable(actorId);
      if (!actor) throw errors.notFound('actor.notShared');
      const status = await repo.status(ctx.networkId, actorId);
      if (status?.status === 'partner') throw errors.conflict('actor.alreadyPartner');
      const contact = { email: actor.contact_email, phone: actor.contact_phone, website: actor.website };
      // Without an address nothing can be mailed: marking it "benaderd" is the caller's choice, not ours.
      if (!actor.contact_email && !options.withoutMail) {
        throw new AppError(409, 'approach_needs_choice', msg('approach.choose', { name: actor.name }));
      }
      let mailed = false;
      // Only a confirmed address gets mail: a changed one waits for its owner's confirmation.
      const to = await mailAddressOf(deps.db, actor);
      if (to) {
        await limit(deps.db, `approach:${to.toLowerCase()}`, MAILS_PER_ADDRESS, DAY);
        await limitMail(deps, { userId: ctx.userId, networkId: ctx.networkId });
        const [{ network }, lead] = await Promise.all([interestOf(ctx.networkId), repo.lead(ctx.userId)]);
        await deps.mailer.send({
          to,
          kind: 'approach',
          subject: oneLine(`Uitnodiging: werk mee in ${network.name}`),
          text: senderMailText({
            to: actor.name,
            senderName: lead?.name?.trim() || 'een lid',
            senderEmail: lead?.email ?? null,
            networkName: network.name,
            what: 'Het netwerk nodigt je uit om mee te doen.',
            message: options.message ?? null,
            extra: network.ambition
              ? { label: 'Wat het netwerk wil bereiken, in eigen woorden:', text: network.ambition }
              : null,
            next: `Wil je meedoen of eerst kennismaken? Antwoord dan niet op deze mail, maar stuur een mail naar ${oneLine(lead?.email ?? 'de kartrekker')}.`,
            why: `Je krijgt deze mail omdat ${oneLine(actor.name)} vindbaar is in de sociale kaart van Wijknet. Wijknet controleert de tekst van de afzender niet.`,
          }),
        });
        mailed = true;
      }
      if (!status) {
        await repo.markApproached(ctx.networkId, actorId, nowIso());
        await recordChange(deps, {
          networkId: ctx.networkId,
          userId: ctx.userId,
          entity: 'actor',
          entityId: actorId,
          action: 'create',
          after: { approached: actor.name, mailed },
        });
      }
      const ways = [
        contact.phone && render(lang, msg('approach.call', { phone: contact.phone })),
        contact.website && render(lang, msg('approach.visit', { website: contact.website })),
      ].filter(Boolean) as string[];
      const next = ways.length ? msg('approach.contact', { ways: list(lang, ways) }) : msg('approach.askAround');
      const message = render(
        lang,
        mailed
          ? msg('approach.mailed', { email: to ?? '', name: actor.name })
          : msg('approach.noMail', { name: actor.name, next }),
      );
      return { actorId, status: 'approached', mailed, contact, message };
    },
  };
}

export type SuggestionService = ReturnType<typeof createSuggestionService>;
