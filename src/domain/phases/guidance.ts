/**
 * The toolbox's guidance per phase, in our own plain Dutch (B1) and in English: what the phase
 * is for, the questions to ask each other, the steps (each tied to a registry step and its
 * tool), the tips, and one continuing example from a made-up wijk. The facts come from the HAN
 * toolbox; the sentences are ours.
 */
import type { StepId } from './steps.js';
import type { Text } from './text.js';
import { toolsOfPhase, type Phase, type Tool } from './tools.js';

export const TIP_IDS = [
  'startSmall',
  'involveEarly',
  'takeTime',
  'sharedAmbition',
  'kartrekker',
  'residentsInControl',
  'stayFlexible',
  'renewYearly',
] as const;
export type TipId = (typeof TIP_IDS)[number];

export interface Tip {
  id: TipId;
  text: Text;
}

export interface Term {
  term: Text;
  explanation: Text;
}

export interface GuidanceStep {
  step: StepId;
  how: Text;
}

export interface PhaseGuidance {
  phase: Phase;
  name: Text;
  /** One line for the start page and the overview. */
  oneLine: Text;
  purpose: Text;
  /** Terms that appear for the first time in this phase, explained. */
  terms: Term[];
  questions: Text[];
  steps: GuidanceStep[];
  tips: Tip[];
  example: { title: Text; paragraphs: Text[] };
}

/** What the start page says about Wijknet, in two sentences. */
export const WIJKNET_INTRO: Text = {
  nl: 'Wijknet helpt bewoners en professionals in een wijk om samen te werken aan een gezonde en vitale wijk. Het volgt de vier fasen van de toolbox Succesvol samenwerken in wijknetwerken, en je begint in de fase waar jullie nu staan.',
  en: 'Wijknet helps residents and professionals in a neighbourhood work together towards a healthy, lively neighbourhood. It follows the four phases of the toolbox Succesvol samenwerken in wijknetwerken, and you start in the phase where you are now.',
};

export const EXAMPLE_NOTE: Text = {
  nl: 'De Wilgenhoek en de mensen in dit voorbeeld zijn verzonnen.',
  en: 'De Wilgenhoek and the people in this example are made up.',
};

export const GUIDANCE: readonly PhaseGuidance[] = [
  {
    phase: 'verkennen',
    name: { nl: 'Verkennen', en: 'Explore' },
    oneLine: {
      nl: 'Kijk wie er al in de wijk werkt, wat bewoners nodig hebben en waar jullie samen aan willen werken.',
      en: 'See who already works in the area, what residents need and what you want to work on together.',
    },
    purpose: {
      nl: 'In deze fase kijk je om je heen. Wie werkt al in de wijk? Wat vragen bewoners? En wie wil met je meedoen? Aan het eind kiezen jullie samen een focus: een of twee thema’s waar jullie aan gaan werken.',
      en: 'In this phase you look around. Who already works in the area? What do residents ask for? And who wants to join you? At the end you choose a focus together: one or two themes you will work on.',
    },
    terms: [
      {
        term: { nl: 'draagvlak', en: 'support' },
        explanation: {
          nl: 'Draagvlak is de steun voor een plan of thema bij de mensen voor wie het belangrijk is.',
          en: 'Support (draagvlak) is how much the people it matters to back a plan or theme.',
        },
      },
    ],
    questions: [
      {
        nl: 'Wat willen we in deze wijk bereiken, en waarom?',
        en: 'What do we want to achieve in this neighbourhood, and why?',
      },
      {
        nl: 'Wie werkt hier al aan, en wie kennen we nog niet?',
        en: 'Who already works on this, and whom do we not know yet?',
      },
      {
        nl: 'Wie missen we nog: bewoners, de gemeente, professionals?',
        en: 'Who is still missing: residents, the municipality, professionals?',
      },
      {
        nl: 'Wat vragen bewoners zelf? Hoe weten we dat?',
        en: 'What do residents ask for themselves? How do we know?',
      },
      { nl: 'Welk thema heeft het meeste draagvlak?', en: 'Which theme has the most support?' },
      { nl: 'Wie wil er echt tijd in steken?', en: 'Who really wants to put time into it?' },
    ],
    steps: [
      {
        step: 'partners',
        how: {
          nl: 'Zoek in de sociale kaart wie aan jullie thema werkt, en nodig hen uit.',
          en: 'Search the directory for who works on your theme, and invite them.',
        },
      },
      {
        step: 'relations',
        how: {
          nl: 'Zet op de netwerkkaart wie met wie samenwerkt, en hoe goed.',
          en: 'Put on the network map who works with whom, and how well.',
        },
      },
      {
        step: 'snapshot',
        how: {
          nl: 'Bekijk de analyse samen en leg het netwerk vast. Dan zie je later wat er veranderd is.',
          en: 'Look at the analysis together and record the network. Later you see what has changed.',
        },
      },
      {
        step: 'whoIsWho',
        how: {
          nl: 'Loop de lijst met functies in de wijk na. Wie is er, wie ontbreekt, wie doet nog niet mee?',
          en: 'Go through the list of functions in the area. Who is there, who is missing, who is not taking part yet?',
        },
      },
      {
        step: 'profile',
        how: {
          nl: 'Verzamel cijfers over de wijk en schrijf op wat bewoners vragen.',
          en: 'Collect figures about the area and write down what residents ask.',
        },
      },
      {
        step: 'focus',
        how: {
          nl: 'Stel thema’s voor, stem over het draagvlak en leg de keuze vast.',
          en: 'Suggest themes, vote on the support and record the choice.',
        },
      },
    ],
    tips: [
      {
        id: 'startSmall',
        text: {
          nl: 'Begin klein, met mensen die echt willen. Anderen doen later mee als ze zien dat het werkt.',
          en: 'Start small, with people who really want to. Others join later when they see it works.',
        },
      },
      {
        id: 'involveEarly',
        text: {
          nl: 'Betrek bewoners, de gemeente en professionals vanaf het begin. Wie pas later mag meedoen, voelt zich minder eigenaar.',
          en: 'Involve residents, the municipality and professionals from the start. People who may only join later feel less ownership.',
        },
      },
    ],
    example: {
      title: { nl: 'De Wilgenhoek begint', en: 'De Wilgenhoek gets started' },
      paragraphs: [
        {
          nl: 'De Wilgenhoek is een wijk met 7.000 inwoners. Wijkverpleegkundige Samira ziet steeds meer ouderen die veel alleen zijn. Ze praat erover met sociaal werker Ilse en met Kees. Kees is bewoner en houdt elke week een koffieochtend in het buurthuis.',
          en: 'De Wilgenhoek is a neighbourhood with 7,000 inhabitants. District nurse Samira sees more and more older people who are often alone. She talks about it with social worker Ilse and with Kees. Kees is a resident who holds a coffee morning in the community centre every week.',
        },
        {
          nl: 'Samen maken ze de netwerkkaart. Ze zien dat de huisarts en de bibliotheek los van de rest werken. In het wijkprofiel staat dat een kwart van de inwoners ouder is dan 75. En op de koffieochtend hoort Kees vaak: “Ik zie soms dagen niemand.”',
          en: 'Together they make the network map. They see that the GP and the library work apart from the rest. The neighbourhood profile shows that a quarter of the inhabitants are over 75. And at the coffee morning Kees often hears: “Some days I see nobody.”',
        },
        {
          nl: 'Ze nodigen de huisarts, de bibliotheek en Ruud van de gemeente uit. In een werksessie stemmen ze over drie thema’s. Eenzaamheid bij ouderen krijgt het meeste draagvlak. Dat wordt hun focus.',
          en: 'They invite the GP, the library and Ruud from the municipality. In a working session they vote on three themes. Loneliness among older people gets the most support. That becomes their focus.',
        },
      ],
    },
  },
  {
    phase: 'vormgeven',
    name: { nl: 'Vormgeven', en: 'Shape' },
    oneLine: {
      nl: 'Spreek samen af waarom jullie samenwerken, wat ieder doet en hoe jullie beslissen.',
      en: 'Agree together why you work together, what each of you does and how you decide.',
    },
    purpose: {
      nl: 'In deze fase maken jullie de samenwerking concreet. Je praat over wat ieder wil en waarom. Dat gesprek slaan mensen vaak over, maar het is de basis. Daarna kiezen jullie een gedeeld doel, een kartrekker en afspraken over wie wat doet.',
      en: 'In this phase you make the collaboration concrete. You talk about what each of you wants and why. People often skip that conversation, but it is the foundation. Then you choose a shared goal, a network lead and agreements on who does what.',
    },
    terms: [
      {
        term: { nl: 'kartrekker', en: 'network lead' },
        explanation: {
          nl: 'De kartrekker is de persoon die de samenwerking trekt. Die houdt alles op gang en zorgt dat iedereen blijft meedoen.',
          en: 'The network lead (kartrekker) is the person who drives the collaboration. They keep things going and make sure everyone stays involved.',
        },
      },
      {
        term: { nl: 'stip op de horizon', en: 'dot on the horizon' },
        explanation: {
          nl: 'De stip op de horizon is het beeld van waar jullie over een paar jaar samen willen staan.',
          en: 'The dot on the horizon (stip op de horizon) is the picture of where you want to be together in a few years.',
        },
      },
    ],
    questions: [
      { nl: 'Wanneer vind ik de samenwerking geslaagd?', en: 'When do I think the collaboration has succeeded?' },
      {
        nl: 'Waarom is mijn activiteit belangrijk? Wat wil ik ermee bereiken?',
        en: 'Why is my activity important? What do I want to achieve with it?',
      },
      {
        nl: 'Welk doel delen we, ook als we iets anders willen doen?',
        en: 'Which goal do we share, even if we want to do different things?',
      },
      { nl: 'Wat is onze stip op de horizon?', en: 'What is our dot on the horizon?' },
      {
        nl: 'Wie wordt kartrekker, en hoeveel tijd krijgt die?',
        en: 'Who becomes the network lead, and how much time do they get?',
      },
      {
        nl: 'Hoe nemen we besluiten, en wat doen we als we het oneens zijn?',
        en: 'How do we make decisions, and what do we do when we disagree?',
      },
    ],
    steps: [
      {
        step: 'ladders',
        how: {
          nl: 'Ieder vult een waaromladder in: wat wil je doen, en waarom? Vraag door tot het doel erachter boven komt.',
          en: 'Each fills in a why ladder: what do you want to do, and why? Keep asking until the goal behind it appears.',
        },
      },
      {
        step: 'shared',
        how: {
          nl: 'Vergelijk de ladders. Zoek het doel dat jullie delen, ook achter verschillende activiteiten.',
          en: 'Compare the ladders. Look for the goal you share, also behind different activities.',
        },
      },
      {
        step: 'goals',
        how: {
          nl: 'Schrijf de stip op de horizon op, en een paar doelen met een indicator.',
          en: 'Write down the dot on the horizon, and a few goals with an indicator.',
        },
      },
      {
        step: 'card',
        how: {
          nl: 'Vul de partnerschapskaart eerst alleen in en maak daarna samen één kaart. Iedere partner geeft akkoord.',
          en: 'Fill in the partnership card alone first, then make one card together. Every partner gives consent.',
        },
      },
      {
        step: 'lead',
        how: {
          nl: 'Kies een kartrekker. Spreek af hoeveel uur die krijgt, wie dat betaalt en wie de vervanger is.',
          en: 'Choose a network lead. Agree how many hours they get, who pays and who the deputy is.',
        },
      },
      {
        step: 'agreements',
        how: {
          nl: 'Maak afspraken over besluiten, taken en geld, en over wat er na het project gebeurt.',
          en: 'Make agreements on decisions, tasks and money, and on what happens after the project.',
        },
      },
      {
        step: 'actions',
        how: {
          nl: 'Maak een actieplan voor dit jaar: wie doet wat, en wanneer?',
          en: 'Make an action plan for this year: who does what, and when?',
        },
      },
    ],
    tips: [
      {
        id: 'takeTime',
        text: {
          nl: 'Neem de tijd. Je wilt snel aan de slag, dus het gesprek over waarom sla je makkelijk over. Maar zonder dat gesprek loopt een samenwerking vaak vast.',
          en: 'Take your time. You want to get going, so it is easy to skip the conversation about why. But without that conversation a collaboration often gets stuck.',
        },
      },
      {
        id: 'sharedAmbition',
        text: {
          nl: 'Zorg voor een gedeelde ambitie en een stip op de horizon. Dan kun je bij elke keuze vragen: brengt dit ons dichterbij?',
          en: 'Make sure you have a shared ambition and a dot on the horizon. Then you can ask at every choice: does this bring us closer?',
        },
      },
      {
        id: 'kartrekker',
        text: {
          nl: 'Kies een kartrekker die geen partij voortrekt en die alle partners steunen. Zorg dat die er tijd voor krijgt en er niet alleen voor staat.',
          en: 'Choose a network lead who favours no party and whom all partners support. Make sure they get time for it and do not stand alone.',
        },
      },
    ],
    example: {
      title: { nl: 'De Wilgenhoek maakt een plan', en: 'De Wilgenhoek makes a plan' },
      paragraphs: [
        {
          nl: 'Ieder vult eerst alleen de partnerschapskaart in. Samira wil een wandelgroep. Kees wil een klusdienst waarin ouderen elkaar helpen. Het lijkt alsof ze iets anders willen.',
          en: 'First each of them fills in the partnership card alone. Samira wants a walking group. Kees wants a handyman service in which older people help each other. It looks as if they want different things.',
        },
        {
          nl: 'Met de waaromladder vragen ze door. Waarom een wandelgroep? Zodat ouderen buiten komen en anderen ontmoeten. Bij Kees komt hetzelfde doel boven: ouderen die elkaar kennen en helpen. Welke activiteit het wordt, maakt minder uit dan ze dachten.',
          en: 'With the why ladder they keep asking. Why a walking group? So older people go outside and meet others. For Kees the same goal appears: older people who know and help each other. Which activity it becomes matters less than they thought.',
        },
        {
          nl: 'Hun stip op de horizon: “In 2030 kent elke oudere in De Wilgenhoek iemand in de buurt bij wie die terecht kan.” Ilse wordt kartrekker, acht uur per week, betaald door de gemeente. Ruud is haar vervanger. Ze beginnen met de wandelgroep; de klusdienst komt later.',
          en: 'Their dot on the horizon: “In 2030 every older person in De Wilgenhoek knows someone nearby they can turn to.” Ilse becomes the network lead, eight hours a week, paid by the municipality. Ruud is her deputy. They start with the walking group; the handyman service comes later.',
        },
      ],
    },
  },
  {
    phase: 'verdiepen',
    name: { nl: 'Verdiepen', en: 'Deepen' },
    oneLine: {
      nl: 'Kijk regelmatig hoe de samenwerking gaat, en wat beter kan.',
      en: 'Look regularly at how the collaboration goes, and what can be better.',
    },
    purpose: {
      nl: 'In deze fase kijken jullie hoe de samenwerking echt gaat. Je meet het regelmatig, je praat erover en je past je plannen aan. Zo blijft de samenwerking sterk, ook als er mensen bij komen of weggaan.',
      en: 'In this phase you look at how the collaboration really goes. You measure it regularly, talk about it and adjust your plans. That keeps the collaboration strong, also when people join or leave.',
    },
    terms: [],
    questions: [
      {
        nl: 'Hoe gaat de samenwerking echt? Waar zijn we het over eens, en waarover niet?',
        en: 'How does the collaboration really go? What do we agree on, and what not?',
      },
      {
        nl: 'Vertrouwen we elkaar? Doet ieder wat is afgesproken?',
        en: 'Do we trust each other? Does everyone do what was agreed?',
      },
      {
        nl: 'Beslissen bewoners mee, of doen ze alleen mee?',
        en: 'Do residents help decide, or do they only take part?',
      },
      {
        nl: 'Wat werkt niet, en wat proberen we in plaats daarvan?',
        en: 'What does not work, and what do we try instead?',
      },
      { nl: 'Welke afspraak moeten we opnieuw bekijken?', en: 'Which agreement should we look at again?' },
      {
        nl: 'Welke kant van gezondheid laten we liggen, en is dat een keuze?',
        en: 'Which side of health do we leave aside, and is that a choice?',
      },
    ],
    steps: [
      {
        step: 'scan',
        how: {
          nl: 'Laat iedereen de samenwerkingsscan invullen en bespreek de uitslag. Herhaal hem na een half jaar of een jaar.',
          en: 'Let everyone fill in the collaboration scan and discuss the results. Repeat it after half a year or a year.',
        },
      },
      {
        step: 'relatiecheck',
        how: {
          nl: 'Laat de partners elkaar een cijfer geven voor vertrouwen en voor wat ze bijdragen.',
          en: 'Let the partners rate each other for trust and for what they contribute.',
        },
      },
      {
        step: 'meetings',
        how: {
          nl: 'Schrijf bij elke bijeenkomst op wat jullie besluiten en wie wat gaat doen.',
          en: 'At every meeting, write down what you decide and who will do what.',
        },
      },
      {
        step: 'health',
        how: {
          nl: 'Kijk welke dimensies van positieve gezondheid jullie doelen raken, en welke niet.',
          en: 'See which dimensions of positive health your goals touch, and which not.',
        },
      },
      {
        step: 'reviews',
        how: {
          nl: 'Bekijk afspraken opnieuw als hun datum komt. De cockpit laat zien welke.',
          en: 'Look at agreements again when their date comes. The cockpit shows which.',
        },
      },
    ],
    tips: [
      {
        id: 'residentsInControl',
        text: {
          nl: 'Laat bewoners de regie houden. Zij weten wat de wijk nodig heeft. Laat ze meebeslissen, niet alleen meedoen.',
          en: 'Let residents stay in control. They know what the neighbourhood needs. Let them help decide, not only take part.',
        },
      },
      {
        id: 'stayFlexible',
        text: {
          nl: 'Blijf flexibel. Werkt iets niet, probeer dan iets anders. Het doel blijft; de activiteit mag veranderen.',
          en: 'Stay flexible. If something does not work, try something else. The goal stays; the activity may change.',
        },
      },
    ],
    example: {
      title: { nl: 'De Wilgenhoek kijkt terug', en: 'De Wilgenhoek looks back' },
      paragraphs: [
        {
          nl: 'Na een half jaar houden ze de samenwerkingsscan. Het vertrouwen is hoog. Maar over “bewoners doen mee” zijn ze minder tevreden, en de meningen lopen uiteen.',
          en: 'After half a year they hold the collaboration scan. Trust is high. But they are less happy about “residents take part”, and opinions differ.',
        },
        {
          nl: 'In de volgende bijeenkomst besluiten ze: Kees neemt twee bewoners mee naar elk overleg, en bewoners kiezen zelf de wandelroutes. De relatiecheck laat zien dat iedereen de huisarts belangrijk vindt, maar moeilijk bereikt. Ze spreken een vast belmoment af.',
          en: 'At the next meeting they decide: Kees brings two residents to every meeting, and residents choose the walking routes themselves. The relationship check shows that everyone finds the GP important but hard to reach. They agree on a fixed time to call.',
        },
        {
          nl: 'De wandelgroep loopt minder goed dan gedacht. Daarom proberen ze koffie na de wandeling. Dat werkt wel: er komen nu twee keer zoveel mensen.',
          en: 'The walking group goes less well than expected. So they try coffee after the walk. That does work: twice as many people come now.',
        },
      ],
    },
  },
  {
    phase: 'verankeren',
    name: { nl: 'Verankeren', en: 'Anchor' },
    oneLine: {
      nl: 'Laat zien wat de samenwerking oplevert, en zorg dat ze blijft bestaan.',
      en: 'Show what the collaboration brings, and make sure it lasts.',
    },
    purpose: {
      nl: 'In deze fase zorgen jullie dat de samenwerking blijft bestaan. Je laat zien wat ze oplevert en voor wie. Zo vind je geld voor later. En je zorgt dat de samenwerking niet afhangt van één persoon.',
      en: 'In this phase you make sure the collaboration lasts. You show what it brings and for whom. That helps you find money for later. And you make sure the collaboration does not depend on one person.',
    },
    terms: [],
    questions: [
      { nl: 'Wat levert de samenwerking op, en voor wie?', en: 'What does the collaboration bring, and for whom?' },
      { nl: 'Wie betaalt, en wie heeft er baat bij?', en: 'Who pays, and who benefits?' },
      {
        nl: 'Hoe gaat het verder als het project of het geld stopt?',
        en: 'How do we go on when the project or the money ends?',
      },
      { nl: 'Wat gebeurt er als de kartrekker vertrekt?', en: 'What happens when the network lead leaves?' },
      { nl: 'Hoe vernieuwen we ons plan elk jaar?', en: 'How do we renew our plan every year?' },
      { nl: 'Wat willen we laten zien, en aan wie?', en: 'What do we want to show, and to whom?' },
    ],
    steps: [
      {
        step: 'prices',
        how: {
          nl: 'Loop de prijslijst na. Vul alleen prijzen in waarvan je de bron kent.',
          en: 'Go through the price list. Only fill in prices whose source you know.',
        },
      },
      {
        step: 'case',
        how: {
          nl: 'Beschrijf een verzonnen bewoner: wat gebeurt er met jullie aanpak, en wat zonder?',
          en: 'Describe a made-up resident: what happens with your approach, and what without it?',
        },
      },
      {
        step: 'model',
        how: {
          nl: 'Reken uit wat de samenwerking kost en oplevert, en sla het model op.',
          en: 'Calculate what the collaboration costs and brings, and save the model.',
        },
      },
      {
        step: 'funding',
        how: {
          nl: 'Kijk wie betaalt en wie er baat bij heeft. Spreek af hoe jullie de kosten delen.',
          en: 'See who pays and who benefits. Agree how you share the costs.',
        },
      },
      {
        step: 'continuity',
        how: {
          nl: 'Loop de checklist voor borging na: geld, vervangers, overdracht en het plan elk jaar vernieuwen.',
          en: 'Go through the continuity checklist: money, deputies, hand-over and renewing the plan every year.',
        },
      },
      {
        step: 'results',
        how: {
          nl: 'Zet de resultatenpagina aan en deel de link.',
          en: 'Switch on the results page and share the link.',
        },
      },
    ],
    tips: [
      {
        id: 'renewYearly',
        text: {
          nl: 'Vernieuw het plan elk jaar. Wat eerst werkte, past misschien niet meer bij wat de wijk nu nodig heeft.',
          en: 'Renew the plan every year. What worked before may no longer fit what the neighbourhood needs now.',
        },
      },
    ],
    example: {
      title: { nl: 'De Wilgenhoek blijft', en: 'De Wilgenhoek stays' },
      paragraphs: [
        {
          nl: 'Het geld van de gemeente stopt over een jaar. Ilse maakt met de partners een effectencalculatie. Ze beschrijven een verzonnen bewoonster: mevrouw A., 82 jaar, woont alleen. Met de aanpak gaat ze minder vaak naar de huisarts en kan ze langer thuis wonen.',
          en: 'The municipality’s money ends in a year. Ilse makes an effect calculation with the partners. They describe a made-up resident: Mrs A., 82, who lives alone. With the approach she sees the GP less often and can live at home for longer.',
        },
        {
          nl: 'Zo zien ze wie er baat bij heeft: vooral de zorgverzekeraar en de gemeente. Met hen spreken ze af hoe ze de kosten de komende jaren delen.',
          en: 'That shows who benefits: mostly the health insurer and the municipality. With them they agree how to share the costs for the coming years.',
        },
        {
          nl: 'Op de checklist voor borging staat nu: een tweede kartrekker, een overdracht als Ilse vertrekt, en elk jaar een nieuw actieplan. Op de resultatenpagina laten ze zien wat het netwerk heeft gedaan.',
          en: 'The continuity checklist now has: a second network lead, a hand-over when Ilse leaves, and a new action plan every year. On the results page they show what the network has done.',
        },
      ],
    },
  },
];

export function guidanceFor(phase: Phase): PhaseGuidance {
  const found = GUIDANCE.find((g) => g.phase === phase);
  if (!found) throw new Error(`No guidance for ${phase}`);
  return found;
}

/** The tools of a phase, for the links from a guidance page (the tools link back by their phase). */
export function guidanceTools(phase: Phase): Tool[] {
  return toolsOfPhase(phase);
}
