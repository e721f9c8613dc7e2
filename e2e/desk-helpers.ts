// Real desk processes and people for the desk's end-to-end tests: the built desk server in a
// temp data folder, invites made with the command line, and a web host per person.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { projectRoot, startWebApp, type RunningApp } from './hosts';

const run = promisify(execFile);

export interface DeskServer {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts `node dist-electron/desk.mjs`; on `port` (to restart it where it was) or any free one. */
export async function startDesk(dataDir: string, port = 0): Promise<DeskServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      path.join(projectRoot, 'dist-electron', 'desk.mjs'),
      '--data',
      dataDir,
      '--port',
      String(port),
    ],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (chunk) => (err += String(chunk)));
    child.stdout!.on('data', (chunk) => {
      out += String(chunk);
      const found = /Dateline desk is running at (\S+)/.exec(out);
      if (found) resolve(found[1]!);
    });
    child.once('exit', (code) => reject(new Error(`The desk exited with ${code}: ${err}`)));
  });
  return {
    url,
    port: Number(new URL(url).port),
    dataDir,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** `dateline desk invite NAME --role ROLE --data DIR`, as an editor runs it; returns the code. */
export async function invite(dataDir: string, name: string, role: 'reporter' | 'editor') {
  const { stdout } = await run(process.execPath, [
    path.join(projectRoot, 'dist-electron', 'cli.mjs'),
    'desk',
    'invite',
    name,
    '--role',
    role,
    '--data',
    dataDir,
  ]);
  const code = /: ([0-9a-f-]{32,})\s*$/m.exec(stdout)?.[1];
  if (!code) throw new Error(`No invite code in: ${stdout}`);
  return code;
}

export interface Person {
  name: string;
  page: Page;
  app: RunningApp;
  libraryDir: string;
  userDataDir: string;
}

/** A web host with its own library and settings folders, joined to the desk from Settings. */
export async function personOnDesk(
  browser: Browser,
  desk: DeskServer,
  name: string,
  role: 'reporter' | 'editor',
): Promise<Person> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), `dateline-desk-${role}-`));
  const libraryDir = path.join(scratch, 'library');
  const userDataDir = path.join(scratch, 'user-data');
  const app = await startWebApp(browser, libraryDir, userDataDir);
  const { page } = app;
  const code = await invite(desk.dataDir, name, role);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('The desk’s address').fill(desk.url);
  await page.getByLabel('Invite code').fill(code);
  await page.getByRole('button', { name: 'Join the desk' }).click();
  await expect(page.getByText(`On the desk as ${name} (${role})`)).toBeVisible();
  return { name, page, app, libraryDir, userDataDir };
}

/** A new desk with a reporter (Sokha) and an editor (Dara) on it, each in their own web host. */
export async function startDeskTeam(
  browser: Browser,
): Promise<{ desk: DeskServer; reporter: Person; editor: Person }> {
  const desk = await startDesk(await mkdtemp(path.join(os.tmpdir(), 'dateline-desk-data-')));
  const reporter = await personOnDesk(browser, desk, 'Sokha', 'reporter');
  const editor = await personOnDesk(browser, desk, 'Dara', 'editor');
  return { desk, reporter, editor };
}

export function deskStatus(page: Page) {
  return page.getByRole('contentinfo').getByRole('status');
}

export function body(page: Page) {
  return page.getByRole('textbox', { name: 'Body' });
}

/** The body's text as a reader sees it: other people's carets (and their name labels) left out. */
export function bodyText(page: Page): Promise<string> {
  return body(page).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const caret of copy.querySelectorAll('.desk-caret')) caret.remove();
    return [...copy.children].map((block) => block.textContent).join('\n');
  });
}

/** An item of the sidebar, by its label. */
export function sidebarItem(page: Page, name: string): Locator {
  return page.getByRole('navigation').getByRole('button', { name, exact: true });
}

/** The article settings panel, opened first when it is closed. */
export async function articleSettings(page: Page): Promise<Locator> {
  const panel = page.getByRole('complementary', { name: 'Article settings' });
  if (!(await panel.isVisible())) {
    await page.getByRole('button', { name: 'Article settings', exact: true }).click();
  }
  await expect(panel).toBeVisible();
  return panel;
}

/** Text in the Preview frame's page, read from the app page (the frame runs no scripts). */
export function previewText(
  page: Page,
  selector: string,
  frameTitle = 'Page preview',
): Promise<string | undefined> {
  return page
    .getByTitle(frameTitle)
    .evaluate(
      (frame, query) =>
        (frame as HTMLIFrameElement).contentDocument?.querySelector(query)?.textContent ??
        undefined,
      selector,
    );
}

/** The article files in a person's library folder whose headline starts with `headline`. */
export async function storedArticle(
  person: Person,
  headline: string,
): Promise<Record<string, unknown> | undefined> {
  const folder = path.join(person.libraryDir, 'articles');
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json'));
  const all = await Promise.all(
    names.map(async (name) => JSON.parse(await readFile(path.join(folder, name), 'utf8'))),
  );
  return all.find((article) => String(article.headline).startsWith(headline));
}

/** The interface's words in `locale`, by id, as the catalogs hold them. */
export async function interfaceWords(locale: 'en' | 'km'): Promise<Record<string, string>> {
  const folder = path.join(projectRoot, 'renderer', 'i18n', locale);
  const files = (await readdir(folder)).filter((name) => name.endsWith('.json'));
  const catalogs = await Promise.all(
    files.map(async (name) => JSON.parse(await readFile(path.join(folder, name), 'utf8'))),
  );
  return Object.assign({}, ...catalogs) as Record<string, string>;
}
