import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** A regular expression the code builds, with where it was found. */
export interface FoundRegExp {
  source: string;
  flags: string;
  where: string;
}

export const ROOT = path.resolve(import.meta.dirname, '../../..');
/** Folders whose code runs on users' text. */
const CODE_DIRS = ['lib', 'components', 'entrypoints', 'content', 'browser', 'bin'];

function codeFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : codeFiles(full);
    return /\.(ts|tsx|js|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/**
 * Every regular-expression literal in the code, and every `new RegExp(…)` / `RegExp(…)` whose
 * arguments are string literals, found by parsing (so comments and strings are not mistaken for them).
 */
export function literalRegExps(): FoundRegExp[] {
  const found: FoundRegExp[] = [];
  for (const file of CODE_DIRS.flatMap((d) => codeFiles(path.join(ROOT, d)))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) =>
      `${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const slash = text.lastIndexOf('/');
        found.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: where(node) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
          found.push({ source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '', where: where(node) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/**
 * Runs `work` with the global RegExp constructor wrapped, and returns every expression built by
 * project code (not by libraries) while it ran: the patterns compiled from wordlists and data.
 */
export async function builtRegExps(work: () => Promise<void>): Promise<FoundRegExp[]> {
  const found: FoundRegExp[] = [];
  const Original = globalThis.RegExp;
  const record = (args: unknown[]) => {
    const [pattern, flags] = args;
    const source = pattern instanceof Original ? pattern.source : String(pattern ?? '(?:)');
    // The frame that built it: skip this file's own frames; libraries' expressions are theirs.
    const stack = new Error().stack?.split('\n').slice(1) ?? [];
    const frame = stack.find((line) => !line.includes('collect-regexps'));
    if (!frame?.includes(ROOT) || frame.includes('node_modules') || frame.includes('/tests/')) return;
    const at = /\((.*):(\d+):\d+\)$/.exec(frame) ?? /at (.*):(\d+):\d+$/.exec(frame);
    const where = at ? `${path.relative(ROOT, at[1]!)}:${at[2]} (built)` : 'built at run time';
    found.push({ source, flags: typeof flags === 'string' ? flags : pattern instanceof Original ? pattern.flags : '', where });
  };
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
    },
    apply(target, self, args) {
      record(args);
      return Reflect.apply(target, self, args);
    },
  });
  try {
    await work();
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}
