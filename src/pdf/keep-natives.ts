/**
 * pdf.js's legacy build (the one that runs on Node 20 and on Firefox ESR 140) brings core-js,
 * which replaces Array.prototype.push and JSON.parse/stringify with slower script versions where
 * it judges the natives lacking (Node 20 does, for edge cases neither pdf.js nor this project
 * meets); every push in the process or page then costs several times more. `load` runs with the
 * natives saved, and they are put back once it is done.
 */
const NATIVES: [object, string][] = [[Array.prototype, 'push'], [JSON, 'parse'], [JSON, 'stringify']];

export async function keepingNatives<T>(load: () => Promise<T>): Promise<T> {
  const saved = NATIVES.map(([owner, name]) => [owner, name, Object.getOwnPropertyDescriptor(owner, name)!] as const);
  try {
    return await load();
  } finally {
    for (const [owner, name, descriptor] of saved) Object.defineProperty(owner, name, descriptor);
  }
}
