package dev.piste.jit.opt;

import dev.piste.bytecode.Opcode;
import dev.piste.ic.FeedbackVector;
import dev.piste.runtime.objects.NativeFunction;

import java.lang.constant.DirectMethodHandleDesc;
import java.util.List;

/**
 * The call speculation pass: a call site that has only ever called one builtin with an intrinsic
 * ({@link NativeFunction#intrinsic}, e.g. Math.sqrt) becomes a guard that the callee is still that
 * function ({@link Op#CHECK_VALUE}) and the intrinsic itself on float64 arguments
 * ({@link Op#FLOAT64_CALL}): no frame, no argument array, no boxing. A builtin with a fast path
 * ({@link NativeFunction#checkedIntrinsic}: array push and pop, Map get/set/has, Set add/has) becomes that fast path
 * ({@link Op#CHECKED_INTRINSIC}), deoptimizing where it declines; a site that deoptimized before is
 * left a call in later compilations.
 *
 * <p>Requirements for contributors: the arguments are the call node's own inputs
 * ({@link GraphBuilder.Generic#argument}); the node made from the call takes the ones it needs.
 */
public final class CallSpeculation {
    private CallSpeculation() {}

    public static void run(Graph g) {
        if (!(g.function.feedback instanceof FeedbackVector fv)) return;
        g.rewrite((b, n, out) -> {
            if (n.op != Op.GENERIC || !(n.data instanceof GraphBuilder.Generic gen) || gen.opcode() != Opcode.CALL
                || !(fv.call(gen.operands()[4]).monomorphicTarget() instanceof NativeFunction target)) return false;
            // A site whose bet failed before (a deopt at its pc) is left to the real call.
            if (g.function.deoptsByPc.containsKey(n.pc)) return false;
            if (target.intrinsic != null) return intrinsic(g, b, n, gen, target, out);
            if (target.checkedIntrinsic != null) return checkedIntrinsic(g, b, n, gen, target, out);
            return "String.prototype.charCodeAt".equals(target.methodIntrinsic) && charCodeAt(g, b, n, gen, target, out);
        });
    }

    /** CALL callee, this, first, count (inputs: acc, callee, this). */
    private static boolean intrinsic(Graph g, Block b, Node n, GraphBuilder.Generic gen, NativeFunction target, List<Node> out) {
        DirectMethodHandleDesc method = target.intrinsic;
        int arity = method.invocationType().parameterCount();
        if (gen.argumentCount() < arity) return false;
        Node[] args = new Node[arity];
        for (int i = 0; i < arity; i++) args[i] = gen.argument(n, i);
        Node callee = constant(g, b, target, out);
        out.add(g.guard(Op.CHECK_VALUE, b, n, n.input(1), callee));
        for (int i = 0; i < arity; i++) {
            Node c = g.guard(Op.CHECKED_TO_FLOAT64, b, n, args[i]);
            c.representation = Representation.FLOAT64;
            out.add(c);
            args[i] = c;
        }
        n.op = Op.FLOAT64_CALL;
        n.data = method;
        n.frameState = null;
        n.representation = Representation.FLOAT64;
        n.setInputs(args);
        out.add(n);
        return true;
    }

    /** A builtin's fast path on this and exactly the arguments it takes (a.push(v), a.pop()), under the call-target guard. */
    private static boolean checkedIntrinsic(Graph g, Block b, Node n, GraphBuilder.Generic gen, NativeFunction target, List<Node> out) {
        DirectMethodHandleDesc method = target.checkedIntrinsic;
        int arity = method.invocationType().parameterCount() - 1;
        if (gen.argumentCount() != arity) return false;
        Node[] inputs = new Node[arity + 1];
        inputs[0] = n.input(2);
        for (int i = 0; i < arity; i++) inputs[i + 1] = gen.argument(n, i);
        out.add(g.guard(Op.CHECK_VALUE, b, n, n.input(1), constant(g, b, target, out)));
        n.becomeChecked(Op.CHECKED_INTRINSIC, method, inputs);
        n.representation = method.invocationType().returnType().equals(java.lang.constant.ConstantDescs.CD_int) ? Representation.INT32 : Representation.TAGGED;
        out.add(n);
        return true;
    }

    /** s.charCodeAt(i) on a string and an int32 index in range: the code unit, an int32 (anything else deoptimizes). */
    private static boolean charCodeAt(Graph g, Block b, Node n, GraphBuilder.Generic gen, NativeFunction target, List<Node> out) {
        if (gen.argumentCount() < 1) return false;
        Node index = gen.argument(n, 0);
        out.add(g.guard(Op.CHECK_VALUE, b, n, n.input(1), constant(g, b, target, out)));
        Node i = g.guard(Op.CHECKED_TO_INT32, b, n, index);
        i.representation = Representation.INT32;
        out.add(i);
        n.becomeChecked(Op.CHAR_CODE_AT, null, n.input(2), i);
        n.representation = Representation.INT32;
        out.add(n);
        return true;
    }

    private static Node constant(Graph g, Block b, Object value, List<Node> out) {
        Node c = g.newNode(Op.CONSTANT, -1).withData(value);
        c.block = b;
        out.add(c);
        return c;
    }
}
