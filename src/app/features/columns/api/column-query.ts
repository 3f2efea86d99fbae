import { queryOptions } from '@tanstack/react-query';
import { bundlePaths, columnChunkSchema } from '../../../../contract/bundle.ts';
import { loadBundleFile } from '../../../lib/bundle-source.ts';

/** A 栏目 and its items across every edition. */
export const columnQuery = (columnId: string) =>
  queryOptions({
    queryKey: ['column', columnId],
    queryFn: ({ signal }) => loadBundleFile(bundlePaths.column(columnId), columnChunkSchema, signal),
  });
