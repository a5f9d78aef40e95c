// Parity-only code, never loaded by a normal run: vntk's feature strings, the crfsuite addon vntk
// itself decodes with, and vntk-format helpers (`segment`, `posTag`, `nerTag`, …) over either
// decoder. scripts/parity.mjs and bench/segment.mjs pass the built modules (dist/), the parity
// tests the sources, so both check the code they run:
//   const ref = crfReference({ features, tagger, tokenize });
//   ref.vntk('crfsuite').nerTag('Hà Nội') equals ref.vntk('wasm').nerTag('Hà Nội')
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

let TaggerClass;
/** crfsuite's Tagger class, its addon loaded directly (its index.js goes through node-pre-gyp, ~90 ms). */
function loadCrfsuite() {
  if (TaggerClass === undefined) {
    let binding;
    try {
      const root = join(dirname(require.resolve('crfsuite/package.json')), 'lib', 'binding');
      for (const label of readdirSync(root)) {
        try {
          binding = require(join(root, label, 'crfsuite.node'));
          break;
        } catch {
          // Not an addon for this Node: try the next label, then crfsuite's own loader.
        }
      }
    } catch {
      // No prebuilt directory: crfsuite's own loader.
    }
    binding ??= require('crfsuite');
    TaggerClass = binding.Tagger;
  }
  return TaggerClass;
}

/**
 * @param {{ features: typeof import('../../src/nlp/features.js'), tagger: typeof import('../../src/nlp/tagger.js'), tokenize: typeof import('../../src/nlp/tokenize.js') }} modules
 */
export function crfReference({ features, tagger, tokenize }) {
  /** Feature strings of every item, vntk's format (`T[-1].lower=công`). */
  function featureStrings(stage, columns) {
    const { templates, tables } = features.featureTables(stage, columns);
    const n = columns[0]?.length ?? 0;
    const out = [];
    const raw = new Array(templates.length);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < templates.length; k++) {
        const t = templates[k];
        const j = i + t.from;
        raw[k] = j < 0 ? 'BOS' : j + t.length > n ? 'EOS' : tables[t.group][j];
      }
      out.push(templates.map((t, k) => t.prefix + (t.guard >= 0 && raw[t.guard] === 'True' ? '-' : raw[k])));
    }
    return out;
  }

  const nativeTaggers = new Map();
  /** The crfsuite addon's labels, from the feature strings. */
  const crfsuiteLabels = (stage, columns) => {
    if ((columns[0]?.length ?? 0) === 0) return [];
    const name = tagger.MODEL_OF[stage];
    let native = nativeTaggers.get(name);
    if (native === undefined) {
      const Tagger = loadCrfsuite();
      native = new Tagger();
      const path = tagger.modelPath(name);
      if (!native.open(path)) throw new Error(`cannot open vntk model ${path}`);
      nativeTaggers.set(name, native);
    }
    return native.tag(featureStrings(stage, columns));
  };

  /** vntk's API over one decoder: `wasm` (ours) or `crfsuite` (the addon). */
  function vntk(decoder = 'wasm') {
    const labeller = decoder === 'crfsuite' ? crfsuiteLabels : tagger.ownLabels;
    const labels = (stage, columns) => tagger.labelsOf(stage, columns, labeller);
    /** `wordTokenizer.tag(text)`: words as strings, syllables joined by single spaces. */
    const segment = (text) => {
      const syllables = tokenize.tokenize(text).map((t) => t.text);
      const tags = labels('segment', [syllables]);
      const words = [];
      // vntk appends an inside-word syllable to `output[output.length - 1]`; before the first
      // word that index is -1, an array property, so the syllable is lost. Reproduced here.
      let lost = true;
      syllables.forEach((s, i) => {
        if (tags[i] === 'IW') {
          if (!lost) words[words.length - 1] += ` ${s}`;
        } else {
          words.push(s);
          lost = false;
        }
      });
      return words;
    };
    /** `wordTokenizer.tag(text, 'text')`: words joined by spaces, the FIRST space of each word as `_`. */
    const segmentToString = (text) => segment(text).map((w) => w.replace(' ', '_')).join(' ');
    const posTag = (text) => {
      const words = segment(text);
      const pos = labels('pos', [words]);
      return words.map((w, i) => [w, pos[i] ?? '']);
    };
    const chunkTag = (text) => {
      const tagged = posTag(text);
      const words = tagged.map((t) => t[0]);
      const chunk = labels('chunk', [words, tagged.map((t) => t[1])]);
      return tagged.map(([w, p], i) => [w, p, chunk[i] ?? '']);
    };
    const nerTag = (text) => {
      const tagged = chunkTag(text);
      const ner = labels('ner', [tagged.map((t) => t[0]), tagged.map((t) => t[1])]);
      return tagged.map(([w, p, c], i) => [w, p, c, ner[i] ?? '']);
    };
    const tagSentence = (text, span, level) => tagger.tagSentence(text, span, level, labeller);
    return { segment, segmentToString, posTag, chunkTag, nerTag, tagSentence };
  }

  return { featureStrings, crfsuiteLabels, vntk };
}
