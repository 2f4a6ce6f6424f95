package dev.piste.jit.opt;

import dev.piste.bytecode.BytecodeFunction;
import dev.piste.bytecode.Opcode;
import dev.piste.ic.FeedbackVector;
import dev.piste.ic.PropertyCache;
import dev.piste.interp.Closure;
import dev.piste.runtime.objects.Accessor;
import dev.piste.runtime.values.Undefined;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inlining pass. A call site that has only ever called closures of one small function gets that
 * function's graph, speculated from its own feedback (and with its own calls inlined, to a bounded
 * depth), in place of the call: a guard that the callee is a closure of that function, the callee's
 * blocks with its parameters, this and the closure as values of the caller, and its returns merged
 * into the call's value. Nothing of a frame is made for it.
 *
 * <p>A callee's frame states get the caller's state at the call as their outer state, and what makes
 * the callee's frame: a guard failing inside rebuilds every frame of the chain (see
 * {@link InlinedExit}). So that no inlined instruction needs a frame of its own, only callees whose
 * speculated graph has no generic instruction (but calls of one function with code to enter, see
 * {@link #callsWithoutFrame}), no frame-resident register, no context of their own (their closure's
 * is read directly) and no throw are inlined; the rest stay calls. A callee that makes calls is not
 * inlined at a site inside a try block.
 *
 * <p>A named load whose cache always found a getter on a prototype is inlined the same way (the
 * getter called with the receiver as this and no arguments), and a named store that always found a
 * setter (called with the value), under a guard of the receiver's shape and of the accessor the
 * holder has (accessors never change: redefining the property puts another one in the slot).
 */
public final class Inliner {
    private Inliner() {}

    /**
     * Bytecode units of the largest function looked at for inlining, nodes of the largest speculated
     * graph inlined (code the interpreter never ran is gone by then: a function with a cold error path
     * is smaller than its bytecode), and how deep inlining goes.
     */
    static final int MAX_SIZE = 240, MAX_NODES = 160, MAX_DEPTH = 3;

    /** What only code with a frame of its own can do (an inlined callee has none, nor has frameless code). */
    private static final Set<Op> NEEDS_FRAME = EnumSet.of(Op.GENERIC, Op.LOAD_FRAME_REGISTER, Op.STORE_FRAME_REGISTER,
        Op.STORE_CONTEXT, Op.THROW);

    /** An element store's generic case deoptimizes where there is no frame, unless its site has needed that case there before. */
    static boolean needsFrame(Node n) {
        return NEEDS_FRAME.contains(n.op) || n.op == Op.STORE_ELEMENT && ((ElementSpeculation.Access) n.data).genericNeedsFrame();
    }

    /**
     * A call that inlined code can make without a frame of its own: one whose site has only ever
     * called closures of functions (one, or up to four) that have code to enter directly. Such a call
     * runs that code under a guard per function (another callee deoptimizes), and the frame of the
     * code it is inlined into names the inlined functions on the way for stack traces while it runs
     * (see InlinedCallers).
     */
    static boolean callsWithoutFrame(Graph g, Node n) {
        if (n.op != Op.GENERIC || !(n.data instanceof GraphBuilder.Generic gen) || gen.opcode() != Opcode.CALL) return false;
        if (!(functionOf(g, n).feedback instanceof FeedbackVector fv)) return false;
        return fv.call(gen.operands()[4]).allTargets(t -> t instanceof Closure c && c.directCallable && (c.code.optimized != null || c.code.compiled != null));
    }

    /** The function whose instruction n is: the inlined one its frame state names, else g's. */
    static BytecodeFunction functionOf(Graph g, Node n) {
        return n.frameState != null && n.frameState.call != null ? n.frameState.call.function() : g.function;
    }

    /** Whether the graph makes a call (one inlined code may make, see callsWithoutFrame). */
    private static boolean makesCalls(Graph g) {
        for (Block b : g.blocks) for (Node n : b.nodes) if (n.op == Op.GENERIC) return true;
        return false;
    }

    public static void run(Graph g) {
        if (g.inliningDepth >= MAX_DEPTH || !(g.function.feedback instanceof FeedbackVector fv)) return;
        Deque<Block> work = new ArrayDeque<>(g.blocks);
        boolean changed = false;
        while (!work.isEmpty()) {
            Block b = work.removeFirst();
            for (int k = 0; k < b.nodes.size(); k++) {
                Node n = b.nodes.get(k);
                if (n.op != Op.GENERIC || !(n.data instanceof GraphBuilder.Generic gen)) continue;
                boolean construct = gen.opcode() == Opcode.NEW;
                boolean load = gen.opcode() == Opcode.GET_NAMED, store = gen.opcode() == Opcode.SET_NAMED;
                PropertyCache.Case accessor = load || store ? prototypeAccessor(fv.property(gen.operands()[2]), load) : null;
                Closure target;
                if (accessor != null) target = accessorFunction(accessor, load);
                else if (gen.opcode() != Opcode.CALL && !construct || !(fv.call(gen.operands()[construct ? 3 : 4]).monomorphicTarget() instanceof Closure t)) continue;
                else target = t;
                String site = g.function.name + "@" + g.function.lineAt(n.pc) + ":" + g.function.columnAt(n.pc) + " -> "
                    + (construct ? "new " + target.code.name : accessor != null ? (load ? "getter " : "setter ") + g.function.constants[gen.operands()[1]] : target.code.name);
                String why = refusal(g, target, construct);
                Graph callee = null;
                if (why == null) {
                    try {
                        callee = Pipeline.forInlining(target.code, g);
                        why = notInlinable(callee);
                        // An exception of a call the callee makes would have to reach this function's handler.
                        if (why == null && g.function.handlerFor(n.pc) >= 0 && makesCalls(callee)) why = "makes a call inside a try block";
                    } catch (GraphBuilder.Unsupported e) {
                        why = e.getMessage();
                    }
                }
                Block after = null;
                if (why == null) after = accessor != null ? spliceAccessor(g, b, k, n, accessor, target, callee, load) : spliceCall(g, b, k, n, gen, target.code, callee, construct);
                g.inliningDecisions.add(site + (why == null ? ": inlined" : ": not inlined: " + why));
                if (callee != null) g.inliningDecisions.addAll(callee.inliningDecisions);
                if (after == null) continue;
                changed = true;
                work.addFirst(after);
                break;
            }
        }
        if (changed) for (int i = 0; i < g.blocks.size(); i++) g.blocks.get(i).id = i;
    }

    /** Why target's function is not inlined into g, called or constructed (before looking at its graph), or null. */
    private static String refusal(Graph g, Closure target, boolean construct) {
        BytecodeFunction fn = target.code;
        // A function's own calls of itself are inlined once (its code then makes the calls of the next
        // level but one: a binary recursion makes a quarter of the calls); deeper, they stay calls.
        if (fn == g.function && g.inliningDepth > 0) return "recursive";
        // Literals and constants are the realm's the code is made for.
        if (g.realm != null && target.realm != g.realm) return "from another realm";
        if (g.passesOff.contains("inline") || fn.neverOptimize) return "switched off";
        if (fn.code.length > MAX_SIZE) return "too large (" + fn.code.length + " bytecode units)";
        if (fn.feedback == null) return "no feedback yet";
        if (fn.handlers.length > 0) return "has exception handlers";
        if (fn.needsArgumentsArray) return "uses its arguments object or rest parameters";
        if (fn.functionContextSize > 0) return "makes a context (its variables are captured)";
        if (fn.flags.generator() || fn.flags.async()) return "a generator or async function";
        if (construct && (!fn.flags.isConstructor() || target.derived || target.instanceElements != null)) return "not a base constructor without fields";
        if (!construct && fn.flags.classConstructor()) return "a class constructor called without new";
        return null;
    }

    /** Why the speculated callee graph cannot go into another function's code, or null. */
    private static String notInlinable(Graph callee) {
        if (callee.blocks.stream().noneMatch(b -> b.end() != null && b.end().op == Op.RETURN)) return "always deoptimizes or throws";
        int nodes = 0;
        for (Block b : callee.blocks) nodes += b.nodes.size() + b.phis.size();
        if (nodes > MAX_NODES) return "too large (" + nodes + " nodes once speculated)";
        for (Block b : callee.blocks) {
            for (Node n : b.nodes) {
                if (!needsFrame(n) || callsWithoutFrame(callee, n)) continue;
                return n.op == Op.GENERIC ? "needs its frame for " + ((GraphBuilder.Generic) n.data).opcode() : "has " + n.op.name().toLowerCase();
            }
        }
        return null;
    }

    /**
     * The one case of a named load that calls a getter (or of a named store that calls a setter) found
     * on a prototype, a function with bytecode; or null. An accessor on the receiver itself is left
     * alone: the holder would not be a constant.
     */
    private static PropertyCache.Case prototypeAccessor(PropertyCache cache, boolean load) {
        List<PropertyCache.Case> cases = cache.cases();
        if (cases.size() != 1) return null;
        PropertyCache.Case c = cases.getFirst();
        if (c.kind() != (load ? PropertyCache.CaseKind.GETTER : PropertyCache.CaseKind.SETTER) || c.chain().isEmpty() || c.holder() != c.chain().getLast()) return null;
        return accessorFunction(c, load) != null ? c : null;
    }

    private static Closure accessorFunction(PropertyCache.Case c, boolean getter) {
        if (!(c.holder().slots()[c.slot()] instanceof Accessor a)) return null;
        return (getter ? a.getter : a.setter) instanceof Closure f ? f : null;
    }

    /**
     * Replaces the call n (index k of block b) by the callee's graph; returns the block holding what
     * followed the call.
     */
    private static Block spliceCall(Graph g, Block b, int k, Node n, GraphBuilder.Generic gen, BytecodeFunction fn, Graph callee, boolean construct) {
        // CALL callee, this, first, count (inputs: acc, callee, this, arguments); NEW callee, first, count (inputs: acc, callee, arguments).
        List<Node> arguments = new ArrayList<>();
        for (int i = 0; i < gen.argumentCount(); i++) arguments.add(gen.argument(n, i));
        List<Node> before = new ArrayList<>(b.nodes.subList(0, k));
        return splice(g, b, k, n, fn, callee, n.input(1), construct ? null : n.input(2), arguments, before);
    }

    /**
     * Replaces the named load n (obj.name, index k of block b) that calls the getter of case c, or the
     * named store (obj.name = value) that calls its setter, by the accessor's graph: guards that the
     * receiver has the shape of the case and that the holder's property is still that accessor (the
     * prototypes on the chain keeping their shapes is a dependency), then the getter with the receiver
     * as this and no arguments, or the setter with the value as its argument (the store's value is
     * the value, whatever the setter returns).
     */
    private static Block spliceAccessor(Graph g, Block b, int k, Node n, PropertyCache.Case c, Closure function, Graph callee, boolean getter) {
        List<Node> before = new ArrayList<>(b.nodes.subList(0, k));
        Node obj = n.input(1);
        before.add(g.guard(Op.CHECK_SHAPE, b, n, obj).withData(new dev.piste.runtime.objects.Shape[] {c.receiverShape()}));
        for (int i = 0; i < c.chain().size(); i++) g.shapeDependencies.add(new Graph.ShapeDependency(c.chain().get(i), c.chainShapes().get(i)));
        Node holder = add(g, b, before, g.newNode(Op.CONSTANT, -1).withData(c.holder()));
        Node accessor = add(g, b, before, g.newNode(Op.LOAD_FIELD, n.pc, holder)
            .withData(new PropertySpeculation.Fields(new dev.piste.runtime.objects.Shape[] {c.chainShapes().getLast()}, new int[] {c.slot()})));
        Node expected = add(g, b, before, g.newNode(Op.CONSTANT, -1).withData(c.holder().slots()[c.slot()]));
        before.add(g.guard(Op.CHECK_VALUE, b, n, accessor, expected));
        Node closure = add(g, b, before, g.newNode(Op.CONSTANT, -1).withData(function));
        Node value = n.input(0);
        Block after = splice(g, b, k, n, function.code, callee, closure, obj, getter ? List.of() : List.of(value), before);
        // A store's value is what was stored: the phi of the setter's returns becomes that value.
        if (!getter && after != null) for (int i = 0; i < n.inputCount(); i++) n.inputs[i] = value;
        return after;
    }

    /**
     * Replaces n (index k of block b) by a call of closure, a closure of fn, whose graph is callee:
     * thisArg (null: a new object, for construct) and the arguments as its entry values, before the
     * nodes that come first in b.
     */
    private static Block splice(Graph g, Block b, int k, Node n, BytecodeFunction fn, Graph callee, Node closure, Node thisArgOrNull,
                                List<Node> callArguments, List<Node> before) {
        boolean construct = thisArgOrNull == null;
        List<Node> arguments = new ArrayList<>(callArguments);
        int count = arguments.size();
        // The callee takes JavaScript values: an argument the caller holds unboxed is boxed for it.
        for (int i = 0; i < arguments.size(); i++) {
            Node a = arguments.get(i);
            if (a.representation == Representation.TAGGED) continue;
            Op box = switch (a.representation) { case INT32 -> Op.BOX_INT32; case BOOL -> Op.BOX_BOOL; default -> Op.BOX_FLOAT64; };
            arguments.set(i, add(g, b, before, g.newNode(box, -1, a)));
        }
        // The guard: a closure of fn, else the interpreter makes the call.
        before.add(g.guard(Op.CHECK_CALLEE, b, n, closure).withData(fn));
        Node thisArg = construct ? add(g, b, before, g.guard(Op.ALLOCATE, b, n, closure)) : thisArgOrNull;
        // The callee's entry values, as the interpreter's frame set-up would make them.
        Map<Node, Node> replace = new IdentityHashMap<>();
        Block entry = callee.blocks.getFirst();
        Node undefined = null;
        Node thisValue = fn.flags.strict() || fn.flags.arrow() ? thisArg : null;
        for (Node e : entry.nodes) {
            if (e.op != Op.ENTRY) continue;
            int r = (Integer) e.data;
            Node v;
            int parameter = indexOf(fn.parameterRegisters, r);
            if (parameter >= 0 && parameter < count) {
                v = arguments.get(parameter);
            } else if (r == fn.thisRegister && r >= 0 && !fn.flags.arrow()) {
                if (thisValue == null) {
                    thisValue = add(g, b, before, g.newNode(Op.SLOPPY_THIS, n.pc, closure, thisArg));
                }
                v = thisValue;
            } else if (r == fn.functionRegister && r >= 0 || construct && r == fn.newTargetRegister && r >= 0) {
                v = closure;
            } else if (r == fn.homeObjectRegister && r >= 0) {
                v = add(g, b, before, g.newNode(Op.LOAD_HOME_OBJECT, n.pc, closure));
            } else {
                if (undefined == null) undefined = add(g, b, before, g.newNode(Op.CONSTANT, -1).withData(Undefined.INSTANCE));
                v = undefined;
            }
            replace.put(e, v);
        }
        entry.nodes.removeIf(x -> x.op == Op.ENTRY);
        FrameState.InlinedCall call = new FrameState.InlinedCall(fn, closure, thisArg, List.copyOf(arguments), construct);
        Map<FrameState, FrameState> states = new IdentityHashMap<>();
        // The callee went through escape analysis: the slots of its virtual objects may be entry values too.
        java.util.Set<Node> virtualsDone = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.function.UnaryOperator<Node> inState = new java.util.function.UnaryOperator<>() {
            @Override public Node apply(Node v) {
                if (v != null && v.op == Op.VIRTUAL_OBJECT && virtualsDone.add(v)) for (int i = 0; i < v.inputCount(); i++) v.inputs[i] = apply(v.input(i));
                return replace.getOrDefault(v, v);
            }
        };
        for (Block cb : callee.blocks) {
            for (Node x : cb.phis) substitute(x, replace);
            for (Node x : cb.nodes) {
                substitute(x, replace);
                // The callee's context is its closure's all along: it makes no context of its own (no generic instruction, no function context).
                if (x.op == Op.LOAD_CONTEXT) { x.op = Op.CLOSURE_CONTEXT; x.setInputs(new Node[] {closure}); }
                x.frameState = attach(x.frameState, n.frameState, call, inState, states);
                x.afterState = attach(x.afterState, n.frameState, call, inState, states);
            }
        }
        // What followed the call, in a block of its own; the call's value is a phi of the callee's returns.
        Block after = new Block(-1, b.startPc);
        after.nodes.addAll(b.nodes.subList(k + 1, b.nodes.size()));
        for (Node x : after.nodes) x.block = after;
        for (Block s : b.successors) {
            s.predecessors.set(s.predecessors.indexOf(b), after);
            after.successors.add(s);
        }
        b.successors.clear();
        b.nodes.clear();
        b.nodes.addAll(before);
        Node jump = g.newNode(Op.JUMP, -1);
        jump.block = b;
        b.nodes.add(jump);
        b.successors.add(entry);
        entry.predecessors.add(b);
        List<Node> results = new ArrayList<>();
        for (Block cb : callee.blocks) {
            Node end = cb.end();
            if (end.op != Op.RETURN) continue;
            Node result = end.input(0);
            cb.nodes.removeLast();
            if (construct) {
                result = g.newNode(Op.CONSTRUCT_RESULT, -1, result, thisArg);
                result.block = cb;
                cb.nodes.add(result);
            }
            results.add(result);
            Node j = g.newNode(Op.JUMP, -1);
            j.block = cb;
            cb.nodes.add(j);
            cb.successors.add(after);
            after.predecessors.add(cb);
        }
        n.op = Op.PHI;
        n.data = null;
        n.frameState = null;
        n.afterState = null;
        n.representation = Representation.TAGGED;
        n.block = after;
        n.setInputs(results.toArray(new Node[0]));
        after.phis.add(n);
        int at = g.blocks.indexOf(b) + 1;
        g.blocks.addAll(at, callee.blocks);
        g.blocks.add(at + callee.blocks.size(), after);
        g.shapeDependencies.addAll(callee.shapeDependencies);
        g.globalDependencies.addAll(callee.globalDependencies);
        return after;
    }

    private static Node add(Graph g, Block b, List<Node> nodes, Node n) {
        n.block = b;
        nodes.add(n);
        return n;
    }

    private static void substitute(Node x, Map<Node, Node> replace) {
        for (int i = 0; i < x.inputCount(); i++) {
            Node r = replace.get(x.input(i));
            if (r != null) x.inputs[i] = r;
        }
    }

    /** s with its values replaced by f (the entry values by the call's) and the caller's state at the call as the outermost one. */
    private static FrameState attach(FrameState s, FrameState caller, FrameState.InlinedCall call, java.util.function.UnaryOperator<Node> f,
                                     Map<FrameState, FrameState> done) {
        if (s == null) return null;
        FrameState r = done.get(s);
        if (r != null) return r;
        Node[] registers = s.registers.clone();
        for (int i = 0; i < registers.length; i++) if (registers[i] != null) registers[i] = f.apply(registers[i]);
        Node acc = f.apply(s.accumulator);
        if (s.outer == null) {
            r = new FrameState(s.pc, acc, registers, caller, call);
        } else {
            FrameState.InlinedCall c = s.call;
            FrameState.InlinedCall own = new FrameState.InlinedCall(c.function(), f.apply(c.closure()), f.apply(c.thisArg()),
                c.arguments().stream().map(f).toList(), c.construct());
            r = new FrameState(s.pc, acc, registers, attach(s.outer, caller, call, f, done), own);
        }
        done.put(s, r);
        return r;
    }

    private static int indexOf(int[] values, int v) {
        for (int i = 0; i < values.length; i++) if (values[i] == v) return i;
        return -1;
    }
}
