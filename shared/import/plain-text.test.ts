import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleBody } from '../article';
import { docToPlainText } from '../text/doc-text';
import { parsePlainTextPage } from './plain-text';

// Real published pages live beside the project, never inside it.
const fixtures = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures');
const seedFile = path.join(fixtures, 'seed-article.txt');
const khmerFile = path.join(fixtures, 'khmer-article.txt');
const noFixtures = !existsSync(seedFile) || !existsSync(khmerFile);
const xssFile = path.join(fixtures, 'xss-payloads.json');

const paragraphs = (body: ArticleBody) => docToPlainText(body).split('\n\n');

describe('parsePlainTextPage on the published pages', () => {
  it.skipIf(noFixtures)('reads the seed page: ticker, headline, dateline, body, related', () => {
    const { fields, report, relatedTitles } = parsePlainTextPage(readFileSync(seedFile, 'utf8'));
    expect(report.tickerHeadlines).toHaveLength(5);
    expect(report.tickerHeadlines[0]).toBe(
      'Cambodia and South Korea Discuss Enhancing Investment Collaboration',
    );
    expect(report.tickerHeadlines.at(-1)).toMatch(/Calls for Peacekeeping$/);
    expect(fields.headline).toBe(
      'CHRC Rejects International Allegations of Deteriorating Human Rights',
    );
    expect(fields.dateline).toBe('Phnom Penh');
    expect(fields.language).toBe('en');
    const body = paragraphs(fields.body);
    expect(body).toHaveLength(8);
    expect(body[0]).toMatch(/^Mr\. Keo Remy, President of the Cambodian/);
    expect(body.at(-1)).toMatch(/ultimately avoiding conflict\.$/);
    expect(docToPlainText(fields.body)).not.toContain('Related News');
    expect(report.recognised).toMatchObject({
      paragraphs: 8,
      relatedSection: true,
      relatedLinks: 0,
    });
    expect(fields.related).toEqual([]);
    expect(relatedTitles).toEqual([]);
    expect(report.notices).toEqual([]);
  });

  it.skipIf(noFixtures)('reads the Khmer page and keeps its text exactly', () => {
    const text = readFileSync(khmerFile, 'utf8');
    const { fields, report } = parsePlainTextPage(text);
    expect(fields.language).toBe('km');
    expect(fields.dateline).toBe('ភ្នំពេញ');
    expect(fields.headline).toBe(text.split('\n')[0]);
    expect(report.recognised.relatedSection).toBe(true);

    // The body is the page's paragraphs, the first without "ភ្នំពេញ ៖ ", character for character.
    const source = text.split('\n\n').slice(1, -1);
    const expected = [source[0]!.replace(/^ភ្នំពេញ ៖ /, ''), ...source.slice(1)];
    expect(paragraphs(fields.body)).toEqual(expected);
    const count = (value: string, char: string) => value.split(char).length - 1;
    const bodyText = docToPlainText(fields.body);
    expect(count(bodyText, '។')).toBe(count(text, '។'));
    expect(count(bodyText, '\u200b')).toBe(count(text, '\u200b'));
  });
});

describe('parsePlainTextPage on other newsroom styles', () => {
  it('reads an agency dateline with date and agency, and a closing byline', () => {
    const page = [
      'Mekong Ferry Service Resumes After Flood Repairs',
      '',
      'PHNOM PENH, June 30 (Xinhua) -- The ferry crossing at Neak Loeung reopened on Sunday after three weeks of repairs.',
      '',
      'Officials said the landing had been rebuilt with a higher ramp.',
      '',
      '(By Sok Dara)',
    ].join('\n');
    const { fields, report } = parsePlainTextPage(page);
    expect(fields.headline).toBe('Mekong Ferry Service Resumes After Flood Repairs');
    expect([fields.dateline, fields.datelineDate, fields.datelineAgency]).toEqual([
      'PHNOM PENH',
      'June 30',
      'Xinhua',
    ]);
    expect(fields.byline).toBe('Sok Dara');
    expect(paragraphs(fields.body)).toEqual([
      'The ferry crossing at Neak Loeung reopened on Sunday after three weeks of repairs.',
      'Officials said the landing had been rebuilt with a higher ramp.',
    ]);
    expect(report.recognised).toMatchObject({
      dateline: 'PHNOM PENH, June 30 (Xinhua)',
      byline: 'Sok Dara',
      paragraphs: 2,
    });
  });

  it('takes several byline lines from the end, in order', () => {
    const page =
      'Night Market Opens\n\nSiem Reap: Stalls opened at dusk.\n\nBy Chan Sophea\nArticle in English by Jane Moore';
    const { fields } = parsePlainTextPage(page);
    expect(fields.byline).toBe('Chan Sophea, Jane Moore');
    expect(fields.dateline).toBe('Siem Reap');
    expect(paragraphs(fields.body)).toEqual(['Stalls opened at dusk.']);
  });

  it('turns related lines with web addresses into links, both layouts', () => {
    const page = [
      'Rice Exports Climb',
      '',
      'Phnom Penh: Exports rose by a fifth.',
      '',
      'Related News',
      'Pepper Growers Find New Buyers - https://news.example.org/pepper',
      'Port Expansion Approved',
      'https://news.example.org/port?id=7.',
      '• Rail Link Study Published: https://news.example.org/rail',
    ].join('\n');
    const { fields, report } = parsePlainTextPage(page);
    expect(fields.related.map(({ title, target }) => ({ title, target }))).toEqual([
      {
        title: 'Pepper Growers Find New Buyers',
        target: { kind: 'url', url: 'https://news.example.org/pepper' },
      },
      {
        title: 'Port Expansion Approved',
        target: { kind: 'url', url: 'https://news.example.org/port?id=7' },
      },
      {
        title: 'Rail Link Study Published',
        target: { kind: 'url', url: 'https://news.example.org/rail' },
      },
    ]);
    expect(new Set(fields.related.map((link) => link.id)).size).toBe(3);
    expect(fields.related.every((link) => link.titleEdited === false)).toBe(true);
    expect(report.recognised.relatedLinks).toBe(3);
    expect(paragraphs(fields.body)).toEqual(['Exports rose by a fifth.']);
  });

  it('links a related title to the library article with that headline, or keeps it in the body', () => {
    const page =
      'Budget Passed\n\nThe vote was close.\n\nRelated News\n\nbridge tolls cut\n\nA Story Nobody Wrote';
    const library = new Map([['bridge tolls cut', 'article-1234']]);
    const { fields, report, relatedTitles } = parsePlainTextPage(page, {
      findArticle: (title) => library.get(title.toLowerCase()),
    });
    expect(fields.related).toEqual([
      expect.objectContaining({
        title: 'bridge tolls cut',
        target: { kind: 'article', articleId: 'article-1234' },
      }),
    ]);
    expect(relatedTitles).toEqual(['A Story Nobody Wrote']);
    expect(paragraphs(fields.body)).toEqual([
      'The vote was close.',
      'Related News',
      'A Story Nobody Wrote',
    ]);
    expect(report.notices).toEqual([
      '1 line under “Related News” had no web address and matched no headline in the library, so it was kept at the end of the body.',
    ]);
  });

  it('keeps related lines whose address is not a web page in the body', () => {
    const page =
      'Headline\n\nBody.\n\nRelated News\nBad - javascript:alert(1)\nFile - ftp://example.org/x';
    const { fields, relatedTitles } = parsePlainTextPage(page);
    expect(fields.related).toEqual([]);
    expect(relatedTitles).toEqual(['Bad - javascript:alert(1)', 'File - ftp://example.org/x']);
    expect(docToPlainText(fields.body)).toContain('javascript:alert(1)');
  });

  it('reads Windows line endings the same as Unix ones', () => {
    const unix = 'One | Two |\n\nHeadline Here\n\nPhnom Penh: First.\n\nSecond.\n\n(By Sok Dara)\n';
    const windows = parsePlainTextPage(unix.replaceAll('\n', '\r\n'));
    const plain = parsePlainTextPage(unix);
    expect(windows.fields).toEqual(plain.fields);
    expect(windows.report).toEqual(plain.report);
    expect(docToPlainText(windows.fields.body)).not.toContain('\r');
  });

  it('reads a page without blank lines as one paragraph per line', () => {
    const page =
      'Heat Wave Warning\nBattambang: Schools will close early.\nThe ministry asked parents to keep children indoors.';
    const { fields } = parsePlainTextPage(page);
    expect(fields.headline).toBe('Heat Wave Warning');
    expect(fields.dateline).toBe('Battambang');
    expect(paragraphs(fields.body)).toEqual([
      'Schools will close early.',
      'The ministry asked parents to keep children indoors.',
    ]);
  });

  it('keeps single line breaks inside a paragraph as line breaks', () => {
    const { fields } = parsePlainTextPage('Headline\n\nLine one\nline two\n\nNext paragraph.');
    expect(fields.body.content?.[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Line one' },
        { type: 'hardBreak' },
        { type: 'text', text: 'line two' },
      ],
    });
  });

  it('treats a page that opens with its datelined lead as having no headline', () => {
    const { fields } = parsePlainTextPage('Kampot: The salt harvest began early this year.');
    expect(fields.headline).toBe('');
    expect(fields.dateline).toBe('Kampot');
    expect(paragraphs(fields.body)).toEqual(['The salt harvest began early this year.']);
  });
});

describe('parsePlainTextPage on odd input', () => {
  it('gives an empty article for empty or blank text', () => {
    for (const text of ['', '\n\n  \r\n\t', '\ufeff']) {
      const { fields, report } = parsePlainTextPage(text);
      expect(fields.headline).toBe('');
      expect(fields.body).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
      expect(report.recognised.paragraphs).toBe(0);
      expect(report.tickerHeadlines).toEqual([]);
    }
  });

  it('reads a text that is only a ticker line', () => {
    const { fields, report } = parsePlainTextPage('Rains Arrive Early | Fuel Prices Fall |');
    expect(report.tickerHeadlines).toEqual(['Rains Arrive Early', 'Fuel Prices Fall']);
    expect(fields.headline).toBe('');
    expect(report.recognised.paragraphs).toBe(0);
  });

  it('reads a text that is only a headline', () => {
    const { fields, report } = parsePlainTextPage('Election Results Due Friday\n');
    expect(fields.headline).toBe('Election Results Due Friday');
    expect(report.recognised).toMatchObject({
      headline: 'Election Results Due Friday',
      paragraphs: 0,
    });
    expect(report.recognised.dateline).toBeUndefined();
  });

  it('drops a byte-order mark', () => {
    const { fields } = parsePlainTextPage('\ufeffHeadline With Mark\n\nBody text.');
    expect(fields.headline).toBe('Headline With Mark');
  });

  it('keeps zero-width spaces where they were', () => {
    const { fields } = parsePlainTextPage(
      'ចំណងជើង\n\nភ្នំពេញ៖ ពាក្យ\u200bមួយ\u200bទៀត។\n\n\u200bកថាខណ្ឌ\u200b',
    );
    expect(fields.dateline).toBe('ភ្នំពេញ');
    expect(paragraphs(fields.body)).toEqual(['ពាក្យ\u200bមួយ\u200bទៀត។', '\u200bកថាខណ្ឌ\u200b']);
  });

  it('reads markup as text, never as HTML', () => {
    const page = 'Headline <img src=x onerror=alert(1)>\n\n<script>alert(1)</script> & <b>bold</b>';
    const { fields } = parsePlainTextPage(page);
    expect(fields.headline).toBe('Headline <img src=x onerror=alert(1)>');
    expect(fields.body.content).toEqual([
      {
        type: 'paragraph',
        content: [{ type: 'text', text: '<script>alert(1)</script> & <b>bold</b>' }],
      },
    ]);
  });

  it.skipIf(!existsSync(xssFile))('keeps every hostile HTML payload as plain text', () => {
    const { cases } = JSON.parse(readFileSync(xssFile, 'utf8')) as { cases: { payload: string }[] };
    for (const { payload } of cases) {
      const { fields } = parsePlainTextPage(`Headline\n\n${payload}`);
      const json = JSON.stringify(fields.body);
      expect(json, payload).not.toMatch(/"marks"|"type":"(?!doc"|paragraph"|text"|hardBreak")/);
      const kept = [fields.headline, fields.dateline, docToPlainText(fields.body)].join(' ');
      for (const word of payload.split(/\s+/).filter((word) => /^[a-z]{4,}$/i.test(word))) {
        expect(kept, payload).toContain(word);
      }
    }
  });

  it('parses 5 MB of text in well under a second', () => {
    const paragraph =
      'Phnom Penh: A long paragraph of words | with bars, colons: and (brackets) -- dashes. ';
    const big = `Headline\n\n${`${paragraph.repeat(20)}\n\n`.repeat(3_000)}`;
    expect(big.length).toBeGreaterThan(5_000_000);
    const started = performance.now();
    const { report } = parsePlainTextPage(big);
    const elapsed = performance.now() - started;
    expect(report.recognised.paragraphs).toBe(3_000);
    expect(elapsed).toBeLessThan(1_000);
  });

  it('stays fast on one 5 MB line built to trip slow patterns', () => {
    const hostile = `Related News\n${'A - '.repeat(1_300_000)}x`;
    const started = performance.now();
    const { fields } = parsePlainTextPage(`Title\n\n${'Phnom '.repeat(900_000)}:\n\n${hostile}`);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(docToPlainText(fields.body).length).toBeGreaterThan(5_000_000);
  });
});
