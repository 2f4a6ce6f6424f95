package dev.piste.bytecode;

/** What kind of function a BytecodeFunction is, as the runtime needs to know when calling it. */
public record FunctionFlags(boolean strict, boolean arrow, boolean generator, boolean async, boolean constructor,
                            boolean derived, boolean classConstructor, boolean method, boolean usesArguments,
                            boolean mappedArguments, boolean script, boolean accessor) {
    /** Whether [[Construct]] exists: ordinary functions and class constructors, not arrows/methods/generators. */
    public boolean isConstructor() { return constructor; }
}
