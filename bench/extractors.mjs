#!/usr/bin/env node
// CPU time of the numbers and dates extractors alone, this build against another one (an older
// commit, checked out and built), in the same process: the inputs each build's extractors get
// (text, content parts, dateline reference; this build's numbers extractor also takes the
// sentences' tagged words) are prepared once per article by that build's own pipeline stages, then
// only extractNumbers + extractDates are timed, batch by batch, alternating which build goes first,
// with process.cpuUsage after a warm-up. Prints the medians per 400 articles and this/other.
// The machine may be shared: only the ratio within one run means much.
//
//   npm run build && node bench/extractors.mjs OTHER_ROOT [--count 400] [--rounds 9] [--only numbers|dates]
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { takeOption } from '../scripts/lib/args.mjs';
import { buildArticles } from './corpus.mjs';

const args = process.argv.slice(2);
const count = Number(takeOption(args, '--count', '400'));
const rounds = Number(takeOption(args, '--rounds', '9'));
const only = takeOption(args, '--only', 'both');
const other = args[0];
if (!other) {
  console.error('usage: node bench/extractors.mjs OTHER_ROOT [--count N] [--rounds N] [--only numbers|dates]');
  process.exit(2);
}
const roots = { this: fileURLToPath(new URL('..', import.meta.url)), other: resolve(other) };
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/** One build's extractors and, per article, the arguments they receive in its analyze(). */
async function load(root, articles) {
  const dist = `${root}/dist`;
  const { prepare } = await import(`${dist}/analyze.js`);
  const { splitSentences } = await import(`${dist}/nlp/sentences.js`);
  const { tagSentence } = await import(`${dist}/nlp/tagger.js`);
  const { extractNumbers } = await import(`${dist}/extract/numbers/index.js`);
  const { extractDates } = await import(`${dist}/extract/dates/index.js`);
  // A numbers extractor that declares a third parameter reads the tagged words (today's); an
  // older one reads the text only and is not given them. (Its `length` does not tell: the third
  // parameter has a default.)
  const source = extractNumbers.toString();
  const wantsWords = source.slice(0, source.indexOf(')')).split(',').length >= 3;
  const inputs = articles.map(({ text: input }) => {
    const { text, info, content } = prepare(input);
    const reference = info.dateline?.value ?? null;
    const words = wantsWords ? content.flatMap((part) => splitSentences(text, part)).flatMap((span) => tagSentence(text, span, 'ner')) : [];
    return { text, scope: content, reference, words };
  });
  const numbers = wantsWords ? (a) => extractNumbers(a.text, a.scope, a.words) : (a) => extractNumbers(a.text, a.scope);
  const dates = (a) => extractDates(a.text, a.scope, a.reference);
  const run =
    only === 'numbers' ? (a) => numbers(a).length
    : only === 'dates' ? (a) => dates(a).length
    : (a) => numbers(a).length + dates(a).length;
  return { inputs, run, wantsWords };
}

const articles = buildArticles(count);
const builds = {};
for (const [name, root] of Object.entries(roots)) builds[name] = await load(root, articles);
console.log(`numbers extractor given the tagged words: this ${builds.this.wantsWords}, other ${builds.other.wantsWords}`);

const size = 25;
const batches = Math.ceil(count / size);
// Warm-up: every article through both builds twice, so both run optimised code.
for (let k = 0; k < 2; k++) for (const b of Object.values(builds)) for (const a of b.inputs) b.run(a);

const totals = { this: [], other: [] };
const ratios = [];
let sink = 0;
for (let r = 0; r < rounds; r++) {
  const took = { this: 0, other: 0 };
  for (let b = 0; b < batches; b++) {
    const order = (b + r) % 2 ? ['this', 'other'] : ['other', 'this'];
    for (const name of order) {
      const { inputs, run } = builds[name];
      const start = process.cpuUsage();
      for (let i = b * size; i < Math.min(count, (b + 1) * size); i++) sink += run(inputs[i]);
      const used = process.cpuUsage(start);
      took[name] += (used.user + used.system) / 1000;
    }
  }
  for (const name of ['this', 'other']) totals[name].push((took[name] * 400) / count);
  ratios.push(took.this / took.other);
}
const list = (name) => totals[name].map((t) => t.toFixed(0)).join(' ');
console.log(`${only === 'both' ? 'numbers + dates' : only} extractors, ${count} articles x ${rounds} rounds, CPU ms per 400 articles`);
console.log(`  this  median ${median(totals.this).toFixed(1)}  (${list('this')})`);
console.log(`  other median ${median(totals.other).toFixed(1)}  (${list('other')})`);
console.log(`  this/other per round: median ${median(ratios).toFixed(3)}, range ${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}  [${sink > 0 ? 'ok' : 'nothing found'}]`);
