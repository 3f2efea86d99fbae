// Ranking arithmetic on one segment's ascending document numbers.
import { intersectDocs } from './match.ts';
import type { DocList } from './postings.ts';
import { MAX_SCORE, scoreOf, scoreOf1 } from './rank.ts';

export interface Scored {
  doc: number;
  score: number;
}

export function intersectAll(lists: { docs: Int32Array }[]): Int32Array {
  let docs = lists[0]?.docs ?? new Int32Array(0);
  for (const l of lists.slice(1)) docs = intersectDocs(docs, l.docs);
  return docs;
}

/**
 * Each document's score over all terms from the terms' rank bytes; every list holds every one of
 * the ascending `docs`.
 */
export function scoresOf(docs: Int32Array, perTerm: readonly DocList[]): Int32Array {
  const scores = new Int32Array(docs.length);
  // One term (most queries): its list is usually the documents themselves, so scores map rank bytes.
  if (perTerm.length === 1 && perTerm[0]!.docs.length === docs.length) {
    const ranks = perTerm[0]!.ranks;
    for (let i = 0; i < docs.length; i++) scores[i] = scoreOf1(ranks[i]!);
    return scores;
  }
  const cursors = new Int32Array(perTerm.length);
  const bytes = new Uint8Array(perTerm.length);
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    for (let t = 0; t < perTerm.length; t++) {
      const l = perTerm[t]!;
      let c = cursors[t]!;
      while (l.docs[c]! < d) c++;
      cursors[t] = c;
      bytes[t] = l.ranks[c]!;
    }
    scores[i] = scoreOf(bytes);
  }
  return scores;
}

/** Two ascending document lists with their scores, merged (they share no document). */
export function mergeScored(aDocs: Int32Array, aScores: Int32Array, bDocs: Int32Array, bScores: Int32Array): [Int32Array, Int32Array] {
  const docs = new Int32Array(aDocs.length + bDocs.length);
  const scores = new Int32Array(docs.length);
  let i = 0;
  let j = 0;
  for (let n = 0; n < docs.length; n++) {
    if (j >= bDocs.length || (i < aDocs.length && aDocs[i]! < bDocs[j]!)) {
      docs[n] = aDocs[i]!;
      scores[n] = aScores[i++]!;
    } else {
      docs[n] = bDocs[j]!;
      scores[n] = bScores[j++]!;
    }
  }
  return [docs, scores];
}

/** Indices of `scores` by score, highest first, then by index: a counting sort over the small score range. */
export function orderByScore(scores: Int32Array): Int32Array {
  const start = new Int32Array(MAX_SCORE + 2);
  for (const s of scores) start[MAX_SCORE - Math.min(s, MAX_SCORE) + 1]! += 1;
  for (let b = 1; b < start.length; b++) start[b]! += start[b - 1]!;
  const order = new Int32Array(scores.length);
  for (let i = 0; i < scores.length; i++) order[start[MAX_SCORE - Math.min(scores[i]!, MAX_SCORE)]!++] = i;
  return order;
}

/**
 * The best `k` of the ascending `docs` by score, then document number (newer pages first, then
 * article id): a counting pass finds the lowest score that makes the cut, and of the documents
 * tied there only the first ones are kept, so a common term's many equal scores sort nothing.
 */
export function topDocs(docs: Int32Array, scores: Int32Array, k: number): Scored[] {
  if (k <= 0) return [];
  const histogram = new Int32Array(MAX_SCORE + 1);
  for (let i = 0; i < scores.length; i++) histogram[Math.min(scores[i]!, MAX_SCORE)]! += 1;
  let threshold = MAX_SCORE;
  let above = 0;
  for (; threshold > 0 && above + histogram[threshold]! < k; threshold--) above += histogram[threshold]!;
  let tiedRoom = k - above;
  const picked: Scored[] = [];
  for (let i = 0; i < docs.length; i++) {
    const score = Math.min(scores[i]!, MAX_SCORE);
    if (score > threshold || (score === threshold && tiedRoom-- > 0)) picked.push({ doc: docs[i]!, score: scores[i]! });
  }
  picked.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return picked.slice(0, k);
}
