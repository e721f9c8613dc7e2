// Keeps the desk directory document (read-only for clients) in step with the desk's records.
// The server holds it open for as long as it runs, so every change reaches connected members.
import type { DirectConnection } from '@hocuspocus/server';
import {
  DESK_ARTICLES_ROOT,
  DESK_PEOPLE_ROOT,
  DESK_SETTINGS_ROOT,
  type DeskEntry,
  type DeskPerson,
  type DeskSettings,
} from '../shared/desk/desk-doc';

export class DeskDirectory {
  constructor(private readonly connection: DirectConnection) {}

  /** Brings the whole directory in line with the records, writing only what differs. */
  async reconcile(
    entries: DeskEntry[],
    people: DeskPerson[],
    settings: DeskSettings,
  ): Promise<void> {
    await this.connection.transact((doc) => {
      syncMap(doc.getMap(DESK_ARTICLES_ROOT), new Map(entries.map((entry) => [entry.id, entry])));
      syncMap(doc.getMap(DESK_PEOPLE_ROOT), new Map(people.map((person) => [person.name, person])));
      syncMap(doc.getMap(DESK_SETTINGS_ROOT), new Map(Object.entries(settings)), false);
    });
  }

  async putEntry(entry: DeskEntry): Promise<void> {
    await this.connection.transact((doc) =>
      setIfChanged(doc.getMap(DESK_ARTICLES_ROOT), entry.id, entry),
    );
  }

  async removeEntry(id: string): Promise<void> {
    await this.connection.transact((doc) => doc.getMap(DESK_ARTICLES_ROOT).delete(id));
  }

  async setPeople(people: DeskPerson[]): Promise<void> {
    await this.connection.transact((doc) =>
      syncMap(doc.getMap(DESK_PEOPLE_ROOT), new Map(people.map((person) => [person.name, person]))),
    );
  }

  async setSettings(settings: DeskSettings): Promise<void> {
    await this.connection.transact((doc) =>
      syncMap(doc.getMap(DESK_SETTINGS_ROOT), new Map(Object.entries(settings)), false),
    );
  }
}

function syncMap(map: import('yjs').Map<unknown>, wanted: Map<string, unknown>, dropOthers = true) {
  if (dropOthers) {
    for (const key of [...map.keys()]) if (!wanted.has(key)) map.delete(key);
  }
  for (const [key, value] of wanted) setIfChanged(map, key, value);
}

function setIfChanged(map: import('yjs').Map<unknown>, key: string, value: unknown) {
  if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, value);
}
