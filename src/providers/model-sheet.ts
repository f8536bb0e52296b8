/**
 * `video-batch models <id>`: one model on one page, so setting it up needs no browser: its inputs
 * (names, types, allowed values, defaults) from the vendor's published schema when discovery has
 * it, else from the catalog and the provider's traits; its price with source; its status and
 * replacement. Pure: facts in, lines out.
 */
import type { JsonValue, ProviderName } from '../types.js';
import { describeReplacements, type CatalogPrice, type CatalogRow, type CatalogSource, type Rate } from './catalog-data.js';
import { listValues } from './catalog.js';
import type { JsonSchema, ModelFacts } from './discovery/facts.js';
import { providerModule } from './list.js';

/** Lines are wrapped to fit a terminal this wide. */
export const SHEET_WIDTH = 120;
const LABEL = 13;

/** Every catalog row named `id` (its model id or an alias), of `provider` when given. */
export function rowsNamed(rows: readonly CatalogRow[], id: string, provider?: string): CatalogRow[] {
  return rows.filter((row) => (row.model === id || (row.aliases?.includes(id) ?? false)) && (provider === undefined || row.provider === provider));
}

/** `text` broken at spaces into lines of at most `width`, every line after the first indented by `indent`. */
export function wrap(text: string, width: number, indent: string): string[] {
  const lead = /^ */.exec(text)![0];
  const lines: string[] = [];
  let line = lead;
  for (const word of text.slice(lead.length).split(' ')) {
    const next = line.trim() === '' ? `${line}${word}` : `${line} ${word}`;
    if (next.length > width && line.trim() !== '') {
      lines.push(line);
      line = `${indent}${word}`;
    } else line = next;
  }
  if (line.trim() !== '') lines.push(line);
  return lines;
}

function field(label: string, text: string): string[] {
  return wrap(`  ${label.padEnd(LABEL)}${text}`, SHEET_WIDTH, ' '.repeat(LABEL + 2));
}

function sourceText(source: CatalogSource): string {
  return `${source.title}${source.url ? ` (${source.url})` : ''}, read ${source.read}${source.unconfirmed ? `; unconfirmed: ${source.unconfirmed}` : ''}`;
}

/** `$0.1/s at 1280x720, 720x1280; $0.12/s at ...`: sizes grouped by rate, `default` last. */
export function rateText(rate: Rate): string {
  if (typeof rate === 'number') return `$${rate}/s`;
  const bySize = new Map<number, string[]>();
  for (const [size, usd] of Object.entries(rate)) {
    if (size === 'default') continue;
    bySize.set(usd, [...(bySize.get(usd) ?? []), size]);
  }
  const parts = [...bySize].map(([usd, sizes]) => `$${usd}/s at ${sizes.join(', ')}`);
  if (rate.default !== undefined) parts.push(`$${rate.default}/s when no size is given`);
  return parts.join('; ');
}

function priceLines(price: CatalogPrice): string[] {
  const lines = field('price', `${rateText(price.usd_per_second)}${price.usd_per_second_without_audio === undefined ? '' : ' (with sound, the default)'}`);
  if (price.usd_per_second_without_audio !== undefined) lines.push(...field('', `audio: false: ${rateText(price.usd_per_second_without_audio)}`));
  lines.push(...field('', `${price.default_seconds} s billed when a job names no seconds`));
  lines.push(...field('', `source: ${sourceText(price.source)}`));
  return lines;
}

interface InputLine {
  readonly name: string;
  readonly type: string;
  readonly allowed: string;
  readonly fallback: string;
}

function inputTable(inputs: readonly InputLine[]): string[] {
  const head: InputLine = { name: 'name', type: 'type', allowed: 'allowed values', fallback: 'default' };
  const all = [head, ...inputs];
  const nameWidth = Math.max(...all.map((i) => i.name.length));
  const typeWidth = Math.max(...all.map((i) => i.type.length));
  const indent = ' '.repeat(4 + nameWidth + 2 + typeWidth + 2);
  return all.flatMap((i) => {
    const fallback = i === head ? '  [default]' : i.fallback === '' ? '' : `  [default: ${i.fallback}]`;
    const text = `    ${i.name.padEnd(nameWidth)}  ${i.type.padEnd(typeWidth)}  ${i.allowed}${fallback}`;
    return wrap(text.trimEnd(), SHEET_WIDTH, indent);
  });
}

/** The job fields a manifest sets for this model, as the catalog and the provider's traits know them. */
function catalogInputs(row: CatalogRow): InputLine[] {
  const module = providerModule(row.provider);
  const traits = module.traits;
  const sizes = row.sizes ?? traits.sizes;
  const bySize = row.seconds_by_size ? Object.entries(row.seconds_by_size).map(([size, s]) => `${size} only at ${listValues(s)} s`).join('; ') : '';
  const inputs: InputLine[] = [
    { name: 'prompt', type: 'string', allowed: 'any text (required)', fallback: '' },
    { name: 'seconds', type: 'integer', allowed: row.seconds ? listValues(row.seconds) : 'not checked (the API decides)', fallback: row.price ? `the API's (billed as ${row.price.default_seconds})` : "the API's" },
    { name: 'size', type: 'WIDTHxHEIGHT', allowed: `${sizes && sizes.length > 0 ? sizes.join(', ') : 'not checked'}${bySize ? ` (${bySize})` : ''}`, fallback: "the API's" },
  ];
  if (traits.audio) inputs.push({ name: 'audio', type: 'boolean', allowed: 'true, false', fallback: row.price?.usd_per_second_without_audio !== undefined ? 'true (sound on)' : "the model's" });
  const image = row.image_input ?? traits.imageInput;
  inputs.push({ name: 'input_reference', type: 'image file', allowed: image ? (row.requires_image ? 'required: the first frame' : 'optional: the first frame') : 'not taken', fallback: '' });
  if (module.params) {
    const reserved = Object.entries(module.params.reserved).map(([key, from]) => `${key} (${from})`).join(', ');
    inputs.push({ name: 'params', type: 'object', allowed: `any other field of ${module.params.into}, sent as written; set from job fields, so refused there: ${reserved}`, fallback: '' });
  } else inputs.push({ name: 'params', type: 'object', allowed: 'not taken', fallback: '' });
  return inputs;
}

function schemaType(schema: JsonSchema): string {
  const type = schema.type;
  if (typeof type === 'string') return type;
  const anyOf = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(anyOf)) {
    const types = anyOf.map((s) => (s && typeof s === 'object' && !Array.isArray(s) && typeof s.type === 'string' ? s.type : '')).filter((t) => t !== '' && t !== 'null');
    return [...new Set(types)].join(' | ') || 'any';
  }
  return 'any';
}

function valueText(value: JsonValue | undefined): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function schemaAllowed(schema: JsonSchema): string {
  const values = Array.isArray(schema.enum) ? schema.enum : undefined;
  if (values) return values.map(valueText).join(', ');
  const range = [schema.minimum !== undefined ? `>= ${valueText(schema.minimum)}` : '', schema.maximum !== undefined ? `<= ${valueText(schema.maximum)}` : ''].filter(Boolean).join(', ');
  const description = typeof schema.description === 'string' ? schema.description.replace(/\s+/g, ' ').slice(0, 160) : '';
  return [range, description].filter(Boolean).join('; ') || 'any';
}

/** The vendor's input schema as lines: every property, its type, allowed values and default. */
function schemaInputs(schema: JsonSchema): InputLine[] {
  const properties = schema.properties && typeof schema.properties === 'object' && !Array.isArray(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : []);
  return Object.entries(properties).map(([name, value]) => {
    const property = (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as JsonSchema;
    return {
      name,
      type: schemaType(property),
      allowed: `${schemaAllowed(property)}${required.has(name) ? ' (required)' : ''}`,
      fallback: property.default === undefined ? '' : valueText(property.default),
    };
  });
}

function limitInputs(facts: ModelFacts): InputLine[] {
  const limits = facts.limits!;
  const list = (values: readonly (string | number)[] | undefined): string => (values && values.length > 0 ? values.join(', ') : 'not stated');
  return [
    { name: 'seconds', type: 'integer', allowed: limits.seconds ? listValues(limits.seconds) : 'not stated', fallback: facts.defaults?.seconds === undefined ? '' : String(facts.defaults.seconds) },
    { name: 'size', type: 'WIDTHxHEIGHT', allowed: `${list(limits.sizes)}${limits.resolutions ? `; resolutions ${list(limits.resolutions)}` : ''}${limits.aspectRatios ? `; aspect ratios ${list(limits.aspectRatios)}` : ''}`, fallback: '' },
    { name: 'audio', type: 'boolean', allowed: limits.audio ? 'true, false' : 'not taken', fallback: facts.defaults?.audio === undefined ? '' : String(facts.defaults.audio) },
    { name: 'input_reference', type: 'image file', allowed: limits.imageInput === false ? 'not taken' : 'optional', fallback: '' },
    { name: 'params', type: 'object', allowed: limits.passthrough ? `passed on: ${list(limits.passthrough)}` : 'not stated', fallback: '' },
  ];
}

function factsSource(facts: ModelFacts): string {
  const source = facts.input?.source ?? facts.limits?.source;
  return source ? `${source.url}, read ${source.readAt.slice(0, 10)}` : 'the vendor';
}

/**
 * The sheet of one catalog row (or of a model only the vendor knows, `row` undefined), with what
 * discovery learned when it was asked. `unchecked` says why the vendor was not asked, if it was not.
 */
export function modelSheet(provider: ProviderName, model: string, row: CatalogRow | undefined, facts: ModelFacts | undefined, unchecked?: string): string[] {
  const module = providerModule(provider);
  const lines = [`${model}  (provider ${provider}: ${module.label}${row?.vendor ? `; ${row.vendor}` : ''})`];
  if (facts?.found === false) lines.push(...field('vendor', `${provider} answered that it lists no model ${model}`));
  if (row) {
    const shutdown = row.shutdown ? `, shutdown ${row.shutdown}` : '';
    lines.push(...field('status', `${row.status}${shutdown}${row.replacement?.length ? `; use ${describeReplacements(row.replacement)}` : ''}`));
    if (row.lifecycle_source) lines.push(...field('', `source: ${sourceText(row.lifecycle_source)}`));
  }
  if (facts?.status) lines.push(...field(row ? 'vendor says' : 'status', `${facts.status.status}${facts.status.vendorWord ? ` ("${facts.status.vendorWord}")` : ''} (${facts.status.source.url}, read ${facts.status.source.readAt.slice(0, 10)})`));
  if (facts?.input) {
    lines.push(...field('inputs', `the vendor's published input schema (${factsSource(facts)}); a job's seconds, size, audio and input_reference are mapped onto it, the rest go in params`));
    lines.push(...inputTable(schemaInputs(facts.input.schema)));
  } else if (facts?.limits) {
    lines.push(...field('inputs', `as the vendor states them (${factsSource(facts)})`));
    lines.push(...inputTable([{ name: 'prompt', type: 'string', allowed: 'any text (required)', fallback: '' }, ...limitInputs(facts)]));
  } else if (row) {
    const limits = row.limits_source ? `; limits: ${sourceText(row.limits_source)}` : '';
    lines.push(...field('inputs', `job fields, from the catalog (src/models.json)${unchecked ? ` (${unchecked})` : ''}${limits}`));
    lines.push(...inputTable(catalogInputs(row)));
  }
  for (const price of facts?.prices ?? []) {
    const when = price.when ? ` when ${Object.entries(price.when).map(([k, v]) => `${k} ${String(v)}`).join(', ')}` : '';
    lines.push(...field('vendor price', `${price.unitPrice} ${price.currency} per ${price.unit}${when} (${price.source.url}, read ${price.source.readAt.slice(0, 10)})`));
  }
  if (row?.price) lines.push(...priceLines(row.price));
  else if (!facts?.prices?.length) lines.push(...field('price', "unknown: give one with usd_per_second in the manifest's models: block, or pricing:"));
  if (row?.note) lines.push(...field('note', row.note));
  return lines;
}
