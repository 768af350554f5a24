import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extractDocument.js';

const doc = (sentence: string, region = '上海市嘉定区') =>
  extractDocument({ file: 'pl.txt', text: `一、乡村\n(1)${sentence}(责任单位:区农业农村委)\n`, sha256: '', meta: { year: 2021, region, genre: 'task_list' } });

describe('places', () => {
  it('links a town and its parent chain from the gazetteer', () => {
    const d = doc('推进安亭镇先锋村美丽乡村示范村建设。');
    const ids = d.places.map((p) => p.id);
    expect(d.locations.map((l) => l.placeId)).toEqual(['place:310114103215']);
    expect(ids).toEqual(expect.arrayContaining(['place:310114103215', 'place:310114103', 'place:310114', 'place:310000']));
    expect(d.places.find((p) => p.id === 'place:310114103215')!.parentId).toBe('place:310114103');
  });
  it('makes an unknown village printed after its town a Place under that town', () => {
    const d = doc('完成徐行镇伏虎村村庄改造。');
    const v = d.places.find((p) => p.name === '伏虎村')!;
    expect(v).toMatchObject({ kind: 'VILLAGE', parentId: 'place:310114109' });
  });
  it('finds subdistricts of the document region, not of another district', () => {
    expect(doc('推进彭浦新村街道综合改造。', '上海市静安区').locations.map((l) => l.placeId)).toEqual(['place:310106020']);
    expect(doc('推进真新街道综合改造。').locations.map((l) => l.placeId)).toEqual(['place:310114002']);
  });
});
