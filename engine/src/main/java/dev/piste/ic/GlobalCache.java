package dev.piste.ic;

import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.objects.Shape;
import dev.piste.runtime.realm.Realm;

/**
 * The cache of a global variable load or store that found a data property of the global object (or,
 * for a load, a global lexical binding, looked up by name: they are never removed nor shadowed).
 * The global object is in dictionary mode (see Builtins.install), whose slot indexes are stable: the guard is that
 * the slot still holds this name as a data property (writable, for stores), and that no global
 * lexical declaration appeared since (it would shadow the property).
 */
public final class GlobalCache {
    final String name;
    final Site site;
    final boolean store;
    IcState state = IcState.UNINITIALIZED;
    private int slot = -1;
    private int lexicalEpoch;
    /** A load that found a global lexical binding (let, const, class at the top level): those are never removed nor shadowed. */
    private boolean lexical;
    private Realm realm;

    GlobalCache(String name, boolean store, Site site) { this.name = name; this.store = store; this.site = site; }

    public IcState state() { return state; }

    /** The realm whose global the cache found (null before it learned anything). */
    public Realm realm() { return realm; }
    /** Whether it found a global lexical binding (else a property of the global object, at {@link #slot()}). */
    public boolean isLexical() { return lexical; }
    /** The global object's slot it found the property at (-1: none). */
    public int slot() { return slot; }
    public String name() { return name; }

    /** The value, or null on a miss. */
    public Object load(Realm realm) {
        if (lexical) {
            Object v = realm.globalLexicals.get(name);
            return v == Realm.HOLE ? null : v; // before its initialization: the generic load throws
        }
        int s = slot;
        if (s < 0 || lexicalEpoch != realm.globalLexicalEpoch) return null;
        JsObject g = realm.globalObject;
        Shape shape = g.shape();
        if (s >= shape.slotCount() || !name.equals(shape.keyAt(s)) || PropertyAttributes.isAccessor(shape.attributesAt(s))) return null;
        return dev.piste.runtime.objects.DoubleBox.read(g.slots()[s]);
    }

    /** Stores and returns true on a hit. */
    public boolean store(Realm realm, Object value) {
        int s = slot;
        if (s < 0 || lexicalEpoch != realm.globalLexicalEpoch) return false;
        JsObject g = realm.globalObject;
        Shape shape = g.shape();
        if (s >= shape.slotCount() || !name.equals(shape.keyAt(s))) return false;
        int attrs = shape.attributesAt(s);
        if (PropertyAttributes.isAccessor(attrs) || !PropertyAttributes.isWritable(attrs)) return false;
        g.slots()[s] = value;
        dev.piste.runtime.objects.ValueWatch.written(g, s);
        return true;
    }

    /** After a miss: caches the global object's slot for the name if it is a plain data property. */
    public void learn(IcRuntime ic, Realm realm) {
        if (!ic.enabled) return;
        this.realm = realm;
        if (realm.globalLexicals.containsKey(name)) {
            if (store || lexical) return;
            lexical = true;
            IcState old = state;
            state = IcState.MONOMORPHIC;
            if (ic.trace) ic.trace(site, name, store, old.displayName() + " -> " + state.displayName() + " (global lexical binding)");
            return;
        }
        JsObject g = realm.globalObject;
        int s = g.shape().lookup(name);
        if (s < 0) return;
        int attrs = g.shape().attributesAt(s);
        if (PropertyAttributes.isAccessor(attrs) || (store && !PropertyAttributes.isWritable(attrs))) return;
        IcState old = state;
        slot = s;
        lexicalEpoch = realm.globalLexicalEpoch;
        state = old == IcState.UNINITIALIZED ? IcState.MONOMORPHIC : IcState.POLYMORPHIC;
        if (ic.trace) ic.trace(site, name, store, old.displayName() + " -> " + state.displayName() + " (global slot " + s + ")");
    }
}
