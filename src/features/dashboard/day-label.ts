/** `2026-11-20` (a Vietnam calendar day from the API) → `20/11`: the axis needs no year. */
export function shortDay(date: string): string {
  const [, month, day] = date.split('-');
  return `${day}/${month}`;
}

/** `2026-11-20` → `20/11/2026`, for the table that reads the figures out. */
export function longDay(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
