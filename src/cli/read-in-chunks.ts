import { open } from 'node:fs/promises';

/** Bytes read at a time: a chunk boundary rarely splits a record, and the buffer stays in cache. */
const CHUNK = 1 << 20;

/** A reader fed a file piece by piece (see the readers in src/engines). */
export interface ChunkReader<T> {
  push(chunk: Uint8Array): void;
  end(): T;
}

/**
 * Streams a file through a reader one chunk at a time, so a large file is never held whole in memory,
 * and returns what the reader builds. File-system errors (ENOENT included) are thrown as they come.
 */
export async function readInChunks<T>(path: string, reader: ChunkReader<T>): Promise<T> {
  const file = await open(path, 'r');
  try {
    const buffer = new Uint8Array(CHUNK);
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      reader.push(buffer.subarray(0, bytesRead));
    }
  } finally {
    await file.close();
  }
  return reader.end();
}
