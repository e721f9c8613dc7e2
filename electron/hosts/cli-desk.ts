// `dateline desk invite|revoke|list`: the desk's people, managed from a terminal on the machine
// that holds the desk's data folder. A running desk notices the change within a second.
import { parseArgs } from 'node:util';
import { openDeskRecords } from '../../desk/backend';
import { invitePerson, listPeople, revokePerson } from '../../desk/people';
import { DESK_ROLES, type DeskRole } from '../../shared/desk/roles';
import type { CliOutput } from './cli-commands';
import { closestWord, unknownOptionMessage } from './cli-suggest';

export const DESK_CLI_USAGE = `Usage:
  dateline desk invite NAME --role reporter|editor --data DIR
  dateline desk revoke NAME --data DIR
  dateline desk list --data DIR [--json]
  (a desk of several servers: --postgres URL in place of --data DIR)`;

export async function runDeskCli(argv: string[], io: CliOutput): Promise<number> {
  const unknown = unknownOptionMessage(argv, ['data', 'postgres', 'role', 'json']);
  if (unknown) return usage(io, unknown);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        postgres: { type: 'string' },
        role: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, name, ...rest] = positionals;
  const near = closestWord(command ?? '', ['invite', 'revoke', 'list']);
  if (command !== undefined && near !== undefined && near !== command) {
    return usage(io, `"${command}" is not a desk command. Did you mean desk ${near}?`);
  }
  if (!values.data?.trim() && !values.postgres?.trim())
    return usage(io, "Say where the desk's data is: --data DIR (or --postgres URL).");
  if (rest.length > 0) return usage(io, `Unexpected "${rest[0]}".`);
  if ((command === 'invite' || command === 'revoke') && !name?.trim()) {
    return usage(io, `desk ${command} needs the person's name.`);
  }
  if (command === 'invite' && !DESK_ROLES.includes(values.role as DeskRole)) {
    return usage(io, 'desk invite needs --role reporter or --role editor.');
  }
  if (command !== 'invite' && values.role !== undefined) {
    return usage(io, '--role goes with desk invite only.');
  }
  const db = await openDeskRecords(
    values.postgres
      ? { kind: 'postgres', url: values.postgres }
      : { kind: 'sqlite', dataDir: values.data! },
  );
  try {
    if (command === 'invite') {
      const invite = await invitePerson(db, name!, values.role as DeskRole);
      io.out(
        values.json
          ? JSON.stringify(invite, null, 2)
          : `Invite for ${invite.name} (${invite.role}): ${invite.code}\nIt works once, until ${invite.expiresAt}. Give it to ${invite.name} with the desk's address.`,
      );
      return 0;
    }
    if (command === 'revoke') {
      if (!(await revokePerson(db, name!))) {
        io.err(`${name} is not a member of this desk ("dateline desk list" shows who is).`);
        return 1;
      }
      io.out(`${name} can no longer reach the desk; their open connections are being closed.`);
      return 0;
    }
    if (command === 'list' && name === undefined) {
      const people = await listPeople(db);
      if (values.json) io.out(JSON.stringify(people, null, 2));
      else if (people.length === 0)
        io.err('The desk has no people yet; add one with "dateline desk invite".');
      else
        people.forEach((p) =>
          io.out(
            `${p.name}\t${p.role}\t${p.revokedAt ? `revoked ${p.revokedAt}` : p.joined ? 'joined' : 'invited'}`,
          ),
        );
      return 0;
    }
    return usage(io, `"${command ?? ''}" is not a desk command; they are invite, revoke and list.`);
  } finally {
    await db.close();
  }
}

function usage(io: CliOutput, message: string): number {
  io.err(`${message}\n${DESK_CLI_USAGE}`);
  return 2;
}
