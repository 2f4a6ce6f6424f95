package dev.piste.bytecode;

import dev.piste.bytecode.CodeBuffer.Label;
import dev.piste.parse.Ast.*;
import dev.piste.parse.Binding;
import dev.piste.parse.Resolution;
import dev.piste.parse.SyntaxErrorException;

/**
 * Destructuring: binds (declarations, parameters, catch, for heads) or assigns (assignment
 * expressions) the value in the accumulator to a pattern. Array patterns use the iterator protocol
 * and close the iterator when the pattern does not exhaust it or when binding throws.
 */
final class PatternEmitter {
    private final BytecodeEmitter fn;
    private final CodeBuffer buf;

    /** How the program wrote the value being destructured (for error messages), or null. */
    String sourceText;

    PatternEmitter(BytecodeEmitter fn) {
        this.fn = fn;
        this.buf = fn.buf;
    }

    /** Binding initialization of acc to target (let/const/var/params/catch). */
    void bindInitialize(Node target, boolean lexical) { destructure(target, true); }

    /** Assignment of acc to target (a pattern or a simple assignment target). */
    void assign(Node target) { destructure(target, false); }

    /** Initializes binding b with acc (a declaration being evaluated). */
    void initializeBinding(Binding b, String name) {
        if (b == null || b.isGlobalObjectProperty()) {
            if (b != null && b.kind.isLexical()) buf.emit(Opcode.INIT_GLOBAL_LEXICAL, buf.constant(name));
            else buf.emit(Opcode.STA_GLOBAL, buf.constant(name), buf.feedbackSlot());
            return;
        }
        fn.storeToBinding(b);
    }

    private void destructure(Node target, boolean binding) {
        switch (target) {
            case Identifier id -> {
                if (binding && id.withObjects != null && (id.resolution != null && id.resolution.binding() != null
                        && id.resolution.binding().kind == Binding.Kind.VAR || fn.function.evalDeclaredNames.contains(id.name))) {
                    // var x = v inside with(o) assigns o.x when o has x; so does a var that eval code
                    // declared in its caller's eval var object.
                    fn.expressions.storeIdentifier(id);
                } else if (binding) {
                    Resolution r = id.resolution;
                    if (r == null || r.kind() == Resolution.Kind.GLOBAL) {
                        Binding b = r == null ? null : r.binding();
                        initializeBinding(b, id.name);
                    } else if (r.binding().kind == Binding.Kind.VAR || r.binding().kind == Binding.Kind.PARAMETER
                            || r.binding().kind == Binding.Kind.FUNCTION) {
                        fn.storeToBinding(r.binding());
                    } else {
                        fn.storeToBinding(r.binding());
                    }
                } else {
                    fn.expressions.storeIdentifier(id);
                }
            }
            case DefaultValue d -> {
                Label have = new Label();
                buf.emitJump(Opcode.JUMP_IF_NOT_UNDEFINED, have);
                if (d.target instanceof Identifier id) fn.expressions.emitNamed(d.defaultValue, id.name);
                else fn.expressions.emit(d.defaultValue);
                buf.bind(have);
                destructure(d.target, binding);
            }
            case ObjectPattern p -> objectPattern(p, binding);
            case ArrayPattern p -> arrayPattern(p, binding);
            case Parenthesized p when !binding -> destructure(p.expression, false);
            case Expr e when !binding -> assignToExpression(e);
            default -> throw new SyntaxErrorException("Invalid destructuring target", fn.sourceName, target.line, target.column);
        }
    }

    private void assignToExpression(Expr e) {
        int mark = buf.mark();
        int value = buf.temp();
        buf.emit(Opcode.STA, value);
        // Reuse the expression emitter's assignment by building the store around a preloaded value.
        switch (e) {
            case Member m -> {
                fn.expressions.emit(m.object);
                int obj = buf.temp();
                buf.emit(Opcode.STA, obj);
                buf.emit(Opcode.LDA, value);
                buf.position(m.line, m.column);
                buf.emit(Opcode.SET_NAMED, obj, buf.constant(m.name), buf.feedbackSlot());
            }
            case Index i -> {
                fn.expressions.emit(i.object);
                int obj = buf.temp();
                buf.emit(Opcode.STA, obj);
                fn.expressions.emit(i.key);
                buf.emit(Opcode.TO_PROPERTY_KEY);
                int key = buf.temp();
                buf.emit(Opcode.STA, key);
                buf.emit(Opcode.LDA, value);
                buf.position(i.line, i.column);
                buf.emit(Opcode.SET_KEYED, obj, key, buf.feedbackSlot());
            }
            default -> fn.expressions.assignFromRegister(e, value);
        }
        buf.release(mark);
    }

    private void objectPattern(ObjectPattern p, boolean binding) {
        int mark = buf.mark();
        int source = buf.temps(3);
        buf.emit(Opcode.STA, source);
        // V8's wording: "Cannot destructure property 'a' of 'u' as it is undefined."
        String text = sourceText == null || sourceText.equals("(intermediate value)") ? null : sourceText;
        String property = !p.properties.isEmpty() && !p.properties.get(0).computed && p.properties.get(0).key instanceof StringLiteral k ? k.value : null;
        sourceText = null;
        if (text == null) buf.emit(Opcode.LDA_UNDEFINED); else buf.emit(Opcode.LDA_CONST, buf.constant(text));
        buf.emit(Opcode.STA, source + 1);
        if (property == null) buf.emit(Opcode.LDA_UNDEFINED); else buf.emit(Opcode.LDA_CONST, buf.constant(property));
        buf.emit(Opcode.STA, source + 2);
        buf.emit(Opcode.CALL_RUNTIME, RuntimeFunction.REQUIRE_OBJECT_COERCIBLE.ordinal(), source, 3);
        int excluded = -1;
        if (p.rest != null) {
            excluded = buf.temp();
            buf.emit(Opcode.CREATE_ARRAY);
            buf.emit(Opcode.STA, excluded);
        }
        for (PatternProperty pp : p.properties) {
            int m2 = buf.mark();
            int key = fn.literals.propertyKey(pp.key, pp.computed);
            if (excluded >= 0) {
                buf.emit(Opcode.LDA, key);
                buf.emit(Opcode.ARRAY_PUSH, excluded);
            }
            buf.emit(Opcode.LDA, key);
            buf.position(pp.line, pp.column);
            buf.emit(Opcode.GET_KEYED, source, buf.feedbackSlot());
            destructure(pp.target, binding);
            buf.release(m2);
        }
        if (p.rest != null) {
            int rest = buf.temp();
            buf.emit(Opcode.CREATE_OBJECT);
            buf.emit(Opcode.STA, rest);
            buf.emit(Opcode.LDA, source);
            buf.emit(Opcode.COPY_DATA_PROPERTIES, rest, excluded);
            buf.emit(Opcode.LDA, rest);
            destructure(p.rest, binding);
        }
        buf.emit(Opcode.LDA, source);
        buf.release(mark);
    }

    private void arrayPattern(ArrayPattern p, boolean binding) {
        int mark = buf.mark();
        int source = buf.temp();
        buf.emit(Opcode.STA, source);
        int iter = buf.temps(2);
        int done = buf.temp();
        int savedContext = buf.temp();
        buf.calleeText(sourceText);
        sourceText = null;
        buf.emit(Opcode.GET_ITERATOR, iter);
        buf.emit(Opcode.LDA_FALSE);
        buf.emit(Opcode.STA, done);
        buf.emit(Opcode.SAVE_CONTEXT, savedContext);
        int start = buf.pc();
        for (Node element : p.elements) {
            Label undefinedValue = new Label(), have = new Label();
            buf.emit(Opcode.LDA, done);
            buf.emitJump(Opcode.JUMP_IF_TRUE, undefinedValue);
            buf.emit(Opcode.ITERATOR_NEXT, iter, done);
            buf.emitJump(Opcode.JUMP, have);
            buf.bind(undefinedValue);
            buf.emit(Opcode.LDA_UNDEFINED);
            buf.bind(have);
            if (element != null) destructure(element, binding);
        }
        if (p.rest != null) {
            int arr = buf.temp(), value = buf.temp();
            buf.emit(Opcode.CREATE_ARRAY);
            buf.emit(Opcode.STA, arr);
            Label loop = new Label(), end = new Label();
            buf.bind(loop);
            buf.emit(Opcode.LDA, done);
            buf.emitJump(Opcode.JUMP_IF_TRUE, end);
            buf.emit(Opcode.ITERATOR_NEXT, iter, done);
            buf.emit(Opcode.STA, value);
            buf.emit(Opcode.LDA, done);
            buf.emitJump(Opcode.JUMP_IF_TRUE, end);
            buf.emit(Opcode.LDA, value);
            buf.emit(Opcode.ARRAY_PUSH, arr);
            buf.emitJump(Opcode.JUMP, loop);
            buf.bind(end);
            buf.emit(Opcode.LDA, arr);
            destructure(p.rest, binding);
        }
        int end = buf.pc();
        Label finished = new Label();
        buf.emit(Opcode.LDA, done);
        buf.emitJump(Opcode.JUMP_IF_TRUE, finished);
        buf.emit(Opcode.ITERATOR_CLOSE, iter);
        buf.emitJump(Opcode.JUMP, finished);
        // Binding threw: close the iterator unless it is done (or its next() threw), then rethrow.
        int handler = buf.pc();
        buf.handler(start, end, handler);
        int exc = buf.temp();
        buf.emit(Opcode.STA, exc);
        buf.emit(Opcode.RESTORE_CONTEXT, savedContext);
        Label rethrow = new Label();
        buf.emit(Opcode.LDA, done);
        buf.emitJump(Opcode.JUMP_IF_TRUE, rethrow);
        buf.emit(Opcode.ITERATOR_CLOSE_QUIETLY, iter);
        buf.bind(rethrow);
        buf.emit(Opcode.LDA, exc);
        buf.emit(Opcode.THROW);
        buf.bind(finished);
        buf.emit(Opcode.LDA, source);
        buf.release(mark);
    }
}
