import type { Article } from '../../../../contract/bundle.ts';
import type { ContinuationLinks } from '../lib/continuation.ts';
import type { Highlight, LinkTarget } from '../lib/decorate.ts';
import { DeferredHydration } from '../../../lib/deferred-hydration.tsx';
import { itemTitle } from '../lib/item-title.ts';
import { Byline } from './Byline.tsx';
import { ContinuationNote } from './Continuation.tsx';
import { DecoratedText } from './DecoratedText.tsx';
import { PhotoCaption } from './PhotoCaption.tsx';
import { PhotoFrame } from './PhotoFrame.tsx';
import { ColumnLabel } from './StoryCard.tsx';

interface Props {
  article: Article;
  /** Persons and enterprises of the article, linked at their first mention in each paragraph. */
  links?: readonly LinkTarget[];
  /** Search terms to mark wherever they occur. */
  highlight?: Highlight;
  /** Where the other half of an article printed in two halves is: `from` opens the body, `on` closes it. */
  continuations?: ContinuationLinks;
}

/**
 * One item in full, in print order: kicker, headline, subheadlines, dateline and bylines, body.
 * The headline is the view's h1 and the body's section heads (小标题) its h2s.
 */
export function ArticleBody({ article, links, highlight, continuations }: Props) {
  const title = itemTitle(article);
  return (
    <>
      <header className="mb-6 grid gap-1.5">
        <ColumnLabel article={article} highlight={highlight} always />
        {article.kicker && (
          <p className="font-serif text-lg text-muted">
            <DecoratedText text={article.kicker} highlight={highlight} />
          </p>
        )}
        {/* data-listen: the place of each text in what 朗读 reads (listen-texts.ts). */}
        <h1 className="headline text-[1.75rem] sm:text-[2.25rem]" data-listen={0}>
          <DecoratedText text={title} highlight={highlight} />
        </h1>
        {article.subheadlines.map((line) => (
          <p key={line} className="font-serif text-lg sm:text-xl">
            <DecoratedText text={line} highlight={highlight} />
          </p>
        ))}
        <Byline article={article} className="mt-2" highlight={highlight} />
      </header>
      {article.kind === 'photo' ? (
        <figure className="grid max-w-[32rem] gap-3">
          <PhotoFrame />
          <figcaption className="reading" data-listen={1}>
            <PhotoCaption article={article} creditOnOwnLine highlight={highlight} />
          </figcaption>
        </figure>
      ) : (
        <DeferredHydration>
          <div className="reading">
            {continuations?.from && <ContinuationNote link={continuations.from} direction="from" />}
            {article.body.map((block, index) =>
              // Blocks are text without ids; a paragraph repeated in print was already dropped by the pipeline.
              block.kind === 'subhead' ? (
                <h2 key={index} className="subhead" data-listen={index + 1}>
                  <DecoratedText text={block.text} links={links} highlight={highlight} />
                </h2>
              ) : (
                <p key={index} data-listen={index + 1}>
                  <DecoratedText text={block.text} links={links} highlight={highlight} />
                </p>
              ),
            )}
            {continuations?.on && <ContinuationNote link={continuations.on} direction="on" />}
            {article.caption && <PhotoCaption article={article} className="text-muted" creditOnOwnLine highlight={highlight} />}
          </div>
        </DeferredHydration>
      )}
    </>
  );
}
