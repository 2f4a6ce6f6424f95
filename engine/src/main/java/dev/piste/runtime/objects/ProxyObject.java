package dev.piste.runtime.objects;

import java.util.List;

/** A proxy of a non-callable target: every internal method goes to {@link ProxyTraps}. */
public final class ProxyObject extends JsObject implements Proxy {
    private final ProxyTraps traps;

    ProxyObject(ProxyTraps traps) {
        super((JsObject) null);
        this.traps = traps;
    }

    @Override public ProxyTraps traps() { return traps; }
    /** Proxies have none of the internal slots that give built-in tags (spec Object.prototype.toString). */
    @Override public String className() { return "Object"; }

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
