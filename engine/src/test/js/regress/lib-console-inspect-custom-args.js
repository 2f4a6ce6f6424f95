// The nodejs.util.inspect.custom hook: arguments (remaining depth, options, inspect), non-string
// results formatted in place, a hook returning this falls back to the default.
const custom = Symbol.for('nodejs.util.inspect.custom');
class Money { constructor(v) { this.v = v; } [custom](depth, options, inspect) { return `Money(${this.v})`; } }
class Wrap { constructor(x) { this.x = x; } [custom](depth, options, inspect) { return { wrapped: this.x }; } }
class Self { [custom]() { return this; } }
class Depth { [custom](depth, options, inspect) { return [typeof depth, depth, options.depth, typeof options.stylize, options.stylize("s", "special"), inspect({ a: [1] })].join("|"); } }
console.log(new Money(5), [new Money(1)], { m: new Money(2) });
console.log(new Wrap(3), [new Wrap([1, 2])]);
console.log(new Self());
console.log(new Depth(), { n: { d: new Depth() } });
console.log(`${new Money(1)}`, String([new Money(2)]));
console.log("%o|%O|%s", new Money(3), new Money(4), new Money(5));
// expect: Money(5) [ Money(1) ] { m: Money(2) }
// expect: { wrapped: 3 } [ { wrapped: [ 1, 2 ] } ]
// expect: Self {}
// expect: number|2|2|function|s|{ a: [ 1 ] } { n: { d: number|0|2|function|s|{ a: [ 1 ] } } }
// expect: [object Object] [object Object]
// expect: Money(3)|Money(4)|Money(5)
