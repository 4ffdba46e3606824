// The filter panel: event types, actor, language, source and a place search.
import { getJSON } from "./api.js";
import { el } from "./dom.js";
import { EVENT_STYLES, shapeSvg } from "./styles.js";

const $ = (id) => document.getElementById(id);

export class Filters {
  constructor(config, state, onChange, onPlace) {
    this.onChange = onChange;
    this.onPlace = onPlace;
    this.placesUrl = config.api.places;
    this.buildTypes(state.types);
    fillSelect($("actor-filter"), config.actors, state.actor);
    fillSelect($("outlet-filter"), config.outlets, state.outlet);
    $("language-filter").value = state.lang;
    $("place-search").value = state.place;
    for (const id of ["actor-filter", "outlet-filter", "language-filter"]) {
      $(id).addEventListener("change", () => this.onChange());
    }
    let timer = null;
    $("place-search").addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => { this.suggest(); this.onChange(); }, 300);
    });
    $("place-search").addEventListener("keydown", (event) => {
      if (event.key === "Enter") this.goTo();
    });
  }

  buildTypes(selected) {
    const box = $("type-filter");
    for (const [type, style] of Object.entries(EVENT_STYLES)) {
      const input = el("input", { type: "checkbox", value: type, id: `type-${type}` });
      input.checked = !selected.length || selected.includes(type);
      input.addEventListener("change", () => this.onChange());
      const icon = el("span", { className: "icon" });
      icon.innerHTML = shapeSvg(style, 14);  // constant markup, no data
      box.append(el("div", { className: "check" }, input, el("label", { for: input.id }, icon, style.label)));
    }
  }

  // Empty list = every type (including ones without a style of their own).
  get types() {
    const boxes = [...document.querySelectorAll("#type-filter input")];
    const on = boxes.filter((b) => b.checked).map((b) => b.value);
    return on.length === boxes.length ? [] : on.length ? on : ["none"];
  }

  read() {
    return {
      types: this.types,
      actor: $("actor-filter").value,
      lang: $("language-filter").value,
      outlet: $("outlet-filter").value,
      place: $("place-search").value.trim().slice(0, 100),
    };
  }

  // Enter in the search box: centre the map on the first place of that name.
  async goTo() {
    const q = $("place-search").value.trim();
    if (!q) return;
    const data = await getJSON(this.placesUrl, { q }).catch(() => ({ features: [] }));
    const found = data.features.find((f) => f.geometry);
    if (found) this.onPlace(found.geometry.coordinates[1], found.geometry.coordinates[0]);
  }

  async suggest() {
    const q = $("place-search").value.trim();
    const list = $("place-suggestions");
    if (q.length < 2) return list.replaceChildren();
    try {
      const data = await getJSON(this.placesUrl, { q });
      list.replaceChildren(...data.features.slice(0, 20).flatMap((f) => [
        el("option", { value: f.properties.name }),
        f.properties.name_ar ? el("option", { value: f.properties.name_ar }) : null,
      ]).filter(Boolean));
    } catch {
      list.replaceChildren();
    }
  }
}

function fillSelect(select, values, current) {
  for (const value of values) select.append(el("option", { value }, value));
  select.value = values.includes(current) ? current : "";
}
