// Loop finding on a generated control-flow graph: builds a CFG of nested loops, diamonds and
// irreducible-free structure, computes dominators with the iterative algorithm over reverse
// post-order, finds back edges and natural loops, and builds the loop nesting forest.
(function () {
  function Block(id) { this.id = id; this.succs = []; this.preds = []; this.rpo = -1; this.idom = null; }
  function Graph() { this.blocks = []; }
  Graph.prototype.block = function () { var b = new Block(this.blocks.length); this.blocks.push(b); return b; };
  Graph.prototype.edge = function (a, b) { a.succs.push(b); b.preds.push(a); };

  // builds a structured region starting at `entry`, returns its exit block
  function region(g, entry, depth, rng) {
    var cur = entry;
    var pieces = 2 + rng.below(3);
    for (var i = 0; i < pieces; i++) {
      var kind = depth <= 0 ? 0 : rng.below(4);
      if (kind === 0) { var nb = g.block(); g.edge(cur, nb); cur = nb; }
      else if (kind === 1) { // diamond
        var l = g.block(), r = g.block(), join = g.block();
        g.edge(cur, l); g.edge(cur, r);
        g.edge(region(g, l, depth - 1, rng), join); g.edge(region(g, r, depth - 1, rng), join);
        cur = join;
      } else { // loop: header, body, back edge, exit (kind 3 adds an early exit)
        var header = g.block(), body = g.block(), exit = g.block();
        g.edge(cur, header); g.edge(header, body); g.edge(header, exit);
        var tail = region(g, body, depth - 1, rng);
        g.edge(tail, header);
        if (kind === 3) g.edge(body, exit);
        cur = exit;
      }
    }
    return cur;
  }

  function reversePostorder(g) {
    var order = [], visited = [], stack = [g.blocks[0]], idx = [0];
    for (var i = 0; i < g.blocks.length; i++) visited.push(false);
    visited[0] = true;
    while (stack.length > 0) {
      var b = stack[stack.length - 1], k = idx[idx.length - 1];
      if (k < b.succs.length) {
        idx[idx.length - 1] = k + 1;
        var s = b.succs[k];
        if (!visited[s.id]) { visited[s.id] = true; stack.push(s); idx.push(0); }
      } else { stack.pop(); idx.pop(); order.push(b); }
    }
    order.reverse();
    for (var j = 0; j < order.length; j++) order[j].rpo = j;
    return order;
  }

  function dominators(order) {
    var entry = order[0];
    entry.idom = entry;
    var changed = true, rounds = 0;
    while (changed) {
      changed = false; rounds++;
      for (var i = 1; i < order.length; i++) {
        var b = order[i], newIdom = null;
        for (var p = 0; p < b.preds.length; p++) {
          var pred = b.preds[p];
          if (pred.idom === null) continue;
          if (newIdom === null) { newIdom = pred; continue; }
          var x = pred, y = newIdom;
          while (x !== y) {
            while (x.rpo > y.rpo) x = x.idom;
            while (y.rpo > x.rpo) y = y.idom;
          }
          newIdom = x;
        }
        if (b.idom !== newIdom) { b.idom = newIdom; changed = true; }
      }
    }
    return rounds;
  }

  function dominates(a, b) {
    while (true) { if (a === b) return true; if (b.idom === b) return false; b = b.idom; }
  }

  function Loop(header) { this.header = header; this.blocks = new Set(); this.parent = null; this.depth = 1; }

  function findLoops(g, order) {
    var loops = [], byHeader = new Map();
    for (var i = 0; i < order.length; i++) {
      var b = order[i];
      for (var s = 0; s < b.succs.length; s++) {
        var h = b.succs[s];
        if (!dominates(h, b)) continue;
        var loop = byHeader.get(h);
        if (!loop) { loop = new Loop(h); byHeader.set(h, loop); loops.push(loop); loop.blocks.add(h); }
        var work = [b];
        while (work.length > 0) {
          var x = work.pop();
          if (loop.blocks.has(x)) continue;
          loop.blocks.add(x);
          for (var p = 0; p < x.preds.length; p++) work.push(x.preds[p]);
        }
      }
    }
    // nesting: the parent is the smallest other loop containing the header
    for (var a = 0; a < loops.length; a++) {
      var best = null;
      for (var c = 0; c < loops.length; c++) {
        if (a !== c && loops[c].blocks.has(loops[a].header) && loops[c].blocks.size > loops[a].blocks.size &&
          (best === null || loops[c].blocks.size < best.blocks.size)) best = loops[c];
      }
      loops[a].parent = best;
    }
    var maxDepth = 0, totalSize = 0;
    for (var d = 0; d < loops.length; d++) {
      var depth = 1;
      for (var q = loops[d].parent; q !== null; q = q.parent) depth++;
      loops[d].depth = depth;
      if (depth > maxDepth) maxDepth = depth;
      totalSize += loops[d].blocks.size;
    }
    return { count: loops.length, maxDepth: maxDepth, totalSize: totalSize };
  }

  function run(n) {
    var rng = makeRandom(31337), result = { blocks: 0, loops: 0, maxDepth: 0, totalSize: 0, rounds: 0 };
    for (var i = 0; i < n; i++) {
      var g = new Graph(), entry = g.block();
      var exit = region(g, entry, 5, rng);
      g.edge(exit, g.block());
      var order = reversePostorder(g);
      result.rounds += dominators(order);
      var l = findLoops(g, order);
      result.blocks += g.blocks.length; result.loops += l.count; result.totalSize += l.totalSize;
      if (l.maxDepth > result.maxDepth) result.maxDepth = l.maxDepth;
    }
    return result;
  }
  var EXPECTED = { // recorded with node
    15: {"blocks":23988,"loops":2699,"maxDepth":5,"totalSize":54209,"rounds":30},
    2: {"blocks":2084,"loops":225,"maxDepth":5,"totalSize":4552,"rounds":4}
  };
  benchmark({
    name: "loops",
    iterations: 10,
    size: 15,
    smokeSize: 2,
    run: run,
    check: function (r, size) { return expectFor(EXPECTED, size, r); }
  });
})();
