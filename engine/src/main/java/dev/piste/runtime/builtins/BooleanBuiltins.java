package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PrimitiveWrapper;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.Reflection;
import dev.piste.runtime.realm.Realm;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;
import static dev.piste.runtime.builtins.BuiltinHelper.method;

/** Boolean: conversion when called, a wrapper object when constructed. */
public final class BooleanBuiltins {
    private BooleanBuiltins() {}

    public static void install(Realm realm) {
        JsObject proto = realm.booleanPrototype;
        BuiltinHelper.constructor(realm, "Boolean", 1, proto, (self, args, newTarget) -> {
            boolean b = JsOps.toBoolean(arg(args, 0));
            if (newTarget == null) return b;
            return new PrimitiveWrapper(Reflection.prototypeFrom(newTarget, realm.booleanPrototype), b);
        });
        method(realm, proto, "toString", 0, (self, args, nt) -> thisBoolean(self, "Boolean.prototype.toString") ? "true" : "false");
        method(realm, proto, "valueOf", 0, (self, args, nt) -> thisBoolean(self, "Boolean.prototype.valueOf"));
    }

    private static boolean thisBoolean(Object self, String method) {
        if (self instanceof Boolean b) return b;
        if (self instanceof PrimitiveWrapper w && w.primitive instanceof Boolean b) return b;
        throw JsException.typeError(method + " requires that 'this' be a Boolean");
    }
}
