/** Werksessie shapes (answers and stream messages), as the server declares them. */
export type {
  AnswerView,
  ConsoleView,
  GuestView,
  MyAnswer,
  PublicAnswer,
  SessionKind,
  SessionSummary,
  StreamMessage,
} from '@schemas/sessions';
export type { CardColumn } from '@domain/card.ts';
