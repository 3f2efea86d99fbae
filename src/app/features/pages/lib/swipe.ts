/** How far a finger must travel sideways to turn the page: past a scroll's wobble, well short of the screen. */
const SWIPE_MIN_PX = 60;
/** Sideways at least twice as far as up or down: a scroll that drifts is not a swipe. */
const HORIZONTAL_RATIO = 2;
/** A finger resting longer is reading, selecting or dragging, not flicking a page over. */
const SWIPE_MAX_MS = 1000;

export type SwipeDirection = 'left' | 'right';

/** The direction of a one-finger stroke, or nothing when it was not a deliberate sideways swipe. */
export function swipeOf(stroke: { dx: number; dy: number; ms: number }): SwipeDirection | undefined {
  const { dx, dy, ms } = stroke;
  if (!(ms >= 0 && ms <= SWIPE_MAX_MS)) return undefined;
  if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < HORIZONTAL_RATIO * Math.abs(dy)) return undefined;
  return dx < 0 ? 'left' : 'right';
}
