// Operating-system task scheduler simulation: a kernel with priority ready queues, mailboxes,
// blocking receive, timers and an idle process. Producers create jobs, a dispatcher routes them
// to workers, workers sometimes issue requests to disk devices and sleep until the reply.
(function () {
  var READY = 0, BLOCKED = 1, SLEEPING = 2, DONE = 3;
  var YIELD = 0, BLOCK = 1, FINISH = 2, SLEEP = 3;
  var JOB = 1, STOP = 2, IO_REQUEST = 3, IO_DONE = 4;

  function Message(from, kind, value) {
    this.from = from; this.kind = kind; this.value = value; this.next = null;
  }

  class Process {
    constructor(kernel, name, priority) {
      this.kernel = kernel; this.name = name; this.priority = priority;
      this.state = READY; this.head = null; this.tail = null; this.nextReady = null;
      this.wakeAt = 0; this.cpu = 0; this.sleepFor = 0;
    }
    deliver(msg) {
      if (this.tail === null) this.head = this.tail = msg; else { this.tail.next = msg; this.tail = msg; }
      this.kernel.messages++;
      if (this.state === BLOCKED) this.kernel.makeReady(this);
    }
    receive() {
      var m = this.head;
      if (m === null) return null;
      this.head = m.next; if (this.head === null) this.tail = null;
      m.next = null;
      return m;
    }
    send(to, kind, value) { to.deliver(new Message(this, kind, value)); }
  }

  class Producer extends Process {
    constructor(kernel, name, dispatcher, count, seed) {
      super(kernel, name, 1);
      this.dispatcher = dispatcher; this.remaining = count; this.rng = makeRandom(seed);
    }
    step() {
      if (this.remaining === 0) { this.send(this.dispatcher, STOP, 0); return FINISH; }
      this.remaining--;
      this.send(this.dispatcher, JOB, this.rng.below(100000));
      if ((this.remaining & 7) === 0) { this.sleepFor = 3; return SLEEP; }
      return YIELD;
    }
  }

  class Dispatcher extends Process {
    constructor(kernel, producers) {
      super(kernel, "dispatcher", 2);
      this.workers = []; this.nextWorker = 0; this.producersLeft = producers;
    }
    step() {
      var m = this.receive();
      if (m === null) return BLOCK;
      if (m.kind === STOP) {
        if (--this.producersLeft === 0) {
          for (var i = 0; i < this.workers.length; i++) this.send(this.workers[i], STOP, 0);
          return FINISH;
        }
        return YIELD;
      }
      // route to the worker with the shortest queue, starting from a rotating position
      var best = null, bestLen = 1e9;
      for (var k = 0; k < this.workers.length; k++) {
        var w = this.workers[(this.nextWorker + k) % this.workers.length];
        var len = 0;
        for (var q = w.head; q !== null; q = q.next) len++;
        if (len < bestLen) { bestLen = len; best = w; }
      }
      this.nextWorker = (this.nextWorker + 1) % this.workers.length;
      this.send(best, JOB, m.value);
      return YIELD;
    }
  }

  class Worker extends Process {
    constructor(kernel, name, disks) {
      super(kernel, name, 1);
      this.disks = disks; this.checksum = 0; this.jobs = 0; this.waitingIo = false; this.stopped = false;
    }
    takeIoReply() {
      for (var prev = null, q = this.head; q !== null; prev = q, q = q.next) {
        if (q.kind === IO_DONE) {
          if (prev === null) this.head = q.next; else prev.next = q.next;
          if (this.tail === q) this.tail = prev;
          q.next = null;
          return q;
        }
      }
      return null;
    }
    step() {
      if (this.waitingIo) {
        var reply = this.takeIoReply();
        if (reply === null) return BLOCK;
        this.waitingIo = false;
        this.checksum = (this.checksum * 31 + reply.value) % 1000000007;
        return this.stopped && this.head === null ? FINISH : YIELD;
      }
      var m = this.receive();
      if (m === null) return this.stopped ? FINISH : BLOCK;
      if (m.kind === STOP) { this.stopped = true; return this.head === null ? FINISH : YIELD; }
      var v = m.value, h = v;
      for (var r = 0; r < 20; r++) h = (h * 1103 + 12345 + r) % 65521;
      this.jobs++;
      this.checksum = (this.checksum * 17 + h) % 1000000007;
      if (v % 3 === 0) {
        this.waitingIo = true;
        this.send(this.disks[v % this.disks.length], IO_REQUEST, h);
      }
      return YIELD;
    }
  }

  class Disk extends Process {
    constructor(kernel, name) { super(kernel, name, 3); this.current = null; this.served = 0; }
    step() {
      if (this.current !== null) { // the seek finished
        var req = this.current; this.current = null; this.served++;
        this.send(req.from, IO_DONE, (req.value * 7 + this.served) % 10007);
      }
      var m = this.receive();
      if (m === null) return this.kernel.liveWorkers() === 0 ? FINISH : BLOCK;
      this.current = m;
      this.sleepFor = 1 + m.value % 5;
      return SLEEP;
    }
  }

  class Idle extends Process {
    constructor(kernel) { super(kernel, "idle", 0); this.count = 0; }
    step() {
      this.count++;
      return this.kernel.liveWorkers() === 0 ? FINISH : YIELD;
    }
  }

  class Kernel {
    constructor() {
      this.heads = [null, null, null, null]; this.tails = [null, null, null, null];
      this.clock = 0; this.messages = 0; this.switches = 0; this.timers = []; this.workers = [];
    }
    makeReady(p) {
      p.state = READY; p.nextReady = null;
      var pr = p.priority;
      if (this.tails[pr] === null) this.heads[pr] = this.tails[pr] = p;
      else { this.tails[pr].nextReady = p; this.tails[pr] = p; }
    }
    pick() {
      for (var pr = 3; pr >= 0; pr--) {
        var p = this.heads[pr];
        if (p !== null) {
          this.heads[pr] = p.nextReady; if (this.heads[pr] === null) this.tails[pr] = null;
          p.nextReady = null;
          return p;
        }
      }
      return null;
    }
    sleep(p, ticks) {
      p.state = SLEEPING; p.wakeAt = this.clock + ticks;
      // keep timers sorted by wake time (stable insertion)
      var t = this.timers, i = t.length;
      t.push(p);
      while (i > 0 && t[i - 1].wakeAt > p.wakeAt) { t[i] = t[i - 1]; i--; }
      t[i] = p;
    }
    fireTimers() {
      var t = this.timers, n = 0;
      while (n < t.length && t[n].wakeAt <= this.clock) { this.makeReady(t[n]); n++; }
      if (n > 0) this.timers = t.slice(n);
    }
    liveWorkers() {
      var n = 0;
      for (var i = 0; i < this.workers.length; i++) if (this.workers[i].state !== DONE) n++;
      return n;
    }
    run() {
      for (;;) {
        this.fireTimers();
        var p = this.pick();
        if (p === null) {
          if (this.timers.length === 0) return;
          this.clock = this.timers[0].wakeAt;
          continue;
        }
        this.clock++; this.switches++; p.cpu++;
        var r = p.step();
        if (r === YIELD) this.makeReady(p);
        else if (r === BLOCK) p.state = BLOCKED;
        else if (r === SLEEP) this.sleep(p, p.sleepFor);
        else p.state = DONE;
      }
    }
  }

  function simulate(jobsPerProducer) {
    var k = new Kernel();
    var producers = 3, disks = [];
    var dispatcher = new Dispatcher(k, producers);
    for (var d = 0; d < 2; d++) disks.push(new Disk(k, "disk" + d));
    for (var w = 0; w < 4; w++) { var wk = new Worker(k, "worker" + w, disks); k.workers.push(wk); dispatcher.workers.push(wk); }
    var all = [dispatcher].concat(disks, k.workers);
    for (var i = 0; i < producers; i++) all.push(new Producer(k, "producer" + i, dispatcher, jobsPerProducer, 1000 + i));
    all.push(new Idle(k));
    for (var j = 0; j < all.length; j++) k.makeReady(all[j]);
    k.run();
    var checksum = 0, jobs = 0;
    for (var x = 0; x < k.workers.length; x++) { checksum = (checksum * 3 + k.workers[x].checksum) % 1000000007; jobs += k.workers[x].jobs; }
    return { checksum: checksum, jobs: jobs, messages: k.messages, switches: k.switches, clock: k.clock };
  }

  var EXPECTED = { // recorded with node
    6000: {"checksum":493065786,"jobs":18000,"messages":48123,"switches":89913,"clock":89913},
    200: {"checksum":895343904,"jobs":600,"messages":1629,"switches":3036,"clock":3036}
  };
  benchmark({
    name: "scheduler",
    iterations: 10,
    size: 6000,
    smokeSize: 200,
    run: simulate,
    check: function (r, size) {
      return r.jobs === size * 3 && expectFor(EXPECTED, size, r);
    }
  });
})();
