package dev.piste.bytecode;

import dev.piste.parse.Ast.*;
import dev.piste.parse.Binding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ClassDefinitionEvaluation: private names, the constructor, prototype wiring, methods and accessors
 * in order, instance fields recorded on the constructor (run at construction), then the class binding,
 * then static fields and blocks in order. The class value is left in the accumulator.
 */
final class ClassEmitter {
    private final BytecodeEmitter fn;
    private final ExpressionEmitter expressions;
    private final CodeBuffer buf;

    ClassEmitter(BytecodeEmitter fn, ExpressionEmitter expressions) {
        this.fn = fn;
        this.expressions = expressions;
        this.buf = fn.buf;
    }

    private record StaticElement(ClassMember member, int key, int initializer) {}

    void emit(ClassNode c, String name) {
        int mark = buf.mark();
        fn.enterScope(c.scope);
        Set<String> created = new HashSet<>();
        for (ClassMember m : c.members) {
            if (m.privateName != null && created.add(m.privateName)) {
                int arg = buf.temp();
                buf.emit(Opcode.LDA_CONST, buf.constant("#" + m.privateName));
                buf.emit(Opcode.STA, arg);
                buf.emit(Opcode.CALL_RUNTIME, RuntimeFunction.NEW_PRIVATE_NAME.ordinal(), arg, 1);
                fn.storeToBinding(c.scope.bindings.get("#" + m.privateName));
            }
        }
        int args = buf.temps(4);
        int ctor = buf.temp(), proto = buf.temp(), superclass = buf.temp();
        if (c.superClass != null) {
            expressions.emit(c.superClass);
        } else {
            buf.emit(Opcode.LDA_HOLE);
        }
        buf.emit(Opcode.STA, superclass);
        String className = name == null ? "" : name;
        BytecodeFunction constructor;
        if (c.constructor != null) {
            // A class's toString is the class's source text, not the constructor method's.
            c.constructor.sourceStart = c.sourceStart;
            c.constructor.sourceEnd = c.sourceEnd;
            constructor = BytecodeEmitter.compileFunction(c.constructor, fn.sourceName, fn.source, false, className);
        } else {
            constructor = implicitConstructor(c, className);
        }
        buf.position(c.line, c.column);
        buf.emit(Opcode.CREATE_CLOSURE, buf.constant(constructor));
        buf.emit(Opcode.STA, ctor);
        buf.emit(Opcode.MOV, ctor, args);
        buf.emit(Opcode.MOV, superclass, args + 1);
        buf.emit(Opcode.CALL_RUNTIME, RuntimeFunction.DEFINE_CLASS.ordinal(), args, 2);
        buf.emit(Opcode.STA, proto);

        List<StaticElement> statics = new ArrayList<>();
        for (ClassMember m : c.members) {
            int target = m.isStatic ? ctor : proto;
            switch (m.kind) {
                case METHOD, GETTER, SETTER -> {
                    FunctionNode f = ((FunctionExpr) m.value).function;
                    int kind = m.kind == ClassMemberKind.METHOD ? 0 : m.kind == ClassMemberKind.GETTER ? 1 : 2;
                    if (m.privateName != null) {
                        String fname = (kind == 1 ? "get " : kind == 2 ? "set " : "") + "#" + m.privateName;
                        expressions.emitMethod(f, fname, target);
                        buf.emit(Opcode.STA, args + 2);
                        buf.emit(Opcode.MOV, ctor, args);
                        fn.expressions.loadBinding(c.scope.bindings.get("#" + m.privateName));
                        buf.emit(Opcode.STA, args + 1);
                        buf.emit(Opcode.LDA_SMI, kind);
                        buf.emit(Opcode.STA, args + 3);
                        RuntimeFunction op = m.isStatic ? RuntimeFunction.DEFINE_PRIVATE_METHOD : RuntimeFunction.ADD_PRIVATE_METHOD;
                        buf.emit(Opcode.CALL_RUNTIME, op.ordinal(), args, 4);
                    } else {
                        int m2 = buf.mark();
                        int key = fn.literals.propertyKey(m.key, m.computed);
                        String fname = m.computed ? "" : keyName(m.key);
                        if (kind != 0) fname = "";
                        expressions.emitFunction(f, fname);
                        buf.emit(Opcode.STA, args + 2);
                        buf.emit(Opcode.MOV, target, args);
                        buf.emit(Opcode.MOV, key, args + 1);
                        RuntimeFunction op = kind == 0 ? RuntimeFunction.DEFINE_METHOD
                            : kind == 1 ? RuntimeFunction.DEFINE_GETTER_METHOD : RuntimeFunction.DEFINE_SETTER_METHOD;
                        buf.emit(Opcode.CALL_RUNTIME, op.ordinal(), args, 3);
                        buf.release(m2);
                    }
                }
                case FIELD -> {
                    int key = buf.temp();
                    if (m.privateName != null) {
                        fn.expressions.loadBinding(c.scope.bindings.get("#" + m.privateName));
                        buf.emit(Opcode.STA, key);
                    } else {
                        int k = fn.literals.propertyKey(m.key, m.computed);
                        buf.emit(Opcode.MOV, k, key);
                    }
                    int init = buf.temp();
                    if (m.value != null) {
                        String fieldName = m.privateName != null ? "#" + m.privateName : m.computed ? "" : keyName(m.key);
                        BytecodeFunction f = BytecodeEmitter.compileFunction(m.initializer, fn.sourceName, fn.source, false, fieldName);
                        buf.emit(Opcode.CREATE_CLOSURE, buf.constant(f));
                        expressions.methodHome(target);
                    } else {
                        buf.emit(Opcode.LDA_UNDEFINED);
                    }
                    buf.emit(Opcode.STA, init);
                    if (m.isStatic) {
                        statics.add(new StaticElement(m, key, init));
                    } else {
                        buf.emit(Opcode.MOV, ctor, args);
                        buf.emit(Opcode.MOV, key, args + 1);
                        buf.emit(Opcode.MOV, init, args + 2);
                        RuntimeFunction op = m.privateName != null ? RuntimeFunction.ADD_PRIVATE_FIELD
                            : m.computed && m.value != null && ExpressionEmitter.isAnonymousFunctionDefinition(m.value) ? RuntimeFunction.ADD_NAMED_FIELD
                            : RuntimeFunction.ADD_FIELD;
                        buf.emit(Opcode.CALL_RUNTIME, op.ordinal(), args, 3);
                    }
                }
                case STATIC_BLOCK -> {
                    int init = buf.temp();
                    expressions.emitMethod(((FunctionExpr) m.value).function, "", ctor);
                    buf.emit(Opcode.STA, init);
                    statics.add(new StaticElement(m, -1, init));
                }
            }
        }
        if (c.name != null) {
            buf.emit(Opcode.LDA, ctor);
            fn.storeToBinding(c.scope.bindings.get(c.name));
        }
        for (StaticElement s : statics) {
            int callee = buf.temp(), self = buf.temp();
            buf.emit(Opcode.MOV, s.initializer, callee);
            buf.emit(Opcode.MOV, ctor, self);
            if (s.member.kind == ClassMemberKind.STATIC_BLOCK) {
                buf.emit(Opcode.CALL, callee, self, self, 0, buf.feedbackSlot());
                continue;
            }
            dev.piste.bytecode.CodeBuffer.Label noInit = new dev.piste.bytecode.CodeBuffer.Label(), have = new dev.piste.bytecode.CodeBuffer.Label();
            buf.emit(Opcode.LDA, callee);
            buf.emitJump(Opcode.JUMP_IF_UNDEFINED, have);
            buf.emit(Opcode.CALL, callee, self, self, 0, buf.feedbackSlot());
            if (s.member.computed && s.member.value != null && ExpressionEmitter.isAnonymousFunctionDefinition(s.member.value)) {
                fn.literals.setFunctionName(s.key, null);
            }
            buf.bind(have);
            if (s.member.privateName != null) buf.emit(Opcode.DEFINE_PRIVATE, ctor, s.key);
            else buf.emit(Opcode.DEFINE_FIELD, ctor, s.key);
        }
        fn.exitScope(c.scope);
        buf.emit(Opcode.LDA, ctor);
        buf.release(mark);
    }

    private static String keyName(Expr key) {
        if (key instanceof StringLiteral s) return s.value;
        if (key instanceof NumberLiteral n) return dev.piste.runtime.ops.NumberConversions.toString(n.value);
        return "";
    }

    /** The implicit constructor; the interpreter constructs through it without running code. */
    private BytecodeFunction implicitConstructor(ClassNode c, String name) {
        boolean derived = c.superClass != null;
        FunctionFlags flags = new FunctionFlags(true, false, false, false, true, derived, true, false, false, false, false, false);
        BytecodeFunction f = new BytecodeFunction(name, fn.sourceName,
            new int[] {Opcode.LDA_UNDEFINED.ordinal(), Opcode.RETURN.ordinal()}, new Object[0], 1, new int[0],
            new int[] {0, (c.line << 12) | Math.min(c.column, 0xFFF)}, 0, flags, 0, new int[0], new int[0],
            0, -1, -1, -1, 0,
            fn.source != null && c.sourceEnd > c.sourceStart && c.sourceEnd <= fn.source.length() ? fn.source.substring(c.sourceStart, c.sourceEnd) : "",
            c.line, c.column);
        f.implicitConstructor = true;
        return f;
    }
}
