/**
 * The GraphQL playground in a real browser: GET /graphql opens GraphiQL (no
 * CDN), an example from the Examples menu runs against the real API and its
 * result shows. Screenshots: test-artifacts/browser/playground-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/testGraph.js';
import { launchChromium, newPage, requirePrerequisites, screenshot } from './browser.js';

// A missing Chromium (or unbuilt pages) fails here, as a test, with how to install it; never a silent skip.
it('has Debian’s Chromium and the built pages (web/dist)', () => {
  requirePrerequisites();
});

describe('playground (GET /graphql in Chromium)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startTestServer();
    ({ page, problems } = await newPage(browser, server.url));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens GraphiQL with the Examples menu', async () => {
    await page.goto(server.url); // http://host:port/graphql, asked for as a page (Accept: text/html)
    await expect(page.title()).resolves.toBe('Paradiplomacy knowledge graph — GraphQL playground');
    // The run button is enabled once GraphiQL has loaded the schema over POST /graphql (introspection).
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 60_000 });
    await page.locator('.pg-examples-button:not([disabled])').waitFor();
    await screenshot(page, 'playground-1-open');
    expect(problems).toEqual([]);
  });

  it('runs an example query from the menu and shows its result', async () => {
    await page.locator('.pg-examples-button').click();
    await page.getByRole('menuitem', { name: /Tatarstan: memberships/ }).click();
    await expect(page.locator('.pg-examples-note').textContent()).resolves.toContain('Tatarstan: memberships');
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await response.getByText('refused to leave').first().waitFor({ timeout: 30_000 });
    const text = (await response.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('"name": "Tatarstan"');
    expect(text).toContain('"id": "org:turksoy"');
    await screenshot(page, 'playground-2-example-result');
    expect(problems).toEqual([]);
  });
});
