import { describe, expect, it } from 'vitest';
import { en } from '../../../src/app/i18n/locales/en.ts';
import { fr } from '../../../src/app/i18n/locales/fr.ts';
import { es } from '../../../src/app/i18n/locales/es.ts';

function flatten(tree: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const [k, v] of flatten(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const source = flatten(en);

describe.each([
  ['fr', fr],
  ['es', es],
])('locale %s', (_name, locale) => {
  const messages = flatten(locale);

  it('has exactly the English keys, no missing and no extra', () => {
    expect([...messages.keys()].sort()).toEqual([...source.keys()].sort());
  });

  it('has a non-empty string for every key', () => {
    for (const [key, value] of messages) expect(typeof value === 'string' && value.trim() !== '', key).toBe(true);
  });

  it('uses the same {{placeholders}} as English in every message', () => {
    for (const [key, value] of source) expect(placeholders(String(messages.get(key))), key).toEqual(placeholders(String(value)));
  });
});
