// The dashboard: filters kept in the URL query string and applied as they change, a clustered map of every matching
// event, a weekly calendar timeline that can be brushed to a date range, and a sortable table.
"use strict";

const FILTERS = ["country", "admin1", "event_type", "sub_event_type", "actor", "from", "to", "review_state", "min_fatalities", "min_confidence", "q", "bbox", "sort"];
const DEBOUNCE_MS = 350;
const DAY_MS = 86400000;
const WEEK_MS = 7 * DAY_MS;
const form = document.getElementById("filters");
let map, countries, markers, chart;
let loadSeq = 0;
let controller = null;
let fitting = false;
let loadedQuery = null;

function currentQuery() {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = form.elements[name].value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

function fillSubTypes() {
  const select = form.elements.sub_event_type;
  const keep = select.value;
  const type = form.elements.event_type.value;
  const types = type ? [type] : Object.keys(Atlas.taxonomy);
  select.replaceChildren(new Option("any", ""));
  for (const t of types) {
    const group = document.createElement("optgroup");
    group.label = t;
    for (const sub of Atlas.taxonomy[t]) group.append(new Option(sub, sub));
    select.append(group);
  }
  select.value = [...select.options].some(o => o.value === keep) ? keep : "";
}

function fillForm() {
  const types = form.elements.event_type;
  for (const t of Object.keys(Atlas.taxonomy)) types.append(new Option(t, t));
  const params = new URLSearchParams(window.location.search);
  form.elements.event_type.value = params.get("event_type") || "";
  fillSubTypes();
  for (const name of FILTERS) form.elements[name].value = params.get(name) || "";
  updateMapFilterButton();
}

// ---- map -------------------------------------------------------------------------------------------------------

// A shape that crosses the antimeridian (Fiji, Chukotka) is drawn with its western longitudes moved past 180°, so no
// polygon spans the world; a shape that still spans more than 270° that way (Antarctica) is left as it is.
function unwrapAntimeridian(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  const crosses = polygons.some(rings => rings.some(ring => {
    let min = Infinity, max = -Infinity;
    for (const [lon] of ring) { min = Math.min(min, lon); max = Math.max(max, lon); }
    return max - min > 180;
  }));
  if (!crosses) return geometry;
  const shifted = polygons.map(rings => rings.map(ring => ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat])));
  let min = Infinity, max = -Infinity;
  for (const rings of shifted) for (const ring of rings) for (const [lon] of ring) { min = Math.min(min, lon); max = Math.max(max, lon); }
  if (max - min > 270) return geometry;
  return geometry.type === "Polygon" ? { type: "Polygon", coordinates: shifted[0] } : { type: "MultiPolygon", coordinates: shifted };
}

function initMap() {
  map = L.map("map", { attributionControl: false, worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([15, 5], 4);
  // Country shapes live in their own pane under the markers, so the order in which shapes and events arrive
  // never decides what is on top.
  map.createPane("countries").style.zIndex = 250;
  fetch("/vendor/world-atlas/countries-50m.json")
    .then(r => { if (!r.ok) throw new Error(r.statusText); return r.json(); })
    .then(topo => {
      const shapes = topojson.feature(topo, topo.objects.countries);
      for (const f of shapes.features) f.geometry = f.geometry && unwrapAntimeridian(f.geometry);
      countries = L.geoJSON(shapes, {
        pane: "countries",
        style: { color: "#8a9199", weight: 0.6, fillColor: "#eef0f2", fillOpacity: 1, className: "country" },
        interactive: false,
      }).addTo(map);
    })
    .catch(() => document.getElementById("legend").append(Atlas.el("span", "country shapes unavailable (run scripts/setup.sh)", "error")));
  markers = L.markerClusterGroup({
    showCoverageOnHover: false,
    maxClusterRadius: 45,
    iconCreateFunction: clusterIcon,
  }).addTo(map);
  const legend = document.getElementById("legend");
  for (const [type, colour] of Object.entries(Atlas.typeColours)) {
    const item = Atlas.el("span", type, "legend-item");
    const dot = Atlas.el("i", null, "dot");
    dot.style.background = colour;
    item.prepend(dot);
    legend.append(item);
  }
  map.on("moveend", () => {
    if (!fitting && form.elements.bbox.value) {
      form.elements.bbox.value = boundsParam();
      schedule();
    }
  });
  document.getElementById("map-filter").addEventListener("click", () => {
    form.elements.bbox.value = form.elements.bbox.value ? "" : boundsParam();
    updateMapFilterButton();
    load();
  });
}

// The map's view as west,south,east,north in degrees (the whole world when the view wraps round it).
function boundsParam() {
  const b = map.getBounds();
  const round = (v) => Math.round(v * 1000) / 1000;
  let west = b.getWest(), east = b.getEast();
  if (east - west >= 360) { west = -180; east = 180; }
  const wrap = (lon) => ((lon + 540) % 360) - 180;
  west = Math.max(-180, Math.min(180, west <= -180 ? -180 : wrap(west)));
  east = Math.max(-180, Math.min(180, east >= 180 ? 180 : wrap(east)));
  if (west > east) { west = -180; east = 180; }
  const south = Math.max(-90, b.getSouth()), north = Math.min(90, b.getNorth());
  return [west, south, east, north].map(round).join(",");
}

function updateMapFilterButton() {
  const on = Boolean(form.elements.bbox.value);
  const button = document.getElementById("map-filter");
  button.setAttribute("aria-pressed", String(on));
  button.textContent = on ? "Filtered to map view: show all" : "Filter to map view";
}

// The most frequent place name among the events of a cluster, with how many other places it holds.
function clusterLabel(children) {
  const counts = new Map();
  for (const m of children) {
    const name = m.options.event.location || m.options.event.admin1 || m.options.event.country;
    if (name) counts.set(name, (counts.get(name) || 0) + 1);
  }
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!sorted.length) return "";
  return sorted[0][0] + (sorted.length > 1 ? ` +${sorted.length - 1}` : "");
}

function clusterIcon(cluster) {
  const children = cluster.getAllChildMarkers();
  const count = cluster.getChildCount();
  const size = count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 42 : 48;
  const box = Atlas.el("div", null, "cluster-box");
  const bubble = Atlas.el("span", count.toLocaleString("en"), "cluster-count");
  bubble.style.width = bubble.style.height = size + "px";
  bubble.style.lineHeight = size + "px";
  const label = Atlas.el("span", clusterLabel(children), "place-label");
  box.append(bubble, label);
  box.setAttribute("aria-label", `${count} events around ${label.textContent}; zoom in`);
  return L.divIcon({ html: box, className: "event-cluster", iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
}

function markerFor(e) {
  const size = Math.round(12 + Math.min(14, 2 * Math.sqrt(e.fatalities || 0)));
  const box = Atlas.el("div", null, "marker-box");
  const dot = Atlas.el("span", null, "marker-dot");
  dot.style.background = Atlas.colour(e.event_type);
  dot.style.width = dot.style.height = size + "px";
  box.append(dot, Atlas.el("span", e.location || e.admin1 || "", "place-label"));
  const name = `${e.event_date || "undated"}: ${e.sub_event_type || e.event_type || "event"} in ${[e.location, e.country].filter(Boolean).join(", ")}, ${e.fatalities} fatalities`;
  const marker = L.marker([e.latitude, e.longitude], {
    icon: L.divIcon({ html: box, className: "event-marker", iconSize: [size, size], iconAnchor: [size / 2, size / 2] }),
    title: name,
    keyboard: true,
    event: e,
  });
  marker.bindPopup(() => popupFor(e));
  return marker;
}

function popupFor(e) {
  const box = Atlas.el("div");
  const link = Atlas.el("a", `${e.event_date || "?"} · ${e.sub_event_type || e.event_type || ""}`);
  link.href = "/event.html?id=" + encodeURIComponent(e.id);
  box.append(link, Atlas.el("div", [e.location, e.admin1, e.country].filter(Boolean).join(", ")));
  box.append(Atlas.el("div", `Fatalities: ${e.fatalities}`));
  return box;
}

function drawMap(result) {
  markers.clearLayers();
  markers.addLayers(result.points.map(markerFor));
  const note = document.getElementById("map-note");
  const shown = result.points.length.toLocaleString("en");
  note.textContent = result.truncated
    ? `the newest ${shown} of ${result.total.toLocaleString("en")}${result.total_is_exact ? "" : "+"} events drawn; narrow the filters or zoom and filter to the map view`
    : `${shown} event(s) on the map` + (result.unplaced ? `, ${result.unplaced} without coordinates` : "");
  note.classList.toggle("warning", result.truncated);
  if (result.points.length > 0 && !form.elements.bbox.value) {
    fitting = true;
    map.fitBounds(result.points.map(p => [p.latitude, p.longitude]), { maxZoom: 7, padding: [30, 30], animate: false });
    fitting = false;
  }
}

// ---- timeline --------------------------------------------------------------------------------------------------

function utc(key) {
  return Date.parse(key + "T00:00:00Z");
}

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

// Every week from the first to the last, those without events as zero; past three years, months instead.
function calendarBuckets(weeks) {
  const known = weeks.filter(w => /^\d{4}-\d{2}-\d{2}$/.test(w.key)).sort((a, b) => a.key.localeCompare(b.key));
  if (!known.length) return { unit: "week", buckets: [] };
  const first = utc(known[0].key), last = utc(known[known.length - 1].key);
  if ((last - first) / WEEK_MS <= 156) {
    const byKey = new Map(known.map(w => [w.key, w]));
    const buckets = [];
    for (let t = first; t <= last; t += WEEK_MS) {
      const w = byKey.get(isoDay(t));
      buckets.push({ start: t, end: t + WEEK_MS, events: w ? w.events : 0, fatalities: w ? w.fatalities : 0 });
    }
    return { unit: "week", buckets };
  }
  const monthOf = (ms) => { const d = new Date(ms); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1); };
  const nextMonth = (ms) => { const d = new Date(ms); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1); };
  const sums = new Map();
  for (const w of known) {
    const m = monthOf(utc(w.key) + 3 * DAY_MS);
    const s = sums.get(m) || { events: 0, fatalities: 0 };
    s.events += w.events;
    s.fatalities += w.fatalities;
    sums.set(m, s);
  }
  const buckets = [];
  for (let m = monthOf(first + 3 * DAY_MS); m <= monthOf(last + 3 * DAY_MS); m = nextMonth(m)) {
    const s = sums.get(m) || { events: 0, fatalities: 0 };
    buckets.push({ start: m, end: nextMonth(m), ...s });
  }
  return { unit: "month", buckets };
}

// Tick values at each Monday (every other one, ...) over a short span, else at the first of each month, quarter or
// year, whichever gives at most `most` ticks.
function calendarTicks(min, max, most) {
  const ticks = [];
  if (max - min <= 10 * WEEK_MS) {
    const every = Math.ceil((max - min) / WEEK_MS / most) || 1;
    for (let t = min; t <= max; t += every * WEEK_MS) ticks.push({ value: t });
    return ticks;
  }
  const spanMonths = (max - min) / (30.4 * DAY_MS);
  const step = [1, 2, 3, 6, 12, 24, 60].find(s => spanMonths / s <= most) || 120;
  const start = new Date(min);
  let month = start.getUTCFullYear() * 12 + start.getUTCMonth();
  month = Math.ceil(month / step) * step;
  for (let t = Date.UTC(Math.floor(month / 12), month % 12, 1); t <= max; month += step, t = Date.UTC(Math.floor(month / 12), month % 12, 1)) {
    if (t >= min) ticks.push({ value: t });
  }
  return ticks;
}

function tickLabel(ms, span) {
  const d = new Date(ms);
  if (span <= 10 * WEEK_MS) return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(d);
  const month = d.toLocaleString("en-GB", { month: "short", timeZone: "UTC" });
  return span > 400 * DAY_MS && d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : `${month} ${d.getUTCFullYear()}`;
}

function describeTimeline(unit, buckets, stats) {
  if (!buckets.length) return "Timeline: no dated events.";
  const busiest = buckets.reduce((a, b) => (b.events > a.events ? b : a));
  const empty = buckets.filter(b => b.events === 0).length;
  return `Timeline: ${stats.events} events and ${stats.fatalities} fatalities per ${unit} from ${Atlas.formatTime(isoDay(buckets[0].start))} ` +
    `to ${Atlas.formatTime(isoDay(buckets[buckets.length - 1].end - DAY_MS))}; busiest ${unit} starting ${Atlas.formatTime(isoDay(busiest.start))} ` +
    `with ${busiest.events} events; ${empty} of ${buckets.length} ${unit}s without events.`;
}

function drawTimeline(stats) {
  const { unit, buckets } = calendarBuckets(stats.weeks);
  const canvas = document.getElementById("timeline");
  canvas.setAttribute("aria-label", describeTimeline(unit, buckets, stats));
  if (chart) chart.destroy();
  chart = null;
  if (!buckets.length) return;
  const half = (buckets[0].end - buckets[0].start) / 2;
  const min = buckets[0].start, max = buckets[buckets.length - 1].end;
  chart = new Chart(canvas, {
    data: {
      datasets: [
        { type: "bar", label: `Events per ${unit}`, data: buckets.map(b => ({ x: b.start + half, y: b.events })), backgroundColor: "#4a7ba0", yAxisID: "y", barPercentage: 1, categoryPercentage: 1, grouped: false },
        { type: "line", label: `Fatalities per ${unit}`, data: buckets.map(b => ({ x: b.start + half, y: b.fatalities })), borderColor: "#c0392b", backgroundColor: "#c0392b", pointRadius: buckets.length > 20 ? 0 : 2, borderWidth: 1.5, yAxisID: "y1" },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      parsing: true,
      interaction: { mode: "nearest", axis: "x", intersect: false },
      plugins: {
        tooltip: { callbacks: { title: items => items.length ? `${unit} of ${Atlas.formatTime(isoDay(items[0].parsed.x - half))}` : "" } },
      },
      scales: {
        x: {
          type: "linear", min, max, offset: false,
          title: { display: true, text: unit === "week" ? "Week (Monday to Sunday)" : "Month" },
          afterBuildTicks: (scale) => { scale.ticks = calendarTicks(min, max, Math.max(2, Math.min(10, Math.floor(scale.width / 80)))); },
          ticks: { autoSkip: false, maxRotation: 0, callback: (v) => tickLabel(v, max - min) },
          grid: { drawOnChartArea: false },
        },
        y: { beginAtZero: true, position: "left", title: { display: true, text: `Events per ${unit}` }, ticks: { precision: 0 } },
        y1: { beginAtZero: true, position: "right", title: { display: true, text: `Fatalities per ${unit}` }, ticks: { precision: 0 }, grid: { drawOnChartArea: false } },
      },
    },
  });
}

// Dragging across the chart selects the days under the drag and filters to them.
function initBrush() {
  const canvas = document.getElementById("timeline");
  const brush = document.getElementById("brush");
  let startX = null;
  const within = (x) => Math.max(chart.chartArea.left, Math.min(chart.chartArea.right, x));
  const offset = (ev) => ev.clientX - canvas.getBoundingClientRect().left;
  canvas.addEventListener("pointerdown", (ev) => {
    if (!chart) return;
    startX = within(offset(ev));
    canvas.setPointerCapture(ev.pointerId);
    brush.hidden = false;
    Object.assign(brush.style, { left: startX + "px", width: "0px", top: chart.chartArea.top + "px", height: (chart.chartArea.bottom - chart.chartArea.top) + "px" });
  });
  canvas.addEventListener("pointermove", (ev) => {
    if (startX === null) return;
    const x = within(offset(ev));
    Object.assign(brush.style, { left: Math.min(startX, x) + "px", width: Math.abs(x - startX) + "px" });
  });
  canvas.addEventListener("pointerup", (ev) => {
    if (startX === null) return;
    const x = within(offset(ev));
    const [a, b] = [Math.min(startX, x), Math.max(startX, x)];
    startX = null;
    brush.hidden = true;
    if (b - a < 4) return;
    const scale = chart.scales.x;
    form.elements.from.value = isoDay(Math.floor(scale.getValueForPixel(a) / DAY_MS) * DAY_MS);
    form.elements.to.value = isoDay(Math.floor(scale.getValueForPixel(b) / DAY_MS) * DAY_MS);
    load();
  });
}

// ---- table -----------------------------------------------------------------------------------------------------

function drawTable(page) {
  const body = document.querySelector("#events tbody");
  body.replaceChildren();
  for (const e of page.items) {
    const row = document.createElement("tr");
    const date = Atlas.el("td");
    const link = Atlas.el("a", e.event_date || "?");
    link.href = "/event.html?id=" + encodeURIComponent(e.id);
    date.append(link);
    const type = Atlas.el("td", e.sub_event_type || e.event_type);
    const dot = Atlas.el("i", null, "dot");
    dot.style.background = Atlas.colour(e.event_type);
    type.prepend(dot);
    row.append(date, Atlas.el("td", e.country), Atlas.el("td", [e.location, e.admin1].filter(Boolean).join(", ")), type,
      Atlas.el("td", [e.actor1, e.actor2].filter(Boolean).join(" vs ")), Atlas.el("td", e.fatalities, "num"), Atlas.el("td", e.source_count, "num"));
    body.append(row);
  }
  const total = `${page.total.toLocaleString("en")}${page.total_is_exact === false ? "+" : ""}`;
  document.getElementById("count").textContent = page.total === 0 ? "No events match these filters." :
    `${total} event(s) match` + (page.total > page.items.length ? `; the first ${page.items.length} are listed (sorted by ${page.sort})` : "");
  const sort = form.elements.sort.value || "-event_date";
  for (const th of document.querySelectorAll("#events th[data-sort]")) {
    const field = th.dataset.sort;
    th.setAttribute("aria-sort", sort === field ? "ascending" : sort === "-" + field ? "descending" : "none");
  }
}

// ---- states ----------------------------------------------------------------------------------------------------

function setState(state, message) {
  const main = document.querySelector("main");
  main.dataset.state = state;
  main.setAttribute("aria-busy", String(state === "loading"));
  const notice = document.getElementById("notice");
  notice.hidden = state === "ready";
  notice.className = "notice " + state;
  document.getElementById("notice-text").textContent = message || "";
  document.getElementById("retry").hidden = state !== "error";
  document.getElementById("notice-clear").hidden = state !== "empty";
  document.getElementById("chart-panel").hidden = state === "empty" || state === "error";
  document.getElementById("table-panel").hidden = state === "error";
}

function clearResults() {
  document.getElementById("map-panel").classList.remove("loading");
  document.getElementById("map-panel").setAttribute("aria-busy", "false");
  document.querySelector("#events tbody").replaceChildren();
  document.getElementById("count").textContent = "";
  markers.clearLayers();
  document.getElementById("map-note").textContent = "";
  if (chart) chart.destroy();
  chart = null;
  document.getElementById("summary").textContent = "";
}

async function load() {
  clearTimeout(timer);
  const seq = ++loadSeq;
  if (controller) controller.abort();
  controller = new AbortController();
  const signal = controller.signal;
  const query = currentQuery();
  const qs = query.toString();
  loadedQuery = qs;
  history.replaceState(null, "", qs ? "?" + qs : window.location.pathname);
  sessionStorage.setItem(Atlas.resultsKey, qs);
  updateMapFilterButton();
  labelToggle();
  const exportQuery = new URLSearchParams(query);
  exportQuery.delete("sort");
  for (const kind of ["csv", "geojson", "atom"]) {
    document.getElementById("export-" + kind).href = `/api/events.${kind}` + (exportQuery.toString() ? "?" + exportQuery : "");
  }
  setState("loading", "Loading events…");
  // The three answers are drawn as each arrives: the table's page first, the map's points (the slowest) last.
  const pageAnswer = Atlas.getJson("/api/events?page_size=500&" + qs, signal);
  const statsAnswer = Atlas.getJson("/api/stats?" + exportQuery, signal);
  const mapAnswer = Atlas.getJson("/api/map?" + exportQuery, signal);
  for (const answer of [statsAnswer, mapAnswer]) answer.catch(() => null);
  try {
    const page = await pageAnswer;
    if (seq !== loadSeq) return;
    drawTable(page);
    const stats = await statsAnswer;
    if (seq !== loadSeq) return;
    document.getElementById("summary").textContent = `${stats.events} event(s), ${stats.fatalities} fatalities` +
      (stats.sampled ? ` (statistics of the ${stats.events} newest matches only)` : "");
    if (page.total === 0) {
      setState("empty", "No events match these filters.");
      drawTimeline({ weeks: [], events: 0, fatalities: 0 });
    } else {
      setState("ready");
      drawTimeline(stats);
    }
    const mapPanel = document.getElementById("map-panel");
    mapPanel.classList.add("loading");
    mapPanel.setAttribute("aria-busy", "true");
    document.getElementById("map-note").textContent = "loading the map…";
    const points = await mapAnswer;
    if (seq !== loadSeq) return;
    drawMap(points);
    mapPanel.classList.remove("loading");
    mapPanel.setAttribute("aria-busy", "false");
    fillAdmin1Suggestions(points.points);
  } catch (err) {
    if (seq !== loadSeq || err.name === "AbortError") return;
    clearResults();
    const message = err instanceof TypeError ? "the server could not be reached" : err.message;
    setState("error", "Could not load the events: " + message);
    document.getElementById("count").textContent = "Could not load the events.";
  }
}

let timer = null;
function schedule() {
  clearTimeout(timer);
  timer = setTimeout(load, DEBOUNCE_MS);
}

function applyPreset(preset) {
  const today = new Date();
  const day = (d) => d.toISOString().slice(0, 10);
  if (preset === "all") {
    form.elements.from.value = form.elements.to.value = "";
  } else if (preset === "year") {
    form.elements.from.value = `${today.getUTCFullYear()}-01-01`;
    form.elements.to.value = day(today);
  } else {
    form.elements.from.value = day(new Date(today.getTime() - Number(preset) * DAY_MS));
    form.elements.to.value = day(today);
  }
  load();
}

// Countries and regions that hold events, for the suggestion lists (from the unfiltered statistics and map).
async function loadSuggestions() {
  try {
    const stats = await Atlas.getJson("/api/stats");
    const list = document.getElementById("country-list");
    list.replaceChildren(...stats.countries.map(c => new Option(`${c.events} event(s)`, c.key)));
  } catch {
    // Suggestions are a help; the filters work without them.
  }
}

function fillAdmin1Suggestions(points) {
  const names = new Map();
  for (const p of points) if (p.admin1) names.set(p.admin1, (names.get(p.admin1) || 0) + 1);
  const list = document.getElementById("admin1-list");
  list.replaceChildren(...[...names.entries()].sort((a, b) => b[1] - a[1]).slice(0, 200).map(([name, n]) => new Option(`${n} event(s)`, name)));
}

form.addEventListener("submit", ev => { ev.preventDefault(); load(); });
form.addEventListener("reset", () => setTimeout(() => {
  // Hidden fields keep their value through a form reset.
  form.elements.sort.value = form.elements.bbox.value = "";
  fillSubTypes();
  load();
}, 0));
form.addEventListener("input", (ev) => {
  if (ev.target.name === "event_type") fillSubTypes();
  if (ev.target.tagName === "SELECT" || ev.target.type === "date") load(); else schedule();
});
form.addEventListener("change", (ev) => {
  // Picking a suggestion or leaving a changed text field applies at once.
  if (ev.target.tagName === "INPUT" && ev.target.type !== "date" && currentQuery().toString() !== loadedQuery) load();
});
for (const button of document.querySelectorAll("[data-preset]")) button.addEventListener("click", () => applyPreset(button.dataset.preset));
document.getElementById("retry").addEventListener("click", () => load());
document.getElementById("notice-clear").addEventListener("click", () => { form.reset(); });
for (const th of document.querySelectorAll("#events th[data-sort]")) {
  th.querySelector("button").addEventListener("click", () => {
    const field = th.dataset.sort;
    const sort = form.elements.sort.value || "-event_date";
    form.elements.sort.value = sort === "-" + field ? field : "-" + field;
    load();
  });
}

const toggle = document.getElementById("filters-toggle");
toggle.addEventListener("click", () => {
  const open = !form.classList.contains("open");
  form.classList.toggle("open", open);
  toggle.setAttribute("aria-expanded", String(open));
  labelToggle();
});

// On a phone the filters fold away; the button says how many are set.
function labelToggle() {
  const set = [...currentQuery().keys()].filter(k => k !== "sort").length;
  toggle.textContent = (form.classList.contains("open") ? "Hide filters" : "Show filters") + (set ? ` (${set} set)` : "");
}

fillForm();
initMap();
initBrush();
load();
loadSuggestions();
