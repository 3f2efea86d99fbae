import type { Article, EditionInfo, Page } from '../../../../contract/bundle.ts';
import type { Site } from '../../../../contract/site.ts';
import { underBase } from '../../../lib/basename.ts';
import { permalinkOf, siteUrlOf } from '../../../lib/permalink.ts';
import { SharePanel } from '../../share/components/SharePanel.tsx';
import { CitePanel } from '../../citation/components/CitePanel.tsx';
import { ReportErrorLink } from '../../citation/components/ReportErrorLink.tsx';
import { AppOnly } from '../../../lib/use-hydrated.tsx';

/** The article element 报告错误 takes the reader's selection from. */
export const ARTICLE_ELEMENT_ID = 'article-body';

/**
 * 分享 and 二维码, 引用, and 报告错误 (the last only when the site names an editors' address). Only
 * 报告错误 is a link that works without the app; the panels are drawn once it has taken over, as
 * ArticleActions' buttons are. Their box keeps its height meanwhile, so what follows does not move.
 */
export function ArticleTools(props: { article: Article; page: Page; edition: EditionInfo; site: Site; title: string; path: string }) {
  const { article, page, edition, site, title, path } = props;
  const currentUrl = () => permalinkOf(site, path);
  // Prerendered without a location: the site's URL when known, else the path; refreshed before use.
  const initialUrl = siteUrlOf(site, path) ?? underBase(path);
  return (
    <div className="mt-4 grid gap-3 print:hidden">
      <AppOnly as="div" className="flex min-h-25 flex-col gap-3">
        <SharePanel title={title} currentUrl={currentUrl} />
        <CitePanel source={{ article, page, edition, title }} currentUrl={currentUrl} />
      </AppOnly>
      {site.editors && (
        <div>
          <ReportErrorLink editors={site.editors} title={title} initialUrl={initialUrl} currentUrl={currentUrl} articleElementId={ARTICLE_ELEMENT_ID} />
        </div>
      )}
    </div>
  );
}
