package dev.piste.parse;

import static org.junit.jupiter.api.Assertions.*;

import dev.piste.parse.Ast.*;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Valid programs: the AST dump of each must match. Dumps were checked by hand against the grammar. */
class ParserTest {
    static final String[][] CASES = {
            {"let a = 1 + b * c;",
             "(Program (Let (Declarator a (Binary + 1 (Binary * b c)))))"},
            {"a\n++b",
             "(Program (Expr a) (Expr (Update prefix ++ b)))"},
            {"x\n(y)",
             "(Program (Expr (Call x y)))"},
            {"a = b\n/hi/g.exec(c)",
             "(Program (Expr (Assign = a (Binary / (Binary / b hi) (Call (Member g exec) c)))))"},
            {"a / b / c",
             "(Program (Expr (Binary / (Binary / a b) c)))"},
            {"x = /re/",
             "(Program (Expr (Assign = x (RegExp \"re\" \"\"))))"},
            {"if (a) /re/.test(b)",
             "(Program (If a (Expr (Call (Member (RegExp \"re\" \"\") test) b))))"},
            {"if (a) {} /re/.test(b)",
             "(Program (If a (Block)) (Expr (Call (Member (RegExp \"re\" \"\") test) b)))"},
            {"++/re/.lastIndex",
             "(Program (Expr (Update prefix ++ (Member (RegExp \"re\" \"\") lastIndex))))"},
            {"x = y / 2 / z",
             "(Program (Expr (Assign = x (Binary / (Binary / y 2) z))))"},
            {"function f() { return\nx }",
             "(Program (Function f (Params) (Body (Return) (Expr x))))"},
            {"function f(a, b = 1, ...c) { return this.x + arguments[0]; }",
             "(Program (Function f uses=this,arguments (Params a (Default b 1) ... c) (Body (Return (Binary + (Member this x) (Index arguments 0))))))"},
            {"var o = {a, b: 2, [c]: 3, get d() { return 1 }, set d(v) {}, async *e() {}, __proto__: null, ...f, 1: 2, \"s\": 3, if: 4}",
             "(Program (Var (Declarator o (Object (Property init shorthand \"a\" a) (Property init \"b\" 2) (Property init computed c 3) (Property getter method \"d\" (Function getter (Params) (Body (Return 1)))) (Property setter method \"d\" (Function setter (Params v) (Body))) (Property init method \"e\" (Function async generator method (Params) (Body))) (Property proto \"__proto__\" null) (Property spread f) (Property init 1 2) (Property init \"s\" 3) (Property init \"if\" 4)))))"},
            {"({a, b: [c, d = 1], ...e} = f)",
             "(Program (Expr (Paren (Assign = (ObjectPattern (PatternProperty \"a\" a) (PatternProperty \"b\" (ArrayPattern c (Default d 1))) ... e) f))))"},
            {"[a, , b = 2, ...c] = d",
             "(Program (Expr (Assign = (ArrayPattern a _ (Default b 2) ... c) d)))"},
            {"({a = 1, b: {c} = {}} = d)",
             "(Program (Expr (Paren (Assign = (ObjectPattern (PatternProperty \"a\" (Default a 1)) (PatternProperty \"b\" (Default (ObjectPattern (PatternProperty \"c\" c)) (Object)))) d))))"},
            {"[(a), b.c, d[0]] = e",
             "(Program (Expr (Assign = (ArrayPattern a (Member b c) (Index d 0)) e)))"},
            {"({__proto__: a, __proto__: b} = x)",
             "(Program (Expr (Paren (Assign = (ObjectPattern (PatternProperty \"__proto__\" a) (PatternProperty \"__proto__\" b)) x))))"},
            {"class A extends B { #x = 1; static y; constructor() { super(); } get z() { return this.#x } static { this.q = 1 } m() { return #x in this } }",
             "(Program (Class A extends B (Constructor strict derived_constructor uses=super() (Params) (Body (Expr (SuperCall)))) (Field #x 1) (Field static \"y\") (Getter \"z\" strict getter uses=this (Params) (Body (Return (PrivateMember this #x)))) (StaticBlock strict class_initializer uses=this (Params) (Body (Expr (Assign = (Member this q) 1)))) (Method \"m\" strict method uses=this (Params) (Body (Return (PrivateIn #x this))))))"},
            {"class C { static async *m() {} 'quoted'() {} 42() {} [k] = 1; static get #p() { return 1 } static set #p(v) {} }",
             "(Program (Class C (Method static \"m\" async generator strict method (Params) (Body)) (Method \"quoted\" strict method (Params) (Body)) (Method 42 strict method (Params) (Body)) (Field computed k 1) (Getter static #p strict getter (Params) (Body (Return 1))) (Setter static #p strict setter (Params v) (Body))))"},
            {"x = class { }",
             "(Program (Expr (Assign = x (Class _))))"},
            {"`a${b}c${`d${e}`}`",
             "(Program (Expr (Template \"a\" b \"c\" (Template \"d\" e \"\") \"\")))"},
            {"tag`\\unicode and \\u{55}`",
             "(Program (Expr (Tagged tag (Template _ raw=\"\\\\unicode and \\\\u{55}\"))))"},
            {"`line1\r\nline2`",
             "(Program (Expr (Template \"line1\\nline2\")))"},
            {"a?.b.c(d)?.[e]",
             "(Program (Expr (OptionalChain (Index?. (Call (Member (Member?. a b) c) d) e))))"},
            {"(a?.b).c",
             "(Program (Expr (Member (Paren (OptionalChain (Member?. a b))) c)))"},
            {"a?.()",
             "(Program (Expr (OptionalChain (Call?. a))))"},
            {"async (a, b) => a + b",
             "(Program (Expr (Arrow async (Params a b) (Binary + a b))))"},
            {"async x => await x",
             "(Program (Expr (Arrow async (Params x) (Await x))))"},
            {"async\nfunction f() {}",
             "(Program (Expr async) (Function f (Params) (Body)))"},
            {"x => y => x + y",
             "(Program (Expr (Arrow (Params x) (Arrow (Params y) (Binary + x y)))))"},
            {"() => {}",
             "(Program (Expr (Arrow (Params) (Body))))"},
            {"(a, {b}, [c] = [], ...d) => 0",
             "(Program (Expr (Arrow (Params a (ObjectPattern (PatternProperty \"b\" b)) (Default (ArrayPattern c) (Array)) ... d) 0)))"},
            {"async function f() { return async () => this }",
             "(Program (Function f async uses=this (Params) (Body (Return (Arrow async uses=this (Params) this)))))"},
            {"for (let i = 0; i < n; i++) {}",
             "(Program (For (Let (Declarator i 0)) (Binary < i n) (Update postfix ++ i) (Block)))"},
            {"for (const [k, v] of m) {}",
             "(Program (ForOf (Const (Declarator (ArrayPattern k v))) m (Block)))"},
            {"for (x in y) {}",
             "(Program (ForIn x y (Block)))"},
            {"for (var x = 1 in y) {}",
             "(Program (ForIn (Var (Declarator x 1)) y (Block)))"},
            {"for ([a, b] of c) {}",
             "(Program (ForOf (ArrayPattern a b) c (Block)))"},
            {"for (;;) break;",
             "(Program (For _ _ _ (Break)))"},
            {"a: for (;;) { continue a; }",
             "(Program (Labeled a (For _ _ _ (Block (Continue a)))))"},
            {"a: b: while (1) continue a;",
             "(Program (Labeled a (Labeled b (While 1 (Continue a)))))"},
            {"label: { break label }",
             "(Program (Labeled label (Block (Break label))))"},
            {"switch (x) { case 1: let y; break; default: }",
             "(Program (Switch x (Case 1 (Let (Declarator y)) (Break)) (Default)))"},
            {"try { } catch { } finally { }",
             "(Program (Try (Block) (Catch _ (Block)) (Finally (Block))))"},
            {"try {} catch ({a, b}) {}",
             "(Program (Try (Block) (Catch (ObjectPattern (PatternProperty \"a\" a) (PatternProperty \"b\" b)) (Block))))"},
            {"new Foo(1)(2)",
             "(Program (Expr (Call (New Foo 1) 2)))"},
            {"new new A()()",
             "(Program (Expr (New (New A))))"},
            {"new a.b.c",
             "(Program (Expr (New (Member (Member a b) c))))"},
            {"new (f())",
             "(Program (Expr (New (Paren (Call f)))))"},
            {"a ?? b",
             "(Program (Expr (Logical ?? a b)))"},
            {"(a || b) ?? c",
             "(Program (Expr (Logical ?? (Paren (Logical || a b)) c)))"},
            {"a ** b ** c",
             "(Program (Expr (Binary ** a (Binary ** b c))))"},
            {"(-a) ** b",
             "(Program (Expr (Binary ** (Paren (Unary - a)) b)))"},
            {"a = b ? c : d ? e : f",
             "(Program (Expr (Assign = a (Conditional b c (Conditional d e f)))))"},
            {"function* g() { yield; yield 1; yield* x; yield\n1 }",
             "(Program (Function g generator (Params) (Body (Expr (Yield)) (Expr (Yield 1)) (Expr (Yield* x)) (Expr (Yield)) (Expr 1))))"},
            {"async function f() { for await (const x of y) {} await z; }",
             "(Program (Function f async (Params) (Body (ForAwaitOf (Const (Declarator x)) y (Block)) (Expr (Await z)))))"},
            {"0x1F + 0o17 + 0b11 + 017 + 1_000 + .5 + 5. + 1e3 + 08 + 1.5e-3",
             "(Program (Expr (Binary + (Binary + (Binary + (Binary + (Binary + (Binary + (Binary + (Binary + (Binary + 31 15) 3) 15) 1000) 0.5) 5) 1000) 8) 0.0015)))"},
            {"\"\\x41\\u0042\\u{43}\\101\\0\"",
             "(Program (Expr \"ABCA\\u0000\"))"},
            {"let \\u0061 = 1",
             "(Program (Let (Declarator a 1)))"},
            {"a = async\nfunction f() {}",
             "(Program (Expr (Assign = a async)) (Function f (Params) (Body)))"},
            {"let\nx = 1",
             "(Program (Let (Declarator x 1)))"},
            {"var let = 1; let(1)",
             "(Program (Var (Declarator let 1)) (Expr (Call let 1)))"},
            {"yield = 1; await = 2; async = 3; of = 4",
             "(Program (Expr (Assign = yield 1)) (Expr (Assign = await 2)) (Expr (Assign = async 3)) (Expr (Assign = of 4)))"},
            {"do x(); while (y) z()",
             "(Program (DoWhile (Expr (Call x)) y) (Expr (Call z)))"},
            {"if (a) b; else c",
             "(Program (If a (Expr b) (Expr c)))"},
            {"throw new Error(\"x\")",
             "(Program (Throw (New Error \"x\")))"},
            {"debugger;",
             "(Program (Debugger))"},
            {";",
             "(Program (Empty))"},
            {"x = { async, get, set, static: 1 }",
             "(Program (Expr (Assign = x (Object (Property init shorthand \"async\" async) (Property init shorthand \"get\" get) (Property init shorthand \"set\" set) (Property init \"static\" 1)))))"},
            {"delete a.b, void 0, typeof x, !a, ~b, -c, +d",
             "(Program (Expr (Sequence (Unary delete (Member a b)) (Unary void 0) (Unary typeof x) (Unary ! a) (Unary ~ b) (Unary - c) (Unary + d))))"},
            {"a &&= b; a ||= c; a ??= d; a **= 2; a >>>= 1",
             "(Program (Expr (Assign &&= a b)) (Expr (Assign ||= a c)) (Expr (Assign ??= a d)) (Expr (Assign **= a 2)) (Expr (Assign >>>= a 1)))"},
            {"#!/usr/bin/env node\nx",
             "(Program (Expr x))"},
            {"<!-- html comment\nx\n--> also comment",
             "(Program (Expr x))"},
            {"x = a\n? b : c",
             "(Program (Expr (Assign = x (Conditional a b c))))"},
            {"function f() { \"use strict\"; return 1 }",
             "(Program (Function f strict (Params) (Body (Expr \"use strict\") (Return 1))))"},
            {"\"use strict\"; var x = 1",
             "(Program strict (Expr \"use strict\") (Var (Declarator x 1)))"},
            {"f = function g() { return g }",
             "(Program (Expr (Assign = f (Function g (Params) (Body (Return g))))))"},
            {"eval(\"x\")",
             "(Program (Expr (Call eval \"x\")))"},
            {"(function () { eval(\"x\") })",
             "(Program (Expr (Paren (Function uses=eval (Params) (Body (Expr (Call eval \"x\")))))))"},
            {"function f() { (() => arguments)(); }",
             "(Program (Function f uses=arguments (Params) (Body (Expr (Call (Paren (Arrow uses=arguments (Params) arguments)))))))"},
            {"class D extends B { constructor() { (() => super.x())(); super(); } }",
             "(Program (Class D extends B (Constructor strict derived_constructor uses=super.x,super() (Params) (Body (Expr (Call (Paren (Arrow strict uses=super.x (Params) (Call (SuperMember x)))))) (Expr (SuperCall))))))"},
            {"function f() { return new.target }",
             "(Program (Function f uses=new.target (Params) (Body (Return new.target))))"},
            {"o = { m() { return super.m() } }",
             "(Program (Expr (Assign = o (Object (Property init method \"m\" (Function method uses=super.x (Params) (Body (Return (Call (SuperMember m))))))))))"}
    };

    static Stream<Arguments> cases() {
        return Stream.of(CASES).map(c -> Arguments.of(c[0], c[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parsesToExpectedTree(String source, String expected) {
        assertEquals(expected, AstPrinter.print(Parser.parseScript(source, "test.js")));
    }

    @Test
    void positionsAreOneBasedAndEndIsExclusive() {
        Program program = Parser.parseScript("let a = 1;\n  foo(bar);", "test.js");
        ExpressionStmt statement = (ExpressionStmt) program.body.get(1);
        Call call = (Call) statement.expression;
        assertEquals(2, call.line);
        assertEquals(3, call.column);
        assertEquals(13, call.start);
        assertEquals(21, call.end);
        assertEquals(22, statement.end);
        Identifier argument = (Identifier) call.arguments.get(0);
        assertEquals(7, argument.column);
    }

    @Test
    void functionSourceRanges() {
        String source = "x = function f(a) { return a; }; o = { get p() { return 1; }, static() {} };"
            + " class C { static async *m() {} } y = (a, b) => a;";
        Program program = Parser.parseScript(source, "test.js");
        FunctionNode f = ((FunctionExpr) ((Assign) ((ExpressionStmt) program.body.get(0)).expression).value).function;
        assertEquals("function f(a) { return a; }", source.substring(f.sourceStart, f.sourceEnd));
        ObjectLiteral o = (ObjectLiteral) ((Assign) ((ExpressionStmt) program.body.get(1)).expression).value;
        FunctionNode getter = ((FunctionExpr) o.properties.get(0).value).function;
        assertEquals("get p() { return 1; }", source.substring(getter.sourceStart, getter.sourceEnd));
        ClassNode c = ((ClassDeclaration) program.body.get(2)).classNode;
        assertEquals("class C { static async *m() {} }", source.substring(c.sourceStart, c.sourceEnd));
        FunctionNode m = ((FunctionExpr) c.members.get(0).value).function;
        assertEquals("async *m() {}", source.substring(m.sourceStart, m.sourceEnd));
        FunctionNode arrow = ((FunctionExpr) ((Assign) ((ExpressionStmt) program.body.get(3)).expression).value).function;
        assertEquals("(a, b) => a", source.substring(arrow.sourceStart, arrow.sourceEnd));
    }

    @Test
    void functionFlags() {
        FunctionNode f = ((FunctionDeclaration) Parser.parseScript(
            "function f(a, b = 1, c) { 'use strict'.length; }", "t").body.get(0)).function;
        assertFalse(f.simpleParameters);
        assertEquals(1, f.length);
        assertFalse(f.strict);
        FunctionNode g = ((FunctionDeclaration) Parser.parseScript("function g(a, b) { 'use strict'; }", "t").body.get(0)).function;
        assertTrue(g.strict);
        assertTrue(g.simpleParameters);
        assertEquals(2, g.length);
    }

    @Test
    void templateRawAndCooked() {
        TaggedTemplate t = (TaggedTemplate) ((ExpressionStmt) Parser.parseScript("t`a\\u{${x}\r\nb`", "t").body.get(0)).expression;
        assertNull(t.quasi.cooked.get(0));
        assertEquals("a\\u{", t.quasi.raw.get(0));
        assertEquals("\nb", t.quasi.cooked.get(1));
        assertEquals("\nb", t.quasi.raw.get(1));
    }

    @Test
    void functionConstructor() {
        FunctionNode f = Parser.parseFunction("a, b", "return a + b", false, false, "anonymous");
        assertEquals("anonymous", f.name);
        assertEquals(2, f.params.size());
        FunctionNode g = Parser.parseFunction("", "yield 1", false, true, "anonymous");
        assertTrue(g.isGenerator);
        assertThrows(SyntaxErrorException.class, () -> Parser.parseFunction("a) { }; (function (", "", false, false, "x"));
        assertThrows(SyntaxErrorException.class, () -> Parser.parseFunction("", "}); (function () {", false, false, "x"));
        assertThrows(SyntaxErrorException.class, () -> Parser.parseFunction("a, a", "'use strict'", false, false, "x"));
    }

    @Test
    void printerWithPositions() {
        assertEquals("(Program@1:1 (Expr@1:1 (Binary@1:1 + a@1:1 b@2:3)))",
            AstPrinter.printWithPositions(Parser.parseScript("a +\n  b", "t")));
    }
}
