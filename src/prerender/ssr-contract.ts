/**
 * What the app's SSR entry (src/app/ssr-entry.tsx) gives the build's prerender plugin.
 * Types only, so the Node side and the browser side can share them without sharing code.
 */

/** Reads one stored file (a path under `data/`: the entry or a hashed name): parsed JSON for `.json`, bytes otherwise; throws the entry's `BundleNotFoundError` when it is missing. */
export type BundleFileReader = (path: string) => Promise<unknown>;

export interface RenderedRoute {
  /** HTTP status the route stands for: 200, or 404 for the not-found page. */
  status: number;
  /** The markup of `<div id="root">`. */
  html: string;
  title: string;
  description: string;
  /** Tags for `<head>` (canonical, feeds, preview and citation meta, JSON-LD), as HTML; empty when none. */
  head: string;
  /** JSON for the `<script type="application/json">` the browser hydrates from (already escaped for HTML). */
  payload: string;
  /** Ids of the routes this path matched, outermost first: their modules are preloaded. */
  routeIds: string[];
  /**
   * Stored files (names under `data/`) the page reads as soon as the app starts, whatever the reader
   * does: asked for with the HTML instead of one round trip after another once the scripts run.
   * The data entry, which every page reads first, is added by the prerender.
   */
  dataPreloads: string[];
  /**
   * The app starts as the page loads instead of after its first paint: on a page whose content is what
   * the app draws (the search page's hits), waiting for the paint only delays it.
   */
  startsAtOnce: boolean;
  /**
   * The logical bundle files the render read (`bundlePaths`), each with the keys of what it saw in
   * it (src/app/lib/observed-reads.ts): all the HTML depends on besides the app's code and
   * `dataPreloads`.
   */
  reads: Record<string, string[]>;
}

export interface SsrEntry {
  /**
   * Every path to prerender (router paths, without the site's base), the not-found page included;
   * without `everyRoute`, none of the routes the contract leaves to the browser (BROWSER_RENDERED_PREFIXES).
   */
  listPaths(read: BundleFileReader, options: { everyRoute: boolean }): Promise<string[]>;
  renderRoute(path: string, read: BundleFileReader): Promise<RenderedRoute>;
  /**
   * What a render's observation keys (`RenderedRoute.reads`) find in this build's file at `path`:
   * the same strings as when the route was rendered, and the route would render the same.
   */
  observe(path: string, keys: readonly string[], read: BundleFileReader): Promise<string[]>;
  /** The HTML file a path is written to (`/page/x` -> `page/x/index.html`, not-found -> `404.html`). */
  htmlFileOf(path: string): string;
  /**
   * Inline scripts for `<head>` (their hashes go into the page's CSP): `page` on every page, `fallback`
   * on the page written to `404.html`, which hosts also serve for the routes left to the browser.
   */
  bootScripts: { page: string; fallback: string };
  payloadElementId: string;
  /** The module of each lazily loaded route, by route id (`src/app/routes/article.tsx`), relative to the project root. */
  routeModules: Readonly<Record<string, string>>;
  /** Modules a route imports dynamically as soon as it runs (relative to the project root), preloaded with its chunk. */
  routeEagerModules: Readonly<Record<string, readonly string[]>>;
  BundleNotFoundError: new (path: string) => Error;
}
