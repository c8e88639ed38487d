/** Tables of in-tool feedback, the SUS questionnaire and usage counts (migration 0019); DB in schema.ts extends this. */
export interface ToolFeedbackTable {
  id: string;
  network_id: string;
  member_id: string | null;
  tool: string;
  month: string;
  usefulness: number;
  missing: string | null;
  share_research: number;
  created_at: string;
  updated_at: string;
}

export interface SusResponseTable {
  id: string;
  network_id: string;
  member_id: string | null;
  answers: string;
  score: number;
  created_at: string;
}

export interface UsageCountTable {
  network_id: string;
  tool: string;
  week: string;
  opened: number;
  changed: number;
}

export interface FeedbackTables {
  tool_feedback: ToolFeedbackTable;
  sus_responses: SusResponseTable;
  usage_counts: UsageCountTable;
}
