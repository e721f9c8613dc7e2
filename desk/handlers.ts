// What each desk request does, once its input is parsed and its sender known. Workflow changes
// are written to the desk's records first, then mirrored into the desk directory document.
import type { Hocuspocus } from '@hocuspocus/server';
import { articleDocName } from '../shared/desk/article-doc';
import type { DeskMethod, DeskMethodOutput, DeskParsedInput } from '../shared/desk/contract';
import { EDITOR_ONLY } from '../shared/desk/roles';
import type { DeskArticles } from './articles';
import type { DeskDirectory } from './directory';
import type { DeskPhotos } from './photos';
import { activeMembers, joinWithInvite, type Member } from './people';
import { DeskRequestError } from './request-error';
import type { DeskSettingsStore } from './settings';
import type { DeskSql } from './sql';

export interface HandlerDeps {
  db: DeskSql;
  articles: DeskArticles;
  settings: DeskSettingsStore;
  directory: DeskDirectory;
  hocuspocus: Hocuspocus;
  photos: DeskPhotos;
}

type Handler<M extends DeskMethod> = (
  member: Member,
  input: DeskParsedInput<M>,
) => Promise<DeskMethodOutput<M>>;

export type DeskHandlers = { [M in Exclude<DeskMethod, 'join'>]: Handler<M> } & {
  join(input: DeskParsedInput<'join'>): Promise<DeskMethodOutput<'join'>>;
};

function requireEditor(member: Member, refusal: string): void {
  if (member.role !== 'editor') throw new DeskRequestError('forbidden', refusal);
}

export function deskHandlers({
  db,
  articles,
  settings,
  directory,
  hocuspocus,
  photos,
}: HandlerDeps): DeskHandlers {
  const isMember = async (name: string) =>
    (await activeMembers(db)).some((person) => person.name === name);
  return {
    join: async ({ code }) => joinWithInvite(db, code),
    whoAmI: async (member) => ({ name: member.name, role: member.role }),
    listArticles: async () => articles.list(),
    listPeople: async () => activeMembers(db),
    fileArticle: async (member, { id, headline }) => {
      const entry = await articles.file(member, id, headline);
      await directory.putEntry(entry);
      return entry;
    },
    setStatus: async (member, { id, status }) => {
      const entry = await articles.setStatus(member, id, status);
      await directory.putEntry(entry);
      return entry;
    },
    assign: async (member, { id, assignee }) => {
      const entry = await articles.assign(member, id, assignee, isMember);
      await directory.putEntry(entry);
      return entry;
    },
    removeArticle: async (member, { id }) => {
      await articles.remove(member, id);
      await directory.removeEntry(id);
      hocuspocus.closeConnections(articleDocName(id));
      return null;
    },
    getSettings: async () => settings.get(),
    setTicker: async (member, { items }) => {
      requireEditor(member, EDITOR_ONLY.setTicker);
      const updated = await settings.update({ ticker: items });
      await directory.setSettings(updated);
      return updated.ticker;
    },
    setPublication: async (member, { publication, sections }) => {
      requireEditor(member, EDITOR_ONLY.setPublication);
      const updated = await settings.update({ publication, sections });
      await directory.setSettings(updated);
      return updated;
    },
    missingPhotos: async (_member, { hashes }) => photos.missing(hashes),
  };
}
