// Build time only: the prerender plugin (src/prerender/) imports this after a separate SSR build.
import { QueryClientProvider } from './lib/query/index.ts';
import { StrictMode } from 'react';
import { renderToStringAsync } from 'preact-render-to-string';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { isBrowserRendered } from '../contract/permalinks.ts';
import { bundlePaths, editionChunkSchema, manifestSchema, pageChunkSchema, UNDATED_EDITION, yearChunkSchema } from '../contract/bundle.ts';
import type { BundleFileReader, RenderedRoute, SsrEntry } from '../prerender/ssr-contract.ts';
import { calendarRange, monthsOf } from './features/calendar/lib/months.ts';
import { SETTINGS_BOOT_SCRIPT } from './features/reader-settings/settings.ts';
import { ROUTER_BASENAME, underBase } from './lib/basename.ts';
import { browserRenderedBootScript } from './lib/browser-rendered.ts';
import { BundleNotFoundError, loadBundleFile, readBundleFile, setStoredFileReader, storedFilesOf, type ReadObserver } from './lib/bundle-source.ts';
import { observations, readRecorder } from './lib/observed-reads.ts';
import { MetaSinkContext, type MetaSink } from './lib/document-meta.ts';
import { headHtml } from './lib/head-tags.ts';
import { createQueryClient } from './lib/query-client.ts';
import { PAYLOAD_ELEMENT_ID, serializePayload } from './lib/ssr-payload.ts';
import { htmlFileOf, paths } from './paths.ts';
import { createRoutes, routeEagerModules, routeModules } from './router.tsx';

/** The prerender reads the built files through the same entry and file map as the browser. */
function readBuiltFiles(read: BundleFileReader, observe?: ReadObserver): void {
  setStoredFileReader(read, observe);
}

/** The route list is read at build time, where the schemas cost nothing: they recheck what it walks. */
async function listPaths(read: BundleFileReader, options: { everyRoute: boolean }): Promise<string[]> {
  readBuiltFiles(read);
  const manifest = manifestSchema.parse(await loadBundleFile(bundlePaths.manifest));
  // The manifest lists only the newest editions; the years' files list them all.
  const editionIds: string[] = [];
  for (const { year } of manifest.years) {
    editionIds.push(...(yearChunkSchema.parse(await loadBundleFile(bundlePaths.year(year)))).editions.map((edition) => edition.id));
  }
  if (manifest.hasUndated) editionIds.push(UNDATED_EDITION);
  const pageIds: string[] = [];
  for (const editionId of editionIds) {
    const chunk = editionChunkSchema.parse(await loadBundleFile(bundlePaths.edition(editionId)));
    pageIds.push(...chunk.pages.map((page) => page.id));
  }
  const articleIds: string[] = [];
  // Every entity is mentioned on some page, and each page's file lists its own; so are the columns.
  const entityIds = new Set<string>();
  const columnIds = new Set<string>();
  for (const pageId of pageIds) {
    const chunk = pageChunkSchema.parse(await loadBundleFile(bundlePaths.page(pageId)));
    articleIds.push(...chunk.articles.map((article) => article.id));
    for (const entity of chunk.entities) entityIds.add(entity.id);
    for (const article of chunk.articles) for (const column of article.columns ?? []) columnIds.add(column.id);
  }
  // One calendar page a month, from the first edition's to the newest's: they grow by months, not days.
  const range = calendarRange(manifest);
  const routes = [
    paths.home.href(),
    ...pageIds.map((id) => paths.page.href(id)),
    ...articleIds.map((id) => paths.article.href(id)),
    ...[...entityIds].map((id) => paths.entity.href(id)),
    ...editionIds.map((id) => paths.editionPrint.href(id)),
    ...editionIds.filter((id) => id !== UNDATED_EDITION).map((id) => paths.nextEdition.href(id)),
    paths.calendar.href(),
    ...(range ? monthsOf(range) : []).map((month) => paths.calendarMonth.href(month)),
    ...[...columnIds].map((id) => paths.column.href(id)),
    paths.search.href(),
    paths.mine.href(),
    paths.notFound.href(),
  ];
  return options.everyRoute ? routes : routes.filter((path) => !isBrowserRendered(path));
}

async function renderRoute(path: string, read: BundleFileReader): Promise<RenderedRoute> {
  const recorder = readRecorder();
  readBuiltFiles(read, recorder);
  const queryClient = createQueryClient();
  const handler = createStaticHandler(createRoutes(queryClient), { basename: ROUTER_BASENAME });
  const context = await handler.query(new Request(new URL(underBase(path), 'http://prerender.invalid')));
  if (context instanceof Response) throw new Error(`dubao prerender: ${path} answered with a redirect (${context.status})`);
  if (context.errors) {
    const error = Object.values(context.errors)[0];
    // A bundle the app cannot read must fail the build, not ship as an error page.
    if (!(context.statusCode === 404)) throw error instanceof Error ? error : new Error(`dubao prerender: ${path} failed`);
  }
  // Loaders start some queries without waiting (the sidebar's); finish them, so nothing suspends while
  // rendering: a suspended boundary would be streamed with inline scripts, which the CSP forbids.
  await queryClient.settled();
  const router = createStaticRouter(handler.dataRoutes, context);
  const meta: MetaSink = { title: '', description: '' };
  const app = (
    <StrictMode>
      <MetaSinkContext value={meta}>
        <QueryClientProvider client={queryClient}>
          {/* hydrate={false}: no inline script; the browser loads the data itself before it hydrates (ssr-payload.ts). */}
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </QueryClientProvider>
      </MetaSinkContext>
    </StrictMode>
  );
  // The app runs on Preact (src/prerender/preact-aliases.ts), so Preact's renderer writes the markup it hydrates.
  const html = await renderToStringAsync(app as unknown as Parameters<typeof renderToStringAsync>[0]);
  if (/<script/iu.test(html)) throw new Error(`dubao prerender: ${path} rendered an inline script (a component suspended during prerender)`);
  const payload = serializePayload({ path });
  queryClient.clear();
  const routeIds = context.matches.map((match) => match.route.id);
  const dataPreloads = await dataPreloadsOf(routeIds);
  return {
    status: context.statusCode,
    html,
    title: meta.title,
    description: meta.description,
    head: meta.head ? headHtml(meta.head) : '',
    payload,
    routeIds,
    dataPreloads,
    startsAtOnce: routeIds.includes('search'),
    reads: recorder.result(),
  };
}

/**
 * The search page's query runs as soon as the app starts, and first reads the manifest and the
 * index's entry, each through the file map: those files, named in its HTML, arrive with the page
 * instead of a round trip apiece after the scripts. (The data entry, which every page reads first,
 * every page preloads; the index's ranged files are not among them: a preload cannot ask for a range.)
 * Only this one page names this build's files, so a new edition changes no other page for it.
 */
async function dataPreloadsOf(routeIds: readonly string[]): Promise<string[]> {
  if (!routeIds.includes('search')) return [];
  const manifest = manifestSchema.parse(await loadBundleFile(bundlePaths.manifest));
  const { files } = await storedFilesOf([bundlePaths.manifest, ...(manifest.searchIndex ? [manifest.searchIndex] : [])]);
  return files;
}

/** What the observations of a render find in this build's file at `path` (observed-reads.ts). */
async function observe(path: string, keys: readonly string[], read: BundleFileReader): Promise<string[]> {
  readBuiltFiles(read);
  const bytes = keys.includes('*');
  let content: unknown;
  try {
    content = await readBundleFile(path, bytes ? 'bytes' : 'json');
  } catch (error) {
    if (!(error instanceof BundleNotFoundError)) throw error;
  }
  return observations(content, keys);
}

const entry: SsrEntry = {
  listPaths,
  renderRoute,
  observe,
  htmlFileOf,
  bootScripts: { page: SETTINGS_BOOT_SCRIPT, fallback: `${SETTINGS_BOOT_SCRIPT};${browserRenderedBootScript(import.meta.env.BASE_URL)}` },
  payloadElementId: PAYLOAD_ELEMENT_ID,
  routeModules,
  routeEagerModules: routeEagerModules as Readonly<Record<string, readonly string[]>>,
  BundleNotFoundError,
};
export default entry;
