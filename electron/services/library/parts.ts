// The pieces one open library is made of, handed to the modules that work on it together.
import type { VersionHistory } from '../history';
import type { ArticleLocks } from './article-locks';
import type { ArticleStore } from './article-store';
import type { Listing } from './listing';

export interface LibraryParts {
  store: ArticleStore;
  locks: ArticleLocks;
  listing: Listing;
  history: VersionHistory;
  now: () => Date;
}
