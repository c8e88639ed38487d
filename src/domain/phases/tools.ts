/**
 * Every tool of the toolbox that Wijknet offers or will offer, with its phase, its page and its
 * help in place ("Waarom dit?" and "Hoe doe je dit samen?"). Existing tools carry their route
 * (relative to /netwerken/:networkId/); a tool whose page is not built yet has route null, so a
 * page can say "komt later" for exactly those and no others.
 */
import type { Text } from './text.js';

export const PHASES = ['verkennen', 'vormgeven', 'verdiepen', 'verankeren'] as const;
export type Phase = (typeof PHASES)[number];

/**
 * Ids of existing tools follow their route names. Two routes are not unique on their own
 * ("kaart" is both the network map and the partnership card; the why ladders are the index of
 * vormgeven), so those ids name the thing itself.
 */
export const TOOL_IDS = [
  'medestanders',
  'netwerkkaart',
  'analyse',
  'wie-is-wie',
  'wijkprofiel',
  'focus',
  'import-export',
  'waaromladders',
  'doelen',
  'partnerschapskaart',
  'kartrekker',
  'afspraken',
  'acties',
  'werksessies',
  'scan',
  'relatiecheck',
  'meetings',
  'cockpit',
  'health',
  'timeline',
  'prices',
  'cases',
  'model',
  'report',
  'continuity',
  'results',
] as const;
export type ToolId = (typeof TOOL_IDS)[number];

export interface ToolHelp {
  /** "Waarom dit?" */
  why: Text;
  /** "Hoe doe je dit samen?" */
  together: Text;
}

export interface Tool {
  id: ToolId;
  /** null: the tool serves every phase (the werksessie). */
  phase: Phase | null;
  /** Path under /netwerken/:networkId/, or null while the page does not exist yet. */
  route: string | null;
  name: Text;
  help: ToolHelp;
}

export const HELP_HEADINGS: { why: Text; together: Text } = {
  why: { nl: 'Waarom dit?', en: 'Why this?' },
  together: { nl: 'Hoe doe je dit samen?', en: 'How do you do this together?' },
};

export const TOOLS: readonly Tool[] = [
  {
    id: 'medestanders',
    phase: 'verkennen',
    route: 'verkennen/medestanders',
    name: { nl: 'Medestanders zoeken', en: 'Find allies' },
    help: {
      why: {
        nl: 'Samenwerken begint met mensen die hetzelfde willen. Hier zoek je wie in de wijk al werkt aan jullie thema.',
        en: 'Working together starts with people who want the same thing. Here you search for who in the area already works on your theme.',
      },
      together: {
        nl: 'Zoek eerst ieder voor zich in de sociale kaart. Bespreek daarna samen wie jullie uitnodigen. Begin klein, met mensen die echt mee willen doen.',
        en: 'First each of you searches the directory. Then decide together whom to invite. Start small, with people who really want to take part.',
      },
    },
  },
  {
    id: 'netwerkkaart',
    phase: 'verkennen',
    route: 'verkennen/kaart',
    name: { nl: 'Netwerkkaart', en: 'Network map' },
    help: {
      why: {
        nl: 'Op de kaart zie je wie met wie samenwerkt, en wie nog los staat. Dat zie je niet als ieder alleen zijn eigen contacten kent.',
        en: 'The map shows who works with whom, and who is still on their own. You cannot see that when each of you only knows your own contacts.',
      },
      together: {
        nl: 'Laat elke partner zelf zijn eigen relaties invullen. Kijk dan samen naar de kaart: wie mist er, en wie zou je aan elkaar willen voorstellen?',
        en: 'Let each partner fill in its own relations. Then look at the map together: who is missing, and whom would you like to introduce to each other?',
      },
    },
  },
  {
    id: 'analyse',
    phase: 'verkennen',
    route: 'verkennen/analyse',
    name: { nl: 'Analyse van het netwerk', en: 'Network analysis' },
    help: {
      why: {
        nl: 'De analyse laat zien hoe sterk het netwerk is en wie de bruggen slaat tussen zorg, welzijn, wonen en gemeente. Een momentopname bewaart dat beeld, zodat je later kunt vergelijken.',
        en: 'The analysis shows how strong the network is and who builds the bridges between care, welfare, housing and the municipality. A snapshot keeps that picture, so you can compare later.',
      },
      together: {
        nl: 'Bespreek de uitkomst in een overleg. Vraag: klopt dit beeld? Leg daarna een momentopname vast.',
        en: 'Discuss the outcome in a meeting. Ask: is this picture right? Then record a snapshot.',
      },
    },
  },
  {
    id: 'wie-is-wie',
    phase: 'verkennen',
    route: 'verkennen/wie-is-wie',
    name: { nl: 'Wie is wie in de wijk', en: 'Who is who in the neighbourhood' },
    help: {
      why: {
        nl: 'Een lijst met functies die een wijk meestal heeft. Zo zie je wie er al is, wie ontbreekt en wie er wel is maar nog niet meedoet.',
        en: 'A list of the functions a neighbourhood usually has. You see who is there, who is missing, and who is there but not yet taking part.',
      },
      together: {
        nl: 'Loop de lijst samen na, met iemand uit elk domein erbij. Ieder kent andere mensen in de wijk.',
        en: 'Go through the list together, with someone from each domain. Each of you knows other people in the area.',
      },
    },
  },
  {
    id: 'wijkprofiel',
    phase: 'verkennen',
    route: 'verkennen/wijkprofiel',
    name: { nl: 'Wijkprofiel', en: 'Neighbourhood profile' },
    help: {
      why: {
        nl: 'Cijfers over de wijk en de vragen van bewoners laten zien wat er nodig is. Dan kies je een focus op basis van feiten, niet alleen op gevoel.',
        en: 'Figures about the area and the questions residents ask show what is needed. Then you choose a focus based on facts, not only on a feeling.',
      },
      together: {
        nl: 'Haal de cijfers op en schrijf op wat bewoners vragen. Vraag het de bewoners ook zelf. Bespreek daarna samen wat opvalt.',
        en: 'Fetch the figures and write down what residents ask. Ask residents themselves too. Then discuss together what stands out.',
      },
    },
  },
  {
    id: 'focus',
    phase: 'verkennen',
    route: 'verkennen/focus',
    name: { nl: 'Focus kiezen', en: 'Choose a focus' },
    help: {
      why: {
        nl: 'Je kunt niet alles tegelijk. Een focus op één of twee thema’s houdt de samenwerking klein en haalbaar.',
        en: 'You cannot do everything at once. A focus on one or two themes keeps the collaboration small and doable.',
      },
      together: {
        nl: 'Stel samen thema’s voor. Laat dan elke groep stemmen: bewoners, professionals en gemeente. Zo zie je het draagvlak: hoeveel steun een thema heeft. Leg het besluit vast.',
        en: 'Suggest themes together. Then let each group vote: residents, professionals and the municipality. That shows the support each theme has. Record the decision.',
      },
    },
  },
  {
    id: 'import-export',
    phase: 'verkennen',
    route: 'verkennen/import-export',
    name: { nl: 'Importeren en exporteren', en: 'Import and export' },
    help: {
      why: {
        nl: 'Heb je de kaart al in een spreadsheet of in Kumu? Dan hoef je niets over te typen. En je kunt de kaart meenemen naar een ander programma.',
        en: 'Do you already have the map in a spreadsheet or in Kumu? Then you do not have to type it again. And you can take the map to another program.',
      },
      together: {
        nl: 'Spreek af wie het bestand beheert, zodat niet twee mensen tegelijk een oude versie inlezen.',
        en: 'Agree who looks after the file, so that two people do not import an old version at the same time.',
      },
    },
  },
  {
    id: 'waaromladders',
    phase: 'vormgeven',
    route: 'vormgeven',
    name: { nl: 'Waaromladders', en: 'Why ladders' },
    help: {
      why: {
        nl: 'Een activiteit is geen doel. Door steeds “waarom?” te vragen, vind je het doel erachter. Vaak blijkt dat jullie hetzelfde willen, ook als jullie iets anders wilden doen.',
        en: 'An activity is not a goal. By asking “why?” again and again, you find the goal behind it. Often you then find that you want the same thing, even if you had different activities in mind.',
      },
      together: {
        nl: 'Ieder vult eerst alleen een ladder in. Vergelijk ze daarna samen, bijvoorbeeld in een werksessie. Praat vooral over de doelen die verschillen.',
        en: 'First each of you fills in a ladder alone. Then compare them together, for example in a working session. Talk most about the goals that differ.',
      },
    },
  },
  {
    id: 'doelen',
    phase: 'vormgeven',
    route: 'vormgeven/doelen',
    name: { nl: 'Stip op de horizon en doelen', en: 'Vision and goals' },
    help: {
      why: {
        nl: 'De stip op de horizon is waar jullie samen over een paar jaar willen staan. Concrete doelen met een indicator laten zien of jullie dichterbij komen.',
        en: 'The dot on the horizon is where you want to be together in a few years. Concrete goals with an indicator show whether you are getting closer.',
      },
      together: {
        nl: 'Schrijf de stip samen op, in woorden die ook bewoners begrijpen. Kies daarna een paar doelen, en per doel hoe je meet of het lukt.',
        en: 'Write the dot on the horizon together, in words residents understand too. Then choose a few goals, and for each goal how you measure whether it works.',
      },
    },
  },
  {
    id: 'partnerschapskaart',
    phase: 'vormgeven',
    route: 'vormgeven/kaart',
    name: { nl: 'Partnerschapskaart', en: 'Partnership card' },
    help: {
      why: {
        nl: 'Met de kaart beantwoordt ieder de vraag: wanneer ben ik tevreden over de samenwerking? Daarna maken jullie afspraken over hoe je samenwerkt, wat je nodig hebt en wie wat doet.',
        en: 'With the card each of you answers the question: when am I satisfied with the collaboration? Then you agree how you work together, what you need and who does what.',
      },
      together: {
        nl: 'Ieder vult de kaart eerst alleen in. Vergelijk de kaarten daarna in een werksessie en maak samen één kaart. Iedere partner geeft daarna akkoord.',
        en: 'First each of you fills in the card alone. Then compare the cards in a working session and make one card together. Then every partner gives its consent.',
      },
    },
  },
  {
    id: 'kartrekker',
    phase: 'vormgeven',
    route: 'vormgeven/kartrekker',
    name: { nl: 'Kartrekker', en: 'Network lead' },
    help: {
      why: {
        nl: 'De kartrekker is de persoon die de samenwerking trekt: die zorgt dat het werk doorgaat en dat iedereen blijft meedoen. Dat kost tijd. Zonder uren en zonder vervanger valt de samenwerking snel stil.',
        en: 'The network lead is the person who drives the collaboration: they keep things moving and make sure everyone stays involved. That takes time. Without hours and without a deputy the collaboration soon stops.',
      },
      together: {
        nl: 'Kies samen een kartrekker die alle partners steunen. Spreek af hoeveel uur per week, wie die uren betaalt en wie de vervanger is.',
        en: 'Choose a lead together whom all partners support. Agree how many hours a week, who pays for those hours and who the deputy is.',
      },
    },
  },
  {
    id: 'afspraken',
    phase: 'vormgeven',
    route: 'vormgeven/afspraken',
    name: { nl: 'Afspraken', en: 'Agreements' },
    help: {
      why: {
        nl: 'Heldere afspraken voorkomen ruzie later. Denk aan: hoe besluiten jullie, wie doet wat, hoe gaat het met geld, en wat gebeurt er na het project?',
        en: 'Clear agreements prevent conflict later. Think of: how do you decide, who does what, how do you handle money, and what happens after the project?',
      },
      together: {
        nl: 'Maak de afspraken in een overleg met alle partners. Geef elke afspraak een datum om hem opnieuw te bekijken.',
        en: 'Make the agreements in a meeting with all partners. Give each agreement a date to look at it again.',
      },
    },
  },
  {
    id: 'acties',
    phase: 'vormgeven',
    route: 'vormgeven/acties',
    name: { nl: 'Actieplan', en: 'Action plan' },
    help: {
      why: {
        nl: 'Het actieplan zegt wie wat doet en wanneer. Zo wordt de stip op de horizon werk van elke week. Vernieuw het plan elk jaar.',
        en: 'The action plan says who does what and when. That turns the dot on the horizon into work for every week. Renew the plan every year.',
      },
      together: {
        nl: 'Maak het plan samen. Geef elke actie één eigenaar en een datum. Kijk in elk overleg kort wat klaar is.',
        en: 'Make the plan together. Give each action one owner and a date. In every meeting, check briefly what is done.',
      },
    },
  },
  {
    id: 'werksessies',
    phase: null,
    route: 'werksessies',
    name: { nl: 'Werksessie', en: 'Working session' },
    help: {
      why: {
        nl: 'In een werksessie doet iedereen tegelijk mee, ook wie geen account heeft. De antwoorden verschijnen meteen op het grote scherm.',
        en: 'In a working session everyone takes part at the same time, also people without an account. The answers appear straight away on the big screen.',
      },
      together: {
        nl: 'De kartrekker zet de sessie op het grote scherm. De anderen doen mee met hun telefoon en een korte code. Bespreek de antwoorden meteen.',
        en: 'The lead puts the session on the big screen. The others join with their phone and a short code. Discuss the answers straight away.',
      },
    },
  },
  {
    id: 'scan',
    phase: 'verdiepen',
    route: 'verdiepen',
    name: { nl: 'Samenwerkingsscan', en: 'Collaboration scan' },
    help: {
      why: {
        nl: 'De scan laat zien hoe de samenwerking echt gaat: vertrouwen, rollen, contact met bewoners. De antwoorden zijn anoniem, dus mensen durven eerlijk te zijn.',
        en: 'The scan shows how the collaboration really goes: trust, roles, contact with residents. The answers are anonymous, so people dare to be honest.',
      },
      together: {
        nl: 'Laat iedereen de scan alleen invullen. Bespreek de uitslag daarna samen: waar zijn jullie het eens, waar niet? Herhaal de scan na een half jaar of een jaar.',
        en: 'Let everyone fill in the scan alone. Then discuss the results together: where do you agree, where not? Repeat the scan after half a year or a year.',
      },
    },
  },
  {
    id: 'relatiecheck',
    phase: 'verdiepen',
    route: 'verdiepen/relatiecheck',
    name: { nl: 'Relatiecheck', en: 'Relationship check' },
    help: {
      why: {
        nl: 'Partners geven elkaar een cijfer voor vertrouwen en voor wat ze bijdragen. Zo zie je welke relaties sterk zijn en welke aandacht nodig hebben.',
        en: 'Partners rate each other for trust and for what they contribute. That shows which relations are strong and which need attention.',
      },
      together: {
        nl: 'Ieder vult de check alleen in; niemand ziet wie wat zei. Praat daarna samen over wat opvalt, niet over wie wat gaf.',
        en: 'Each of you fills in the check alone; nobody sees who said what. Then talk together about what stands out, not about who gave what.',
      },
    },
  },
  {
    id: 'meetings',
    phase: 'verdiepen',
    route: 'verdiepen/bijeenkomsten',
    name: { nl: 'Bijeenkomsten', en: 'Meetings' },
    help: {
      why: {
        nl: 'Hier plan je overleg, en schrijf je op wie er was, wat jullie besloten en wie wat gaat doen. Besluiten komen zo vanzelf bij de afspraken en in het actieplan.',
        en: 'Here you plan meetings and write down who came, what you decided and who will do what. Decisions then go straight to the agreements and the action plan.',
      },
      together: {
        nl: 'Maak de agenda samen. Schrijf de besluiten tijdens het overleg op, zodat iedereen ze meteen ziet.',
        en: 'Make the agenda together. Write down the decisions during the meeting, so everyone sees them straight away.',
      },
    },
  },
  {
    id: 'cockpit',
    phase: 'verdiepen',
    route: 'verdiepen/cockpit',
    name: { nl: 'Cockpit voor de kartrekker', en: 'Lead’s cockpit' },
    help: {
      why: {
        nl: 'Eén overzicht van wat aandacht vraagt: acties die te laat zijn, afspraken die je opnieuw moet bekijken, partners van wie je lang niets hoorde.',
        en: 'One overview of what needs attention: late actions, agreements to look at again, partners you have not heard from in a while.',
      },
      together: {
        nl: 'De kartrekker kijkt elke week. Neem de belangrijkste punten mee naar het volgende overleg.',
        en: 'The lead looks every week. Take the main points to the next meeting.',
      },
    },
  },
  {
    id: 'health',
    phase: 'verdiepen',
    route: 'verdiepen/gezondheid',
    name: { nl: 'Positieve gezondheid in de wijk', en: 'Positive health in the neighbourhood' },
    help: {
      why: {
        nl: 'Positieve gezondheid heeft zes dimensies, zoals meedoen en zingeving. Hier zie je welke jullie doelen en acties raken, en welke niemand oppakt.',
        en: 'Positive health has six dimensions, such as taking part and meaning. Here you see which ones your goals and actions touch, and which nobody takes up.',
      },
      together: {
        nl: 'Gebruik het plaatje om het gesprek te beginnen. Vraag: welke dimensie laten we liggen, en is dat een keuze? Het is geen cijfer voor de wijk.',
        en: 'Use the picture to start the conversation. Ask: which dimension do we leave aside, and is that a choice? It is not a score for the neighbourhood.',
      },
    },
  },
  {
    id: 'timeline',
    phase: 'verdiepen',
    route: 'verdiepen/tijdlijn',
    name: { nl: 'Tijdlijn', en: 'Timeline' },
    help: {
      why: {
        nl: 'De tijdlijn zet alles wat jullie deden op een rij: besluiten, bijeenkomsten, scans en afspraken. Handig voor nieuwe partners en om terug te kijken.',
        en: 'The timeline puts everything you did in order: decisions, meetings, scans and agreements. Useful for new partners and for looking back.',
      },
      together: {
        nl: 'Kijk er één keer per jaar samen naar. Vraag: wat ging goed, en wat doen we volgend jaar anders?',
        en: 'Look at it together once a year. Ask: what went well, and what do we do differently next year?',
      },
    },
  },
  {
    id: 'prices',
    phase: 'verankeren',
    route: 'verankeren',
    name: { nl: 'Maatschappelijke prijslijst', en: 'Societal price list' },
    help: {
      why: {
        nl: 'Om effecten in geld uit te drukken heb je prijzen nodig, bijvoorbeeld van een bezoek aan de huisarts. Elke prijs heeft een bron, zodat een financier hem kan nakijken.',
        en: 'To express effects in money you need prices, for example of a visit to the GP. Every price has a source, so a funder can check it.',
      },
      together: {
        nl: 'Loop de lijst na met een partner die de cijfers kent, zoals de gemeente of de zorgverzekeraar. Vul lege prijzen alleen in met een bron.',
        en: 'Go through the list with a partner who knows the figures, such as the municipality or the health insurer. Fill in empty prices only with a source.',
      },
    },
  },
  {
    id: 'cases',
    phase: 'verankeren',
    route: 'verankeren/casussen',
    name: { nl: 'Casusmethode', en: 'Case method' },
    help: {
      why: {
        nl: 'Met een casus beschrijf je een bewoner zoals die vaak voorkomt: wat gebeurt er met jullie aanpak, en wat zonder? Het verschil is het effect.',
        en: 'With a case you describe a typical resident: what happens with your approach, and what without it? The difference is the effect.',
      },
      together: {
        nl: 'Vul de casus samen in, rond één vel, zoals in de Effectenarena. Zet de casus met "Op het grote scherm" op de beamer. Eén persoon typt op de casuspagina; de rest kijkt naar het scherm en praat mee. Ga in deze volgorde: welke activiteiten doen we, welke effecten hebben die, wie investeert, en wie heeft er baat bij? Het scherm laat elke wijziging meteen zien. Verzin de bewoner; beschrijf nooit een echt persoon.',
        en: 'Fill in the case together, around one sheet, as in the Effectenarena. Put the case on the projector with "On the big screen". One person types on the case page; the others look at the screen and join in. Go in this order: which activities do we do, what effects do they have, who invests, and who benefits? The screen shows every change right away. Make up the resident; never describe a real person.',
      },
    },
  },
  {
    id: 'model',
    phase: 'verankeren',
    route: 'verankeren/effecten',
    name: { nl: 'Effectencalculatie', en: 'Effect calculation' },
    help: {
      why: {
        nl: 'Hier reken je uit wat de samenwerking kost en wat ze oplevert, en voor wie. Zo zie je wie betaalt en wie er baat bij heeft. Dat helpt om geld te vinden voor later.',
        en: 'Here you calculate what the collaboration costs and what it brings, and for whom. You see who pays and who benefits. That helps to find money for later.',
      },
      together: {
        nl: 'Bouw het model samen met een financier. Schrijf bij elke aanname waar die vandaan komt. Spreek daarna af hoe jullie de kosten delen.',
        en: 'Build the model together with a funder. Write down where each assumption comes from. Then agree how you share the costs.',
      },
    },
  },
  {
    id: 'report',
    phase: 'verankeren',
    route: 'verankeren/effecten',
    name: { nl: 'Rapport voor financiers', en: 'Report for funders' },
    help: {
      why: {
        nl: 'Een rapport dat een financier zonder hulp kan lezen, met alle aannames en bronnen. In Excel kan die zelf een aanname veranderen.',
        en: 'A report a funder can read without help, with every assumption and source. In Excel they can change an assumption themselves.',
      },
      together: {
        nl: 'Lees het rapport eerst samen door voordat je het verstuurt. Klopt elke aanname, en staat elke bron erbij?',
        en: 'Read the report together before you send it. Is every assumption right, and is every source there?',
      },
    },
  },
  {
    id: 'continuity',
    phase: 'verankeren',
    route: 'verankeren/borging',
    name: { nl: 'Borging', en: 'Continuity' },
    help: {
      why: {
        nl: 'Borging betekent: de samenwerking blijft bestaan, ook als het project stopt of de kartrekker vertrekt. De checklist laat zien wat daarvoor nog nodig is.',
        en: 'Continuity means: the collaboration stays, also when the project ends or the lead leaves. The checklist shows what is still needed for that.',
      },
      together: {
        nl: 'Loop de checklist samen na. Geef elk punt een eigenaar en een datum.',
        en: 'Go through the checklist together. Give each point an owner and a date.',
      },
    },
  },
  {
    id: 'results',
    phase: 'verankeren',
    route: 'verankeren/resultaten',
    name: { nl: 'Resultatenpagina', en: 'Results page' },
    help: {
      why: {
        nl: 'Een openbare pagina met jullie doelen, wat jullie deden en wat het opleverde. Zo zien bewoners, gemeente en financiers wat het netwerk doet.',
        en: 'A public page with your goals, what you did and what it brought. Residents, the municipality and funders see what the network does.',
      },
      together: {
        nl: 'Kies samen wat erop komt. Een partner komt er alleen met naam op als die dat zelf goed vindt.',
        en: 'Choose together what goes on it. A partner appears by name only if it agrees itself.',
      },
    },
  },
];

const byId = new Map(TOOLS.map((t) => [t.id, t]));

export function tool(id: ToolId): Tool {
  const found = byId.get(id);
  if (!found) throw new Error(`Unknown tool ${id}`);
  return found;
}

/** The tools of one phase, in the order above; the werksessie belongs to every phase. */
export function toolsOfPhase(phase: Phase): Tool[] {
  return TOOLS.filter((t) => t.phase === phase || t.phase === null);
}
