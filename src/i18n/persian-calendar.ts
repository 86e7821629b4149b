const DAY_MS = 86_400_000;
/** Days from ICU's Persian epoch (1 Farvardin 1 AP) to 1970-01-01. */
const EPOCH_TO_UNIX = 2_440_588 - 1_948_320;
const MONTH_STARTS = [0, 31, 62, 93, 124, 155, 186, 216, 246, 276, 306, 336];

/**
 * The UTC day of `ms` in the Persian (Solar Hijri) calendar, by the 33-year arithmetic rule ICU
 * uses: the same date as Intl's `persian` calendar for every day from 1900 to 2123.
 */
export function persianDate(ms: number): { year: number; month: number; day: number } {
  const days = Math.floor(ms / DAY_MS) + EPOCH_TO_UNIX;
  const year = 1 + Math.floor((33 * days + 3) / 12_053);
  const dayOfYear = days - (365 * (year - 1) + Math.floor((8 * year + 21) / 33));
  const month = dayOfYear < 216 ? Math.floor(dayOfYear / 31) : Math.floor((dayOfYear - 6) / 30);
  return { year, month: month + 1, day: dayOfYear - MONTH_STARTS[month]! + 1 };
}
