/** Tables of the phase "verankeren" (migration 0008); the DB interface in schema.ts extends this. */
export interface PriceItemTable {
  id: string;
  network_id: string;
  item: string;
  unit: string;
  price: number | null;
  payer: string;
  source_title: string;
  source_publisher: string;
  source_year: number | null;
  source_url: string | null;
  price_year: number | null;
  note: string | null;
  starter_key: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface EffectSettingsTable {
  network_id: string;
  index_year: number;
  index_rates: string;
  index_source: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface EffectModelTable {
  id: string;
  network_id: string;
  name: string;
  model: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface EffectModelVersionTable {
  id: string;
  network_id: string;
  model_id: string;
  number: number;
  snapshot: string;
  created_by: string | null;
  created_at: string;
}

export interface VerankerenTables {
  price_items: PriceItemTable;
  effect_settings: EffectSettingsTable;
  effect_models: EffectModelTable;
  effect_model_versions: EffectModelVersionTable;
}
