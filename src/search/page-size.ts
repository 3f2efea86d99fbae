/** Hits on a page of results, unless a search asks for another number. Its own module, so the app's main chunk can share it without the engine. */
export const PAGE_SIZE = 10;
