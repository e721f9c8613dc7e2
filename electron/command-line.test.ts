import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryArgument } from './command-line';

const cwd = path.resolve('/home/reporter');

describe('libraryArgument', () => {
  it('reads --library DIR and --library=DIR, resolved against the working folder', () => {
    expect(libraryArgument(['electron', '.', '--library', 'news'], cwd)).toBe(
      path.join(cwd, 'news'),
    );
    expect(libraryArgument(['Dateline', '--library=/srv/news'], cwd)).toBe(
      path.resolve('/srv/news'),
    );
  });

  it('is undefined when the option is missing or has no value', () => {
    expect(libraryArgument(['electron', '.'], cwd)).toBeUndefined();
    expect(libraryArgument(['electron', '.', '--library'], cwd)).toBeUndefined();
    expect(libraryArgument(['electron', '.', '--library='], cwd)).toBeUndefined();
    expect(libraryArgument(['electron', '.', '--library-path', 'x'], cwd)).toBeUndefined();
  });
});
