import type { Role } from './Viewer.js';

/** One configured bearer token: who holds it and what it may do. */
export interface ApiToken {
  name: string;
  role: Role;
  token: string;
}
