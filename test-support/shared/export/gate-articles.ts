// The articles the quality gates export: the two fixture pages, a very long story, one that uses
// every node and mark of the schema and one full of awkward text. Shared by the vitest gates and
// the Playwright specs, so both judge the same pages.
import type { Article, ArticleBody, TipTapNode } from '../../../shared/article';
import type { ExportContext } from '../../../shared/export/types';
import { parsePlainTextPage } from '../../../shared/import/plain-text';
import { checkBody } from '../../../shared/schema/sanitize-body';
import type { Ticker } from '../../../shared/ticker';
import { makeArticle, PUBLICATION, resolveArticle, TICKER } from '../sample-articles';
import { SAMPLE_TABLES, TIMETABLE_TABLE, tableNode } from '../sample-tables';
import { BODY_PHOTO, LEAD_PHOTO, figureNode } from '../sample-photos';

export interface GateCase {
  /** Kebab-case, used as the file name the checker reports. */
  name: string;
  article: Article;
  context: ExportContext;
}

const PUBLISHED_AT = '2025-11-25T02:00:00.000Z';

const text = (value: string, ...marks: string[]): TipTapNode => ({
  type: 'text',
  text: value,
  ...(marks.length > 0 ? { marks: marks.map((type) => ({ type })) } : {}),
});

const linked = (value: string, href: string, ...marks: string[]): TipTapNode => ({
  type: 'text',
  text: value,
  marks: [
    { type: 'link', attrs: { href, rel: 'noopener noreferrer nofollow' } },
    ...marks.map((type) => ({ type })),
  ],
});

const paragraph = (...content: TipTapNode[]): TipTapNode => ({ type: 'paragraph', content });
const heading = (level: 2 | 3, value: string): TipTapNode => ({
  type: 'heading',
  attrs: { level },
  content: [text(value)],
});
const item = (...content: TipTapNode[]): TipTapNode => ({ type: 'listItem', content });
const bullets = (...items: TipTapNode[]): TipTapNode => ({ type: 'bulletList', content: items });
const numbered = (start: number, ...items: TipTapNode[]): TipTapNode => ({
  type: 'orderedList',
  attrs: { start, type: null },
  content: items,
});

/** Every node and mark the schema has, in the places a writer puts them, text that needs escaping included. */
export function everyNodeCase(): GateCase {
  const body: ArticleBody = {
    type: 'doc',
    content: [
      paragraph(
        text('A cooperative of rice farmers has installed '),
        text('six', 'bold'),
        text(' solar pumps, officials said on '),
        text('Tuesday', 'italic'),
        text(', and the '),
        text('first harvest', 'bold', 'italic'),
        text(' is due in March.'),
        { type: 'hardBreak' },
        text('Prices & "costs" fell <sharply>, the ministry said.'),
      ),
      paragraph(
        text('The plan is on the '),
        linked('ministry site', 'http://example.org/plan?year=2025&lang=en'),
        text(', in the '),
        linked('commission report', 'https://www.example.org/report', 'bold'),
        text(' and from '),
        linked('the desk', 'mailto:desk@example.org', 'italic'),
        text('.'),
      ),
      heading(2, 'What the pumps replace'),
      paragraph(text('Families rented diesel engines by the hour.')),
      heading(3, 'The cost of diesel'),
      {
        type: 'blockquote',
        content: [
          paragraph(text('We paid more for fuel than for seed.')),
          paragraph(text('Now the sun does the work.', 'italic')),
        ],
      },
      bullets(
        item(paragraph(text('Six pumps'))),
        item(
          paragraph(text('Forty families')),
          bullets(item(paragraph(text('Twelve in Sangkae'))), item(paragraph(text('Others')))),
          numbered(1, item(paragraph(text('Phase one'))), item(paragraph(text('Phase two')))),
        ),
      ),
      numbered(
        3,
        item(paragraph(text('Install the panels'))),
        item(
          paragraph(text('Lay the pipes')),
          numbered(1, item(paragraph(text('Main line'))), item(paragraph(text('Branches')))),
          bullets(item(paragraph(text('Spare parts', 'bold')))),
        ),
      ),
      tableNode(TIMETABLE_TABLE),
      figureNode(BODY_PHOTO),
      paragraph(text('The cooperative meets again next month.')),
    ],
  };
  const article = makeArticle({
    id: 'every-node-0001',
    headline: 'Farmers Share Solar Pumps Along the Sangkae',
    leadPhoto: LEAD_PHOTO,
    standfirst: 'Forty families pooled their savings to water their paddies on sunlight.',
    byline: 'Sok Chan and Jane Doe',
    dateline: 'Battambang',
    section: 'Business',
    tags: ['farming', 'energy', 'Battambang'],
    body,
    related: [
      {
        id: 'link-article-1',
        title: 'Old title of the flood story',
        titleEdited: false,
        target: { kind: 'article', articleId: 'flood-story-0001' },
      },
      {
        id: 'link-web-0001',
        title: 'Mekong River Commission report',
        titleEdited: true,
        target: { kind: 'url', url: 'https://www.example.org/report' },
      },
      {
        id: 'link-web-0002',
        title: 'Rainfall records',
        titleEdited: true,
        target: { kind: 'url', url: 'http://example.org/rain' },
      },
    ],
  });
  return {
    name: 'every-node',
    article,
    context: {
      publication: PUBLICATION,
      ticker: TICKER,
      resolveArticle,
      publishedAt: PUBLISHED_AT,
    },
  };
}

// Text that must be escaped, or that HTML allows but is easy to get wrong (Khmer with zero-width
// spaces, no-break and line separators, emoji), and the control characters imports really bring:
// Word's manual line break (U+000B) and table-cell mark (U+0007) in text saved from a document,
// and C1 controls (U+0085, U+0093) from Windows-1252 text read as Latin-1.
const AWKWARD = '<b>Fish & "Chips"</b> </script> ]]> <!-- ភ្នំពេញ\u200bថ្ងៃ\u00a0នេះ \u2028 😀';
const CONTROLS = 'Line\u000bbreak, cell\u0007mark, \u0093quoted\u0094 and\u0085next';

/** Every field and list a page prints, filled with awkward text and stray control characters. */
/** Every sample table in one article, and the awkward text in a caption and a cell. */
export function tablesCase(): GateCase {
  const tables = [
    ...SAMPLE_TABLES,
    {
      caption: AWKWARD,
      head: [AWKWARD, 'x'],
      rows: [
        [CONTROLS, ''],
        ['', AWKWARD],
      ],
    },
  ];
  const article = makeArticle({
    id: 'tables-0001',
    headline: 'Councils Count Through the Night',
    body: {
      type: 'doc',
      content: [
        ...tables.map(tableNode),
        paragraph(text('Counting resumes at seven.')),
        { type: 'blockquote', content: [tableNode({ rows: [['In a quote', '1']] })] },
      ],
    },
  });
  return {
    name: 'tables',
    article,
    context: {
      publication: PUBLICATION,
      ticker: TICKER,
      resolveArticle,
      publishedAt: PUBLISHED_AT,
    },
  };
}

export function awkwardTextCase(): GateCase {
  const both = `${AWKWARD} ${CONTROLS}`;
  const article = makeArticle({
    id: 'awkward-text-0001',
    headline: both,
    shortHeadline: both,
    standfirst: both,
    byline: `Sok Chan and ${CONTROLS}`,
    dateline: `Phnom Penh${CONTROLS}`,
    section: both,
    tags: [AWKWARD.slice(0, 60), CONTROLS.slice(0, 60)],
    body: {
      type: 'doc',
      content: [
        paragraph(text(AWKWARD), { type: 'hardBreak' }, text(CONTROLS, 'bold')),
        heading(2, both),
        paragraph(linked(both, 'https://example.org/a?b=1&c="2"')),
      ],
    },
    related: [
      {
        id: 'link-web-0001',
        title: both,
        titleEdited: true,
        target: { kind: 'url', url: 'https://example.org/related' },
      },
    ],
    corrections: [{ at: PUBLISHED_AT, by: 'Sok Chan', note: both, summary: '' }],
  });
  // Export always reads a stored article, and storing runs the body check (which, among other
  // things, percent-encodes the quotes in that link's address); the gate does the same.
  const checked = checkBody(article.body);
  if (!checked.ok) throw new Error(checked.message);
  return {
    name: 'awkward-text',
    article: { ...article, body: checked.body },
    context: {
      publication: { ...PUBLICATION, name: `Mekong ${CONTROLS}` },
      ticker: { items: [{ id: 'tick-0001', text: both, breaking: true }] },
      resolveArticle,
      publishedAt: PUBLISHED_AT,
    },
  };
}

const WORDS =
  'the cooperative farmers water pumps river season harvest ministry province officials said families paddies rice solar panels village market prices rain'.split(
    ' ',
  );

/** A story whose paragraphs hold exactly `words` words, 100 each, under a heading every twenty. */
export function longCase(words = 20_000): GateCase {
  const content: TipTapNode[] = [];
  let written = 0;
  for (let index = 0; written < words; index += 1) {
    if (index % 20 === 0) content.push(heading(2, `Part ${index / 20 + 1}`));
    const count = Math.min(100, words - written);
    const paragraphWords = Array.from(
      { length: count },
      (_, word) => WORDS[(index * 7 + word) % WORDS.length]!,
    );
    // Some marks on the way, so the long page is not only plain paragraphs.
    const [first = '', ...rest] = paragraphWords;
    content.push(
      paragraph(text(first, 'bold'), ...(rest.length > 0 ? [text(` ${rest.join(' ')}`)] : [])),
    );
    written += count;
  }
  return {
    name: 'long-20000-words',
    article: makeArticle({
      id: 'long-story-0001',
      headline: 'Twenty Thousand Words on the Sangkae',
      body: { type: 'doc', content },
    }),
    context: {
      publication: PUBLICATION,
      ticker: TICKER,
      resolveArticle,
      publishedAt: PUBLISHED_AT,
    },
  };
}

/** The fixture files (in ../shared/fixtures beside the clone) the gates read, by case name. */
export const FIXTURE_FILES = {
  'seed-article': 'seed-article.txt',
  'khmer-article': 'khmer-article.txt',
} as const;

export type FixtureName = keyof typeof FIXTURE_FILES;

/** A fixture page read as the importer reads it; the caller reads the file (shared/ has no fs). */
export function fixtureCase(name: FixtureName, pageText: string): GateCase {
  const read = parsePlainTextPage(pageText);
  const article = makeArticle({
    ...read.fields,
    id: `${name}-0001`,
    section: 'National',
    tags: ['politics'],
    notes: '',
    status: 'approved',
  });
  // The page's own ticker line becomes the ticker, its first headline breaking.
  const ticker: Pick<Ticker, 'items'> = {
    items: read.report.tickerHeadlines.map((headline, index) => ({
      id: `tick-${String(index + 1).padStart(4, '0')}`,
      text: headline,
      breaking: index === 0,
    })),
  };
  return {
    name,
    article,
    context: { publication: PUBLICATION, ticker, resolveArticle, publishedAt: PUBLISHED_AT },
  };
}

/** Node and mark types a body uses, to prove the every-node article is what it says. */
export function typesUsed(body: ArticleBody): { nodes: Set<string>; marks: Set<string> } {
  const nodes = new Set<string>();
  const marks = new Set<string>();
  const visit = (node: TipTapNode) => {
    nodes.add(node.type);
    for (const mark of node.marks ?? []) marks.add(mark.type);
    for (const child of node.content ?? []) visit(child);
  };
  visit(body as TipTapNode);
  return { nodes, marks };
}
