import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');

/** The "## Layers" block of docs/ARCHITECTURE.md: one line per layer, top first. */
function layersFromDoc(): string[][] {
  const doc = readFileSync(path.join(ROOT, 'docs/ARCHITECTURE.md'), 'utf8');
  const block = /## Layers[\s\S]*?```\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!block) throw new Error('docs/ARCHITECTURE.md has no "## Layers" block');
  return block
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((line) => line.split(/\s+/));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(path.join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [path.join(dir, e.name)]
        : [],
  );
}

/** A file's unit in the layer list: its top folder under src/, or the file itself at the top. */
function unitOf(file: string): string {
  const rel = path.relative(SRC, file).split(path.sep);
  return rel.length > 1 ? `${rel[0]}/` : rel[0]!.replace(/\.ts$/, '');
}

const IMPORT = /(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g;

describe('layers', () => {
  const layers = layersFromDoc();
  const level = new Map(layers.flatMap((units, i) => units.map((u) => [u, i] as const)));

  it('places every folder of src/ in a layer', () => {
    const units = [...new Set(sourceFiles(SRC).map(unitOf))];
    expect(units.filter((u) => !level.has(u))).toEqual([]);
  });

  it('has no folder importing one above it (the order in docs/ARCHITECTURE.md)', () => {
    const upward: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const from = unitOf(file);
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const target = path.resolve(path.dirname(file), spec!.replace(/\.js$/, '.ts'));
        const to = unitOf(target);
        if (to !== from && (level.get(to) ?? -1) < (level.get(from) ?? -1))
          upward.push(`${path.relative(ROOT, file)} → ${path.relative(ROOT, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });
});
