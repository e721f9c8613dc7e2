import { describe, expect, it } from 'vitest';
import { matchByline, matchCredit, matchSignOff } from './byline';

describe('matchByline', () => {
  it.each([
    ['(By Sok Dara)', 'Sok Dara'],
    ['By Sok Dara', 'Sok Dara'],
    ['By Sok Dara.', 'Sok Dara'],
    ['by Jane Moore', 'Jane Moore'],
    ['Article in English by Jane Moore', 'Jane Moore'],
    ['Reported by Chan Sophea and Jane Moore', 'Chan Sophea and Jane Moore'],
    ['By J.K. Lim, Khmer Times', 'J.K. Lim, Khmer Times'],
    ['By Ludwig van Beethoven', 'Ludwig van Beethoven'],
    ['( By សុខ ដារា )', 'សុខ ដារា'],
    ['Writing by Chan Sophea', 'Chan Sophea'],
    ['Story by Jane Moore', 'Jane Moore'],
    ['ដោយ សុខ ដារា', 'សុខ ដារា'],
    ['ដោយ៖ សុខ ដារា', 'សុខ ដារា'],
    ['អត្ថបទ៖ ឈឹម សុខា', 'ឈឹម សុខា'],
    ['អត្ថបទ ៖ ឈឹម សុខា', 'ឈឹម សុខា'],
    ['អត្ថបទដោយ ឈឹម សុខា', 'ឈឹម សុខា'],
    ['អ្នកយកព័ត៌មាន៖ ឈឹម សុខា', 'ឈឹម សុខា'],
  ])('reads %j', (line, name) => {
    expect(matchByline(line)).toBe(name);
  });

  it.each([
    'By the end of the year, prices had doubled.',
    'By Monday, the water had gone.',
    'Bystanders watched.',
    'By',
    'The article in English',
    `By ${'Name '.repeat(60)}`,
    'ដោយសារតែភ្លៀងធ្លាក់ខ្លាំង',
    'ដោយ មាន ការ ចូលរួម ពី ប្រជាជន ជាច្រើន នាក់',
    'អត្ថបទនេះ បានកែប្រែ។',
    '(Reporting by Sok Dara; Editing by Jane Moore)',
  ])('finds no byline in %j', (line) => {
    expect(matchByline(line)).toBeUndefined();
  });
});

describe('matchCredit', () => {
  it.each([
    ['(Reporting by Sok Dara in Phnom Penh; Editing by Jane Moore)', ['Sok Dara']],
    [
      'Reporting by Sok Dara; Additional reporting by Lim Hout in Bangkok; Writing by Chan Sophea; Editing by Jane Moore',
      ['Sok Dara', 'Chan Sophea'],
    ],
    ['(Editing by Jane Moore)', []],
    ['(Additional reporting by Lim Hout.)', []],
  ])('reads %j', (line, authors) => {
    expect(matchCredit(line)).toEqual(authors);
  });

  it.each(['Reporting was hard by then', 'By Sok Dara', 'Editing by hand; then we left'])(
    'finds no credit in %j',
    (line) => {
      expect(matchCredit(line)).toBeUndefined();
    },
  );
});

describe('matchSignOff', () => {
  it.each([
    ['--AKP', 'AKP'],
    ['-- AKP', 'AKP'],
    ['— AKP', 'AKP'],
    ['(AKP)', 'AKP'],
  ])('reads %j', (line, agency) => {
    expect(matchSignOff(line)).toBe(agency);
  });

  it.each(['AKP', '--akp', '-- The end', '(Photo)'])('finds no sign-off in %j', (line) => {
    expect(matchSignOff(line)).toBeUndefined();
  });
});
