import { Hono } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { passwordRoutes } from './password-routes.tsx';
import { profileRoutes } from './profile-routes.tsx';
import { securityRoutes } from './security-routes.tsx';
import { signInRoutes } from './sign-in-routes.tsx';
import { signUpRoutes } from './sign-up-routes.tsx';
import { verifyRoutes } from './verify-routes.tsx';

/** Everything under /account: sign-up, sign-in, email verification, passwords, security, export, deletion. */
export const accountRoutes = new Hono<AppEnv>();

accountRoutes.route('/', signUpRoutes);
accountRoutes.route('/', signInRoutes);
accountRoutes.route('/', verifyRoutes);
accountRoutes.route('/', passwordRoutes);
accountRoutes.route('/', securityRoutes);
accountRoutes.route('/', profileRoutes);
