/** Votes as parallel typed arrays, grown by doubling. */
export class VoteColumns {
  length = 0;
  time = new Float64Array(1024);
  participant = new Int32Array(1024);
  statement = new Int32Array(1024);
  value = new Int8Array(1024);

  add(time: number, participant: number, statement: number, value: number): void {
    if (this.length === this.time.length) {
      const size = 2 * this.length;
      this.time = grow(this.time, new Float64Array(size));
      this.participant = grow(this.participant, new Int32Array(size));
      this.statement = grow(this.statement, new Int32Array(size));
      this.value = grow(this.value, new Int8Array(size));
    }
    const i = this.length++;
    this.time[i] = time;
    this.participant[i] = participant;
    this.statement[i] = statement;
    this.value[i] = value;
  }
}

function grow<T extends Float64Array | Int32Array | Int8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
