// One event: its coded fields, every fatality claim, each source's text with the evidence spans marked, and its history.
"use strict";

const FIELDS = [
  "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
  "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "country", "admin1", "admin2", "location",
  "latitude", "longitude", "geo_precision", "location_reason", "fatalities", "fatalities_low", "fatalities_high",
  "ucdp_type_of_violence", "cameo_code", "plover_type", "plover_mode", "confidence", "notes",
];

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
    mark.title = s.fields.join(", ");
    box.append(mark);
    at = s.end;
  }
  box.append(document.createTextNode(text.slice(at)));
  return box;
}

function renderSource(source) {
  const block = Atlas.el("article", null, "source");
  block.dataset.atomId = String(source.atom_id);
  const heading = Atlas.el("h3");
  const href = Atlas.safeHref(source.uri);
  const name = source.title || source.uri;
  if (href) {
    const link = Atlas.el("a", name);
    link.href = href;
    link.rel = "noopener noreferrer nofollow";
    heading.append(link);
  } else {
    heading.textContent = name;
  }
  block.append(heading, Atlas.el("p", [source.source, source.published, source.uri].filter(Boolean).join(" · "), "meta"));
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
  if (entries.every(([, c]) => c && typeof c === "object" && (c.from === undefined || c.from === null))) return entries.map(([field]) => field).join(", ");
  return entries.map(([field, c]) =>
    c && typeof c === "object" && "to" in c ? `${field}: ${JSON.stringify(c.from ?? null)} → ${JSON.stringify(c.to ?? null)}` : field).join("; ");
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
    item.append(`${rev.at} · ${rev.who} · ${rev.action}: `, ...withEventLinks(rev.why));
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
    item.append(Atlas.el("div", `${c.name} · ${c.at}`, "meta"), Atlas.el("p", c.comment, "comment-body"));
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
    const option = Atlas.el("option", f);
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

async function main() {
  const id = new URLSearchParams(window.location.search).get("id");
  try {
    if (!id || !/^\d+$/.test(id)) throw new Error("no event id in the address (event.html?id=N)");
    const e = await Atlas.getJson("/api/events/" + id);
    const r = e.record;
    document.title = `Event ${e.id} · ConflictAtlas`;
    document.getElementById("title").textContent =
      `${r.sub_event_type || "Event"} · ${[r.location, r.country].filter(Boolean).join(", ")} · ${r.event_date || ""}`;
    document.getElementById("summary").textContent = `event ${e.id} (${e.status}, ${e.review_state})`;
    const fields = document.getElementById("fields");
    for (const f of FIELDS) {
      if (r[f] === undefined || r[f] === null || r[f] === "") continue;
      fields.append(Atlas.el("dt", f), Atlas.el("dd", r[f], f === "fatalities" ? "fatalities" : undefined));
    }
    const claims = document.getElementById("claims");
    for (const c of r.claims || []) {
      claims.append(Atlas.el("li", `${c.fatalities}${c.vague ? " (vague)" : ""} — ${c.claimant || "unattributed"}: “${c.evidence ? c.evidence.text : ""}”`));
    }
    if (!claims.children.length) claims.append(Atlas.el("li", "no death figure reported"));
    const sources = document.getElementById("sources");
    for (const s of e.sources) sources.append(renderSource(s));
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
