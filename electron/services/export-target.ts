// Where exports go. A host that can ask the user (the desktop app's save and folder dialogs)
// offers `ChooseExportTarget`; one that cannot (the web host) hands files back instead, so a path
// the renderer names is never written to.
import type { ExportFormat } from '../../shared/api/contract';

export interface ExportFileFilter {
  name: string;
  extensions: string[];
}

export type ExportTargetRequest =
  | { kind: 'file'; suggestedName: string; filters: ExportFileFilter[] }
  | { kind: 'folder'; title: string };

/** The path the user chose, or undefined when they cancelled. */
export type ChooseExportTarget = (request: ExportTargetRequest) => Promise<string | undefined>;

interface ExportFileType {
  /** What follows the slug in the file's name. */
  suffix: string;
  mimeType: string;
  filter: ExportFileFilter;
}

export const EXPORT_FILE_TYPES: Record<ExportFormat, ExportFileType> = {
  page: {
    suffix: '.html',
    mimeType: 'text/html; charset=utf-8',
    filter: { name: 'Web page', extensions: ['html'] },
  },
  fragment: {
    suffix: '.fragment.html',
    mimeType: 'text/html; charset=utf-8',
    filter: { name: 'HTML fragment', extensions: ['html'] },
  },
  text: {
    suffix: '.txt',
    mimeType: 'text/plain; charset=utf-8',
    filter: { name: 'Plain text', extensions: ['txt'] },
  },
  ninjs: {
    suffix: '.ninjs.json',
    mimeType: 'application/json; charset=utf-8',
    filter: { name: 'ninjs (JSON)', extensions: ['json'] },
  },
};
