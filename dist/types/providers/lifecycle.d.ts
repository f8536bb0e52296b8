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
import { type FactsLookup } from './discovery/facts.js';
/**
 * Why a job may not run on its model because its vendor retired it (naming what to move to), if
 * so: the catalog's word, or the vendor's own where discovery has it (`facts`). Pure.
 */
export declare function retirementProblem(job: JobSpec, models?: ModelOverrides, facts?: FactsLookup): FieldProblem | undefined;
export declare function lifecycleProblems(jobs: readonly JobSpec[], models?: ModelOverrides, facts?: FactsLookup): {
    issues: ManifestIssue[];
    warnings: string[];
};
