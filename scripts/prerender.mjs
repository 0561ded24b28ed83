#!/usr/bin/env node
// Part of `npm run build`: writes the default view into dist/index.html (issue 21, "answer
// first"). Runs the server bundle Vite built from src/entry-server.tsx, puts its HTML into
// <div id="root"> and marks it as the default view. The dataset's JSON is not preloaded: on a
// slow connection it competed with the stylesheet and delayed the first paint (the app
// fetches it after that paint). No inline script or style is added: the page keeps its
// Content-Security-Policy exactly.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

// React's production server renderer: the development one adds checks and warnings only.
process.env.NODE_ENV ??= "production";

const DIST = "dist/index.html";
const SERVER = "dist-ssr/entry-server.js";
const DATASET = "data/russia-ukraine.json";

const { renderDefaultView } = await import(pathToFileURL(SERVER).href);
const html = readFileSync(DIST, "utf8");
const body = renderDefaultView(JSON.parse(readFileSync(DATASET, "utf8")));
const root = '<div id="root"></div>';
if (!html.includes(root)) throw new Error(`${DIST} has no empty ${root} to fill`);
const out = html.replace(root, `<div id="root" data-prerendered="default">${body}</div>`);
writeFileSync(DIST, out);
rmSync("dist-ssr", { recursive: true, force: true });
console.error(
  `prerender: ${DIST} holds the default view (${body.length.toLocaleString("en-GB")} characters of HTML)`,
);
