/**
 * The graph explorer (GET /explore): search an entity, draw its neighbourhood
 * with Cytoscape.js, expand nodes, filter by relationship type and by a time
 * window, trace kinship and diaspora paths from a region to a country, read
 * each fact's sources, export the view. Every datum comes from the public
 * GraphQL API through ./api.ts.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import * as api from './api';
import { ApiError, type GraphEdge, type GraphNode, type Path } from './api';
import { byId, h, replaceChildren } from './dom';
import { edgeDetails, nodeDetails, sourceList, type DetailsActions } from './details';
import { EXPORT_FORMATS, exportHref, MAX_EXPORT_IDS } from './exportLinks';
import { graphStylesheet } from './graphStyle';
import { kindLabel, kindSwatch, renderLegend } from './legend';
import { kindStyle } from './kinds';
import { inWindow, spanOf, WINDOW_MAX_YEAR, WINDOW_MIN_YEAR, windowFromSlider } from './timeWindow';
import './explore.css';

cytoscape.use(fcose);

/** Relationship types of the kinship / diaspora trace. */
const KIN_TYPES = ['TITULAR_IN', 'KIN_OF', 'DIASPORA_OF', 'LIVES_IN'];
const TRACE_MAX_HOPS = 4;
const DEFAULT_DEPTH = 2;

// ---------------------------------------------------------------- state

/** Everything loaded, by id (the graph draws them; the panels read them). */
const nodes = new Map<string, GraphNode>();
const edges = new Map<string, GraphEdge>();
/** The entity opened from the search (first) and the nodes expanded since: what the exports reproduce. */
let opened: string[] = [];
const expanded = new Set<string>();
let depth = DEFAULT_DEPTH;
let truncated = false;
let edgesTruncated = false;
/** Relationship types unticked in the filter. */
const hiddenTypes = new Set<string>();
/** Node and edge ids on the traced paths, when tracing. */
let traced: Set<string> | null = null;
/** The last thing the user asked for, to run again after "Retry". */
let lastAction: (() => Promise<void>) | null = null;

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

// ---------------------------------------------------------------- page elements

const el = {
  banner: byId('banner'),
  apiStatus: byId('api-status'),
  searchForm: byId<HTMLFormElement>('search-form'),
  searchText: byId<HTMLInputElement>('search-text'),
  depth: byId<HTMLSelectElement>('depth'),
  searchResults: byId('search-results'),
  expandOnClick: byId<HTMLInputElement>('expand-on-click'),
  typeList: byId('type-list'),
  typesAll: byId<HTMLButtonElement>('types-all'),
  typesNone: byId<HTMLButtonElement>('types-none'),
  yearFrom: byId<HTMLInputElement>('year-from'),
  yearTo: byId<HTMLInputElement>('year-to'),
  yearFromValue: byId<HTMLOutputElement>('year-from-value'),
  yearToValue: byId<HTMLOutputElement>('year-to-value'),
  traceForm: byId<HTMLFormElement>('trace-form'),
  traceFrom: byId<HTMLInputElement>('trace-from'),
  traceTo: byId<HTMLInputElement>('trace-to'),
  traceFromOptions: byId<HTMLDataListElement>('trace-from-options'),
  traceToOptions: byId<HTMLDataListElement>('trace-to-options'),
  traceKinOnly: byId<HTMLInputElement>('trace-kin-only'),
  traceClear: byId<HTMLButtonElement>('trace-clear'),
  traceResult: byId('trace-result'),
  exportPng: byId<HTMLButtonElement>('export-png'),
  exportLinks: byId('export-links'),
  exportNote: byId('export-note'),
  status: byId('status'),
  graph: byId('graph'),
  empty: byId('empty'),
  legend: byId('legend'),
  details: byId('details'),
  inViewCount: byId('in-view-count'),
  inViewList: byId('in-view-list'),
};

// ---------------------------------------------------------------- the graph

const cy = cytoscape({
  container: el.graph,
  style: graphStylesheet(),
  minZoom: 0.15,
  maxZoom: 3,
  boxSelectionEnabled: false,
  selectionType: 'single',
});

/** For the browser console and the browser tests: the Cytoscape instance and the page's actions. */
declare global {
  interface Window {
    explorer?: { cy: cytoscape.Core; open(id: string): Promise<void>; expand(id: string): Promise<void> };
  }
}
window.explorer = { cy, open: (id) => openEntity(id), expand: (id) => expand(id) };

/** Statements and claims are labelled by whole sentences: the graph and the lists show their start. */
function shortLabel(label: string, max = 48): string {
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}

/** Adds nodes and edges not drawn yet (new nodes start near `near`); returns what was added. */
function addToGraph(newNodes: readonly GraphNode[], newEdges: readonly GraphEdge[], near?: cytoscape.Position): cytoscape.CollectionReturnValue {
  let added = cy.collection();
  for (const node of newNodes) {
    nodes.set(node.id, node);
    if (cy.getElementById(node.id).nonempty()) continue;
    const position = near ? { x: near.x + (Math.random() - 0.5) * 80, y: near.y + (Math.random() - 0.5) * 80 } : undefined;
    added = added.union(cy.add({ group: 'nodes', data: { id: node.id, kind: node.kind, label: shortLabel(node.label) }, ...(position ? { position } : {}) }));
  }
  for (const edge of newEdges) {
    edges.set(edge.id, edge);
    if (cy.getElementById(edge.id).nonempty()) continue;
    if (cy.getElementById(edge.source).empty() || cy.getElementById(edge.target).empty()) continue;
    added = added.union(
      cy.add({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, dated: spanOf(edge.properties) !== null } }),
    );
  }
  return added;
}

/** Lays the visible graph out (fcose); `fresh` starts from scratch, otherwise from where nodes are. */
function layout(fresh: boolean): Promise<void> {
  const elements = cy.elements().not('.filtered');
  if (elements.empty()) return Promise.resolve();
  const options = {
    name: 'fcose',
    quality: 'proof',
    randomize: fresh,
    animate: !fresh && !reducedMotion,
    animationDuration: 450,
    fit: true,
    padding: 36,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: () => 95,
    nodeRepulsion: () => 7000,
    packComponents: true,
  } as unknown as cytoscape.LayoutOptions;
  const running = elements.layout(options);
  const done = running.promiseOn('layoutstop').then(() => {
    // A handful of nodes would be fitted at a giant zoom: cap it.
    if (cy.zoom() > 1.5) {
      cy.zoom(1.5);
      cy.center(elements);
    }
  });
  running.run();
  return done;
}

// ---------------------------------------------------------------- busy state and errors

let busy = 0;
function setBusy(delta: number): void {
  busy += delta;
  document.body.dataset.busy = String(busy > 0);
  el.graph.setAttribute('aria-busy', String(busy > 0));
}

/** Runs an action with the busy flag set; failures go to the banner. */
async function run(action: () => Promise<void>, remember = true): Promise<void> {
  if (remember) lastAction = action;
  setBusy(1);
  try {
    await action();
    hideBanner();
  } catch (error) {
    showError(error);
  } finally {
    setBusy(-1);
  }
}

function hideBanner(): void {
  el.banner.hidden = true;
  el.banner.replaceChildren();
}

function showProblem(title: string, detail: string): void {
  replaceChildren(
    el.banner,
    h('strong', {}, title),
    ' ',
    h('span', {}, detail),
    ' ',
    h('button', { type: 'button', onclick: () => void retry() }, 'Retry'),
  );
  el.banner.hidden = false;
}

function showError(error: unknown): void {
  if (error instanceof ApiError && error.code === 'SERVICE_UNAVAILABLE') {
    showProblem('The graph database is unavailable.', `The API server is up but cannot reach Neo4j; it answered: “${error.message}” Start the database (npm start starts the embedded one), then retry.`);
    setApiStatus('Database unavailable', 'down');
  } else if (error instanceof ApiError && error.code === 'NETWORK') {
    showProblem('The API server does not answer.', `${error.message} Is the server (npm start) running?`);
    setApiStatus('API unreachable', 'down');
  } else if (error instanceof ApiError) {
    showProblem('The API refused the request.', `${error.message} (${error.code})`);
  } else {
    showProblem('Something went wrong.', error instanceof Error ? error.message : String(error));
  }
}

function setApiStatus(text: string, state: 'ok' | 'down'): void {
  el.apiStatus.textContent = text;
  el.apiStatus.dataset.state = state;
}

async function checkHealth(): Promise<boolean> {
  const health = await api.health();
  if (health.ok) {
    setApiStatus(`API ready · Neo4j ${health.neo4j}`, 'ok');
    return true;
  }
  if (health.serverDown) {
    showProblem('The API server does not answer.', `GET /health failed (${health.reason}). Is the server (npm start) running?`);
    setApiStatus('API unreachable', 'down');
  } else {
    showProblem('The graph database is unavailable.', `GET /health says: ${health.reason}. The explorer works again as soon as Neo4j is back: start it (npm start starts the embedded one), then retry.`);
    setApiStatus('Database unavailable', 'down');
  }
  return false;
}

async function retry(): Promise<void> {
  if (!(await checkHealth())) return;
  hideBanner();
  if (lastAction) await run(lastAction);
}

// ---------------------------------------------------------------- opening, expanding

async function openEntity(id: string): Promise<void> {
  await run(async () => {
    const sub = await api.subgraph([id], depth);
    cy.elements().remove();
    nodes.clear();
    edges.clear();
    expanded.clear();
    traced = null;
    el.traceResult.replaceChildren();
    opened = [id];
    truncated = sub.truncated;
    edgesTruncated = sub.edgesTruncated;
    delete el.status.dataset.announcement;
    addToGraph(sub.nodes, sub.edges);
    cy.getElementById(id).addClass('seed');
    expanded.add(id);
    const node = nodes.get(id);
    if (node?.kind === 'Region') el.traceFrom.value = node.label;
    history.replaceState(null, '', `#id=${encodeURIComponent(id)}&depth=${depth}`);
    refresh();
    await layout(true);
    select(id, { expand: false });
  });
}

async function expand(id: string): Promise<void> {
  if (expanded.has(id)) return;
  await run(async () => {
    const sub = await api.subgraph([id], 1);
    const anchor = cy.getElementById(id);
    const added = addToGraph(sub.nodes, sub.edges, anchor.nonempty() ? anchor.position() : undefined);
    expanded.add(id);
    if (!opened.includes(id)) opened.push(id);
    truncated = truncated || sub.truncated;
    edgesTruncated = edgesTruncated || sub.edgesTruncated;
    refresh();
    const newNodes = added.nodes().length;
    announce(`${nodes.get(id)?.label ?? id}: ${newNodes === 0 ? 'no new neighbours' : `${newNodes} new node${newNodes === 1 ? '' : 's'}`}.`);
    if (added.nonempty()) await layout(false);
    if (cy.getElementById(id).selected()) showNode(id);
  }, false);
}

// ---------------------------------------------------------------- filters

/** Hides relationships of unticked types and dated ones outside the window; then nodes left with no visible relationship. */
function applyFilters(): void {
  const window = currentWindow();
  const pinned = new Set([...opened, ...(traced ?? [])]);
  cy.batch(() => {
    cy.edges().forEach((element) => {
      const edge = edges.get(element.id());
      const show = !!edge && !hiddenTypes.has(edge.type) && inWindow(spanOf(edge.properties), window);
      element.toggleClass('filtered', !show);
    });
    cy.nodes().forEach((element) => {
      const connected = element.connectedEdges();
      const hide = !pinned.has(element.id()) && connected.nonempty() && connected.every((edge) => (edge as cytoscape.EdgeSingular).hasClass('filtered'));
      element.toggleClass('filtered', hide);
    });
  });
}

function currentWindow() {
  return windowFromSlider(Number(el.yearFrom.value), Number(el.yearTo.value));
}

/** The relationship-type checkboxes: one per type loaded, with counts; keeps what was unticked. */
function renderTypeFilter(): void {
  const counts = new Map<string, number>();
  for (const edge of edges.values()) counts.set(edge.type, (counts.get(edge.type) ?? 0) + 1);
  const types = [...counts.keys()].sort();
  if (types.length === 0) {
    replaceChildren(el.typeList, h('p', { class: 'ex-muted' }, 'Open an entity to list its relationship types.'));
    return;
  }
  el.typeList.replaceChildren(
    ...types.map((type) => {
      const box = h('input', { type: 'checkbox', value: type, 'data-type': type }) as HTMLInputElement;
      box.checked = !hiddenTypes.has(type);
      box.addEventListener('change', () => {
        if (box.checked) hiddenTypes.delete(type);
        else hiddenTypes.add(type);
        refresh();
      });
      return h('label', { class: 'ex-check' }, box, ` ${type} `, h('span', { class: 'ex-count' }, `(${counts.get(type)})`));
    }),
  );
}

function setAllTypes(shown: boolean): void {
  hiddenTypes.clear();
  if (!shown) for (const edge of edges.values()) hiddenTypes.add(edge.type);
  renderTypeFilter();
  refresh();
}

function onSliderInput(changed: 'from' | 'to'): void {
  let from = Number(el.yearFrom.value);
  let to = Number(el.yearTo.value);
  if (from > to) {
    if (changed === 'from') to = from;
    else from = to;
    el.yearFrom.value = String(from);
    el.yearTo.value = String(to);
  }
  el.yearFromValue.textContent = from <= WINDOW_MIN_YEAR ? `${WINDOW_MIN_YEAR} or earlier` : String(from);
  el.yearToValue.textContent = to >= WINDOW_MAX_YEAR ? `${WINDOW_MAX_YEAR} or later` : String(to);
  el.yearFrom.setAttribute('aria-valuetext', el.yearFromValue.textContent);
  el.yearTo.setAttribute('aria-valuetext', el.yearToValue.textContent);
  refresh();
}

// ---------------------------------------------------------------- trace

/** Resolves a trace input: a suggestion picked from the list, else the best search hit of that kind. */
async function resolveEntity(input: HTMLInputElement, options: HTMLDataListElement, kind: string): Promise<GraphNode | null> {
  const text = input.value.trim();
  if (!text) return null;
  const picked = [...options.options].find((option) => option.value === text);
  if (picked?.dataset.id && nodes.has(picked.dataset.id)) return nodes.get(picked.dataset.id)!;
  const found = await api.search(text, { kinds: [kind], first: 1 });
  return found[0] ?? null;
}

async function trace(): Promise<void> {
  await run(async () => {
    const [from, to] = await Promise.all([
      resolveEntity(el.traceFrom, el.traceFromOptions, 'Region'),
      resolveEntity(el.traceTo, el.traceToOptions, 'Country'),
    ]);
    if (!from || !to) {
      replaceChildren(el.traceResult, h('p', {}, !from ? `No region matches “${el.traceFrom.value}”.` : `No country matches “${el.traceTo.value}”.`));
      return;
    }
    const kinOnly = el.traceKinOnly.checked;
    const found = await api.paths(from.id, to.id, { maxHops: TRACE_MAX_HOPS, ...(kinOnly ? { relationshipTypes: KIN_TYPES } : {}) });
    if (found.length === 0) {
      clearTrace();
      replaceChildren(
        el.traceResult,
        h('p', {}, `No ${kinOnly ? 'kinship or diaspora ' : ''}path from ${from.label} to ${to.label} within ${TRACE_MAX_HOPS} hops.`),
        kinOnly ? h('p', { class: 'ex-muted' }, 'Untick “only kinship and diaspora” to trace over every relationship.') : null,
      );
      return;
    }
    if (cy.nodes().empty()) opened = [from.id];
    const anchor = cy.getElementById(from.id);
    const added = addToGraph(
      found.flatMap((path) => path.nodes),
      found.flatMap((path) => path.edges),
      anchor.nonempty() ? anchor.position() : undefined,
    );
    for (const id of [from.id, to.id]) if (!opened.includes(id)) opened.push(id);
    traced = new Set(found.flatMap((path) => [...path.nodes.map((node) => node.id), ...path.edges.map((edge) => edge.id)]));
    refresh();
    if (added.nonempty()) await layout(cy.nodes().length === added.nodes().length);
    renderTraceResult(from, to, found);
  });
}

function renderTraceResult(from: GraphNode, to: GraphNode, found: readonly Path[]): void {
  const shortest = Math.min(...found.map((path) => path.length));
  replaceChildren(
    el.traceResult,
    h('p', { class: 'ex-trace-summary' }, `${found.length} path${found.length === 1 ? '' : 's'} from ${from.label} to ${to.label} (shortest: ${shortest} hop${shortest === 1 ? '' : 's'}), highlighted in black.`),
    h(
      'ol',
      { class: 'ex-paths' },
      ...found.map((path) => {
        const steps: Array<Node | string> = [];
        path.nodes.forEach((node, index) => {
          steps.push(h('button', { type: 'button', class: 'ex-link-button', onclick: () => select(node.id, { expand: false, reveal: true }) }, node.label));
          const edge = path.edges[index];
          if (edge) {
            const forward = edge.source === node.id;
            steps.push(' ', h('button', { type: 'button', class: 'ex-link-button ex-edge-link', onclick: () => select(edge.id, { reveal: true }) }, forward ? `—${edge.type}→` : `←${edge.type}—`), ' ');
          }
        });
        return h('li', {}, ...steps);
      }),
    ),
  );
}

function clearTrace(): void {
  traced = null;
  el.traceResult.replaceChildren();
  refresh();
}

let suggestTimer: number | undefined;
/** Suggestions under a trace input, from the search (debounced). */
function suggest(input: HTMLInputElement, list: HTMLDataListElement, kind: string): void {
  window.clearTimeout(suggestTimer);
  const text = input.value.trim();
  if (text.length < 2) return;
  suggestTimer = window.setTimeout(() => {
    api
      .search(text, { kinds: [kind], first: 8 })
      .then((found) => {
        for (const node of found) nodes.set(node.id, nodes.get(node.id) ?? node);
        list.replaceChildren(...found.map((node) => h('option', { value: node.label, 'data-id': node.id })));
      })
      .catch(() => {
        /* suggestions are optional; the trace itself reports errors */
      });
  }, 250);
}

// ---------------------------------------------------------------- selection and the side panel

const actions: DetailsActions = {
  nodeLabel: (id) => shortLabel(nodes.get(id)?.label ?? id, 70),
  selectNode: (id) => select(id, { expand: false, reveal: true }),
  selectEdge: (id) => select(id, { reveal: true }),
  expand: (id) => void expand(id),
  isExpanded: (id) => expanded.has(id),
  openAsNew: (id) => void openEntity(id),
};

/** Selects a node or an edge in the graph and shows it in the panel; a node may also expand. */
function select(id: string, options: { expand?: boolean; reveal?: boolean } = {}): void {
  const element = cy.getElementById(id);
  if (element.nonempty()) {
    cy.elements().unselect();
    element.select();
    // Picked from a list (the keyboard's way in): bring it into view if it is off-screen.
    if (options.reveal && element.visible()) {
      const box = element.boundingBox();
      const view = cy.extent();
      if (box.x1 < view.x1 || box.x2 > view.x2 || box.y1 < view.y1 || box.y2 > view.y2) {
        cy.animate({ center: { eles: element } }, { duration: reducedMotion ? 0 : 300 });
      }
    }
  }
  if (edges.has(id)) showEdge(id);
  else if (nodes.has(id)) {
    showNode(id);
    const node = nodes.get(id)!;
    if (node.kind === 'Country' && el.traceFrom.value && !el.traceTo.value) el.traceTo.value = node.label;
    if (options.expand) void expand(id);
  }
}

let detailsRequest = 0;
function showNode(id: string): void {
  const node = nodes.get(id);
  if (!node) return;
  const relationships = cy
    .getElementById(id)
    .connectedEdges()
    .not('.filtered')
    .map((element) => edges.get(element.id()))
    .filter((edge): edge is GraphEdge => !!edge);
  const { element, sourcesSlot } = nodeDetails(node, relationships, actions);
  el.details.replaceChildren(element);
  const request = ++detailsRequest;
  api
    .nodeSources(id)
    .then((sources) => {
      if (request === detailsRequest) sourcesSlot.replaceChildren(sourceList(sources));
    })
    .catch((error: unknown) => {
      if (request === detailsRequest) sourcesSlot.replaceChildren(h('p', { class: 'ex-muted' }, `Could not load the sources: ${(error as Error).message}`));
    });
}

function showEdge(id: string): void {
  const edge = edges.get(id);
  if (!edge) return;
  detailsRequest++;
  el.details.replaceChildren(edgeDetails(edge, actions));
}

function showNothing(): void {
  detailsRequest++;
  replaceChildren(
    el.details,
    h('p', { class: 'ex-muted' }, 'Click a node or a relationship in the graph (or pick one from the list below) to see its properties and the sources that support it, with their quotes.'),
  );
}

cy.on('tap', 'node', (event) => select(event.target.id(), { expand: el.expandOnClick.checked }));
cy.on('tap', 'edge', (event) => select(event.target.id()));
cy.on('tap', (event) => {
  if (event.target === cy) {
    cy.elements().unselect();
    showNothing();
  }
});

// ---------------------------------------------------------------- everything that follows the view

function announce(text: string): void {
  el.status.dataset.announcement = text;
  renderStatus();
}

function renderStatus(): void {
  const shownNodes = cy.nodes().not('.filtered').length;
  const shownEdges = cy.edges().not('.filtered').length;
  const hiddenEdges = cy.edges().length - shownEdges;
  const parts = [`${shownNodes} node${shownNodes === 1 ? '' : 's'} and ${shownEdges} relationship${shownEdges === 1 ? '' : 's'} shown`];
  if (hiddenEdges > 0) parts.push(`${hiddenEdges} hidden by the filters`);
  if (truncated) parts.push('limited to the nearest 200 nodes');
  if (edgesTruncated) parts.push('relationships limited to the nearest 2000');
  const announcement = el.status.dataset.announcement;
  el.status.textContent = cy.nodes().empty() ? '' : `${parts.join(' · ')}.${announcement ? ` ${announcement}` : ''}`;
  el.status.dataset.nodes = String(shownNodes);
  el.status.dataset.edges = String(shownEdges);
}

function renderInView(): void {
  const shown = cy
    .nodes()
    .not('.filtered')
    .map((element) => nodes.get(element.id()))
    .filter((node): node is GraphNode => !!node)
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label));
  el.inViewCount.textContent = String(shown.length);
  el.inViewList.replaceChildren(
    ...shown.map((node) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'ex-link-button', 'data-node-id': node.id, title: `${kindLabel(node.kind)}: ${node.label}`, onclick: () => select(node.id, { expand: false, reveal: true }) },
          kindSwatch(kindStyle(node.kind), 14),
          ' ',
          shortLabel(node.label),
        ),
      ),
    ),
  );
}

function renderExportLinks(): void {
  const window = currentWindow();
  const loadedTypes = new Set([...edges.values()].map((edge) => edge.type));
  const shownTypes = [...loadedTypes].filter((type) => !hiddenTypes.has(type)).sort();
  const view = {
    ids: opened,
    depth,
    relationshipTypes: hiddenTypes.size > 0 && shownTypes.length > 0 ? shownTypes : null,
    from: window.from,
    to: window.to,
  };
  const empty = opened.length === 0;
  el.exportPng.disabled = cy.nodes().empty();
  el.exportLinks.replaceChildren(
    ...EXPORT_FORMATS.map(({ format, label, description }) =>
      h(
        'li',
        {},
        empty
          ? h('a', { class: 'ex-export-link', 'data-format': format, 'aria-disabled': 'true' }, label)
          : h('a', { class: 'ex-export-link', 'data-format': format, href: exportHref(format, view), download: `paradiplomacy-subgraph.${format === 'json' ? 'cyjs.json' : format}`, title: description }, label),
      ),
    ),
  );
  el.exportNote.textContent = empty
    ? 'Open an entity first.'
    : `The server's download of the neighbourhood of ${Math.min(opened.length, MAX_EXPORT_IDS)} opened entit${opened.length === 1 ? 'y' : 'ies'} at depth ${depth}` +
      `${view.relationshipTypes ? ', ticked relationship types only' : ''}${window.from !== null || window.to !== null ? ', in the time window' : ''}.`;
}

/** Re-applies filters and trace highlighting, then redraws every panel that follows the view. */
function refresh(): void {
  applyFilters();
  cy.batch(() => {
    cy.elements().removeClass('traced faded');
    if (traced) {
      const ids = traced;
      cy.elements().forEach((element) => {
        element.addClass(ids.has(element.id()) ? 'traced' : 'faded');
      });
    }
  });
  el.empty.hidden = cy.nodes().nonempty();
  renderTypeFilter();
  renderStatus();
  renderInView();
  renderExportLinks();
}

// ---------------------------------------------------------------- search

async function searchEntities(text: string): Promise<void> {
  await run(async () => {
    const found = await api.search(text, { first: 10 });
    if (found.length === 0) {
      replaceChildren(el.searchResults, h('li', { class: 'ex-muted' }, `Nothing matches “${text}”.`));
      return;
    }
    el.searchResults.replaceChildren(
      ...found.map((node) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'ex-result', 'data-node-id': node.id, title: `${node.label} (${kindLabel(node.kind)})`, onclick: () => void openEntity(node.id) },
            kindSwatch(kindStyle(node.kind), 14),
            h('span', { class: 'ex-result-label' }, node.label),
            h('span', { class: 'ex-result-kind' }, node.kind.replace(/([a-z])([A-Z])/g, '$1 $2')),
          ),
        ),
      ),
    );
    // An exact name opens at once; otherwise the reader picks from the list.
    const exact = found.find((node) => normalise(node.label) === normalise(text));
    if (exact) await openEntity(exact.id);
  });
}

function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
}

async function exportPng(): Promise<void> {
  const blob = await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: 'paradiplomacy-graph.png' });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// ---------------------------------------------------------------- wiring

el.searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = el.searchText.value.trim();
  if (text) void searchEntities(text);
});
el.depth.value = String(depth);
el.depth.addEventListener('change', () => {
  depth = Number(el.depth.value);
  if (opened[0]) void openEntity(opened[0]);
});
el.typesAll.addEventListener('click', () => setAllTypes(true));
el.typesNone.addEventListener('click', () => setAllTypes(false));
for (const slider of [el.yearFrom, el.yearTo]) {
  slider.min = String(WINDOW_MIN_YEAR);
  slider.max = String(WINDOW_MAX_YEAR);
}
el.yearFrom.addEventListener('input', () => onSliderInput('from'));
el.yearTo.addEventListener('input', () => onSliderInput('to'));
el.traceForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void trace();
});
el.traceClear.addEventListener('click', clearTrace);
el.traceFrom.addEventListener('input', () => suggest(el.traceFrom, el.traceFromOptions, 'Region'));
el.traceTo.addEventListener('input', () => suggest(el.traceTo, el.traceToOptions, 'Country'));
el.exportPng.addEventListener('click', () => void run(exportPng, false));
for (const example of document.querySelectorAll<HTMLButtonElement>('[data-example]')) {
  example.addEventListener('click', () => {
    el.searchText.value = example.dataset.example ?? '';
    void searchEntities(el.searchText.value);
  });
}

renderLegend(el.legend);
onSliderInput('to');
showNothing();
replaceChildren(byId('empty-loading'), 'Search for a region, a country, a person, an ethnic group or an organisation to draw its neighbourhood.');
setBusy(0);
document.body.dataset.ready = 'true';

void (async () => {
  const healthy = await checkHealth();
  // A link like /explore#id=region:RU-TA&depth=2 opens that entity.
  const hash = new URLSearchParams(location.hash.slice(1));
  const hashDepth = Number(hash.get('depth'));
  if ([1, 2, 3].includes(hashDepth)) {
    depth = hashDepth;
    el.depth.value = String(depth);
  }
  const id = hash.get('id');
  if (healthy && id) await openEntity(id);
})();
