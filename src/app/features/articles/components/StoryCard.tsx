import { Link } from 'react-router';
import { paragraphTexts } from '../../../../contract/bundle-layout.ts';
import type { Article } from '../../../../contract/bundle.ts';
import { zh } from '../../../lib/zh.ts';
import { paths } from '../../../paths.ts';
import type { ContinuationLinks } from '../lib/continuation.ts';
import type { Highlight } from '../lib/decorate.ts';
import { itemTitle } from '../lib/item-title.ts';
import { Byline } from './Byline.tsx';
import { ContinuationMarker } from './Continuation.tsx';
import { PhotoCaption } from './PhotoCaption.tsx';
import { DecoratedText } from './DecoratedText.tsx';
import { PhotoFrame } from './PhotoFrame.tsx';
import { Converted } from '../../script/components/Converted.tsx';

/**
 * 栏目: the item's column label and its headline's column tag, each a link to the column's page.
 * In lists an item without a headline is titled by its label, so the label is not repeated there;
 * the article view (`always`) shows it anyway, as the way to the column.
 */
export function ColumnLabel({
  article,
  highlight,
  always = false,
}: {
  article: Pick<Article, 'column' | 'columns' | 'headline'>;
  highlight?: Highlight;
  always?: boolean;
}) {
  if (!always && !article.headline) return null;
  const refs = article.columns ?? [];
  if (refs.length === 0 && !article.column) return null;
  const text = (label: string) => (highlight && highlight.terms.length > 0 ? <DecoratedText text={label} highlight={highlight} /> : <Converted text={zh(label)} />);
  return (
    <p className="flex flex-wrap gap-x-3 text-sm font-semibold tracking-wider text-accent">
      {refs.length > 0
        ? refs.map((ref) => (
            <Link key={ref.id} to={paths.column.href(ref.id)} className="no-underline hover:underline">
              {text(ref.id === refs[0]?.id && article.column ? article.column : ref.label)}
              <span className="sr-only">（栏目）</span>
            </Link>
          ))
        : article.column && text(article.column)}
    </p>
  );
}

/**
 * The page's lead story, set large: kicker, headline, subheadlines, byline and its first paragraph,
 * with the continuation markers an e-paper prints beside it.
 */
export function LeadStory({ article, continuations }: { article: Article; continuations?: ContinuationLinks }) {
  const first = paragraphTexts(article)[0];
  return (
    <article aria-labelledby={`h-${article.id}`} className="border-b border-rule pb-6">
      <ColumnLabel article={article} />
      {article.kicker && (
        <p className="mb-1 font-serif text-lg text-muted">
          <Converted text={zh(article.kicker)} />
        </p>
      )}
      <h2 id={`h-${article.id}`} className="headline text-[1.75rem] sm:text-4xl">
        <Link to={paths.article.href(article.id)} className="no-underline hover:text-accent hover:underline">
          <Converted text={zh(itemTitle(article))} />
        </Link>
      </h2>
      {article.subheadlines.map((line) => (
        <p key={line} className="mt-1 font-serif text-lg text-ink sm:text-xl">
          <Converted text={zh(line)} />
        </p>
      ))}
      <Byline article={article} className="mt-3" />
      {(first || continuations?.from || continuations?.on) && (
        <div className="reading mt-3">
          {continuations?.from && <ContinuationMarker link={continuations.from} direction="from" />}
          {first && (
            <p>
              <Converted text={zh(first)} />
            </p>
          )}
          {continuations?.on && <ContinuationMarker link={continuations.on} direction="on" />}
        </div>
      )}
      {/* The title is in the link's text, hidden from view, so its name begins with what is on screen. */}
      <Link to={paths.article.href(article.id)} className="mt-1 inline-block text-accent underline">
        阅读全文
        <span className="sr-only">
          ：<Converted text={zh(itemTitle(article))} />
        </span>
      </Link>
    </article>
  );
}

/** Another story of the page, in the grid under the lead. */
export function StoryCard({ article, continuations }: { article: Article; continuations?: ContinuationLinks }) {
  const first = paragraphTexts(article)[0];
  return (
    <article aria-labelledby={`h-${article.id}`} className="flex flex-col gap-2 border-t-2 border-ink pt-3">
      <ColumnLabel article={article} />
      {article.kicker && (
        <p className="text-sm text-muted">
          <Converted text={zh(article.kicker)} />
        </p>
      )}
      <h3 id={`h-${article.id}`} className="headline text-xl">
        <Link to={paths.article.href(article.id)} className="no-underline hover:text-accent hover:underline">
          <Converted text={zh(itemTitle(article))} />
        </Link>
      </h3>
      {article.subheadlines.map((line) => (
        <p key={line} className="font-serif text-ink">
          <Converted text={zh(line)} />
        </p>
      ))}
      <Byline article={article} className="text-sm" />
      {continuations?.from && <ContinuationMarker link={continuations.from} direction="from" />}
      {first && (
        <p className="line-clamp-4 leading-relaxed">
          <Converted text={zh(first)} />
        </p>
      )}
      {continuations?.on && <ContinuationMarker link={continuations.on} direction="on" />}
    </article>
  );
}

/** A photo item: its column label, a frame where the photo was, the caption and the credit. */
export function PhotoCard({ article }: { article: Article }) {
  return (
    <article aria-labelledby={`h-${article.id}`} className="border-t-2 border-ink pt-3">
      <figure className="grid gap-2">
        <PhotoFrame />
        <figcaption className="grid gap-1">
          <ColumnLabel article={article} />
          <h3 id={`h-${article.id}`} className="font-serif text-lg font-bold">
            <Link to={paths.article.href(article.id)} className="no-underline hover:text-accent hover:underline">
              <Converted text={zh(itemTitle(article))} />
            </Link>
          </h3>
          <PhotoCaption article={article} className="line-clamp-5 text-[0.9375rem] leading-relaxed" />
        </figcaption>
      </figure>
    </article>
  );
}
