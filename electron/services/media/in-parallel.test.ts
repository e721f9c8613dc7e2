import { describe, expect, it } from 'vitest';
import { inParallel } from './in-parallel';

describe('inParallel', () => {
  it('runs no more jobs at once than its limit, and answers in the items’ order', async () => {
    let running = 0;
    let most = 0;
    const answers = await inParallel([5, 1, 4, 2, 3, 0], 2, async (wait, index) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((done) => setTimeout(done, wait));
      running -= 1;
      return `${index}:${wait}`;
    });
    expect(most).toBe(2);
    expect(answers).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:0']);
  });

  it('answers nothing for no items', async () => {
    expect(await inParallel([], 3, async () => 1)).toEqual([]);
  });
});
