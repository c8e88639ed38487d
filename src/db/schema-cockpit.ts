/** Tables of the kartrekker's weekly digest (migration 0015); the DB interface in schema.ts extends this. */
export interface DigestOptoutTable {
  user_id: string;
  created_at: string;
}

export interface DigestSendTable {
  network_id: string;
  user_id: string;
  /** The Monday (YYYY-MM-DD, Amsterdam) of the week the mail is for. */
  week: string;
  sent_at: string;
}

export interface DigestUnsubscribeLinkTable {
  token_hash: string;
  user_id: string;
  created_at: string;
}

export interface CockpitTables {
  digest_optouts: DigestOptoutTable;
  digest_sends: DigestSendTable;
  digest_unsubscribe_links: DigestUnsubscribeLinkTable;
}
