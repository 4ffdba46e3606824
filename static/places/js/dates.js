// Calendar days as UTC dates, so no time zone shifts a day.
const DAY_MS = 86400000;

export function parseDay(iso) {
  return new Date(`${iso}T00:00:00Z`);
}

export function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso, days) {
  return isoDay(new Date(parseDay(iso).getTime() + days * DAY_MS));
}

export function daysBetween(fromIso, toIso) {
  return Math.round((parseDay(toIso) - parseDay(fromIso)) / DAY_MS);
}

export function isValidOn(props, iso) {
  return (!props.valid_from || props.valid_from <= iso) && (!props.valid_to || iso <= props.valid_to);
}

export function formatDay(iso) {
  return parseDay(iso).toLocaleDateString("en-GB", {
    timeZone: "UTC", weekday: "short", day: "numeric", month: "short", year: "numeric",
  });
}
