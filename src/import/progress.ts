import cliProgress from 'cli-progress';

/**
 * Progress of one phase of an import (reading, writing): a bar with rows per
 * second on a terminal, periodic plain lines otherwise (logs, CI), nothing
 * in tests.
 */
export interface ProgressReporter {
  /** Starts a phase; `total` in the phase's units (bytes while reading, rows while writing). */
  start(phase: string, total: number): void;
  /** `value` in the phase's units; `rows` handled so far (for rows per second). */
  update(value: number, rows: number): void;
  /** Ends the phase (prints its last line). */
  stop(): void;
  /** A step without a bar (e.g. "comparing with the database"). */
  note(message: string): void;
}

export const silentProgress: ProgressReporter = { start() {}, update() {}, stop() {}, note() {} };

const rate = (rows: number, startedAt: number) => {
  const seconds = (Date.now() - startedAt) / 1000;
  return seconds > 0 ? Math.round(rows / seconds) : 0;
};

/** A cli-progress bar on `stream` (a TTY). */
export function barProgress(stream: NodeJS.WriteStream = process.stdout, log: (line: string) => void = console.log): ProgressReporter {
  let bar: cliProgress.SingleBar | undefined;
  let startedAt = 0;
  return {
    start(phase, total) {
      startedAt = Date.now();
      bar = new cliProgress.SingleBar(
        {
          stream,
          format: `${phase.padEnd(8)} [{bar}] {percentage}% | {rows} rows | {speed} rows/s | {duration_formatted}`,
          hideCursor: true,
          clearOnComplete: false,
          etaBuffer: 50,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(Math.max(total, 1), 0, { rows: 0, speed: 0 });
    },
    update(value, rows) {
      bar?.update(value, { rows, speed: rate(rows, startedAt) });
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
    note(message) {
      log(message);
    },
  };
}

/** Plain lines every `everyMs` (and one at the end of each phase), for logs and pipes. */
export function lineProgress(log: (line: string) => void, everyMs = 2_000): ProgressReporter {
  let phase = '';
  let total = 0;
  let startedAt = 0;
  let lastAt = 0;
  let last = { value: 0, rows: 0 };
  const line = () => {
    const percent = total > 0 ? ` (${Math.min(100, Math.floor((last.value / total) * 100))}%)` : '';
    log(`${phase}: ${last.rows} rows${percent}, ${rate(last.rows, startedAt)} rows/s`);
  };
  return {
    start(name, phaseTotal) {
      phase = name;
      total = phaseTotal;
      startedAt = Date.now();
      lastAt = startedAt;
      last = { value: 0, rows: 0 };
    },
    update(value, rows) {
      last = { value, rows };
      if (Date.now() - lastAt >= everyMs) {
        lastAt = Date.now();
        line();
      }
    },
    stop() {
      line();
    },
    note(message) {
      log(message);
    },
  };
}
