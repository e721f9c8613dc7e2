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
