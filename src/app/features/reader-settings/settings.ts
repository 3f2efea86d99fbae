import { z } from 'zod';

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

export const settingsSchema = z.object({
  fontSize: z.enum(FONT_SIZES).catch('md'),
  theme: z.enum(THEMES).catch('system'),
  leading: z.enum(LEADINGS).catch('normal'),
  width: z.enum(WIDTHS).catch('normal'),
  typeface: z.enum(TYPEFACES).catch('hei'),
  tracking: z.enum(TRACKINGS).catch('normal'),
  script: z.enum(SCRIPTS).catch('hans'),
});
export type ReaderSettings = z.infer<typeof settingsSchema>;

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
 * The settings the stylesheet applies, and their values: what {@link applySettings} and the boot script
 * write to `<html>`. Not 字形: the app converts the text itself once the page has hydrated (features/script).
 */
const SETTING_VALUES = { fontSize: FONT_SIZES, theme: THEMES, leading: LEADINGS, width: WIDTHS, typeface: TYPEFACES, tracking: TRACKINGS } as const;

/** Reads stored settings; anything missing, unknown or unreadable falls back to the defaults. */
export function parseSettings(raw: string | null): ReaderSettings {
  if (!raw) return DEFAULT_SETTINGS;
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** The settings show as `data-font-size`, `data-theme`, `data-leading`, … on `<html>`; the stylesheet does the rest. */
export function applySettings(settings: ReaderSettings, root: { dataset: Record<string, string | undefined> }): void {
  for (const key of Object.keys(SETTING_VALUES) as (keyof ReaderSettings)[]) root.dataset[key] = settings[key];
}

/**
 * Runs in `<head>` before the first paint of a prerendered page, so a stored dark theme never flashes light.
 * Built from the same constants as {@link applySettings}; the build puts its hash into the page's CSP.
 */
export const SETTINGS_BOOT_SCRIPT = `(function(){try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(SETTINGS_STORAGE_KEY)})||"{}"),d=document.documentElement,a=${JSON.stringify(
  SETTING_VALUES,
)};for(var k in a){if(s&&a[k].indexOf(s[k])>=0)d.dataset[k]=s[k]}}catch(e){}})()`;
