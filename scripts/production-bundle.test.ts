// What ships holds no test support: bundles every production entry the way the build does
// (the Node side's five bundles, the import worker and the renderer) and reads esbuild's list
// of what went in; and shows the check names a test-support file when one is imported.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { refuseTestSupport, testSupportIn } from './test-support-inputs.mjs';

const root = path.resolve(import.meta.dirname, '..');
const ENTRIES = [
  'electron/main.ts',
  'electron/preload.ts',
  'electron/hosts/web.ts',
  'electron/hosts/cli.ts',
  'electron/services/import-worker.ts',
  'desk/start.ts',
  'renderer/main.tsx',
];
const scratch = mkdtempSync(path.join(tmpdir(), 'dateline-bundle-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function inputsOf(entryPoints: string[]): Promise<Metafile> {
  const result = await build({
    absWorkingDir: root,
    entryPoints,
    bundle: true,
    write: false,
    outdir: path.join(scratch, 'out'),
    platform: 'node',
    format: 'esm',
    packages: 'external',
    metafile: true,
    logLevel: 'silent',
    // Stylesheets and fonts hold no code; only what they are does not matter here.
    loader: {
      '.css': 'empty',
      '.woff2': 'empty',
      '.woff': 'empty',
      '.svg': 'empty',
      '.png': 'empty',
      // The spelling dictionaries, imported as addresses with Vite's `?url`.
      '.aff': 'empty',
      '.dic': 'empty',
    },
  });
  return result.metafile;
}

describe('the production bundles', () => {
  it('take in no test support and no test library', async () => {
    const metafile = await inputsOf(ENTRIES);
    const inputs = Object.keys(metafile.inputs);
    console.log(`${inputs.length} source files go into the ${ENTRIES.length} production entries`);
    expect(inputs).toContain('shared/api/contract.ts');
    expect(testSupportIn(metafile)).toEqual([]);
    expect(() => refuseTestSupport([{ metafile }])).not.toThrow();
  });

  it('name a test-support file or a test library that an entry imports', async () => {
    const probe = path.join(scratch, 'probe.ts');
    writeFileSync(
      probe,
      `import { makeArticle } from ${JSON.stringify(path.join(root, 'test-support/shared/sample-articles'))};\n` +
        `import fc from 'fast-check';\nconsole.log(makeArticle(), fc);\n`,
    );
    const metafile = await inputsOf([probe]);
    expect(testSupportIn(metafile)).toEqual([
      'fast-check',
      'test-support/shared/sample-articles.ts',
    ]);
    expect(() => refuseTestSupport([{ metafile }])).toThrow(
      /would ship test support.*test-support\/shared\/sample-articles\.ts/,
    );
  });
});
