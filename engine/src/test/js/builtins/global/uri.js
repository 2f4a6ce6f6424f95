console.log(encodeURIComponent('a b&c=d/e?f#g'), encodeURI('http://x.y/a b?q=1&r=é#frag'));
console.log(encodeURIComponent("-_.!~*'()"), encodeURI(';/?:@&=+$,#'), encodeURIComponent(';/?:@&=+$,#'));
console.log(encodeURIComponent('\u00e9\u4e2d\ud83d\ude00'), encodeURIComponent('\0'));
console.log(decodeURIComponent('%E4%B8%AD%F0%9F%98%80%41'), decodeURI('%3B%2F%3F%23%20%41'), decodeURIComponent('%3B%2F%3F%23'));
console.log(decodeURI('%e9'.length === 3 ? '%C3%A9' : ''), decodeURIComponent('plain'), decodeURIComponent('%25'));
for (const bad of ['%', '%4', '%zz', '%C3', '%C3%28', '%FF', '%ED%A0%80', '%F4%90%80%80', '%C0%80']) {
  try { decodeURIComponent(bad); console.log('decoded', bad); } catch (e) { console.log(bad, e.constructor.name, e.message); }
}
try { encodeURIComponent('\ud800'); } catch (e) { console.log(e.constructor.name, e.message); }
try { encodeURI('\udc00x'); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(encodeURI.length, decodeURIComponent.name);

// expect: a%20b%26c%3Dd%2Fe%3Ff%23g http://x.y/a%20b?q=1&r=%C3%A9#frag
// expect: -_.!~*'() ;/?:@&=+$,# %3B%2F%3F%3A%40%26%3D%2B%24%2C%23
// expect: %C3%A9%E4%B8%AD%F0%9F%98%80 %00
// expect: 中😀A %3B%2F%3F%23 A ;/?#
// expect: é plain %
// expect: % URIError URI malformed
// expect: %4 URIError URI malformed
// expect: %zz URIError URI malformed
// expect: %C3 URIError URI malformed
// expect: %C3%28 URIError URI malformed
// expect: %FF URIError URI malformed
// expect: %ED%A0%80 URIError URI malformed
// expect: %F4%90%80%80 URIError URI malformed
// expect: %C0%80 URIError URI malformed
// expect: URIError URI malformed
// expect: URIError URI malformed
// expect: 1 decodeURIComponent
