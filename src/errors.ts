/** A mistake in how video-batch was called or configured (exit 2, nothing sent). */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
