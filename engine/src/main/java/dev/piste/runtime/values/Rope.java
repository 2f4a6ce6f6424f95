package dev.piste.runtime.values;

/**
 * A string made by concatenation, flattened on first read. Repeated {@code s += x} builds a left-leaning
 * chain of ropes in O(1) per step; the first read flattens it once, iteratively (a deep chain must not
 * recurse), so building a string of n pieces costs O(total length).
 *
 * <p>Invariant: once {@link #flat} is non-null, left and right are null (released for the GC).
 * JS code sees a rope exactly as the string it denotes: every operation that inspects characters calls
 * {@link #toString()}.
 */
public final class Rope implements CharSequence {
    private CharSequence left, right;
    private final int length;
    private String flat;

    /** Below this total length, concatenation copies at once: a rope node costs more than the copy. */
    public static final int MIN_ROPE_LENGTH = 32;

    private Rope(CharSequence left, CharSequence right, int length) { this.left = left; this.right = right; this.length = length; }

    /** Concatenates two JS strings (String or Rope). Throws a RangeError-mapped exception over the size limit. */
    public static CharSequence concat(CharSequence a, CharSequence b) {
        int la = a.length(), lb = b.length();
        if (la == 0) return b;
        if (lb == 0) return a;
        long total = (long) la + lb;
        if (total > MAX_LENGTH) throw new StringTooLongException();
        if (total < MIN_ROPE_LENGTH) return a.toString().concat(b.toString());
        return new Rope(a, b, (int) total);
    }

    /** The longest string Piste builds; JVM arrays stop short of Integer.MAX_VALUE. */
    public static final int MAX_LENGTH = (1 << 30) - 25;

    public static final class StringTooLongException extends RuntimeException {
        public StringTooLongException() { super("Invalid string length", null, false, false); }
    }

    @Override public int length() { return length; }
    @Override public char charAt(int index) { return toString().charAt(index); }
    @Override public CharSequence subSequence(int start, int end) { return toString().substring(start, end); }

    @Override public String toString() {
        String f = flat;
        if (f != null) return f;
        char[] out = new char[length];
        // Fill from the right end backwards with an explicit stack: left-leaning chains (the common
        // case from +=) need only a constant-size stack this way.
        java.util.ArrayDeque<CharSequence> stack = new java.util.ArrayDeque<>();
        stack.push(this);
        int pos = length;
        while (!stack.isEmpty()) {
            CharSequence cs = stack.pop();
            if (cs instanceof Rope r && r.flat == null) {
                stack.push(r.left);
                stack.push(r.right);
            } else {
                String s = cs.toString();
                pos -= s.length();
                s.getChars(0, s.length(), out, pos);
            }
        }
        flat = new String(out);
        left = null; right = null;
        return flat;
    }

    @Override public boolean equals(Object o) { return o instanceof CharSequence cs && toString().contentEquals(cs); }
    @Override public int hashCode() { return toString().hashCode(); }
}
