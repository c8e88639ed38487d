/**
 * The one phase-progress registry: every step of the four phases, each with the tool where it
 * is done and a pure rule over NetworkFacts. The rule returns whether the step is done and a
 * detail (a message code with parameters) that says what was found or what to do next.
 *
 * The verkennen and vormgeven steps reproduce the checklists that came before this registry
 * (src/modules/progress/service.ts and web/src/routes/network/vormgeven/Progress.tsx): the same
 * ids as their keys, the same "done" rules. Only their wording changed.
 */
import type { NetworkFacts } from './facts.js';
import type { Message, Params, Text } from './text.js';
import type { Phase, ToolId } from './tools.js';

export const DETAIL_MESSAGES = {
  // Verkennen
  'partners.count': {
    nl: {
      count: 'count',
      zero: 'Nog geen partners. Voeg er minstens twee toe, of zoek medestanders in de sociale kaart.',
      one: 'Er doet {count} partner mee. Voeg er nog minstens één toe.',
      other: 'Er doen {count} partners mee.',
    },
    en: {
      count: 'count',
      zero: 'No partners yet. Add at least two, or find allies in the directory.',
      one: '{count} partner takes part. Add at least one more.',
      other: '{count} partners take part.',
    },
  },
  'relations.count': {
    nl: {
      count: 'count',
      zero: 'Nog geen relaties. Vul in wie met wie samenwerkt.',
      one: '{count} relatie op de netwerkkaart.',
      other: '{count} relaties op de netwerkkaart.',
    },
    en: {
      count: 'count',
      zero: 'No relations yet. Fill in who works with whom.',
      one: '{count} relation on the network map.',
      other: '{count} relations on the network map.',
    },
  },
  'snapshot.count': {
    nl: {
      count: 'count',
      zero: 'Bekijk de analyse en leg het netwerk vast als momentopname. Dan kun je later vergelijken.',
      one: '{count} momentopname vastgelegd.',
      other: '{count} momentopnamen vastgelegd.',
    },
    en: {
      count: 'count',
      zero: 'Look at the analysis and record the network as a snapshot. Then you can compare later.',
      one: '{count} snapshot recorded.',
      other: '{count} snapshots recorded.',
    },
  },
  'whoIsWho.count': {
    nl: {
      count: 'count',
      zero: 'Loop de lijst met functies na en koppel de partners die ze vervullen.',
      one: '{count} functie gekoppeld aan een partner.',
      other: '{count} functies gekoppeld aan partners.',
    },
    en: {
      count: 'count',
      zero: 'Go through the list of functions and link the partners that fill them.',
      one: '{count} function linked to a partner.',
      other: '{count} functions linked to partners.',
    },
  },
  'profile.done': {
    nl: 'Cijfers over de wijk: {figures}. Vragen en behoeften van bewoners: {needs}.',
    en: 'Figures about the area: {figures}. Residents’ questions and needs: {needs}.',
  },
  'profile.needsMissing': {
    nl: 'Je hebt cijfers over de wijk. Schrijf nu ook op welke vragen en behoeften je van bewoners hoort.',
    en: 'You have figures about the area. Now also write down the questions and needs you hear from residents.',
  },
  'profile.figuresMissing': {
    nl: 'Je weet al wat bewoners vragen. Haal nu ook de CBS-kerncijfers van je wijk op, of vul eigen cijfers in.',
    en: 'You already know what residents ask. Now also fetch the CBS key figures of your area, or enter your own figures.',
  },
  'profile.none': {
    nl: 'Haal de CBS-kerncijfers van je wijk op, of vul eigen cijfers in. Schrijf ook op wat bewoners vragen.',
    en: 'Fetch the CBS key figures of your area, or enter your own figures. Also write down what residents ask.',
  },
  'focus.themes': {
    nl: 'Focus: {themes}.',
    en: 'Focus: {themes}.',
  },
  'focus.decided': {
    nl: 'Het besluit over de focus is vastgelegd.',
    en: 'The decision on the focus is recorded.',
  },
  'focus.candidates': {
    nl: {
      count: 'count',
      one: '{count} thema voorgesteld. Stem over het draagvlak: hoeveel steun heeft het? Leg daarna het besluit vast.',
      other:
        '{count} thema’s voorgesteld. Stem over het draagvlak: hoeveel steun heeft elk thema? Leg daarna het besluit vast.',
    },
    en: {
      count: 'count',
      one: '{count} theme suggested. Vote on the support it has. Then record the decision.',
      other: '{count} themes suggested. Vote on the support each theme has. Then record the decision.',
    },
  },
  'focus.none': {
    nl: 'Stel thema’s voor en stem over het draagvlak: hoeveel steun heeft elk thema? Kies dan samen de focus.',
    en: 'Suggest themes and vote on the support each theme has. Then choose the focus together.',
  },

  // Vormgeven
  'ladders.count': {
    nl: {
      count: 'count',
      zero: 'Nog geen waaromladders. Als minstens twee partners er een invullen, kun je ze vergelijken.',
      one: '{count} partner heeft een waaromladder. Er is er nog minstens één nodig om te vergelijken.',
      other: '{count} partners hebben een waaromladder.',
    },
    en: {
      count: 'count',
      zero: 'No why ladders yet. Once at least two partners fill one in, you can compare them.',
      one: '{count} partner has a why ladder. At least one more is needed to compare.',
      other: '{count} partners have a why ladder.',
    },
  },
  'shared.count': {
    nl: {
      count: 'count',
      zero: 'Nog geen gedeeld doel gevonden. Vergelijk de waaromladders.',
      one: '{count} gedeeld doel gevonden.',
      other: '{count} gedeelde doelen gevonden.',
    },
    en: {
      count: 'count',
      zero: 'No shared goal found yet. Compare the why ladders.',
      one: '{count} shared goal found.',
      other: '{count} shared goals found.',
    },
  },
  'goals.done': {
    nl: 'De stip op de horizon staat er. Doelen: {goals}. Met een indicator: {withIndicator}.',
    en: 'The dot on the horizon is there. Goals: {goals}. With an indicator: {withIndicator}.',
  },
  'goals.visionMissing': {
    nl: {
      count: 'goals',
      one: 'Er is {goals} doel. Schrijf nu samen de stip op de horizon op: waar willen jullie over een paar jaar staan?',
      other:
        'Er zijn {goals} doelen. Schrijf nu samen de stip op de horizon op: waar willen jullie over een paar jaar staan?',
    },
    en: {
      count: 'goals',
      one: 'There is {goals} goal. Now write the dot on the horizon together: where do you want to be in a few years?',
      other:
        'There are {goals} goals. Now write the dot on the horizon together: where do you want to be in a few years?',
    },
  },
  'goals.goalsMissing': {
    nl: 'De stip op de horizon staat er. Maak nu een paar concrete doelen, elk met een indicator.',
    en: 'The dot on the horizon is there. Now make a few concrete goals, each with an indicator.',
  },
  'goals.none': {
    nl: 'Schrijf samen de stip op de horizon op: waar willen jullie over een paar jaar staan? Maak daarna een paar concrete doelen.',
    en: 'Write the dot on the horizon together: where do you want to be in a few years? Then make a few concrete goals.',
  },
  'card.none': {
    nl: 'Nog geen versie vastgelegd.',
    en: 'No version recorded yet.',
  },
  'card.consents': {
    nl: 'Versie {number}. Akkoord: {consented} van {parties}.',
    en: 'Version {number}. Consented: {consented} of {parties}.',
  },
  'lead.none': {
    nl: 'Er is nog geen kartrekker. Wijs iemand aan die de samenwerking trekt en er tijd voor krijgt.',
    en: 'There is no network lead yet. Appoint someone who drives the collaboration and gets time for it.',
  },
  'lead.noHours': {
    nl: {
      count: 'count',
      one: 'Voor {count} kartrekker zijn nog geen uren per week afgesproken.',
      other: 'Voor {count} kartrekkers zijn nog geen uren per week afgesproken.',
    },
    en: {
      count: 'count',
      one: 'No hours per week are agreed yet for {count} lead.',
      other: 'No hours per week are agreed yet for {count} leads.',
    },
  },
  'lead.noDeputy': {
    nl: {
      count: 'count',
      one: '{count} kartrekker heeft nog geen vervanger.',
      other: '{count} kartrekkers hebben nog geen vervanger.',
    },
    en: { count: 'count', one: '{count} lead has no deputy yet.', other: '{count} leads have no deputy yet.' },
  },
  'lead.ok': {
    nl: 'Uren en vervanger zijn geregeld.',
    en: 'Hours and a deputy are arranged.',
  },
  'agreements.count': {
    nl: {
      count: 'count',
      zero: 'Nog geen afspraken. Spreek af hoe jullie besluiten, wie wat doet en hoe het met geld gaat.',
      one: '{count} afspraak vastgelegd.',
      other: '{count} afspraken vastgelegd.',
    },
    en: {
      count: 'count',
      zero: 'No agreements yet. Agree how you decide, who does what and how you handle money.',
      one: '{count} agreement recorded.',
      other: '{count} agreements recorded.',
    },
  },
  'actions.count': {
    nl: {
      count: 'count',
      zero: 'Nog geen acties voor dit jaar. Spreek af wie wat doet, en wanneer.',
      one: '{count} actie voor dit jaar.',
      other: '{count} acties voor dit jaar.',
    },
    en: {
      count: 'count',
      zero: 'No actions for this year yet. Agree who does what, and when.',
      one: '{count} action for this year.',
      other: '{count} actions for this year.',
    },
  },

  // Verdiepen
  'scan.held': {
    nl: { count: 'count', one: '{count} ronde gehouden.', other: '{count} rondes gehouden.' },
    en: { count: 'count', one: '{count} round held.', other: '{count} rounds held.' },
  },
  'scan.open': {
    nl: {
      count: 'count',
      one: 'Er loopt {count} ronde. De uitslag zie je als de ronde gesloten is.',
      other: 'Er lopen {count} rondes. De uitslag zie je als een ronde gesloten is.',
    },
    en: {
      count: 'count',
      one: '{count} round is running. You see the results once it is closed.',
      other: '{count} rounds are running. You see the results once a round is closed.',
    },
  },
  'scan.none': {
    nl: 'Nog geen ronde gehouden. Open een eerste scanronde.',
    en: 'No round held yet. Open a first scan round.',
  },
  'relatiecheck.held': {
    nl: 'Relatiecheck gedaan: {count} keer.',
    en: 'Relationship check done: {count} times.',
  },
  'relatiecheck.none': {
    nl: 'Nog geen relatiecheck gedaan. Laat de partners elkaar een cijfer geven voor vertrouwen en voor wat ze bijdragen.',
    en: 'No relationship check done yet. Let the partners rate each other for trust and for what they contribute.',
  },
  'meetings.withDecisions': {
    nl: { count: 'count', one: '{count} bijeenkomst met besluiten.', other: '{count} bijeenkomsten met besluiten.' },
    en: { count: 'count', one: '{count} meeting with decisions.', other: '{count} meetings with decisions.' },
  },
  'meetings.noDecisions': {
    nl: {
      count: 'count',
      one: '{count} bijeenkomst, nog zonder besluiten. Schrijf op wat jullie besluiten.',
      other: '{count} bijeenkomsten, nog zonder besluiten. Schrijf op wat jullie besluiten.',
    },
    en: {
      count: 'count',
      one: '{count} meeting, no decisions yet. Write down what you decide.',
      other: '{count} meetings, no decisions yet. Write down what you decide.',
    },
  },
  'meetings.none': {
    nl: 'Nog geen bijeenkomst. Plan er een en schrijf de besluiten op.',
    en: 'No meeting yet. Plan one and write down the decisions.',
  },
  'health.count': {
    nl: {
      count: 'count',
      zero: 'Jullie doelen en acties hebben nog geen dimensie van positieve gezondheid. Geef ze er een.',
      one: 'Jullie doelen en acties raken {count} van de 6 dimensies van positieve gezondheid.',
      other: 'Jullie doelen en acties raken {count} van de 6 dimensies van positieve gezondheid.',
    },
    en: {
      count: 'count',
      zero: 'Your goals and actions have no dimension of positive health yet. Give them one.',
      one: 'Your goals and actions touch {count} of the 6 dimensions of positive health.',
      other: 'Your goals and actions touch {count} of the 6 dimensions of positive health.',
    },
  },
  'reviews.noDates': {
    nl: 'Geen afspraak heeft een datum om hem opnieuw te bekijken. Geef elke afspraak zo’n datum.',
    en: 'No agreement has a date to look at it again. Give each agreement such a date.',
  },
  'reviews.pastDue': {
    nl: {
      count: 'count',
      one: 'Bekijk {count} afspraak opnieuw: de datum is voorbij.',
      other: 'Bekijk {count} afspraken opnieuw: de datum is voorbij.',
    },
    en: {
      count: 'count',
      one: 'Look at {count} agreement again: its date has passed.',
      other: 'Look at {count} agreements again: their date has passed.',
    },
  },
  'reviews.ok': {
    nl: 'Alle afspraken zijn op tijd opnieuw bekeken.',
    en: 'All agreements were looked at again in time.',
  },

  // Verankeren
  'prices.none': {
    nl: 'Nog geen prijslijst. Open de prijslijst en neem de startlijst over.',
    en: 'No price list yet. Open the price list and take over the starter list.',
  },
  'prices.missing': {
    nl: {
      count: 'count',
      one: 'Er is nog {count} prijs leeg. Vul die in met een bron, of haal de regel weg.',
      other: 'Er zijn nog {count} prijzen leeg. Vul ze in met een bron, of haal de regels weg.',
    },
    en: {
      count: 'count',
      one: '{count} price is still empty. Fill it in with a source, or remove the line.',
      other: '{count} prices are still empty. Fill them in with a source, or remove the lines.',
    },
  },
  'prices.done': {
    nl: { count: 'count', one: '{count} prijs ingevuld.', other: '{count} prijzen ingevuld.' },
    en: { count: 'count', one: '{count} price filled in.', other: '{count} prices filled in.' },
  },
  'cases.count': {
    nl: {
      count: 'count',
      zero: 'Nog geen casus. Beschrijf een verzonnen bewoner zoals die vaak voorkomt.',
      one: '{count} casus uitgewerkt.',
      other: '{count} casussen uitgewerkt.',
    },
    en: {
      count: 'count',
      zero: 'No case yet. Describe a made-up resident as you often meet them.',
      one: '{count} case worked out.',
      other: '{count} cases worked out.',
    },
  },
  'model.saved': {
    nl: {
      count: 'count',
      one: '{count} versie van het effectmodel opgeslagen.',
      other: '{count} versies van het effectmodel opgeslagen.',
    },
    en: {
      count: 'count',
      one: '{count} version of the effect model saved.',
      other: '{count} versions of the effect model saved.',
    },
  },
  'model.unsaved': {
    nl: 'Er is een effectmodel, maar nog geen opgeslagen versie. Sla een versie op, dan kun je het rapport maken.',
    en: 'There is an effect model, but no saved version yet. Save a version, then you can make the report.',
  },
  'model.none': {
    nl: 'Nog geen effectmodel. Vul in wat jullie investeren en wat het oplevert.',
    en: 'No effect model yet. Fill in what you invest and what it brings.',
  },
  'funding.count': {
    nl: {
      count: 'count',
      zero: 'Nog geen afspraak over geld. Gebruik het voorstel bij “Wie betaalt, wie wint” en leg het vast als afspraak.',
      one: '{count} afspraak over geld.',
      other: '{count} afspraken over geld.',
    },
    en: {
      count: 'count',
      zero: 'No agreement about money yet. Use the proposal under “Who pays, who benefits” and record it as an agreement.',
      one: '{count} agreement about money.',
      other: '{count} agreements about money.',
    },
  },
  'continuity.none': {
    nl: 'De checklist voor borging is nog leeg. Loop de punten na: geld, vervangers, overdracht en het plan elk jaar vernieuwen.',
    en: 'The continuity checklist is still empty. Go through the points: money, deputies, hand-over and renewing the plan every year.',
  },
  'continuity.open': {
    nl: { count: 'count', one: 'Nog {count} punt staat open.', other: 'Nog {count} punten staan open.' },
    en: { count: 'count', one: '{count} point is still open.', other: '{count} points are still open.' },
  },
  'continuity.done': {
    nl: { count: 'count', one: 'Checklist ingevuld: {count} punt.', other: 'Checklist ingevuld: {count} punten.' },
    en: { count: 'count', one: 'Checklist filled in: {count} point.', other: 'Checklist filled in: {count} points.' },
  },
  'results.on': {
    nl: 'De resultatenpagina staat aan.',
    en: 'The results page is on.',
  },
  'results.off': {
    nl: 'De resultatenpagina staat uit. Zet hem aan als jullie willen laten zien wat het netwerk oplevert.',
    en: 'The results page is off. Switch it on when you want to show what the network brings.',
  },

  // Any step
  notApplicable: {
    nl: 'Niet van toepassing: {reason}',
    en: 'Not applicable: {reason}',
  },
} as const satisfies Record<string, Message>;

export type DetailCode = keyof typeof DETAIL_MESSAGES;

export interface Detail {
  code: DetailCode;
  params: Params;
}

export interface StepResult {
  done: boolean;
  detail: Detail;
}

export interface StepDefinition {
  /** Stable: stored in phase_step_marks. */
  id: string;
  phase: Phase;
  tool: ToolId;
  label: Text;
  evaluate(facts: NetworkFacts): StepResult;
}

const result = (done: boolean, code: DetailCode, params: Params = {}): StepResult => ({
  done,
  detail: { code, params },
});
const counted = (done: boolean, code: DetailCode, count: number) => result(done, code, { count });

/** In list order: the order the toolbox suggests, never one a network must follow. */
export const STEPS: readonly StepDefinition[] = [
  // Verkennen (as src/modules/progress/service.ts computed it)
  {
    id: 'partners',
    phase: 'verkennen',
    tool: 'medestanders',
    label: { nl: 'Partners toevoegen', en: 'Add partners' },
    evaluate: (f) => counted(f.partners >= 2, 'partners.count', f.partners),
  },
  {
    id: 'relations',
    phase: 'verkennen',
    tool: 'netwerkkaart',
    label: { nl: 'Relaties invullen', en: 'Fill in relations' },
    evaluate: (f) => counted(f.relations > 0, 'relations.count', f.relations),
  },
  {
    id: 'snapshot',
    phase: 'verkennen',
    tool: 'analyse',
    label: { nl: 'Netwerk bekijken en vastleggen', en: 'Look at the network and record it' },
    evaluate: (f) => counted(f.snapshots > 0, 'snapshot.count', f.snapshots),
  },
  {
    id: 'whoIsWho',
    phase: 'verkennen',
    tool: 'wie-is-wie',
    label: { nl: 'Wie is wie in de wijk nalopen', en: 'Go through who is who in the neighbourhood' },
    evaluate: (f) => counted(f.functionsLinked > 0, 'whoIsWho.count', f.functionsLinked),
  },
  {
    id: 'profile',
    phase: 'verkennen',
    tool: 'wijkprofiel',
    label: {
      nl: 'Wijkprofiel: cijfers en vragen van bewoners',
      en: 'Neighbourhood profile: figures and residents’ questions',
    },
    evaluate: (f) => {
      const figures = f.figures + f.indicators;
      if (figures > 0 && f.needs > 0) return result(true, 'profile.done', { figures, needs: f.needs });
      if (figures > 0) return result(false, 'profile.needsMissing');
      if (f.needs > 0) return result(false, 'profile.figuresMissing');
      return result(false, 'profile.none');
    },
  },
  {
    id: 'focus',
    phase: 'verkennen',
    tool: 'focus',
    label: { nl: 'Focus kiezen', en: 'Choose a focus' },
    evaluate: (f) => {
      if (f.focusThemes.length > 0) return result(true, 'focus.themes', { themes: f.focusThemes });
      if (f.focusDecisions > 0) return result(true, 'focus.decided');
      if (f.focusCandidates > 0) return counted(false, 'focus.candidates', f.focusCandidates);
      return result(false, 'focus.none');
    },
  },

  // Vormgeven (as web/src/routes/network/vormgeven/Progress.tsx computed it)
  {
    id: 'ladders',
    phase: 'vormgeven',
    tool: 'waaromladders',
    label: { nl: 'Waaromladders invullen', en: 'Fill in why ladders' },
    evaluate: (f) => counted(f.partnersWithLadder >= 2, 'ladders.count', f.partnersWithLadder),
  },
  {
    id: 'shared',
    phase: 'vormgeven',
    tool: 'waaromladders',
    label: { nl: 'Een gedeeld doel vinden', en: 'Find a shared goal' },
    evaluate: (f) => counted(f.sharedGoalGroups > 0, 'shared.count', f.sharedGoalGroups),
  },
  {
    id: 'goals',
    phase: 'vormgeven',
    tool: 'doelen',
    label: { nl: 'Stip op de horizon en doelen vastleggen', en: 'Record the dot on the horizon and goals' },
    evaluate: (f) => {
      if (f.vision && f.goals > 0)
        return result(true, 'goals.done', { goals: f.goals, withIndicator: f.goalsWithIndicator });
      if (f.goals > 0) return result(false, 'goals.visionMissing', { goals: f.goals });
      if (f.vision) return result(false, 'goals.goalsMissing');
      return result(false, 'goals.none');
    },
  },
  {
    id: 'card',
    phase: 'vormgeven',
    tool: 'partnerschapskaart',
    label: {
      nl: 'Partnerschapskaart vastleggen, met akkoord van iedereen',
      en: 'Record the partnership card, with everyone’s consent',
    },
    evaluate: (f) => {
      const card = f.latestCard;
      if (!card) return result(false, 'card.none');
      const done = card.parties > 0 && card.consented === card.parties;
      return result(done, 'card.consents', { number: card.number, consented: card.consented, parties: card.parties });
    },
  },
  {
    id: 'lead',
    phase: 'vormgeven',
    tool: 'kartrekker',
    label: { nl: 'Kartrekker met uren en een vervanger', en: 'Network lead with hours and a deputy' },
    evaluate: (f) => {
      // The counts come from domain/leads.ts (leadStatus), the rule the kartrekker page warns with:
      // done exactly when that page has no warning left.
      if (f.leads === 0) return result(false, 'lead.none');
      if (f.leadsWithoutHours > 0) return counted(false, 'lead.noHours', f.leadsWithoutHours);
      if (f.leadsWithoutDeputy > 0) return counted(false, 'lead.noDeputy', f.leadsWithoutDeputy);
      return result(true, 'lead.ok');
    },
  },
  {
    id: 'agreements',
    phase: 'vormgeven',
    tool: 'afspraken',
    label: { nl: 'Afspraken maken', en: 'Make agreements' },
    evaluate: (f) => counted(f.agreements > 0, 'agreements.count', f.agreements),
  },
  {
    id: 'actions',
    phase: 'vormgeven',
    tool: 'acties',
    label: { nl: 'Actieplan voor dit jaar maken', en: 'Make this year’s action plan' },
    evaluate: (f) => counted(f.actionsThisYear > 0, 'actions.count', f.actionsThisYear),
  },

  // Verdiepen
  {
    id: 'scan',
    phase: 'verdiepen',
    tool: 'scan',
    label: { nl: 'Een samenwerkingsscan houden', en: 'Hold a collaboration scan' },
    evaluate: (f) => {
      if (f.scanRoundsHeld > 0) return counted(true, 'scan.held', f.scanRoundsHeld);
      if (f.scanRoundsOpen > 0) return counted(false, 'scan.open', f.scanRoundsOpen);
      return result(false, 'scan.none');
    },
  },
  {
    id: 'relatiecheck',
    phase: 'verdiepen',
    tool: 'relatiecheck',
    label: { nl: 'De relatiecheck doen', en: 'Do the relationship check' },
    evaluate: (f) =>
      f.relationChecksHeld > 0
        ? counted(true, 'relatiecheck.held', f.relationChecksHeld)
        : result(false, 'relatiecheck.none'),
  },
  {
    id: 'meetings',
    phase: 'verdiepen',
    tool: 'meetings',
    label: { nl: 'Bijeenkomsten houden en besluiten vastleggen', en: 'Hold meetings and record decisions' },
    evaluate: (f) => {
      if (f.meetingsWithDecisions > 0) return counted(true, 'meetings.withDecisions', f.meetingsWithDecisions);
      if (f.meetings > 0) return counted(false, 'meetings.noDecisions', f.meetings);
      return result(false, 'meetings.none');
    },
  },
  {
    id: 'health',
    phase: 'verdiepen',
    tool: 'health',
    label: {
      nl: 'Bespreken welke dimensies van positieve gezondheid jullie raken',
      en: 'Discuss which dimensions of positive health you touch',
    },
    evaluate: (f) => counted(f.healthDimensionsCovered > 0, 'health.count', f.healthDimensionsCovered),
  },
  {
    id: 'reviews',
    phase: 'verdiepen',
    tool: 'cockpit',
    label: { nl: 'Afspraken op tijd opnieuw bekijken', en: 'Look at agreements again in time' },
    evaluate: (f) => {
      if (f.agreementsWithReview === 0) return result(false, 'reviews.noDates');
      if (f.agreementsPastReview > 0) return counted(false, 'reviews.pastDue', f.agreementsPastReview);
      return result(true, 'reviews.ok');
    },
  },

  // Verankeren
  {
    id: 'prices',
    phase: 'verankeren',
    tool: 'prices',
    label: { nl: 'De prijslijst nalopen', en: 'Check the price list' },
    evaluate: (f) => {
      if (f.priceItems === 0) return result(false, 'prices.none');
      if (f.pricesMissing > 0) return counted(false, 'prices.missing', f.pricesMissing);
      return counted(true, 'prices.done', f.priceItems);
    },
  },
  {
    id: 'case',
    phase: 'verankeren',
    tool: 'cases',
    label: { nl: 'Een casus uitwerken', en: 'Work out a case' },
    evaluate: (f) => counted(f.effectCases > 0, 'cases.count', f.effectCases),
  },
  {
    id: 'model',
    phase: 'verankeren',
    tool: 'model',
    label: { nl: 'Het effectmodel opslaan', en: 'Save the effect model' },
    evaluate: (f) => {
      if (f.effectModelVersions > 0) return counted(true, 'model.saved', f.effectModelVersions);
      if (f.effectModels > 0) return result(false, 'model.unsaved');
      return result(false, 'model.none');
    },
  },
  {
    id: 'funding',
    phase: 'verankeren',
    tool: 'model',
    label: { nl: 'Afspreken wie wat betaalt', en: 'Agree who pays what' },
    evaluate: (f) => counted(f.moneyAgreements > 0, 'funding.count', f.moneyAgreements),
  },
  {
    id: 'continuity',
    phase: 'verankeren',
    tool: 'continuity',
    label: { nl: 'De checklist voor borging invullen', en: 'Fill in the continuity checklist' },
    evaluate: (f) => {
      if (f.continuityItems === 0) return result(false, 'continuity.none');
      if (f.continuityOpen > 0) return counted(false, 'continuity.open', f.continuityOpen);
      return counted(true, 'continuity.done', f.continuityItems);
    },
  },
  {
    id: 'results',
    phase: 'verankeren',
    tool: 'results',
    label: { nl: 'Resultaten laten zien', en: 'Show your results' },
    evaluate: (f) => result(f.resultsPageOn, f.resultsPageOn ? 'results.on' : 'results.off'),
  },
];

export type StepId = string;

const stepById = new Map(STEPS.map((s) => [s.id, s]));

export function stepDefinition(id: StepId): StepDefinition | undefined {
  return stepById.get(id);
}

/** The steps a tool's page helps with, so the page can show them beside its help. */
export function stepsForTool(toolId: ToolId): StepDefinition[] {
  return STEPS.filter((s) => s.tool === toolId);
}
