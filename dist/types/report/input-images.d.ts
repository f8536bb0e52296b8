/** The folder of the output directory the input images are copied to. */
export declare const INPUTS_DIR = "inputs";
export type InputKind = 'first frame' | 'last frame' | 'reference';
/** One input image of a job, by its absolute path. */
export interface JobInput {
    readonly kind: InputKind;
    readonly path: string;
}
interface WithInputs {
    readonly inputReference?: string;
    readonly lastFrame?: string;
    readonly referenceImages?: readonly string[];
}
/** The job's input images in order: first frame, last frame, then each reference. Pure. */
export declare function jobInputs(job: WithInputs): JobInput[];
/**
 * Where the copy of `path` lives, relative to the output folder: `inputs/<hash>-<name>`; the hash
 * of the whole path keeps two `a.png` from different folders apart. Pure.
 */
export declare function inputCopyPath(path: string): string;
/** The small thumbnails of a job's input images, each linking to its copy; '' when it has none. Pure. */
export declare function inputThumbnails(job: WithInputs): string;
/**
 * For a merged report: copies each job's input-image copies from the folder of the shard report
 * it came from (`folderOf`) into `<outDir>/inputs/`, each checked as an upload is; a copy that is
 * missing or not an image is left out (the report is written whatever happens).
 * @returns the copies that could not be made, with why
 */
export declare function copyShardInputImages(jobs: readonly (WithInputs & {
    readonly id: string;
})[], folderOf: (id: string) => string | undefined, outDir: string): Promise<string[]>;
/**
 * Copies every job's input images into `<outDir>/inputs/`, each read with the same checks as an
 * upload (a regular file holding the image its extension names, within the size cap), so nothing
 * else is ever copied next to the report. An image that cannot be read is left out: the report is
 * written whatever happens.
 * @returns the paths that could not be copied, with why
 */
export declare function copyInputImages(jobs: readonly WithInputs[], outDir: string): Promise<string[]>;
export {};
