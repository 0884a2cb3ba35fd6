/**
 * How each node kind looks: a colour from the Okabe–Ito palette (safe for the
 * common colour-vision deficiencies) AND a distinct shape, so that no kind is
 * told apart by colour alone. The same shape definitions draw the graph
 * (Cytoscape `polygon` points) and the legend (SVG), so they always agree.
 * DOM-free.
 */

/** A shape in Cytoscape's unit square (-1..1, y downwards). */
export type KindShape = { type: 'ellipse' } | { type: 'round-rectangle' } | { type: 'polygon'; points: readonly number[] };

export interface KindStyle {
  kind: string;
  /** The legend's wording. */
  label: string;
  color: string;
  shape: KindShape;
  /** A dashed border (kinds drawn in white). */
  dashed?: boolean;
}

/** Okabe & Ito (2008), "Color Universal Design". */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
  grey: '#999999',
} as const;

function regularPolygon(sides: number, inner?: number): number[] {
  const points: number[] = [];
  const count = inner === undefined ? sides : sides * 2;
  for (let i = 0; i < count; i++) {
    const radius = inner !== undefined && i % 2 === 1 ? inner : 1;
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / count;
    points.push(round(radius * Math.cos(angle)), round(radius * Math.sin(angle)));
  }
  return points;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

const SHAPES = {
  hexagon: { type: 'polygon', points: [-1, 0, -0.5, -1, 0.5, -1, 1, 0, 0.5, 1, -0.5, 1] },
  diamond: { type: 'polygon', points: [0, -1, 1, 0, 0, 1, -1, 0] },
  pentagon: { type: 'polygon', points: regularPolygon(5) },
  octagon: { type: 'polygon', points: [-0.414, -1, 0.414, -1, 1, -0.414, 1, 0.414, 0.414, 1, -0.414, 1, -1, 0.414, -1, -0.414] },
  rhomboid: { type: 'polygon', points: [-1, -1, 0.4, -1, 1, 1, -0.4, 1] },
  star: { type: 'polygon', points: regularPolygon(5, 0.45) },
  triangle: { type: 'polygon', points: [0, -1, 1, 1, -1, 1] },
  vee: { type: 'polygon', points: [-1, -1, 0, -0.3, 1, -1, 0, 1] },
  tag: { type: 'polygon', points: [-1, -1, 0.4, -1, 1, 0, 0.4, 1, -1, 1] },
} as const satisfies Record<string, KindShape>;

/** Every kind the API's GraphNode.kind names, in legend order. */
export const KIND_STYLES: readonly KindStyle[] = [
  { kind: 'Region', label: 'Russian region', color: OKABE_ITO.blue, shape: { type: 'round-rectangle' } },
  { kind: 'Country', label: 'Country', color: OKABE_ITO.vermillion, shape: SHAPES.hexagon },
  { kind: 'Person', label: 'Person', color: OKABE_ITO.orange, shape: { type: 'ellipse' } },
  { kind: 'EthnicGroup', label: 'Ethnic group', color: OKABE_ITO.bluishGreen, shape: SHAPES.diamond },
  { kind: 'Diaspora', label: 'Diaspora', color: OKABE_ITO.skyBlue, shape: SHAPES.pentagon },
  { kind: 'Organisation', label: 'Organisation', color: OKABE_ITO.reddishPurple, shape: SHAPES.octagon },
  { kind: 'Statement', label: 'Statement', color: OKABE_ITO.yellow, shape: SHAPES.rhomboid },
  { kind: 'Claim', label: 'Claim (literature)', color: OKABE_ITO.black, shape: SHAPES.star },
  { kind: 'ActivityFigure', label: 'Reported activity figure', color: OKABE_ITO.grey, shape: SHAPES.triangle },
  { kind: 'Area', label: 'Area (e.g. the Levant)', color: '#FFFFFF', shape: SHAPES.vee, dashed: true },
  { kind: 'Source', label: 'Source', color: '#FFFFFF', shape: SHAPES.tag, dashed: true },
];

/** Kinds the table does not know yet (the API may add some) look like this. */
export const UNKNOWN_KIND: KindStyle = { kind: '*', label: 'Other', color: '#DDDDDD', shape: { type: 'ellipse' }, dashed: true };

export function kindStyle(kind: string): KindStyle {
  return KIND_STYLES.find((style) => style.kind === kind) ?? UNKNOWN_KIND;
}
