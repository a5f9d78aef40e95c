// `summary`: one report over many articles, built as their analyses stream past.
export { SummaryBuilder } from './aggregate.js';
export { SUMMARY_FORMATS, SUMMARY_CSV_COLUMNS, type SummaryFormatter, type SummaryFormatOptions } from './format.js';
export type * from './types.js';
