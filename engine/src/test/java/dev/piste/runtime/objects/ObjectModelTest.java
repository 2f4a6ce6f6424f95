package dev.piste.runtime.objects;

import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Rope;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shapes, elements kinds, property order and ropes: the invariants the caches and tiers rely on. */
class ObjectModelTest {
    private final JsObject proto = new JsObject((JsObject) null);

    @Test void objectsBuiltAlikeShareShapes() {
        JsObject a = new JsObject(proto), b = new JsObject(proto);
        a.set("x", 1); a.set("y", 2);
        b.set("x", 3); b.set("y", 4);
        assertSame(a.shape(), b.shape());
        JsObject c = new JsObject(proto);
        c.set("y", 1); c.set("x", 2);
        assertNotSame(a.shape(), c.shape(), "insertion order is part of the shape");
    }

    @Test void shapesOfDifferentPrototypesDiffer() {
        JsObject other = new JsObject((JsObject) null);
        JsObject a = new JsObject(proto), b = new JsObject(other);
        a.set("x", 1); b.set("x", 1);
        assertNotSame(a.shape(), b.shape());
        assertSame(proto, a.shape().prototype());
    }

    @Test void deleteAndManyPropertiesGoToDictionaryMode() {
        JsObject a = new JsObject(proto);
        a.set("x", 1); a.set("y", 2);
        assertFalse(a.shape().isDictionary());
        a.delete("x");
        assertTrue(a.shape().isDictionary());
        assertEquals(List.of("y"), a.ownKeys());
        JsObject big = new JsObject(proto);
        for (int i = 0; i < Shape.MAX_FAST_PROPERTIES + 5; i++) big.set("k" + i, i);
        assertTrue(big.shape().isDictionary());
        assertEquals(Shape.MAX_FAST_PROPERTIES + 4, big.get("k" + (Shape.MAX_FAST_PROPERTIES + 4)));
    }

    @Test void propertyOrderIsIntegerKeysThenStringsThenSymbols() {
        JsObject a = new JsObject(proto);
        JsSymbol sym = new JsSymbol("s");
        a.set(sym, 0); a.set("b", 0); a.set("10", 0); a.set("a", 0); a.set("2", 0);
        assertEquals(List.of("2", "10", "b", "a", sym), a.ownKeys());
    }

    @Test void elementsKindsOnlyGeneralize() {
        Elements e = new Elements();
        e.append(1); e.append(2);
        assertEquals(ElementsKind.PACKED_INT, e.kind());
        e.append(2.5);
        assertEquals(ElementsKind.PACKED_DOUBLE, e.kind());
        e.set(1, 7);
        assertEquals(ElementsKind.PACKED_DOUBLE, e.kind(), "storing an int into doubles does not narrow");
        e.set(5, "s");
        assertEquals(ElementsKind.HOLEY_OBJECT, e.kind());
        assertEquals(null, e.get(4));
        e.set(1_000_000, 1);
        assertEquals(ElementsKind.DICTIONARY, e.kind());
        assertEquals(2.5, e.get(2));
        assertEquals(7, e.get(1));
    }

    @Test void doubleElementsKeepMinusZeroAndNaN() {
        Elements e = new Elements();
        e.append(1.5);
        e.append(-0.0);
        e.append(Double.NaN);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits((Double) e.get(1)));
        assertTrue(Double.isNaN((Double) e.get(2)));
    }

    @Test void ropesFlattenOnceAndAreLinear() {
        CharSequence s = "";
        for (int i = 0; i < 200_000; i++) s = Rope.concat(s, "ab");
        assertEquals(400_000, s.length());
        String flat = s.toString();
        assertEquals('a', flat.charAt(399_998));
        assertSame(flat, s.toString(), "flattened once, then cached");
    }

    @Test void arrayLengthTruncatesAndExtends() {
        JsArray a = new JsArray(proto, new Object[] {1, 2, 3});
        a.set("length", 1);
        assertEquals(1L, a.length());
        assertEquals(dev.piste.runtime.values.Undefined.INSTANCE, a.get("1"));
        a.set("9", "x");
        assertEquals(10L, a.length());
    }
}
