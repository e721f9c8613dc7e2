// The contract's desk methods, for every host: the host joins and keeps the credential, calls the
// desk for the workflow, and keeps each desk article's Yjs state in the library.
import type { DeskMethods } from '../../shared/api/desk-contract';
import type { MethodOutput, ParsedInput } from '../../shared/api/contract';
import { DatelineError } from '../../shared/api/errors';
import type { DeskSettings } from '../../shared/desk/desk-doc';
import { bodyPhotos } from '../../shared/photos/photo-ref';
import type { DeskClient } from './desk-client';
import type { DeskPhotoSync } from './desk-photos';
import { DeskCopies } from './desk-copy';
import type { Library } from './library';
import type { SettingsService } from './settings';
import type { TickerStore } from './ticker-store';

type DeskHandlers = {
  [M in keyof DeskMethods]: (input: ParsedInput<M>) => Promise<MethodOutput<M>>;
};

export interface DeskHandlerContext {
  library: () => Library;
  desk?: DeskClient;
  /** Carries desk articles' photos between this library and the desk; with `desk`. */
  deskPhotos?: DeskPhotoSync;
  settings?: SettingsService;
  ticker: () => TickerStore;
}

export function createDeskHandlers(context: DeskHandlerContext): DeskHandlers {
  const copies = new DeskCopies(context.library);
  /** Versions of a desk article's file name the person as the desk knows them. */
  const actorName = async () =>
    (await context.desk?.connection())?.name ?? context.settings?.get().userName ?? '';
  const desk = () => {
    if (!context.desk) throw new DatelineError('forbidden', 'This window cannot join a desk.');
    return context.desk;
  };
  /** The desk's publication, sections and ticker replace this computer's; best effort. */
  const adoptSettings = async () => {
    let settings: DeskSettings;
    try {
      settings = await desk().call('getSettings', {});
    } catch {
      return;
    }
    await applyDeskSettings(settings, context);
  };
  return {
    joinDesk: async ({ addresses, code }) => {
      const status = await desk().join(addresses, code);
      await adoptSettings();
      return status;
    },
    leaveDesk: async () => desk().leave(),
    deskStatus: async () => {
      const status = await (context.desk?.status() ?? { joined: false as const });
      if (status.joined) await adoptSettings();
      return status;
    },
    deskConnection: async () => (context.desk ? context.desk.connection() : null),
    fileToDesk: async ({ id }) => {
      const article = await context.library().get(id);
      const entry = await desk().call('fileArticle', {
        id,
        headline: article.headline.slice(0, 1_000),
      });
      // What cannot be sent now is sent once the desk can be reached again.
      const photos = [
        ...(article.leadPhoto ? [article.leadPhoto] : []),
        ...bodyPhotos(article.body),
      ];
      await context.deskPhotos?.sync(photos).catch(() => undefined);
      return entry;
    },
    openDeskCopy: async ({ id }) => {
      try {
        return await context.library().get(id);
      } catch (error) {
        if (!(error instanceof DatelineError && error.code === 'not-found')) throw error;
      }
      // Only an article the desk holds gets a copy made under its id.
      if (!(await desk().call('listArticles', {})).some((entry) => entry.id === id)) {
        throw new DatelineError('not-found', 'This article is not on the desk.');
      }
      return context.library().create({}, id);
    },
    listDeskArticles: async () => desk().call('listArticles', {}),
    setDeskStatus: async ({ id, status }) => {
      const entry = await desk().call('setStatus', { id, status });
      await copies
        .setStatus(id, entry.status, await actorName())
        // The desk's record stands; this laptop's copy catches up at the next change.
        .catch(() => undefined);
      return entry;
    },
    assignDesk: async ({ id, assignee }) => desk().call('assign', { id, assignee }),
    getDeskSettings: async () => desk().call('getSettings', {}),
    readDeskState: async ({ id }) => {
      const state = await copies.read(id);
      // Photos the article shows that this laptop lacks are fetched as it opens.
      if (state) context.deskPhotos?.stateChanged(id, state);
      return state && Buffer.from(state).toString('base64');
    },
    writeDeskState: async ({ id, state, status }) => {
      const bytes = Buffer.from(state, 'base64');
      const revision = await copies.write(id, bytes, status, await actorName());
      context.deskPhotos?.stateChanged(id, bytes);
      return { revision };
    },
  };
}

async function applyDeskSettings(desk: DeskSettings, context: DeskHandlerContext): Promise<void> {
  if (desk.publication && context.settings) {
    context.settings.update({
      publication: desk.publication,
      ...(desk.sections.length > 0 && { sections: desk.sections }),
    });
  }
  // An empty desk ticker leaves this computer's alone rather than wiping it.
  if (desk.ticker.length === 0) return;
  const ticker = context.ticker();
  const current = await ticker.get();
  if (JSON.stringify(current.items) !== JSON.stringify(desk.ticker)) {
    await ticker.save(current.revision, desk.ticker).catch(() => undefined);
  }
}
