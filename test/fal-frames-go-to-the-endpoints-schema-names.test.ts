/**
 * fal: a job's first and last frames and reference images go under the names the endpoint's
 * discovered input schema gives them (first_frame_url + last_frame_url, image_url +
 * tail_image_url, image_urls), or the catalog's names when the schema is not known; a field the
 * endpoint has no name for is a problem naming what it takes.
 */
import { describe, expect, it } from 'vitest';
import type { ModelFacts } from '../src/providers/discovery/facts.js';
import { falRequestInput } from '../src/providers/fal/client.js';
import { planFalInput } from '../src/providers/fal/schema-input.js';
import type { JobSpec } from '../src/types.js';

const source = { url: 'https://api.fal.ai/v1/models', readAt: '2026-12-07T00:00:00Z' };
const facts = (model: string, properties: Record<string, unknown>, required: string[]): ModelFacts => ({
  provider: 'fal', model, found: true,
  input: { schema: { type: 'object', properties, required }, source },
} as ModelFacts);

// Transcribed from fal's model pages (fal.ai/models/<id>/llms.txt, read 2026-12-07): the image fields only.
const FIRST_LAST = facts('fal-ai/veo3.1/fast/first-last-frame-to-video', {
  prompt: { type: 'string' },
  first_frame_url: { type: 'string' },
  last_frame_url: { type: 'string' },
  duration: { type: 'string', enum: ['8s'], default: '8s' },
}, ['prompt', 'first_frame_url', 'last_frame_url']);
const KLING = facts('fal-ai/kling-video/v2.5-turbo/pro/image-to-video', {
  prompt: { type: 'string' }, image_url: { type: 'string' }, tail_image_url: { type: 'string' },
}, ['prompt', 'image_url']);
const REFERENCES = facts('fal-ai/veo3.1/reference-to-video', {
  prompt: { type: 'string' }, image_urls: { type: 'array', items: { type: 'string' }, maxItems: 3 },
}, ['prompt', 'image_urls']);

const job = (model: string, fields: Partial<JobSpec>): JobSpec => ({ id: 'j', prompt: 'A door opens', provider: 'fal', model, source: { file: 'm.yaml', line: 2 }, ...fields });

describe('fal frames follow the endpoint schema', () => {
  it('sends first_frame_url and last_frame_url on Veo 3.1 first-last-frame', () => {
    const plan = planFalInput(job(FIRST_LAST.model, { inputReference: '/a.png', lastFrame: '/b.png' }), FIRST_LAST, { first: 'data:image/png;base64,AAA', last: 'data:image/png;base64,BBB' });
    expect(plan.problems).toEqual([]);
    expect(plan.input).toMatchObject({ first_frame_url: 'data:image/png;base64,AAA', last_frame_url: 'data:image/png;base64,BBB' });
  });

  it('sends Kling\'s tail_image_url and Veo 3.1 reference-to-video image_urls', () => {
    const kling = planFalInput(job(KLING.model, { inputReference: '/a.png', lastFrame: '/b.png' }), KLING, { first: 'data:image/png;base64,AAA', last: 'data:image/png;base64,BBB' });
    expect(kling.input).toMatchObject({ image_url: 'data:image/png;base64,AAA', tail_image_url: 'data:image/png;base64,BBB' });
    const refs = planFalInput(job(REFERENCES.model, { referenceImages: ['/c.png', '/d.png'] }), REFERENCES, { references: ['data:image/png;base64,CCC', 'data:image/png;base64,DDD'] });
    expect(refs.problems).toEqual([]);
    expect(refs.input.image_urls).toEqual(['data:image/png;base64,CCC', 'data:image/png;base64,DDD']);
  });

  it('a last frame the endpoint has no field for, or too many references, is a problem naming what it takes', () => {
    const noLast = planFalInput(job(REFERENCES.model, { referenceImages: ['/c.png'], lastFrame: '/b.png' }), REFERENCES);
    expect(noLast.problems).toContainEqual({ field: 'last_frame', message: expect.stringMatching(/takes no last frame \(its input has only image_urls\)/) });
    const many = planFalInput(job(REFERENCES.model, { referenceImages: ['/1.png', '/2.png', '/3.png', '/4.png'] }), REFERENCES);
    expect(many.problems).toEqual([{ field: 'reference_images', message: 'fal-ai/veo3.1/reference-to-video takes up to 3 images in image_urls (got 4)' }]);
  });

  it('uses the catalog\'s names when discovery has no schema', () => {
    const input = falRequestInput(job('fal-ai/veo3.1/fast/first-last-frame-to-video', { inputReference: '/a.png', lastFrame: '/b.png' }), undefined, { first: 'data:image/png;base64,AAA', last: 'data:image/png;base64,BBB' });
    expect(input).toMatchObject({ first_frame_url: 'data:image/png;base64,AAA', last_frame_url: 'data:image/png;base64,BBB' });
  });
});
