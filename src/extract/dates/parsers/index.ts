// Every date parser, in the order they run. The order matters only on a tie: two readings of the
// same characters with the same rank keep the one found first (see refiners/overlaps.ts).
import type { Parser } from '../candidate.js';
import { duration } from './durations.js';
import { tetDay, tetDayRange, fullMoon, lunarNewYear, newYearsDay, thisTet } from './holidays.js';
import { monthYear, dayMonthWords, year, quarter, partOfYear, birthYear, decade, century, eventYear } from './named-periods.js';
import { dayMonthYear, dayMonth, monthYearBare, isoDate } from './numeric-dates.js';
import { yearRange, consecutiveDays, dayRange, dayMonthRange, consecutiveMonths } from './numeric-ranges.js';
import { weekday, relative, periodModifier, untilNow, sameDay, thatNight, storyDay, recent, partOfDay } from './relative.js';
import { clockTime, hourTime, hourRange, gTime } from './times.js';

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
  tetDayRange,
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
  thatNight,
  storyDay,
  recent,
  partOfDay,
  thisTet,
  gTime,
  consecutiveMonths,
  century,
  eventYear,
];
