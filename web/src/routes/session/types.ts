/** Werksessie shapes as the API sends them (src/modules/sessions/service.ts). */
export type SessionKind = 'card' | 'ladder' | 'ideas' | 'vote';
export type CardColumn = 'waarden' | 'relaties' | 'handelen' | 'voorwaarden' | 'acties';

export interface PublicAnswer {
  id: string;
  name: string;
  questionIndex: number;
  text: string;
  group: string;
}

export interface AnswerView extends PublicAnswer {
  guestId: string | null;
  status: 'pending' | 'approved' | 'hidden' | 'merged';
  mergedInto: string | null;
  mergedFrom: string[];
  acceptedAs: string;
  acceptedId: string | null;
  createdAt: string;
  version: number;
}

export interface SessionSummary {
  id: string;
  kind: SessionKind;
  column: CardColumn | null;
  title: string;
  status: 'open' | 'ended';
  code: string | null;
  createdAt: string;
  endedAt: string | null;
}

export interface ConsoleView extends SessionSummary {
  questions: string[];
  options: string[];
  moderated: boolean;
  allowAnonymous: boolean;
  joinUrl: string | null;
  qrSvg: string | null;
  guests: { id: string; name: string; answers: number; joinedAt: string }[];
  answers: AnswerView[];
  votes: number[];
  results: { votes?: number[] };
  version: number;
}

export interface GuestView {
  session: {
    kind: SessionKind;
    column: CardColumn | null;
    columnTitle: string | null;
    prompt: string | null;
    title: string;
    questions: string[];
    options: string[];
    status: 'open' | 'ended';
    moderated: boolean;
  };
  me: { id: string; name: string; answers: { id: string; questionIndex: number; text: string; status: string }[]; vote: number | null };
  answers: PublicAnswer[];
  votes: number[];
}

/** A live message: with content when sent live, bare ({ type }) when replayed — then fetch afresh. */
export interface StreamMessage {
  type: string;
  answer?: AnswerView | PublicAnswer | { id: string };
  visible?: boolean;
  wasVisible?: boolean;
  mine?: { id: string; questionIndex: number; text: string; status: string };
  votes?: number[];
}
