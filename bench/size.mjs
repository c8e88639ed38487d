#!/usr/bin/env node
// The JavaScript a page needs before it can show anything, gzipped: the entry from index.html
// with everything it imports statically, plus the lazily loaded route modules of that page and
// their static imports. Exits 1 when a page is over budget. Usage: node bench/size.mjs [--budget-kb 200]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'dist', 'web');
const budgetArg = process.argv.indexOf('--budget-kb');
const budgetKb = budgetArg > 0 ? Number(process.argv[budgetArg + 1]) : 200;

/** Pages and the route modules (by their source file name) the router loads for them. */
export const PAGES = {
  'inloggen (/inloggen)': ['SignIn'],
  'netwerk-home (/netwerken/:id)': ['NetworkLayout', 'Overview'],
};

function staticImports(file) {
  const code = fs.readFileSync(path.join(web, file), 'utf8');
  const found = new Set();
  // import{a as b}from"./x.js"  ·  import"./x.js"  ·  export{..}from"./x.js"
  for (const m of code.matchAll(/(?:import|from)\s*["']\.\/([\w.-]+\.js)["']/g)) found.add(`assets/${m[1]}`);
  return found;
}

function closure(start) {
  const seen = new Set();
  const todo = [...start];
  while (todo.length) {
    const f = todo.pop();
    if (seen.has(f) || !fs.existsSync(path.join(web, f))) continue;
    seen.add(f);
    todo.push(...staticImports(f));
  }
  return seen;
}

export function measure() {
  const indexHtml = fs.readFileSync(path.join(web, 'index.html'), 'utf8');
  const entry = [
    ...indexHtml.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g),
  ].map((m) => m[1]);
  if (entry.length === 0) throw new Error('no script in dist/web/index.html — build first: node bin/build.js');
  const assets = fs.readdirSync(path.join(web, 'assets'));
  const results = [];
  for (const [page, modules] of Object.entries(PAGES)) {
    const routeFiles = modules.map((name) => {
      const file = assets.find((a) => a.startsWith(`${name}-`) && a.endsWith('.js'));
      if (!file) throw new Error(`no built chunk for route module ${name}`);
      return `assets/${file}`;
    });
    const files = closure([...entry, ...routeFiles]);
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
      const buf = fs.readFileSync(path.join(web, f));
      raw += buf.length;
      gzip += zlib.gzipSync(buf, { level: 9 }).length;
    }
    results.push({
      page,
      files: [...files].sort(),
      rawKb: raw / 1024,
      gzipKb: gzip / 1024,
      ok: gzip / 1024 < budgetKb,
    });
  }
  return { budgetKb, results };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { results } = measure();
  for (const r of results) {
    process.stdout.write(
      `${r.ok ? 'ok ' : 'TE GROOT'} ${r.page}: ${r.gzipKb.toFixed(1)} KB gzip (${r.rawKb.toFixed(1)} KB), budget ${budgetKb} KB — ${r.files.length} bestanden: ${r.files.map((f) => path.basename(f)).join(', ')}\n`,
    );
  }
  process.exitCode = results.every((r) => r.ok) ? 0 : 1;
}
