// Methods lose this when detached; bind or arrow fields keep it.
class Btn {
  label = "ok";
  arrow = () => this.label;
  method() { return this?.label; }
}
var b = new Btn();
var { arrow, method } = b;
console.log(arrow(), method(), method.call(b), b.method.bind(b)()); // expect: ok undefined ok ok
