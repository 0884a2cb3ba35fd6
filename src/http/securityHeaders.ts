import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

/**
 * helmet's headers with a Content-Security-Policy the playground (GraphiQL
 * with Monaco) and the explorer (Cytoscape) work under: scripts, styles,
 * fonts and connections from this origin only; inline styles (GraphiQL and
 * Monaco set style attributes); Monaco's editor workers, which Vite bundles
 * as same-origin module workers (blob: kept for its fallback path); images
 * from data:/blob: (icons, the explorer's PNG). `upgrade-insecure-requests`
 * is left out: the server speaks plain HTTP on localhost, where upgrading its
 * own asset requests to https would break the pages.
 */
const middleware = helmet({
  contentSecurityPolicy: {
    useDefaults: true,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'font-src': ["'self'", 'data:'],
      'img-src': ["'self'", 'data:', 'blob:'],
      'worker-src': ["'self'", 'blob:'],
      'connect-src': ["'self'"],
      'frame-ancestors': ["'none'"],
      'upgrade-insecure-requests': null,
    },
  },
  // Pages of this origin only ever frame nothing; the API is not meant to be embedded.
  xFrameOptions: { action: 'deny' },
});

/** Sets the security headers on `res` (helmet as a plain (req, res, next) middleware; it never fails). */
export function setSecurityHeaders(req: IncomingMessage, res: ServerResponse): void {
  middleware(req, res, () => {});
}
