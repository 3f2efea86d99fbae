/** The pages before and after `pageId` in an edition's reading order (none at either end, or when it is not listed). */
export function neighboursOf<P extends { id: string }>(pages: readonly P[], pageId: string): { previous?: P; next?: P } {
  const at = pages.findIndex((page) => page.id === pageId);
  if (at < 0) return {};
  return { previous: pages[at - 1], next: pages[at + 1] };
}
