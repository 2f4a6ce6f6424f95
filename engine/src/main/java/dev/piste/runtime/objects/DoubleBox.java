package dev.piste.runtime.objects;

import dev.piste.runtime.ops.NumberConversions;

/**
 * A property slot's storage for a number that tier-2 code writes in place: an optimized store of a
 * float64 into a field overwrites the box the slot already holds instead of allocating a Double for
 * every write (a body of an n-body simulation writes six fields per pair of bodies).
 *
 * <p>Invariant: a box is never a JavaScript value. It lives in one slot of one {@link JsObject} (made
 * by {@link #write}, and only there), and every read of a slot's content takes it through {@link #read},
 * which gives the number it holds (boxed the usual way, an Integer when it is one); a write of any
 * other value replaces the box. Hence nothing else can see the box change, and a slot's content is
 * otherwise what it always was. Code that reads {@code JsObject.slots} directly must use read.
 */
public final class DoubleBox {
    private double value;

    private DoubleBox(double value) { this.value = value; }

    /** The JavaScript value of a slot's content. */
    public static Object read(Object slotContent) {
        return slotContent instanceof DoubleBox b ? NumberConversions.box(b.value) : slotContent;
    }

    /** The number in a slot's content known to be a box (tier 2's unboxed field read). */
    public static double value(Object box) { return ((DoubleBox) box).value; }

    /** Writes a number into slots[slot]: into the box there, else into a new box that replaces the content. */
    public static void write(Object[] slots, int slot, double value) {
        if (slots[slot] instanceof DoubleBox b) b.value = value;
        else slots[slot] = new DoubleBox(value);
    }
}
