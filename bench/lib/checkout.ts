/** An earlier commit checked out beside the working tree, for the A/B benches. */
import { execFileSync } from 'node:child_process';
import { rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../tests/server/helpers';

/**
 * `commit` as a git worktree in bench/.work/<name>-<commit>, sharing this checkout's
 * node_modules (the A/B compares our code, not the packages). `remove()` deletes it again.
 */
export function checkoutAt(commit: string, name: string): { dir: string; remove(): void } {
  const dir = path.join(REPO_ROOT, 'bench', '.work', `${name}-${commit.slice(0, 12)}`);
  rmSync(dir, { recursive: true, force: true });
  execFileSync('git', ['worktree', 'add', '--detach', '--force', dir, commit], { cwd: REPO_ROOT, stdio: 'ignore' });
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return { dir, remove: () => execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: REPO_ROOT, stdio: 'ignore' }) };
}
