package dev.piste.runtime.objects;

import dev.piste.runtime.ops.NumberConversions;

import java.math.BigInteger;

/**
 * The element types of typed arrays and DataView accessors: size, name and the conversions between
 * JavaScript values and the raw bits stored in a buffer.
 *
 * <p>Conversions are split in two so that the spec's order of effects is kept: the caller first
 * converts the value with ToNumber or ToBigInt ({@link #isBigInt} says which), which may run user
 * code, and only then encodes it with {@link #encode}, which is pure. Raw bits travel as a long
 * holding the element's bytes in its low {@link #size} * 8 bits.
 */
public enum TypedArrayKind {
    INT8("Int8", 1), UINT8("Uint8", 1), UINT8_CLAMPED("Uint8Clamped", 1), INT16("Int16", 2), UINT16("Uint16", 2),
    INT32("Int32", 4), UINT32("Uint32", 4), FLOAT32("Float32", 4), FLOAT64("Float64", 8),
    BIGINT64("BigInt64", 8), BIGUINT64("BigUint64", 8);

    /** The element type name without "Array": "Int8" …, as DataView's getInt8 and friends use it. */
    public final String typeName;
    /** Bytes per element: 1, 2, 4 or 8. */
    public final int size;

    TypedArrayKind(String typeName, int size) { this.typeName = typeName; this.size = size; }

    /** The constructor name: "Int8Array" … */
    public String constructorName() { return typeName + "Array"; }

    public boolean isBigInt() { return this == BIGINT64 || this == BIGUINT64; }

    /** Encodes a value already converted by ToNumber (a Number) or ToBigInt (a BigInteger). */
    public long encode(Object numeric) {
        if (isBigInt()) return ((BigInteger) numeric).longValue(); // the low 64 bits, two's complement
        double d = ((Number) numeric).doubleValue();
        return switch (this) {
            case FLOAT32 -> Float.floatToRawIntBits((float) d) & 0xFFFFFFFFL;
            case FLOAT64 -> Double.doubleToRawLongBits(d);
            // ToUint8Clamp: NaN to 0, clamp, then round half to even.
            case UINT8_CLAMPED -> Double.isNaN(d) ? 0 : d <= 0 ? 0 : d >= 255 ? 255 : (long) Math.rint(d);
            // ToInt8 … ToUint32 all keep the low bits of ToInt32's modular result.
            default -> NumberConversions.toInt32(d);
        };
    }

    /** The JavaScript value of raw bits: a boxed Number, or a BigInteger for the BigInt kinds. */
    public Object decode(long raw) {
        return switch (this) {
            case INT8 -> (int) (byte) raw;
            case UINT8, UINT8_CLAMPED -> (int) (raw & 0xFF);
            case INT16 -> (int) (short) raw;
            case UINT16 -> (int) (raw & 0xFFFF);
            case INT32 -> (int) raw;
            case UINT32 -> NumberConversions.box(raw & 0xFFFFFFFFL);
            case FLOAT32 -> NumberConversions.box(Float.intBitsToFloat((int) raw));
            case FLOAT64 -> NumberConversions.box(Double.longBitsToDouble(raw));
            case BIGINT64 -> BigInteger.valueOf(raw);
            case BIGUINT64 -> raw >= 0 ? BigInteger.valueOf(raw) : BigInteger.valueOf(raw).add(BigInteger.ONE.shiftLeft(64));
        };
    }

    /** Reads one element's raw bits at a byte offset. */
    public long read(byte[] data, int offset, boolean littleEndian) {
        long raw = 0;
        for (int i = 0; i < size; i++) {
            int b = data[offset + (littleEndian ? i : size - 1 - i)] & 0xFF;
            raw |= (long) b << (8 * i);
        }
        return raw;
    }

    /** Writes one element's raw bits at a byte offset. */
    public void write(byte[] data, int offset, long raw, boolean littleEndian) {
        for (int i = 0; i < size; i++) {
            data[offset + (littleEndian ? i : size - 1 - i)] = (byte) (raw >>> (8 * i));
        }
    }
}
