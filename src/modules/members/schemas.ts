import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import { ROLES } from '../../domain/vocabulary.js';
import { emailAddress, id, LIMITS, optionalText, version } from '../common/schemas.js';

export const memberParams = z.strictObject({ networkId: id, memberId: id });

export const updateMember = z.strictObject({
  role: z.enum(ROLES).optional(),
  /**
   * Refused with its own message: who acts for a partner is asked and confirmed by someone else
   * (…/representation/requests), never set here.
   */
  actorId: z.never({ error: schemaText('member.actorIdNotHere') }).optional(),
  version,
});

export const createInvitation = z.strictObject({
  role: z.enum(ROLES),
  /** With an address the invitation is mailed; without one a link is made to share yourself. */
  email: emailAddress.optional(),
  /** A personal message with a mailed invitation; the mail quotes it with the sender's name and network. */
  message: optionalText(LIMITS.short).optional(),
});

/**
 * Accepting: who you are, for the others in the network. The name is needed when your account has
 * none yet; function and organisation are optional. No body at all is fine when the name is known.
 */
export const acceptInvitation = z
  .strictObject({
    name: optionalText(LIMITS.name).optional(),
    jobTitle: optionalText(LIMITS.name).optional(),
    organisation: optionalText(LIMITS.name).optional(),
  })
  .nullish();

export const invitationParams = z.strictObject({ networkId: id, invitationId: id });
export const invitationTokenParams = z.strictObject({ token: z.string().min(10).max(200) });

export interface InvitationView {
  id: string;
  email: string | null;
  role: string;
  createdAt: string;
  expiresAt: string;
  /** Only in the answer to creation of a link invitation. */
  link?: string;
}

export interface InvitationPreview {
  networkName: string;
  areaName: string;
  ambition: string;
  role: string;
  /** The inviter's name; null when they never gave one (the page then names only the network). */
  invitedBy: string | null;
  /** The inviter's function and organisation ("wijkverpleegkundige, Buurtzorg"), or ''. */
  invitedByAbout: string;
  expiresAt: string;
  /** Filled when the invitation was sent to one address. */
  email: string | null;
  alreadyMember: boolean;
  /** Signed in without a name: the page asks for it with the acceptance. */
  nameNeeded: boolean;
}

/** The answer to accepting an invitation: the network the person has joined. */
export interface InvitationAccepted {
  networkId: string;
}
