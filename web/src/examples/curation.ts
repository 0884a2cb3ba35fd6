import type { PlaygroundExample } from './PlaygroundExample.js';

/**
 * Curated writes and what they leave behind (issue #4; README "Curated
 * mutations and access control"). Mutations need a bearer token: put
 * `{"Authorization": "Bearer <token>"}` in the Headers tab below the editor.
 */
export const curationExamples: readonly PlaygroundExample[] = [
  {
    title: 'Record a visit (editor token)',
    description: 'createVisit: checked like an import row (names, dates, a source); needs an editor token in Headers. Replace the values with your own sourced fact.',
    query: `mutation RecordVisit($input: VisitInput!) {
  createVisit(input: $input) {
    status
    fact {
      id
      type
      from
      to
      sources {
        id
        quote
      }
    }
    auditEntry {
      actor
      operation
      at
    }
  }
}
`,
    variables: {
      input: {
        person: 'person:…',
        country: 'TR',
        date: '2012-05',
        purpose: 'what the source says',
        citation: { source: 'source:…', quote: 'the sentence of the source that states it' },
      },
    },
  },
  {
    title: 'A person’s visits, retracted ones included',
    description: 'Retracted facts are hidden unless asked: includeRetracted shows them with who retracted them, when and why.',
    query: `query VisitsWithRetracted {
  person(id: "person:murat-zyazikov") {
    name
    visits(includeRetracted: true) {
      id
      start
      end
      country {
        name
      }
      retraction {
        by
        at
        reason
      }
    }
  }
}
`,
  },
  {
    title: 'Audit trail (admin token)',
    description: 'Every curated write and bulk import, newest first; needs an admin token in Headers.',
    query: `query AuditTrail {
  auditTrail(first: 20) {
    at
    actor
    role
    operation
    targetId
    status
    input
  }
}
`,
  },
];
