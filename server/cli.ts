/**
 * Admin command line of the coordination point: `npm run cp -- <command>`. Uses the same
 * storage as the server (DATABASE_URL or DATA_DIR), and can run while the server runs.
 */
import { parseArgs } from 'node:util';
import {
  addSite,
  CliError,
  listDevices,
  listSites,
  makeEnrollmentCode,
  revokeDevice,
  USAGE,
} from './cli-commands';
import { addUser, listUsers, promptHidden, setPassword, type UserCommandInput } from './cp/cli-users';
import { openStorage, storageConfigFromEnv, type Storage } from './storage';

type Command = (storage: Storage, input: UserCommandInput) => Promise<string>;

function commandFor(positionals: string[]): { run: Command; rest: string[] } | null {
  const [first, second, ...rest] = positionals;
  if (first === 'site' && second === 'add') return { run: addSite, rest };
  if (first === 'user' && second === 'add') return { run: addUser, rest };
  if (first === 'user' && second === 'password') return { run: setPassword, rest };
  const single: Record<string, Command> = {
    sites: listSites,
    'enroll-code': makeEnrollmentCode,
    devices: listDevices,
    revoke: revokeDevice,
    users: listUsers,
  };
  const run = first === undefined ? undefined : single[first];
  return run ? { run, rest: positionals.slice(1) } : null;
}

async function runCli(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        municipality: { type: 'string' },
        hours: { type: 'string' },
        role: { type: 'string' },
        'password-env': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 1;
  }
  const { positionals, values } = parsed;
  if (values.help || positionals[0] === 'help') {
    console.log(USAGE);
    return 0;
  }
  const command = commandFor(positionals);
  if (!command) {
    console.error(`${positionals.length ? `Unknown command "${positionals.join(' ')}".` : 'No command given.'}\n\n${USAGE}`);
    return 1;
  }

  const storage = openStorage(storageConfigFromEnv());
  try {
    await storage.migrate();
    console.log(
      await command.run(storage, {
        positionals: command.rest,
        municipality: values.municipality,
        hours: values.hours,
        role: values.role,
        passwordEnv: values['password-env'],
        promptPassword: promptHidden,
      }),
    );
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      console.error(error.message);
      return 1;
    }
    console.error('The command failed:', error);
    return 1;
  } finally {
    await storage.close();
  }
}

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
