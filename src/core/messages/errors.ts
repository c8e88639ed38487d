/** Texts of the errors the API answers with (`AppError`), by module. */
export const errorMessages = {
  // General answers and the access check
  'error.unauthenticated': { nl: 'Log eerst in om verder te gaan.', en: 'Please sign in first.' },
  'error.forbidden': {
    nl: 'Je rol in dit netwerk geeft geen toestemming hiervoor.',
    en: 'Your role in this network does not allow this.',
  },
  'error.notFound': {
    nl: 'Dit bestaat niet (meer), of je hebt er geen toegang toe.',
    en: 'This does not exist (any more), or you have no access to it.',
  },
  'error.versionConflict': {
    nl: 'Iemand anders heeft dit intussen ook gewijzigd. Bekijk de nieuwe versie en voer je wijziging opnieuw uit.',
    en: 'Someone else changed this in the meantime. Look at the new version and make your change again.',
  },
  'error.referenceGone': {
    nl: 'Iets waar dit naar verwijst, is intussen weggehaald. Laad de pagina opnieuw en probeer het nog eens.',
    en: 'Something this refers to was removed in the meantime. Reload the page and try again.',
  },
  'error.invalid': {
    nl: 'Niet alle velden zijn goed ingevuld. Kijk de velden met een melding na.',
    en: 'Not all fields are filled in correctly. Check the fields with a message.',
  },
  'consent.notAParty': {
    nl: 'Deze partner hoort niet bij deze versie van de kaart.',
    en: 'This partner is not part of this version of the card.',
  },
  'consent.notFound': {
    nl: 'Dit akkoord bestaat niet (meer), of het is online in Wijknet gegeven door een lid: dat haalt alleen dat lid zelf niet weg.',
    en: 'This consent does not exist (any more), or it was given online in Wijknet by a member.',
  },
  'consent.notYours': {
    nl: 'Alleen de kartrekker of iemand die namens deze partner meedoet, kan om akkoord vragen.',
    en: 'Only the coordinator or someone who acts for this partner can ask for consent.',
  },
  'consent.noAddress': {
    nl: 'Deze partner heeft geen e-mailadres. Vul er een in bij de partner, of leg een akkoord vast dat op een andere manier is gegeven.',
    en: 'This partner has no e-mail address. Add one to the partner, or record consent given another way.',
  },
  'consent.addressUnconfirmed': {
    nl: 'Het e-mailadres van deze partner is gewijzigd en nog niet bevestigd. Zodra de ontvanger de bevestigingsmail heeft beantwoord, kun je om akkoord vragen.',
    en: "This partner's e-mail address was changed and is not confirmed yet. Once the recipient has answered the confirmation mail, you can ask for consent.",
  },
  'consent.already': {
    nl: 'Deze partner heeft al akkoord gegeven op deze versie.',
    en: 'This partner has already agreed to this version.',
  },
  'consent.linkNotFound': {
    nl: 'Deze link kennen we niet. Controleer of je de hele link uit de mail hebt gebruikt.',
    en: 'We do not know this link. Check that you used the whole link from the mail.',
  },
  'consent.linkUsed': {
    nl: 'Met deze link is al geantwoord. Een link werkt één keer. Wil je je antwoord veranderen? Neem contact op met de kartrekker van het netwerk.',
    en: 'This link has already been used to answer. A link works once. Want to change your answer? Contact the coordinator of the network.',
  },
  'consent.linkExpired': {
    nl: 'Deze link is verlopen (hij werkt 14 dagen). Vraag de kartrekker om een nieuwe.',
    en: 'This link has expired (it works for 14 days). Ask the coordinator for a new one.',
  },
  'consent.linkOutdated': {
    nl: 'Er is intussen een nieuwere versie van de samenwerkingskaart. Vraag de kartrekker om een link naar die versie.',
    en: 'There is a newer version of the partnership card by now. Ask the coordinator for a link to that version.',
  },
  'consent.reasonNeeded': {
    nl: 'Schrijf kort waarom je niet akkoord gaat, dan weet het netwerk wat er anders moet.',
    en: 'Briefly write why you do not agree, so the network knows what should change.',
  },
  'consent.dateFuture': {
    nl: 'Deze datum ligt in de toekomst.',
    en: 'This date is in the future.',
  },
  'consent.dateBeforeVersion': {
    nl: 'Deze datum ligt vóór de dag waarop deze versie is vastgelegd.',
    en: 'This date is before the day this version was published.',
  },
  'mail.optoutInvalid': {
    nl: 'Deze link kennen we niet. Gebruik de link uit de laatste mail van Wijknet.',
    en: 'We do not know this link. Use the link in the latest mail from Wijknet.',
  },
  'error.mailLimitSender': {
    nl: 'Je hebt vandaag al zoveel mails via Wijknet laten versturen als mag. Morgen kan het weer.',
    en: 'You have had as many mails sent through Wijknet today as allowed. You can send more tomorrow.',
  },
  'error.mailLimitNetwork': {
    nl: 'Dit netwerk heeft vandaag al zoveel mails via Wijknet laten versturen als mag. Morgen kan het weer.',
    en: 'This network has had as many mails sent through Wijknet today as allowed. It can send more tomorrow.',
  },
  'error.rateLimited': {
    nl: {
      one: 'Te veel pogingen achter elkaar. Probeer het over {count} minuut opnieuw.',
      other: 'Te veel pogingen achter elkaar. Probeer het over {count} minuten opnieuw.',
    },
    en: {
      one: 'Too many attempts in a row. Please try again in {count} minute.',
      other: 'Too many attempts in a row. Please try again in {count} minutes.',
    },
  },
  'error.internal': {
    nl: 'Er ging iets mis bij ons. Probeer het later opnieuw.',
    en: 'Something went wrong on our side. Please try again later.',
  },
  'error.badRequest': { nl: 'Dit verzoek kunnen we niet verwerken.', en: 'We cannot process this request.' },
  'error.databaseUnavailable': {
    nl: 'De database is even niet bereikbaar. Probeer het over een paar seconden opnieuw.',
    en: 'The database cannot be reached right now. Please try again in a few seconds.',
  },
  'error.storageUnavailable': {
    nl: 'Opslaan lukt nu even niet: de schijf van de server is vol of alleen-lezen. Je wijziging is niet bewaard. Probeer het later opnieuw; de beheerder is gewaarschuwd.',
    en: "Saving is not possible right now: the server's disk is full or read-only. Your change was not saved. Please try again later; the administrator has been warned.",
  },
  'pool.busy': {
    nl: 'Het is nu erg druk op de server. Probeer het over een paar seconden opnieuw.',
    en: 'The server is very busy right now. Please try again in a few seconds.',
  },
  'pool.timeout': {
    nl: {
      one: 'Dit kost meer dan {count} seconde rekentijd en is daarom gestopt. Maak het kleiner of splits het op.',
      other: 'Dit kost meer dan {count} seconden rekentijd en is daarom gestopt. Maak het kleiner of splits het op.',
    },
    en: {
      one: 'This takes more than {count} second of processing time, so it was stopped. Make it smaller or split it up.',
      other:
        'This takes more than {count} seconds of processing time, so it was stopped. Make it smaller or split it up.',
    },
  },
  'pool.crashed': {
    nl: 'Dit werk liep vast op de server en is gestopt. Probeer het opnieuw; lukt het weer niet, maak het bestand dan kleiner.',
    en: 'This work got stuck on the server and was stopped. Please try again; if it fails again, make the file smaller.',
  },
  'error.unknownField': {
    nl: 'Dit veld kennen we niet. Laat het weg.',
    en: 'We do not know this field. Leave it out.',
  },
  'error.invalidValue': { nl: 'Ongeldige waarde.', en: 'Invalid value.' },
  'error.notOwnOrigin': {
    nl: 'Dit verzoek komt niet van Wijknet zelf en is daarom geweigerd.',
    en: 'This request does not come from Wijknet itself, so it was refused.',
  },
  'error.adminOnly': { nl: 'Dit kan alleen een beheerder.', en: 'Only an administrator can do this.' },
  'error.researcherOnly': {
    nl: 'Dit is alleen voor onderzoekers van deze installatie.',
    en: 'This is only for researchers of this installation.',
  },
  'research.wholeMonth': {
    nl: 'Kies een hele maand die al voorbij is, zoals {example}.',
    en: 'Choose a whole month that has ended, such as {example}.',
  },
  'error.noSuchAddress': { nl: 'Dit adres bestaat niet.', en: 'This address does not exist.' },
  'error.webMissing': {
    nl: 'De webapp is niet gebouwd of is weggehaald. Bouw opnieuw met npm run build.',
    en: 'The web app has not been built or was removed. Build it again with npm run build.',
  },
  'error.emptyFile': {
    nl: 'Het bestand is leeg. Kies een ander bestand.',
    en: 'The file is empty. Choose another file.',
  },

  // Fastify's own 4xx errors
  'http.invalidMediaType': {
    nl: 'Stuur de gegevens als JSON (Content-Type: application/json).',
    en: 'Send the data as JSON (Content-Type: application/json).',
  },
  'http.invalidContentLength': {
    nl: 'De lengte van het verzoek klopt niet.',
    en: 'The length of the request is not right.',
  },
  'http.emptyJsonBody': {
    nl: 'Het verzoek heeft geen inhoud. Stuur de gegevens als JSON.',
    en: 'The request is empty. Send the data as JSON.',
  },
  'http.bodyTooLarge': { nl: 'Het verzoek is te groot.', en: 'The request is too large.' },
  'http.invalidJson': { nl: 'De gegevens zijn geen geldige JSON.', en: 'The data is not valid JSON.' },
  'http.invalidContentType': {
    nl: 'Het Content-Type van het verzoek is ongeldig.',
    en: 'The Content-Type of the request is not valid.',
  },
  'http.badUrl': { nl: 'Dit adres is ongeldig.', en: 'This address is not valid.' },
  'http.urlTooLong': { nl: 'Dit adres is te lang of ongeldig.', en: 'This address is too long or not valid.' },

  // Sign-in and API keys
  'auth.invitationNeeded': {
    nl: 'Je hebt een uitnodiging nodig om Wijknet hier te gebruiken. Vraag een kartrekker om je uit te nodigen.',
    en: 'You need an invitation to use Wijknet here. Ask a kartrekker (network lead) to invite you.',
  },
  'auth.mailNotSent': {
    nl: 'De mail is nog niet verstuurd, probeer het zo nog eens.',
    en: 'The e-mail has not been sent yet. Please try again in a moment.',
  },
  'auth.linkInvalid': {
    nl: 'Deze inloglink is verlopen of al gebruikt. Vraag een nieuwe aan.',
    en: 'This sign-in link has expired or was already used. Ask for a new one.',
  },
  'auth.codeInvalid': {
    nl: 'Deze code klopt niet of is verlopen. Controleer de code in je e-mail, of vraag een nieuwe aan.',
    en: 'This code is wrong or has expired. Check the code in your e-mail, or ask for a new one.',
  },
  'auth.codeInvalidShort': { nl: 'Deze code klopt niet of is verlopen.', en: 'This code is wrong or has expired.' },
  'auth.tokenNotFound': { nl: 'Deze sleutel bestaat niet (meer).', en: 'This key does not exist (any more).' },

  // Networks, members, invitations
  'network.notFound': { nl: 'Dit netwerk bestaat niet.', en: 'This network does not exist.' },
  'member.notFound': { nl: 'Dit lid bestaat niet (meer).', en: 'This member does not exist (any more).' },
  'member.notInNetwork': {
    nl: 'Deze persoon is geen lid van dit netwerk.',
    en: 'This person is not a member of this network.',
  },
  'member.lastLead': {
    nl: 'Een netwerk heeft altijd minstens één kartrekker. Maak eerst iemand anders kartrekker.',
    en: 'A network always has at least one kartrekker (lead). Make someone else kartrekker first.',
  },
  'member.onlyLeadRemoves': {
    nl: 'Alleen een kartrekker kan iemand uit het netwerk halen.',
    en: 'Only a kartrekker can remove someone from the network.',
  },
  'member.onlyLeadOf': {
    nl: 'Je bent de enige kartrekker van {networks}. Maak eerst iemand anders kartrekker, of verwijder dat netwerk.',
    en: 'You are the only kartrekker of {networks}. Make someone else kartrekker first, or delete that network.',
  },
  'invitation.notFound': {
    nl: 'Deze uitnodiging bestaat niet (meer).',
    en: 'This invitation does not exist (any more).',
  },
  'invitation.expired': {
    nl: 'Deze uitnodiging is verlopen, ingetrokken of al gebruikt. Vraag de kartrekker om een nieuwe.',
    en: 'This invitation has expired, was withdrawn or was already used. Ask the kartrekker for a new one.',
  },
  'invitation.otherAddress': {
    nl: 'Deze uitnodiging is verstuurd naar een ander e-mailadres. Log in met dat adres om hem aan te nemen.',
    en: 'This invitation was sent to another e-mail address. Sign in with that address to accept it.',
  },

  // Partners (actors) and relations
  'actor.notFound': {
    nl: 'Deze partner bestaat niet (meer) in dit netwerk.',
    en: 'This partner does not exist (any more) in this network.',
  },
  'actor.contactLinkInvalid': {
    nl: 'Deze bevestigingslink werkt niet (meer). Misschien is hij te oud of is het adres intussen weer gewijzigd. Vraag de kartrekker om het adres opnieuw op te slaan.',
    en: 'This confirmation link does not work (any more). It may be too old, or the address was changed again. Ask the coordinator to save the address again.',
  },
  'actor.notShared': {
    nl: 'Deze partner staat niet (meer) in de gedeelde lijst.',
    en: 'This partner is not (any more) in the shared list.',
  },
  'actor.otherNetworkKeeps': {
    nl: 'Dit profiel wordt bijgehouden door een ander netwerk. Je kunt het hier niet aanpassen.',
    en: 'Another network keeps this profile up to date. You cannot change it here.',
  },
  'actor.personFindable': {
    nl: 'Een persoon is alleen vindbaar voor andere netwerken als die persoon dat zelf aanzet. Vraag het diegene.',
    en: 'A person can only be found by other networks if that person turns it on themselves. Ask them.',
  },
  'actor.notInNetwork': {
    nl: 'Deze partner doet niet mee in dit netwerk.',
    en: 'This partner does not take part in this network.',
  },
  'actor.alreadyPartner': {
    nl: 'Deze partner doet al mee in dit netwerk.',
    en: 'This partner already takes part in this network.',
  },
  'relation.notFound': {
    nl: 'Deze relatie bestaat niet (meer) in dit netwerk.',
    en: 'This relation does not exist (any more) in this network.',
  },
  'relation.notYours': {
    nl: 'Je kunt alleen relaties bijhouden van de partner namens wie je meedoet. Geef in je lidmaatschap aan namens wie je meedoet, of vraag de kartrekker.',
    en: 'You can only keep track of the relations of the partner you take part for. Say in your membership who you take part for, or ask the kartrekker.',
  },
  'relation.sameActor': {
    nl: 'Kies twee verschillende partners: een relatie met zichzelf telt niet.',
    en: 'Choose two different partners: a relation with itself does not count.',
  },
  'relation.actorMissing': {
    nl: 'Deze partner doet niet mee in dit netwerk. Voeg de partner eerst toe.',
    en: 'This partner does not take part in this network. Add the partner first.',
  },
  'relation.exists': {
    nl: 'Tussen deze twee partners staat al een relatie. Pas die aan in plaats van een nieuwe te maken.',
    en: 'There already is a relation between these two partners. Change that one instead of making a new one.',
  },

  // Verkennen: who is who, analysis, profile, focus
  'function.notFound': {
    nl: 'Deze functie staat niet (meer) op de lijst.',
    en: 'This function is not (any more) on the list.',
  },
  'function.onlyLeadRenames': {
    nl: 'Alleen een kartrekker kan functies hernoemen. Je kunt wel partners aan een functie koppelen.',
    en: 'Only a kartrekker can rename functions. You can link partners to a function.',
  },
  'function.partnersOnly': {
    nl: 'Koppel alleen partners die in dit netwerk meedoen.',
    en: 'Only link partners that take part in this network.',
  },
  'snapshot.notFound': { nl: 'Deze momentopname bestaat niet (meer).', en: 'This snapshot does not exist (any more).' },
  'profile.yearUnknown': {
    nl: 'Uit het bestand blijkt niet over welk jaar de cijfers gaan. Vul het jaar in.',
    en: 'The file does not show which year the figures are about. Fill in the year.',
  },
  'profile.cbsNoRegionCode': {
    nl: 'Dit netwerk heeft nog geen CBS-code van de wijk of gemeente (zoals WK020213). Vul die in bij de instellingen van het netwerk.',
    en: 'This network has no CBS code of its wijk or gemeente yet (such as WK020213). Fill it in in the network settings.',
  },
  'profile.cbsFetchOff': {
    nl: 'Deze server haalt geen cijfers op bij het CBS. Download het bestand bij het CBS en kies het hieronder.',
    en: 'This server does not fetch figures from CBS. Download the file from CBS and choose it below.',
  },
  'profile.cbsUnreachable': {
    nl: 'Het CBS ({host}) is vanaf deze server niet bereikbaar. Probeer het later nog eens, of download het bestand bij het CBS en kies het hieronder.',
    en: 'CBS ({host}) cannot be reached from this server. Try again later, or download the file from CBS and choose it below.',
  },
  'profile.cbsTimeout': {
    nl: 'Het CBS ({host}) gaf niet op tijd antwoord. Probeer het later nog eens, of download het bestand bij het CBS en kies het hieronder.',
    en: 'CBS ({host}) did not answer in time. Try again later, or download the file from CBS and choose it below.',
  },
  'profile.cbsBadAnswer': {
    nl: 'Het CBS gaf een antwoord dat we niet kunnen lezen. Download het bestand bij het CBS en kies het hieronder.',
    en: 'CBS gave an answer we cannot read. Download the file from CBS and choose it below.',
  },
  'profile.cbsNotFound': {
    nl: 'Het CBS heeft geen kerncijfers van {code} in de tabellen die we proberen ({years}). Klopt de CBS-code van het netwerk?',
    en: 'CBS has no key figures of {code} in the tables we try ({years}). Is the CBS code of the network right?',
  },
  'profile.cbsYear': {
    nl: 'Voor dat jaar kennen we geen tabel Kerncijfers wijken en buurten. Kies een jaar van {first} tot en met {last}.',
    en: 'We know no table Kerncijfers wijken en buurten for that year. Choose a year from {first} to {last}.',
  },
  'profile.areaNotInFile': {
    nl: 'Het gebied van dit netwerk staat niet in het bestand. Kies zelf welke gebieden je wilt bewaren.',
    en: 'The area of this network is not in the file. Choose which areas you want to keep.',
  },
  'profile.regionNotInFile': {
    nl: 'Het gebied {code} staat niet in dit bestand. Kies een gebied uit de lijst.',
    en: 'The area {code} is not in this file. Choose an area from the list.',
  },
  'profile.regionNotFound': {
    nl: 'Deze cijfers staan niet (meer) in het wijkprofiel.',
    en: 'These figures are not (any more) in the neighbourhood profile.',
  },
  'profile.indicatorNotFound': {
    nl: 'Deze indicator staat niet (meer) in het wijkprofiel.',
    en: 'This indicator is not (any more) in the neighbourhood profile.',
  },
  'profile.entryNotFound': {
    nl: 'Dit staat niet (meer) in het wijkprofiel.',
    en: 'This is not (any more) in the neighbourhood profile.',
  },
  'focus.notFound': { nl: 'Dit thema staat niet (meer) op de lijst.', en: 'This theme is not (any more) on the list.' },
  'focus.themeExists': {
    nl: 'Dit thema staat al op de lijst. Stem daar mee.',
    en: 'This theme is already on the list. Vote on it there.',
  },
  'focus.listedOnly': {
    nl: 'Kies alleen thema’s die op de lijst staan.',
    en: 'Only choose themes that are on the list.',
  },

  // Vormgeven: card, goals, actions, agreements, leads
  'card.itemNotFound': {
    nl: 'Dit punt staat niet (meer) op de kaart.',
    en: 'This point is not (any more) on the card.',
  },
  'card.versionNotFound': {
    nl: 'Deze versie van de kaart bestaat niet in dit netwerk.',
    en: 'This version of the card does not exist in this network.',
  },
  'card.sourceMissing': {
    nl: 'Een van de gekozen punten staat niet (meer) op een persoonlijke kaart.',
    en: 'One of the chosen points is not (any more) on a personal card.',
  },
  'card.onlyLeadJoint': {
    nl: 'Alleen de kartrekker past de gezamenlijke kaart aan.',
    en: 'Only the kartrekker changes the joint card.',
  },
  'card.ownItemsOnly': {
    nl: 'Je kunt alleen punten op je eigen kaart aanpassen.',
    en: 'You can only change points on your own card.',
  },
  'card.shortFormColumn': {
    nl: 'In de korte vorm vul je alleen kolom 1 (Waarden) zelf in. De andere kolommen vullen jullie samen in.',
    en: 'In the short form you only fill in column 1 (Values) yourself. You fill in the other columns together.',
  },
  'card.shortFormColumnShort': {
    nl: 'In de korte vorm vul je alleen kolom 1 (Waarden) zelf in.',
    en: 'In the short form you only fill in column 1 (Values) yourself.',
  },
  'card.sourcesJointOnly': {
    nl: 'Alleen een punt op de gezamenlijke kaart heeft een herkomst.',
    en: 'Only a point on the joint card has an origin.',
  },
  'card.jointEmpty': {
    nl: 'De gezamenlijke kaart is nog leeg. Zet er eerst punten op.',
    en: 'The joint card is still empty. Put points on it first.',
  },
  'card.nothingToRecord': { nl: 'Er is nog niets om vast te leggen.', en: 'There is nothing to record yet.' },
  'card.unchangedSince': {
    nl: 'Er is niets veranderd sinds versie {number}. Een nieuwe versie is niet nodig.',
    en: 'Nothing has changed since version {number}. A new version is not needed.',
  },
  'card.versionTaken': {
    nl: 'Iemand anders legde net versie {number} vast.',
    en: 'Someone else just recorded version {number}.',
  },
  'card.newerVersion': {
    nl: 'Er is al een nieuwere versie ({number}). Geef akkoord op die versie.',
    en: 'There is already a newer version ({number}). Give your consent to that version.',
  },
  'card.notAParty': {
    nl: 'Je partner hoorde niet bij de partners van deze versie. Vraag de kartrekker een nieuwe versie vast te leggen.',
    en: 'Your partner was not one of the partners of this version. Ask the kartrekker to record a new version.',
  },
  'card.alreadyConsented': { nl: '{name} gaf al akkoord namens jullie.', en: '{name} already gave consent for you.' },
  'card.consentTaken': {
    nl: 'Iemand anders gaf net akkoord namens jullie.',
    en: 'Someone else just gave consent for you.',
  },
  'goal.ladderNotFound': {
    nl: 'Deze waaromladder bestaat niet (meer) in dit netwerk.',
    en: 'This why-ladder does not exist (any more) in this network.',
  },
  'goal.notFound': {
    nl: 'Dit doel bestaat niet (meer) in dit netwerk.',
    en: 'This goal does not exist (any more) in this network.',
  },
  'goal.ladderMissing': {
    nl: 'Een van de gekozen waaromladders bestaat niet (meer) in dit netwerk.',
    en: 'One of the chosen why-ladders does not exist (any more) in this network.',
  },
  'goal.ownLadderOnly': {
    nl: 'Je kunt alleen je eigen waaromladder invullen. Een kartrekker kan er een invullen voor een ander.',
    en: 'You can only fill in your own why-ladder. A kartrekker can fill one in for someone else.',
  },
  'goal.editOwnLadder': {
    nl: 'Je kunt alleen je eigen waaromladder aanpassen.',
    en: 'You can only change your own why-ladder.',
  },
  'goal.deleteOwnLadder': {
    nl: 'Je kunt alleen je eigen waaromladder verwijderen.',
    en: 'You can only delete your own why-ladder.',
  },
  'goal.termExists': {
    nl: 'Dit woord staat al in de lijst. Kies het daar.',
    en: 'This word is already in the list. Choose it there.',
  },
  'progress.stepNotFound': {
    nl: 'Deze stap bestaat niet. Kies een stap uit de lijst.',
    en: 'This step does not exist. Choose a step from the list.',
  },
  'progress.reasonRequired': {
    nl: 'Schrijf op waarom deze stap niet van toepassing is.',
    en: 'Write down why this step does not apply.',
  },
  'progress.markNotFound': {
    nl: 'Deze stap staat niet op "niet van toepassing".',
    en: 'This step is not marked "not applicable".',
  },
  'feedback.toolNotFound': {
    nl: 'Dit hulpmiddel bestaat niet in Wijknet.',
    en: 'This tool does not exist in Wijknet.',
  },
  'feedback.susNotYet': {
    nl: 'De vragenlijst over het gebruik komt pas na {days} dagen in het netwerk.',
    en: 'The questionnaire about using Wijknet comes only after {days} days in the network.',
  },
  'feedback.susDone': {
    nl: 'Je hebt deze vragenlijst al ingevuld. Dank je wel!',
    en: 'You have already filled in this questionnaire. Thank you!',
  },
  'goal.termNotFound': {
    nl: 'Dit woord staat niet (meer) in de lijst van dit netwerk.',
    en: 'This word is not (any more) in this network’s list.',
  },
  'action.notFound': {
    nl: 'Deze actie bestaat niet (meer) in dit netwerk.',
    en: 'This action does not exist (any more) in this network.',
  },
  'action.editOwn': {
    nl: 'Je kunt alleen je eigen acties of die van je partner aanpassen. De kartrekker kan alle acties aanpassen.',
    en: 'You can only change your own actions or those of your partner. The kartrekker can change all actions.',
  },
  'action.deleteOwn': {
    nl: 'Je kunt alleen je eigen acties verwijderen. De kartrekker kan alle acties verwijderen.',
    en: 'You can only delete your own actions. The kartrekker can delete all actions.',
  },
  'action.laterYear': {
    nl: 'Kies een jaar na het jaar waar je vandaan komt.',
    en: 'Choose a year after the year you come from.',
  },
  'action.calendarNotFound': {
    nl: 'Dit agenda-adres bestaat niet (meer). Maak in Wijknet een nieuw adres aan.',
    en: 'This calendar address does not exist (any more). Make a new address in Wijknet.',
  },
  'agreement.notFound': {
    nl: 'Deze afspraak bestaat niet (meer) in dit netwerk.',
    en: 'This agreement does not exist (any more) in this network.',
  },
  'lead.notLead': {
    nl: 'Alleen een lid met de rol kartrekker krijgt een aanstelling. Geef deze persoon eerst die rol.',
    en: 'Only a member with the kartrekker role gets an appointment. Give this person that role first.',
  },
  'me.nameNeeded': {
    nl: 'Vul je naam in, zodat de anderen in je netwerk weten wie je bent.',
    en: 'Fill in your name, so the others in your network know who you are.',
  },
  'invitation.nameNeeded': {
    nl: 'Vul je naam in voordat je meedoet, zodat de anderen weten wie je bent.',
    en: 'Fill in your name before you join, so the others know who you are.',
  },
  'lead.ownDeputy': {
    nl: 'Een kartrekker kan niet zijn eigen vervanger zijn. Kies iemand anders.',
    en: 'A kartrekker cannot be their own deputy. Choose someone else.',
  },
  'lead.deputyNotMember': {
    nl: 'De vervanger moet lid zijn van dit netwerk.',
    en: 'The deputy must be a member of this network.',
  },

  // Werksessies
  'session.notFound': {
    nl: 'Deze werksessie bestaat niet (meer).',
    en: 'This work session does not exist (any more).',
  },
  'session.guestUnknown': {
    nl: 'We herkennen deze telefoon niet in een open werksessie. Doe opnieuw mee met de code op het scherm.',
    en: 'We do not recognise this phone in an open work session. Join again with the code on the screen.',
  },
  'session.ended': {
    nl: 'Deze werksessie is afgelopen. Je kunt niets meer insturen.',
    en: 'This work session has ended. You cannot send anything any more.',
  },
  'session.codeUnknown': {
    nl: 'Deze code kennen we niet, of de werksessie is al afgelopen. Kijk de code op het scherm na.',
    en: 'We do not know this code, or the work session has already ended. Check the code on the screen.',
  },
  'session.codeUnknownShort': { nl: 'Deze code kennen we niet.', en: 'We do not know this code.' },
  'session.answerNotFound': { nl: 'Dit antwoord bestaat niet (meer).', en: 'This answer does not exist (any more).' },
  'session.chooseColumn': {
    nl: 'Kies de kolom van de partnerschapskaart waar deze werksessie over gaat.',
    en: 'Choose the column of the partnership card this work session is about.',
  },
  'session.twoOptions': {
    nl: 'Geef minstens twee keuzes om over te stemmen.',
    en: 'Give at least two options to vote on.',
  },
  'session.guestNotFound': {
    nl: 'Deze deelnemer bestaat niet (meer).',
    en: 'This participant does not exist (any more).',
  },
  'session.questionNotFound': {
    nl: 'Deze vraag bestaat niet in deze werksessie.',
    en: 'This question does not exist in this work session.',
  },
  'session.answerMerged': {
    nl: 'Dit antwoord is samengevoegd met een ander. Pas het samengevoegde antwoord aan.',
    en: 'This answer was merged with another one. Change the merged answer.',
  },
  'session.mergeMissing': {
    nl: 'Een van deze antwoorden bestaat niet (meer).',
    en: 'One of these answers does not exist (any more).',
  },
  'session.mergeMerged': {
    nl: 'Een van deze antwoorden is al samengevoegd.',
    en: 'One of these answers has already been merged.',
  },
  'session.mergeTwo': {
    nl: 'Kies minstens twee verschillende antwoorden.',
    en: 'Choose at least two different answers.',
  },
  'session.acceptMerged': {
    nl: 'Dit antwoord is samengevoegd. Neem het samengevoegde antwoord over.',
    en: 'This answer was merged. Take over the merged answer.',
  },
  'session.rejectAccepted': {
    nl: 'Dit antwoord is al overgenomen; afwijzen kan dan niet meer.',
    en: 'This answer has already been taken over, so it can no longer be rejected.',
  },
  'session.alreadyAccepted': { nl: 'Dit antwoord is al overgenomen.', en: 'This answer has already been taken over.' },
  'session.focusTooLong': {
    nl: 'Een focusthema heeft hoogstens {max} tekens. Maak het korter.',
    en: 'A focus theme has at most {max} characters. Make it shorter.',
  },
  'session.nameNeeded': {
    nl: 'Vul je naam in, bijvoorbeeld je voornaam.',
    en: 'Fill in your name, for example your first name.',
  },
  'session.entryClosed': {
    nl: 'De begeleider heeft de deelname gesloten. Vraag het de begeleider als je nog mee wilt doen.',
    en: 'The facilitator has closed entry. Ask the facilitator if you still want to join.',
  },
  'session.full': {
    nl: 'Deze werksessie is vol ({max} deelnemers).',
    en: 'This work session is full ({max} participants).',
  },
  'session.voteHere': {
    nl: 'In deze werksessie stem je. Kies een van de keuzes.',
    en: 'In this work session you vote. Choose one of the options.',
  },
  'session.tooManyAnswers': {
    nl: 'Je hebt al {max} antwoorden gegeven. Dat is het maximum.',
    en: 'You have already given {max} answers. That is the maximum.',
  },
  'session.noVote': { nl: 'In deze werksessie wordt niet gestemd.', en: 'There is no voting in this work session.' },
  'session.optionNotFound': { nl: 'Deze keuze bestaat niet.', en: 'This option does not exist.' },

  // Export, import and Kumu exchange
  'export.invalidFile': {
    nl: 'Dit is geen geldig Wijknet-exportbestand (formaat {format}, versie {versions}). Eerste probleem bij "{path}": {problem}',
    en: 'This is not a valid Wijknet export file (format {format}, version {versions}). First problem at "{path}": {problem}',
  },
  'export.exists': {
    nl: 'Het netwerk "{name}" bestaat hier al (zelfde id). Verwijder het eerst als je het wilt vervangen.',
    en: 'The network "{name}" already exists here (same id). Delete it first if you want to replace it.',
  },
  'export.refused': {
    nl: 'Dit bestand past niet in deze installatie of klopt niet met zichzelf (de database weigert: {reason}). Er is niets ingelezen.',
    en: 'This file does not fit this installation or does not agree with itself (the database refuses: {reason}). Nothing was read in.',
  },
  'export.otherNetwork': {
    nl: 'Dit exportbestand klopt niet: tabel {table}, rij {row}: hoort bij een ander netwerk ({other}) dan dit bestand ({network}). Er is niets ingelezen.',
    en: 'This export file is not right: table {table}, row {row}: belongs to another network ({other}) than this file ({network}). Nothing was read in.',
  },
  'export.parentMissing': {
    nl: 'Dit exportbestand klopt niet: tabel {table}, rij {row}: {column} "{value}" staat niet in {parent} van dit bestand. Er is niets ingelezen.',
    en: 'This export file is not right: table {table}, row {row}: {column} "{value}" is not in {parent} of this file. Nothing was read in.',
  },
  'export.keyNotOurs': {
    nl: 'Dit exportbestand klopt niet: tabel {table}, rij {row}: de sleutel "{key}" hoort niet bij dit netwerk. Er is niets ingelezen.',
    en: 'This export file is not right: table {table}, row {row}: the key "{key}" does not belong to this network. Nothing was read in.',
  },
  'export.refMissing': {
    nl: 'Dit exportbestand klopt niet: tabel {table}, rij {row}: {column} verwijst naar "{value}", maar dat staat niet in {ref} van dit bestand. Er is niets ingelezen.',
    en: 'This export file is not right: table {table}, row {row}: {column} refers to "{value}", but that is not in {ref} of this file. Nothing was read in.',
  },
  'export.duplicate': {
    nl: 'Dit exportbestand klopt niet: tabel {table}, rij {row}: staat twee keer in het bestand (zelfde {key}). Er is niets ingelezen.',
    en: 'This export file is not right: table {table}, row {row}: is in the file twice (same {key}). Nothing was read in.',
  },
  'exchange.badRows': {
    nl: {
      one: 'Eén rij is niet goed. Er is niets geïmporteerd. Verbeter het bestand, of kies "Importeren zonder foute rijen".',
      other:
        '{count} rijen zijn niet goed. Er is niets geïmporteerd. Verbeter het bestand, of kies "Importeren zonder foute rijen".',
    },
    en: {
      one: 'One row is not right. Nothing was imported. Correct the file, or choose "Import without the wrong rows".',
      other:
        '{count} rows are not right. Nothing was imported. Correct the file, or choose "Import without the wrong rows".',
    },
  },
  // Samenwerkingsscan
  'scan.roundMissing': { nl: 'Deze scanronde bestaat niet (meer).', en: 'This scan round does not exist (any more).' },
  'scan.linkInvalid': {
    nl: 'Deze link is niet (meer) geldig. Vraag de kartrekker om een nieuwe link.',
    en: 'This link is not valid (any more). Ask the network lead for a new link.',
  },
  'scan.roundClosed': {
    nl: 'Deze scanronde is gesloten. Je kunt niet meer antwoorden; de kartrekker bespreekt de uitkomsten met het netwerk.',
    en: 'This scan round is closed. You can no longer answer; the network lead discusses the results with the network.',
  },
  'scan.alreadyAnswered': {
    nl: 'Je hebt deze scanronde al ingevuld. Dank je wel! Iedereen kan één keer antwoorden.',
    en: 'You have already filled in this scan round. Thank you! Everyone can answer once.',
  },
  'scan.alreadyClosed': { nl: 'Deze scanronde is al gesloten.', en: 'This scan round is already closed.' },
  'scan.unknownInstrument': { nl: 'Kies een scan uit de lijst.', en: 'Choose a scan from the list.' },
  'scan.unknownItem': {
    nl: 'De vraag "{item}" staat niet in deze scan.',
    en: 'The question "{item}" is not in this scan.',
  },
  'scan.nothingLeft': { nl: 'Laat minstens één vraag aan staan.', en: 'Leave at least one question switched on.' },
  'scan.closesInPast': { nl: 'Kies een sluitingsdatum vanaf vandaag.', en: 'Choose a closing date from today on.' },
  'scan.labelTaken': {
    nl: 'Er is al een ronde {label}. Kies een andere naam.',
    en: 'There already is a round {label}. Choose another name.',
  },
  'scan.notAContact': {
    nl: 'Kies alleen partners van dit netwerk met een e-mailadres.',
    en: 'Only choose partners of this network that have an e-mail address.',
  },
  'scan.itemNotInRound': {
    nl: 'Deze vraag hoort niet bij deze ronde.',
    en: 'This question is not part of this round.',
  },
  'scan.offScale': { nl: 'Kies een antwoord van {min} tot en met {max}.', en: 'Choose an answer from {min} to {max}.' },
  'scan.noAnswers': { nl: 'Beantwoord minstens één vraag.', en: 'Answer at least one question.' },
  'scan.liveNotLive': {
    nl: 'Deze scanronde wordt niet live in een werksessie ingevuld.',
    en: 'This scan round is not filled in live in a work session.',
  },
  'scan.liveSessionEnded': {
    nl: 'Deze werksessie is afgelopen. Start de scan live in een werksessie die nog loopt.',
    en: 'This work session has ended. Start the live scan in a work session that is still running.',
  },
  'scan.liveAlreadyRunning': {
    nl: 'In deze werksessie loopt al een scanronde. Sluit die eerst.',
    en: 'A scan round is already running in this work session. Close it first.',
  },
  'scan.liveItemAnswered': {
    nl: 'Je hebt deze vraag al beantwoord. Iedereen antwoordt één keer per vraag.',
    en: 'You have already answered this question. Everyone answers each question once.',
  },
  'scan.liveAlreadyIn': {
    nl: 'Je doet al mee met deze scanronde op een ander apparaat. Ga daar verder.',
    en: 'You already take part in this scan round on another device. Carry on there.',
  },
  'scan.liveIndex': {
    nl: 'Deze scanronde heeft {total} vragen. Kies een vraag van 1 tot en met {total}.',
    en: 'This scan round has {total} questions. Choose a question from 1 to {total}.',
  },
  // Relatiecheck
  'relation.roundMissing': {
    nl: 'Deze ronde van de relatiecheck bestaat niet (meer).',
    en: 'This round of the relationship check does not exist (any more).',
  },
  'relation.roundClosed': {
    nl: 'Deze ronde van de relatiecheck is gesloten. Je kunt niet meer beoordelen.',
    en: 'This round of the relationship check is closed. You can no longer rate.',
  },
  'relation.noPartner': {
    nl: 'Je treedt in dit netwerk niet op namens een partner. Kies bij Leden voor welke partner je meedoet; dan kun je beoordelen.',
    en: 'You do not act for a partner in this network. Choose under Members which partner you take part for; then you can rate.',
  },
  'relation.notYourself': { nl: 'Je beoordeelt je eigen partner niet.', en: 'You do not rate your own partner.' },
  'relation.notAPartner': {
    nl: 'Deze partner doet niet (meer) mee in dit netwerk.',
    en: 'This partner does not (any more) take part in this network.',
  },
  'digest.linkUnknown': {
    nl: 'Deze afmeldlink werkt niet (meer). Zet de wekelijkse mail uit bij je account.',
    en: 'This unsubscribe link does not work (any more). Turn the weekly mail off in your account.',
  },
  'relation.notWorkingWith': {
    nl: 'Je beoordeelt alleen partners waarmee je samenwerkt: partners met een relatie in de netwerkkaart.',
    en: 'You only rate partners you work with: partners you have a relation with on the network map.',
  },
  'exchange.fixOrSkip': {
    nl: 'Verbeter de foute rijen, of kies om ze over te slaan.',
    en: 'Correct the wrong rows, or choose to skip them.',
  },
  // Who speaks for whom (modules/representation)
  'representation.actorNotFound': {
    nl: 'Deze partner doet niet mee in dit netwerk.',
    en: 'This partner does not take part in this network.',
  },
  'representation.requestNotFound': {
    nl: 'Dit verzoek bestaat niet (meer).',
    en: 'This request does not exist (any more).',
  },
  'representation.already': {
    nl: 'Je doet al mee namens deze partner.',
    en: 'You already take part for this partner.',
  },
  'representation.person': {
    nl: 'Een persoon kan alleen door diegene zelf vertegenwoordigd worden: het e-mailadres van deze persoon moet het adres zijn waarmee je inlogt.',
    en: 'A person can only be represented by that person: the e-mail address of this person must be the one you sign in with.',
  },
  'representation.ownRequest': {
    nl: 'Je kunt je eigen verzoek niet bevestigen of weigeren. Iemand die al namens deze partner meedoet, of anders een kartrekker, beslist.',
    en: 'You cannot confirm or refuse your own request. Someone who already takes part for this partner, or else a kartrekker, decides.',
  },
  'representation.notDecider': {
    nl: 'Alleen iemand die al namens deze partner meedoet kan dit bevestigen of weigeren; doet nog niemand dat, dan een kartrekker.',
    en: 'Only someone who already takes part for this partner can confirm or refuse this; if nobody does yet, a kartrekker.',
  },
  'representation.decided': { nl: 'Over dit verzoek is al beslist.', en: 'This request has already been decided.' },
  'representation.personChanged': {
    nl: 'Het e-mailadres van deze persoon is niet (meer) het adres van wie het vraagt. Bevestigen kan daarom niet.',
    en: 'The e-mail address of this person is not (or no longer) that of the person asking. So it cannot be confirmed.',
  },
  'representation.endOthers': {
    nl: 'Alleen een kartrekker kan beëindigen dat iemand anders namens een partner meedoet.',
    en: 'Only a kartrekker can end someone else taking part for a partner.',
  },
  'representation.notActing': {
    nl: 'Dit lid doet niet mee namens een partner.',
    en: 'This member does not take part for a partner.',
  },
  'representation.ownAlready': {
    nl: 'Je doet al mee namens een partner. Voeg de partner toe zonder "mijn eigen organisatie" aan te zetten, en vraag daarna om namens die partner mee te doen.',
    en: 'You already take part for a partner. Add the partner without "my own organisation", and then ask to take part for that partner.',
  },
  'representation.ownPerson': {
    nl: 'Een persoon kan alleen zichzelf als eigen organisatie toevoegen: vul als e-mailadres het adres in waarmee je inlogt.',
    en: 'A person can only add themselves as their own organisation: fill in the e-mail address you sign in with.',
  },
  'profile.notYours': {
    nl: 'Dit heeft iemand anders toegevoegd. Alleen diegene of een kartrekker kan het veranderen of weghalen.',
    en: 'Someone else added this. Only they or a kartrekker can change or remove it.',
  },
} as const;
