// The public map page: wires the URL state, the API, the layers, the timeline.
import { getJSON } from "./api.js";
import { detailContent, fetchDetail } from "./detail.js";
import { el, showStatus } from "./dom.js";
import { EventLayer, renderList } from "./events.js";
import { Filters } from "./filters.js";
import { ControlAreas, ReferenceLines, addBasemap, addPlaceLabels } from "./layers.js";
import { apiParams, query, readState, writeState } from "./state.js";
import { CONTROL_STYLES, EVENT_STYLES, OTHER_EVENT, shapeSvg } from "./styles.js";
import { Timeline } from "./timeline.js";

const config = JSON.parse(document.getElementById("map-config").textContent);
const $ = (id) => document.getElementById(id);
const state = readState(location.search);

function createMap() {
  const map = L.map("map", {
    center: state.center || config.center, zoom: state.zoom ?? config.zoom, minZoom: 6, maxZoom: 15,
  });
  map.createPane("basemap").style.zIndex = 200;
  map.createPane("control").style.zIndex = 350;
  map.createPane("events").style.zIndex = 450;
  map.attributionControl.addAttribution(config.attribution);
  if (config.tilesUrl) {
    // Optional online tiles; without a network they fail quietly over the offline basemap.
    L.tileLayer(config.tilesUrl, { attribution: config.tilesAttribution || "" }).on("tileerror", () => {}).addTo(map);
  }
  map.on("moveend", () => {
    const c = map.getCenter();
    Object.assign(state, { center: [c.lat, c.lng], zoom: map.getZoom() });
    writeState(state);
  });
  return map;
}

function drawLegend() {
  const events = $("legend-events");
  for (const style of [...Object.values(EVENT_STYLES), OTHER_EVENT]) {
    const icon = el("span", { className: "icon" });
    icon.innerHTML = shapeSvg(style, 14);  // constant markup, no data
    events.append(el("li", {}, icon, style.label));
  }
  const control = $("legend-control");
  for (const style of Object.values(CONTROL_STYLES)) {
    control.append(el("li", {}, el("span", { className: "swatch area", style: `background:${style.color}` }), style.label));
  }
  control.append(el("li", {}, el("span", { className: "swatch line deconfliction" }), "Euphrates deconfliction line"));
  control.append(el("li", {}, el("span", { className: "swatch precision" }), "Event known only to an area"));
}

function setCount(data, start, end) {
  const node = $("visible-count");
  const n = data.features.length;
  node.textContent = data.truncated ? `${n} of ${data.total}` : String(n);
  Object.assign(node.dataset, { count: String(n), start: start || "", end: end || "" });
}

function setExports() {
  const search = query(apiParams(state));
  $("export-csv").href = `${config.api.exportCsv}?${search}`;
  $("export-geojson").href = `${config.api.exportGeojson}?${search}`;
}

async function start() {
  drawLegend();
  const map = createMap();
  const areas = new ControlAreas(map, config.api.controlAreas);
  const lines = new ReferenceLines(map, config.api.referenceLines);
  const events = new EventLayer(map, (id) => select(id));
  let request = 0;

  async function select(id, { pan = true } = {}) {
    try {
      const detail = await fetchDetail(config.api.event, id);
      const [lon, lat] = detail.geometry.coordinates;
      const where = events.where(id) || L.latLng(lat, lon);
      // Opened from a link (pan false), the popup keeps the linked view too: its
      // autoPan would move the map and write a new centre into the address.
      // The marker is centred, so the popup above it gets half the map's height
      // at most and scrolls inside: opening "How this was read" never hides its top.
      const maxHeight = Math.max(220, Math.round(map.getSize().y * 0.45));
      L.popup({ maxWidth: 380, maxHeight, className: "detail-popup", autoPan: pan }).setLatLng(where)
        .setContent(detailContent({ ...detail.properties, id: detail.id }, (other) => select(other)))
        .openOn(map);
      if (pan) map.panTo(where);
      state.event = id;
      writeState(state);
    } catch (error) {
      showStatus(`Could not load that event: ${error.message}`, "error");
    }
  }
  map.on("popupclose", () => { state.event = null; writeState(state); });

  const base = await Promise.all([
    addBasemap(map, config.api.basemap), addPlaceLabels(map, config.api.places), lines.load(),
  ]);
  L.control.layers(null, {
    "Events": events.layer, "Areas of control": areas.layer,
    "Rivers, border, deconfliction line": lines.layer, "Place labels": base[1],
  }, { collapsed: false, position: "topright" }).addTo(map);
  L.control.scale({ imperial: false }).addTo(map);

  async function update() {
    const mine = ++request;
    writeState(state);
    setExports();
    showStatus("Loading events…");
    lines.showOn(state.to);
    try {
      const [data, controlled] = await Promise.all([
        getJSON(config.api.events, apiParams(state)), areas.showOn(state.to),
      ]);
      if (mine !== request) return;
      events.show(data.features);
      renderList($("event-list"), data.features, (id) => select(id));
      setCount(data, state.from, state.to);
      $("events-empty").hidden = data.features.length > 0;
      $("events-empty").textContent = "No events match this time window and these filters. Widen the window or clear a filter.";
      $("control-note").textContent = controlled.length ? ""
        : "No areas of control are recorded for this date (the demo data covers February 2018).";
      showStatus(data.truncated ? `Showing the first ${data.features.length} of ${data.total} events: narrow the window or the filters.` : "");
    } catch (error) {
      if (mine === request) showStatus(`Could not load the map data: ${error.message}`, "error");
    }
  }

  $("copy-link").addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      showStatus("Link copied: it opens this view.");
    } catch {
      showStatus("Copy the address in the address bar: it opens this view.");
    }
  });

  if (!config.firstDate) {
    setCount({ features: [], total: 0 }, "", "");
    $("events-empty").hidden = false;
    $("events-empty").textContent = "No events yet. Ingest an article (manage.py ingest FILE, or the admin) and the worker will map it.";
    new Timeline({ first: config.today, last: config.today, from: config.today, to: config.today, onChange: () => {} }).disable();
    await areas.showOn(config.today);
    lines.showOn(config.today);
    return;
  }
  const initialTo = state.to || config.initialDate;
  const timeline = new Timeline({
    first: config.firstDate, last: config.lastDate,
    from: state.from || config.initialFrom, to: initialTo,
    onChange: ({ start, end }) => { Object.assign(state, { from: start, to: end }); update(); },
  });
  Object.assign(state, { from: timeline.start, to: timeline.end });
  const filters = new Filters(
    config, state, () => { Object.assign(state, filters.read()); update(); },
    (lat, lon) => map.setView([lat, lon], Math.max(map.getZoom(), 11)),
  );
  Object.assign(state, filters.read());
  const loadHistogram = () => getJSON(config.api.histogram, { ...apiParams(state), start: null, end: null })
    .then((data) => timeline.drawHistogram(data.days))
    .catch((error) => showStatus(`Could not load the histogram: ${error.message}`, "error"));
  const selected = state.event;
  await update();
  loadHistogram();
  $("filters-title").closest("section").addEventListener("change", loadHistogram);
  if (selected) select(selected, { pan: false });
}

start().catch((error) => showStatus(`The map could not start: ${error.message}`, "error"));
