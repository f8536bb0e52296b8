/**
 * What the catalog's lifecycle says of a manifest's models, before anything is sent: a job on a
 * retired model is an issue at its line naming the replacement, unless the manifest's `models:`
 * block gives the model another status (a gateway may still serve it), which is said once per
 * model; a deprecated model is one warning per model. Pure.
 * `retirementProblem` is the same rule for one job, for the reader's `checkJob`: a retired model is
 * then reported with the manifest's other issues, in one pass.
 *
 * Where discovery has the vendor's own word on a model's status (`facts`), it stands in for the
 * catalog row's: an endpoint the vendor reports deprecated or gone warns or stops the same way.
 */
import type { FieldProblem, ManifestIssue } from '../manifest/index.js';
import type { JobSpec, ModelOverrides } from '../types.js';
import { describeReplacements, lifecycleOf, overrideFor, type Lifecycle } from './catalog.js';
import { NO_FACTS, type FactsLookup } from './discovery/facts.js';

/** The lifecycle of a job's model: the catalog's, with the vendor's reported status over the row's. */
function lifecycleWithFacts(job: JobSpec, models: ModelOverrides | undefined, facts: FactsLookup): (Lifecycle & { readonly vendorSaid?: string }) | undefined {
  const catalog = lifecycleOf(job.provider, job.model, models);
  const reported = facts(job.provider, job.model)?.status;
  if (!reported) return catalog;
  const own = overrideFor(job.provider, job.model, models)?.status;
  const vendorSaid = `${job.provider} reports it ${reported.vendorWord ?? reported.status} (${reported.source.url}, read ${reported.source.readAt.slice(0, 10)})`;
  return {
    replacement: [],
    ...catalog,
    status: own ?? reported.status,
    ...(own !== undefined && own !== reported.status ? { catalogStatus: reported.status } : {}),
    vendorSaid,
  };
}

/**
 * Why a job may not run on its model because its vendor retired it (naming what to move to), if
 * so: the catalog's word, or the vendor's own where discovery has it (`facts`). Pure.
 */
export function retirementProblem(job: JobSpec, models?: ModelOverrides, facts: FactsLookup = NO_FACTS): FieldProblem | undefined {
  const lifecycle = lifecycleWithFacts(job, models, facts);
  if (lifecycle?.status !== 'retired') return undefined;
  const vendor = lifecycle.vendorSaid ? ` (${lifecycle.vendorSaid})` : '';
  const since = lifecycle.shutdown ? ` on ${lifecycle.shutdown}` : '';
  const move = lifecycle.replacement.length > 0 ? `move to ${describeReplacements(lifecycle.replacement)}` : 'move to a live model (video-batch models lists them)';
  return {
    field: 'model',
    message: `${job.model} was retired by its vendor${since}${vendor}; ${move}; if your gateway still serves it, add "models: {${job.model}: {status: ga}}" to the manifest`,
  };
}

export function lifecycleProblems(jobs: readonly JobSpec[], models?: ModelOverrides, facts: FactsLookup = NO_FACTS): { issues: ManifestIssue[]; warnings: string[] } {
  const issues: ManifestIssue[] = [];
  const warnings: string[] = [];
  const said = new Set<string>();
  for (const job of jobs) {
    const lifecycle = lifecycleWithFacts(job, models, facts);
    if (!lifecycle) continue;
    const vendor = lifecycle.vendorSaid ? ` (${lifecycle.vendorSaid})` : '';
    const shutdown = lifecycle.shutdown ? ` (shutdown ${lifecycle.shutdown})` : '';
    const retired = retirementProblem(job, models, facts);
    if (retired) {
      issues.push({ file: job.source.file, line: job.source.line, ...(job.source.row !== undefined ? { row: job.source.row } : {}), ...retired });
    } else if (!said.has(job.model) && lifecycle.catalogStatus === 'retired') {
      said.add(job.model);
      warnings.push(`${job.model}: retired by its vendor${shutdown}, sent anyway: the manifest's models: block marks it ${lifecycle.status}`);
    } else if (!said.has(job.model) && lifecycle.status === 'deprecated') {
      said.add(job.model);
      const move = lifecycle.replacement.length > 0 ? `; consider ${describeReplacements(lifecycle.replacement)}` : '';
      warnings.push(`${job.model} is deprecated by its vendor${shutdown}${vendor}${move}`);
    }
  }
  return { issues, warnings };
}
