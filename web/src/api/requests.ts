/**
 * Request bodies as the server's Zod schemas accept them (z.input): a form that sends a field
 * the server does not know, or leaves out one it needs, fails the type check. Type-only imports:
 * no server code reaches the browser bundle.
 */
import type { z } from 'zod';
import type { guestLiveAnswer, liveAnswer, moveLive } from '@schemas/scan';
import type { renewPlan } from '@schemas/actions';
import type { approachBody } from '@schemas/suggestions';
import type { createToken, signInRequest, signInVerify, updateMe } from '@schemas/auth';
import type {
  askConsentBody,
  consentAnswerBody,
  createJointItem,
  recordConsentBody,
  setMode,
  updateItem,
} from '@schemas/cards';
import type { contactConfirmation, linkActor } from '@schemas/actors';
import type { optOutBody } from '@schemas/privacy';
import type { importCommit, importPreview } from '@schemas/exchange';
import type { castVotes, createCandidate, recordDecision } from '@schemas/focus';
import type { createFunction, updateFunction } from '@schemas/functions';
import type { createGoal, createTerm, updateGoal } from '@schemas/goals';
import type { upsertLead } from '@schemas/leads';
import type { acceptInvitation, createInvitation, updateMember } from '@schemas/members';
import type { updateNetwork } from '@schemas/networks';
import type { cbsFetch, cbsImport, cbsPreview, createEntry } from '@schemas/profile';
import type { createRelation, updateRelation } from '@schemas/relations';
import type {
  guestAnswer,
  guestVote,
  joinSession,
  mergeAnswers,
  startSession,
  typeAnswer,
  updateAnswer,
} from '@schemas/sessions';

export type RenewPlan = z.input<typeof renewPlan>;
export type LinkActor = z.input<typeof linkActor>;
export type ApproachBody = NonNullable<z.input<typeof approachBody>>;
export type CreateToken = z.input<typeof createToken>;
export type SignInRequest = z.input<typeof signInRequest>;
export type SignInVerify = z.input<typeof signInVerify>;
export type UpdateMe = z.input<typeof updateMe>;
export type CreateJointItem = z.input<typeof createJointItem>;
export type SetCardMode = z.input<typeof setMode>;
export type AskConsent = z.input<typeof askConsentBody>;
export type RecordConsentBody = z.input<typeof recordConsentBody>;
export type ConsentAnswer = z.input<typeof consentAnswerBody>;
export type ContactConfirmation = z.input<typeof contactConfirmation>;
export type OptOut = z.input<typeof optOutBody>;
export type UpdateCardItem = z.input<typeof updateItem>;
export type ImportPreviewRequest = z.input<typeof importPreview>;
export type ImportCommit = z.input<typeof importCommit>;
export type CastVotes = z.input<typeof castVotes>;
export type CreateCandidate = z.input<typeof createCandidate>;
export type RecordDecision = z.input<typeof recordDecision>;
export type CreateFunction = z.input<typeof createFunction>;
export type UpdateFunction = z.input<typeof updateFunction>;
export type CreateGoal = z.input<typeof createGoal>;
export type UpdateGoal = z.input<typeof updateGoal>;
export type CreateTerm = z.input<typeof createTerm>;
export type UpsertLead = z.input<typeof upsertLead>;
export type CreateInvitation = z.input<typeof createInvitation>;
export type UpdateMember = z.input<typeof updateMember>;
export type AcceptInvitation = NonNullable<z.input<typeof acceptInvitation>>;
export type UpdateNetwork = z.input<typeof updateNetwork>;
export type CbsPreviewRequest = z.input<typeof cbsPreview>;
export type CbsImport = z.input<typeof cbsImport>;
export type CbsFetchRequest = NonNullable<z.input<typeof cbsFetch>>;
export type CreateEntry = z.input<typeof createEntry>;
export type CreateRelation = z.input<typeof createRelation>;
export type UpdateRelation = z.input<typeof updateRelation>;
export type StartSession = z.input<typeof startSession>;
export type TypeAnswer = z.input<typeof typeAnswer>;
export type UpdateAnswer = z.input<typeof updateAnswer>;
export type MergeAnswers = z.input<typeof mergeAnswers>;
export type JoinSession = z.input<typeof joinSession>;
export type GuestAnswer = z.input<typeof guestAnswer>;
export type GuestVote = z.input<typeof guestVote>;

// The samenwerkingsscan live in a werksessie.
export type GuestLiveAnswer = z.input<typeof guestLiveAnswer>;
export type LiveAnswerBody = z.input<typeof liveAnswer>;
export type MoveLive = z.input<typeof moveLive>;
