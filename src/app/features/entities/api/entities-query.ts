import { queryOptions } from '@tanstack/react-query';
import { bundlePaths, entitiesFileSchema } from '../../../../contract/bundle.ts';
import { loadBundleFile } from '../../../lib/bundle-source.ts';

/** Persons, enterprises, organizations and projects of the whole bundle. */
export const entitiesQuery = () =>
  queryOptions({
    queryKey: ['entities'],
    queryFn: ({ signal }) => loadBundleFile(bundlePaths.entities, entitiesFileSchema, signal),
  });
