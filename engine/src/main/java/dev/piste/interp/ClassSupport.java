package dev.piste.interp;

import dev.piste.runtime.objects.Accessor;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.objects.PropertyDescriptor;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.values.Undefined;

/** Classes at run time: super() calls, instance elements (fields, private methods) and private access. */
final class ClassSupport {
    private ClassSupport() {}

    static Object superCall(Object activeFunction, Object newTarget, Object[] args) {
        JsObject f = (JsObject) activeFunction;
        JsObject parent = f.getPrototypeOf();
        if (!(parent instanceof JsFunction p) || !p.isConstructor()) {
            throw JsException.typeError("Super constructor " + (parent == null ? "null" : JsOps.describe(parent)) + " of anonymous class is not a constructor");
        }
        if (!(newTarget instanceof JsObject nt)) throw JsException.syntaxError("'super' keyword unexpected here");
        return p.construct(args, nt);
    }

    /** InitializeInstanceElements: private methods first, then fields in order. */
    static void initializeInstance(JsObject self, Closure constructor) {
        if (constructor.instanceElements == null) return;
        for (Closure.ClassElement e : constructor.instanceElements) {
            switch (e.kind()) {
                case Closure.ClassElement.PRIVATE_METHOD -> addPrivate(self, e.key(), e.initializerOrMethod(), 0);
                case Closure.ClassElement.PRIVATE_GETTER, Closure.ClassElement.PRIVATE_SETTER -> addPrivateAccessor(self, (PrivateName) e.key(), (JsObject) e.initializerOrMethod(), e.kind() == Closure.ClassElement.PRIVATE_GETTER);
                case Closure.ClassElement.FIELD, Closure.ClassElement.PRIVATE_FIELD, Closure.ClassElement.NAMED_FIELD -> {
                    Object init = e.initializerOrMethod();
                    Object value = init instanceof JsFunction fn ? fn.call(self, new Object[0]) : Undefined.INSTANCE;
                    if (e.kind() == Closure.ClassElement.NAMED_FIELD && value instanceof JsFunction named) {
                        RuntimeCalls.setFunctionName(named, e.key(), null);
                    }
                    if (e.kind() == Closure.ClassElement.PRIVATE_FIELD) definePrivate(self, e.key(), value);
                    else if (!self.defineOwnProperty(e.key(), PropertyDescriptor.data(value, PropertyAttributes.DEFAULT))) {
                        throw !self.isExtensible() && self.getOwnProperty(e.key()) == null ? JsException.typeError("Cannot define property " + JsOps.keyToDisplay(e.key()) + ", object is not extensible") : JsException.typeError("Cannot redefine property: " + JsOps.keyToDisplay(e.key()));
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
    }

    private static void addPrivate(JsObject self, Object key, Object value, int attrs) {
        if (self.shape().lookup(key) >= 0) throw JsException.typeError("Cannot initialize private methods of class twice on the same object");
        self.defineOwn(key, value, attrs);
    }

    static void addPrivateAccessor(JsObject self, PrivateName key, JsObject function, boolean getter) {
        int slot = self.shape().lookup(key);
        Accessor existing = slot >= 0 && self.slots()[slot] instanceof Accessor a ? a : null;
        JsObject g = getter ? function : existing == null ? null : existing.getter;
        JsObject s = getter ? (existing == null ? null : existing.setter) : function;
        self.defineAccessor(key, g, s, 0);
    }

    static Object getPrivate(Object target, Object name) {
        PrivateName key = (PrivateName) name;
        if (!(target instanceof JsObject o) || o.shape().lookup(key) < 0) {
            throw brandCheckFailure(key, "Cannot read private member " + key + " from an object whose class did not declare it");
        }
        int slot = o.shape().lookup(key);
        Object v = dev.piste.runtime.objects.DoubleBox.read(o.slots()[slot]);
        if (PropertyAttributes.isAccessor(o.shape().attributesAt(slot))) {
            Accessor a = (Accessor) v;
            if (a.getter == null) throw JsException.typeError("'" + key + "' was defined without a getter");
            return JsOps.call(a.getter, o);
        }
        return v;
    }

    static void setPrivate(Object target, Object name, Object value) {
        PrivateName key = (PrivateName) name;
        if (!(target instanceof JsObject o) || o.shape().lookup(key) < 0) {
            throw brandCheckFailure(key, "Cannot write private member " + key + " to an object whose class did not declare it");
        }
        int slot = o.shape().lookup(key);
        int attrs = o.shape().attributesAt(slot);
        if (PropertyAttributes.isAccessor(attrs)) {
            Accessor a = (Accessor) o.slots()[slot];
            if (a.setter == null) throw JsException.typeError("'" + key + "' was defined without a setter");
            JsOps.call(a.setter, o, value);
            return;
        }
        if (!PropertyAttributes.isWritable(attrs)) throw JsException.typeError("Private method '" + key + "' is not writable");
        o.slots()[slot] = value;
    }

    /** Private methods and accessors name the class in the message (as V8 does); fields say which member. */
    private static JsException brandCheckFailure(PrivateName key, String fieldMessage) {
        if (key.methodOwner == null) return JsException.typeError(fieldMessage);
        Object name = key.methodOwner.get("name");
        String className = name instanceof CharSequence cs && !cs.isEmpty() ? cs.toString() : "anonymous";
        return JsException.typeError(key.staticMethod ? "Receiver must be class " + className : "Receiver must be an instance of class " + className);
    }

    static void definePrivate(Object target, Object name, Object value) {
        JsObject o = (JsObject) target;
        if (o.shape().lookup(name) >= 0) throw JsException.typeError("Cannot initialize " + name + " twice on the same object");
        o.defineOwn(name, value, PropertyAttributes.WRITABLE);
    }

    static Object hasPrivate(Object name, Object target) {
        if (!(target instanceof JsObject o)) throw JsException.typeError("Cannot use 'in' operator to search for '" + name + "' in " + JsOps.toString(target));
        return o.shape().lookup(name) >= 0;
    }
}
