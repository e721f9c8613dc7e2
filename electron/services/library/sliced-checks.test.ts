// The checks of a long body done a slice at a time give exactly what the checks of the whole
// give, the same message when something is wrong, and leave other work room to run meanwhile.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { DatelineError } from '../../../shared/api/errors';
import {
  ARTICLE_SCHEMA_VERSION,
  ArticleSchema,
  emptyFields,
  type Article,
  type TipTapNode,
} from '../../../shared/article';
import { checkBody } from '../../../shared/schema/sanitize-body';
import { checkedArticle, checkedBody, validated } from './article-checks';
import { cleanBodyInSlices, SLICE_BLOCKS, validateInSlices } from './sliced-checks';

function block(index: number): TipTapNode {
  if (index % 7 === 3) {
    // A heading with a key the schema does not know, which the stored shape drops.
    return {
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: `Part ${index}` }],
      extra: 1,
    } as TipTapNode;
  }
  const href = index % 5 === 0 ? 'javascript:alert(1)' : `https://example.org/${index}`;
  return {
    type: 'paragraph',
    content: [
      { type: 'text', text: `Water rose at station ${index}. ` },
      {
        type: 'text',
        text: 'Report',
        marks: [{ type: 'link', attrs: { href, target: '_blank' } }],
      },
    ],
  };
}

function longArticle(blocks: number, broken?: number): Article {
  const content = Array.from({ length: blocks }, (_, index) =>
    index === broken ? { type: 'paragraph', content: [{ type: 'heading' }] } : block(index),
  );
  return {
    ...emptyFields(),
    headline: 'Flood Levels Along the Mekong',
    body: { type: 'doc', content } as Article['body'],
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id: '0b7a5c1e-3f2d-4c6b-9a8e-1d2c3b4a5f60',
    revision: 1,
    createdAt: '2024-06-01T00:00:00.000Z',
    updatedAt: '2024-06-01T00:00:00.000Z',
  };
}

describe('a long body checked in slices', () => {
  const article = longArticle(SLICE_BLOCKS * 5 + 17);

  it('comes out byte for byte as the check of the whole', async () => {
    const whole = checkBody(article.body);
    expect(whole.ok).toBe(true);
    const sliced = await cleanBodyInSlices(article.body);
    expect(JSON.stringify(sliced)).toBe(JSON.stringify(whole.ok && whole.body));
    expect(JSON.stringify(sliced)).not.toContain('javascript:');
    const parsed = ArticleSchema.parse({ ...article, body: sliced });
    expect(JSON.stringify(await validateInSlices({ ...article, body: sliced }))).toBe(
      JSON.stringify(parsed),
    );
    expect(JSON.stringify(await checkedArticle(article))).toBe(
      JSON.stringify(validated({ ...article, body: checkedBody(article.body) })),
    );
  });

  it('says what the check of the whole says when one block deep inside is wrong', async () => {
    const broken = longArticle(SLICE_BLOCKS * 5, SLICE_BLOCKS * 3 + 11);
    expect(await cleanBodyInSlices(broken.body)).toBeUndefined();
    const whole = checkBody(broken.body);
    const error = await checkedArticle(broken).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatelineError);
    expect((error as DatelineError).message).toBe(whole.ok ? '' : whole.message);
  });

  it('says what the whole says when a field other than the body is wrong', async () => {
    const wrong = { ...article, headline: 'x'.repeat(1_001) };
    const message = (() => {
      try {
        validated({ ...wrong, body: checkedBody(wrong.body) });
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(/^The article is not valid: headline:/);
    await expect(checkedArticle(wrong)).rejects.toThrow(message!);
  });

  it('leaves a short body to the check of the whole', async () => {
    expect(await cleanBodyInSlices(longArticle(SLICE_BLOCKS).body)).toBeUndefined();
  });

  it('lets other work run while a 50,000-paragraph article is checked', async () => {
    const large = longArticle(50_000);
    const blocked = async (work: () => Promise<unknown>) => {
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      await new Promise((resolve) => setTimeout(resolve, 20));
      await work();
      await new Promise((resolve) => setTimeout(resolve, 20));
      loop.disable();
      return loop.max / 1e6;
    };
    const whole = await blocked(async () => validated({ ...large, body: checkedBody(large.body) }));
    const sliced = await blocked(() => checkedArticle(large));
    console.log(
      `Checking a 50,000-paragraph article held the event loop for ${whole.toFixed(0)} ms at once, and ${sliced.toFixed(0)} ms in slices.`,
    );
    expect(sliced).toBeLessThan(whole / 2);
  });
});
