/**
 * Text GitHub's runner must not take for a workflow command. The action logs through it, and the
 * CLI too when it runs as a workflow step of its own (`GITHUB_ACTIONS=true`).
 */
import type { Writable } from 'node:stream';

/**
 * Log text from a manifest or a server must never become a workflow command: the runner reads any
 * line that starts with `::` as one (`::error::`, `::add-mask::`, `::stop-commands::`, ...), and
 * `##[command]` (`##[set-output ...]`, `##[add-mask]`, `##[group]`...) anywhere in a line. A
 * zero-width space breaks both without changing what a person reads.
 */
export function inert(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^(\s*):/, '$1:\u200b').replace(/##\[/g, '##\u200b['))
    .join('\n');
}

/**
 * Makes everything written to `stream` inert (see `inert`), for a CLI running as a workflow step:
 * progress, prompts in a dry-run plan and server messages all reach the runner's log.
 */
export function guardWorkflowCommands(stream: Writable & { write: Writable['write'] }): void {
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => write(typeof chunk === 'string' ? inert(chunk) : chunk, ...rest)) as Writable['write'];
}
