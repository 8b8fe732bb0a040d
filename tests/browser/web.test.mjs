// Browser tests of `crosscheck serve`: the demo store is served on a free loopback port and Debian's Chromium
// (never a downloaded browser) opens each page. Screenshots of every page go to docs/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const shots = join(root, 'docs', 'screenshots');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function cliDll() {
  const candidates = [
    process.env.CROSSCHECK_CLI,
    join(root, 'src/Crosscheck.Cli/bin/Release/net10.0/crosscheck.dll'),
    join(root, 'src/Crosscheck.Cli/bin/Debug/net10.0/crosscheck.dll'),
  ].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`build the CLI first (dotnet build src/Crosscheck.Cli -c Release); looked in ${candidates.join(', ')}`);
  return found;
}

let work, server, base, browser;

// The hostile article: markup and event handlers in its title and text must reach the page as text.
const hostile = {
  title: 'Harbour <script>window.__xss = "title"</script> board <img src=x onerror="window.__xss = \'img\'">',
  outlet: 'The <b>Quayside</b> Courier',
  publishedAt: '2026-03-16T10:00:00Z',
  text: 'Port director Ansel Vrana said the board met on Monday. <script>window.__xss = "text"</script> ' +
    '"We will publish the audit," Vrana told the Quayside Courier. <img src=x onerror="window.__xss = \'text-img\'"> ' +
    'The audit covers <svg onload="window.__xss = \'svg\'"></svg> three years of accounts.',
};

before(async () => {
  const dll = cliDll();
  work = mkdtempSync(join(tmpdir(), 'crosscheck-browser-'));
  const demo = spawnSync('dotnet', [dll, 'demo'], { cwd: work, encoding: 'utf8' });
  assert.equal(demo.status, 0, `crosscheck demo failed: ${demo.stderr}`);

  server = spawn('dotnet', [dll, 'serve', '--db', join(work, 'crosscheck-demo.db'), '--urls', 'http://127.0.0.1:0'], { cwd: work });
  base = await new Promise((ok, fail) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error(`server did not start: ${err}`)), 60_000);
    server.stderr.on('data', (chunk) => { err += chunk; });
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/Listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (match) { clearTimeout(timer); ok(match[1]); }
    });
    server.on('exit', (code) => fail(new Error(`server exited with ${code}: ${err}`)));
  });

  const posted = await fetch(`${base}/api/articles`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(hostile),
  });
  const body = await posted.text();
  assert.equal(posted.status, 200, body);
  assert.equal(JSON.parse(body).added, 1, body);

  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox'] });
});

after(async () => {
  await browser?.close();
  server?.kill('SIGINT');
  if (work) rmSync(work, { recursive: true, force: true });
});

async function open(path, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => { errors.push(`dialog: ${dialog.message()}`); dialog.dismiss(); });
  const response = await page.goto(base + path);
  return { page, context, errors, response };
}

async function demoStoryPath(page) {
  // The demo story is the largest, listed first; its label names the Kestrel Bay terminal.
  const link = page.locator('table.stories tbody tr').first().locator('a').first();
  assert.match(await link.innerText(), /kestrel/i);
  return link.getAttribute('href');
}

test('the demo story renders the outlet × claim matrix, a timeline and mutation diffs', async () => {
  const { page, context, errors } = await open('/');
  await page.screenshot({ path: join(shots, 'stories.png'), fullPage: false });
  const href = await demoStoryPath(page);
  await page.goto(base + href);

  const outlets = await page.locator('table.matrix thead th').allInnerTexts();
  assert.equal(outlets.length, 1 + 6, `one column per article plus the item column: ${outlets}`);
  assert.ok(outlets.some((o) => o.includes('The Daily Ledger')));
  assert.ok(await page.locator('table.matrix td.cell.origin').count() > 0, 'independent origins are marked');
  assert.ok(await page.locator('table.matrix td.cell', { hasText: 'copy' }).count() > 0, 'the wire copy is marked as a copy');
  assert.equal(await page.locator('svg.timeline circle').count(), 6, 'one timeline dot per article');

  // The planted number change (40 → 400) shows as a diff: 40 deleted on one side, 400 inserted on the other.
  const numberChange = page.locator('li.mutation-entry', { hasText: 'NumberChanged' }).first();
  assert.ok(await numberChange.count() > 0, 'a NumberChanged mutation is listed');
  assert.equal(await numberChange.locator('.diff-pair .side').count(), 2, 'the diff is side by side');
  assert.ok(await page.locator('.diff-pair del').count() > 0 && await page.locator('.diff-pair ins').count() > 0);
  assert.ok(await page.locator('li.mutation-entry', { hasText: 'SpeakerChanged' }).count() > 0, 'the planted speaker change is listed');
  assert.deepEqual(errors, []);
  await page.screenshot({ path: join(shots, 'story.png'), fullPage: false });
  await page.locator('div.scroll:has(table.matrix)').screenshot({ path: join(shots, 'story-matrix.png') });
  await numberChange.screenshot({ path: join(shots, 'story-mutation.png') });

  // Phone width: the page must not overflow sideways (wide tables scroll inside their own box).
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `page overflows the phone width by ${overflow}px`);
  await page.screenshot({ path: join(shots, 'story-phone.png'), fullPage: false });
  await context.close();
});

test('search finds an article and opens it with its highlights and legend', async () => {
  const { page, context, errors } = await open('/search');
  await page.fill('input[name=q]', 'lowest bidder');
  await page.click('form.search button[type=submit]');
  const hits = page.locator('ol.hits li');
  assert.ok(await hits.count() > 0, 'the phrase is found');
  assert.ok(await hits.first().locator('mark').count() > 0, 'the match is marked in the snippet');
  await page.screenshot({ path: join(shots, 'search.png'), fullPage: false });

  await hits.first().locator('a').click();
  await page.waitForSelector('section.article');
  assert.ok(await page.locator('.legend mark.quote').count() === 1, 'the legend is shown');
  assert.ok(await page.locator('.text mark.quote').count() > 0, 'quotes are highlighted in the text');
  assert.ok(await page.locator('.text mark.claim').count() > 0, 'claims are highlighted in the text');
  assert.deepEqual(errors, []);
  await page.screenshot({ path: join(shots, 'article.png'), fullPage: false });
  await context.close();
});

test('the quotes page lists one speaker\'s quotes across the outlets and links each to its article', async () => {
  const { page, context, errors } = await open('/quotes');
  // Before a search the page lists the most quoted people: the minister first.
  assert.match(await page.locator('table.speakers a').first().innerText(), /Lidia Marenko/);
  await page.fill('input[name=speaker]', 'marenko');
  await page.selectOption('select[name=reports]', 'speech');
  await page.click('form.search button[type=submit]');
  const rows = page.locator('table.quotes tr:has(td)');
  assert.ok(await rows.count() > 5, 'the minister is quoted by several outlets');
  const speakers = await rows.locator('td:first-child').allInnerTexts();
  assert.ok(speakers.every((s) => /marenko/i.test(s)), `only her quotes: ${[...new Set(speakers)]}`);
  await page.screenshot({ path: join(shots, 'quotes.png'), fullPage: false });
  await rows.first().locator('a').click();
  await page.waitForSelector('section.article');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an article with <script> and onerror= in its text shows them as text and runs nothing', async () => {
  const { page: search, context: first } = await open('/search?q=Vrana');
  const href = await search.locator('ol.hits li a').first().getAttribute('href');
  await first.close();

  const { page, context, errors } = await open(href);
  await page.waitForSelector('section.article');
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'no injected script ran');
  const text = await page.locator('section.article .text').innerText();
  assert.ok(text.includes('<script>window.__xss = "text"</script>'), 'the script tag is shown as text');
  assert.ok(text.includes('onerror='), 'the handler is shown as text');
  assert.ok((await page.locator('section.article h3').innerText()).includes('<script>'), 'the title is shown as text');
  assert.equal(await page.locator('main img, main svg[onload], main script').count(), 0, 'no element was created from article text');
  assert.deepEqual(errors, []);
  await page.screenshot({ path: join(shots, 'hostile-article.png'), fullPage: false });

  // The home page search lists the hostile title as text too.
  await page.goto(`${base}/?q=Vrana`);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  await context.close();
});

test('the compare form aligns pasted texts and shows what changed', async () => {
  const { page, context, errors } = await open('/compare');
  const boxes = page.locator('fieldset.entry');
  assert.equal(await boxes.count(), 3);
  await page.click('#add-entry');
  assert.equal(await boxes.count(), 4, 'the add button adds a text box');

  await boxes.nth(0).locator('input[name=outlet]').fill('Northgate Tribune');
  await boxes.nth(0).locator('input[name=published]').fill('2026-05-02T08:00:00Z');
  await boxes.nth(0).locator('textarea').fill(
    'The council will probably close 12 branch libraries next year, Mayor Odile Brandt said on Tuesday. ' +
    '"We cannot keep every branch open on this budget," Brandt told the Northgate Tribune.');
  await boxes.nth(1).locator('input[name=outlet]').fill('Daily Klaxon');
  await boxes.nth(1).locator('input[name=published]').fill('2026-05-02T12:00:00Z');
  await boxes.nth(1).locator('textarea').fill(
    'The council will close 120 branch libraries next year, Mayor Odile Brandt said on Tuesday. ' +
    '"We cannot keep every branch open on this budget," Brandt told the Daily Klaxon.');
  await page.click('#compare-submit');
  await page.waitForSelector('#result');

  assert.equal(await page.locator('#result table.matrix thead th').count(), 1 + 2);
  const kinds = await page.locator('#result li.mutation-entry .kind').allInnerTexts();
  assert.ok(kinds.includes('NumberChanged'), `12 → 120 is a number change: ${kinds}`);
  assert.equal(await page.locator('textarea').first().inputValue() !== '', true, 'the form keeps what was pasted');
  assert.deepEqual(errors, []);
  await page.screenshot({ path: join(shots, 'compare.png'), fullPage: false });
  await page.locator('#result').screenshot({ path: join(shots, 'compare-result.png') });
  await context.close();
});
