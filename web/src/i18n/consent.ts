/**
 * Messages of consent from every partner (issue 10): the public consent page, "Vraag akkoord",
 * consent recorded elsewhere, confirming a changed contact address and "geen mail meer".
 * Merged into nl.ts and en.ts.
 */
const nl = {
  'cs.page.title': 'Akkoord op de samenwerkingskaart',
  'cs.page.lead':
    '{network} vraagt of {partner} akkoord gaat met versie {number} van de samenwerkingskaart, vastgelegd op {date}.',
  'cs.page.noAccount':
    'Je hebt geen account nodig. Lees de kaart hieronder en geef onderaan je antwoord. Je kunt één keer antwoorden.',
  'cs.page.until': 'Deze link werkt tot {date}.',
  'cs.page.content': 'De kaart, zoals hij is vastgelegd',
  'cs.page.answerTitle': 'Jouw antwoord',
  'cs.page.answerLegend': 'Gaat {partner} akkoord?',
  'cs.page.agree': 'Ja, akkoord',
  'cs.page.decline': 'Nee, niet akkoord',
  'cs.page.name': 'Je naam',
  'cs.page.nameHint': 'Het akkoord staat op jouw naam in de documenten van het netwerk.',
  'cs.page.role': 'Je functie bij {partner} (mag leeg)',
  'cs.page.reason': 'Waarom niet? Wat moet er anders?',
  'cs.page.send': 'Antwoord versturen',
  'cs.page.chooseAnswer': 'Kies akkoord of niet akkoord.',
  'cs.page.thanksAgree': 'Dank je wel. Het akkoord van {partner} staat nu bij versie {number} van de kaart.',
  'cs.page.thanksDecline': 'Dank je wel. Het netwerk ziet dat {partner} niet akkoord gaat, met jouw reden.',
  'cs.page.used':
    'Met deze link is al geantwoord. Een link werkt één keer. Wil je je antwoord veranderen? Neem contact op met de kartrekker van {network}.',
  'cs.page.expired': 'Deze link is verlopen. Vraag de kartrekker van {network} om een nieuwe.',
  'cs.page.outdated':
    'Er is intussen een nieuwere versie van de samenwerkingskaart van {network}. Vraag de kartrekker om een link naar die versie.',
  'cs.page.goals': 'Doelen',
  'cs.page.agreements': 'Afspraken',
  'cs.page.vision': 'Stip op de horizon',

  'cs.list.how.account': 'online in Wijknet',
  'cs.list.how.link': 'online via een persoonlijke link',
  'cs.list.how.email': 'buiten Wijknet: per e-mail',
  'cs.list.how.paper': 'buiten Wijknet: op papier ondertekend',
  'cs.list.how.meeting': 'buiten Wijknet: in een overleg',
  'cs.list.given': 'akkoord, door {by}, {how}, op {date}',
  'cs.list.recordedBy': 'vastgelegd door {name}',
  'cs.list.declined': 'niet akkoord ({by}): {reason}',
  'cs.list.linkOpen': 'gevraagd op {date}, nog geen antwoord',
  'cs.list.linkExpired': 'link verlopen zonder antwoord',
  'cs.list.noAddress': 'geen e-mailadres: leg het akkoord vast als het op een andere manier is gegeven',
  'cs.list.unconfirmed': 'nieuw e-mailadres nog niet bevestigd door de ontvanger',
  'cs.ask.button': 'Vraag akkoord',
  'cs.ask.again': 'Vraag opnieuw',
  'cs.ask.label': 'Vraag akkoord aan {partner}',
  'cs.ask.sent': 'De mail met de persoonlijke link is verstuurd naar {partner}.',
  'cs.remove.button': 'Akkoord weghalen',
  'cs.remove.question': 'Klopt dit akkoord niet? Dan haal je het weg en kun je het opnieuw vragen.',
  'cs.remove.confirm': 'Ja, weghalen',
  'cs.remove.done': 'Het akkoord van {partner} is weggehaald.',
  'cs.record.title': 'Akkoord vastleggen dat buiten Wijknet is gegeven',
  'cs.record.explain':
    'Gaf een partner akkoord per e-mail, op papier of in een overleg? Leg het hier vast. Het staat zo in de documenten, apart van akkoord in Wijknet, en de partner krijgt er een mail over.',
  'cs.record.party': 'Partner',
  'cs.record.name': 'Naam van wie akkoord gaf',
  'cs.record.role': 'Functie (mag leeg)',
  'cs.record.date': 'Datum van het akkoord',
  'cs.record.how': 'Hoe is het akkoord gegeven?',
  'cs.record.save': 'Akkoord vastleggen',
  'cs.record.saved': 'Het akkoord van {partner} is vastgelegd.',
  'cs.record.none': 'Alle partners hebben al akkoord gegeven.',

  'cs.invite.message': 'Persoonlijk bericht bij de mail (mag leeg)',
  'cs.invite.messageHint':
    'Wijknet zet je bericht als citaat in de mail, met je naam en het netwerk erbij. Alleen bij uitnodigen per e-mail.',
  'cs.contact.hint':
    'Verandert dit adres? Dan krijgt het nieuwe adres eerst een mail om het te bevestigen. Tot dan mailt Wijknet er niet naartoe.',
  'cs.contact.pending':
    'Dit adres is nog niet bevestigd. Wijknet mailt er pas naartoe als de ontvanger de bevestigingsmail heeft beantwoord.',
  'cs.contact.title': 'E-mailadres bevestigen',
  'cs.contact.text':
    'Klopt het dat dit jouw e-mailadres is voor deze partner? Bevestig het, dan kan het netwerk je mailen.',
  'cs.contact.button': 'Ja, dit adres klopt',
  'cs.contact.done': 'Dank je wel. Het adres van {partner} is bevestigd.',
  'cs.contact.noToken': 'Deze pagina werkt alleen via de link in de mail.',

  'cs.optout.title': 'Geen mail meer via Wijknet',
  'cs.optout.text':
    'Wil je geen mail meer via Wijknet? Dan sturen we je niets meer: geen uitnodigingen, vragen of berichten. Alleen als je zelf inlogt, krijg je een inlogmail.',
  'cs.optout.button': 'Ik wil geen mail meer via Wijknet',
  'cs.optout.done': 'Klaar. Je krijgt geen mail meer via Wijknet.',
  'cs.optout.noToken': 'Deze pagina werkt alleen via de link onderaan een mail van Wijknet.',
};

const en: Record<keyof typeof nl, string> = {
  'cs.page.title': 'Consent to the partnership card',
  'cs.page.lead':
    '{network} asks whether {partner} agrees with version {number} of the partnership card, published on {date}.',
  'cs.page.noAccount':
    'You do not need an account. Read the card below and give your answer at the bottom. You can answer once.',
  'cs.page.until': 'This link works until {date}.',
  'cs.page.content': 'The card, as it was published',
  'cs.page.answerTitle': 'Your answer',
  'cs.page.answerLegend': 'Does {partner} agree?',
  'cs.page.agree': 'Yes, agreed',
  'cs.page.decline': 'No, not agreed',
  'cs.page.name': 'Your name',
  'cs.page.nameHint': "The consent is given in your name in the network's documents.",
  'cs.page.role': 'Your role at {partner} (optional)',
  'cs.page.reason': 'Why not? What should change?',
  'cs.page.send': 'Send answer',
  'cs.page.chooseAnswer': 'Choose agree or do not agree.',
  'cs.page.thanksAgree': 'Thank you. The consent of {partner} is now recorded with version {number} of the card.',
  'cs.page.thanksDecline': 'Thank you. The network sees that {partner} does not agree, with your reason.',
  'cs.page.used':
    'This link has already been used to answer. A link works once. Want to change your answer? Contact the coordinator of {network}.',
  'cs.page.expired': 'This link has expired. Ask the coordinator of {network} for a new one.',
  'cs.page.outdated':
    'There is a newer version of the partnership card of {network} by now. Ask the coordinator for a link to that version.',
  'cs.page.goals': 'Goals',
  'cs.page.agreements': 'Agreements',
  'cs.page.vision': 'Shared vision',

  'cs.list.how.account': 'online in Wijknet',
  'cs.list.how.link': 'online through a personal link',
  'cs.list.how.email': 'outside Wijknet: by e-mail',
  'cs.list.how.paper': 'outside Wijknet: on signed paper',
  'cs.list.how.meeting': 'outside Wijknet: in a meeting',
  'cs.list.given': 'consented, by {by}, {how}, on {date}',
  'cs.list.recordedBy': 'recorded by {name}',
  'cs.list.declined': 'not agreed ({by}): {reason}',
  'cs.list.linkOpen': 'asked on {date}, no answer yet',
  'cs.list.linkExpired': 'link expired without an answer',
  'cs.list.noAddress': 'no e-mail address: record the consent if it was given another way',
  'cs.list.unconfirmed': 'new e-mail address not confirmed by its recipient yet',
  'cs.ask.button': 'Ask for consent',
  'cs.ask.again': 'Ask again',
  'cs.ask.label': 'Ask {partner} for consent',
  'cs.ask.sent': 'The mail with the personal link has been sent to {partner}.',
  'cs.remove.button': 'Remove consent',
  'cs.remove.question': 'Is this consent not right? Then remove it; you can ask again.',
  'cs.remove.confirm': 'Yes, remove',
  'cs.remove.done': 'The consent of {partner} has been removed.',
  'cs.record.title': 'Record consent given outside Wijknet',
  'cs.record.explain':
    'Did a partner give consent by e-mail, on paper or in a meeting? Record it here. The documents show it as such, apart from consent in Wijknet, and the partner gets a mail about it.',
  'cs.record.party': 'Partner',
  'cs.record.name': 'Name of the person who consented',
  'cs.record.role': 'Role (optional)',
  'cs.record.date': 'Date of the consent',
  'cs.record.how': 'How was consent given?',
  'cs.record.save': 'Record consent',
  'cs.record.saved': 'The consent of {partner} has been recorded.',
  'cs.record.none': 'All partners have given consent already.',

  'cs.invite.message': 'Personal message with the mail (optional)',
  'cs.invite.messageHint':
    'Wijknet puts your message in the mail as a quote, with your name and the network. Only when inviting by e-mail.',
  'cs.contact.hint':
    'Does this address change? Then the new address first gets a mail to confirm it. Until then Wijknet sends no mail there.',
  'cs.contact.pending':
    'This address is not confirmed yet. Wijknet mails it only after the recipient has answered the confirmation mail.',
  'cs.contact.title': 'Confirm e-mail address',
  'cs.contact.text': 'Is this your e-mail address for this partner? Confirm it, and the network can mail you.',
  'cs.contact.button': 'Yes, this address is right',
  'cs.contact.done': 'Thank you. The address of {partner} is confirmed.',
  'cs.contact.noToken': 'This page only works through the link in the mail.',

  'cs.optout.title': 'No more mail through Wijknet',
  'cs.optout.text':
    'Do you want no more mail through Wijknet? Then we send you nothing any more: no invitations, questions or messages. Only when you sign in yourself do you get a sign-in mail.',
  'cs.optout.button': 'I want no more mail through Wijknet',
  'cs.optout.done': 'Done. You will get no more mail through Wijknet.',
  'cs.optout.noToken': 'This page only works through the link at the bottom of a mail from Wijknet.',
};

export const consent = { nl, en };
