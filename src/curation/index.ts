export { RELATIONSHIP_FACT_KINDS, type RelationshipFactKind, type RelationshipFactName } from './curatedKinds.js';
export type { CitationInput, InputFields } from './CurationInput.js';
export { retractionOf, type FactRow } from './FactRow.js';
export type { WriteOutcome } from './WriteOutcome.js';
export { createFact } from './createFact.js';
export { updateRelationshipFact } from './updateRelationshipFact.js';
export { updateNodeFact } from './updateNodeFact.js';
export { retractFact, type RetractOutcome } from './retractFact.js';
export { readFact } from './readFact.js';
