import { queryOptions } from '@tanstack/react-query';
import { bundlePaths, manifestSchema } from '../../../../contract/bundle.ts';
import { loadBundleFile } from '../../../lib/bundle-source.ts';

/** The small list of editions: what the front page opens with. */
export const manifestQuery = () =>
  queryOptions({
    queryKey: ['manifest'],
    queryFn: ({ signal }) => loadBundleFile(bundlePaths.manifest, manifestSchema, signal),
  });
