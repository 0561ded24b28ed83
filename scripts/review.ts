// `npm run review -- <file> [--json]`: prints the review's flags (README, "Review") and exits 1
// when any is unresolved, 2 when the file cannot be read as a dataset.
import { readFileSync } from "node:fs";
import { runReview } from "./reviewCommand";

// `npm run review -- file | head` closes the pipe early; that is the reader's choice, not a crash.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const output = runReview(
  process.argv.slice(2),
  (file) => readFileSync(file),
  new Date().toISOString().slice(0, 10),
);
for (const line of output.stdout) console.log(line);
for (const line of output.stderr) console.error(line);
process.exitCode = output.code;
