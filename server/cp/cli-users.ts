/**
 * Dashboard accounts from the command line: the first admin of a fresh coordination point is
 * made here (`npm run cp -- user add "<name>" --role admin`), and a forgotten password is reset
 * here. The password never appears in the command line or the shell history: it comes from an
 * environment variable named by --password-env (scripts, tests), a hidden prompt, or stdin.
 */
import { CoordinatorRoleSchema, NewPasswordSchema, UserNameSchema } from '../../src/domain/coordinatorApi';
import { CliError, type CommandInput } from '../cli-commands';
import { UserNameTakenError, type Storage } from '../storage';
import { hashPassword } from './passwords';

export interface UserCommandInput extends CommandInput {
  role?: string;
  passwordEnv?: string;
  /** Asks for the password (hidden prompt or stdin) when no --password-env is given. */
  promptPassword: (question: string) => Promise<string>;
}

async function readNewPassword(input: UserCommandInput): Promise<string> {
  let password: string | undefined;
  if (input.passwordEnv) {
    password = process.env[input.passwordEnv];
    if (password === undefined) throw new CliError(`The environment variable ${input.passwordEnv} (from --password-env) is not set.`);
  } else {
    password = await input.promptPassword('Password (at least 10 characters): ');
  }
  const parsed = NewPasswordSchema.safeParse(password);
  if (!parsed.success) throw new CliError('The password must be 10 to 200 characters long.');
  return parsed.data;
}

function readName(input: UserCommandInput, usage: string): string {
  const parsed = UserNameSchema.safeParse(input.positionals[0] ?? '');
  if (!parsed.success) throw new CliError(`Missing or unusable name (1 to 60 characters).\nUsage: ${usage}`);
  return parsed.data;
}

export async function addUser(storage: Storage, input: UserCommandInput): Promise<string> {
  const usage = 'user add "<name>" --role coordinator|admin [--password-env VAR]';
  const name = readName(input, usage);
  const role = CoordinatorRoleSchema.safeParse(input.role);
  if (!role.success) throw new CliError(`--role must be coordinator or admin.\nUsage: ${usage}`);
  if (await storage.findUserByName(name)) throw new CliError(`There is already an account named "${name}".`);
  const passwordHash = await hashPassword(await readNewPassword(input));
  try {
    const user = await storage.createUser({ name, role: role.data, passwordHash });
    return `Account "${user.name}" (${user.role}) added. Sign in at <server>/cp.`;
  } catch (error) {
    if (error instanceof UserNameTakenError) throw new CliError(error.message);
    throw error;
  }
}

export async function setPassword(storage: Storage, input: UserCommandInput): Promise<string> {
  const name = readName(input, 'user password "<name>" [--password-env VAR]');
  const user = await storage.findUserByName(name);
  if (!user) throw new CliError(`There is no account named "${name}". List them with: npm run cp -- users`);
  await storage.setUserPassword(user.id, await hashPassword(await readNewPassword(input)));
  const ended = await storage.deleteSessionsOfUser(user.id);
  return `Password of "${user.name}" changed; ${ended} open session(s) signed out.`;
}

export async function listUsers(storage: Storage): Promise<string> {
  const users = await storage.listUsers();
  if (users.length === 0) return 'No dashboard accounts yet. Add the first admin: npm run cp -- user add "<name>" --role admin';
  return users.map((user) => `${user.id}  ${user.name}  (${user.role}, since ${user.createdAt})`).join('\n');
}

/** A prompt that does not echo what is typed; from a pipe it reads the first line. */
export function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    return new Promise((resolve) => {
      let text = '';
      stdin.setEncoding('utf8');
      stdin.on('data', (chunk: string) => (text += chunk));
      stdin.on('end', () => resolve(text.split(/\r?\n/)[0] ?? ''));
    });
  }
  process.stdout.write(question);
  return new Promise((resolve, reject) => {
    let typed = '';
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.resume();
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          finish();
          resolve(typed);
          return;
        }
        if (char === '\u0003') {
          finish();
          reject(new CliError('Cancelled.'));
          return;
        }
        if (char === '\u007f') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stdout.write('\n');
    };
    stdin.on('data', onData);
  });
}
