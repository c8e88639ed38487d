/** Texts of the bijeenkomsten and the tijdlijn (verdiepen): their errors and their schemas' messages. */
export const meetingMessages = {
  'meeting.notFound': {
    nl: 'Deze bijeenkomst bestaat niet (meer).',
    en: 'This meeting does not exist (any more).',
  },
  'meeting.time': {
    nl: 'Vul een tijd in als uu:mm, bijvoorbeeld 19:30.',
    en: 'Fill in a time as hh:mm, for example 19:30.',
  },
  'meeting.endBeforeStart': {
    nl: 'De eindtijd moet na de begintijd liggen.',
    en: 'The end time must be after the start time.',
  },
  'meeting.manageOwn': {
    nl: 'Alleen wie de bijeenkomst plande of een kartrekker kan hem afzeggen of weghalen.',
    en: 'Only the person who planned the meeting or a kartrekker can cancel or remove it.',
  },
  'meeting.cancelled': {
    nl: 'Deze bijeenkomst is afgezegd. Plan een nieuwe als jullie toch bij elkaar komen.',
    en: 'This meeting was cancelled. Plan a new one if you do meet after all.',
  },
  'meeting.alreadyCancelled': {
    nl: 'Deze bijeenkomst is al afgezegd.',
    en: 'This meeting was already cancelled.',
  },
  'meeting.goalNotFound': {
    nl: 'Dit doel staat niet (meer) in jullie netwerk. Kies een doel uit de lijst.',
    en: 'This goal is not (any more) in your network. Choose a goal from the list.',
  },
  'meeting.agreementNotFound': {
    nl: 'Deze afspraak staat niet (meer) in jullie netwerk. Kies een afspraak uit de lijst.',
    en: 'This agreement is not (any more) in your network. Choose an agreement from the list.',
  },
  'meeting.notAMember': {
    nl: 'Kies alleen mensen die lid zijn van dit netwerk.',
    en: 'Choose only people who are members of this network.',
  },
  'meeting.notAPartner': {
    nl: 'Kies alleen partners van dit netwerk.',
    en: 'Choose only partners of this network.',
  },
  'meeting.deciderAbsent': {
    nl: 'Alleen partners die aanwezig waren, kunnen besluiten. Zet ze eerst bij "Wie was er?".',
    en: 'Only partners who were present can decide. Add them under "Who came?" first.',
  },
  'meeting.timelineKind': {
    nl: 'Kies soorten uit de lijst van de tijdlijn.',
    en: 'Choose kinds from the list of the timeline.',
  },
  'meeting.timelinePeriod': {
    nl: 'De begindatum moet voor de einddatum liggen.',
    en: 'The start date must be before the end date.',
  },
} as const;
