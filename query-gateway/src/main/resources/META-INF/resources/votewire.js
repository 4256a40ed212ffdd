// Votewire live page: the latest resolutions as cards, a resolution's positions, sources and conflicts.
// Plain browser JavaScript on the gateway's own REST API; updates arrive over /changes/stream (server-sent events).
"use strict";

const view = document.getElementById("view");
const live = document.getElementById("live");
const SIDES = ["yes", "no", "abstain", "absent"];
const BODY_NAMES = { GA: "General Assembly", SC: "Security Council", HRC: "Human Rights Council", OTHER: "Other UN body" };
let cards = new Map(); // resolution id -> record shown on the list

function esc(v) {
  return String(v ?? "").replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

async function getJson(url) {
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  if (!r.ok) throw new Error(url + " answered " + r.status);
  return r.json();
}

function bar(counts) {
  const c = counts || {};
  const total = (c.yes || 0) + (c.no || 0) + (c.abstain || 0);
  if (!total) return '<div class="bar" title="no counts reported"></div>';
  const part = k => `<span class="${k}" style="width:${(100 * (c[k] || 0) / total).toFixed(2)}%"></span>`;
  return `<div class="bar" role="img" aria-label="${c.yes ?? "?"} yes, ${c.no ?? "?"} no, ${c.abstain ?? "?"} abstain">`
    + part("yes") + part("no") + part("abstain") + "</div>";
}

function countsText(c) {
  c = c || {};
  const n = v => (v === null || v === undefined ? "–" : v);
  return `${n(c.yes)} yes · ${n(c.no)} no · ${n(c.abstain)} abstain`;
}

function disputed(r) {
  return r.status === "disputed";
}

function meta(r) {
  return `<div class="meta">
      <span class="badge">${esc(r.body)}</span>
      ${r.kind === "amendment" ? '<span class="badge">amendment</span>' : ""}
      <span>${esc(r.date || "date unknown")}</span>
      ${r.outcome ? `<span class="badge outcome-${esc(r.outcome)}">${esc(r.outcome)}</span>` : ""}
      <span class="sources">${r.sources} source${r.sources === 1 ? "" : "s"}</span>
      ${disputed(r) ? '<span class="badge conflict" title="sources disagree">⚠ conflict</span>' : ""}
    </div>`;
}

function card(r, fresh) {
  return `<a class="card${fresh ? " fresh" : ""}" href="#/r/${encodeURIComponent(r.id)}" data-id="${esc(r.id)}">
      ${meta(r)}
      <div class="title">${esc(r.title || r.symbol || BODY_NAMES[r.body] + " vote")}</div>
      ${bar(r.counts)}
      <div class="counts">${countsText(r.counts)}</div>
    </a>`;
}

function renderList(freshId) {
  const items = [...cards.values()];
  view.innerHTML = items.length
    ? `<div class="cards" id="cards">${items.map(r => card(r, r.id === freshId)).join("")}</div>`
    : '<p class="empty">No recorded votes yet. Articles pushed to ingest appear here as soon as they are tallied.</p>';
}

async function showList() {
  const page = await getJson("/resolutions?limit=50&sort=updated");
  cards = new Map(page.items.map(r => [r.id, r]));
  renderList();
}

async function showResolution(id) {
  const [r, sources] = await Promise.all([getJson("/resolutions/" + encodeURIComponent(id)),
    getJson("/resolutions/" + encodeURIComponent(id) + "/sources")]);
  const positions = Object.entries(r.positions || {});
  const groups = SIDES.map(side => {
    const iso = positions.filter(([, v]) => v === side).map(([k]) => k).sort();
    return `<div class="group ${side}"><h3>${side} (${iso.length})</h3>${iso.map(k => `<span class="chip">${esc(k)}</span>`).join("") || '<span class="empty">none named</span>'}</div>`;
  }).join("");
  const rows = positions.sort(([a], [b]) => a.localeCompare(b)).map(([iso, v]) => {
    const s = (r.support || {})["positions." + iso] || [];
    return `<tr><td>${esc(iso)}</td><td>${esc(v)}</td><td>${s.map(x => `${esc(x.value)}: ${x.sources}`).join(", ")}</td></tr>`;
  }).join("");
  const conflicts = (r.conflicts || []).map(c => `<li><strong>${esc(c.field)}</strong> (${esc(c.kind || "")}): ${esc(c.reason)}
      ${(c.values || []).length ? "— " + c.values.map(v => `${esc(v.value)} (${v.sources} source${v.sources === 1 ? "" : "s"})`).join(", ") : ""}</li>`).join("");
  const claims = (sources.claims || []).map(c => `<div class="claim"><div class="meta">article <code>${esc(c.article_id)}</code></div>
      ${(c.event.evidence || []).map(e => `<blockquote>${esc(e.text)}</blockquote>`).join("")}</div>`).join("");
  view.innerHTML = `<p><a href="#/">← all resolutions</a></p>
    <section id="resolution" data-id="${esc(r.id)}">
      ${meta(r)}
      <h1>${esc(r.title || BODY_NAMES[r.body] + " vote")}</h1>
      ${r.symbol ? `<div class="meta">${esc(r.symbol)}</div>` : ""}
      ${bar(r.counts)}
      <div class="counts">${countsText(r.counts)} · ${esc(r.status)}</div>
    </section>
    <section><h2>How countries voted</h2><div class="groups">${groups}</div></section>
    <section><h2>Positions and their support</h2>${rows ? `<table><thead><tr><th>country</th><th>vote</th><th>sources per value</th></tr></thead><tbody>${rows}</tbody></table>` : '<p class="empty">No country named.</p>'}</section>
    <section id="conflicts"><h2>Conflicts</h2>${conflicts ? `<ul>${conflicts}</ul>` : '<p class="empty">Sources agree.</p>'}</section>
    <section id="sources"><h2>Sources and evidence</h2>${claims || '<p class="empty">No claims.</p>'}</section>`;
}

function route() {
  const m = location.hash.match(/^#\/r\/(.+)$/);
  const shown = m ? showResolution(decodeURIComponent(m[1])) : showList();
  shown.catch(e => { view.innerHTML = `<p class="empty">Could not load: ${esc(e.message)}</p>`; });
}

async function changed(id) {
  const m = location.hash.match(/^#\/r\/(.+)$/);
  if (m) {
    if (decodeURIComponent(m[1]) === id) await showResolution(id);
    return;
  }
  const r = await getJson("/resolutions/" + encodeURIComponent(id)).catch(() => null);
  cards.delete(id);
  if (r) cards = new Map([[r.id, r], ...cards]);
  renderList(r && r.id);
}

function listen() {
  const stream = new EventSource("/changes/stream");
  stream.onopen = () => { live.textContent = "live"; live.classList.add("on"); };
  stream.onerror = () => { live.textContent = "reconnecting…"; live.classList.remove("on"); };
  stream.addEventListener("change", e => changed(JSON.parse(e.data).id));
}

window.addEventListener("hashchange", route);
route();
listen();
