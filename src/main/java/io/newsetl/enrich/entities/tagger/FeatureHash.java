package io.newsetl.enrich.entities.tagger;

/**
 * A 61-bit polynomial hash of feature strings, modulo the prime 2<sup>61</sup> − 1, that composes:
 * the hash of {@code a + b} follows from the hashes of {@code a} and {@code b} and the length of
 * {@code b}. So the hash of {@code prefix + value} costs a multiplication and an addition once the
 * value's hash is known, and no string is built. Two different strings of at most {@code n}
 * characters collide with probability about {@code n / 2^61}. Stateless and thread-safe.
 */
final class FeatureHash {

  /** The modulus, 2^61 − 1; every hash is below it, so no hash is negative. */
  static final long MODULUS = (1L << 61) - 1;

  private static final long BASE = 0x1d2b_5c3e_8f47_a19L % MODULUS;
  private static final long[] POWERS = new long[65];

  static {
    POWERS[0] = 1;
    for (int k = 1; k < POWERS.length; k++) {
      POWERS[k] = multiply(POWERS[k - 1], BASE);
    }
  }

  private FeatureHash() {}

  /** The hash of a string. */
  static long of(String s) {
    return of(s, 0, s.length());
  }

  /** The hash of {@code s.substring(from, to)}. */
  static long of(String s, int from, int to) {
    long h = 0;
    for (int i = from; i < to; i++) {
      h = append(h, s.charAt(i));
    }
    return h;
  }

  /** The hash of {@code a + c}, given the hash {@code h} of {@code a}. */
  static long append(long h, char c) {
    return add(multiply(h, BASE), c);
  }

  /** The hash of {@code a + b}, given the hash {@code h} of {@code a} and {@code b}'s. */
  static long append(long h, long hashOfB, int lengthOfB) {
    return add(multiply(h, power(lengthOfB)), hashOfB);
  }

  private static long power(int k) {
    if (k < POWERS.length) {
      return POWERS[k];
    }
    long p = POWERS[POWERS.length - 1];
    for (int i = POWERS.length - 1; i < k; i++) {
      p = multiply(p, BASE);
    }
    return p;
  }

  private static long add(long a, long b) {
    long s = a + b;
    return s >= MODULUS ? s - MODULUS : s;
  }

  /**
   * {@code hash} with all its bits spread (MurmurHash3's fmix64), for hash tables: the polynomial
   * hash's low bits are weak, and tables take their slot from the low bits (and {@link
   * FeatureTable} its tag from the top ones).
   */
  static long mix(long hash) {
    long h = hash;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  // a * b mod 2^61 - 1 for a, b below the modulus: 2^61 is 1 and 2^64 is 8 modulo it
  static long multiply(long a, long b) {
    long low = a * b;
    long high = Math.multiplyHigh(a, b);
    long r = (low & MODULUS) + (low >>> 61) + (high << 3);
    r = (r & MODULUS) + (r >>> 61);
    return r >= MODULUS ? r - MODULUS : r;
  }
}
