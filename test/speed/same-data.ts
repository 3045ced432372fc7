import { expect } from 'vitest';

/**
 * `toStrictEqual` for plain data, without its one blind spot: it compares objects' `constructor`
 * properties as types, so two equal records with a key named "constructor" (a responsibility id
 * can be anything) fail it. Here: the same prototypes, the same own keys in the same order, and
 * the same values (Object.is for the rest), recursively.
 */
export function expectSameData(actual: unknown, expected: unknown, label = ''): void {
  const walk = (a: unknown, b: unknown, at: string): void => {
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
      expect(Object.is(a, b), `${label} ${at}: ${String(a)} is not ${String(b)}`).toBe(true);
      return;
    }
    expect(Object.getPrototypeOf(a) === Object.getPrototypeOf(b), `${label} ${at}: another prototype`).toBe(true);
    const keys = Reflect.ownKeys(a);
    expect(keys, `${label} ${at}: keys`).toEqual(Reflect.ownKeys(b));
    for (const key of keys) walk((a as Record<PropertyKey, unknown>)[key], (b as Record<PropertyKey, unknown>)[key], `${at}.${String(key)}`);
  };
  walk(actual, expected, '');
}
