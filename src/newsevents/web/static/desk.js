/* newsevents desk: the timeline (SVG, stacked by type) with brushing that sets the date filter.
   Data is only ever placed with textContent / setAttribute, never parsed as HTML. */
"use strict";
const SVGNS = "http://www.w3.org/2000/svg";
const TYPE_COLOURS = ["#c0392b", "#2e86c1", "#d68910", "#7d3c98", "#17a589", "#566573",
                      "#cb4335", "#2874a6", "#b9770e", "#6c3483", "#138d75", "#1c2833"];

function svg(name, attrs) {
  const el = document.createElementNS(SVGNS, name);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
  return el;
}

function dayNumber(iso) { return Math.round(Date.parse(iso + "T00:00:00Z") / 86400000); }
function isoDay(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }

function drawTimeline(box, data) {
  box.textContent = "";
  if (!data.bars.length) { box.textContent = "No events to chart."; return; }
  const step = data.bucket === "week" ? 7 : 1;
  const first = dayNumber(data.bars[0].start), last = dayNumber(data.bars[data.bars.length - 1].start) + step;
  const totals = new Map(), types = [];
  for (const b of data.bars) {
    totals.set(b.start, (totals.get(b.start) || 0) + b.n);
    if (!types.includes(b.type)) types.push(b.type);
  }
  const max = Math.max(...totals.values());
  const W = box.clientWidth || 800, H = 110, pad = 18, key = 90;
  const x = d => pad + (d - first) / (last - first) * (W - 2 * pad - key);
  const root = svg("svg", {width: W, height: H + 20, class: "tl", role: "img"});
  const title = svg("title"); title.textContent = "Events per " + data.bucket + " by type; drag to select dates"; root.appendChild(title);
  const stacked = new Map();
  for (const b of data.bars) {
    const below = stacked.get(b.start) || 0, d = dayNumber(b.start);
    const h = b.n / max * H, y = H - (below + b.n) / max * H;
    const rect = svg("rect", {x: x(d), y: y, width: Math.max(1, x(d + step) - x(d) - 1), height: h,
                              fill: TYPE_COLOURS[types.indexOf(b.type) % TYPE_COLOURS.length], class: "bar"});
    const tip = svg("title"); tip.textContent = b.start + " " + b.type + ": " + b.n; rect.appendChild(tip);
    root.appendChild(rect); stacked.set(b.start, below + b.n);
  }
  for (const [d, label] of [[first, isoDay(first)], [last - step, isoDay(last - step)]]) {
    const t = svg("text", {x: x(d), y: H + 14, class: "axis", "text-anchor": d === first ? "start" : "end"});
    t.textContent = label; root.appendChild(t);
  }
  types.forEach((type, k) => {
    const t = svg("text", {x: W - pad, y: 12 + 12 * k, class: "key", "text-anchor": "end",
                           fill: TYPE_COLOURS[k % TYPE_COLOURS.length]});
    t.textContent = type; root.appendChild(t);
  });
  box.appendChild(root);
  brush(box, root, {first, last, step, W: W - key, H, pad});
}

function brush(box, root, g) {
  const band = svg("rect", {y: 0, height: g.H, class: "brush", width: 0, x: 0});
  root.appendChild(band);
  const toDay = px => Math.floor(g.first + (px - g.pad) / (g.W - 2 * g.pad) * (g.last - g.first));
  let start = null;
  const local = ev => ev.clientX - root.getBoundingClientRect().left;
  root.addEventListener("mousedown", ev => { start = local(ev); band.setAttribute("x", start); band.setAttribute("width", 0); ev.preventDefault(); });
  root.addEventListener("mousemove", ev => {
    if (start === null) return;
    const now = local(ev); band.setAttribute("x", Math.min(start, now)); band.setAttribute("width", Math.abs(now - start));
  });
  window.addEventListener("mouseup", ev => {
    if (start === null) return;
    const end = local(ev), a = Math.min(start, end), b = Math.max(start, end); start = null;
    if (b - a < 3) return;
    const from = Math.max(g.first, toDay(a)), to = Math.min(g.last - 1, toDay(b));
    const params = new URLSearchParams(box.dataset.qs);
    params.set("from", isoDay(from)); params.set("to", isoDay(Math.max(from, to))); params.delete("page");
    window.location.assign(box.dataset.base + "?" + params.toString());
  });
}

async function loadTimeline() {
  const box = document.getElementById("timeline");
  if (!box) return;
  try {
    const response = await fetch(box.dataset.src, {credentials: "same-origin"});
    if (!response.ok) throw new Error("timeline request failed: " + response.status);
    drawTimeline(box, await response.json());
  } catch (err) { box.textContent = String(err.message || err); }
}

document.addEventListener("DOMContentLoaded", loadTimeline);
