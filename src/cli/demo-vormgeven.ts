import type { Deps } from '../modules/common/deps.js';
import type { MemberContext } from '../core/access.js';
import { createAuthService } from '../modules/auth/service.js';
import { createGoalService } from '../modules/goals/service.js';
import { createCardService } from '../modules/cards/service.js';
import { createLeadService } from '../modules/leads/service.js';
import { createAgreementService } from '../modules/agreements/service.js';
import { createActionService } from '../modules/actions/service.js';
import { newId, nowIso } from '../core/crypto.js';

/**
 * The phase "vormgeven" of the demo: the dementia café and the walking club whose why ladders
 * lead to the same goal, and two partners who both want "de wijk vitaler maken" for different
 * target groups, so the goal comparison shows both at once. Indexes into the demo's actors:
 * 1 Thuiszorg, 6 Basisschool, 7 Buurtvereniging (wandelclub), 8 Alzheimer Café.
 */
export async function loadVormgevenDemo(deps: Deps, lead: MemberContext, actorIds: string[]): Promise<void> {
  const auth = createAuthService(deps);
  const partner = async (email: string, name: string, actorIndex: number): Promise<MemberContext> => {
    const user = await auth.ensureUser(email);
    await deps.db.updateTable('users').set({ name }).where('id', '=', user.id).where('name', '=', '').execute();
    const id = newId();
    const now = nowIso();
    await deps.db
      .insertInto('members')
      .values({
        id,
        network_id: lead.networkId,
        user_id: user.id,
        role: 'partner',
        actor_id: actorIds[actorIndex],
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    return { networkId: lead.networkId, userId: user.id, memberId: id, role: 'partner', actorId: actorIds[actorIndex] };
  };
  const cafe = await partner('alzheimercafe@voorbeeld.nl', 'Ria Janssen', 8);
  const walking = await partner('wandelclub@voorbeeld.nl', 'Henk van Dijk', 7);
  const school = await partner('school@voorbeeld.nl', 'Fatima El Amrani', 6);
  const homecare = await partner('thuiszorg@voorbeeld.nl', 'Joost Peters', 1);

  const goals = createGoalService(deps);
  const cafeLadder = await goals.createLadder(cafe, {
    activity: 'Een dementiecafé in het buurthuis',
    steps: [
      'Zodat mensen met dementie en hun mantelzorgers elkaar treffen',
      'Zodat ze ervaringen delen en steun aan elkaar hebben',
    ],
    goal: 'Mensen met dementie en hun mantelzorgers met elkaar in contact brengen',
    targetGroups: ['mensen met dementie', 'mantelzorgers'],
    themes: ['ontmoeten', 'dementie'],
    healthDimensions: ['meedoen', 'mentaal-welbevinden'],
  });
  const walkLadder = await goals.createLadder(walking, {
    activity: 'Een wandelclub op zaterdagochtend',
    steps: [
      'Samen buiten bewegen',
      'Onderweg raken mantelzorgers en mensen met dementie aan de praat',
      'Ze merken dat ze er niet alleen voor staan',
    ],
    goal: 'Mantelzorgers en mensen met dementie verbinden, zodat ze elkaar steunen',
    targetGroups: ['mantelzorgers', 'mensen met dementie'],
    themes: ['ontmoeten', 'bewegen'],
    healthDimensions: ['meedoen', 'lichaamsfuncties'],
  });
  await goals.createLadder(school, {
    activity: 'Kookworkshops voor ouders',
    steps: ['Ouders leren gezond en goedkoop koken', 'Kinderen eten gezonder', 'De wijk vitaler maken'],
    goal: 'Jonge gezinnen helpen gezond te eten',
    targetGroups: ['jonge gezinnen'],
    themes: ['vitaliteit', 'gezonde voeding'],
    healthDimensions: ['lichaamsfuncties'],
  });
  await goals.createLadder(homecare, {
    activity: 'Beweegmiddagen in de wijk',
    steps: ['Ouderen blijven langer fit', 'Ze kunnen langer thuis wonen', 'De wijk vitaler maken'],
    goal: 'Kwetsbare ouderen bereiken en in beweging brengen',
    targetGroups: ['kwetsbare ouderen'],
    themes: ['vitaliteit', 'bewegen'],
    healthDimensions: ['dagelijks-functioneren'],
  });

  const goal = await goals.createGoal(lead, {
    title: 'Mensen met dementie en hun mantelzorgers ontmoeten elkaar elke maand',
    indicator: 'Aantal deelnemers aan café en wandelclub per maand',
    targetValue: '30 per maand eind 2027',
    ladderIds: [cafeLadder.id, walkLadder.id],
  });

  const cards = createCardService(deps);
  const a = await cards.addPersonal(cafe, {
    column: 'waarden',
    text: 'er elke maand een plek is waar mensen met dementie welkom zijn',
  });
  const b = await cards.addPersonal(walking, {
    column: 'waarden',
    text: 'mantelzorgers er samen op uit gaan en er niet alleen voor staan',
  });
  await cards.addPersonal(cafe, {
    column: 'voorwaarden',
    text: 'We hebben een vaste ruimte nodig, gratis of goedkoop.',
  });
  await cards.addJoint(lead, {
    column: 'waarden',
    text: 'mensen met dementie en mantelzorgers elkaar regelmatig ontmoeten en steunen',
    sourceItemIds: [a.id, b.id],
  });

  await createLeadService(deps).upsert(lead, lead.memberId, {
    hoursPerWeek: 8,
    mandate: 'Beslist over uitgaven tot € 500.',
    supportedBy: 'Teamleider wijkteam',
    paidBy: 'Gemeente Oss',
  });
  await createAgreementService(deps).create(lead, {
    kind: 'besluitvorming',
    title: 'Zo besluiten we',
    decisionRule: 'consent',
    body: 'We besluiten in het maandelijkse overleg.',
    reviewOn: `${new Date().getUTCFullYear() + 1}-01-15`,
  });
  const actions = createActionService(deps);
  const year = new Date().getUTCFullYear();
  await actions.create(cafe, {
    title: 'Ruimte in het buurthuis vastleggen',
    goalId: goal.id,
    dueOn: `${year + 1}-02-01`,
  });
  await actions.create(walking, {
    title: 'Wandelroute langs bankjes uitzetten',
    goalId: goal.id,
    dueOn: `${year + 1}-03-01`,
    status: 'bezig',
  });
}
