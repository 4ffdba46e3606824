// Colours and labels shared by the map, the legend and the histogram.
export const EVENT_STYLES = {
  air_strike: { color: "#d7191c", label: "Air / drone strike" },
  shelling: { color: "#f17c00", label: "Shelling, artillery, rockets" },
  remote_explosive: { color: "#8c2d04", label: "Explosive device" },
  armed_clash: { color: "#7b3294", label: "Armed clash" },
  attack: { color: "#e7298a", label: "Attack" },
  attack_on_civilians: { color: "#252525", label: "Violence against civilians" },
  territory_change: { color: "#1a9850", label: "Territory changes hands" },
  displacement: { color: "#2b83ba", label: "Displacement" },
};
export const OTHER_EVENT = { color: "#737373", label: "Other" };

export function eventStyle(subType) {
  return EVENT_STYLES[subType] || OTHER_EVENT;
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
