// A for-in/of head cannot declare more than one binding.
for (let a, b of [1, 2]) {}
// expect syntax error line 2
