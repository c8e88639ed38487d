/**
 * The starter list of the societal price list (maatschappelijke prijslijst): common items in
 * the Dutch social domain that a network gets as its first copy, to check, fill in and extend.
 *
 * The rule behind every figure here: a price is only filled in when someone read it in a
 * source that the network can open again (title, publisher, year, address and the exact
 * words). Everything else stays empty (`price: null`) with the source where we expect the
 * price and a note that asks the network to fill it in. Never an estimate of our own.
 * docs/PRICES.md has the research log and how a network checks a price.
 */

import type { PriceIndex } from './cases.js';

type Language = 'nl' | 'en';
type Text = Readonly<Record<Language, string>>;

/** Who pays: one fixed list, so payers add up across cases and models. */
export const PAYERS = {
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
  zorgverzekeraar: { nl: 'Zorgverzekeraar', en: 'Health insurer' },
  wlz: { nl: 'Wlz (zorgkantoor)', en: 'Long-term care (Wlz care office)' },
  woningcorporatie: { nl: 'Woningcorporatie', en: 'Housing association' },
  'politie-justitie': { nl: 'Politie en justitie', en: 'Police and justice' },
  uwv: { nl: 'UWV', en: 'Employee insurance agency (UWV)' },
  werkgever: { nl: 'Werkgever', en: 'Employer' },
  bewoner: { nl: 'Bewoner', en: 'Resident' },
} as const satisfies Record<string, Text>;

export type PayerId = keyof typeof PAYERS;

export const PAYER_IDS = Object.keys(PAYERS) as PayerId[];

export function isPayerId(value: string): value is PayerId {
  return Object.prototype.hasOwnProperty.call(PAYERS, value);
}

export function payerName(id: PayerId, language: Language = 'nl'): string {
  return PAYERS[id][language];
}

/** A source someone read: enough to open it again and find the figure. */
export interface ReadSource {
  title: string;
  publisher: string;
  /** Year of publication, or of the tariffs the page lists when it gives no date. */
  year: number;
  /** The stored page where the figure was read. */
  url: string;
  /** The exact words on that page that hold the figure. */
  quote: string;
}

/** Where we expect the price, for an item nobody has checked yet. */
export interface ExpectedSource {
  title: string;
  publisher: string;
}

interface StarterBase {
  key: string;
  item: Text;
  /** What one unit is ("consult", "uur", "dag"). */
  unit: Text;
  payer: PayerId;
}

export interface VerifiedStarterItem extends StarterBase {
  price: number;
  /** The year the price is expressed in. */
  priceYear: number;
  source: ReadSource;
  /** What the figure does and does not include. */
  note: Text | null;
}

export interface UncheckedStarterItem extends StarterBase {
  price: null;
  priceYear: null;
  expectedSource: ExpectedSource;
  note: Text;
}

export type StarterPriceItem = VerifiedStarterItem | UncheckedStarterItem;

export const UNCHECKED_NOTE: Text = {
  nl: 'nog niet nagekeken — vul de prijs in uit een bron die je kunt controleren',
  en: 'not checked yet — fill in the price from a source you can verify',
};

function unchecked(
  key: string,
  item: Text,
  unit: Text,
  payer: PayerId,
  expectedSource: ExpectedSource,
): UncheckedStarterItem {
  return { key, item, unit, payer, price: null, priceYear: null, expectedSource, note: UNCHECKED_NOTE };
}

const KOSTENHANDLEIDING: ExpectedSource = {
  title: 'Kostenhandleiding voor economische evaluaties in de gezondheidszorg (referentieprijzen)',
  publisher: 'Zorginstituut Nederland',
};

export const STARTER_PRICES: readonly StarterPriceItem[] = [
  {
    key: 'huisarts-consult',
    item: { nl: 'Consult bij de huisarts', en: 'GP consultation' },
    unit: { nl: 'consult van 5 tot 20 minuten', en: 'consultation of 5 to 20 minutes' },
    payer: 'zorgverzekeraar',
    price: 10.15,
    priceYear: 2020,
    source: {
      title: 'Tarieven – Het Doktershuis – Ridderkerk',
      publisher: 'Het Doktershuis, Ridderkerk',
      year: 2020,
      url: 'https://www.doktershuis.nl/tarieven/',
      quote: 'Consulten Prestatie 2020 … Consulten, 5 – 20 minuten 10,15',
    },
    note: {
      nl: 'Het tarief dat de huisarts per consult declareert. Het inschrijftarief per kwartaal zit er niet in.',
      en: 'The fee the GP charges per consultation. The quarterly registration fee is not included.',
    },
  },
  unchecked(
    'verpleeghuis-dag',
    { nl: 'Dag in een verpleeghuis', en: 'Day in a nursing home' },
    { nl: 'dag', en: 'day' },
    'wlz',
    KOSTENHANDLEIDING,
  ),
  {
    key: 'wijkverpleging-uur',
    item: { nl: 'Uur wijkverpleging (verpleging)', en: 'Hour of district nursing (nursing care)' },
    unit: { nl: 'uur', en: 'hour' },
    payer: 'zorgverzekeraar',
    price: 88.35,
    priceYear: 2024,
    source: {
      title: 'Tarieven wijkverpleging 2024',
      publisher: 'Savant Zorg',
      year: 2024,
      url: 'https://www.savant-zorg.nl/tarieven-wijkverpleging-2024',
      quote: 'Tarieven voor cliënten wijkverpleging 2024 Tarief per uur … Verpleging € 88,35',
    },
    note: {
      nl: 'Het uurtarief van één aanbieder. Persoonlijke verzorging kost daar € 67,94 per uur (2024).',
      en: 'The hourly rate of one provider. Personal care there costs € 67.94 an hour (2024).',
    },
  },
  {
    key: 'huishoudelijke-hulp-uur',
    item: { nl: 'Uur hulp bij het huishouden (Wmo)', en: 'Hour of household help (Social Support Act)' },
    unit: { nl: 'uur', en: 'hour' },
    payer: 'gemeente',
    price: 29.33,
    priceYear: 2022,
    source: {
      title: 'Maashorst verhoogt beloning voor huishoudelijke hulp; kostenpost van half miljoen extra',
      publisher: 'BD (Brabants Dagblad)',
      year: 2022,
      url: 'https://www.bd.nl/oss-e-o/moonlight-berghem-is-goed-voor-bijna-19-000-euro-in-strijd-tegen-kanker~a0baf638/',
      quote:
        'Het plan is om het uurtarief op te trekken van 26,53 naar 29,33 euro per uur, het gangbare tarief in deze regio.',
    },
    note: {
      nl: 'Het voorgestelde uurtarief van één gemeente (Maashorst). Zet hier het tarief van je eigen gemeente neer.',
      en: 'The proposed hourly rate of one municipality (Maashorst). Replace it with your own municipality’s rate.',
    },
  },
  {
    key: 'maatschappelijke-opvang-plek',
    item: { nl: 'Plek in de maatschappelijke opvang', en: 'Place in a homeless shelter' },
    unit: { nl: 'plek per jaar', en: 'place per year' },
    payer: 'gemeente',
    price: 15000,
    priceYear: 2025,
    source: {
      title: "Daklozen zijn een van 'duurste' bevolkingsgroepen voor overheid, maar dat hoeft niet",
      publisher: 'EenVandaag (AVROTROS)',
      year: 2025,
      url: 'https://eenvandaag.avrotros.nl/artikelen/daklozen-zijn-een-van-duurste-bevolkingsgroepen-voor-overheid-maar-dat-hoeft-niet-zorg-wordt-pas-ingezet-als-het-misgaat-162301',
      quote: '"Een plek in de opvang kost al gauw 15.000 euro per jaar."',
    },
    note: {
      nl: 'Een ruwe ondergrens ("al gauw") van een onderzoeker in een nieuwsartikel, geen tarief. Vraag je centrumgemeente naar de prijs per nacht.',
      en: 'A rough lower bound ("easily") from a researcher in a news article, not a tariff. Ask your central municipality for the price per night.',
    },
  },
  unchecked(
    'huisuitzetting',
    { nl: 'Huisuitzetting', en: 'Eviction' },
    { nl: 'uitzetting', en: 'eviction' },
    'woningcorporatie',
    { title: 'Kosten van een ontruiming (eigen administratie)', publisher: 'de woningcorporatie in je netwerk' },
  ),
  unchecked(
    'politie-inzet',
    { nl: 'Inzet van de politie', en: 'Police call-out' },
    { nl: 'inzet', en: 'call-out' },
    'politie-justitie',
    { title: 'Kengetallen politie-inzet', publisher: 'Politie / ministerie van Justitie en Veiligheid' },
  ),
  unchecked(
    'sociaal-werker-uur',
    { nl: 'Uur van een sociaal werker', en: 'Hour of a social worker' },
    { nl: 'uur', en: 'hour' },
    'gemeente',
    { title: 'Subsidie- of inkoopafspraak welzijnswerk', publisher: 'je eigen gemeente' },
  ),
  unchecked(
    'mantelzorgondersteuning-uur',
    { nl: 'Uur ondersteuning van een mantelzorger', en: 'Hour of support for an informal carer' },
    { nl: 'uur', en: 'hour' },
    'gemeente',
    { title: 'Subsidieafspraak mantelzorgondersteuning', publisher: 'je eigen gemeente' },
  ),
  unchecked(
    'seh-bezoek',
    { nl: 'Bezoek aan de spoedeisende hulp', en: 'Emergency department visit' },
    { nl: 'bezoek', en: 'visit' },
    'zorgverzekeraar',
    KOSTENHANDLEIDING,
  ),
  {
    key: 'ambulance-spoedrit',
    item: { nl: 'Spoedrit met de ambulance', en: 'Emergency ambulance ride' },
    unit: { nl: 'rit (basistarief, zonder kilometers)', en: 'ride (base fee, without kilometres)' },
    payer: 'zorgverzekeraar',
    price: 740.81,
    priceYear: 2020,
    source: {
      title: 'Wat kost een ambulancerit?',
      publisher: 'RAV Gooi en Vechtstreek',
      year: 2020,
      url: 'https://www.ravgooi.nl/patienten/kosten-ambulancerit/',
      quote: 'De kosten A1/A2 spoedvervoer zijn in 2020: 740,81 euro basistarief + 4,23 euro per km',
    },
    note: {
      nl: 'Het landelijke basistarief van de NZa. Per kilometer met de patiënt komt er € 4,23 bij (2020).',
      en: 'The national NZa base fee. € 4.23 is added per kilometre with the patient (2020).',
    },
  },
  {
    key: 'dagbesteding-uur',
    item: { nl: 'Dagbesteding (begeleiding in een groep, Wmo)', en: 'Day care (group support, Social Support Act)' },
    unit: { nl: 'uur', en: 'hour' },
    payer: 'gemeente',
    price: 9.6,
    priceYear: 2023,
    source: {
      title: 'Tarieven Wmo Zorg in Natura en Pgb',
      publisher: 'Meer Inzicht (meerinzicht.nl)',
      year: 2023,
      url: 'https://www.meerinzicht.nl/wonen-huishouden-en-invulling-van-uw-dag/tarieven-wmo-zorg-in-natura-en-pgb-2022',
      quote:
        'Hieronder vindt u de tarieven per product voor de Wmo in 2023. … Begeleiding groep regulier tarieven per uur ZIN & Pgb professional € 9,60',
    },
    note: {
      nl: 'Het Wmo-tarief per uur (zorg in natura) van één regio. Reken een dag om met het aantal uren dat jouw dagbesteding open is, of zet het tarief van je eigen gemeente neer.',
      en: 'The Wmo hourly rate (in kind) of one region. Convert to a day with the hours your day care is open, or use your own municipality’s rate.',
    },
  },
  {
    key: 'ziekenhuis-opnamedag',
    item: { nl: 'Dag opgenomen in het ziekenhuis', en: 'Day admitted to hospital' },
    unit: { nl: 'verpleegdag', en: 'inpatient day' },
    payer: 'zorgverzekeraar',
    price: 644,
    priceYear: 2022,
    source: {
      title: 'Reference prices: lookups by domain/category/unit & years (vignet van het R-pakket tatooheene)',
      publisher: 'tatooheene team (CRAN)',
      year: 2025,
      url: 'https://stat.ethz.ch/CRAN/web/packages/tatooheene/vignettes/nl-ref-prices.html',
      quote:
        'Nursing day including personnel costs, hospital … short_var 2022 2023 2024 … nursingday_incl_personnel 644.00 668.47200 691.01200',
    },
    note: {
      nl: 'De referentieprijs uit de Kostenhandleiding (Zorginstituut Nederland), prijspeil 2022, zoals dit pakket hem doorgeeft. Leg hem naast de Kostenhandleiding zelf.',
      en: 'The reference price from the Dutch costing manual (Zorginstituut Nederland), 2022 prices, as this package passes it on. Check it against the manual itself.',
    },
  },
  unchecked(
    'ggz-contact',
    { nl: 'Contact in de ggz', en: 'Mental health care contact' },
    { nl: 'contact', en: 'contact' },
    'zorgverzekeraar',
    { title: 'Tarieven zorgprestatiemodel ggz', publisher: 'Nederlandse Zorgautoriteit (NZa)' },
  ),
  unchecked(
    'schuldhulpverlening-traject',
    { nl: 'Traject schuldhulpverlening', en: 'Debt counselling programme' },
    { nl: 'traject', en: 'programme' },
    'gemeente',
    { title: 'Kosten en baten van schuldhulpverlening', publisher: 'APE, in opdracht van het ministerie van SZW' },
  ),
];

/** A yearly rate of a stated price index, read in a source. */
export interface IndexSource {
  title: string;
  publisher: string;
  year: number;
  url: string;
  quote: string;
  /** The rates this source gave. */
  years: readonly number[];
}

export interface StatedIndex {
  name: Text;
  /** Year → change from the year before, as a fraction (0.038 is 3,8%). */
  rates: Readonly<Record<number, number>>;
  sources: readonly IndexSource[];
}

/** CBS's consumer price index (CPI), yearly changes ("jaarmutatie"). */
export const STARTER_INDEX: StatedIndex = {
  name: { nl: 'Consumentenprijsindex (CPI), CBS', en: 'Consumer price index (CPI), Statistics Netherlands' },
  rates: {
    2015: 0.006,
    2016: 0.003,
    2017: 0.014,
    2018: 0.017,
    2019: 0.026,
    2020: 0.013,
    2021: 0.027,
    2022: 0.1,
    2023: 0.038,
    2024: 0.033,
  },
  sources: [
    {
      title: 'Inflatie 3,8 procent in 2023; exclusief energie 6,5 procent',
      publisher: 'Centraal Bureau voor de Statistiek (CBS)',
      year: 2024,
      url: 'https://cbs.nl/nl-nl/nieuws/2024/02/inflatie-3-8-procent-in-2023-exclusief-energie-6-5-procent',
      quote:
        'Consumentenprijzen (% verandering t.o.v. een jaar eerder) … 2015 | 0,6 | 2016 | 0,3 | 2017 | 1,4 | 2018 | 1,7 | 2019 | 2,6 | 2020 | 1,3 | 2021 | 2,7 | 2022 | 10 | 2023 | 3,8 |',
      years: [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023],
    },
    {
      title:
        'Inflatie 3,3 procent in 2024 (overname van het CBS-bericht cbs.nl/nl-nl/nieuws/2025/03/inflatie-3-3-procent-in-2024)',
      publisher: 'Centraal Bureau voor de Statistiek (CBS), via dutch.news-pravda.com',
      year: 2025,
      url: 'https://dutch.news-pravda.com/netherlands/2025/01/15/42502.html',
      quote: 'De prijzen van consumentengoederen- en diensten waren in 2024 gemiddeld 3,3 procent hoger dan in 2023.',
      years: [2024],
    },
  ],
};

/**
 * Index levels from yearly rates, with `baseYear` = 100, for `indexPrice` in cases.ts.
 * The rate of year Y is the change from Y − 1 to Y, so levels run from the year before the
 * first rate up to the last one; they stop at the first gap on either side of the base year.
 */
export function indexFromRates(name: string, rates: Readonly<Record<number, number>>, baseYear: number): PriceIndex {
  const rate = (year: number): number | undefined => rates[year];
  const values: Record<number, number> = { [baseYear]: 100 };
  for (let y = baseYear + 1; rate(y) !== undefined; y++) values[y] = values[y - 1] * (1 + rate(y)!);
  for (let y = baseYear; rate(y) !== undefined; y--) values[y - 1] = values[y] / (1 + rate(y)!);
  return { name, values };
}

/** One row of a network's price list before it is stored (the caller adds id and network). */
export interface NewPriceItem {
  starterKey: string;
  item: string;
  unit: string;
  price: number | null;
  payer: PayerId;
  priceYear: number | null;
  /** For an unchecked item: where we expect the price, to help whoever fills it in. */
  sourceTitle: string;
  sourcePublisher: string;
  sourceYear: number | null;
  sourceUrl: string | null;
  note: string | null;
}

/** A network's first copy of the starter list, in one language; fresh objects every call. */
export function firstPriceList(language: Language = 'nl'): NewPriceItem[] {
  return STARTER_PRICES.map((s) => {
    const base = { starterKey: s.key, item: s.item[language], unit: s.unit[language], payer: s.payer };
    if (s.price === null) {
      return {
        ...base,
        price: null,
        priceYear: null,
        sourceTitle: s.expectedSource.title,
        sourcePublisher: s.expectedSource.publisher,
        sourceYear: null,
        sourceUrl: null,
        note: s.note[language],
      };
    }
    return {
      ...base,
      price: s.price,
      priceYear: s.priceYear,
      sourceTitle: s.source.title,
      sourcePublisher: s.source.publisher,
      sourceYear: s.source.year,
      sourceUrl: s.source.url,
      note: s.note?.[language] ?? null,
    };
  });
}
