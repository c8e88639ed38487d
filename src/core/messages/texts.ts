/** Sentences the server makes outside errors: progress steps, import problems, werksessie texts. */
export const textMessages = {
  // A werksessie's questions when the facilitator gives none (kept with the session, in the language it was started in)
  'session.question.ladder': {
    nl: 'Welke activiteit heb je in gedachten? En waarom wil je dat doen?',
    en: 'Which activity do you have in mind? And why do you want to do it?',
  },
  'session.question.vote': { nl: 'Waar kiezen we voor?', en: 'What do we choose?' },
  'session.question.ideas': { nl: 'Welke ideeën heb je?', en: 'What ideas do you have?' },

  'auth.mailSent': {
    nl: 'Als dit adres bij Wijknet mag inloggen, staat er binnen een minuut een e-mail met een link en een code in je inbox.',
    en: 'If this address may sign in to Wijknet, an e-mail with a link and a code will be in your inbox within a minute.',
  },
  'upload.garbled': {
    nl: 'Het bestand kwam niet goed door. Kies het opnieuw.',
    en: 'The file did not come through properly. Choose it again.',
  },
  'documents.file': {
    nl: 'Kies plan-van-aanpak of samenwerkingsovereenkomst, als .pdf of .docx.',
    en: 'Choose plan-van-aanpak (plan of approach) or samenwerkingsovereenkomst (collaboration agreement), as .pdf or .docx.',
  },
  // Approaching a possible ally from the suggestions
  'approach.mailed': {
    nl: 'De uitnodiging is gemaild naar {email}. {name} staat nu als benaderd in je netwerk.',
    en: 'The invitation was e-mailed to {email}. {name} is now listed as approached in your network.',
  },
  'approach.noMail': {
    nl: '{name} heeft geen openbaar e-mailadres. {next} Ze staan nu als benaderd in je netwerk.',
    en: '{name} has no public e-mail address. {next} They are now listed as approached in your network.',
  },
  'approach.choose': {
    nl: '{name} heeft geen openbaar e-mailadres, dus we kunnen geen uitnodiging mailen. Neem je zelf contact op (bellen, langsgaan, via de website)? Kies dat dan, dan zetten we {name} op benaderd.',
    en: '{name} has no public e-mail address, so we cannot e-mail an invitation. Will you contact them yourself (call, visit, through the website)? Choose that, and we list {name} as approached.',
  },
  'approach.contact': { nl: 'Neem zelf contact op: {ways}.', en: 'Contact them yourself: {ways}.' },
  'approach.askAround': { nl: 'Vraag in je netwerk wie hen kent.', en: 'Ask in your network who knows them.' },
  'approach.call': { nl: 'bel {phone}', en: 'call {phone}' },
  'approach.visit': { nl: 'kijk op {website}', en: 'look at {website}' },
  'list.and': { nl: 'en', en: 'and' },
  // Why a possible ally is suggested: "werkt ook aan eenzaamheid bij ouderen"
  'reason.themes': { nl: 'werkt ook aan {themes}', en: 'also works on {themes}' },
  'reason.withGroups': { nl: 'bij {groups}', en: 'with {groups}' },
  'reason.forGroups': { nl: 'werkt ook voor {groups}', en: 'also works for {groups}' },
  'reason.dimensions': { nl: 'let op {dimensions}', en: 'pays attention to {dimensions}' },
  'reason.andDimensions': { nl: 'en let op {dimensions}', en: 'and pays attention to {dimensions}' },

  // Progress of the phase verkennen: the step's name, and what was found or what to do next
  'progress.partners.label': { nl: 'Partners toegevoegd', en: 'Partners added' },
  'progress.partners.done': {
    nl: { one: '{count} partner doet mee.', other: '{count} partners doen mee.' },
    en: { one: '{count} partner takes part.', other: '{count} partners take part.' },
  },
  'progress.partners.todo': {
    nl: 'Voeg minstens twee partners toe, of zoek medestanders in de sociale kaart.',
    en: 'Add at least two partners, or look for allies in the social map.',
  },
  'progress.relations.label': { nl: 'Relaties ingevuld', en: 'Relations filled in' },
  'progress.relations.done': {
    nl: { one: '{count} relatie op de netwerkkaart.', other: '{count} relaties op de netwerkkaart.' },
    en: { one: '{count} relation on the network map.', other: '{count} relations on the network map.' },
  },
  'progress.relations.todo': { nl: 'Vul in wie met wie samenwerkt.', en: 'Fill in who works together with whom.' },
  'progress.snapshot.label': { nl: 'Netwerk bekeken en vastgelegd', en: 'Network looked at and recorded' },
  'progress.snapshot.done': {
    nl: { one: '{count} momentopname vastgelegd.', other: '{count} momentopnamen vastgelegd.' },
    en: { one: '{count} snapshot recorded.', other: '{count} snapshots recorded.' },
  },
  'progress.snapshot.todo': {
    nl: 'Bekijk de analyse en leg het netwerk vast als momentopname, zodat je later kunt vergelijken.',
    en: 'Look at the analysis and record the network as a snapshot, so you can compare later.',
  },
  'progress.whoIsWho.label': { nl: 'Wie is wie in de wijk nagelopen', en: 'Who is who in the neighbourhood checked' },
  'progress.whoIsWho.done': {
    nl: { one: '{count} functie gekoppeld aan partners.', other: '{count} functies gekoppeld aan partners.' },
    en: { one: '{count} function linked to partners.', other: '{count} functions linked to partners.' },
  },
  'progress.whoIsWho.todo': {
    nl: 'Loop de lijst met functies na en koppel de partners die ze vervullen.',
    en: 'Go through the list of functions and link the partners that fulfil them.',
  },
  'progress.profile.label': {
    nl: 'Wijkprofiel: cijfers en wat bewoners vragen',
    en: 'Neighbourhood profile: figures and what residents ask',
  },
  'progress.profile.done': {
    nl: '{figures} keer cijfers over de wijk en {needs} vragen of behoeften van bewoners.',
    en: 'Figures about the neighbourhood {figures} times, and {needs} questions or needs of residents.',
  },
  'progress.profile.needsTodo': {
    nl: 'Schrijf ook op welke vragen en behoeften je van bewoners hoort.',
    en: 'Also write down which questions and needs you hear from residents.',
  },
  'progress.profile.todo': {
    nl: 'Haal de CBS-kerncijfers van je wijk op, of vul eigen cijfers in, en schrijf op wat bewoners vragen.',
    en: 'Fetch the CBS key figures of your neighbourhood, or fill in your own figures, and write down what residents ask.',
  },
  'progress.focus.label': { nl: 'Focus gekozen', en: 'Focus chosen' },
  'progress.focus.done': { nl: 'Focus: {themes}.', en: 'Focus: {themes}.' },
  'progress.focus.voting': {
    nl: {
      one: '{count} thema voorgesteld. Stem over het draagvlak en leg het besluit vast.',
      other: '{count} thema’s voorgesteld. Stem over het draagvlak en leg het besluit vast.',
    },
    en: {
      one: '{count} theme proposed. Vote on the support and record the decision.',
      other: '{count} themes proposed. Vote on the support and record the decision.',
    },
  },
  'progress.focus.todo': {
    nl: 'Stel thema’s voor, stem over het draagvlak en kies samen de focus van het netwerk.',
    en: 'Propose themes, vote on the support and choose the network’s focus together.',
  },

  // Limits of every import (the others are in domain/messages.ts)
  'import.tooSlow': {
    nl: {
      one: 'Dit bestand lezen duurt langer dan {count} seconde, de grens voor een import. Maak het bestand kleiner of splits het op.',
      other:
        'Dit bestand lezen duurt langer dan {count} seconden, de grens voor een import. Maak het bestand kleiner of splits het op.',
    },
    en: {
      one: 'Reading this file takes longer than {count} second, the limit for an import. Make the file smaller or split it up.',
      other:
        'Reading this file takes longer than {count} seconds, the limit for an import. Make the file smaller or split it up.',
    },
  },

  // Reading a Kumu file (Excel or two CSV files)
  'kumu.csvUnreadable': {
    nl: '{file}: dit CSV-bestand kunnen we niet lezen (regel {line}). {problem}',
    en: '{file}: we cannot read this CSV file (line {line}). {problem}',
  },
  'kumu.oneOrTwo': {
    nl: 'Kies één Excel-bestand, of twee CSV-bestanden (Elements en Connections).',
    en: 'Choose one Excel file, or two CSV files (Elements and Connections).',
  },
  'kumu.xlsxUnreadable': {
    nl: '{file}: dit Excel-bestand kunnen we niet openen. Sla het opnieuw op als .xlsx.',
    en: '{file}: we cannot open this Excel file. Save it again as .xlsx.',
  },
  'kumu.noElementsSheet': {
    nl: '{file}: er is geen werkblad "Elements" (of "Elementen"). Noem het blad met de partners "Elements" of "Elementen".',
    en: '{file}: there is no sheet "Elements" (or "Elementen"). Name the sheet with the partners "Elements" or "Elementen".',
  },
  'kumu.twoConnections': {
    nl: 'Je koos twee bestanden met verbindingen (From en To). Kies één bestand met Elements en één met Connections.',
    en: 'You chose two files with connections (From and To). Choose one file with Elements and one with Connections.',
  },
  'kumu.twoElements': {
    nl: 'Je koos twee bestanden met elementen (Label). Kies één bestand met Elements en één met Connections.',
    en: 'You chose two files with elements (Label). Choose one file with Elements and one with Connections.',
  },
  'kumu.noHeader': {
    nl: '{file}: we vinden in de eerste regel geen kolom Label of Naam (partners), en ook geen From en To of Van en Naar (relaties).',
    en: '{file}: we find no column Label or Naam (partners) in the first line, nor From and To or Van and Naar (relations).',
  },
  'kumu.elementsMissing': {
    nl: 'Kies ook het bestand met de partners (Elements, met de kolommen Label en Type of Naam en Soort).',
    en: 'Also choose the file with the partners (Elements, with the columns Label and Type or Naam and Soort).',
  },

  // Problems with one row of an import
  'row.nameMissing': {
    nl: 'De naam ontbreekt. Vul de kolom Label in.',
    en: 'The name is missing. Fill in the column Label.',
  },
  'row.labelTwice': {
    nl: '“{label}” staat al in rij {row}. Geef elke partner één rij.',
    en: '“{label}” is already in row {row}. Give each partner one row.',
  },
  'row.field': { nl: '{column}: {problem}', en: '{column}: {problem}' },
  'row.unreadable': { nl: 'Deze rij kunnen we niet lezen.', en: 'We cannot read this row.' },
  'row.fromTo': {
    nl: 'Vul bij From en To de namen van twee partners in.',
    en: 'Fill in the names of two partners in From and To.',
  },
  'row.endInBadRow': {
    nl: '“{label}” staat in een foute rij ({source}, rij {row}).',
    en: '“{label}” is in a wrong row ({source}, row {row}).',
  },
  'row.endUnknown': {
    nl: '“{label}” staat niet bij de Elements en niet in het netwerk. Voeg die partner toe of verbeter de naam.',
    en: '“{label}” is not among the Elements and not in the network. Add that partner or correct the name.',
  },
  'row.selfRelation': {
    nl: 'From en To zijn dezelfde partner. Een relatie met zichzelf telt niet.',
    en: 'From and To are the same partner. A relation with itself does not count.',
  },
  'row.typeTooLong': {
    nl: 'Type en Frequentie mogen elk hoogstens 60 tekens hebben.',
    en: 'Type and Frequency may each have at most 60 characters.',
  },
  'row.quality': {
    nl: 'Kwaliteit is “{value}”. Vul 1 (moeizaam), 2, 3 of 4 (heel goed) in, of laat het leeg.',
    en: 'Quality is “{value}”. Fill in 1 (difficult), 2, 3 or 4 (very good), or leave it empty.',
  },
  'row.domain': {
    nl: 'Domein “{value}” kennen we niet. Kies uit: {choices}.',
    en: 'We do not know the domain “{value}”. Choose from: {choices}.',
  },
  'row.dimension': {
    nl: 'Dimensie “{value}” kennen we niet. Kies uit: {choices}.',
    en: 'We do not know the dimension “{value}”. Choose from: {choices}.',
  },
} as const;
