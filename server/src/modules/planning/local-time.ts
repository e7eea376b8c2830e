/** 'HH:MM' with '24:00' allowed as the end of a day. */
export function isClock(s: string): boolean {
  const m = /^(\d{2}):(\d{2})$/.exec(s);
  if (!m) return false;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return (h < 24 && min < 60) || (h === 24 && min === 0);
}
