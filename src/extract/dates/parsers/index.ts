// Every date parser, in the order they run. The order matters only on a tie: two readings of the
// same characters with the same rank keep the one found first (see refiners/overlaps.ts).
import type { Parser } from '../candidate.js';
import { duration } from './durations.js';
import { tetDay, fullMoon, lunarNewYear, newYearsDay } from './holidays.js';
import { monthYear, dayMonthWords, year, quarter, partOfYear, birthYear, decade } from './named-periods.js';
import { dayMonthYear, dayMonth, monthYearBare, isoDate } from './numeric-dates.js';
import { yearRange, consecutiveDays, dayRange, dayMonthRange } from './numeric-ranges.js';
import { weekday, relative, periodModifier, untilNow, sameDay } from './relative.js';
import { clockTime, hourTime, hourRange } from './times.js';

export const parsers: Parser[] = [
  dayMonthYear,
  dayMonth,
  monthYearBare,
  monthYear,
  dayMonthWords,
  year,
  yearRange,
  quarter,
  partOfYear,
  clockTime,
  hourTime,
  weekday,
  relative,
  periodModifier,
  duration,
  tetDay,
  fullMoon,
  birthYear,
  lunarNewYear,
  untilNow,
  isoDate,
  decade,
  hourRange,
  newYearsDay,
  consecutiveDays,
  sameDay,
  dayRange,
  dayMonthRange,
];
