// finally blocks run before an uncaught error terminates the program.
try {
  null.prop;
} finally {
  console.log("finally ran"); // expect: finally ran
}
// expect runtime error: TypeError
