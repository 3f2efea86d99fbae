/** Placeholders in the shape of what is loading, so the layout does not jump when it arrives. */
export function Lines({ count, className = '' }: { count: number; className?: string }) {
  return (
    <div className={`grid gap-2.5 ${className}`} aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <div key={index} className={`skeleton h-4 ${index === count - 1 ? 'w-2/3' : 'w-full'}`} />
      ))}
    </div>
  );
}

export function PageSkeleton() {
  return (
    <div role="status" aria-live="polite" className="grid gap-6">
      <span className="sr-only">正在加载…</span>
      <div className="skeleton mx-auto h-12 w-48" aria-hidden="true" />
      <div className="skeleton h-9 w-3/4" aria-hidden="true" />
      <Lines count={4} />
      <div className="grid gap-6 sm:grid-cols-2">
        <Lines count={4} />
        <Lines count={4} />
      </div>
    </div>
  );
}
