// One-way constraint solver with plans. Variables are connected by constraints of different
// strengths; each constraint has several one-way methods (which variable it computes from which).
// The planner picks, strongest constraint first, a method whose output is still free and whose
// inputs do not depend on that output (no cycles), leaving weaker conflicting constraints
// unsatisfied. An execution plan (topologically ordered methods downstream of the edited
// variables) is extracted and run many times as the edited values change.
(function () {
  var REQUIRED = 0, STRONG = 1, PREFERRED = 2, DEFAULT = 3, NORMAL = 4, WEAK = 5, WEAKEST = 6;

  class Variable {
    constructor(name, value) { this.name = name; this.value = value; this.determinedBy = null; this.mark = 0; this.users = []; }
  }

  class Constraint {
    constructor(strength) { this.strength = strength; this.chosen = -1; this.order = 0; }
    // methods(): array of { output, inputs, run }
    isInput() { return false; }
    satisfied() { return this.chosen >= 0; }
    output() { return this.methods[this.chosen].output; }
    inputs() { return this.methods[this.chosen].inputs; }
    execute() { this.methods[this.chosen].run(); }
  }
  class Stay extends Constraint {
    constructor(v, strength) { super(strength); this.v = v; this.methods = [{ output: v, inputs: [], run: function () {} }]; }
  }
  class Edit extends Constraint {
    constructor(v, strength) { super(strength); this.v = v; this.methods = [{ output: v, inputs: [], run: function () {} }]; }
    isInput() { return true; }
  }
  class Equal extends Constraint {
    constructor(a, b, strength) {
      super(strength);
      this.methods = [
        { output: b, inputs: [a], run: function () { b.value = a.value; } },
        { output: a, inputs: [b], run: function () { a.value = b.value; } }
      ];
    }
  }
  class Scale extends Constraint { // dst = src * scale + offset
    constructor(src, scale, offset, dst, strength) {
      super(strength);
      this.methods = [
        { output: dst, inputs: [src, scale, offset], run: function () { dst.value = src.value * scale.value + offset.value; } },
        { output: src, inputs: [dst, scale, offset], run: function () { src.value = (dst.value - offset.value) / scale.value; } }
      ];
    }
  }

  class Solver {
    constructor() { this.constraints = []; this.counter = 0; this.epoch = 0; this.unsatisfied = 0; this.dirty = true; }
    add(c) { c.order = this.counter++; this.constraints.push(c); this.dirty = true; return c; }
    remove(c) { var i = this.constraints.indexOf(c); if (i >= 0) this.constraints.splice(i, 1); this.dirty = true; }
    dependsOn(v, target) {
      // does v (transitively, through the methods chosen so far) read target?
      var stack = [v], epoch = ++this.epoch;
      while (stack.length > 0) {
        var x = stack.pop();
        if (x === target) return true;
        if (x.mark === epoch) continue;
        x.mark = epoch;
        var c = x.determinedBy;
        if (c !== null) { var ins = c.inputs(); for (var i = 0; i < ins.length; i++) stack.push(ins[i]); }
      }
      return false;
    }
    solve() {
      var cs = this.constraints, i, k;
      for (i = 0; i < cs.length; i++) {
        var c = cs[i]; c.chosen = -1;
        for (var m = 0; m < c.methods.length; m++) { var ms = c.methods[m]; ms.output.determinedBy = null; ms.output.claim = WEAKEST + 1; }
      }
      // the strongest single-method (stay/edit) claim on each variable guides the guesses below
      for (i = 0; i < cs.length; i++) {
        if (cs[i].methods.length === 1 && cs[i].methods[0].inputs.length === 0) {
          var o = cs[i].methods[0].output;
          if (cs[i].strength < o.claim) o.claim = cs[i].strength;
        }
      }
      var sorted = cs.slice().sort(function (a, b) { return a.strength - b.strength || a.methods.length - b.methods.length || a.order - b.order; });
      this.unsatisfied = 0;
      var start = 0;
      while (start < sorted.length) {
        var level = sorted[start].strength, end = start;
        while (end < sorted.length && sorted[end].strength === level) end++;
        var pending = sorted.slice(start, end);
        while (pending.length > 0) {
          // propagation: constraints with a method whose inputs are all known and whose output is free
          var progress = true;
          while (progress) {
            progress = false;
            var rest = [];
            for (k = 0; k < pending.length; k++) {
              var con = pending[k], chosen = -1;
              for (var j = 0; j < con.methods.length && chosen < 0; j++) {
                var method = con.methods[j];
                if (method.output.determinedBy !== null) continue;
                var known = true;
                for (var q = 0; q < method.inputs.length; q++) if (method.inputs[q].determinedBy === null) { known = false; break; }
                if (known) chosen = j;
              }
              if (chosen >= 0) { con.chosen = chosen; con.methods[chosen].output.determinedBy = con; progress = true; }
              else rest.push(con);
            }
            pending = rest;
          }
          if (pending.length === 0) break;
          // no constraint is forced: guess for the first one, computing the free output with the
          // weakest competing claim, never creating a cycle
          var first = pending.shift(), best = -1;
          for (var b = 0; b < first.methods.length; b++) {
            var mb = first.methods[b], out = mb.output;
            if (out.determinedBy !== null) continue;
            var cyclic = false;
            for (var z = 0; z < mb.inputs.length; z++) if (this.dependsOn(mb.inputs[z], out)) { cyclic = true; break; }
            if (cyclic) continue;
            if (best < 0 || out.claim > first.methods[best].output.claim) best = b;
          }
          if (best >= 0) { first.chosen = best; first.methods[best].output.determinedBy = first; }
          else {
            if (first.strength === REQUIRED) throw new Error("cannot satisfy a required constraint");
            this.unsatisfied++;
          }
        }
        start = end;
      }
      // users: the satisfied constraints that read each variable
      for (var u = 0; u < cs.length; u++) for (var w = 0; w < cs[u].methods.length; w++) {
        var mm = cs[u].methods[w]; mm.output.users = [];
        for (var z = 0; z < mm.inputs.length; z++) mm.inputs[z].users = [];
      }
      for (var s = 0; s < cs.length; s++) {
        if (!cs[s].satisfied()) continue;
        var ins = cs[s].inputs();
        for (var t = 0; t < ins.length; t++) ins[t].users.push(cs[s]);
      }
      this.dirty = false;
    }
    // the constraints downstream of the input (edit) constraints, each after the ones it reads from
    plan() {
      if (this.dirty) this.solve();
      var visited = new Set(), post = [];
      function visit(c) {
        if (visited.has(c)) return;
        visited.add(c);
        var users = c.output().users;
        for (var i = 0; i < users.length; i++) visit(users[i]);
        post.push(c);
      }
      for (var i = 0; i < this.constraints.length; i++) {
        var c = this.constraints[i];
        if (c.isInput() && c.satisfied()) visit(c);
      }
      return post.reverse();
    }
  }
  function execute(plan) { for (var i = 0; i < plan.length; i++) plan[i].execute(); }

  function chainTest(n) {
    var s = new Solver(), vars = [];
    for (var i = 0; i <= n; i++) vars.push(new Variable("v" + i, 0));
    for (var j = 0; j < n; j++) s.add(new Equal(vars[j], vars[j + 1], REQUIRED));
    s.add(new Stay(vars[n], WEAK));
    var edit = s.add(new Edit(vars[0], PREFERRED));
    var plan = s.plan(), errors = 0;
    // the edit is stronger than the stay: the stay is unsatisfied and the plan covers the chain
    if (plan.length !== n + 1 || s.unsatisfied !== 1) errors++;
    s.remove(edit);
    edit = s.add(new Edit(vars[0], REQUIRED));
    plan = s.plan();
    for (var v = 0; v < 100; v++) {
      vars[0].value = v;
      execute(plan);
      if (vars[n].value !== v) errors++;
    }
    s.remove(edit);
    s.add(new Edit(vars[n], REQUIRED));
    plan = s.plan();
    for (var w = 0; w < 100; w++) {
      vars[n].value = w * 3;
      execute(plan);
      if (vars[0].value !== w * 3) errors++;
    }
    return errors;
  }

  function projectionTest(n) {
    var s = new Solver(), scale = new Variable("scale", 10), offset = new Variable("offset", 1000), src = [], dst = [];
    s.add(new Stay(scale, NORMAL)); s.add(new Stay(offset, NORMAL));
    for (var i = 0; i < n; i++) {
      var a = new Variable("src" + i, i), b = new Variable("dst" + i, i);
      src.push(a); dst.push(b);
      s.add(new Stay(a, WEAK)); s.add(new Stay(b, WEAKEST));
      s.add(new Scale(a, scale, offset, b, REQUIRED));
    }
    var errors = 0, edit = s.add(new Edit(src[0], PREFERRED)), plan = s.plan();
    for (var v = 0; v < 50; v++) { src[0].value = v; execute(plan); if (dst[0].value !== v * 10 + 1000) errors++; }
    s.remove(edit);
    edit = s.add(new Edit(scale, PREFERRED)); plan = s.plan();
    for (var k = 1; k < 20; k++) {
      scale.value = k; execute(plan);
      for (var j = 0; j < n; j++) if (dst[j].value !== src[j].value * k + 1000) errors++;
    }
    s.remove(edit);
    edit = s.add(new Edit(dst[n - 1], PREFERRED)); plan = s.plan();
    dst[n - 1].value = 5000; execute(plan);
    if (src[n - 1].value !== (5000 - 1000) / scale.value) errors++;
    return { errors: errors, unsatisfied: s.unsatisfied };
  }

  function run(n) {
    var errors = 0, unsatisfied = 0;
    for (var r = 0; r < 4; r++) {
      errors += chainTest(n);
      var p = projectionTest(n);
      errors += p.errors; unsatisfied += p.unsatisfied;
    }
    return { errors: errors, unsatisfied: unsatisfied };
  }
    benchmark({
    name: "constraints",
    iterations: 10,
    size: 150,
    smokeSize: 20,
    run: run,
    check: function (r, n) { return r.errors === 0 && r.unsatisfied === 4 * (n + 1); }
  });
})();
