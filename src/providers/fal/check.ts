/** What the fal provider refuses in a job before anything is sent, beyond its traits. Pure. */
import type { JobSpec } from '../../types.js';
import type { JobProblem } from '../module.js';

/** An endpoint id: `owner/app` plus an optional path, each segment URL-safe (`fal-ai/veo3.1/fast`). */
const ENDPOINT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*){1,5}$/;

/** A `model` that is not a fal endpoint id would be sent to a path fal does not serve. */
export function falCheckJob(job: JobSpec): readonly JobProblem[] {
  if (ENDPOINT_ID.test(job.model)) return [];
  return [{ field: 'model', message: `"${job.model}" is not a fal endpoint id; name one as owner/app[/path], e.g. fal-ai/veo3.1/fast (see fal.ai/models)` }];
}
