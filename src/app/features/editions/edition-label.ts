import type { EditionInfo } from '../../../contract/bundle.ts';
import { formatDate } from '../../lib/dates.ts';

/** An edition in breadcrumbs and lists: its date, or `本期` for pages that state none. */
export function editionLabel(edition: Pick<EditionInfo, 'date'> | undefined): string {
  return edition?.date ? formatDate(edition.date, false) : '本期';
}
