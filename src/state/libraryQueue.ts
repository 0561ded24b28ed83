// Runs library work (a listing read, a write and the list update after it) one at a time in
// this tab, so a refresh started by another tab's message never applies a listing read
// before this tab's own write over the list that write produced.
let tail: Promise<unknown> = Promise.resolve();

export function runInLibraryQueue<T>(work: () => Promise<T>): Promise<T> {
  const run = tail.then(work, work);
  tail = run.catch(() => undefined);
  return run;
}
