import { describe, expect, it } from 'vitest';
import { joinDateline, matchDateline, splitDateline } from './dateline';

/** The dateline found, as one line, and the text the paragraph keeps. */
function read(paragraph: string) {
  const found = matchDateline(paragraph);
  return found && { dateline: joinDateline(found), rest: paragraph.slice(found.length) };
}

describe('matchDateline', () => {
  it.each([
    ['Phnom Penh: Mr. Keo Remy spoke.', 'Phnom Penh', 'Mr. Keo Remy spoke.'],
    ['SIEM REAP: Visitors returned.', 'SIEM REAP', 'Visitors returned.'],
    ['Kampong Cham, Dec. 22: Water rose.', 'Kampong Cham, Dec. 22', 'Water rose.'],
    ['Rio de Janeiro: Crowds gathered.', 'Rio de Janeiro', 'Crowds gathered.'],
    [
      'PHNOM PENH, June 30 (Xinhua) -- The ferry reopened.',
      'PHNOM PENH, June 30 (Xinhua)',
      'The ferry reopened.',
    ],
    ['WASHINGTON (AP) — Talks resumed.', 'WASHINGTON (AP)', 'Talks resumed.'],
    ['WASHINGTON—Talks resumed.', 'WASHINGTON', 'Talks resumed.'],
    ['BANGKOK - Prices fell.', 'BANGKOK', 'Prices fell.'],
    ['Hanoi (Reuters) - Exports grew.', 'Hanoi (Reuters)', 'Exports grew.'],
    ['ភ្នំពេញ ៖ សម្ដេច\u200bបាន\u200bថ្លែង។', 'ភ្នំពេញ', 'សម្ដេច\u200bបាន\u200bថ្លែង។'],
    ['ភ្នំពេញ៖ សម្ដេច', 'ភ្នំពេញ', 'សម្ដេច'],
    ['ខេត្ត សៀមរាប ៖ ភ្ញៀវ', 'ខេត្ត សៀមរាប', 'ភ្ញៀវ'],
  ])('reads %j', (paragraph, dateline, rest) => {
    expect(read(paragraph)).toEqual({ dateline, rest });
  });

  it('keeps a zero-width space that follows the Khmer dateline in the text', () => {
    expect(read('ភ្នំពេញ ៖ \u200bសម្ដេច')).toEqual({ dateline: 'ភ្នំពេញ', rest: '\u200bសម្ដេច' });
  });

  it('takes the place, date and agency apart', () => {
    expect(matchDateline('PHNOM PENH, June 30 (Xinhua) -- The ferry')).toEqual({
      place: 'PHNOM PENH',
      date: 'June 30',
      agency: 'Xinhua',
      length: 'PHNOM PENH, June 30 (Xinhua) -- '.length,
    });
    expect(matchDateline('Kampong Cham, Dec. 22: Water rose.')).toMatchObject({
      place: 'Kampong Cham',
      date: 'Dec. 22',
    });
  });

  it.each([
    'The minister said: "We will act."',
    'Note: this story was updated.',
    'Mr. Keo Remy: a profile.',
    'Phnom Penh is hot today.',
    'In Phnom Penh: crowds.',
    'Prices rose - again.',
    '10:30 was the hour.',
    '',
  ])('finds no dateline in %j', (paragraph) => {
    expect(matchDateline(paragraph)).toBeUndefined();
  });

  it('does not read a dateline over a line break', () => {
    // Found by the export-then-import property: the comma's space ran into the next line.
    expect(matchDateline('E,\nxenofva” - 8841 vfyxmvwtp”')).toBeUndefined();
    expect(matchDateline('NOTICE\n— the office is closed')).toBeUndefined();
    expect(matchDateline('Kampot (AP)\n- rain')).toBeUndefined();
    expect(read('Phnom Penh:\nThe ferry reopened.')).toEqual({
      dateline: 'Phnom Penh',
      rest: 'The ferry reopened.',
    });
  });

  it('splits a dateline typed on its own, and keeps text that is not one whole', () => {
    expect(splitDateline('PHNOM PENH, June 30 (Xinhua)')).toEqual({
      place: 'PHNOM PENH',
      date: 'June 30',
      agency: 'Xinhua',
    });
    expect(splitDateline('Phnom Penh, December 3, 2010 AKP')).toEqual({
      place: 'Phnom Penh',
      date: '2010-12-03',
      agency: 'AKP',
    });
    expect(splitDateline(' Kratie ')).toEqual({ place: 'Kratie' });
    expect(splitDateline('ភ្នំពេញ')).toEqual({ place: 'ភ្នំពេញ' });
    expect(splitDateline('near the border, 10 km out')).toEqual({
      place: 'near the border, 10 km out',
    });
    expect(splitDateline('Note')).toEqual({ place: 'Note' });
  });

  it('looks only at the start of a long paragraph', () => {
    const long = `${'word '.repeat(100_000)}PHNOM PENH: late`;
    const started = performance.now();
    expect(matchDateline(long)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(50);
  });
});
