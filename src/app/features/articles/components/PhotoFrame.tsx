/**
 * Where the photo was printed. The text edition carries no image, so this shows a quiet frame
 * that says so, never a broken image.
 */
export function PhotoFrame({ className = '' }: { className?: string }) {
  return (
    <div className={`flex aspect-[16/9] max-h-64 w-full flex-col items-center justify-center gap-2 rounded-md border border-dashed border-rule bg-panel text-muted ${className}`}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="36" height="36" fill="none" stroke="currentColor" strokeWidth="1.5">
        <path d="M4 7h3l1.5-2h7L17 7h3a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1Z" />
        <circle cx="12" cy="13" r="3.5" />
      </svg>
      <span className="text-sm">图片（文本版未收录）</span>
    </div>
  );
}
