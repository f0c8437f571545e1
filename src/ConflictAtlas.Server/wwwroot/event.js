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

async function main() {
  const id = new URLSearchParams(window.location.search).get("id");
  try {
    if (!id || !/^\d+$/.test(id)) throw new Error("no event id in the address (event.html?id=N)");
    const e = await Atlas.getJson("/api/events/" + id);
    const r = e.record;
    document.title = `Event ${e.id} · ConflictAtlas`;
    document.getElementById("title").textContent =
      `${r.sub_event_type || "Event"} · ${[r.location, r.country].filter(Boolean).join(", ")} · ${r.event_date || ""}`;
    document.getElementById("summary").textContent = `event ${e.id} (${e.status})`;
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
    const revisions = document.getElementById("revisions");
    for (const rev of e.revisions) {
      const item = Atlas.el("li", `${rev.at} · ${rev.who} · ${rev.action}: ${rev.why}`);
      const changed = rev.what && rev.what.changed ? Object.keys(rev.what.changed) : [];
      if (changed.length) item.append(Atlas.el("div", "changed: " + changed.join(", "), "meta"));
      revisions.append(item);
    }
  } catch (err) {
    document.getElementById("error").textContent = err.message;
  }
}

main();
