// Test support for the API fuzz tests: malformed inputs for any contract method, built from the
// field names of its schema, and the checks every answer to one must pass.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { contract, type MethodName } from '../../shared/api/contract';

/** Fixed, so a failure can be replayed; each method mixes its own name in (see seedFor). */
export const FUZZ_SEED = 20_240_611;
export const INPUTS_PER_METHOD = 1_000;

/** Each method's inputs depend only on its own name, so adding a method changes no other's. */
export function seedFor(method: string): number {
  let hash = FUZZ_SEED;
  for (const char of method) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

/** Sets `key` as an own, enumerable property, as JSON.parse and structured clone do for "__proto__". */
function withOwn(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return target;
}

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

const hostileStrings = fc.constantFrom(
  '../../../../etc/passwd',
  '..\\..\\..\\Windows\\win.ini',
  '/etc/passwd',
  'C:\\Windows\\System32\\drivers\\etc\\hosts',
  '\\\\server\\share\\file.txt',
  'abc\u0000def',
  'report.txt\u0000.docx',
  'report%00.txt',
  '%00',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '....//....//etc/passwd',
  '__proto__',
  'constructor',
  'prototype',
  '',
  ' ',
  'NUL',
  'CON.txt',
  'file:///etc/passwd',
  'javascript:alert(1)',
  '\u202egnp.exe',
  'NaN',
  '-1',
  'null',
  '{}',
);

/** A path-like string: a traversal, an absolute root or a NUL around random text. */
const pathStrings = fc
  .tuple(
    fc.constantFrom('../', '..\\', '/', 'C:\\', '\\\\?\\C:\\', '%2e%2e/', '', 'a/'),
    fc.string({ maxLength: 20 }),
    fc.constantFrom('\u0000', '%00', '/..', '\\..', '.json', '.docx', ''),
  )
  .map(([head, middle, tail]) => `${head}${middle}${tail}`);

/** One to three MB of one character; built once, since building them costs more than sending. */
const HUGE_STRINGS = (
  [
    [1_000_000, 'x'],
    [3_000_000, '.'],
    [2_000_000, '/'],
    [1_000_000, 'report\u0000'],
    [1_000_000, 'é'],
    [1_000_000, '../'],
  ] as const
).map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));
const hugeStrings = fc.constantFrom(...HUGE_STRINGS);

const numbers = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 1.5, Number.MAX_SAFE_INTEGER + 2, -0, 1e308),
);

/** Arrays or objects nested far deeper than any article, built without recursion. */
const deepValues = fc
  .tuple(
    // Mostly a few thousand levels (past where parsing used to overflow), now and then 20,000.
    fc.oneof(
      { arbitrary: fc.integer({ min: 200, max: 3_000 }), weight: 9 },
      { arbitrary: fc.constant(20_000), weight: 1 },
    ),
    fc.constantFrom('array', 'object', 'node'),
  )
  .map(([depth, kind]) => {
    let value: unknown = kind === 'node' ? { type: 'text', text: 'x' } : 1;
    for (let level = 0; level < depth; level += 1) {
      if (kind === 'array') value = [value];
      else if (kind === 'object') value = { a: value };
      else value = { type: 'paragraph', content: [value] };
    }
    return kind === 'node' ? { type: 'doc', content: [value] } : value;
  });

const prototypeObjects = fc
  .tuple(fc.constantFrom(...PROTOTYPE_KEYS), fc.constantFrom<unknown>({ polluted: 'yes' }, 1, null))
  .map(([key, value]) => withOwn({}, key, value));

/**
 * Anything but what a field wants: wrong types, hostile text, prototype keys, deep nesting.
 * About one in a hundred is megabytes long: enough of them to matter, few enough to run quickly.
 */
const badValues: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: numbers, weight: 15 },
  { arbitrary: fc.boolean(), weight: 5 },
  { arbitrary: fc.constant(null), weight: 5 },
  { arbitrary: fc.string({ maxLength: 30 }), weight: 10 },
  { arbitrary: hostileStrings, weight: 20 },
  { arbitrary: pathStrings, weight: 15 },
  { arbitrary: hugeStrings, weight: 1 },
  { arbitrary: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }), weight: 10 },
  { arbitrary: prototypeObjects, weight: 10 },
  { arbitrary: deepValues, weight: 5 },
  {
    arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 })),
    weight: 5,
  },
);

/** What a field could hold in some method, so that one bad value often sits among good ones. */
const plausibleValues = (articleId: string): fc.Arbitrary<unknown> =>
  fc.constantFrom<unknown>(
    articleId,
    '0f8fad5b-d9cb-469f-a165-70867728950e',
    0,
    1,
    'draft',
    'page',
    true,
    false,
    'story.txt',
    'aGVsbG8=',
    [],
    {},
    'Flood waters recede',
  );

const extraKeys = fc.oneof(
  fc.constantFrom(...PROTOTYPE_KEYS, 'toString', 'hasOwnProperty', 'valueOf', 'then', 'path'),
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom('../x', 'a\u0000b', 'k'.repeat(100_000)),
);

function fieldNames(method: MethodName): string[] {
  const schema = contract[method].input as unknown as { shape?: Record<string, unknown> };
  return schema.shape ? Object.keys(schema.shape) : [];
}

/** Inputs for `method`: most of them malformed; some may happen to be valid and are skipped. */
export function malformedInputs(method: MethodName, articleId: string): fc.Arbitrary<unknown> {
  const names = fieldNames(method);
  const value = fc.oneof(
    { arbitrary: badValues, weight: 3 },
    { arbitrary: plausibleValues(articleId), weight: 1 },
  );
  // One field always holds a bad value; the others hold anything or are left out.
  const fields =
    names.length > 0
      ? fc
          .tuple(
            fc.constantFrom(...names),
            badValues,
            fc.tuple(...names.map((name) => fc.option(value.map((v) => [name, v] as const)))),
          )
          .map(([badName, bad, pairs]) => {
            const out: Record<string, unknown> = {};
            for (const pair of pairs) if (pair) withOwn(out, pair[0], pair[1]);
            return withOwn(out, badName, bad);
          })
      : prototypeObjects;
  const withExtra = fc
    .tuple(fields, fc.array(fc.tuple(extraKeys, value), { minLength: 1, maxLength: 3 }))
    .map(([base, extras]) => {
      const out = { ...base };
      for (const [key, extra] of extras) withOwn(out, key, extra);
      return out;
    });
  const manyKeys = fc.integer({ min: 100, max: 5_000 }).map((count) => {
    const out: Record<string, unknown> = {};
    for (let index = 0; index < count; index += 1) out[`key${index}`] = index;
    return out;
  });
  // The body is the one field walked recursively; nest it deep where a method takes fields.
  const deepBody = fc
    .tuple(
      fc.tuple(
        ...names.map((name) =>
          fc.option(plausibleValues(articleId).map((v) => [name, v] as const)),
        ),
      ),
      deepValues,
    )
    .map(([pairs, deep]) => {
      const out: Record<string, unknown> = {};
      for (const pair of pairs) if (pair) withOwn(out, pair[0], pair[1]);
      return withOwn(out, 'fields', { body: deep });
    });

  return fc.oneof(
    { arbitrary: badValues, weight: 3 },
    { arbitrary: fields, weight: 4 },
    { arbitrary: withExtra, weight: 3 },
    { arbitrary: manyKeys, weight: 1 },
    { arbitrary: names.includes('fields') ? deepBody : prototypeObjects, weight: 1 },
  );
}

/** Whether the host would accept `input` for `method`; a schema that throws accepts nothing. */
export function isAccepted(method: MethodName, input: unknown): boolean {
  try {
    return contract[method].input.safeParse(input ?? {}).success;
  } catch {
    return false;
  }
}

export interface Prepared<P> {
  /** The input as the host will see it (for HTTP, JSON text parsed again). */
  seen: unknown;
  /** What is sent. */
  payload: P;
}

/**
 * `count` malformed inputs for `method`, generated in batches from its seed; `skipped` counts
 * the valid ones left out on the way. Each is prepared for sending, then handed to `send`.
 */
export async function eachMalformedInput<P>(
  method: MethodName,
  articleId: string,
  count: number,
  prepare: (input: unknown) => Prepared<P>,
  send: (payload: P, input: unknown) => Promise<void>,
): Promise<{ sent: number; skipped: number }> {
  const arbitrary = malformedInputs(method, articleId);
  let sent = 0;
  let skipped = 0;
  for (let batch = 0; sent < count; batch += 1) {
    if (batch > 20) throw new Error(`Could not generate ${count} malformed inputs for ${method}.`);
    const inputs = fc.sample(arbitrary, { seed: seedFor(method) + batch, numRuns: count });
    for (const input of inputs) {
      if (sent === count) break;
      const prepared = prepare(input);
      if (isAccepted(method, prepared.seen)) {
        skipped += 1;
        continue;
      }
      sent += 1;
      await send(prepared.payload, input);
    }
  }
  return { sent, skipped };
}

/** JSON text for any value, however deep; own "__proto__" keys are written like any other. */
export function toJsonText(value: unknown): string {
  // JSON.stringify recurses: past a few thousand levels it overflows the stack, slowly.
  return deeperThan(value, 1_000) ? deepJsonText(value) : (JSON.stringify(value) ?? 'null');
}

function deeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return false;
}

function deepJsonText(value: unknown): string {
  type Task = { text: string } | { value: unknown };
  const parts: string[] = [];
  const tasks: Task[] = [{ value }];
  while (tasks.length > 0) {
    const task = tasks.pop()!;
    if ('text' in task) {
      parts.push(task.text);
      continue;
    }
    const current = task.value;
    if (typeof current !== 'object' || current === null) {
      parts.push(JSON.stringify(current) ?? 'null');
      continue;
    }
    const isArray = Array.isArray(current);
    const entries: Task[] = [{ text: isArray ? '[' : '{' }];
    Object.entries(current).forEach(([key, item], index) => {
      if (index > 0) entries.push({ text: ',' });
      if (!isArray) entries.push({ text: `${JSON.stringify(key)}:` });
      entries.push({ value: item });
    });
    entries.push({ text: isArray ? ']' : '}' });
    for (let index = entries.length - 1; index >= 0; index -= 1) tasks.push(entries[index]!);
  }
  return parts.join('');
}

/** Why an answer to a malformed input is not a clear refusal, or undefined when it is. */
export function refusalProblem(method: string, answer: unknown): string | undefined {
  const result = answer as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (result?.ok !== false) return `answered ${describe(answer)}`;
  const { code, message } = result.error ?? {};
  if (code !== 'invalid-input') return `answered code ${String(code)}`;
  if (typeof message !== 'string' || message.trim() === '') return 'gave no message';
  if (message.length > 400) return `gave a message of ${message.length} characters`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(message)) return `gave a message with control characters`;
  if (/\n\s*at |\bat .+:\d+:\d+|Error:/.test(message)) return `gave a stack trace: ${message}`;
  if (/\[object |undefined|unknown problem/.test(message))
    return `gave an unclear message: ${message}`;
  if (!message.includes(method)) return `did not name the action: ${message}`;
  if (!/: \S.{2,}/.test(message)) return `did not say what is wrong: ${message}`;
  return undefined;
}

export function describe(value: unknown): string {
  const text = value === undefined ? 'undefined' : toJsonText(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** Every file and folder under `root` with its size and modification time, for before/after. */
export async function listTree(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      const info = await stat(full);
      out.push(
        `${path.relative(root, full)} ${entry.isDirectory() ? 'dir' : info.size} ${info.mtimeMs}`,
      );
      if (entry.isDirectory()) await walk(full);
    }
  };
  await walk(root);
  return out.sort();
}

/** The names on Object.prototype and Array.prototype, to show nothing was added to them. */
export function prototypeNames(): string[] {
  return [
    ...Object.getOwnPropertyNames(Object.prototype).map((name) => `Object.${name}`),
    ...Object.getOwnPropertyNames(Array.prototype).map((name) => `Array.${name}`),
  ].sort();
}

/** Catches what escapes every handler while `run` runs. */
export async function catchingUncaught<T>(
  run: () => Promise<T>,
): Promise<{ value: T; uncaught: unknown[] }> {
  const uncaught: unknown[] = [];
  const record = (error: unknown) => uncaught.push(error);
  process.on('uncaughtException', record);
  process.on('unhandledRejection', record);
  try {
    return { value: await run(), uncaught };
  } finally {
    process.off('uncaughtException', record);
    process.off('unhandledRejection', record);
  }
}

/** "27,000" */
export const count = (value: number) => value.toLocaleString('en-US');
