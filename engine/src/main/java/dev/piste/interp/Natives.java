package dev.piste.interp;

import dev.piste.bytecode.BytecodeFunction;
import dev.piste.ic.FeedbackVector;
import dev.piste.ic.IcState;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.values.Undefined;

import java.util.Set;

/**
 * The intrinsics of the natives syntax ({@code --allow-natives-syntax}), with V8's names and meanings
 * where V8 has them.
 *
 * <ul>
 *   <li>{@code %GetOptimizationStatus(f)}: V8's bitmask, for the bits Piste has: 1 is-function,
 *       2 never-optimize, 8 maybe-deopted (f has deoptimized), 16 and 64 optimized (f has tier-2 code),
 *       128 interpreted (no compiled code), 2048 is-executing (f has a frame on the stack), 4096 / 65536 /
 *       131072 the topmost frame of f runs in tier-2 code / the interpreter / tier-1 code, 8192 lite
 *       mode (--jitless), 32768 baseline (f has tier-1 code and no tier-2 code).
 *   <li>{@code %CompileBaseline(f)}: compiles f to tier 1 now (as V8's Sparkplug intrinsic does);
 *       without a JIT (--jitless) or when tier 1 refuses f, nothing changes (the status says so).
 *   <li>{@code %PrepareFunctionForOptimization(f)}: gives f its feedback vector now.
 *   <li>{@code %OptimizeFunctionOnNextCall(f)}: optimizes f with tier 2 now, from its feedback (when
 *       tier 2 takes it; --trace-opt says why not). {@code %DeoptimizeFunction(f)}: discards f's tier-2
 *       code (later calls run in a lower tier). {@code %DeoptCount(f)}: how many times f's optimized
 *       code deoptimized on a failed bet (reaching a site that had no feedback yet is not counted).
 *   <li>{@code %OptimizeOsr()}: the function that calls it continues in tier-2 code at its next loop
 *       back edge (on-stack replacement at that loop), when tier 2 takes it.
 *   <li>{@code %NeverOptimizeFunction(f)}: sets the never-optimize bit.
 *   <li>{@code %HasFastProperties(o)}: o's named properties are not in dictionary mode.
 *   <li>{@code %HaveSameMap(a, b)}: a and b have the same shape.
 *   <li>{@code %ICState(f, n)}: the state ("uninitialized", "monomorphic", "polymorphic",
 *       "megamorphic") of f's n-th IC site, counting from 0 in source order. IC sites are the named
 *       property loads and stores, element loads and stores, global variable loads and stores, and
 *       calls (including {@code new} and {@code super()}); a call {@code o.m()} has two sites, the load
 *       of m and then the call. Before f has feedback (it runs a few times first, or see
 *       PrepareFunctionForOptimization) every site is "uninitialized".
 * </ul>
 */
public final class Natives {
    private Natives() {}

    public static final Set<String> NAMES = Set.of("GetOptimizationStatus", "PrepareFunctionForOptimization",
        "OptimizeFunctionOnNextCall", "OptimizeMaglevOnNextCall", "DeoptimizeFunction", "NeverOptimizeFunction",
        "HasFastProperties", "HaveSameMap", "ICState", "CompileBaseline", "DeoptCount", "OptimizeOsr");

    static final int IS_FUNCTION = 1, NEVER_OPTIMIZE = 2, INTERPRETED = 128, IS_EXECUTING = 2048, LITE_MODE = 8192,
        BASELINE = 1 << 15, TOPMOST_FRAME_IS_INTERPRETED = 1 << 16, TOPMOST_FRAME_IS_BASELINE = 1 << 17,
        MAYBE_DEOPTED = 8, OPTIMIZED = 16, TURBOFANNED = 64, TOPMOST_FRAME_IS_TURBOFANNED = 1 << 12;

    static Object call(Frame frame, String name, Object[] args) {
        return switch (name) {
            case "GetOptimizationStatus" -> optimizationStatus(frame, arg(args, 0));
            case "PrepareFunctionForOptimization" -> {
                BytecodeFunction code = code(arg(args, 0), name);
                if (code.feedback == null) code.feedback = FeedbackVector.create(code);
                yield Undefined.INSTANCE;
            }
            case "OptimizeFunctionOnNextCall", "OptimizeMaglevOnNextCall" -> {
                BytecodeFunction code = code(arg(args, 0), name);
                TierUp tierUp = ExecutionState.of(frame.closure.realm).tierUp;
                if (tierUp != null && !code.neverOptimize) tierUp.optimizeNow(code);
                yield Undefined.INSTANCE;
            }
            case "DeoptimizeFunction" -> {
                BytecodeFunction code = code(arg(args, 0), name);
                code.optimized = null;
                yield Undefined.INSTANCE;
            }
            case "DeoptCount" -> code(arg(args, 0), name).deoptCount;
            case "OptimizeOsr" -> {
                // The calling function: its next loop back edge continues in tier-2 code at that loop.
                BytecodeFunction code = frame.code;
                if (code.feedback == null) code.feedback = FeedbackVector.create(code);
                code.osrRequested = true;
                code.tierUpAt = 0;
                yield Undefined.INSTANCE;
            }
            case "CompileBaseline" -> {
                BytecodeFunction code = code(arg(args, 0), name);
                TierUp tierUp = ExecutionState.of(frame.closure.realm).tierUp;
                if (tierUp != null) tierUp.compileNow(code);
                yield Undefined.INSTANCE;
            }
            case "NeverOptimizeFunction" -> {
                code(arg(args, 0), name).neverOptimize = true;
                yield Undefined.INSTANCE;
            }
            case "HasFastProperties" -> arg(args, 0) instanceof JsObject o && !o.shape().isDictionary();
            case "HaveSameMap" -> arg(args, 0) instanceof JsObject a && arg(args, 1) instanceof JsObject b && a.shape() == b.shape();
            case "ICState" -> {
                BytecodeFunction code = code(arg(args, 0), name);
                int n = (int) JsOps.toIntegerOrInfinity(arg(args, 1));
                if (code.feedback == null) {
                    int count = FeedbackVector.create(code).icSiteCount();
                    if (n < 0 || n >= count) throw JsException.rangeError("%ICState: function has " + count + " IC sites, no site " + n);
                    yield IcState.UNINITIALIZED.displayName();
                }
                FeedbackVector v = (FeedbackVector) code.feedback;
                IcState state = v.icState(n);
                if (state == null) throw JsException.rangeError("%ICState: function has " + v.icSiteCount() + " IC sites, no site " + n);
                yield state.displayName();
            }
            default -> throw JsException.syntaxError("Unknown intrinsic %" + name);
        };
    }

    private static Object optimizationStatus(Frame frame, Object f) {
        if (!(f instanceof JsFunction)) return 0;
        int status = IS_FUNCTION;
        if (ExecutionState.of(frame.closure.realm).tierUp == null) status |= LITE_MODE;
        if (!(f instanceof Closure c)) return status | INTERPRETED;
        status |= c.code.optimized != null ? OPTIMIZED | TURBOFANNED : c.code.compiled != null ? BASELINE : INTERPRETED;
        if (c.code.deoptCount > 0) status |= MAYBE_DEOPTED;
        if (c.code.neverOptimize) status |= NEVER_OPTIMIZE;
        for (Frame fr = frame; fr != null; fr = fr.caller) {
            if (fr.code == c.code) {
                status |= IS_EXECUTING | (fr.tier == 0 ? TOPMOST_FRAME_IS_INTERPRETED : fr.tier == 1 ? TOPMOST_FRAME_IS_BASELINE : TOPMOST_FRAME_IS_TURBOFANNED);
                break;
            }
        }
        return status;
    }

    private static BytecodeFunction code(Object f, String intrinsic) {
        if (f instanceof Closure c) return c.code;
        throw JsException.typeError("%" + intrinsic + ": argument is not a JavaScript function");
    }

    private static Object arg(Object[] args, int i) { return i < args.length ? args[i] : Undefined.INSTANCE; }
}
