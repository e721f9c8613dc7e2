import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, ArticleFields, TipTapNode } from '../article';
import { parsePlainTextPage } from '../import/plain-text';
import { docToPlainText } from '../text/doc-text';
import type { Ticker } from '../ticker';
import { renderPlainText, type ExportContext } from './index';
import {
  body,
  makeArticle,
  PUBLICATION,
  resolveArticle,
  TICKER,
} from '../../test-support/shared/sample-articles';

// Real published pages live beside the project, never inside it.
const fixtures = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures');
const seedFile = path.join(fixtures, 'seed-article.txt');
const khmerFile = path.join(fixtures, 'khmer-article.txt');
const noSeed = !existsSync(seedFile);
const noKhmer = !existsSync(khmerFile);

const context: ExportContext = { publication: PUBLICATION, ticker: TICKER, resolveArticle };

function tickerOf(headlines: string[]): Pick<Ticker, 'items'> {
  return {
    items: headlines.map((text, index) => ({ id: `tick-${index}-000`, text, breaking: false })),
  };
}

function fromFields(fields: ArticleFields): Article {
  return makeArticle({ ...fields, notes: '', related: [] });
}

/** What a reader of the text sees of an article, compared before and after the round trip. */
function reading(fields: ArticleFields) {
  return {
    headline: fields.headline,
    dateline: fields.dateline,
    byline: fields.byline,
    body: docToPlainText(fields.body),
  };
}

function roundTrip(article: Article, exportContext: ExportContext) {
  const text = renderPlainText(article, exportContext);
  return { text, read: parsePlainTextPage(text) };
}

describe('renderPlainText', () => {
  it('writes the seed’s page shape', () => {
    expect(renderPlainText(makeArticle(), context)).toBe(
      [
        'Flood warning for Kratie | Rice prices steady in Battambang | New bridge opens in Kampong Cham |',
        'Farmers Share Solar Pumps Along the Sangkae',
        'Battambang: A cooperative of rice farmers has installed six solar pumps, officials said on Tuesday.',
        'The pumps replace diesel engines that families rented by the hour.',
        'By Sok Chan and Jane Doe',
        'Related News',
        'Flood Waters Reach Kratie - https://news.example.org/flood-story-0001.html\nMekong River Commission report - https://www.mrcmekong.org/report\n',
      ].join('\n\n'),
    );
  });

  it('reads back to the same article and ticker', () => {
    const article = makeArticle();
    const { read } = roundTrip(article, context);
    expect(reading(read.fields)).toEqual(reading(article));
    expect(read.report.tickerHeadlines).toEqual([
      'Flood warning for Kratie',
      'Rice prices steady in Battambang',
      'New bridge opens in Kampong Cham',
    ]);
    expect(read.fields.related.map((link) => link.target)).toEqual([
      { kind: 'url', url: 'https://news.example.org/flood-story-0001.html' },
      { kind: 'url', url: 'https://www.mrcmekong.org/report' },
    ]);
  });

  it('keeps hard breaks, headings and quotes, and marks list items', () => {
    const content: TipTapNode[] = [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'First line of the lead.' },
          { type: 'hardBreak' },
          { type: 'text', text: 'Second line.', marks: [{ type: 'bold' }] },
        ],
      },
      {
        type: 'heading',
        attrs: { level: 2 },
        content: [{ type: 'text', text: 'What comes next' }],
      },
      { type: 'blockquote', content: body('A quoted voice.').content! },
    ];
    const article = makeArticle({ body: { type: 'doc', content } });
    const { read } = roundTrip(article, context);
    expect(reading(read.fields)).toEqual(reading(article));

    const lists = makeArticle({
      body: {
        type: 'doc',
        content: [
          ...body('The lead.').content!,
          { type: 'bulletList', content: [{ type: 'listItem', content: body('Rice').content! }] },
          {
            type: 'orderedList',
            attrs: { start: 3 },
            content: [
              { type: 'listItem', content: body('Third').content! },
              { type: 'listItem', content: body('Fourth').content! },
            ],
          },
        ],
      },
    });
    expect(renderPlainText(lists, context)).toContain('\n\n- Rice\n\n3. Third\n\n4. Fourth\n\n');
  });

  it('gives the dateline a line of its own when the story opens with a list', () => {
    const article = makeArticle({
      body: {
        type: 'doc',
        content: [
          { type: 'bulletList', content: [{ type: 'listItem', content: body('Rice').content! }] },
        ],
      },
    });
    const { text, read } = roundTrip(article, context);
    expect(text).toContain('\n\nBattambang:\n\n- Rice\n\n');
    expect(read.fields.dateline).toBe('Battambang');
  });

  it('reads back a title of emoji alone and an opening line that ends in a comma', () => {
    // Both found by the export-then-import property of the reliability tests.
    const article = makeArticle({
      dateline: '',
      body: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'E,' },
              { type: 'hardBreak' },
              { type: 'text', text: 'xenofva - 8841 rice' },
            ],
          },
        ],
      },
      related: [
        {
          id: 'link-emoji-01',
          title: '😀',
          titleEdited: true,
          target: { kind: 'url', url: 'http://a0.org/' },
        },
      ],
    });
    const { read } = roundTrip(article, context);
    expect(reading(read.fields)).toEqual(reading(article));
    expect(read.fields.related.map(({ title, target }) => ({ title, target }))).toEqual([
      { title: '😀', target: { kind: 'url', url: 'http://a0.org/' } },
    ]);
  });

  it('keeps a bar inside a ticker headline from splitting it', () => {
    const ticker = tickerOf(['Rice | prices up', 'Flood warning']);
    const { text, read } = roundTrip(makeArticle(), { ...context, ticker });
    expect(text.split('\n')[0]).toBe('Rice / prices up | Flood warning |');
    expect(read.report.tickerHeadlines).toEqual(['Rice / prices up', 'Flood warning']);
  });

  it('writes the publication’s default author when the byline is empty', () => {
    const { text, read } = roundTrip(makeArticle({ byline: '' }), context);
    expect(text).toContain('\n\nBy Staff Reporter\n\n');
    expect(read.fields.byline).toBe('Staff Reporter');
  });

  it('reads back whatever the story says (property)', () => {
    const words = fc.constantFrom(
      'rice',
      'river',
      'market',
      'council',
      'bridge',
      'harvest',
      'ministry',
      '42',
      'flood',
    );
    const sentence = fc
      .array(words, { minLength: 3, maxLength: 12 })
      .map((list) => `${list.join(' ').replace(/^./, (first) => first.toUpperCase())}.`);
    const paragraph = fc
      .array(sentence, { minLength: 1, maxLength: 3 })
      .map((lines): TipTapNode => ({
        type: 'paragraph',
        content: lines.flatMap((line, index) =>
          index === 0
            ? [{ type: 'text', text: line }]
            : [{ type: 'hardBreak' }, { type: 'text', text: line }],
        ),
      }));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), (content) => {
        const article = makeArticle({ body: { type: 'doc', content } });
        expect(reading(roundTrip(article, context).read.fields)).toEqual(reading(article));
      }),
      { numRuns: 50 },
    );
  });

  it.skipIf(noSeed)('writes the seed page back as it was published', () => {
    const seed = readFileSync(seedFile, 'utf8');
    const first = parsePlainTextPage(seed);
    const publication = { ...PUBLICATION, defaultAuthor: '' };
    const exportContext = { publication, ticker: tickerOf(first.report.tickerHeadlines) };
    const text = renderPlainText(fromFields(first.fields), exportContext);
    expect(text.trimEnd()).toBe(seed.trimEnd());
    const second = parsePlainTextPage(text);
    expect(reading(second.fields)).toEqual(reading(first.fields));
    expect(second.report.tickerHeadlines).toEqual(first.report.tickerHeadlines);
  });

  it.skipIf(noKhmer)('writes the Khmer page back with its Khmer dateline', () => {
    const page = readFileSync(khmerFile, 'utf8');
    const first = parsePlainTextPage(page);
    expect(first.fields.dateline).toBe('ភ្នំពេញ');
    const publication = { ...PUBLICATION, defaultAuthor: '' };
    const text = renderPlainText(fromFields(first.fields), { publication });
    expect(text.trimEnd()).toBe(page.trimEnd());
    const second = parsePlainTextPage(text);
    expect(reading(second.fields)).toEqual(reading(first.fields));
    expect(second.fields.language).toBe('km');
  });
});
