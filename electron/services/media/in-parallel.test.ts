import { describe, expect, it } from 'vitest';
import { limitTo } from './in-parallel';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('limitTo', () => {
  it('runs no more jobs at once than its limit, starting them in the order they came', async () => {
    const gate = limitTo(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const answers = await Promise.all(
      [5, 1, 4, 2, 3, 0].map((wait, index) =>
        gate(async () => {
          started.push(index);
          running += 1;
          most = Math.max(most, running);
          await sleep(wait);
          running -= 1;
          return `${index}:${wait}`;
        }),
      ),
    );
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(answers).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:0']);
  });

  it('lets the next job in when one fails', async () => {
    const gate = limitTo(1);
    const failed = gate(async () => {
      throw new Error('broken');
    });
    const next = gate(async () => 'ran');
    await expect(failed).rejects.toThrow('broken');
    expect(await next).toBe('ran');
  });
});
