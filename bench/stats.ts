/** Percentile of a sample (nearest rank). */
export function percentile(sample: number[], p: number): number {
  const sorted = [...sample].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/** Runs `fn` for every input `rounds` times and returns each call's duration in milliseconds. */
export function timeCalls<T>(inputs: T[], rounds: number, fn: (input: T) => unknown): number[] {
  const durations: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) {
      const start = performance.now();
      fn(input);
      durations.push(performance.now() - start);
    }
  }
  return durations;
}

export const ms = (value: number) => `${value < 10 ? value.toFixed(3) : value.toFixed(1)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ratio = (value: number, baseline: number) => `${(value / baseline).toFixed(2)}×`;
