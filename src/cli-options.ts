/**
 * The CLI's options as data: one table feeds the parser, the did-you-mean hint and --help, so a new
 * flag is one entry here. Pure apart from nothing: argv in, values or a UsageError out.
 */
import { parseArgs } from 'node:util';
import { ConfigError } from './errors.js';
import { closest } from './manifest/hints.js';
import { PROVIDER_NAMES } from './types.js';

/** A mistake in the command line (exit 2, nothing sent). */
export class UsageError extends ConfigError {}

type Command = 'run' | 'merge' | 'simulate' | 'models' | 'picks' | 'any';

export interface CliOption {
  /** The long name, without `--`. */
  readonly name: string;
  /** `list`: a string option that may be given more than once, collected in order. */
  readonly type: 'string' | 'boolean' | 'list';
  /** One letter for `-x`. */
  readonly short?: string;
  /** The value's placeholder in --help, e.g. `DIR`. */
  readonly value?: string;
  /** The help text; `\n` starts a continuation line. */
  readonly help: string;
  /** The command it belongs to, for grouping in --help. */
  readonly command: Command;
}

/** Every option of every command; --help lists them in this order. */
export const OPTIONS = [
  { name: 'out', type: 'string', value: 'DIR', command: 'run', help: 'output folder (default video-batch-out)' },
  { name: 'concurrency', type: 'string', value: 'N', command: 'run', help: 'jobs in flight at once (default 4)' },
  {
    name: 'provider',
    type: 'string',
    value: 'NAME',
    command: 'run',
    help: `provider of every job that names none itself, over the manifest's defaults:\n${PROVIDER_NAMES.join(', ')} (default openai)`,
  },
  { name: 'model', type: 'string', value: 'NAME', command: 'run', help: "model of every job that names none itself, over the manifest's defaults" },
  { name: 'base-url', type: 'string', value: 'URL', command: 'run', help: 'API base URL for the openai shapes (default $OPENAI_BASE_URL; openai needs one)' },
  {
    name: 'input-dir',
    type: 'list',
    value: 'DIR',
    command: 'run',
    help: 'a folder input_reference images may also come from (repeatable; default\nonly the manifest\'s folder)',
  },
  { name: 'timeout', type: 'string', value: 'SECONDS', command: 'run', help: 'per job, from submit to result (default 3600; 0 = none)' },
  { name: 'fail-on', type: 'string', value: 'any|all|never', command: 'run', help: 'exit 1 when any job fails (default), only when all fail, or never' },
  { name: 'no-download', type: 'boolean', command: 'run', help: 'leave finished videos on the server' },
  {
    name: 'variants',
    type: 'string',
    value: 'LIST',
    command: 'run',
    help: 'what to fetch per video: video plus thumbnail (default video,thumbnail),\nspritesheet on request; the thumbnail is the gallery\'s poster',
  },
  { name: 'dry-run', type: 'boolean', command: 'run', help: 'check the manifest, print the plan and its estimated cost; send nothing' },
  { name: 'max-cost', type: 'string', value: 'USD', command: 'run', help: 'refuse to start when the estimated cost of new jobs exceeds USD' },
  { name: 'max-jobs', type: 'string', value: 'N', command: 'run', help: 'refuse a manifest that expands to more than N jobs, counted before expanding\n(default 10000)' },
  {
    name: 'trust-manifest-prices',
    type: 'boolean',
    command: 'run',
    help: "let --max-cost count the manifest's prices where they are below the catalog's\n(by default it counts the higher)",
  },
  { name: 'fresh', type: 'boolean', command: 'run', help: 'start over: ignore (and keep aside) the ledger of earlier runs' },
  { name: 'regenerate-expired', type: 'boolean', command: 'run', help: 'create again the jobs whose video expired before it was downloaded (pays again)' },
  {
    name: 'retry-uncertain',
    type: 'string',
    value: 'IDS',
    command: 'run',
    help: 'create again these jobs (comma-separated ids, or all) that ended submit_uncertain;\ncheck their candidate videos in your dashboard first (pays again if one was theirs)',
  },
  { name: 'simulate', type: 'boolean', command: 'run', help: 'run against a built-in simulator on 127.0.0.1 (no key, no cost)' },
  {
    name: 'offline',
    type: 'boolean',
    command: 'run',
    help: 'ask no vendor for its models\' schemas, prices and status: use the cache\n(24 h) and the built-in catalog alone',
  },
  { name: 'shard', type: 'string', value: 'I/N', command: 'run', help: 'run only shard I of N (stable by job id; a remix runs with its source)' },
  { name: 'quiet', type: 'boolean', short: 'q', command: 'run', help: 'no progress display, only warnings, the report\'s path and the counts' },
  {
    name: 'allow-partial',
    type: 'boolean',
    command: 'merge',
    help: 'merge even when a shard\'s report is missing; every report says it is partial\n(without it, a missing shard is an error, exit 2)',
  },
  { name: 'port', type: 'string', value: 'N', command: 'simulate', help: 'port to serve on (default 8787; 0 = any free port)' },
  { name: 'json', type: 'boolean', command: 'models', help: 'print the catalog as JSON' },
  { name: 'refresh', type: 'boolean', command: 'models', help: 'ask the vendors again (fal...) for their models\' status and price, and renew the cache;\nwith a model id, that model\'s' },
  { name: 'report', type: 'string', value: 'FILE', command: 'picks', help: 'the report.json of the run the picks were made on (required)' },
  { name: 'write-manifest', type: 'string', value: 'FILE', command: 'picks', help: 'write a manifest of each prompt with its picked variant' },
  { name: 'rejected', type: 'string', value: 'FILE', command: 'picks', help: 'write a manifest of the prompts with no pick, with the run\'s variants as its matrix' },
  { name: 'help', type: 'boolean', short: 'h', command: 'any', help: 'this help' },
  { name: 'version', type: 'boolean', short: 'v', command: 'any', help: 'the version of video-batch' },
] as const satisfies readonly CliOption[];

type Option = (typeof OPTIONS)[number];
type NamesOf<T extends CliOption['type']> = Extract<Option, { type: T }>['name'];

/** The parsed options, typed from the table: a string option gives a string, a boolean one true. */
export type CliValues = { readonly [K in NamesOf<'string'>]?: string } & { readonly [K in NamesOf<'boolean'>]?: boolean } & {
  readonly [K in NamesOf<'list'>]?: readonly string[];
};

export interface CommandLine {
  readonly values: CliValues;
  readonly positionals: readonly string[];
}

const TABLE: readonly CliOption[] = OPTIONS;

/**
 * Parses argv against the table.
 * @throws UsageError for an unknown option (with the closest known one), an option missing its
 *   value, or a value given to a switch.
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const byName = new Map(TABLE.map((option) => [option.name, option]));
  // Not strict: Node's own messages ("argument is ambiguous", "To specify a positional argument
  // starting with a '-'...") are replaced by ours below, made from the tokens.
  const { tokens } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: Object.fromEntries(
      TABLE.map((o) => {
        const type = o.type === 'list' ? 'string' : o.type;
        return [o.name, o.short === undefined ? { type } : { type, short: o.short }];
      }),
    ),
  });
  const values: Record<string, string | boolean | string[]> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const option = byName.get(token.name);
    if (option === undefined) throw new UsageError(`unknown option ${token.rawName}${hint(token.rawName)}; try --help`);
    if (option.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`--${option.name} takes no value (got "${token.value}")`);
      values[option.name] = true;
      continue;
    }
    // `--out --fresh`: the next word is an option, not this one's value.
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('--') && value.length > 2)) {
      throw new UsageError(`--${option.name} needs a value, e.g. --${option.name} ${option.value ?? 'VALUE'}${value === undefined ? '' : ` (got the option ${value})`}`);
    }
    if (option.type === 'list') {
      const list = values[option.name];
      values[option.name] = Array.isArray(list) ? [...list, value] : [value];
    } else {
      values[option.name] = value;
    }
  }
  return { values: values as CliValues, positionals };
}

/** ` (did you mean --simulate?)` when a known option is close to `raw`, else ''. */
function hint(raw: string): string {
  const name = raw.replace(/^-+/, '');
  if (raw.startsWith('--')) {
    const near = closest(name, TABLE.map((o) => o.name));
    return near === undefined ? '' : ` (did you mean --${near}?)`;
  }
  const near = TABLE.find((o) => o.short !== undefined && o.short === name.toLowerCase());
  return near === undefined ? '' : ` (did you mean -${near.short}?)`;
}

/** The option lines of --help for `command`: `  -q, --quiet   text`, aligned. */
export function optionHelp(command: Command): string {
  const rows = TABLE.filter((o) => o.command === command).map((o) => {
    const flag = `${o.short === undefined ? '' : `-${o.short}, `}--${o.name}${o.value === undefined ? '' : ` ${o.value}`}`;
    return { flag, help: o.help.split('\n') };
  });
  const width = Math.max(...rows.map((r) => r.flag.length)) + 2;
  return rows
    .flatMap(({ flag, help }) => [`  ${flag.padEnd(width)}${help[0]}`, ...help.slice(1).map((line) => `  ${' '.repeat(width)}${line}`)])
    .join('\n');
}
