/** A reader fed a file piece by piece. */
export interface PieceReader<T> {
  push(chunk: Uint8Array): void;
  end(): T;
}

/** Feeds bytes to a reader cut at the given positions (anywhere, even inside a character), then ends it. */
export function feedInPieces<T>(reader: PieceReader<T>, bytes: Uint8Array, cuts: readonly number[]): T {
  let from = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)) {
    reader.push(bytes.subarray(from, cut));
    from = cut;
  }
  reader.push(bytes.subarray(from));
  return reader.end();
}
