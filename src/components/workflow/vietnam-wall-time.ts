import { vietnamParts } from '@/domain';

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11-20T10:30`: an instant as a `datetime-local` value on a Vietnam wall clock. */
export function toVietnamWallTime(date: Date | number | string): string {
  const p = vietnamParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** A well-formed `YYYY-MM-DDTHH:mm` (what browsers give for `datetime-local`). */
export const isWallTime = (value: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}:00+07:00`));
