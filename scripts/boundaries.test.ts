// shared/ runs in both processes, electron/services/ runs without Electron and renderer/lib/
// serves every feature: checks the lint rules that guard this really fire, so loosening the
// config cannot go unnoticed.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('module boundaries', () => {
  it.each([
    ["import { app } from 'electron';", 'shared/probe.ts'],
    ["import fs from 'node:fs';", 'shared/probe.ts'],
    ["import path from 'path';", 'shared/probe.ts'],
    ["import { api } from '../renderer/api/client';", 'shared/probe.ts'],
    ["import { app } from 'electron';", 'electron/services/probe.ts'],
    ["import { app } from 'electron';", 'electron/hosts/probe.ts'],
    ["import fs from 'node:fs';", 'renderer/probe.ts'],
    ["import { SaveQueue } from '../features/editor/save-queue';", 'renderer/lib/probe.ts'],
    [
      "import { EditorScreen } from '../../features/editor/editor-screen';",
      'renderer/lib/x/probe.ts',
    ],
    ["import fs from 'node:fs';", 'renderer/lib/probe.ts'],
  ])('refuses %s in %s', async (code, file) => {
    expect(await ruleIds(`${code}\nexport {};\n`, file)).toContain('no-restricted-imports');
  });

  it('refuses DOM globals in shared/', async () => {
    expect(await ruleIds('export const title = document.title;\n', 'shared/probe.ts')).toContain(
      'no-restricted-globals',
    );
  });

  it('allows what each folder may use', async () => {
    expect(
      await ruleIds("import { z } from 'zod';\nexport const s = z.string();\n", 'shared/probe.ts'),
    ).toEqual([]);
    expect(
      await ruleIds(
        "import fs from 'node:fs';\nexport const f = fs;\n",
        'electron/services/probe.ts',
      ),
    ).toEqual([]);
    expect(
      await ruleIds(
        "import { api } from '../api/client';\nexport const a = api;\n",
        'renderer/lib/probe.ts',
      ),
    ).toEqual([]);
  });
});

describe('test support stays out of what ships', () => {
  const TEST_SUPPORT_RULE = '@typescript-eslint/no-restricted-imports';

  it.each([
    ["import { makeArticle } from '../test-support/shared/sample-articles';", 'shared/probe.ts'],
    [
      "import { codeOf } from '../../test-support/electron/services/code-of';",
      'electron/services/probe.ts',
    ],
    [
      "import { rawRequest } from '../test-support/electron/hosts/raw-request';",
      'electron/probe.ts',
    ],
    ["import { testSummary } from '../test-support/shared/sample-articles';", 'renderer/probe.tsx'],
    ["import { ARTICLES } from '../test-support/shared/edition/edition-entries';", 'desk/probe.ts'],
    [
      "import { makeReadOnly } from '../test-support/electron/services/read-only';",
      'scripts/probe.mjs',
    ],
    ["import fc from 'fast-check';", 'shared/probe.ts'],
    ["import { vi } from 'vitest';", 'electron/probe.ts'],
  ])('refuses %s in %s', async (code, file) => {
    expect(await ruleIds(`${code}\nexport {};\n`, file)).toContain(TEST_SUPPORT_RULE);
  });

  it.each([
    'shared/probe.test.ts',
    'electron/services/probe.test.ts',
    'renderer/probe.test.tsx',
    'e2e/probe.spec.ts',
    'reliability/probe.test.ts',
    'test-support/shared/probe.ts',
  ])('lets tests and test support use it: %s', async (file) => {
    const code = "import fc from 'fast-check';\nexport const f = fc;\n";
    expect(await ruleIds(code, file)).not.toContain(TEST_SUPPORT_RULE);
  });
});

describe('words a user reads come from the catalogs', () => {
  const RULE = 'formatjs/no-literal-string-in-jsx';

  it.each([
    ['<p>Saved</p>', 'text'],
    ['<button aria-label="Close">x</button>', 'aria-label'],
    ['<input placeholder="Search" />', 'placeholder'],
    ['<span title="Edited">{n}</span>', 'title'],
    ['<img src={n} alt="A photo" />', 'alt'],
    ['<Dialog title="Export" />', 'a component’s title'],
    ["<p>{n ? 'One article' : 'Articles'}</p>", 'a conditional'],
  ])('refuses %s (%s) in a component', async (jsx) => {
    const code = `export const View = ({ n }: { n: number }) => ${jsx};\n`;
    expect(await ruleIds(code, 'renderer/features/library/probe.tsx')).toContain(RULE);
  });

  it.each(['editor', 'history', 'preflight', 'preview', 'related', 'ticker', 'desk', 'shell'])(
    'covers renderer/features/%s',
    async (feature) => {
      const code = 'export const View = () => <p>Saved</p>;\n';
      expect(await ruleIds(code, `renderer/features/${feature}/probe.tsx`)).toContain(RULE);
    },
  );

  it('allows words from the catalogs, and literals in tests', async () => {
    const worded = `export const View = ({ t }: { t: (id: string) => string }) => (
  <button aria-label={t('common.close')}>{t('common.close')}</button>
);\n`;
    expect(await ruleIds(worded, 'renderer/features/library/probe.tsx')).toEqual([]);
    const literal = 'export const View = () => <p>Saved</p>;\n';
    expect(await ruleIds(literal, 'renderer/features/library/probe.test.tsx')).not.toContain(RULE);
  });
});
