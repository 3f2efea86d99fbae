/**
 * Slot for the search results. The search feature replaces this with results from src/search/,
 * loaded only when a reader searches (never on the first screen).
 */
export function SearchResults({ query }: { query: string }) {
  if (!query) return <p className="text-muted">输入人名、企业或任意词句，查找包含它的稿件。</p>;
  return (
    <p role="status" className="text-muted">
      全文搜索即将上线。你要找的是“{query}”。
    </p>
  );
}
