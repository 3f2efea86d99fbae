/**
 * `j` / `k` on a page: focus moves down or up 标题导航, so Enter opens the article; from outside the
 * list, `j` starts at its first title and `k` at its last.
 */
export function focusHeadline(delta: 1 | -1): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('nav[aria-labelledby="headline-nav"] a')];
  if (links.length === 0) return;
  const at = links.findIndex((link) => link === document.activeElement);
  const next = at < 0 ? (delta > 0 ? 0 : links.length - 1) : Math.max(0, Math.min(links.length - 1, at + delta));
  links[next]?.focus();
  links[next]?.scrollIntoView({ block: 'nearest' });
}
