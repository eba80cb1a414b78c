import { SingleBar } from "cli-progress";

// stdout carries results only (a token, a summary), so that `npm run --silent guichet -- …` can
// be piped; everything said along the way, progress included, goes to stderr.

/** A result line, on stdout. */
export function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** A line about what is happening, on stderr. */
export function note(line: string): void {
  process.stderr.write(`${line}\n`);
}

export type Progress = { update: (done: number, total: number) => void; stop: () => void };

/**
 * A progress bar on stderr. In a terminal it redraws in place; in a log (CI, a pipe) it writes
 * a plain line every second and one at the end.
 */
export function startProgress(label: string): Progress {
  const bar = new SingleBar({
    format: `${label} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}`,
    barCompleteChar: "█",
    barIncompleteChar: "░",
    hideCursor: true,
    // In a log, the last line already says 100%: no blank line after it.
    clearOnComplete: !process.stderr.isTTY,
    noTTYOutput: true,
    notTTYSchedule: 1_000,
    stream: process.stderr,
  });
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done);
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/** "1.2 s", "340 ms". */
export function formatDuration(milliseconds: number): string {
  return milliseconds < 1_000 ? `${Math.round(milliseconds)} ms` : `${(milliseconds / 1_000).toFixed(1)} s`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? singular : pluralForm}`;
}
