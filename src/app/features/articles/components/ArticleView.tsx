import type { Article } from '../../../../contract/bundle.ts';
import { zh } from '../../../lib/zh.ts';
import { Byline } from './Byline.tsx';
import { PhotoCaption } from './PhotoCaption.tsx';
import { PhotoFrame } from './PhotoFrame.tsx';
import { ColumnLabel } from './StoryCard.tsx';
import { itemTitle } from '../lib/item-title.ts';

/** One item in full, in print order: kicker, headline, subheadlines, dateline and bylines, body. */
export function ArticleBody({ article }: { article: Article }) {
  const title = itemTitle(article);
  return (
    <>
      <header className="mb-6 grid gap-1.5">
        <ColumnLabel article={article} />
        {article.kicker && <p className="font-serif text-lg text-muted">{zh(article.kicker)}</p>}
        <h1 className="headline text-[1.75rem] sm:text-[2.25rem]">{zh(title)}</h1>
        {article.subheadlines.map((line) => (
          <p key={line} className="font-serif text-lg sm:text-xl">
            {zh(line)}
          </p>
        ))}
        <Byline article={article} className="mt-2" />
      </header>
      {article.kind === 'photo' ? (
        <figure className="grid max-w-[32rem] gap-3">
          <PhotoFrame />
          <figcaption className="reading">
            <PhotoCaption article={article} creditOnOwnLine />
          </figcaption>
        </figure>
      ) : (
        <div className="reading">
          {article.paragraphs.map((paragraph, index) => (
            // Paragraphs are text without ids; a paragraph repeated in print was already dropped by the pipeline.
            <p key={index}>{zh(paragraph)}</p>
          ))}
          {article.caption && <PhotoCaption article={article} className="text-muted" creditOnOwnLine />}
        </div>
      )}
    </>
  );
}
