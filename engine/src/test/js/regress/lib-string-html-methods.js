// The Annex B String.prototype HTML methods (anchor, big, blink, bold, fixed,
// fontcolor, fontsize, italics, link, small, strike, sub, sup) are missing in
// Piste. Node has them all.
console.log('a'.link('u'), 'b'.bold(), 'x'.anchor('"q"'), 'y'.sub());
// expect: <a href="u">a</a> <b>b</b> <a name="&quot;q&quot;">x</a> <sub>y</sub>
