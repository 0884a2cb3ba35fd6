import type {
  MeetingResolvers,
  PersonResolvers,
  PostResolvers,
  StatementResolvers,
  TenureResolvers,
  VisitResolvers,
} from '../generated/graphql.js';
import type { NodeRow } from '../model/records.js';
import { retractionOf } from '../curation/FactRow.js';
import { byDate, citedSources, edgesOf, edgesWithRetracted, inWindow, neighbours, nodeOf } from './graphAccess.js';

/** Loads a node that must exist (relationship endpoints always do); synchronously when primed, as nodeOf. */
function endpoint(ctx: Parameters<typeof nodeOf>[0], id: string): NodeRow | Promise<NodeRow> {
  const present = (node: NodeRow | null): NodeRow => {
    if (!node) throw new Error(`relationship endpoint ${id} is missing`);
    return node;
  };
  const node = nodeOf(ctx, id);
  return node instanceof Promise ? node.then(present) : present(node);
}

export const personResolvers: PersonResolvers = {
  tenures: async (person, _, ctx) => (await edgesOf(ctx, person.id, 'GOVERNED', 'OUT')).sort(byDate('start')),
  visits: async (person, { from, to, includeRetracted }, ctx) =>
    (await edgesWithRetracted(ctx, person.id, 'VISITED', 'OUT', includeRetracted)).filter((v) => inWindow(v.props, from, to)).sort(byDate('start')),
  meetings: async (person, { from, to, includeRetracted }, ctx) =>
    (await edgesWithRetracted(ctx, person.id, 'MET', 'OUT', includeRetracted)).filter((m) => inWindow(m.props, from, to)).sort(byDate('start')),
  statements: async (person, _, ctx) => (await neighbours(ctx, person.id, 'MADE', 'OUT')).sort(byDate('date')),
  ethnicity: (person, _, ctx) => neighbours(ctx, person.id, 'BELONGS_TO', 'OUT'),
  posts: (person, _, ctx) => edgesOf(ctx, person.id, 'LED', 'OUT'),
  sources: (person, _, ctx) => citedSources(ctx, person),
};

export const tenureResolvers: TenureResolvers = {
  governor: (tenure, _, ctx) => endpoint(ctx, tenure.from),
  region: (tenure, _, ctx) => endpoint(ctx, tenure.to),
  sources: (tenure, _, ctx) => citedSources(ctx, tenure),
};

export const visitResolvers: VisitResolvers = {
  visitor: (visit, _, ctx) => endpoint(ctx, visit.from),
  country: (visit, _, ctx) => nodeOf(ctx, visit.to, 'Country'),
  area: (visit, _, ctx) => nodeOf(ctx, visit.to, 'Area'),
  sources: (visit, _, ctx) => citedSources(ctx, visit),
  retraction: (visit) => retractionOf(visit.props),
};

export const meetingResolvers: MeetingResolvers = {
  person: (meeting, _, ctx) => endpoint(ctx, meeting.from),
  counterpart: (meeting, _, ctx) => endpoint(ctx, meeting.to),
  sources: (meeting, _, ctx) => citedSources(ctx, meeting),
  retraction: (meeting) => retractionOf(meeting.props),
};

export const statementResolvers: StatementResolvers = {
  speakers: (statement, _, ctx) => neighbours(ctx, statement.id, 'MADE', 'IN'),
  about: (statement, _, ctx) => neighbours(ctx, statement.id, 'ABOUT', 'OUT'),
  sources: (statement, _, ctx) => citedSources(ctx, statement),
};

export const postResolvers: PostResolvers = {
  person: (post, _, ctx) => endpoint(ctx, post.from),
  organisation: (post, _, ctx) => endpoint(ctx, post.to),
  sources: (post, _, ctx) => citedSources(ctx, post),
};

export { endpoint };
