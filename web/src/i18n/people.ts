/**
 * Messages about people and words (issue 13): the name question, names in lists and the phone
 * menu. Merged into nl.ts and en.ts.
 */
const nl = {
  'name.title': 'Wie ben je?',
  'name.lead':
    'De anderen in je netwerk zien je naam bij wat je doet. Zo weten ze met wie ze samenwerken. Je e-mailadres zien ze niet als naam.',
  'name.leadOnce': 'Je account heeft nog geen naam. Vul hem in, dan weten de anderen in je netwerk wie je bent.',
  'name.name': 'Naam',
  'name.nameHint': 'Je voornaam en achternaam, bijvoorbeeld Joke de Vries.',
  'name.jobTitle': 'Functie (niet verplicht)',
  'name.jobTitleHint': 'Bijvoorbeeld wijkverpleegkundige of opbouwwerker.',
  'name.organisation': 'Organisatie (niet verplicht)',
  'name.organisationHint': 'Bijvoorbeeld Buurtzorg of het buurthuis.',
  'name.save': 'Naam opslaan',
  'name.later': 'Nu niet',
  'name.needed': 'Vul je naam in, bijvoorbeeld Joke de Vries.',
  'people.noName': 'Lid zonder naam',
  'invitation.leadBy': '{who} nodigt je uit om mee te doen als {role}.',
  'invitation.leadNetwork': 'Je bent uitgenodigd om mee te doen als {role}.',
  'invitation.whoAreYou': 'Vul je naam in voordat je meedoet. De anderen in het netwerk zien die naam.',
  'layout.menu': 'Menu',
  'layout.networkMenu': 'Menu van dit netwerk',
  'audit.happened': 'Wat er gebeurde',
  'form.fillIn': 'Vul dit veld in.',
} as const;

const en: Record<keyof typeof nl, string> = {
  'name.title': 'Who are you?',
  'name.lead':
    'The others in your network see your name with what you do. That way they know who they work with. They do not see your e-mail address as your name.',
  'name.leadOnce': 'Your account has no name yet. Fill it in, so the others in your network know who you are.',
  'name.name': 'Name',
  'name.nameHint': 'Your first and last name, for example Joke de Vries.',
  'name.jobTitle': 'Function (optional)',
  'name.jobTitleHint': 'For example district nurse or community worker.',
  'name.organisation': 'Organisation (optional)',
  'name.organisationHint': 'For example Buurtzorg or the community centre.',
  'name.save': 'Save name',
  'name.later': 'Not now',
  'name.needed': 'Fill in your name, for example Joke de Vries.',
  'people.noName': 'Member without a name',
  'invitation.leadBy': '{who} invites you to take part as {role}.',
  'invitation.leadNetwork': 'You are invited to take part as {role}.',
  'invitation.whoAreYou': 'Fill in your name before you join. The others in the network see that name.',
  'layout.menu': 'Menu',
  'layout.networkMenu': 'Menu of this network',
  'audit.happened': 'What happened',
  'form.fillIn': 'Fill in this field.',
};

export const people = { nl, en };
