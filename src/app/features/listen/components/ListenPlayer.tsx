import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useNavigate } from 'react-router';
import { isTypingTarget } from '../../search/lib/use-search-shortcuts.ts';
import { readListen, withPosition, writeListen } from '../lib/listen-store.ts';
import { RATES, SpeechQueue, type ListenState } from '../lib/speech-queue.ts';
import { loadVoices, pickChineseVoice } from '../lib/voice.ts';
import { listenToggles } from './listen-toggles.ts';

export interface ListenPlayerProps {
  articleId: string;
  /** What is read, in order: the headline, then each body block; element `[data-listen=i]` shows text i. */
  texts: readonly string[];
  /** Where the texts are shown, to mark the one being read. */
  container: RefObject<HTMLElement | null>;
  /** The next article of the 版, for going on at the end. */
  nextHref?: string;
  onClose: () => void;
}

type Voice = { state: 'loading' } | { state: 'none' } | { state: 'ready'; voice: SpeechSynthesisVoice };

const rateLabel = (rate: number) => `${rate}×`;

/** 朗读 with the browser's speech synthesis, loaded only when a reader first asks for it. */
export default function ListenPlayer({ articleId, texts, container, nextHref, onClose }: ListenPlayerProps) {
  const navigate = useNavigate();
  const [voice, setVoice] = useState<Voice>({ state: 'loading' });
  const [state, setState] = useState<ListenState>();
  const [continueToNext, setContinueToNext] = useState(() => readListen().continueToNext);
  const queue = useRef<SpeechQueue<SpeechSynthesisUtterance>>(undefined);
  const continueRef = useRef(continueToNext);
  continueRef.current = continueToNext;
  const rateId = useId();

  useEffect(() => {
    let live = true;
    const synth = typeof window.speechSynthesis === 'undefined' ? undefined : window.speechSynthesis;
    if (!synth || typeof window.SpeechSynthesisUtterance === 'undefined') {
      setVoice({ state: 'none' });
      return;
    }
    void loadVoices(synth).then((voices) => {
      if (!live) return;
      const chosen = pickChineseVoice(voices);
      setVoice(chosen ? { state: 'ready', voice: chosen } : { state: 'none' });
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (voice.state !== 'ready') return;
    const stored = readListen();
    const saved = stored.positions[articleId];
    const speaker = new SpeechQueue<SpeechSynthesisUtterance>(
      texts,
      window.speechSynthesis,
      (text) => Object.assign(new SpeechSynthesisUtterance(text), { lang: 'zh-CN', voice: voice.voice }),
      setState,
      { index: saved !== undefined && saved < texts.length ? saved : 0, rate: stored.rate },
    );
    queue.current = speaker;
    speaker.play();
    const unsubscribe = listenToggles.subscribe(() => speaker.toggle());
    return () => {
      unsubscribe();
      speaker.stop();
      queue.current = undefined;
    };
  }, [voice, texts, articleId]);

  // Mark the text being read, bring it into view, and remember the place.
  useEffect(() => {
    if (!state) return;
    const root = container.current;
    const element = root?.querySelector<HTMLElement>(`[data-listen="${state.index}"]`);
    if (state.status === 'playing' || state.status === 'paused') {
      element?.setAttribute('data-speaking', '');
      if (state.status === 'playing') {
        const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        element?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
      }
    }
    writeListen(withPosition({ ...readListen(), rate: state.rate }, articleId, state.status === 'done' ? undefined : state.index));
    if (state.status === 'done' && continueRef.current && nextHref) void navigate(nextHref, { state: { listen: true } });
    return () => element?.removeAttribute('data-speaking');
  }, [state, container, articleId, nextHref, navigate]);

  // ← and → skip a text while 朗读 is on; before the pager's ← → (上一篇/下一篇) see them.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || isTypingTarget(event.target)) return;
      const delta = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
      if (!delta || !queue.current) return;
      event.preventDefault();
      queue.current.skip(delta);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const setContinue = (value: boolean) => {
    setContinueToNext(value);
    writeListen({ ...readListen(), continueToNext: value });
  };

  if (voice.state === 'none') {
    return (
      <div role="alert" className="flex flex-wrap items-center gap-3 rounded-md border border-rule bg-panel p-3">
        <p>本设备没有可用的中文（zh-CN）语音，无法朗读。可在系统设置中安装中文语音后再试。</p>
        <button type="button" className="btn" onClick={onClose}>
          关闭
        </button>
      </div>
    );
  }

  const playing = state?.status === 'playing';
  return (
    <section aria-label="朗读" className="sticky top-0 z-20 flex flex-wrap items-center gap-2 rounded-md border border-rule bg-panel p-2 shadow-sm print:hidden">
      <button type="button" className="btn" disabled={!state} onClick={() => queue.current?.toggle()} aria-keyshortcuts="n">
        {playing ? '暂停' : state?.status === 'done' ? '重新朗读' : '继续'}
      </button>
      <button type="button" className="btn" disabled={!state} onClick={() => queue.current?.skip(-1)} aria-keyshortcuts="ArrowLeft">
        上一段
      </button>
      <button type="button" className="btn" disabled={!state} onClick={() => queue.current?.skip(1)} aria-keyshortcuts="ArrowRight">
        下一段
      </button>
      <label htmlFor={rateId} className="flex items-center gap-1 text-[0.9375rem]">
        语速
        <select id={rateId} className="btn" value={state?.rate ?? 1} onChange={(event) => queue.current?.setRate(Number(event.target.value))}>
          {RATES.map((rate) => (
            <option key={rate} value={rate}>
              {rateLabel(rate)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1 text-[0.9375rem]">
        <input type="checkbox" checked={continueToNext} disabled={!nextHref} onChange={(event) => setContinue(event.target.checked)} />
        读完接着读本版下一篇
      </label>
      <button type="button" className="btn" onClick={onClose}>
        停止朗读
      </button>
      <span role="status" className="text-sm text-muted">
        {voice.state === 'loading' || !state
          ? '正在准备语音…'
          : state.status === 'done'
            ? '本篇已读完'
            : `${playing ? '正在朗读' : '已暂停'}：${state.index === 0 ? '标题' : `第 ${state.index} 段，共 ${texts.length - 1} 段`}`}
      </span>
    </section>
  );
}
