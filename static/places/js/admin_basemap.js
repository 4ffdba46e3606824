// Offline basemap under every django-leaflet map (admin widgets included):
// country outlines, rivers, border and the deconfliction line from the app's own API.
(function () {
  "use strict";
  var LINE = {
    river: { color: "#3b7dd8", weight: 2 },
    border: { color: "#555555", weight: 2, dashArray: "8 6" },
    deconfliction: { color: "#ff7f00", weight: 4, dashArray: "10 10" },
  };

  function load(url, map, style) {
    return fetch(url, { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { type: "FeatureCollection", features: [] }; })
      .then(function (data) {
        L.geoJSON(data, { pane: "offline-basemap", interactive: false, style: style }).addTo(map);
      })
      .catch(function () { /* the widget still works without its background */ });
  }

  window.addEventListener("map:init", function (event) {
    var map = event.detail.map;
    map.createPane("offline-basemap").style.zIndex = 150;
    map.getContainer().style.background = "#cfe0ec";
    load("/api/basemap/", map, function (f) {
      return f.properties.kind === "country"
        ? { color: "#8a8a8a", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 }
        : { color: "#6b6b6b", weight: 1, dashArray: "4 4", fill: false };
    });
    load("/api/reference-lines/", map, function (f) { return LINE[f.properties.kind] || LINE.river; });
  });
})();
