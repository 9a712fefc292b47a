// Runs Debian's nginx with deploy/nginx.conf for the tests: the server block as the README tells admins
// to install it, with only `listen` (a free port on 127.0.0.1) and `root` (a temp folder whose
// civic-report/ is the built site) replaced, inside a minimal main config that keeps every file nginx
// writes (pid, logs, temp folders) in the temp folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const NGINX_CONF = resolve(import.meta.dirname, '..', '..', 'deploy', 'nginx.conf');
/** The sub-path deploy/nginx.conf serves; a build for it must use the same BASE_PATH. */
export const NGINX_BASE = '/civic-report/';

const CANDIDATES = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'];

export function nginxPath(): string | undefined {
  return CANDIDATES.find((p): p is string => !!p && existsSync(p));
}

export interface NginxServer {
  /** `http://127.0.0.1:<port>` (no path). */
  origin: string;
  errorLog(): string;
  close(): Promise<void>;
}

/** The deploy config with its host-specific lines pointed at this test's port and folder. */
export function testServerBlock(conf: string, port: number, root: string): string {
  const replaced = conf.replace(/^(\s*)listen\s+80;.*$/m, `$1listen 127.0.0.1:${port};`).replace(/^(\s*)root\s+\/var\/www\/civic;.*$/m, `$1root ${root};`);
  if (!replaced.includes(`127.0.0.1:${port}`) || !replaced.includes(`root ${root};`)) {
    throw new Error(`${NGINX_CONF}: the "listen 80;" and "root /var/www/civic;" lines the test replaces are gone; update tests/archive/nginx.ts with them.`);
  }
  return replaced;
}

export async function startNginx(siteDir: string): Promise<NginxServer> {
  const binary = nginxPath();
  if (!binary) throw new Error('nginx is not installed (apt-get install -y nginx)');
  const dir = mkdtempSync(join(tmpdir(), 'cz-nginx-'));
  // nginx's workers drop to an unprivileged user when started as root: they must be able to enter here.
  chmodSync(dir, 0o755);
  const root = join(dir, 'www');
  mkdirSync(root);
  symlinkSync(resolve(siteDir), join(root, NGINX_BASE.replace(/\//g, '')));
  const port = await freePort();
  writeFileSync(join(dir, 'site.conf'), testServerBlock(readFileSync(NGINX_CONF, 'utf8'), port, root));
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  access_log off;',
      `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
      `  include ${join(dir, 'site.conf')};`,
      '}',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(binary, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const errorLog = () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '') + stderr;
  const close = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let waited = 0; ; waited += 100) {
    if (child.exitCode !== null) {
      const log = errorLog();
      await close();
      throw new Error(`nginx stopped at start (exit ${child.exitCode}):\n${log}`);
    }
    try {
      await fetch(`${origin}${NGINX_BASE}`, { redirect: 'manual' });
      return { origin, errorLog, close };
    } catch {
      if (waited > 10_000) {
        await close();
        throw new Error(`nginx did not answer on ${origin} within 10 s:\n${errorLog()}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}
