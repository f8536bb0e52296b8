/** A mistake in how video-batch was called or configured (exit 2, nothing sent). */
export declare class ConfigError extends Error {
    readonly name = "ConfigError";
}
