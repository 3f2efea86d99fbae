import type { Corporation, Organization, Person, Thing, WithContext } from 'schema-dts';
import type { Entity } from '../../../../contract/bundle.ts';
import { feedPaths, permalinks } from '../../../../contract/permalinks.ts';
import type { Site } from '../../../../contract/site.ts';
import type { HeadTags } from '../../../lib/head-tags.ts';
import { siteUrlOf } from '../../../lib/permalink.ts';
import { feedLinks, openGraphBasics, siteFeedLinks } from './common.ts';

/** schema.org's type for each kind: a person, a company, any other body; a named project is only a named thing. */
function typed(entity: Entity): Exclude<Person | Corporation | Organization | Thing, string> {
  const alternateName = entity.aliases.length > 0 ? { alternateName: entity.aliases } : {};
  switch (entity.kind) {
    case 'person':
      return { '@type': 'Person', name: entity.name, ...alternateName, ...(entity.roles.length > 0 ? { jobTitle: entity.roles } : {}) };
    case 'enterprise':
      return { '@type': 'Corporation', name: entity.name, ...alternateName };
    case 'organization':
      return { '@type': 'Organization', name: entity.name, ...alternateName };
    case 'project':
      return { '@type': 'Thing', name: entity.name, ...alternateName };
  }
}

/** An entity page: the person or body as JSON-LD, canonical, and the feed of articles mentioning it. */
export function entityHeadTags(input: { entity: Entity; site: Site; title: string; description: string }): HeadTags {
  const { entity, site, title, description } = input;
  const url = siteUrlOf(site, permalinks.entity(entity.id));
  const document = { '@context': 'https://schema.org', ...typed(entity), description, ...(url ? { url } : {}) } as WithContext<Thing>;
  return {
    ...(url ? { canonical: url } : {}),
    alternates: [...feedLinks(site, `${entity.name} - ${site.name}`, feedPaths.entity(entity.id)), ...siteFeedLinks(site)],
    meta: [{ attribute: 'property', key: 'og:type', content: entity.kind === 'person' ? 'profile' : 'website' }, ...openGraphBasics(site, title, description, url)],
    jsonLd: [document],
  };
}
