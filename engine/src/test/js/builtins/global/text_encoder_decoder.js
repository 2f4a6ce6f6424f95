// TextEncoder and TextDecoder: UTF-8 both ways, encodeInto, BOM, fatal, streaming, UTF-16LE, errors.
const t = (f) => { try { const r = f(); console.log(r instanceof Uint8Array ? "U8[" + r.join() + "]" : typeof r === "string" ? JSON.stringify(r) : r); } catch (e) { console.log(e.name + " | " + e.message); } };
const enc = new TextEncoder();
t(() => enc.encoding); t(() => enc.encode("hé€😀")); t(() => enc.encode()); t(() => enc.encode("a\uD800b"));
const dst = new Uint8Array(5); t(() => JSON.stringify(enc.encodeInto("hé€", dst))); t(() => dst);
t(() => JSON.stringify(enc.encodeInto("😀x", new Uint8Array(3))));
const dec = new TextDecoder();
t(() => [dec.encoding, dec.fatal, dec.ignoreBOM].join());
t(() => dec.decode(new Uint8Array([0x68, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80])));
t(() => dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))); t(() => new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).length);
t(() => dec.decode(new Uint8Array([0x41, 0xff, 0xc3]))); t(() => new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xff])));
t(() => dec.decode()); t(() => dec.decode(new Uint8Array([0x41, 0x42]).buffer)); t(() => dec.decode(new DataView(new Uint8Array([0x43]).buffer)));
t(() => new TextDecoder("UTF8").encoding); t(() => new TextDecoder("utf-16le").decode(new Uint8Array([0x41, 0, 0x3d, 0xd8, 0, 0xde])));
t(() => new TextDecoder("nope")); t(() => dec.decode("str")); t(() => TextEncoder()); t(() => Object.prototype.toString.call(enc));
t(() => new TextDecoder("utf-8").decode(new Uint16Array([0x4241])));
const bytes = new TextEncoder().encode("a€😀b");
const d = new TextDecoder(); let out = "";
for (const b of bytes) out += d.decode(new Uint8Array([b]), { stream: true });
out += d.decode(); console.log(out, out.length);
const d2 = new TextDecoder(); console.log(JSON.stringify(d2.decode(new Uint8Array([0xe2, 0x82]), { stream: true })), JSON.stringify(d2.decode()));
const d3 = new TextDecoder(); console.log(d3.decode(new Uint8Array([0xef, 0xbb]), { stream: true }) + "|" + d3.decode(new Uint8Array([0xbf, 0x41]), { stream: true }) + "|" + d3.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x42])).length);
const u16 = new TextDecoder("utf-16le"); console.log(u16.decode(new Uint8Array([0x3d, 0xd8]), { stream: true }) + "|" + u16.decode(new Uint8Array([0x00, 0xde, 0x41]), { stream: true }) + "|" + u16.decode(new Uint8Array([0x00])));
console.log(new TextDecoder().decode(new Uint8Array([0xf0, 0x9f, 0x98]), { stream: false }).length);
// expect: "utf-8"
// expect: U8[104,195,169,226,130,172,240,159,152,128]
// expect: U8[]
// expect: U8[97,239,191,189,98]
// expect: "{\"read\":2,\"written\":3}"
// expect: U8[104,195,169,0,0]
// expect: "{\"read\":0,\"written\":0}"
// expect: "utf-8,false,false"
// expect: "hé€😀"
// expect: "A"
// expect: 2
// expect: "A��"
// expect: TypeError | The encoded data was not valid for encoding utf-8
// expect: ""
// expect: "AB"
// expect: "C"
// expect: "utf-8"
// expect: "A😀"
// expect: RangeError | The "nope" encoding is not supported
// expect: TypeError | The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
// expect: TypeError | Class constructor TextEncoder cannot be invoked without 'new'
// expect: "[object TextEncoder]"
// expect: "AB"
// expect: a€😀b 5
// expect: "" "�"
// expect: |A|2
// expect: |😀|A
// expect: 1
