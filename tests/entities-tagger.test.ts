// The shipped entity tagger decoded in WebAssembly gives the labels of the JavaScript decode
// that training uses, bit for bit: on random feature sets and on sentences through the pipeline.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../src/analyze.js';
import { entityData } from '../src/extract/entities/data.js';
import { expansionMap, readSentences } from '../src/extract/entities/index.js';
import { sentenceFeatures } from '../src/extract/entities/tagger/features.js';
import { labelsToSpans } from '../src/extract/entities/tagger/index.js';
import { decode, decodeModel } from '../src/extract/entities/tagger/model.js';
import { decodeInWasm, wasmTagger } from '../src/extract/entities/tagger/wasm.js';

const js = decodeModel(readFileSync(new URL('../src/data/entity-tagger.bin', import.meta.url)));
const wasm = wasmTagger();

describe('entity tagger in WebAssembly', () => {
  it('loads the shipped model both ways', () => {
    expect(js).not.toBeNull();
    expect(wasm).not.toBeNull();
    expect(wasm?.bits).toBe(js?.bits);
  });

  it('gives the JavaScript decode’s labels on 500 random sentences of random buckets', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const bits = js!.bits;
    const differ: number[] = [];
    for (let s = 0; s < 500; s++) {
      const n = 1 + (next() % 80);
      const offsets = new Uint32Array(n + 1);
      const list: number[] = [];
      for (let i = 0; i < n; i++) {
        const count = next() % 48;
        for (let k = 0; k < count; k++) list.push(next() & ((1 << bits) - 1));
        offsets[i + 1] = list.length;
      }
      const features = { buckets: Uint32Array.from(list), offsets };
      if (decodeInWasm(wasm!, features).join() !== decode(js!, features).join()) differ.push(s);
    }
    expect(differ).toEqual([]);
  });

  it('gives the same labels on news sentences through the pipeline', () => {
    const text =
      'Chiều 12/3, ông Nguyễn Văn Bình, Giám đốc Sở Y tế tỉnh Long An, cho biết bệnh viện đã tiếp nhận 40 ca.\n\n' +
      'Theo Reuters, Thủ tướng Anh gặp đại diện Ngân hàng Thế giới tại London.';
    const { analysis, doc } = analyzeDocument(text);
    const expansions = expansionMap(analysis.abbreviations);
    const persons: string[] = [];
    for (const { tokens, kept } of readSentences(doc)) {
      const features = sentenceFeatures({ tokens, kept, data: entityData(), expansions }, js!.bits);
      const labels = decodeInWasm(wasm!, features);
      expect(labels).toEqual(decode(js!, features));
      for (const span of labelsToSpans(labels)) {
        if (span.type === 'PER') persons.push(text.slice(tokens[span.s]!.start, tokens[span.e - 1]!.end));
      }
    }
    // The tagger's own spans; the rules settle the rest (Reuters is an agency: tests/entities-news.test.ts).
    expect(persons).toContain('Nguyễn Văn Bình');
  });
});
