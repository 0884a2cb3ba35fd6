/** One thing wrong with a seed file: where, and why. */
export interface SeedProblem {
  file: string;
  /** 1-based position of the item in the file's array, when the problem is in one item. */
  row?: number;
  reason: string;
}

/** Thrown before anything is written when any seed file is bad; lists every problem found. */
export class SeedValidationError extends Error {
  override name = 'SeedValidationError';

  constructor(readonly problems: SeedProblem[]) {
    super(
      `seed validation failed with ${problems.length} problem(s); nothing was written:\n` +
        problems
          .slice(0, 50)
          .map((p) => `  ${p.file}${p.row === undefined ? '' : `, row ${p.row}`}: ${p.reason}`)
          .join('\n'),
    );
  }
}
