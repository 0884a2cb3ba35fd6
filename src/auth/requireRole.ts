import { ForbiddenError, UnauthenticatedError } from '../errors/index.js';
import { hasRole, type Role, type Viewer } from './Viewer.js';

/**
 * Guards an operation: returns the viewer when their role is at least
 * `role`; UNAUTHENTICATED without a token, FORBIDDEN with a weaker one.
 */
export function requireRole(viewer: Viewer | null, role: Role, operation: string): Viewer {
  if (viewer === null) throw new UnauthenticatedError(`${operation} needs a bearer token with the ${role} role; none was sent.`);
  if (!hasRole(viewer, role)) {
    throw new ForbiddenError(`${operation} needs the ${role} role; the token of "${viewer.name}" has the ${viewer.role} role.`);
  }
  return viewer;
}
