// The article review page: pick a name, see its place and candidates on the map,
// correct it with buttons or keys, search the gazetteer, place a new point.
import { getJSON } from "./api.js";
import { el } from "./dom.js";
import { ReferenceLines, addBasemap, bilingual } from "./layers.js";
import { eventStyle } from "./styles.js";

const data = JSON.parse(document.getElementById("review-data").textContent);
const byId = new Map(data.mentions.map((m) => [String(m.id), m]));
const spans = [...document.querySelectorAll(".article-text .mention")];
const map = L.map("review-map", { center: [35.05, 40.45], zoom: 8, minZoom: 6, maxZoom: 16 });
map.createPane("basemap").style.zIndex = 200;
const focus = L.layerGroup().addTo(map);
let current = null;
let newPoint = null;

function drawEvents() {
  for (const event of data.events) {
    L.circleMarker([event.lat, event.lon], {
      radius: 6, color: "#fff", weight: 1, fillColor: eventStyle(event.sub_type).color, fillOpacity: 0.9,
      className: "review-event",
    }).bindTooltip(el("span", {}, `${event.date} ${event.sub_type}: ${event.place || "no place"}`)).addTo(map);
  }
}

function drawMention(mention) {
  focus.clearLayers();
  const points = [];
  for (const [i, c] of mention.candidates.entries()) {
    const chosen = mention.place && c.slug === mention.place.slug;
    if (chosen) continue;
    L.circleMarker([c.lat, c.lon], { radius: 9, color: "#f17c00", weight: 3, fillOpacity: 0.3, className: `candidate-marker candidate-${c.slug}` })
      .bindTooltip(el("span", {}, `${i + 1}. `, bilingual(c.name, c.name_ar), ` — score ${c.score} (click to choose)`), { permanent: true, direction: "right" })
      .on("click", (event) => { L.DomEvent.stop(event); choose(c.slug); })
      .addTo(focus);
    points.push([c.lat, c.lon]);
  }
  if (mention.place) {
    const p = mention.place;
    L.marker([p.lat, p.lon], { title: `Chosen: ${p.name}`, alt: p.name })
      .bindTooltip(el("span", {}, "Chosen: ", bilingual(p.name, p.name_ar)), { permanent: true, direction: "left", className: "chosen-label" })
      .addTo(focus);
    points.push([p.lat, p.lon]);
  }
  if (points.length === 1) map.setView(points[0], Math.max(map.getZoom(), 10));
  else if (points.length > 1) map.fitBounds(points, { padding: [40, 40], maxZoom: 11 });
}

// Re-point the selected name to a candidate clicked on the map (same form as its button).
function choose(slug) {
  const box = panel();
  const button = box && box.querySelector(`button.candidate[data-slug="${CSS.escape(slug)}"]`);
  if (button) button.click();
}

function select(id, { scroll = false } = {}) {
  const mention = byId.get(String(id));
  if (!mention) return;
  current = mention;
  for (const panel of document.querySelectorAll(".mention-panel")) panel.hidden = panel.dataset.id !== String(id);
  for (const span of spans) span.classList.toggle("selected", span.dataset.id === String(id));
  const span = spans.find((s) => s.dataset.id === String(id));
  if (scroll && span) span.scrollIntoView({ block: "center" });
  drawMention(mention);
}

function panel() {
  return current && document.getElementById(`mention-${current.id}`);
}

function move(step) {
  const at = spans.findIndex((s) => current && s.dataset.id === String(current.id));
  const next = spans[Math.max(0, Math.min(spans.length - 1, at + step))];
  if (!next) return;
  history.replaceState(null, "", `#mention-${next.dataset.id}`);
  select(next.dataset.id, { scroll: true });
}

function key(event) {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (["INPUT", "SELECT", "TEXTAREA"].includes(event.target.tagName)) return;
  const box = panel();
  const press = (selector) => { const b = box && box.querySelector(selector); if (b) b.click(); };
  if (event.key === "j") move(1);
  else if (event.key === "k") move(-1);
  else if (event.key === "c") press("button.confirm");
  else if (event.key === "x") press("form.reject button");
  else if (event.key === "/") { event.preventDefault(); box && box.querySelector(".place-search").focus(); }
  else if (/^[1-9]$/.test(event.key)) {
    const buttons = box ? box.querySelectorAll("button.candidate") : [];
    if (buttons[Number(event.key) - 1]) buttons[Number(event.key) - 1].click();
  }
}

function searchBox(input) {
  const form = input.closest("form");
  const results = form.querySelector(".search-results");
  let timer = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      if (q.length < 2) return results.replaceChildren();
      const found = await getJSON(input.dataset.url, { q }).catch(() => ({ places: [] }));
      results.replaceChildren(...found.places.map((p) => {
        const button = el("button", { type: "button", className: "result" }, bilingual(p.name, p.name_ar), ` (${p.kind}${p.in_region ? "" : ", out of region"})`);
        button.addEventListener("click", () => { form.querySelector(".place-slug").value = p.slug; form.submit(); });
        return el("li", {}, button);
      }));
      if (!found.places.length) results.replaceChildren(el("li", { className: "note" }, "No place of that name."));
    }, 250);
  });
}

function clickToPlace(event) {
  const box = panel();
  const form = box && box.querySelector(".new-place");
  if (!form) return;
  form.open = true;
  form.querySelector("input[name=lat]").value = event.latlng.lat.toFixed(5);
  form.querySelector("input[name=lon]").value = event.latlng.lng.toFixed(5);
  if (newPoint) newPoint.remove();
  newPoint = L.circleMarker(event.latlng, { radius: 8, color: "#1a9850", weight: 3, className: "new-point" }).addTo(map);
}

function watchProgress(node) {
  const tick = async () => {
    const p = await getJSON(node.dataset.progressUrl).catch(() => null);
    if (!p) return;
    node.querySelector(".done").textContent = String(p.done);
    node.classList.toggle("finished", p.done >= p.total);
    if (p.done < p.total) setTimeout(tick, 2000);
  };
  tick();
}

async function start() {
  const lines = new ReferenceLines(map, "/api/reference-lines/");
  await Promise.all([addBasemap(map, "/api/basemap/"), lines.load()]);
  lines.showOn(new Date().toISOString().slice(0, 10));
  drawEvents();
  document.querySelectorAll(".place-search").forEach(searchBox);
  document.querySelectorAll(".progress").forEach(watchProgress);
  document.addEventListener("keydown", key);
  window.addEventListener("hashchange", () => select(location.hash.replace("#mention-", "")));
  map.on("click", clickToPlace);
  const fromHash = location.hash.startsWith("#mention-") && location.hash.slice(9);
  const firstOpen = data.mentions.find((m) => m.review === "auto") || data.mentions[0];
  if (fromHash || firstOpen) select(fromHash || firstOpen.id, { scroll: Boolean(fromHash) });
}

start();
