package dev.piste.interp;

import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.objects.PropertyDescriptor;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;

/**
 * The {@code arguments} object. In sloppy functions with simple parameters it is mapped: index i
 * below the parameter count aliases the parameter's context slot (the scope analysis keeps such
 * parameters in the context) until the index is deleted or redefined as an accessor or read-only.
 */
final class ArgumentsObject extends JsObject {
    private final HeapContext context;
    /** Context slot for each mapped index, -1 once unmapped. Null for unmapped arguments objects. */
    private final int[] mapping;

    ArgumentsObject(Realm realm, Frame frame, boolean mapped) {
        super(realm.objectPrototype);
        Object[] args = frame.arguments;
        if (args.length > 0) {
            ensureElements();
            for (int i = 0; i < args.length; i++) elements().define(i, args[i], PropertyAttributes.DEFAULT);
        }
        defineOwn("length", args.length, PropertyAttributes.HIDDEN);
        defineOwn(JsSymbol.ITERATOR, realm.arrayValuesFunction, PropertyAttributes.HIDDEN);
        if (mapped) {
            defineOwn("callee", frame.closure, PropertyAttributes.HIDDEN);
            int[] slots = frame.code.parameterContextSlots;
            int n = Math.min(slots.length, args.length);
            mapping = new int[n];
            for (int i = 0; i < n; i++) mapping[i] = slots[i];
            context = frame.functionContext;
        } else {
            defineAccessor("callee", realm.throwTypeError, realm.throwTypeError, 0);
            mapping = null;
            context = null;
        }
    }

    @Override public String className() { return "Arguments"; }

    private int mappedSlot(long index) {
        return mapping != null && index < mapping.length ? mapping[(int) index] : -1;
    }

    @Override protected boolean hasExoticElements() { return mapping != null; }

    @Override public PropertyDescriptor getOwnElement(long index) {
        PropertyDescriptor d = super.getOwnElement(index);
        int slot = mappedSlot(index);
        if (d != null && slot >= 0) d.value = context.slots[slot];
        return d;
    }

    @Override public boolean defineOwnElement(long index, PropertyDescriptor desc) {
        int slot = mappedSlot(index);
        if (!super.defineOwnElement(index, desc)) return false;
        if (slot >= 0) {
            if (desc.isAccessor()) mapping[(int) index] = -1;
            else {
                if (desc.hasValue) context.slots[slot] = desc.valueOrUndefined();
                if (desc.hasWritable && !desc.writable) mapping[(int) index] = -1;
            }
        }
        return true;
    }

    @Override public boolean deleteElement(long index) {
        boolean ok = super.deleteElement(index);
        if (ok && mappedSlot(index) >= 0) mapping[(int) index] = -1;
        return ok;
    }
}
