/**
 * Messages of the guidance across the phases: progress, guidance pages, help in place and the
 * first run. The guidance itself (purpose, questions, tips, example, help texts) comes from
 * src/domain/phases in both languages; these are only the words around it.
 */
const nl = {
  'guide.progress.title': 'Voortgang: {phase}',
  'guide.step.toTool': 'Naar {tool}',
  'guide.step.later': '{tool}: komt later',
  'guide.na.summary': 'Niet van toepassing?',
  'guide.na.reason': 'Waarom is deze stap niet van toepassing?',
  'guide.na.save': 'Zet op niet van toepassing',
  'guide.na.reasonNeeded': 'Schrijf op waarom deze stap niet van toepassing is.',
  'guide.na.undo': 'Telt toch mee',
  'guide.na.undoLabel': 'Laat de stap {step} toch meetellen',

  'guide.overview.next': 'Volgende stap:',
  'guide.overview.allDone': 'Elke stap is gedaan of niet van toepassing.',
  'guide.overview.toGuide': 'Gids voor {phase}',
  'guide.overview.suggested': 'Voorstel om verder te gaan',

  'guide.nav': 'Gids',
  'guide.title': 'Gids: {phase}',
  'guide.phasesNav': 'De vier fasen',
  'guide.purpose': 'Waar is deze fase voor?',
  'guide.questions': 'Vragen om elkaar te stellen',
  'guide.steps': 'Stappen',
  'guide.tools': 'Hulpmiddelen in deze fase',
  'guide.terms': 'Begrippen',
  'guide.tips': 'Tips',
  'guide.example': 'Voorbeeld: {title}',
  'guide.print': 'Afdrukken als werkblad',
  'guide.unknownPhase': 'Deze fase bestaat niet. Kies een van de vier fasen.',
  'guide.fromTool': 'Gids voor deze fase',

  'help.label': 'Hulp bij {tool}',
  'help.show': 'Hulp bij {tool}',

  'firstRun.offer': 'Het netwerk staat klaar. Beantwoord drie vragen, dan stellen we voor waar jullie kunnen beginnen.',
  'firstRun.title': 'Waar staan jullie?',
  'firstRun.submit': 'Laat zien waar we kunnen beginnen',
  'firstRun.skip': 'Overslaan en naar het netwerk',
  'firstRun.pickOne': 'Kies een antwoord.',
  'firstRun.suggestion': 'Ons voorstel: begin met {phase}',
  'firstRun.firstStep': 'Eerste stap: {step}',
  'firstRun.toStep': 'Begin met deze stap',
  'firstRun.toGuide': 'Lees de gids voor {phase}',
  'firstRun.toOverview': 'Naar het overzicht van het netwerk',

  'home.phasesTitle': 'De vier fasen',
};

const en: Record<keyof typeof nl, string> = {
  'guide.progress.title': 'Progress: {phase}',
  'guide.step.toTool': 'Go to {tool}',
  'guide.step.later': '{tool}: coming later',
  'guide.na.summary': 'Does not apply?',
  'guide.na.reason': 'Why does this step not apply?',
  'guide.na.save': 'Mark as not applicable',
  'guide.na.reasonNeeded': 'Write down why this step does not apply.',
  'guide.na.undo': 'Count it again',
  'guide.na.undoLabel': 'Count the step {step} again',

  'guide.overview.next': 'Next step:',
  'guide.overview.allDone': 'Every step is done or does not apply.',
  'guide.overview.toGuide': 'Guide to {phase}',
  'guide.overview.suggested': 'Suggestion for what to do next',

  'guide.nav': 'Guide',
  'guide.title': 'Guide: {phase}',
  'guide.phasesNav': 'The four phases',
  'guide.purpose': 'What is this phase for?',
  'guide.questions': 'Questions to ask each other',
  'guide.steps': 'Steps',
  'guide.tools': 'Tools in this phase',
  'guide.terms': 'Terms',
  'guide.tips': 'Tips',
  'guide.example': 'Example: {title}',
  'guide.print': 'Print as a worksheet',
  'guide.unknownPhase': 'This phase does not exist. Choose one of the four phases.',
  'guide.fromTool': 'Guide to this phase',

  'help.label': 'Help with {tool}',
  'help.show': 'Help with {tool}',

  'firstRun.offer': 'The network is ready. Answer three questions and we suggest where you could start.',
  'firstRun.title': 'Where do you stand?',
  'firstRun.submit': 'Show where we could start',
  'firstRun.skip': 'Skip and go to the network',
  'firstRun.pickOne': 'Choose an answer.',
  'firstRun.suggestion': 'Our suggestion: start with {phase}',
  'firstRun.firstStep': 'First step: {step}',
  'firstRun.toStep': 'Start with this step',
  'firstRun.toGuide': 'Read the guide to {phase}',
  'firstRun.toOverview': 'Go to the network overview',

  'home.phasesTitle': 'The four phases',
};

export const guide = { nl, en };
