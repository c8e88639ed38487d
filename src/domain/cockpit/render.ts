/** The cockpit's items in words (nl and en), and the weekly digest mail made from the same items. */
import { formatDay, type Locale } from '../calendar/dates.js';
import type { CockpitAction, CockpitItem } from './rules.js';

const pluralRules: Record<Locale, Intl.PluralRules> = {
  nl: new Intl.PluralRules('nl-NL'),
  en: new Intl.PluralRules('en-GB'),
};
const numbers: Record<Locale, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL'),
  en: new Intl.NumberFormat('en-GB'),
};
const lists: Record<Locale, Intl.ListFormat> = {
  nl: new Intl.ListFormat('nl-NL', { type: 'conjunction' }),
  en: new Intl.ListFormat('en-GB', { type: 'conjunction' }),
};

/** "1 dag", "3 dagen": the number with the noun form its plural category asks for. */
export function count(locale: Locale, n: number, forms: { one: string; other: string }): string {
  const form = pluralRules[locale].select(n) === 'one' ? forms.one : forms.other;
  return `${numbers[locale].format(n)} ${form}`;
}

const days = (l: Locale, n: number) =>
  count(l, n, l === 'nl' ? { one: 'dag', other: 'dagen' } : { one: 'day', other: 'days' });
const weeks = (l: Locale, n: number) =>
  count(l, n, l === 'nl' ? { one: 'week', other: 'weken' } : { one: 'week', other: 'weeks' });
const date = (l: Locale, d: string | null) => (d ? formatDay(d, l) : '');

export interface RenderedItem {
  text: string;
  /** The button that deals with it. */
  actionLabel: string;
}

function dutch(item: CockpitItem): RenderedItem {
  const on = date('nl', item.date);
  switch (item.code) {
    case 'partner_quiet':
      return {
        text: `${item.params.partner} heeft sinds ${on} niets meer gedaan in Wijknet. Dat is ${weeks('nl', Math.floor(item.params.days / 7))} geleden.`,
        actionLabel: 'Neem contact op',
      };
    case 'action_overdue':
      return {
        text: `De actie "${item.params.title}" moest op ${on} klaar zijn. Ze is ${days('nl', item.params.days)} te laat.${item.params.owner ? ` Eigenaar: ${item.params.owner}.` : ' Niemand is eigenaar.'}`,
        actionLabel: 'Actie bijwerken',
      };
    case 'agreement_review_overdue':
      return {
        text: `De afspraak "${item.params.title}" moest op ${on} geëvalueerd worden. Dat is ${days('nl', item.params.days)} geleden.`,
        actionLabel: 'Afspraak evalueren',
      };
    case 'decision_review_overdue':
      return {
        text: `Het besluit "${item.params.text}" moest op ${on} geëvalueerd worden. Dat is ${days('nl', item.params.days)} geleden.`,
        actionLabel: 'Besluit evalueren',
      };
    case 'continuity_overdue':
      return {
        text: `Het punt "${item.params.title}" van de borging stond op ${on} en is nog niet geregeld. Dat is ${days('nl', item.params.days)} geleden.`,
        actionLabel: 'Borging bijwerken',
      };
    case 'plan_outdated':
      return {
        text: `Het actieplan (${item.params.year}) is sinds ${on} niet vernieuwd. Maak elk jaar een nieuw plan met elkaar.`,
        actionLabel: 'Plan vernieuwen',
      };
    case 'scan_few_answers': {
      const p = item.params;
      const answered = count('nl', p.answered, { one: 'antwoord', other: 'antwoorden' });
      return {
        text: `Ronde ${p.label} van de samenwerkingsscan heeft pas ${answered} (${numbers.nl.format(p.invited)} uitgenodigd). Er ${p.needed === 1 ? 'is' : 'zijn'} nog ${numbers.nl.format(p.needed)} nodig. De ronde sluit op ${on}.`,
        actionLabel: 'Herinnering sturen',
      };
    }
    case 'scan_closing_soon': {
      const p = item.params;
      const when = p.daysLeft === 0 ? 'vandaag' : p.daysLeft === 1 ? 'morgen' : `over ${days('nl', p.daysLeft)}`;
      return {
        text: `Ronde ${p.label} van de samenwerkingsscan sluit ${when} (${on}). ${numbers.nl.format(p.answered)} van de ${numbers.nl.format(p.invited)} mensen hebben geantwoord.`,
        actionLabel: 'Ronde bekijken',
      };
    }
    case 'lead_missing':
      return {
        text: 'Dit netwerk heeft geen kartrekker. Een kartrekker houdt de samenwerking op gang.',
        actionLabel: 'Kartrekker aanwijzen',
      };
    case 'lead_no_hours':
      return {
        text: `Voor ${item.params.name} zijn nog geen uren per week afgesproken.`,
        actionLabel: 'Uren afspreken',
      };
    case 'lead_no_deputy':
      return {
        text: `${item.params.name} heeft geen vervanger bij ziekte, vakantie of vertrek.`,
        actionLabel: 'Vervanger aanwijzen',
      };
    case 'lead_single':
      return {
        text: `Het netwerk leunt op één kartrekker (${item.params.name}). Als die wegvalt, staat de samenwerking stil.`,
        actionLabel: 'Tweede kartrekker zoeken',
      };
    case 'representation_unconfirmed':
      return {
        text: `${item.params.person} vraagt sinds ${on} om namens ${item.params.partner} te spreken. Dat is nog niet bevestigd.`,
        actionLabel: 'Verzoek bekijken',
      };
    case 'card_consents_missing': {
      const p = item.params;
      return {
        text: `Versie ${p.number} van de partnerschapskaart: nog geen toestemming van ${count('nl', p.missing.length, { one: 'partner', other: 'partners' })} (${lists.nl.format(p.missing)}).`,
        actionLabel: 'Toestemming vragen',
      };
    }
  }
}

function english(item: CockpitItem): RenderedItem {
  const on = date('en', item.date);
  switch (item.code) {
    case 'partner_quiet':
      return {
        text: `${item.params.partner} has done nothing in Wijknet since ${on}. That is ${weeks('en', Math.floor(item.params.days / 7))} ago.`,
        actionLabel: 'Get in touch',
      };
    case 'action_overdue':
      return {
        text: `The action "${item.params.title}" was due on ${on}. It is ${days('en', item.params.days)} late.${item.params.owner ? ` Owner: ${item.params.owner}.` : ' Nobody owns it.'}`,
        actionLabel: 'Update the action',
      };
    case 'agreement_review_overdue':
      return {
        text: `The agreement "${item.params.title}" was due for review on ${on}. That is ${days('en', item.params.days)} ago.`,
        actionLabel: 'Review the agreement',
      };
    case 'decision_review_overdue':
      return {
        text: `The decision "${item.params.text}" was due for review on ${on}. That is ${days('en', item.params.days)} ago.`,
        actionLabel: 'Review the decision',
      };
    case 'continuity_overdue':
      return {
        text: `The continuity point "${item.params.title}" was due on ${on} and is not arranged yet. That is ${days('en', item.params.days)} ago.`,
        actionLabel: 'Update the continuity checklist',
      };
    case 'plan_outdated':
      return {
        text: `The action plan (${item.params.year}) has not been renewed since ${on}. Make a new plan together every year.`,
        actionLabel: 'Renew the plan',
      };
    case 'scan_few_answers': {
      const p = item.params;
      const answered = count('en', p.answered, { one: 'answer', other: 'answers' });
      return {
        text: `Round ${p.label} of the collaboration scan has only ${answered} (${numbers.en.format(p.invited)} invited). ${numbers.en.format(p.needed)} more ${p.needed === 1 ? 'is' : 'are'} needed. The round closes on ${on}.`,
        actionLabel: 'Send a reminder',
      };
    }
    case 'scan_closing_soon': {
      const p = item.params;
      const when = p.daysLeft === 0 ? 'today' : p.daysLeft === 1 ? 'tomorrow' : `in ${days('en', p.daysLeft)}`;
      return {
        text: `Round ${p.label} of the collaboration scan closes ${when} (${on}). ${numbers.en.format(p.answered)} of ${numbers.en.format(p.invited)} people have answered.`,
        actionLabel: 'View the round',
      };
    }
    case 'lead_missing':
      return {
        text: 'This network has no kartrekker (lead). A kartrekker keeps the collaboration going.',
        actionLabel: 'Appoint a kartrekker',
      };
    case 'lead_no_hours':
      return { text: `No hours per week have been agreed for ${item.params.name} yet.`, actionLabel: 'Agree on hours' };
    case 'lead_no_deputy':
      return {
        text: `${item.params.name} has no deputy for illness, holidays or leaving.`,
        actionLabel: 'Appoint a deputy',
      };
    case 'lead_single':
      return {
        text: `The network leans on one kartrekker (${item.params.name}). If they drop out, the collaboration stops.`,
        actionLabel: 'Find a second kartrekker',
      };
    case 'representation_unconfirmed':
      return {
        text: `${item.params.person} has asked since ${on} to speak for ${item.params.partner}. This is not confirmed yet.`,
        actionLabel: 'View the request',
      };
    case 'card_consents_missing': {
      const p = item.params;
      return {
        text: `Version ${p.number} of the partnership card: no consent yet from ${count('en', p.missing.length, { one: 'partner', other: 'partners' })} (${lists.en.format(p.missing)}).`,
        actionLabel: 'Ask for consent',
      };
    }
  }
}

export function renderItem(item: CockpitItem, locale: Locale): RenderedItem {
  return locale === 'nl' ? dutch(item) : english(item);
}

export interface DigestMail {
  subject: string;
  body: string;
}

/**
 * The weekly mail to a kartrekker (Dutch): the same items as the cockpit, each with a link to the
 * page that deals with it. Null when nothing needs attention: then no mail goes out.
 * `linkFor` turns an item's action into an address, so this stays free of the web app's routes.
 */
export function digestMail(options: {
  recipientName: string;
  networkName: string;
  items: CockpitItem[];
  linkFor: (action: CockpitAction) => string;
  cockpitUrl: string;
  settingsUrl: string;
  /** A personal link that turns the mail off without signing in. */
  unsubscribeUrl?: string;
}): DigestMail | null {
  const { items } = options;
  if (items.length === 0) return null;
  const n = count('nl', items.length, { one: 'punt vraagt', other: 'punten vragen' });
  const lines = items.map((item) => {
    const r = renderItem(item, 'nl');
    return `- ${r.text}\n  ${r.actionLabel}: ${options.linkFor(item.action)}`;
  });
  const body = [
    `Hallo ${options.recipientName},`,
    `In ${options.networkName} ${items.length === 1 ? 'vraagt dit punt' : 'vragen deze punten'} deze week je aandacht:`,
    lines.join('\n\n'),
    `Alles op een rij zie je in de cockpit: ${options.cockpitUrl}`,
    `Je krijgt deze mail elke week omdat je kartrekker bent. Wil je hem niet meer? Zet hem uit bij je instellingen: ${options.settingsUrl}` +
      (options.unsubscribeUrl ? `\nOf meld je meteen af met deze link: ${options.unsubscribeUrl}` : ''),
  ].join('\n\n');
  return { subject: `${options.networkName}: ${n} je aandacht`, body: `${body}\n` };
}
