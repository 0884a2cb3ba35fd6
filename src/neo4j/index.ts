export { startEmbeddedNeo4j } from './embedded.js';
export type { EmbeddedNeo4j, StartEmbeddedNeo4jOptions } from './embedded.js';
export { ensureEmbeddedNeo4jBuilt } from './ensureEmbeddedNeo4jBuilt.js';
export type { EnsureEmbeddedNeo4jBuiltOptions } from './ensureEmbeddedNeo4jBuilt.js';
export { findFreePort } from './findFreePort.js';
