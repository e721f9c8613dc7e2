import { describe, expect, it, vi } from 'vitest';
import { reloadAfterCrash } from './crash-recovery';
import { MockWebContents } from '../test-support/electron/mock-window';

function setup() {
  const contents = new MockWebContents();
  let clock = 0;
  const log = vi.fn();
  reloadAfterCrash(contents as never, log, () => clock);
  const gone = (reason: string) => contents.emit('render-process-gone', {}, { reason });
  return { contents, log, gone, advance: (ms: number) => (clock += ms) };
}

describe('reloadAfterCrash', () => {
  it('loads the page again after it crashed or was killed', () => {
    const { contents, gone, log } = setup();
    gone('crashed');
    gone('killed');
    expect(contents.reload).toHaveBeenCalledTimes(2);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('(crashed); loading it again'));
  });

  it('leaves a page that closed normally alone', () => {
    const { contents, gone } = setup();
    gone('clean-exit');
    expect(contents.reload).not.toHaveBeenCalled();
  });

  it('stops after three crashes in a minute, and tries again once the minute has passed', () => {
    const { contents, gone, advance, log } = setup();
    for (let crash = 0; crash < 5; crash += 1) {
      gone('crashed');
      advance(1_000);
    }
    expect(contents.reload).toHaveBeenCalledTimes(3);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('not reloading it this time'));
    advance(60_000);
    gone('oom');
    expect(contents.reload).toHaveBeenCalledTimes(4);
  });

  it('does nothing for a window already destroyed', () => {
    const { contents, gone } = setup();
    contents.destroy();
    gone('crashed');
    expect(contents.reload).not.toHaveBeenCalled();
  });
});
