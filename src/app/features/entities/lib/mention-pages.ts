import { pageIdOfArticle, type Entity } from '../../../../contract/bundle.ts';

/** Articles listed on the entity page's first screen; each needs its page's file. */
export const MENTIONS_PER_SCREEN = 10;

/** The distinct pages of some mentions, in the order first needed. */
export function pagesOfMentions(mentions: Entity['mentions']): string[] {
  return [...new Set(mentions.flatMap((mention) => pageIdOfArticle(mention.articleId) ?? []))];
}
