// The learned tagger's spans for one sentence: features → hashed buckets → Viterbi over BIO
// labels → spans. Empty when the model file is missing, so the rules then work alone.
import type { EntityType } from '../../../types.js';
import { sentenceFeatures } from './features.js';
import type { TaggerInput } from './features.js';
import { LABELS, decode, hashFeature, taggerModel } from './model.js';
import type { TaggerWeights } from './model.js';

export interface TaggedSpan {
  /** Token indexes, [s, e). */
  s: number;
  e: number;
  type: EntityType;
}

/** Features hashed into the model's buckets. */
export function featureBuckets(features: readonly (readonly string[])[], bits: number): number[][] {
  return features.map((f) => f.map((x) => hashFeature(x, bits)));
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

export function tagSentence(input: TaggerInput, model: TaggerWeights | null = taggerModel()): TaggedSpan[] | undefined {
  if (!model || input.tokens.length === 0) return model ? [] : undefined;
  return labelsToSpans(decode(model, featureBuckets(sentenceFeatures(input), model.bits)));
}
