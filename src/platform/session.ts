import type { MiddlewareHandler } from 'hono';
import type { Locale } from '../config.ts';
import type { AppEnv, CurrentUser, Role } from './context.ts';
import { forbidden, unauthorized } from './errors.ts';

const roles: Role[] = ['resident', 'moderator', 'admin'];

/** Loads the signed-in person (if any) from the session cookie. */
export const loadSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('user', null);
  c.set('sessionId', null);
  if (c.req.header('cookie')?.includes('session_token')) {
    const found = await c.var.deps.auth.api.getSession({ headers: c.req.raw.headers });
    if (found && !(found.user as { deletedAt?: string | null }).deletedAt) {
      const u = found.user as typeof found.user & { role?: string; locale?: string };
      c.set('user', {
        id: u.id,
        name: u.name,
        email: u.email,
        emailVerified: Boolean(u.emailVerified),
        role: roles.includes(u.role as Role) ? (u.role as Role) : 'resident',
        locale: u.locale === 'en' || u.locale === 'fr' ? (u.locale as Locale) : null,
      });
      c.set('sessionId', found.session.id);
    }
  }
  await next();
};

/** A resident is signed in with a verified email; moderators and admins are residents too. */
export function isResident(user: CurrentUser | null): user is CurrentUser {
  return user !== null && user.emailVerified;
}

export const isAdmin = (user: CurrentUser | null): user is CurrentUser => isResident(user) && user.role === 'admin';
export const isModerator = (user: CurrentUser | null): user is CurrentUser => isResident(user) && (user.role === 'moderator' || user.role === 'admin');

/** Returns the signed-in resident or throws 401/403. */
export function requireResident(user: CurrentUser | null): CurrentUser {
  if (!user) throw unauthorized();
  if (!user.emailVerified) throw forbidden();
  return user;
}

/** Returns the signed-in city admin or throws 401/403. */
export function requireAdmin(user: CurrentUser | null): CurrentUser {
  const resident = requireResident(user);
  if (resident.role !== 'admin') throw forbidden();
  return resident;
}

/** Middleware form of requireAdmin, for whole route groups. */
export const adminOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireAdmin(c.var.user);
  await next();
};
