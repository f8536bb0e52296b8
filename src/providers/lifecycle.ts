/**
 * What the catalog's lifecycle says of a manifest's models, before anything is sent: a job on a
 * retired model is an issue at its line naming the replacement, unless the manifest's `models:`
 * block gives the model another status (a gateway may still serve it), which is said once per
 * model; a deprecated model is one warning per model. Pure.
 * `retirementProblem` is the same rule for one job, for the reader's `checkJob`: a retired model is
 * then reported with the manifest's other issues, in one pass.
 */
import type { FieldProblem, ManifestIssue } from '../manifest/index.js';
import type { JobSpec, ModelOverrides } from '../types.js';
import { describeReplacements, lifecycleOf } from './catalog.js';

/** Why a job may not run on its model because its vendor retired it (naming what to move to), if so. Pure. */
export function retirementProblem(job: Pick<JobSpec, 'provider' | 'model'>, models?: ModelOverrides): FieldProblem | undefined {
  const lifecycle = lifecycleOf(job.provider, job.model, models);
  if (lifecycle?.status !== 'retired') return undefined;
  const since = lifecycle.shutdown ? ` on ${lifecycle.shutdown}` : '';
  const move = lifecycle.replacement.length > 0 ? `move to ${describeReplacements(lifecycle.replacement)}` : 'move to a live model (video-batch models lists them)';
  return {
    field: 'model',
    message: `${job.model} was retired by its vendor${since}; ${move}; if your gateway still serves it, add "models: {${job.model}: {status: ga}}" to the manifest`,
  };
}

export function lifecycleProblems(jobs: readonly JobSpec[], models?: ModelOverrides): { issues: ManifestIssue[]; warnings: string[] } {
  const issues: ManifestIssue[] = [];
  const warnings: string[] = [];
  const said = new Set<string>();
  for (const job of jobs) {
    const lifecycle = lifecycleOf(job.provider, job.model, models);
    if (!lifecycle) continue;
    const shutdown = lifecycle.shutdown ? ` (shutdown ${lifecycle.shutdown})` : '';
    const retired = retirementProblem(job, models);
    if (retired) {
      issues.push({ file: job.source.file, line: job.source.line, ...(job.source.row !== undefined ? { row: job.source.row } : {}), ...retired });
    } else if (!said.has(job.model) && lifecycle.catalogStatus === 'retired') {
      said.add(job.model);
      warnings.push(`${job.model}: retired by its vendor${shutdown}, sent anyway: the manifest's models: block marks it ${lifecycle.status}`);
    } else if (!said.has(job.model) && lifecycle.status === 'deprecated') {
      said.add(job.model);
      const move = lifecycle.replacement.length > 0 ? `; consider ${describeReplacements(lifecycle.replacement)}` : '';
      warnings.push(`${job.model} is deprecated by its vendor${shutdown}${move}`);
    }
  }
  return { issues, warnings };
}
