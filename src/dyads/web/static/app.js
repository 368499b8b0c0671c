// dyads web pages: charts, the network graph, tabs, sortable tables and citation anchors.
// Loaded from 'self' only (the Content-Security-Policy forbids inline script); data comes from
// <script type="application/json"> blocks, which the browser never executes.
"use strict";

const QUAD_COLOURS = {
  verbal_cooperation: "#7fbf7f", material_cooperation: "#2e8b57",
  verbal_conflict: "#f4a261", material_conflict: "#c0392b",
};

function data(id) {
  const el = document.getElementById(id);
  return el ? JSON.parse(el.textContent) : null;
}

function indexColour(index) {  // -10 red … 0 grey … +10 green
  const t = Math.max(-1, Math.min(1, (index || 0) / 10));
  const red = t < 0 ? 200 : Math.round(200 - 150 * t);
  const green = t > 0 ? 160 : Math.round(160 + 40 * t);
  return `rgb(${red}, ${green}, 90)`;
}

function charts() {
  const c = data("charts-data");
  if (!c || typeof Chart === "undefined") return;
  const timeline = document.getElementById("timeline-chart");
  if (timeline) {
    new Chart(timeline, {
      type: "bar",
      data: {
        labels: c.timeline.labels,
        datasets: Object.entries(c.timeline.series).map(([quad, values]) => ({
          label: quad.replace("_", " "), data: values, backgroundColor: QUAD_COLOURS[quad],
        })),
      },
      options: { animation: false, responsive: true, scales: { x: { stacked: true }, y: { stacked: true } } },
    });
  }
  const index = document.getElementById("index-chart");
  if (index) {
    new Chart(index, {
      type: "line",
      data: { labels: c.index.labels, datasets: [{ label: "index", data: c.index.values, borderColor: "#34495e" }] },
      options: { animation: false, responsive: true, scales: { y: { min: -10, max: 10 } } },
    });
  }
  const topics = document.getElementById("topics-chart");
  if (topics) {
    new Chart(topics, {
      type: "bar",
      data: { labels: c.topics.labels, datasets: [{ label: "documents", data: c.topics.values, backgroundColor: "#5d8aa8" }] },
      options: { animation: false, responsive: true, indexAxis: "y" },
    });
  }
}

function actorChart() {
  const d = data("actor-data");
  const canvas = document.getElementById("actor-chart");
  if (!d || !canvas || typeof Chart === "undefined") return;
  const years = [...new Set([...Object.keys(d.source), ...Object.keys(d.target)])].sort();
  new Chart(canvas, {
    type: "bar",
    data: {
      labels: years,
      datasets: [
        { label: "as source", data: years.map((y) => d.source[y] || 0), backgroundColor: "#5d8aa8" },
        { label: "as target", data: years.map((y) => d.target[y] || 0), backgroundColor: "#e9c46a" },
      ],
    },
    options: { animation: false, responsive: true },
  });
}

function network() {
  const g = data("network-data");
  const el = document.getElementById("network");
  if (!g || !el || typeof cytoscape === "undefined") return;
  const most = Math.max(1, ...g.nodes.map((n) => n.events));
  cytoscape({
    container: el,
    elements: [
      ...g.nodes.map((n) => ({ data: { id: n.id, label: n.id, title: n.label, size: 16 + 44 * Math.sqrt(n.events / most) } })),
      ...g.edges.map((e) => ({ data: { source: e.source, target: e.target, colour: indexColour(e.index), width: 1 + Math.log2(1 + e.events) } })),
    ],
    style: [
      { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "font-size": 10, "background-color": "#5d8aa8", color: "#222" } },
      { selector: "edge", style: { width: "data(width)", "line-color": "data(colour)", opacity: 0.8 } },
    ],
    layout: { name: "cose", animate: false, randomize: false },
  }).on("tap", "node", (evt) => { window.location.href = "/actors/" + encodeURIComponent(evt.target.id()); });
}

function tabs() {
  document.querySelectorAll("[data-tab]").forEach((button) => {
    button.addEventListener("click", () => {
      document.querySelectorAll("[data-tab]").forEach((b) => b.setAttribute("aria-selected", String(b === button)));
      document.querySelectorAll(".tab").forEach((t) => { t.hidden = t.id !== "tab-" + button.dataset.tab; });
    });
  });
}

function sortable() {
  document.querySelectorAll("table.sortable th[data-sort]").forEach((th, column) => {
    th.addEventListener("click", () => {
      const body = th.closest("table").tBodies[0];
      const numeric = th.dataset.sort === "number";
      const descending = th.dataset.order !== "desc";
      th.dataset.order = descending ? "desc" : "asc";
      const key = (row) => {
        const text = row.cells[column].textContent.trim();
        return numeric ? parseFloat(text.replace("—", "-1e9").replace("+", "")) : text;
      };
      [...body.rows].sort((a, b) => (key(a) > key(b) ? 1 : key(a) < key(b) ? -1 : 0) * (descending ? -1 : 1))
        .forEach((row) => body.appendChild(row));
    });
  });
}

function citedOffset() {  // /documents/ID#o1234: mark and show the text from that offset
  const m = /^#o(\d+)$/.exec(window.location.hash);
  if (!m) return;
  const at = Number(m[1]);
  const runs = [...document.querySelectorAll(".doctext [data-at]")];
  const run = runs.filter((r) => Number(r.dataset.at) <= at).pop();
  if (run) {
    run.classList.add("cited");
    run.scrollIntoView({ block: "center" });
  }
}

document.addEventListener("DOMContentLoaded", () => {
  tabs();
  sortable();
  charts();
  actorChart();
  network();
  citedOffset();
});
