package dev.piste.bytecode;

import dev.piste.bytecode.CodeBuffer.Label;
import dev.piste.parse.Ast.*;
import dev.piste.parse.Binding;
import dev.piste.parse.Resolution;
import dev.piste.parse.ScopeAnalyzer;
import dev.piste.parse.SyntaxErrorException;

import java.util.List;

/** Emits expressions; every method leaves the expression's value in the accumulator. */
final class ExpressionEmitter {
    private final BytecodeEmitter fn;
    private final CodeBuffer buf;
    /** Inside an optional chain: where a short-circuit jumps (the chain's value is then undefined). */
    private Label optionalExit;

    ExpressionEmitter(BytecodeEmitter fn) {
        this.fn = fn;
        this.buf = fn.buf;
    }

    private int fb() { return buf.feedbackSlot(); }

    void emit(Expr e) {
        switch (e) {
            case NumberLiteral n -> number(n.value);
            case BigIntLiteral b -> buf.emit(Opcode.LDA_CONST, buf.constant(b.value));
            case StringLiteral s -> buf.emit(Opcode.LDA_CONST, buf.constant(s.value));
            case BooleanLiteral b -> buf.emit(b.value ? Opcode.LDA_TRUE : Opcode.LDA_FALSE);
            case NullLiteral n -> buf.emit(Opcode.LDA_NULL);
            case RegExpLiteral r -> { buf.position(r.line, r.column); buf.emit(Opcode.CREATE_REGEXP, buf.constant(r.pattern), buf.constant(r.flags)); }
            case TemplateLiteral t -> fn.literals.template(t);
            case TaggedTemplate t -> taggedTemplate(t);
            case Identifier id -> loadIdentifier(id);
            case This t -> loadPseudo(t, ScopeAnalyzer.THIS, true);
            case NewTarget n -> loadPseudo(n, ScopeAnalyzer.NEW_TARGET, false);
            case SuperMember s -> superMember(s);
            case SuperCall s -> superCall(s);
            case ArrayLiteral a -> fn.literals.arrayLiteral(a);
            case ObjectLiteral o -> fn.literals.objectLiteral(o);
            case FunctionExpr f -> emitFunction(f.function, f.function.name != null ? f.function.name : pendingName());
            case ClassExpr c -> emitClass(c.classNode, c.classNode.name != null ? c.classNode.name : pendingName());
            case Unary u -> unary(u);
            case Update u -> update(u, false);
            case Binary b -> binary(b);
            case Logical l -> logical(l);
            case PrivateIn p -> {
                int mark = buf.mark();
                int name = buf.temp();
                loadSynthetic(p, "#" + p.name);
                buf.emit(Opcode.STA, name);
                emit(p.object);
                buf.emit(Opcode.HAS_PRIVATE, name);
                buf.release(mark);
            }
            case Conditional c -> {
                Label otherwise = new Label(), end = new Label();
                emitTest(c.test, otherwise, false);
                emit(c.consequent);
                buf.emitJump(Opcode.JUMP, end);
                buf.bind(otherwise);
                emit(c.alternate);
                buf.bind(end);
            }
            case Assign a -> assign(a);
            case Sequence s -> { for (Expr x : s.expressions) emit(x); }
            case Member m -> {
                int mark = buf.mark();
                int obj = objectOperand(m.object, m.optional);
                buf.position(m.line, m.column);
                positionAtProperty(m);
                buf.emit(Opcode.GET_NAMED, obj, buf.constant(m.name), fb());
                buf.release(mark);
            }
            case Index i -> {
                int mark = buf.mark();
                int obj = objectOperand(i.object, i.optional, i.key);
                emit(i.key);
                buf.position(i.line, i.column);
                buf.emit(Opcode.GET_KEYED, obj, fb());
                buf.release(mark);
            }
            case PrivateMember p -> {
                int mark = buf.mark();
                int obj = objectOf(p.object, p.optional);
                loadSynthetic(p, "#" + p.name);
                buf.emit(Opcode.GET_PRIVATE, obj);
                buf.release(mark);
            }
            case Call c -> call(c);
            case OptionalChain o -> {
                Label saved = optionalExit;
                optionalExit = new Label();
                emit(o.expression);
                Label end = new Label();
                buf.emitJump(Opcode.JUMP, end);
                buf.bind(optionalExit);
                buf.emit(Opcode.LDA_UNDEFINED);
                buf.bind(end);
                optionalExit = saved;
            }
            case New n -> newExpression(n);
            case Spread s -> throw new SyntaxErrorException("Unexpected token '...'", fn.sourceName, s.line, s.column);
            case Yield y -> emitYield(y);
            case Await a -> await(a);
            case Parenthesized p -> emit(p.expression);
            case NativeCall n -> {
                int mark = buf.mark();
                int first = buf.temps(1 + n.arguments.size());
                buf.emit(Opcode.LDA_CONST, buf.constant(n.name));
                buf.emit(Opcode.STA, first);
                for (int i = 0; i < n.arguments.size(); i++) {
                    int m2 = buf.mark();
                    emit(n.arguments.get(i));
                    buf.release(m2);
                    buf.emit(Opcode.STA, first + 1 + i);
                }
                buf.position(n.line, n.column);
                buf.emit(Opcode.CALL_RUNTIME, RuntimeFunction.NATIVE_CALL.ordinal(), first, 1 + n.arguments.size());
                buf.release(mark);
            }
        }
    }

    /** Property accesses report the position of the property name, as V8 does (o.x points at x). */
    /** The value of the assignment whose store is being emitted (for the operator's position), or null. */
    private Expr assignedValue;

    private void positionAtProperty(Member m) {
        int offset = m.end - m.name.length();
        if (fn.source != null && offset >= 0 && offset < fn.source.length() && fn.source.startsWith(m.name, offset)) {
            int[] lc = fn.lineColumnOf(offset);
            buf.position(lc[0], lc[1]);
        }
    }

    /** Stores report the position of the assignment operator: the last '=' before the value. */
    private void positionAtOperator(Node target, Expr value) {
        if (fn.source == null || value == null) return;
        int i = Math.min(value.start, fn.source.length()) - 1;
        while (i > target.end && fn.source.charAt(i) != '=') i--;
        if (i > target.end || (i == target.end && fn.source.charAt(i) == '=')) {
            int[] lc = fn.lineColumnOf(i);
            buf.position(lc[0], lc[1]);
        }
    }

    private void number(double v) {
        int i = (int) v;
        if (i == v && (i != 0 || Double.doubleToRawLongBits(v) == 0)) buf.emit(Opcode.LDA_SMI, i);
        else buf.emit(Opcode.LDA_CONST, buf.constant(v));
    }

    /** Evaluates an object operand into a register; on an optional link, short-circuits on nullish. */
    private int objectOf(Expr object, boolean optional) {
        return objectInto(object, optional, buf.temp());
    }

    private int objectInto(Expr object, boolean optional, int r) {
        emit(object);
        if (optional) buf.emitJump(Opcode.JUMP_IF_NULLISH, optionalExit);
        buf.emit(Opcode.STA, r);
        return r;
    }

    /**
     * An object operand read in place from its local's register (see {@link #localRegisterOf}) when
     * none of the expressions evaluated before the register is used (null: none) can assign that local;
     * else evaluated into a temporary. Saves the copy through the accumulator the interpreter would run.
     */
    private int objectOperand(Expr object, boolean optional, Expr... evaluatedBeforeUse) {
        int local = localRegisterOf(object);
        for (Expr e : evaluatedBeforeUse) if (e != null && !cannotAssign(e)) local = -1;
        if (local < 0) return objectOf(object, optional);
        if (optional) {
            buf.emit(Opcode.LDA, local);
            buf.emitJump(Opcode.JUMP_IF_NULLISH, optionalExit);
        }
        return local;
    }

    private String pendingName;

    private String pendingName() {
        String n = pendingName;
        pendingName = null;
        return n == null ? "" : n;
    }

    /** NamedEvaluation: anonymous functions and classes take the name they are assigned to. */
    void emitNamed(Expr e, String name) {
        Expr x = e;
        while (x instanceof Parenthesized p) x = p.expression;
        if (isAnonymousFunctionDefinition(x)) {
            pendingName = name;
            emit(x);
            pendingName = null;
        } else {
            emit(e);
        }
    }

    static boolean isAnonymousFunctionDefinition(Expr e) {
        while (e instanceof Parenthesized p) e = p.expression;
        return (e instanceof FunctionExpr f && f.function.name == null) || (e instanceof ClassExpr c && c.classNode.name == null);
    }

    // ---- Variables ----

    void loadIdentifier(Identifier id) {
        if (id.withObjects != null) { withLookup(id, null, false); return; }
        loadStatic(id);
    }

    /**
     * A name inside with statements: each with object (innermost first) that has the name supplies
     * it, else the static binding does. Loads leave the value in acc; with a callee's this register,
     * the object that supplied the name becomes the call's this. With typeof, an unresolvable name
     * gives "undefined" instead of a ReferenceError.
     */
    private void withLookup(Identifier id, int[] thisRegister, boolean typeofMode) {
        int mark = buf.mark();
        int obj = buf.temp(), args = buf.temps(2);
        Label done = new Label();
        for (Binding wb : id.withObjects) {
            Label next = new Label();
            withObjectHas(wb, id.name, obj, args, next);
            // A with object is the callee's this; a function's eval var object is not (this stays undefined).
            if (thisRegister != null && !wb.name.equals(ScopeAnalyzer.EVAL_VARS)) buf.emit(Opcode.MOV, obj, thisRegister[0]);
            buf.emit(Opcode.GET_NAMED, obj, buf.constant(id.name), fb());
            if (typeofMode) buf.emit(Opcode.TYPEOF);
            buf.emitJump(Opcode.JUMP, done);
            buf.bind(next);
        }
        if (typeofMode && (id.resolution == null || id.resolution.kind() == Resolution.Kind.GLOBAL)) {
            buf.emit(Opcode.TYPEOF_GLOBAL, buf.constant(id.name));
        } else {
            loadStatic(id);
            if (typeofMode) buf.emit(Opcode.TYPEOF);
        }
        buf.bind(done);
        buf.release(mark);
    }

    /** Loads with object wb into obj and jumps to next unless it supplies name (args: two temps). */
    private void withObjectHas(Binding wb, String name, int obj, int args, Label next) {
        loadBinding(wb);
        buf.emit(Opcode.STA, obj);
        buf.emit(Opcode.MOV, obj, args);
        buf.emit(Opcode.LDA_CONST, buf.constant(name));
        buf.emit(Opcode.STA, args + 1);
        buf.emit(Opcode.CALL_RUNTIME, RuntimeFunction.WITH_HAS.ordinal(), args, 2);
        buf.emitJump(Opcode.JUMP_IF_FALSE, next);
    }

    private void loadStatic(Identifier id) {
        Resolution r = id.resolution;
        buf.position(id.line, id.column);
        if (r == null || r.kind() == Resolution.Kind.GLOBAL) {
            buf.emit(Opcode.LDA_GLOBAL, buf.constant(id.name), fb());
            return;
        }
        Binding b = r.binding();
        loadBinding(b);
        if (b.needsTdzCheck) buf.emit(Opcode.CHECK_HOLE, buf.constant(id.name));
    }

    void loadBinding(Binding b) {
        if (b.register >= 0) buf.emit(Opcode.LDA, b.register);
        else buf.emit(Opcode.LDA_CONTEXT, fn.contextDepthTo(b), b.contextSlot);
    }

    /** Stores acc to an identifier by assignment (not initialization): const and TDZ checks apply. */
    void storeIdentifier(Identifier id) {
        if (id.withObjects != null) {
            int mark = buf.mark();
            int value = buf.temp(), obj = buf.temp(), args = buf.temps(2);
            buf.emit(Opcode.STA, value);
            Label done = new Label();
            for (Binding wb : id.withObjects) {
                Label next = new Label();
                withObjectHas(wb, id.name, obj, args, next);
                buf.emit(Opcode.LDA, value);
                buf.emit(Opcode.SET_NAMED, obj, buf.constant(id.name), fb());
                buf.emitJump(Opcode.JUMP, done);
                buf.bind(next);
            }
            buf.emit(Opcode.LDA, value);
            storeStatic(id);
            buf.bind(done);
            buf.emit(Opcode.LDA, value);
            buf.release(mark);
            return;
        }
        storeStatic(id);
    }

    private void storeStatic(Identifier id) {
        Resolution r = id.resolution;
        buf.position(id.line, id.column);
        if (r == null || r.kind() == Resolution.Kind.GLOBAL) {
            buf.emit(Opcode.STA_GLOBAL, buf.constant(id.name), fb());
            return;
        }
        Binding b = r.binding();
        if (b.needsTdzCheck) {
            int mark = buf.mark();
            int v = buf.temp();
            buf.emit(Opcode.STA, v);
            loadBinding(b);
            buf.emit(Opcode.CHECK_HOLE, buf.constant(id.name));
            buf.emit(Opcode.LDA, v);
            buf.release(mark);
        }
        if (b.isConst()) {
            if (b.kind == Binding.Kind.FUNCTION_NAME) {
                if (fn.strict) buf.emit(Opcode.THROW_CONST_ASSIGN, buf.constant(id.name));
                return;
            }
            buf.emit(Opcode.THROW_CONST_ASSIGN, buf.constant(id.name));
            return;
        }
        if (b.register >= 0) buf.emit(Opcode.STA, b.register);
        else buf.emit(Opcode.STA_CONTEXT, fn.contextDepthTo(b), b.contextSlot);
    }

    /** Loads a pseudo-variable (this, new.target …) used at node. */
    private void loadPseudo(Node at, String name, boolean checkThis) {
        Identifier id = ScopeAnalyzer.syntheticUse(at, name);
        if (id == null || id.resolution == null || id.resolution.kind() == Resolution.Kind.GLOBAL) {
            if (ScopeAnalyzer.THIS.equals(name)) {
                // The script's this: its register at top level, the global this from nested arrows.
                Binding b = id != null && id.resolution != null ? id.resolution.binding() : null;
                if (b != null && b.register >= 0 && fn.function.scope == b.scope) { buf.emit(Opcode.LDA, b.register); return; }
                buf.emit(Opcode.CALL_RUNTIME, RuntimeFunction.GLOBAL_THIS.ordinal(), 0, 0);
                return;
            }
            buf.emit(Opcode.LDA_UNDEFINED);
            return;
        }
        Binding b = id.resolution.binding();
        loadBinding(b);
        if (checkThis && isDerivedConstructorBinding(b)) buf.emit(Opcode.CHECK_HOLE, buf.constant("this"));
    }

    private static boolean isDerivedConstructorBinding(Binding b) {
        return b.scope.function != null && b.scope.function.kind == FunctionKind.DERIVED_CONSTRUCTOR;
    }

    private void loadSynthetic(Node at, String name) {
        Identifier id = ScopeAnalyzer.syntheticUse(at, name);
        if (id == null || id.resolution == null || id.resolution.binding() == null) {
            throw new SyntaxErrorException("Private field '" + name + "' must be declared in an enclosing class", fn.sourceName, at.line, at.column);
        }
        loadBinding(id.resolution.binding());
    }

    private void storePseudo(Node at, String name) {
        Identifier id = ScopeAnalyzer.syntheticUse(at, name);
        Binding b = id.resolution.binding();
        if (b.register >= 0) buf.emit(Opcode.STA, b.register);
        else buf.emit(Opcode.STA_CONTEXT, fn.contextDepthTo(b), b.contextSlot);
    }

    // ---- Operators ----

    private void unary(Unary u) {
        switch (u.operator) {
            case "typeof" -> {
                if (u.operand instanceof Identifier id && id.withObjects != null) { withLookup(id, null, true); return; }
                if (u.operand instanceof Identifier id && (id.resolution == null || id.resolution.kind() == Resolution.Kind.GLOBAL)) {
                    buf.emit(Opcode.TYPEOF_GLOBAL, buf.constant(id.name));
                    return;
                }
                emit(u.operand);
                buf.emit(Opcode.TYPEOF);
            }
            case "delete" -> delete(u);
            case "void" -> { emit(u.operand); buf.emit(Opcode.LDA_UNDEFINED); }
            case "!" -> { emit(u.operand); buf.emit(Opcode.NOT); }
            case "-" -> {
                if (u.operand instanceof NumberLiteral n) { number(-n.value); return; }
                emit(u.operand); buf.position(u.line, u.column); buf.emit(Opcode.NEGATE, fb());
            }
            case "+" -> { emit(u.operand); buf.position(u.line, u.column); buf.emit(Opcode.TO_NUMBER, fb()); }
            case "~" -> { emit(u.operand); buf.position(u.line, u.column); buf.emit(Opcode.BIT_NOT, fb()); }
            default -> throw new IllegalStateException("unary " + u.operator);
        }
    }

    /** delete of a name no with object supplies: a global object property, else false (a binding). */
    private void deleteStatic(Identifier id) {
        if (id.resolution == null || id.resolution.kind() == Resolution.Kind.GLOBAL) {
            // Sloppy `delete x` on a global: deletes the global object's property if configurable.
            int mark = buf.mark();
            int g = buf.temp();
            loadPseudoGlobalObject(g);
            buf.emit(Opcode.LDA_CONST, buf.constant(id.name));
            buf.emit(Opcode.DELETE_KEYED, g);
            buf.release(mark);
        } else {
            buf.emit(Opcode.LDA_FALSE);
        }
    }

    private void delete(Unary u) {
        Expr target = u.operand;
        while (target instanceof Parenthesized p) target = p.expression;
        int mark = buf.mark();
        switch (target) {
            case Member m -> {
                int obj = objectOf(m.object, m.optional);
                buf.emit(Opcode.LDA_CONST, buf.constant(m.name));
                buf.position(u.line, u.column);
                buf.emit(Opcode.DELETE_KEYED, obj);
            }
            case Index i -> {
                int obj = objectOf(i.object, i.optional);
                emit(i.key);
                buf.position(u.line, u.column);
                buf.emit(Opcode.DELETE_KEYED, obj);
            }
            case OptionalChain o -> {
                Label saved = optionalExit;
                optionalExit = new Label();
                delete(new Unary("delete", o.expression));
                Label end = new Label();
                buf.emitJump(Opcode.JUMP, end);
                buf.bind(optionalExit);
                buf.emit(Opcode.LDA_TRUE);
                buf.bind(end);
                optionalExit = saved;
            }
            case Identifier id -> {
                // A with object or eval var object that has the name loses it.
                Label done = new Label();
                if (id.withObjects != null) {
                    int obj = buf.temp(), args = buf.temps(2);
                    for (Binding wb : id.withObjects) {
                        Label next = new Label();
                        withObjectHas(wb, id.name, obj, args, next);
                        buf.emit(Opcode.LDA_CONST, buf.constant(id.name));
                        buf.emit(Opcode.DELETE_KEYED, obj);
                        buf.emitJump(Opcode.JUMP, done);
                        buf.bind(next);
                    }
                }
                deleteStatic(id);
                buf.bind(done);
            }
            case SuperMember s -> {
                if (s.key != null) emit(s.key);
                buf.emit(Opcode.CALL_RUNTIME, RuntimeFunction.DELETE_SUPER.ordinal(), 0, 0);
            }
            default -> { emit(target); buf.emit(Opcode.LDA_TRUE); }
        }
        buf.release(mark);
    }

    /** Loads globalThis into register r (by the global name lookup, which cannot be shadowed here). */
    private void loadPseudoGlobalObject(int r) {
        buf.emit(Opcode.LDA_GLOBAL, buf.constant("globalThis"), fb());
        buf.emit(Opcode.STA, r);
    }

    static Opcode binaryOpcode(String op) {
        return switch (op) {
            case "+" -> Opcode.ADD; case "-" -> Opcode.SUB; case "*" -> Opcode.MUL; case "/" -> Opcode.DIV;
            case "%" -> Opcode.MOD; case "**" -> Opcode.EXP;
            case "&" -> Opcode.BIT_AND; case "|" -> Opcode.BIT_OR; case "^" -> Opcode.BIT_XOR;
            case "<<" -> Opcode.SHL; case ">>" -> Opcode.SAR; case ">>>" -> Opcode.SHR;
            case "==", "!=" -> Opcode.EQ; case "===", "!==" -> Opcode.STRICT_EQ;
            case "<" -> Opcode.LT; case ">" -> Opcode.GT; case "<=" -> Opcode.LE; case ">=" -> Opcode.GE;
            case "in" -> Opcode.IN; case "instanceof" -> Opcode.INSTANCEOF;
            default -> throw new IllegalStateException("binary " + op);
        };
    }

    private void binary(Binary b) {
        int mark = buf.mark();
        if (b.operator.equals("+") && b.right instanceof NumberLiteral n && (int) n.value == n.value
                && Math.abs(n.value) < (1 << 20) && Double.doubleToRawLongBits(n.value) != Long.MIN_VALUE) {
            emit(b.left);
            buf.position(b.line, b.column);
            buf.emit(Opcode.ADD_SMI, (int) n.value, fb());
            return;
        }
        int left = localRegisterOf(b.left);
        if (left < 0 || !cannotAssign(b.right)) {
            emit(b.left);
            left = buf.temp();
            buf.emit(Opcode.STA, left);
        }
        emit(b.right);
        buf.position(b.line, b.column);
        buf.emit(binaryOpcode(b.operator), left, fb());
        if (b.operator.equals("!=") || b.operator.equals("!==")) buf.emit(Opcode.NOT);
        buf.release(mark);
    }

    /**
     * The register of a local variable that can be read in place as an operand (no TDZ check, not
     * captured), or -1. Reading it in place is only correct when the other operand cannot assign it,
     * which {@link #cannotAssign} checks.
     */
    int localRegisterOf(Expr e) {
        while (e instanceof Parenthesized p) e = p.expression;
        if (e instanceof Identifier id && id.withObjects == null && id.resolution != null && id.resolution.kind() == Resolution.Kind.REGISTER) {
            Binding b = id.resolution.binding();
            if (!b.needsTdzCheck) return b.register;
        }
        if (e instanceof This t) {
            // A function's own this: set on entry and never assigned, except by super() in a derived constructor.
            Identifier id = ScopeAnalyzer.syntheticUse(t, ScopeAnalyzer.THIS);
            if (id != null && id.resolution != null && id.resolution.kind() == Resolution.Kind.REGISTER) {
                Binding b = id.resolution.binding();
                if (b.register >= 0 && !isDerivedConstructorBinding(b)) return b.register;
            }
        }
        return -1;
    }

    /** True when evaluating e cannot assign a local register: no assignment or update anywhere in it
     *  (calls cannot reach an uncaptured local). Conservative: false for anything unusual. */
    static boolean cannotAssign(Expr e) {
        return switch (e) {
            case NumberLiteral n -> true;
            case StringLiteral s -> true;
            case BooleanLiteral b -> true;
            case NullLiteral n -> true;
            case BigIntLiteral b -> true;
            case Identifier id -> true;
            case This t -> true;
            case Member m -> cannotAssign(m.object);
            case Index i -> cannotAssign(i.object) && cannotAssign(i.key);
            case Binary b -> cannotAssign(b.left) && cannotAssign(b.right);
            case Unary u -> !u.operator.equals("delete") && cannotAssign(u.operand);
            case Parenthesized p -> cannotAssign(p.expression);
            case Call c -> cannotAssign(c.callee) && c.arguments.stream().allMatch(a -> !(a instanceof Spread) && cannotAssign(a));
            case Conditional c -> cannotAssign(c.test) && cannotAssign(c.consequent) && cannotAssign(c.alternate);
            case Logical l -> cannotAssign(l.left) && cannotAssign(l.right);
            default -> false;
        };
    }

    /** An expression whose value is not used: postfix updates need no old value then. */
    void emitForEffect(Expr e) {
        if (e instanceof Update u && !u.prefix) {
            update(u, true);
            return;
        }
        emit(e);
    }

    private void logical(Logical l) {
        Label end = new Label();
        emit(l.left);
        switch (l.operator) {
            case "&&" -> buf.emitJump(Opcode.JUMP_IF_FALSE, end);
            case "||" -> buf.emitJump(Opcode.JUMP_IF_TRUE, end);
            default -> buf.emitJump(Opcode.JUMP_IF_NOT_NULLISH, end);
        }
        emit(l.right);
        buf.bind(end);
    }

    /** Evaluates e for a condition: falls through when ToBoolean(e) != jumpIfTrue, else jumps. */
    void emitTest(Expr e, Label target, boolean jumpIfTrue) {
        if (e instanceof Unary u && u.operator.equals("!")) { emitTest(u.operand, target, !jumpIfTrue); return; }
        if (e instanceof Parenthesized p) { emitTest(p.expression, target, jumpIfTrue); return; }
        if (e instanceof Logical l && !l.operator.equals("??")) {
            boolean and = l.operator.equals("&&");
            if (and != jumpIfTrue) {
                // (a && b) jump-if-false: either false jumps. (a || b) jump-if-true: either true jumps.
                emitTest(l.left, target, jumpIfTrue);
                emitTest(l.right, target, jumpIfTrue);
            } else {
                Label skip = new Label();
                emitTest(l.left, skip, !jumpIfTrue);
                emitTest(l.right, target, jumpIfTrue);
                buf.bind(skip);
            }
            return;
        }
        emit(e);
        buf.emitJump(jumpIfTrue ? Opcode.JUMP_IF_TRUE : Opcode.JUMP_IF_FALSE, target);
    }

    // ---- Assignment ----

    private void assign(Assign a) {
        Node target = a.target;
        while (target instanceof Parenthesized p) target = p.expression;
        String op = a.operator;
        if (op.equals("=")) {
            if (target instanceof ObjectPattern || target instanceof ArrayPattern) {
                emit(a.value);
                int mark = buf.mark();
                int v = buf.temp();
                buf.emit(Opcode.STA, v);
                fn.patterns.assign(target);
                buf.emit(Opcode.LDA, v);
                buf.release(mark);
                return;
            }
            Node assignTarget = target;
            Expr savedValue = assignedValue;
            assignedValue = a.value;
            simpleAssign((Expr) target, a.value, () -> {
                Expr v = assignedValue;
                assignedValue = null;
                if (assignTarget instanceof Identifier id) emitNamed(a.value, id.name); else emit(a.value);
                assignedValue = v;
            });
            assignedValue = savedValue;
            return;
        }
        if (op.equals("&&=") || op.equals("||=") || op.equals("??=")) {
            logicalAssign((Expr) target, op, a.value);
            return;
        }
        String binop = op.substring(0, op.length() - 1);
        compoundAssign((Expr) target, binop, a.value, a);
    }

    /**
     * target = value, where value is emitted by the callback after the target's references; valueExpr
     * is the expression it evaluates (null: one that cannot assign a local).
     */
    private void simpleAssign(Expr target, Expr valueExpr, Runnable value) {
        int mark = buf.mark();
        switch (target) {
            case Identifier id -> { value.run(); storeIdentifier(id); }
            case Member m -> {
                int obj = objectOperand(m.object, false, valueExpr);
                value.run();
                buf.position(m.line, m.column);
                if (assignedValue != null) positionAtOperator(m, assignedValue); else positionAtProperty(m);
                buf.emit(Opcode.SET_NAMED, obj, buf.constant(m.name), fb());
            }
            case Index i -> {
                int obj = objectOperand(i.object, false, i.key, valueExpr);
                // The key is converted by the store, after the value is evaluated (as V8 and the spec do).
                int key = valueExpr == null || cannotAssign(valueExpr) ? localRegisterOf(i.key) : -1;
                if (key < 0) {
                    emit(i.key);
                    key = buf.temp();
                    buf.emit(Opcode.STA, key);
                }
                value.run();
                buf.position(i.line, i.column);
                buf.emit(Opcode.SET_KEYED, obj, key, fb());
            }
            case PrivateMember p -> {
                int obj = objectOf(p.object, false);
                int name = buf.temp();
                loadSynthetic(p, "#" + p.name);
                buf.emit(Opcode.STA, name);
                value.run();
                buf.emit(Opcode.SET_PRIVATE, obj, name);
            }
            case SuperMember s -> {
                int thisReg = buf.temp(), home = buf.temp(), key = buf.temp();
                loadPseudo(s, ScopeAnalyzer.THIS, true);
                buf.emit(Opcode.STA, thisReg);
                loadPseudo(s, ScopeAnalyzer.HOME_OBJECT, false);
                buf.emit(Opcode.STA, home);
                if (s.key != null) { emit(s.key); buf.emit(Opcode.TO_PROPERTY_KEY); } else buf.emit(Opcode.LDA_CONST, buf.constant(s.name));
                buf.emit(Opcode.STA, key);
                value.run();
                buf.emit(Opcode.SET_SUPER, thisReg, home, key);
            }
            default -> throw new SyntaxErrorException("Invalid left-hand side in assignment", fn.sourceName, target.line, target.column);
        }
        buf.release(mark);
    }

    /** target = the value in register value (destructuring into private members and super properties). */
    void assignFromRegister(Expr target, int value) {
        simpleAssign(target, null, () -> buf.emit(Opcode.LDA, value));
    }

    /** A reference evaluated once, so that compound assignment and update read and write it. */
    private final class Reference {
        final Expr target;
        int obj = -1, key = -1, home = -1;

        /** value: what is evaluated between the read and the write (null: nothing). */
        Reference(Expr target, Expr value) {
            this.target = target;
            switch (target) {
                case Identifier id -> {}
                case Member m -> obj = objectOperand(m.object, false, value);
                case Index i -> {
                    obj = objectOperand(i.object, false, i.key, value);
                    // Not converted here: the read and the write each convert the key (spec and V8).
                    key = value == null || cannotAssign(value) ? localRegisterOf(i.key) : -1;
                    if (key < 0) {
                        emit(i.key);
                        key = buf.temp();
                        buf.emit(Opcode.STA, key);
                    }
                }
                case PrivateMember p -> {
                    obj = objectOf(p.object, false);
                    key = buf.temp();
                    loadSynthetic(p, "#" + p.name);
                    buf.emit(Opcode.STA, key);
                }
                case SuperMember s -> {
                    obj = buf.temp(); home = buf.temp(); key = buf.temp();
                    loadPseudo(s, ScopeAnalyzer.THIS, true);
                    buf.emit(Opcode.STA, obj);
                    loadPseudo(s, ScopeAnalyzer.HOME_OBJECT, false);
                    buf.emit(Opcode.STA, home);
                    if (s.key != null) { emit(s.key); buf.emit(Opcode.TO_PROPERTY_KEY); } else buf.emit(Opcode.LDA_CONST, buf.constant(s.name));
                    buf.emit(Opcode.STA, key);
                }
                default -> throw new SyntaxErrorException("Invalid left-hand side in assignment", fn.sourceName, target.line, target.column);
            }
        }

        void load() {
            switch (target) {
                case Identifier id -> loadIdentifier(id);
                case Member m -> { buf.position(m.line, m.column); buf.emit(Opcode.GET_NAMED, obj, buf.constant(m.name), fb()); }
                case Index i -> { buf.emit(Opcode.LDA, key); buf.position(i.line, i.column); buf.emit(Opcode.GET_KEYED, obj, fb()); }
                case PrivateMember p -> { buf.emit(Opcode.LDA, key); buf.emit(Opcode.GET_PRIVATE, obj); }
                case SuperMember s -> { buf.emit(Opcode.LDA, key); buf.emit(Opcode.GET_SUPER, obj, home); }
                default -> throw new IllegalStateException();
            }
        }

        void store() {
            switch (target) {
                case Identifier id -> storeIdentifier(id);
                case Member m -> { buf.position(m.line, m.column); buf.emit(Opcode.SET_NAMED, obj, buf.constant(m.name), fb()); }
                case Index i -> { buf.position(i.line, i.column); buf.emit(Opcode.SET_KEYED, obj, key, fb()); }
                case PrivateMember p -> buf.emit(Opcode.SET_PRIVATE, obj, key);
                case SuperMember s -> buf.emit(Opcode.SET_SUPER, obj, home, key);
                default -> throw new IllegalStateException();
            }
        }
    }

    private void compoundAssign(Expr target, String binop, Expr value, Node at) {
        int mark = buf.mark();
        int local = localRegisterOf(target);
        if (local >= 0 && cannotAssign(value)) {
            // x op= value on a local: the operation reads x in place.
            emit(value);
            buf.position(at.line, at.column);
            buf.emit(binaryOpcode(binop), local, fb());
            storeIdentifier((Identifier) target);
            buf.release(mark);
            return;
        }
        Reference ref = new Reference(target, value);
        ref.load();
        int old = buf.temp();
        buf.emit(Opcode.STA, old);
        emit(value);
        buf.position(at.line, at.column);
        buf.emit(binaryOpcode(binop), old, fb());
        ref.store();
        buf.release(mark);
    }

    private void logicalAssign(Expr target, String op, Expr value) {
        int mark = buf.mark();
        Reference ref = new Reference(target, value);
        ref.load();
        Label end = new Label();
        switch (op) {
            case "&&=" -> buf.emitJump(Opcode.JUMP_IF_FALSE, end);
            case "||=" -> buf.emitJump(Opcode.JUMP_IF_TRUE, end);
            default -> buf.emitJump(Opcode.JUMP_IF_NOT_NULLISH, end);
        }
        if (target instanceof Identifier id) emitNamed(value, id.name); else emit(value);
        ref.store();
        buf.bind(end);
        buf.release(mark);
    }

    private void update(Update u, boolean valueUnused) {
        int mark = buf.mark();
        Expr target = u.target;
        while (target instanceof Parenthesized p) target = p.expression;
        Reference ref = new Reference(target, null);
        ref.load();
        buf.position(u.line, u.column);
        int old = -1;
        if (!u.prefix && !valueUnused) {
            buf.emit(Opcode.TO_NUMERIC, fb());
            old = buf.temp();
            buf.emit(Opcode.STA, old);
        }
        buf.emit(u.increment ? Opcode.INC : Opcode.DEC, fb());
        ref.store();
        if (old >= 0) buf.emit(Opcode.LDA, old);
        buf.release(mark);
    }

    // ---- Calls ----

    private void call(Call c) {
        if (c.callee instanceof Identifier id && id.name.equals("eval") && !hasSpread(c.arguments)
                && (id.resolution == null || id.resolution.kind() == Resolution.Kind.GLOBAL)) {
            directEval(c, id);
            return;
        }
        int mark = buf.mark();
        Expr callee = c.callee;
        while (callee instanceof Parenthesized p && !(p.expression instanceof OptionalChain)) callee = p.expression;
        int calleeReg = buf.temp(), thisReg = buf.temp();
        switch (callee) {
            case Member m -> {
                int obj = objectInto(m.object, m.optional, thisReg);
                buf.position(m.line, m.column);
                positionAtProperty(m);
                buf.emit(Opcode.GET_NAMED, obj, buf.constant(m.name), fb());
            }
            case Index i -> {
                int obj = objectInto(i.object, i.optional, thisReg);
                emit(i.key);
                buf.position(i.line, i.column);
                buf.emit(Opcode.GET_KEYED, obj, fb());
            }
            case PrivateMember p -> {
                int obj = objectInto(p.object, p.optional, thisReg);
                loadSynthetic(p, "#" + p.name);
                buf.emit(Opcode.GET_PRIVATE, obj);
            }
            case SuperMember s -> {
                int home = buf.temp();
                loadPseudo(s, ScopeAnalyzer.THIS, true);
                buf.emit(Opcode.STA, thisReg);
                loadPseudo(s, ScopeAnalyzer.HOME_OBJECT, false);
                buf.emit(Opcode.STA, home);
                if (s.key != null) emit(s.key); else buf.emit(Opcode.LDA_CONST, buf.constant(s.name));
                buf.emit(Opcode.GET_SUPER, thisReg, home);
            }
            case Parenthesized p when p.expression instanceof OptionalChain oc
                    && (oc.expression instanceof Member || oc.expression instanceof Index) -> {
                // (o?.f)(): the reference survives the parentheses, so o is this; a short-circuit
                // leaves undefined as the callee (a TypeError at the call).
                Label saved = optionalExit, end = new Label();
                optionalExit = new Label();
                Expr inner = oc.expression;
                Expr object = inner instanceof Member m ? m.object : ((Index) inner).object;
                boolean opt = inner instanceof Member m ? m.optional : ((Index) inner).optional;
                int obj = objectOf(object, opt);
                buf.emit(Opcode.MOV, obj, thisReg);
                if (inner instanceof Member m) buf.emit(Opcode.GET_NAMED, obj, buf.constant(m.name), fb());
                else { emit(((Index) inner).key); buf.emit(Opcode.GET_KEYED, obj, fb()); }
                buf.emitJump(Opcode.JUMP, end);
                buf.bind(optionalExit);
                buf.emit(Opcode.LDA_UNDEFINED);
                buf.bind(end);
                optionalExit = saved;
            }
            case Identifier id when id.withObjects != null -> {
                buf.emit(Opcode.LDA_UNDEFINED);
                buf.emit(Opcode.STA, thisReg);
                withLookup(id, new int[] {thisReg}, false);
            }
            default -> {
                emit(callee);
                if (c.optional) buf.emitJump(Opcode.JUMP_IF_NULLISH, optionalExit);
                buf.emit(Opcode.STA, calleeReg);
                buf.emit(Opcode.LDA_UNDEFINED);
                buf.emit(Opcode.STA, thisReg);
                emitCallWithArguments(c.arguments, calleeReg, thisReg, c);
                buf.release(mark);
                return;
            }
        }
        if (c.optional) buf.emitJump(Opcode.JUMP_IF_NULLISH, optionalExit);
        buf.emit(Opcode.STA, calleeReg);
        emitCallWithArguments(c.arguments, calleeReg, thisReg, c);
        buf.release(mark);
    }

    /**
     * {@code eval(...)} by the name eval: a direct eval when the callee is %eval%. The runtime decides:
     * at script level it runs the code in the global scope with this code's strictness; inside a
     * function it refuses clearly (the function's variables are not reachable from eval code yet).
     * Any other callee is called normally with this = undefined.
     */
    private void directEval(Call c, Identifier id) {
        int mark = buf.mark();
        int first = buf.temps(2 + c.arguments.size());
        loadIdentifier(id);
        buf.emit(Opcode.STA, first);
        if (fn.function.scope.kind == dev.piste.parse.Scope.Kind.SCRIPT) {
            buf.emit(fn.strict ? Opcode.LDA_TRUE : Opcode.LDA_FALSE);
        } else {
            dev.piste.parse.Scope here = fn.activeScopes.get(fn.activeScopes.size() - 1);
            buf.emit(Opcode.LDA_CONST, buf.constant(new BytecodeEmitter.EvalSite(here, fn.strict)));
        }
        buf.emit(Opcode.STA, first + 1);
        for (int i = 0; i < c.arguments.size(); i++) {
            int m2 = buf.mark();
            emit(c.arguments.get(i));
            buf.release(m2);
            buf.emit(Opcode.STA, first + 2 + i);
        }
        buf.position(c.line, c.column);
        buf.emit(Opcode.CALL_RUNTIME, RuntimeFunction.DIRECT_EVAL.ordinal(), first, 2 + c.arguments.size());
        buf.release(mark);
    }

    private static boolean hasSpread(List<Expr> args) {
        for (Expr a : args) if (a instanceof Spread) return true;
        return false;
    }

    /** How V8 names a callee in "x is not a function": identifiers and member chains, else (intermediate value). */
    static String calleeText(Expr e) {
        return switch (e) {
            case Identifier id -> id.name;
            case This t -> "this";
            case Member m -> calleeText(m.object) + "." + m.name;
            case PrivateMember p -> calleeText(p.object) + ".#" + p.name;
            case Index i -> calleeText(i.object) + (i.key instanceof StringLiteral s ? "." + s.value
                : "[" + (i.key instanceof Identifier k ? k.name : i.key instanceof NumberLiteral n ? dev.piste.runtime.ops.NumberConversions.toString(n.value) : "...") + "]");
            case Call c -> calleeText(c.callee) + "(...)";
            case Parenthesized p -> calleeText(p.expression);
            case OptionalChain o -> calleeText(o.expression);
            case SuperMember s -> "super." + (s.name != null ? s.name : "[...]");
            case NumberLiteral n -> dev.piste.runtime.ops.NumberConversions.toString(n.value);
            case StringLiteral s -> "\"" + s.value + "\"";
            case ObjectLiteral o when o.properties.isEmpty() -> "{}";
            default -> "(intermediate value)";
        };
    }

    private void emitCallWithArguments(List<Expr> args, int calleeReg, int thisReg, Node at) {
        if (at instanceof Call c) pendingCallee = calleeText(c.callee);
        if (hasSpread(args)) {
            int arr = argumentArray(args);
            buf.calleeText(pendingCallee);
            positionCall(at);
            buf.emit(Opcode.CALL_SPREAD, calleeReg, thisReg, arr, fb());
            return;
        }
        int first = argumentRegisters(args);
        buf.calleeText(pendingCallee);
        positionCall(at);
        buf.emit(Opcode.CALL, calleeReg, thisReg, first, args.size(), fb());
    }

    /** A call reports the position of its callee's property name when it calls a method (as V8 does). */
    private void positionCall(Node at) {
        buf.position(at.line, at.column);
        if (at instanceof Call c) {
            Expr callee = c.callee;
            while (callee instanceof Parenthesized p) callee = p.expression;
            if (callee instanceof Member m) positionAtProperty(m);
        }
    }

    private String pendingCallee;

    /** Evaluates arguments into consecutive registers; returns the first. */
    private int argumentRegisters(List<Expr> args) {
        int[] regs = new int[args.size()];
        for (int i = 0; i < args.size(); i++) {
            int local = localRegisterOf(args.get(i));
            if (local >= 0) {
                regs[i] = buf.temp();
                buf.emit(Opcode.MOV, local, regs[i]);
                continue;
            }
            emit(args.get(i));
            regs[i] = buf.temp();
            buf.emit(Opcode.STA, regs[i]);
        }
        if (args.isEmpty()) return buf.mark();
        // Temporaries are taken in order and nothing is released in between, so they are consecutive
        // unless nested expressions kept temporaries; copy into a fresh block then.
        boolean consecutive = true;
        for (int i = 1; i < regs.length; i++) if (regs[i] != regs[0] + i) consecutive = false;
        if (consecutive) return regs[0];
        int first = buf.temps(regs.length);
        for (int i = 0; i < regs.length; i++) buf.emit(Opcode.MOV, regs[i], first + i);
        return first;
    }

    /** Builds an array of the arguments, expanding spreads; returns its register. */
    private int argumentArray(List<Expr> args) {
        int arr = buf.temp();
        buf.emit(Opcode.CREATE_ARRAY);
        buf.emit(Opcode.STA, arr);
        for (Expr a : args) {
            if (a instanceof Spread s) {
                emit(s.argument);
                buf.position(s.line, s.column);
                buf.calleeText(dev.piste.runtime.ops.Iterators.SPREAD_ARGUMENT);
                buf.emit(Opcode.ARRAY_SPREAD, arr);
            } else {
                emit(a);
                buf.emit(Opcode.ARRAY_PUSH, arr);
            }
        }
        return arr;
    }

    private void newExpression(New n) {
        int mark = buf.mark();
        emit(n.callee);
        int callee = buf.temp();
        buf.emit(Opcode.STA, callee);
        if (hasSpread(n.arguments)) {
            int arr = argumentArray(n.arguments);
            buf.calleeText(calleeText(n.callee));
            buf.position(n.line, n.column);
            buf.emit(Opcode.NEW_SPREAD, callee, arr, fb());
        } else {
            int first = argumentRegisters(n.arguments);
            buf.calleeText(calleeText(n.callee));
            buf.position(n.line, n.column);
            buf.emit(Opcode.NEW, callee, first, n.arguments.size(), fb());
        }
        buf.release(mark);
    }

    private void superMember(SuperMember s) {
        int mark = buf.mark();
        int thisReg = buf.temp(), home = buf.temp();
        loadPseudo(s, ScopeAnalyzer.THIS, true);
        buf.emit(Opcode.STA, thisReg);
        loadPseudo(s, ScopeAnalyzer.HOME_OBJECT, false);
        buf.emit(Opcode.STA, home);
        if (s.key != null) emit(s.key); else buf.emit(Opcode.LDA_CONST, buf.constant(s.name));
        buf.position(s.line, s.column);
        buf.emit(Opcode.GET_SUPER, thisReg, home);
        buf.release(mark);
    }

    private void superCall(SuperCall s) {
        int mark = buf.mark();
        int func = buf.temp(), newTarget = buf.temp();
        loadPseudo(s, ScopeAnalyzer.FUNCTION, false);
        buf.emit(Opcode.STA, func);
        loadPseudo(s, ScopeAnalyzer.NEW_TARGET, false);
        buf.emit(Opcode.STA, newTarget);
        if (hasSpread(s.arguments)) {
            int arr = argumentArray(s.arguments);
            buf.position(s.line, s.column);
            buf.emit(Opcode.SUPER_CALL_SPREAD, func, newTarget, arr, fb());
        } else {
            int first = argumentRegisters(s.arguments);
            buf.position(s.line, s.column);
            buf.emit(Opcode.SUPER_CALL, func, newTarget, first, s.arguments.size(), fb());
        }
        int result = buf.temp();
        buf.emit(Opcode.STA, result);
        // Binding this twice is a ReferenceError; then the class's fields are initialized on the new this.
        Identifier thisUse = ScopeAnalyzer.syntheticUse(s, ScopeAnalyzer.THIS);
        int[] args = {buf.temps(2)};
        loadBinding(thisUse.resolution.binding());
        buf.emit(Opcode.STA, args[0]);
        buf.emit(Opcode.CALL_RUNTIME, RuntimeFunction.CHECK_THIS_NOT_INITIALIZED.ordinal(), args[0], 1);
        buf.emit(Opcode.LDA, result);
        storePseudo(s, ScopeAnalyzer.THIS);
        buf.emit(Opcode.MOV, func, args[0]);
        buf.emit(Opcode.MOV, result, args[0] + 1);
        buf.emit(Opcode.CALL_RUNTIME, RuntimeFunction.INITIALIZE_INSTANCE.ordinal(), args[0], 2);
        buf.emit(Opcode.LDA, result);
        buf.release(mark);
    }

    // ---- Tagged templates ----

    private void taggedTemplate(TaggedTemplate t) {
        int mark = buf.mark();
        int calleeReg = buf.temp(), thisReg = buf.temp();
        Expr tag = t.tag;
        while (tag instanceof Parenthesized p) tag = p.expression;
        if (tag instanceof Member m) {
            int obj = objectOf(m.object, false);
            buf.emit(Opcode.MOV, obj, thisReg);
            buf.emit(Opcode.GET_NAMED, obj, buf.constant(m.name), fb());
        } else if (tag instanceof Index i) {
            int obj = objectOf(i.object, false);
            buf.emit(Opcode.MOV, obj, thisReg);
            emit(i.key);
            buf.emit(Opcode.GET_KEYED, obj, fb());
        } else {
            emit(tag);
            buf.emit(Opcode.STA, calleeReg);
            buf.emit(Opcode.LDA_UNDEFINED);
            buf.emit(Opcode.STA, thisReg);
            buf.emit(Opcode.LDA, calleeReg);
        }
        buf.emit(Opcode.STA, calleeReg);
        int first = buf.temps(1 + t.quasi.expressions.size());
        buf.emit(Opcode.GET_TEMPLATE_OBJECT, buf.constant(new TemplateSites.Site(t.quasi.cooked, t.quasi.raw)));
        buf.emit(Opcode.STA, first);
        for (int i = 0; i < t.quasi.expressions.size(); i++) {
            int m2 = buf.mark();
            emit(t.quasi.expressions.get(i));
            buf.release(m2);
            buf.emit(Opcode.STA, first + 1 + i);
        }
        buf.position(t.line, t.column);
        buf.emit(Opcode.CALL, calleeReg, thisReg, first, 1 + t.quasi.expressions.size(), fb());
        buf.release(mark);
    }

    // ---- Functions and classes ----

    /** Creates a closure for fn (compiled now) in acc. */
    void emitFunction(FunctionNode f, String name) {
        BytecodeFunction compiled = BytecodeEmitter.compileFunction(f, fn.sourceName, fn.source, false, name);
        if (f.functionNameScope != null && f.functionNameScope.createsContext()) {
            // The name of a function expression is bound in a scope of its own, between the closure and
            // its surroundings: push it, create the closure in it, and bind the name.
            buf.emit(Opcode.PUSH_CONTEXT, f.functionNameScope.contextSize);
            buf.emit(Opcode.CREATE_CLOSURE, buf.constant(compiled));
            Binding b = f.functionNameScope.bindings.get(f.name);
            buf.emit(Opcode.STA_CONTEXT, 0, b.contextSlot);
            buf.emit(Opcode.POP_CONTEXT);
            return;
        }
        buf.emit(Opcode.CREATE_CLOSURE, buf.constant(compiled));
    }

    /** Creates a method closure; the home object is set by the definition (DEFINE_* or the runtime). */
    void emitMethod(FunctionNode f, String name, int homeObject) {
        emitFunction(f, name);
        methodHome(homeObject);
    }

    /** Sets the home object of the closure in acc (for super property access). */
    void methodHome(int homeObject) {
        int mark = buf.mark();
        int args = buf.temps(3);
        buf.emit(Opcode.STA, args + 2);
        buf.emit(Opcode.MOV, homeObject, args);
        buf.emit(Opcode.LDA_UNDEFINED);
        buf.emit(Opcode.STA, args + 1);
        // DEFINE_METHOD with an undefined key only sets the home object (see RuntimeCalls).
        buf.emit(Opcode.CALL_RUNTIME, RuntimeFunction.DEFINE_METHOD.ordinal(), args, 3);
        buf.emit(Opcode.LDA, args + 2);
        buf.release(mark);
    }

    void emitClass(ClassNode c, String name) {
        new ClassEmitter(fn, this).emit(c, name);
    }

    // ---- Generators and async ----

    private boolean inAsyncGenerator() { return fn.function.isAsync && fn.function.isGenerator; }

    private void emitYield(Yield y) {
        if (y.delegate) {
            yieldStar(y);
            return;
        }
        if (y.argument != null) emit(y.argument); else buf.emit(Opcode.LDA_UNDEFINED);
        // An async generator awaits the operand before yielding it.
        if (inAsyncGenerator()) awaitAcc(y);
        emitSuspend(Opcode.SUSPEND, y);
    }

    /** Await(acc): suspends until it settles; continues with the value or throws the reason. */
    void awaitAcc(Node at) { emitSuspend(Opcode.AWAIT, at); }

    /**
     * yield*: forwards next/throw/return to the inner iterator until it is done. The inner results are
     * yielded as they are (not re-wrapped); a return() that completes makes this generator return.
     */
    private void yieldStar(Yield y) {
        int mark = buf.mark();
        emit(y.argument);
        int args = buf.temps(4);
        boolean async = inAsyncGenerator();
        buf.position(y.line, y.column);
        // In an async generator the inner iterator is async (or a wrapped sync one), each step's
        // result is awaited, and the inner values are yielded as the generator's own.
        buf.emit(async ? Opcode.GET_ASYNC_ITERATOR : Opcode.GET_ITERATOR, args);
        buf.emit(Opcode.LDA_UNDEFINED);
        buf.emit(Opcode.STA, args + 2);
        buf.emit(Opcode.LDA_SMI, 0);
        buf.emit(Opcode.STA, args + 3);
        Label loop = new Label(), done = new Label(), returned = new Label();
        buf.bind(loop);
        buf.emit(Opcode.CALL_RUNTIME, RuntimeFunction.YIELD_STAR_STEP.ordinal(), args, 4);
        int result = buf.temp();
        if (async) {
            awaitAcc(y);
            buf.emit(Opcode.STA, result);
            buf.emit(Opcode.CALL_RUNTIME, RuntimeFunction.THROW_IF_NOT_OBJECT.ordinal(), result, 1);
        }
        buf.emit(Opcode.STA, result);
        buf.emit(Opcode.GET_NAMED, result, buf.constant("done"), fb());
        buf.emitJump(Opcode.JUMP_IF_TRUE, done);
        if (async) {
            buf.emit(Opcode.GET_NAMED, result, buf.constant("value"), fb());
            buf.emit(Opcode.SUSPEND, args + 3, 0);
        } else {
            buf.emit(Opcode.LDA, result);
            buf.emit(Opcode.SUSPEND, args + 3, 1);
        }
        buf.emit(Opcode.STA, args + 2);
        buf.emitJump(Opcode.JUMP, loop);
        buf.bind(done);
        buf.emit(Opcode.GET_NAMED, result, buf.constant("value"), fb());
        buf.emitJump(Opcode.JUMP_IF_REG_SMI, returned, args + 3, 2);
        Label end = new Label();
        buf.emitJump(Opcode.JUMP, end);
        buf.bind(returned);
        fn.emitReturn();
        buf.bind(end);
        buf.release(mark);
    }

    private void await(Await a) {
        emit(a.argument);
        emitSuspend(Opcode.AWAIT, a);
    }

    /** Suspends with acc; on resume dispatches on the mode: next continues, throw throws, return returns. */
    private void emitSuspend(Opcode op, Node at) {
        int mark = buf.mark();
        int mode = buf.temp();
        buf.position(at.line, at.column);
        if (op == Opcode.SUSPEND) buf.emit(op, mode, 0); else buf.emit(op, mode);
        Label next = new Label();
        buf.emitJump(Opcode.JUMP_IF_REG_SMI, next, mode, 0);
        if (op == Opcode.AWAIT) {
            // An await resumes with a value (next) or a reason (throw), never with return.
            buf.emit(Opcode.THROW);
            buf.bind(next);
            buf.release(mark);
            return;
        }
        Label doReturn = new Label();
        buf.emitJump(Opcode.JUMP_IF_REG_SMI, doReturn, mode, 2);
        buf.emit(Opcode.THROW);
        buf.bind(doReturn);
        // return() on an async generator suspended at a yield awaits the value first.
        if (op == Opcode.SUSPEND && inAsyncGenerator()) awaitAcc(at);
        fn.emitReturn();
        buf.bind(next);
        buf.release(mark);
    }
}
