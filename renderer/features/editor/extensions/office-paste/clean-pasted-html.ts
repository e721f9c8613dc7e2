// The one cleaning step every paste goes through, in the editor and when a pasted page fills an
// article: office and web markup is rewritten into the plain semantic HTML the schema reads.
import { convertInlineStyles } from './inline-styles';
import { flattenTables } from './tables';
import { removeOfficeLeftovers, tidyStructure } from './tidy';
import { convertWordHeadings, fitHeadingLevels } from './word-headings';
import { convertWordLists } from './word-lists';

export interface CleanOptions {
  /** True once the schema holds tables; until then a table is kept as one paragraph per row. */
  keepTables: boolean;
}

/** Parses clipboard HTML and rewrites it in place; headings keep their own levels (1 to 6). */
export function cleanPastedDocument(html: string, options: CleanOptions): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  convertWordLists(doc);
  removeOfficeLeftovers(doc);
  convertWordHeadings(doc);
  convertInlineStyles(doc);
  if (!options.keepTables) flattenTables(doc);
  tidyStructure(doc);
  return doc;
}

/** Clipboard HTML as the editor parses it: cleaned, with headings fitted to the schema's levels. */
export function cleanPastedHtml(html: string, options: CleanOptions): string {
  const doc = cleanPastedDocument(html, options);
  fitHeadingLevels(doc);
  return doc.body.innerHTML;
}
