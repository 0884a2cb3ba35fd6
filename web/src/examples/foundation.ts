import type { PlaygroundExample } from './PlaygroundExample.js';

/** Lookups, kinship, search, subgraph and paths: the foundation's questions. */
export const foundationExamples: readonly PlaygroundExample[] = [
  {
    title: 'Tatarstan: governors',
    description: 'Who headed the Republic of Tatarstan, when, with what title and why each term ended.',
    query: `query TatarstanGovernors {
  region(code: "RU-TA") {
    code
    name
    nameRu
    kind
    federalDistrict
    governors {
      title
      start
      end
      endReason
      governor {
        id
        name
        nameRu
        role
      }
      sources {
        title
        quote
      }
    }
  }
}
`,
  },
  {
    title: 'Tatarstan: memberships (Türksoy)',
    description: 'International organisations Tatarstan belongs to, with status (e.g. "refused to leave") and sources.',
    query: `query TatarstanMemberships {
  region(code: "RU-TA") {
    name
    memberships {
      status
      since
      until
      organisation {
        id
        name
        nameRu
        kind
        country {
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
`,
  },
  {
    title: 'Türksoy: members and statements',
    description: 'The members of Türksoy (regions and countries) and what the organisation said, with sources.',
    query: `query TurksoyMembers($id: ID!) {
  organisation(id: $id) {
    name
    nameRu
    kind
    country {
      name
    }
    members {
      status
      since
      until
      member {
        __typename
        ... on Region {
          code
          name
        }
        ... on Country {
          code
          name
        }
      }
      sources {
        title
        quote
      }
    }
    statements {
      date
      summary
    }
  }
}
`,
    variables: { id: 'org:turksoy' },
  },
  {
    title: 'Tatarstan: reported activity (75 visits, 161 meetings)',
    description: "Tatarstan's activity counts as the source reports them: visits abroad, meetings in Russia, with source and quote.",
    query: `query TatarstanReportedActivity {
  region(code: "RU-TA") {
    name
    reportedActivity {
      id
      scope
      from
      to
      visitsAbroad
      meetingsAbroad
      meetingsInRussia
      approximate
      governors {
        name
      }
      source {
        title
        publisher
        published
        url
        quote
      }
    }
  }
}
`,
  },
  {
    title: 'Average activity of all regions',
    description: 'Every reported activity figure, including the all-regions averages to compare Tatarstan with.',
    query: `query ReportedActivityFigures {
  reportedActivity {
    id
    scope
    region {
      code
      name
    }
    from
    to
    visitsAbroad
    meetingsAbroad
    meetingsInRussia
    approximate
    source {
      title
      quote
    }
  }
}
`,
  },
  {
    title: 'Mintimer Shaimiev: tenures, posts and visits',
    description: "Tatarstan's first president: his terms, the organisations he led and his visits abroad.",
    query: `query Shaimiev($id: ID!) {
  person(id: $id) {
    name
    nameRu
    role
    tenures {
      region {
        name
      }
      title
      start
      end
    }
    posts {
      title
      organisation {
        name
      }
      start
      end
    }
    visits {
      country {
        code
        name
      }
      area {
        id
        name
      }
      start
      purpose
      occasions
    }
    sources {
      title
      quote
    }
  }
}
`,
    variables: { id: 'person:mintimer-shaimiev' },
  },
  {
    title: 'Ingushetia: governors and their activity abroad',
    description: 'Who governed Ingushetia, and each governor’s visits abroad and meetings with foreign counterparts.',
    query: `query IngushetiaGovernorsAbroad {
  region(code: "RU-IN") {
    name
    governors {
      title
      start
      end
      endReason
      governor {
        id
        name
        role
        visits {
          country {
            code
            name
          }
          area {
            id
            name
          }
          start
          end
          purpose
          occasions
          sources {
            title
            quote
          }
        }
        meetings {
          start
          place
          occasions
          counterpartRole
          counterpart {
            __typename
            ... on Person {
              id
              name
              role
            }
            ... on Diaspora {
              id
              name
              hostCountry {
                name
              }
            }
            ... on Organisation {
              id
              name
            }
            ... on Country {
              code
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
  },
  {
    title: 'Murat Zyazikov in Jordan',
    description: "Ingushetia's president Zyazikov: visits to Jordan and meetings (King Abdullah II, the Ingush diaspora).",
    query: `query ZyazikovAbroad($id: ID!) {
  person(id: $id) {
    name
    role
    tenures {
      title
      start
      end
    }
    visits {
      country {
        name
      }
      area {
        name
      }
      start
      end
      purpose
      occasions
      sources {
        title
        quote
      }
    }
    meetings {
      start
      place
      counterpartRole
      counterpart {
        __typename
        ... on Person {
          name
          role
        }
        ... on Diaspora {
          name
        }
        ... on Organisation {
          name
        }
        ... on Country {
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
`,
    variables: { id: 'person:murat-zyazikov' },
  },
  {
    title: 'Jordan: visitors and the Ingush diaspora',
    description: 'Visits to Jordan by the persons in the graph, and the diasporas living there with the meetings held with them.',
    query: `query JordanVisitsAndDiasporas($code: String!) {
  country(code: $code) {
    name
    nameRu
    visits {
      visitor {
        name
        role
      }
      start
      purpose
    }
    diasporas {
      id
      name
      group {
        name
      }
      meetings {
        person {
          name
        }
        start
        place
        sources {
          title
          quote
        }
      }
    }
  }
}
`,
    variables: { code: 'JO' },
  },
  {
    title: 'The Ingush diaspora in Jordan',
    description: 'One diaspora by id: its group, host country, meetings with governors and statements.',
    query: `query IngushDiaspora($id: ID!) {
  node(id: $id) {
    id
    ... on Diaspora {
      name
      group {
        name
        nameRu
      }
      hostCountry {
        name
      }
      meetings {
        person {
          name
        }
        start
        place
        occasions
      }
      statements {
        date
        summary
        text
      }
      sources {
        title
        quote
      }
    }
  }
}
`,
    variables: { id: 'diaspora:ingush-in-jordan' },
  },
  {
    title: 'Ramzan Kadyrov: statements and what they are about',
    description: "Kadyrov's dated public statements, in summary and his own words, and the countries/people they concern.",
    query: `query KadyrovStatements($id: ID!) {
  person(id: $id) {
    name
    role
    statements {
      date
      summary
      text
      about {
        __typename
        ... on Country {
          code
          name
        }
        ... on Person {
          id
          name
        }
        ... on Organisation {
          id
          name
        }
        ... on Region {
          code
          name
        }
        ... on EthnicGroup {
          id
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
`,
    variables: { id: 'person:ramzan-kadyrov' },
  },
  {
    title: 'Komi: governors (and who was in office in 2016)',
    description: "Komi's heads (Torlopov, Gaizer, Gaplikov...), all of them and only those in office at some point in 2016.",
    query: `query KomiGovernors {
  region(code: "RU-KO") {
    name
    all: governors {
      ...TenureFields
    }
    in2016: governors(at: "2016") {
      ...TenureFields
    }
  }
}

fragment TenureFields on Tenure {
  governor {
    id
    name
  }
  title
  start
  end
  endReason
}
`,
  },
  {
    title: 'Tatars: kin countries',
    description: 'Countries the Tatars count as kin, on what basis (linguistic, religious...), with sources and quotes.',
    query: `query TatarKinship {
  ethnicGroup(id: "group:tatars") {
    name
    nameRu
    languageFamily
    religion
    titularIn {
      region {
        code
        name
      }
    }
    kinCountries {
      country {
        code
        name
      }
      basis
      note
      sources {
        title
        quote
      }
    }
    diasporas {
      name
      hostCountry {
        name
      }
    }
  }
}
`,
  },
  {
    title: 'Search: "turksoy"',
    description: 'Full-text search over English and Russian names, case- and diacritic-insensitive (finds Türksoy).',
    query: `query SearchTurksoy {
  search(text: "turksoy") {
    id
    kind
    label
  }
}
`,
  },
  {
    title: 'Search in Russian: "Татарстан"',
    description: 'The same search with Cyrillic text, as a variable; `kinds` could restrict it (e.g. ["Region"]).',
    query: `query SearchByName($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    id
    kind
    label
    properties
  }
}
`,
    variables: { text: 'Татарстан', first: 10 },
  },
  {
    title: 'Subgraph around Tatarstan (depth 1)',
    description:
      'Tatarstan and all its direct neighbours, in the generic nodes/edges shape that visualisation tools take; `limit` caps the nodes (200) and `edgeLimit` the edges (2000, nearest first), and the two flags say whether they cut anything off.',
    query: `query TatarstanNeighbourhood($ids: [ID!]!, $depth: Int) {
  subgraph(ids: $ids, depth: $depth) {
    truncated
    edgesTruncated
    nodes {
      id
      kind
      label
    }
    edges {
      id
      type
      source
      target
    }
  }
}
`,
    variables: { ids: ['region:RU-TA'], depth: 1 },
  },
  {
    title: 'Paths from Ingushetia to Jordan',
    description: 'The shortest paths between region:RU-IN and country:JO (governor, visit, diaspora...), with the sources of each edge.',
    query: `query IngushetiaToJordan($from: ID!, $to: ID!, $maxHops: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops) {
    length
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
        quote
      }
    }
  }
}
`,
    variables: { from: 'region:RU-IN', to: 'country:JO', maxHops: 4 },
  },
  {
    title: 'Findings of the literature',
    description: 'The claims the sources make, who they are attributed to and what they are about.',
    query: `query Claims {
  claims {
    id
    summary
    attributedTo {
      name
    }
    about {
      id
      kind
      label
    }
    sources {
      title
      quote
    }
  }
}
`,
  },
  {
    title: 'All republics',
    description: 'The federal subjects of kind REPUBLIC, with codes to use in region(code: ...).',
    query: `query Republics {
  regions(kind: REPUBLIC) {
    code
    name
    nameRu
    federalDistrict
    titularGroups {
      group {
        id
        name
      }
    }
  }
}
`,
  },
];
