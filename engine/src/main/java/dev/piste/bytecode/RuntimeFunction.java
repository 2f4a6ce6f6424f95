package dev.piste.bytecode;

/**
 * Operations too rare or too large to deserve an opcode, reached through {@link Opcode#CALL_RUNTIME}
 * with their arguments in consecutive registers. The interpreter implements each in
 * {@code interp.RuntimeCalls}; the count is checked there.
 */
public enum RuntimeFunction {
    /** (constructor, superclass or hole) -> prototype; wires prototype chains. */
    DEFINE_CLASS(2),
    /** (target, key, function): a method, non-enumerable, with target as home object. */
    DEFINE_METHOD(3),
    DEFINE_GETTER_METHOD(3),
    DEFINE_SETTER_METHOD(3),
    /** (constructor, key, initializer or undefined): records an instance field. */
    ADD_FIELD(3),
    /** The same for a computed key whose initializer is an anonymous function, named after the key. */
    ADD_NAMED_FIELD(3),
    /** (constructor, private name, initializer or undefined) */
    ADD_PRIVATE_FIELD(3),
    /** (constructor, private name, function, kind 0 method / 1 getter / 2 setter) */
    ADD_PRIVATE_METHOD(4),
    /** (object, private name, function, kind): a static private method or accessor on the class. */
    DEFINE_PRIVATE_METHOD(4),
    /** (description) -> a fresh private name. */
    NEW_PRIVATE_NAME(1),
    /** (function, key): sets the name of an anonymous function from a computed key. */
    SET_FUNCTION_NAME(2),
    /** (function, key, prefix string) */
    SET_FUNCTION_NAME_PREFIXED(3),
    /** (message) */
    THROW_TYPE_ERROR(1),
    THROW_REFERENCE_ERROR(1),
    THROW_SYNTAX_ERROR(1),
    /** (object) -> throws TypeError unless object is an object (iterator results, yield* protocol). */
    THROW_IF_NOT_OBJECT(1),
    /** (value, source text or undefined, first property or undefined): RequireObjectCoercible for destructuring. */
    REQUIRE_OBJECT_COERCIBLE(3),
    /** (home, this): after super() in a derived constructor runs field initializers. */
    INITIALIZE_INSTANCE(2),
    /** (iterator result) -> its value */
    ITERATOR_VALUE(1),
    /** (iterator result) -> ToBoolean(done) */
    ITERATOR_DONE(1),
    /** (object, method name) -> the method or undefined (GetMethod) */
    GET_METHOD(2),
    /** (callee, script-level strictness or undefined inside functions, args...) -> a call of eval. */
    DIRECT_EVAL(-1),
    /** (class constructor) for `class extends` with a non-constructor superclass check. */
    CHECK_SUPER_CONSTRUCTOR(1),
    /** (value, typeofName) -> ToObject with a TypeError naming the value ("Cannot destructure …"). */
    TO_OBJECT_FOR_DESTRUCTURING(1),
    /** (object, key) -> delete super[key]: always a ReferenceError. */
    DELETE_SUPER(0),
    /** (this) in a derived constructor's return: checks that this was initialized. */
    CHECK_THIS_INITIALIZED(1),
    /** (this) before super(): ReferenceError when already initialized. */
    CHECK_THIS_NOT_INITIALIZED(1),
    /** (array) -> an array-like's elements as a fresh array (spread of arguments) */
    ARRAY_FROM_ITERABLE(1),
    /** (iterator, next method, received value, resume mode) for yield*: one delegation step; returns
     *  the inner iterator result (a done result carrying the value when return() is absent). */
    YIELD_STAR_STEP(4),
    /** () -> the global this (script-level this seen from arrow functions). */
    GLOBAL_THIS(0),
    /** (object, name) -> whether a with statement's object supplies the name (HasProperty, not unscopable). */
    WITH_HAS(2),
    /** (eval var object or undefined, name) -> the object (made on first use) with the name declared in it. */
    DECLARE_EVAL_VAR(2),
    /** (name, args...) -> an intrinsic of the natives syntax (see interp.Natives). */
    NATIVE_CALL(-1),
    ;

    public final int argumentCount;
    RuntimeFunction(int argumentCount) { this.argumentCount = argumentCount; }

    private static final RuntimeFunction[] VALUES = values();
    public static RuntimeFunction of(int ordinal) { return VALUES[ordinal]; }
}
