// Towers of Hanoi: moves real disks between three stacks (arrays of disk objects) recursively,
// then iteratively, verifying that no larger disk is ever put on a smaller one.
(function () {
  function Disk(size) { this.size = size; }
  function Towers(n) {
    this.pegs = [[], [], []];
    for (var i = n; i >= 1; i--) this.pegs[0].push(new Disk(i));
    this.moves = 0;
  }
  Towers.prototype.move = function (from, to) {
    var disk = this.pegs[from].pop();
    var dest = this.pegs[to];
    if (dest.length > 0 && dest[dest.length - 1].size < disk.size) throw new Error("illegal move");
    dest.push(disk);
    this.moves++;
  };
  Towers.prototype.solve = function (n, from, to, via) {
    if (n === 0) return;
    this.solve(n - 1, from, via, to);
    this.move(from, to);
    this.solve(n - 1, via, to, from);
  };
  function iterative(t, n) {
    // smallest disk moves cyclically; the other move is the only legal one
    var order = n % 2 === 0 ? [0, 1, 2] : [0, 2, 1], small = 0, total = Math.pow(2, n) - 1;
    for (var m = 1; m <= total; m++) {
      if (m % 2 === 1) {
        var next = (small + 1) % 3;
        t.move(order[small], order[next]); small = next;
      } else {
        var a = order[(small + 1) % 3], b = order[(small + 2) % 3];
        var pa = t.pegs[a], pb = t.pegs[b];
        if (pb.length === 0 || (pa.length > 0 && pa[pa.length - 1].size < pb[pb.length - 1].size)) t.move(a, b);
        else t.move(b, a);
      }
    }
  }
  function run(n) {
    var moves = 0, ok = 0;
    for (var rep = 0; rep < 4; rep++) {
      var t = new Towers(n);
      t.solve(n, 0, 2, 1);
      moves += t.moves;
      if (t.pegs[2].length === n && t.pegs[0].length === 0) ok++;
      var u = new Towers(n);
      iterative(u, n);
      moves += u.moves;
      if (u.pegs[2].length === n && u.pegs[2][0].size === n) ok++;
    }
    return { moves: moves, ok: ok };
  }
  benchmark({
    name: "hanoi",
    iterations: 10,
    size: 17,
    smokeSize: 8,
    run: run,
    check: function (r, n) { return r.ok === 8 && r.moves === 8 * (Math.pow(2, n) - 1); }
  });
})();
