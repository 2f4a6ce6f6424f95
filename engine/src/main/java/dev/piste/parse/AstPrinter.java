package dev.piste.parse;

import dev.piste.parse.Ast.*;
import java.util.List;

/**
 * Prints an AST as an S-expression, for {@code --print-ast} and for parser tests. The format is
 * {@code (Kind attributes... children...)}; identifiers print bare ({@code x}), strings quoted
 * ({@code "x"}), numbers in JavaScript form ({@code 1}, {@code 0.5}), absent children as {@code _}.
 * Example: {@code let a = 1 + b;} prints as {@code (Program (Let (Declarator a (Binary + 1 b))))}.
 * Positions are not printed; {@link #printWithPositions} adds {@code @line:column} to every node.
 */
public final class AstPrinter {
    private final StringBuilder out = new StringBuilder();
    private final boolean positions;

    private AstPrinter(boolean positions) {
        this.positions = positions;
    }

    public static String print(Node node) {
        AstPrinter printer = new AstPrinter(false);
        printer.node(node);
        return printer.out.toString();
    }

    public static String printWithPositions(Node node) {
        AstPrinter printer = new AstPrinter(true);
        printer.node(node);
        return printer.out.toString();
    }

    private void open(String kind, Node node) {
        out.append('(').append(kind);
        if (positions) out.append('@').append(node.line).append(':').append(node.column);
    }

    private void close() {
        out.append(')');
    }

    private void text(String s) {
        out.append(' ').append(s);
    }

    private void child(Node node) {
        out.append(' ');
        node(node);
    }

    private void children(List<? extends Node> nodes) {
        for (Node n : nodes) child(n);
    }

    private void list(String kind, List<? extends Node> nodes) {
        out.append(" (").append(kind);
        children(nodes);
        out.append(')');
    }

    static String quote(String s) {
        if (s == null) return "_";
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    static String number(double value) {
        if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e21) {
            if (value == 0 && 1 / value < 0) return "-0";
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    private void node(Node node) {
        if (node == null) {
            out.append('_');
            return;
        }
        switch (node) {
            case NumberLiteral n -> atom(number(n.value), n);
            case BigIntLiteral b -> atom(b.value + "n", b);
            case NativeCall n -> atom("%" + n.name + "(" + n.arguments.size() + " args)", n);
            case StringLiteral s -> atom(quote(s.value), s);
            case BooleanLiteral b -> atom(Boolean.toString(b.value), b);
            case NullLiteral n -> atom("null", n);
            case Identifier id -> atom(id.name, id);
            case This t -> atom("this", t);
            case NewTarget t -> atom("new.target", t);
            case RegExpLiteral r -> { open("RegExp", r); text(quote(r.pattern)); text(quote(r.flags)); close(); }
            case TemplateLiteral t -> {
                open("Template", t);
                for (int i = 0; i < t.raw.size(); i++) {
                    text(quote(t.cooked.get(i)));
                    if (!t.raw.get(i).equals(t.cooked.get(i))) text("raw=" + quote(t.raw.get(i)));
                    if (i < t.expressions.size()) child(t.expressions.get(i));
                }
                close();
            }
            case TaggedTemplate t -> { open("Tagged", t); child(t.tag); child(t.quasi); close(); }
            case SuperMember s -> {
                open("SuperMember", s);
                if (s.name != null) text(s.name); else child(s.key);
                close();
            }
            case SuperCall s -> { open("SuperCall", s); children(s.arguments); close(); }
            case ArrayLiteral a -> { open("Array", a); children(a.elements); close(); }
            case ObjectLiteral o -> { open("Object", o); children(o.properties); close(); }
            case Property p -> {
                open("Property", p);
                text(p.kind.name().toLowerCase());
                if (p.computed) text("computed");
                if (p.shorthand) text("shorthand");
                if (p.method) text("method");
                if (p.key != null) child(p.key);
                child(p.value);
                close();
            }
            case FunctionExpr f -> child0(f.function);
            case ClassExpr c -> child0(c.classNode);
            case Unary u -> { open("Unary", u); text(u.operator); child(u.operand); close(); }
            case Update u -> { open("Update", u); text((u.prefix ? "prefix " : "postfix ") + (u.increment ? "++" : "--")); child(u.target); close(); }
            case Binary b -> { open("Binary", b); text(b.operator); child(b.left); child(b.right); close(); }
            case Logical l -> { open("Logical", l); text(l.operator); child(l.left); child(l.right); close(); }
            case PrivateIn p -> { open("PrivateIn", p); text("#" + p.name); child(p.object); close(); }
            case Conditional c -> { open("Conditional", c); child(c.test); child(c.consequent); child(c.alternate); close(); }
            case Assign a -> { open("Assign", a); text(a.operator); child(a.target); child(a.value); close(); }
            case Sequence s -> { open("Sequence", s); children(s.expressions); close(); }
            case Member m -> { open(m.optional ? "Member?." : "Member", m); child(m.object); text(m.name); close(); }
            case Index i -> { open(i.optional ? "Index?." : "Index", i); child(i.object); child(i.key); close(); }
            case PrivateMember p -> { open(p.optional ? "PrivateMember?." : "PrivateMember", p); child(p.object); text("#" + p.name); close(); }
            case Call c -> { open(c.optional ? "Call?." : "Call", c); child(c.callee); children(c.arguments); close(); }
            case OptionalChain o -> { open("OptionalChain", o); child(o.expression); close(); }
            case New n -> { open("New", n); child(n.callee); children(n.arguments); close(); }
            case Spread s -> { open("Spread", s); child(s.argument); close(); }
            case Yield y -> { open(y.delegate ? "Yield*" : "Yield", y); if (y.argument != null) child(y.argument); close(); }
            case Await a -> { open("Await", a); child(a.argument); close(); }
            case Parenthesized p -> { open("Paren", p); child(p.expression); close(); }
            case DefaultValue d -> { open("Default", d); child(d.target); child(d.defaultValue); close(); }
            case PatternProperty p -> {
                open("PatternProperty", p);
                if (p.computed) text("computed");
                child(p.key);
                child(p.target);
                close();
            }
            case ObjectPattern p -> {
                open("ObjectPattern", p);
                children(p.properties);
                if (p.rest != null) { text("..."); child(p.rest); }
                close();
            }
            case ArrayPattern p -> {
                open("ArrayPattern", p);
                children(p.elements);
                if (p.rest != null) { text("..."); child(p.rest); }
                close();
            }
            case ExpressionStmt e -> { open("Expr", e); child(e.expression); close(); }
            case Declarator d -> {
                open("Declarator", d);
                child(d.target);
                if (d.init != null) child(d.init);
                close();
            }
            case VariableDeclaration v -> {
                String kind = switch (v.kind) { case VAR -> "Var"; case LET -> "Let"; case CONST -> "Const"; };
                open(kind, v);
                children(v.declarators);
                close();
            }
            case FunctionDeclaration f -> child0(f.function);
            case ClassDeclaration c -> child0(c.classNode);
            case Block b -> { open("Block", b); children(b.body); close(); }
            case If i -> { open("If", i); child(i.test); child(i.consequent); if (i.alternate != null) child(i.alternate); close(); }
            case For f -> { open("For", f); child(f.init); child(f.test); child(f.update); child(f.body); close(); }
            case ForInOf f -> {
                open(f.of ? (f.isAwait ? "ForAwaitOf" : "ForOf") : "ForIn", f);
                child(f.left);
                child(f.right);
                child(f.body);
                close();
            }
            case While w -> { open("While", w); child(w.test); child(w.body); close(); }
            case DoWhile d -> { open("DoWhile", d); child(d.body); child(d.test); close(); }
            case SwitchCase c -> {
                open(c.test == null ? "Default" : "Case", c);
                if (c.test != null) child(c.test);
                children(c.body);
                close();
            }
            case Switch s -> { open("Switch", s); child(s.discriminant); children(s.cases); close(); }
            case Labeled l -> { open("Labeled", l); text(l.label); child(l.body); close(); }
            case Break b -> { open("Break", b); if (b.label != null) text(b.label); close(); }
            case Continue c -> { open("Continue", c); if (c.label != null) text(c.label); close(); }
            case Return r -> { open("Return", r); if (r.argument != null) child(r.argument); close(); }
            case Throw t -> { open("Throw", t); child(t.argument); close(); }
            case Try t -> {
                open("Try", t);
                child(t.block);
                if (t.catchBody != null) {
                    out.append(" (Catch");
                    child(t.catchParameter);
                    child(t.catchBody);
                    out.append(')');
                }
                if (t.finallyBody != null) { out.append(" (Finally"); child(t.finallyBody); out.append(')'); }
                close();
            }
            case With w -> { open("With", w); child(w.object); child(w.body); close(); }
            case Empty e -> { open("Empty", e); close(); }
            case Debugger d -> { open("Debugger", d); close(); }
            case ClassMember m -> {
                open(switch (m.kind) {
                    case METHOD -> "Method"; case GETTER -> "Getter"; case SETTER -> "Setter";
                    case FIELD -> "Field"; case STATIC_BLOCK -> "StaticBlock";
                }, m);
                if (m.isStatic && m.kind != ClassMemberKind.STATIC_BLOCK) text("static");
                if (m.computed) text("computed");
                if (m.privateName != null) text("#" + m.privateName); else if (m.key != null) child(m.key);
                if (m.value instanceof FunctionExpr f && m.kind != ClassMemberKind.FIELD) functionParts(f.function);
                else if (m.value != null) child(m.value);
                close();
            }
            case FunctionNode f -> {
                open(f.kind == FunctionKind.ARROW ? "Arrow" : "Function", f);
                if (f.name != null) text(f.name);
                functionParts(f);
                close();
            }
            case ClassNode c -> {
                open("Class", c);
                text(c.name != null ? c.name : "_");
                if (c.superClass != null) { text("extends"); child(c.superClass); }
                if (c.constructor != null) {
                    out.append(" (Constructor");
                    functionParts(c.constructor);
                    out.append(')');
                }
                children(c.members);
                close();
            }
            case Program p -> {
                open("Program", p);
                if (p.strict) text("strict");
                children(p.body);
                close();
            }
        }
    }

    private void child0(Node node) {
        node(node);
    }

    private void atom(String text, Node node) {
        out.append(text);
        if (positions) out.append('@').append(node.line).append(':').append(node.column);
    }

    /** Flags, parameters and body of a function (shared by functions, methods and constructors). */
    private void functionParts(FunctionNode f) {
        if (f.isAsync) text("async");
        if (f.isGenerator) text("generator");
        if (f.strict) text("strict");
        if (f.kind != FunctionKind.NORMAL && f.kind != FunctionKind.ARROW) text(f.kind.name().toLowerCase());
        StringBuilder uses = new StringBuilder();
        if (f.usesThis) uses.append(",this");
        if (f.usesArguments) uses.append(",arguments");
        if (f.usesNewTarget) uses.append(",new.target");
        if (f.usesSuperProperty) uses.append(",super.x");
        if (f.usesSuperCall) uses.append(",super()");
        if (f.containsDirectEval) uses.append(",eval");
        if (!uses.isEmpty()) text("uses=" + uses.substring(1));
        out.append(" (Params");
        children(f.params);
        if (f.restParameter != null) { text("..."); child(f.restParameter); }
        out.append(')');
        if (f.expressionBody != null) child(f.expressionBody);
        else list("Body", f.body);
    }
}
