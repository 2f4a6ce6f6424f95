package dev.piste.bytecode;

import dev.piste.parse.Ast.*;

/**
 * Literals that build a value piece by piece: template literals, array literals (holes, spreads) and
 * object literals (spreads, __proto__, methods, accessors, computed keys); also the property keys and
 * function names that object literals and classes share. Each leaves its value in the accumulator.
 */
final class LiteralEmitter {
    private final BytecodeEmitter fn;
    private final CodeBuffer buf;

    LiteralEmitter(BytecodeEmitter fn) {
        this.fn = fn;
        this.buf = fn.buf;
    }

    private int fb() { return buf.feedbackSlot(); }

    void template(TemplateLiteral t) {
        int mark = buf.mark();
        buf.emit(Opcode.LDA_CONST, buf.constant(t.cooked.get(0)));
        int acc = buf.temp();
        for (int i = 0; i < t.expressions.size(); i++) {
            buf.emit(Opcode.STA, acc);
            fn.expressions.emit(t.expressions.get(i));
            buf.emit(Opcode.TO_STRING);
            buf.emit(Opcode.ADD, acc, fb());
            String next = t.cooked.get(i + 1);
            if (!next.isEmpty()) {
                buf.emit(Opcode.STA, acc);
                buf.emit(Opcode.LDA_CONST, buf.constant(next));
                buf.emit(Opcode.ADD, acc, fb());
            }
        }
        buf.release(mark);
    }

    void arrayLiteral(ArrayLiteral a) {
        int mark = buf.mark();
        buf.emit(Opcode.CREATE_ARRAY);
        int arr = buf.temp();
        buf.emit(Opcode.STA, arr);
        for (Expr e : a.elements) {
            if (e == null) buf.emit(Opcode.ARRAY_PUSH_HOLE, arr);
            else if (e instanceof Spread s) { fn.expressions.emit(s.argument); buf.position(s.line, s.column); buf.calleeText(ExpressionEmitter.calleeText(s.argument)); buf.emit(Opcode.ARRAY_SPREAD, arr); }
            else { fn.expressions.emit(e); buf.emit(Opcode.ARRAY_PUSH, arr); }
        }
        buf.emit(Opcode.LDA, arr);
        buf.release(mark);
    }

    void objectLiteral(ObjectLiteral o) {
        int mark = buf.mark();
        buf.emit(Opcode.CREATE_OBJECT);
        int obj = buf.temp();
        buf.emit(Opcode.STA, obj);
        for (Property p : o.properties) {
            int m2 = buf.mark();
            switch (p.kind) {
                case SPREAD -> {
                    fn.expressions.emit(p.value);
                    int none = buf.temp();
                    buf.emit(Opcode.STA, none);
                    buf.emit(Opcode.LDA_UNDEFINED);
                    int ex = buf.temp();
                    buf.emit(Opcode.STA, ex);
                    buf.emit(Opcode.LDA, none);
                    buf.emit(Opcode.COPY_DATA_PROPERTIES, obj, ex);
                }
                case PROTO -> {
                    fn.expressions.emit(p.value);
                    int v = buf.temp();
                    buf.emit(Opcode.STA, v);
                    int args = buf.temps(2);
                    buf.emit(Opcode.MOV, obj, args);
                    buf.emit(Opcode.MOV, v, args + 1);
                    buf.emit(Opcode.LDA_CONST, buf.constant("__proto__"));
                    buf.emit(Opcode.STA, v);
                    // __proto__: v sets the prototype when v is an object or null (ignored otherwise).
                    buf.emit(Opcode.LDA, args + 1);
                    buf.emit(Opcode.SET_NAMED, obj, buf.constant("__proto__"), fb());
                }
                case INIT -> {
                    if (!p.computed && p.key instanceof StringLiteral s) {
                        String name = s.value;
                        if (p.method) fn.expressions.emitMethod(((FunctionExpr) p.value).function, name, obj);
                        else fn.expressions.emitNamed(p.value, name);
                        if (isIndexName(name)) {
                            int key = buf.temp();
                            int v = buf.temp();
                            buf.emit(Opcode.STA, v);
                            buf.emit(Opcode.LDA_CONST, buf.constant(name));
                            buf.emit(Opcode.STA, key);
                            buf.emit(Opcode.LDA, v);
                            buf.emit(Opcode.DEFINE_FIELD, obj, key);
                        } else {
                            buf.emit(Opcode.DEFINE_NAMED, obj, buf.constant(name));
                        }
                    } else {
                        int key = propertyKey(p.key, p.computed);
                        if (p.method) {
                            fn.expressions.emitMethod(((FunctionExpr) p.value).function, "", obj);
                        } else {
                            fn.expressions.emit(p.value);
                        }
                        if (p.method || ExpressionEmitter.isAnonymousFunctionDefinition(p.value)) setFunctionName(key, null);
                        buf.emit(Opcode.DEFINE_FIELD, obj, key);
                    }
                }
                case GETTER, SETTER -> {
                    int key = propertyKey(p.key, p.computed);
                    fn.expressions.emitMethod(((FunctionExpr) p.value).function, "", obj);
                    setFunctionName(key, p.kind == PropertyKind.GETTER ? "get" : "set");
                    buf.emit(p.kind == PropertyKind.GETTER ? Opcode.DEFINE_GETTER : Opcode.DEFINE_SETTER, obj, key);
                }
            }
            buf.release(m2);
        }
        buf.emit(Opcode.LDA, obj);
        buf.release(mark);
    }

    private static boolean isIndexName(String name) {
        return dev.piste.runtime.objects.PropertyKey.arrayIndex(name) >= 0;
    }

    /** Evaluates a property key into a fresh register (ToPropertyKey applied). */
    int propertyKey(Expr key, boolean computed) {
        if (computed) fn.expressions.emit(key);
        else if (key instanceof StringLiteral s) buf.emit(Opcode.LDA_CONST, buf.constant(s.value));
        else if (key instanceof NumberLiteral n) buf.emit(Opcode.LDA_CONST, buf.constant(dev.piste.runtime.ops.NumberConversions.toString(n.value)));
        else fn.expressions.emit(key);
        buf.emit(Opcode.TO_PROPERTY_KEY);
        int r = buf.temp();
        buf.emit(Opcode.STA, r);
        return r;
    }

    /** Names the function in acc after the key in register key (with "get"/"set" prefix). */
    void setFunctionName(int key, String prefix) {
        int mark = buf.mark();
        int f = buf.temps(3);
        buf.emit(Opcode.STA, f);
        buf.emit(Opcode.MOV, key, f + 1);
        if (prefix != null) {
            buf.emit(Opcode.LDA_CONST, buf.constant(prefix));
            buf.emit(Opcode.STA, f + 2);
            buf.emit(Opcode.CALL_RUNTIME, RuntimeFunction.SET_FUNCTION_NAME_PREFIXED.ordinal(), f, 3);
        } else {
            buf.emit(Opcode.CALL_RUNTIME, RuntimeFunction.SET_FUNCTION_NAME.ordinal(), f, 2);
        }
        buf.emit(Opcode.LDA, f);
        buf.release(mark);
    }
}
