import { Hono } from 'hono';
import { adminRoutes } from './admin-routes';
import { apiRoutes } from './api-routes';
import type { SandboxContext, SandboxEnv } from './context';
import { errorResponse, internalError, notFound } from './errors';
import { settingsRoutes } from './settings-page';

/** Builds the sandbox Hono app: /api (the ClockMe API), /__sandbox (admin) and /settings (HTML). */
export function buildApp(ctx: SandboxContext): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  app.route('/api', apiRoutes(ctx));
  app.route('/__sandbox', adminRoutes(ctx));
  app.route('/settings', settingsRoutes(ctx));
  app.notFound((c) => errorResponse(notFound(`There is no ${c.req.method} ${c.req.path}.`)));
  app.onError((err) => {
    console.error('[sandbox] request failed:', err);
    return errorResponse(internalError());
  });
  return app;
}
