import { useEffect, useMemo, useState } from 'react';
import { SCRIPT_LANGS, type ReaderSettings } from '../../reader-settings/settings.ts';
import { useReaderSettings } from '../../reader-settings/use-reader-settings.ts';
import type { Convert } from '../lib/aligned.ts';
import { loadConverter, type Region } from '../lib/load-converter.ts';
import { PRINTED, ScriptContext, type ScriptView } from '../lib/script-context.ts';

const REGIONS: Record<ReaderSettings['script'], Region | undefined> = { hans: undefined, 'hant-tw': 'tw', 'hant-hk': 'hk' };

type Loaded = { script: ReaderSettings['script']; convert?: Convert; failed?: true };

/**
 * Gives every converted text below it the reader's 字形. The prerender and hydration see the
 * defaults (简体), so the page hydrates as printed; then the stored choice loads its converter and
 * the text is shown again converted.
 */
export function ScriptProvider({ children }: { children: React.ReactNode }) {
  const [{ script }] = useReaderSettings();
  const region = REGIONS[script];
  const [loaded, setLoaded] = useState<Loaded>();

  useEffect(() => {
    if (!region) return;
    let current = true;
    loadConverter(region).then(
      (convert) => current && setLoaded({ script, convert }),
      () => current && setLoaded({ script, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [script, region]);

  const view = useMemo((): ScriptView => {
    if (!region) return PRINTED;
    if (loaded?.script !== script) return { status: 'loading' };
    return loaded.convert ? { convert: loaded.convert, lang: SCRIPT_LANGS[script], status: 'converted' } : { status: 'failed' };
  }, [region, script, loaded]);

  return <ScriptContext value={view}>{children}</ScriptContext>;
}
