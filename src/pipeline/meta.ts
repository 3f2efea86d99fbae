import { z } from 'zod';
import type { PageFacts } from '../contract/bundle.ts';
import type { PipelineProblem } from './errors.ts';
import { LAYOUTS, type Layout } from './parse/shape.ts';

/** `NAME.meta.json` beside `NAME.txt`: page facts the editors state; they win over what the text says. */
const sidecarSchema = z
  .object({
    /** The newspaper's name. */
    publication: z.string().trim().min(1).optional(),
    /** Publication date, YYYY-MM-DD. */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
      .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a real date'),
    /** The printed page number. */
    page: z.number().int().positive(),
    /** The page's name (版名). */
    pageName: z.string().trim().min(1),
    /** How the page's text is laid out, when its statistics mislead the parser. */
    layout: z.enum(LAYOUTS as [Layout, ...Layout[]]),
  })
  .partial()
  .strict();

export interface Sidecar {
  facts: PageFacts;
  layout?: Layout;
  problems: PipelineProblem[];
}

export function parseSidecar(json: unknown, file: string): Sidecar {
  const result = sidecarSchema.safeParse(json);
  if (!result.success) {
    return {
      facts: {},
      problems: result.error.issues.map((issue) => ({
        file,
        title: `${issue.path.join('.') || 'the file'}: ${issue.message}`,
        hint: `expected {"publication": "…", "date": "YYYY-MM-DD", "page": 1, "pageName": "…", "layout": "${LAYOUTS.join('" | "')}"}, every field optional`,
        severity: 'error' as const,
      })),
    };
  }
  const { publication, date, page, pageName, layout } = result.data;
  const facts: PageFacts = {};
  if (publication) facts.publication = publication;
  if (date) facts.date = date;
  if (page) facts.number = page;
  if (pageName) facts.name = pageName;
  return layout ? { facts, layout, problems: [] } : { facts, problems: [] };
}
