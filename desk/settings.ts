// The settings the desk gives every member: the ticker, the publication and its sections.
import type { DatabaseSync } from 'node:sqlite';
import type { DeskSettings } from '../shared/desk/desk-doc';

const DEFAULTS: DeskSettings = { ticker: [], publication: null, sections: [] };

export class DeskSettingsStore {
  constructor(private readonly db: DatabaseSync) {}

  get(): DeskSettings {
    const rows = this.db.prepare('SELECT key, value FROM settings').all() as {
      key: string;
      value: string;
    }[];
    const stored = Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value)]));
    return { ...DEFAULTS, ...stored };
  }

  update(changes: Partial<DeskSettings>): DeskSettings {
    const upsert = this.db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined) upsert.run(key, JSON.stringify(value));
    }
    return this.get();
  }
}
