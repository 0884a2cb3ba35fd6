/**
 * Monaco web workers for GraphiQL 5, bundled by Vite (`?worker` imports become
 * separate ES-module worker chunks in web/dist/assets, loaded from our own
 * origin; no esm.sh / CDN). Must run before GraphiQL creates its editors, so
 * main.tsx imports this module first.
 *
 * This is the recipe of `graphiql/setup-workers/vite`, kept in our own source
 * on purpose: Vite's dev-server dependency pre-bundling (esbuild) cannot
 * process `?worker` imports inside node_modules, so importing the packaged
 * file breaks `vite` dev mode; local source goes through Vite's own pipeline.
 *
 * Labels: `graphql` for the operation editor (monaco-graphql's worker: parse,
 * validate and complete against the schema), `json` for the variables,
 * headers and response editors, anything else uses the base editor worker.
 */
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';
import type { Environment } from 'monaco-editor';

const environment: Environment = {
  getWorker(_workerId, label) {
    switch (label) {
      case 'graphql':
        return new GraphQLWorker();
      case 'json':
        return new JsonWorker();
      default:
        return new EditorWorker();
    }
  },
};

// monaco-editor declares the global with `let` (typed on Window, not on globalThis).
(globalThis as typeof globalThis & { MonacoEnvironment?: Environment }).MonacoEnvironment = environment;
