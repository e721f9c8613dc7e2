import { describe, expect, it } from 'vitest';
import { matchByline } from './byline';

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
  ])('finds no byline in %j', (line) => {
    expect(matchByline(line)).toBeUndefined();
  });
});
