import { lazy, Suspense, useState } from 'react';
import { useReadingKeys } from '../lib/use-reading-keys.ts';
import { useHydrated } from '../../../lib/use-hydrated.tsx';

// The list of keys loads when a reader first asks for it, not with every page.
const KeyboardHelpDialog = lazy(() => import('./KeyboardHelpDialog.tsx'));

/** 快捷键: `?` or the footer's button opens a modal dialog listing every key (the app's keys: the button is drawn once it runs). */
export function KeyboardHelp() {
  const hydrated = useHydrated();
  // How often it was asked for: each time opens the dialog again.
  const [opened, setOpened] = useState(0);
  const open = () => setOpened((count) => count + 1);
  useReadingKeys({ help: open });
  return (
    <>
      {hydrated && (
        <button type="button" className="underline" onClick={open}>
          键盘快捷键
        </button>
      )}
      {opened > 0 && (
        <Suspense fallback={null}>
          <KeyboardHelpDialog opened={opened} />
        </Suspense>
      )}
    </>
  );
}
