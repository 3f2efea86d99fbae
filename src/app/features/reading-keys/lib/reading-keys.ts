/** What a reading key asks for. */
export type ReadingAction = 'next-article' | 'previous-article' | 'previous-page' | 'next-page' | 'bookmark' | 'listen' | 'help';

/** Every reading key with what it does, in the order the 快捷键 list and the README show them. */
export const READING_KEYS: readonly { key: string; action: ReadingAction; label: string }[] = [
  { key: 'j', action: 'next-article', label: '下一篇' },
  { key: 'k', action: 'previous-article', label: '上一篇' },
  { key: '[', action: 'previous-page', label: '上一版' },
  { key: ']', action: 'next-page', label: '下一版' },
  { key: 's', action: 'bookmark', label: '收藏或取消收藏本文' },
  { key: 'n', action: 'listen', label: '朗读本文；朗读时暂停或继续' },
  { key: '?', action: 'help', label: '显示全部快捷键' },
];

/** Keys that work elsewhere in the reader, listed beside the reading keys. */
export const OTHER_KEYS: readonly { key: string; label: string }[] = [
  { key: '/', label: '搜索' },
  { key: '← →', label: '上一篇、下一篇；朗读时跳到上一段、下一段' },
  { key: 'Esc', label: '关闭对话框或菜单' },
];

const BY_KEY = new Map(READING_KEYS.map((entry) => [entry.key, entry.action]));

/** A key press as the reading keys see it; `inField` says the focus is in a field the reader types into. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'isComposing' | 'defaultPrevented'> & { inField: boolean };

/**
 * The action of a key press, or nothing. A key typed into a field, composed by an input method, or
 * pressed with Ctrl, ⌘ or Alt belongs to the browser and the field. Shift is allowed: `?` needs it on most
 * keyboards, and a shifted letter (`J`) is another key, not `j`.
 */
export function readingActionOf(event: KeyPress): ReadingAction | undefined {
  if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return undefined;
  if (event.inField) return undefined;
  return BY_KEY.get(event.key);
}
