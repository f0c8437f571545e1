// The moderation queue (admins only): each pending comment with its event, to publish or reject.
"use strict";

async function loadQueue() {
  const list = document.getElementById("pending");
  list.replaceChildren();
  const pending = await Atlas.getJson("/api/comments/pending");
  for (const c of pending) {
    const item = Atlas.el("li", null, "comment");
    const link = Atlas.el("a", `event ${c.event_id}`);
    link.href = "/event.html?id=" + encodeURIComponent(c.event_id);
    const meta = Atlas.el("div", `${c.name} · ${Atlas.formatTime(c.at)} · `, "meta");
    meta.append(link);
    const publish = Atlas.el("button", "Publish");
    const reject = Atlas.el("button", "Reject");
    publish.type = reject.type = "button";
    publish.addEventListener("click", () => moderate(c.id, "publish"));
    reject.addEventListener("click", () => moderate(c.id, "reject"));
    item.append(meta, Atlas.el("p", c.comment, "comment-body"), publish, document.createTextNode(" "), reject);
    list.append(item);
  }
  if (!pending.length) list.append(Atlas.el("li", "nothing is waiting", "meta"));
}

async function moderate(id, action) {
  try {
    await Atlas.send("POST", `/api/comments/${id}/${action}`);
    await loadQueue();
  } catch (err) {
    document.getElementById("error").textContent = err.message;
  }
}

async function main() {
  const session = await Atlas.ready;
  if (!session.signed_in || session.role !== "admin") {
    document.getElementById("error").textContent = "Sign in as an admin to moderate comments.";
    return;
  }
  try {
    await loadQueue();
  } catch (err) {
    document.getElementById("error").textContent = err.message;
  }
}

main();
