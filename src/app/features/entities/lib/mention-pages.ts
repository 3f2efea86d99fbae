/** Articles listed on the entity page's first screen, and added by each 显示更多; each needs its own file. */
export const MENTIONS_PER_SCREEN = 10;
