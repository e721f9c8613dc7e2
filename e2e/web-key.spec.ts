// The web host's key against a neighbour: another local server, on another port, visited from the
// same browser, is sent cookies (they ignore ports) but nothing that opens Dateline's API.
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { writeLaunchPage } from '../electron/hosts/launch-page';
import { expect, test } from './fixtures';

const KEY_HEADER = 'x-dateline-token';

/** A plain local server that keeps every request's headers, as a hostile tool on the machine would. */
async function startNeighbour(): Promise<{
  server: Server;
  port: number;
  seen: IncomingHttpHeaders[];
}> {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end('<!doctype html><title>Another local tool</title><p>Another local tool</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, seen };
}

/** Calls Dateline's API from outside any browser, with exactly the headers given. */
function callApi(port: number, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path: '/api/listArticles', headers },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

test('a server on another local port is sent nothing that opens the API, and a reload still works', async ({
  app,
}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'the desktop app has no web host');
  const datelinePort = Number(new URL(app.page.url()).port);
  expect(app.page.url()).not.toContain('token=');

  const neighbour = await startNeighbour();
  try {
    const visit = await app.page.context().newPage();
    await visit.goto(`http://127.0.0.1:${neighbour.port}/`);
    await expect(visit.getByText('Another local tool')).toBeVisible();
    await visit.goto(`http://127.0.0.1:${neighbour.port}/second-visit?from=dateline`);
    await visit.close();

    // The browser does send Dateline's cookie there: this is the leak the API must not trust.
    const cookies = neighbour.seen.map((headers) => headers.cookie ?? '');
    expect(cookies.join('; ')).toMatch(new RegExp(`dateline-[a-z]+-${datelinePort}=`));
    testInfo.annotations.push({
      type: 'sent to the other port',
      description: `${neighbour.seen.length} requests; cookies: ${[...new Set(cookies)].join(' | ')}`,
    });

    // Replay everything the neighbour received, and try every value in it as the key.
    const values = new Set<string>();
    for (const headers of neighbour.seen) {
      for (const value of Object.values(headers).flat()) if (value) values.add(value);
      for (const pair of (headers.cookie ?? '').split(';')) {
        values.add(pair.slice(pair.indexOf('=') + 1).trim());
      }
    }
    const attempts: Record<string, string>[] = [];
    for (const headers of neighbour.seen) {
      const replayed = Object.fromEntries(
        Object.entries(headers).map(([name, value]) => [name, String(value)]),
      );
      const asOurs = {
        ...replayed,
        host: `127.0.0.1:${datelinePort}`,
        'content-type': 'application/json',
      };
      attempts.push(asOurs);
      for (const value of values) attempts.push({ ...asOurs, [KEY_HEADER]: value });
    }
    expect(attempts.length).toBeGreaterThan(values.size);
    for (const headers of attempts) {
      expect(await callApi(datelinePort, headers), JSON.stringify(headers)).toBe(401);
    }

    // The same call with the key the page keeps in its own tab is answered, so the refusals above
    // are about the key and not about how the call was made.
    const key = await app.page.evaluate(() => sessionStorage.getItem('dateline-token'));
    expect(key).toBeTruthy();
    expect([...values].some((value) => value.includes(key ?? ''))).toBe(false);
    const control = { host: `127.0.0.1:${datelinePort}`, 'content-type': 'application/json' };
    expect(await callApi(datelinePort, { ...control, [KEY_HEADER]: key ?? '' })).toBe(200);
  } finally {
    await new Promise((resolve) => neighbour.server.close(resolve));
  }

  // A reload, with no key in the address any more, still loads the app and still saves.
  await app.page.reload();
  await expect(app.page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await app.newArticle();
  await app.field('Headline').fill('Ferry service resumes after floods');
  await app.waitForSaved();
  expect((await app.storedArticles()).map((article) => article.headline)).toContain(
    'Ferry service resumes after floods',
  );
});

test('the private page the browser is opened on takes it to the app, and is not needed after', async ({
  app,
}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'the desktop app has no web host');
  const key = await app.page.evaluate(() => sessionStorage.getItem('dateline-token'));
  const address = new URL(app.page.url());
  address.searchParams.set('token', key ?? '');
  const launch = writeLaunchPage(address.href, testInfo.outputPath());
  const page = await app.page.context().newPage();
  await page.goto(pathToFileURL(launch.file).href);
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  expect(page.url()).toBe(`${address.origin}/`);
  launch.remove();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await app.newArticle(page);
  await page
    .getByRole('textbox', { name: 'Headline', exact: true })
    .fill('Bridge reopens to traffic');
  await app.waitForSaved(page);
});
