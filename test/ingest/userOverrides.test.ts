import { describe, expect, it } from 'vitest';
import { resolveUnit } from '../../src/ingest/resolve/resolveUnit.js';
import { defaultUnitDictionary } from '../../src/ingest/resolve/unitDictionary.js';
import { defaultGazetteer } from '../../src/ingest/resolve/gazetteer.js';
import { overridesFingerprint, parseUserOverrides } from '../../src/ingest/resolve/userOverrides.js';
import { extractDocument } from '../../src/ingest/extractDocument.js';

const ctx = { region: '上海市嘉定区', dict: defaultUnitDictionary(), gaz: defaultGazetteer(), documentId: 'doc:t' };
const JA = { ...ctx, region: '上海市静安区' };

describe('user overrides in unit resolution', () => {
  it('a merge without `into` joins the first name\'s unit, only in its region', () => {
    const user = parseUserOverrides({ merge: [{ region: '上海市嘉定区', names: ['区经委', '区经信委'] }] });
    const joined = resolveUnit('区经信委', { ...ctx, user }).unit;
    expect(joined.id).toBe(resolveUnit('区经委', ctx).unit.id);
    expect(joined.aliases).toContain('区经信委');
    expect(resolveUnit('区经信委', { ...JA, user }).unit.id).toBe(resolveUnit('区经信委', JA).unit.id);
  });

  it('a merge with `into` names the unit and its kind', () => {
    const user = parseUserOverrides({ merge: [{ names: ['区大数据中心', '区数据局'], into: '嘉定区数据局', kind: 'BUREAU' }] });
    for (const s of ['区大数据中心', '区数据局']) {
      expect(resolveUnit(s, { ...ctx, user }).unit).toMatchObject({ id: 'unit:上海市嘉定区:嘉定区数据局', kind: 'BUREAU', rule: 'override.merge:区大数据中心=区数据局' });
    }
  });

  it('apart keeps a name the rules would merge, and leaves one they would not', () => {
    const user = parseUserOverrides({ apart: [{ names: ['区交通委员会', '区交通委'] }, { names: ['区经委', '区商务委'] }] });
    const kept = resolveUnit('区交通委', { ...ctx, user }).unit;
    expect(kept.id).not.toBe(resolveUnit('区交通委员会', ctx).unit.id);
    expect(kept.rule).toBe('override.apart:区交通委员会|区交通委');
    expect(resolveUnit('区商务委', { ...ctx, user }).unit).toEqual(resolveUnit('区商务委', ctx).unit);
  });

  it('a rename renames the unit and the reform edges that point at it', () => {
    const before = resolveUnit('区环保局', ctx);
    expect(before.relations.length).toBeGreaterThan(0);
    const successor = before.related[0]!;
    const user = parseUserOverrides({ rename: [{ region: '上海市嘉定区', name: successor.name, to: '嘉定区环境局' }] });
    const after = resolveUnit('区环保局', { ...ctx, user });
    expect(after.related[0]!.id).toBe('unit:上海市嘉定区:嘉定区环境局');
    expect(after.related[0]!.aliases).toContain(successor.name);
    expect(after.relations[0]!.toId).toBe('unit:上海市嘉定区:嘉定区环境局');
  });

  it('the fingerprint changes with the entries a document prints, and only those', () => {
    const doc = (overrides: unknown) => extractDocument(
      { file: 'f.txt', text: '一、产业\n(1)推进氢能产业园建设。(责任单位:区经委、区商务委)\n', sha256: 'x', meta: { region: '上海市嘉定区', year: 2023 } },
      { overrides: parseUserOverrides(overrides) },
    ).document.overrides;
    const base = { merge: [{ names: ['区经委', '区经信委'] }] };
    expect(doc(base)).toMatch(/^[0-9a-f]{16}$/);
    expect(doc({ ...base, collective: [{ name: '区某某会议' }] })).toBe(doc(base));
    expect(doc({ ...base, collective: [{ name: '区商务委' }] })).not.toBe(doc(base));
    expect(doc({ collective: [{ name: '区某某会议' }] })).toBeUndefined();
    const text = (names: string[]) => overridesFingerprint(parseUserOverrides(base), { foldedText: names.join(''), unitIds: new Set() });
    expect(text(['区经信委'])).toBe(text(['区经委']));
    expect(text(['区住建委'])).toBe('');
  });
});
