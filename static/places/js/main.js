// The public map page: wires the API, the layers, the timeline and the list.
import { getJSON } from "./api.js";
import { el, showStatus } from "./dom.js";
import { EventLayer, renderList } from "./events.js";
import { ControlAreas, ReferenceLines, addBasemap, addPlaceLabels } from "./layers.js";
import { CONTROL_STYLES, EVENT_STYLES, OTHER_EVENT } from "./styles.js";
import { Timeline } from "./timeline.js";

const config = JSON.parse(document.getElementById("map-config").textContent);
const countNode = document.getElementById("visible-count");
const emptyNode = document.getElementById("events-empty");

function createMap() {
  const map = L.map("map", { center: config.center, zoom: config.zoom, minZoom: 6, maxZoom: 15 });
  map.createPane("basemap").style.zIndex = 200;
  map.createPane("control").style.zIndex = 350;
  map.createPane("events").style.zIndex = 450;
  map.attributionControl.addAttribution(config.attribution);
  if (config.tilesUrl) {
    // Optional online tiles; without a network they fail quietly over the offline basemap.
    L.tileLayer(config.tilesUrl, { attribution: config.tilesAttribution || "" })
      .on("tileerror", () => {}).addTo(map);
  }
  return map;
}

function drawLegend() {
  const swatch = (color) => el("span", { className: "swatch", style: `background:${color}` });
  const events = document.getElementById("legend-events");
  for (const style of [...Object.values(EVENT_STYLES), OTHER_EVENT]) {
    events.append(el("li", {}, swatch(style.color), style.label));
  }
  const control = document.getElementById("legend-control");
  for (const style of Object.values(CONTROL_STYLES)) {
    control.append(el("li", {}, el("span", { className: "swatch area", style: `background:${style.color}` }), style.label));
  }
  control.append(el("li", {}, el("span", { className: "swatch line deconfliction" }), "Euphrates deconfliction line"));
}

function setCount(n, end) {
  countNode.textContent = String(n);
  countNode.dataset.count = String(n);
  countNode.dataset.end = end;
}

async function start() {
  drawLegend();
  const map = createMap();
  const events = new EventLayer(map);
  const areas = new ControlAreas(map, config.api.controlAreas);
  const lines = new ReferenceLines(map, config.api.referenceLines);
  const noteNode = document.getElementById("control-note");
  const listNode = document.getElementById("event-list");
  let request = 0;

  const base = await Promise.all([
    addBasemap(map, config.api.basemap), addPlaceLabels(map, config.api.places), lines.load(),
  ]);
  L.control.layers(null, {
    "Events": events.layer, "Areas of control": areas.layer,
    "Rivers, border, deconfliction line": lines.layer, "Place labels": base[1],
  }, { collapsed: false, position: "topright" }).addTo(map);
  L.control.scale({ imperial: false }).addTo(map);

  async function update({ start, end }) {
    const mine = ++request;
    showStatus("Loading events…");
    lines.showOn(end);
    try {
      const [data, controlled] = await Promise.all([
        getJSON(config.api.events, { start, end }), areas.showOn(end),
      ]);
      if (mine !== request) return;
      const n = events.show(data.features);
      renderList(listNode, data.features, (id) => events.open(id));
      setCount(n, end);
      emptyNode.hidden = n > 0;
      emptyNode.textContent = "No events in this time window. Move the date slider or widen the window.";
      noteNode.textContent = controlled.length ? ""
        : "No areas of control are recorded for this date (the demo data covers February 2018).";
      showStatus("");
    } catch (error) {
      if (mine === request) showStatus(`Could not load the map data: ${error.message}`, "error");
    }
  }

  if (!config.firstDate) {
    setCount(0, "");
    emptyNode.hidden = false;
    emptyNode.textContent = "No events yet. Ingest an article (manage.py ingest FILE, or the admin) and the worker will map it.";
    const timeline = new Timeline({ first: config.today, last: config.today, initial: config.today, onChange: update });
    timeline.disable();
    await areas.showOn(config.today);
    lines.showOn(config.today);
    return;
  }
  const timeline = new Timeline({
    first: config.firstDate, last: config.lastDate, initial: config.initialDate, onChange: update,
  });
  timeline.changed();
  getJSON(config.api.histogram).then((data) => timeline.drawHistogram(data.days))
    .catch((error) => showStatus(`Could not load the histogram: ${error.message}`, "error"));
}

start().catch((error) => showStatus(`The map could not start: ${error.message}`, "error"));
