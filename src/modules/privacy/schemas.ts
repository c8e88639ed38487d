import { z } from 'zod';

/** The secret of an "Ik wil geen mail meer via Wijknet" link. */
export const optOutBody = z.strictObject({ token: z.string().min(20).max(200) });

/** Everything Wijknet holds about one person (AVG art. 15 and 20), without secrets or hashes. */
export interface PersonalDataExport {
  format: 'wijknet-persoonsgegevens';
  formatVersion: 1;
  exportedAt: string;
  profile: {
    id: string;
    email: string;
    name: string;
    isAdmin: boolean;
    locale: string;
    reminders: boolean;
    /** The kartrekker's weekly cockpit mail (off when they turned it off). */
    weeklyDigest: boolean;
    createdAt: string;
  };
  memberships: {
    networkId: string;
    networkName: string;
    role: string;
    actorId: string | null;
    actorName: string | null;
    since: string;
  }[];
  apiTokens: { id: string; name: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null }[];
  sessions: { active: number };
  signInRequests: { count: number; lastAt: string | null };
  invitationsToYou: {
    id: string;
    networkName: string;
    role: string;
    createdAt: string;
    expiresAt: string;
    acceptedAt: string | null;
    revokedAt: string | null;
  }[];
  changesYouMade: {
    id: string;
    at: string;
    networkId: string | null;
    networkName: string | null;
    entity: string;
    entityId: string;
    action: string;
    changes: Record<string, unknown>;
  }[];
}
