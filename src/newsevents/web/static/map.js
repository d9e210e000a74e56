/* newsevents desk: the offline map (Leaflet from the XStatic package, country boundaries from
   /basemap.geojson, no tiles), points clustered with Leaflet.markercluster, sized by reports,
   coloured by quad class; a click opens the event. Grid cells come from the server when there
   are too many points; clicking a cell zooms in. */
"use strict";
const QUAD = {1: "#2e86c1", 2: "#17a589", 3: "#d68910", 4: "#c0392b"};

function countIcon(count, cls) {
  const el = document.createElement("div");
  el.className = "ev-marker " + cls;
  el.dataset.count = String(count);
  el.textContent = String(count);
  const size = 22 + Math.min(26, Math.round(Math.log2(count + 1) * 4));
  return L.divIcon({html: el, className: "ev-icon", iconSize: [size, size]});
}

function pointLayer(p) {
  const marker = L.circleMarker([p.lat, p.lon], {
    radius: 5 + Math.min(14, 3 * Math.log2(1 + (p.reports || 1))), color: "#222", weight: 1,
    fillColor: QUAD[p.quad] || "#566573", fillOpacity: 0.85, className: "ev-marker ev-point",
  });
  marker.eventId = p.id;
  marker.bindTooltip(() => { const t = document.createElement("span"); t.textContent = (p.date || "date unknown") + " " + p.type + (p.place ? " · " + p.place : "") + " (" + p.reports + " report(s))"; return t; });
  marker.on("click", () => window.location.assign("/events/" + encodeURIComponent(p.id)));
  marker.on("add", () => { const el = marker.getElement(); if (el) { el.setAttribute("data-count", "1"); el.setAttribute("data-id", p.id); } });
  return marker;
}

function clusterGroup() {
  return L.markerClusterGroup({
    maxClusterRadius: 36, showCoverageOnHover: false, disableClusteringAtZoom: 10,
    animate: false, animateAddingMarkers: false,
    iconCreateFunction: c => countIcon(c.getChildCount(), "ev-cluster"),
  });
}

async function getJSON(url) {
  const response = await fetch(url, {credentials: "same-origin"});
  if (!response.ok) throw new Error(url.split("?")[0] + ": " + response.status);
  return response.json();
}

async function drawBasemap(map, url) {
  const data = await getJSON(url);
  L.geoJSON(data, {style: {color: "#7b8a8b", weight: 0.7, fillColor: "#eef0ea", fillOpacity: 1}, interactive: false}).addTo(map);
}

function drawItems(map, layer, data, status) {
  layer.clearLayers();
  const markers = [];
  if (data.mode === "points") {
    for (const p of data.items) markers.push(pointLayer(p));
  } else {
    for (const c of data.items) {
      const m = L.marker([c.lat, c.lon], {icon: countIcon(c.count, "ev-cell q" + (c.quad || 0))});
      m.on("click", () => map.setView([c.lat, c.lon], Math.min(map.getZoom() + 3, 12)));
      markers.push(m);
    }
  }
  layer.addLayers ? layer.addLayers(markers) : markers.forEach(m => layer.addLayer(m));
  status.textContent = data.total + " located event(s)" + (data.mode === "cells" ? ", grouped in cells on the server" : "");
  status.dataset.total = String(data.total);
  status.dataset.mode = data.mode;
}

async function initMap() {
  const box = document.getElementById("map");
  if (!box || typeof L === "undefined") return;
  const status = document.getElementById("map-status");
  const map = L.map(box, {worldCopyJump: true, minZoom: 1, maxZoom: 14, attributionControl: false}).setView([25, 20], 2);
  await drawBasemap(map, box.dataset.basemap);
  let layer = clusterGroup().addTo(map), mode = null, first = true;
  const refresh = async () => {
    const url = new URL(box.dataset.src, window.location.origin);
    if (mode === "cells") {
      const b = map.getBounds();
      url.searchParams.set("bbox", [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(v => v.toFixed(4)).join(","));
    }
    url.searchParams.set("zoom", String(map.getZoom()));
    const data = await getJSON(url.pathname + url.search);
    if (data.mode !== mode) { map.removeLayer(layer); layer = (data.mode === "points" ? clusterGroup() : L.layerGroup()).addTo(map); }
    mode = data.mode;
    drawItems(map, layer, data, status);
    if (first && data.items.length) { first = false; map.fitBounds(L.latLngBounds(data.items.map(p => [p.lat, p.lon])).pad(0.3), {maxZoom: 7, animate: false}); }
    box.dataset.ready = "1";
  };
  map.on("moveend", () => { if (mode === "cells") refresh().catch(showError); });
  const showError = err => { status.textContent = String(err.message || err); };
  await refresh().catch(showError);
}

document.addEventListener("DOMContentLoaded", () => { initMap(); });
