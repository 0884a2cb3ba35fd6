import type { PlaygroundExample } from './PlaygroundExample.js';

/** Tracing and time (issue #3): paths, kin partners, linked regions, natural vs distant partners, heads at a date, timelines. */
export const tracingExamples: readonly PlaygroundExample[] = [
  {
    title: 'Paths: Tatarstan to Turkey, all shortest, before 2005',
    description: 'Every shortest path from Tatarstan to Turkey over relationships that may fall before 2005 (dated ones outside the window are dropped, undated ones stay).',
    query: `query TatarstanTurkeyPaths($toDate: Date) {
  paths(from: "region:RU-TA", to: "country:TR", mode: ALL_SHORTEST, toDate: $toDate) {
    length
    nodes {
      id
      kind
      label
    }
    edges {
      type
      properties
      sources {
        title
        quote
      }
    }
  }
}
`,
    variables: { toDate: '2004' },
  },
  {
    title: 'Paths: Ingushetia to Jordan without governors',
    description: 'Paths from Ingushetia to Jordan that do not run through a GOVERNED relationship: the Ingush diaspora comes first.',
    query: `query IngushetiaJordanWithoutGovernors {
  paths(from: "region:RU-IN", to: "country:JO", excludeRelationshipTypes: ["GOVERNED"], maxHops: 4, first: 5) {
    length
    nodes {
      id
      label
    }
    edges {
      type
    }
  }
}
`,
  },
  {
    title: 'Kin partners of every region',
    description: 'For each region: the countries its titular groups make natural partners (kinship, diaspora), whether its governors visited or met them, the evidence and the linking path.',
    query: `query KinPartners {
  regions {
    code
    name
    kinPartners {
      country {
        name
      }
      basis
      groundKind
      group {
        name
      }
      diaspora {
        name
      }
      visited
      evidence {
        __typename
        ... on Visit {
          visitor {
            name
          }
          start
          end
          occasions
        }
        ... on Meeting {
          person {
            name
          }
          counterpartRole
          start
          end
        }
      }
      path {
        nodes {
          id
          label
        }
        edges {
          type
        }
      }
    }
  }
}
`,
  },
  {
    title: 'The Ingush: homelands, kin countries, diasporas',
    description: 'Where the Ingush are titular, which countries they count as kin, and their diasporas abroad with the host countries.',
    query: `query IngushHomelands {
  ethnicGroup(id: "group:ingush") {
    name
    homelands {
      code
      name
    }
    kinCountries {
      country {
        name
      }
      basis
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
    title: 'Regions linked to Turkey',
    description: 'The Russian regions linked to Turkey by kinship, diaspora, a governor’s visit or meeting, or membership of the same organisation, each with its path.',
    query: `query RegionsLinkedToTurkey($code: String!) {
  country(code: $code) {
    name
    linkedRegions {
      region {
        code
        name
      }
      via
      path {
        nodes {
          id
          label
        }
        edges {
          type
        }
      }
    }
  }
}
`,
    variables: { code: 'TR' },
  },
  {
    title: 'Contacts of Murat Zyazikov: natural or distant',
    description: 'Every visit and meeting of Ingushetia’s former head, classified against the titular groups of the region he governed at the time.',
    query: `query ZyazikovContacts {
  person(id: "person:murat-zyazikov") {
    name
    contacts {
      kind
      classification
      natural
      basis
      group {
        name
      }
      countries {
        name
      }
      start
      end
      reason
    }
  }
}
`,
  },
  {
    title: 'Komi: natural vs distant partners per governor',
    description: 'The Komi governors’ contacts counted natural vs distant, beside the literature’s claims (the seed records no dated Komi contact; the shift after 2015 is a Claim).',
    query: `query KomiPartnerProfile($from: Date, $to: Date) {
  region(code: "RU-KO") {
    name
    partnerProfile(from: $from, to: $to) {
      kinCountries {
        name
      }
      natural
      distant
      unplaced
      governors {
        governor {
          name
        }
        tenure {
          start
          end
        }
        natural
        distant
        unplaced
        naturalShare
        naturalCountries {
          name
        }
        distantCountries {
          name
        }
      }
      claims {
        summary
        sources {
          quote
        }
      }
    }
  }
}
`,
    variables: {},
  },
  {
    title: 'Heads of every region in 2010',
    description: 'Every tenure (possibly) in office during 2010: with year-only dates, both the outgoing and the incoming head of a year of change.',
    query: `query GovernorsAt($date: Date!) {
  governorsAt(date: $date) {
    region {
      code
      name
    }
    governor {
      name
    }
    start
    end
    title
  }
}
`,
    variables: { date: '2010' },
  },
  {
    title: 'Timeline of Tatarstan',
    description: 'Tenures, visits, meetings, memberships and statements of Tatarstan in date order (undated last), with their sources.',
    query: `query TatarstanTimeline($from: Date, $to: Date) {
  region(code: "RU-TA") {
    name
    timeline(from: $from, to: $to) {
      __typename
      kind
      date
      end
      summary
      sources {
        title
        quote
      }
    }
  }
}
`,
    variables: {},
  },
];
