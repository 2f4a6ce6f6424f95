new Date(NaN).toISOString();
// expect runtime error: RangeError: Invalid time value
