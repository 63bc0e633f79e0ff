/**
 * The inputs of a run, in order: each argument (a file, a URL, a folder written with a trailing
 * slash), then the lines of --list files. A folder gives every .html/.htm/.pdf/.docx inside it,
 * its subfolders too but not hidden ones (.git, .cache), sorted by name; the type of each file is
 * still decided by its bytes.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, isUrl } from './load';

export interface Source {
  /** the path or URL as given (a folder's files: the folder joined with the file's path in it) */
  source: string;
  /** why it cannot be read, when that is known before reading it (a folder that cannot be listed) */
  error?: string;
}

const REPORT_FILE = /\.(?:html?|pdf|docx)$/i;
const hidden = (name: string) => name.startsWith('.');

/** A folder is written with a trailing slash: a bare name stays what it always was, one file. */
export const namesFolder = (target: string): boolean => !isUrl(target) && /[/\\]$/.test(target);

async function folderFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (hidden(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await folderFiles(path)));
    else if (REPORT_FILE.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isFile()))) files.push(path);
  }
  return files;
}

async function expand(target: string, asFolder: boolean): Promise<Source[]> {
  if (isUrl(target)) return [URL.canParse(target) ? { source: target } : { source: target, error: '网址无效 (invalid URL)' }];
  if (!asFolder) return [{ source: target }];
  try {
    const files = await folderFiles(target);
    // an empty folder is a row of its own: in a batch it would otherwise vanish without a word
    return files.length > 0 ? files.map((source) => ({ source })) : [{ source: target, error: '文件夹里没有 .html、.pdf 或 .docx 文件 (no report files)' }];
  } catch (error) {
    return [{ source: target, error: `文件夹无法打开 (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})` }];
  }
}

/** The lines of a list: one path or URL a line; blank lines and lines starting with # are skipped. */
async function listLines(list: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(list, 'utf8');
  } catch (error) {
    throw new InputError(`--list ${list}: 无法读取 (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  return text.replace(/^\ufeff/, '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}

/**
 * Every source of the run. In a list a folder needs no slash (a list names what it means);
 * a URL or file name is kept as written.
 */
export async function collectSources(targets: readonly string[], lists: readonly string[]): Promise<Source[]> {
  const sources: Source[] = [];
  for (const target of targets) sources.push(...(await expand(target, namesFolder(target))));
  for (const list of lists) {
    for (const line of await listLines(list)) {
      const isFolder = namesFolder(line) || (!isUrl(line) && (await stat(line).catch(() => null))?.isDirectory() === true);
      sources.push(...(await expand(line, isFolder)));
    }
  }
  return sources;
}
