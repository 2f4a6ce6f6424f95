package dev.piste.runtime.objects;

import dev.piste.runtime.realm.Realm;

import java.util.List;

/** A proxy of a callable target; the same forwarding as {@link ProxyObject} plus [[Call]] and [[Construct]]. */
public final class CallableProxy extends JsFunction implements Proxy {
    private final ProxyTraps traps;
    /** Fixed at creation: a proxy is a constructor exactly when its target was (spec ProxyCreate step 7). */
    private final boolean constructor;

    CallableProxy(Realm realm, ProxyTraps traps) {
        super(null);
        this.traps = traps;
        this.constructor = traps.target().isConstructor();
    }

    @Override public ProxyTraps traps() { return traps; }
    @Override public Object call(Object thisArg, Object[] args) { return traps.call(thisArg, args); }
    @Override public Object construct(Object[] args, JsObject newTarget) { return traps.construct(args, newTarget); }
    @Override public boolean isConstructor() { return constructor; }
    @Override public String debugName() { return ""; }

    @Override public JsObject getPrototypeOf() { return traps.getPrototypeOf(); }
    @Override public boolean setPrototypeOf(JsObject proto) { return traps.setPrototypeOf(proto); }
    @Override public boolean isExtensible() { return traps.isExtensible(); }
    @Override public boolean preventExtensions() { return traps.preventExtensions(); }
    @Override public PropertyDescriptor getOwnProperty(Object key) { return traps.getOwnProperty(key); }
    @Override public PropertyDescriptor getOwnElement(long index) { return traps.getOwnProperty(PropertyKey.indexKey(index)); }
    @Override public boolean defineOwnProperty(Object key, PropertyDescriptor desc) { return traps.defineOwnProperty(key, desc); }
    @Override public boolean defineOwnElement(long index, PropertyDescriptor desc) { return traps.defineOwnProperty(PropertyKey.indexKey(index), desc); }
    @Override public boolean hasProperty(Object key) { return traps.hasProperty(key); }
    @Override public Object get(Object key, Object receiver) { return traps.get(key, receiver); }
    @Override public Object getElement(long index, Object receiver) { return traps.get(PropertyKey.indexKey(index), receiver); }
    @Override protected boolean hasExoticNamedProperties() { return true; }
    @Override protected boolean hasExoticElements() { return true; }
    @Override protected Object getExotic(Object key, Object receiver) { return traps.get(key, receiver); }
    @Override protected Object getElementExotic(long index, Object receiver) { return traps.get(PropertyKey.indexKey(index), receiver); }
    @Override public boolean set(Object key, Object value, Object receiver) { return traps.set(key, value, receiver); }
    @Override public boolean setElement(long index, Object value, Object receiver) { return traps.set(PropertyKey.indexKey(index), value, receiver); }
    @Override protected boolean setExotic(Object key, Object value, Object receiver) { return traps.set(key, value, receiver); }
    @Override public boolean delete(Object key) { return traps.delete(key); }
    @Override public boolean deleteElement(long index) { return traps.delete(PropertyKey.indexKey(index)); }
    @Override public List<Object> ownKeys() { return traps.ownKeys(); }
}
