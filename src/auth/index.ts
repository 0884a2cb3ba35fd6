export type { ApiToken } from './ApiToken.js';
export { ROLES, hasRole, type Role, type Viewer } from './Viewer.js';
export { parseApiTokens, MIN_TOKEN_LENGTH } from './parseApiTokens.js';
export { authenticate } from './authenticate.js';
export { requireRole } from './requireRole.js';
