import { data } from 'react-router';
import { ID_PATTERN } from '../../contract/bundle-layout.ts';
import { BundleNotFoundError } from './bundle-source.ts';

/** Ends a loader with the not-found page (status 404). */
export function notFound(): never {
  throw data('not found', { status: 404 });
}

/** An id from the URL, or not-found when it cannot be an id (so it never reaches a file path). */
export function validId(value: string | undefined): string {
  return value !== undefined && ID_PATTERN.test(value) ? value : notFound();
}

/** A missing bundle file means the id in the URL is unknown: that is the not-found page, not an error. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof BundleNotFoundError) notFound();
    throw error;
  }
}
