// The story of one event, fetched when it is selected: built as text, never as HTML.
import { getJSON } from "./api.js";
import { formatDay } from "./dates.js";
import { el, safeHref } from "./dom.js";
import { bilingual } from "./layers.js";
import { eventStyle } from "./styles.js";

function row(term, ...value) {
  return [el("dt", {}, term), el("dd", {}, ...value)];
}

const PRECISION = { 1: "the place itself", 2: "near the place (within a few km)", 3: "the wider area" };

export function excerptNode(props) {
  const isArabic = props.language === "ar";
  const node = el("blockquote", { className: "excerpt", dir: isArabic ? "rtl" : "ltr", lang: props.language || null });
  const text = props.excerpt || "";
  const [start, end] = props.highlight || [0, 0];
  if (end > start) {
    node.append(text.slice(0, start), el("mark", {}, text.slice(start, end)), text.slice(end));
  } else {
    node.append(text);
  }
  return node;
}

function dates(props) {
  const span = props.date_end && props.date_end !== props.date
    ? `${formatDay(props.date)} – ${formatDay(props.date_end)}` : formatDay(props.date);
  return props.date_precision && props.date_precision !== "day" ? `${span} (${props.date_precision})` : span;
}

function source(props) {
  const href = safeHref(props.article_url);
  const title = props.article_title || "(untitled article)";
  return el("p", { className: "source" }, "Source: ",
    href ? el("a", { href, target: "_blank", rel: "noopener noreferrer", dir: "auto" }, title)
      : el("cite", { dir: "auto" }, title),
    props.outlet ? ` — ${props.outlet}` : "",
    props.published ? `, published ${formatDay(props.published)}` : "");
}

function siblings(props, onPick) {
  if (!props.article_events || !props.article_events.length) return null;
  const list = el("ul", { className: "siblings" });
  for (const other of props.article_events) {
    const button = el("button", { type: "button", className: "link-button" },
      `${other.date} ${eventStyle(other.sub_type).label} — `, bilingual(other.place || "unknown place", other.place_ar));
    button.addEventListener("click", () => onPick(other.id));
    list.append(el("li", {}, button));
  }
  return el("details", {}, el("summary", {}, `Other events in this article (${props.article_events.length})`), list);
}

function reading(props) {
  if (!props.why || !props.why.length) return null;
  const list = el("ul", { className: "why" });
  for (const reason of props.why) list.append(el("li", { dir: "auto" }, String(reason)));
  const details = el("details", { className: "how-read" }, el("summary", {}, "How this was read"), list);
  // The popup scrolls inside: bring the reasons into view when they open.
  details.addEventListener("toggle", () => {
    if (details.open) list.scrollIntoView({ block: "nearest" });
  });
  return details;
}

export function detailContent(props, onPick) {
  const style = eventStyle(props.sub_type);
  return el("article", { className: "event-popup", "data-id": props.id },
    el("h3", {}, el("span", { className: "swatch", style: `background:${style.color}` }), style.label),
    el("dl", {},
      ...row("Date", dates(props)),
      ...row("Place", bilingual(props.place || "unknown place", props.place_ar)),
      ...row("Located", PRECISION[props.geo_precision] || "unknown"),
      ...row("Type", `${props.type} / ${props.sub_type}`),
      ...row("Actors", props.actors && props.actors.length ? props.actors.join(", ") : "not stated"),
      ...(props.fatalities !== null && props.fatalities !== undefined ? row("Fatalities", props.fatalities) : []),
    ),
    excerptNode(props),
    source(props),
    reading(props),
    siblings(props, onPick),
  );
}

export async function fetchDetail(template, id) {
  return getJSON(template.replace(/\/0\/$/, `/${Number(id)}/`));
}
