// The time window: two handles, play/pause, steps, keys, and the histogram above.
import { addDays, daysBetween, formatDay } from "./dates.js";
import { el } from "./dom.js";
import { EVENT_STYLES, OTHER_EVENT } from "./styles.js";

const $ = (id) => document.getElementById(id);
const TYPING = new Set(["INPUT", "SELECT", "TEXTAREA", "BUTTON"]);

export class Timeline {
  constructor({ first, last, from, to, onChange }) {
    Object.assign(this, { first, last, onChange, timer: null, debounce: null });
    this.fromSlider = $("from-slider");
    this.toSlider = $("to-slider");
    this.playButton = $("play");
    this.histogram = $("histogram");
    const max = String(daysBetween(first, last));
    for (const slider of [this.fromSlider, this.toSlider]) {
      slider.max = max;
      slider.addEventListener("input", () => this.moved(slider));
    }
    this.fromSlider.value = String(this.clamp(daysBetween(first, from)));
    this.toSlider.value = String(this.clamp(daysBetween(first, to)));
    this.playButton.addEventListener("click", () => this.toggle());
    $("step-back").addEventListener("click", () => this.step(-1));
    $("step-forward").addEventListener("click", () => this.step(1));
    document.addEventListener("keydown", (event) => this.key(event));
    this.updateLabel();
  }

  clamp(n) {
    return Math.max(0, Math.min(Number(this.toSlider.max), n));
  }

  get start() { return addDays(this.first, Number(this.fromSlider.value)); }
  get end() { return addDays(this.first, Number(this.toSlider.value)); }

  disable() {
    for (const id of ["from-slider", "to-slider", "play", "step-back", "step-forward"]) $(id).disabled = true;
  }

  moved(slider) {
    const from = Number(this.fromSlider.value);
    const to = Number(this.toSlider.value);
    if (from > to) (slider === this.fromSlider ? this.toSlider : this.fromSlider).value = slider.value;
    this.updateLabel();
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.changed(), 120);
  }

  changed() {
    this.updateLabel();
    this.onChange({ start: this.start, end: this.end });
  }

  step(direction) {
    const size = Number($("step-select").value) * direction;
    const from = Number(this.fromSlider.value);
    const to = Number(this.toSlider.value);
    const shift = Math.max(-from, Math.min(Number(this.toSlider.max) - to, size));
    if (shift === 0) return false;
    this.fromSlider.value = String(from + shift);
    this.toSlider.value = String(to + shift);
    this.changed();
    return true;
  }

  toggle() {
    if (this.timer) return this.pause();
    this.playButton.textContent = "❚❚ Pause";
    this.playButton.setAttribute("aria-pressed", "true");
    const tick = () => {
      if (!this.step(1)) return this.pause();
      this.timer = setTimeout(tick, Number($("speed-select").value));
    };
    this.timer = setTimeout(tick, 0);
  }

  pause() {
    clearTimeout(this.timer);
    this.timer = null;
    this.playButton.textContent = "▶ Play";
    this.playButton.setAttribute("aria-pressed", "false");
  }

  key(event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const typing = TYPING.has(event.target.tagName) && event.target.type !== "range";
    if (event.key === " " && !typing && event.target.type !== "range") {
      event.preventDefault();
      this.toggle();
    } else if ((event.key === "[" || event.key === "]") && !typing) {
      this.step(event.key === "]" ? 1 : -1);
    }
  }

  updateLabel() {
    const text = this.start === this.end ? formatDay(this.end) : `${formatDay(this.start)} – ${formatDay(this.end)}`;
    $("date-label").textContent = text;
    this.fromSlider.setAttribute("aria-valuetext", `From ${formatDay(this.start)}`);
    this.toSlider.setAttribute("aria-valuetext", `To ${formatDay(this.end)}`);
    this.markWindow();
  }

  drawHistogram(days) {
    const total = daysBetween(this.first, this.last) + 1;
    const peak = Math.max(1, ...days.map((d) => d.count));
    const order = [...Object.keys(EVENT_STYLES), "other"];
    this.histogram.replaceChildren(el("div", { className: "window-mark" }));
    for (const day of days) {
      const offset = daysBetween(this.first, day.date);
      if (offset < 0 || offset >= total) continue;
      const bar = el("div", {
        className: "bar", title: `${day.date}: ${day.count} event(s)`,
        style: `left:${(offset / total) * 100}%;width:max(2px, ${100 / total}%);height:${Math.max(8, (day.count / peak) * 100)}%`,
      });
      const types = Object.entries(day.by_type).sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
      for (const [type, n] of types) {
        const color = (EVENT_STYLES[type] || OTHER_EVENT).color;
        bar.append(el("span", { style: `flex:${n};background:${color}` }));
      }
      this.histogram.append(bar);
    }
    this.histogram.setAttribute("aria-label", `Events per day: ${days.reduce((n, d) => n + d.count, 0)} in all`);
    this.markWindow();
  }

  markWindow() {
    const mark = this.histogram.querySelector(".window-mark");
    if (!mark) return;
    const total = daysBetween(this.first, this.last) + 1;
    const from = Number(this.fromSlider.value);
    const to = Number(this.toSlider.value) + 1;
    mark.style.left = `${(from / total) * 100}%`;
    mark.style.width = `${Math.max(0.3, ((to - from) / total) * 100)}%`;
  }
}

