import type { PlaygroundExample } from './PlaygroundExample.js';

/**
 * Lists that grow (Relay-style connections with keyset cursors), search over
 * every node kind, and subgraphs in a time window (issue #3; README section
 * "Connections, search and subgraph exports").
 */
export const connectionExamples: readonly PlaygroundExample[] = [
  {
    title: 'Regions, 10 per page (connection)',
    description: 'The 83 regions by ISO code, a page at a time: pass pageInfo.endCursor as $after for the next page.',
    query: `query RegionsPage($after: String) {
  regionsConnection(first: 10, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
    }
    edges {
      cursor
      node {
        code
        name
        kind
      }
    }
  }
}
`,
    variables: { after: null },
  },
  {
    title: 'Republics by name (connection)',
    description: 'Only the 21 republics, sorted by English name, 8 per page.',
    query: `query RepublicsByName {
  regionsConnection(kind: REPUBLIC, orderBy: NAME, first: 8) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        name
        nameRu
        federalDistrict
      }
    }
  }
}
`,
  },
  {
    title: 'Volga federal district (connection)',
    description: 'The 14 regions of the Volga federal district.',
    query: `query VolgaRegions {
  regionsConnection(federalDistrict: "Volga", first: 20) {
    totalCount
    edges {
      node {
        code
        name
      }
    }
  }
}
`,
  },
  {
    title: 'Murat Zyazikov: meetings one per page',
    description: 'A person’s meetings as a connection, oldest first (ties by id): King Abdullah II, then the Ingush diaspora.',
    query: `query ZyazikovMeetings($after: String) {
  person(id: "person:murat-zyazikov") {
    name
    meetingsConnection(first: 1, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      edges {
        node {
          start
          end
          counterpartRole
          counterpart {
            __typename
            ... on Person {
              name
            }
            ... on Diaspora {
              name
            }
          }
          sources {
            title
            quote
          }
        }
      }
    }
  }
}
`,
    variables: { after: null },
  },
  {
    title: 'Visits in a window (connection)',
    description: 'Zyazikov’s visits that may fall in 2005–2006 (Jordan), and Jordan’s visitors newest first.',
    query: `query VisitsInWindow {
  person(id: "person:murat-zyazikov") {
    visitsConnection(from: "2005", to: "2006") {
      totalCount
      edges {
        node {
          start
          end
          occasions
          country {
            name
          }
        }
      }
    }
  }
  country(code: "JO") {
    visitsConnection(orderBy: DATE_DESC) {
      totalCount
      edges {
        node {
          visitor {
            name
          }
          start
          end
        }
      }
    }
  }
}
`,
  },
  {
    title: 'Search: exact matches first ("Komi")',
    description: 'The Komi people (EXACT) before the Komi Republic (PREFIX) and texts about them (TEXT), with scores.',
    query: `query SearchKomi($after: String) {
  searchConnection(text: "Komi", first: 5, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      match
      score
      node {
        id
        kind
        label
      }
    }
  }
}
`,
    variables: { after: null },
  },
  {
    title: 'Search: Cyrillic and transliterations',
    description: '"Кадыров", "Turtsiya" (Турция), "Tatary" (Татары) and "Abdalla" (Абдалла II) all find their node.',
    query: `query SearchTransliterations {
  kadyrov: search(text: "Кадыров") {
    id
    label
  }
  turtsiya: search(text: "Turtsiya") {
    id
    label
  }
  tatary: search(text: "Tatary") {
    id
    label
  }
  abdalla: search(text: "Abdalla") {
    id
    label
  }
}
`,
  },
  {
    title: 'Search statements, claims and figures',
    description: 'Nodes without a name are found by their summary ("terrorist", "Varangian") or label ("reported activity").',
    query: `query SearchTexts {
  statements: searchConnection(text: "terrorist") {
    edges {
      match
      node {
        id
        kind
        label
      }
    }
  }
  claims: searchConnection(text: "Varangian", kinds: ["Claim"]) {
    edges {
      node {
        id
        label
      }
    }
  }
  figures: searchConnection(text: "reported activity") {
    totalCount
    edges {
      node {
        id
        label
      }
    }
  }
}
`,
  },
  {
    title: 'Subgraph around Komi from 2016',
    description: 'Komi at depth 1 in the window 2016–: Gaplikov’s tenure stays, his predecessors’ go; undated links stay.',
    query: `query KomiFrom2016 {
  subgraph(ids: ["region:RU-KO"], depth: 1, from: "2016") {
    truncated
    nodes {
      id
      kind
      label
    }
    edges {
      type
      source
      target
      properties
      sources {
        title
        url
        quote
      }
    }
  }
}
`,
  },
];
