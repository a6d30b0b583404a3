/* Mekong workbench: the analysts' page. Vanilla JS, no build step, no third-party code.
 *
 * Views (hash routes): #/login, #/triage, #/doc/<id>, #/submit, #/models.
 * The API key lives in sessionStorage and goes out as `Authorization: Bearer <key>`.
 * Offsets from the API count Unicode code points (Python str indexes); JS strings count UTF-16
 * units, so the text is handled as an array of code points (Array.from) everywhere below.
 * Document data is only ever inserted with textContent, never as HTML.
 */
"use strict";

const KEY_STORE = "mekong.apiKey";
const ENTITY_LABELS = ["PERSON", "LOCATION", "ORG", "PHONE", "EMAIL", "URL", "HANDLE",
  "BANK_ACCOUNT", "CRYPTO_WALLET", "ID_NUMBER", "MONEY"];
const FAMILIES = ["trafficking", "scam", "smuggling"];
const ROLES = ["submitter", "analyst", "admin"];
const TEXT_LANGS = new Set(["th", "zh", "en"]);

const state = { me: null, taxonomy: null, doc: null, pollTimer: null };

/* ---------- small helpers ---------- */

const $ = (sel, root = document) => root.querySelector(sel);
const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else if (k === "style") node.style.cssText = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function langAttr(lang) { return TEXT_LANGS.has(lang) ? lang : null; }

function roleAtLeast(role, min) { return ROLES.indexOf(role) >= ROLES.indexOf(min); }

function parseTime(s) {
  // The store may return naive UTC timestamps; read those as UTC, not local time.
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : s + "Z");
}

function age(s) {
  const secs = Math.max(0, (Date.now() - parseTime(s).getTime()) / 1000);
  if (secs < 60) return "just now";
  if (secs < 3600) return `${Math.floor(secs / 60)} min`;
  if (secs < 86400) return `${Math.floor(secs / 3600)} h`;
  return `${Math.floor(secs / 86400)} d`;
}

function fmtScore(x) { return x === null || x === undefined ? "–" : Number(x).toFixed(2); }

function labelColour(label) {
  const i = ENTITY_LABELS.indexOf(label);
  return `var(--ent-${i >= 0 ? i : "x"})`;
}

function priorityBadge(p) {
  return el("span", { class: `badge prio-${p || "none"}` }, p || "n/a");
}

let flashTimer = null;
function flash(message, kind = "ok") {
  const box = $("#flash");
  box.textContent = message;
  box.className = `flash ${kind}`;
  box.hidden = false;
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => { box.hidden = true; }, kind === "error" ? 8000 : 3000);
}

/* ---------- API ---------- */

class ApiFailure extends Error {
  constructor(status, code, message) { super(message); this.status = status; this.code = code; }
}

async function api(method, path, body) {
  const headers = { Accept: "application/json" };
  const key = sessionStorage.getItem(KEY_STORE);
  if (key) headers.Authorization = `Bearer ${key}`;
  const init = { method, headers };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) { headers["Content-Type"] = "application/json"; init.body = JSON.stringify(body); }
  const res = await fetch(path, init);
  let data = null;
  try { data = await res.json(); } catch (_) { /* empty or non-JSON body */ }
  if (!res.ok) {
    const err = (data && data.error) || {};
    if (res.status === 401 && path !== "/v1/keys/me") { logout("Your key was refused; log in again."); }
    throw new ApiFailure(res.status, err.code || "http_" + res.status, err.message || res.statusText);
  }
  return data;
}

function showError(e) { flash(e instanceof ApiFailure ? `${e.message} (${e.status})` : String(e), "error"); }

/* ---------- session ---------- */

async function login(key) {
  sessionStorage.setItem(KEY_STORE, key.trim());
  try {
    state.me = await api("GET", "/v1/keys/me");
  } catch (e) {
    sessionStorage.removeItem(KEY_STORE);
    state.me = null;
    throw e;
  }
  renderWho();
}

function logout(message) {
  sessionStorage.removeItem(KEY_STORE);
  state.me = null;
  renderWho();
  if (message) flash(message, "error");
  location.hash = "#/login";
}

function renderWho() {
  const me = state.me;
  $("#who").hidden = $("#nav").hidden = !me;
  document.body.dataset.role = me ? me.role : "";
  if (!me) return;
  $("#who-name").textContent = me.name;
  $("#who-role").textContent = me.role;
  for (const a of $$("#nav a")) a.hidden = !!a.dataset.minRole && !roleAtLeast(me.role, a.dataset.minRole);
}

function homeRoute() { return state.me && roleAtLeast(state.me.role, "analyst") ? "#/triage" : "#/submit"; }

/* ---------- router ---------- */

function mount(templateId) {
  const view = $("#view");
  view.replaceChildren($(templateId).content.cloneNode(true));
  return view;
}

async function route() {
  clearTimeout(state.pollTimer);
  hidePopover();
  const hash = location.hash || "";
  if (!state.me && sessionStorage.getItem(KEY_STORE)) {
    try { await login(sessionStorage.getItem(KEY_STORE)); } catch (_) { /* falls through to the login view */ }
  }
  if (!state.me) return showLogin();
  const [, name, arg] = hash.match(/^#\/([a-z]+)\/?(.*)$/) || [];
  for (const a of $$("#nav a")) a.classList.toggle("active", a.dataset.nav === name);
  switch (name) {
    case "triage": return showTriage();
    case "doc": return showDocument(decodeURIComponent(arg));
    case "submit": return showSubmit();
    case "models": return showModels();
    default: location.hash = homeRoute();
  }
}

/* ---------- login ---------- */

function showLogin() {
  if (location.hash !== "#/login") history.replaceState(null, "", "#/login");
  mount("#tpl-login");
  $("#login-key").focus();
  $("#login-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try {
      await login($("#login-key").value);
      flash(`Logged in as ${state.me.name} (${state.me.role})`);
      location.hash = homeRoute();
    } catch (e) { showError(e); }
  });
}

/* ---------- triage ---------- */

async function showTriage() {
  mount("#tpl-triage");
  const mine = $("#triage-mine"), unclaimed = $("#triage-unclaimed");
  const load = async () => {
    const q = new URLSearchParams({ limit: "100" });
    if (mine.checked) q.set("mine", "true");
    if (unclaimed.checked) q.set("unclaimed", "true");
    let data;
    try { data = await api("GET", `/v1/triage?${q}`); } catch (e) { return showError(e); }
    $("#triage-count").textContent = `(${data.count})`;
    $("#triage-empty").hidden = data.data.length > 0;
    $("#triage-rows").replaceChildren(...data.data.map(triageRow));
  };
  mine.addEventListener("change", load);
  unclaimed.addEventListener("change", load);
  $("#triage-refresh").addEventListener("click", load);
  await load();
}

function triageRow(d) {
  const open = () => { location.hash = `#/doc/${encodeURIComponent(d.id)}`; };
  const claimed = d.review_status === "claimed" && state.me && d.claimed_by === state.me.id ? "claimed (you)"
    : d.review_status;
  return el("tr", { class: "clickable", tabindex: "0", dataset: { id: d.id }, onclick: open,
                    onkeydown: (ev) => { if (ev.key === "Enter") open(); } },
    el("td", {}, priorityBadge(d.priority)),
    el("td", { class: "num" }, d.status === "analysed" ? fmtScore(d.risk_score) : d.status),
    el("td", {}, d.language || "–"),
    el("td", {}, d.families.map((f) => el("span", { class: `fam fam-${f}` }, f))),
    el("td", {}, claimed),
    el("td", { title: parseTime(d.received_at).toLocaleString() }, age(d.received_at)),
    el("td", { class: "snippet", lang: langAttr(d.language) }, d.snippet));
}

/* ---------- submit ---------- */

function showSubmit() {
  mount("#tpl-submit");
  $("#submit-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const text = $("#submit-text").value, file = $("#submit-file").files[0];
    const source = $("#submit-source").value.trim(), lang = $("#submit-lang").value;
    let body;
    if (file) {
      body = new FormData();
      body.append("file", file);
      if (source) body.append("source", source);
      if (lang) body.append("lang", lang);
    } else if (text.trim()) {
      body = { text };
      if (source) body.source = source;
      if (lang) body.lang = lang;
    } else {
      return flash("Type a text or choose a file.", "error");
    }
    $("#submit-go").disabled = true;
    try {
      const doc = await api("POST", "/v1/documents", body);
      flash(doc.duplicate ? "Already stored: showing the existing report." : "Report stored.");
      location.hash = `#/doc/${encodeURIComponent(doc.id)}`;
    } catch (e) {
      showError(e);
      $("#submit-go").disabled = false;
    }
  });
}

/* ---------- models ---------- */

async function showModels() {
  mount("#tpl-models");
  let data;
  try { data = await api("GET", "/v1/models"); } catch (e) { return showError(e); }
  $("#model-active").textContent = `${data.active.name} ${data.active.version}`;
  const info = data.data[0] || {};
  const rows = [["path", info.path], ["components", (info.components || []).join(", ")],
                ["load time", info.load_seconds !== undefined ? `${info.load_seconds} s` : null]];
  $("#model-info").replaceChildren(...rows.filter(([, v]) => v)
    .map(([k, v]) => el("tr", {}, el("th", {}, k), el("td", {}, v))));
}

/* ---------- document view ---------- */

async function loadTaxonomy() {
  if (!state.taxonomy) {
    try { state.taxonomy = (await api("GET", "/v1/labels")).indicators; } catch (_) { state.taxonomy = { families: [] }; }
  }
  return state.taxonomy;
}

function familyName(fam, sub) {
  const f = (state.taxonomy.families || []).find((x) => x.label === fam);
  if (!f) return sub || fam;
  if (!sub) return (f.name && f.name.en) || fam;
  const s = (f.subtypes || []).find((x) => x.label === sub);
  return (s && s.name && s.name.en) || sub;
}

async function showDocument(id) {
  mount("#tpl-doc");
  await loadTaxonomy();
  await refreshDocument(id);
}

async function refreshDocument(id) {
  let doc;
  try { doc = await api("GET", `/v1/documents/${encodeURIComponent(id)}`); } catch (e) { return showError(e); }
  if (!$("#doc-text")) return; // navigated away meanwhile
  state.doc = doc;
  renderDocument(doc);
  if (doc.status === "queued") state.pollTimer = setTimeout(() => refreshDocument(id), 2000);
}

function renderDocument(doc) {
  const analyst = roleAtLeast(state.me.role, "analyst");
  const a = doc.analysis;
  $("#doc-id").textContent = doc.id;
  const claimedBy = doc.claimed_by === null ? "" : doc.claimed_by === state.me.id ? " by you" : ` by key #${doc.claimed_by}`;
  $("#doc-meta").replaceChildren(
    priorityBadge(doc.priority), " risk ", el("strong", {}, fmtScore(doc.risk_score)),
    ` · ${doc.language || "?"} · ${doc.status} · ${doc.review_status}${claimedBy}`,
    ` · received ${parseTime(doc.received_at).toLocaleString()} (${age(doc.received_at)} ago)`,
    doc.source ? ` · source: ${doc.source}` : "", doc.filename ? ` · file: ${doc.filename}` : "",
    doc.error ? el("span", { class: "error" }, ` · error: ${doc.error}`) : "");
  renderActions(doc, analyst);

  // Entities: the corrected view (model output + analysts' corrections) when we have it.
  const modelEnts = a ? a.entities : [];
  const ents = (doc.corrected ? doc.corrected.entities : modelEnts).map((e) => {
    const m = modelEnts.find((x) => x.start === e.start && x.end === e.end);
    return { ...e, score: m && m.label === e.label ? m.score : null, source: m && m.label === e.label ? m.source : "analyst" };
  });
  const evidence = a ? a.indicators.flatMap((ind) => ind.evidence.map((ev) => ({ ...ev, family: ind.label }))) : [];
  renderLegend(ents);
  renderText(doc.text, ents, evidence, langAttr(doc.language));
  $("#doc-entities").replaceChildren(...ents.map((e) => el("tr", {},
    el("td", { lang: langAttr(doc.language) },
      el("mark", { class: "ent", style: `--c:${labelColour(e.label)}`, dataset: { start: e.start, end: e.end, label: e.label } }, e.text)),
    el("td", {}, e.label), el("td", { class: "num" }, fmtScore(e.score)), el("td", {}, e.source || ""))));

  renderIndicators(doc, analyst);
  $("#doc-reasons").textContent = a && a.risk.reasons.length ? `Risk: ${a.risk.reasons.join("; ")}` : "";

  $("#doc-related").replaceChildren(...(doc.related.length ? doc.related.map((r) => el("li", {},
    el("a", { href: `#/doc/${encodeURIComponent(r.id)}` }, priorityBadge(r.priority), ` ${r.id}`),
    el("div", { class: "small muted" }, r.shared.map((s) => `${s.label} ${s.key}`).join(", ")),
    el("div", { class: "snippet small" }, r.snippet))) : [el("li", { class: "muted" }, analyst ? "none" : "analysts only")]));

  $("#doc-annotations").replaceChildren(...doc.annotations.map((n) => el("li", {},
    `${n.kind} `, el("code", {}, annotationText(n.payload)), el("span", { class: "muted" }, ` · key #${n.author_key_id} · ${age(n.created_at)} ago`))));
  if (!doc.annotations.length) $("#doc-annotations").replaceChildren(el("li", { class: "muted none" }, "none yet"));

  $("#doc-model").replaceChildren(a ? el("span", {}, "Produced by ", el("strong", { id: "doc-model-version" }, `${a.model.name} ${a.model.version}`))
    : doc.status === "queued" ? "Analysis queued…" : "No analysis.");
  $("#doc-analyses").replaceChildren(...doc.analyses.map((x) => el("li", {},
    `${x.model_name} ${x.model_version} · ${x.priority || "–"} ${fmtScore(x.risk_score)} · ${parseTime(x.created_at).toLocaleString()}`)));
}

function annotationText(p) {
  if (p.family) return p.family;
  if (p.subtype) return p.subtype;
  return `${p.label ? p.label + " " : ""}[${p.start}, ${p.end}) ${p.text || ""}`;
}

function renderActions(doc, analyst) {
  const box = $("#doc-actions");
  box.hidden = !analyst;
  const mineClaim = doc.review_status === "claimed" && doc.claimed_by === state.me.id;
  const allowed = {
    claim: doc.review_status === "unreviewed", release: doc.review_status === "claimed",
    review: mineClaim, close: mineClaim || doc.review_status === "reviewed",
  };
  for (const b of $$("button", box)) {
    b.disabled = !allowed[b.dataset.act];
    b.onclick = async () => {
      try {
        await api("POST", `/v1/triage/${encodeURIComponent(doc.id)}/${b.dataset.act}`);
        flash(`Done: ${b.dataset.act}`);
      } catch (e) { showError(e); }
      refreshDocument(doc.id);
    };
  }
}

function renderLegend(ents) {
  const used = new Set(ents.map((e) => e.label));
  $("#doc-legend").replaceChildren(...ENTITY_LABELS.map((l) => el("span",
    { class: `legend-item${used.has(l) ? "" : " unused"}`, style: `--c:${labelColour(l)}` }, l)),
    el("span", { class: "legend-item ev" }, "evidence"));
}

/* The text as segments cut at every entity/evidence boundary; each carries its code-point offset. */
function renderText(text, ents, evidence, lang) {
  const cps = Array.from(text);
  const n = cps.length;
  const cuts = new Set([0, n]);
  for (const s of [...ents, ...evidence]) { cuts.add(Math.max(0, Math.min(n, s.start))); cuts.add(Math.max(0, Math.min(n, s.end))); }
  const points = [...cuts].sort((x, y) => x - y);
  const box = $("#doc-text");
  box.lang = lang || "";
  const parts = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const seg = cps.slice(a, b).join("");
    const ent = ents.find((e) => e.start <= a && e.end >= b);
    const evs = evidence.filter((e) => e.start <= a && e.end >= b);
    const classes = [ent ? "ent" : "", evs.length ? "ev" : ""].filter(Boolean).join(" ");
    const title = [ent ? `${ent.label}${ent.score !== null ? " " + fmtScore(ent.score) : ""}` : "",
                   ...evs.map((e) => `evidence: ${e.label || e.family}`)].filter(Boolean).join("\n");
    parts.push(el(ent ? "mark" : "span", {
      class: classes || null, title: title || null, style: ent ? `--c:${labelColour(ent.label)}` : null,
      dataset: { off: a, ...(ent ? { start: ent.start, end: ent.end, label: ent.label } : {}),
                 ...(evs.length ? { evidence: evs.map((e) => e.label || e.family).join(" ") } : {}) },
    }, seg));
  }
  box.replaceChildren(...parts);
}

function renderIndicators(doc, analyst) {
  const a = doc.analysis;
  const box = $("#doc-indicators");
  if (!a) return box.replaceChildren(el("p", { class: "muted" }, "No analysis yet."));
  const fams = new Set(doc.corrected ? doc.corrected.families : a.indicators.filter((i) => i.flagged).map((i) => i.label));
  const subs = new Set(doc.corrected ? doc.corrected.subtypes
    : a.indicators.flatMap((i) => i.subtypes.filter((s) => s.flagged).map((s) => `${i.label}.${s.label}`)));
  const shown = (ind, s) => s.flagged || s.score >= 0.2 || subs.has(`${ind.label}.${s.label}`);
  const subtypeItem = (ind, s) => {
    const key = `${ind.label}.${s.label}`;
    const cb = el("input", { type: "checkbox", checked: subs.has(key), disabled: !analyst, dataset: { subtype: key } });
    cb.addEventListener("change", () => correct(cb.checked ? "subtype_set" : "subtype_clear", { subtype: key }));
    return el("li", { class: subs.has(key) ? "flagged" : "" },
      el("label", {}, cb, ` ${familyName(ind.label, s.label)} `, el("span", { class: "score" }, fmtScore(s.score)),
        subs.has(key) !== s.flagged ? el("span", { class: "corrected-tag" }, "corrected") : ""));
  };
  box.replaceChildren(...a.indicators.map((ind) => {
    const famBox = el("input", { type: "checkbox", checked: fams.has(ind.label), disabled: !analyst,
                                 dataset: { family: ind.label } });
    famBox.addEventListener("change", () => correct(famBox.checked ? "family_set" : "family_clear", { family: ind.label }));
    const changed = fams.has(ind.label) !== ind.flagged;
    return el("div", { class: `family${fams.has(ind.label) ? " flagged" : ""}`, dataset: { family: ind.label } },
      el("label", { class: "fam-head" }, famBox, el("span", { class: `fam fam-${ind.label}` }, familyName(ind.label)),
        el("span", { class: "score" }, fmtScore(ind.score)), changed ? el("span", { class: "corrected-tag" }, "corrected") : ""),
      el("div", { class: "bar" }, el("span", { style: `width:${Math.round(ind.score * 100)}%` })),
      el("ul", { class: "subtypes" }, ind.subtypes.filter((s) => shown(ind, s)).map((s) => subtypeItem(ind, s))),
      // Low-scoring subtypes stay reachable (to set one the model missed) but folded away.
      ind.subtypes.some((s) => !shown(ind, s)) ? el("details", { class: "more small" },
        el("summary", {}, `${ind.subtypes.filter((s) => !shown(ind, s)).length} more subtypes`),
        el("ul", { class: "subtypes" }, ind.subtypes.filter((s) => !shown(ind, s)).map((s) => subtypeItem(ind, s)))) : "",
      ind.evidence.length ? el("ul", { class: "evidence small" }, ind.evidence.map((ev) => el("li", {},
        el("span", { class: "ev", lang: langAttr(doc.language) }, ev.text), ` ${ev.label || ""}`))) : "");
  }));
}

/* ---------- corrections ---------- */

async function correct(kind, payload) {
  hidePopover();
  const doc = state.doc;
  try {
    await api("POST", `/v1/documents/${encodeURIComponent(doc.id)}/annotations`, { kind, payload });
    flash(`Saved correction: ${kind.replace("_", " ")}`);
  } catch (e) { showError(e); }
  await refreshDocument(doc.id);
}

function hidePopover() { const p = $("#popover"); if (p) { p.hidden = true; p.replaceChildren(); } }

function showPopover(rect, title, children) {
  const p = $("#popover");
  p.replaceChildren(el("div", { class: "pop-title" }, title), ...children,
    el("button", { type: "button", class: "link", onclick: hidePopover }, "Cancel"));
  p.hidden = false;
  p.style.left = `${Math.max(4, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - p.offsetWidth - 8))}px`;
  p.style.top = `${rect.bottom + window.scrollY + 6}px`;
}

function labelButtons(current, onPick) {
  return el("div", { class: "label-grid" }, ENTITY_LABELS.map((l) => el("button", {
    type: "button", class: `label-btn${l === current ? " current" : ""}`, style: `--c:${labelColour(l)}`,
    disabled: l === current, dataset: { label: l }, onclick: () => onPick(l) }, l)));
}

function onEntityClick(mark) {
  if (!roleAtLeast(state.me.role, "analyst")) return;
  const start = Number(mark.dataset.start), end = Number(mark.dataset.end), label = mark.dataset.label;
  const text = Array.from(state.doc.text).slice(start, end).join("");
  showPopover(mark.getBoundingClientRect(), `${label}: “${text}”`, [
    el("div", { class: "small muted" }, "Change label to:"),
    labelButtons(label, (l) => correct("entity_relabel", { start, end, label: l })),
    el("button", { type: "button", class: "danger", id: "pop-remove",
                   onclick: () => correct("entity_remove", { start, end, label }) }, "Remove entity"),
  ]);
}

/* Code-point offset in the document text of a DOM selection boundary inside #doc-text. */
function pointOffset(box, node, offset) {
  const total = Array.from(state.doc.text).length;
  if (node.nodeType === Node.TEXT_NODE) {
    const seg = node.parentElement.closest("[data-off]");
    if (!seg || !box.contains(seg)) return null;
    return Number(seg.dataset.off) + Array.from(node.data.slice(0, offset)).length;
  }
  if (node === box) {
    const child = box.childNodes[offset];
    return child ? Number(child.dataset.off) : total;
  }
  const seg = node.closest && node.closest("[data-off]");
  if (!seg || !box.contains(seg)) return null;
  return Number(seg.dataset.off) + (offset === 0 ? 0 : Array.from(seg.textContent).length);
}

function onTextSelection() {
  const box = $("#doc-text");
  const sel = window.getSelection();
  if (!box || !sel || sel.isCollapsed || !sel.rangeCount || !roleAtLeast(state.me.role, "analyst")) return;
  const range = sel.getRangeAt(0);
  if (!box.contains(range.commonAncestorContainer)) return;
  let start = pointOffset(box, range.startContainer, range.startOffset);
  let end = pointOffset(box, range.endContainer, range.endOffset);
  if (start === null || end === null) return;
  const cps = Array.from(state.doc.text);
  while (start < end && /\s/.test(cps[start])) start++;
  while (end > start && /\s/.test(cps[end - 1])) end--;
  if (start >= end) return;
  const text = cps.slice(start, end).join("");
  showPopover(range.getBoundingClientRect(), `Add entity: “${text}”`, [
    el("div", { class: "small muted" }, `[${start}, ${end}) as:`),
    labelButtons(null, (l) => { sel.removeAllRanges(); correct("entity_add", { start, end, label: l }); }),
  ]);
}

/* ---------- wiring ---------- */

document.addEventListener("DOMContentLoaded", () => {
  $("#logout").addEventListener("click", () => logout());
  document.addEventListener("click", (ev) => {
    const mark = ev.target.closest && ev.target.closest("#view mark.ent[data-start]");
    if (mark && window.getSelection().isCollapsed) { ev.stopPropagation(); onEntityClick(mark); return; }
    if (!ev.target.closest || !ev.target.closest("#popover")) {
      if (!(ev.target.closest && ev.target.closest("#doc-text"))) hidePopover();
    }
  });
  document.addEventListener("mouseup", (ev) => {
    if (ev.target.closest && ev.target.closest("#doc-text")) setTimeout(onTextSelection, 0);
  });
  document.addEventListener("keydown", (ev) => { if (ev.key === "Escape") hidePopover(); });
  window.addEventListener("hashchange", route);
  route();
});
