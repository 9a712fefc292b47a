// The middleware of build-progress.ts: notes the route of each page astro renders in a build, when
// CZ_BUILD_PROGRESS names a file (scripts/build.ts sets it), with a report page's search group; otherwise it only
// passes the page on.
import type { MiddlewareHandler } from 'astro';
import { PROGRESS_VARIABLE, routeRecorder, SEARCH_GROUP_PROP } from './build-progress.ts';

const record = routeRecorder(process.env[PROGRESS_VARIABLE]);

export const onRequest: MiddlewareHandler = (context, next) => {
  const group: unknown = context.props?.[SEARCH_GROUP_PROP];
  record(context.routePattern, typeof group === 'string' ? group : undefined);
  return next();
};
