import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import { registeredRuleIds, unregisteredRuleParts } from '../../src/ingest/ruleRegistry.js';
import type { ExtractedDocument } from '../../src/model/records.js';
import { SEEDS, extractSeed } from './seedHelpers.js';

// Private: every rule a document's records carry, with where it was found.
function recordedRules(d: ExtractedDocument): Array<{ rule: string; on: string }> {
  const out: Array<{ rule: string; on: string }> = [];
  const add = (on: string, rule: string | undefined | null): void => {
    if (rule) out.push({ rule, on });
  };
  for (const s of d.sections) add('section', s.evidence.rule);
  for (const t of d.tasks) {
    add('task', t.evidence.rule);
    add('task.deadline', t.deadline?.evidence.rule);
    for (const p of t.people ?? []) add('task.people', p.evidence.rule);
  }
  for (const r of d.responsibilities) {
    add('responsibility', r.evidence.rule);
    add('responsibility.resolution', r.resolution);
  }
  for (const u of d.units) add('unit', u.rule);
  for (const p of d.projects) add('project', p.rule);
  for (const m of d.mentions) {
    add('mention', m.evidence.rule);
    add('mention.resolution', m.resolution);
  }
  for (const l of d.locations) add('location', l.evidence.rule);
  for (const t of d.targets) add('target', t.evidence.rule);
  for (const i of d.document.inferred) {
    add('inference', i.rule);
    add('inference.evidence', i.evidence?.rule);
  }
  return out;
}

describe('the rule registry (src/ingest/ruleRegistry.ts)', () => {
  it('lists every rule id once', () => {
    const all = registeredRuleIds();
    const twice = all.filter((id, i) => all.indexOf(id) !== i);
    expect(twice).toEqual([]);
    expect(all.length).toBeGreaterThan(150);
  });

  it('tells a registered rule from one that is not', () => {
    expect(unregisteredRuleParts('project.park+key.place-prefix+alias')).toEqual([]);
    expect(unregisteredRuleParts('dict:unit.jt:区交通委+override.rename')).toEqual([]);
    expect(unregisteredRuleParts('label.responsible-unit:person')).toEqual([]);
    expect(unregisteredRuleParts('project.parc+key.place-prefix')).toEqual(['project.parc']);
    expect(unregisteredRuleParts('dictionary:unit.jt')).toEqual(['dictionary:unit.jt']);
  });

  // Each sample with its manifest entry and without (inference rules then run), and the warnings fixture.
  const docs: Array<[string, ExtractedDocument]> = [
    ...SEEDS.flatMap((f): Array<[string, ExtractedDocument]> => [[f, extractSeed(f)], [`${f} (no metadata)`, extractSeed(f, false)]]),
    ['every-warning.txt', extractDocument({ file: 'every-warning.txt', text: readFileSync(new URL('../fixtures/warnings/every-warning.txt', import.meta.url), 'utf8'), sha256: '0', meta: {} })],
  ];
  for (const [name, doc] of docs) {
    it(`${name}: every rule on its records is registered`, () => {
      const found = recordedRules(doc);
      expect(found.length).toBeGreaterThan(5);
      const unregistered = found.flatMap(({ rule, on }) => unregisteredRuleParts(rule).map((part) => `${on}: ${part} (in ${rule})`));
      expect([...new Set(unregistered)]).toEqual([]);
    });
  }
});
