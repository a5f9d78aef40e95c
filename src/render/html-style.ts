// The page's style sheet, inline (the page loads nothing): screen and A4 print. Colours are the
// Okabe–Ito palette, which colour-blind readers can tell apart; each kind of mark also has its
// own line or border style and entities a small type label, so colour is never the only cue.
export const PAGE_STYLE = `
:root { --per: #b36b00; --org: #0072b2; --loc: #007a5a; --misc: #a8478a; --num: #c24e00; --date: #1b7fb8; --abbr: #555; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; font: 16px/1.6 system-ui, "Noto Sans", "DejaVu Sans", "Segoe UI", sans-serif; color: #1a1a1a; background: #fff; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; padding: .5rem .75rem; border: 1px solid #ddd; border-radius: 4px; font-size: .85rem; margin: 0 0 1.5rem; }
.legend span { white-space: nowrap; }
article.doc { margin-bottom: 3rem; }
article.doc + article.doc { border-top: 3px double #999; padding-top: 1.5rem; }
h1.source { font-size: 1rem; font-weight: 600; color: #444; margin: 0 0 .5rem; word-break: break-all; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; font-size: .9rem; margin: 0 0 1.25rem; }
dl.meta dt { color: #666; }
dl.meta dd { margin: 0; }
.text { border-left: 3px solid #eee; padding-left: 1rem; margin-left: 5.5rem; }
.part { position: relative; margin: 0 0 .9rem; overflow-wrap: anywhere; }
.part::before { content: attr(data-part); position: absolute; left: calc(-6.5rem - 3px); width: 5rem; text-align: right; top: .2rem; font: 600 .65rem/1 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .04em; color: #888; }
.part-title { font-size: 1.5rem; line-height: 1.3; font-weight: 700; }
.part-lead { font-weight: 600; }
.part-caption { font-style: italic; color: #333; border-left: 3px solid #ccc; padding-left: .6rem; }
.part-byline { text-align: right; font-weight: 600; }
.part-dateline, .part-trailer { color: #666; font-size: .9rem; }
@media (max-width: 50rem) { .text { margin-left: 0; } .part::before { position: static; display: block; width: auto; text-align: left; margin-bottom: .1rem; } }
.m { position: relative; color: inherit; background: none; border-radius: 2px; padding: 0 1px; scroll-margin: 30vh 0; }
.m:focus { outline: 2px solid #000; outline-offset: 1px; }
.ent { text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: .2em; }
.ent::after { content: attr(data-type); font: 700 .55rem/1 system-ui, sans-serif; vertical-align: super; margin-left: 1px; letter-spacing: .03em; }
.PER { text-decoration-style: solid; text-decoration-color: var(--per); background: #b36b0014; }
.PER::after { color: var(--per); }
.ORG { text-decoration-style: double; text-decoration-color: var(--org); background: #0072b214; }
.ORG::after { color: var(--org); }
.LOC { text-decoration-style: dashed; text-decoration-color: var(--loc); background: #007a5a14; }
.LOC::after { color: var(--loc); }
.MISC { text-decoration-style: dotted; text-decoration-color: var(--misc); background: #a8478a14; }
.MISC::after { color: var(--misc); }
.num { border: 1.5px solid var(--num); background: #c24e0014; }
.date { border: 1.5px dashed var(--date); background: #1b7fb814; }
.abbr { border-bottom: 2px dotted var(--abbr); }
.m[data-tip]:is(:hover, :focus):not(:has(.m:is(:hover, :focus)))::before {
  content: attr(data-tip); position: absolute; left: 0; bottom: calc(100% + 4px); z-index: 3; width: max-content; max-width: 22rem;
  padding: .25rem .5rem; border-radius: 3px; background: #222; color: #fff; font: 400 .8rem/1.35 system-ui, sans-serif; white-space: normal; pointer-events: none;
}
.m:target { outline: 3px solid #e6a100; outline-offset: 2px; background: #ffe9a8; }
section.findings h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
section.findings h3 { font-size: .95rem; margin: 1rem 0 .4rem; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; margin-bottom: .75rem; }
th, td { border: 1px solid #ddd; padding: .25rem .45rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f4f4f4; }
td.n { text-align: right; white-space: nowrap; }
td.at { text-align: right; width: 7.5rem; }
tr.row { position: relative; cursor: pointer; }
tr.row:hover { background: #fff6d9; }
a.go { color: inherit; text-decoration: none; font-variant-numeric: tabular-nums; }
a.go::after { content: ""; position: absolute; inset: 0; }
.more { display: block; max-width: 8rem; margin-left: auto; font-size: .75rem; color: #555; }
.more a { position: relative; z-index: 1; color: #0057a0; }
td.ctx b { background: #ffe9a8; font-weight: 700; }
.none { color: #777; font-style: italic; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  article.doc + article.doc { break-before: page; border: 0; padding: 0; }
  .part::before { position: static; display: block; width: auto; text-align: left; }
  .text { border: 0; padding: 0; margin: 0; }
  .m::before { display: none !important; }
  .m:target { outline: 0; background: inherit; }
  thead { display: table-header-group; }
  tr, .part { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  table { font-size: 8.5pt; }
  tr.row:hover { background: none; }
}
`;
