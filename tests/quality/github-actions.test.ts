// The sharded build's GitHub Actions workflow (deploy/github-actions.yml, issue 17) parses as YAML, has the
// shape a sharded build needs (a job matrix over the listed shards, a hub job, one merge job after both),
// and runs the very commands the README's "Sharded builds" section shows and build.ts accepts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../site/build-site.ts';

interface Step {
  run?: string;
  uses?: string;
}
interface Job {
  needs?: string | string[];
  strategy?: { matrix?: Record<string, unknown> };
  steps: Step[];
}

const file = readFileSync(join(PROJECT_ROOT, 'deploy/github-actions.yml'), 'utf8');
const workflow = parse(file) as { jobs: Record<string, Job> };
const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### Sharded builds'));
const readmeYaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';

const runs = (jobs: Record<string, Job>) => Object.values(jobs).flatMap((job) => job.steps.map((s) => s.run).filter((r): r is string => !!r));
const buildCommands = (text: string) => [...text.matchAll(/npm run (?:--silent )?build -- --[a-z-]+/g)].map((m) => m[0].replace('--silent ', '')).sort();

describe('deploy/github-actions.yml', () => {
  it('is a job matrix over the shards, a hub job, and a merge job after both', () => {
    const { shards, shard, hub, merge } = workflow.jobs;
    expect(shards && shard && hub && merge).toBeTruthy();
    expect(shard!.needs).toBe('shards');
    expect(shard!.strategy?.matrix?.shard).toBe('${{ fromJSON(needs.shards.outputs.list) }}');
    expect(merge!.needs).toEqual(['shard', 'hub']);
    expect(merge!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  it('is the workflow the README shows, running the build commands the README names', () => {
    expect(readmeYaml).not.toBe('');
    const shown = parse(readmeYaml) as { jobs: Record<string, Job> };
    expect(runs(shown.jobs)).toEqual(runs(workflow.jobs));
    const named = new Set(buildCommands(section.slice(0, section.indexOf('```yaml'))));
    expect([...new Set(buildCommands(runs(workflow.jobs).join('\n')))].sort()).toEqual(['npm run build -- --hub', 'npm run build -- --list-shards', 'npm run build -- --merge', 'npm run build -- --shard']);
    for (const command of buildCommands(runs(workflow.jobs).join('\n'))) expect(named, command).toContain(command);
  });

  it('names only options build.ts accepts', () => {
    const build = readFileSync(join(PROJECT_ROOT, 'scripts/build.ts'), 'utf8');
    for (const command of buildCommands(file)) expect(build).toMatch(new RegExp(`\\s'?${command.split(' -- --')[1]}'?: \\{ type`));
  });
});
