import {
  FONT_SIZE_LABELS,
  FONT_SIZES,
  LEADING_LABELS,
  LEADINGS,
  SCRIPT_LABELS,
  SCRIPT_LANGS,
  SCRIPTS,
  THEME_LABELS,
  THEMES,
  TRACKING_LABELS,
  TRACKINGS,
  TYPEFACE_LABELS,
  TYPEFACES,
  WIDTH_LABELS,
  WIDTHS,
  type ReaderSettings,
} from '../settings.ts';
import type { ScriptView } from '../../script/lib/script-context.ts';

/** What the 字形 choice says while the chosen 繁體 is not on screen yet. */
const SCRIPT_STATUS = { printed: '', converted: '', loading: '正在载入繁体字表…', failed: '繁体字表未能载入，仍显示简体。' } as const;

const HANT_LABEL_LANGS = { 'hant-tw': SCRIPT_LANGS['hant-tw'], 'hant-hk': SCRIPT_LANGS['hant-hk'] };

function Choice<K extends keyof ReaderSettings>(props: {
  legend: string;
  name: K;
  options: readonly ReaderSettings[K][];
  labels: Record<ReaderSettings[K], string>;
  value: ReaderSettings[K];
  onChange: (value: ReaderSettings[K]) => void;
  /** The language of an option's label, where it is not the interface's. */
  langs?: Partial<Record<ReaderSettings[K], string>>;
  children?: React.ReactNode;
}) {
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1.5 text-sm font-semibold text-ink">{props.legend}</legend>
      <div className="flex flex-wrap gap-1.5">
        {props.options.map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              className="sr-only"
              name={`reader-${props.name}`}
              value={option}
              checked={props.value === option}
              onChange={() => props.onChange(option)}
            />
            <span lang={props.langs?.[option]}>{props.labels[option]}</span>
          </label>
        ))}
      </div>
      {props.children}
    </fieldset>
  );
}

/** The panel's choices, loaded when a reader first opens 阅读设置 (the settings themselves apply before the first paint). */
export default function ReaderSettingsChoices({
  settings,
  update,
  status,
}: {
  settings: ReaderSettings;
  update: (patch: Partial<ReaderSettings>) => void;
  status: ScriptView['status'];
}) {
  return (
    <>
      <Choice legend="字号" name="fontSize" options={FONT_SIZES} labels={FONT_SIZE_LABELS} value={settings.fontSize} onChange={(fontSize) => update({ fontSize })} />
      <Choice legend="主题" name="theme" options={THEMES} labels={THEME_LABELS} value={settings.theme} onChange={(theme) => update({ theme })} />
      <Choice legend="字体" name="typeface" options={TYPEFACES} labels={TYPEFACE_LABELS} value={settings.typeface} onChange={(typeface) => update({ typeface })} />
      <Choice legend="行距" name="leading" options={LEADINGS} labels={LEADING_LABELS} value={settings.leading} onChange={(leading) => update({ leading })} />
      <Choice legend="字距" name="tracking" options={TRACKINGS} labels={TRACKING_LABELS} value={settings.tracking} onChange={(tracking) => update({ tracking })} />
      <Choice legend="版心宽度" name="width" options={WIDTHS} labels={WIDTH_LABELS} value={settings.width} onChange={(width) => update({ width })} />
      {/* The interface stays 简体: only what the paper printed is converted. */}
      <Choice
        legend="字形"
        name="script"
        options={SCRIPTS}
        labels={SCRIPT_LABELS}
        langs={HANT_LABEL_LANGS}
        value={settings.script}
        onChange={(script) => update({ script })}
      >
        <p role="status" className="mt-1.5 text-xs text-muted empty:hidden">
          {SCRIPT_STATUS[status]}
        </p>
      </Choice>
    </>
  );
}
