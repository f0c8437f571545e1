// One event: its coded fields, every fatality claim, each source's text with the evidence spans marked, and its history.
"use strict";

const FIELDS = [
  "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
  "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "country", "admin1", "admin2", "location",
  "latitude", "longitude", "geo_precision", "location_reason", "fatalities", "fatalities_low", "fatalities_high",
  "ucdp_type_of_violence", "cameo_code", "plover_type", "plover_mode", "confidence", "notes",
];

// Each field's label, the colour group its evidence is marked in, and how its value reads.
const PRECISION = { 1: "day", 2: "week (coded mid-week)", 3: "month (coded mid-month)" };
const GEO_PRECISION = { 1: "town", 2: "near a town or part of a region", 3: "region only" };
const UCDP = { 1: "state-based", 2: "non-state", 3: "one-sided" };
const FIELD_INFO = {
  event_date: ["Date", "date", Atlas.formatTime],
  time_precision: ["Date precision", "date", v => PRECISION[v] || v],
  disorder_type: ["Disorder type", "type"],
  event_type: ["Event type", "type"],
  sub_event_type: ["Sub-event type", "type"],
  actor1: ["Actor 1", "actor1"],
  assoc_actor_1: ["Associated with actor 1", "actor1"],
  inter1: ["Actor 1 kind", "actor1"],
  actor2: ["Actor 2", "actor2"],
  assoc_actor_2: ["Associated with actor 2", "actor2"],
  inter2: ["Actor 2 kind", "actor2"],
  interaction: ["Interaction", "type"],
  civilian_targeting: ["Civilian targeting", "type"],
  country: ["Country", "place"],
  admin1: ["Region (admin1)", "place"],
  admin2: ["District (admin2)", "place"],
  location: ["Location", "place"],
  latitude: ["Latitude", "place"],
  longitude: ["Longitude", "place"],
  geo_precision: ["Location precision", "place", v => GEO_PRECISION[v] || v],
  location_reason: ["Why this place", "place"],
  fatalities: ["Fatalities", "toll"],
  fatalities_low: ["Lowest claimed toll", "toll"],
  fatalities_high: ["Highest claimed toll", "toll"],
  ucdp_type_of_violence: ["UCDP type of violence", "type", v => UCDP[v] || v],
  cameo_code: ["CAMEO code", "type"],
  plover_type: ["PLOVER type", "type"],
  plover_mode: ["PLOVER mode", "type"],
  confidence: ["Coder's confidence", "other", v => typeof v === "number" ? Math.round(v * 100) + "%" : v],
  notes: ["Notes", "other"],
};
// When one span supports fields of several groups, it takes the colour of the first group in this order.
const GROUP_ORDER = ["toll", "actor1", "actor2", "place", "date", "type", "other"];

function labelOf(field) {
  return FIELD_INFO[field] ? FIELD_INFO[field][0] : field.replaceAll("_", " ");
}

function groupOf(field) {
  return FIELD_INFO[field] ? FIELD_INFO[field][1] : "other";
}

function valueText(field, value) {
  const format = FIELD_INFO[field] && FIELD_INFO[field][2];
  return String(format ? format(value) : value);
}

// Evidence spans of one source, merged where they overlap, each with the fields it supports.
function spansOf(evidence, length) {
  const spans = [];
  for (const [field, list] of Object.entries(evidence || {})) {
    for (const s of Array.isArray(list) ? list : [list]) {
      if (s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= length && s.start < s.end) {
        spans.push({ start: s.start, end: s.end, fields: [field] });
      }
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      if (!last.fields.includes(s.fields[0])) last.fields.push(s.fields[0]);
    } else {
      merged.push({ ...s, fields: [...s.fields] });
    }
  }
  return merged;
}

function highlighted(text, evidence) {
  const box = Atlas.el("div", null, "source-text");
  let at = 0;
  for (const s of spansOf(evidence, text.length)) {
    box.append(document.createTextNode(text.slice(at, s.start)));
    const mark = Atlas.el("mark", text.slice(s.start, s.end));
    const groups = s.fields.map(groupOf);
    mark.className = "ev ev-" + (GROUP_ORDER.find(g => groups.includes(g)) || "other");
    mark.dataset.fields = s.fields.join(" ");
    mark.title = s.fields.map(labelOf).join(", ");
    box.append(mark);
    at = s.end;
  }
  box.append(document.createTextNode(text.slice(at)));
  return box;
}

function renderSource(source, n) {
  const block = Atlas.el("article", null, "source");
  block.dataset.atomId = String(source.atom_id);
  const heading = Atlas.el("h3");
  const href = Atlas.safeHref(source.uri);
  // A report read from a file on the server is named by its title, never by the server's path.
  const name = source.title || (href ? source.uri : `Report ${n}`);
  if (href) {
    const link = Atlas.el("a", name);
    link.href = href;
    link.rel = "noopener noreferrer nofollow";
    heading.append(link);
  } else {
    heading.textContent = name;
  }
  const published = source.published ? "published " + Atlas.formatTime(source.published) : null;
  // A report ingested from a file has the file's path as its outlet: the server's paths are not shown.
  const outlet = source.source && !/^(\/|[A-Za-z]:\\|file:|\.)/.test(source.source) ? source.source : null;
  block.append(heading, Atlas.el("p", [outlet, published].filter(Boolean).join(" · "), "meta"));
  block.append(source.text ? highlighted(source.text, source.evidence) : Atlas.el("p", "(the text of this report is not stored)", "meta"));
  const removed = Array.isArray(source.removed) ? source.removed : [];
  if (removed.length > 0) {
    const details = Atlas.el("details", null, "removed");
    details.append(Atlas.el("summary", `Removed boilerplate (${removed.length} segment(s))`));
    for (const r of removed) details.append(Atlas.el("p", (r.kind ? `[${r.kind}] ` : "") + (r.text || "")));
    block.append(details);
  }
  return block;
}

// Contract fields whose values are numbers (the server checks every type and range).
const NUMERIC = new Set([
  "time_precision", "iso", "latitude", "longitude", "geo_precision", "fatalities", "fatalities_low", "fatalities_high",
  "confidence", "ucdp_type_of_violence",
]);

function describeChange(changed) {
  const entries = Object.entries(changed);
  // A new event sets every field from nothing: the names say enough.
  if (entries.every(([, c]) => c && typeof c === "object" && (c.from === undefined || c.from === null))) return entries.map(([field]) => labelOf(field)).join(", ");
  return entries.map(([field, c]) =>
    c && typeof c === "object" && "to" in c ? `${labelOf(field)}: ${JSON.stringify(c.from ?? null)} → ${JSON.stringify(c.to ?? null)}` : labelOf(field)).join("; ");
}

// Text with each "event N" (a merge or split names the other event) as a link to that event's page.
function withEventLinks(text) {
  const parts = String(text).split(/(event \d+)/);
  const nodes = [];
  for (const part of parts) {
    const m = /^event (\d+)$/.exec(part);
    if (m) {
      const link = Atlas.el("a", part);
      link.href = "/event.html?id=" + m[1];
      nodes.push(link);
    } else if (part) {
      nodes.push(document.createTextNode(part));
    }
  }
  return nodes;
}

function renderRevisions(revisions) {
  const list = document.getElementById("revisions");
  list.replaceChildren();
  for (const rev of revisions) {
    const item = Atlas.el("li");
    item.append(`${Atlas.formatTime(rev.at)} · ${rev.who} · ${rev.action}: `, ...withEventLinks(rev.why));
    const changed = rev.what && rev.what.changed ? rev.what.changed : {};
    if (Object.keys(changed).length) item.append(Atlas.el("div", "changed: " + describeChange(changed), "meta"));
    if (rev.what && rev.what.review_state) item.append(Atlas.el("div", `review: ${rev.what.review_state.from} → ${rev.what.review_state.to}`, "meta"));
    list.append(item);
  }
}

function renderComments(comments) {
  const list = document.getElementById("comments");
  list.replaceChildren();
  for (const c of comments) {
    const item = Atlas.el("li", null, "comment");
    item.append(Atlas.el("div", `${c.name} · ${Atlas.formatTime(c.at)}`, "meta"), Atlas.el("p", c.comment, "comment-body"));
    list.append(item);
  }
  if (!comments.length) list.append(Atlas.el("li", "no comments yet", "meta"));
}

function setUpReview(id, e) {
  const panel = document.getElementById("review");
  panel.hidden = !Atlas.isReviewer();
  if (panel.hidden) return;
  document.getElementById("review-state").textContent = e.review_state;
  const select = document.getElementById("correct-field");
  for (const f of FIELDS) {
    const option = Atlas.el("option", labelOf(f));
    option.value = f;
    select.append(option);
  }
  select.value = "fatalities";
  const valueInput = document.getElementById("correct-value");
  const showCurrent = () => {
    const current = e.record[select.value];
    valueInput.value = current === undefined || current === null ? "" : String(current);
  };
  select.addEventListener("change", showCurrent);
  showCurrent();
  const reason = () => document.getElementById("review-reason").value.trim();
  // Each action answers with the event as it now is; reloading shows its new state, sources and history.
  const act = async (action, body, errorBox) => {
    try {
      await Atlas.send("POST", `/api/events/${id}/${action}`, body);
      window.location.reload();
    } catch (err) {
      (errorBox || document.getElementById("review-error")).textContent = err.message;
    }
  };
  document.getElementById("merge").addEventListener("click", () => {
    const other = document.getElementById("merge-other").value.trim();
    if (!/^\d+$/.test(other) || Number(other) < 1) {
      document.getElementById("review-error").textContent = "give the id of the event to merge into this one (the number in its address)";
      return;
    }
    act("merge", { other_id: Number(other), reason: reason() });
  });
  if (e.sources.length > 1) {
    for (const block of document.querySelectorAll("#sources article.source")) addSplitForm(block, act);
  }
  document.getElementById("confirm").addEventListener("click", () => act("confirm", { reason: reason() || null }));
  document.getElementById("reject").addEventListener("click", () => act("reject", { reason: reason() }));
  document.getElementById("correct").addEventListener("click", () => {
    const field = select.value;
    const raw = valueInput.value.trim();
    const value = raw === "" ? null : NUMERIC.has(field) && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
    act("correct", { fields: { [field]: value }, reason: reason() });
  });
}

// Under one report of an event with several: a reason and a button that moves the report into a new event.
function addSplitForm(block, act) {
  const form = Atlas.el("form", null, "split-form");
  const label = Atlas.el("label", "Reason ");
  const reason = Atlas.el("input", null, "split-reason");
  reason.name = "reason";
  reason.placeholder = "why this report describes another event";
  label.append(reason);
  const button = Atlas.el("button", "Split into a new event", "split-button");
  button.type = "submit";
  const error = Atlas.el("span", null, "error");
  error.setAttribute("role", "alert");
  form.append(label, " ", button, " ", error);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    act("split", { atom_id: Number(block.dataset.atomId), reason: reason.value.trim() }, error);
  });
  block.append(form);
}

function setUpCommentForm(id) {
  const form = document.getElementById("comment-form");
  const status = document.getElementById("comment-status");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    status.className = "";
    try {
      const posted = await Atlas.send("POST", `/api/events/${id}/comments`,
        { name: data.get("name"), email: data.get("email"), comment: data.get("comment") });
      status.textContent = posted.message;
      form.querySelector("textarea").value = "";
      if (posted.status === "published") renderComments(await Atlas.getJson(`/api/events/${id}/comments`));
    } catch (err) {
      status.className = "error";
      status.textContent = err.message;
    }
  });
}

// The coded fields; a field with evidence is a button that marks only its evidence in the reports.
function renderFields(r, sources) {
  const list = document.getElementById("fields");
  const withEvidence = new Set(sources.flatMap(s => Object.entries(s.evidence || {}).filter(([, v]) => Array.isArray(v) ? v.length : v).map(([k]) => k)));
  for (const f of FIELDS) {
    if (r[f] === undefined || r[f] === null || r[f] === "") continue;
    const item = Atlas.el("li", null, "field");
    item.dataset.field = f;
    const body = withEvidence.has(f) ? Atlas.el("button", null, "field-body has-evidence ev-" + groupOf(f)) : Atlas.el("div", null, "field-body");
    if (withEvidence.has(f)) {
      body.type = "button";
      body.setAttribute("aria-pressed", "false");
      body.addEventListener("click", () => focusField(f, body));
    }
    body.append(Atlas.el("span", labelOf(f), "label"), Atlas.el("span", valueText(f, r[f]), "value"));
    item.append(body);
    list.append(item);
  }
}

function focusField(field, button) {
  const on = button.getAttribute("aria-pressed") !== "true";
  for (const b of document.querySelectorAll("#fields button[aria-pressed]")) b.setAttribute("aria-pressed", "false");
  const sources = document.getElementById("sources");
  sources.classList.toggle("focusing", on);
  let first = null;
  for (const mark of sources.querySelectorAll("mark.ev")) {
    const hit = on && mark.dataset.fields.split(" ").includes(field);
    mark.classList.toggle("active", hit);
    if (hit && !first) first = mark;
  }
  button.setAttribute("aria-pressed", String(on));
  if (first) first.scrollIntoView({ block: "center", behavior: "instant" });
}

// Every death figure, and which rule chose the toll from them (ACLED's conservative rule).
function renderClaims(r) {
  const claims = Array.isArray(r.claims) ? r.claims : [];
  const list = document.getElementById("claims");
  const rule = document.getElementById("toll-rule");
  const exact = claims.filter(c => !c.vague);
  const neutral = exact.filter(c => !c.partisan);
  const pool = neutral.length ? neutral : exact.length ? exact : claims;
  const chosen = pool.length ? pool.reduce((a, b) => (b.fatalities < a.fatalities ? b : a)) : null;
  const toll = r.fatalities ?? 0;
  let text;
  if (!claims.length) {
    text = `No death figure was reported, so the toll is ${toll}.`;
  } else if (exact.length) {
    text = `The toll is ${toll}: the lowest exact figure among ${exact.length} exact claim(s), as ACLED codes conservatively.`;
    if (neutral.length && neutral.length < exact.length) text += " A side's figure for its own deeds is set aside when another source gives one.";
    if (exact.length < claims.length) text += " Vague words count only when no exact figure is given.";
  } else {
    text = `Only vague words were reported; by ACLED's conventions ("several" 3, "dozens" 12, "hundreds" 100) the toll is ${toll}.`;
  }
  if (claims.length > 1 && r.fatalities_low != null && r.fatalities_high != null && r.fatalities_low !== r.fatalities_high) {
    text += ` The claims range from ${r.fatalities_low} to ${r.fatalities_high}.`;
  }
  if (chosen && chosen.fatalities !== toll) text += " A reviewer has since set the toll by hand (see the history).";
  rule.textContent = text;
  for (const c of claims) {
    const item = Atlas.el("li", `${c.fatalities}${c.vague ? " (vague)" : ""}${c.partisan ? " (a side about its own deeds)" : ""} — ${c.claimant || "unattributed"}: “${c.evidence ? c.evidence.text : ""}”`);
    if (c === chosen && chosen.fatalities === toll) {
      item.classList.add("chosen");
      item.prepend(Atlas.el("strong", "chosen: "));
    }
    list.append(item);
  }
}

async function main() {
  const id = new URLSearchParams(window.location.search).get("id");
  try {
    if (!id || !/^\d+$/.test(id)) throw new Error("no event id in the address (event.html?id=N)");
    const e = await Atlas.getJson("/api/events/" + id);
    const r = e.record;
    document.title = `Event ${e.id} · ConflictAtlas`;
    document.getElementById("title").textContent =
      `${r.sub_event_type || "Event"} · ${[r.location, r.country].filter(Boolean).join(", ")} · ${Atlas.formatTime(r.event_date)}`;
    document.getElementById("summary").textContent = `event ${e.id} (${e.status}, ${e.review_state})`;
    const back = sessionStorage.getItem(Atlas.resultsKey);
    if (back !== null) document.getElementById("back").href = "/" + (back ? "?" + back : "");
    document.getElementById("facts").textContent = [Atlas.formatTime(r.event_date), r.event_type, [r.location, r.admin1, r.country].filter(Boolean).join(", "),
      `${r.fatalities ?? 0} fatalities`, `${e.sources.length} report(s)`].filter(Boolean).join(" · ");
    const sources = document.getElementById("sources");
    e.sources.forEach((s, i) => sources.append(renderSource(s, i + 1)));
    renderFields(r, e.sources);
    renderClaims(r);
    renderRevisions(e.revisions);
    renderComments(e.comments || []);
    setUpCommentForm(id);
    await Atlas.ready;
    setUpReview(id, e);
  } catch (err) {
    document.getElementById("error").textContent = err.message;
  }
}

main();
