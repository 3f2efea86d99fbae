import { queryOptions } from '../../../lib/query/index.ts';
import { bundlePaths } from '../../../../contract/bundle-layout.ts';
import type { Manifest } from '../../../../contract/bundle.ts';
import { loadBundleFile } from '../../../lib/bundle-source.ts';

/** The small list of editions: what the front page opens with. */
export const manifestQuery = () =>
  queryOptions({
    queryKey: ['manifest'],
    queryFn: ({ signal }) => loadBundleFile<Manifest>(bundlePaths.manifest, signal),
  });
