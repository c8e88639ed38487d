/** Tables of the bijeenkomsten (migration 0014); the DB interface in schema.ts extends this. */
export interface MeetingTable {
  id: string;
  network_id: string;
  title: string;
  day: string;
  start_time: string;
  end_time: string | null;
  starts_at: string;
  ends_at: string | null;
  place: string | null;
  video_url: string | null;
  agenda: string;
  notes: string;
  present_members: string;
  present_actors: string;
  planner_member_id: string | null;
  invited_at: string | null;
  cancelled_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface MeetingDecisionTable {
  id: string;
  network_id: string;
  meeting_id: string;
  text: string;
  decider_actor_ids: string;
  review_on: string | null;
  agreement_id: string | null;
  recorder_member_id: string | null;
  created_at: string;
}

export interface MeetingTables {
  meetings: MeetingTable;
  meeting_decisions: MeetingDecisionTable;
}
