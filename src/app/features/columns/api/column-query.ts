import { queryOptions } from '../../../lib/query/index.ts';
import { bundlePaths } from '../../../../contract/bundle-layout.ts';
import type { ColumnChunk } from '../../../../contract/bundle.ts';
import { loadBundleFile } from '../../../lib/bundle-source.ts';

/** A 栏目 and its items across every edition. */
export const columnQuery = (columnId: string) =>
  queryOptions({
    queryKey: ['column', columnId],
    queryFn: ({ signal }) => loadBundleFile<ColumnChunk>(bundlePaths.column(columnId), signal),
  });
