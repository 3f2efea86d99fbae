/** The router's basename: the site's base path (`/dubao/` -> `/dubao`), so the app works under any sub-path. */
export const ROUTER_BASENAME = import.meta.env.BASE_URL.replace(/\/+$/u, '') || '/';

/** A route's path as the browser asks for it: under the site's base path (`/page/x` -> `/dubao/page/x`). */
export const underBase = (path: string) => `${ROUTER_BASENAME === '/' ? '' : ROUTER_BASENAME}${path}`;
