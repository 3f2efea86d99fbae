type VoiceLike = Pick<SpeechSynthesisVoice, 'lang' | 'name' | 'localService'>;

const tag = (lang: string) => lang.replace(/_/gu, '-').toLowerCase();

/** The best voice for Simplified Chinese: zh-CN first (local before network), then any other Mandarin Han voice. */
export function pickChineseVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
  const rank = (voice: V): number => {
    const lang = tag(voice.lang);
    const base = lang === 'zh-cn' || lang === 'zh-hans-cn' ? 0 : lang === 'zh' || lang.startsWith('zh-hans') ? 1 : lang === 'cmn-cn' || lang.startsWith('cmn') ? 2 : -1;
    return base < 0 ? -1 : base * 2 + (voice.localService ? 0 : 1);
  };
  return voices
    .filter((voice) => rank(voice) >= 0)
    .sort((a, b) => rank(a) - rank(b))[0];
}

/** The voices, once the browser has them: many load them after the page and announce `voiceschanged`. */
export function loadVoices(synth: SpeechSynthesis, waitMs = 1500): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener('voiceschanged', done);
      window.clearTimeout(timer);
      resolve(synth.getVoices());
    };
    const timer = window.setTimeout(done, waitMs);
    synth.addEventListener('voiceschanged', done);
  });
}
