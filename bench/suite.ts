/**
 * `npm run bench:suite`: how long `npm test` takes here. Runs `vitest run` once (extra arguments
 * are passed on, e.g. a file list or `--maxWorkers=1`) with its JSON reporter, then prints the
 * wall time, the CPU time of vitest and everything it started (user + system, from the kernel's
 * count for reaped children, so a loaded machine shows in wall time but hardly in CPU), the test
 * counts, and the slowest files and tests. Prints figures; asserts nothing (a failing suite is
 * reported, and its exit code passed on).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';

interface TestResult {
  readonly title: string;
  readonly status: string;
  readonly duration?: number;
}
interface FileResult {
  readonly name: string;
  readonly status: string;
  readonly startTime: number;
  readonly endTime: number;
  readonly assertionResults: readonly TestResult[];
}
interface JsonReport {
  readonly numTotalTests: number;
  readonly numPassedTests: number;
  readonly numFailedTests: number;
  readonly numPendingTests: number;
  readonly testResults: readonly FileResult[];
}

/** CPU seconds (user + system) of this process's reaped children, from /proc (Linux). */
function childCpuSeconds(): number | undefined {
  try {
    // Fields after the command's closing parenthesis; cutime and cstime are the 16th and 17th of the line.
    const rest = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(rest[13]) + Number(rest[14])) / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'video-batch-suite-'));
const out = join(dir, 'vitest.json');
const load = loadavg()[0]!;
const cpuBefore = childCpuSeconds();
const started = performance.now();
const vitest = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=json', `--outputFile=${out}`, ...process.argv.slice(2)], { stdio: ['ignore', 'ignore', 'inherit'] });
const wall = (performance.now() - started) / 1000;
const cpuAfter = childCpuSeconds();

const report = JSON.parse(readFileSync(out, 'utf8')) as JsonReport;
// SUITE_JSON=path keeps vitest's JSON report there (to compare two runs file by file).
if (process.env.SUITE_JSON) copyFileSync(out, process.env.SUITE_JSON);
rmSync(dir, { recursive: true, force: true });
const files = report.testResults.map((f) => ({ name: basename(f.name), s: (f.endTime - f.startTime) / 1000, tests: f.assertionResults }));
const tests = files.flatMap((f) => f.tests.map((t) => ({ file: f.name, title: t.title, s: (t.duration ?? 0) / 1000 })));
const fmt = (s: number): string => s.toFixed(1).padStart(6);

console.log(`${cpus().length} cores, Node ${process.versions.node}, load average ${load.toFixed(1)} at the start`);
console.log(`wall ${wall.toFixed(1)} s, CPU ${cpuBefore === undefined || cpuAfter === undefined ? '(unknown)' : `${(cpuAfter - cpuBefore).toFixed(1)} s`}`);
console.log(`tests ${report.numTotalTests}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped; ${files.length} files, ${report.testResults.filter((f) => f.status !== 'passed').length} not passed`);
console.log('slowest files (s):');
for (const f of [...files].sort((a, b) => b.s - a.s).slice(0, 10)) console.log(`${fmt(f.s)}  ${f.name}`);
console.log('slowest tests (s):');
for (const t of [...tests].sort((a, b) => b.s - a.s).slice(0, 10)) console.log(`${fmt(t.s)}  ${t.file}: ${t.title.slice(0, 90)}`);
for (const f of files) for (const t of f.tests) if (t.status === 'failed') console.log(`failed: ${f.name}: ${t.title}`);
process.exitCode = vitest.status ?? 1;
