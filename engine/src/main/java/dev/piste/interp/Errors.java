package dev.piste.interp;

import dev.piste.runtime.builtins.ErrorBuiltins;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsException.StackEntry;
import dev.piste.runtime.realm.Realm;

import java.util.ArrayList;
import java.util.List;

/** Turns runtime exceptions into Error objects of the catching realm, with their stack. */
final class Errors {
    private Errors() {}

    static final int STACK_LIMIT = 10;

    static Object materialize(Realm realm, JsException e, Frame frame, int pc) {
        Object v = e.valueOrNull();
        if (v != null) return v;
        List<StackEntry> stack = new ArrayList<>(e.unwound);
        stack.addAll(StackTraces.capture(frame, pc, STACK_LIMIT));
        if (stack.size() > STACK_LIMIT) stack = stack.subList(0, STACK_LIMIT);
        Object error = ErrorBuiltins.create(realm, e.errorType, e.errorMessage, stack);
        e.materialized(error);
        return error;
    }
}
