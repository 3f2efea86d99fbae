/**
 * Errors are data: a bad input is reported as `{file, line, title, hint}` and printed one per line,
 * never as a stack trace.
 */
export interface PipelineProblem {
  /** The input file, relative to the seeds folder where possible. */
  file: string;
  /** 1-based line in that file, when the problem has one. */
  line?: number;
  /** What is wrong, in one sentence. */
  title: string;
  /** What to do about it. */
  hint?: string;
  /** `error` stops the build; `warning` skips or repairs and goes on. */
  severity: 'error' | 'warning';
}

export class PipelineError extends Error {
  constructor(readonly problems: PipelineProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'PipelineError';
  }
}

export function formatProblem(p: PipelineProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  const hint = p.hint ? ` (${p.hint})` : '';
  return `${where}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.title}${hint}`;
}
