// newstrace web page: timeline, map, article view, stories. Vanilla JS, no build step, no
// network beyond this server's /api. Page text is untrusted HTML: every string goes into the
// DOM as a text node (el() below), never parsed as HTML.
"use strict";

const CERTAINTIES = ["asserted", "reported", "estimate", "probable", "possible", "predicted",
  "hypothetical", "denied"];
const ASIDE_KINDS = new Set(["caption", "boilerplate", "comment"]);
const KIND_LABEL = {
  caption: "photo caption — set aside", boilerplate: "boilerplate — set aside",
  comment: "comments — set aside", byline: "byline", title: "title", standfirst: "standfirst",
  subheading: "subheading", paragraph: "",
};

const state = {
  filters: { type: "", country: "", certainty: new Set(CERTAINTIES), context: "", since: "",
    until: "" },
  facets: null,
  pagesQuery: { q: "", language: "", offset: 0 },
};

// --- DOM helpers --------------------------------------------------------------------

/** An element with attributes and children; strings become text nodes (never HTML). */
function el(tag, attrs, ...children) {
  const svg = ["svg", "g", "circle", "line", "path", "rect", "text", "image", "title"]
    .includes(tag);
  const node = svg ? document.createElementNS("http://www.w3.org/2000/svg", tag)
    : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "class") node.setAttribute("class", value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

/** "1 page", "3 pages": counts read as words, not as "page(s)". */
function count(n, one, many) { return `${n} ${n === 1 ? one : many}`; }

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** A link to a page's own URL, only for http(s) URLs (a javascript: URL stays text). */
function externalLink(url) {
  if (!url) return null;
  if (!/^https?:\/\//i.test(url)) return el("span", {}, url);
  return el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, url);
}

function marker(certainty) {
  return el("span", { class: `marker cert-${certainty}`, title: certainty,
    "aria-hidden": "true" });
}

function certLabel(certainty) {
  return el("span", { class: `cert-label cert-${certainty}` }, certainty);
}

function sourceText(source) {
  if (!source) return "—";
  const count = source.count ? ` ×${source.count}` : "";
  return source.text ? `${source.kind}${count}: “${source.text}”` : `${source.kind}${count}`;
}

function actorName(p) {
  if (!p) return null;
  return p.name || p.entity || p.country || null;
}

function eventWhat(ev) {
  const actor = actorName(ev.actor) || "someone";
  const target = actorName(ev.recipient);
  const mode = ev.mode ? ` (${ev.mode})` : "";
  return `${actor} ${ev.type}${mode}${target ? " → " + target : ""}`;
}

function whenText(when, doc, date) {
  if (!when || !when.basis) return "undated";
  if (when.basis === "event") return date || when.start;
  if (when.basis === "page") return `page date ${doc.published}`;
  const w = doc.published_window || {};
  return `page window ${w.not_before || "?"} – ${w.not_after || "?"}`;
}

function showError(message) {
  const box = document.getElementById("error");
  if (!message) { box.hidden = true; return; }
  box.hidden = false;
  clear(box).appendChild(document.createTextNode(message));
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  let body = null;
  try { body = await response.json(); } catch (_e) { body = null; }
  if (!response.ok) {
    const err = new Error((body && body.error) || `${response.status} ${response.statusText}`);
    err.status = response.status;
    throw err;
  }
  return body;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== "" && v !== null && v !== undefined) q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** Python counts characters by code point, JS strings by UTF-16 unit: slice by code point. */
function codePoints(text) { return Array.from(text || ""); }

// --- Detail panel ---------------------------------------------------------------------

function openDetail(title, ...content) {
  const box = document.getElementById("detail");
  clear(box);
  box.hidden = false;
  box.appendChild(el("button", { class: "close", title: "close", "aria-label": "close",
    onclick: () => { box.hidden = true; } }, "×"));
  box.appendChild(el("strong", {}, title));
  append(box, content);
}

function closeDetail() { document.getElementById("detail").hidden = true; }

function dl(pairs) {
  return el("dl", {}, pairs.filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
}

function claimFinding(claim, headline) {
  return el("div", { class: "finding" },
    el("div", {}, marker(claim.certainty), " ", certLabel(claim.certainty), " ",
      el("span", { class: "badge" }, `claim ${claim.id}`),
      headline ? el("span", { class: "badge warn" }, "headline claim") : null),
    el("p", {}, el("q", {}, claim.text)),
    dl([["source", sourceText(claim.source)], ["source kind", claim.source.kind],
      ["count", claim.source.count], ["entity", claim.source.entity],
      ["cues", (claim.cues || []).join(" · ") || "none: read as the outlet's own statement"]]));
}

function eventFinding(ev) {
  return el("div", { class: "finding" },
    el("div", {}, marker(ev.certainty), " ", certLabel(ev.certainty), " ",
      el("span", { class: "badge type" }, ev.type), " ", el("span", { class: "badge" },
        `event ${ev.id}`), ev.context === "caption" ? el("span", { class: "badge" },
        "in a caption") : null),
    el("p", { class: ev.certainty === "denied" ? "what denied" : "what" }, eventWhat(ev)),
    dl([["place", ev.location], ["date", ev.date], ["tense", ev.tense],
      ["source", sourceText(ev.source)], ["claim", ev.claim],
      ["evidence", ev.evidence && ev.evidence.length ? ev.evidence[0].text : null]]));
}

// --- Filters --------------------------------------------------------------------------

async function loadFacets() {
  if (!state.facets) state.facets = await api("/api/facets");
  return state.facets;
}

function renderFilters(onChange) {
  const box = document.getElementById("filters");
  clear(box);
  box.hidden = false;
  const f = state.filters;
  const facets = state.facets || { types: [], countries: [] };
  const select = (name, label, values) => el("label", {}, label,
    el("select", { name, onchange: (e) => { f[name] = e.target.value; onChange(); } },
      el("option", { value: "" }, "all"),
      values.map((v) => el("option", { value: v.value, selected: f[name] === v.value },
        `${v.value} (${v.count})`))));
  const context = el("label", {}, "context",
    el("select", { name: "context", onchange: (e) => { f.context = e.target.value; onChange(); } },
      [["", "body and captions"], ["body", "body only"], ["caption", "captions only"]]
        .map(([v, t]) => el("option", { value: v, selected: f.context === v }, t))));
  const date = (name, label) => el("label", {}, label,
    el("input", { type: "text", name, value: f[name], placeholder: "YYYY-MM-DD", size: 10,
      pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?",
      onchange: (e) => {
        const v = e.target.value.trim();
        if (v && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) { showError(`${label}: use YYYY-MM-DD`); return; }
        f[name] = v; onChange();
      } }));
  const certs = el("span", { class: "certs", role: "group", "aria-label": "certainty" },
    CERTAINTIES.map((c) => el("button", {
      type: "button", class: `cert-toggle cert-${c}`, "data-certainty": c,
      "aria-pressed": f.certainty.has(c) ? "true" : "false",
      onclick: (e) => {
        if (f.certainty.has(c)) f.certainty.delete(c); else f.certainty.add(c);
        e.currentTarget.setAttribute("aria-pressed", f.certainty.has(c) ? "true" : "false");
        onChange();
      } }, marker(c), c)));
  append(box, [select("type", "type", facets.types), select("country", "country",
    facets.countries), context, date("since", "from"), date("until", "to"), certs]);
}

function eventParams(extra) {
  const f = state.filters;
  const certs = f.certainty.size === CERTAINTIES.length ? "" : [...f.certainty].join(",");
  return { type: f.type, country: f.country, certainty: certs || (f.certainty.size ? "" : "none"),
    context: f.context, since: f.since, until: f.until, ...extra };
}

async function fetchEvents(extra) {
  const params = eventParams(extra);
  if (params.certainty === "none") return { total: 0, items: [] };
  return api(`/api/events${query(params)}`);
}

function legend() {
  return el("div", { class: "legend" }, CERTAINTIES.map((c) => el("span", {}, marker(c), c)),
    el("span", {}, "· solid = asserted, dashed = reported/estimate, dotted = hedged or " +
      "predicted, ✕ struck = denied"));
}

// --- Timeline -------------------------------------------------------------------------

function dayNumber(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1) / 86400000;
}

function timelineStrip(items) {
  const dated = items.filter((ev) => ev.when && ev.when.start);
  const width = 1000; const height = 70;
  const svg = el("svg", { class: "tl-strip", viewBox: `0 0 ${width} ${height}`,
    preserveAspectRatio: "none", role: "img", "aria-label": "events over time" });
  if (!dated.length) return svg;
  const lo = Math.min(...dated.map((ev) => dayNumber(ev.when.start)));
  const hi = Math.max(...dated.map((ev) => dayNumber(ev.when.end || ev.when.start)));
  const span = Math.max(hi - lo, 1);
  const x = (day) => 20 + ((day - lo) / span) * (width - 40);
  const firstYear = new Date(lo * 86400000).getUTCFullYear();
  const lastYear = new Date(hi * 86400000).getUTCFullYear();
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 12));
  for (let year = firstYear; year <= lastYear + 1; year += step) {
    const day = Date.UTC(year, 0, 1) / 86400000;
    if (day < lo - 1 || day > hi + 1) continue;
    svg.appendChild(el("line", { class: "tick", x1: x(day), x2: x(day), y1: 0, y2: height }));
    svg.appendChild(el("text", { x: x(day) + 2, y: height - 4 }, String(year)));
  }
  const stacks = new Map();
  for (const ev of dated) {
    const px = Math.round(x(dayNumber(ev.when.start)));
    const level = stacks.get(px) || 0;
    stacks.set(px, level + 1);
    const c = el("circle", { class: `map-point cert-${ev.certainty}`, cx: px,
      cy: 50 - level * 9 > 6 ? 50 - level * 9 : 6, r: 4 });
    c.appendChild(el("title", {}, `${ev.when.start} ${eventWhat(ev)} (${ev.certainty})`));
    svg.appendChild(c);
  }
  return svg;
}

async function viewTimeline(view) {
  await loadFacets();
  const render = async () => {
    const data = await fetchEvents({ limit: 2000 });
    clear(view);
    view.appendChild(el("h1", {}, "Timeline of events"));
    view.appendChild(el("p", { class: "muted small" }, `${data.total} events`,
      data.total > data.items.length ? ` (first ${data.items.length} shown)` : "",
      ". Each event takes the certainty and the source of the claim that carries it; an event " +
      "the text does not date is placed at its page's date (or window) and says so."));
    view.appendChild(legend());
    view.appendChild(timelineStrip(data.items));
    let group = null; let key = null;
    for (const ev of data.items) {
      const k = `${ev.when.basis}|${ev.when.start}|${ev.when.end}`;
      if (k !== key) {
        key = k;
        const basis = ev.when.basis === "event" ? "dated in the text"
          : ev.when.basis ? "not dated in the text" : "";
        group = el("section", { class: "tl-group" },
          el("div", { class: "tl-date" }, whenText(ev.when, ev.document, ev.date),
            el("span", { class: "basis" }, basis)));
        view.appendChild(group);
      }
      group.appendChild(timelineRow(ev));
    }
    if (!data.items.length) view.appendChild(el("p", { class: "muted" }, "No event matches."));
  };
  renderFilters(() => render().catch((e) => showError(e.message)));
  await render();
}

function timelineRow(ev) {
  const doc = ev.document;
  const place = ev.place ? ev.place.canonical || ev.place.name : ev.location;
  const row = el("div", {
    class: `tl-event cert-${ev.certainty}${ev.context === "caption" ? " caption" : ""}`,
    "data-event": ev.id, "data-document": doc.id, tabindex: 0, role: "button",
    title: `${ev.certainty} — source: ${sourceText(ev.source)}`,
    onclick: () => { location.hash = `#/doc/${doc.id}/${ev.id}`; },
    onkeydown: (e) => { if (e.key === "Enter") location.hash = `#/doc/${doc.id}/${ev.id}`; },
  },
  marker(ev.certainty),
  el("div", {},
    el("div", {}, el("span", { class: "badge type" }, ev.type), " ",
      el("span", { class: "what" }, eventWhat(ev)), place ? ` · ${place}` : "", " ",
      certLabel(ev.certainty)),
    el("div", { class: "meta" }, `source: ${sourceText(ev.source)}`,
      ev.context === "caption" ? " · read in a photo caption" : "",
      ` · ${doc.source || ""} “${doc.title || doc.id}”`),
    ev.evidence && ev.evidence[1]
      ? el("div", { class: "evidence" }, `“${ev.evidence[1].text}”`) : null));
  return row;
}

// --- Map ------------------------------------------------------------------------------

const CERT_RANK = Object.fromEntries(CERTAINTIES.map((c, i) => [c, i]));

async function viewMap(view) {
  await loadFacets();
  const places = await api("/api/places");
  const render = async () => {
    const data = await fetchEvents({ located: "true", limit: 5000 });
    clear(view);
    view.appendChild(el("h1", {}, "Map of events"));
    view.appendChild(el("p", { class: "muted small" },
      `${data.total} events at places the pages resolved to coordinates; grey dots are ` +
      "other places the pages mention. Scroll to zoom, drag to pan."));
    view.appendChild(legend());
    const byPlace = new Map();
    for (const ev of data.items) {
      const k = `${ev.place.lat},${ev.place.lon}`;
      if (!byPlace.has(k)) byPlace.set(k, { place: ev.place, events: [] });
      byPlace.get(k).events.push(ev);
    }
    const list = el("div", { class: "map-list" });
    view.appendChild(drawMap(byPlace, places.items, list));
    view.appendChild(el("p", { class: "attribution" },
      "Land: Natural Earth 1:110m (public domain), equirectangular projection."));
    view.appendChild(list);
  };
  renderFilters(() => render().catch((e) => showError(e.message)));
  await render();
}

function drawMap(byPlace, places, list) {
  const vb = { x: 0, y: 0, w: 360, h: 180 };
  const svg = el("svg", { class: "map", viewBox: "0 0 360 180", role: "img",
    "aria-label": "map of events" });
  svg.appendChild(el("rect", { x: 0, y: 0, width: 360, height: 180, fill: "#eef3f7" }));
  svg.appendChild(el("image", { href: "/static/world-110m.svg", x: 0, y: 0, width: 360,
    height: 180 }));
  const grat = el("g", { class: "graticule" });
  for (let lon = -180; lon <= 180; lon += 30) {
    grat.appendChild(el("line", { x1: lon + 180, x2: lon + 180, y1: 0, y2: 180 }));
  }
  for (let lat = -90; lat <= 90; lat += 30) {
    grat.appendChild(el("line", { x1: 0, x2: 360, y1: 90 - lat, y2: 90 - lat }));
  }
  svg.appendChild(grat);
  const dots = el("g", {});
  for (const p of places) {
    const d = el("circle", { class: "place-dot", cx: p.lon + 180, cy: 90 - p.lat, r: 0.8 });
    d.appendChild(el("title", {}, `${p.name} (${p.precision || "place"}), ` +
      count(p.documents.length, "page", "pages")));
    dots.appendChild(d);
  }
  svg.appendChild(dots);
  const points = el("g", {});
  const labels = el("g", {});
  const groups = [...byPlace.values()].sort((a, b) => b.events.length - a.events.length);
  for (const g of groups) {
    const strongest = g.events.map((e) => e.certainty)
      .sort((a, b) => CERT_RANK[a] - CERT_RANK[b])[0];
    const name = g.place.canonical || g.place.name;
    const c = el("circle", {
      class: `map-point cert-${strongest}`, cx: g.place.lon + 180, cy: 90 - g.place.lat,
      "data-r": 1.6 + Math.sqrt(g.events.length) * 1.2, "data-place": name, tabindex: 0,
      onclick: () => selectPlace(g, c, list),
      onkeydown: (e) => { if (e.key === "Enter") selectPlace(g, c, list); },
    });
    c.appendChild(el("title", {}, `${name}: ${g.events.length} event(s), ` +
      [...new Set(g.events.map((e) => e.certainty))].join(", ")));
    points.appendChild(c);
    labels.appendChild(el("text", { class: "map-label", x: g.place.lon + 180 + 2.5,
      y: 90 - g.place.lat + 1 }, name));
  }
  svg.appendChild(points);
  svg.appendChild(labels);
  const apply = () => {
    svg.setAttribute("viewBox", `${vb.x} ${vb.y} ${vb.w} ${vb.h}`);
    const k = vb.w / 360;
    for (const c of points.children) c.setAttribute("r", Number(c.dataset.r) * k);
    for (const c of dots.children) c.setAttribute("r", 0.8 * k);
    for (const t of labels.children) t.style.fontSize = `${3 * k}px`;
  };
  const zoom = (factor, cx, cy) => {
    const w = Math.min(360, Math.max(8, vb.w * factor));
    const h = w / 2;
    vb.x = Math.min(360 - w, Math.max(0, cx - (cx - vb.x) * (w / vb.w)));
    vb.y = Math.min(180 - h, Math.max(0, cy - (cy - vb.y) * (h / vb.h)));
    vb.w = w; vb.h = h;
    apply();
  };
  const toMap = (evt) => {
    const r = svg.getBoundingClientRect();
    return [vb.x + ((evt.clientX - r.left) / r.width) * vb.w,
      vb.y + ((evt.clientY - r.top) / r.height) * vb.h];
  };
  svg.addEventListener("wheel", (evt) => {
    evt.preventDefault();
    const [cx, cy] = toMap(evt);
    zoom(evt.deltaY > 0 ? 1.25 : 0.8, cx, cy);
  }, { passive: false });
  let drag = null;
  svg.addEventListener("pointerdown", (evt) => {
    if (evt.target.classList.contains("map-point")) return;
    drag = { x: evt.clientX, y: evt.clientY, vx: vb.x, vy: vb.y };
    svg.setPointerCapture(evt.pointerId);
  });
  svg.addEventListener("pointermove", (evt) => {
    if (!drag) return;
    const r = svg.getBoundingClientRect();
    vb.x = Math.min(360 - vb.w, Math.max(0, drag.vx - ((evt.clientX - drag.x) / r.width) * vb.w));
    vb.y = Math.min(180 - vb.h, Math.max(0, drag.vy - ((evt.clientY - drag.y) / r.height) * vb.h));
    apply();
  });
  svg.addEventListener("pointerup", () => { drag = null; });
  apply();
  const tools = el("div", { class: "map-tools" },
    el("button", { type: "button", title: "zoom in", onclick: () => zoom(0.6, vb.x + vb.w / 2,
      vb.y + vb.h / 2) }, "+"),
    el("button", { type: "button", title: "zoom out", onclick: () => zoom(1 / 0.6,
      vb.x + vb.w / 2, vb.y + vb.h / 2) }, "−"),
    el("button", { type: "button", title: "whole world", onclick: () => {
      vb.x = 0; vb.y = 0; vb.w = 360; vb.h = 180; apply();
    } }, "⤢"));
  return el("div", { class: "map-wrap" }, svg, tools);
}

function selectPlace(group, circle, list) {
  for (const c of circle.parentNode.children) c.classList.remove("selected");
  circle.classList.add("selected");
  clear(list);
  const name = group.place.canonical || group.place.name;
  list.appendChild(el("h2", {}, `${name} — ${group.events.length} event(s)`,
    group.place.country ? ` · ${group.place.country}` : ""));
  for (const ev of group.events) list.appendChild(timelineRow(ev));
}

// --- Pages ----------------------------------------------------------------------------

async function viewPages(view) {
  document.getElementById("filters").hidden = true;
  const pq = state.pagesQuery;
  const facets = await loadFacets();
  const data = await api(`/api/documents${query({ q: pq.q, language: pq.language,
    offset: pq.offset, limit: 50 })}`);
  clear(view);
  view.appendChild(el("h1", {}, "Pages"));
  const search = el("input", { type: "search", value: pq.q, placeholder: "words in the page",
    "aria-label": "search pages" });
  const lang = el("select", { "aria-label": "language" }, el("option", { value: "" }, "any language"),
    facets.languages.map((l) => el("option", { value: l.value, selected: pq.language === l.value },
      `${l.value} (${l.count})`)));
  const go = () => { pq.q = search.value.trim(); pq.language = lang.value; pq.offset = 0;
    route(); };
  search.addEventListener("change", go);
  lang.addEventListener("change", go);
  view.appendChild(el("p", {}, search, " ", lang, " ",
    el("span", { class: "muted small" }, count(data.total, "page", "pages"))));
  const table = el("table", { class: "pages" }, el("thead", {}, el("tr", {},
    ["title", "source", "lang", "date", "sourcing", "claims", "events"].map((h) => el("th", {
      class: `c-${h}` }, h)))));
  const body = el("tbody");
  for (const d of data.items) {
    const date = d.published || (d.published_window
      ? `${d.published_window.not_before || "?"} – ${d.published_window.not_after || "?"}` : "—");
    body.appendChild(el("tr", { class: "clickable", "data-document": d.id,
      onclick: () => { location.hash = `#/doc/${d.id}`; } },
    el("td", { class: "c-title" }, el("a", { href: `#/doc/${d.id}` }, d.title || d.id)),
    el("td", { class: "c-source" }, d.source || ""), el("td", {}, d.language || "?"),
    el("td", { class: "c-date" }, date),
    el("td", { class: "small c-sourcing" }, d.sourcing || ""), el("td", {}, d.claims),
    el("td", {}, d.events)));
  }
  table.appendChild(body);
  view.appendChild(table);
  const pager = el("div", { class: "pager" });
  if (pq.offset > 0) pager.appendChild(el("button", { type: "button", onclick: () => {
    pq.offset = Math.max(0, pq.offset - 50); route(); } }, "← newer"));
  if (data.next) pager.appendChild(el("button", { type: "button", onclick: () => {
    pq.offset += 50; route(); } }, "older →"));
  view.appendChild(pager);
}

// --- Article --------------------------------------------------------------------------

/** Every finding with evidence in the page, as marks {block, start, end, kind, ...}. */
function collectMarks(a) {
  const marks = [];
  const headline = a.document.sourcing ? a.document.sourcing.headline_claim : null;
  const add = (spans, kind, ref, extra) => {
    for (const s of spans || []) {
      if (s && s.block !== undefined && s.end > s.start) {
        marks.push({ block: s.block, start: s.start, end: s.end, kind, ref, ...extra });
      }
    }
  };
  for (const c of a.claims || []) {
    add(c.evidence, "claim", c, { cert: c.certainty, id: c.id, headline: c.id === headline });
  }
  for (const e of a.events || []) add((e.evidence || []).slice(0, 1), "event", e, { id: e.id });
  for (const e of a.entities || []) add(e.evidence, "entity", e, {});
  for (const p of a.places || []) add(p.evidence, "place", p, {});
  for (const q of a.quantities || []) add(q.evidence, "quantity", q, {});
  for (const t of a.times || []) add(t.evidence, "time", t, {});
  return marks;
}

function markTitle(m) {
  const r = m.ref;
  switch (m.kind) {
    case "claim": return `claim ${r.id}: ${r.certainty} — source ${sourceText(r.source)}` +
      (r.cues && r.cues.length ? ` — cues: ${r.cues.join("; ")}` : "");
    case "event": return `event ${r.id}: ${r.type} (${r.certainty})`;
    case "entity": return `${r.type}: ${r.canonical}${r.country ? " (" + r.country + ")" : ""}`;
    case "place": return `place: ${r.canonical || r.name}` +
      (r.lat !== null && r.lat !== undefined ? ` (${r.lat}, ${r.lon})` : "");
    case "quantity": return `quantity: ${r.value}${r.high ? "–" + r.high : ""} ${r.unit || ""}` +
      ` (${r.bound})`;
    case "time": return `time: ${r.value || r.text} (${r.kind})`;
    default: return m.kind;
  }
}

/** A block's text cut at every evidence boundary; each piece knows the marks covering it. */
function renderBlockText(text, marks, onPick) {
  const chars = codePoints(text);
  const cuts = new Set([0, chars.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(chars.length, m.start)));
    cuts.add(Math.max(0, Math.min(chars.length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const [s, e] = [points[i], points[i + 1]];
    const piece = chars.slice(s, e).join("");
    const covering = marks.filter((m) => m.start <= s && m.end >= e);
    if (!covering.length) { out.push(piece); continue; }
    const classes = new Set(["seg"]);
    let claimCert = null;
    for (const m of covering) {
      classes.add(m.kind);
      if (m.kind === "claim") {
        // Several claims over one piece: show the least certain, the one a reader must see.
        if (!claimCert || CERT_RANK[m.cert] > CERT_RANK[claimCert]) claimCert = m.cert;
        if (m.headline) classes.add("headline");
      }
    }
    if (claimCert) classes.add(`cert-${claimCert}`);
    const ids = covering.filter((m) => m.id).map((m) => `${m.kind}:${m.id}`).join(" ");
    out.push(el("mark", { class: [...classes].join(" "), "data-refs": ids || null,
      "data-cert": claimCert, title: covering.map(markTitle).join("\n"), tabindex: 0,
      onclick: () => onPick(covering),
      onkeydown: (evt) => { if (evt.key === "Enter") onPick(covering); } }, piece));
  }
  return out;
}

function pickDetail(covering, article) {
  const headline = article.document.sourcing ? article.document.sourcing.headline_claim : null;
  const seen = new Set();
  const parts = [];
  for (const m of covering) {
    const key = `${m.kind}:${m.ref.id || m.ref.name || m.ref.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (m.kind === "claim") parts.push(claimFinding(m.ref, m.ref.id === headline));
    else if (m.kind === "event") parts.push(eventFinding(m.ref));
    else parts.push(el("div", { class: "finding" }, el("span", { class: "badge" }, m.kind), " ",
      markTitle(m), m.ref.evidence && m.ref.evidence[0] ? el("div", { class: "small muted" },
        `“${m.ref.evidence[0].text}”`) : null));
  }
  openDetail(`${parts.length} finding(s) here`, parts);
}

function focusFinding(view, kind, id) {
  const found = [...view.querySelectorAll("mark.seg")]
    .filter((m) => (m.dataset.refs || "").split(" ").includes(`${kind}:${id}`));
  for (const m of view.querySelectorAll("mark.focus")) m.classList.remove("focus");
  for (const m of found) m.classList.add("focus");
  if (found[0]) found[0].scrollIntoView({ block: "center" });
  return found;
}

async function viewArticle(view, docId, focus) {
  document.getElementById("filters").hidden = true;
  const a = await api(`/api/documents/${encodeURIComponent(docId)}`);
  const doc = a.document;
  clear(view);
  const marks = collectMarks(a);
  const byBlock = new Map();
  for (const m of marks) {
    if (!byBlock.has(m.block)) byBlock.set(m.block, []);
    byBlock.get(m.block).push(m);
  }
  const date = doc.published ? `published ${doc.published}` : doc.published_window
    ? `published between ${doc.published_window.not_before || "?"} and ` +
      `${doc.published_window.not_after || "?"} (no date on the page: an honest window)`
    : "no publication date";
  const main = el("div", { class: "text show-claims show-events show-entities show-quantities" });
  const s = doc.sourcing;
  const headerBits = el("div", {},
    el("h1", {}, doc.title || doc.id),
    el("div", { class: "meta-line" }, [doc.site || doc.source, doc.byline ? `by ${doc.byline}` : null,
      doc.language, date].filter(Boolean).join(" · ")),
    doc.url ? el("div", { class: "meta-line small" }, externalLink(doc.url)) : null,
    s ? el("div", { class: `sourcing${s.headline_named_source ? " named" : ""}`,
      id: "sourcing" }, s.summary,
    el("span", { class: "kinds" }, `${s.claims} claims: ` + Object.entries(s.by_kind || {})
      .map(([k, n]) => `${n} ${k}`).join(", "))) : null);
  const layers = el("div", { class: "layers" }, "show:",
    [["claims", "claims (by certainty)"], ["events", "event triggers"],
      ["entities", "entities and places"], ["quantities", "quantities"], ["times", "dates"]]
      .map(([k, label]) => el("label", {}, el("input", { type: "checkbox",
        checked: main.classList.contains(`show-${k}`),
        onchange: (e) => main.classList.toggle(`show-${k}`, e.target.checked) }), ` ${label}`)));
  const pick = (covering) => pickDetail(covering, a);
  for (const b of doc.blocks) {
    const aside = ASIDE_KINDS.has(b.kind);
    const label = [KIND_LABEL[b.kind] ?? b.kind];
    if (b.duplicate_of) label.push(`repeats ${b.duplicate_of} — counted once`);
    const classes = ["block", `kind-${b.kind}`, aside ? "aside" : "",
      b.duplicate_of ? "duplicate" : ""].filter(Boolean).join(" ");
    const showLabel = aside || b.duplicate_of || ["byline", "standfirst", "subheading"]
      .includes(b.kind);
    main.appendChild(el("div", { class: classes, "data-block": b.id, "data-kind": b.kind,
      lang: b.language || null },
    showLabel ? el("span", { class: "label" }, label.filter(Boolean).join(" · "), " ",
      el("span", { class: "cues" }, b.cues && b.cues.length ? `(${b.cues.join("; ")})` : ""))
      : null,
    renderBlockText(b.text, byBlock.get(b.id) || [], pick)));
  }
  const side = el("div", { class: "side" });
  const claimList = el("ul", {}, (a.claims || []).map((c) => el("li", {
    "data-claim": c.id,
    onclick: () => { focusFinding(main, "claim", c.id); pickDetail([{ kind: "claim", ref: c }], a); },
  }, marker(c.certainty), el("span", {}, el("strong", {}, `${c.id} `),
    `${c.certainty}, ${c.source.kind}${c.source.count ? " ×" + c.source.count : ""}: `,
    c.text.length > 90 ? `${c.text.slice(0, 90)}…` : c.text))));
  const eventList = el("ul", {}, (a.events || []).map((ev) => el("li", {
    "data-event": ev.id,
    onclick: () => { focusFinding(main, "event", ev.id); pickDetail([{ kind: "event", ref: ev }], a); },
  }, marker(ev.certainty), el("span", {}, el("span", { class: "badge type" }, ev.type), " ",
    eventWhat(ev), ev.context === "caption" ? " (caption)" : ""))));
  append(side, [el("h2", {}, `Claims (${(a.claims || []).length})`), claimList,
    el("h2", {}, `Events (${(a.events || []).length})`), eventList]);
  const storyBox = el("div", {});
  side.appendChild(storyBox);
  view.appendChild(el("div", { class: "article" }, el("div", {}, headerBits, layers, main), side));
  if (focus) {
    const [kind, id] = focus.startsWith("e") ? ["event", focus] : ["claim", focus];
    const ref = kind === "event" ? (a.events || []).find((x) => x.id === id)
      : (a.claims || []).find((x) => x.id === id);
    focusFinding(main, kind, id);
    if (ref) pickDetail([{ kind, ref }], a);
  }
  try {
    const story = await api(`/api/documents/${encodeURIComponent(doc.id)}/story`);
    append(storyBox, [el("h2", {}, "Story"), el("a", { href: `#/story/${story.id}` }, story.title),
      el("p", { class: "small muted" }, `${count(story.documents.length, "page", "pages")}, ` +
        `${(story.links || []).length} provenance link(s)`)]);
  } catch (_e) { /* not placed in a story yet */ }
}

// --- Stories --------------------------------------------------------------------------

async function viewStories(view) {
  document.getElementById("filters").hidden = true;
  const data = await api("/api/stories?limit=1000");
  clear(view);
  view.appendChild(el("h1", {}, "Stories"));
  view.appendChild(el("p", { class: "muted small" }, `${count(data.total, "story", "stories")}: pages about one ` +
    "event, across languages, largest first."));
  const table = el("table", {}, el("thead", {}, el("tr", {},
    ["story", "pages", "languages", "first seen", "last seen"].map((h) => el("th", {}, h)))));
  const body = el("tbody");
  for (const s of data.items) {
    const langs = [...new Set(s.documents.map((d) => d.language).filter(Boolean))].join(", ");
    body.appendChild(el("tr", { class: "clickable", "data-story": s.id,
      onclick: () => { location.hash = `#/story/${s.id}`; } },
    el("td", {}, el("a", { href: `#/story/${s.id}` }, s.title)), el("td", {}, s.documents.length),
    el("td", {}, langs), el("td", {}, s.first_seen || "—"), el("td", {}, s.last_seen || "—")));
  }
  table.appendChild(body);
  view.appendChild(table);
}

async function viewStory(view, storyId) {
  document.getElementById("filters").hidden = true;
  const s = await api(`/api/stories/${encodeURIComponent(storyId)}`);
  clear(view);
  const pageName = new Map(s.documents.map((d) => [d.id, d.source || d.url || d.id]));
  const pageLink = (id) => el("a", { href: `#/doc/${id}` }, pageName.get(id) || id.slice(0, 12));
  view.appendChild(el("h1", {}, s.title));
  view.appendChild(el("p", { class: "muted" }, `${count(s.documents.length, "page", "pages")} · languages: ` +
    `${(s.languages || []).join(", ") || "?"} · ${s.first_seen || "?"} – ${s.last_seen || "?"}`));

  view.appendChild(el("h2", {}, "Pages"));
  view.appendChild(el("table", {}, el("tbody", {}, s.documents.map((d) => el("tr", {},
    el("td", {}, pageLink(d.id)), el("td", {}, d.language || "?"),
    el("td", { class: "small" }, externalLink(d.url)),
    el("td", { class: "small" }, d.duplicate_of ? ["near-copy of ", pageLink(d.duplicate_of)]
      : ""))))));

  view.appendChild(el("h2", {}, `Provenance (${(s.links || []).length})`));
  if (!(s.links || []).length) view.appendChild(el("p", { class: "muted" },
    "No page of this story copies, rewrites or translates another."));
  for (const ln of s.links || []) {
    const aligned = (ln.evidence || []).map((al) => el("div", { class: "align" },
      el("div", {}, el("span", { class: "badge" }, `copy ${al.copy.block}`), " ",
        al.copy.text || ""),
      el("div", {}, el("span", { class: "badge" }, `origin ${al.origin.block} · ${al.how}`),
        " ", al.origin.text || "")));
    const details = el("details", {}, el("summary", { class: "small" },
      `why this direction, and ${aligned.length} aligned paragraph(s)`),
    el("ul", { class: "small" }, (ln.why || []).map((w) => el("li", {}, w))), aligned);
    const credit = ln.credited ? el("span", { class: "badge ok" }, "credited")
      : el("span", { class: "badge warn" }, "NOT credited");
    view.appendChild(el("div", { class: "link-row", "data-kind": ln.kind },
      el("div", {}, pageLink(ln.copy.id), el("span", { class: "arrow" }, `${ln.kind} of →`),
        pageLink(ln.origin.id), " ", credit,
        ln.credit && ln.credit.text ? el("span", { class: "small muted" },
          ` (“${ln.credit.text}”)`) : null),
      el("div", { class: "small" }, ln.summary), details));
  }

  view.appendChild(el("h2", {}, `Claims (${(s.claims || []).length})`));
  view.appendChild(el("p", { class: "muted small" }, "Independent sources: copies and " +
    "translations of one origin count once."));
  const ct = el("table", {}, el("thead", {}, el("tr", {},
    ["independent", "claim", "certainty in each page", "pages"].map((h) => el("th", {}, h)))));
  const cb = el("tbody");
  for (const c of s.claims || []) {
    cb.appendChild(el("tr", { "data-claim": c.id },
      el("td", { class: "independent" }, c.independent),
      el("td", {}, c.text),
      el("td", {}, (c.certainty || []).map((x) => el("span", {}, marker(x), " ", x, " "))),
      el("td", { class: "small" }, (c.members || []).map((m) => el("div", {},
        el("a", { href: `#/doc/${m.document}/${m.claim}` },
          `${pageName.get(m.document) || m.document.slice(0, 12)} ${m.claim}`))))));
  }
  ct.appendChild(cb);
  view.appendChild(ct);

  view.appendChild(el("h2", {}, `Contradictions (${(s.contradictions || []).length})`));
  if (!(s.contradictions || []).length) view.appendChild(el("p", { class: "muted" },
    "The pages of this story do not disagree on a quantity, a denial or a source count."));
  for (const x of s.contradictions || []) {
    view.appendChild(el("div", { class: "link-row", "data-contradiction": x.kind },
      el("div", {}, el("span", { class: "badge warn" }, x.kind), " ", x.about || ""),
      el("ul", {}, (x.values || []).map((v) => el("li", {},
        el("a", { href: `#/doc/${v.document}/${v.claim || ""}` },
          pageName.get(v.document) || v.document.slice(0, 12)), `: ${v.text || ""}`)))));
  }
}

// --- Router ---------------------------------------------------------------------------

async function loadStats() {
  try {
    const s = await api("/api/stats");
    const box = document.getElementById("stats");
    clear(box).appendChild(document.createTextNode(
      [count(s.documents, "page", "pages"), count(s.events, "event", "events"),
       count(s.claims, "claim", "claims"), count(s.stories, "story", "stories")].join(" · ")));
  } catch (e) { showError(e.message); }
}

async function route() {
  const view = document.getElementById("view");
  const parts = (location.hash.replace(/^#\/?/, "") || "timeline").split("/")
    .map(decodeURIComponent);
  const name = parts[0];
  for (const a of document.querySelectorAll("nav a")) {
    a.classList.toggle("active", a.dataset.view === name ||
      (name === "doc" && a.dataset.view === "pages") ||
      (name === "story" && a.dataset.view === "stories"));
  }
  showError(null);
  closeDetail();
  delete view.dataset.ready;
  try {
    if (name === "map") await viewMap(view);
    else if (name === "pages") await viewPages(view);
    else if (name === "doc" && parts[1]) await viewArticle(view, parts[1], parts[2]);
    else if (name === "stories") await viewStories(view);
    else if (name === "story" && parts[1]) await viewStory(view, parts[1]);
    else await viewTimeline(view);
    view.dataset.ready = name;
  } catch (e) {
    clear(view).appendChild(el("p", { class: "muted" }, "Nothing to show."));
    showError(e.message);
    view.dataset.ready = "error";
  }
}

window.addEventListener("hashchange", route);
window.addEventListener("keydown", (e) => { if (e.key === "Escape") closeDetail(); });
document.addEventListener("DOMContentLoaded", () => { loadStats(); route(); });
