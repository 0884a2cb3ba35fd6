/**
 * Settles like `work`, unless `work` has not settled `ms` milliseconds from
 * now: then rejects with `onLate()`. `work` keeps running; a later rejection
 * of it goes nowhere (the race has already handled it), so it never surfaces
 * as an unhandled rejection. `late()` on the returned handle says
 * whether the deadline fired, so the caller knows not to wait for cleanup that
 * depends on `work` ending.
 */
export function withDeadline<T>(work: Promise<T>, ms: number, onLate: () => Error): { answer: Promise<T>; late: () => boolean } {
  let fired = false;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      fired = true;
      reject(onLate());
    }, ms);
  });
  const answer = Promise.race([work, deadline]).finally(() => clearTimeout(timer));
  return { answer, late: () => fired };
}
