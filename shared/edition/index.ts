// An edition's own files besides its pages: the index, the Atom feed and the ticker fragment,
// and the one rule for where published pages link. All pure, like shared/export.
export { FEED_ENTRY_LIMIT, listedFeedParts, renderAtomFeed } from './atom-feed';
export { sortListed, type ListedEntry, type ListedFacts } from './entries';
export {
  articleExportContext,
  resolveLibraryLinks,
  siteAddress,
  sitePageFile,
  type LinkSources,
} from './export-context';
export { INDEX_FALLBACK_TITLE, listedIndexParts, renderEditionIndex } from './index-page';
export { renderTickerFragment } from './ticker-fragment';
export { EDITION_FILES, type EditionEntry, type EditionSite } from './types';
