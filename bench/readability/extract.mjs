// Runs Readability.js 0.6.0 on jsdom over the pages listed in a JSON file ([{id, url, path}], paths to .html or
// .html.gz) and prints {"<id>": {"articleBody": "...", "ms": n}} with the time spent parsing and extracting each page.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { createRequire } from "node:module";

const require = createRequire(process.env.ATLAS_NPM_PREFIX + "/node_modules/");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const pages = JSON.parse(readFileSync(process.argv[2], "utf8"));
const out = {};
for (const page of pages) {
  const bytes = readFileSync(page.path);
  const html = (page.path.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
  const start = process.hrtime.bigint();
  let body = "";
  try {
    const dom = new JSDOM(html, { url: page.url || "https://localhost/", virtualConsole: new VirtualConsole() });
    const article = new Readability(dom.window.document).parse();
    body = article && article.textContent ? article.textContent : "";
    dom.window.close();
  } catch (e) {
    body = "";
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  out[page.id] = { articleBody: body, ms };
}
process.stdout.write(JSON.stringify(out));
