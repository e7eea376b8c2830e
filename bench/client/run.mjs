/**
 * Browser benchmark of the large-plan pages: the built server over a fresh database with a
 * 5,000-task project, the outline and the Gantt opened in Debian's Chromium (playwright-core).
 * For each page: time from navigation to the first task rows on screen, DOM size, and frames per
 * second while a script scrolls the rows (requestAnimationFrame counted). `npm run build` first.
 *
 *   node bench/client/run.mjs
 *
 * BENCH_DATABASE_URL: a PostgreSQL server to create the database in (else an embedded one);
 * CHROMIUM_PATH (default /usr/bin/chromium); BENCH_RUNS (default 3); CLIENT_DIR: another client build to serve;
 * COMPARE_CLIENT_DIR: a second client build measured in the same run, on the same data (e.g. the previous version);
 * BENCH_PROFILE: a folder to write a CPU profile of each scroll to (Chrome DevTools format).
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createApp } from '../../server/dist/app.js';
import { createLogger } from '../../server/dist/common/logger.js';
import { loadConfig } from '../../server/dist/config.js';
import { benchDatabase, postgresVersion } from '../graphql/lib/database.mjs';
import { environment } from '../graphql/lib/env.mjs';
import { seedLargeProject } from './lib/seed.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RUNS = Math.max(1, Math.min(10, Number(process.env.BENCH_RUNS ?? 3) || 3));
const VIEWPORT = { width: 1440, height: 900 };
/** How long the scripted scroll lasts, and how far it moves each frame (a brisk wheel or fling). */
const SCROLL_MS = 4000;
const SCROLL_PX_PER_FRAME = 60;
const log = (m) => process.stderr.write(`${m}\n`);
const cleanups = [];

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts server/dist/main.js and resolves with its URL once it says it is running. */
function startServer(databaseUrl, port, clientDir = process.env.CLIENT_DIR) {
  const { NODE_ENV: _n, REDIS_URL: _r, CLIENT_DIR: _c, ...env } = process.env;
  const child = spawn(process.execPath, [path.join(ROOT, 'server/dist/main.js')], {
    cwd: ROOT,
    env: { ...env, ...(clientDir ? { CLIENT_DIR: clientDir } : {}), DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: 'false', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${out}`)), 60_000);
    const onData = (c) => {
      out += c;
      if (/Trellis is running at/.test(out)) {
        clearTimeout(timer);
        resolve({
          url: `http://127.0.0.1:${port}`,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', done);
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${out}`)));
  });
}

/**
 * Navigates and waits until a row matching `selector` is on screen. Returns the ms since navigation
 * start, and when the last GraphQL answer received by then had arrived (the page's data).
 */
async function timeToRows(page, url, selector) {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.top < innerHeight && r.bottom > 0;
    },
    selector,
    { polling: 'raf', timeout: 60_000 },
  );
  return page.evaluate(() => {
    const now = performance.now();
    const answers = performance.getEntriesByType('resource').filter((e) => e.name.includes('/graphql') && e.responseEnd > 0 && e.responseEnd <= now);
    return { shown: now, data: Math.max(0, ...answers.map((e) => e.responseEnd)) };
  });
}

/**
 * Scrolls `target` (a selector, or the window when null) down by a fixed step every frame for
 * SCROLL_MS and counts the frames drawn meanwhile; also the longest frame.
 */
function scrollFps(page, target) {
  return page.evaluate(
    ({ target, ms, step }) =>
      new Promise((resolve) => {
        const el = target ? document.querySelector(target) : null;
        const scroll = () => (el ? (el.scrollTop += step) : window.scrollBy(0, step));
        let frames = 0;
        let longest = 0;
        let start = 0;
        let last = 0;
        const frame = (t) => {
          if (!start) {
            start = last = t;
          } else {
            frames++;
            longest = Math.max(longest, t - last);
            last = t;
          }
          if (t - start >= ms) return resolve({ fps: (frames * 1000) / (t - start), longest });
          scroll();
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    { target, ms: SCROLL_MS, step: SCROLL_PX_PER_FRAME },
  );
}

const domNodes = (page) => page.evaluate(() => document.getElementsByTagName('*').length);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const env = environment();
  const load = execFileSync('uptime', { encoding: 'utf8' }).trim();
  log(`Trellis client benchmark: node ${env.node}, ${env.cpu}, ${env.cores} cores; ${load}`);
  const db = await benchDatabase();
  cleanups.push(() => db.drop());
  const pgVersion = `${await postgresVersion(db.url)}, ${db.kind}`;

  // Migrate and seed in this process, then serve from the built server in its own process.
  const config = loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
  const app = await createApp(config, { databaseUrl: db.url, logger: createLogger('warn', () => {}) });
  let t = performance.now();
  const seed = await seedLargeProject(app);
  await app.close();
  log(`seeded ${seed.taskCount} tasks (${seed.summaryCount} summaries, ${seed.depth} levels) in ${Math.round(performance.now() - t)} ms`);

  const server = await startServer(db.url, await freePort());
  cleanups.unshift(() => server.stop());
  const compareDir = process.env.COMPARE_CLIENT_DIR ? path.resolve(process.env.COMPARE_CLIENT_DIR) : null;
  const other = compareDir ? await startServer(db.url, await freePort(), compareDir) : null;
  if (other) cleanups.unshift(() => other.stop());
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  cleanups.unshift(() => browser.close());
  const context = await browser.newContext({ viewport: VIEWPORT });
  const [name, value] = seed.owner.cookie.split('=');
  await context.addCookies([{ name, value, url: server.url }]);
  if (other) await context.addCookies([{ name, value, url: other.url }]);

  const pagesOf = (url, label) => [
    { name: `Outline${label}`, url: `${url}/p/${seed.key}`, rows: '[data-testid=task-row]', scroller: null, ready: '[data-testid=save-status][data-state=saved]' },
    { name: `Gantt${label}`, url: `${url}/p/${seed.key}/gantt`, rows: '[data-testid=gantt-row]', scroller: '[data-testid=gantt]', ready: null },
  ];
  // With a second build, its pages are measured right after the same pages of this one.
  const pages = other
    ? pagesOf(server.url, '').flatMap((p, i) => [p, pagesOf(other.url, ` (${path.basename(compareDir)})`)[i]])
    : pagesOf(server.url, '');

  // Warm-up: the first opening builds the shared outline document and the schedule on the server.
  t = performance.now();
  const warm = await context.newPage();
  for (const p of pages) {
    await timeToRows(warm, p.url, p.rows);
    if (p.ready) await warm.locator(p.ready).waitFor({ timeout: 120_000 });
  }
  await warm.close();
  log(`warm-up (document and schedule built) in ${Math.round(performance.now() - t)} ms`);

  const results = [];
  for (const p of pages) {
    const shown = [];
    const data = [];
    const fps = [];
    const longest = [];
    let nodes = 0;
    let rendered = 0;
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      const t = await timeToRows(page, p.url, p.rows);
      shown.push(t.shown);
      data.push(t.data);
      if (p.ready) await page.locator(p.ready).waitFor({ timeout: 60_000 });
      // Let the page settle (the data loaded, nothing left to render) before scrolling.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 500))));
      nodes = await domNodes(page);
      rendered = await page.locator(p.rows).count();
      const profiler = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
      if (profiler) await profiler.send('Profiler.enable').then(() => profiler.send('Profiler.start'));
      const s = await scrollFps(page, p.scroller);
      if (profiler) {
        const { profile } = await profiler.send('Profiler.stop');
        writeFileSync(path.join(process.env.BENCH_PROFILE, `${p.name.toLowerCase().replace(/\W+/g, '-')}-${i + 1}.cpuprofile`), JSON.stringify(profile));
      }
      fps.push(s.fps);
      longest.push(s.longest);
      await page.close();
      log(`${p.name} run ${i + 1}: rows shown in ${Math.round(shown.at(-1))} ms (data in at ${Math.round(data.at(-1))} ms), ${nodes} DOM nodes (${rendered} rows), ${s.fps.toFixed(1)} frames/s, longest frame ${Math.round(s.longest)} ms`);
    }
    results.push({ page: p.name, shown: median(shown), data: median(data), fps: median(fps), longest: median(longest), nodes, rendered });
  }

  const lines = [
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${env.cpu} (${env.cores} cores), Node ${env.node}, Chromium ${browser.version()}, PostgreSQL ${pgVersion}.`,
    `Load: \`${load}\`. ${seed.taskCount} tasks (${seed.summaryCount} summaries, ${seed.depth} levels, UUID ids), viewport ${VIEWPORT.width}×${VIEWPORT.height}, median of ${RUNS} runs.`,
    '',
    '| Page | First rows shown | of which data (last GraphQL answer in) | DOM nodes | Rows rendered | Scroll frames/s | Longest frame | Goal |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...results.map(
      (r) =>
        `| ${r.page} | ${Math.round(r.shown)} ms | ${Math.round(r.data)} ms | ${r.nodes.toLocaleString('en')} | ${r.rendered} of ${seed.taskCount} | ${r.fps.toFixed(1)} | ${Math.round(r.longest)} ms | ≤ 1,500 ms ${r.shown <= 1500 ? 'met' : 'missed'}; ≥ 55 frames/s ${r.fps >= 55 ? 'met' : 'missed'} |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

try {
  await main();
} catch (err) {
  log(err?.stack ?? String(err));
  process.exitCode = 1;
} finally {
  for (const c of cleanups) await c().catch((e) => log(`cleanup: ${e}`));
}
