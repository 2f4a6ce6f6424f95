package dev.piste.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The abstract syntax tree produced by {@link Parser} and annotated by {@link ScopeAnalyzer}.
 *
 * <p>Requirements for contributors:
 * <ol>
 *   <li>Every node carries the source position of its first token ({@code line} and {@code column},
 *       both 1-based) and its source range ({@code start}, {@code end}: UTF-16 offsets, end exclusive).
 *   <li>The hierarchy is sealed: {@link Expr}, {@link Stmt}, and the helper nodes. Consumers switch over
 *       it with pattern matching, so adding a node kind makes every consumer that lacks it fail to compile.
 *   <li>Binding patterns ({@code let {a, b: [c]} = o}, parameters, for-in/of heads) and assignment
 *       patterns ({@code [a.b, c] = xs}) share the pattern nodes: {@link ObjectPattern},
 *       {@link ArrayPattern} and {@link DefaultValue} wrap targets that are {@link Identifier}s (binding)
 *       or any simple assignment target ({@link Member}, {@link Index}) in assignment patterns.
 *   <li>Fields marked "scope" are filled by {@link ScopeAnalyzer}, never by the parser.
 * </ol>
 */
public final class Ast {
    private Ast() {}

    public abstract static sealed class Node {
        public int line, column, start, end;
        /** scope: resolved uses of pseudo-variables ({@code this}, {@code new.target} …) and private
         *  names ("#x") made at this node, by name; null when none. */
        public java.util.Map<String, Identifier> syntheticUses;

        public Node at(int line, int column, int start) {
            this.line = line; this.column = column; this.start = start;
            return this;
        }
    }

    // ---- Expressions ----

    public abstract static sealed class Expr extends Node {}

    public static final class NumberLiteral extends Expr {
        public final double value;
        public NumberLiteral(double value) { this.value = value; }
    }

    /** {@code 123n}: a BigInt literal. */
    public static final class BigIntLiteral extends Expr {
        public final java.math.BigInteger value;
        public BigIntLiteral(java.math.BigInteger value) { this.value = value; }
    }

    public static final class StringLiteral extends Expr {
        public final String value;
        public StringLiteral(String value) { this.value = value; }
    }

    public static final class BooleanLiteral extends Expr {
        public final boolean value;
        public BooleanLiteral(boolean value) { this.value = value; }
    }

    public static final class NullLiteral extends Expr {}

    public static final class RegExpLiteral extends Expr {
        public final String pattern, flags;
        public RegExpLiteral(String pattern, String flags) { this.pattern = pattern; this.flags = flags; }
    }

    /** {@code `a${x}b`}: {@code cooked.size() == raw.size() == expressions.size() + 1}. A cooked string is
     *  null only in a tagged template whose quasi has an invalid escape. */
    public static final class TemplateLiteral extends Expr {
        public final List<String> cooked, raw;
        public final List<Expr> expressions;
        public TemplateLiteral(List<String> cooked, List<String> raw, List<Expr> expressions) {
            this.cooked = cooked; this.raw = raw; this.expressions = expressions;
        }
    }

    public static final class TaggedTemplate extends Expr {
        public final Expr tag;
        public final TemplateLiteral quasi;
        public TaggedTemplate(Expr tag, TemplateLiteral quasi) { this.tag = tag; this.quasi = quasi; }
    }

    public static final class Identifier extends Expr {
        public final String name;
        /** scope: where the name lives, set by {@link ScopeAnalyzer}. */
        public Resolution resolution;
        /** scope: the bindings holding the objects of the {@code with} statements between this use and
         *  its binding, innermost first (checked at run time before the static binding); null if none. */
        public java.util.List<Binding> withObjects;
        public Identifier(String name) { this.name = name; }
    }

    public static final class This extends Expr {}

    /** {@code new.target} */
    public static final class NewTarget extends Expr {}

    /** {@code super.name} or {@code super[expr]}: exactly one of name / key is set. */
    public static final class SuperMember extends Expr {
        public final String name;
        public final Expr key;
        public SuperMember(String name, Expr key) { this.name = name; this.key = key; }
    }

    /** {@code super(args)} in a derived constructor. */
    public static final class SuperCall extends Expr {
        public final List<Expr> arguments;
        public SuperCall(List<Expr> arguments) { this.arguments = arguments; }
    }

    /** Elements may be null (holes) or {@link Spread}. */
    public static final class ArrayLiteral extends Expr {
        public final List<Expr> elements;
        public ArrayLiteral(List<Expr> elements) { this.elements = elements; }
    }

    public enum PropertyKind { INIT, GETTER, SETTER, SPREAD, PROTO }

    /**
     * One entry of an object literal. {@code key} is a {@link StringLiteral} (identifier names and string
     * keys), a {@link NumberLiteral}, or any expression when {@code computed}. For SPREAD, key is null and
     * value is the spread operand. PROTO is a non-computed, non-shorthand {@code __proto__: v}.
     */
    public static final class Property extends Node {
        public final PropertyKind kind;
        public final Expr key;
        public final boolean computed, shorthand, method;
        public final Expr value;
        public Property(PropertyKind kind, Expr key, boolean computed, boolean shorthand, boolean method, Expr value) {
            this.kind = kind; this.key = key; this.computed = computed; this.shorthand = shorthand;
            this.method = method; this.value = value;
        }
    }

    public static final class ObjectLiteral extends Expr {
        public final List<Property> properties;
        public ObjectLiteral(List<Property> properties) { this.properties = properties; }
    }

    public static final class FunctionExpr extends Expr {
        public final FunctionNode function;
        public FunctionExpr(FunctionNode function) { this.function = function; }
    }

    public static final class ClassExpr extends Expr {
        public final ClassNode classNode;
        public ClassExpr(ClassNode classNode) { this.classNode = classNode; }
    }

    /** Operators: {@code - + ! ~ typeof void delete}. */
    public static final class Unary extends Expr {
        public final String operator;
        public final Expr operand;
        public Unary(String operator, Expr operand) { this.operator = operator; this.operand = operand; }
    }

    /** {@code ++x}, {@code x--}: target is an Identifier, Member, Index, SuperMember or PrivateMember. */
    public static final class Update extends Expr {
        public final boolean increment, prefix;
        public final Expr target;
        public Update(boolean increment, boolean prefix, Expr target) {
            this.increment = increment; this.prefix = prefix; this.target = target;
        }
    }

    /** Arithmetic, bitwise, relational, equality, {@code in}, {@code instanceof}, {@code **}. */
    public static final class Binary extends Expr {
        public final String operator;
        public final Expr left, right;
        public Binary(String operator, Expr left, Expr right) { this.operator = operator; this.left = left; this.right = right; }
    }

    /** {@code &&}, {@code ||}, {@code ??}. */
    public static final class Logical extends Expr {
        public final String operator;
        public final Expr left, right;
        public Logical(String operator, Expr left, Expr right) { this.operator = operator; this.left = left; this.right = right; }
    }

    /** {@code %Name(args)}: an engine intrinsic (only with --allow-natives-syntax). */
    public static final class NativeCall extends Expr {
        public final String name;
        public final List<Expr> arguments;
        public NativeCall(String name, List<Expr> arguments) { this.name = name; this.arguments = arguments; }
    }

    /** {@code #x in obj} */
    public static final class PrivateIn extends Expr {
        public final String name;
        public final Expr object;
        public PrivateIn(String name, Expr object) { this.name = name; this.object = object; }
    }

    public static final class Conditional extends Expr {
        public final Expr test, consequent, alternate;
        public Conditional(Expr test, Expr consequent, Expr alternate) {
            this.test = test; this.consequent = consequent; this.alternate = alternate;
        }
    }

    /**
     * {@code target op= value}. Operator is {@code "="}, a compound operator such as {@code "+="}, or a
     * logical one ({@code "&&=", "||=", "??="}). With {@code "="} the target may be an {@link ObjectPattern}
     * or {@link ArrayPattern}; otherwise it is an Identifier, Member, Index, SuperMember or PrivateMember.
     */
    public static final class Assign extends Expr {
        public final String operator;
        public final Node target;
        public final Expr value;
        public Assign(String operator, Node target, Expr value) { this.operator = operator; this.target = target; this.value = value; }
    }

    public static final class Sequence extends Expr {
        public final List<Expr> expressions;
        public Sequence(List<Expr> expressions) { this.expressions = expressions; }
    }

    /** {@code obj.name}; {@code optional} marks {@code obj?.name}. */
    public static final class Member extends Expr {
        public final Expr object;
        public final String name;
        public final boolean optional;
        public Member(Expr object, String name, boolean optional) { this.object = object; this.name = name; this.optional = optional; }
    }

    /** {@code obj[key]}; {@code optional} marks {@code obj?.[key]}. */
    public static final class Index extends Expr {
        public final Expr object, key;
        public final boolean optional;
        public Index(Expr object, Expr key, boolean optional) { this.object = object; this.key = key; this.optional = optional; }
    }

    /** {@code obj.#name}; name excludes the {@code #}. */
    public static final class PrivateMember extends Expr {
        public final Expr object;
        public final String name;
        public final boolean optional;
        public PrivateMember(Expr object, String name, boolean optional) { this.object = object; this.name = name; this.optional = optional; }
    }

    /** Arguments may contain {@link Spread}. {@code optional} marks {@code f?.(x)}. */
    public static final class Call extends Expr {
        public final Expr callee;
        public final List<Expr> arguments;
        public final boolean optional;
        public Call(Expr callee, List<Expr> arguments, boolean optional) { this.callee = callee; this.arguments = arguments; this.optional = optional; }
    }

    /**
     * The outermost node of an optional chain: {@code a?.b.c} is {@code OptionalChain(Member(Member(a,b,optional),c))}.
     * A short-circuit anywhere inside makes the whole chain evaluate to undefined.
     */
    public static final class OptionalChain extends Expr {
        public final Expr expression;
        public OptionalChain(Expr expression) { this.expression = expression; }
    }

    public static final class New extends Expr {
        public final Expr callee;
        public final List<Expr> arguments;
        public New(Expr callee, List<Expr> arguments) { this.callee = callee; this.arguments = arguments; }
    }

    /** {@code ...expr} in calls, array literals and {@code new}. */
    public static final class Spread extends Expr {
        public final Expr argument;
        public Spread(Expr argument) { this.argument = argument; }
    }

    /** {@code yield}, {@code yield expr}, {@code yield* expr}; argument may be null. */
    public static final class Yield extends Expr {
        public final Expr argument;
        public final boolean delegate;
        public Yield(Expr argument, boolean delegate) { this.argument = argument; this.delegate = delegate; }
    }

    public static final class Await extends Expr {
        public final Expr argument;
        public Await(Expr argument) { this.argument = argument; }
    }

    /** A parenthesized expression, kept only so that {@code (a) = 1} vs {@code ({a}) = 1} early errors and
     *  function-name inference ({@code (function(){})} is not named by an assignment) can be told apart. */
    public static final class Parenthesized extends Expr {
        public final Expr expression;
        public Parenthesized(Expr expression) { this.expression = expression; }
    }

    // ---- Patterns ----

    /** {@code target = defaultValue} inside a pattern or a parameter list. */
    public static final class DefaultValue extends Node {
        public final Node target;
        public final Expr defaultValue;
        public DefaultValue(Node target, Expr defaultValue) { this.target = target; this.defaultValue = defaultValue; }
    }

    /** One {@code key: target} entry; key as in {@link Property}. target may be a {@link DefaultValue}. */
    public static final class PatternProperty extends Node {
        public final Expr key;
        public final boolean computed;
        public final Node target;
        public PatternProperty(Expr key, boolean computed, Node target) { this.key = key; this.computed = computed; this.target = target; }
    }

    public static final class ObjectPattern extends Node {
        public final List<PatternProperty> properties;
        /** {@code ...rest}, or null. */
        public final Node rest;
        public ObjectPattern(List<PatternProperty> properties, Node rest) { this.properties = properties; this.rest = rest; }
    }

    /** Elements may be null (elisions) or {@link DefaultValue}. */
    public static final class ArrayPattern extends Node {
        public final List<Node> elements;
        public final Node rest;
        public ArrayPattern(List<Node> elements, Node rest) { this.elements = elements; this.rest = rest; }
    }

    // ---- Statements ----

    public abstract static sealed class Stmt extends Node {}

    public static final class ExpressionStmt extends Stmt {
        public final Expr expression;
        public ExpressionStmt(Expr expression) { this.expression = expression; }
    }

    public enum DeclarationKind { VAR, LET, CONST }

    public static final class Declarator extends Node {
        /** An Identifier, ObjectPattern or ArrayPattern. */
        public final Node target;
        public final Expr init;
        public Declarator(Node target, Expr init) { this.target = target; this.init = init; }
    }

    public static final class VariableDeclaration extends Stmt {
        public final DeclarationKind kind;
        public final List<Declarator> declarators;
        public VariableDeclaration(DeclarationKind kind, List<Declarator> declarators) { this.kind = kind; this.declarators = declarators; }
    }

    public static final class FunctionDeclaration extends Stmt {
        public final FunctionNode function;
        public FunctionDeclaration(FunctionNode function) { this.function = function; }
    }

    public static final class ClassDeclaration extends Stmt {
        public final ClassNode classNode;
        public ClassDeclaration(ClassNode classNode) { this.classNode = classNode; }
    }

    public static final class Block extends Stmt {
        public final List<Stmt> body;
        /** scope: the lexical scope of this block, or null when it declares nothing. */
        public Scope scope;
        public Block(List<Stmt> body) { this.body = body; }
    }

    public static final class If extends Stmt {
        public final Expr test;
        public final Stmt consequent, alternate;
        public If(Expr test, Stmt consequent, Stmt alternate) { this.test = test; this.consequent = consequent; this.alternate = alternate; }
    }

    /** {@code for (init; test; update) body}; init is a VariableDeclaration, an ExpressionStmt or null. */
    public static final class For extends Stmt {
        public final Stmt init;
        public final Expr test, update;
        public final Stmt body;
        /** scope: the scope of a {@code let}/{@code const} head, copied per iteration when captured. */
        public Scope scope;
        public For(Stmt init, Expr test, Expr update, Stmt body) { this.init = init; this.test = test; this.update = update; this.body = body; }
    }

    /**
     * {@code for (left in right)} or {@code for (left of right)} (with {@code isAwait} for {@code for await}).
     * left is a VariableDeclaration with one declarator without init (except the legacy sloppy
     * {@code for (var x = 1 in o)}), or an assignment target / pattern.
     */
    public static final class ForInOf extends Stmt {
        public final boolean of, isAwait;
        public final Node left;
        public final Expr right;
        public final Stmt body;
        /** scope: the per-iteration scope of a let/const head. */
        public Scope scope;
        public ForInOf(boolean of, boolean isAwait, Node left, Expr right, Stmt body) {
            this.of = of; this.isAwait = isAwait; this.left = left; this.right = right; this.body = body;
        }
    }

    public static final class While extends Stmt {
        public final Expr test;
        public final Stmt body;
        public While(Expr test, Stmt body) { this.test = test; this.body = body; }
    }

    public static final class DoWhile extends Stmt {
        public final Stmt body;
        public final Expr test;
        public DoWhile(Stmt body, Expr test) { this.body = body; this.test = test; }
    }

    /** test == null for {@code default:}. */
    public static final class SwitchCase extends Node {
        public final Expr test;
        public final List<Stmt> body;
        public SwitchCase(Expr test, List<Stmt> body) { this.test = test; this.body = body; }
    }

    public static final class Switch extends Stmt {
        public final Expr discriminant;
        public final List<SwitchCase> cases;
        /** scope: the lexical scope shared by all case clauses. */
        public Scope scope;
        public Switch(Expr discriminant, List<SwitchCase> cases) { this.discriminant = discriminant; this.cases = cases; }
    }

    public static final class Labeled extends Stmt {
        public final String label;
        public final Stmt body;
        public Labeled(String label, Stmt body) { this.label = label; this.body = body; }
    }

    /** label may be null. */
    public static final class Break extends Stmt {
        public final String label;
        public Break(String label) { this.label = label; }
    }

    public static final class Continue extends Stmt {
        public final String label;
        public Continue(String label) { this.label = label; }
    }

    public static final class Return extends Stmt {
        public final Expr argument;
        public Return(Expr argument) { this.argument = argument; }
    }

    public static final class Throw extends Stmt {
        public final Expr argument;
        public Throw(Expr argument) { this.argument = argument; }
    }

    /** catchParameter may be null ({@code catch {}}); catchBody null when there is no catch clause. */
    public static final class Try extends Stmt {
        public final Block block;
        public final Node catchParameter;
        public final Block catchBody;
        public final Block finallyBody;
        /** scope: the scope holding the catch parameter's bindings. */
        public Scope catchScope;
        public Try(Block block, Node catchParameter, Block catchBody, Block finallyBody) {
            this.block = block; this.catchParameter = catchParameter; this.catchBody = catchBody; this.finallyBody = finallyBody;
        }
    }

    /** {@code with (object) body} (sloppy mode only). */
    public static final class With extends Stmt {
        public final Expr object;
        public final Stmt body;
        /** scope: the object environment's scope, holding the object in its one binding. */
        public Scope scope;
        public With(Expr object, Stmt body) { this.object = object; this.body = body; }
    }

    public static final class Empty extends Stmt {}

    public static final class Debugger extends Stmt {}

    // ---- Functions and classes ----

    public enum FunctionKind {
        NORMAL, ARROW, METHOD, GETTER, SETTER, CLASS_CONSTRUCTOR, DERIVED_CONSTRUCTOR,
        /** The synthetic function that runs a class's field initializers and static blocks. */
        CLASS_INITIALIZER
    }

    public static final class FunctionNode extends Node {
        /** The declared name, or null; inferred names are given to the emitter separately. */
        public String name;
        public FunctionKind kind;
        public boolean isAsync, isGenerator, strict;
        /** Each parameter is an Identifier, a pattern, or a DefaultValue around one. */
        public final List<Node> params = new ArrayList<>();
        public Node restParameter;
        /** For arrows with an expression body: the expression; the body is then empty. */
        public Expr expressionBody;
        public final List<Stmt> body = new ArrayList<>();
        /** True when every parameter is a plain identifier with no default and there is no rest. */
        public boolean simpleParameters = true;
        /** Number of parameters before the first default or rest: the function's {@code length}. */
        public int length;
        /** Source range of the whole function text, for {@code Function.prototype.toString}. */
        public int sourceStart, sourceEnd;
        /** Set by the parser when the body contains these, not counting nested non-arrow functions. */
        public boolean usesArguments, usesThis, usesNewTarget, usesSuperProperty, usesSuperCall, containsDirectEval;
        /** scope: the function's variable scope and its parameter scope. */
        public Scope scope;
        /** scope: the body's own var scope when parameters have expressions, else null. */
        public Scope bodyScope;
        /** Sloppy direct eval code: the new vars and functions it adds to its caller's variable environment. */
        public java.util.List<String> evalDeclaredNames = new java.util.ArrayList<>();
        /** Sloppy direct eval code: the caller's binding of the object holding those names, or null. */
        public Binding evalVarsBinding;
        /** scope: set for a named function expression, whose own name is bound in a scope of its own. */
        public Scope functionNameScope;
        /** The class this method, constructor or initializer belongs to, or null. */
        public ClassNode homeClass;
    }

    public enum ClassMemberKind { METHOD, GETTER, SETTER, FIELD, STATIC_BLOCK }

    /**
     * A class element. Keys are as in {@link Property}; for private members {@code privateName} is set
     * (without {@code #}) and key is null. For METHOD/GETTER/SETTER value is a FunctionExpr; for FIELD it
     * is the initializer or null; for STATIC_BLOCK it is a FunctionExpr of kind CLASS_INITIALIZER.
     */
    public static final class ClassMember extends Node {
        public final ClassMemberKind kind;
        public final boolean isStatic, computed;
        public final Expr key;
        public final String privateName;
        public final Expr value;
        /** scope: for FIELD members, the synthetic method that evaluates the initializer. */
        public FunctionNode initializer;
        public ClassMember(ClassMemberKind kind, boolean isStatic, Expr key, boolean computed, String privateName, Expr value) {
            this.kind = kind; this.isStatic = isStatic; this.key = key; this.computed = computed;
            this.privateName = privateName; this.value = value;
        }
    }

    public static final class ClassNode extends Node {
        public String name;
        public Expr superClass;
        /** The explicit constructor, or null for the default one. */
        public FunctionNode constructor;
        public final List<ClassMember> members = new ArrayList<>();
        public int sourceStart, sourceEnd;
        /** scope: the class scope, binding the class name (inner binding) and its private names. */
        public Scope scope;
    }

    /** A whole script. */
    public static final class Program extends Node {
        public final List<Stmt> body = new ArrayList<>();
        public boolean strict;
        public String sourceName;
        public String source;
        /** scope: the top-level function that runs the script. */
        public FunctionNode function;
    }
}
