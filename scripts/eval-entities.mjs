// Scores the entity extractor against the hand-labelled sentences in fixtures/entities/eval*.txt,
// by type, with span overlap (and exact spans beside it), next to vntk's CRF tags alone.
// Run: npx vite-node scripts/eval-entities.mjs [file] [--verbose]   (reads the TypeScript sources)
//  or: npm run build && node scripts/eval-entities.mjs [file] [--verbose]   (reads dist/)
import { readdirSync, readFileSync } from 'node:fs';

/** The sources under vite-node, the build under plain node (which cannot import .ts). */
async function load(name) {
  const source = new URL(`../src/${name}.ts`, import.meta.url).href;
  const built = new URL(`../dist/${name}.js`, import.meta.url).href;
  try {
    return await import(/* @vite-ignore */ source);
  } catch {
    return import(/* @vite-ignore */ built);
  }
}
const { extractEntities } = await load('extract/entities/index');
const { splitSentences } = await load('nlp/sentences');
const { tagSentence } = await load('nlp/tagger');

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];

/** `[ORG LĐLĐ [LOC TP Cần Thơ]] họp` → the plain text and its gold spans (nesting kept). */
function parseMarkup(line) {
  let text = '';
  const gold = [];
  const open = [];
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    const m = c === '[' ? /^\[(PER|ORG|LOC|MISC) /u.exec(line.slice(i)) : null;
    if (m) {
      open.push({ type: m[1], start: text.length });
      i += m[0].length - 1;
    } else if (c === ']' && open.length > 0) {
      const o = open.pop();
      gold.push({ type: o.type, start: o.start, end: text.length });
    } else {
      text += c;
    }
  }
  return { text, gold };
}

function crfSpans(words) {
  const out = [];
  let cur = null;
  for (const w of words) {
    const [bio, type] = w.ner.split('-');
    if (bio === 'B' || (bio === 'I' && (!cur || cur.type !== type))) {
      if (cur) out.push(cur);
      cur = { type, start: w.start, end: w.end };
    } else if (bio === 'I' && cur) {
      cur.end = w.end;
    } else {
      if (cur) out.push(cur);
      cur = null;
    }
  }
  if (cur) out.push(cur);
  return out;
}

function newScore() {
  return Object.fromEntries([...TYPES, 'LOC+ORG', 'ALL'].map((t) => [t, { tp: 0, fp: 0, fn: 0, exact: 0 }]));
}

/** Greedy one-to-one matching of same-type spans that overlap; exact counts identical spans. */
function score(acc, gold, pred) {
  for (const type of TYPES) {
    const g = gold.filter((x) => x.type === type);
    const p = pred.filter((x) => x.type === type);
    const used = new Set();
    let tp = 0;
    let exact = 0;
    for (const x of p) {
      let best = -1;
      for (let k = 0; k < g.length; k++) {
        if (used.has(k)) continue;
        const y = g[k];
        if (x.start < y.end && y.start < x.end) {
          if (best < 0 || (y.start === x.start && y.end === x.end)) best = k;
        }
      }
      if (best >= 0) {
        used.add(best);
        tp++;
        if (g[best].start === x.start && g[best].end === x.end) exact++;
      }
    }
    for (const key of [type, 'ALL', ...(type === 'LOC' || type === 'ORG' ? ['LOC+ORG'] : [])]) {
      acc[key].tp += tp;
      acc[key].exact += exact;
      acc[key].fp += p.length - tp;
      acc[key].fn += g.length - tp;
    }
  }
}

const f = (x) => x.toFixed(2);
function report(name, acc) {
  console.log(`\n${name}`);
  console.log('type      gold  pred    P     R     F1   exact-F1');
  for (const [type, s] of Object.entries(acc)) {
    const p = s.tp / Math.max(1, s.tp + s.fp);
    const r = s.tp / Math.max(1, s.tp + s.fn);
    const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
    const ep = s.exact / Math.max(1, s.tp + s.fp);
    const er = s.exact / Math.max(1, s.tp + s.fn);
    const ef1 = ep + er > 0 ? (2 * ep * er) / (ep + er) : 0;
    console.log(`${type.padEnd(8)} ${String(s.tp + s.fn).padStart(5)} ${String(s.tp + s.fp).padStart(5)}  ${f(p)}  ${f(r)}  ${f(f1)}  ${f(ef1)}`);
  }
}

const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dir = new URL('../fixtures/entities/', import.meta.url);
const files = named.length > 0 ? named : readdirSync(dir).filter((f) => /^eval.*\.txt$/u.test(f)).sort().map((f) => new URL(f, dir));
const lines = files.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')));
const ours = newScore();
const crf = newScore();
const verbose = process.argv.includes('--verbose');
for (const line of lines) {
  const { text, gold } = parseMarkup(line.normalize('NFC'));
  const sentences = splitSentences(text, { start: 0, end: text.length }).map((s) => ({ ...s, words: tagSentence(text, s, 'ner') }));
  const entities = extractEntities({ text, parts: [], sentences, reference: null }, []);
  const pred = entities.flatMap((e) => e.mentions.map(([start, end]) => ({ type: e.type, start, end })));
  score(ours, gold, pred);
  score(crf, gold, sentences.flatMap((s) => crfSpans(s.words)));
  if (verbose) {
    const show = (xs) => xs.map((x) => `${x.type}:${text.slice(x.start, x.end)}`).sort().join(' | ');
    if (show(gold) !== show(pred)) console.log(`${text}\n  gold: ${show(gold)}\n  ours: ${show(pred)}`);
  }
}
console.log(`${lines.length} sentences from ${files.map((f) => String(f).replace(/^.*\//u, '')).join(', ')}`);
report('article-analyze entities (rules + CRF signal)', ours);
report('vntk CRF tags alone', crf);
