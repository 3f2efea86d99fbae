import { createContext, useContext } from 'react';
import type { Convert } from './aligned.ts';

/** How the article text is shown: as printed, or converted to 繁體 and marked with its language. */
export interface ScriptView {
  /** Absent while the text is shown as printed (简体, or 繁體 not loaded yet). */
  convert?: Convert;
  /** The language of converted text (`zh-Hant-TW`), for `lang` on it. */
  lang?: string;
  /** `loading` and `failed` are what the 字形 setting tells the reader while 繁體 is not shown yet. */
  status: 'printed' | 'loading' | 'converted' | 'failed';
}

export const PRINTED: ScriptView = { status: 'printed' };

export const ScriptContext = createContext<ScriptView>(PRINTED);

/** The script the reader chose for article text; outside a {@link ScriptContext} (and in the prerender) the printed text. */
export function useScript(): ScriptView {
  return useContext(ScriptContext);
}
