// Types of build.js (plain JavaScript so that bin/cocity.js can run it without a TypeScript loader).

/** Where the compiled JavaScript goes (git-ignored). */
export const distDir: string;
/** A fingerprint of what the build reads: every non-test file under src/, tsconfig.json and build.js. */
export function sourceFingerprint(): string;
/** Builds dist/ when the sources changed since the last build (always when `clean`); returns true if it built. */
export function build(options?: { clean?: boolean }): Promise<boolean>;
/** One line saying why the build failed and what to do (a syntax error names its file and line). */
export function describeBuildFailure(error: unknown): string;
