import { MAX_CO_MENTIONS, pageIdOfArticle, type CoMention, type Corpus, type Entity, type EntityKind } from '../../contract/bundle.ts';

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** 同现 lists who and which companies appear beside an entity. */
const CO_MENTION_KINDS: readonly EntityKind[] = ['person', 'enterprise'];

/**
 * Each page's entities, their mentions limited to the page's articles: a page file carries what
 * its sidebars and body links need, so no reader ever loads the archive's whole entity list.
 * Their roles and short forms are those the page prints (see `pageChunkSchema`).
 * Listed in name order (zh-CN collation, then id), so the sidebar's ranking by counts, a stable
 * sort, keeps names in order without a collator in the browser (building one for zh-CN costs a
 * phone tens of milliseconds on the first render).
 */
export function entitiesByPage(entities: readonly Entity[]): Map<string, Entity[]> {
  const collator = new Intl.Collator('zh-CN');
  const byName = [...entities].sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byPage = new Map<string, Entity[]>();
  for (const entity of byName) {
    const mentionsByPage = new Map<string, Entity['mentions']>();
    for (const mention of entity.mentions) {
      const pageId = pageIdOfArticle(mention.articleId);
      if (pageId === undefined) continue;
      pushTo(mentionsByPage, pageId, mention);
    }
    for (const [pageId, mentions] of mentionsByPage) pushTo(byPage, pageId, printedOn(entity, mentions));
  }
  return byPage;
}

/** An entity as some of its mentions print it: their roles and short forms, in order, and the mentions without them. */
function printedOn(entity: Entity, mentions: Entity['mentions']): Entity {
  const roles = new Set(mentions.flatMap((mention) => mention.roles ?? []));
  const aliases = new Set(mentions.flatMap((mention) => mention.aliases ?? []));
  return { ...entity, roles: [...roles], aliases: [...aliases], mentions: mentions.map(countOnly) };
}

/** A mention as the bundle's files keep it: the corpus's roles and short forms of each are folded into the entity's. */
const countOnly = ({ articleId, count }: Entity['mentions'][number]) => ({ articleId, count });

/** An entity's own file: its roles and short forms over the whole archive, its mentions without each one's. */
export function entityFileEntity(entity: Entity): Entity {
  return { ...entity, mentions: entity.mentions.map(countOnly) };
}

/**
 * The persons and enterprises mentioned in the same articles as each entity, most articles in
 * common first, then persons before enterprises, then by name; at most MAX_CO_MENTIONS each.
 * Counted through each article's own entities, so the work grows with mentions, not with
 * entities squared.
 */
export function coMentionsOf(corpus: Pick<Corpus, 'entities'>, kinds: readonly EntityKind[] = CO_MENTION_KINDS): Map<string, CoMention[]> {
  const inArticle = new Map<string, { entity: Entity; roles: readonly string[] }[]>();
  for (const entity of corpus.entities) {
    if (!kinds.includes(entity.kind)) continue;
    for (const { articleId, roles } of entity.mentions) pushTo(inArticle, articleId, { entity, roles: roles ?? [] });
  }
  const collator = new Intl.Collator('zh-CN');
  const out = new Map<string, CoMention[]>();
  for (const entity of corpus.entities) {
    // The roles the other is printed with in the articles both are in: what a new edition's role
    // elsewhere does not change, so neither does this entity's file.
    const shared = new Map<Entity, { count: number; roles: Set<string> }>();
    for (const { articleId } of entity.mentions) {
      for (const { entity: other, roles } of inArticle.get(articleId) ?? []) {
        if (other === entity) continue;
        const both = shared.get(other) ?? { count: 0, roles: new Set<string>() };
        both.count++;
        for (const role of roles) both.roles.add(role);
        shared.set(other, both);
      }
    }
    const ranked = [...shared]
      .sort(
        ([a, countA], [b, countB]) =>
          countB.count - countA.count || kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
      )
      .slice(0, MAX_CO_MENTIONS);
    out.set(
      entity.id,
      ranked.map(([other, { count, roles }]) => ({ id: other.id, kind: other.kind, name: other.name, roles: [...roles], count })),
    );
  }
  return out;
}
