/** The router's basename: the site's base path (`/dubao/` -> `/dubao`), so the app works under any sub-path. */
export const ROUTER_BASENAME = import.meta.env.BASE_URL.replace(/\/+$/u, '') || '/';
