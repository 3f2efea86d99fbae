import { queryOptions } from '../../../lib/query/index.ts';
import { bundlePaths } from '../../../../contract/bundle-layout.ts';
import type { EntityChunk } from '../../../../contract/bundle.ts';
import { loadBundleFile } from '../../../lib/bundle-source.ts';

/** One entity's page data: every article mentioning it, and who appears beside it. */
export const entityQuery = (entityId: string) =>
  queryOptions({
    queryKey: ['entity', entityId],
    queryFn: ({ signal }) => loadBundleFile<EntityChunk>(bundlePaths.entity(entityId), signal),
  });
