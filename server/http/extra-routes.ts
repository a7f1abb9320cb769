/**
 * The routes of sign-in and editing (issue #20), registered after the original read and
 * write routes: auth-config, the editing writes, history and audit CSV, server-sent
 * events and the API docs page.
 */
import type { App, AppServices } from './types';
import { registerAuthRoutes } from './auth-routes';
import { registerDocsRoutes } from './docs-routes';
import { registerEditRoutes } from './edit-routes';
import { registerEventsRoutes } from './events-routes';
import { registerHistoryRoutes } from './history-routes';

export function registerExtraRoutes(app: App, services: AppServices): void {
  registerAuthRoutes(app, services);
  registerEditRoutes(app, services);
  registerHistoryRoutes(app, services);
  registerEventsRoutes(app, services);
  registerDocsRoutes(app);
}
