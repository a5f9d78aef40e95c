// The learned tagger's spans for one sentence: features → hashed buckets → Viterbi over BIO
// labels → spans. Empty when the model file is missing, so the rules then work alone.
import type { EntityType } from '../../../types.js';
import { sentenceFeatures } from './features.js';
import type { TaggerInput } from './features.js';
import { LABELS, decode } from './model.js';
import type { TaggerWeights } from './model.js';
import { decodeInWasm, wasmTagger } from './wasm.js';
import type { WasmTagger } from './wasm.js';

export interface TaggedSpan {
  /** Token indexes, [s, e). */
  s: number;
  e: number;
  type: EntityType;
}

/** BIO labels (indexes into LABELS) as spans. */
export function labelsToSpans(labels: readonly number[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let open: TaggedSpan | undefined;
  labels.forEach((y, i) => {
    const name = LABELS[y] ?? 'O';
    if (open && name !== `I-${open.type}`) {
      out.push(open);
      open = undefined;
    }
    if (name.startsWith('B-')) open = { s: i, e: i + 1, type: name.slice(2) as EntityType };
    else if (open) open.e = i + 1;
  });
  if (open) out.push(open);
  return out;
}

/** With `model` (weights in JavaScript, as training has them), decoded here; else the shipped one, in WebAssembly. */
export function tagSentence(input: TaggerInput, model?: TaggerWeights): TaggedSpan[] | undefined {
  const shipped = model ? undefined : wasmTagger();
  if (!model && !shipped) return undefined;
  // A sentence without a capital letter or a rule's candidate holds no name the tagger finds on
  // dev-* (checked: not one there), and skipping it keeps long lowercase input cheap.
  if (!input.kept.length && !input.tokens.some((t) => t.isCap)) return [];
  // Text the pipeline did not tag (no sentences, or a slice read without words) lacks the POS and
  // NER signals the model was trained with: the rules read it alone.
  if (!input.tokens.some((t) => t.word >= 0)) return undefined;
  const features = sentenceFeatures(input, (model ?? (shipped as WasmTagger)).bits);
  return labelsToSpans(model ? decode(model, features) : decodeInWasm(shipped as WasmTagger, features));
}
