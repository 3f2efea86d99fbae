import { lazy, Suspense, useState } from 'react';
import { useReadingKeys } from '../lib/use-reading-keys.ts';

// The list of keys loads when a reader first asks for it, not with every page.
const KeyboardHelpDialog = lazy(() => import('./KeyboardHelpDialog.tsx'));

/** 快捷键: `?` or the footer's button opens a modal dialog listing every key. */
export function KeyboardHelp() {
  // How often it was asked for: each time opens the dialog again.
  const [opened, setOpened] = useState(0);
  const open = () => setOpened((count) => count + 1);
  useReadingKeys({ help: open });
  return (
    <>
      <button type="button" className="underline" onClick={open}>
        键盘快捷键
      </button>
      {opened > 0 && (
        <Suspense fallback={null}>
          <KeyboardHelpDialog opened={opened} />
        </Suspense>
      )}
    </>
  );
}
