/** Tables of migration 0016: the case method (casusmethode) and the continuity checklist (borging). */
export interface EffectCaseTable {
  id: string;
  network_id: string;
  name: string;
  resident: string;
  residents: number;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface EffectCaseLineTable {
  id: string;
  network_id: string;
  case_id: string;
  timeline: string;
  position: number;
  label: string;
  kind: string;
  year: number;
  month: number | null;
  price_item_id: string | null;
  own_price: number | null;
  note: string;
  quantity: number;
  payer: string | null;
}

export interface ContinuityItemTable {
  id: string;
  network_id: string;
  starter_key: string | null;
  title: string;
  description: string;
  status: string;
  reason: string;
  owner_member_id: string | null;
  owner_actor_id: string | null;
  due_on: string | null;
  position: number;
  removed_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface CasesContinuityTables {
  effect_cases: EffectCaseTable;
  effect_case_lines: EffectCaseLineTable;
  continuity_items: ContinuityItemTable;
}
