// The settings the desk gives every member: the ticker, the publication and its sections.
import type { DeskSettings } from '../shared/desk/desk-doc';
import type { DeskSql } from './sql';

const DEFAULTS: DeskSettings = { ticker: [], publication: null, sections: [] };

export class DeskSettingsStore {
  constructor(private readonly db: DeskSql) {}

  async get(): Promise<DeskSettings> {
    const rows = await this.db.all<{ key: string; value: string }>(
      'SELECT key, value FROM settings',
    );
    const stored = Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value)]));
    return { ...DEFAULTS, ...stored };
  }

  async update(changes: Partial<DeskSettings>): Promise<DeskSettings> {
    await this.db.transaction(async (tx) => {
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined) continue;
        await tx.run(
          'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
          [key, JSON.stringify(value)],
        );
      }
    });
    return this.get();
  }
}
