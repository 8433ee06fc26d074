// @vitest-environment node
/**
 * The live stream's unit is a "batch" in everything a learner reads. Code may call it a tick
 * (`tick`, `windowTicks`); the words on screen, in the card lines and in the CLI's output may not.
 * Scans every string and JSX text in the folders that produce user-visible text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const FOLDERS = ['src/content', 'src/stages', 'src/components', 'src/pipeline', 'src/app', 'src/cli'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Text a user can read: string and template pieces and JSX text, but not types, imports or property keys. */
function visibleTexts(path: string, source: string): string[] {
  const file = ts.createSourceFile(
    path,
    source,
    ts.ScriptTarget.Latest,
    true,
    path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    const parent = node.parent as ts.Node | undefined;
    const skipped =
      !parent ||
      ts.isLiteralTypeNode(parent) ||
      ts.isImportDeclaration(parent) ||
      ts.isExternalModuleReference(parent) ||
      (ts.isPropertyAssignment(parent) && parent.name === node) ||
      ts.isElementAccessExpression(parent);
    if (!skipped && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node))) {
      out.push(node.text);
    }
    if (ts.isJsxText(node)) out.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

describe('the live stream’s unit', () => {
  it('finds words in strings, templates and JSX (the scan can fail)', () => {
    const texts = visibleTexts('x.tsx', 'const a = `at tick ${n}`; const b = <p>per tick</p>; type T = "tick";');
    expect(texts.filter((t) => /\btick/i.test(t))).toEqual(['at tick ', 'per tick']);
  });

  it('is called a batch in every user-visible text', () => {
    const offenders = FOLDERS.flatMap(files).flatMap((path) =>
      visibleTexts(path, readFileSync(path, 'utf8'))
        // The CLI's `--ticks` flag is a scripting interface (its help calls them live batches).
        .filter((t) => /\bticks?\b/i.test(t.replaceAll('--ticks', '')) && t !== 'ticks')
        .map((t) => `${path}: ${t.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
