// Event markers, their popups and the list of visible events beside the map.
import { formatDay } from "./dates.js";
import { el, safeHref } from "./dom.js";
import { eventStyle } from "./styles.js";
import { bilingual } from "./layers.js";

const LIST_LIMIT = 300;

function row(term, ...value) {
  return [el("dt", {}, term), el("dd", {}, ...value)];
}

export function popupContent(props) {
  const style = eventStyle(props.sub_type);
  const dates = props.date_end && props.date_end !== props.date
    ? `${formatDay(props.date)} – ${formatDay(props.date_end)}` : formatDay(props.date);
  const isArabic = props.language === "ar";
  const href = safeHref(props.article_url);
  const title = props.article_title || "(untitled article)";
  return el("article", { className: "event-popup" },
    el("h3", {}, el("span", { className: "swatch", style: `background:${style.color}` }), style.label),
    el("dl", {},
      ...row("Date", dates),
      ...row("Place", bilingual(props.place || "unknown place", props.place_ar)),
      ...row("Type", `${props.type} / ${props.sub_type}`),
      ...row("Actors", props.actors && props.actors.length ? props.actors.join(", ") : "not stated"),
      ...(props.fatalities !== null && props.fatalities !== undefined ? row("Fatalities", props.fatalities) : []),
    ),
    el("blockquote", {
      className: "excerpt", dir: isArabic ? "rtl" : "ltr", lang: props.language || null,
    }, props.excerpt || ""),
    el("p", { className: "source" }, "Source: ",
      href ? el("a", { href, target: "_blank", rel: "noopener noreferrer", dir: "auto" }, title)
        : el("cite", { dir: "auto" }, title),
      props.outlet ? ` — ${props.outlet}` : ""),
  );
}

export class EventLayer {
  constructor(map) {
    this.map = map;
    this.layer = L.featureGroup().addTo(map);
    this.markers = new Map();
  }

  show(features) {
    this.layer.clearLayers();
    this.markers.clear();
    for (const feature of features) {
      if (!feature.geometry) continue;
      const props = feature.properties;
      const [lon, lat] = feature.geometry.coordinates;
      const marker = L.circleMarker([lat, lon], {
        pane: "events",
        radius: 8,
        color: "#ffffff",
        weight: 1.5,
        fillColor: eventStyle(props.sub_type).color,
        fillOpacity: 0.9,
        className: `event-marker event-${props.sub_type}`,
      });
      marker.bindPopup(() => popupContent(props), { maxWidth: 360 });
      marker.addTo(this.layer);
      this.markers.set(feature.id ?? props.id, marker);
    }
    return this.markers.size;
  }

  open(id) {
    const marker = this.markers.get(id);
    if (!marker) return;
    this.map.panTo(marker.getLatLng());
    marker.openPopup();
  }
}

export function renderList(listNode, features, onPick) {
  listNode.replaceChildren();
  for (const feature of features.slice(0, LIST_LIMIT)) {
    const props = feature.properties;
    const style = eventStyle(props.sub_type);
    const button = el("button", { type: "button", className: "event-item" },
      el("span", { className: "swatch", style: `background:${style.color}` }),
      el("span", { className: "item-date" }, props.date),
      ` ${style.label} — `,
      bilingual(props.place || "unknown place", props.place_ar));
    button.addEventListener("click", () => onPick(feature.id ?? props.id));
    listNode.append(el("li", {}, button));
  }
  if (features.length > LIST_LIMIT) {
    listNode.append(el("li", { className: "note" }, `…and ${features.length - LIST_LIMIT} more on the map.`));
  }
}
