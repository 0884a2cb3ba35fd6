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
    // Picking an example opens it in a tab; run only once the editor holds it (a click before that ran
    // the previous tab's query now and then in CI).
    await page.locator('.graphiql-query-editor').getByText('TatarstanMemberships').first().waitFor({ timeout: 30_000 });
    const answered = page.waitForResponse(
      (res) => res.url().endsWith('/graphql') && res.request().method() === 'POST' && (res.request().postData() ?? '').includes('TatarstanMemberships'),
      { timeout: 30_000 },
    );
    await page.locator('.graphiql-execute-button').click();
    const response0 = await answered;
    const body = (await response0.json()) as { data?: { region?: { name: string; memberships: Array<{ status: string; organisation: { id: string } }> } } };
    // The request names the example's operation even when run at once (GraphiQL used to send the
    // previous tab's operation name until its debounced parse caught up: "Unknown operation", CI flake).
    expect(JSON.parse(response0.request().postData() ?? '{}').operationName, JSON.stringify(body)).toBe('TatarstanMemberships');
    expect(body.data?.region?.name, JSON.stringify(body)).toBe('Tatarstan');
    expect(body.data?.region?.memberships).toContainEqual(expect.objectContaining({ status: 'refused to leave', organisation: expect.objectContaining({ id: 'org:turksoy' }) }));
    // And the result panel shows it (Monaco renders only the lines in view: the top of the answer).
    const response = page.locator('.graphiql-response');
    await response.getByText('Tatarstan').first().waitFor({ timeout: 30_000 });
    const text = (await response.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('"name": "Tatarstan"');
    await screenshot(page, 'playground-2-example-result');
    expect(problems).toEqual([]);
  });
});
