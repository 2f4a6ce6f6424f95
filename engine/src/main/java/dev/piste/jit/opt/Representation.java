package dev.piste.jit.opt;

/**
 * How a node's value is held in compiled code: {@code TAGGED} as a JavaScript value (Integer, Double,
 * String, object, ...), {@code INT32} as a JVM int, {@code BOOL} as a JVM boolean, {@code FLOAT64} as a
 * JVM double. Frame states may
 * hold unboxed values; deoptimization boxes them for the interpreter.
 */
public enum Representation { TAGGED, INT32, BOOL, FLOAT64 }
