package dev.piste.jit.opt;

import dev.piste.bytecode.BytecodeFunction;

import java.util.List;

/**
 * The interpreter's state before the instruction at {@code pc}: where every register's and the
 * accumulator's value is. Deoptimization rebuilds the interpreter frame from it. Registers that live in
 * the frame ({@code frameResident}) are null here: their value is already in the frame; so are
 * registers the interpreter will not read again (see bytecode.Liveness). Values may be int32, float64
 * or boolean: the exit boxes them.
 *
 * <p>In a function inlined into another, the state also has the caller's: {@code outer} is the
 * caller's state at the call (before it), and {@code call} says how the callee's frame is made;
 * deoptimization then rebuilds every frame of the chain.
 */
public final class FrameState {
    public final int pc;
    public final Node accumulator;
    public final Node[] registers;
    public final FrameState outer;
    public final InlinedCall call;

    /**
     * How an inlined callee's interpreter frame is made: its function, the closure called, this and the
     * arguments; construct: a {@code new} (new.target is the closure, and the call's value is this
     * unless the function returns an object).
     */
    public record InlinedCall(BytecodeFunction function, Node closure, Node thisArg, List<Node> arguments, boolean construct) {}

    FrameState(int pc, Node accumulator, Node[] registers) { this(pc, accumulator, registers, null, null); }

    FrameState(int pc, Node accumulator, Node[] registers, FrameState outer, InlinedCall call) {
        this.pc = pc;
        this.accumulator = accumulator;
        this.registers = registers;
        this.outer = outer;
        this.call = call;
    }

    /**
     * This state with every value v (registers, accumulator, what makes an inlined frame, the outer
     * states' values) replaced by f(v); done memoizes, so that states shared before stay shared.
     */
    public FrameState map(java.util.function.UnaryOperator<Node> f, java.util.Map<FrameState, FrameState> done) {
        FrameState r = done.get(this);
        if (r != null) return r;
        Node[] regs = registers.clone();
        for (int i = 0; i < regs.length; i++) if (regs[i] != null) regs[i] = f.apply(regs[i]);
        InlinedCall c = call == null ? null
            : new InlinedCall(call.function(), f.apply(call.closure()), f.apply(call.thisArg()), call.arguments().stream().map(f).toList(), call.construct());
        r = new FrameState(pc, f.apply(accumulator), regs, outer == null ? null : outer.map(f, done), c);
        done.put(this, r);
        return r;
    }

    /** How many interpreter frames deoptimizing here rebuilds. */
    public int depth() { return outer == null ? 1 : 1 + outer.depth(); }
}
