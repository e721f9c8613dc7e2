// How an edition went, in one sentence for the editor: the desktop dialog and the command line
// both show it.
import type { EditionFile } from '../../shared/api/contract';
import type { EditionState } from './edition';
import { plural } from '../../shared/text/plural';

export type EditionStage = 'running' | 'stopping' | 'done' | 'cancelled' | 'failed';

const pages = (written: readonly EditionFile[]) =>
  written.filter((file) => file.articleId !== undefined).length;

export function editionSummary(
  stage: EditionStage,
  folder: string,
  state: EditionState,
  error?: string,
): string {
  const exported = plural(pages(state.written), 'article');
  const left = state.skipped.length;
  const leftOut = left > 0 ? ` ${plural(left, 'article was', 'articles were')} left out.` : '';
  switch (stage) {
    case 'running':
      return `Exporting… ${state.done} of ${plural(state.total, 'article')} done.`;
    case 'stopping':
      return 'Stopping after the file being written…';
    case 'done':
      return `Exported ${exported} to ${folder}.${leftOut}`;
    case 'cancelled':
      return `Stopped: ${exported} exported to ${folder} before you cancelled. The files written so far are kept.`;
    case 'failed':
      return `The export stopped: ${error ?? 'something went wrong'} ${plural(state.written.length, 'file was', 'files were')} written before that and are kept.`;
  }
}
