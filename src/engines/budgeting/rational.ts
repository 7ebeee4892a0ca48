// Exact rational numbers on BigInt, used wherever a float decision is too close to call.

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** An exact fraction num/den with den > 0, always in lowest terms. */
export class Rational {
  static readonly ZERO = new Rational(0n, 1n);

  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  /** Builds num/den in lowest terms. */
  static of(num: bigint, den: bigint = 1n): Rational {
    if (den === 0n) throw new RangeError('zero denominator');
    if (den < 0n) [num, den] = [-num, -den];
    const g = gcd(num, den);
    return g > 1n ? new Rational(num / g, den / g) : new Rational(num, den);
  }

  /** The exact value of a finite double (every double is a dyadic fraction). */
  static fromNumber(x: number): Rational {
    if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
    if (Number.isInteger(x)) return new Rational(BigInt(x), 1n);
    let den = 1n;
    // Doubling is exact in binary floating point, so this terminates with the exact dyadic value.
    while (!Number.isInteger(x)) {
      x *= 2;
      den *= 2n;
    }
    return Rational.of(BigInt(x), den);
  }

  add(o: Rational): Rational {
    return this.den === o.den ? Rational.of(this.num + o.num, this.den) : Rational.of(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  sub(o: Rational): Rational {
    return this.den === o.den ? Rational.of(this.num - o.num, this.den) : Rational.of(this.num * o.den - o.num * this.den, this.den * o.den);
  }
  mul(o: Rational): Rational {
    return Rational.of(this.num * o.num, this.den * o.den);
  }
  div(o: Rational): Rational {
    return Rational.of(this.num * o.den, this.den * o.num);
  }
  /** Negative, zero or positive as this is below, equal to or above o. */
  compare(o: Rational): number {
    const d = this.num * o.den - o.num * this.den;
    return d < 0n ? -1 : d > 0n ? 1 : 0;
  }
  min(o: Rational): Rational {
    return this.compare(o) <= 0 ? this : o;
  }
  isZero(): boolean {
    return this.num === 0n;
  }
  toNumber(): number {
    return Number(this.num) / Number(this.den);
  }
}
