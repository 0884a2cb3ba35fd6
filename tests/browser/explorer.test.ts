/**
 * The graph explorer (GET /explore) in a real browser against the real API and
 * Neo4j: search Tatarstan, see Türksoy and Türkiye drawn, expand a node, read
 * an edge's source quote, move the time slider, trace a kinship path, export
 * GraphML and PNG; and a clear message when the database is down.
 * Screenshots: test-artifacts/browser/explorer-*.png.
 *
 * The graph is a canvas: the tests read what is drawn from the page's
 * Cytoscape instance (window.explorer.cy) and click where it draws things.
 */
import { createDriver, Database } from '../../src/db/index.js';
import { createServer } from '../../src/server/createServer.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startTestServer } from '../support/testGraph.js';
import { unreachableNeo4j } from '../support/unreachableNeo4j.js';
import { isPng, launchChromium, newPage, requirePrerequisites, screenshot } from './browser.js';

// A missing Chromium (or unbuilt pages) fails here, as a test, with how to install it; never a silent skip.
it('has Debian’s Chromium and the built pages (web/dist)', () => {
  requirePrerequisites();
});

/** Ids of the nodes or edges drawn (not hidden by a filter). */
function drawn(page: Page, what: 'nodes' | 'edges'): Promise<string[]> {
  return page.evaluate((group) => {
    const cy = (globalThis as any).explorer.cy;
    return cy[group](':visible').map((element: any) => element.id());
  }, what);
}

/** Waits until the explorer has no request or layout running. */
async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => (globalThis as any).document.body.dataset.busy === 'false');
}

/**
 * Where to click to hit a node or an edge, in page coordinates: a whole pixel
 * that Cytoscape itself resolves to that element, with its neighbours 2 px
 * around resolving to it too (an edge drawn near another edge or a node can
 * flip to it when the browser rounds the pointer to a pixel). Waits first
 * until nothing is animating and Cytoscape's cached position of its container
 * is the container's real one (its resize handler is debounced), so the click
 * lands where the page and Cytoscape both think it does.
 */
async function pointOn(page: Page, id: string): Promise<{ x: number; y: number }> {
  await page.waitForFunction(() => {
    const cy = (globalThis as any).explorer.cy;
    if (cy.animated() || cy.elements().some((element: any) => element.animated())) return false;
    const [left, top] = cy.renderer().findContainerClientCoords();
    const box = cy.container().getBoundingClientRect();
    return Math.abs(box.left - left) < 0.5 && Math.abs(box.top - top) < 0.5;
  });
  const point = await page.evaluate((elementId) => {
    const cy = (globalThis as any).explorer.cy;
    const element = cy.getElementById(elementId);
    if (element.empty()) return null;
    const renderer = cy.renderer();
    const [left, top, , , scale] = renderer.findContainerClientCoords();
    const hits = (x: number, y: number) => renderer.findNearestElement(...renderer.projectIntoViewport(x, y), true, false)?.id() === elementId;
    const candidates: Array<{ x: number; y: number }> = [];
    if (element.isNode()) candidates.push(element.position());
    else {
      const [a, b] = [element.sourceEndpoint(), element.targetEndpoint()];
      for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.15, 0.85]) candidates.push({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
    }
    const pixels = candidates.map((model) => ({
      x: Math.round(left + (model.x * cy.zoom() + cy.pan().x) * scale),
      y: Math.round(top + (model.y * cy.zoom() + cy.pan().y) * scale),
    }));
    const around = [-2, 0, 2];
    const firm = pixels.find((p) => around.every((dx) => around.every((dy) => hits(p.x + dx, p.y + dy))));
    return firm ?? pixels.find((p) => hits(p.x, p.y)) ?? null;
  }, id);
  if (!point) throw new Error(`${id} is not drawn where a click can reach it`);
  return point;
}

async function visibleEdgeCount(page: Page): Promise<number> {
  return Number(await page.locator('#status').getAttribute('data-edges'));
}

describe('explorer (GET /explore in Chromium) on the seeded graph', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  /** The node the expansion step clicks. */
  let expanded = 'country:TR';

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startTestServer();
    ({ page, problems } = await newPage(browser, server.url));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const explorerUrl = () => new URL('/explore', server.url).href;

  it('opens with the search, the filters, the legend and the API status', async () => {
    await page.goto(explorerUrl());
    await page.waitForSelector('body[data-ready="true"]');
    await expect(page.title()).resolves.toBe('Paradiplomacy knowledge graph — Explorer');
    await page.getByText(/API ready · Neo4j 5\./).waitFor();
    await expect(page.getByLabel('Find an entity').isVisible()).resolves.toBe(true);
    await expect(page.locator('#legend').textContent()).resolves.toContain('Ethnic group');
    await expect(page.locator('#banner').isHidden()).resolves.toBe(true);
    await screenshot(page, 'explorer-1-open');
    expect(problems).toEqual([]);
  });

  it('searches Tatarstan and draws its neighbourhood: Türksoy and Türkiye among it', async () => {
    await page.getByLabel('Find an entity').fill('Tatarstan');
    await page.getByLabel('Find an entity').press('Enter');
    await page.waitForFunction(() => (globalThis as any).explorer.cy.getElementById('region:RU-TA').nonempty());
    await idle(page);
    const nodes = await drawn(page, 'nodes');
    expect(nodes).toEqual(expect.arrayContaining(['region:RU-TA', 'org:turksoy', 'group:tatars', 'country:TR']));
    // Drawn inside the visible canvas, not off-screen.
    const inside = await page.evaluate(() => {
      const cy = (globalThis as any).explorer.cy;
      const extent = cy.extent();
      return ['org:turksoy', 'country:TR'].every((id) => {
        const p = cy.getElementById(id).position();
        return p.x >= extent.x1 && p.x <= extent.x2 && p.y >= extent.y1 && p.y <= extent.y2;
      });
    });
    expect(inside).toBe(true);
    await expect(page.locator('#search-results').textContent()).resolves.toContain('Tatarstan');
    await expect(page.locator('#details h2').textContent()).resolves.toBe('Tatarstan');
    await expect(page.locator('#in-view-list').textContent()).resolves.toContain('International Organization of Turkic Culture');
    await screenshot(page, 'explorer-2-tatarstan');
    expect(problems).toEqual([]);
  });

  it('expands a node clicked in the graph (its neighbours join the view)', async () => {
    const before = await drawn(page, 'nodes');
    // Türkiye, or else the first node drawn that has a neighbour not drawn yet (asked of the API).
    for (const id of ['country:TR', ...before]) {
      const { body } = await postGraphQL(server.url, 'query($id: ID!) { subgraph(ids: [$id], depth: 1) { nodes { id } } }', { id });
      if (body.data.subgraph.nodes.some((node: { id: string }) => !before.includes(node.id))) {
        expanded = id;
        break;
      }
    }
    const at = await pointOn(page, expanded);
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction((count) => (globalThis as any).explorer.cy.nodes().length > count, before.length);
    await idle(page);
    const after = await drawn(page, 'nodes');
    expect(after.length).toBeGreaterThan(before.length);
    expect(after).toEqual(expect.arrayContaining(before));
    await expect(page.locator('#details [data-node-id]').getAttribute('data-node-id')).resolves.toBe(expanded);
    await expect(page.locator('#status').textContent()).resolves.toMatch(/: \d+ new nodes?\./);
    await screenshot(page, 'explorer-3-expanded');
    expect(problems).toEqual([]);
  });

  it('clicks an edge and shows its properties and source with the quote', async () => {
    const at = await pointOn(page, 'member-of:tatarstan-turksoy');
    await page.mouse.click(at.x, at.y);
    const panel = page.locator('#details [data-edge-id="member-of:tatarstan-turksoy"]');
    await panel.waitFor({ timeout: 10_000 }).catch(async (error: Error) => {
      // Say what the click did instead, so a miss is diagnosable from the log.
      const state = await page.evaluate(() => ({
        selected: (globalThis as any).explorer.cy.$(':selected').map((element: any) => element.id()),
        details: (globalThis as any).document.querySelector('#details h2')?.textContent ?? null,
      }));
      throw new Error(`${error.message}\nAfter the click: selected ${JSON.stringify(state.selected)}, details heading ${JSON.stringify(state.details)}`);
    });
    await expect(panel.locator('h2').textContent()).resolves.toBe('MEMBER_OF');
    const text = (await panel.textContent())!;
    expect(text).toContain('refused to leave');
    expect(text).toContain('The ‘paradiplomacy’ of Russia’s regions');
    // Quotes keep the source's non-breaking spaces.
    const quote = (await panel.locator('.ex-quote').textContent())!.replace(/\s+/g, ' ');
    expect(quote).toContain('defiantly refused to follow the requirement of the Federal Ministry of Culture');
    await expect(panel.locator('.ex-source a').getAttribute('href')).resolves.toMatch(/^https:\/\//);
    await screenshot(page, 'explorer-4-edge-sources');
    expect(problems).toEqual([]);
  });

  it('moves the time slider and hides the dated relationships outside the window', async () => {
    const allEdges = await visibleEdgeCount(page);
    expect(await drawn(page, 'edges')).toEqual(
      expect.arrayContaining(['met:rustam-minnikhanov-turkey', 'governed:rustam-minnikhanov-tatarstan', 'member-of:tatarstan-turksoy']),
    );
    // With the keyboard: "To" from 2025 down to 2000.
    const to = page.getByRole('slider', { name: 'To' });
    await to.focus();
    for (let i = 0; i < 25; i++) await to.press('ArrowLeft');
    await expect(page.locator('#year-to-value').textContent()).resolves.toBe('2000');
    const windowed = await drawn(page, 'edges');
    // Minnikhanov's meetings (2005–2015) and tenure (since 2010) fall after the window; the undated membership stays.
    expect(windowed).not.toContain('met:rustam-minnikhanov-turkey');
    expect(windowed).not.toContain('governed:rustam-minnikhanov-tatarstan');
    expect(windowed).toContain('member-of:tatarstan-turksoy');
    expect(windowed).toContain('governed:mintimer-shaimiev-tatarstan'); // 1991–2010 overlaps
    expect(await visibleEdgeCount(page)).toBeLessThan(allEdges);
    await expect(page.locator('#status').textContent()).resolves.toMatch(/\d+ hidden by the filters/);
    await expect(page.locator('a[data-format="graphml"]').getAttribute('href')).resolves.toContain('to=2000');
    await screenshot(page, 'explorer-5-time-window');
    await to.press('End');
    expect(await visibleEdgeCount(page)).toBe(allEdges);
    expect(problems).toEqual([]);
  });

  it('traces the kinship path from Tatarstan to Türkiye and highlights it', async () => {
    await page.getByLabel('From the region').fill('Tatarstan');
    await page.getByLabel('To the country').fill('Turkey');
    await page.getByRole('button', { name: 'Trace paths' }).click();
    await page.locator('#trace-result .ex-trace-summary').waitFor();
    await idle(page);
    await expect(page.locator('#trace-result').textContent()).resolves.toMatch(/\d+ paths? from Tatarstan to Türkiye/);
    // Tatarstan <-TITULAR_IN- Tatars -KIN_OF-> Türkiye, drawn in black; the rest faded.
    const traced = await page.evaluate(() => (globalThis as any).explorer.cy.elements('.traced').map((element: any) => element.data('type') ?? element.id()));
    expect(traced).toEqual(expect.arrayContaining(['region:RU-TA', 'group:tatars', 'country:TR', 'TITULAR_IN', 'KIN_OF']));
    await expect(page.locator('#trace-result').textContent()).resolves.toContain('KIN_OF');
    const faded = await page.evaluate(() => (globalThis as any).explorer.cy.elements('.faded').length);
    expect(faded).toBeGreaterThan(0);
    await screenshot(page, 'explorer-6-trace');
    await page.getByRole('button', { name: 'Clear' }).click();
    expect(problems).toEqual([]);
  });

  it('exports the view: GraphML from the server link, PNG from the canvas', async () => {
    const link = page.locator('a[data-format="graphml"]');
    const href = (await link.getAttribute('href'))!;
    // The entities opened (the search's, the expanded one, the trace's ends) at the depth chosen; no filter or window is set.
    const ids = [...new Set(['region:RU-TA', expanded, 'country:TR'])].join(',');
    expect(href).toBe(`/export/subgraph.graphml?ids=${ids}&depth=2`);
    const response = await page.request.get(new URL(href, server.url).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/graphml|xml/);
    const graphml = await response.text();
    expect(graphml).toMatch(/<graphml[\s>]/);
    expect(graphml).toContain('region:RU-TA');
    expect(graphml).toContain('org:turksoy');
    for (const format of ['gexf', 'json']) {
      const other = await page.locator(`a[data-format="${format}"]`).getAttribute('href');
      expect(other).toBe(href.replace('.graphml', `.${format}`));
    }

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG image' }).click()]);
    expect(download.suggestedFilename()).toBe('paradiplomacy-graph.png');
    const file = await download.path();
    expect(isPng(file)).toBe(true);
    await page.locator('#export-links').scrollIntoViewIfNeeded();
    await screenshot(page, 'explorer-7-export');
    expect(problems).toEqual([]);
  });
});

describe('explorer when the database is down', () => {
  let browser: Browser;
  let stop: () => Promise<void>;
  let url: string;

  beforeAll(async () => {
    browser = await launchChromium();
    const neo4j = await unreachableNeo4j();
    const driver = createDriver({ uri: neo4j.uri });
    const server = createServer({ host: '127.0.0.1', port: 0, nodeEnv: 'test', maxBodyBytes: 1024 * 1024 }, new Database(driver, 'neo4j', 2_000), () => {});
    ({ url } = await server.start());
    stop = async () => {
      await server.stop();
      await driver.close();
      await neo4j.close();
    };
  });

  afterAll(async () => {
    await browser?.close();
    await stop?.();
  });

  it('says so instead of showing a blank page, and a search reports SERVICE_UNAVAILABLE plainly', async () => {
    const { page } = await newPage(browser, url);
    await page.goto(new URL('/explore', url).href);
    const banner = page.getByRole('alert');
    await banner.getByText('The graph database is unavailable.').waitFor({ timeout: 30_000 });
    await expect(banner.textContent()).resolves.toContain('GET /health says');
    await expect(page.locator('#api-status').textContent()).resolves.toBe('Database unavailable');
    await page.getByLabel('Find an entity').fill('Tatarstan');
    // The API's answer first, then what the page makes of it: a failure says which of the two went wrong.
    const answered = page.waitForResponse((response) => new URL(response.url()).pathname === '/graphql' && response.request().method() === 'POST');
    await page.getByLabel('Find an entity').press('Enter');
    const body = (await (await answered).json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code, JSON.stringify(body)).toBe('SERVICE_UNAVAILABLE');
    await expect.poll(() => banner.textContent(), { timeout: 10_000 }).toMatch(/The API server is up but cannot reach Neo4j/);
    await expect(banner.getByRole('button', { name: 'Retry' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'explorer-8-database-down');
  });
});
