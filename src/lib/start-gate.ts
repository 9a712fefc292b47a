// An Astro integration (astro.config.mjs, first in the list) that lets `npm run build` start astro while ingest
// still runs (issue 17). Astro spends its first seconds loading its own code and the config (2–3.5 s of a
// one-changed rebuild at 10,000 articles) and reads nothing of content/ until the integrations' setup; started
// beside ingest, that time is hidden. With CZ_START_GATE=1 (scripts/build/steps.ts startGated) the setup hook
// waits for one line on stdin before any integration reads content/ or Astro syncs it:
//   `go`       build as usual;
//   `go keep`  build into the kept dist/ (scripts/build/keep-dist.ts): what CZ_KEEP_DIST=1 gives, decided
//              only after ingest (Vite's build.emptyOutDir false);
//   anything else, or the end of stdin (the build found nothing changed, or failed, or was stopped): astro
//              exits at once, having written nothing.
// Without CZ_START_GATE (astro build by hand, astro dev) it does nothing.
import type { AstroIntegration } from 'astro';
import type { Readable } from 'node:stream';

/** What the gate was told: build (into a kept dist/ or not), or stop. */
export type GateWord = { go: true; keepDist: boolean } | { go: false };

/** Reads the first line of `input` and what it says; the end of input before a line says stop. */
export function readGate(input: Readable): Promise<GateWord> {
  return new Promise((resolve) => {
    let text = '';
    const done = (word: GateWord) => {
      input.off('data', onData);
      input.off('end', onEnd);
      input.off('error', onEnd);
      input.pause();
      resolve(word);
    };
    const onData = (chunk: Buffer | string) => {
      text += chunk.toString();
      const newline = text.indexOf('\n');
      if (newline < 0) return;
      const line = text.slice(0, newline).trim();
      done(line === 'go' ? { go: true, keepDist: false } : line === 'go keep' ? { go: true, keepDist: true } : { go: false });
    };
    const onEnd = () => done({ go: false });
    input.on('data', onData);
    input.on('end', onEnd);
    input.on('error', onEnd);
  });
}

export function startGate(env: NodeJS.ProcessEnv = process.env, input: Readable = process.stdin): AstroIntegration {
  return {
    name: 'cz-start-gate',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig }) => {
        if (env.CZ_START_GATE !== '1' || command !== 'build') return;
        const word = await readGate(input);
        // stdin is read no more: it must not keep the process alive when the build ends.
        input.destroy();
        if (!word.go) process.exit(0);
        if (word.keepDist) {
          env.CZ_KEEP_DIST = '1';
          updateConfig({ vite: { build: { emptyOutDir: false } } });
        }
      },
    },
  };
}
