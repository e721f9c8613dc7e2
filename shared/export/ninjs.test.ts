import { describe, expect, it } from 'vitest';
import { countCharacters, countWords } from '../text/counts';
import { renderFragment, renderNinjs, type ExportContext } from './index';
import {
  makeArticle,
  PUBLICATION,
  resolveArticle,
  TICKER,
} from '../../test-support/shared/sample-articles';

const context: ExportContext = { publication: PUBLICATION, ticker: TICKER, resolveArticle };

// Every property ninjs 2.1 defines at the top level; the schema allows no others.
const NINJS_2_1_PROPERTIES = new Set(
  'uri type representationtype profile version firstcreated versioncreated contentcreated embargoed pubstatus urgency copyrightholder copyrightnotice usageterms ednote language descriptions bodies headlines people organisations places subjects events objects infosources title by slugline located renditions associations altids trustindicators standard genres expires rightsinfo'.split(
    ' ',
  ),
);

describe('renderNinjs', () => {
  const item = renderNinjs(makeArticle(), context);

  it('uses only ninjs 2.1 properties, and never the editorial note', () => {
    for (const key of Object.keys(item)) expect(NINJS_2_1_PROPERTIES).toContain(key);
    expect(item).not.toHaveProperty('ednote');
  });

  it('describes the article', () => {
    // The story without its dateline, which `located` carries.
    const html = renderFragment(makeArticle({ dateline: '' }), context);
    expect(item).toEqual({
      uri: 'tag:news.example.org,2025-11-24:article:river-pumps-0001',
      standard: {
        name: 'ninjs',
        version: '2.1',
        schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json#',
      },
      type: 'text',
      representationtype: 'full',
      version: '4',
      firstcreated: '2025-11-24T10:00:00.000Z',
      versioncreated: '2025-11-24T20:30:00.000Z',
      pubstatus: 'usable',
      language: 'en',
      headlines: [
        { role: 'main', value: 'Farmers Share Solar Pumps Along the Sangkae' },
        { role: 'short', value: 'Farmers share solar pumps' },
      ],
      descriptions: [
        {
          role: 'summary',
          contenttype: 'text/plain',
          value: 'Forty families pooled their savings to water their paddies on sunlight.',
        },
      ],
      bodies: [
        { role: 'main', contenttype: 'text/html', value: html, charcount: 155, wordcount: 25 },
        {
          role: 'main',
          contenttype: 'text/plain',
          value:
            'A cooperative of rice farmers has installed six solar pumps, officials said on Tuesday.\n\nThe pumps replace diesel engines that families rented by the hour.',
          charcount: 155,
          wordcount: 25,
        },
      ],
      by: 'Sok Chan and Jane Doe',
      located: 'Battambang',
      subjects: [
        { name: 'Business', rel: 'section' },
        { name: 'farming', rel: 'tag' },
        { name: 'energy', rel: 'tag' },
      ],
      renditions: [
        {
          name: 'web',
          href: 'https://news.example.org/farmers-share-solar-pumps-along-the-sangkae.html',
          contenttype: 'text/html',
        },
      ],
      copyrightholder: 'Mekong Evening Post',
    });
  });

  it('counts the very text each body holds, as the editor and the library count the story', () => {
    for (const language of ['en', 'km']) {
      const article = makeArticle({
        language,
        dateline: language === 'km' ? 'ភ្នំពេញ' : 'Battambang',
        body: {
          type: 'doc',
          content: ['ភ្លៀងបានធ្លាក់អស់រយៈពេលបីម៉ោង ។', 'Rain fell for three hours.'].map((text) => ({
            type: 'paragraph',
            content: [{ type: 'text', text }],
          })),
        },
      });
      const plain = renderNinjs(article, context).bodies[1]!;
      expect(plain.wordcount).toBe(countWords(plain.value, language));
      expect(plain.charcount).toBe(countCharacters(plain.value));
    }
  });

  it('names the item without a site address too', () => {
    const bare = renderNinjs(makeArticle({ standfirst: '', tags: [], section: '' }), {
      publication: { ...PUBLICATION, siteUrl: '', name: '' },
    });
    expect(bare.uri).toBe('urn:dateline:article:river-pumps-0001');
    for (const key of ['descriptions', 'subjects', 'renditions', 'copyrightholder']) {
      expect(bare).not.toHaveProperty(key);
    }
  });
});
