// The browser test: drives the code-server workbench as a person would. Opens a fixture source
// with Ctrl+P, checks the status bar counts, moves the mouse onto a person's name, reads the
// hover card, follows one of its links and checks the other file opened. Screenshots go to
// test-results/ (ui-hover.png, ui-after-link.png, and ui-failure.png when a step fails).
/* global document, NodeFilter -- page.evaluate callbacks run in the browser */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, startCodeServer } from './codeServerLauncher.mjs';

/** What the test hovers: a person the fixture bundle mentions in several files. */
const START_FILE = 'harbor-levy.txt';
const PERSON = 'Oskar Lindqvist';
const FIXTURE_FILES = ['harbor-levy.txt', 'minister-visit.txt', 'talks-outcome.txt'];
const STEP_TIMEOUT = 60_000;

/**
 * @param {{ codeServer: any, port: number, extensionRoot: string, workspace: string,
 *   userDataDir: string, extensionsDir: string, resultsDir: string, log: (line: string) => void }} options
 * @returns {Promise<void>} rejects with the failed step
 */
export async function runUiTest(options) {
  const { log } = options;
  mkdirSync(options.resultsDir, { recursive: true });
  const server = await startCodeServer(options.codeServer, {
    ...options,
    logFile: join(options.resultsDir, 'code-server-ui.log'),
    smokeTestDriver: true,
  });
  const browser = await launchChromium(options.codeServer.chromium);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const shot = (name) => page.screenshot({ path: join(options.resultsDir, name), timeout: 15_000 });
  try {
    // The extension is loaded as in development (no test payload): the workbench is a person's.
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${options.port}${options.extensionRoot}`],
      ['skipWelcome', 'true'],
    ];
    await page.goto(`${server.baseUrl}/?folder=${encodeURI(options.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: STEP_TIMEOUT });
    log('ui: workbench loaded');

    await openWithQuickOpen(page, START_FILE);
    const status = page.locator('[aria-label^="News Lens, this file"]');
    await status.first().waitFor({ timeout: STEP_TIMEOUT });
    log(`ui: status bar: ${(await status.first().innerText()).replace(/\s+/g, ' ')}`);

    const hover = await hoverOver(page, PERSON);
    const text = await hover.innerText();
    log(`ui: hover card:\n${text.split('\n').map((line) => `    ${line}`).join('\n')}`);
    assert.ok(text.includes(PERSON), `the card names ${PERSON}`);
    assert.match(text, /Mentioned in \d+ other files?/, 'the card lists other files');
    await shot('ui-hover.png');

    const link = hover.locator('a').filter({ hasText: /\S/ }).first();
    const label = (await link.innerText()).trim();
    log(`ui: following the link "${label}"`);
    await link.click();
    const activeTab = page.locator('.tabs-container .tab.active');
    await page.waitForFunction(
      ([start, names]) => {
        const tab = document.querySelector('.tabs-container .tab.active');
        const name = tab?.getAttribute('aria-label') ?? tab?.textContent ?? '';
        return !name.includes(start) && names.some((n) => name.includes(n));
      },
      [START_FILE, FIXTURE_FILES],
      { timeout: STEP_TIMEOUT },
    );
    const opened = (await activeTab.getAttribute('aria-label')) ?? (await activeTab.innerText());
    log(`ui: the link opened ${opened.split(',')[0]}`);
    const selected = await page.evaluate(() => document.querySelector('.monaco-editor.focused .selected-text') !== null);
    assert.ok(selected, 'the mention is selected in the opened file');
    await shot('ui-after-link.png');

    // The status bar counts open the INDEX.
    await page.locator('[aria-label^="News Lens, this file"]').first().click();
    await page.locator('.part.sidebar .title-label', { hasText: /INDEX/i }).first().waitFor({ timeout: STEP_TIMEOUT });
    log('ui: the status bar item opened the INDEX');
    await shot('ui-index.png');

    // Typing a new mention: it is highlighted once the index catches up (debounced), unsaved.
    const editor = page.locator('.editor-group-container.active .monaco-editor').first();
    const highlights = () => editor.evaluate((root) => root.querySelectorAll('[class*="ced-"]').length);
    const before = await highlights();
    await editor.locator('.view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`\nLater, ${PERSON} said talks would resume on March 20.`, { delay: 20 });
    await page.waitForFunction(
      ([selector, count]) => document.querySelector(selector)?.querySelectorAll('[class*="ced-"]').length > count,
      ['.editor-group-container.active .monaco-editor', before],
      { timeout: STEP_TIMEOUT },
    );
    log(`ui: typing added highlights (${before} -> ${await highlights()} decorated spans)`);
    await shot('ui-typed.png');
    log(`ui: screenshots in ${options.resultsDir} (ui-hover.png, ui-after-link.png, ui-index.png, ui-typed.png)`);
  } catch (error) {
    await shot('ui-failure.png').catch(() => undefined);
    throw error;
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
  }
}

async function openWithQuickOpen(page, file) {
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => undefined);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: STEP_TIMEOUT });
  await input.fill(file);
  // Wait until the file is the first pick, not a recent entry of another name.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: file }).first().waitFor({ timeout: STEP_TIMEOUT });
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: STEP_TIMEOUT });
  await page.locator('.tabs-container .tab.active', { hasText: file }).waitFor({ timeout: STEP_TIMEOUT });
}

/** The on-screen box of the first text node in the editor that holds `words`, via a DOM Range. */
function textBox(page, words) {
  return page.evaluate((needle) => {
    const lines = document.querySelector('.monaco-editor .view-lines');
    if (!lines) return undefined;
    const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Monaco renders spaces as non-breaking spaces.
      const at = node.data.replace(/\u00a0/g, ' ').indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const { x, y, width, height } = range.getBoundingClientRect();
      return { x, y, width, height };
    }
    return undefined;
  }, words);
}

/** Moves the mouse onto `words` in the editor until our hover card shows; returns the card. */
async function hoverOver(page, words) {
  const card = page.locator('.monaco-hover:visible', { hasText: /Mentioned in \d+ other file/ });
  const deadline = Date.now() + STEP_TIMEOUT;
  // The index may still be building when the file opens: move away and back until the card comes.
  for (let attempt = 0; Date.now() < deadline; attempt++) {
    const box = await textBox(page, words);
    assert.ok(box, `"${words}" is on screen`);
    await page.mouse.move(box.x + box.width / 2 + (attempt % 2), box.y + box.height / 2, { steps: 3 });
    try {
      await card.first().waitFor({ timeout: 3000 });
      return card.first();
    } catch {
      await page.mouse.move(5, 5);
    }
  }
  throw new Error(`no News Lens hover card over "${words}"`);
}
