/**
 * Messages of the kartrekker cockpit, positive health in the neighbourhood and the weekly digest
 * setting. Merged into nl.ts and en.ts.
 */
const nl = {
  'vd.nav.cockpit': 'Cockpit',
  'vd.nav.health': 'Positieve gezondheid',
  'ck.title': 'Cockpit voor de kartrekker',
  'ck.lead':
    'Hier staat wat deze week aandacht vraagt. Bij elk punt staat de ene stap die het oplost. Het belangrijkste staat bovenaan.',
  'ck.none': 'Niets vraagt nu je aandacht. Alles loopt volgens plan.',
  'ck.count':
    '{count, plural, one {# punt vraagt aandacht} other {# punten vragen aandacht}}: {high} dringend, {medium} belangrijk, {low} om over na te denken.',
  'ck.listLabel': 'Punten die aandacht vragen',
  'ck.toCockpit': 'Naar de cockpit',
  'ck.severity.high': 'Dringend',
  'ck.severity.medium': 'Belangrijk',
  'ck.severity.low': 'Om over na te denken',
  'ck.onlyLead': 'De cockpit is voor kartrekkers. Je eigen acties zie je bij Mijn acties.',
  'ck.digestTitle': 'Wekelijkse mail',
  'ck.digestLabel': 'Stuur me elke week een mail met deze punten (alleen als er iets is)',
  'ck.digestOn': 'Je krijgt de wekelijkse mail.',
  'ck.digestOff': 'Je krijgt de wekelijkse mail niet meer.',
  'hc.title': 'Positieve gezondheid in de wijk',
  'hc.lead':
    'Positieve gezondheid heeft zes dimensies. Hier zie je over welke dimensies jullie doelen, waaromladders en acties gaan. Het is geen cijfer voor de wijk of voor de bewoners. Het is een begin van een gesprek.',
  'hc.chartTitle': 'Hoeveel doelen, ladders en acties over elke dimensie gaan',
  'hc.chartDesc':
    'Een spinnenweb met zes dimensies. Hoe verder de punt van het midden, hoe meer doelen, ladders en acties erover gaan. De tabel ernaast geeft dezelfde aantallen.',
  'hc.tableCaption': 'Aantal doelen, waaromladders en acties per dimensie',
  'hc.dimension': 'Dimensie',
  'hc.goals': 'Doelen',
  'hc.ladders': 'Waaromladders',
  'hc.actions': 'Acties',
  'hc.total': 'Samen',
  'hc.nobody': 'niemand',
  'hc.questionTitle': 'Om samen te bespreken',
  'hc.howCounted':
    'Zo tellen we: een ladder telt mee met de dimensies die erbij zijn gekozen. Een doel telt mee met de dimensies van de ladders waar het uit kwam, en een actie met die van haar doel.',
  'hc.empty': 'Er zijn nog geen waaromladders met dimensies. Kies bij een waaromladder over welke dimensies hij gaat.',
  'hc.toLadders': 'Naar de waaromladders',
  'account.digestTitle': 'Wekelijkse mail voor kartrekkers',
  'unsub.title': 'Afmelden voor de wekelijkse mail',
  'unsub.lead': 'Wil je de wekelijkse mail van de cockpit niet meer krijgen?',
  'unsub.confirm': 'Ja, meld me af',
  'unsub.done': 'Je bent afgemeld. Je krijgt de wekelijkse mail niet meer. Je kunt hem weer aanzetten bij je account.',
  'unsub.noToken': 'Deze afmeldlink is niet compleet. Kopieer de hele link uit de mail.',
  'vd.rc.noRelations':
    'Je partner heeft nog geen relaties in de netwerkkaart. Je beoordeelt alleen partners waarmee je samenwerkt. Zet eerst jullie relaties in de kaart.',
};

const en: Record<keyof typeof nl, string> = {
  'vd.nav.cockpit': 'Cockpit',
  'vd.nav.health': 'Positive health',
  'ck.title': 'Lead’s cockpit',
  'ck.lead':
    'Here is what needs attention this week. Each point has the one step that deals with it. The most important is at the top.',
  'ck.none': 'Nothing needs your attention now. Everything goes as planned.',
  'ck.count':
    '{count, plural, one {# point needs attention} other {# points need attention}}: {high} urgent, {medium} important, {low} to think about.',
  'ck.listLabel': 'Points that need attention',
  'ck.toCockpit': 'To the cockpit',
  'ck.severity.high': 'Urgent',
  'ck.severity.medium': 'Important',
  'ck.severity.low': 'To think about',
  'ck.onlyLead': 'The cockpit is for kartrekkers (leads). You see your own actions under My actions.',
  'ck.digestTitle': 'Weekly mail',
  'ck.digestLabel': 'Send me a mail with these points every week (only when there is something)',
  'ck.digestOn': 'You get the weekly mail.',
  'ck.digestOff': 'You no longer get the weekly mail.',
  'hc.title': 'Positive health in the neighbourhood',
  'hc.lead':
    'Positive health has six dimensions. Here you see which dimensions your goals, why ladders and actions are about. It is not a score for the neighbourhood or its residents. It is the start of a conversation.',
  'hc.chartTitle': 'How many goals, ladders and actions are about each dimension',
  'hc.chartDesc':
    'A spider web with six dimensions. The further a point is from the centre, the more goals, ladders and actions are about it. The table beside it gives the same numbers.',
  'hc.tableCaption': 'Number of goals, why ladders and actions per dimension',
  'hc.dimension': 'Dimension',
  'hc.goals': 'Goals',
  'hc.ladders': 'Why ladders',
  'hc.actions': 'Actions',
  'hc.total': 'Together',
  'hc.nobody': 'nobody',
  'hc.questionTitle': 'To discuss together',
  'hc.howCounted':
    'How we count: a ladder counts with the dimensions chosen for it. A goal counts with the dimensions of the ladders it came from, and an action with those of its goal.',
  'hc.empty': 'There are no why ladders with dimensions yet. Choose at a why ladder which dimensions it is about.',
  'hc.toLadders': 'To the why ladders',
  'account.digestTitle': 'Weekly mail for kartrekkers',
  'unsub.title': 'Unsubscribe from the weekly mail',
  'unsub.lead': 'Do you no longer want the cockpit’s weekly mail?',
  'unsub.confirm': 'Yes, unsubscribe me',
  'unsub.done': 'You are unsubscribed. You no longer get the weekly mail. You can turn it on again in your account.',
  'unsub.noToken': 'This unsubscribe link is not complete. Copy the whole link from the mail.',
  'vd.rc.noRelations':
    'Your partner has no relations on the network map yet. You only rate partners you work with. First put your relations on the map.',
};

export const cockpit = { nl, en };
