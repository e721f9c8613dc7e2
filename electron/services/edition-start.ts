// Starting an edition from the API: which articles, which folder, then the job in the background.
// The desktop app asks for the folder; the web host writes under the library's exports folder,
// since a folder named by the renderer is never written to.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { EditionProgress } from '../../shared/api/contract';
import { DatelineError } from '../../shared/api/errors';
import { STATUS_LABELS } from '../../shared/article';
import { selectEdition, writeEdition, type EditionSelection } from './edition';
import type { EditionJobs } from './edition-jobs';
import type { ExportSources } from './export-sources';
import type { ChooseExportTarget } from './export-target';
import { describeFsError } from './fs-errors';

export const EXPORTS_FOLDER = 'exports';

export interface EditionStartDeps {
  sources: ExportSources;
  jobs: EditionJobs;
  chooseTarget?: ChooseExportTarget;
  now?: () => Date;
}

export async function startEdition(
  deps: EditionStartDeps,
  request: EditionSelection & { override: boolean },
): Promise<EditionProgress> {
  const { sources, jobs } = deps;
  const now = deps.now ?? (() => new Date());
  // Said before the folder dialog opens, not after the user has picked a folder.
  jobs.assertIdle();
  const ids = await selectEdition(sources.library, request);
  if (ids.length === 0) {
    const status = STATUS_LABELS[request.status ?? 'approved'];
    throw new DatelineError(
      'not-found',
      `No article is marked ${status}, so there is nothing to export.`,
    );
  }
  const folder = deps.chooseTarget
    ? await deps.chooseTarget({ kind: 'folder', title: 'Export edition' })
    : await newEditionFolder(sources.library.root, now(), sources.publication.timeZone);
  if (!folder) return { state: 'not-started' };
  const edition = { folder, format: 'page' as const, override: request.override, now: now() };
  return jobs.start(folder, ids.length, (hooks) => writeEdition(sources, ids, edition, hooks));
}

/**
 * A new folder `<library>/exports/edition-YYYY-MM-DD-HHmmss`, stamped in the publication's time
 * zone; "-2", "-3"… when two editions start in the same second.
 */
export async function newEditionFolder(root: string, now: Date, timeZone: string): Promise<string> {
  const parent = path.join(root, EXPORTS_FOLDER);
  const base = path.join(parent, `edition-${timeStamp(now, timeZone)}`);
  try {
    await mkdir(parent, { recursive: true });
    for (let n = 1; ; n += 1) {
      const folder = n === 1 ? base : `${base}-${n}`;
      try {
        await mkdir(folder);
        return folder;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  } catch (error) {
    throw describeFsError(error, 'make a folder for the edition');
  }
}

function timeStamp(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')}-${part('hour')}${part('minute')}${part('second')}`;
}
