// Word counts of a body worked out block by block, each block's count remembered until the next
// count of the same article: a long article saved every second while its writer types has only
// the paragraphs that changed counted again. The total is countWords of the body's plain text.
import type { ArticleBody } from '../article';
import { keepNewest } from '../keep-newest';
import { countWordsAs, needsDictionary } from './counts';
import { docBlocks } from './doc-text';

interface Counted {
  /** The language and the way its words are counted: counts made another way are not reused. */
  way: string;
  counts: Map<string, number>;
}

export class BlockWordCounts {
  private readonly byArticle = new Map<string, Counted>();

  /** `articles`: how many articles' blocks are remembered, the ones counted last. */
  constructor(private readonly articles = 4) {}

  count(id: string, body: ArticleBody, language: string): number {
    const blocks = docBlocks(body);
    // Blocks are counted the way the whole text would be: by the dictionary if any needs it.
    const dictionary = blocks.some(needsDictionary);
    const way = `${language}\n${dictionary}`;
    const before = this.byArticle.get(id);
    const known = before?.way === way ? before.counts : undefined;
    const counts = new Map<string, number>();
    let words = 0;
    for (const block of blocks) {
      let count = counts.get(block) ?? known?.get(block);
      if (count === undefined) count = countWordsAs(block, language, dictionary);
      counts.set(block, count);
      words += count;
    }
    keepNewest(this.byArticle, id, { way, counts }, this.articles);
    return words;
  }
}
