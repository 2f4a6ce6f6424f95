package dev.piste.ic;

import dev.piste.runtime.objects.Accessor;
import dev.piste.runtime.objects.Calls;
import dev.piste.runtime.objects.DoubleBox;
import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.objects.Shape;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.NumberConversions;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Undefined;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The inline cache of one named property load or store site ({@code o.x}, {@code o.x = v}).
 *
 * <p>Requirements for contributors:
 * <ol>
 *   <li>An entry is valid while the receiver has the entry's shape and every prototype the entry
 *       walked still has the shape it had when the entry was made. Shapes of fast objects are
 *       immutable, so these identity checks are the whole guard: adding a property to a prototype,
 *       deleting one or changing its attributes gives that prototype a new shape and the entry stops
 *       matching (no stale reads, no invalidation lists to maintain).
 *   <li>Dictionary-mode shapes are mutable in place and are never cached (receiver or prototype);
 *       nor are proxies or objects whose own named properties are exotic for this key
 *       ({@link JsObject#isOrdinaryFor}).
 *   <li>Entries only record where to look; the value is read from the object each time, so a
 *       data property reassigned on a prototype is seen at once.
 *   <li>The state only moves forward: up to {@link IcState#MAX_POLYMORPHIC} entries, then megamorphic,
 *       where the realm's shared {@link StubCache} keyed by (shape, name) takes over.
 * </ol>
 */
public final class PropertyCache {
    static final int OWN_FIELD = 0, PROTO_FIELD = 1, GETTER = 2, MISSING = 3, ARRAY_LENGTH = 4, STRING_LENGTH = 5,
        STORE_FIELD = 6, STORE_TRANSITION = 7, SETTER = 8;
    private static final String[] KIND_NAMES = {"own field", "prototype field", "getter", "missing", "array length",
        "string length", "field store", "transition store", "setter"};
    /** Primitive receiver kinds (0 = an object receiver). */
    static final int STRING = 1, NUMBER = 2, BOOLEAN = 3, SYMBOL = 4, BIGINT = 5;

    /** One cached case. */
    static final class Entry {
        final Shape receiverShape;
        final int primitive;
        final int kind;
        final int slot;
        final JsObject holder;
        final JsObject[] chain;
        final Shape[] chainShapes;
        final Shape transition;

        Entry(Shape receiverShape, int primitive, int kind, int slot, JsObject holder, JsObject[] chain, Shape[] chainShapes, Shape transition) {
            this.receiverShape = receiverShape; this.primitive = primitive; this.kind = kind; this.slot = slot;
            this.holder = holder; this.chain = chain; this.chainShapes = chainShapes; this.transition = transition;
        }

        boolean chainValid() {
            JsObject[] c = chain;
            for (int i = 0; i < c.length; i++) if (c[i].shape() != chainShapes[i]) return false;
            return true;
        }

        Object load(Object receiver) {
            return switch (kind) {
                case OWN_FIELD -> DoubleBox.read(((JsObject) receiver).slots()[slot]);
                case PROTO_FIELD -> DoubleBox.read(holder.slots()[slot]);
                case GETTER -> {
                    Accessor a = (Accessor) holder.slots()[slot];
                    yield a.getter == null ? Undefined.INSTANCE : Calls.call(a.getter, receiver);
                }
                case MISSING -> Undefined.INSTANCE;
                case ARRAY_LENGTH -> NumberConversions.box(((JsArray) receiver).length());
                case STRING_LENGTH -> ((CharSequence) receiver).length();
                default -> throw new IllegalStateException();
            };
        }

        void store(JsObject receiver, Object value) {
            switch (kind) {
                case STORE_FIELD -> receiver.slots()[slot] = value;
                case STORE_TRANSITION -> receiver.storeWithTransition(transition, slot, value);
                case SETTER -> {
                    Accessor a = (Accessor) holder.slots()[slot];
                    Calls.call(a.setter, receiver, value);
                }
                default -> throw new IllegalStateException();
            }
        }

        @Override public String toString() {
            String where = receiverShape != null ? receiverShape.toString() : new String[] {"", "string", "number", "boolean", "symbol", "bigint"}[primitive];
            return KIND_NAMES[kind] + " on " + where;
        }
    }

    final Object key;
    final boolean store;
    final Site site;
    IcState state = IcState.UNINITIALIZED;
    private final Entry[] entries = new Entry[IcState.MAX_POLYMORPHIC];
    private int count;

    PropertyCache(Object key, boolean store, Site site) { this.key = key; this.store = store; this.site = site; }

    public IcState state() { return state; }

    /**
     * The monomorphic fast case, kept in plain fields so that the check is one compare: set while the
     * cache holds exactly one own-field entry (load) or field-store entry (store), null otherwise.
     */
    private Shape fastShape;
    private int fastSlot;

    /** Compiled code's inline fast case: while a receiver has this shape (null: none), the property is its slot {@link #monomorphicSlot}. */
    public Shape monomorphicShape() { return fastShape; }
    public int monomorphicSlot() { return fastSlot; }

    /** What a case does; in the order of the kind numbers above. */
    public enum CaseKind { OWN_FIELD, PROTO_FIELD, GETTER, MISSING, ARRAY_LENGTH, STRING_LENGTH, STORE_FIELD, STORE_TRANSITION, SETTER }

    /**
     * One case of the cache as an optimizing compiler may speculate on it: while an object receiver has
     * {@code receiverShape} and every object of {@code chain} still has the shape at the same index of
     * {@code chainShapes}, the access is {@code kind} at {@code slot} (of the receiver, or of
     * {@code holder}); a transition store also gives the receiver {@code transition}.
     */
    public record Case(Shape receiverShape, CaseKind kind, int slot, JsObject holder, List<JsObject> chain, List<Shape> chainShapes, Shape transition) {}

    /**
     * The cases a compiler may build on: the monomorphic or polymorphic entries for object receivers
     * whose prototype chains are still as cached; empty when the site is uninitialized or megamorphic,
     * or when any entry is for a primitive receiver or has gone stale (the compiler then leaves the
     * site to the cache).
     */
    public List<Case> cases() {
        if (state != IcState.MONOMORPHIC && state != IcState.POLYMORPHIC) return List.of();
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Entry e = entries[i];
            if (e == null || e.receiverShape == null || !e.chainValid()) return List.of();
            out.add(new Case(e.receiverShape, CaseKind.values()[e.kind], e.slot, e.holder, List.of(e.chain), List.of(e.chainShapes), e.transition));
        }
        return out;
    }

    public Object key() { return key; }

    /** Whether this load site has only ever read the length of strings (its one entry is the string-length case). */
    public boolean onlyStringLength() {
        return state == IcState.MONOMORPHIC && count == 1 && entries[0].kind == STRING_LENGTH;
    }

    /**
     * Set when this (megamorphic) site met a case that optimized code reading it without the generic
     * path could not take (an accessor, a primitive, a dictionary-mode object, an added property): later
     * code keeps the generic access (see loadDataWithoutFrame).
     */
    public boolean genericWithoutFrame;

    @Override public String toString() { return (store ? "store " : "load ") + key + " (" + state.displayName() + ")"; }

    // ---- Loads ----

    /** o.key through the cache; falls back to the generic load (and learns) on a miss. */
    public Object load(IcRuntime ic, Realm realm, Object receiver) {
        if (receiver instanceof JsObject o && o.shape() == fastShape) return DoubleBox.read(o.slots()[fastSlot]);
        return loadPolymorphic(ic, realm, receiver);
    }

    private Object loadPolymorphic(IcRuntime ic, Realm realm, Object receiver) {
        if (receiver instanceof JsObject o) {
            Shape s = o.shape();
            for (int i = 0; i < count; i++) {
                Entry e = entries[i];
                if (e.receiverShape == s && e.chainValid()) return e.load(o);
            }
            if (state == IcState.MEGAMORPHIC) {
                Entry e = ic.stubCache.find(s, key, false);
                if (e != null && e.chainValid()) return e.load(o);
            }
        } else {
            int p = primitiveKind(receiver);
            for (int i = 0; i < count; i++) {
                Entry e = entries[i];
                if (e.primitive == p && e.receiverShape == null && e.chainValid()) return e.load(receiver);
            }
        }
        return loadMiss(ic, realm, receiver);
    }

    /**
     * A megamorphic load by optimized code with no generic path at hand: the value of a data property
     * (own, on the prototype chain, or missing: undefined) or an array's length, through the realm's
     * stub cache (a miss looks the property up, which runs no JavaScript, and fills the cache); null,
     * having run nothing, for anything else (a getter, a primitive, a dictionary-mode or exotic
     * object): the code then deoptimizes and the interpreter makes the load.
     */
    public Object loadDataWithoutFrame(IcRuntime ic, Object receiver) {
        if (!(receiver instanceof JsObject o)) return null;
        Shape s = o.shape();
        Entry e = ic.stubCache.find(s, key, false);
        if (e == null || !e.chainValid()) {
            e = computeLoad(null, o);
            if (e == null) return null;
            ic.stubCache.put(s, key, false, e);
        }
        return switch (e.kind) {
            case OWN_FIELD, PROTO_FIELD, MISSING, ARRAY_LENGTH -> e.load(o);
            default -> null;
        };
    }

    /**
     * A megamorphic store by optimized code with no generic path at hand: into an existing writable own
     * data property (found in the stub cache, or by computeStore, which runs no JavaScript and, before
     * the store, finds no transition): true; false, having done nothing, for anything else (a setter,
     * an added property, a read-only or dictionary-mode or exotic object): the code then deoptimizes
     * and the interpreter makes the store.
     */
    public boolean storeDataWithoutFrame(IcRuntime ic, Object receiver, Object value) {
        if (!(receiver instanceof JsObject o)) return false;
        Shape s = o.shape();
        Entry e = ic.stubCache.find(s, key, true);
        if (e == null) {
            e = computeStore(o, s);
            if (e == null) return false;
            ic.stubCache.put(s, key, true, e);
        }
        if (e.kind != STORE_FIELD) return false;
        o.slots()[e.slot] = value;
        return true;
    }

    private Object loadMiss(IcRuntime ic, Realm realm, Object receiver) {
        Object value = JsOps.getProperty(realm, receiver, key);
        if (ic.enabled) {
            Entry e = computeLoad(realm, receiver);
            if (e != null) learn(ic, e);
            else if (ic.trace) ic.trace(site, key, store, "uncacheable: " + describe(receiver));
        }
        return value;
    }

    private Entry computeLoad(Realm realm, Object receiver) {
        if (receiver instanceof JsObject o) {
            if (o.shape().isDictionary()) return null;
            if (o instanceof JsArray && "length".equals(key)) return new Entry(o.shape(), 0, ARRAY_LENGTH, -1, null, NO_OBJECTS, NO_SHAPES, null);
            if (!o.isOrdinaryFor(key)) return null;
            int slot = o.shape().lookup(key);
            if (slot >= 0) {
                int kind = PropertyAttributes.isAccessor(o.shape().attributesAt(slot)) ? GETTER : OWN_FIELD;
                return new Entry(o.shape(), 0, kind, slot, o, NO_OBJECTS, NO_SHAPES, null);
            }
            return walkPrototypes(o.shape(), 0, o.getPrototypeOf());
        }
        int p = primitiveKind(receiver);
        if (p == STRING && "length".equals(key)) return new Entry(null, STRING, STRING_LENGTH, -1, null, NO_OBJECTS, NO_SHAPES, null);
        if (p == 0 || p == STRING && key instanceof String s && dev.piste.runtime.objects.PropertyKey.arrayIndex(s) >= 0) return null;
        JsObject proto = realm.prototypeForPrimitive(receiver);
        List<JsObject> chain = new ArrayList<>();
        // The primitive's prototype is the first link of the chain, so it is guarded like any other.
        return walkFrom(null, p, proto, chain);
    }

    private Entry walkPrototypes(Shape receiverShape, int primitive, JsObject first) {
        return walkFrom(receiverShape, primitive, first, new ArrayList<>());
    }

    private Entry walkFrom(Shape receiverShape, int primitive, JsObject p, List<JsObject> chain) {
        List<Shape> shapes = new ArrayList<>();
        while (p != null) {
            if (p.shape().isDictionary() || !p.isOrdinaryFor(key)) return null;
            chain.add(p);
            shapes.add(p.shape());
            int slot = p.shape().lookup(key);
            if (slot >= 0) {
                int kind = PropertyAttributes.isAccessor(p.shape().attributesAt(slot)) ? GETTER : PROTO_FIELD;
                return new Entry(receiverShape, primitive, kind, slot, p, chain.toArray(NO_OBJECTS), shapes.toArray(NO_SHAPES), null);
            }
            p = p.getPrototypeOf();
        }
        return new Entry(receiverShape, primitive, MISSING, -1, null, chain.toArray(NO_OBJECTS), shapes.toArray(NO_SHAPES), null);
    }

    // ---- Stores ----

    /** o.key = value through the cache; returns false when the generic store must run instead. */
    public boolean tryStore(JsObject o, Object value, IcRuntime ic) {
        Shape s = o.shape();
        if (s == fastShape) { o.slots()[fastSlot] = value; return true; }
        return tryStorePolymorphic(o, s, value, ic);
    }

    private boolean tryStorePolymorphic(JsObject o, Shape s, Object value, IcRuntime ic) {
        for (int i = 0; i < count; i++) {
            Entry e = entries[i];
            if (e.receiverShape == s && e.chainValid()) { e.store(o, value); return true; }
        }
        if (state == IcState.MEGAMORPHIC) {
            Entry e = ic.stubCache.find(s, key, true);
            if (e != null && e.chainValid()) { e.store(o, value); return true; }
        }
        return false;
    }

    /** After a generic store missed the cache: learns how to do this store next time. */
    public void storeMissed(IcRuntime ic, Object receiver, Shape shapeBefore) {
        if (!ic.enabled) return;
        Entry e = receiver instanceof JsObject o ? computeStore(o, shapeBefore) : null;
        if (e != null) learn(ic, e);
        else if (ic.trace) ic.trace(site, key, store, "uncacheable: " + describe(receiver));
    }

    /** Computed before the generic store runs, from the receiver's shape then. */
    private Entry computeStore(JsObject o, Shape before) {
        if (before.isDictionary() || !o.isOrdinaryFor(key) || o instanceof JsObject.ProxyLike) return null;
        int slot = before.lookup(key);
        if (slot >= 0) {
            int attrs = before.attributesAt(slot);
            if (PropertyAttributes.isAccessor(attrs)) {
                Accessor a = (Accessor) o.slots()[slot];
                return a.setter == null ? null : new Entry(before, 0, SETTER, slot, o, NO_OBJECTS, NO_SHAPES, null);
            }
            if (!PropertyAttributes.isWritable(attrs)) return null;
            return new Entry(before, 0, STORE_FIELD, slot, null, NO_OBJECTS, NO_SHAPES, null);
        }
        List<JsObject> chain = new ArrayList<>();
        List<Shape> shapes = new ArrayList<>();
        for (JsObject p = before.prototype(); p != null; p = p.getPrototypeOf()) {
            if (p.shape().isDictionary() || !p.isOrdinaryFor(key)) return null;
            chain.add(p);
            shapes.add(p.shape());
            int ps = p.shape().lookup(key);
            if (ps >= 0) {
                int attrs = p.shape().attributesAt(ps);
                if (PropertyAttributes.isAccessor(attrs)) {
                    Accessor a = (Accessor) p.slots()[ps];
                    if (a.setter == null) return null;
                    return new Entry(before, 0, SETTER, ps, p, chain.toArray(NO_OBJECTS), shapes.toArray(NO_SHAPES), null);
                }
                if (!PropertyAttributes.isWritable(attrs)) return null;
                break;
            }
        }
        if (!before.isExtensible()) return null;
        Shape after = o.shape();
        // The generic store made (or followed) the transition; cache it only if it was a plain add.
        if (after == before || after.isDictionary() || after.propertyCount() != before.propertyCount() + 1
                || after.prototype() != before.prototype() || !key.equals(after.keyAt(before.propertyCount()))) {
            return null;
        }
        return new Entry(before, 0, STORE_TRANSITION, before.propertyCount(), null, chain.toArray(NO_OBJECTS), shapes.toArray(NO_SHAPES), after);
    }

    // ---- State machine ----

    private void learn(IcRuntime ic, Entry e) {
        IcState old = state;
        if (state == IcState.MEGAMORPHIC) {
            if (e.receiverShape != null) ic.stubCache.put(e.receiverShape, key, store, e);
            return;
        }
        // Replace an entry for the same receiver whose chain went stale, instead of growing.
        for (int i = 0; i < count; i++) {
            Entry x = entries[i];
            if (x.receiverShape == e.receiverShape && x.primitive == e.primitive) {
                entries[i] = e;
                updateFastCase();
                if (ic.trace) ic.trace(site, key, store, state.displayName() + " -> " + state.displayName() + " (" + e + ")");
                return;
            }
        }
        if (count == entries.length) {
            state = IcState.MEGAMORPHIC;
            for (int i = 0; i < count; i++) if (entries[i].receiverShape != null) ic.stubCache.put(entries[i].receiverShape, key, store, entries[i]);
            count = 0;
            java.util.Arrays.fill(entries, null);
            if (e.receiverShape != null) ic.stubCache.put(e.receiverShape, key, store, e);
        } else {
            entries[count++] = e;
            state = IcState.forCount(count);
        }
        updateFastCase();
        if (ic.trace) ic.trace(site, key, store, old.displayName() + " -> " + state.displayName() + " (" + e + ")");
    }

    private void updateFastCase() {
        Entry only = state == IcState.MONOMORPHIC ? entries[0] : null;
        if (only != null && only.receiverShape != null && (only.kind == OWN_FIELD || only.kind == STORE_FIELD)) {
            fastShape = only.receiverShape;
            fastSlot = only.slot;
        } else {
            fastShape = null;
        }
    }

    static int primitiveKind(Object v) {
        if (v instanceof CharSequence) return STRING;
        if (v instanceof Integer || v instanceof Double) return NUMBER;
        if (v instanceof Boolean) return BOOLEAN;
        if (v instanceof JsSymbol) return SYMBOL;
        if (v instanceof BigInteger) return BIGINT;
        return 0;
    }

    private static String describe(Object v) {
        if (v instanceof JsObject o) return o.shape().isDictionary() ? "dictionary-mode " + o.className() : o.className();
        return JsOps.typeof(v);
    }

    private static final JsObject[] NO_OBJECTS = new JsObject[0];
    private static final Shape[] NO_SHAPES = new Shape[0];
}
