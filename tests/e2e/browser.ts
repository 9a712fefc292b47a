// How the browser tests start Chromium: Debian's build at /usr/bin/chromium (CI installs it with
// `apt-get install -y chromium`), with the flags a headless container needs, or Debian's headless shell of the
// same version when it is installed (BROWSER_PATH).
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's `chromium-headless-shell`: the same Chromium's engine (Blink, V8, Skia), without the browser around it. */
export const HEADLESS_SHELL_PATH = '/usr/bin/chromium-headless-shell';

/**
 * The browser the tests launch: CHROMIUM_PATH when it is set, else the headless shell when installed (CI installs
 * it, .ci/run), else Chromium. The shell is what Playwright itself runs headless; it lays pages out as Chromium
 * does (every browser suite green on both, 2026-12-07) for about a third less CPU (cgroup cpuacct, nice 19 on a
 * loaded 2-core machine, Chromium -> shell: pages.test.ts 161 -> 108 s, csp.test.ts 39 -> 27 s). The benches keep
 * CHROMIUM_PATH: Lighthouse measures the browser readers use.
 */
export const BROWSER_PATH = process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL_PATH) ? HEADLESS_SHELL_PATH : CHROMIUM_PATH);

/** Whether BROWSER_PATH is there to launch. */
export function browserInstalled(): boolean {
  return existsSync(BROWSER_PATH);
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export const INSTALL_HINT = 'apt-get update && apt-get install -y chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}
