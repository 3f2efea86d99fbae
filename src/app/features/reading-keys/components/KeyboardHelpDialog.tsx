import { useEffect, useId, useRef } from 'react';
import { OTHER_KEYS, READING_KEYS } from '../lib/reading-keys.ts';

function KeyRow({ keyName, label }: { keyName: string; label: string }) {
  return (
    <tr className="border-t border-rule">
      <th scope="row" className="py-1.5 pr-4 text-left font-normal">
        <kbd className="rounded border border-rule bg-paper px-1.5 py-0.5 font-mono text-sm">{keyName}</kbd>
      </th>
      <td className="py-1.5">{label}</td>
    </tr>
  );
}

/**
 * The modal `<dialog>` listing every key, opened as soon as it mounts and again on each new `opened`
 * count. The native dialog traps focus, closes with Esc and gives focus back to what opened it.
 */
export default function KeyboardHelpDialog({ opened }: { opened: number }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, [opened]);
  return (
    <dialog ref={dialog} aria-labelledby={titleId} className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-rule bg-panel p-5 text-ink shadow-xl backdrop:bg-black/40">
      <h2 id={titleId} className="mb-3 font-serif text-xl font-bold">
        键盘快捷键
      </h2>
      <table className="w-full text-[0.9375rem]">
        <caption className="sr-only">按键及其作用</caption>
        <tbody>
          {READING_KEYS.map((entry) => (
            <KeyRow key={entry.key} keyName={entry.key} label={entry.label} />
          ))}
          {OTHER_KEYS.map((entry) => (
            <KeyRow key={entry.key} keyName={entry.key} label={entry.label} />
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-sm text-muted">在输入框中打字时，或按住 Ctrl、⌘、Alt 时，这些键不起作用。</p>
      <div className="mt-4 text-right">
        <button type="button" className="btn" autoFocus onClick={() => dialog.current?.close()}>
          关闭
        </button>
      </div>
    </dialog>
  );
}
