#!/usr/bin/env node
// Finds a Chromium for Playwright. Playwright's own browser download cannot reach its CDN
// here (only the npm registry and Debian's archive are reachable), so Debian's chromium
// package is the usual answer; it is installed on demand when we are root on Debian.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { chromium } from "@playwright/test";

const systemPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** @returns {string | undefined} Playwright's own Chromium, when it has been downloaded. */
function playwrightChromium() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** @returns {boolean} */
function canInstallWithApt() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  return isRoot && existsSync("/etc/debian_version") && hasApt;
}

/** @param {string} command */
function run(command) {
  console.error(`find-chromium: running \`${command}\``);
  const result = spawnSync("sh", ["-c", command], { stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) {
    throw new Error(`find-chromium: \`${command}\` failed with exit code ${result.status}.`);
  }
}

/**
 * Returns the path of a Chromium executable: $CHROMIUM_PATH, then the system's chromium, then
 * Playwright's own download; failing those, installs Debian's chromium when root on Debian.
 * Throws, saying what to install, when there is none and it cannot install one.
 * @returns {string}
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`find-chromium: CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const systemPath = systemPaths.find((path) => existsSync(path));
  if (systemPath) return systemPath;
  const playwrightPath = playwrightChromium();
  if (playwrightPath) return playwrightPath;

  if (canInstallWithApt()) {
    console.error("find-chromium: no Chromium found; installing Debian's chromium package.");
    run("apt-get update");
    run("DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium");
    if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
    throw new Error("find-chromium: apt-get installed chromium, but /usr/bin/chromium is missing.");
  }
  throw new Error(
    [
      "find-chromium: no Chromium found for the end-to-end tests. Either:",
      "  - install your system's Chromium (Debian/Ubuntu: `sudo apt-get install chromium`), or",
      "  - download Playwright's own: `npx playwright install chromium`, or",
      "  - point CHROMIUM_PATH at a Chromium or Chrome executable.",
    ].join("\n"),
  );
}

const isCli =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isCli) {
  try {
    console.log(findChromium());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
