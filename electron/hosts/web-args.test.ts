import { describe, expect, it } from 'vitest';
import { parseWebArgs, UsageError } from './web-args';

describe('parseWebArgs', () => {
  it('defaults to any free port, the library from settings, and opening a browser', () => {
    expect(parseWebArgs([])).toEqual({ library: undefined, port: 0, open: true, help: false });
  });

  it('reads every option', () => {
    expect(parseWebArgs(['--library', '/tmp/lib', '--port', '8123', '--no-open'])).toEqual({
      library: '/tmp/lib',
      port: 8123,
      open: false,
      help: false,
    });
    expect(parseWebArgs(['--port=0', '--help']).help).toBe(true);
  });

  it.each([
    [['--port', 'abc'], /--port must be a whole number/],
    [['--port', '65536'], /--port must be a whole number/],
    [['--port', '-1'], /--port/],
    [['--port', '80.5'], /--port must be a whole number/],
    [['--library'], /--library/],
    [['--library', ' '], /--library needs a folder/],
    [['--colour'], /--colour/],
    [['stray'], /stray/],
  ])('refuses %j with a clear message', (argv, message) => {
    expect(() => parseWebArgs(argv)).toThrow(UsageError);
    expect(() => parseWebArgs(argv)).toThrow(message);
  });
});
