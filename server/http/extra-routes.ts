/**
 * The routes of sign-in and editing (issue #20), registered after the original read and
 * write routes: auth-config, the editing writes, history and audit, server-sent events
 * and the API docs page.
 */
import type { App, AppServices } from './app';
import { registerAuthRoutes } from './auth-routes';

export function registerExtraRoutes(app: App, services: AppServices): void {
  registerAuthRoutes(app, services);
}
