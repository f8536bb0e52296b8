/**
 * What the catalog's lifecycle says of a manifest's models, before anything is sent: a job on a
 * retired model is an issue at its line naming the replacement, unless the manifest's `models:`
 * block gives the model another status (a gateway may still serve it), which is said once per
 * model; a deprecated model is one warning per model. Pure.
 *
 * Where discovery has the vendor's own word on a model's status (`facts`), it stands in for the
 * catalog row's: an endpoint the vendor reports deprecated or gone warns or stops the same way.
 */
import type { ManifestIssue } from '../manifest/index.js';
import type { JobSpec, ModelOverrides } from '../types.js';
import { type FactsLookup } from './discovery/facts.js';
export declare function lifecycleProblems(jobs: readonly JobSpec[], models?: ModelOverrides, facts?: FactsLookup): {
    issues: ManifestIssue[];
    warnings: string[];
};
