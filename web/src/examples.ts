/**
 * Example operations offered by the playground's "Examples" menu. Plain data,
 * no DOM: src/http/playground.test.ts parses and validates every one against
 * schema/*.graphql (and coerces its variables), so keep them in step with the
 * SDL. Each query holds exactly one named operation (the name becomes the
 * GraphiQL tab title).
 */
import type { PlaygroundExample } from './examples/PlaygroundExample.js';
import { connectionExamples } from './examples/connections.js';
import { curationExamples } from './examples/curation.js';
import { analysisExamples } from './examples/analysis.js';
import { foundationExamples } from './examples/foundation.js';
import { tracingExamples } from './examples/tracing.js';

export type { PlaygroundExample };

/** Every example, in menu order; each area keeps its own file under examples/. */
export const examples: readonly PlaygroundExample[] = [...foundationExamples, ...connectionExamples, ...analysisExamples, ...tracingExamples, ...curationExamples];
