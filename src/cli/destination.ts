/**
 * `--out DIR`, checked before any work and written all-or-nothing: the folder
 * must be creatable or an existing directory; files already there are kept
 * unless --force; output goes into a temporary folder beside (or inside) the
 * destination and is moved into place only once every file is written.
 * Nothing creates folders recursively: `mkdir -p /proc/x` never returns.
 */
import { lstat, mkdtemp, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** A destination the CLI cannot or must not write; main prints it and exits 2. */
export class BadDestination extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadDestination';
  }
}

export interface Staging {
  /** Where to write the files now. */
  readonly dir: string;
  /** Moves the written files into the destination. */
  commit(names: readonly string[]): Promise<void>;
  /** Removes the temporary folder and whatever is in it (safe to call after commit). */
  discard(): Promise<void>;
}

const codeOf = (e: unknown): string => (e && typeof e === 'object' && 'code' in e ? String(e.code) : String(e));

async function existing(path: string): Promise<'dir' | 'other' | null> {
  try {
    return (await lstat(path)).isDirectory() ? 'dir' : 'other';
  } catch (e) {
    if (codeOf(e) === 'ENOENT') return null;
    throw new BadDestination(`--out ${path}: cannot be read (${codeOf(e)})`);
  }
}

/**
 * Checks `out` and creates the temporary folder the run will write into.
 * @param names the files the run will write (checked for overwrites)
 * @throws BadDestination for a file path, a missing parent, an unwritable place, or files in the way without `force`
 */
export async function stageDestination(out: string, names: readonly string[], force: boolean): Promise<Staging> {
  const target = resolve(out);
  const kind = await existing(target);
  if (kind === 'other') throw new BadDestination(`--out ${out}: is a file, not a folder`);
  if (kind === 'dir' && !force) {
    const there = (await readdir(target)).filter((f) => names.includes(f));
    if (there.length) throw new BadDestination(`--out ${out}: already holds ${there.join(', ')}; pass --force to overwrite`);
  }
  const parent = dirname(target);
  if (kind === null) {
    const p = await stat(parent).catch(() => null);
    if (!p?.isDirectory()) throw new BadDestination(`--out ${out}: the folder ${parent} does not exist`);
  }
  let dir: string;
  try {
    dir = await mkdtemp(kind === 'dir' ? join(target, '.pipeline-lab-tmp-') : join(parent, `.${basename(target)}.tmp-`));
  } catch (e) {
    throw new BadDestination(`--out ${out}: cannot write there (${codeOf(e)})`);
  }
  return {
    dir,
    async commit(written) {
      if (kind === null) {
        await rename(dir, target);
        return;
      }
      for (const name of written) await rename(join(dir, name), join(target, name));
      await rmdir(dir);
    },
    discard: () => rm(dir, { recursive: true, force: true }),
  };
}
