// The rule registry, in the order docs/rules.md lists them.

import type { Rule } from '../types.js';
import { abbreviationUndefined } from './abbreviation-undefined.js';
import { abbreviationFirstUse } from './abbreviation-first-use.js';
import { abbreviationRedefined } from './abbreviation-redefined.js';
import { dateInvalid } from './date-invalid.js';
import { weekdayMismatch } from './weekday-mismatch.js';
import { placeNameStale } from './place-name-stale.js';
import { numberFormatMixed } from './number-format-mixed.js';
import { numberMissingSeparator } from './number-missing-separator.js';
import { datelineMissing } from './dateline-missing.js';
import { titleMissing } from './title-missing.js';
import { bylineMissing } from './byline-missing.js';
import { unicodeNfd } from './unicode-nfd.js';
import { legacyEncoding } from './legacy-encoding.js';
import { lookalikeLetter } from './lookalike-letter.js';
import { toneMarkMixed } from './tone-mark-mixed.js';
import { iYMixed } from './i-y-mixed.js';
import { syllableInvalid } from './syllable-invalid.js';
import { zeroWidth } from './zero-width.js';
import { doubleSpace } from './double-space.js';
import { unbalancedBrackets } from './unbalanced-brackets.js';

export const RULES: readonly Rule[] = [
  abbreviationUndefined,
  abbreviationFirstUse,
  abbreviationRedefined,
  dateInvalid,
  weekdayMismatch,
  placeNameStale,
  numberFormatMixed,
  numberMissingSeparator,
  datelineMissing,
  titleMissing,
  bylineMissing,
  unicodeNfd,
  legacyEncoding,
  lookalikeLetter,
  toneMarkMixed,
  iYMixed,
  syllableInvalid,
  zeroWidth,
  doubleSpace,
  unbalancedBrackets,
];
