import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { applySettings } from '../settings.ts';
import { useReaderSettings } from '../use-reader-settings.ts';
import { useScript } from '../../script/lib/script-context.ts';
import { useHydrated } from '../../../lib/use-hydrated.tsx';

const ReaderSettingsChoices = lazy(() => import('./ReaderSettingsChoices.tsx'));

/** 阅读设置: font size, typeface, theme, line spacing, measure, letter spacing, 字形; remembered across visits. */
export function ReaderSettingsPanel() {
  const [settings, update] = useReaderSettings();
  const { status } = useScript();
  const details = useRef<HTMLDetailsElement>(null);
  // Whether the panel was ever opened: its choices load then, not with every page.
  const [opened, setOpened] = useState(false);
  const hydrated = useHydrated();
  // Opened before the page hydrated: no toggle event reached React.
  useEffect(() => {
    if (details.current?.open) setOpened(true);
  }, []);

  useEffect(() => applySettings(settings, document.documentElement), [settings]);

  useEffect(() => {
    const element = details.current;
    if (!element) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && element.open) {
        element.open = false;
        element.querySelector('summary')?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (element.open && event.target instanceof Node && !element.contains(event.target)) element.open = false;
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, []);

  return (
    <details ref={details} className="relative print:hidden" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      {/* Named by its text, not an aria-label, so the name a voice user says is the one on screen. */}
      <summary className="btn cursor-pointer list-none">
        <span aria-hidden="true" className="font-serif text-base leading-none">
          Aa
        </span>
        <span className="sr-only sm:not-sr-only">阅读设置</span>
      </summary>
      <div className="absolute right-0 z-30 mt-2 grid max-h-[calc(100vh-5rem)] w-[min(20rem,calc(100vw-1.5rem))] gap-4 overflow-y-auto rounded-lg border border-rule bg-panel p-4 shadow-lg">
        {opened ? (
          <Suspense fallback={<p className="text-sm text-muted">正在载入…</p>}>
            <ReaderSettingsChoices settings={settings} update={update} status={status} />
          </Suspense>
        ) : (
          // Until the page has hydrated (and for good without JavaScript): the choices load when the panel first opens.
          !hydrated && <p className="text-sm text-muted">启用 JavaScript 后可调整字号、主题等阅读设置。</p>
        )}
      </div>
    </details>
  );
}
