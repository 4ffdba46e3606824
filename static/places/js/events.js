// Event markers (shapes in SVG; plain circles on a canvas when dense) and the list.
import { el } from "./dom.js";
import { bilingual } from "./layers.js";
import { eventStyle, shapeSvg } from "./styles.js";

const LIST_LIMIT = 300;
export const CANVAS_ABOVE = 1500;
// Radius drawn around events known only to an area (ACLED geo-precision 2 and 3).
const PRECISION_RADIUS_M = { 2: 5000, 3: 20000 };

function safeClass(value) {
  return String(value || "other").replace(/[^a-z_]/g, "");
}

export class EventLayer {
  constructor(map, onSelect) {
    this.map = map;
    this.onSelect = onSelect;
    this.layer = L.featureGroup().addTo(map);
    this.canvas = L.canvas({ padding: 0.2, pane: "events" });
    this.markers = new Map();
  }

  show(features) {
    this.layer.clearLayers();
    this.markers.clear();
    const dense = features.length > CANVAS_ABOVE;
    this.map.getContainer().dataset.renderer = dense ? "canvas" : "svg";
    for (const feature of features) {
      if (!feature.geometry) continue;
      const props = feature.properties;
      const [lon, lat] = feature.geometry.coordinates;
      const marker = dense ? this.dot(lat, lon, props) : this.icon(lat, lon, props);
      marker.on("click", () => this.onSelect(props.id));
      marker.addTo(this.layer);
      this.markers.set(props.id, marker);
      const radius = PRECISION_RADIUS_M[props.geo_precision];
      if (radius && !dense) {
        L.circle([lat, lon], {
          radius, interactive: false, color: eventStyle(props.sub_type).color,
          weight: 1, dashArray: "4 4", fillOpacity: 0.06, className: "precision-circle",
        }).addTo(this.layer);
      }
    }
    return this.markers.size;
  }

  icon(lat, lon, props) {
    const style = eventStyle(props.sub_type);
    return L.marker([lat, lon], {
      pane: "events",
      keyboard: true,
      title: `${props.date} ${style.label}: ${props.place || "unknown place"}`,
      alt: style.label,
      icon: L.divIcon({
        className: `event-marker event-${safeClass(props.sub_type)}`,
        html: shapeSvg(style),
        iconSize: [20, 20],
        iconAnchor: [10, 10],
        popupAnchor: [0, -8],
      }),
    });
  }

  dot(lat, lon, props) {
    return L.circleMarker([lat, lon], {
      renderer: this.canvas, radius: 5, color: "#fff", weight: 1,
      fillColor: eventStyle(props.sub_type).color, fillOpacity: 0.9,
    });
  }

  where(id) {
    const marker = this.markers.get(id);
    return marker ? marker.getLatLng() : null;
  }
}

export function renderList(listNode, features, onPick) {
  listNode.replaceChildren();
  for (const feature of features.slice(0, LIST_LIMIT)) {
    const props = feature.properties;
    const style = eventStyle(props.sub_type);
    const icon = el("span", { className: "icon" });
    icon.innerHTML = shapeSvg(style, 14);  // constant markup, no data
    const button = el("button", { type: "button", className: "event-item", "data-id": props.id },
      icon, el("span", { className: "item-date" }, props.date), ` ${style.label} — `,
      bilingual(props.place || "unknown place", props.place_ar));
    button.addEventListener("click", () => onPick(props.id));
    listNode.append(el("li", {}, button));
  }
  if (features.length > LIST_LIMIT) {
    listNode.append(el("li", { className: "note" }, `…and ${features.length - LIST_LIMIT} more on the map.`));
  }
}
