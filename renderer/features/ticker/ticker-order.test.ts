import { describe, expect, it } from 'vitest';
import type { TickerItem } from '../../../shared/ticker';
import { publishedOrder } from '../../../shared/ticker';
import { moveById, moveItem, setBreaking, tickerLine } from './ticker-order';

const item = (id: string, text = id, breaking = false): TickerItem => ({ id, text, breaking });
const ids = (items: readonly { id: string }[]) => items.map((entry) => entry.id);

describe('moveItem', () => {
  const list = ['a', 'b', 'c', 'd'];

  it('moves an entry up, down, to the top and to the bottom', () => {
    expect(moveItem(list, 2, 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(list, 0, 1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveItem(list, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveItem(list, 0, 3)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('clamps the target, and returns the same array when nothing moves', () => {
    expect(moveItem(list, 0, -1)).toBe(list);
    expect(moveItem(list, 3, 9)).toBe(list);
    expect(moveItem(list, 1, 1)).toBe(list);
    expect(moveItem(list, 5, 0)).toBe(list);
    expect(moveItem(list, 1, -5)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('never changes the array it was given', () => {
    const frozen = Object.freeze([...list]);
    expect(moveItem(frozen, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(frozen).toEqual(list);
  });
});

describe('moveById', () => {
  const items = [item('one'), item('two'), item('three')];

  it('moves by id, one place at a time', () => {
    expect(ids(moveById(items, 'three', -1))).toEqual(['one', 'three', 'two']);
    expect(ids(moveById(items, 'one', 1))).toEqual(['two', 'one', 'three']);
  });

  it('leaves the list alone at its ends or for an unknown id', () => {
    expect(moveById(items, 'one', -1)).toBe(items);
    expect(moveById(items, 'three', 1)).toBe(items);
    expect(moveById(items, 'missing', 1)).toBe(items);
  });
});

describe('setBreaking', () => {
  it('marks one item and unmarks the one that was breaking', () => {
    const items = [item('one', 'One', true), item('two'), item('three')];
    const next = setBreaking(items, 'three', true);
    expect(next.map((entry) => entry.breaking)).toEqual([false, false, true]);
    // Items that did not change keep their identity, so their rows need not re-render.
    expect(next[1]).toBe(items[1]);
  });

  it('unmarks without marking anything else', () => {
    const items = [item('one', 'One', true), item('two')];
    expect(setBreaking(items, 'one', false).map((entry) => entry.breaking)).toEqual([false, false]);
  });
});

describe('publishedOrder and tickerLine', () => {
  it('puts the breaking item first and keeps the rest in order', () => {
    const items = [item('one', 'One'), item('two', 'Two'), item('three', 'Three', true)];
    expect(ids(publishedOrder(items))).toEqual(['three', 'one', 'two']);
    expect(tickerLine(items)).toBe('Three | One | Two |');
  });

  it('leaves out blank items and trims the rest', () => {
    const items = [item('one', '  One  '), item('two', '   '), item('three', '')];
    expect(tickerLine(items)).toBe('One |');
    expect(tickerLine([])).toBe('');
  });

  it('matches the shape of the seed page', () => {
    const items = [
      item('a', 'Cambodia and South Korea Discuss Enhancing Investment Collaboration'),
      item('b', 'Groundbreaking of Bakheng Water Treatment Plant Phase 3 Set for May'),
    ];
    expect(tickerLine(items)).toBe(
      'Cambodia and South Korea Discuss Enhancing Investment Collaboration | Groundbreaking of Bakheng Water Treatment Plant Phase 3 Set for May |',
    );
  });
});
