import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import type { LiveEvent } from '../../core/events.js';
import { requestLang } from '../../core/messages/index.js';
import { networkParams } from '../common/schemas.js';
import { noBody } from '../auth/schemas.js';
import { memberOf } from '../../core/access.js';
import { type EventStream, mayEndSignIn, openEventStream, signInCheck } from '../common/sse.js';
import { type SessionService, isVisible, publicAnswer } from './service.js';
import {
  GUEST_HEADER,
  acceptAnswer,
  answerParams,
  guestAnswer,
  guestParams,
  guestVote,
  joinSession,
  mergeAnswers,
  sessionParams,
  startSession,
  typeAnswer,
  updateAnswer,
  updateSession,
  type AnswerView,
  type StreamMessage,
} from './schemas.js';

const tags = ['Werksessie'];

/** Holds the guest token of this phone's last join, so joining again is the same guest even without browser storage. */
export const GUEST_COOKIE = 'wijknet_guest';

const guestToken = (req: FastifyRequest): string | undefined => {
  const h = req.headers[GUEST_HEADER];
  return Array.isArray(h) ? h[0] : h;
};

/** What a stream does with one event of its session: send it shaped, or not, and whether it may go on. */
interface Listener {
  shape: (e: LiveEvent) => StreamMessage | null;
  /** Reads access again when an event may have changed it; false ends the stream. */
  stillAllowed: (e: LiveEvent) => Promise<boolean>;
  /** Events after which this stream ends, once they are sent (a guest's stream when the session ends). */
  last?: (e: LiveEvent) => Promise<boolean>;
}

/**
 * One session's events as Server-Sent Events. Stored events have no content: a resumed stream
 * replays them bare and the browser fetches the state afresh.
 */
function streamSession(
  req: FastifyRequest,
  reply: FastifyReply,
  ctx: RouteContext,
  sessions: SessionService,
  sessionId: string,
  listener: Listener,
) {
  const header = req.headers['last-event-id'];
  const lastEventId = Number(Array.isArray(header) ? header[0] : header);
  const lastSeen = Number.isFinite(lastEventId) && lastEventId > 0 ? lastEventId : 0;

  // Ids are not announced in order on PostgreSQL (concurrent inserts notify in commit order), so
  // duplicates are caught by id while the replay and the live queue overlap, never by "id <= last":
  // that would drop an event whose id is lower than one already sent.
  const delivered = new Set<number>();
  const ofSession = (e: LiveEvent) => e.entityId === sessionId && e.type.startsWith('session.');
  const send = (stream: EventStream, e: LiveEvent) => {
    if (delivered.has(e.id)) return;
    delivered.add(e.id);
    if (delivered.size > 2000) delivered.delete(delivered.values().next().value!);
    const data = listener.shape(e);
    if (data !== null) stream.send(e.id, 'change', data);
  };

  openEventStream(req, reply, ctx.deps.live, {
    async start(stream) {
      if (lastSeen > 0) {
        for (const r of await sessions.eventsSince(sessionId, lastSeen)) {
          send(stream, {
            id: Number(r.id),
            networkId: r.network_id,
            userId: r.user_id,
            type: r.type,
            entityId: r.entity_id,
            createdAt: r.created_at,
          });
        }
      } else {
        stream.send(await sessions.latestEventId(), 'ready', {});
      }
    },
    async event(e, stream) {
      if (!(await listener.stillAllowed(e))) return stream.end();
      if (!ofSession(e)) return;
      send(stream, e);
      if (e.type === 'session.removed' || (await listener.last?.(e))) stream.end();
    },
  });
}

export async function sessionRoutes(app: App, ctx: RouteContext) {
  const { services } = ctx;
  const sessions = services.sessions;

  // The kartrekker: start, run and end a session. Guests' names and answers are personal data,
  // so only kartrekkers see sessions.
  app.get(
    '/api/networks/:networkId/sessions',
    {
      config: { access: { network: 'kartrekker' } },
      schema: { tags, summary: 'Alle werksessies van het netwerk, nieuwste eerst', params: networkParams },
    },
    async (req) => sessions.list(memberOf(req)),
  );

  app.post(
    '/api/networks/:networkId/sessions',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary:
          'Start een werksessie voor één stap (kaartkolom, waaromladder, ideeën of stemmen); antwoordt met code, QR-code en deelnamelink',
        params: networkParams,
        body: startSession,
      },
    },
    async (req, reply) => reply.status(201).send(await sessions.start(memberOf(req), req.body, requestLang(req))),
  );

  app.get(
    '/api/networks/:networkId/sessions/:sessionId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary: 'De werksessie met deelnemers, alle antwoorden (ook die nog wachten) en stemmen',
        params: sessionParams,
      },
    },
    async (req) => sessions.get(memberOf(req), req.params.sessionId),
  );

  app.patch(
    '/api/networks/:networkId/sessions/:sessionId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary: 'Pas titel, modereren en anoniem meedoen aan',
        params: sessionParams,
        body: updateSession,
      },
    },
    async (req) => sessions.update(memberOf(req), req.params.sessionId, req.body),
  );

  app.post(
    '/api/networks/:networkId/sessions/:sessionId/end',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary:
          'Beëindig de werksessie: de code vervalt, er kan niets meer bij; overgenomen antwoorden blijven in het netwerk',
        params: sessionParams,
        body: noBody,
      },
    },
    async (req) => sessions.end(memberOf(req), req.params.sessionId),
  );

  app.delete(
    '/api/networks/:networkId/sessions/:sessionId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary: 'Verwijder de werksessie met alle namen en antwoorden van deelnemers (wat al is overgenomen blijft)',
        params: sessionParams,
      },
    },
    async (req, reply) => {
      await sessions.remove(memberOf(req), req.params.sessionId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/networks/:networkId/sessions/:sessionId/events',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary: 'Live gebeurtenissen van de werksessie (Server-Sent Events, met inhoud); hervat met Last-Event-ID',
        params: sessionParams,
      },
    },
    async (req, reply) => {
      const viewer = memberOf(req);
      await sessions.sessionOf(viewer, req.params.sessionId);
      const stillSignedIn = signInCheck(req, services.auth);
      streamSession(req, reply, ctx, sessions, req.params.sessionId, {
        shape: (e) => ({ type: e.type, ...((e.data ?? {}) as Omit<StreamMessage, 'type'>) }),
        // Guests' names and pending answers are for kartrekkers only: a viewer who signs out, is
        // demoted or removed, or whose network is deleted, hears nothing more.
        async stillAllowed(e) {
          if (mayEndSignIn(e, viewer.userId) && !(await stillSignedIn())) return false;
          const membership =
            (e.userId === viewer.userId && e.type.startsWith('member.')) ||
            (e.type === 'network.delete' && e.networkId === viewer.networkId);
          return !membership || sessions.isKartrekker(viewer.networkId, viewer.userId);
        },
      });
    },
  );

  app.post(
    '/api/networks/:networkId/sessions/:sessionId/answers',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary: 'Typ een antwoord in voor iemand zonder telefoon (meteen zichtbaar)',
        params: sessionParams,
        body: typeAnswer,
      },
    },
    async (req, reply) =>
      reply.status(201).send(await sessions.typeAnswer(memberOf(req), req.params.sessionId, req.body)),
  );

  app.post(
    '/api/networks/:networkId/sessions/:sessionId/merge',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary: 'Voeg antwoorden samen tot één (de oorspronkelijke verdwijnen van het scherm)',
        params: sessionParams,
        body: mergeAnswers,
      },
    },
    async (req, reply) => reply.status(201).send(await sessions.merge(memberOf(req), req.params.sessionId, req.body)),
  );

  app.patch(
    '/api/networks/:networkId/sessions/:sessionId/answers/:answerId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary: 'Keur een antwoord goed (approved), verberg het (hidden), pas de tekst aan of zet het in een groep',
        params: answerParams,
        body: updateAnswer,
      },
    },
    async (req) => sessions.updateAnswer(memberOf(req), req.params.sessionId, req.params.answerId, req.body),
  );

  app.post(
    '/api/networks/:networkId/sessions/:sessionId/answers/:answerId/accept',
    {
      config: { access: { network: 'kartrekker' } },
      schema: {
        tags,
        summary:
          'Neem een antwoord over in het werk van het netwerk: de gezamenlijke kaart, een waaromladder, of als idee',
        params: answerParams,
        body: acceptAnswer,
      },
    },
    async (req) => sessions.accept(memberOf(req), req.params.sessionId, req.params.answerId, req.body),
  );

  app.delete(
    '/api/networks/:networkId/sessions/:sessionId/guests/:guestId',
    {
      config: { access: { network: 'kartrekker' } },
      schema: { tags, summary: 'Verwijder een deelnemer met naam, antwoorden en stem', params: guestParams },
    },
    async (req, reply) => {
      await sessions.removeGuest(memberOf(req), req.params.sessionId, req.params.guestId);
      return reply.status(204).send();
    },
  );

  // Guests: no account. The code admits to one session; after that the token (header
  // x-guest-token, kept on the phone) is who you are. Nothing of the network beyond the session.
  app.post(
    '/api/sessie/join',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary:
          'Doe mee met een werksessie met de code van het scherm; geeft een sleutel voor deze telefoon. Stuur die sleutel mee om dezelfde deelnemer te blijven',
        body: joinSession,
      },
    },
    async (req, reply) => {
      // The phone's cookie from an earlier join (its browser storage may be gone): the same guest again.
      const out = await sessions.join({ ...req.body, remembered: req.cookies[GUEST_COOKIE] }, req.ip);
      reply.setCookie(GUEST_COOKIE, out.token, {
        path: '/api/sessie',
        httpOnly: true,
        sameSite: 'strict',
        secure: ctx.deps.config.publicUrl.startsWith('https://'),
        maxAge: 24 * 60 * 60,
      });
      return out;
    },
  );

  app.get(
    '/api/sessie/state',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'De vragen, goedgekeurde antwoorden, stemmen en je eigen antwoorden (sleutel in x-guest-token)',
      },
    },
    async (req) => sessions.guestState(guestToken(req)),
  );

  app.post(
    '/api/sessie/answers',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Stuur een antwoord in (sleutel in x-guest-token)', body: guestAnswer },
    },
    async (req, reply) => reply.status(201).send(await sessions.guestAnswer(guestToken(req), req.body)),
  );

  app.put(
    '/api/sessie/vote',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Stem op een keuze; opnieuw stemmen vervangt je stem (sleutel in x-guest-token)',
        body: guestVote,
      },
    },
    async (req) => sessions.guestVote(guestToken(req), req.body),
  );

  app.get(
    '/api/sessie/events',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary:
          'Live gebeurtenissen voor deze deelnemer (Server-Sent Events); hervat met Last-Event-ID (sleutel in x-guest-token)',
      },
    },
    async (req, reply) => {
      const token = guestToken(req);
      const { guest, session } = await sessions.guestFrom(token);
      // Removing or blocking a guest, and ending or deleting the session, announce themselves with
      // these: the guest's token and the session are read again before anything else is sent.
      const recheck = new Set(['session.refresh', 'session.settings', 'session.removed']);
      let open = session.status === 'open';
      streamSession(req, reply, ctx, sessions, session.id, {
        async stillAllowed(e) {
          if (e.entityId !== session.id || !recheck.has(e.type) || e.type === 'session.removed') return true;
          const now = await sessions.guestFrom(token).catch(() => null);
          open = now?.session.status === 'open';
          return now !== null && now.guest.id === guest.id;
        },
        // The guest learns that the session ended, and then hears nothing more.
        last: async () => !open,
        shape: (e) => {
          // A live scan's "one more answered" is for the screens only, not for every phone in the room.
          if (e.type === 'session.guest' || e.type === 'session.scanCount') return null;
          if (e.data === undefined) return { type: e.type };
          const data = e.data as { answer?: AnswerView; wasVisible?: boolean; votes?: number[] };
          if (e.type === 'session.answer' && data.answer) {
            const a = data.answer;
            if (a.guestId === guest.id)
              return {
                type: e.type,
                answer: publicAnswer(a),
                visible: isVisible(a),
                mine: { id: a.id, questionIndex: a.questionIndex, text: a.text, status: a.status },
              };
            if (isVisible(a)) return { type: e.type, answer: publicAnswer(a), visible: true };
            return data.wasVisible ? { type: e.type, answer: { id: a.id }, visible: false } : null;
          }
          if (e.type === 'session.votes') return { type: e.type, votes: data.votes };
          return { type: e.type };
        },
      });
    },
  );
}
