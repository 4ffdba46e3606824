// The static layers: basemap, rivers and border, place labels; and control areas.
import { getJSON } from "./api.js";
import { isValidOn } from "./dates.js";
import { el } from "./dom.js";
import { controlStyle } from "./styles.js";

const LINE_STYLES = {
  river: { color: "#3b7dd8", weight: 3, opacity: 0.9 },
  border: { color: "#555555", weight: 2, dashArray: "8 6", opacity: 0.9 },
  deconfliction: { color: "#ff7f00", weight: 6, dashArray: "10 10", opacity: 0.95 },
};
const MAJOR_KINDS = new Set(["city", "town"]);
const LABEL_KINDS = new Set([
  "city", "town", "village", "neighbourhood", "oil_field", "gas_field", "base", "airport", "bridge",
]);

export function bilingual(name, nameAr) {
  return el("span", { className: "bilingual" },
    el("span", { lang: "en" }, name || ""),
    nameAr ? " · " : null,
    nameAr ? el("span", { lang: "ar", dir: "rtl", className: "ar" }, nameAr) : null);
}

export async function addBasemap(map, url) {
  const data = await getJSON(url);
  return L.geoJSON(data, {
    pane: "basemap",
    interactive: false,
    style: (f) => f.properties.kind === "country"
      ? { color: "#8a8a8a", weight: 1.5, fillColor: "#f4f1ea", fillOpacity: 1 }
      : { color: "#6b6b6b", weight: 1.5, dashArray: "4 4", fill: false },
  }).addTo(map);
}

export class ReferenceLines {
  constructor(map, url) {
    this.map = map;
    this.url = url;
    this.layer = L.layerGroup().addTo(map);
    this.features = [];
  }

  async load() {
    this.features = (await getJSON(this.url)).features;
  }

  showOn(iso) {
    this.layer.clearLayers();
    for (const feature of this.features) {
      const props = feature.properties;
      if (!isValidOn(props, iso)) continue;
      const line = L.geoJSON(feature, {
        style: LINE_STYLES[props.kind] || LINE_STYLES.river,
        className: `reference-line line-${props.kind}`,
      });
      line.bindTooltip(bilingual(props.name, props.name_ar), { sticky: true });
      this.layer.addLayer(line);
      if (props.kind === "deconfliction") this.label(feature, props);
    }
  }
}

// A permanent label part-way down the line, so it is named without hovering.
ReferenceLines.prototype.label = function label(feature, props) {
  const lines = feature.geometry.type === "MultiLineString" ? feature.geometry.coordinates : [feature.geometry.coordinates];
  const longest = lines.reduce((a, b) => (b.length > a.length ? b : a));
  const [lon, lat] = longest[Math.floor(longest.length * 0.35)];
  L.tooltip({ permanent: true, direction: "left", className: "line-label", interactive: false })
    .setLatLng([lat, lon])
    .setContent(el("span", {}, `${props.name} (from ${props.valid_from})`))
    .addTo(this.layer);
};

export async function addPlaceLabels(map, url) {
  const data = await getJSON(url);
  const group = L.layerGroup();
  for (const feature of data.features) {
    const props = feature.properties;
    if (!LABEL_KINDS.has(props.kind) || !feature.geometry) continue;
    const [lon, lat] = feature.geometry.coordinates;
    const minor = MAJOR_KINDS.has(props.kind) ? "" : " minor";
    L.circleMarker([lat, lon], {
      radius: 2.5, color: "#333", weight: 1, fillOpacity: 1, interactive: false, className: `place-dot${minor}`,
    })
      .bindTooltip(bilingual(props.name, props.name_ar), {
        permanent: true, direction: "right", offset: [4, 0], className: `place-label${minor}`,
      })
      .addTo(group);
  }
  const update = () => map.getContainer().classList.toggle("zoom-low", map.getZoom() < 10);
  map.on("zoomend", update);
  update();
  return group.addTo(map);
}

export class ControlAreas {
  constructor(map, url) {
    this.map = map;
    this.url = url;
    this.layer = L.layerGroup().addTo(map);
    this.cache = new Map();
  }

  async showOn(iso) {
    if (!this.cache.has(iso)) this.cache.set(iso, getJSON(this.url, { date: iso }));
    const data = await this.cache.get(iso);
    this.layer.clearLayers();
    L.geoJSON(data, {
      pane: "control",
      style: (f) => ({
        color: controlStyle(f.properties.controller).color,
        weight: 1,
        fillOpacity: 0.18,
        className: `control-area control-${f.properties.controller}`,
      }),
      onEachFeature: (f, layer) => layer.bindTooltip(el("span", {},
        `${controlStyle(f.properties.controller).label} (${f.properties.valid_from} – ${f.properties.valid_to || "…"})`),
        { sticky: true }),
    }).addTo(this.layer);
    return data.features;
  }
}
