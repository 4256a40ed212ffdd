// Votewire live page: resolutions as cards with search and filters, a resolution's world map, positions, sources and
// conflicts, and a country's record with whom it votes alike. Plain browser JavaScript on the gateway's own REST API
// (the map draws with the vendored d3-geo and topojson-client, see vendor/VERSIONS.md); updates arrive over
// /changes/stream (server-sent events).
"use strict";

const view = document.getElementById("view");
const live = document.getElementById("live");
const SIDES = ["yes", "no", "abstain", "absent"];
const POSITIONS = [...SIDES, "unknown"];
const POSITION_TEXT = { yes: "voted yes", no: "voted no", abstain: "abstained", absent: "was absent", unknown: "no recorded position" };
const BODY_NAMES = { GA: "General Assembly", SC: "Security Council", HRC: "Human Rights Council", OTHER: "Other UN body" };
const OUTCOMES = ["adopted", "rejected", "vetoed"];
// the list's filters, each a GET /resolutions parameter, kept in the page's address so a view can be shared
const FILTERS = ["q", "body", "outcome", "from", "to", "country", "vote", "sort"];
// a state whose shape covers less than this (in the map's 960-wide frame) cannot be seen or pointed at
const SMALL_AREA = 20;

let names = new Map(); // iso3 -> { name, member }
let cards = new Map(); // resolution id -> record shown on the list
let next = null; // the list's next-page cursor
let atlas = null; // the map data, loaded once on the first resolution page
let refresh = null; // a pending re-read of a filtered list after a change

function esc(v) {
  return String(v ?? "").replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

async function getJson(url) {
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  if (!r.ok) {
    const problem = await r.json().catch(() => ({}));
    throw new Error(problem.detail || url + " answered " + r.status);
  }
  return r.json();
}

function nameOf(iso) {
  return names.get(iso)?.name ?? iso;
}

function countryLink(iso, cls = "chip") {
  return `<a class="${cls}" href="#/c/${esc(iso)}" data-iso="${esc(iso)}">${esc(nameOf(iso))}</a>`;
}

/** Codes in a sentence ("IRN named by one source") read as names. */
function withNames(text) {
  return esc(text).replace(/\b[A-Z]{3}\b/g, code => (names.has(code) ? `${esc(nameOf(code))} (${code})` : code));
}

function label(position) {
  return position === "unknown" ? "not recorded" : position;
}

function legend(kinds, counts = {}) {
  return `<ul class="legend">${kinds.map(k => `<li><span class="swatch pos-${k}"></span>${label(k)}${counts[k] !== undefined ? ` (${counts[k]})` : ""}</li>`).join("")}</ul>`;
}

function bar(counts) {
  const c = counts || {};
  const total = (c.yes || 0) + (c.no || 0) + (c.abstain || 0);
  if (!total) return '<div class="bar" title="no counts reported"></div>';
  const part = k => `<span class="pos-${k}" style="width:${(100 * (c[k] || 0) / total).toFixed(2)}%"></span>`;
  return `<div class="bar" role="img" aria-label="${c.yes ?? "?"} yes, ${c.no ?? "?"} no, ${c.abstain ?? "?"} abstain">`
    + part("yes") + part("no") + part("abstain") + "</div>";
}

function countsText(c) {
  if (!hasCounts({ counts: c })) return "no counts reported";
  c = c || {};
  const n = v => (v === null || v === undefined ? "–" : v);
  return `${n(c.yes)} yes · ${n(c.no)} no · ${n(c.abstain)} abstain`;
}

function hasCounts(r) {
  const c = r.counts || {};
  return ["yes", "no", "abstain"].some(k => c[k] !== null && c[k] !== undefined);
}

/** A record with no counts, outcome, title or symbol has nothing a reader could recognise: it is not a card. */
function showable(r) {
  return hasCounts(r) || r.outcome || r.title || r.symbol;
}

function when(r) {
  if (r.date) return `<span>${esc(r.date)}</span>`;
  return r.first_reported
    ? `<span title="the articles do not give the vote's date; the first of them was published then">reported ${esc(r.first_reported)}</span>`
    : '<span title="no article gives the date of the vote">vote date not reported</span>';
}

function meta(r) {
  return `<div class="meta">
      <span class="badge" title="${esc(BODY_NAMES[r.body] || r.body)}">${esc(r.body)}</span>
      ${r.kind === "amendment" ? '<span class="badge">amendment</span>' : ""}
      ${r.symbol ? `<span class="symbol">${esc(r.symbol)}</span>` : ""}
      ${when(r)}
      ${r.outcome ? `<span class="badge outcome-${esc(r.outcome)}">${esc(r.outcome)}</span>` : ""}
      <span class="sources">${plural(r.sources, "source")}</span>
      ${r.status === "disputed" ? '<span class="badge conflict" title="sources disagree">⚠ conflict</span>' : ""}
    </div>`;
}

function titleOf(r) {
  return r.title || r.symbol || (BODY_NAMES[r.body] || r.body) + " vote";
}

function card(r, fresh) {
  return `<a class="card${fresh ? " fresh" : ""}" href="#/r/${encodeURIComponent(r.id)}" data-id="${esc(r.id)}">
      ${meta(r)}
      <div class="title">${esc(titleOf(r))}</div>
      ${bar(r.counts)}
      <div class="counts">${countsText(r.counts)}</div>
    </a>`;
}

// ---- the list, its search and filters ----

function filtersFromHash() {
  const i = location.hash.indexOf("?");
  const params = new URLSearchParams(i < 0 ? "" : location.hash.slice(i + 1));
  const f = {};
  for (const k of FILTERS) if (params.get(k)) f[k] = params.get(k);
  if (!f.country) delete f.vote; // the API takes a vote only with its country
  return f;
}

function filtered(f) {
  return Object.keys(f).some(k => k !== "sort");
}

function options(values, chosen, label) {
  return `<option value="">${label}</option>` + values.map(([v, text]) =>
    `<option value="${esc(v)}"${v === chosen ? " selected" : ""}>${esc(text)}</option>`).join("");
}

function filterForm(f) {
  const countries = [...names].sort((a, b) => a[1].name.localeCompare(b[1].name)).map(([iso, c]) => [iso, c.name]);
  return `<form id="filters" class="filters" role="search">
      <label class="wide">Search titles <input type="search" name="q" value="${esc(f.q)}" placeholder="words in the title"></label>
      <label>Body <select name="body">${options(Object.entries(BODY_NAMES), f.body, "any body")}</select></label>
      <label>Outcome <select name="outcome">${options(OUTCOMES.map(o => [o, o]), f.outcome, "any outcome")}</select></label>
      <label>From <input type="date" name="from" value="${esc(f.from)}"></label>
      <label>To <input type="date" name="to" value="${esc(f.to)}"></label>
      <label>Country <select name="country">${options(countries, f.country, "any country")}</select></label>
      <label>Its vote <select name="vote"${f.country ? "" : " disabled"}>${options(SIDES.map(s => [s, s]), f.vote, "any position")}</select></label>
      <label>Order <select name="sort">${options([["date", "newest vote first"]], f.sort, "latest change first")}</select></label>
      <div class="actions"><button type="submit">Search</button> <a href="#/" class="clear">clear</a></div>
    </form>`;
}

function applyForm(form) {
  const params = new URLSearchParams();
  for (const k of FILTERS) {
    const v = form.elements[k].value.trim();
    if (v && !(k === "vote" && !form.elements.country.value)) params.set(k, v);
  }
  const hash = "#/" + (params.toString() ? "?" + params : "");
  if (hash !== location.hash) location.hash = hash; // the hashchange event re-reads the list
}

function listUrl(f, cursor) {
  const params = new URLSearchParams({ limit: "50", sort: f.sort || "updated" });
  for (const k of FILTERS) if (k !== "sort" && f[k]) params.set(k, f[k]);
  if (cursor) params.set("cursor", cursor);
  return "/resolutions?" + params;
}

function renderList(freshId) {
  const f = filtersFromHash();
  const items = [...cards.values()];
  const shown = items.filter(showable);
  const hidden = items.length - shown.length;
  const results = document.getElementById("results");
  if (!results) return; // the reader has moved on to another page
  const left = hidden ? `<span class="muted">· ${plural(hidden, "record")} with nothing to show yet (no counts, outcome, title or symbol) left out</span>` : "";
  results.innerHTML = (shown.length
    ? `<div class="summary">${plural(shown.length, "resolution")}${filtered(f) ? " found" : ""}${next ? " so far" : ""} ${left}
        ${legend(["yes", "no", "abstain"])}</div>
       <div class="cards" id="cards">${shown.map(r => card(r, r.id === freshId)).join("")}</div>`
    : `<p class="empty">${filtered(f) ? "No recorded vote matches these filters." : "No recorded votes yet. Articles pushed to ingest appear here as soon as they are tallied."} ${left}</p>`)
    + (next ? '<p><button type="button" id="more">Show more</button></p>' : "");
  document.getElementById("more")?.addEventListener("click", () => loadPage(f, next).catch(failed));
}

async function loadPage(f, cursor) {
  const page = await getJson(listUrl(f, cursor));
  if (!cursor) cards = new Map();
  page.items.forEach(r => cards.set(r.id, r));
  next = page.next;
  renderList();
}

async function showList() {
  const f = filtersFromHash();
  view.innerHTML = filterForm(f) + '<div id="results" aria-live="polite"></div>';
  const form = document.getElementById("filters");
  form.addEventListener("submit", e => { e.preventDefault(); applyForm(form); });
  form.addEventListener("change", e => {
    if (e.target.name === "country") form.elements.vote.disabled = !form.elements.country.value;
    if (e.target.name !== "q") applyForm(form);
  });
  document.getElementById("results").innerHTML = '<p class="empty">Loading…</p>';
  await loadPage(f);
}

// ---- a resolution and its map ----

function loadAtlas() {
  atlas ??= Promise.all([getJson("/vendor/countries-110m.json"), getJson("/vendor/iso3166-numeric.json")]).then(([topo, numeric]) => {
    const shapes = topojson.feature(topo, topo.objects.countries).features
      .filter(f => f.id !== "010") // Antarctica: no state's vote, a fifth of the frame
      .map(f => ({ iso: numeric[f.id], feature: f }));
    const projection = d3.geoEqualEarth().fitWidth(960, { type: "FeatureCollection", features: shapes.map(s => s.feature) });
    const path = d3.geoPath(projection);
    const [[, top], [, bottom]] = path.bounds({ type: "FeatureCollection", features: shapes.map(s => s.feature) });
    return { height: Math.ceil(bottom + top), shapes: shapes.map(s => ({ ...s, d: path(s.feature), area: path.area(s.feature) })) };
  });
  return atlas;
}

function positionOf(r, iso) {
  return (r.positions || {})[iso] || "unknown";
}

function supportText(r, iso) {
  const support = (r.support || {})["positions." + iso] || [];
  if (!support.length) return "no source names it";
  return support.map(s => `${s.value}: ${plural(s.sources, "source")}`
    + (s.articles?.length ? ` (${s.articles.slice(0, 3).join(", ")}${s.articles.length > 3 ? ", …" : ""})` : "")).join("; ");
}

async function worldMap(r) {
  const { height, shapes } = await loadAtlas();
  const onMap = new Set();
  const paths = shapes.map(s => {
    const state = s.iso && names.has(s.iso);
    if (!state) return `<path class="other" d="${s.d}"><title>not a UN member or observer state</title></path>`;
    if (s.area >= SMALL_AREA) onMap.add(s.iso);
    const pos = positionOf(r, s.iso);
    const focus = pos === "unknown" ? "" : ' tabindex="0"';
    return `<path class="state pos-${pos}" d="${s.d}" data-iso="${s.iso}"${focus} role="img" aria-label="${esc(nameOf(s.iso))}: ${POSITION_TEXT[pos]}"></path>`;
  }).join("");
  const small = [...names.keys()].filter(iso => !onMap.has(iso)).sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
  const counts = Object.fromEntries(POSITIONS.map(p => [p, 0]));
  names.forEach((c, iso) => counts[positionOf(r, iso)]++);
  return `<section id="map-section"><h2>The vote on the map</h2>
      ${legend(POSITIONS, counts)}
      <p class="muted caption">Each state as the sources name it (how many states that is, in brackets); the counts above the map
        say how many voted each way in all.</p>
      <div class="map-wrap">
        <div class="map"><svg id="map" viewBox="0 0 960 ${height}" aria-label="World map coloured by each state's position">${paths}</svg></div>
        <div class="small-states"><h3>Small states</h3><p class="muted">too small to see at world scale</p>
          <ul id="small-states">${small.map(iso => `<li><span class="swatch pos-${positionOf(r, iso)}"></span>${countryLink(iso, "state-link")} <span class="muted">${label(positionOf(r, iso))}</span></li>`).join("")}</ul>
        </div>
      </div>
      <div id="map-tip" class="tip" role="tooltip" hidden></div>
    </section>`;
}

function wireMap(r) {
  const tip = document.getElementById("map-tip");
  const section = document.getElementById("map-section");
  if (!tip) return;
  const show = (el, x, y) => {
    const iso = el.dataset.iso;
    const pos = positionOf(r, iso);
    tip.innerHTML = `<strong>${esc(nameOf(iso))}</strong> ${POSITION_TEXT[pos]}<br><span class="muted">${esc(supportText(r, iso))}</span>`;
    tip.hidden = false;
    const box = section.getBoundingClientRect();
    tip.style.left = Math.min(x - box.left + 12, box.width - tip.offsetWidth - 8) + "px";
    tip.style.top = (y - box.top + 12) + "px";
  };
  const target = e => e.target.closest?.("[data-iso]");
  let tapped = null;
  section.addEventListener("pointermove", e => { const el = target(e); if (el) show(el, e.clientX, e.clientY); else tip.hidden = true; });
  section.addEventListener("pointerleave", () => { tip.hidden = true; });
  section.addEventListener("focusin", e => {
    const el = target(e);
    if (!el) return;
    const b = el.getBoundingClientRect();
    show(el, b.left + b.width / 2, b.top + b.height / 2);
  });
  section.addEventListener("focusout", () => { tip.hidden = true; });
  section.addEventListener("keydown", e => {
    const el = target(e);
    if (e.key === "Escape") tip.hidden = true;
    if (e.key === "Enter" && el && el.tagName === "path") location.hash = "#/c/" + el.dataset.iso;
  });
  section.addEventListener("click", e => {
    const el = target(e);
    if (!el || el.tagName !== "path") return;
    // a finger has no hover: its first tap on a state shows the tooltip, the second opens the state's page
    if (e.pointerType === "touch" && tapped !== el.dataset.iso) {
      tapped = el.dataset.iso;
      show(el, e.clientX, e.clientY);
      return;
    }
    location.hash = "#/c/" + el.dataset.iso;
  });
}

function groups(r) {
  const positions = Object.entries(r.positions || {});
  return SIDES.map(side => {
    const iso = positions.filter(([, v]) => v === side).map(([k]) => k).sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
    const count = side === "absent" ? undefined : (r.counts || {})[side];
    // a count of voters on a side without their names means the sources did not name them, not that there were none
    const none = count > 0 ? "not named" : count === 0 ? "none" : "none named";
    const heading = count > 0 && iso.length < count ? `${side} (${iso.length} of ${count} named)` : `${side} (${iso.length})`;
    return `<div class="group ${side}"><h3><span class="swatch pos-${side}"></span>${heading}</h3>${iso.map(k => countryLink(k)).join("") || `<span class="empty">${none}</span>`}</div>`;
  }).join("");
}

async function showResolution(id) {
  const [r, sources] = await Promise.all([getJson("/resolutions/" + encodeURIComponent(id)),
    getJson("/resolutions/" + encodeURIComponent(id) + "/sources")]);
  const positions = Object.entries(r.positions || {});
  const rows = positions.sort(([a], [b]) => nameOf(a).localeCompare(nameOf(b))).map(([iso, v]) => {
    const s = (r.support || {})["positions." + iso] || [];
    return `<tr><td>${countryLink(iso, "")} <span class="muted">${esc(iso)}</span></td><td><span class="swatch pos-${esc(v)}"></span>${esc(v)}</td><td>${s.map(x => `${esc(x.value)}: ${x.sources}`).join(", ")}</td></tr>`;
  }).join("");
  const field = f => (f.startsWith("positions.") ? `${esc(nameOf(f.slice(10)))}'s position` : esc(f));
  const conflicts = (r.conflicts || []).map(c => `<li><strong>${field(c.field)}</strong> (${esc(c.kind || "")}): ${withNames(c.reason)}
      ${(c.values || []).length ? "— " + c.values.map(v => `${withNames(v.value)} (${plural(v.sources, "source")})`).join(", ") : ""}</li>`).join("");
  // an outlet's weight is how much the tally trusts it (1 neutral): it weighs its claims against others'
  const claims = (sources.claims || []).map(c => `<div class="claim"><div class="meta">article <code>${esc(c.article_id)}</code>${c.outlet ? ` · ${esc(c.outlet)}, weight ${esc(c.weight)}` : ""}</div>
      ${(c.event.evidence || []).map(e => `<blockquote>${esc(e.text)}</blockquote>`).join("")}</div>`).join("");
  const map = await worldMap(r).catch(e => `<section id="map-section"><h2>The vote on the map</h2><p class="empty">The map could not be drawn: ${esc(e.message)}</p></section>`);
  view.innerHTML = `<p><a href="#/">← all resolutions</a></p>
    <section id="resolution" data-id="${esc(r.id)}">
      ${meta(r)}
      <h1>${esc(titleOf(r))}</h1>
      ${bar(r.counts)}
      <div class="counts">${countsText(r.counts)} · ${esc(r.status)}</div>
      ${legend(["yes", "no", "abstain"])}
    </section>
    ${map}
    <section><h2>How countries voted</h2><div class="groups">${groups(r)}</div></section>
    <section><h2>Positions and their support</h2>${rows ? `<div class="scroll"><table><thead><tr><th>country</th><th>vote</th><th>sources per value</th></tr></thead><tbody>${rows}</tbody></table></div>` : '<p class="empty">No country named.</p>'}</section>
    <section id="conflicts"><h2>Conflicts</h2>${conflicts ? `<ul>${conflicts}</ul>` : '<p class="empty">Sources agree.</p>'}</section>
    <section id="sources"><h2>Sources and evidence</h2>${claims || '<p class="empty">No claims.</p>'}</section>`;
  wireMap(r);
}

// ---- a country ----

function timeline(votes) {
  const dated = votes.filter(v => v.date);
  if (!dated.length) return "";
  const day = d => Date.parse(d) / 864e5;
  const first = Math.min(...dated.map(v => day(v.date)));
  const last = Math.max(...dated.map(v => day(v.date)));
  const x = d => 110 + (last === first ? 420 : (day(d) - first) / (last - first) * 830);
  const lanes = SIDES.map((side, i) => `<text x="0" y="${28 + i * 26}" class="lane">${side}</text>
      <line x1="105" x2="955" y1="${24 + i * 26}" y2="${24 + i * 26}" class="lane-line"></line>`).join("");
  const dots = dated.map(v => `<circle cx="${x(v.date).toFixed(1)}" cy="${24 + SIDES.indexOf(v.vote) * 26}" r="7" class="pos-${esc(v.vote)}">
      <title>${esc(v.date)}: ${esc(v.vote)} on ${esc(v.title || v.body + " vote")}</title></circle>`).join("");
  const years = [];
  for (let y = new Date(first * 864e5).getUTCFullYear(); y <= new Date(last * 864e5).getUTCFullYear(); y++) years.push(y);
  const ticks = (years.length > 1 ? years : [])
    .filter(y => day(y + "-01-01") >= first).map(y => `<text x="${x(y + "-01-01").toFixed(1)}" y="124" class="tick">${y}</text>`).join("");
  const ends = `<text x="110" y="124" class="tick">${esc(dated[dated.length - 1].date)}</text>`
    + (last > first ? `<text x="940" y="124" class="tick end">${esc(dated[0].date)}</text>` : "");
  return `<svg class="timeline" viewBox="0 0 960 130" role="img" aria-label="positions by vote date">${lanes}${dots}${ticks}${ends}</svg>`;
}

async function showCountry(iso) {
  const [record, agreement] = await Promise.all([getJson(`/countries/${encodeURIComponent(iso)}/votes`),
    getJson(`/countries/${encodeURIComponent(iso)}/agreement`)]);
  const votes = record.votes;
  const counts = Object.fromEntries(SIDES.map(s => [s, votes.filter(v => v.vote === s).length]));
  const rows = votes.map(v => `<tr><td>${esc(v.date || "–")}</td><td><span class="badge">${esc(v.body)}</span></td>
      <td><a href="#/r/${encodeURIComponent(v.resolution_id)}">${esc(v.title || (BODY_NAMES[v.body] || v.body) + " vote")}</a></td>
      <td class="vote"><span class="swatch pos-${esc(v.vote)}"></span>${esc(v.vote)}</td></tr>`).join("");
  const others = agreement.agreement.map(a => `<tr data-iso="${esc(a.iso3)}"><td>${countryLink(a.iso3, "")}</td>
      <td class="share"><span class="share-bar"><span style="width:${(a.share * 100).toFixed(1)}%"></span></span> ${Math.round(a.share * 100)}%</td>
      <td class="muted">${a.agreed} of ${plural(a.together, "vote")}</td></tr>`).join("");
  const c = names.get(record.country);
  view.innerHTML = `<p><a href="#/">← all resolutions</a></p>
    <section id="country" data-iso="${esc(record.country)}">
      <h1>${esc(record.name)} <span class="muted">${esc(record.country)}</span></h1>
      <div class="meta">${c ? (c.member ? "UN member state" : "UN observer state") : ""}
        <a href="#/?country=${esc(record.country)}">its votes in the list</a></div>
      ${legend(SIDES, counts)}
    </section>
    <section id="positions"><h2>Recorded positions over time</h2>
      ${votes.length ? timeline(votes) + `<div class="scroll"><table><thead><tr><th>date</th><th>body</th><th>resolution</th><th>vote</th></tr></thead><tbody>${rows}</tbody></table></div>`
        : '<p class="empty">No recorded vote names this state yet.</p>'}
    </section>
    <section id="agreement"><h2>Voting with others</h2>
      <p class="muted">The share of recorded votes in which both states voted yes, no or abstain and cast the same vote
        (a state absent from a vote, or not named, is left out of it). Closest first.</p>
      ${others ? `<div class="scroll"><table><thead><tr><th>state</th><th>agreement</th><th>both cast</th></tr></thead><tbody>${others}</tbody></table></div>`
        : '<p class="empty">No vote yet where this state and another are both recorded.</p>'}
    </section>`;
}

// ---- routing and live updates ----

function failed(e) {
  view.innerHTML = `<p class="empty">Could not load: ${esc(e.message)}</p>`;
}

function route() {
  clearTimeout(refresh);
  const r = location.hash.match(/^#\/r\/(.+)$/);
  const c = location.hash.match(/^#\/c\/([A-Za-z]{3})$/);
  const shown = r ? showResolution(decodeURIComponent(r[1])) : c ? showCountry(c[1].toUpperCase()) : showList();
  shown.then(() => window.scrollTo(0, 0)).catch(failed);
}

async function changed(id) {
  const r = location.hash.match(/^#\/r\/(.+)$/);
  if (r) {
    if (decodeURIComponent(r[1]) === id) await showResolution(id);
    return;
  }
  const c = location.hash.match(/^#\/c\/([A-Za-z]{3})$/);
  const f = filtersFromHash();
  if (c || filtered(f)) {
    // whether the change belongs on this view only the server knows: read it again, once for a burst of changes
    clearTimeout(refresh);
    refresh = setTimeout(() => (c ? showCountry(c[1].toUpperCase()) : loadPage(f)).catch(failed), 500);
    return;
  }
  if (!document.getElementById("results")) return;
  const fresh = await getJson("/resolutions/" + encodeURIComponent(id)).catch(() => null);
  cards.delete(id);
  if (fresh) cards = new Map([[fresh.id, fresh], ...cards]);
  renderList(fresh && fresh.id);
}

function listen() {
  const stream = new EventSource("/changes/stream");
  stream.onopen = () => { live.textContent = "live"; live.classList.add("on"); };
  stream.onerror = () => { live.textContent = "reconnecting…"; live.classList.remove("on"); };
  stream.addEventListener("change", e => changed(JSON.parse(e.data).id).catch(() => {}));
}

window.addEventListener("hashchange", route);
getJson("/countries")
  .then(all => { names = new Map(all.countries.map(c => [c.iso3, { name: c.name, member: c.member }])); })
  .catch(() => {}) // without names the page shows codes, as before
  .finally(() => { route(); listen(); });
