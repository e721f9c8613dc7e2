// Imports a plain-text page or a Word document into the library as a new article.
import type { ImportOutcome } from '../../shared/api/contract';
import { DatelineError } from '../../shared/api/errors';
import type { Library } from './library';

export async function importFile(
  _library: Library,
  name: string,
  _bytes: Uint8Array,
): Promise<ImportOutcome> {
  throw new DatelineError('invalid-input', `Dateline cannot import ${name} yet.`);
}
