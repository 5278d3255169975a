// End-to-end test of the knowledge tab: the real bot serves /tab from a temporary copy of the content folder, and
// headless Debian Chromium opens it as a person would in a plain browser (Teams only adds its locale and frame).
//
// Run: `node --test tab.test.mjs` in tests/e2e, after `npm ci` and a Release build of the bot.
//
// Environment: BOT_DLL, CHROMIUM_PATH and E2E_ARTIFACTS as in playground.test.mjs; screenshots and logs go to
// <artifacts>/tab/. E2E_KEEP_TMP=1 keeps the temporary folder.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { freePort, waitFor } from './support.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..', '..');
const ARTIFACTS_ROOT = resolve(process.env.E2E_ARTIFACTS || join(HERE, 'artifacts'));
const ARTIFACTS = join(ARTIFACTS_ROOT, 'tab');
const PID_FILE = join(ARTIFACTS_ROOT, 'e2e.pids');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const BOT_READY_TIMEOUT = 240_000;
const RELOAD_TIMEOUT = 60_000;
const STEP_TIMEOUT = 120_000;

let tmp;
let bot;
let botUrl;
let botLog = '';
let browser;
let page;
let shotNo = 0;
const problems = []; // console errors and page errors, with the URL they came on

// ---------------------------------------------------------------------------------------------------------------
// helpers


/** Waits for the bot, failing at once should it exit. */
function waitForBot(what, timeoutMs, probe, interval = 250) {
  return waitFor(what, timeoutMs, probe, {
    interval,
    failIf: () => (bot?.exited ? `the bot exited (code=${bot.code}). Last output:\n${botLog.split('\n').slice(-30).join('\n')}` : null),
  });
}

/** A screenshot of the whole page, or of one part of it (a locator). */
async function screenshot(label, part = null) {
  shotNo += 1;
  const file = join(ARTIFACTS, `${String(shotNo).padStart(2, '0')}-${label}.png`);
  try {
    await (part ? part.screenshot({ path: file, timeout: 30_000 }) : page.screenshot({ path: file, fullPage: true, timeout: 30_000 }));
  } catch (err) {
    console.error(`# could not take screenshot ${file}: ${err.message}`);
  }
  return file;
}

/** Runs one test step; on failure leaves a screenshot named after it. */
async function step(label, fn) {
  try {
    await fn();
  } catch (err) {
    const file = await screenshot(`${label}-FAILED`);
    err.message += `\n  screenshot: ${file}\n  bot log: ${join(ARTIFACTS, 'bot.log')}`;
    throw err;
  }
}

/** The tasks of catalogue.yaml in `folder`, with their ● flag, read the plain way the file is written. */
function catalogueTasks(folder) {
  const text = readFileSync(join(folder, 'catalogue.yaml'), 'utf8');
  const tasks = text.slice(text.indexOf('\ntasks:'));
  return tasks.split('\n  - id: ').slice(1).map((block) => ({
    id: block.split('\n')[0].trim(),
    repeats: /\n {4}repeats: true\b/.test(block),
  }));
}

async function open(path) {
  const response = await page.goto(`${botUrl}${path}`, { waitUntil: 'load' });
  assert.equal(response.status(), 200, `${path} answered ${response.status()}`);
  return response;
}

/** Every label the page itself writes (not content): navigation, headings of its own, legend, switch, footer. */
async function labels() {
  return page.locator('header nav a, header a.lang, #map-title, #roles-title, .legend li, footer, .task-detail h4, .checklist, a.skip, #map > p')
    .evaluateAll((els) => els.map((e) => e.textContent.trim()));
}

// ---------------------------------------------------------------------------------------------------------------
// setup and teardown

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of readdirSync(ARTIFACTS)) if (f.endsWith('.png') || f.endsWith('.log')) rmSync(join(ARTIFACTS, f), { force: true });
  tmp = mkdtempSync(join(tmpdir(), 'chatassistant-tab-'));
  cpSync(join(REPO, 'knowledge', 'content'), join(tmp, 'content'), { recursive: true });
  assert.ok(existsSync(CHROMIUM), `Chromium missing at ${CHROMIUM}: apt-get install -y chromium`);

  const port = await freePort();
  botUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    ASPNETCORE_ENVIRONMENT: process.env.ASPNETCORE_ENVIRONMENT || 'Development',
    Storage__SqlitePath: join(tmp, 'state.db'),
    Knowledge__ContentPath: join(tmp, 'content'),
    Knowledge__WatchForChanges: 'true',
    DOTNET_CLI_TELEMETRY_OPTOUT: '1',
    DOTNET_NOLOGO: '1',
  };
  const args = process.env.BOT_DLL
    ? [resolve(process.env.BOT_DLL), '--urls', botUrl]
    : ['run', '--project', join(REPO, 'bot'), '--no-build', '-c', 'Release', '--no-launch-profile', '--', '--urls', botUrl];
  const log = createWriteStream(join(ARTIFACTS, 'bot.log'));
  const child = spawn('dotnet', args, { cwd: join(REPO, 'bot'), env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  bot = { child, exited: false, code: null };
  if (child.pid) appendFileSync(PID_FILE, `${child.pid}\n`); // scripts/test.sh ends it should this runner be killed
  const feed = (chunk) => { log.write(chunk); botLog += chunk.toString('utf8'); };
  child.stdout.on('data', feed);
  child.stderr.on('data', feed);
  child.on('exit', (code) => { bot.exited = true; bot.code = code; });
  child.on('close', () => log.end());

  await waitForBot(`${botUrl}/healthz to answer 200`, BOT_READY_TIMEOUT, async () =>
    (await fetch(`${botUrl}/healthz`, { signal: AbortSignal.timeout(5_000) })).status === 200, 500);

  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 120_000 });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'lv-LV' });
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`[console.error] ${m.text()} (${page.url()})`); });
  page.on('pageerror', (e) => problems.push(`[pageerror] ${e.message} (${page.url()})`));
}, { timeout: BOT_READY_TIMEOUT + 150_000 });

after(async () => {
  try { await browser?.close(); } catch { /* best effort */ }
  if (bot && !bot.exited) {
    try { process.kill(-bot.child.pid, 'SIGTERM'); } catch { /* gone */ }
    const deadline = Date.now() + 10_000;
    while (!bot.exited && Date.now() < deadline) await sleep(100);
    try { process.kill(-bot.child.pid, 'SIGKILL'); } catch { /* gone */ }
  }
  if (bot?.child.pid && existsSync(PID_FILE)) {
    const rest = readFileSync(PID_FILE, 'utf8').split('\n').filter((l) => l && l !== String(bot.child.pid));
    if (rest.length) writeFileSync(PID_FILE, rest.join('\n') + '\n'); else rmSync(PID_FILE, { force: true });
  }
  if (tmp && process.env.E2E_KEEP_TMP !== '1') rmSync(tmp, { recursive: true, force: true });
}, { timeout: 60_000 });

// ---------------------------------------------------------------------------------------------------------------

describe('the knowledge tab in headless Chromium', () => {
  it('renders the task map from the catalogue with no console errors, behind a Teams-only frame policy', { timeout: STEP_TIMEOUT }, async () => {
    await step('map', async () => {
      const response = await open('/tab');
      const csp = response.headers()['content-security-policy'] ?? '';
      assert.match(csp, /frame-ancestors 'self' https:\/\/teams\.microsoft\.com /);
      assert.match(csp, /script-src 'self';/);
      assert.equal(await page.getAttribute('html', 'lang'), 'lv');

      const tasks = catalogueTasks(join(tmp, 'content'));
      assert.equal(tasks.length, 32);
      const nodes = page.locator('svg.task-map a.task');
      assert.equal(await nodes.count(), 32);
      const drawn = await nodes.evaluateAll((els) => els.map((a) => ({ id: a.dataset.task, text: a.textContent })));
      assert.deepEqual(drawn.map((n) => n.id).sort(), tasks.map((t) => t.id).sort());
      assert.deepEqual(drawn.filter((n) => n.text.includes('●')).map((n) => n.id).sort(),
        tasks.filter((t) => t.repeats).map((t) => t.id).sort());
      assert.equal(await page.locator('svg.task-map a.task.highlighted').getAttribute('data-task'), 'PU2-6');
      assert.ok(await page.getByText('Spēju un resursu nodrošināšana').first().isVisible());
      // The bundled Teams library is served by the host, and loaded only inside a host's frame (not here).
      const teamsJs = await page.getAttribute('html', 'data-teams-js');
      assert.equal(teamsJs, '/tab/assets/teams-js.min.js');
      const lib = await fetch(`${botUrl}${teamsJs}`);
      assert.equal(lib.status, 200);
      assert.match(await lib.text(), /microsoftTeams/);
      assert.equal(await page.evaluate(() => typeof window.microsoftTeams), 'undefined');

      await screenshot('tab-map', page.locator('#map .diagram'));
      await screenshot('card', page.locator('#card-PU2-6'));
      await screenshot('roles', page.locator('#roles'));
      await screenshot('system', page.locator('#system'));
      await screenshot('tab-page');
      assert.deepEqual(problems, []);
    });
  });

  it('shows a task\'s detail when the task is clicked or chosen with the keyboard', { timeout: STEP_TIMEOUT }, async () => {
    await step('task-detail', async () => {
      await open('/tab');
      const detail = page.locator('#task-PU2-6');
      assert.equal(await detail.isVisible(), false);
      await page.locator('#node-PU2-6').click();
      await detail.waitFor({ state: 'visible' });
      assert.match(await detail.innerText(), /Pakalpojumu pārvaldības speciālo normatīvo aktu izstrāde un pilnveide/);
      assert.ok(await detail.getByRole('link', { name: 'Atvērt uzdevuma kartīti PU2-6' }).isVisible());
      assert.equal(await page.locator('#node-PU2-6').getAttribute('aria-current'), 'true');
      await screenshot('task-PU2-6', detail);

      // Keyboard: a task is a link; Enter on it opens its detail, which says what is not known.
      await page.locator('#node-PU2-20').focus();
      await page.keyboard.press('Enter');
      const unreadable = page.locator('#task-PU2-20');
      await unreadable.waitFor({ state: 'visible' });
      assert.match(await unreadable.innerText(), /Nav droši zināms: Uzdevuma nosaukums shēmā nav salasāms\./);
      assert.equal(await detail.isVisible(), false);
      await screenshot('task-PU2-20', unreadable);

      await page.locator('#node-PU2-7').click();
      await page.locator('#task-PU2-7').getByRole('link', { name: 'PU2-6' }).click();
      await detail.waitFor({ state: 'visible' });
      await detail.getByRole('link', { name: 'Atvērt uzdevuma kartīti PU2-6' }).click();
      await page.waitForURL(/#card-PU2-6$/);
      assert.deepEqual(problems, []);
    });
  });

  it('switches every label between Latvian and English', { timeout: STEP_TIMEOUT }, async () => {
    await step('language', async () => {
      await open('/tab');
      const lv = await labels();
      await page.locator('header a.lang').click();
      await page.waitForURL(/\?lang=en$/);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      const en = await labels();
      assert.equal(en.length, lv.length);
      assert.ok(lv.length >= 40, `only ${lv.length} labels found`);
      const same = lv.map((text, i) => [text, en[i]]).filter(([a, b]) => a === b);
      assert.deepEqual(same, [], 'labels the switch did not change');
      assert.ok(await page.getByRole('heading', { name: /Task map/ }).isVisible());
      await screenshot('english-map', page.locator('#map'));
      await page.locator('header a.lang').click();
      await page.waitForURL(/\?lang=lv$/);
      assert.equal(await page.getAttribute('html', 'lang'), 'lv');
      assert.deepEqual(problems, []);
    });
  });

  it('has no serious or critical accessibility violation (axe-core)', { timeout: STEP_TIMEOUT }, async () => {
    await step('axe', async () => {
      for (const path of ['/tab', '/tab?lang=en#task-PU2-6', '/tab/config']) {
        await open(path);
        const result = await new AxeBuilder({ page }).analyze();
        const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        assert.deepEqual(bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`), [], path);
      }
      assert.deepEqual(problems, []);
    });
  });

  it('serves the channel tab\'s configuration page, explained in both languages', { timeout: STEP_TIMEOUT }, async () => {
    await step('config', async () => {
      const response = await open('/tab/config');
      assert.match(response.headers()['content-security-policy'] ?? '', /frame-ancestors /);
      assert.ok(await page.getByRole('heading', { name: 'Zināšanu cilne kanālam' }).isVisible());
      assert.ok(await page.getByRole('heading', { name: 'Knowledge tab for a channel' }).isVisible());
      assert.equal(await page.getAttribute('body', 'data-entity-id'), 'pu2-6-knowledge');
      await screenshot('config');
      assert.deepEqual(problems, []);
    });
  });

  it('inside a Teams frame follows the Teams locale, and only Teams may frame it', { timeout: STEP_TIMEOUT }, async () => {
    // A stand-in for the Teams web client: it frames the tab and answers the Teams library's initialize and
    // getContext messages as Teams does (context locale en-us). Both sites are served through Playwright's routing,
    // the tab's requests passed on to the bot unchanged, so the page's own policy decides who may frame it.
    const host = (origin) => `<!DOCTYPE html><html lang="en"><head><title>host</title></head><body>
      <iframe id="tab" title="tab" src="${origin}/tab" width="1200" height="800"></iframe>
      <script>
        window.addEventListener('message', (e) => {
          const m = e.data;
          if (!m || typeof m.id !== 'number' || !m.func) return;
          const reply = (args) => e.source.postMessage({ id: m.id, uuid: m.uuid, args }, e.origin);
          if (m.func === 'initialize') reply(['content', 'web', '2.0.0']);
          if (m.func === 'getContext') reply([{ locale: 'en-us', frameContext: 'content', hostClientType: 'web', entityId: 'pu2-6-knowledge', theme: 'default' }]);
        });
      </script></body></html>`;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'lv-LV' });
    try {
      await context.route(/^https:\/\/tab\.test\//, async (route) => {
        const url = new URL(route.request().url());
        const response = await route.fetch({ url: `${botUrl}${url.pathname}${url.search}` });
        await route.fulfill({ response });
      });
      await context.route(/^https:\/\/(teams\.microsoft\.com|elsewhere\.test)\/host$/, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: host('https://tab.test') }));
      const teams = await context.newPage();

      await teams.goto('https://teams.microsoft.com/host');
      const tab = teams.frameLocator('#tab');
      await waitForBot('the framed tab to switch to the Teams locale', RELOAD_TIMEOUT, async () =>
        (await tab.locator('html').getAttribute('lang', { timeout: 2_000 })) === 'en');
      assert.ok(await tab.getByRole('heading', { name: 'Task map', exact: true }).isVisible());
      assert.match(teams.frames().find((f) => f.url().startsWith('https://tab.test/'))?.url() ?? '', /\/tab\?lang=en$/);
      await screenshot('in-teams-frame', teams.locator('body'));

      // The same host page from another site: the tab's response arrives, and the browser refuses to show it there.
      const served = teams.waitForResponse((r) => r.url() === 'https://tab.test/tab');
      await teams.goto('https://elsewhere.test/host');
      assert.equal((await served).status(), 200);
      await waitForBot('the browser to refuse the frame', RELOAD_TIMEOUT, async () =>
        teams.frames().some((f) => f.url().startsWith('chrome-error://')));
      assert.equal(await teams.frameLocator('#tab').locator('#map').count(), 0);
    } finally {
      await context.close();
    }
  });

  it('shows a content edit after a reload, with no restart', { timeout: STEP_TIMEOUT }, async () => {
    await step('content-edit', async () => {
      await open('/tab');
      const before = await page.locator('#node-PU2-20').textContent();
      const file = join(tmp, 'content', 'catalogue.yaml');
      const text = readFileSync(file, 'utf8');
      const edited = text.replace('lv: "Nosaukums nav salasāms"', 'lv: "Labots nosaukums E2E"');
      assert.notEqual(edited, text, 'the edit must change the catalogue');
      writeFileSync(file, edited);
      await waitForBot('the edit to reach /tab', RELOAD_TIMEOUT, async () => {
        await page.reload({ waitUntil: 'load' });
        return (await page.locator('#node-PU2-20').textContent()).includes('Labots nosaukums E2E');
      }, 500);
      assert.notEqual(await page.locator('#node-PU2-20').textContent(), before);
      await page.locator('#node-PU2-20').click();
      assert.match(await page.locator('#task-PU2-20').innerText(), /Labots nosaukums E2E/);
      await screenshot('after-edit');
      assert.deepEqual(problems, []);
    });
  });
});
