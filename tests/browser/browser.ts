/**
 * Shared by the browser tests: Debian's Chromium through playwright-core
 * (which never downloads a browser of its own), screenshots under
 * test-artifacts/browser/, and a few waits.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.join(repoRoot, 'test-artifacts', 'browser');

/** Fails (never skips) when the browser or the built pages are missing, saying how to get them. */
export function requirePrerequisites(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The browser tests need Debian's Chromium at ${CHROMIUM_PATH}, and it is missing. ` +
        'Install it with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).',
    );
  }
  for (const page of ['index.html', 'explore.html']) {
    if (!existsSync(path.join(repoRoot, 'web', 'dist', page))) {
      throw new Error(`web/dist/${page} is missing: run \`npm run build:web\` (npm install runs it) before the browser tests.`);
    }
  }
}

/** Headless Chromium with everything that would talk to the network turned off. */
export async function launchChromium(): Promise<Browser> {
  requirePrerequisites();
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A 1280x800 page (the size the explorer is made readable at) that records console errors and requests leaving the server. */
export async function newPage(browser: Browser, serverUrl: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(serverUrl).origin;
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request outside the server: ${url}`);
  });
  return { page, problems };
}

/** Saves a full-window screenshot as test-artifacts/browser/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** PNG files start with these 8 bytes. */
export function isPng(file: string): boolean {
  return readFileSync(file).subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
}
