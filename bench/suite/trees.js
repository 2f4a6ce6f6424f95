// Allocation and GC: binary trees built bottom-up and top-down, checked and dropped; singly linked
// lists built, reversed, merged-sorted and dropped; many short-lived objects and a few long-lived.
(function () {
  function TreeNode(left, right, value) { this.left = left; this.right = right; this.value = value; }
  function build(depth, value) {
    if (depth === 0) return new TreeNode(null, null, value);
    return new TreeNode(build(depth - 1, 2 * value), build(depth - 1, 2 * value + 1), value);
  }
  function check(t) {
    if (t.left === null) return 1;
    return 1 + check(t.left) + check(t.right);
  }
  function sumValues(t) { return t === null ? 0 : (t.value + sumValues(t.left) + sumValues(t.right)) % 1000003; }

  function ListNode(value, next) { this.value = value; this.next = next; }
  function makeList(n, rng) { var head = null; for (var i = 0; i < n; i++) head = new ListNode(rng.below(100000), head); return head; }
  function reverse(h) { var prev = null; while (h !== null) { var nx = h.next; h.next = prev; prev = h; h = nx; } return prev; }
  function mergeSort(h) {
    if (h === null || h.next === null) return h;
    var slow = h, fast = h.next;
    while (fast !== null && fast.next !== null) { slow = slow.next; fast = fast.next.next; }
    var second = slow.next; slow.next = null;
    var a = mergeSort(h), b = mergeSort(second), dummy = new ListNode(0, null), t = dummy;
    while (a !== null && b !== null) {
      if (a.value <= b.value) { t.next = a; a = a.next; } else { t.next = b; b = b.next; }
      t = t.next;
    }
    t.next = a !== null ? a : b;
    return dummy.next;
  }

  function run(maxDepth) {
    var longLived = build(maxDepth, 1), nodes = 0;
    for (var d = 4; d <= maxDepth; d += 2) {
      var iters = 1 << (maxDepth - d + 2);
      for (var i = 0; i < iters; i++) nodes += check(build(d, i));
    }
    var rng = makeRandom(99), listStats = 0;
    for (var r = 0; r < 6; r++) {
      var list = mergeSort(reverse(makeList(1 << (maxDepth - 2), rng)));
      var prev = -1, n = 0;
      for (var p = list; p !== null; p = p.next) { if (p.value < prev) throw new Error("list not sorted"); prev = p.value; n++; }
      listStats += n;
    }
    return { nodes: nodes, longLived: check(longLived), sum: sumValues(longLived), listStats: listStats };
  }
  var EXPECTED = { // recorded with node
    14: {"nodes":780972,"longLived":32767,"sum":852920,"listStats":24576},
    6: {"nodes":1004,"longLived":127,"sum":8128,"listStats":96}
  };
  benchmark({
    name: "trees",
    iterations: 10,
    size: 14,
    smokeSize: 6,
    run: run,
    check: function (r, size) { return r.longLived === Math.pow(2, size + 1) - 1 && expectFor(EXPECTED, size, r); }
  });
})();
