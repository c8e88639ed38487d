/** Timeline entries in words (nl and en). */
import { formatDay, type Locale } from '../calendar/dates.js';
import type { TimelineEntry, TimelineKind } from './timeline.js';

const kindLabels: Record<Locale, Record<TimelineKind, string>> = {
  nl: {
    decision: 'Besluit',
    meeting: 'Bijeenkomst',
    scan_round: 'Samenwerkingsscan',
    network_snapshot: 'Netwerkkaart',
    card_version: 'Partnerschapskaart',
    card_consent: 'Toestemming',
    action_done: 'Actie klaar',
    focus_decision: 'Focus',
    agreement: 'Afspraak',
  },
  en: {
    decision: 'Decision',
    meeting: 'Meeting',
    scan_round: 'Collaboration scan',
    network_snapshot: 'Network map',
    card_version: 'Partnership card',
    card_consent: 'Consent',
    action_done: 'Action done',
    focus_decision: 'Focus',
    agreement: 'Agreement',
  },
};

const lists: Record<Locale, Intl.ListFormat> = {
  nl: new Intl.ListFormat('nl-NL', { type: 'conjunction' }),
  en: new Intl.ListFormat('en-GB', { type: 'conjunction' }),
};

function dutchTitle(e: TimelineEntry): string {
  switch (e.kind) {
    case 'decision':
      return e.params.decidedBy ? `${e.params.decidedBy} besloot: ${e.params.text}` : `Besloten: ${e.params.text}`;
    case 'meeting':
      return e.params.title;
    case 'scan_round':
      return `Ronde ${e.params.label} van de samenwerkingsscan is gesloten`;
    case 'network_snapshot':
      return `Momentopname van de netwerkkaart: ${e.params.label}`;
    case 'card_version':
      return `Versie ${e.params.number} van de partnerschapskaart`;
    case 'card_consent':
      return `${e.params.party} gaf toestemming voor versie ${e.params.number} van de partnerschapskaart`;
    case 'action_done':
      return `Actie klaar: ${e.params.title}`;
    case 'focus_decision':
      return `Focus gekozen: ${lists.nl.format(e.params.themes)}`;
    case 'agreement':
      return `Nieuwe afspraak: ${e.params.title}`;
  }
}

function englishTitle(e: TimelineEntry): string {
  switch (e.kind) {
    case 'decision':
      return e.params.decidedBy ? `${e.params.decidedBy} decided: ${e.params.text}` : `Decided: ${e.params.text}`;
    case 'meeting':
      return e.params.title;
    case 'scan_round':
      return `Round ${e.params.label} of the collaboration scan closed`;
    case 'network_snapshot':
      return `Snapshot of the network map: ${e.params.label}`;
    case 'card_version':
      return `Version ${e.params.number} of the partnership card`;
    case 'card_consent':
      return `${e.params.party} consented to version ${e.params.number} of the partnership card`;
    case 'action_done':
      return `Action done: ${e.params.title}`;
    case 'focus_decision':
      return `Focus chosen: ${lists.en.format(e.params.themes)}`;
    case 'agreement':
      return `New agreement: ${e.params.title}`;
  }
}

export interface RenderedEntry {
  kindLabel: string;
  title: string;
  date: string;
}

export function renderEntry(e: TimelineEntry, locale: Locale): RenderedEntry {
  return {
    kindLabel: kindLabels[locale][e.kind],
    title: locale === 'nl' ? dutchTitle(e) : englishTitle(e),
    date: formatDay(e.day, locale),
  };
}
