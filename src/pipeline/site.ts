import { DEFAULT_SITE_NAME, siteFileSchema, siteUrlSchema, type Site } from '../contract/site.ts';
import type { Corpus } from '../contract/bundle.ts';
import type { PipelineProblem } from './errors.ts';

const HINT = 'see "Site configuration" in README.md: { "site": { "url": "https://…/", "name": "…", "publisher": "…", "editors": "…@…" } }';

/**
 * The site as the manifest carries it: `site.json`'s `site` section, its URL replaced by `--site`
 * when given; the publisher defaults to the one publication every page names. Pure.
 */
export function resolveSite(
  input: { file: string; json: unknown } | undefined,
  siteUrl: string | undefined,
  corpus: Pick<Corpus, 'pages'>,
): { site: Site; problems: PipelineProblem[] } {
  const problems: PipelineProblem[] = [];
  let config: NonNullable<ReturnType<typeof siteFileSchema.parse>['site']> = {};
  if (input) {
    const parsed = siteFileSchema.safeParse(input.json);
    if (parsed.success) config = parsed.data.site ?? {};
    for (const issue of parsed.error?.issues ?? []) {
      const where = issue.path.map(String).join('.');
      const title = issue.path.length === 0 && issue.code === 'invalid_type' ? 'the file must hold a JSON object' : issue.message;
      problems.push({ file: input.file, title: where ? `${where}: ${title}` : title, hint: HINT, severity: 'error' });
    }
  }
  let url = config.url;
  if (siteUrl !== undefined) {
    const parsed = siteUrlSchema.safeParse(siteUrl);
    if (parsed.success) url = parsed.data;
    else problems.push({ file: '--site', title: `${siteUrl}: ${parsed.error.issues[0]?.message ?? 'not a URL'}`, severity: 'error' });
  }
  const publications = new Set(corpus.pages.map((page) => page.publication).filter((name) => name !== undefined));
  const [only] = publications;
  const publisher = config.publisher ?? (publications.size === 1 ? only : undefined);
  const site: Site = { name: config.name ?? DEFAULT_SITE_NAME };
  if (url) site.url = url;
  if (publisher) site.publisher = publisher;
  if (config.editors) site.editors = config.editors;
  return { site, problems };
}
