// Builds the throughput corpus: 2,000 articles made of the shared treebank's sentences (dev and
// train, 2,523 sentences, each used about 13 times), detokenised and laid out as a paper prints
// them: a dateline, a title, a lead, body paragraphs of three sentences, a byline.
//   import { buildArticles } from './corpus.mjs'; buildArticles(2000) → [{ id, text }]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dataDir = fileURLToPath(new URL('../../shared/data/', import.meta.url));

/** `phỏng vấn , ông Lộc nói : …` → `phỏng vấn, ông Lộc nói: …` */
function detokenize(sentence) {
  return sentence
    .replace(/ ?LBKT ?/gu, ' (')
    .replace(/ ?RBKT/gu, ')')
    .replace(/ ([,.:;!?%)”])/gu, '$1')
    .replace(/([(“]) /gu, '$1')
    .replace(/ " ([^"]*) "/gu, ' "$1"');
}

export function treebankSentences() {
  const sentences = [];
  for (const file of ['vi_vtb-ud-dev.conllu', 'vi_vtb-ud-train.conllu']) {
    for (const line of readFileSync(`${dataDir}${file}`, 'utf8').split('\n')) {
      if (line.startsWith('# text = ')) sentences.push(detokenize(line.slice(9).trim()));
    }
  }
  return sentences;
}

const BYLINES = ['Minh Hằng', 'Bài, ảnh: Quốc Tuấn', 'Theo TTXVN', 'Thu Trang - Văn Long'];

/** `count` articles of 12 to 20 sentences (16 on average, the size of the sample fixture), deterministic. */
export function buildArticles(count = 2000) {
  const sentences = treebankSentences();
  const articles = [];
  let next = 0;
  const take = () => {
    const s = sentences[next % sentences.length];
    next++;
    return /[.!?…"”]$/u.test(s) ? s : `${s}.`;
  };
  for (let i = 0; i < count; i++) {
    const size = 12 + (i % 9);
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    const title = take().replace(/[.]$/u, '');
    const lead = take();
    const body = [];
    for (let k = 2; k < size; k += 3) {
      const paragraph = [];
      for (let j = k; j < Math.min(size, k + 3); j++) paragraph.push(take());
      body.push(paragraph.join(' '));
    }
    const text = [`${day}/${month}/2023 - 0${i % 10}:15`, title, lead, ...body, BYLINES[i % BYLINES.length]].join('\n\n');
    articles.push({ id: `a${String(i + 1).padStart(4, '0')}`, text });
  }
  return articles;
}

// node bench/corpus.mjs [COUNT] > corpus.ndjson: the corpus as NDJSON records.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? 2000);
  for (const article of buildArticles(count)) process.stdout.write(`${JSON.stringify(article)}\n`);
}
