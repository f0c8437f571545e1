// Shared helpers. Every piece of data is written with textContent or as an attribute value, never as HTML.
"use strict";

const Atlas = {
  typeColours: {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9",
    "Riots": "#16a085",
    "Strategic developments": "#7f8c8d",
  },

  // ACLED's event types and their sub-event types (as in Resources/taxonomy.tsv).
  taxonomy: {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Air/drone strike", "Chemical weapon", "Grenade", "Remote explosive/landmine/IED",
      "Shelling/artillery/missile attack", "Suicide bomb"],
    "Violence against civilians": ["Abduction/forced disappearance", "Attack", "Sexual violence"],
    "Protests": ["Excessive force against protesters", "Peaceful protest", "Protest with intervention"],
    "Riots": ["Mob violence", "Violent demonstration"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
      "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"],
  },

  // An ISO timestamp as "6 Dec 2026, 20:13 UTC"; a bare date as "6 Dec 2026"; anything else unchanged.
  formatTime(value) {
    if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(value)) return value == null ? "" : String(value);
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const time = new Date(dateOnly ? value + "T00:00:00Z" : value);
    if (Number.isNaN(time.getTime())) return value;
    const options = dateOnly ? { dateStyle: "medium", timeZone: "UTC" } : { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" };
    return new Intl.DateTimeFormat("en-GB", options).format(time) + (dateOnly ? "" : " UTC");
  },

  // The dashboard's last query string, so an event page can lead back to the same results.
  resultsKey: "atlas.results",

  colour(type) {
    return Atlas.typeColours[type] || "#34495e";
  },

  el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  },

  // Only http(s) addresses become links, so a "javascript:" source address cannot run.
  safeHref(uri) {
    try {
      const url = new URL(uri);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch {
      return null;
    }
  },

  // The session: who is signed in and the anti-forgery token every unsafe request carries.
  session: { signed_in: false, name: null, role: null, csrf_token: "" },

  async loadSession() {
    try {
      Atlas.session = await Atlas.getJson("/api/session");
    } catch {
      Atlas.session = { signed_in: false, name: null, role: null, csrf_token: "" };
    }
    return Atlas.session;
  },

  isReviewer() {
    return Atlas.session.signed_in && (Atlas.session.role === "reviewer" || Atlas.session.role === "admin");
  },

  // POST/DELETE with a JSON body and the anti-forgery header; the problem's detail and errors become the error message.
  async send(method, url, body) {
    const headers = { Accept: "application/json", "X-CSRF-TOKEN": Atlas.session.csrf_token || "" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: "same-origin" });
    const answer = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) {
      const errors = answer && answer.errors ? Object.values(answer.errors).flat().join("; ") : "";
      throw new Error(((answer && (answer.detail || answer.title)) || response.statusText) + (errors ? ": " + errors : ""));
    }
    return answer;
  },

  // The top bar of every page, built here so the pages stay in step: the name linking home, the page's summary
  // (the header's data-summary, filled in later by the page) and the account corner: a sign-in form, or who is
  // signed in with the moderation link for admins and a sign-out button.
  buildHeader() {
    const header = document.querySelector("body > header");
    if (!header) return;
    const title = Atlas.el("h1");
    const home = Atlas.el("a", "ConflictAtlas");
    home.href = "/";
    title.append(home);
    const summary = Atlas.el("span", header.dataset.summary || "");
    summary.id = "summary";

    const form = Atlas.el("form", null, "signin");
    form.id = "signin";
    form.hidden = true;
    const input = (name, type, autocomplete) => {
      const field = Atlas.el("input");
      field.name = name;
      field.type = type;
      field.autocomplete = autocomplete;
      field.placeholder = name;
      field.required = true;
      field.setAttribute("aria-label", name);
      return field;
    };
    const button = Atlas.el("button", "Sign in");
    button.type = "submit";
    button.id = "signin-button";
    const error = Atlas.el("span", null, "error");
    error.id = "signin-error";
    error.setAttribute("role", "alert");
    form.append(input("name", "text", "username"), " ", input("password", "password", "current-password"), " ", button, " ", error);

    const session = Atlas.el("span");
    session.id = "session";
    session.hidden = true;
    const who = Atlas.el("span");
    who.id = "who";
    const admin = Atlas.el("a", "Moderation");
    admin.id = "admin-link";
    admin.href = "/admin.html";
    admin.hidden = true;
    const signOut = Atlas.el("button", "Sign out");
    signOut.type = "button";
    signOut.id = "signout";
    session.append(who, " ", admin, " ", signOut);

    const account = Atlas.el("div", null, "account");
    account.append(form, session);
    header.replaceChildren(title, summary, account);
  },

  // The sign-in form in the top bar, or who is signed in with a sign-out button.
  async initAccount() {
    const session = await Atlas.loadSession();
    const form = document.getElementById("signin");
    const signedIn = document.getElementById("session");
    if (!form || !signedIn) return session;
    form.hidden = session.signed_in;
    signedIn.hidden = !session.signed_in;
    if (session.signed_in) {
      document.getElementById("who").textContent = `${session.name} (${session.role})`;
      document.getElementById("admin-link").hidden = session.role !== "admin";
    }
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const data = new FormData(form);
      try {
        await Atlas.send("POST", "/api/session", { name: data.get("name"), password: data.get("password") });
        window.location.reload();
      } catch (err) {
        document.getElementById("signin-error").textContent = err.message;
      }
    });
    document.getElementById("signout").addEventListener("click", async () => {
      await Atlas.send("DELETE", "/api/session").catch(() => null);
      window.location.reload();
    });
    return session;
  },

  async getJson(url, signal) {
    const response = await fetch(url, { headers: { Accept: "application/json" }, signal });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const errors = body && body.errors ? Object.values(body.errors).flat().join("; ") : "";
      throw new Error(((body && (body.detail || body.title)) || response.statusText) + (errors ? ": " + errors : ""));
    }
    return body;
  },
};

Atlas.buildHeader();
Atlas.ready = Atlas.initAccount();
