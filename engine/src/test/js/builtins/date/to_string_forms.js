var d = new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6));
console.log(d.toISOString(), d.toJSON(), d.toUTCString(), d.toGMTString === d.toUTCString);
var bad = new Date(NaN);
console.log(String(bad), bad.toDateString(), bad.toTimeString(), bad.toUTCString(), bad.toLocaleString(), bad.toJSON());
try { bad.toISOString(); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(new Date(Date.UTC(-1, 0, 1)).toISOString(), new Date(Date.UTC(10000, 0, 1)).toISOString(), new Date(8.64e15).toISOString(), new Date(-8.64e15).toUTCString());
console.log(new Date(Date.UTC(5, 0, 1) - Date.UTC(1905, 0, 1) + Date.UTC(1905, 0, 1)).toISOString());
console.log(JSON.stringify({ when: new Date(0) }), Date.prototype.toJSON.call({ toISOString() { return "custom"; } }));
// expect: 2020-01-02T03:04:05.006Z 2020-01-02T03:04:05.006Z Thu, 02 Jan 2020 03:04:05 GMT true
// expect: Invalid Date Invalid Date Invalid Date Invalid Date Invalid Date null
// expect: RangeError: Invalid time value
// expect: -000001-01-01T00:00:00.000Z +010000-01-01T00:00:00.000Z +275760-09-13T00:00:00.000Z Tue, 20 Apr -271821 00:00:00 GMT
// expect: 1905-01-01T00:00:00.000Z
// expect: {"when":"1970-01-01T00:00:00.000Z"} custom
