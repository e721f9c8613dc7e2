// Bylines, sign-offs and wire credits as agencies close their stories, read through the
// plain-text importer; and the dateline's parts kept through an export and a new import.
import { describe, expect, it } from 'vitest';
import { ARTICLE_SCHEMA_VERSION, emptyFields, type Article, type ArticleBody } from '../article';
import { renderPlainText } from '../export/plain-text';
import { DEFAULT_PUBLICATION } from '../publication';
import { docToPlainText } from '../text/doc-text';
import { paragraph, textNode } from './inline';
import { parsePlainTextPage } from './plain-text';

const paragraphs = (body: ArticleBody) => docToPlainText(body).split('\n\n');
const read = (...lines: string[]) =>
  parsePlainTextPage(['Ferry Crossing Reopens', ...lines].join('\n\n'));

describe('credits that close a story', () => {
  it('takes the AKP byline and sign-off, the sign-off naming the dateline’s agency', () => {
    const { fields, report } = read(
      'Phnom Penh, December 3, 2010 -- The crossing reopened on Friday.',
      'Traffic resumed at noon.',
      'Article in English by Sovan Nady',
      '--AKP',
    );
    expect(fields.byline).toBe('Sovan Nady');
    expect([fields.dateline, fields.datelineDate, fields.datelineAgency]).toEqual([
      'Phnom Penh',
      '2010-12-03',
      'AKP',
    ]);
    expect(paragraphs(fields.body)).toEqual([
      'The crossing reopened on Friday.',
      'Traffic resumed at noon.',
    ]);
    expect(report.recognised.dateline).toBe('Phnom Penh, 2010-12-03 (AKP)');
  });

  it('keeps a sign-off as the last line when there is no dateline to carry it', () => {
    const { fields } = read('The crossing reopened on Friday.', 'By Sovan Nady', '-- AKP');
    expect(fields.byline).toBe('Sovan Nady');
    expect(fields.datelineAgency).toBe('');
    expect(paragraphs(fields.body)).toEqual(['The crossing reopened on Friday.', '-- AKP']);
  });

  it('keeps a sign-off from another agency than the dateline’s', () => {
    const { fields } = read('PHNOM PENH, June 5 (Xinhua) -- The crossing reopened.', '--AKP');
    expect(fields.datelineAgency).toBe('Xinhua');
    expect(paragraphs(fields.body)).toEqual(['The crossing reopened.', '--AKP']);
  });

  it('keeps the wire’s credit line and takes the byline from it', () => {
    const credit = '(Reporting by Prak Sokha in Phnom Penh; Editing by Jane Moore)';
    const { fields } = read('PHNOM PENH, Dec 1 (Reuters) - The crossing reopened.', credit);
    expect(fields.byline).toBe('Prak Sokha');
    expect(paragraphs(fields.body)).toEqual(['The crossing reopened.', credit]);
  });

  it('prefers a byline the page gives over the credit line’s names', () => {
    const credit =
      'Reporting by Prak Sokha; Additional reporting by Lim Hout in Bangkok; Writing by Chan Sophea; Editing by Jane Moore';
    const { fields } = read('By Jane Moore', 'BANGKOK (Reuters) - Talks resumed.', credit);
    expect(fields.byline).toBe('Jane Moore');
    expect(paragraphs(fields.body)).toEqual(['Talks resumed.', credit]);
    const noByline = read('BANGKOK (Reuters) - Talks resumed.', credit).fields;
    expect(noByline.byline).toBe('Prak Sokha, Chan Sophea');
  });

  it.each([
    ['ដោយ សុខ ដារា', 'សុខ ដារា'],
    ['អត្ថបទ៖ ឈឹម សុខា', 'ឈឹម សុខា'],
  ])('reads the Khmer byline %j', (line, name) => {
    const { fields } = read('ភ្នំពេញ ៖ អាជ្ញាធរ បានបើកផ្លូវ។', line);
    expect(fields.byline).toBe(name);
    expect(paragraphs(fields.body)).toEqual(['អាជ្ញាធរ បានបើកផ្លូវ។']);
  });
});

describe('the dateline through export and import', () => {
  const article = (dateline: string, datelineDate: string, datelineAgency: string): Article => ({
    ...emptyFields(),
    headline: 'Ferry Crossing Reopens',
    dateline,
    datelineDate,
    datelineAgency,
    language: /[\u1780-\u17ff]/.test(dateline) ? 'km' : 'en',
    body: { type: 'doc', content: [paragraph([textNode('The crossing reopened.')])] },
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6',
    revision: 1,
    createdAt: '2025-11-20T03:00:00.000Z',
    updatedAt: '2025-11-21T03:00:00.000Z',
  });

  it.each([
    ['PHNOM PENH', 'Dec 1', 'Reuters'],
    ['Phnom Penh', '2010-12-03', 'AKP'],
    ['SIEM REAP, Cambodia', '', 'AP'],
    ['Kratie', '', ''],
    ['ភ្នំពេញ', '', 'FN'],
  ])('keeps %j, %j, %j', (place, date, agency) => {
    const text = renderPlainText(article(place, date, agency), {
      publication: DEFAULT_PUBLICATION,
    });
    const { fields } = parsePlainTextPage(text);
    expect([fields.dateline, fields.datelineDate, fields.datelineAgency]).toEqual([
      place,
      date,
      agency,
    ]);
    expect(paragraphs(fields.body)[0]).toBe('The crossing reopened.');
  });
});
