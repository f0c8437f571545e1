// The dashboard: filters kept in the URL query string, a map, a weekly timeline and a sortable table.
"use strict";

const FILTERS = ["country", "event_type", "actor", "admin1", "from", "to", "min_fatalities", "q", "sort"];
const form = document.getElementById("filters");
let map, markers, chart;

function currentQuery() {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = form.elements[name].value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

function fillForm() {
  const params = new URLSearchParams(window.location.search);
  for (const name of FILTERS) form.elements[name].value = params.get(name) || "";
}

function initMap() {
  map = L.map("map", { attributionControl: false, worldCopyJump: true }).setView([15, 5], 4);
  fetch("/vendor/world-atlas/countries-50m.json")
    .then(r => r.json())
    .then(topo => {
      L.geoJSON(topojson.feature(topo, topo.objects.countries), {
        style: { color: "#8a9199", weight: 0.6, fillColor: "#eef0f2", fillOpacity: 1 },
        interactive: false,
      }).addTo(map);
      markers.bringToFront && markers.eachLayer(m => m.bringToFront());
    })
    .catch(() => document.getElementById("legend").append(Atlas.el("span", "country shapes unavailable (run scripts/setup.sh)", "error")));
  markers = L.layerGroup().addTo(map);
  const legend = document.getElementById("legend");
  for (const [type, colour] of Object.entries(Atlas.typeColours)) {
    const item = Atlas.el("span", type, "legend-item");
    const dot = Atlas.el("i", null, "dot");
    dot.style.background = colour;
    item.prepend(dot);
    legend.append(item);
  }
}

function popupFor(e) {
  const box = Atlas.el("div");
  const link = Atlas.el("a", `${e.event_date || "?"} · ${e.sub_event_type || ""}`);
  link.href = "/event.html?id=" + encodeURIComponent(e.id);
  box.append(link, Atlas.el("div", [e.location, e.country].filter(Boolean).join(", ")));
  box.append(Atlas.el("div", `Fatalities: ${e.fatalities}`), Atlas.el("p", e.notes));
  return box;
}

function drawMap(items) {
  markers.clearLayers();
  const points = [];
  for (const e of items) {
    if (e.latitude == null || e.longitude == null) continue;
    const colour = Atlas.colour(e.event_type);
    L.circleMarker([e.latitude, e.longitude], {
      radius: 5 + Math.min(10, Math.sqrt(e.fatalities)), color: colour, fillColor: colour, fillOpacity: 0.7, weight: 1,
    }).bindPopup(() => popupFor(e)).addTo(markers);
    points.push([e.latitude, e.longitude]);
  }
  if (points.length > 0) map.fitBounds(points, { maxZoom: 7, padding: [20, 20] });
}

function drawTimeline(stats) {
  const labels = stats.weeks.map(w => w.key);
  const data = {
    labels,
    datasets: [
      { type: "bar", label: "Events per week", data: stats.weeks.map(w => w.events), backgroundColor: "#5d8aa8", yAxisID: "y" },
      { type: "line", label: "Fatalities per week", data: stats.weeks.map(w => w.fatalities), borderColor: "#c0392b", backgroundColor: "#c0392b", yAxisID: "y1" },
    ],
  };
  if (chart) chart.destroy();
  chart = new Chart(document.getElementById("timeline"), {
    data,
    options: {
      animation: false,
      scales: { y: { beginAtZero: true, position: "left" }, y1: { beginAtZero: true, position: "right", grid: { drawOnChartArea: false } } },
    },
  });
}

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
    row.append(date, Atlas.el("td", e.country), Atlas.el("td", e.location), type,
      Atlas.el("td", [e.actor1, e.actor2].filter(Boolean).join(" vs ")), Atlas.el("td", e.fatalities, "num"), Atlas.el("td", e.source_count, "num"));
    body.append(row);
  }
  document.getElementById("count").textContent =
    `${page.total}${page.total_is_exact === false ? "+" : ""} event(s)` + (page.total > page.items.length ? `, the first ${page.items.length} shown (sorted by ${page.sort})` : "");
  const sort = form.elements.sort.value || "-event_date";
  for (const th of document.querySelectorAll("#events th[data-sort]")) {
    const field = th.dataset.sort;
    th.classList.toggle("sorted-asc", sort === field);
    th.classList.toggle("sorted-desc", sort === "-" + field);
  }
}

async function load() {
  const query = currentQuery();
  const qs = query.toString();
  history.replaceState(null, "", qs ? "?" + qs : window.location.pathname);
  const exportQuery = new URLSearchParams(query);
  exportQuery.delete("sort");
  for (const kind of ["csv", "geojson", "atom"]) {
    document.getElementById("export-" + kind).href = `/api/events.${kind}` + (exportQuery.toString() ? "?" + exportQuery : "");
  }
  const error = document.getElementById("error");
  error.textContent = "";
  try {
    const [page, stats] = await Promise.all([
      Atlas.getJson("/api/events?page_size=500&" + qs),
      Atlas.getJson("/api/stats?" + exportQuery),
    ]);
    drawTable(page);
    drawMap(page.items);
    drawTimeline(stats);
    document.getElementById("summary").textContent = `${stats.events} event(s), ${stats.fatalities} fatalities` +
      (stats.sampled ? ` (statistics of the ${stats.events} newest matches only)` : "");
  } catch (e) {
    error.textContent = e.message;
  }
}

form.addEventListener("submit", ev => { ev.preventDefault(); load(); });
form.addEventListener("reset", () => setTimeout(load, 0));
for (const th of document.querySelectorAll("#events th[data-sort]")) {
  th.addEventListener("click", () => {
    const field = th.dataset.sort;
    const sort = form.elements.sort.value || "-event_date";
    form.elements.sort.value = sort === "-" + field ? field : "-" + field;
    load();
  });
}

fillForm();
initMap();
load();
