// Scores our date extractor beside chrono-node's Vietnamese locale (chrono.vi) on the labelled
// sentence tables in fixtures/dates/, with the pinned reference each table names.
//
//   npm run build && node scripts/eval-dates.mjs            # ours from dist/
//   npx vite-node scripts/eval-dates.mjs -- --src            # ours straight from src/ (no build)
//   node scripts/eval-dates.mjs fixtures/dates/heldout2.json # one table only; --verbose lists our errors
//
// Found: a predicted mention counts when its span overlaps a gold mention's (one to one, first
// come). Precision, recall and F1 over spans; value accuracy is the share of found gold mentions
// whose value is right. Our values must equal the gold string exactly. chrono returns Date
// objects, not ISO strings, so its value is projected onto the gold value's shape (a gold
// `2023-02` compares chrono's year and month only, `T18:30` its hour and minute, a gold range
// both ends): the most generous reading of chrono. Durations, quarters, TIMEX3 `X` values and
// impossible dates have no chrono counterpart and count as wrong for it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';

const args = process.argv.slice(2).filter((a) => a !== '--');
const fromSrc = args.includes('--src');
const tables = args.filter((a) => !a.startsWith('--'));
const root = new URL('../', import.meta.url);
if (tables.length === 0) tables.push('fixtures/dates/cases.json', 'fixtures/dates/heldout.json', 'fixtures/dates/heldout2.json', 'fixtures/dates/heldout3.json');

const { extractDates } = fromSrc
  ? await import(new URL('src/extract/dates/index.ts', root).href)
  : await import(new URL('dist/extract/dates/index.js', root).href).catch(() => {
      console.error('eval-dates: dist/ is missing or stale; run `npm run build`, or `npx vite-node scripts/eval-dates.mjs -- --src`');
      process.exit(2);
    });

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** chrono's component values as a value in the shape of `gold` (one end of a range). */
function project(comp, gold) {
  if (!comp || gold === null) return null;
  const y = pad(comp.get('year'), 4), m = pad(comp.get('month')), d = pad(comp.get('day'));
  const hh = pad(comp.get('hour') ?? 0), mi = pad(comp.get('minute') ?? 0);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/u.test(gold)) return `${y}-${m}-${d}T${hh}:${mi}`;
  if (/^\d{4}-\d{2}-\d{2}$/u.test(gold)) return `${y}-${m}-${d}`;
  if (/^\d{4}-\d{2}$/u.test(gold)) return `${y}-${m}`;
  if (/^\d{4}$/u.test(gold)) return y;
  if (/^T\d{2}:\d{2}$/u.test(gold)) return `T${hh}:${mi}`;
  if (/^\d{4}-W\d{2}$/u.test(gold)) return isoWeek(comp.get('year'), comp.get('month'), comp.get('day'));
  return null;
}

function isoWeek(y, m, d) {
  const t = new Date(Date.UTC(y, m - 1, d));
  const wd = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - wd);
  const jan1 = Date.UTC(t.getUTCFullYear(), 0, 1);
  return `${t.getUTCFullYear()}-W${pad(Math.floor((t - jan1) / 86_400_000 / 7) + 1)}`;
}

function chronoValue(r, gold) {
  if (gold === null) return undefined;
  const parts = gold.split('/');
  if (parts.length === 2) {
    if (!r.end) return undefined;
    return `${project(r.start, parts[0])}/${project(r.end, parts[1])}`;
  }
  return project(r.start, gold);
}

function refDate(reference) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/u.exec(reference);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 12), Number(m[5] ?? 0));
}

function score(cases, predict) {
  let gold = 0, pred = 0, found = 0, right = 0;
  const misses = [];
  for (const c of cases) {
    const g = c.dates.map(([text, kind, value]) => {
      const start = c.text.indexOf(text);
      return { text, kind, value, start, end: start + text.length };
    });
    const p = predict(c.text);
    gold += g.length;
    pred += p.length;
    const used = new Set();
    for (const gm of g) {
      const i = p.findIndex((pm, k) => !used.has(k) && pm.start < gm.end && gm.start < pm.end);
      if (i < 0) {
        misses.push(`  missed  ${gm.text}  (${c.text})`);
        continue;
      }
      used.add(i);
      found++;
      const v = p[i].valueFor(gm.value);
      if (v === gm.value) right++;
      else misses.push(`  value   ${gm.text} → ${v ?? 'null'}, gold ${gm.value}`);
    }
    p.forEach((pm, k) => {
      if (!used.has(k)) misses.push(`  extra   ${c.text.slice(pm.start, pm.end)}  (${c.text})`);
    });
  }
  const P = pred ? found / pred : 0, R = gold ? found / gold : 0;
  return { gold, pred, found, P, R, F1: P + R ? (2 * P * R) / (P + R) : 0, valueAcc: found ? right / found : 0, misses };
}

const verbose = args.includes('--verbose');
const fmt = (x) => x.toFixed(3);
for (const table of tables) {
  let data;
  try {
    data = JSON.parse(readFileSync(fileURLToPath(new URL(table, root)), 'utf8'));
  } catch {
    console.error(`eval-dates: cannot read ${table}`);
    continue;
  }
  const ref = data.reference;
  const ours = score(data.cases, (text) =>
    extractDates(text, [{ start: 0, end: text.length }], ref).map((d) => ({ ...d, valueFor: () => d.value })),
  );
  const theirs = score(data.cases, (text) =>
    chrono.vi.parse(text, refDate(ref)).map((r) => ({
      start: r.index,
      end: r.index + r.text.length,
      valueFor: (gold) => chronoValue(r, gold),
    })),
  );
  console.log(`\n${table}: ${data.cases.length} sentences, ${ours.gold} gold mentions, reference ${ref}`);
  console.log('system        pred  found  precision  recall     F1  value-acc');
  for (const [name, s] of [['ours', ours], ['chrono.vi', theirs]]) {
    console.log(`${name.padEnd(12)} ${String(s.pred).padStart(5)} ${String(s.found).padStart(6)}      ${fmt(s.P)}   ${fmt(s.R)}  ${fmt(s.F1)}      ${fmt(s.valueAcc)}`);
  }
  if (verbose) {
    console.log('ours, errors:');
    console.log(ours.misses.join('\n') || '  none');
  }
}
