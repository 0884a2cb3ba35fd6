import { isDeepStrictEqual } from 'node:util';

/** Whether the ways of asking one question gave the same answer, and a line for the report saying so. */
export interface AnswerComparison {
  same: boolean;
  text: string;
}

/** How much of an answer's JSON a report line quotes (a nested answer at 1000x is megabytes). */
const QUOTED = 160;

const quote = (json: string, from = 0) =>
  `${from > 0 ? '…' : ''}${json.slice(from, from + QUOTED)}${json.length > from + QUOTED ? '…' : ''} (${json.length.toLocaleString('en')} characters of JSON)`;

/**
 * Compares the answers of the ways of asking one question (each already
 * mapped to a comparable value, such as ids in order) with deep equality.
 * `text` says "the same" and quotes the start of the answer, or quotes every
 * way's answer from where the first two that differ part, so a report shows
 * what differed. Expects at least one way.
 */
export function compareAnswers(answers: Record<string, unknown>): AnswerComparison {
  const entries = Object.entries(answers);
  if (entries.length === 0) throw new Error('compareAnswers expects at least one answer, received none');
  const [[, first]] = entries as [[string, unknown]];
  const names = entries.map(([name]) => name).join(', ');
  const other = entries.find(([, answer]) => !isDeepStrictEqual(answer, first));
  if (!other) return { same: true, text: `${names}: the same answer, ${quote(JSON.stringify(first) ?? 'undefined')}` };
  const firstJson = JSON.stringify(first) ?? 'undefined';
  const otherJson = JSON.stringify(other[1]) ?? 'undefined';
  let from = 0;
  while (from < firstJson.length && firstJson[from] === otherJson[from]) from += 1;
  // Quote from a little before the first difference, so the reader sees where it is.
  const start = Math.max(0, from - 40);
  return {
    same: false,
    text: `**different answers**: ${entries.map(([name, answer]) => `${name} ${quote(JSON.stringify(answer) ?? 'undefined', start)}`).join('; ')}`,
  };
}
