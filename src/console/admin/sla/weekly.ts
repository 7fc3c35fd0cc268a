import type {Interval} from './parse';
import {formatIntervals} from './parse';

export const weekdays = ['1', '2', '3', '4', '5', '6', '7'] as const;
export type Weekly = Partial<Record<(typeof weekdays)[number], Interval[]>>;

/** Runs of weekdays with the same hours, as `Mon–Fri 09:00-18:00`; days without hours are left out. */
export function weeklySummary(weekly: Weekly, dayName: (day: number) => string, run: (first: string, last: string) => string): string[] {
  const hoursOf = (day: number) => formatIntervals(weekly[String(day) as (typeof weekdays)[number]] ?? []);
  const out: string[] = [];
  let day = 1;
  while (day <= 7) {
    const hours = hoursOf(day);
    let last = day;
    while (last < 7 && hoursOf(last + 1) === hours) last++;
    if (hours) out.push(`${last === day ? dayName(day) : run(dayName(day), dayName(last))} ${hours}`);
    day = last + 1;
  }
  return out;
}
