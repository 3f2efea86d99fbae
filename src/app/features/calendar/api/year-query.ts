import { queryOptions } from '../../../lib/query/index.ts';
import { bundlePaths } from '../../../../contract/bundle-layout.ts';
import type { YearChunk } from '../../../../contract/bundle.ts';
import { loadBundleFile } from '../../../lib/bundle-source.ts';

/** One year's editions: which days of a month have a paper, and where each opens. */
export const yearQuery = (year: string) =>
  queryOptions({
    queryKey: ['year', year],
    queryFn: ({ signal }) => loadBundleFile<YearChunk>(bundlePaths.year(year), signal),
  });
