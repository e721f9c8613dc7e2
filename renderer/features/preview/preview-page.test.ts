import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderArticlePage } from '../../../shared/export';
import { hostileBody, storedBody } from '../../../test-support/shared/random-documents';
import {
  PUBLICATION,
  TICKER,
  body,
  makeArticle,
  resolveArticle,
} from '../../../test-support/shared/sample-articles';
import { renderPreviewPage } from './preview-page';

const context = { publication: PUBLICATION, ticker: TICKER, resolveArticle };
const STORY_START = '<div class="article-body">\n';

/** The page the preview shows once its blocks are put into the shell's article body. */
function assembled(shell: string, blocks: string[]): string {
  const start = shell.indexOf(STORY_START) + STORY_START.length;
  const end = shell.indexOf('\n</div>', start);
  return shell.slice(0, start) + blocks.join('') + shell.slice(end);
}

/** The exported page without its <head>, which the preview does not show. */
const shownPart = (page: string) => page.slice(page.indexOf('<body>'));

describe('renderPreviewPage', () => {
  it('shows, block by block, the body of the exported page, dateline and all', () => {
    fc.assert(
      fc.property(fc.oneof(storedBody, hostileBody), (generated) => {
        const article = makeArticle({ body: generated });
        const { shell, blocks } = renderPreviewPage(article, context);
        expect(shownPart(assembled(shell, blocks))).toBe(
          shownPart(renderArticlePage(article, context)),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('changes only the block that was edited', () => {
    const before = renderPreviewPage(
      makeArticle({ body: body('One.', 'Two.', 'Three.') }),
      context,
    );
    const after = renderPreviewPage(makeArticle({ body: body('One.', 'Two!', 'Three.') }), context);
    expect(after.shell).toBe(before.shell);
    expect(after.blocks.map((block, index) => block === before.blocks[index])).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('gives an empty body the dateline alone', () => {
    const { blocks } = renderPreviewPage(
      makeArticle({ body: { type: 'doc', content: [] } }),
      context,
    );
    expect(blocks).toEqual([expect.stringContaining('class="dateline"')]);
  });
});
