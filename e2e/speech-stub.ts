/**
 * A speech synthesis stand-in, injected before the page loads (page.addInitScript): it records each
 * utterance and never speaks; a test ends the current one with `window.__speech.end()`.
 */
export function installSpeechStub(options: { voices: { lang: string; name: string }[] }): void {
  type Utterance = { text: string; lang: string; rate: number; voice: unknown; onend: ((event: Event) => void) | null; onerror: ((event: unknown) => void) | null };
  const spoken: { text: string; rate: number; lang: string }[] = [];
  let current: Utterance | undefined;
  class FakeUtterance {
    lang = '';
    rate = 1;
    voice: unknown = null;
    onend: ((event: Event) => void) | null = null;
    onerror: ((event: unknown) => void) | null = null;
    constructor(public text: string) {}
  }
  const synth = {
    speaking: false,
    paused: false,
    pending: false,
    getVoices: () => options.voices.map((voice) => ({ ...voice, localService: true, default: false, voiceURI: voice.name })),
    speak(utterance: Utterance) {
      spoken.push({ text: utterance.text, rate: utterance.rate, lang: utterance.lang });
      current = utterance;
    },
    cancel() {
      const cancelled = current;
      current = undefined;
      cancelled?.onerror?.({ error: 'interrupted' });
    },
    pause() {},
    resume() {},
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  Object.defineProperty(window, '__speech', {
    value: {
      spoken,
      end() {
        const ended = current;
        current = undefined;
        ended?.onend?.(new Event('end'));
      },
    },
  });
}

export const ZH_VOICE = { lang: 'zh-CN', name: '测试中文语音' };
