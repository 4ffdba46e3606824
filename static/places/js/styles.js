// Colours, shapes and labels shared by the map, the legend and the histogram.
export const EVENT_STYLES = {
  air_strike: { color: "#d7191c", shape: "triangle", label: "Air / drone strike" },
  shelling: { color: "#f17c00", shape: "diamond", label: "Shelling, artillery, rockets" },
  remote_explosive: { color: "#8c2d04", shape: "star", label: "Explosive device" },
  armed_clash: { color: "#7b3294", shape: "cross", label: "Armed clash" },
  attack: { color: "#e7298a", shape: "square", label: "Attack" },
  attack_on_civilians: { color: "#252525", shape: "hexagon", label: "Violence against civilians" },
  territory_change: { color: "#1a9850", shape: "flag", label: "Territory changes hands" },
  displacement: { color: "#2b83ba", shape: "circle", label: "Displacement" },
};
export const OTHER_EVENT = { color: "#737373", shape: "dot", label: "Other" };

export function eventStyle(subType) {
  return EVENT_STYLES[subType] || OTHER_EVENT;
}

const SHAPES = {
  triangle: '<path d="M10 2 L19 18 L1 18 Z"/>',
  diamond: '<path d="M10 1 L19 10 L10 19 L1 10 Z"/>',
  star: '<path d="M10 1 L12.6 7 L19 7.3 L14 11.4 L15.8 18 L10 14.3 L4.2 18 L6 11.4 L1 7.3 L7.4 7 Z"/>',
  cross: '<path d="M7 1 H13 V7 H19 V13 H13 V19 H7 V13 H1 V7 H7 Z"/>',
  square: '<rect x="2.5" y="2.5" width="15" height="15" rx="2"/>',
  hexagon: '<path d="M5 2 H15 L19.5 10 L15 18 H5 L0.5 10 Z"/>',
  flag: '<path d="M3 1 V19 M3 2 H17 L13 7 L17 12 H3" stroke-linejoin="round"/>',
  circle: '<circle cx="10" cy="10" r="8"/>',
  dot: '<circle cx="10" cy="10" r="6"/>',
};

// Markup from the constants above only; no data goes into it.
export function shapeSvg(style, size = 20) {
  return `<svg viewBox="0 0 20 20" width="${size}" height="${size}" aria-hidden="true" focusable="false">`
    + `<g fill="${style.color}" stroke="#fff" stroke-width="1.5">${SHAPES[style.shape]}</g></svg>`;
}

export const CONTROL_STYLES = {
  government: { color: "#b2182b", label: "Government and allies" },
  sdf: { color: "#d9b500", label: "SDF (coalition-backed)" },
  isis: { color: "#404040", label: "ISIS" },
  other: { color: "#4d9221", label: "Other" },
};

export function controlStyle(controller) {
  return CONTROL_STYLES[controller] || { color: "#999999", label: controller };
}
