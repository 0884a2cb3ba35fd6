/** The legend: each kind's shape in its colour (the same points as the graph's), drawn as SVG. */
import { KIND_STYLES, kindStyle, type KindStyle } from './kinds';
import { h } from './dom';

const SVG = 'http://www.w3.org/2000/svg';

/** A small SVG of a kind's shape and colour. */
export function kindSwatch(style: KindStyle, size = 18): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '-1.2 -1.2 2.4 2.4');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('ex-swatch');
  let shape: SVGElement;
  if (style.shape.type === 'ellipse') {
    shape = document.createElementNS(SVG, 'circle');
    shape.setAttribute('r', '1');
  } else if (style.shape.type === 'round-rectangle') {
    shape = document.createElementNS(SVG, 'rect');
    for (const [name, value] of Object.entries({ x: -1, y: -1, width: 2, height: 2, rx: 0.45 })) shape.setAttribute(name, String(value));
  } else {
    shape = document.createElementNS(SVG, 'polygon');
    const points = style.shape.points;
    const pairs: string[] = [];
    for (let i = 0; i + 1 < points.length; i += 2) pairs.push(`${points[i]},${points[i + 1]}`);
    shape.setAttribute('points', pairs.join(' '));
  }
  shape.setAttribute('fill', style.color);
  shape.setAttribute('stroke', '#1f2937');
  shape.setAttribute('stroke-width', '0.14');
  if (style.dashed) shape.setAttribute('stroke-dasharray', '0.3 0.2');
  svg.appendChild(shape);
  return svg;
}

export function kindLabel(kind: string): string {
  const style = kindStyle(kind);
  return style.kind === '*' ? kind : style.label;
}

/** The legend's list: every kind, plus the line styles. */
export function renderLegend(container: HTMLElement): void {
  const items = KIND_STYLES.map((style) => h('li', {}, kindSwatch(style), h('span', {}, style.label)));
  container.replaceChildren(
    h('h2', { class: 'ex-visually-hidden' }, 'Legend'),
    h(
      'ul',
      { class: 'ex-legend-list' },
      ...items,
      h('li', {}, h('span', { class: 'ex-line ex-line-solid', 'aria-hidden': 'true' }), h('span', {}, 'Undated relationship')),
      h('li', {}, h('span', { class: 'ex-line ex-line-dashed', 'aria-hidden': 'true' }), h('span', {}, 'Dated (follows the time window)')),
    ),
  );
}
