import { z } from 'zod';
import { DEFAULT_SITE_NAME } from './site-url.ts';

export * from './site-url.ts';

/**
 * Who publishes the site and where it lives: from `npm run build -- --site URL` and the `site`
 * section of the optional `seeds/site.json`. The pipeline validates the file against
 * {@link siteFileSchema} and writes the result into the manifest as {@link Site}, so the app reads the
 * same facts the feeds and sitemaps were built from.
 */

/** An absolute http(s) URL of the site's root, normalized to end in `/` (`https://example.org/reader/`). */
export const siteUrlSchema = z
  .string()
  .refine((text) => {
    try {
      const url = new URL(text);
      return (url.protocol === 'https:' || url.protocol === 'http:') && !url.search && !url.hash;
    } catch {
      return false;
    }
  }, 'the site URL must be an absolute http(s) URL without ?query or #fragment, e.g. https://example.org/reader/')
  .transform((text) => (text.endsWith('/') ? text : `${text}/`));

/** The `site` section of `seeds/site.json`; every field is optional. */
export const siteConfigSchema = z.strictObject({
  /** The site's absolute URL; `--site` wins over it. Feeds, sitemaps, canonical links need it. */
  url: siteUrlSchema.optional(),
  /** The site's name, shown in feeds and previews (default `读报`). */
  name: z.string().trim().min(1).optional(),
  /** Who publishes the paper (`武进日报社`); the JSON-LD publisher. Default: the pages' publication. */
  publisher: z.string().trim().min(1).optional(),
  /** The editors' e-mail address: 报告错误 writes to it; without one the link is not shown. */
  editors: z.email('editors must be an e-mail address, e.g. editors@example.org').optional(),
});
export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** `seeds/site.json`: `{ "site": { … } }`, with an optional `$comment` for the editors. */
export const siteFileSchema = z.strictObject({
  $comment: z.unknown().optional(),
  site: siteConfigSchema.optional(),
});

/** The site as the manifest carries it. */
export const siteSchema = z.object({
  /** Absolute URL of the site's root, ending in `/`; absent when the build was given none. */
  url: siteUrlSchema.optional(),
  name: z.string().min(1),
  publisher: z.string().min(1).optional(),
  /** The editors' e-mail address, for 报告错误. */
  editors: z.string().min(1).optional(),
});
export type Site = z.infer<typeof siteSchema>;
