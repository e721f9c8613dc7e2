// The article a new library starts with says it is a sample, where a reporter first meets it.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runCli } from './cli-run';

let scratch: string;
beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'dateline-cli-sample-'));
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function dateline(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    argv,
    { out: (text) => out.push(text), err: (text) => err.push(text) },
    { userData: path.join(scratch, 'user-data') },
  );
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

it('starts a new library with an article whose standfirst says it is a sample to delete', async () => {
  const library = path.join(scratch, 'library');
  // import makes the library; its first article is the sample.
  await dateline('import', '--library', library, path.join(scratch, 'missing.txt'));
  const listed = JSON.parse((await dateline('list', '--json', '--library', library)).stdout);
  expect(listed).toHaveLength(1);
  const shown = JSON.parse(
    (await dateline('show', listed[0].id, '--json', '--library', library)).stdout,
  );
  expect(shown.standfirst).toMatch(/^Sample article: edit it freely or move it to the trash\./);
  const checked = await dateline('check', '--library', library);
  expect(checked.stdout).not.toMatch(/\berror\b/);
});
