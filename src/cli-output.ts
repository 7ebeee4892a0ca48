/** How the command line writes and exits: every command's output goes through here. */

/** What a command writes to: whole lines on standard output and standard error. */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const asLine = (text: string) => (text.endsWith('\n') ? text : text + '\n');

/** Standard output and error of this process, one line (or block) per call. */
export const processIo: CommandIo = {
  stdout: (text) => void process.stdout.write(asLine(text)),
  stderr: (text) => void process.stderr.write(asLine(text)),
};

// A reader that stops early (`cocity pb tally … | head`) closes the pipe: stop quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

/** Resolves once everything written so far to `stream` has been handed to the operating system. */
function written(stream: NodeJS.WriteStream): Promise<void> {
  // Writes complete in order, so the callback of an empty write runs after every earlier write.
  return new Promise((resolve) => stream.write('', () => resolve()));
}

/**
 * Exits with `code` once standard output and error are written out. Through a pipe, Node writes
 * asynchronously: exiting at once would cut the output at the pipe's 64 KB buffer.
 */
export async function exitWhenWritten(code: number): Promise<never> {
  process.exitCode = code;
  await Promise.all([written(process.stdout), written(process.stderr)]);
  process.exit(code);
}
