// The date slider, the window select and the per-day histogram above them.
import { addDays, daysBetween, formatDay } from "./dates.js";
import { el } from "./dom.js";
import { eventStyle } from "./styles.js";

export class Timeline {
  constructor({ first, last, initial, onChange }) {
    this.first = first;
    this.last = last;
    this.onChange = onChange;
    this.slider = document.getElementById("date-slider");
    this.label = document.getElementById("date-label");
    this.windowSelect = document.getElementById("window-select");
    this.histogram = document.getElementById("histogram");
    this.slider.max = String(daysBetween(first, last));
    this.slider.value = String(daysBetween(first, initial));
    let timer = null;
    this.slider.addEventListener("input", () => {
      this.updateLabel();
      clearTimeout(timer);
      timer = setTimeout(() => this.changed(), 120);
    });
    this.windowSelect.addEventListener("change", () => this.changed());
    this.updateLabel();
  }

  disable() {
    this.slider.disabled = true;
    this.windowSelect.disabled = true;
  }

  get end() {
    return addDays(this.first, Number(this.slider.value));
  }

  get start() {
    const span = this.windowSelect.value;
    return span === "all" ? null : addDays(this.end, 1 - Number(span));
  }

  updateLabel() {
    const start = this.start;
    const text = start && start !== this.end ? `${formatDay(start)} – ${formatDay(this.end)}` : formatDay(this.end);
    this.label.textContent = text;
    this.slider.setAttribute("aria-valuetext", text);
    this.markWindow();
  }

  changed() {
    this.updateLabel();
    this.onChange({ start: this.start, end: this.end });
  }

  drawHistogram(days) {
    const total = daysBetween(this.first, this.last) + 1;
    const peak = Math.max(1, ...days.map((d) => d.count));
    this.histogram.replaceChildren(el("div", { className: "window-mark" }));
    for (const day of days) {
      const offset = daysBetween(this.first, day.date);
      if (offset < 0 || offset >= total) continue;
      const top = Object.entries(day.by_type).sort((a, b) => b[1] - a[1])[0][0];
      this.histogram.append(el("div", {
        className: "bar",
        title: `${day.date}: ${day.count} event(s)`,
        style: `left:${(offset / total) * 100}%;width:max(2px, ${100 / total}%);`
          + `height:${Math.max(8, (day.count / peak) * 100)}%;background:${eventStyle(top).color}`,
      }));
    }
    this.markWindow();
  }

  markWindow() {
    const mark = this.histogram.querySelector(".window-mark");
    if (!mark) return;
    const total = daysBetween(this.first, this.last) + 1;
    const from = Math.max(0, this.start ? daysBetween(this.first, this.start) : 0);
    const to = daysBetween(this.first, this.end) + 1;
    mark.style.left = `${(from / total) * 100}%`;
    mark.style.width = `${Math.max(0.3, ((to - from) / total) * 100)}%`;
  }
}
