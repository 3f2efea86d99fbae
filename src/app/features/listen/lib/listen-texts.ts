import type { Article } from '../../../../contract/bundle.ts';
import { itemTitle } from '../../articles/lib/item-title.ts';
import { toChinesePunctuation } from '../../../lib/punctuation.ts';

/**
 * What 朗读 reads, in order: the headline, then every body block (a photo item: its caption), as the
 * reader sees them. Text `i` is shown by the element marked `data-listen="i"` in the article view.
 */
export function listenTexts(article: Pick<Article, 'kind' | 'headline' | 'column' | 'caption' | 'body'>): string[] {
  const title = toChinesePunctuation(itemTitle(article));
  if (article.kind === 'photo') return article.caption ? [title, toChinesePunctuation(article.caption)] : [title];
  return [title, ...article.body.map((block) => toChinesePunctuation(block.text))];
}
