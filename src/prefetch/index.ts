export { prefetchBelow } from './prefetchBelow.js';
export { planPrefetch, isEmptyPlan } from './planPrefetch.js';
export { prefetchLayout, type PrefetchLayout, type NumberedStep } from './prefetchLayout.js';
export { primeLoaders, type PrefetchRow } from './primeLoaders.js';
export { emptyPlan, type NodeSetPlan, type StepPlan } from './PrefetchPlan.js';
export { RELATIONSHIP_FIELDS, END_FIELDS, PROPS_READ, CITATION_PROPS, isCitationField, type RelationshipField } from './relationshipFields.js';
export { operationProps } from './operationProps.js';
export { fieldsOf, type Walk } from './fieldsOf.js';
