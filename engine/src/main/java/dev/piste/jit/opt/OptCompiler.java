package dev.piste.jit.opt;

import dev.piste.jit.JvmCode;
import dev.piste.jit.baseline.BaselineCompiler;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_Integer;
import static java.lang.constant.ConstantDescs.CD_Boolean;
import static java.lang.constant.ConstantDescs.CD_void;

/**
 * Tier 2's code generator: a hidden class of JVM bytecode from a (speculated) graph, its body made by
 * {@link Emitter} — in one method, or, when that would pass HotSpot's 8,000-byte limit, in several
 * ({@link Region}s) — and its deoptimization exits' shared methods by {@link ExitMethods}. A failing
 * guard writes its frame state into the interpreter frame and returns {@code Interpreter.DEOPT}: the
 * interpreter continues at that instruction as if nothing had been compiled.
 */
public final class OptCompiler {
    private OptCompiler() {}

    public static final String CLASS_NAME = "dev.piste.interp.OptimizedCode";
    static final ClassDesc CD_THIS = ClassDesc.of(CLASS_NAME);
    static final ClassDesc CD_DOUBLE = ClassDesc.of("java.lang.Double");
    static final ClassDesc CD_DOUBLE_PRIMITIVE = ConstantDescs.CD_double;
    static final ClassDesc CD_NUMBERS = ClassDesc.of("dev.piste.runtime.ops.NumberConversions");
    static final MethodTypeDesc RUN_TYPE = MethodTypeDesc.of(CD_Object, JvmCode.FRAME, JvmCode.STATE);
    /** CompiledCode.executeFrameless: (null frame, state, arguments, closure, this, first, count). */
    static final MethodTypeDesc FRAMELESS_TYPE = MethodTypeDesc.of(CD_Object, JvmCode.FRAME, JvmCode.STATE, JvmCode.OBJECT_ARRAY,
        ClassDesc.of("dev.piste.interp.Closure"), CD_Object, java.lang.constant.ConstantDescs.CD_int, java.lang.constant.ConstantDescs.CD_int);
    /** The locals every method of tier-2 code starts with (this is 0), then its values. */
    static final int FRAME = 1, STATE = 2, REGS = 3, FIRST_VALUE = 4;
    static final ClassDesc LONG_ARRAY = ConstantDescs.CD_long.arrayType();
    static final ClassDesc HANDOVER = ClassDesc.of("dev.piste.interp.Frame$Handover");
    static final ClassDesc INTERPRETER = ClassDesc.of("dev.piste.interp.Interpreter");

    /** Why a guard failed: one list for every tier that deoptimizes. */
    public enum DeoptReason {
        NOT_INT32, NOT_NUMBER, INT32_OVERFLOW, MINUS_ZERO,
        /** A value that is not a string where the code reads a string's length. */
        NOT_STRING,
        /** A receiver (or a prototype on its chain) without the shape the code was specialized for. */
        WRONG_SHAPE,
        /** Not an array, or an array whose elements kind is not the one the code was specialized for (or a receiver a builtin's fast path declines). */
        WRONG_ELEMENTS,
        /** A global variable is no longer where the code found it. */
        WRONG_GLOBAL,
        /** A call site met another callee than the one the code was specialized for. */
        WRONG_TARGET,
        /** An element index outside the array's elements. */
        OUT_OF_BOUNDS,
        /** A hole where the code reads an element. */
        HOLE,
        /**
         * An element store that its fast case does not cover (a hole filled, another kind, not an array),
         * in code with no frame of its own for the generic store (inlined or frameless code).
         */
        GENERIC_ELEMENT_STORE,
        /**
         * A megamorphic named load or store read or written without the generic path met a case it does
         * not take (an accessor, a primitive, an added property...).
         */
        GENERIC_PROPERTY,
        /**
         * A site the code reached before the interpreter ever ran it: nothing to speculate on was known.
         * The interpreter runs it (and records what it sees); it is not counted as a failed bet.
         */
        INSUFFICIENT_FEEDBACK,
        /**
         * A termination request reached a loop of inlined or frameless code (no frame of its own): the interpreter,
         * every frame rebuilt, ends the run with its exact stack (the code stays installed).
         */
        INTERRUPTED,
        /** The code was invalidated (an assumption broke) while this activation was in a call: it leaves after the call (lazy). */
        LAZY,
        /** --stress-deopt: a seeded random deoptimization before an instruction (the code stays installed). */
        STRESS
    }

    /** A compiled class: its bytes and class data, its largest method's size, its guards, what it assumes, the methods its body takes. */
    public record Output(byte[] classBytes, List<Object> classData, int jvmCodeBytes, int guards, List<Graph.ShapeDependency> shapeDependencies,
                         List<Graph.GlobalDependency> globalDependencies, int methods, boolean frameless) {}

    public static Output compile(Graph g, ClassLoader loader) throws GraphBuilder.Unsupported {
        return compile(g, loader, false);
    }

    /** With stressDeopt, every node with a frame state may deoptimize before it runs, when Steps.stressDeopt says so. */
    public static Output compile(Graph g, ClassLoader loader, boolean stressDeopt) throws GraphBuilder.Unsupported {
        return compile(g, loader, stressDeopt, BaselineCompiler.HUGE_METHOD_LIMIT, true, -1);
    }

    /** Most methods the code of one function is split into. */
    static final int MAX_REGIONS = 32;

    /**
     * As above; code that would make a method of methodLimit bytes or more (HotSpot does not compile
     * methods of 8,000 bytes or more) is split into methods ({@link Region}s), halving those still too
     * large until every method is below it; refused when that takes more than 32 (or a single block
     * is too large). Without split, refused when one method is not enough (unless methodLimit is below
     * HotSpot's limit: a test mode, where code is always split as it says). knownSize: the size of the
     * code in one method when an earlier attempt measured it (it is not generated again), else -1.
     */
    public static Output compile(Graph g, ClassLoader loader, boolean stressDeopt, int methodLimit, boolean split, int knownSize) throws GraphBuilder.Unsupported {
        // A graph this large cannot fit the methods (a node is a few bytes of JVM code at least): refuse before generating.
        if (g.nodeCount() > MAX_REGIONS * BaselineCompiler.HUGE_METHOD_LIMIT / 2) throw new GraphBuilder.Unsupported("too large (" + g.nodeCount() + " nodes)");
        SlotAllocator.Allocation allocation = SlotAllocator.allocate(g, FIRST_VALUE, stressDeopt);
        // A value live into the first block is read on some path that never defined it (a pass lost its
        // definition, or a state kept it after it was removed): the code would read a local never written.
        java.util.Set<Node> undefined = allocation.liveIn().get(g.blocks.getFirst());
        if (!undefined.isEmpty()) throw new GraphBuilder.Unsupported("internal error: " + undefined + " read where no definition reaches");
        Node lost = g.undefinedInStates();
        if (lost != null) throw new GraphBuilder.Unsupported("internal error: v" + lost.id + " in a frame state is defined in no block");
        String tooLarge = null;
        int measured = knownSize;
        // Below HotSpot's limit methodLimit only makes the code split (a test mode): the finest split that fits HotSpot's is kept.
        Output fits = null;
        List<List<Block>> runs = List.of(g.blocks);
        boolean mayClimb = split || methodLimit < BaselineCompiler.HUGE_METHOD_LIMIT;
        Region.Cuts cuts = mayClimb ? new Region.Cuts(g) : null;
        // Dropped when its method alone is too large: the code's inlining is worth more than calls without a frame.
        boolean framelessEntry = runsWithoutFrame(g);
        if (mayClimb && knownSize >= methodLimit) {
            List<List<Block>> parts = cuts.halveUntil(runs, (knownSize + methodLimit / 2 - 1) / (methodLimit / 2));
            if (parts != null) runs = parts;
        }
        while (runs != null && runs.size() <= MAX_REGIONS && (runs.size() == 1 || mayClimb)) {
            List<Object> classData = new ArrayList<>();
            int[] guards = {0};
            List<Region> regions = runs.size() == 1 ? null : Region.of(g, runs, allocation);
            boolean frameless = regions == null && framelessEntry;
            byte[] bytes;
            try {
                bytes = generate(g, loader, stressDeopt, allocation, regions, classData, guards, frameless);
            } catch (IllegalArgumentException e) {
                // The class-file library refuses a method over the JVM's 64 KB of code: halve every run.
                tooLarge = e.getMessage();
                if (cuts == null) break;
                runs = cuts.split(runs, i -> true);
                if (runs != null && runs.size() == 2) runs = cuts.halveUntil(runs, 8);
                continue;
            }
            ClassModel model = ClassFile.of().parse(bytes);
            int size = 0;
            Map<String, Integer> sizes = new HashMap<>();
            for (MethodModel m : model.methods()) {
                int n = m.code().map(c -> ((CodeAttribute) c).codeLength()).orElse(0);
                sizes.put(m.methodName().stringValue(), n);
                size = Math.max(size, n);
            }
            Output out = new Output(bytes, classData, size, guards[0], List.copyOf(g.shapeDependencies), List.copyOf(g.globalDependencies), runs.size(),
                frameless);
            if (size < methodLimit) return out;
            if (frameless && sizes.entrySet().stream().allMatch(m -> m.getKey().equals("executeFrameless") || m.getValue() < methodLimit)) {
                framelessEntry = false;
                continue;
            }
            if (runs.size() == 1) measured = size;
            if (size < BaselineCompiler.HUGE_METHOD_LIMIT) fits = out;
            tooLarge = size + " bytes of JVM code" + (runs.size() > 1 ? " in a method, split into " + runs.size() : "");
            // The methods still too large are halved (their exits are part of their size, which weights cannot foresee);
            // the first time, into as many as the size says at once (each attempt generates the whole class).
            List<List<Block>> current = runs;
            if (cuts == null) break;
            if (runs.size() == 1) {
                runs = cuts.halveUntil(runs, (size + methodLimit / 2 - 1) / (methodLimit / 2));
                if (runs != null && runs.size() > 1) continue;
                runs = current;
            }
            runs = cuts.split(runs, i -> current.size() == 1 ? sizes.getOrDefault("execute", 0) >= methodLimit
                : sizes.getOrDefault("region" + i, 0) >= methodLimit);
        }
        if (fits != null) return fits;
        throw new GraphBuilder.Unsupported("too large for one method (" + tooLarge + ")", measured);
    }

    /**
     * Whether the code can also run calls without a frame (CompiledCode.executeFrameless): entered at
     * the start, of a function whose frame is made from its closure, this and arguments alone (no
     * arguments object, no context of its own, no home object, no handlers, not a generator, async
     * function or class constructor), and whose graph has nothing that needs the frame while the code
     * runs (Inliner.needsFrame: no generic instruction, throw, context store or frame register, nor an element store whose generic case needs one),
     * but for calls of functions with code to enter (Inliner.callsWithoutFrame: a frame with no registers stands for the call while it makes one),
     * in code without loops: a loop's calls would each pay for what a frame made once saves (an array of
     * arguments, the push and pop), and a call that loops lasts long enough for its frame not to matter.
     */
    static boolean runsWithoutFrame(Graph g) {
        var fn = g.function;
        if (g.osrPc != 0 || g.inliningDepth > 0 || fn.needsArgumentsArray || fn.functionContextSize > 0 || fn.handlers.length > 0
            || fn.homeObjectRegister >= 0 || fn.homeObjectRegister < -1 || fn.newTargetRegister < -1 || fn.thisRegister < -1 || fn.functionRegister < -1
            || fn.flags.generator() || fn.flags.async() || fn.flags.classConstructor() || fn.flags.derived()) return false;
        for (int slot : fn.parameterContextSlots) if (slot >= 0) return false;
        boolean calls = false, loops = false;
        for (Block b : g.blocks) {
            for (Node n : b.nodes) {
                if (n.op == Op.LOOP_CHECK) loops = true;
                if (!Inliner.needsFrame(n)) continue;
                if (!Inliner.callsWithoutFrame(g, n)) return false;
                calls = true;
            }
        }
        return !(calls && loops);
    }

    /** Makes the value of representation r on top of the stack a JavaScript value (a float64 with an int32 value becomes an Integer). */
    static void box(CodeBuilder b, Representation r) {
        switch (r) {
            case INT32 -> b.invokestatic(CD_Integer, "valueOf", MethodTypeDesc.of(CD_Integer, CD_int));
            case BOOL -> b.invokestatic(CD_Boolean, "valueOf", MethodTypeDesc.of(CD_Boolean, CD_boolean));
            case FLOAT64 -> b.invokestatic(CD_NUMBERS, "box", MethodTypeDesc.of(CD_Object, CD_DOUBLE_PRIMITIVE));
            case TAGGED -> {}
        }
    }

    /** The class of the code; frameless: with a frameless entry too (see runsWithoutFrame), for code in one method. */
    private static byte[] generate(Graph g, ClassLoader loader, boolean stressDeopt, SlotAllocator.Allocation allocation, List<Region> regions,
                                   List<Object> classData, int[] guards, boolean frameless) {
        return JvmCode.classFile(loader).build(CD_THIS, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SYNTHETIC);
            cb.withSuperclass(JvmCode.COMPILED);
            cb.withMethodBody("<init>", MethodTypeDesc.of(CD_void), ClassFile.ACC_PUBLIC,
                b -> b.aload(0).invokespecial(JvmCode.COMPILED, "<init>", MethodTypeDesc.of(CD_void)).return_());
            Map<ExitMethods.ExitLayout, String> exitMethods = new java.util.LinkedHashMap<>();
            if (regions == null) {
                cb.withMethodBody("execute", RUN_TYPE, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL,
                    b -> guards[0] = new Emitter(g, b, classData, stressDeopt, exitMethods, allocation, null, false, frameless).emit());
                if (frameless) cb.withMethodBody("executeFrameless", FRAMELESS_TYPE, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL,
                    b -> new Emitter(g, b, classData, stressDeopt, exitMethods, allocation, null, true, true).emit());
            } else {
                cb.withMethodBody("execute", RUN_TYPE, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL, b -> Region.dispatch(b, regions));
                for (Region r : regions) {
                    cb.withMethodBody("region" + r.index(), RUN_TYPE, ClassFile.ACC_PRIVATE | ClassFile.ACC_FINAL,
                        b -> guards[0] += new Emitter(g, b, classData, stressDeopt, exitMethods, allocation, r, false, false).emit());
                }
            }
            exitMethods.forEach((types, name) -> cb.withMethodBody(name, ExitMethods.exitMethodType(types), ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC,
                b -> ExitMethods.exitMethod(b, types)));
        });
    }

}
