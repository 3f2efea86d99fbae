import { parseStoredObject } from '../../lib/stored-value.ts';

/** Font size steps of the reading text. */
export const FONT_SIZES = ['sm', 'md', 'lg', 'xl', 'xxl'] as const;
/** `system` follows the reader's operating system (light or dark); `contrast` is black on white with strong rules and focus. */
export const THEMES = ['system', 'light', 'dark', 'sepia', 'contrast'] as const;
export const LEADINGS = ['compact', 'normal', 'loose'] as const;
/** The measure of the running text, in characters a line: clreq and the house style keep it at 40 or fewer. */
export const WIDTHS = ['narrow', 'normal', 'wide'] as const;
/** System CJK font stacks (宋体, 黑体, 楷体): nothing is ever downloaded. */
export const TYPEFACES = ['hei', 'song', 'kai'] as const;
export const TRACKINGS = ['normal', 'loose', 'looser'] as const;
/** 字形: the text as printed (简体), or converted to 繁體 as Taiwan or Hong Kong write it. */
export const SCRIPTS = ['hans', 'hant-tw', 'hant-hk'] as const;

/**
 * The settings the stylesheet applies, and their values: what {@link applySettings} and the boot script
 * write to `<html>`. Not 字形: the app converts the text itself once the page has hydrated (features/script).
 */
const SETTING_VALUES = { fontSize: FONT_SIZES, theme: THEMES, leading: LEADINGS, width: WIDTHS, typeface: TYPEFACES, tracking: TRACKINGS } as const;
/** Every setting and its values: what {@link parseSettings} accepts. */
const STORED_VALUES = { ...SETTING_VALUES, script: SCRIPTS } as const;

export type ReaderSettings = { -readonly [K in keyof typeof STORED_VALUES]: (typeof STORED_VALUES)[K][number] };

export const DEFAULT_SETTINGS: ReaderSettings = { fontSize: 'md', theme: 'system', leading: 'normal', width: 'normal', typeface: 'hei', tracking: 'normal', script: 'hans' };

export const SETTINGS_STORAGE_KEY = 'dubao:reader-settings';

export const FONT_SIZE_LABELS: Record<ReaderSettings['fontSize'], string> = { sm: '小', md: '标准', lg: '大', xl: '特大', xxl: '超大' };
export const THEME_LABELS: Record<ReaderSettings['theme'], string> = { system: '跟随系统', light: '浅色', dark: '深色', sepia: '护眼', contrast: '高对比' };
export const LEADING_LABELS: Record<ReaderSettings['leading'], string> = { compact: '紧凑', normal: '标准', loose: '宽松' };
export const WIDTH_LABELS: Record<ReaderSettings['width'], string> = { narrow: '窄', normal: '适中', wide: '宽' };
export const TYPEFACE_LABELS: Record<ReaderSettings['typeface'], string> = { hei: '黑体', song: '宋体', kai: '楷体' };
export const TRACKING_LABELS: Record<ReaderSettings['tracking'], string> = { normal: '标准', loose: '稍宽', looser: '宽' };
export const SCRIPT_LABELS: Record<ReaderSettings['script'], string> = { hans: '简体', 'hant-tw': '繁體（台灣）', 'hant-hk': '繁體（香港）' };
/** The language of each 字形, for `lang` on converted text (and on the choice's own label). */
export const SCRIPT_LANGS: Record<ReaderSettings['script'], string> = { hans: 'zh-Hans', 'hant-tw': 'zh-Hant-TW', 'hant-hk': 'zh-Hant-HK' };

/**
 * Reads stored settings: each one missing, unknown or unreadable falls back to its default, as the
 * boot script reads them. (No schema library: this runs on every first load.)
 */
export function parseSettings(raw: string | null): ReaderSettings {
  const stored = parseStoredObject(raw);
  if (!stored) return DEFAULT_SETTINGS;
  const settings: Record<string, string> = { ...DEFAULT_SETTINGS };
  for (const [key, values] of Object.entries(STORED_VALUES)) {
    const value = stored[key];
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) settings[key] = value;
  }
  return settings as ReaderSettings;
}

/** The settings show as `data-font-size`, `data-theme`, `data-leading`, … on `<html>`; the stylesheet does the rest. */
export function applySettings(settings: ReaderSettings, root: { dataset: Record<string, string | undefined> }): void {
  for (const key of Object.keys(SETTING_VALUES) as (keyof typeof SETTING_VALUES)[]) root.dataset[key] = settings[key];
}

/**
 * Runs in `<head>` before the first paint of a prerendered page, so a stored dark theme never flashes light.
 * Built from the same constants as {@link applySettings}; the build puts its hash into the page's CSP.
 */
export const SETTINGS_BOOT_SCRIPT = `(function(){try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(SETTINGS_STORAGE_KEY)})||"{}"),d=document.documentElement,a=${JSON.stringify(
  SETTING_VALUES,
)};for(var k in a){if(s&&a[k].indexOf(s[k])>=0)d.dataset[k]=s[k]}}catch(e){}})()`;
