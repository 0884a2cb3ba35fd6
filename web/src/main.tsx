/**
 * The GraphQL playground: a full-page GraphiQL 5 on the API's own origin
 * (POST /graphql), with the docs explorer, history, variables and headers
 * editors, and an "Examples" menu that opens each example in a new tab.
 * Everything is bundled into web/dist by `npm run build:web`; nothing is
 * loaded from outside the server.
 */
// Monaco's web workers must be configured before GraphiQL creates its editors.
import './workers';
import { StrictMode, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { DropdownMenu, useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import 'graphiql/style.css';
import './playground.css';
import { examples, type PlaygroundExample } from './examples';

const TITLE = 'Paradiplomacy knowledge graph — GraphQL playground';

/** Same origin: the page is served by the API server at GET /graphql. */
const fetcher = createGraphiQLFetcher({ url: '/graphql' });

const WELCOME = `# ${TITLE}
#
# A knowledge graph of the international activity (paradiplomacy) of
# Russia's regions. Open the "Examples" menu above for ready-made queries
# (each opens in a new tab), or the Docs on the left for the schema.
# Run with Ctrl-Enter (Cmd-Enter on a Mac); Ctrl-Space completes.

`;

function variablesText(example: PlaygroundExample): string {
  return example.variables ? JSON.stringify(example.variables, null, 2) : '';
}

/** The first tab when nothing is stored yet: the welcome note and the first example. */
const defaultTabs = examples[0]
  ? [{ query: WELCOME + examples[0].query, variables: variablesText(examples[0]) }]
  : [{ query: WELCOME }];

/**
 * The "Examples" menu. It must live inside <GraphiQL> (it uses GraphiQL's
 * store to open tabs) but is shown in the page header, hence the portal.
 */
function ExamplesMenu({ container }: { container: HTMLElement }): ReactNode {
  const { addTab, setOperationFacts } = useGraphiQLActions();
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  const [opened, setOpened] = useState<PlaygroundExample | null>(null);

  function open(example: PlaygroundExample): void {
    // addTab() stores the current tab and empties the editors for the new one;
    // the editors' change handlers then save what we put in into the new tab.
    addTab();
    queryEditor?.setValue(example.query);
    variableEditor?.setValue(variablesText(example));
    // GraphiQL learns the operation to run from the editor after a debounce; a run before that sent
    // the new query with the previous tab's operation name ("Unknown operation"). Tell it now.
    const documentAST = parse(example.query);
    const operations = documentAST.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    setOperationFacts({ documentAST, operations, operationName: operations[0]?.name?.value });
    if (example.variables) {
      // Best effort: make the variables pane visible (no public action for it).
      document
        .querySelector<HTMLButtonElement>('.graphiql-editor-tools button[data-name="variables"]')
        ?.click();
    }
    queryEditor?.focus();
    setOpened(example);
  }

  return createPortal(
    <div className="pg-examples">
      <DropdownMenu>
        <DropdownMenu.Button className="pg-examples-button" disabled={!queryEditor}>
          Examples ▾
        </DropdownMenu.Button>
        <DropdownMenu.Content className="pg-examples-menu" align="start">
          {examples.map((example) => (
            <DropdownMenu.Item key={example.title} onSelect={() => open(example)}>
              <span className="pg-example">
                <span className="pg-example-title">{example.title}</span>
                <span className="pg-example-description">{example.description}</span>
              </span>
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu>
      <span className="pg-examples-note" aria-live="polite">
        {opened ? (
          <>
            <strong>{opened.title}</strong>: {opened.description}
          </>
        ) : (
          'Each example opens in a new tab.'
        )}
      </span>
    </div>,
    container,
  );
}

function Playground(): ReactNode {
  const [menuSlot, setMenuSlot] = useState<HTMLElement | null>(null);
  return (
    <>
      <header className="pg-header">
        <h1 className="pg-title">{TITLE}</h1>
        <div className="pg-menu-slot" ref={setMenuSlot} />
      </header>
      <GraphiQL
        fetcher={fetcher}
        defaultTabs={defaultTabs}
        defaultEditorToolsVisibility="variables"
        isHeadersEditorEnabled
        shouldPersistHeaders={false}
        maxHistoryLength={50}
      >
        {/* No link to github.com: the page has to make sense offline. */}
        <GraphiQL.Logo>
          <span className="pg-logo">GraphiQL</span>
        </GraphiQL.Logo>
        {menuSlot ? <ExamplesMenu container={menuSlot} /> : null}
      </GraphiQL>
    </>
  );
}

document.title = TITLE;
const rootElement = document.getElementById('root');
if (rootElement) {
  rootElement.classList.add('pg-root');
  createRoot(rootElement).render(
    <StrictMode>
      <Playground />
    </StrictMode>,
  );
}
