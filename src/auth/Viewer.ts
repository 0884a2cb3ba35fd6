/** Roles, weakest first: each role may do what the roles before it may. */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking: the name configured for their token and its role. */
export interface Viewer {
  name: string;
  role: Role;
}

/** True when `viewer` holds `role` or a stronger one. */
export function hasRole(viewer: Viewer | null, role: Role): boolean {
  return viewer !== null && ROLES.indexOf(viewer.role) >= ROLES.indexOf(role);
}
