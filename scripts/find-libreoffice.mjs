#!/usr/bin/env node
// Finds LibreOffice, the real spreadsheet the CSV-injection spec opens Parley's exports in
// (e2e/csv-formula-safety.spec.ts). Installed on demand, as find-chromium does for Chromium,
// when we are root on Debian; elsewhere the spec says it needs `soffice` and skips.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";

const SOFFICE = "/usr/bin/soffice";

function canInstallWithApt() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  return isRoot && existsSync("/etc/debian_version") && hasApt;
}

/** @param {string} command */
function run(command) {
  console.error(`find-libreoffice: running \`${command}\``);
  return spawnSync("sh", ["-c", command], { stdio: ["ignore", "inherit", "inherit"] }).status;
}

/** @returns {string | undefined} the soffice executable, installing it when it can. */
export function findLibreOffice() {
  if (process.env.SOFFICE_PATH && existsSync(process.env.SOFFICE_PATH))
    return process.env.SOFFICE_PATH;
  if (existsSync(SOFFICE)) return SOFFICE;
  if (!canInstallWithApt()) return undefined;
  const install =
    "DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libreoffice-calc-nogui";
  // The package lists may be missing or stale on a fresh machine: update once and retry.
  if (run(install) !== 0) {
    run("apt-get update");
    run(install);
  }
  return existsSync(SOFFICE) ? SOFFICE : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const found = findLibreOffice();
  console.error(
    found
      ? `find-libreoffice: ${found}`
      : "find-libreoffice: no LibreOffice (install libreoffice-calc-nogui); the spreadsheet check of the CSV exports will be skipped.",
  );
}
