/**
 * Runs `work` and settles like it, unless `ms` milliseconds pass after the
 * last call of `arm` without `work` settling: then rejects with `onLate()`.
 * Before `work` calls `arm` there is no deadline (so the time spent getting a
 * connection is not counted), and a second call restarts the clock rather
 * than adding a timer. `work` keeps running past the deadline; a
 * later rejection of it goes nowhere (the race has already handled it), so it
 * never surfaces as an unhandled rejection. `late()` says whether the
 * deadline fired, so the caller knows not to wait for cleanup that depends on
 * `work` ending.
 */
export function withDeadline<T>(
  work: (arm: () => void) => Promise<T>,
  ms: number,
  onLate: () => Error,
): { answer: Promise<T>; late: () => boolean } {
  let fired = false;
  let timer: NodeJS.Timeout | undefined;
  let fire: (error: Error) => void = () => undefined;
  const deadline = new Promise<never>((_, reject) => {
    fire = reject;
  });
  const arm = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      fired = true;
      fire(onLate());
    }, ms);
  };
  const answer = Promise.race([work(arm), deadline]).finally(() => clearTimeout(timer));
  return { answer, late: () => fired };
}
