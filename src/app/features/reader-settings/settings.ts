import { z } from 'zod';

/** Font size steps of the reading text. */
export const FONT_SIZES = ['sm', 'md', 'lg', 'xl', 'xxl'] as const;
/** `system` follows the reader's operating system (light or dark). */
export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
export const LEADINGS = ['compact', 'normal', 'loose'] as const;

export const settingsSchema = z.object({
  fontSize: z.enum(FONT_SIZES).catch('md'),
  theme: z.enum(THEMES).catch('system'),
  leading: z.enum(LEADINGS).catch('normal'),
});
export type ReaderSettings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: ReaderSettings = { fontSize: 'md', theme: 'system', leading: 'normal' };

export const SETTINGS_STORAGE_KEY = 'dubao:reader-settings';

export const FONT_SIZE_LABELS: Record<ReaderSettings['fontSize'], string> = { sm: '小', md: '标准', lg: '大', xl: '特大', xxl: '超大' };
export const THEME_LABELS: Record<ReaderSettings['theme'], string> = { system: '跟随系统', light: '浅色', dark: '深色', sepia: '护眼' };
export const LEADING_LABELS: Record<ReaderSettings['leading'], string> = { compact: '紧凑', normal: '标准', loose: '宽松' };

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

/** The settings show as `data-font-size`, `data-theme`, `data-leading` on `<html>`; the stylesheet does the rest. */
export function applySettings(settings: ReaderSettings, root: { dataset: Record<string, string | undefined> }): void {
  root.dataset.fontSize = settings.fontSize;
  root.dataset.theme = settings.theme;
  root.dataset.leading = settings.leading;
}

/**
 * Runs in `<head>` before the first paint of a prerendered page, so a stored dark theme never flashes light.
 * Built from the same constants as {@link applySettings}; the build puts its hash into the page's CSP.
 */
export const SETTINGS_BOOT_SCRIPT = `(function(){try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(SETTINGS_STORAGE_KEY)})||"{}"),d=document.documentElement,a=${JSON.stringify(
  { fontSize: FONT_SIZES, theme: THEMES, leading: LEADINGS },
)};for(var k in a){if(s&&a[k].indexOf(s[k])>=0)d.dataset[k]=s[k]}}catch(e){}})()`;
