import { Link } from 'react-router';

export interface Crumb {
  /** Text, or the article's title in the reader's 字形. */
  label: React.ReactNode;
  /** Absent for the current page. */
  to?: string;
}

/** Edition → page → article. */
export function Breadcrumb({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="当前位置" className="mb-4 text-sm text-muted print:hidden">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
        {crumbs.map((crumb, index) => (
          <li key={index} className="flex min-w-0 items-center gap-1.5">
            {index > 0 && <span aria-hidden="true">›</span>}
            {crumb.to ? (
              <Link to={crumb.to} className="underline decoration-rule hover:decoration-accent">
                {crumb.label}
              </Link>
            ) : (
              <span aria-current="page" className="line-clamp-1">
                {crumb.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
