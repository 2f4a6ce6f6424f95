package dev.piste.interp;

import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PropertyDescriptor;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.realm.Realm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys a for-in visits: enumerable string keys of the object and its prototypes, each once, in
 * property order per object; a key deleted before it is reached is skipped.
 */
final class ForInEnumerator {
    private final JsObject object;
    private final List<String> keys;
    private int index;

    private ForInEnumerator(JsObject object, List<String> keys) { this.object = object; this.keys = keys; }

    static ForInEnumerator of(Realm realm, Object value) {
        if (JsOps.isNullish(value)) return new ForInEnumerator(null, List.of());
        JsObject o = JsOps.toObject(realm, value);
        List<String> fast = shapeKeys(o);
        if (fast != null) return new ForInEnumerator(o, fast);
        List<String> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsObject p = o; p != null; p = p.getPrototypeOf()) {
            for (Object k : p.ownKeys()) {
                if (!(k instanceof String s) || !seen.add(s)) continue;
                PropertyDescriptor d = p.getOwnProperty(s);
                if (d != null && d.enumerable) keys.add(s);
            }
        }
        return new ForInEnumerator(o, keys);
    }

    /**
     * The keys when they are o's shape's enumerable string keys alone (the shape's list, shared: see
     * Shape.enumerableStringKeys): o and its prototypes are ordinary objects without elements, and no
     * prototype has an enumerable string key. Else null (the full walk decides).
     */
    private static List<String> shapeKeys(JsObject o) {
        if (!plain(o)) return null;
        for (JsObject p = o.getPrototypeOf(); p != null; p = p.getPrototypeOf()) {
            if (!plain(p) || p.shape().hasEnumerableStringKey()) return null;
        }
        return o.shape().enumerableStringKeys();
    }

    private static boolean plain(JsObject o) {
        return o.getClass() == JsObject.class && (o.elements() == null || o.elements().isEmpty());
    }

    /** The next key, or null when done. */
    String next() {
        while (index < keys.size()) {
            String k = keys.get(index++);
            if (object.hasProperty(k)) return k;
        }
        return null;
    }
}
