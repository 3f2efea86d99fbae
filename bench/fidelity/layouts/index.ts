/** The layout classes, by name. */
import { archive } from './archive.ts';
import { columns } from './columns.ts';
import type { ClassName, Layout } from './common.ts';
import { crawler } from './crawler.ts';
import { epaper } from './epaper.ts';
import { markdown } from './markdown.ts';

export const LAYOUTS: Record<ClassName, Layout> = { markdown, epaper, archive, columns, crawler };
