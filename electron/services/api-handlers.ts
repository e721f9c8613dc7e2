// The handler table behind the API contract, shared by every host. Input is parsed with the
// contract's zod schema before any service sees it; errors come back as values.
import type { z } from 'zod';
import {
  contract,
  isMethodName,
  type AppInfo,
  type MethodName,
  type MethodOutput,
  type ParsedInput,
  type Preferences,
} from '../../shared/api/contract';
import { DatelineError, type ApiResult } from '../../shared/api/errors';
import { EditionJobs } from './edition-jobs';
import { startEdition } from './edition-start';
import { exportArticle, preflightArticle, preflightLibrary } from './export-article';
import type { ChooseExportTarget } from './export-target';
import { importFile } from './import-file';
import type { DeskClient } from './desk-client';
import { createDeskHandlers } from './desk-handlers';
import { DeskPhotoSync } from './desk-photos';
import { MediaStore } from './media/media-store';
import { createPhotoHandlers } from './photo-handlers';
import { createSpellingHandlers } from './spelling-handlers';
import { DEFAULT_PUBLICATION } from '../../shared/publication';
import { countText } from '../../shared/text/counts';
import type { Library } from './library';
import { DEFAULT_SECTIONS, type SettingsService } from './settings';
import { TickerStore } from './ticker-store';

export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => Promise<MethodOutput<M>>;
};

export interface ApiContext {
  library: () => Library;
  appInfo: () => AppInfo;
  /** Where the desk's preferences (the list of sections) are kept; absent in tests that need none. */
  settings?: SettingsService;
  /**
   * The desktop host's save and folder dialogs. Without it a single export is handed back for
   * download and an edition goes to the library's exports folder.
   */
  chooseExportTarget?: ChooseExportTarget;
  /** Told after the preferences change, so the desktop host can speak the new language. */
  onPreferencesChange?: (preferences: Preferences) => void;
  /** The desk this host joins and calls; absent where no desk can be joined. */
  desk?: DeskClient;
}

export function createHandlers(context: ApiContext): Handlers {
  // One ticker store per library folder, so its write queue is shared by every call.
  const tickers = new Map<string, TickerStore>();
  const ticker = () => {
    const { root } = context.library();
    let store = tickers.get(root);
    if (!store) tickers.set(root, (store = new TickerStore(root)));
    return store;
  };
  const preferences = () => ({
    sections: context.settings?.get().sections ?? DEFAULT_SECTIONS,
    publication: context.settings?.get().publication ?? DEFAULT_PUBLICATION,
    interfaceLanguage: context.settings?.get().interfaceLanguage ?? null,
    theme: context.settings?.get().theme ?? null,
    userName: context.settings?.get().userName ?? '',
  });

  // Editions run in the background of this host; they are followed by id.
  const editions = new EditionJobs();
  const deskPhotos =
    context.desk && new DeskPhotoSync(context.desk, () => new MediaStore(context.library().root));
  const photos = createPhotoHandlers(context);
  const exportSources = () => ({
    library: context.library(),
    ticker: () => ticker().get(),
    publication: preferences().publication,
  });

  return {
    getAppInfo: async () => context.appInfo(),
    listArticles: async ({ early }) =>
      early ? context.library().listEarly() : context.library().list(),
    getArticle: async ({ id }) => context.library().get(id),
    createArticle: async ({ fields }) => context.library().create(fields),
    saveArticle: async ({ id, baseRevision, fields, keepPrevious, baseUpdatedAt }) =>
      context.library().save(id, baseRevision, fields, {
        keepPrevious,
        baseUpdatedAt,
        actor: preferences().userName,
      }),
    getRevisionOnDisk: async ({ id }) => context.library().revisionOnDisk(id),
    listVersions: async ({ id }) => context.library().listVersions(id),
    getVersion: async ({ id, versionId }) => context.library().getVersion(id, versionId),
    saveVersion: async ({ id, label, fields }) =>
      context.library().saveVersion(id, label || undefined, fields),
    restoreVersion: async ({ id, versionId, baseRevision }) =>
      context.library().restoreVersion(id, versionId, baseRevision, preferences().userName),
    recordCorrection: async ({ id, baseRevision, note }) =>
      context.library().recordCorrection(id, baseRevision, note, preferences().userName),
    trashArticle: async ({ id }) => {
      await context.library().trash(id);
      return null;
    },
    listTrash: async () => context.library().listTrash(),
    restoreArticle: async ({ id }) => context.library().restore(id),
    emptyTrash: async ({ ids }) => ({ removed: await context.library().emptyTrash(ids) }),
    searchArticles: async ({ query, limit }) => context.library().search(query, limit),
    importFile: async ({ name, data, ifAlreadyThere }) =>
      importFile(context.library(), name, Buffer.from(data, 'base64'), undefined, ifAlreadyThere),
    countText: async ({ text, language }) => countText(text, language),
    getTicker: async () => ticker().get(),
    saveTicker: async ({ baseRevision, items }) => ticker().save(baseRevision, items),
    addTickerItems: async ({ items }) => ticker().add(items),
    preflightArticle: async ({ id }) => preflightArticle(exportSources(), id),
    preflightLibrary: async ({ status }) => preflightLibrary(exportSources(), status),
    exportArticle: async (request) =>
      exportArticle(exportSources(), request, context.chooseExportTarget),
    startEdition: async (request) =>
      startEdition(
        { sources: exportSources(), jobs: editions, chooseTarget: context.chooseExportTarget },
        request,
      ),
    editionProgress: async ({ jobId }) => editions.progress(jobId),
    cancelEdition: async ({ jobId }) => editions.cancel(jobId),
    getPreferences: async () => preferences(),
    updatePreferences: async ({ sections, publication, interfaceLanguage, theme, userName }) => {
      if (!context.settings) {
        throw new DatelineError('forbidden', 'Preferences cannot be changed here.');
      }
      context.settings.update({
        ...(sections && { sections: [...new Set(sections)] }),
        ...(publication && { publication }),
        ...(interfaceLanguage !== undefined && {
          interfaceLanguage: interfaceLanguage ?? undefined,
        }),
        ...(theme !== undefined && { theme: theme ?? undefined }),
        ...(userName !== undefined && { userName }),
      });
      const changed = preferences();
      context.onPreferencesChange?.(changed);
      return changed;
    },
    ...createDeskHandlers({ ...context, ticker, deskPhotos }),
    ...photos,
    // A desk article's photo this laptop has not fetched yet is taken from the desk to show it.
    readPhoto: async (input) => {
      try {
        return await photos.readPhoto(input);
      } catch (error) {
        const missing = error instanceof DatelineError && error.code === 'not-found';
        if (!missing || !deskPhotos || !(await deskPhotos.fetch(input.hash).catch(() => false))) {
          throw error;
        }
        return photos.readPhoto(input);
      }
    },
    ...createSpellingHandlers(context),
  };
}

export type Dispatch = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

/** Parses the input for `method`, runs its handler and wraps the outcome. Never throws. */
export function createDispatch(
  handlers: Handlers,
  log: (error: unknown) => void = console.error,
): Dispatch {
  return async (method, input) => {
    if (typeof method !== 'string' || !isMethodName(method)) {
      return failure(
        new DatelineError(
          'unknown-method',
          `Dateline has no action called "${String(method).slice(0, 80)}".`,
        ),
      );
    }
    const parsed = parseInput(method, input ?? {});
    if (!parsed.success) return failure(new DatelineError('invalid-input', parsed.message));
    try {
      const handler = handlers[method] as (input: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof DatelineError) return failure(error);
      log(error);
      return failure(
        new DatelineError(
          'internal',
          `Something went wrong in ${method}. Your text is safe in the window; try again.`,
        ),
      );
    }
  };
}

/**
 * Deeper than any article body is nested. zod and ProseMirror walk input recursively, so a
 * request nested thousands of levels deep would overflow the stack instead of being refused.
 */
export const MAX_INPUT_DEPTH = 128;
/** Far more values than the longest article holds; bounds the work one request can ask for. */
export const MAX_INPUT_VALUES = 2_000_000;

type ParsedRequest = { success: true; data: unknown } | { success: false; message: string };

function parseInput(method: MethodName, input: unknown): ParsedRequest {
  const refused = (what: string): ParsedRequest => ({
    success: false,
    message: `The request to ${method} was not valid: ${what}.`,
  });
  const shape = measureShape(input);
  if (shape === 'too-deep') return refused(`it is nested more than ${MAX_INPUT_DEPTH} levels deep`);
  if (shape === 'too-large') return refused('it holds too many values');
  const schema: z.ZodType = contract[method].input;
  let parsed: z.ZodSafeParseResult<unknown>;
  try {
    parsed = schema.safeParse(input);
  } catch {
    return refused('it could not be read');
  }
  if (parsed.success) return { success: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` (${plainWords(issue.path.map(String).join('.'), 80)})` : '';
  return {
    success: false,
    message: `The request to ${method} was not valid${where}: ${issueWords(issue)}.`,
  };
}

function issueWords(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'its content was not what Dateline expects';
  // zod words a missing field as "expected string, received undefined".
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) {
    return `this is missing (${issue.expected} expected)`;
  }
  return plainWords(issue.message, 200);
}

/** Walks the input without recursion, stopping as soon as it is too deep or too large. */
function measureShape(input: unknown): 'ok' | 'too-deep' | 'too-large' {
  const pending: [unknown, number][] = [[input, 1]];
  let seen = 0;
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_INPUT_DEPTH) return 'too-deep';
    const children = Object.values(value);
    seen += children.length;
    if (seen > MAX_INPUT_VALUES) return 'too-large';
    for (const child of children) pending.push([child, depth + 1]);
  }
  return 'ok';
}

/** A message part on one line of visible characters, cut short: zod's can quote any key sent. */
function plainWords(text: string, limit: number): string {
  // eslint-disable-next-line no-control-regex
  const visible = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '\ufffd');
  return visible.length > limit ? `${visible.slice(0, limit - 1)}…` : visible;
}

function failure(error: DatelineError): ApiResult<never> {
  return { ok: false, error: error.toValue() };
}
