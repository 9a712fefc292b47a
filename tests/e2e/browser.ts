// How the browser tests start Chromium: Debian's build at /usr/bin/chromium (CI installs it with
// `apt-get install -y chromium`), with the flags a headless container needs.
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export const INSTALL_HINT = 'apt-get update && apt-get install -y chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}
