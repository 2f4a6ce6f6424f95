// setTimeout callbacks fire by delay; equal delays fire in creation order; extra arguments are passed.
var out = [];
var id = setTimeout(() => {}, 1);
console.log(typeof id === "object" || typeof id === "number"); // expect: true
setTimeout(() => out.push("60"), 60);
setTimeout(() => out.push("20"), 20);
setTimeout(() => out.push("40a"), 40);
setTimeout(() => out.push("40b"), 40);
setTimeout((a, b) => out.push("args " + a + b), 30, "x", "y");
setTimeout(() => out.push("0a"), 0);
setTimeout(() => out.push("0b"));
setTimeout(() => out.push("negative"), -5);
out.push("sync");
setTimeout(() => console.log(out.join(" ")), 100); // expect: sync 0a 0b negative 20 args xy 40a 40b 60
