package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.NativeFunction;
import dev.piste.runtime.objects.OrderedTable;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.ops.Iterators;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.Reflection;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Undefined;

import java.util.ArrayList;
import java.util.List;
import java.util.WeakHashMap;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;
import static dev.piste.runtime.builtins.BuiltinHelper.method;

/** Map, Set, WeakMap, WeakSet and the Map and Set iterators. */
public final class CollectionBuiltins {
    private CollectionBuiltins() {}

    /** A Map or Set instance; {@code isMap} decides which methods accept it. */
    public static final class Collection extends JsObject {
        final OrderedTable table = new OrderedTable();
        final boolean isMap;
        Collection(JsObject proto, boolean isMap) { super(proto); this.isMap = isMap; }
        @Override public String className() { return isMap ? "Map" : "Set"; }
    }

    /**
     * A WeakMap or WeakSet. JsObject and JsSymbol keep Object's identity equals/hashCode, so a
     * WeakHashMap keyed by them has exactly the identity semantics the spec asks for.
     */
    public static final class WeakCollection extends JsObject {
        final WeakHashMap<Object, Object> table = new WeakHashMap<>();
        final boolean isMap;
        WeakCollection(JsObject proto, boolean isMap) { super(proto); this.isMap = isMap; }
        @Override public String className() { return isMap ? "WeakMap" : "WeakSet"; }
    }

    /** Kind: 0 keys, 1 values, 2 entries. A null cursor means the iterator is exhausted. */
    static final class CollectionIterator extends JsObject {
        OrderedTable.Entry cursor;
        final int kind;
        final boolean ofMap;
        CollectionIterator(JsObject proto, Collection c, int kind) {
            super(proto);
            this.cursor = c.table.head(); this.kind = kind; this.ofMap = c.isMap;
        }
        @Override public String className() { return ofMap ? "Map Iterator" : "Set Iterator"; }
    }

    public static void install(Realm realm) {
        installMap(realm);
        installSet(realm);
        installWeak(realm, true);
        installWeak(realm, false);
    }

    private static Collection thisCollection(Object self, boolean map, String method) {
        if (self instanceof Collection c && c.isMap == map) return c;
        throw JsException.typeError("Method " + (map ? "Map" : "Set") + ".prototype." + method + " called on incompatible receiver " + JsOps.describe(self));
    }

    private static JsObject iteratorPrototype(Realm realm, String tag) {
        JsObject proto = new JsObject(realm.iteratorPrototype);
        proto.defineOwn(JsSymbol.TO_STRING_TAG, tag, PropertyAttributes.CONFIGURABLE);
        method(realm, proto, "next", 0, (self, args, nt) -> {
            if (!(self instanceof CollectionIterator it) || !it.className().equals(tag)) {
                throw JsException.typeError("Method " + tag + ".prototype.next called on incompatible receiver " + JsOps.describe(self));
            }
            if (it.cursor == null) return Iterators.result(realm, Undefined.INSTANCE, true);
            OrderedTable.Entry e = OrderedTable.nextLive(it.cursor);
            it.cursor = e;
            if (e == null) return Iterators.result(realm, Undefined.INSTANCE, true);
            Object value = switch (it.kind) {
                case 0 -> e.key;
                case 1 -> it.ofMap ? e.value : e.key;
                default -> new JsArray(realm.arrayPrototype, new Object[] {e.key, it.ofMap ? e.value : e.key});
            };
            return Iterators.result(realm, value, false);
        });
        // node shows the entries still to come: [Map Iterator] { 1, 2 }, [Map Entries] { [ 1, 'a' ] }.
        realm.hostData.put("inspect." + tag, (Inspector.Custom) (inspector, o, depth) -> {
            CollectionIterator it = (CollectionIterator) o;
            String prefix = "[" + (it.kind == 2 ? tag.replace("Iterator", "Entries") : tag) + "]";
            if (it.cursor == null || OrderedTable.nextLive(it.cursor) == null) return prefix + " {  }";
            return inspector.formatEntries(o, prefix, depth, () -> {
                List<String> out = new ArrayList<>();
                for (OrderedTable.Entry e = OrderedTable.nextLive(it.cursor); e != null; e = OrderedTable.nextLive(e)) {
                    Object shown = it.kind == 0 || (it.kind == 1 && !it.ofMap) ? e.key : it.kind == 1 ? e.value
                        : new JsArray(realm.arrayPrototype, new Object[] {e.key, it.ofMap ? e.value : e.key});
                    out.add(inspector.formatNested(shown, depth + 1));
                }
                return out;
            });
        });
        return proto;
    }

    private static void speciesGetter(Realm realm, JsObject constructor) {
        BuiltinHelper.getter(realm, constructor, JsSymbol.SPECIES, (self, args, nt) -> self, null);
    }

    /** Feeds an iterable's entries (or values) to the constructed collection's adder, per the spec's AddEntriesFromIterable. */
    private static void addFromIterable(Realm realm, JsObject target, Object iterable, String adderName, boolean entries) {
        if (JsOps.isNullish(iterable)) return;
        Object adder = target.get(adderName, target);
        if (!(adder instanceof JsFunction add)) throw JsException.typeError("'" + JsOps.describe(adder) + "' returned for property '" + adderName + "' of object '" + JsOps.describe(target) + "' is not a function");
        Iterators.Record it = Iterators.getIterator(realm, iterable);
        Object next;
        while ((next = Iterators.step(it)) != null) {
            try {
                if (entries) {
                    if (!(next instanceof JsObject e)) throw JsException.typeError("Iterator value " + (next instanceof JsSymbol s ? s.toString() : JsOps.toString(next)) + " is not an entry object");
                    add.call(target, new Object[] {e.getElement(0, e), e.getElement(1, e)});
                } else {
                    add.call(target, new Object[] {next});
                }
            } catch (JsException ex) {
                Iterators.closeQuietly(it.iterator());
                throw ex;
            }
        }
    }

    private static void installMap(Realm realm) {
        JsObject proto = new JsObject(realm.objectPrototype);
        realm.mapPrototype = proto;
        NativeFunction map = BuiltinHelper.constructor(realm, "Map", 0, proto, (self, args, newTarget) -> {
            if (newTarget == null) throw JsException.typeError("Constructor Map requires 'new'");
            Collection c = new Collection(Reflection.prototypeFrom(newTarget, realm.mapPrototype), true);
            addFromIterable(realm, c, arg(args, 0), "set", true);
            return c;
        });
        speciesGetter(realm, map);
        method(realm, map, "groupBy", 2, (self, args, nt) -> {
            Collection result = new Collection(realm.mapPrototype, true);
            ObjectBuiltins.groupBy(realm, arg(args, 0), arg(args, 1), (key, value) -> {
                OrderedTable.Entry e = result.table.find(key);
                if (e == null) { result.table.put(key, new ArrayList<>()); e = result.table.find(key); }
                @SuppressWarnings("unchecked") List<Object> group = (List<Object>) e.value;
                group.add(value);
            });
            for (OrderedTable.Entry e = OrderedTable.nextLive(result.table.head()); e != null; e = OrderedTable.nextLive(e)) {
                e.value = new JsArray(realm.arrayPrototype, ((List<?>) e.value).toArray());
            }
            return result;
        });
        method(realm, proto, "get", 1, (self, args, nt) -> {
            OrderedTable.Entry e = thisCollection(self, true, "get").table.find(arg(args, 0));
            return e == null ? Undefined.INSTANCE : e.value;
        }).checkedIntrinsic = CollectionIntrinsics.MAP_GET;
        method(realm, proto, "set", 2, (self, args, nt) -> {
            thisCollection(self, true, "set").table.put(arg(args, 0), arg(args, 1));
            return self;
        }).checkedIntrinsic = CollectionIntrinsics.MAP_SET;
        method(realm, proto, "has", 1, (self, args, nt) -> thisCollection(self, true, "has").table.has(arg(args, 0)))
            .checkedIntrinsic = CollectionIntrinsics.MAP_HAS;
        method(realm, proto, "delete", 1, (self, args, nt) -> thisCollection(self, true, "delete").table.remove(arg(args, 0)));
        method(realm, proto, "clear", 0, (self, args, nt) -> { thisCollection(self, true, "clear").table.clear(); return Undefined.INSTANCE; });
        method(realm, proto, "forEach", 1, (self, args, nt) -> forEach(self, args, true));
        BuiltinHelper.getter(realm, proto, "size", (self, args, nt) -> thisCollection(self, true, "size").table.size(), null);
        JsObject iterProto = iteratorPrototype(realm, "Map Iterator");
        method(realm, proto, "keys", 0, (self, args, nt) -> new CollectionIterator(iterProto, thisCollection(self, true, "keys"), 0));
        method(realm, proto, "values", 0, (self, args, nt) -> new CollectionIterator(iterProto, thisCollection(self, true, "values"), 1));
        NativeFunction entries = method(realm, proto, "entries", 0, (self, args, nt) -> new CollectionIterator(iterProto, thisCollection(self, true, "entries"), 2));
        proto.defineOwn(JsSymbol.ITERATOR, entries, PropertyAttributes.HIDDEN);
        proto.defineOwn(JsSymbol.TO_STRING_TAG, "Map", PropertyAttributes.CONFIGURABLE);

        realm.hostData.put("inspect.Map", (Inspector.Custom) (inspector, o, depth) -> {
            Collection c = (Collection) o;
            return inspector.formatEntries(o, "Map(" + c.table.size() + ")", depth, () -> {
                List<String> out = new ArrayList<>();
                for (OrderedTable.Entry e = OrderedTable.nextLive(c.table.head()); e != null; e = OrderedTable.nextLive(e)) {
                    out.add(inspector.formatNested(e.key, depth + 1) + " => " + inspector.formatNested(e.value, depth + 1));
                }
                out.addAll(inspector.ownPropertyEntries(o, depth));
                return out;
            });
        });
    }

    private static Object forEach(Object self, Object[] args, boolean map) {
        Collection c = thisCollection(self, map, "forEach");
        Object callback = arg(args, 0);
        if (!(callback instanceof JsFunction f)) throw JsException.typeError(JsOps.describe(callback) + " is not a function");
        Object thisArg = arg(args, 1);
        for (OrderedTable.Entry e = OrderedTable.nextLive(c.table.head()); e != null; e = OrderedTable.nextLive(e)) {
            f.call(thisArg, new Object[] {map ? e.value : e.key, e.key, c});
        }
        return Undefined.INSTANCE;
    }

    private static void installSet(Realm realm) {
        JsObject proto = new JsObject(realm.objectPrototype);
        realm.setPrototype = proto;
        NativeFunction set = BuiltinHelper.constructor(realm, "Set", 0, proto, (self, args, newTarget) -> {
            if (newTarget == null) throw JsException.typeError("Constructor Set requires 'new'");
            Collection c = new Collection(Reflection.prototypeFrom(newTarget, realm.setPrototype), false);
            addFromIterable(realm, c, arg(args, 0), "add", false);
            return c;
        });
        speciesGetter(realm, set);
        method(realm, proto, "add", 1, (self, args, nt) -> {
            thisCollection(self, false, "add").table.put(arg(args, 0), Undefined.INSTANCE);
            return self;
        }).checkedIntrinsic = CollectionIntrinsics.SET_ADD;
        method(realm, proto, "has", 1, (self, args, nt) -> thisCollection(self, false, "has").table.has(arg(args, 0)))
            .checkedIntrinsic = CollectionIntrinsics.SET_HAS;
        method(realm, proto, "delete", 1, (self, args, nt) -> thisCollection(self, false, "delete").table.remove(arg(args, 0)));
        method(realm, proto, "clear", 0, (self, args, nt) -> { thisCollection(self, false, "clear").table.clear(); return Undefined.INSTANCE; });
        method(realm, proto, "forEach", 1, (self, args, nt) -> forEach(self, args, false));
        BuiltinHelper.getter(realm, proto, "size", (self, args, nt) -> thisCollection(self, false, "size").table.size(), null);
        JsObject iterProto = iteratorPrototype(realm, "Set Iterator");
        method(realm, proto, "entries", 0, (self, args, nt) -> new CollectionIterator(iterProto, thisCollection(self, false, "entries"), 2));
        NativeFunction values = method(realm, proto, "values", 0, (self, args, nt) -> new CollectionIterator(iterProto, thisCollection(self, false, "values"), 1));
        proto.defineOwn("keys", values, PropertyAttributes.HIDDEN);
        proto.defineOwn(JsSymbol.ITERATOR, values, PropertyAttributes.HIDDEN);
        proto.defineOwn(JsSymbol.TO_STRING_TAG, "Set", PropertyAttributes.CONFIGURABLE);

        realm.hostData.put("inspect.Set", (Inspector.Custom) (inspector, o, depth) -> {
            Collection c = (Collection) o;
            return inspector.formatEntries(o, "Set(" + c.table.size() + ")", depth, () -> {
                List<String> out = new ArrayList<>();
                for (OrderedTable.Entry e = OrderedTable.nextLive(c.table.head()); e != null; e = OrderedTable.nextLive(e)) {
                    out.add(inspector.formatNested(e.key, depth + 1));
                }
                out.addAll(inspector.ownPropertyEntries(o, depth));
                return out;
            });
        });
    }

    /** CanBeHeldWeakly: objects and symbols not from the registry. */
    private static boolean canBeHeldWeakly(Object v) {
        return v instanceof JsObject || (v instanceof JsSymbol s && s.registryKey == null);
    }

    private static void installWeak(Realm realm, boolean isMap) {
        String name = isMap ? "WeakMap" : "WeakSet";
        JsObject proto = new JsObject(realm.objectPrototype);
        BuiltinHelper.constructor(realm, name, 0, proto, (self, args, newTarget) -> {
            if (newTarget == null) throw JsException.typeError("Constructor " + name + " requires 'new'");
            WeakCollection c = new WeakCollection(Reflection.prototypeFrom(newTarget, proto), isMap);
            addFromIterable(realm, c, arg(args, 0), isMap ? "set" : "add", isMap);
            return c;
        });
        java.util.function.BiFunction<Object, String, WeakCollection> self = (v, method) -> {
            if (v instanceof WeakCollection c && c.isMap == isMap) return c;
            throw JsException.typeError("Method " + name + ".prototype." + method + " called on incompatible receiver " + JsOps.describe(v));
        };
        if (isMap) {
            method(realm, proto, "get", 1, (t, args, nt) -> {
                Object v = self.apply(t, "get").table.get(arg(args, 0));
                return v == null ? Undefined.INSTANCE : v;
            });
            method(realm, proto, "set", 2, (t, args, nt) -> {
                WeakCollection c = self.apply(t, "set");
                if (!canBeHeldWeakly(arg(args, 0))) throw JsException.typeError("Invalid value used as weak map key");
                c.table.put(arg(args, 0), arg(args, 1));
                return t;
            });
        } else {
            method(realm, proto, "add", 1, (t, args, nt) -> {
                WeakCollection c = self.apply(t, "add");
                if (!canBeHeldWeakly(arg(args, 0))) throw JsException.typeError("Invalid value used in weak set");
                c.table.put(arg(args, 0), Boolean.TRUE);
                return t;
            });
        }
        method(realm, proto, "has", 1, (t, args, nt) -> {
            WeakCollection c = self.apply(t, "has");
            return canBeHeldWeakly(arg(args, 0)) && c.table.containsKey(arg(args, 0));
        });
        method(realm, proto, "delete", 1, (t, args, nt) -> {
            WeakCollection c = self.apply(t, "delete");
            if (!canBeHeldWeakly(arg(args, 0)) || !c.table.containsKey(arg(args, 0))) return false;
            c.table.remove(arg(args, 0));
            return true;
        });
        proto.defineOwn(JsSymbol.TO_STRING_TAG, name, PropertyAttributes.CONFIGURABLE);
        realm.hostData.put("inspect." + name, (Inspector.Custom) (inspector, o, depth) -> name + " { <items unknown> }");
    }
}
