import type { PlaygroundExample } from './PlaygroundExample.js';

/** Aggregates and analysis: activity counted from events, the literature's claims tested, network measures. */
export const analysisExamples: readonly PlaygroundExample[] = [
  {
    title: 'Activity by region (events, 2005–2015)',
    description: 'Visits and meetings counted from event data per region over a window, with the figures sources report beside them (never summed).',
    query: `query ActivityByRegion($groupBy: ActivityGrouping!, $from: Date, $to: Date) {
  activity(groupBy: $groupBy, from: $from, to: $to) {
    groupBy
    from
    to
    rows {
      key
      label
      visits
      meetings
      total
    }
    unattributed {
      visits
      meetings
      total
    }
    totals {
      visits
      meetings
      total
    }
    reportedFigures {
      keys
      figure {
        scope
        region {
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
  }
}
`,
    variables: { groupBy: 'REGION', from: '2005', to: '2015' },
  },
  {
    title: 'Activity by year, kind, district, governor and partner',
    description: 'The same events grouped five ways: by start year, region kind, federal district, governor and partner country.',
    query: `query ActivityGroupings {
  byYear: activity(groupBy: YEAR) {
    rows {
      key
      visits
      meetings
    }
    unattributed {
      total
    }
  }
  byKind: activity(groupBy: REGION_KIND) {
    rows {
      key
      label
      total
    }
  }
  byDistrict: activity(groupBy: FEDERAL_DISTRICT) {
    rows {
      key
      total
    }
  }
  byGovernor: activity(groupBy: GOVERNOR, from: "2005", to: "2015") {
    rows {
      key
      label
      visits
      meetings
    }
  }
  byPartner: activity(groupBy: PARTNER_COUNTRY) {
    rows {
      key
      label
      visits
      meetings
    }
    unattributed {
      total
    }
  }
}
`,
  },
  {
    title: 'Claim: republics more active than krais and oblasts',
    description: 'Mean events per region of the republics vs the krais and oblasts (zero-event regions in the denominator), with the claim it tests.',
    query: `query RepublicsVersusKraisAndOblasts {
  republicsVersusKraisAndOblasts(from: "2005", to: "2015") {
    claim {
      id
      summary
      sources {
        quote
      }
    }
    method
    difference
    consistentWithClaim
    groups {
      label
      n
      active
      total
      mean
      meanVisits
      meanMeetings
      units {
        id
        label
        total
      }
    }
  }
}
`,
  },
  {
    title: 'Claim: Varangian (outsider) governors more active',
    description: 'Mean events per governor of outsider vs local governors (Person.outsider, from cited references); governors of unknown origin are excluded.',
    query: `query OutsiderVersusLocalGovernors {
  outsiderVersusLocalGovernors {
    claim {
      id
      summary
    }
    method
    difference
    consistentWithClaim
    groups {
      label
      n
      total
      mean
      units {
        id
        label
        visits
        meetings
        total
      }
    }
    excluded {
      id
      label
      total
    }
  }
  men: person(id: "person:mikhail-men") {
    name
    outsider
    sources {
      title
      url
    }
  }
}
`,
  },
  {
    title: 'Change of governor: Ingushetia, Zyazikov to Yevkurov',
    description: 'Partner countries before and after a change of governor, and the share of kin-linked partners (kinship or diaspora) on each side.',
    query: `query GovernorChange($region: ID!, $governor: ID) {
  governorChange(region: $region, governor: $governor) {
    region {
      name
    }
    at
    incoming {
      name
    }
    kinLinkedCountries {
      name
    }
    before {
      governors {
        name
      }
      total
      partnerCount
      kinLinkedPartnerCount
      kinLinkedShare
      kinLinkedEventShare
      withoutPartnerCountry
      partners {
        country {
          name
        }
        visits
        meetings
        kinLinked
      }
    }
    after {
      governors {
        name
      }
      total
      partnerCount
      kinLinkedPartnerCount
      kinLinkedShare
      kinLinkedEventShare
      partners {
        country {
          name
        }
        visits
        meetings
        kinLinked
      }
    }
    unplaced {
      total
    }
    claim {
      summary
    }
  }
}
`,
    variables: { region: 'region:RU-IN', governor: 'person:yunus-bek-yevkurov' },
  },
  {
    title: 'Change of governor: Komi after Gaplikov',
    description: 'The article’s example: Komi’s kin-linked countries (Finland, Hungary) and its governors before and after Sergei Gaplikov (2015).',
    query: `query KomiAfterGaplikov {
  governorChange(region: "region:RU-KO", governor: "person:sergei-gaplikov") {
    at
    kinLinkedCountries {
      name
    }
    before {
      governors {
        name
        outsider
      }
      total
      kinLinkedShare
    }
    after {
      governors {
        name
        outsider
      }
      total
      kinLinkedShare
    }
    claim {
      summary
      sources {
        quote
      }
    }
  }
}
`,
  },
  {
    title: 'Network measures: the paradiplomacy network',
    description: 'Degree, betweenness, PageRank and Louvain communities of regions and countries over the whole graph, limited to the paradiplomacy relationship types.',
    query: `query ParadiplomacyNetwork($types: [String!]) {
  networkMeasures(relationshipTypes: $types) {
    nodeCount
    edgeCount
    truncated
    modularity
    nodes {
      node {
        id
        kind
        label
      }
      degree
      relationships
      betweenness
      pageRank
      community
    }
    communities {
      id
      size
      members {
        id
        label
      }
    }
  }
}
`,
    variables: { types: ['GOVERNED', 'VISITED', 'MET', 'MEMBER_OF', 'KIN_OF', 'TITULAR_IN', 'DIASPORA_OF', 'LIVES_IN'] },
  },
  {
    title: 'Network measures around Ingushetia',
    description: 'Network measures of the neighbourhood of Ingushetia (depth 2), reporting people, groups and diasporas as well as regions and countries.',
    query: `query IngushetiaNetwork {
  networkMeasures(
    ids: ["region:RU-IN"]
    depth: 2
    relationshipTypes: ["GOVERNED", "VISITED", "MET", "MEMBER_OF", "KIN_OF", "TITULAR_IN", "DIASPORA_OF", "LIVES_IN"]
    kinds: ["Region", "Country", "Person", "EthnicGroup", "Diaspora"]
  ) {
    nodeCount
    edgeCount
    modularity
    nodes {
      node {
        id
        kind
        label
      }
      degree
      betweenness
      pageRank
      community
    }
    communities {
      id
      members {
        id
      }
    }
  }
}
`,
  },
];
