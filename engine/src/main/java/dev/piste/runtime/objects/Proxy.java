package dev.piste.runtime.objects;

/**
 * A Proxy exotic object. Two classes implement it because a proxy is callable exactly when its
 * target is, and callability is fixed by the Java class: {@link ProxyObject} (extends JsObject) and
 * {@link CallableProxy} (extends JsFunction). Both forward every internal method to the same
 * {@link ProxyTraps}, where the traps and the invariant checks live.
 */
public interface Proxy extends JsObject.ProxyLike {
    ProxyTraps traps();

    /** ProxyCreate: the class follows the target's callability. */
    static JsObject create(dev.piste.runtime.realm.Realm realm, JsObject target, JsObject handler) {
        ProxyTraps traps = new ProxyTraps(realm, target, handler);
        if (target.isCallable()) return new CallableProxy(realm, traps);
        return new ProxyObject(traps);
    }
}
