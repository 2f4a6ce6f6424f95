package dev.piste.interp;

import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.ops.Iterators;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.Undefined;

/** The iterator protocol as the interpreter's registers hold it: iterator in r, next method in r+1. */
final class Iteration {
    private Iteration() {}

    static void getIterator(Realm realm, Object iterable, Object[] regs, int reg, String sourceText) {
        Iterators.Record rec = iterator(realm, iterable, sourceText);
        regs[reg] = rec.iterator();
        regs[reg + 1] = rec.next();
    }

    /** GetIterator; for an array iterated as installed, what Array.prototype.values would return, without looking it up and calling it. */
    private static Iterators.Record iterator(Realm realm, Object iterable, String sourceText) {
        return iterable instanceof JsArray a && iteratesAsInstalled(realm, a)
            ? new Iterators.Record(dev.piste.runtime.builtins.IteratorBuiltins.arrayValues(realm, a), realm.arrayIteratorNext)
            : Iterators.getIterator(realm, iterable, sourceText);
    }

    /** Steps the iterator; returns the value (undefined when done) and writes done into regs[doneReg]. */
    static Object next(Realm realm, Object[] regs, int reg, int doneReg) {
        // An iterator whose next() throws counts as done: it must not be closed afterwards.
        regs[doneReg] = Boolean.TRUE;
        if (regs[reg] instanceof Iterators.DirectIterator d && regs[reg + 1] == d.intrinsicNext(realm)) {
            {
                Object v = d.directNext(realm);
                if (v == Iterators.DONE) return Undefined.INSTANCE;
                regs[doneReg] = Boolean.FALSE;
                return v;
            }
        }
        JsObject res = Iterators.nextResult(new Iterators.Record((JsObject) regs[reg], regs[reg + 1]));
        if (JsOps.toBoolean(res.get("done", res))) return Undefined.INSTANCE;
        Object value = res.get("value", res);
        regs[doneReg] = Boolean.FALSE;
        return value;
    }

    /**
     * Whether iterating a runs only the builtins as installed, so that its elements may be read
     * directly: its Symbol.iterator is Array.prototype's (Array.prototype.values), and the array
     * iterators' next is %ArrayIteratorPrototype%.next; nothing user code could see would run.
     */
    private static boolean iteratesAsInstalled(Realm realm, JsArray a) {
        if (a.shape().prototype() != realm.arrayPrototype || a.shape().lookup(dev.piste.runtime.values.JsSymbol.ITERATOR) >= 0) return false;
        JsObject proto = realm.arrayPrototype, iteratorProto = realm.arrayIteratorPrototype;
        int values = proto.shape().lookup(dev.piste.runtime.values.JsSymbol.ITERATOR), next = iteratorProto.shape().lookup("next");
        return values >= 0 && proto.slots()[values] == realm.arrayValuesFunction && next >= 0 && iteratorProto.slots()[next] == realm.arrayIteratorNext;
    }

    static void close(Object iterator, boolean quietly) {
        if (quietly) Iterators.closeQuietly((JsObject) iterator);
        else Iterators.close((JsObject) iterator);
    }

    static void spreadInto(Realm realm, JsArray target, Object iterable, String sourceText) {
        Iterators.Record rec = iterator(realm, iterable, sourceText);
        if (rec.iterator() instanceof Iterators.DirectIterator d && rec.next() == d.intrinsicNext(realm)) {
            Object v;
            while ((v = d.directNext(realm)) != Iterators.DONE) target.push(v);
            return;
        }
        Object v;
        while ((v = Iterators.step(rec)) != null) target.push(v);
    }
}
