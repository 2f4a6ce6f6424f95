package dev.piste.runtime.objects;

/** The getter/setter pair of an accessor property; either may be undefined (stored as null here). */
public final class Accessor {
    public final JsObject getter, setter;
    public Accessor(JsObject getter, JsObject setter) { this.getter = getter; this.setter = setter; }
}
