/** The part of `SpeechSynthesisUtterance` the queue uses; tests pass plain objects. */
export interface UtteranceLike {
  text: string;
  rate: number;
  onend: ((event: SpeechSynthesisEvent) => void) | null;
  onerror: ((event: SpeechSynthesisErrorEvent) => void) | null;
}

/** The part of `speechSynthesis` the queue uses. */
export interface SynthLike<U extends UtteranceLike = UtteranceLike> {
  speak(utterance: U): void;
  cancel(): void;
}

export type ListenStatus = 'idle' | 'playing' | 'paused' | 'done';

export interface ListenState {
  /** The text being read, or to be read next when paused. */
  index: number;
  status: ListenStatus;
  rate: number;
}

export const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/**
 * Reads texts one utterance each, in order. Pausing cancels and resuming starts the text again:
 * Chrome's own `pause()` stalls or loses its place on many systems, and starting over a paragraph
 * costs a reader less than a voice that never resumes. Every utterance carries a generation, so the
 * end or error event of one that was cancelled never moves the queue.
 */
export class SpeechQueue<U extends UtteranceLike = UtteranceLike> {
  private generation = 0;
  private state: ListenState;

  constructor(
    private readonly texts: readonly string[],
    private readonly synth: SynthLike<U>,
    private readonly utter: (text: string) => U,
    private readonly onChange: (state: ListenState) => void,
    options: { index?: number; rate?: number } = {},
  ) {
    this.state = { index: clampIndex(options.index ?? 0, texts.length), status: 'idle', rate: options.rate ?? 1 };
  }

  get current(): ListenState {
    return this.state;
  }

  /** Starts reading at `index` (by default where the queue is). */
  play(index = this.state.index): void {
    this.set({ index: clampIndex(index, this.texts.length), status: 'playing' });
    this.speakCurrent();
  }

  pause(): void {
    if (this.state.status !== 'playing') return;
    this.silence();
    this.set({ status: 'paused' });
  }

  resume(): void {
    if (this.state.status === 'paused' || this.state.status === 'idle') this.play();
    else if (this.state.status === 'done') this.play(0);
  }

  /** Pause when reading, go on otherwise: what one key or one button does. */
  toggle(): void {
    if (this.state.status === 'playing') this.pause();
    else this.resume();
  }

  /** One text on or back; reading goes on from there if it was reading. */
  skip(delta: number): void {
    const index = clampIndex(this.state.index + delta, this.texts.length);
    if (this.state.status === 'playing') this.play(index);
    else this.set({ index, status: this.state.status === 'done' ? 'paused' : this.state.status });
  }

  /** A new rate takes effect at once: the text being read starts again at it. */
  setRate(rate: number): void {
    this.set({ rate });
    if (this.state.status === 'playing') this.play();
  }

  stop(): void {
    this.silence();
    this.set({ status: 'idle' });
  }

  private silence(): void {
    this.generation++;
    this.synth.cancel();
  }

  private speakCurrent(): void {
    this.silence();
    const generation = this.generation;
    const utterance = this.utter(this.texts[this.state.index] ?? '');
    utterance.rate = this.state.rate;
    utterance.onend = () => {
      if (generation === this.generation) this.advance();
    };
    utterance.onerror = (event) => {
      // A cancelled utterance reports an error too; only a real failure of the current one stops reading.
      if (generation !== this.generation || event.error === 'interrupted' || event.error === 'canceled') return;
      this.generation++;
      this.set({ status: 'paused' });
    };
    this.synth.speak(utterance);
  }

  private advance(): void {
    if (this.state.index + 1 < this.texts.length) this.play(this.state.index + 1);
    else this.set({ status: 'done' });
  }

  private set(change: Partial<ListenState>): void {
    this.state = { ...this.state, ...change };
    this.onChange(this.state);
  }
}

function clampIndex(index: number, length: number): number {
  return Math.max(0, Math.min(index, Math.max(0, length - 1)));
}
