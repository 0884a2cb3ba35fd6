/** One entry of the playground's Examples menu. */
export interface PlaygroundExample {
  /** Shown in the menu. */
  title: string;
  /** One line: what the example answers. */
  description: string;
  /** One named GraphQL operation. */
  query: string;
  /** Values for the operation's variables, when it has any. */
  variables?: Record<string, unknown>;
}
