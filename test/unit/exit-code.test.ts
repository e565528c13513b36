// A process that loads the embedded PostgreSQL keeps the exit code it set: the
// package's exit hook used to call process.exit(0) on 'beforeExit', so a failed
// test run (vitest sets process.exitCode) exited 0 and CI saw green.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/config.ts';

it('keeps the exit code of a process that loaded server/db/embedded.ts', () => {
  const script = `await import(${JSON.stringify(path.join(ROOT_DIR, 'server/db/embedded.ts'))}); process.exitCode = 3;`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT_DIR, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(3);
});
