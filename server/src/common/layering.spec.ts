import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The server's ground floor holds: common/ imports nothing but itself, the config and the pure
 * planning engine, and there is no import circle through it (there was one: access.ts ->
 * context.ts -> loaders.ts -> access.ts).
 */
const src = path.resolve(import.meta.dirname, '..');
const common = path.join(src, 'common');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.spec.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/** Relative imports of a file, resolved to source files (type-only imports included). */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => path.resolve(path.dirname(file), name.replace(/\.js$/, '.ts')));
}

const graph = new Map(sources(src).map((f) => [f, importsOf(f)]));

describe('server layers', () => {
  it('common/ imports no module and nothing composed above it', () => {
    const allowed = (target: string) => target.startsWith(common + path.sep) || target === path.join(src, 'config.ts') || target.startsWith(path.join(src, 'planning') + path.sep);
    const outside = [...graph].filter(([f]) => f.startsWith(common + path.sep)).flatMap(([f, deps]) => deps.filter((d) => !allowed(d)).map((d) => `${path.relative(src, f)} -> ${path.relative(src, d)}`));
    expect(outside).toEqual([]);
  });

  it('no import circle passes through common/', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, trail: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        const loop = trail.slice(trail.indexOf(f));
        if (loop.some((x) => x.startsWith(common + path.sep))) circles.push([...loop, f].map((x) => path.relative(src, x)).join(' -> '));
        return;
      }
      state.set(f, 'open');
      for (const d of graph.get(f) ?? []) visit(d, [...trail, f]);
      state.set(f, 'done');
    };
    for (const f of graph.keys()) visit(f, []);
    expect(circles).toEqual([]);
  });

  it('services take an actor: no service imports the request context or express', () => {
    const services = [...graph.keys()].filter((f) => f.endsWith('.service.ts'));
    expect(services.length).toBeGreaterThan(10);
    const context = path.join(src, 'context.ts');
    const offending = services.flatMap((f) => {
      const { importedFiles } = ts.preProcessFile(fs.readFileSync(f, 'utf8'), true, true);
      const bad = importedFiles.map((i) => i.fileName).filter((name) => name === 'express' || name.startsWith('express/') || name.startsWith('@as-integrations/'));
      if (graph.get(f)!.includes(context)) bad.push('context.js');
      return bad.map((b) => `${path.relative(src, f)} -> ${b}`);
    });
    expect(offending).toEqual([]);
  });
});
