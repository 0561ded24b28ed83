// Checks for prototype pollution after a test feeds hostile input to a parser: no built-in
// prototype gained a property, and a fresh object reads nothing through its prototype.
const WATCHED = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const baseline = WATCHED.map((prototype) => Reflect.ownKeys(prototype).length);

// The names hostile input uses to reach a prototype.
export const POLLUTING_KEYS = ["__proto__", "constructor", "prototype", "polluted"] as const;

// Returns what was polluted, empty when nothing was.
export function prototypePollution(): string[] {
  const found: string[] = [];
  WATCHED.forEach((prototype, index) => {
    if (Reflect.ownKeys(prototype).length !== baseline[index])
      found.push(`a built-in prototype gained keys: ${String(Reflect.ownKeys(prototype))}`);
  });
  const probe: Record<string, unknown> = {};
  for (const key of ["polluted", "isAdmin", "0"]) {
    if (probe[key] !== undefined) found.push(`({}).${key} is ${String(probe[key])}`);
  }
  return found;
}

// Returns the paths of objects in `value` whose prototype is not the plain one: a parser that
// copies a "__proto__" key by assignment swaps the prototype of the object it builds.
export function oddPrototypes(value: unknown, path = "$"): string[] {
  if (value === null || typeof value !== "object") return [];
  const expected = Array.isArray(value) ? Array.prototype : Object.prototype;
  const own = Object.getPrototypeOf(value) === expected ? [] : [path];
  return own.concat(
    ...Object.entries(value).map(([key, child]) => oddPrototypes(child, `${path}.${key}`)),
  );
}
