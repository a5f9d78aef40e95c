// The output formats of an analysis, by the name `--format` takes. Each format is a module that
// exports `renderer: RendererFactory`; it is imported only when chosen, so a JSON run never loads
// cli-table3 or chalk. Adding a format is one line here:
//   html: () => import('./html.js'),
import type { RecordError } from '../input/records.js';
import type { Analysis } from '../types.js';

export interface RenderOptions {
  color: boolean;
  /** Terminal width, when output goes to one. */
  width?: number;
}

/** How a format writes a run of analyses. */
export interface Renderer {
  /** Written once before the first analysis (a CSV header). */
  header?: string;
  /** Written between two analyses. */
  separator: string;
  /** `text` is the normalised text the analysis's offsets point into (the views that show it). */
  each: (a: Analysis, text: string) => string;
  /** Written once after the last analysis (the end of an HTML page). */
  footer?: string;
  /** Formats that are one document for the whole run (JSON) render at the end instead. */
  whole?: (list: Analysis[], several: boolean) => string;
  /** A bad record's error object (`--input ndjson`), in its place in a streamed format. */
  error?: (error: RecordError) => string;
}

export type RendererFactory = (options: RenderOptions) => Renderer;

export const ANALYSIS_FORMATS = {
  table: () => import('./table.js'),
  json: () => import('./json.js'),
  ndjson: () => import('./ndjson.js'),
  csv: () => import('./csv.js'),
  markdown: () => import('./markdown.js'),
  annotated: () => import('./annotated.js'),
  html: () => import('./html.js'),
} satisfies Record<string, () => Promise<{ renderer: RendererFactory }>>;

export type AnalysisFormat = keyof typeof ANALYSIS_FORMATS;

export async function loadRenderer(format: AnalysisFormat, options: RenderOptions): Promise<Renderer> {
  const { renderer } = await ANALYSIS_FORMATS[format]();
  return renderer(options);
}
