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

  async getJson(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const errors = body && body.errors ? Object.values(body.errors).flat().join("; ") : "";
      throw new Error(((body && (body.detail || body.title)) || response.statusText) + (errors ? ": " + errors : ""));
    }
    return body;
  },
};
