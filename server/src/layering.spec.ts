import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The modules' import rule (docs/adr/0005-module-contributions.md): a file of module A reaches
 * module B only through `modules/B/index.ts`, the modules' dependency graph has no cycle, and no
 * file of server/src is part of an import circle. Type-only imports count: they are how a cycle
 * starts.
 */
const src = import.meta.dirname;
const modulesDir = path.join(src, 'modules');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.spec.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/** Relative imports and re-exports of a source text, resolved against its file (type-only included). */
function importsOf(file: string, text = fs.readFileSync(file, 'utf8')): string[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => path.resolve(path.dirname(file), name.replace(/\.js$/, '.ts')));
}

/** The module a file belongs to (`modules/<name>/…`), or null. */
function moduleOf(file: string): string | null {
  const rel = path.relative(modulesDir, file).split(path.sep);
  return rel.length > 1 && rel[0] !== '..' ? rel[0]! : null;
}

const isIndex = (file: string, mod: string) => file === path.join(modulesDir, mod, 'index.ts');

/** Imports of a module file that reach another module other than through its index. */
function sideDoors(file: string, deps: string[]): string[] {
  const own = moduleOf(file);
  if (!own) return [];
  return deps.filter((d) => {
    const other = moduleOf(d);
    return other !== null && other !== own && !isIndex(d, other);
  }).map((d) => `${path.relative(src, file)} -> ${path.relative(src, d)}`);
}

/** Edges module -> module (with one file that makes each), from every module file's imports. */
function moduleGraph(graph: Map<string, string[]>): Map<string, Map<string, string>> {
  const edges = new Map<string, Map<string, string>>();
  for (const [file, deps] of graph) {
    const from = moduleOf(file);
    if (!from) continue;
    for (const d of deps) {
      const to = moduleOf(d);
      if (!to || to === from) continue;
      const out = edges.get(from) ?? new Map<string, string>();
      if (!out.has(to)) out.set(to, path.relative(src, file));
      edges.set(from, out);
    }
  }
  return edges;
}

/** Every cycle found by a depth-first walk, as `a -> b -> a` with the file behind each step. */
function cycles(edges: Map<string, Map<string, string>>): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (m: string, trail: string[]) => {
    if (state.get(m) === 'done') return;
    if (state.get(m) === 'open') {
      const loop = [...trail.slice(trail.indexOf(m)), m];
      found.push(loop.map((x, i) => (i + 1 < loop.length ? `${x} (${edges.get(x)!.get(loop[i + 1]!)})` : x)).join(' -> '));
      return;
    }
    state.set(m, 'open');
    for (const to of edges.get(m)?.keys() ?? []) visit(to, [...trail, m]);
    state.set(m, 'done');
  };
  for (const m of [...edges.keys()].sort()) visit(m, []);
  return found;
}

const graph = new Map(sources(src).map((f) => [f, importsOf(f)]));

describe('modules', () => {
  it('every module has an index.ts, and the composition root lists every module', () => {
    const names = fs.readdirSync(modulesDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(names.filter((m) => !fs.existsSync(path.join(modulesDir, m, 'index.ts')))).toEqual([]);
    const composition = fs.readFileSync(path.join(src, 'composition.ts'), 'utf8');
    expect(names.filter((m) => !composition.includes(`${m}Module`))).toEqual([]);
  });

  it('a module reaches another module only through its index.ts', () => {
    expect([...graph].flatMap(([f, deps]) => sideDoors(f, deps))).toEqual([]);
  });

  it('the modules import each other without a cycle', () => {
    expect(cycles(moduleGraph(graph))).toEqual([]);
  });

  it('no file of server/src takes part in an import circle', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, trail: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        circles.push([...trail.slice(trail.indexOf(f)), f].map((x) => path.relative(src, x)).join(' -> '));
        return;
      }
      state.set(f, 'open');
      for (const d of graph.get(f) ?? []) visit(d, [...trail, f]);
      state.set(f, 'done');
    };
    for (const f of [...graph.keys()].sort()) visit(f, []);
    expect(circles).toEqual([]);
  });

  it('the rule and the cycle check catch what they should', () => {
    const task = path.join(modulesDir, 'task', 'task.service.ts');
    const imports = importsOf(task, "import { Project } from '../project/project.entity.js';\nimport type { User } from '../user/index.js';\n");
    expect(sideDoors(task, imports)).toEqual(['modules/task/task.service.ts -> modules/project/project.entity.ts']);
    const looped = new Map(graph);
    looped.set(path.join(modulesDir, 'user', 'x.ts'), [path.join(modulesDir, 'task', 'index.ts')]);
    looped.set(path.join(modulesDir, 'task', 'y.ts'), [path.join(modulesDir, 'user', 'index.ts')]);
    const found = cycles(moduleGraph(looped));
    expect(found.some((c) => /^(task \(.*\) -> user \(modules\/user\/x\.ts\) -> task|user \(modules\/user\/x\.ts\) -> task \(.*\) -> user)$/.test(c)), found.join('\n')).toBe(true);
  });
});
