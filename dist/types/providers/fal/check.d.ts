/** What the fal provider refuses in a job before anything is sent, beyond its traits. Pure. */
import type { JobSpec } from '../../types.js';
import type { JobProblem } from '../module.js';
/** A `model` that is not a fal endpoint id would be sent to a path fal does not serve. */
export declare function falCheckJob(job: JobSpec): readonly JobProblem[];
