// The Annex B globals escape and unescape (required for web-compatible hosts,
// present in node) are missing in Piste: ReferenceError.
console.log(typeof escape, typeof unescape);
console.log(escape('ä b+@*_-./'), unescape('%E4%20%u4E2D'));
// expect: function function
// expect: %E4%20b+@*_-./ ä 中
