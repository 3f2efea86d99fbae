import { describe, expect, it } from 'vitest';
import { SpeechQueue, type ListenState, type UtteranceLike } from './speech-queue.ts';

function setup(texts: string[], options?: { index?: number; rate?: number }) {
  const spoken: UtteranceLike[] = [];
  let cancels = 0;
  const states: ListenState[] = [];
  const synth = {
    speak: (utterance: UtteranceLike) => spoken.push(utterance),
    cancel: () => {
      cancels++;
      // As browsers do: the utterance being read reports an interruption.
      const last = spoken.at(-1);
      last?.onerror?.({ error: 'interrupted' } as SpeechSynthesisErrorEvent);
    },
  };
  const queue = new SpeechQueue(texts, synth, (text) => ({ text, rate: 1, onend: null, onerror: null }), (state) => states.push(state), options);
  const end = (utterance = spoken.at(-1)) => utterance?.onend?.(new Event('end') as SpeechSynthesisEvent);
  return { queue, spoken, states, end, cancels: () => cancels };
}

describe('SpeechQueue', () => {
  it('reads the texts in order, one utterance each, moving on at each end', () => {
    const { queue, spoken, end } = setup(['标题', '第一段', '第二段']);
    queue.play();
    expect(spoken.map((utterance) => utterance.text)).toEqual(['标题']);
    end();
    end();
    expect(spoken.map((utterance) => utterance.text)).toEqual(['标题', '第一段', '第二段']);
    expect(queue.current).toMatchObject({ index: 2, status: 'playing' });
    end();
    expect(queue.current).toMatchObject({ index: 2, status: 'done' });
  });

  it('pauses and resumes at the text it was reading', () => {
    const { queue, spoken, end } = setup(['a', 'b', 'c']);
    queue.play();
    end();
    queue.toggle();
    expect(queue.current.status).toBe('paused');
    // The cancelled utterance's late end event changes nothing.
    end(spoken[1]);
    expect(queue.current.index).toBe(1);
    queue.toggle();
    expect(spoken.map((utterance) => utterance.text)).toEqual(['a', 'b', 'b']);
    expect(queue.current.status).toBe('playing');
  });

  it('skips on and back within bounds', () => {
    const { queue, spoken } = setup(['a', 'b', 'c']);
    queue.play();
    queue.skip(1);
    queue.skip(1);
    queue.skip(1);
    queue.skip(-1);
    expect(spoken.map((utterance) => utterance.text)).toEqual(['a', 'b', 'c', 'c', 'b']);
    queue.pause();
    queue.skip(-5);
    expect(queue.current).toMatchObject({ index: 0, status: 'paused' });
  });

  it('starts where it was told and applies a new rate at once', () => {
    const { queue, spoken } = setup(['a', 'b', 'c'], { index: 2, rate: 1.5 });
    queue.play();
    expect(spoken.at(-1)).toMatchObject({ text: 'c', rate: 1.5 });
    queue.setRate(0.75);
    expect(spoken.at(-1)).toMatchObject({ text: 'c', rate: 0.75 });
    expect(spoken).toHaveLength(2);
  });

  it('stops on a real error of the current utterance', () => {
    const { queue, spoken } = setup(['a', 'b']);
    queue.play();
    spoken[0]?.onerror?.({ error: 'synthesis-failed' } as SpeechSynthesisErrorEvent);
    expect(queue.current.status).toBe('paused');
  });
});
