/** Migration 0020_consent: consent links, confirmation of changed contact addresses, mail suppression. */

/** How a consent was given: online by a member, online through a personal link, or recorded by a kartrekker. */
export type ConsentMethod = 'account' | 'link' | 'email' | 'paper' | 'meeting';

export interface ConsentLinkTable {
  id: string;
  network_id: string;
  version_id: string;
  actor_id: string;
  email: string;
  token_hash: string;
  sent_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  answer: 'agree' | 'decline' | null;
  answer_name: string | null;
  reason: string;
}

export interface ContactConfirmationTable {
  id: string;
  actor_id: string;
  email: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  confirmed_at: string | null;
}

export interface MailSuppressionTable {
  address: string;
  created_at: string;
}

export interface MailOptoutLinkTable {
  token_hash: string;
  address: string;
  created_at: string;
}

export interface ConsentTables {
  consent_links: ConsentLinkTable;
  contact_confirmations: ContactConfirmationTable;
  mail_suppressions: MailSuppressionTable;
  mail_optout_links: MailOptoutLinkTable;
}
