// Scoring of one analysis against one annotated sentence, after the rules in
// ../shared/data/README.md (what outside checks do too):
// - entities: one to one, a prediction counts when it overlaps a gold mention of the same type;
//   predictions nested inside another prediction are not scored; exact spans beside it;
// - numbers: overlap and equal value; predictions inside a gold date or a doubtful span are not
//   scored; the unit is compared on the matches;
// - dates: overlap, one to one; the value is compared where the gold has one (part of day dropped);
// - abbreviations: (short without final dot, expansion) pairs per sentence, without tone marks or
//   case; "English (Vietnamese)" accepts either part; a compound form is credited part by part.
// Items marked `neutral` are scored neither way.

const TYPES = ['PER', 'ORG', 'LOC'];

export function emptyTotals() {
  const t = { numbers: { tp: 0, pred: 0, gold: 0, unitRight: 0 }, dates: { tp: 0, pred: 0, gold: 0, valued: 0, valueRight: 0 } };
  t.abbreviations = { tpPred: 0, tpGold: 0, pred: 0, gold: 0 };
  t.entities = { exact: { tp: 0, pred: 0, gold: 0 } };
  for (const type of [...TYPES, 'ALL']) t.entities[type] = { tp: 0, pred: 0, gold: 0 };
  return t;
}

export function addTotals(into, from) {
  for (const [k, v] of Object.entries(from)) {
    if (typeof v === 'number') into[k] += v;
    else addTotals(into[k], v);
  }
}

const f1 = (tp, pred, gold) => {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

export function summarize(t) {
  const out = {};
  for (const type of [...TYPES, 'ALL']) {
    const s = f1(t.entities[type].tp, t.entities[type].pred, t.entities[type].gold);
    out[`entities ${type} P`] = s.p;
    out[`entities ${type} R`] = s.r;
    out[`entities ${type} F1 (overlap)`] = s.f;
  }
  out['entities ALL F1 (exact)'] = f1(t.entities.exact.tp, t.entities.exact.pred, t.entities.exact.gold).f;
  const n = f1(t.numbers.tp, t.numbers.pred, t.numbers.gold);
  out['numbers P'] = n.p;
  out['numbers R'] = n.r;
  out['numbers F1'] = n.f;
  out['numbers unit right'] = t.numbers.tp ? t.numbers.unitRight / t.numbers.tp : null;
  const d = f1(t.dates.tp, t.dates.pred, t.dates.gold);
  out['dates P'] = d.p;
  out['dates R'] = d.r;
  out['dates F1 (overlap)'] = d.f;
  out['dates value right'] = t.dates.valued ? t.dates.valueRight / t.dates.valued : null;
  const a = t.abbreviations;
  const ap = a.pred ? a.tpPred / a.pred : 0;
  const ar = a.gold ? a.tpGold / a.gold : 0;
  out['abbreviations P'] = ap;
  out['abbreviations R'] = ar;
  out['abbreviations F1'] = ap + ar ? (2 * ap * ar) / (ap + ar) : 0;
  return out;
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const show = (text, s) => `«${text.slice(s.start, s.end)}»`;

export function fold(s) {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Greedy one-to-one matching in text order; returns the pairs [goldIndex, predIndex]. */
function match(gold, pred, ok) {
  const used = new Set();
  const pairs = [];
  gold.forEach((g, gi) => {
    const pi = pred.findIndex((p, i) => !used.has(i) && ok(g, p));
    if (pi >= 0) {
      used.add(pi);
      pairs.push([gi, pi]);
    }
  });
  return pairs;
}

function scoreEntities(gold, analysis, totals, errors) {
  const neutral = gold.entities.filter((e) => e.neutral);
  const g = gold.entities.filter((e) => !e.neutral && TYPES.includes(e.type));
  let p = analysis.entities
    .filter((e) => TYPES.includes(e.type))
    .flatMap((e) => e.mentions.map(([start, end]) => ({ type: e.type, start, end })));
  // Flat and outermost, as the gold is: a mention inside another predicted mention is not scored.
  p = p.filter((m, i) => !p.some((o, j) => j !== i && o.start <= m.start && m.end <= o.end && (o.end - o.start > m.end - m.start || j < i)));
  p = p.filter((m) => !neutral.some((n) => overlaps(n, m)));
  const pairs = match(g, p, (a, b) => a.type === b.type && overlaps(a, b));
  for (const type of TYPES) {
    const t = totals.entities[type];
    t.gold += g.filter((e) => e.type === type).length;
    t.pred += p.filter((e) => e.type === type).length;
    t.tp += pairs.filter(([gi]) => g[gi].type === type).length;
  }
  totals.entities.ALL.gold += g.length;
  totals.entities.ALL.pred += p.length;
  totals.entities.ALL.tp += pairs.length;
  const exact = match(g, p, (a, b) => a.type === b.type && a.start === b.start && a.end === b.end);
  totals.entities.exact.gold += g.length;
  totals.entities.exact.pred += p.length;
  totals.entities.exact.tp += exact.length;
  const gm = new Set(pairs.map(([gi]) => gi));
  const pm = new Set(pairs.map(([, pi]) => pi));
  g.forEach((e, i) => {
    if (gm.has(i)) return;
    const wrong = p.find((m) => overlaps(m, e));
    errors.push(wrong ? `TYPE ${e.type}→${wrong.type} ${show(gold.text, e)}` : `MISS ${e.type} ${show(gold.text, e)}`);
  });
  p.forEach((m, i) => {
    if (!pm.has(i) && !g.some((e) => overlaps(e, m))) errors.push(`EXTRA ${m.type} ${show(gold.text, m)}`);
  });
  const em = new Set(exact.map(([gi]) => gi));
  g.forEach((e, i) => {
    if (gm.has(i) && !em.has(i)) {
      const m = p[pairs.find(([gi]) => gi === i)[1]];
      errors.push(`SPAN ${e.type} gold ${show(gold.text, e)} got ${show(gold.text, m)}`);
    }
  });
  errors.push(`  in: ${gold.text}`);
}

const sameValue = (a, b) => typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
const sameUnit = (a, b) => fold(a ?? '') === fold(b ?? '');

function scoreNumbers(gold, analysis, totals, errors) {
  const skip = [...gold.dates, ...gold.doubtful, ...gold.numbers.filter((n) => n.neutral)];
  const g = gold.numbers.filter((n) => !n.neutral);
  const p = analysis.numbers.filter((n) => !skip.some((s) => overlaps(s, n)));
  const pairs = match(g, p, (a, b) => overlaps(a, b) && sameValue(a.value, b.value));
  const t = totals.numbers;
  t.gold += g.length;
  t.pred += p.length;
  t.tp += pairs.length;
  for (const [gi, pi] of pairs) {
    if (sameUnit(g[gi].unit, p[pi].unit)) t.unitRight++;
    else errors.push(`UNIT ${show(gold.text, g[gi])} gold ${g[gi].unit} got ${p[pi].unit}`);
  }
  const gm = new Set(pairs.map(([gi]) => gi));
  const pm = new Set(pairs.map(([, pi]) => pi));
  g.forEach((n, i) => {
    if (gm.has(i)) return;
    const near = p.find((m) => overlaps(m, n));
    errors.push(near ? `VALUE ${show(gold.text, n)} gold ${n.value} got ${near.value} ${show(gold.text, near)}` : `MISS ${show(gold.text, n)} ${n.value} ${n.unit}`);
  });
  p.forEach((m, i) => {
    if (!pm.has(i) && !g.some((n) => overlaps(n, m))) errors.push(`EXTRA ${show(gold.text, m)} ${m.value} ${m.unit}`);
  });
  if (errors.length) errors.push(`  in: ${gold.text}`);
}

const timexCore = (v) => (v == null ? v : String(v).replace(/T(MO|AF|EV|NI|DT)$/, ''));

function scoreDates(gold, analysis, totals, errors) {
  const g = gold.dates.filter((d) => !d.neutral);
  const neutral = gold.dates.filter((d) => d.neutral);
  const p = analysis.dates.filter((d) => !neutral.some((n) => overlaps(n, d)));
  const pairs = match(g, p, overlaps);
  const t = totals.dates;
  t.gold += g.length;
  t.pred += p.length;
  t.tp += pairs.length;
  for (const [gi, pi] of pairs) {
    if (g[gi].value == null) continue;
    t.valued++;
    if (timexCore(g[gi].value) === timexCore(p[pi].value)) t.valueRight++;
    else errors.push(`VALUE ${show(gold.text, g[gi])} gold ${g[gi].value} got ${p[pi].value} ${show(gold.text, p[pi])}`);
  }
  const gm = new Set(pairs.map(([gi]) => gi));
  const pm = new Set(pairs.map(([, pi]) => pi));
  g.forEach((d, i) => gm.has(i) || errors.push(`MISS ${d.kind} ${show(gold.text, d)} ${d.value}`));
  p.forEach((d, i) => pm.has(i) || errors.push(`EXTRA ${d.kind} ${show(gold.text, d)} ${d.value}`));
  if (errors.length) errors.push(`  in: ${gold.text}`);
}

const shortKey = (s) => fold(s).replace(/\.$/, '');
/** What a gold expansion accepts: the whole, and each part of "English (Vietnamese)". */
function accepted(expansion) {
  const whole = fold(expansion);
  const m = /^(.*\S)\s*\((.+)\)$/.exec(whole);
  return m ? [whole, m[1], m[2]] : [whole];
}
/** The parts of a compound short form: `TP.HCM` → tp, hcm; `NN&PTNT` → nn, ptnt. */
const shortParts = (s) => fold(s).split(/[.\s&\-–/]+|\bva\b/).filter(Boolean);

function scoreAbbreviations(gold, analysis, totals, errors) {
  const uniq = (list) => [...new Map(list.map((x) => [`${x.key}\t${x.exp}`, x])).values()];
  // A neutral item (a form the treebank lower-cased) is scored neither way; a prediction with its
  // key is still scored where the same sentence also has a non-neutral gold item with that key
  // (`TP.` beside a lower-cased `tp`), or that gold item could never be found.
  const scoredKeys = new Set(gold.abbreviations.filter((a) => !a.neutral).map((a) => shortKey(a.short)));
  const neutral = new Set(gold.abbreviations.filter((a) => a.neutral).map((a) => shortKey(a.short)).filter((k) => !scoredKeys.has(k)));
  const g = uniq(
    gold.abbreviations
      .filter((a) => !a.neutral && a.expansion != null)
      .map((a) => ({ short: a.short, key: shortKey(a.short), exp: fold(a.expansion), ok: accepted(a.expansion) })),
  );
  const p = uniq(
    analysis.abbreviations
      .filter((a) => a.expansion != null && !neutral.has(shortKey(a.short)))
      .map((a) => ({ short: a.short, key: shortKey(a.short), exp: fold(a.expansion), alt: a.expansionEnglish ? fold(a.expansionEnglish) : null })),
  );
  const expOk = (gi, pi) => gi.ok.includes(pi.exp) || (pi.alt !== null && gi.ok.includes(pi.alt));
  const goldHit = new Set();
  const predHit = new Set();
  g.forEach((ga, gi) => {
    p.forEach((pa, pi) => {
      const direct = ga.key === pa.key && expOk(ga, pa);
      const part =
        ga.key !== pa.key && shortParts(pa.short).includes(ga.key) && ga.ok.some((x) => pa.exp.includes(x));
      if (direct || part) {
        goldHit.add(gi);
        predHit.add(pi);
      }
    });
  });
  const t = totals.abbreviations;
  t.gold += g.length;
  t.pred += p.length;
  t.tpGold += goldHit.size;
  t.tpPred += predHit.size;
  g.forEach((ga, i) => {
    if (goldHit.has(i)) return;
    const got = p.find((pa) => pa.key === ga.key);
    errors.push(got ? `WRONG ${ga.short} gold «${ga.exp}» got «${got.exp}»` : `MISS ${ga.short} «${ga.exp}»`);
  });
  p.forEach((pa, i) => predHit.has(i) || g.some((ga) => ga.key === pa.key) || errors.push(`EXTRA ${pa.short} «${pa.exp}»`));
  if (errors.length) errors.push(`  in: ${gold.text}`);
}

export function scoreSentence(gold, analysis) {
  const totals = emptyTotals();
  const errors = { entities: [], numbers: [], dates: [], abbreviations: [] };
  const ent = [];
  scoreEntities(gold, analysis, totals, ent);
  // Keep the sentence line only where something went wrong.
  errors.entities = ent.length > 1 ? ent : [];
  scoreNumbers(gold, analysis, totals, errors.numbers);
  scoreDates(gold, analysis, totals, errors.dates);
  scoreAbbreviations(gold, analysis, totals, errors.abbreviations);
  return { totals, errors };
}
