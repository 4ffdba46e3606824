// The view as a URL: centre, zoom, time window, filters and the selected event.
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(value) {
  return value && DAY.test(value) ? value : null;
}

function number(value) {
  const n = Number(value);
  return value !== null && value !== "" && Number.isFinite(n) ? n : null;
}

export function readState(search) {
  const p = new URLSearchParams(search);
  const centre = (p.get("c") || "").split(",").map(number);
  return {
    center: centre.length === 2 && centre.every((n) => n !== null) ? centre : null,
    zoom: number(p.get("z")),
    from: day(p.get("from")),
    to: day(p.get("to")),
    types: (p.get("types") || "").split(",").filter((t) => /^[a-z_]+$/.test(t)),
    actor: p.get("actor") || "",
    lang: ["ar", "en"].includes(p.get("lang")) ? p.get("lang") : "",
    outlet: p.get("outlet") || "",
    place: (p.get("place") || "").slice(0, 100),
    event: number(p.get("event")),
  };
}

export function writeState(state) {
  const p = new URLSearchParams();
  if (state.center) p.set("c", state.center.map((n) => n.toFixed(4)).join(","));
  if (state.zoom !== null) p.set("z", String(state.zoom));
  if (state.from) p.set("from", state.from);
  if (state.to) p.set("to", state.to);
  if (state.types.length) p.set("types", state.types.join(","));
  for (const key of ["actor", "lang", "outlet", "place"]) if (state[key]) p.set(key, state[key]);
  if (state.event) p.set("event", String(state.event));
  history.replaceState(null, "", `${location.pathname}?${p}`);
}

// The API's names for the same filters.
export function apiParams(state) {
  return {
    start: state.from,
    end: state.to,
    sub_type: state.types.join(","),
    actor: state.actor,
    language: state.lang,
    outlet: state.outlet,
    place: state.place,
  };
}

export function query(params) {
  const p = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) p.set(key, value);
  return p.toString();
}
