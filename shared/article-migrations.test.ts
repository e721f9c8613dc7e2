// Older article files read into the current schema, field by field.
import { describe, expect, it } from 'vitest';
import { ArticleSchema, ARTICLE_SCHEMA_VERSION } from './article';
import { migrateArticle } from './article-migrations';

const versionTwo = (dateline: unknown) => ({
  schemaVersion: 2,
  id: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6',
  revision: 4,
  createdAt: '2025-11-20T03:00:00.000Z',
  updatedAt: '2025-11-21T03:00:00.000Z',
  headline: 'Ferry returns',
  shortHeadline: '',
  standfirst: '',
  byline: 'Sok Dara',
  dateline,
  body: { type: 'doc', content: [{ type: 'paragraph' }] },
  language: 'en',
  related: [],
  section: '',
  tags: [],
  notes: '',
  status: 'draft',
});

describe('migrateArticle to version 3', () => {
  it.each([
    ['PHNOM PENH, June 30 (Xinhua)', 'PHNOM PENH', 'June 30', 'Xinhua'],
    ['Phnom Penh, December 3, 2010 AKP', 'Phnom Penh', '2010-12-03', 'AKP'],
    ['Kampong Cham, Dec. 22', 'Kampong Cham', 'Dec. 22', ''],
    ['WASHINGTON (AP)', 'WASHINGTON', '', 'AP'],
    ['Phnom Penh', 'Phnom Penh', '', ''],
    ['ភ្នំពេញ', 'ភ្នំពេញ', '', ''],
    ['', '', '', ''],
    ['on the road, 10 km out', 'on the road, 10 km out', '', ''],
  ])('keeps the dateline %j as its place, date and agency', (old, place, date, agency) => {
    const migrated = ArticleSchema.parse(migrateArticle(versionTwo(old)));
    expect(migrated.schemaVersion).toBe(ARTICLE_SCHEMA_VERSION);
    expect([migrated.dateline, migrated.datelineDate, migrated.datelineAgency]).toEqual([
      place,
      date,
      agency,
    ]);
    expect(migrated.headline).toBe('Ferry returns');
    expect(migrated.revision).toBe(4);
  });

  it('brings a version 1 file through both steps', () => {
    const {
      shortHeadline: _s,
      section: _c,
      tags: _t,
      notes: _n,
      ...rest
    } = versionTwo('SIEM REAP (AFP)');
    const migrated = ArticleSchema.parse(migrateArticle({ ...rest, schemaVersion: 1 }));
    expect([migrated.dateline, migrated.datelineAgency, migrated.tags]).toEqual([
      'SIEM REAP',
      'AFP',
      [],
    ]);
  });

  it('leaves a dateline that is not text for the schema to refuse', () => {
    expect(ArticleSchema.safeParse(migrateArticle(versionTwo(42))).success).toBe(false);
  });
});

describe('migrateArticle to version 4', () => {
  const versionThree = (status: string) => ({
    ...versionTwo('Phnom Penh'),
    schemaVersion: 3,
    datelineDate: '',
    datelineAgency: '',
    status,
  });

  it('reads an approved version 3 file with no approval record and no corrections', () => {
    const migrated = ArticleSchema.parse(migrateArticle(versionThree('approved')));
    expect(migrated.schemaVersion).toBe(4);
    expect(migrated.status).toBe('approved');
    expect(migrated.approval).toBeUndefined();
    expect(migrated.corrections ?? []).toEqual([]);
    expect(migrated.headline).toBe('Ferry returns');
  });

  it('refuses a version 4 file whose correction has no note', () => {
    const article = {
      ...versionThree('approved'),
      schemaVersion: 4,
      corrections: [{ at: '2026-12-02T03:00:00.000Z', by: 'Dara', note: ' ', summary: '' }],
    };
    expect(ArticleSchema.safeParse(migrateArticle(article)).success).toBe(false);
  });
});
